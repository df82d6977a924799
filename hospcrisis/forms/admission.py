"""Emergency admission sheet (HC-ADM-01), two A4 pages.

Page 1: identity, arrival, triage and re-triage, observations grid.
Page 2: orders, medical notes, outcome, signatures, and the re-entry note for IT.
What is known of the patient is printed in the boxes; the rest is left to the pen.
"""

from __future__ import annotations

from collections.abc import Sequence

from hospcrisis.forms import text
from hospcrisis.forms.data import (
    TRIAGE_LEVELS,
    TRIAGE_TARGET_MINUTES,
    CancelCheck,
    FormPatient,
    PrintInfo,
    Progress,
    RenderResult,
)
from hospcrisis.forms.document import FormDocument, Output
from hospcrisis.forms.fonts import BOLD, COND, MONO, SANS
from hospcrisis.forms.layout import LINE, Pen, option_positions
from hospcrisis.forms.page import (
    MARGIN,
    PatientForm,
    PatientItem,
    render_patient_form,
)
from hospcrisis.i18n import _

X = MARGIN
W = 190.0
ROW = 11.0  # height of a writing box
VALUE_SIZE = 11.0

# page 1 geometry (mm from the top)
Y_IDENTITY = 53.0
Y_ARRIVAL = 106.0
Y_TRIAGE = 141.0
Y_VITALS = 183.0
# identity rows
ROW1 = (("birth", 64.0), ("used", 63.0), ("first", 63.0))
SEX_X = X + 46 + 22 + 2.0
STATUS_X = X + 46 + 22 + 58 + 2.0
DOB_OPT_X = X + 28.5
SEX_W = 54.0
STATUS_W = 60.0
TRIAGE_COLS = (24.0, 20.0, 72.0, 48.0, 26.0)


def _dob_labels() -> list[str]:
    return [_("year only"), _("unknown")]


SEX_CODES = ("F", "M", "O", "U")


def _sex_labels() -> list[str]:
    return [_("F"), _("M"), _("Other"), _("Unknown")]


def _status_labels() -> list[str]:
    return [_("Provisional"), _("Validated (ID seen)")]


def _arrival_modes() -> list[str]:
    return [_("Own means"), _("Ambulance"), _("Fire brigade"), _("SMUR"), _("Police"),
            _("Other")]


