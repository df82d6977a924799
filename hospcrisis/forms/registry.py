"""Every printable form, by name: what the CLI `hospcrisis print FORM` and the GUI list.

    from hospcrisis.forms.registry import FORMS, get_form
    spec = get_form("wristband")
    result = spec.render("out.pdf", [patient], info, progress=..., cancelled=...)

`FormSpec.render` imports the form's module on first use (listing forms stays cheap).
Renderers take, by `kind`:

* ``"patient"`` — a sequence of `FormPatient` (printed), `str` (a pre-numbered provisional ID)
  or `None` (a blank copy); one copy of the form per item.
* ``"packet"`` — the same items; one downtime packet per item.
* ``"board"`` — a sequence of `BoardRow`; ``"census"`` — a sequence of `CensusRow`
  (an empty sequence prints a blank list to fill by hand).

and always ``info: PrintInfo``, then keyword-only ``progress``, ``cancelled`` and the form's
options. They write to a path (atomically: a temporary file renamed at the end) or to a binary
stream and return a `RenderResult`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hospcrisis.errors import NotFound
from hospcrisis.i18n import N_, _


@dataclass(frozen=True)
class FormSpec:
    """One form: registry name, title (English source), code and version, renderer."""

    name: str
    title: str
    code: str
    version: int
    kind: str
    renderer: str  # "module:function", imported on first use
    description: str = ""

    @property
    def code_version(self) -> str:
        """``HC-ADM-01 v1`` — printed on every page."""
        return f"{self.code} v{self.version}"

    @property
    def label(self) -> str:
        """The title in the current language."""
        return _(self.title)

    def renderer_function(self) -> Callable[..., Any]:
        module, function = self.renderer.split(":")
        renderer: Callable[..., Any] = getattr(importlib.import_module(module), function)
        return renderer

    def render(self, out: Any, items: Any, info: Any, **options: Any) -> Any:
        """Call the renderer: ``render(out, items, info, progress=…, cancelled=…, **opts)``."""
        return self.renderer_function()(out, items, info, **options)


_PKG = "hospcrisis.forms"

FORMS: dict[str, FormSpec] = {spec.name: spec for spec in (
    FormSpec("wristband", N_("Patient identification wristband"), "HC-BRA-01", 1, "patient",
             f"{_PKG}.wristband:render_wristband",
             N_("Adult or child wristband: name, date of birth, sex, ID, barcodes.")),
    FormSpec("labels", N_("Patient label sheet"), "HC-ETI-01", 1, "patient",
             f"{_PKG}.labels:render_labels",
             N_("A4 sheet of self-adhesive patient labels (3 x 7 by default).")),
    FormSpec("admission", N_("Emergency admission sheet"), "HC-ADM-01", 1, "patient",
             f"{_PKG}.admission:render_admission",
             N_("Identity, arrival, triage, observations, orders, outcome, signatures.")),
    FormSpec("packets", N_("Pre-numbered downtime packet"), "HC-KIT-01", 1, "packet",
             f"{_PKG}.packets:render_packets",
             N_("Per ID: admission sheet, labels, wristbands, MAR, lab and imaging requests.")),
    FormSpec("mar", N_("Medication administration record (MAR)"), "HC-MAR-01", 1, "patient",
             f"{_PKG}.mar:render_mar",
             N_("Paper MAR: drugs, doses, routes, 7 days of administration slots.")),
    FormSpec("lab", N_("Laboratory test request"), "HC-BIO-01", 1, "patient",
             f"{_PKG}.requests:render_lab",
             N_("Laboratory tests to tick, sampling time, clinical information.")),
    FormSpec("imaging", N_("Imaging examination request"), "HC-IMG-01", 1, "patient",
             f"{_PKG}.requests:render_imaging",
             N_("Examination, clinical question, safety checks, transport.")),
    FormSpec("board", N_("Emergency department patient list"), "HC-URG-01", 1, "board",
             f"{_PKG}.lists:render_board",
             N_("The ED board as printed at a given time.")),
    FormSpec("census", N_("Unit census"), "HC-EFF-01", 1, "census",
             f"{_PKG}.lists:render_census",
             N_("Each unit's patients and beds as printed at a given time.")),
    FormSpec("sitrep", N_("Situation report"), "HC-PDS-01", 1, "sitrep",
             f"{_PKG}.sitrep:render_sitrep",
             N_("The crisis meeting's report: arrivals, census, surgery, procedures, systems, "
                "decisions since the previous report, with charts.")),
    FormSpec("log", N_("Main courante (crisis log)"), "HC-MCO-01", 1, "crisis_log",
             f"{_PKG}.crisis_log:render_log",
             N_("The crisis cell's chronological log, entries with their corrections.")),
    FormSpec("procedures", N_("Degraded-mode procedures of a unit"), "HC-PDM-01", 1,
             "unit_procedures", f"{_PKG}.procedures:render_unit_procedures",
             N_("Each active procedure's checklist with who signs each step, to follow and "
                "sign on paper.")),
    FormSpec("remaining", N_("Records to re-enter in the information system"), "HC-REP-01", 1,
             "recovery_remaining", f"{_PKG}.recovery:render_remaining",
             N_("Downtime records not yet re-entered, unit by unit, to tick and sign.")),
    FormSpec("report", N_("End-of-downtime report"), "HC-REP-02", 1, "recovery_report",
             f"{_PKG}.recovery:render_report",
             N_("Records captured, exported and re-entered; conflicts, merges, "
                "reconciliations; every station's bundle and audit chain head.")),
    FormSpec("or-day", N_("Operating room day schedule"), "HC-BLO-01", 1, "surgery_day",
             f"{_PKG}.surgery:render_or_day",
             N_("One page per operating room and day: time, patient, procedure, surgeon, "
                "anaesthetist, priority (--day DATE, --room CODE).")),
    FormSpec("calls", N_("Patient call list"), "HC-BLO-02", 1, "surgery_calls",
             f"{_PKG}.surgery:render_calls",
             N_("Patients whose operation was cancelled or re-planned: phone, reason, new "
                "date, boxes to tick for each call.")),
)}


def form_names() -> tuple[str, ...]:
    """The registry names, in menu order."""
    return tuple(FORMS)


def get_form(name: str) -> FormSpec:
    """The form called `name`; `NotFound` (translated) lists the known names otherwise."""
    try:
        return FORMS[name]
    except KeyError:
        raise NotFound(_("Unknown form “{name}”; choose one of: {names}.", name=name,
                         names=", ".join(FORMS))) from None
