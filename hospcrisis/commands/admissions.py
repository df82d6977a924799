"""Admissions commands: search, duplicates, admit, ids reserve, import census, board, census.

JSON output uses English snake_case keys (a contract for IT scripts; see docs/admissions.md).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from hospcrisis.i18n import _

if TYPE_CHECKING:
    from hospcrisis.cli import CliContext
    from hospcrisis.core.identity import Patient


def _subparsers_of(parser: argparse.ArgumentParser) -> Any:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def _import_group(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> Any:
    """The `import` command's sub-commands, shared with other areas (created once)."""
    parser = sub.choices.get("import")
    if parser is None:
        parser = sub.add_parser("import", parents=[common],
                                help=_("import data into this station (see the kinds below)"))
        return parser.add_subparsers(dest="import_command", metavar="KIND", required=True)
    found = _subparsers_of(parser)
    if found is None:
        found = parser.add_subparsers(dest="import_command", metavar="KIND", required=True)
    return found


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("search", parents=[common],
                       help=_("find patients by name, forename or ID (top 50)"),
                       description=_("Finds patients whose birth or used name, or any "
                                     "forename, starts with the words typed (accents and case "
                                     "ignored), or whose ID (provisional, IPP, SINUS) matches. "
                                     "Newest first, at most 50."))
    p.add_argument("text", metavar="TEXT", help=_("name prefix, forename or ID"))
    p.add_argument("--limit", type=int, default=50, metavar="N",
                   help=_("at most N patients (default 50)"))
    p.add_argument("--json", action="store_true", help=_("print the result as JSON"))
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("duplicates", parents=[common],
                       help=_("list possible duplicate patients over the whole database"),
                       description=_("Scans every patient for possible duplicates (same "
                                     "person registered twice) and lists candidate pairs "
                                     "with a score out of 100. Nothing is merged: a user "
                                     "confirms each merge in the app."))
    p.add_argument("--min-score", type=int, default=None, metavar="N",
                   help=_("lowest score shown (default 75)"))
    p.add_argument("--json", action="store_true", help=_("print the result as JSON"))
    p.set_defaults(handler=cmd_duplicates)

    p = sub.add_parser("admit", parents=[common],
                       help=_("register an arrival and print its provisional ID"),
                       description=_("Registers a new patient's arrival as the registration "
                                     "dialog does, then prints the provisional ID (and "
                                     "possible duplicates on the error stream)."))
    p.add_argument("--birth-name", default="", metavar="TEXT", help=_("birth name"))
    p.add_argument("--used-name", default="", metavar="TEXT", help=_("used name"))
    p.add_argument("--first-forename", default="", metavar="TEXT", help=_("first forename"))
    p.add_argument("--forenames", default="", metavar="TEXT",
                   help=_("all forenames, space-separated"))
    p.add_argument("--sex", default="U", metavar="F|M|O|U", help=_("sex"))
    p.add_argument("--birth-date", default="", metavar="DATE",
                   help=_("date of birth: DD/MM/YYYY, or YYYY when only the year is known"))
    p.add_argument("--estimated-age", default="", metavar="N[-M]",
                   help=_("estimated age or range when the date of birth is unknown"))
    p.add_argument("--birthplace-code", default="", metavar="CODE",
                   help=_("INSEE birthplace code"))
    p.add_argument("--unknown", action="store_true",
                   help=_("unknown patient (no identity): give --estimated-age and "
                          "--description"))
    p.add_argument("--description", default="", metavar="TEXT",
                   help=_("description of an unknown patient"))
    p.add_argument("--identity-document", default="", metavar="TYPE",
                   help=_("identity document checked (id_card, passport, residence_permit, "
                          "family_record_book): makes the identity validated"))
    p.add_argument("--sinus", default="", metavar="NUMBER", help=_("SINUS victim number"))
    p.add_argument("--phone", default="", metavar="TEXT", help=_("contact phone"))
    p.add_argument("--arrival", default="", metavar="TIME",
                   help=_("arrival time for a late entry (DD/MM/YYYY HH:MM; default now)"))
    p.add_argument("--mode", default="personal", metavar="MODE",
                   help=_("arrival mode (personal, ambulance, fire_brigade, smur, police, "
                          "helicopter, other)"))
    p.add_argument("--complaint", default="", metavar="TEXT", help=_("complaint"))
    p.add_argument("--triage", default="", metavar="LEVEL", help=_("triage level"))
    p.add_argument("--mci", default="", metavar="CATEGORY",
                   help=_("mass-casualty category (UA, UR, IMP, DCD) during a plan"))
    p.add_argument("--area", default="", metavar="AREA", help=_("ED area"))
    p.add_argument("--id", default="", metavar="ID",
                   help=_("a pre-printed ID from a downtime packet"))
    p.add_argument("--json", action="store_true", help=_("print the result as JSON"))
    p.set_defaults(handler=cmd_admit)

    ids = sub.add_parser("ids", parents=[common], help=_("provisional patient IDs"))
    ids_sub = ids.add_subparsers(dest="ids_command", metavar="ACTION", required=True)
    p = ids_sub.add_parser("reserve", parents=[common],
                           help=_("reserve a block of IDs for pre-printed packets"),
                           description=_("Reserves N consecutive provisional IDs of this "
                                         "station for pre-printed downtime packets; each can "
                                         "be used for one patient only."))
    p.add_argument("--count", type=int, required=True, metavar="N",
                   help=_("how many IDs (1 to 5000)"))
    p.add_argument("--purpose", default="", metavar="TEXT", help=_("what the packets are for"))
    p.add_argument("--json", action="store_true", help=_("print the result as JSON"))
    p.set_defaults(handler=cmd_ids_reserve)

    imports = _import_group(sub, common)
    p = imports.add_parser("census", parents=[common],
                           help=_("load the last census exported before the downtime"),
                           description=_("Loads the in-house list of hospitalised patients "
                                         "(CSV, UTF-8 or Latin-1, ; or , separated). Required "
                                         "columns: ipp, birth_name, first_forename, sex, "
                                         "birth_date, unit, admitted_at; optional: used_name, "
                                         "forenames, birthplace_code, bed, identity_status, "
                                         "identity_document, phone (French names accepted: "
                                         "nom_naissance, prenom, sexe, date_naissance, unite, "
                                         "lit, date_entree…). A file with any bad line is "
                                         "refused whole, every bad line listed."))
    p.add_argument("file", metavar="FILE.csv", help=_("census file"))
    p.set_defaults(handler=cmd_import_census)

    p = sub.add_parser("board", parents=[common], help=_("the ED board (patients in the ED)"))
    p.add_argument("--sort", default="waiting",
                   choices=["waiting", "arrival", "triage", "name", "status", "area",
                            "overdue", "id"], help=_("sort order"))
    p.add_argument("--overdue", action="store_true", help=_("only patients past their target"))
    p.add_argument("--json", action="store_true", help=_("print the result as JSON"))
    p.set_defaults(handler=cmd_board)

    p = sub.add_parser("census", parents=[common],
                       help=_("who is in which bed of a unit, since when"))
    p.add_argument("unit", metavar="UNIT", help=_("unit code"))
    p.add_argument("--json", action="store_true", help=_("print the result as JSON"))
    p.set_defaults(handler=cmd_census)

    triage_parser = sub.add_parser("triage", parents=[common],
                                   help=_("the station's triage scale and mass-casualty plan"))
    triage_sub = triage_parser.add_subparsers(dest="triage_command", metavar="ACTION",
                                              required=True)
    p = triage_sub.add_parser("show", parents=[common],
                              help=_("the scale in use, its levels and target delays"))
    p.add_argument("--json", action="store_true", help=_("print the result as JSON"))
    p.set_defaults(handler=cmd_triage_show)
    p = triage_sub.add_parser("scale", parents=[common],
                              help=_("change the station's triage scale (admin)"))
    p.add_argument("scale", choices=("FRENCH", "ESI", "MTS"), metavar="SCALE",
                   help=_("FRENCH (default), ESI or MTS (Manchester)"))
    p.set_defaults(handler=cmd_triage_scale)
    p = triage_sub.add_parser("mass-casualty", parents=[common],
                              help=_("start or end a mass-casualty plan (plan blanc) on this "
                                     "station"))
    p.add_argument("state", choices=("on", "off"), metavar="on|off")
    p.add_argument("--reason", default="", metavar="TEXT", help=_("why (kept in the audit)"))
    p.set_defaults(handler=cmd_triage_mass_casualty)


