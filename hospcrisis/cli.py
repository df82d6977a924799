"""`hospcrisis` — opens the GUI, or runs one headless command with the same services.

    hospcrisis [--db PATH] [--lang fr|en]            the desktop app
    hospcrisis [--db PATH] COMMAND [options]         a command (see `hospcrisis --help`)

Global options may come before or after the command. Commands that read or change patient data
log in as `--user` (or `HOSPCRISIS_USER`, default `admin`) with the password from
`HOSPCRISIS_PASSWORD` or asked at the prompt; the login is audited like in the GUI.
Exit status: 0 success, 1 error, 2 bad input, 3 not allowed, 4 not found, 5 conflict,
6 database problem.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from hospcrisis import __version__, i18n
from hospcrisis.errors import HospcrisisError
from hospcrisis.i18n import _

if TYPE_CHECKING:
    from hospcrisis.core.session import Session
    from hospcrisis.store.database import Store

Handler = Callable[["CliContext", argparse.Namespace], int]

# Modules under hospcrisis/commands/ that add subcommands (each has `register(sub, common)`).
COMMAND_MODULES = ["foundation", "demo", "crisis", "admissions", "recovery", "forms", "surgery"]


class CliContext:
    """What a command handler needs: the database path, a login, and output helpers."""

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
        self.args = args
        self.out = out
        self.err = err
        self._store: Store | None = None
        self._session: Session | None = None

    @property
    def db_path(self) -> Path:
        from hospcrisis.paths import default_db_path

        given = getattr(self.args, "db", None)
        return Path(given).expanduser() if given else default_db_path()

    def store(self, *, create: bool = False, lock: bool = True) -> Store:
        """Open the database once (instance lock held until the command ends)."""
        if self._store is None:
            from hospcrisis.store.database import open_store

            self._store = open_store(self.db_path, create=create, lock=lock)
        return self._store

    def session(self) -> Session:
        """Log in (once) as --user with HOSPCRISIS_PASSWORD or a prompted password."""
        if self._session is None:
            from hospcrisis.core import station, users
            from hospcrisis.errors import NotInitialised

            store = self.store()
            if not station.is_initialised(store):
                raise NotInitialised(_("This database has no station yet: run "
                                       "`hospcrisis init --station CODE` first."))
            username = (getattr(self.args, "user", None) or os.environ.get("HOSPCRISIS_USER")
                        or "admin")
            password = os.environ.get("HOSPCRISIS_PASSWORD")
            if password is None:
                password = self.prompt_password(_("Password for {user}: ", user=username))
            self._session = users.login(store, username, password)
        return self._session

    def prompt_password(self, prompt: str, confirm: bool = False) -> str:
        if not sys.stdin.isatty():
            raise HospcrisisError(_("No password given: set the environment variable or run "
                                    "the command in a terminal."))
        import getpass

        first = getpass.getpass(prompt)
        if confirm and getpass.getpass(_("Again: ")) != first:
            raise HospcrisisError(_("The two passwords differ; nothing was changed."))
        return first

    def print(self, *parts: object) -> None:
        print(*parts, file=self.out)

    def print_json(self, value: Any) -> None:
        import json

        json.dump(value, self.out, ensure_ascii=False, indent=2, default=str)
        self.out.write("\n")

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def _common_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", metavar="PATH", default=default,
                        help=_("database file (default: HOSPCRISIS_DB, else the user's data "
                               "folder)"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=default,
                        help=_("language of messages and forms (default: fr)"))
    parser.add_argument("--user", metavar="NAME", default=default,
                        help=_("user to log in as (default: HOSPCRISIS_USER, else admin)"))


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, every area's commands included."""
    parser = argparse.ArgumentParser(
        prog="hospcrisis",
        description=_("Keeps a hospital running while its information system is down. "
                      "Without a command, opens the desktop app."),
        epilog=_("Passwords come from HOSPCRISIS_PASSWORD (HOSPCRISIS_ADMIN_PASSWORD for init "
                 "and demo) or are asked at the prompt."),
    )
    parser.add_argument("--version", action="version", version=f"hospcrisis {__version__}")
    _common_options(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _common_options(common, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND",
                                title=_("commands"))
    for name in COMMAND_MODULES:
        module = __import__(f"hospcrisis.commands.{name}", fromlist=["register"])
        module.register(sub, common)
    return parser


def _language_from_argv(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return os.environ.get("HOSPCRISIS_LANG", i18n.DEFAULT_LANGUAGE)


_GLOBAL_WITH_VALUE = ("--db", "--lang", "--user")


def _is_gui(argv: Sequence[str]) -> bool:
    """True when argv holds only the global options (no command, no --help/--version)."""
    expect_value = False
    for arg in argv:
        if expect_value:
            expect_value = False
            continue
        if arg in _GLOBAL_WITH_VALUE:
            expect_value = True
        elif not any(arg.startswith(opt + "=") for opt in _GLOBAL_WITH_VALUE):
            return False
    return not expect_value


def _gui_options(argv: Sequence[str]) -> dict[str, str]:
    """`--db`, `--lang`, `--user` from an argv that `_is_gui` accepted."""
    found: dict[str, str] = {}
    pending: str | None = None
    for arg in argv:
        if pending is not None:
            found[pending] = arg
            pending = None
        elif arg in _GLOBAL_WITH_VALUE:
            pending = arg
        else:
            name, _sep, value = arg.partition("=")
            found[name] = value
    return found


def main(argv: Sequence[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    """Entry point; returns the exit status (tests call it in-process)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out = out or sys.stdout
    err = err or sys.stderr
    lang = _language_from_argv(argv)
    i18n.set_language(lang if lang in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE)
    if _is_gui(argv):
        # The desktop app: the three global options are read without argparse (whose help
        # texts would load the whole translation catalogue before the first window).
        known = _gui_options(argv)
        # Qt-free modules first: once PySide6 is loaded, its import hook reads the source of
        # every module imported after it (measured: ~0.2 ms each).
        import hospcrisis.core.station
        import hospcrisis.store.database  # noqa: F401
        from hospcrisis.ui.app import run_gui

        return run_gui(db=known.get("--db"), lang=known.get("--lang") or lang,
                       user=known.get("--user"))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from hospcrisis.ui.app import run_gui

        return run_gui(db=args.db, lang=args.lang or lang, user=args.user)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(out)
        return 2
    ctx = CliContext(args, out, err)
    try:
        return handler(ctx, args)
    except HospcrisisError as exc:
        print(_("Error: {message}", message=exc), file=err)
        return exc.exit_code
    except KeyboardInterrupt:
        print(_("Interrupted: nothing more was done."), file=err)
        return 130
    finally:
        ctx.close()


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main([])