class AdmissionForm(PatientForm):
    """The two pages of the emergency admission sheet."""

    name = "admission"
    pages = 2

    def body(self, pen: Pen, index: int, blank: bool) -> None:
        if index == 0:
            self._page1(pen)
        else:
            self._page2(pen)

    # --- page 1 ---------------------------------------------------------------------------
    def _page1(self, pen: Pen) -> None:
        y = pen.section(X, Y_IDENTITY, W, _("Identity"),
                        note=_("Never invent a date of birth: tick “year only” or “unknown”"))
        x = X
        labels = {"birth": _("Birth name"), "used": _("Used name (if different)"),
                  "first": _("First name(s) (as on the ID document)")}
        for key, width in ROW1:
            pen.field(x, y, width, ROW, labels[key])
            x += width
        y += ROW
        pen.field(X, y, 46, ROW, _("Date of birth"))
        pen.text(X + 2, y + ROW - 2.2, "__ /__ /____", MONO, 10, gray=0.55)
        for i, label in enumerate(_dob_labels()):
            pen.checkbox(DOB_OPT_X, y + 6.3 + i * 3.6, label, size=6.5, font=COND, box=2.6)
        pen.field(X + 46, y, 22, ROW, _("Estimated age"))
        pen.field(X + 68, y, 58, ROW, _("Sex"))
        pen.options(SEX_X, y + ROW - 2.0, _sex_labels(), size=8.5, gap=2.5, max_width=SEX_W)
        pen.field(X + 126, y, 64, ROW, _("Identity status"))
        pen.options(STATUS_X, y + ROW - 2.0, _status_labels(), size=8.5, gap=2.5,
                    max_width=STATUS_W)
        y += ROW
        pen.field(X, y, 80, ROW, _("Person to contact"))
        pen.field(X + 80, y, 45, ROW, _("Phone"))
        pen.field(X + 125, y, 65, ROW, _("SINUS victim number"))
        y += ROW
        pen.field(X, y, W, ROW, _("Unknown patient: description, clothing, belongings, "
                                  "distinguishing features"))

        y = pen.section(X, Y_ARRIVAL, W, _("Arrival"))
        pen.field(X, y, 36, ROW, _("Arrival date"))
        pen.text(X + 3, y + ROW - 2.2, "__ /__ /____", MONO, 10, gray=0.55)
        pen.field(X + 36, y, 22, ROW, _("Time"))
        pen.text(X + 39, y + ROW - 2.2, "__:__", MONO, 10, gray=0.55)
        pen.field(X + 58, y, 132, ROW, _("Mode of arrival"))
        pen.options(X + 60, y + ROW - 2.0, _arrival_modes(), size=8.5, gap=3, max_width=128)
        y += ROW
        pen.field(X, y, 118, 15, _("Reason for attending"))
        pen.field(X + 118, y, 72, 15, _("ALLERGIES"), border=1.6)

        targets = " · ".join(
            f"{level} {_('immediate') if minutes == 0 else f'≤ {minutes} min'}"
            for level, minutes in TRIAGE_TARGET_MINUTES.items())
        y = pen.section(X, Y_TRIAGE, W, _("Triage (triage nurse)"),
                        note=_("FRENCH scale: {targets}", targets=targets))
        headers = [_("Triage"), _("Time"), _("Level (tick one)"), _("Reason / findings"),
                   _("Nurse initials")]
        pen.grid(X, y, TRIAGE_COLS, headers, rows=3, row_h=9.0)
        for row in range(3):
            base = y + 7.0 + row * 9.0 + 6.2
            label = _("Initial") if row == 0 else _("Re-triage {n}", n=row)
            pen.text(X + 1.5, base, label, BOLD if row == 0 else SANS, 8.5)
            pen.text(X + TRIAGE_COLS[0] + 4, base, "__:__", MONO, 10, gray=0.55)
            pen.options(X + TRIAGE_COLS[0] + TRIAGE_COLS[1] + 2.5, base, TRIAGE_LEVELS,
                        size=9, gap=3.2, font=BOLD)

        y = pen.section(X, Y_VITALS, W, _("Vital signs and monitoring"))
        headers = [_("Time"), _("BP\n(mmHg)"), _("HR\n(/min)"), _("SpO₂\n(%)"),
                   _("RR\n(/min)"), _("Temp.\n(°C)"), _("Pain\n(0-10)"), _("Glasgow\n(3-15)"),
                   _("Glucose\n(g/L)"), _("Notes"), _("Initials")]
        widths = (17.0, 24.0, 16.0, 16.0, 16.0, 16.0, 16.0, 17.0, 17.0, 19.0, 16.0)
        pen.grid(X, y, widths, headers, rows=8, row_h=9.8, header_h=8.5)

    # --- page 2 ---------------------------------------------------------------------------
    def _page2(self, pen: Pen) -> None:
        y = pen.section(X, 53.0, W, _("Medical orders"))
        headers = [_("Date, time"), _("Order (drug, dose, route / test / care)"),
                   _("Prescriber\n(name, signature)"), _("Done\n(time, initials)")]
        pen.grid(X, y, (24.0, 96.0, 35.0, 35.0), headers, rows=10, row_h=8.5, header_h=8.0)

        y = pen.section(X, 153.0, W, _("Medical notes and nursing handover"))
        pen.rect(X, y, W, 50.0, width=LINE)
        pen.write_lines(X + 2, y, W - 4, 50.0, pitch=8.0)

        y = pen.section(X, 211.0, W, _("Outcome"))
        base = y + 6.5
        end = pen.options(X + 1, base, [_("Home"), _("Admitted to unit:")], size=9, gap=3,
                          max_width=80)
        pen.line(end + 1, base + 0.4, X + 120, base + 0.4, dash=(0.6, 1.4))
        end = pen.options(X + 123, base, [_("Operating theatre")], size=9)
        base += 7.5
        end = pen.options(X + 1, base, [_("Transfer to:")], size=9)
        pen.line(end + 1, base + 0.4, X + 80, base + 0.4, dash=(0.6, 1.4))
        pen.options(X + 83, base, [_("Left against advice"), _("Died")], size=9, gap=4,
                    max_width=105)
        base += 7.5
        pen.text(X + 1, base, _("Departure time"), SANS, 9)
        pen.text(X + 31, base, "__:__", MONO, 10, gray=0.55)
        pen.text(X + 52, base, _("Accompanied by / transport"), SANS, 9)
        pen.line(X + 100, base + 0.4, X + W - 1, base + 0.4, dash=(0.6, 1.4))

        y = pen.section(X, 242.0, W, _("Signatures"))
        pen.field(X, y, 63, 19, _("Triage nurse (name, signature)"))
        pen.field(X + 63, y, 63, 19, _("Doctor (name, signature)"))
        pen.field(X + 126, y, 64, 19, _("Re-entered in the patient record on / by"))
        note = _("Downtime document: keep it in the patient's file. When the information "
                 "system is back, re-enter it with its real date and time and the mention "
                 "“entered during downtime”.")
        pen.fitted(X, y + 21, W, note, COND, 8, 6.5, max_lines=2)

    # --- printed values -------------------------------------------------------------------
    def fill(self, doc: FormDocument, pen: Pen, index: int, patient: FormPatient) -> None:
        if index != 0 or not patient.has_identity:
            return
        y = Y_IDENTITY + 6.0
        x = X
        forenames = text.clean(patient.forenames) or text.clean(patient.first_name)
        values = {"birth": text.clean(patient.birth_name),
                  "used": text.clean(patient.used_name), "first": forenames}
        for key, width in ROW1:
            _value(pen, x, y, width, values[key], BOLD if key == "birth" else SANS)
            x += width
        y += ROW
        precision = patient.dob_precision
        dob = text.format_dob(patient.dob, precision)
        if precision in ("year", "unknown"):
            pen.cross(DOB_OPT_X, y + 6.3 + (0 if precision == "year" else 3.6), box=2.6)
        if dob or precision != "unknown":
            pen.rect(X + 1, y + 4.0, 26.5, 6.4, fill=1, stroke=False)  # hide the hint
            _value(pen, X, y, 28.5, dob, SANS)
        age = text.clean(patient.estimated_age)
        if age:
            _value(pen, X + 46, y, 22, age, SANS)
        if patient.sex in SEX_CODES:
            xs = option_positions(SEX_X, _sex_labels(), size=8.5, gap=2.5, max_width=SEX_W)
            pen.cross(xs[SEX_CODES.index(patient.sex)], y + ROW - 2.0)
        xs = option_positions(STATUS_X, _status_labels(), size=8.5, gap=2.5,
                              max_width=STATUS_W)
        if patient.identity_status == "PROV":
            pen.cross(xs[0], y + ROW - 2.0)
        elif patient.identity_status in ("VALI", "QUAL"):
            pen.cross(xs[1], y + ROW - 2.0)
        y += ROW
        _value(pen, X + 125, y, 65, text.clean(patient.sinus_number), MONO)
        y += ROW
        _value(pen, X, y, W, text.clean(patient.description), SANS, max_lines=1)

        y = Y_ARRIVAL + 6.0
        if patient.arrival is not None:
            local = patient.arrival.astimezone()
            pen.rect(X + 1, y + 4.0, 34, 6.4, fill=1, stroke=False)
            _value(pen, X, y, 36, text.format_date(local.date()), SANS)
            pen.rect(X + 37, y + 4.0, 20, 6.4, fill=1, stroke=False)
            _value(pen, X + 36, y, 22, f"{local:%H:%M}", SANS)
        y += ROW
        _value(pen, X, y, 118, text.clean(patient.complaint), SANS, max_lines=2, h=15)
        _value(pen, X + 118, y, 72, text.clean(patient.allergies), BOLD, max_lines=2, h=15)
        level = text.clean(patient.triage_level)
        if level in TRIAGE_LEVELS:
            xs = option_positions(X + TRIAGE_COLS[0] + TRIAGE_COLS[1] + 2.5, TRIAGE_LEVELS,
                                  size=9, gap=3.2, font=BOLD)
            pen.cross(xs[TRIAGE_LEVELS.index(level)], Y_TRIAGE + 6.0 + 7.0 + 6.2)


def _value(pen: Pen, x: float, y: float, w: float, value: str, font: str,
           max_lines: int = 1, h: float = ROW) -> None:
    """A printed answer inside the box at (x, y), under its label."""
    if not value:
        return
    size, lines = text.fit(value, font, (w - 2.4) * 2.8346, VALUE_SIZE, 6.0, max_lines)
    step = size * 1.08 / 2.8346
    baseline = y + h - 2.0 - step * (len(lines) - 1)
    for line in lines:
        pen.text(x + 1.2, baseline, line, font, size)
        baseline += step


def render_admission(out: Output, patients: Sequence[PatientItem], info: PrintInfo, *,
                     progress: Progress | None = None,
                     cancelled: CancelCheck | None = None) -> RenderResult:
    """Admission sheets (2 pages each), one per patient; None prints a blank sheet."""
    return render_patient_form(AdmissionForm(), out, patients, info, progress=progress,
                               cancelled=cancelled)


__all__ = ["AdmissionForm", "render_admission"]