def patient_json(patient: Patient) -> dict[str, Any]:
    """A patient as the JSON outputs carry it."""
    return {
        "id": patient.id, "provisional_id": patient.provisional_id, "ipp": patient.ipp,
        "birth_name": patient.birth_name, "used_name": patient.used_name,
        "first_forename": patient.first_forename, "forenames": patient.forenames,
        "sex": patient.sex, "birth_date": patient.birth_date,
        "birth_date_precision": patient.birth_date_precision,
        "estimated_age_min": patient.estimated_age_min,
        "estimated_age_max": patient.estimated_age_max,
        "identity_status": patient.identity_status, "unknown": patient.unknown,
        "sinus_number": patient.sinus_number, "merged_into": patient.merged_into,
    }


def _line(patient: Patient) -> str:
    born = patient.birth_date_text or patient.age_text()
    return f"{patient.identifier:<16} {patient.display_name:<40} {patient.sex}  {born}"


def cmd_search(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import admissions

    hits = admissions.search(ctx.session(), args.text, limit=args.limit)
    if args.json:
        ctx.print_json([{**patient_json(h.patient), "status": h.status,
                         "unit": h.unit_code, "bed": h.bed} for h in hits])
        return 0
    if not hits:
        ctx.print(_("No patient found."))
    for hit in hits:
        where = " ".join(p for p in (hit.status_label, hit.unit_code or "", hit.bed or "") if p)
        ctx.print(f"{_line(hit.patient)}  {where}")
    return 0


def cmd_duplicates(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import duplicates

    threshold = args.min_score if args.min_score is not None else duplicates.THRESHOLD
    pairs = duplicates.find_all(ctx.session(), threshold=threshold)
    if args.json:
        ctx.print_json([{"score": p.score, "reasons": list(p.reasons),
                         "patient_a": patient_json(p.a), "patient_b": patient_json(p.b)}
                        for p in pairs])
        return 0
    if not pairs:
        ctx.print(_("No possible duplicate found."))
    for pair in pairs:
        ctx.print(_("Score {score}: {reasons}", score=pair.score, reasons=pair.reason_text))
        ctx.print("   " + _line(pair.a))
        ctx.print("   " + _line(pair.b))
    return 0


def _age_range(text_value: str) -> tuple[int | None, int | None]:
    from hospcrisis.errors import ValidationError

    value = text_value.strip()
    if not value:
        return None, None
    try:
        if "-" in value:
            low, high = value.split("-", 1)
            return int(low), int(high)
        return int(value), int(value)
    except ValueError as exc:
        raise ValidationError(_("An estimated age is a number or a range such as 30-40.")) \
            from exc


def cmd_admit(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import admissions
    from hospcrisis.core.identity import IdentityInput

    low, high = _age_range(args.estimated_age)
    identity = IdentityInput(
        birth_name=args.birth_name, used_name=args.used_name,
        first_forename=args.first_forename, forenames=args.forenames, sex=args.sex,
        birth_date=args.birth_date, estimated_age_min=low, estimated_age_max=high,
        birthplace_code=args.birthplace_code, unknown=args.unknown,
        description=args.description, identity_document=args.identity_document,
        identity_status="VALI" if args.identity_document else "PROV",
        sinus_number=args.sinus, phone=args.phone)
    arrival = admissions.ArrivalInput(
        arrival_at=args.arrival or None, arrival_mode=args.mode, complaint=args.complaint,
        area=args.area, triage_level=args.triage or None, mci_category=args.mci or None,
        provisional_id=args.id)
    result = admissions.register_arrival(ctx.session(), identity, arrival)
    if args.json:
        ctx.print_json({"patient": patient_json(result.patient),
                        "admission_id": result.admission.id,
                        "status": result.admission.status,
                        "duplicates": [{"score": c.score, "reasons": list(c.reasons),
                                        "patient": patient_json(c.patient)}
                                       for c in result.duplicates]})
        return 0
    ctx.print(result.patient.provisional_id)
    for candidate in result.duplicates:
        ctx.err.write(_("Possible duplicate (score {score}): {patient}",
                        score=candidate.score, patient=_line(candidate.patient)) + "\n")
    return 0


def cmd_ids_reserve(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import provisional_ids

    block = provisional_ids.reserve(ctx.session(), args.count, args.purpose)
    if args.json:
        ctx.print_json({"block_id": block.id, "station": block.station, "count": block.count,
                        "first": block.codes[0], "last": block.codes[-1],
                        "ids": list(block.codes)})
        return 0
    for code in block.codes:
        ctx.print(code)
    return 0


def cmd_import_census(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import census_import

    result = census_import.import_census(ctx.session(), args.file)
    ctx.print(_("{n} patients imported from {file} ({encoding}, separator “{sep}”).",
                n=result.patients, file=result.file_name, encoding=result.encoding,
                sep=result.delimiter))
    return 0


def cmd_board(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis import clock
    from hospcrisis.core import admissions

    board = admissions.load_board(ctx.session())
    rows = board.view(sort=args.sort, overdue_only=args.overdue)
    if args.json:
        ctx.print_json({"loaded_at": board.loaded_at, "scale": board.scale,
                        "counts": board.counts, "mci_counts": board.mci_counts,
                        "rows": [{"admission_id": r.admission_id, "patient_id": r.patient_id,
                                  "provisional_id": r.provisional_id, "name": r.name,
                                  "status": r.status, "triage_level": r.triage_level,
                                  "mci_category": r.mci_category, "area": r.area,
                                  "arrival_at": r.arrival_at,
                                  "waiting_minutes": r.waiting_minutes,
                                  "target_minutes": r.target_minutes, "overdue": r.overdue,
                                  "complaint": r.complaint} for r in rows]})
        return 0
    for r in rows:
        flag = "!" if r.overdue else " "
        ctx.print(f"{flag} {r.triage_label or '-':<7} {clock.local_text(r.arrival_at, '%H:%M')}"
                  f" {r.waiting_minutes:>5} min  {r.identifier:<16} {r.name:<40} "
                  f"{admissions.area_label(r.area)}")
    ctx.print(_("{n} patients in the ED.", n=len(rows)))
    return 0


def cmd_census(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis import clock
    from hospcrisis.core import admissions

    census = admissions.unit_census(ctx.session(), args.unit)
    if args.json:
        def entry(e: admissions.CensusEntry | None) -> dict[str, Any] | None:
            if e is None:
                return None
            return {"admission_id": e.admission_id, "since": e.since, "bed": e.bed,
                    "patient": patient_json(e.patient)}

        ctx.print_json({"unit": census.unit.code, "occupied": census.occupied,
                        "free": census.free,
                        "beds": [{"bed": b.bed, "occupant": entry(b.occupant)}
                                 for b in census.beds],
                        "without_bed": [entry(e) for e in census.without_bed]})
        return 0
    ctx.print(f"{census.unit.code} — {census.unit.name}")
    for bed in census.beds:
        if bed.occupant is None:
            ctx.print(f"  {bed.bed:<10} " + _("free"))
        else:
            ctx.print(f"  {bed.bed:<10} {_line(bed.occupant.patient)}  "
                      + _("since {time}", time=clock.local_text(bed.occupant.since)))
    for loose in census.without_bed:
        ctx.print(f"  {'—':<10} {_line(loose.patient)}  "
                  + _("since {time}", time=clock.local_text(loose.since)))
    return 0


def cmd_triage_show(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import triage

    session = ctx.session()
    scale = triage.station_scale(session)
    active = triage.mass_casualty_active(session)
    if args.json:
        ctx.print_json({"scale": scale.code, "mass_casualty": active, "levels": [
            {"code": lv.code, "label": lv.label, "target_minutes": lv.target_minutes}
            for lv in scale.levels]})
        return 0
    ctx.print(_("Triage scale: {scale}", scale=scale.label))
    for level in scale.levels:
        target = _("no target") if level.target_minutes is None else \
            _("within {n} min", n=level.target_minutes)
        ctx.print(f"  {level.label:<12} {target}")
    ctx.print(_("Mass-casualty plan: {state}", state=_("active") if active else _("off")))
    return 0


def cmd_triage_scale(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import triage

    session = ctx.session()
    triage.set_scale(session, args.scale)
    ctx.print(_("Triage scale: {scale}", scale=triage.station_scale(session).label))
    return 0


def cmd_triage_mass_casualty(ctx: CliContext, args: argparse.Namespace) -> int:
    from hospcrisis.core import triage

    session = ctx.session()
    triage.set_mass_casualty(session, args.state == "on", args.reason)
    ctx.print(_("Mass-casualty plan: {state}", state=_("active") if args.state == "on"
                else _("off")))
    return 0
