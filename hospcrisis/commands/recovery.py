"""Recovery commands: station bundles, the merge and its conflicts, identity reconciliation,
exports to the information system, the back-loading tracker."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hospcrisis.errors import ValidationError
from hospcrisis.i18n import _

if TYPE_CHECKING:
    from hospcrisis.cli import CliContext
    from hospcrisis.core.session import Session

PASSPHRASE_ENV = "HOSPCRISIS_PASSPHRASE"
DEFAULT_RECOVERY_STATION = "RECOV"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    _register_bundle(sub, common)
    _register_conflicts(sub, common)
    _register_reconcile(sub, common)
    _register_export(sub, common)
    _register_backload(sub, common)


def _register_bundle(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    bundle = sub.add_parser("bundle", parents=[common],
                            help=_("station bundles: export this station, import into the "
                                   "recovery database"))
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = bundle_sub.add_parser(
        "export", parents=[common], help=_("write this station's encrypted bundle"),
        description=_("Writes everything this station holds (every record, the whole audit "
                      "chain) into one file encrypted and authenticated with AES-256-GCM, key "
                      "from a passphrase (HOSPCRISIS_PASSPHRASE, or asked twice). The file is "
                      "written under a temporary name, checked, then renamed: a key pulled "
                      "out mid-way leaves the previous file or a complete new one."))
    p.add_argument("--out", required=True, metavar="FILE", help=_("bundle file to write"))
    p.add_argument("--json", action="store_true", help=_("print the result as JSON"))
    p.set_defaults(handler=cmd_bundle_export)
    p = bundle_sub.add_parser(
        "import", parents=[common], help=_("merge station bundles into the recovery database"),
        description=_("Merges the bundles into the database given by --db, created when it "
                      "does not exist (station RECOV unless --station; administrator password "
                      "from HOSPCRISIS_ADMIN_PASSWORD or asked). Every bundle is checked "
                      "first: one that is damaged, altered, from another program or a newer "
                      "version refuses them all and nothing changes. Importing a bundle twice "
                      "or in any order gives the same result; records edited on two stations "
                      "become conflicts to settle."))
    p.add_argument("files", nargs="+", metavar="FILE", help=_("bundle files"))
    p.add_argument("--station", metavar="CODE", default=None,
                   help=_("station code of a new recovery database (default RECOV)"))
    p.add_argument("--json", action="store_true", help=_("print the summary as JSON"))
    p.set_defaults(handler=cmd_bundle_import)
    p = bundle_sub.add_parser("status", parents=[common],
                              help=_("bundles merged, records, conflicts, content hash"))
    p.add_argument("--json", action="store_true", help=_("print the status as JSON"))
    p.set_defaults(handler=cmd_bundle_status)


def _register_conflicts(sub: argparse._SubParsersAction,
                        common: argparse.ArgumentParser) -> None:
    conflicts = sub.add_parser("conflicts", parents=[common],
                               help=_("records edited on two stations, to settle"))
    c_sub = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    p = c_sub.add_parser("list", parents=[common], help=_("list the conflicts"))
    p.add_argument("--all", action="store_true", help=_("include the settled ones"))
    p.add_argument("--json", action="store_true", help=_("print the list as JSON"))
    p.set_defaults(handler=cmd_conflicts_list)
    p = c_sub.add_parser("show", parents=[common], help=_("one conflict, every version"))
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help=_("print it as JSON"))
    p.set_defaults(handler=cmd_conflicts_show)
    p = c_sub.add_parser(
        "settle", parents=[common], help=_("settle a conflict (audited)"),
        description=_("Keeps the version of a station (--keep CODE) or of a content (--keep "
                      "and the first characters of its SHA), optionally with columns changed "
                      "(--set COLUMN=VALUE, a merged value). A voided record stays voided."))
    p.add_argument("id", metavar="ID")
    p.add_argument("--keep", metavar="STATION|SHA", help=_("the version to keep"))
    p.add_argument("--set", action="append", default=[], metavar="COLUMN=VALUE",
                   help=_("a column of the merged value (repeatable; JSON values allowed)"))
    p.add_argument("--reason", required=True, metavar="TEXT", help=_("why (audited)"))
    p.set_defaults(handler=cmd_conflicts_settle)


def _register_reconcile(sub: argparse._SubParsersAction,
                        common: argparse.ArgumentParser) -> None:
    rec = sub.add_parser("reconcile", parents=[common],
                         help=_("map provisional IDs to definitive IPPs and visit numbers"))
    r_sub = rec.add_subparsers(dest="reconcile_command", metavar="ACTION", required=True)
    p = r_sub.add_parser(
        "import", parents=[common], help=_("import the admissions office's CSV"),
        description=_("Columns: provisional_id, ipp (required); visit_number, admission_id, "
                      "identity_status, birth_name and birth_date (cross-checks). The file is "
                      "refused whole, every bad line listed, for an unknown ID or two IPPs for "
                      "one ID."))
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--json", action="store_true", help=_("print the result as JSON"))
    p.set_defaults(handler=cmd_reconcile_import)
    p = r_sub.add_parser(
        "propose", parents=[common],
        help=_("propose matches in the information system's patient list"),
        description=_("Scores every provisional patient not yet reconciled against the list "
                      "(columns ipp, birth_name, first_forename, used_name, sex, birth_date…) "
                      "with the duplicates engine. Nothing is reconciled: confirm with "
                      "reconcile set."))
    p.add_argument("--patients", required=True, metavar="FILE.csv",
                   help=_("patient list exported from the information system"))
    p.add_argument("--json", action="store_true", help=_("print the proposals as JSON"))
    p.set_defaults(handler=cmd_reconcile_propose)
    p = r_sub.add_parser("set", parents=[common],
                         help=_("map one provisional ID to its IPP (and visit number)"))
    p.add_argument("provisional_id", metavar="PROVISIONAL_ID")
    p.add_argument("ipp", metavar="IPP")
    p.add_argument("--visit", metavar="N", default="", help=_("visit number of the admission"))
    p.add_argument("--admission", metavar="ID", default="",
                   help=_("which admission, when the patient had several"))
    p.add_argument("--status", metavar="CODE", default="",
                   help=_("the information system's identity status (PROV, RECUP, VALI, "
                          "QUAL)"))
    p.add_argument("--replace", action="store_true",
                   help=_("replace an earlier, wrong reconciliation"))
    p.set_defaults(handler=cmd_reconcile_set)
    p = r_sub.add_parser("list", parents=[common],
                         help=_("provisional patients and their IPP, if reconciled"))
    p.add_argument("--pending", action="store_true", help=_("only those not reconciled"))
    p.add_argument("--json", action="store_true", help=_("print the list as JSON"))
    p.set_defaults(handler=cmd_reconcile_list)
    p = r_sub.add_parser("merge", parents=[common],
                         help=_("confirm two records are the same patient (audited merge)"))
    p.add_argument("survivor", metavar="KEPT", help=_("provisional ID, IPP or id kept"))
    p.add_argument("merged", metavar="MERGED", help=_("provisional ID, IPP or id merged"))
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(handler=cmd_reconcile_merge)


def _register_export(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "export", parents=[common],
        help=_("export for the information system: HL7 v2.5 (PAM FR), FHIR R4 or CSV"),
        description=_("Writes a new folder <STATION>-export-<N>-<format> in DIR with the files "
                      "and a manifest.json (SHA-256 of every file, counts, digest of the "
                      "records), and records the export in the audit chain. Refused while "
                      "conflicts are open, unless --allow-conflicts."))
    p.add_argument("--format", required=True, choices=("hl7", "fhir", "csv"))
    p.add_argument("--out", required=True, metavar="DIR", help=_("output folder"))
    p.add_argument("--batch", action="store_true",
                   help=_("HL7: one batch file (FHS/BHS) instead of one file per message"))
    p.add_argument("--no-updates", action="store_true",
                   help=_("HL7: no A08 for triage and first medical contact"))
    p.add_argument("--delimiter", choices=(";", ","), default=";",
                   help=_("CSV separator (default ;)"))
    p.add_argument("--bundle-size", type=int, default=1000, metavar="N",
                   help=_("FHIR: patients per transaction bundle (default 1000)"))
    p.add_argument("--receiving-application", default="SIH", metavar="NAME",
                   help=_("HL7 MSH-5 (default SIH)"))
    p.add_argument("--receiving-facility", default="", metavar="NAME", help=_("HL7 MSH-6"))
    p.add_argument("--allow-conflicts", action="store_true",
                   help=_("export even though conflicts are open"))
    p.add_argument("--json", action="store_true", help=_("print the result as JSON"))
    p.set_defaults(handler=cmd_export)


def _register_backload(sub: argparse._SubParsersAction,
                       common: argparse.ArgumentParser) -> None:
    back = sub.add_parser("backload", parents=[common],
                          help=_("track what has been re-entered in the information system"))
    b_sub = back.add_subparsers(dest="backload_command", metavar="ACTION", required=True)
    p = b_sub.add_parser(
        "mark", parents=[common], help=_("mark records as re-entered (audited)"),
        description=_("TYPE is patient, admission, movement, triage, patient_merge, "
                      "surgery_case or crisis_log. Give ids, --unit, or --all."))
    p.add_argument("type", metavar="TYPE")
    p.add_argument("ids", nargs="*", metavar="ID")
    p.add_argument("--unit", metavar="CODE", help=_("every record of this unit"))
    p.add_argument("--all", action="store_true", help=_("every record of this kind"))
    p.add_argument("--by", metavar="NAME", default="",
                   help=_("who re-entered them (default: you)"))
    p.add_argument("--at", metavar="TIME", default=None,
                   help=_("when (DD/MM/YYYY HH:MM; default now)"))
    p.add_argument("--note", metavar="TEXT", default="")
    p.set_defaults(handler=cmd_backload_mark)
    p = b_sub.add_parser("unmark", parents=[common], help=_("withdraw marks set by mistake"))
    p.add_argument("type", metavar="TYPE")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(handler=cmd_backload_unmark)
    p = b_sub.add_parser("status", parents=[common],
                         help=_("progress per kind of record and per unit"))
    p.add_argument("--json", action="store_true", help=_("print the progress as JSON"))
    p.set_defaults(handler=cmd_backload_status)
    p = b_sub.add_parser("remaining", parents=[common],
                         help=_("the records still to re-enter"))
    p.add_argument("--type", metavar="TYPE", default=None)
    p.add_argument("--unit", metavar="CODE", default=None)
    p.add_argument("--json", action="store_true", help=_("print the list as JSON"))
    p.set_defaults(handler=cmd_backload_remaining)
    p = b_sub.add_parser("report", parents=[common],
                         help=_("the end-of-downtime report (counts, conflicts, merges)"))
    p.add_argument("--json", action="store_true", help=_("print the report as JSON"))
    p.set_defaults(handler=cmd_backload_report)


# =============================================================================================
# Helpers


def _passphrase(ctx: CliContext, confirm: bool) -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    return ctx.prompt_password(_("Bundle passphrase: "), confirm=confirm)


def _dump(ctx: CliContext, value: Any) -> None:
    ctx.print_json(value)


# =============================================================================================
# bundle


def cmd_bundle_export(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.interop import bundle

    session = ctx.session()
    passphrase = _passphrase(ctx, confirm=True)
    written = bundle.export_station_bundle(session, Path(args.out), passphrase)
    if args.json:
        _dump(ctx, {"file": written.path, "size": written.size,
                    "sha256": written.file_sha256, "payload_sha256": written.payload_sha256,
                    "station": written.station, "counts": written.counts,
                    "audit_head": written.audit_head})
        return 0
    ctx.print(_("Bundle of station {station} written and verified: {path} ({size} KiB).",
                station=written.station, path=written.path, size=written.size // 1024))
    ctx.print(_("Records: {n}; audit chain head: {head}",
                n=sum(written.counts.values()), head=written.audit_head))
    ctx.print(_("SHA-256 of the file: {sha}", sha=written.file_sha256))
    return 0


def _recovery_session(ctx: CliContext, args: argparse.Namespace) -> tuple[Session, bool]:
    """A session on the recovery database, creating it first when it does not exist."""
    from hospcrisis.core import station, users

    path = ctx.db_path
    if path.exists() and path.stat().st_size > 0:
        return ctx.session(), False
    code = station.normalise_station_code(args.station or DEFAULT_RECOVERY_STATION)
    password = os.environ.get("HOSPCRISIS_ADMIN_PASSWORD") or ctx.prompt_password(
        _("Administrator password of the new recovery database: "), confirm=True)
    username = getattr(args, "user", None) or "admin"
    store = ctx.store(create=True)
    station.initialise(store, station_code=code, station_name=_("Recovery"),
                       admin_username=username, admin_password=password,
                       admin_display_name=username,
                       language=getattr(args, "lang", None) or "fr")
    return users.login(store, username, password), True


def cmd_bundle_import(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import recovery
    from hospcrisis.interop import bundle

    passphrase = _passphrase(ctx, confirm=False)
    files = [Path(f) for f in args.files]
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        raise ValidationError(_("No such file: {files}. Nothing was imported.",
                                files=", ".join(missing)))
    contents = bundle.read_bundles(files, passphrase)  # all readable before anything is made
    session, created = _recovery_session(ctx, args)
    try:
        result = recovery.merge_bundles(session, contents)
    except Exception:
        if created:  # a database this very command created for nothing: leave no trace
            ctx.close()
            for suffix in ("", "-wal", "-shm", ".lock"):
                Path(f"{ctx.db_path}{suffix}").unlink(missing_ok=True)
        raise
    digest = recovery.content_hash(session)
    if args.json:
        _dump(ctx, {"database": str(ctx.db_path), "created": created,
                    "station": session.station, "content_hash": digest,
                    "bundles": [b.as_dict() for b in result.bundles],
                    "conflicts_open": recovery.status(session).conflicts_open})
        return 0
    if created:
        ctx.print(_("Recovery database {path} created (station {code}).", path=ctx.db_path,
                    code=session.station))
    for b in result.bundles:
        if b.status == "already_imported":
            ctx.print(_("{station} ({file}): already imported, nothing changed.",
                        station=b.station, file=b.file_name))
            continue
        ctx.print(_("{station} ({file}): {records} records — {new} new, {updated} updated, "
                    "{unchanged} unchanged, {older} older, {conflicts} conflict(s), {aside} "
                    "kept aside; {entries} audit entries.", station=b.station,
                    file=b.file_name, records=b.records, new=b.new, updated=b.updated,
                    unchanged=b.unchanged, older=b.older, conflicts=b.conflicts,
                    aside=b.aside, entries=b.chain_entries))
    opened = recovery.status(session).conflicts_open
    if opened:
        ctx.print(_("{n} conflict(s) to settle: hospcrisis conflicts list", n=opened))
    ctx.print(_("Content hash: {hash}", hash=digest))
    return 0


def cmd_bundle_status(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis import clock
    from hospcrisis.core import recovery

    status = recovery.status(ctx.session())
    if args.json:
        _dump(ctx, status.as_dict())
        return 0
    ctx.print(_("Recovery database of station {code}", code=status.station))
    for b in status.bundles:
        ctx.print(_("  {station}: bundle of {created}, imported {imported} by {user} — head "
                    "{head}", station=b.station, created=clock.local_text(b.created_at),
                    imported=clock.local_text(b.imported_at), user=b.imported_by,
                    head=b.audit_head))
    for table, counts in status.records.items():
        ctx.print(f"  {table:<24} {counts['live']:>8} " + _("live") +
                  f"  {counts['staged']:>6} " + _("kept as received") +
                  f"  {counts['aside']:>5} " + _("aside") +
                  f"  {counts['conflicts']:>5} " + _("conflicts"))
    ctx.print(_("Conflicts: {open} open, {settled} settled; records kept aside: {aside}",
                open=status.conflicts_open, settled=status.conflicts_settled,
                aside=status.aside))
    ctx.print(_("Content hash: {hash}", hash=status.content_hash))
    return 0


# =============================================================================================
# conflicts


def cmd_conflicts_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import recovery

    found = recovery.list_conflicts(ctx.session(), include_settled=args.all)
    if args.json:
        _dump(ctx, [c.as_dict() for c in found])
        return 0
    if not found:
        ctx.print(_("No conflict."))
    for conflict in found:
        stations = sorted({s for v in conflict.versions for s in v.stations})
        ctx.print(f"{conflict.id}  {conflict.state:<8} {conflict.label}  "
                  f"[{', '.join(stations)}]  " + ", ".join(conflict.differences))
    return 0


def cmd_conflicts_show(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import recovery

    conflict = recovery.get_conflict(ctx.session(), args.id)
    if args.json:
        _dump(ctx, conflict.as_dict())
        return 0
    ctx.print(f"{conflict.id}  {conflict.state}  {conflict.label}")
    for i, version in enumerate(conflict.versions):
        marker = "*" if version.shown else " "
        ctx.print(f" {marker} v{version.version}  {version.sha[:12]}  "
                  f"{', '.join(version.stations):<16} {version.updated_by} "
                  f"{version.updated_at}" + (" " + _("voided") if version.voided else ""))
        for column, values in conflict.differences.items():
            ctx.print(f"      {column}: {values[i]!r}")
    return 0


def _parse_set(items: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for item in items:
        column, sep, raw = item.partition("=")
        if not sep or not column.strip():
            raise ValidationError(_("--set takes COLUMN=VALUE (got “{item}”).", item=item[:40]))
        try:
            value: Any = json.loads(raw)
            if isinstance(value, dict | list):
                value = raw
        except ValueError:
            value = raw
        values[column.strip()] = value
    return values


def cmd_conflicts_settle(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import recovery

    result = recovery.settle_conflict(ctx.session(), args.id, keep=args.keep,
                                      values=_parse_set(args.set) or None, reason=args.reason)
    ctx.print(_("Conflict {id} settled ({choice}): version {version} of {table} {record} "
                "written.", id=result.conflict_id, choice=result.choice,
                version=result.version, table=result.table, record=result.record_id))
    return 0


# =============================================================================================
# reconcile


def cmd_reconcile_import(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import reconcile

    result = reconcile.import_csv(ctx.session(), Path(args.file))
    if args.json:
        _dump(ctx, result.as_dict())
        return 0
    ctx.print(_("{file}: {created} reconciled, {replaced} replaced, {unchanged} unchanged, "
                "{visits} visit number(s).", file=result.file_name, created=result.created,
                replaced=result.replaced, unchanged=result.unchanged, visits=result.visits))
    return 0


def cmd_reconcile_propose(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import reconcile

    proposals = reconcile.propose(ctx.session(), Path(args.patients))
    if args.json:
        _dump(ctx, [p.as_dict() for p in proposals])
        return 0
    for proposal in proposals:
        ctx.print(f"{proposal.provisional_id}  {proposal.name}  {proposal.birth_date}")
        if not proposal.candidates:
            ctx.print("    " + _("no match"))
        for c in proposal.candidates:
            ctx.print(f"    {c.score:>3}  IPP {c.ipp}  {c.name}  {c.birth_date}  "
                      f"({c.reason_text})")
    return 0


def cmd_reconcile_set(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import reconcile

    result = reconcile.set_identity(ctx.session(), args.provisional_id, args.ipp,
                                    visit_number=args.visit, admission_id=args.admission,
                                    identity_status=args.status, replace=args.replace)
    if result.unchanged and not result.visits:
        ctx.print(_("{id} was already reconciled with {ipp}: nothing changed.",
                    id=args.provisional_id, ipp=args.ipp))
    else:
        ctx.print(_("{id} reconciled with the IPP {ipp}.", id=args.provisional_id.upper(),
                    ipp=args.ipp))
    return 0


def cmd_reconcile_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import reconcile

    rows = reconcile.list_reconciliations(ctx.session())
    if args.pending:
        rows = [r for r in rows if not r.reconciled and not r.merged_into]
    if args.json:
        _dump(ctx, [r.as_dict() for r in rows])
        return 0
    for r in rows:
        state = r.ipp or (_("merged") if r.merged_into else _("to reconcile"))
        ctx.print(f"{r.provisional_id:<16} {state:<16} {r.name}  {r.birth_date}")
    return 0


def cmd_reconcile_merge(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import reconcile

    record = reconcile.merge_patients(ctx.session(), args.survivor, args.merged, args.reason)
    ctx.print(_("Merged: {merged} is now the same patient as {kept} (merge {id}).",
                merged=args.merged, kept=args.survivor, id=record.id))
    return 0


# =============================================================================================
# export


def cmd_export(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.interop import export

    options = export.ExportOptions(
        batch=args.batch, updates=not args.no_updates, delimiter=args.delimiter,
        fhir_bundle_size=args.bundle_size, receiving_application=args.receiving_application,
        receiving_facility=args.receiving_facility, allow_conflicts=args.allow_conflicts)
    result = export.export(ctx.session(), args.format, Path(args.out), options)
    if args.json:
        _dump(ctx, result.as_dict())
        return 0
    ctx.print(_("Export {number} ({format}) written in {folder}: {files} file(s).",
                number=result.record.number, format=args.format, folder=result.folder,
                files=len(result.record.files)))
    for key, value in sorted(result.record.counts.items()):
        ctx.print(f"  {key}: {value}")
    if result.record.first_control_id:
        ctx.print(_("MSH-10 from {first} to {last}", first=result.record.first_control_id,
                    last=result.record.last_control_id))
    ctx.print(_("Digest of the records exported: {digest}", digest=result.record.digest))
    if result.conflicts_open:
        ctx.print(_("Warning: {n} conflict(s) were still open.", n=result.conflicts_open))
    return 0


# =============================================================================================
# backload


def cmd_backload_mark(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import backload

    count = backload.mark(ctx.session(), args.type, args.ids, unit=args.unit,
                          all_records=args.all, by=args.by, at=args.at, note=args.note)
    ctx.print(_("{n} record(s) marked as re-entered.", n=count))
    return 0


def cmd_backload_unmark(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import backload

    count = backload.unmark(ctx.session(), args.type, args.ids, args.reason)
    ctx.print(_("{n} mark(s) withdrawn.", n=count))
    return 0


def cmd_backload_status(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import backload

    progress = backload.progress(ctx.session())
    if args.json:
        _dump(ctx, progress.as_dict())
        return 0
    ctx.print(_("Re-entered: {done} of {total}", done=progress.reentered,
                total=progress.captured))
    for t in progress.by_type:
        ctx.print(f"  {t.label:<32} {t.reentered:>7} / {t.captured:<7} "
                  + _("exported: {n}", n=t.exported))
    for unit, kinds in progress.by_unit.items():
        done = sum(k["reentered"] for k in kinds.values())
        total = sum(k["captured"] for k in kinds.values())
        ctx.print(f"  {unit or '—':<12} {done:>7} / {total}")
    return 0


def cmd_backload_remaining(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis import clock
    from hospcrisis.core import backload

    rows = backload.remaining(ctx.session(), type_code=args.type, unit=args.unit)
    if args.json:
        _dump(ctx, [r.as_dict() for r in rows])
        return 0
    for r in rows:
        ctx.print(f"{r.unit:<10} {r.type:<14} {clock.local_text(r.at):<16} "
                  f"{r.identifier:<16} {r.label}")
    ctx.print(_("{n} record(s) remain.", n=len(rows)))
    return 0


def cmd_backload_report(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis import clock
    from hospcrisis.core import backload

    report = backload.report(ctx.session())
    if args.json:
        _dump(ctx, report.as_dict())
        return 0
    ctx.print(_("End-of-downtime report — station {station}", station=report.station))
    ctx.print(_("Period: {start} to {end}", start=clock.local_text(report.period_start),
                end=clock.local_text(report.period_end)))
    for t in report.progress.by_type:
        ctx.print(f"  {t.label:<32} " + _("captured {captured}, exported {exported}, "
                                         "re-entered {reentered}", captured=t.captured,
                                         exported=t.exported, reentered=t.reentered))
    ctx.print(_("Conflicts: {open} open, {settled} settled. Merges: {merges}. Provisional IDs "
                "reconciled: {done} of {total}.", open=report.conflicts_open,
                settled=report.conflicts_settled, merges=report.merges, done=report.reconciled,
                total=report.provisional))
    ctx.print(_("Content hash: {hash}", hash=report.content_hash))
    return 0

