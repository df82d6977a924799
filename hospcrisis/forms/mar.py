"""Paper medication administration record (HC-MAR-01), one A4 landscape page.

Allergies first (in a heavy box), then one row per drug — drug and dose, route, frequency,
start and prescriber — and, for 7 days, one box per administration time where the nurse writes
her initials. Codes for a dose not given and a table of initials and signatures close the page.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date, timedelta

from reportlab.lib.units import mm

from hospcrisis.forms import fonts, text
from hospcrisis.forms.data import CancelCheck, FormPatient, PrintInfo, Progress, RenderResult
from hospcrisis.forms.document import FormDocument, Output
from hospcrisis.forms.fonts import BOLD, COND, COND_BOLD, MONO
from hospcrisis.forms.layout import LINE, THIN, Pen
from hospcrisis.forms.page import MARGIN, PatientForm, PatientItem, render_patient_form
from hospcrisis.i18n import _

DEFAULT_SLOTS: tuple[str, ...] = ("08", "12", "18", "22")
X = MARGIN
W = 277.0
Y_TOP = 53.0
ALLERGY_W = 112.0
GRID_Y = 67.0
DRUG_COLS = (58.0, 13.0, 17.0, 16.0)  # drug & dose, route, frequency, start & prescriber
DAY_HEAD = 7.5
SLOT_HEAD = 5.0
GRID_BOTTOM = 181.0


class MarForm(PatientForm):
    """The MAR: `days` days of `time_slots` administration boxes per drug row."""

    name = "mar"
    landscape = True

    def __init__(self, time_slots: Sequence[str] = DEFAULT_SLOTS, days: int = 7,
                 start: date | None = None) -> None:
        if not 1 <= len(time_slots) <= 6:
            raise ValueError("between 1 and 6 administration times per day")
        if not 1 <= days <= 7:
            raise ValueError("between 1 and 7 days")
        self.slots = tuple(text.clean(s) for s in time_slots)
        self.days = days
        self.start = start

    def variant(self) -> Hashable:
        return (self.slots, self.days, self.start)

    @property
    def rows(self) -> int:
        return int((GRID_BOTTOM - GRID_Y - DAY_HEAD - SLOT_HEAD) // 11.5)

    def body(self, pen: Pen, index: int, blank: bool) -> None:
        # allergies, weight, height, week
        pen.field(X, Y_TOP, ALLERGY_W, 12, _("ALLERGIES"), border=1.8)
        pen.options(X + 42, Y_TOP + 2.9, [_("None known")], size=7, box=2.6)
        rest = (W - ALLERGY_W) / 4
        pen.field(X + ALLERGY_W, Y_TOP, rest, 12, _("Weight (kg)"))
        pen.field(X + ALLERGY_W + rest, Y_TOP, rest, 12, _("Height (cm)"))
        pen.field(X + ALLERGY_W + 2 * rest, Y_TOP, rest, 12, _("Unit, room, bed"))
        pen.field(X + ALLERGY_W + 3 * rest, Y_TOP, rest, 12, _("Creatinine clearance"))

        drug_w = sum(DRUG_COLS)
        slot_w = (W - drug_w) / (self.days * len(self.slots))
        day_w = slot_w * len(self.slots)
        head_h = DAY_HEAD + SLOT_HEAD
        y = GRID_Y
        rows = self.rows
        row_h = (GRID_BOTTOM - y - head_h) / rows
        bottom = y + head_h + rows * row_h
        pen.rect(X, y, W, head_h, fill=0.93, stroke=False)
        headers = [_("Drug (generic name), form, dose"), _("Route"), _("Frequency"),
                   _("Start date\nprescriber")]
        cx = X
        for width, label in zip(DRUG_COLS, headers, strict=True):
            lines = label.split("\n")
            size = 7.5
            while size > 5.5 and max(fonts.width(t, COND_BOLD, size) for t in lines) \
                    > (width - 1.2) * mm:
                size -= 0.25
            base = y + head_h / 2 + 1.2 - (len(lines) - 1) * 1.6
            for line in lines:
                pen.text(cx + width / 2, base, line, COND_BOLD, size, align="center")
                base += 3.2
            cx += width
        for d in range(self.days):
            dx = X + drug_w + d * day_w
            day = self.start + timedelta(days=d) if self.start else None
            label = _("Day {n}", n=d + 1)
            pen.text(dx + 1.0, y + 3.4, label, BOLD, 7.5)
            when = f"{day:%d/%m}" if day else "__/__"
            pen.text(dx + day_w - 1.0, y + 6.6, when, MONO, 7.5, align="right")
            for s, slot in enumerate(self.slots):
                pen.text(dx + (s + 0.5) * slot_w, y + DAY_HEAD + 3.7, slot, COND_BOLD, 7,
                         align="center")
        # lines
        for r in range(rows + 1):
            ly = y + head_h + r * row_h
            pen.line(X, ly, X + W, ly, width=THIN if r else LINE)
        pen.line(X + drug_w, y + DAY_HEAD, X + W, y + DAY_HEAD, width=THIN)
        cx = X
        for width in DRUG_COLS:
            cx += width
            pen.line(cx, y, cx, bottom, width=LINE if cx == X + drug_w else THIN)
        for d in range(self.days):
            dx = X + drug_w + d * day_w
            if d:
                pen.line(dx, y, dx, bottom, width=1.1)
            for s in range(1, len(self.slots)):
                sx = dx + s * slot_w
                pen.line(sx, y + DAY_HEAD, sx, bottom, width=THIN)
        for r in range(rows):
            ry = y + head_h + r * row_h
            pen.line(X + 1.5, ry + row_h * 0.62, X + DRUG_COLS[0] - 1.5, ry + row_h * 0.62,
                     width=0.3, dash=(0.5, 1.5))
            pen.text(X + 1.2, ry + row_h - 1.0, _("dose"), COND, 5.5, gray=0.4)
        pen.rect(X, y, W, bottom - y, width=LINE)

        # legend and signatures
        ly = bottom + 1.4
        for line, font in (
                (_("Write your initials in the box when the dose is given."), COND_BOLD),
                (_("Not given: circle the box and write R refused · A absent · S suspended · "
                   "V vomited · N nil by mouth; explain overleaf."), COND),
                (_("Stopping a drug: draw a line through the remaining boxes, date and sign."),
                 COND)):
            ly = pen.fitted(X, ly, 124, line, font, 7.5, 5.5, max_lines=2, leading=1.05)
        sig_x = X + 128
        sig_w = (W - 128) / 4
        for i in range(4):
            pen.field(sig_x + i * sig_w, bottom + 1.5, sig_w, 10.5,
                      _("Initials · name · signature"))

    def fill(self, doc: FormDocument, pen: Pen, index: int, patient: FormPatient) -> None:
        allergies = text.clean(patient.allergies)
        if allergies:
            pen.fitted(X + 1.2, Y_TOP + 4.0, ALLERGY_W - 2.4, allergies, BOLD, 10, 6,
                       max_lines=2, leading=1.0)
        where = " · ".join(v for v in (text.clean(patient.unit), text.clean(patient.bed)) if v)
        if where:
            rest = (W - ALLERGY_W) / 4
            pen.fitted(X + ALLERGY_W + 2 * rest + 1.2, Y_TOP + 5.5, rest - 2.4, where,
                       COND, 10, 6)


def render_mar(out: Output, patients: Sequence[PatientItem], info: PrintInfo, *,
               progress: Progress | None = None, cancelled: CancelCheck | None = None,
               time_slots: Sequence[str] = DEFAULT_SLOTS, days: int = 7,
               start: date | None = None) -> RenderResult:
    """One MAR per patient (None: blank). `time_slots` are the daily administration times
    printed over the boxes; `start` prints the dates of the 7 days."""
    return render_patient_form(MarForm(time_slots, days, start), out, patients, info,
                               progress=progress, cancelled=cancelled)
