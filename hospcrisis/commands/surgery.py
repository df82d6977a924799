"""`surgery`: import the OR programme, cancel, work the call list, re-plan, accept."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from hospcrisis.errors import ValidationError
from hospcrisis.i18n import _

if TYPE_CHECKING:
    from hospcrisis.cli import CliContext


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    top = sub.add_parser("surgery", parents=[common],
                         help=_("operating theatres: programme, cancellations, calls, "
                                "re-planning"),
                         description=_("Import the last OR programme, cancel cases "
                                       "(déprogrammation) with a patient call list, and "
                                       "re-plan the waiting cases by clinical priority."))
    actions = top.add_subparsers(dest="surgery_command", metavar="ACTION", required=True)

    p = actions.add_parser("import", parents=[common],
                           help=_("import the last OR programme (CSV, UTF-8)"),
                           description=_("Imports a CSV file exported from the OR planning "
                                         "system. Columns: date, start, duration_min, room, "
                                         "surgeon, family_name, procedure, priority (required) "
                                         "and optional ones listed in the README. A file with "
                                         "any bad line is refused whole, every bad line "
                                         "listed."))
    p.add_argument("file", metavar="FILE.csv", help=_("the programme (CSV, UTF-8)"))
    p.set_defaults(handler=cmd_import)

    p = actions.add_parser("cancel", parents=[common],
                           help=_("cancel planned cases by rule or one by one, with a reason"),
                           description=_("Cancels (déprogramme) every planned case matching "
                                         "the rule between two dates (inclusive), or one case "
                                         "with --case. Each patient goes on the call list."))
    p.add_argument("--priority", metavar="P3,P4", help=_("priority classes, comma-separated"))
    p.add_argument("--from", dest="first_day", metavar="DATE",
                   help=_("first day (2026-12-01)"))
    p.add_argument("--to", dest="last_day", metavar="DATE", help=_("last day, inclusive"))
    p.add_argument("--room", metavar="CODE", action="append", default=[],
                   help=_("only this room (repeatable)"))
    p.add_argument("--case", metavar="CASE", help=_("one case: number, reference or id"))
    p.add_argument("--reason", required=True, metavar="TEXT", help=_("reason given to "
                                                                     "patients"))
    p.add_argument("--dry-run", action="store_true",
                   help=_("list the cases that would be cancelled, change nothing"))
    p.set_defaults(handler=cmd_cancel)

    p = actions.add_parser("plan", parents=[common],
                           help=_("propose a plan for the waiting cases"),
                           description=_("Proposes (and keeps) a plan from DATE for N days: "
                                         "never breaks a room, staff or hours constraint; "
                                         "meets every deadline it can, then minimises "
                                         "lateness weighted by priority, then moves few "
                                         "planned cases. Late cases are listed first."))
    p.add_argument("--from", dest="first_day", required=True, metavar="DATE",
                   help=_("first day of the plan (2026-12-01)"))
    p.add_argument("--days", required=True, type=int, metavar="N", help=_("number of days"))
    p.add_argument("--time-limit", type=float, default=1.5, metavar="SECONDS",
                   help=_("search time (default 1.5 s)"))
    p.add_argument("--json", action="store_true",
                   help=_("one JSON object per case: case_id, priority, deadline, room, "
                          "start, end, lateness_min"))
    p.set_defaults(handler=cmd_plan)

    p = actions.add_parser("accept", parents=[common],
                           help=_("accept the latest proposed plan"),
                           description=_("Applies the latest proposed plan: new slots, call "
                                         "list entries for new dates. The previous accepted "
                                         "plan is kept."))
    p.add_argument("--json", action="store_true", help=_("print the result as JSON"))
    p.set_defaults(handler=cmd_accept)

    p = actions.add_parser("calls", parents=[common], help=_("the patient call list"))
    p.add_argument("--all", action="store_true", help=_("include patients already reached"))
    p.add_argument("--json", action="store_true", help=_("print the list as JSON"))
    p.set_defaults(handler=cmd_calls)

    p = actions.add_parser("call", parents=[common], help=_("record a call to a patient"),
                           description=_("Records one attempt on the oldest call not yet "
                                         "reached for the case."))
    p.add_argument("case", metavar="CASE", help=_("case number, reference or id"))
    p.add_argument("--outcome", required=True, choices=("reached", "message", "unreachable"),
                   help=_("reached, message (left) or unreachable"))
    p.add_argument("--note", default="", metavar="TEXT", help=_("note"))
    p.add_argument("--by", default=None, metavar="NAME",
                   help=_("who called (default: the logged-in user)"))
    p.set_defaults(handler=cmd_call)

    p = actions.add_parser("rooms", parents=[common], help=_("list the operating rooms"))
    p.add_argument("--json", action="store_true", help=_("print the list as JSON"))
    p.set_defaults(handler=cmd_rooms)

    p = actions.add_parser("add-room", parents=[common], help=_("add an operating room"))
    p.add_argument("code", metavar="CODE")
    p.add_argument("--name", required=True, metavar="TEXT", help=_("room name"))
    p.add_argument("--hours", required=True, metavar="SPEC",
                   help=_("opening hours, e.g. \"1-5 08:00-18:00, 6 08:00-12:30\" "
                          "(1 = Monday)"))
    p.add_argument("--specialties", default="", metavar="A,B", help=_("specialty tags"))
    p.add_argument("--equipment", default="", metavar="A,B", help=_("equipment tags"))
    p.set_defaults(handler=cmd_add_room)

    p = actions.add_parser("waiting", parents=[common],
                           help=_("the waiting list by priority and days to deadline"))
    p.add_argument("--json", action="store_true", help=_("print the list as JSON"))
    p.set_defaults(handler=cmd_waiting)

    p = actions.add_parser("status", parents=[common],
                           help=_("counts for the situation report"))
    p.add_argument("--json", action="store_true", help=_("print the counts as JSON"))
    p.set_defaults(handler=cmd_status)


def cmd_import(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import surgery

    result = surgery.import_programme(ctx.session(), args.file)
    ctx.print(_("{n} cases imported.", n=result.cases))
    if result.staff_created:
        ctx.print(_("Staff created (check their weekdays): {codes}",
                    codes=", ".join(result.staff_created)))
    for warning in result.warnings:
        ctx.print("  ! " + warning)
    return 0


def cmd_cancel(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis import clock
    from hospcrisis.core import surgery

    session = ctx.session()
    if args.case:
        if args.dry_run:
            case = surgery.get_case(session, args.case)
            ctx.print(f"#{case.number} {case.patient_name} — {case.procedure}")
            return 0
        surgery.cancel_case(session, args.case, args.reason)
        ctx.print(_("1 case cancelled; the patient is on the call list."))
        return 0
    if not args.first_day or not args.last_day:
        raise ValidationError(_("Give --from and --to (or --case)."))
    try:
        first, last = surgery.parse_day(args.first_day), surgery.parse_day(args.last_day)
    except ValueError as exc:
        raise ValidationError(_("Dates are written 2026-12-01 or 01/12/2026.")) from exc
    priorities = []
    for part in (args.priority or "").split(","):
        if part.strip():
            code = surgery.parse_priority(part)
            if code is None:
                raise ValidationError(_("Priority: “{value}” is not one of {options}.",
                                        value=part.strip(),
                                        options=", ".join(surgery.PRIORITY_CODES)))
            priorities.append(code)
    rule = surgery.CancelRule(first, last, tuple(priorities), tuple(args.room))
    if args.dry_run:
        for case in surgery.preview_cancellation(session, rule):
            ctx.print(f"#{case.number:<6} {case.priority:<4} "
                      f"{clock.local_text(case.planned_start):<17} "
                      f"{case.room_code or '':<6} {case.patient_name} — {case.procedure}")
        return 0
    result = surgery.cancel_by_rule(session, rule, args.reason)
    ctx.print(_("{n} cases cancelled; {calls} patients to call.", n=result.cancelled,
                calls=result.calls))
    return 0


def cmd_plan(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis import clock
    from hospcrisis.core import surgery

    view = surgery.propose_plan(ctx.session(), args.first_day, args.days,
                                time_limit=args.time_limit)
    if args.json:
        ctx.print_json([line.as_json() for line in view.lines])
        return 0
    objective = view.objective
    ctx.print(_("Plan {n} proposed ({first}, {days} days): {late} late, {unplaced} without a "
                "slot, {moved} planned cases moved.", n=view.number,
                first=view.first_day.isoformat(), days=view.days,
                late=objective.get("misses", 0), unplaced=objective.get("unplaced", 0),
                moved=objective.get("moved", 0)))
    for line in view.lines:
        when = clock.local_text(line.start) if line.start else _("no slot")
        late = _("late {n} min", n=line.lateness_min) if line.lateness_min else ""
        ctx.print(f"#{line.case_number:<6} {line.priority:<4} {line.room or '—':<6} "
                  f"{when:<17} {late:<16} {line.patient_name} — {line.procedure}"
                  + (f" ({line.reason})" if line.reason and not line.room else ""))
    ctx.print(_("Accept it with: hospcrisis surgery accept"))
    return 0


def cmd_accept(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import surgery

    view = surgery.accept_plan(ctx.session())
    if args.json:
        ctx.print_json({"plan": view.number, "id": view.id, "status": view.status,
                        "objective": view.objective})
        return 0
    ctx.print(_("Plan {n} accepted. Patients with a new date are on the call list.",
                n=view.number))
    return 0


def cmd_calls(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis import clock
    from hospcrisis.core import surgery

    entries = surgery.list_calls(ctx.session(), pending_only=not args.all)
    if args.json:
        ctx.print_json([{
            "call_id": e.id, "case_id": e.case_id, "number": e.case_number,
            "purpose": e.purpose, "patient": e.patient_name, "phone": e.phone,
            "procedure": e.procedure, "priority": e.priority,
            "original_start": surgery.iso_local(e.original_start),
            "new_start": surgery.iso_local(e.new_start), "reason": e.reason, "status": e.status,
            "attempts": [{"outcome": a.outcome, "at": surgery.iso_local(a.called_at),
                          "by": a.caller, "note": a.note} for a in e.attempts]}
            for e in entries])
        return 0
    if not entries:
        ctx.print(_("Nobody left to call."))
    for e in entries:
        status = _(surgery.CALL_STATUSES[e.status])
        ctx.print(f"#{e.case_number:<6} {e.phone or '—':<16} {e.patient_name:<28} "
                  f"{clock.local_text(e.original_start):<17} {status:<14} "
                  f"{_(surgery.CALL_PURPOSES[e.purpose])}: {e.reason}")
    return 0


def cmd_call(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import surgery

    session = ctx.session()
    entry = surgery.pending_call_for(session, args.case)
    updated = surgery.record_call(session, entry.id, args.outcome, args.note, caller=args.by)
    ctx.print(_("Call recorded for case {n}: {status} ({attempts} attempts).",
                n=updated.case_number, status=_(surgery.CALL_STATUSES[updated.status]),
                attempts=len(updated.attempts)))
    return 0


def cmd_rooms(ctx: CliContext, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from hospcrisis.core import surgery

    rooms = surgery.list_rooms(ctx.session())
    if args.json:
        ctx.print_json([asdict(r) for r in rooms])
        return 0
    for room in rooms:
        hours = ", ".join(f"{d} {a}-{b}" for d, (a, b) in sorted(room.hours.items()))
        ctx.print(f"{room.code:<8} {room.name:<30} {hours:<40} "
                  f"{','.join(room.specialties) or '*'} / {','.join(room.equipment)}")
    return 0


def cmd_add_room(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import surgery

    room = surgery.create_room(ctx.session(), code=args.code, name=args.name,
                               hours=surgery.parse_hours(args.hours),
                               specialties=args.specialties.split(","),
                               equipment=args.equipment.split(","))
    ctx.print(_("Room {code} created.", code=room.code))
    return 0


def cmd_waiting(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import surgery

    cases = surgery.waiting_list(ctx.session())
    if args.json:
        ctx.print_json([{"case_id": c.id, "number": c.number, "priority": c.priority,
                         "deadline": surgery.iso_local(c.deadline),
                         "days_to_deadline": None if c.deadline is None
                         else round(c.days_to_deadline() or 0, 2),
                         "status": c.status, "patient": c.patient_name,
                         "procedure": c.procedure, "surgeon": c.surgeon_code,
                         "duration_min": c.duration_min} for c in cases])
        return 0
    for c in cases:
        days = c.days_to_deadline()
        left = "—" if days is None else f"{days:+.1f} j"
        ctx.print(f"#{c.number:<6} {c.priority:<4} {left:>9}  {c.patient_name:<28} "
                  f"{c.procedure} ({c.surgeon_code}, {c.duration_min} min)")
    return 0


def cmd_status(ctx: CliContext, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from hospcrisis.core import surgery

    counts = surgery.situation_counts(ctx.session())
    if args.json:
        ctx.print_json(asdict(counts))
        return 0
    ctx.print(_("Cancelled: {n}; to re-plan: {replan}; rescheduled: {done}; overdue: {late}.",
                n=counts.cancelled, replan=counts.to_replan, done=counts.rescheduled,
                late=counts.overdue))
    ctx.print(_("Waiting by priority: {figures}", figures=", ".join(
        f"{k} {v}" for k, v in counts.waiting_by_priority.items())))
    ctx.print(_("Calls still to make: {n}.", n=counts.calls_pending))
    return 0
