"""Crisis-cell commands: `log` (main courante), `status` (systems), `procedures`, `sitrep`.

Kinds of log entry: decision, action, information, alert (French words accepted: décision,
alerte…). System states: functional, partial, down, na (fonctionnel, partiel, hors service,
non applicable…). Times are typed in local time (`14:30`, `11/02/2026 14:30`, ISO 8601) and
printed in local time; JSON carries UTC ISO 8601 times as stored.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from hospcrisis.i18n import _

if TYPE_CHECKING:
    from hospcrisis.cli import CliContext
    from hospcrisis.core.activations import Activation


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    _register_log(sub, common)
    _register_status(sub, common)
    _register_procedures(sub, common)
    _register_sitrep(sub, common)


def _register_log(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    log = sub.add_parser("log", parents=[common],
                         help=_("the main courante: the crisis cell's append-only log"),
                         description=_("The crisis cell's chronological log. Entries are never "
                                       "changed: a correction is a new entry (--corrects)."))
    log_sub = log.add_subparsers(dest="log_command", metavar="ACTION", required=True)
    p = log_sub.add_parser(
        "add", parents=[common], help=_("write an entry"),
        description=_("Write an entry in the main courante. KIND: decision, action, "
                      "information or alert (décision, action, information, alerte). For a "
                      "late entry give the time of the event with --at (14:30, "
                      "11/02/2026 14:30): it is kept beside the time of writing."))
    p.add_argument("--kind", required=True, metavar="KIND",
                   help=_("decision, action, information or alert"))
    p.add_argument("text", nargs="+", metavar="TEXT", help=_("what happened or was decided"))
    p.add_argument("--at", metavar="TIME", help=_("time of the event, if earlier than now"))
    p.add_argument("--unit", metavar="CODE", help=_("unit concerned"))
    p.add_argument("--patient", metavar="REF",
                   help=_("patient concerned (provisional ID, IPP or name)"))
    p.add_argument("--corrects", metavar="ENTRY",
                   help=_("the entry this one corrects (number, e.g. 12, or TEST-12)"))
    p.set_defaults(handler=cmd_log_add)

    p = log_sub.add_parser("list", parents=[common], help=_("list and search the entries"),
                           description=_("Entries in order of event time. Filters combine; "
                                         "--search ignores accents and case."))
    p.add_argument("--search", metavar="TEXT", help=_("words that must all appear"))
    p.add_argument("--kind", action="append", default=[], metavar="KIND",
                   help=_("only this kind (repeatable)"))
    p.add_argument("--unit", metavar="CODE", help=_("only this unit"))
    p.add_argument("--author", metavar="NAME", help=_("only this author (user or full name)"))
    p.add_argument("--patient", metavar="REF", help=_("only this patient reference"))
    p.add_argument("--from", dest="start", metavar="TIME", help=_("events from this time"))
    p.add_argument("--to", dest="end", metavar="TIME", help=_("events up to this time"))
    p.add_argument("--limit", type=int, metavar="N", help=_("only the newest N entries"))
    p.add_argument("--json", action="store_true", help=_("print the list as JSON"))
    p.set_defaults(handler=cmd_log_list)


def _register_status(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    status = sub.add_parser("status", parents=[common],
                            help=_("systems status: what works, since when"),
                            description=_("Status of the information system's parts (DPI, "
                                          "ADT, lab, PACS, pharmacy, phones…)."))
    status_sub = status.add_subparsers(dest="status_command", metavar="ACTION", required=True)
    p = status_sub.add_parser(
        "set", parents=[common], help=_("report a system's state"),
        description=_("STATE: functional, partial, down or na (fonctionnel, partiel, hors "
                      "service, non applicable). Also writes the change in the main "
                      "courante."))
    p.add_argument("system", metavar="SYSTEM", help=_("system code, e.g. dpi, lab, phones"))
    p.add_argument("state", metavar="STATE", help=_("functional, partial, down or na"))
    p.add_argument("--note", default="", metavar="TEXT", help=_("what works, what does not"))
    p.add_argument("--since", metavar="TIME", help=_("when the state began (default: now)"))
    p.set_defaults(handler=cmd_status_set)

    p = status_sub.add_parser("list", parents=[common],
                              help=_("every system with its current state"))
    p.add_argument("--json", action="store_true", help=_("print the list as JSON"))
    p.set_defaults(handler=cmd_status_list)

    p = status_sub.add_parser("history", parents=[common],
                              help=_("every status report, oldest first"))
    p.add_argument("system", nargs="?", metavar="SYSTEM", help=_("only this system"))
    p.add_argument("--json", action="store_true", help=_("print the list as JSON"))
    p.set_defaults(handler=cmd_status_history)

    p = status_sub.add_parser(
        "define", parents=[common], help=_("add, rename, reorder or retire a system"),
        description=_("Add a system to follow (code of lower-case letters, digits, - or _), "
                      "or rename, reorder or retire one."))
    p.add_argument("code", metavar="CODE", help=_("system code, e.g. pneumatic_tube"))
    p.add_argument("--name", required=True, metavar="TEXT", help=_("name shown"))
    p.add_argument("--position", type=int, metavar="N", help=_("order in the list"))
    p.add_argument("--retire", action="store_true", help=_("stop following this system"))
    p.set_defaults(handler=cmd_status_define)


def _register_procedures(sub: argparse._SubParsersAction,
                         common: argparse.ArgumentParser) -> None:
    procs = sub.add_parser("procedures", parents=[common],
                           help=_("degraded-mode procedures: library, activations, sign-off"),
                           description=_("The degraded-mode procedure library, its activation "
                                         "in units, the sign-off of each step and the board."))
    procs_sub = procs.add_subparsers(dest="procedures_command", metavar="ACTION",
                                     required=True)
    p = procs_sub.add_parser("list", parents=[common], help=_("the procedures in force"))
    p.add_argument("--kind", metavar="UNIT_KIND",
                   help=_("only those for this kind of unit (ed, medicine…)"))
    p.add_argument("--json", action="store_true", help=_("print the list as JSON"))
    p.set_defaults(handler=cmd_procedures_list)

    p = procs_sub.add_parser("show", parents=[common], help=_("one procedure in full"))
    p.add_argument("procedure", metavar="PROC_ID")
    p.add_argument("--version", dest="proc_version", type=int, metavar="N",
                   help=_("an older version"))
    p.add_argument("--json", action="store_true", help=_("print it as JSON"))
    p.set_defaults(handler=cmd_procedures_show)

    p = procs_sub.add_parser(
        "import", parents=[common], help=_("import procedures from a JSON file"),
        description=_("Each procedure of the file becomes a new version (its version must be "
                      "above the newest known). A file with any problem is refused whole, "
                      "every problem listed. Format: resources/procedures/README.md."))
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_procedures_import)

    p = procs_sub.add_parser("export", parents=[common],
                             help=_("write procedures to a JSON file (to edit and re-import)"))
    p.add_argument("procedures", nargs="*", metavar="PROC_ID", help=_("default: all"))
    p.add_argument("--out", required=True, metavar="FILE", help=_("file to write"))
    p.set_defaults(handler=cmd_procedures_export)

    p = procs_sub.add_parser(
        "activate", parents=[common], help=_("switch units to procedures"),
        description=_("Activates every procedure given in every unit given; also logs the "
                      "decision in the main courante."))
    p.add_argument("procedures", nargs="+", metavar="PROC_ID")
    p.add_argument("--unit", dest="units", nargs="+", action="extend", required=True,
                   metavar="CODE", help=_("unit codes"))
    p.add_argument("--reason", required=True, metavar="TEXT", help=_("why"))
    p.set_defaults(handler=cmd_procedures_activate)

    p = procs_sub.add_parser(
        "sign", parents=[common], help=_("sign a step off"),
        description=_("STEP is a checklist step number (3) or a return-to-normal step (R1). "
                      "Only the step's role or a manager may sign it."))
    p.add_argument("activation", metavar="ACTIVATION", help=_("e.g. TEST-A3, or A3"))
    p.add_argument("step", metavar="STEP")
    p.add_argument("--note", default="", metavar="TEXT")
    p.set_defaults(handler=cmd_procedures_sign)

    p = procs_sub.add_parser("unsign", parents=[common],
                             help=_("withdraw a sign-off made by mistake"))
    p.add_argument("activation", metavar="ACTIVATION")
    p.add_argument("step", metavar="STEP")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(handler=cmd_procedures_unsign)

    p = procs_sub.add_parser(
        "deactivate", parents=[common], help=_("close an activation: back to normal"),
        description=_("Refused until every return-to-normal step is signed off."))
    p.add_argument("activation", metavar="ACTIVATION")
    p.add_argument("--note", default="", metavar="TEXT")
    p.set_defaults(handler=cmd_procedures_deactivate)

    p = procs_sub.add_parser("cancel", parents=[common],
                             help=_("cancel an activation made by mistake"))
    p.add_argument("activation", metavar="ACTIVATION")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(handler=cmd_procedures_cancel)

    p = procs_sub.add_parser("board", parents=[common],
                             help=_("units × procedures: state, progress, time since"))
    p.add_argument("--all", action="store_true", help=_("include closed activations"))
    p.add_argument("--json", action="store_true", help=_("print the board as JSON"))
    p.set_defaults(handler=cmd_procedures_board)

    p = procs_sub.add_parser("unit", parents=[common],
                             help=_("a unit's active procedures with their steps"))
    p.add_argument("unit", metavar="CODE")
    p.add_argument("--json", action="store_true", help=_("print them as JSON"))
    p.set_defaults(handler=cmd_procedures_unit)

    p = procs_sub.add_parser("checklist", parents=[common],
                             help=_("one activation's checklist and sign-offs"))
    p.add_argument("activation", metavar="ACTIVATION")
    p.add_argument("--json", action="store_true", help=_("print it as JSON"))
    p.set_defaults(handler=cmd_procedures_checklist)


def _register_sitrep(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    sitrep = sub.add_parser("sitrep", parents=[common],
                            help=_("situation report (point de situation) data"))
    sitrep_sub = sitrep.add_subparsers(dest="sitrep_command", metavar="ACTION", required=True)
    p = sitrep_sub.add_parser(
        "show", parents=[common], help=_("what the next situation report would say"),
        description=_("Read-only preview; nothing is recorded as issued."))
    p.add_argument("--json", action="store_true", help=_("print it as JSON"))
    p.set_defaults(handler=cmd_sitrep_show)


# --- log --------------------------------------------------------------------------------------


def cmd_log_add(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import crisis_log

    entry = crisis_log.add_entry(ctx.session(), kind=args.kind, text_value=" ".join(args.text),
                                 event_at=args.at, unit=args.unit, patient=args.patient,
                                 corrects=args.corrects)
    ctx.print(_("Entry {ref} saved in the main courante.", ref=entry.ref))
    return 0


def cmd_log_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis import clock
    from hospcrisis.core import crisis_log

    entries = crisis_log.list_entries(ctx.session(), search=args.search, kinds=args.kind,
                                      unit=args.unit, author=args.author, patient=args.patient,
                                      start=args.start, end=args.end, limit=args.limit)
    if args.json:
        ctx.print_json([e.to_dict() for e in entries])
        return 0
    if not entries:
        ctx.print(_("No entry."))
    for e in entries:
        marks = []
        if e.unit_code:
            marks.append(f"[{e.unit_code}]")
        if e.patient_ref:
            marks.append(_("[patient {ref}]", ref=e.patient_ref))
        if e.corrects_ref:
            marks.append(_("(corrects {ref})", ref=e.corrects_ref))
        line = (f"{clock.local_text(e.event_at, '%d/%m %H:%M')}  {e.ref:<10} "
                f"{e.kind_label:<12} {' '.join([*marks, e.text])} — {e.author_name}")
        if e.late:
            line += " " + _("(written {time})", time=clock.local_text(e.entered_at,
                                                                      "%d/%m %H:%M"))
        if e.corrected:
            line += " " + _("[corrected by {refs}]", refs=", ".join(e.corrected_by))
        ctx.print(line)
    return 0


# --- status -----------------------------------------------------------------------------------


def cmd_status_set(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis import clock
    from hospcrisis.core import systems

    item = systems.set_status(ctx.session(), args.system, args.state, note=args.note,
                              since=args.since)
    ctx.print(_("{name}: {state} since {time}.", name=item.name, state=item.state_label,
                time=clock.local_text(item.since)))
    return 0


def cmd_status_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis import clock
    from hospcrisis.core import systems

    session = ctx.session()
    items = systems.list_systems(session)
    summary = systems.summary(session)
    if args.json:
        ctx.print_json({"summary": summary.to_dict(), "systems": [s.to_dict() for s in items]})
        return 0
    ctx.print(summary.text)
    for s in items:
        since = clock.local_text(s.since, "%d/%m %H:%M") if s.since else ""
        ctx.print(f"{s.code:<12} {s.name:<36} {s.state_label:<24} {since:<12} {s.note}")
    return 0


def cmd_status_history(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis import clock
    from hospcrisis.core import systems

    changes = systems.history(ctx.session(), args.system)
    if args.json:
        ctx.print_json([c.to_dict() for c in changes])
        return 0
    if not changes:
        ctx.print(_("No status reported yet."))
    for c in changes:
        ctx.print(f"{clock.local_text(c.since, '%d/%m %H:%M')}  {c.name:<36} "
                  f"{c.state_label:<24} {c.note} — {c.reported_by_name}")
    return 0


def cmd_status_define(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import systems

    item = systems.define_system(ctx.session(), args.code, args.name, position=args.position,
                                 active=not args.retire)
    if item.active:
        ctx.print(_("System {code} ({name}) is followed.", code=item.code, name=item.name))
    else:
        ctx.print(_("System {code} ({name}) is no longer followed.", code=item.code,
                    name=item.name))
    return 0


# --- procedures -------------------------------------------------------------------------------


def cmd_procedures_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import procedures

    found = procedures.list_procedures(ctx.session(), unit_kind=args.kind)
    if args.json:
        ctx.print_json([{"id": p.id, "version": p.version, "origin": p.origin,
                         "title": p.title_text(), "scope": list(p.scope),
                         "forms": list(p.forms), "step_count": len(p.steps),
                         "return_step_count": len(p.return_steps)} for p in found])
        return 0
    for p in found:
        ctx.print(f"{p.id:<20} v{p.version:<3} {p.title_text()}  "
                  f"({', '.join(p.scope_labels)})")
    return 0


def cmd_procedures_show(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import procedures

    p = procedures.get_procedure(ctx.session(), args.procedure, args.proc_version)
    if args.json:
        ctx.print_json(p.to_dict())
        return 0
    ctx.print(f"{p.id} — {p.title_text()} (" + _("version {n}", n=p.version) + ")")
    if p.summary_text():
        ctx.print(p.summary_text())
    ctx.print(_("Applies to: {scope}", scope=", ".join(p.scope_labels)))
    ctx.print(_("When: {trigger}", trigger=p.trigger_text()))
    ctx.print(_("Forms to print: {forms}", forms=", ".join(p.form_labels) or "—"))
    ctx.print(_("Checklist:"))
    for s in p.steps:
        who = s.performer_label() or s.role_label
        ctx.print(f"  {s.key:>3}. [{who}] {s.label()}")
    ctx.print(_("Return to normal:"))
    for s in p.return_steps:
        who = s.performer_label() or s.role_label
        ctx.print(f"  {s.key:>3}. [{who}] {s.label()}")
    return 0


def cmd_procedures_import(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import procedures

    result = procedures.import_procedures(ctx.session(), Path(args.file).expanduser())
    for pid, version in result.saved:
        ctx.print(_("Procedure {id} version {version} saved.", id=pid, version=version))
    for pid, version in result.unchanged:
        ctx.print(_("Procedure {id} version {version} already there: unchanged.", id=pid,
                    version=version))
    return 0


def cmd_procedures_export(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import procedures

    data = procedures.export_procedures(ctx.session(), args.procedures)
    out = Path(args.out).expanduser()
    out.write_bytes(data)
    ctx.print(_("Procedures written to {path}.", path=out))
    return 0


def cmd_procedures_activate(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import activations

    made = activations.activate(ctx.session(), args.procedures, args.units, args.reason)
    for a in made:
        ctx.print(_("{ref}: procedure {id} active in {unit} ({total} steps).", ref=a.ref,
                    id=a.procedure.id, unit=a.unit_code, total=a.total))
    return 0


def _print_activation(ctx: CliContext, a: Activation) -> None:
    from hospcrisis import clock

    ctx.print(f"{a.ref}  {a.unit_code}  {a.procedure.id} — {a.title}  [{a.state.label}]  "
              f"{a.done}/{a.total}")
    for status in (*a.checklist, *a.returns):
        box = "[x]" if status.signed else "[ ]"
        who = status.step.performer_label() or status.step.role_label
        line = f"  {box} {status.key:>3}. [{who}] {status.step.label()}"
        if status.signed:
            line += " — " + _("signed by {name} at {time}", name=status.signed_by_name,
                              time=clock.local_text(status.signed_at, "%d/%m %H:%M"))
            if status.note:
                line += f" ({status.note})"
        ctx.print(line)


def cmd_procedures_sign(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import activations

    a = activations.sign_step(ctx.session(), args.activation, args.step, args.note)
    ctx.print(_("Step {step} of {ref} signed off ({done}/{total}).",
                step=args.step.upper(), ref=a.ref, done=a.done, total=a.total))
    return 0


def cmd_procedures_unsign(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import activations

    a = activations.withdraw_signoff(ctx.session(), args.activation, args.step, args.reason)
    ctx.print(_("Sign-off of step {step} of {ref} withdrawn.", step=args.step.upper(),
                ref=a.ref))
    return 0


def cmd_procedures_deactivate(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import activations

    a = activations.deactivate(ctx.session(), args.activation, args.note)
    ctx.print(_("{ref} closed: {unit} is back to normal for {id}.", ref=a.ref,
                unit=a.unit_code, id=a.procedure.id))
    return 0


def cmd_procedures_cancel(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import activations

    a = activations.cancel_activation(ctx.session(), args.activation, args.reason)
    ctx.print(_("{ref} cancelled.", ref=a.ref))
    return 0


def cmd_procedures_board(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import activations

    board = activations.board(ctx.session(), include_closed=args.all)
    if args.json:
        ctx.print_json(board.to_dict())
        return 0
    if not board.cells:
        ctx.print(_("No degraded-mode procedure is active."))
    states = {s.value: s.label for s in activations.ActivationState}
    for c in sorted(board.cells, key=lambda c: (c.unit_code, c.procedure_id)):
        hours, minutes = divmod(c.elapsed_minutes, 60)
        ctx.print(f"{c.unit_code:<8} {c.procedure_id:<18} {states[c.state]:<24} "
                  f"{c.done:>2}/{c.total:<3} R {c.return_done}/{c.return_total}  "
                  f"{hours:>3} h {minutes:02d}  {c.ref}")
    return 0


def cmd_procedures_unit(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import activations

    items = activations.unit_active_procedures(ctx.session(), args.unit)
    if args.json:
        ctx.print_json([a.to_dict() for a in items])
        return 0
    if not items:
        ctx.print(_("No degraded-mode procedure is active in {unit}.", unit=args.unit.upper()))
    for a in items:
        _print_activation(ctx, a)
    return 0


def cmd_procedures_checklist(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import activations

    a = activations.get_activation(ctx.session(), args.activation)
    if args.json:
        ctx.print_json(a.to_dict())
        return 0
    _print_activation(ctx, a)
    return 0


# --- sitrep -----------------------------------------------------------------------------------


def cmd_sitrep_show(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis import clock
    from hospcrisis.core import sitrep

    report = sitrep.build_sitrep(ctx.session())
    if args.json:
        ctx.print_json(report.to_dict())
        return 0
    ctx.print(_("Situation report no. {number} — {time}", number=report.number,
                time=clock.local_text(report.generated_at)))
    for section in report.sections:
        ctx.print("")
        ctx.print(f"## {section.title}")
        if not section.available:
            ctx.print(f"   {section.note}")
            continue
        for line in section.lines:
            ctx.print(f"   {line}")
        for row in section.rows:
            ctx.print("   " + "  ".join(str(v) for v in row))
    return 0
