"""Print jobs: gather the data (core), draw the PDF (forms), record who printed what (audit).

The CLI `hospcrisis print FORM …` and every "Print" action of the GUI go through `run()`:

    request = PrintRequest("wristband", ids=("URG1-000042-K",))
    outcome = run(session, request, "/tmp/bracelet.pdf", progress=…, cancelled=…)

`prepare()` checks the permission and builds the renderer's input: patients (`FormPatient`),
pre-numbered IDs (a reserved ID with no patient yet prints as a packet / blank identity with its
barcode), blank copies (`None`), board or census rows, or what an area's builder returns.
Packets with `count` reserve that many new IDs first (an audited action of its own). `run()` then
renders (in the caller's thread: the GUI calls it from a worker) and writes the print's audit
entry only once the file is complete.

Areas add printable documents by registering a form in `forms/registry.py` and, when its `kind`
is not one of the built-in ones, a builder here in `BUILDERS`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from hospcrisis import clock, i18n
from hospcrisis.core import admissions, printing, provisional_ids, units
from hospcrisis.core.identity import Patient
from hospcrisis.core.provisional_ids import ReservedBlock
from hospcrisis.core.session import Session
from hospcrisis.errors import NotFound, ValidationError
from hospcrisis.forms import data as forms_data
from hospcrisis.forms.registry import FormSpec, get_form
from hospcrisis.i18n import _

MAX_IDS = 5000
MAX_BLANK = 500

# Builders for form kinds defined by other areas: kind -> "module:function" taking
# (session, request) and returning the renderer's items.
BUILDERS: dict[str, str] = {
    "sitrep": "hospcrisis.core.crisis_print:sitrep_items",
    "unit_procedures": "hospcrisis.core.crisis_print:unit_procedures_items",
    "crisis_log": "hospcrisis.printing:crisis_log_items",
    "recovery_remaining": "hospcrisis.core.recovery_print:remaining_items",
    "recovery_report": "hospcrisis.core.recovery_print:report_items",
    "surgery_day": "hospcrisis.core.surgery_print:day_items",
    "surgery_calls": "hospcrisis.core.surgery_print:call_items",
}


@dataclass(frozen=True)
class PrintRequest:
    """What to print. `ids`: provisional IDs, IPPs or patient record ids."""

    form: str
    ids: tuple[str, ...] = ()
    count: int = 0
    blank: int = 0
    units: tuple[str, ...] = ()
    lang: str | None = None
    purpose: str = ""
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class PrintJob:
    """A prepared job: everything the renderer needs, and what the audit entry will say."""

    spec: FormSpec
    items: list[Any]
    info: forms_data.PrintInfo
    options: dict[str, Any]
    patient_ids: list[str] = field(default_factory=list)
    provisional_ids: list[str] = field(default_factory=list)
    blank_copies: int = 0
    reserved_block: ReservedBlock | None = None


@dataclass(frozen=True)
class PrintOutcome:
    job: PrintJob
    pages: int
    path: Path | None


def print_info(session: Session, lang: str | None = None, at: datetime | None = None
               ) -> forms_data.PrintInfo:
    """Who prints, where, when, in which language; EXERCICE when the database is one."""
    station = session.settings.get("station") or {}
    language = lang or str(session.settings.get("language") or i18n.language())
    if language not in i18n.LANGUAGES:
        language = i18n.DEFAULT_LANGUAGE
    return forms_data.PrintInfo(station=session.station, printed_by=session.display_name,
                                printed_at=at or clock.now(), exercise=session.is_exercise,
                                lang=language, hospital=str(station.get("hospital") or ""))


def _dob(patient: Patient) -> tuple[str, str]:
    precision = patient.birth_date_precision
    if precision == "day":
        precision = "exact"
    if precision not in forms_data.DOB_PRECISIONS:
        precision = "unknown"
    return patient.birth_date or "", precision


def form_patient(session: Session, patient: Patient) -> forms_data.FormPatient:
    """A patient as the forms print it, with where their latest admission stands."""
    admission = admissions.latest_admission(session, patient.id)
    dob, precision = _dob(patient)
    estimated = ""
    if patient.estimated_age_min is not None or patient.estimated_age_max is not None:
        low, high = patient.estimated_age_min, patient.estimated_age_max
        estimated = str(low if low == high or high is None else
                        (high if low is None else f"{low}-{high}"))
    arrival = clock.from_iso(admission.arrival_at) if admission else None
    unit = ""
    if admission and admission.unit_code:
        try:
            unit = units.get_unit(session.store, admission.unit_code).name
        except NotFound:
            unit = admission.unit_code
    return forms_data.FormPatient(
        provisional_id=patient.provisional_id or patient.ipp or patient.id[:18],
        birth_name=patient.birth_name, used_name=patient.used_name,
        first_name=patient.first_forename, forenames=patient.forenames,
        sex=patient.sex if patient.sex in forms_data.SEXES else "U",
        dob=dob, dob_precision=precision, estimated_age=estimated,
        identity_status=patient.identity_status, birthplace_code=patient.birthplace_code,
        sinus_number=patient.sinus_number, unit=unit,
        bed=(admission.bed or "") if admission else "", arrival=arrival,
        triage_level=(admission.triage_level or "") if admission else "",
        complaint=admission.complaint if admission else "",
        description=patient.description)


def _patient_items(session: Session, request: PrintRequest, job_ids: list[str],
                   job_codes: list[str]) -> list[Any]:
    """Patients, pre-numbered IDs and blank copies, in the order asked."""
    if len(request.ids) > MAX_IDS:
        raise ValidationError(_("At most {n} IDs in one print job.", n=MAX_IDS))
    items: list[Any] = []
    problems: list[tuple[str, str]] = []
    for typed in request.ids:
        value = typed.strip()
        patient: Patient | None = None
        try:
            patient = admissions.find_by_id(session, value)
        except NotFound:
            try:
                patient = admissions.get_patient(session, value)
            except NotFound:
                patient = None
        except ValidationError as exc:
            problems.extend(exc.problems or [("ids", exc.message)])
            continue
        if patient is not None:
            items.append(form_patient(session, patient))
            job_ids.append(patient.id)
            if patient.provisional_id:
                job_codes.append(patient.provisional_id)
            continue
        try:
            reserved = provisional_ids.looks_like_id(value) and \
                provisional_ids.is_reserved_unused(session, value)
        except ValidationError as exc:
            problems.extend(exc.problems or [("ids", exc.message)])
            continue
        if reserved:
            code = str(provisional_ids.parse(value))
            items.append(code)
            job_codes.append(code)
        else:
            problems.append(("ids", _("No patient and no reserved packet has the ID {id}.",
                                      id=value[:40])))
    if problems:
        raise ValidationError(_("Nothing was printed: some IDs are wrong."), problems)
    return items


def _board_items(session: Session, request: PrintRequest) -> list[Any]:
    """The board as shown on screen (`options["rows"]`, filters and order kept), else the
    whole board, longest wait first."""
    rows = request.options.get("rows")
    if rows is None:
        snapshot = admissions.load_board(session)
        rows = snapshot.view(sort=request.options.get("sort", "waiting"), descending=True)
    out = []
    for row in rows:
        out.append(forms_data.BoardRow(
            provisional_id=row.identifier, name=row.name,
            dob=row.birth_date or "", sex=row.sex if row.sex in forms_data.SEXES else "U",
            triage_level=row.triage_level or "",
            arrival=clock.from_iso(row.arrival_at), waiting_minutes=row.waiting_minutes,
            overdue=bool(row.overdue),
            status=_(admissions.STATUSES.get(row.status, row.status)),
            area=admissions.area_label(row.area) if row.area else ""))
    return out


def _census_items(session: Session, request: PrintRequest) -> list[Any]:
    codes = list(request.units) or [u.code for u in units.list_units(session.store)
                                    if u.beds]
    out: list[Any] = []
    for code in codes:
        census = admissions.unit_census(session, code)
        label = f"{census.unit.code} — {census.unit.name}"
        for bed in census.beds:
            entry = bed.occupant
            if entry is None:
                out.append(forms_data.CensusRow(unit=label, bed=bed.bed))
                continue
            patient = entry.patient
            dob, _precision = _dob(patient)
            out.append(forms_data.CensusRow(
                unit=label, bed=bed.bed, provisional_id=patient.identifier,
                name=patient.display_name, dob=dob,
                sex=patient.sex if patient.sex in forms_data.SEXES else "U",
                since=clock.from_iso(entry.since) if entry.since else None))
        for entry in census.without_bed:
            patient = entry.patient
            dob, _precision = _dob(patient)
            out.append(forms_data.CensusRow(
                unit=label, bed=_("(no bed)"), provisional_id=patient.identifier,
                name=patient.display_name, dob=dob,
                sex=patient.sex if patient.sex in forms_data.SEXES else "U",
                since=clock.from_iso(entry.since) if entry.since else None))
    return out


def prepare(session: Session, request: PrintRequest) -> PrintJob:
    """Check the permission and gather the data. Packets with `count` reserve new IDs first
    (one audited action); nothing else is written."""
    spec = get_form(request.form)
    printing.require_print(session, spec.kind)
    if not 0 <= request.blank <= MAX_BLANK:
        raise ValidationError(_("Between 0 and {n} blank copies.", n=MAX_BLANK))
    if not 0 <= request.count <= MAX_IDS:
        raise ValidationError(_("Between 1 and {n} new IDs.", n=MAX_IDS))
    job = PrintJob(spec, [], print_info(session, request.lang), dict(request.options))
    if spec.kind in ("patient", "packet"):
        if request.count and spec.kind != "packet":
            raise ValidationError(_("--count reserves new IDs for downtime packets only; "
                                    "use the form “packets”."))
        job.items = _patient_items(session, request, job.patient_ids, job.provisional_ids)
        if request.count:
            block = provisional_ids.reserve(session, request.count, request.purpose
                                            or _("Downtime packets"))
            job.reserved_block = block
            job.items.extend(block.codes)
            job.provisional_ids.extend(block.codes)
        job.items.extend([None] * request.blank)
        job.blank_copies = request.blank
        if not job.items:
            raise ValidationError(_("Nothing to print: give patient IDs, a number of new "
                                    "packets, or blank copies."))
    elif spec.kind == "board":
        job.items = [] if request.blank else _board_items(session, request)
    elif spec.kind == "census":
        job.items = [] if request.blank else _census_items(session, request)
    else:
        builder = BUILDERS.get(spec.kind)
        if builder is None:
            raise ValidationError(_("The form {name} cannot be printed from here.",
                                    name=spec.name))
        module_name, func_name = builder.split(":")
        build: Callable[[Session, PrintRequest], list[Any]] = getattr(
            importlib.import_module(module_name), func_name)
        job.items = build(session, request)
    return job


def render(job: PrintJob, out: Path | BinaryIO, *,
           progress: Callable[[int, int], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> int:
    """Draw the PDF (no database access: safe in a worker thread). Returns the page count."""
    # Options may serve the data builder (filters, a day, a sort) or the renderer (a label
    # layout, a wristband size): the renderer gets only those its signature names.
    import inspect

    renderer = job.spec.renderer_function()
    accepted = {name for name, param in inspect.signature(renderer).parameters.items()
                if param.kind is inspect.Parameter.KEYWORD_ONLY}
    options = {k: v for k, v in job.options.items()
               if k in accepted and k not in ("progress", "cancelled")}
    result = renderer(out, job.items, job.info, progress=progress, cancelled=cancelled,
                      **options)
    return int(getattr(result, "pages", 0))


def record(session: Session, job: PrintJob, pages: int, destination: str) -> None:
    """The audit entry of a completed print."""
    printing.record_print(session, form=job.spec.name, code_version=job.spec.code_version,
                          kind=job.spec.kind, pages=pages, patient_ids=job.patient_ids,
                          provisional_ids=job.provisional_ids,
                          blank_copies=job.blank_copies, destination=destination,
                          language=job.info.lang)


def run(session: Session, request: PrintRequest, out: Path | str, *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None) -> PrintOutcome:
    """Prepare, render to the file `out`, then audit. Nothing is audited if rendering fails."""
    path = Path(out)
    job = prepare(session, request)
    pages = render(job, path, progress=progress, cancelled=cancelled)
    record(session, job, pages, str(path))
    return PrintOutcome(job, pages, path)


def names() -> Sequence[str]:
    """Every printable form, in menu order."""
    from hospcrisis.forms.registry import form_names

    return form_names()


def crisis_log_items(session: Session, request: PrintRequest) -> list[Any]:
    """The main courante for form `log`: entries chosen by `request.options` — `search`,
    `kinds`, `unit`, `author`, `start`, `end` — as in `crisis_log.list_entries`."""
    from hospcrisis.core import crisis_log
    from hospcrisis.forms.crisis_log import LogLine, LogPrint

    allowed = ("search", "kinds", "unit", "author", "patient", "start", "end")
    filters = {k: v for k, v in request.options.items() if k in allowed and v}
    entries = crisis_log.list_entries(session, **filters)
    refs = {e.id: e.ref for e in entries}
    with i18n.use_language(print_info(session, request.lang).lang):
        lines = tuple(LogLine(
            ref=e.ref, kind=e.kind, kind_label=e.kind_label,
            event_at=clock.from_iso(e.event_at), entered_at=clock.from_iso(e.entered_at),
            late=e.late, author=f"{e.author_name} ({e.author})" if e.author_name else e.author,
            text=e.text, unit=e.unit_code or "", patient=e.patient_ref or "",
            corrects=e.corrects_ref or "",
            corrected_by=", ".join(refs.get(i, i[:8]) for i in e.corrected_by))
            for e in entries)
        described = [_("{name}: {value}", name=name, value=value) for name, value in (
            (_("search"), filters.get("search")), (_("unit"), filters.get("unit")),
            (_("author"), filters.get("author"))) if value]
    return [LogPrint(lines, " · ".join(described))]
