"""Foundation commands: init, verify, backup, restore, users."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from hospcrisis.errors import CorruptDatabase, ValidationError
from hospcrisis.i18n import _

if TYPE_CHECKING:
    from hospcrisis.cli import CliContext


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common],
                       help=_("create the station database: station code and administrator"),
                       description=_("Create the database of this workstation. The station "
                                     "code (2 to 8 letters or digits) must be unique in the "
                                     "hospital: it starts every provisional patient ID. The "
                                     "administrator's password comes from "
                                     "HOSPCRISIS_ADMIN_PASSWORD or is asked twice."))
    p.add_argument("--station", required=True, metavar="CODE", help=_("station code, e.g. URG1"))
    p.add_argument("--name", metavar="TEXT", help=_("station name shown on screens and paper"))
    p.add_argument("--hospital", metavar="TEXT", default="", help=_("hospital name"))
    p.add_argument("--admin", metavar="NAME", default="admin",
                   help=_("administrator user name (default: admin)"))
    p.add_argument("--admin-name", metavar="TEXT", default="",
                   help=_("administrator's full name"))
    p.add_argument("--exercise", action="store_true",
                   help=_("flag the database as an exercise (banner and watermark)"))
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("verify", parents=[common],
                       help=_("check the database integrity and the audit chain"),
                       description=_("Runs SQLite's integrity check and verifies every audit "
                                     "entry. Exit status 0 only when both are sound. Give "
                                     "--head with a head printed earlier to detect removed "
                                     "entries at the end of the chain."))
    p.add_argument("--head", metavar="SEQ:HASH", help=_("a chain head printed earlier"))
    p.add_argument("--json", action="store_true", help=_("print the result as JSON"))
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("backup", parents=[common], help=_("write a verified backup now"),
                       description=_("Writes a backup through SQLite's backup API, checks it, "
                                     "and keeps the 12 newest."))
    p.add_argument("--to", metavar="DIR", help=_("backup folder (default: the station setting, "
                                                 "else beside the database)"))
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", parents=[common],
                       help=_("replace the database with a verified backup"),
                       description=_("Checks the backup, keeps the current database (backed "
                                     "up, or renamed aside if damaged), then restores. Needs "
                                     "an administrator or IT recovery account of the backup."))
    p.add_argument("file", metavar="FILE", help=_("backup file (.db)"))
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("backups", parents=[common], help=_("list the verified backups"))
    p.add_argument("--to", metavar="DIR", help=_("backup folder to list"))
    p.add_argument("--json", action="store_true", help=_("print the list as JSON"))
    p.set_defaults(handler=cmd_backups)

    users = sub.add_parser("users", parents=[common], help=_("manage user accounts (admin)"))
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    u = users_sub.add_parser("list", parents=[common], help=_("list the accounts"))
    u.add_argument("--json", action="store_true", help=_("print the list as JSON"))
    u.set_defaults(handler=cmd_users_list)
    u = users_sub.add_parser("add", parents=[common],
                             help=_("create an account (password from HOSPCRISIS_NEW_PASSWORD "
                                    "or asked)"))
    u.add_argument("username", metavar="NAME")
    u.add_argument("--full-name", required=True, metavar="TEXT", help=_("full name"))
    u.add_argument("--role", required=True, metavar="ROLE",
                   help=_("admin, crisis_cell, nurse_manager, nurse, it_recovery or viewer"))
    u.set_defaults(handler=cmd_users_add)
    u = users_sub.add_parser("disable", parents=[common], help=_("disable an account"))
    u.add_argument("username", metavar="NAME")
    u.add_argument("--reason", required=True, metavar="TEXT")
    u.set_defaults(handler=cmd_users_disable)
    u = users_sub.add_parser("enable", parents=[common], help=_("re-enable an account"))
    u.add_argument("username", metavar="NAME")
    u.set_defaults(handler=cmd_users_enable)
    u = users_sub.add_parser("password", parents=[common],
                             help=_("set an account's password (HOSPCRISIS_NEW_PASSWORD or "
                                    "asked)"))
    u.add_argument("username", metavar="NAME")
    u.set_defaults(handler=cmd_users_password)


def _admin_password(ctx: CliContext) -> tuple[str, bool]:
    """The new administrator password and whether it was generated (to print it once)."""
    password = os.environ.get("HOSPCRISIS_ADMIN_PASSWORD")
    if password:
        return password, False
    return ctx.prompt_password(_("Administrator password: "), confirm=True), False


def cmd_init(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import station

    code = station.normalise_station_code(args.station)
    password, _generated = _admin_password(ctx)
    store = ctx.store(create=True)
    session = station.initialise(
        store, station_code=code, station_name=args.name or code, hospital=args.hospital,
        admin_username=args.admin, admin_password=password,
        admin_display_name=args.admin_name or args.admin, exercise=args.exercise,
        language=getattr(args, "lang", None) or "fr")
    ctx.print(_("Station {code} created in {path}; administrator: {user}.",
                code=session.station, path=ctx.db_path, user=session.username))
    return 0


def cmd_verify(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.store import audit
    from hospcrisis.store.database import integrity_check, open_store

    expected = None
    if args.head:
        try:
            expected = audit.Head.parse(args.head)
        except ValueError as exc:
            raise ValidationError(str(exc)) from exc
    store = open_store(ctx.db_path, lock=False, migrate=False, check=False)
    try:
        integrity = integrity_check(store)
        report = audit.verify(store, expected)
    finally:
        store.close()
    ok = not integrity and report.ok
    if args.json:
        ctx.print_json({"ok": ok, "integrity": integrity or ["ok"], "audit_entries":
                        report.entries, "audit_head": str(report.head) if report.head else None,
                        "problems": report.problems})
    else:
        ctx.print(_("Database integrity: {state}", state=_("ok") if not integrity
                    else "; ".join(integrity[:5])))
        ctx.print(_("Audit chain: {n} entries, {state}", n=report.entries,
                    state=_("intact") if report.ok else _("BROKEN")))
        for problem in report.problems:
            ctx.print("  - " + problem)
        if report.head:
            ctx.print(_("Chain head (keep it to detect later truncation): {head}",
                        head=report.head))
    if not ok:
        ctx.err.write(_("Verification FAILED: restore the latest verified backup and report "
                        "it to IT.") + "\n")
        return CorruptDatabase.exit_code
    return 0


def cmd_backup(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import backups

    session = ctx.session()
    info = backups.backup_now(session, args.to)
    ctx.print(_("Backup written and verified: {file} (audit entry {seq}).",
                file=backups.backup_folder(session.store, args.to) / info.file,
                seq=info.audit_seq))
    return 0


def cmd_backups(ctx: CliContext, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from hospcrisis import clock
    from hospcrisis.core import backups

    store = ctx.store()
    folder = backups.backup_folder(store, args.to)
    infos = backups.list_backups(store, folder)
    if args.json:
        ctx.print_json([{**asdict(i), "path": str(folder / i.file)} for i in infos])
        return 0
    if not infos:
        ctx.print(_("No verified backup in {folder}.", folder=folder))
    for info in infos:
        ctx.print(f"{clock.local_text(info.at)}  {folder / info.file}  "
                  f"({info.size // 1024} KiB, audit {info.audit_seq})")
    return 0


def cmd_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import backups

    source = Path(args.file).expanduser()
    username = getattr(args, "user", None) or os.environ.get("HOSPCRISIS_USER") or "admin"
    password = os.environ.get("HOSPCRISIS_PASSWORD")
    if password is None:
        password = ctx.prompt_password(_("Password for {user}: ", user=username))
    result = backups.restore(ctx.db_path, source, username, password)
    ctx.print(_("Restored {source} into {path}.", source=source, path=ctx.db_path))
    if result.previous_kept_as:
        ctx.print(_("The previous database was kept as {kept}.", kept=result.previous_kept_as))
    return 0


def cmd_users_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from hospcrisis.core import users
    from hospcrisis.core.security import Role

    rows = users.list_users(ctx.session())
    if args.json:
        ctx.print_json([asdict(u) for u in rows])
        return 0
    for u in rows:
        state = _("active") if u.active else _("disabled")
        ctx.print(f"{u.username:<20} {Role(u.role).label:<22} {state:<10} {u.display_name}")
    return 0


def _new_password(ctx: CliContext) -> str:
    password = os.environ.get("HOSPCRISIS_NEW_PASSWORD")
    if password:
        return password
    return ctx.prompt_password(_("New password: "), confirm=True)


def _user_id(ctx: CliContext, username: str) -> str:
    from hospcrisis.errors import NotFound
    from hospcrisis.store.foundation import find_user

    row = find_user(ctx.store(), username)
    if row is None:
        raise NotFound(_("There is no user {name}.", name=username))
    return str(row["id"])


def cmd_users_add(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import users

    session = ctx.session()
    view = users.create_user(session, username=args.username, display_name=args.full_name,
                             role=args.role, password=_new_password(ctx))
    ctx.print(_("User {name} created.", name=view.username))
    return 0


def cmd_users_disable(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import users

    session = ctx.session()
    users.set_active(session, _user_id(ctx, args.username), False, args.reason)
    ctx.print(_("User {name} disabled.", name=args.username))
    return 0


def cmd_users_enable(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import users

    session = ctx.session()
    users.set_active(session, _user_id(ctx, args.username), True)
    ctx.print(_("User {name} enabled.", name=args.username))
    return 0


def cmd_users_password(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import users

    session = ctx.session()
    users.set_password(session, _user_id(ctx, args.username), _new_password(ctx))
    ctx.print(_("Password of {name} changed.", name=args.username))
    return 0

