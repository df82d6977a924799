"""Patient label sheet (HC-ETI-01): an A4 sheet of self-adhesive labels, one patient per sheet.

Default grid: 3 x 7 labels of 63.5 x 38.1 mm (Avery L7160-like margins), configurable with a
`LabelLayout`. Each label: birth name, first name, used name, date of birth and sex, the ID in
clear with its status and as Code 128, the SINUS number when there is one, and in small print
who printed it, where and when. The sheet's margins carry the title, code, page and print line.
The label is drawn once per patient (a Form XObject) and placed on every position.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from hospcrisis.forms import text
from hospcrisis.forms.data import (
    CancelCheck,
    FormPatient,
    LabelLayout,
    PrintInfo,
    Progress,
    RenderResult,
)
from hospcrisis.forms.document import FormDocument, Output
from hospcrisis.forms.fonts import BOLD, COND, COND_BOLD, MONO
from hospcrisis.forms.layout import Pen
from hospcrisis.forms.page import (
    PatientForm,
    PatientItem,
    identity_blocks,
    page_label,
    printed_line,
    render_patient_form,
)
from hospcrisis.i18n import _

PAD = 2.6  # inside each label, mm


def label_small_print(info: PrintInfo) -> str:
    """``URG1 · Marie Curie · 29/11/2026 02:25`` — who printed the label, where and when."""
    return f"{text.clean(info.station)} · {text.clean(info.printed_by)} · " \
           f"{text.format_datetime(info.printed_at)}"


class LabelSheetForm(PatientForm):
    """One sheet of identical labels per patient."""

    name = "labels"
    identity = False

    def __init__(self, layout: LabelLayout | None = None, skip: int = 0) -> None:
        self.layout = layout or LabelLayout()
        if not 0 <= skip < self.layout.per_sheet:
            raise ValueError(f"skip must be between 0 and {self.layout.per_sheet - 1}")
        self.skip = skip

    def variant(self) -> Hashable:
        return (self.layout, self.skip)

    def page_size(self, index: int) -> tuple[float, float]:
        return self.layout.page_width_mm, self.layout.page_height_mm

    def positions(self) -> list[tuple[float, float]]:
        """Top-left corners of the labels to print, row by row (skipped ones left out)."""
        lay = self.layout
        spots = [(lay.left_mm + c * lay.h_pitch_mm, lay.top_mm + r * lay.v_pitch_mm)
                 for r in range(lay.rows) for c in range(lay.columns)]
        return spots[self.skip:]

    # --- static ---------------------------------------------------------------------------
    def furniture(self, pen: Pen, info: PrintInfo, index: int, page_no: int,
                  page_total: int, note: str, blank: bool) -> None:
        lay = self.layout
        w, h = lay.page_width_mm, lay.page_height_mm
        x = max(4.0, lay.left_mm)
        top = max(3.0, lay.top_mm / 2 - 4.0)
        title_w = pen.text(x, top + 3.6, self.spec.label.upper(), BOLD, 10)
        pen.text(x + title_w + 3, top + 3.6, self.spec.code_version, MONO, 8)
        if info.exercise:
            pen.badge(x + title_w + 25, top + 0.4, _("EXERCISE"), size=8)
        pen.cell(x, top + 7.6, w * 0.62, printed_line(info), COND, 7)
        pen.text(w - x, top + 4.0, page_label(page_no, page_total), BOLD, 10, align="right")
        if note:
            pen.cell(w * 0.62, top + 7.6, w * 0.38 - x, note, COND_BOLD, 7, align="right")
        bottom = lay.top_mm + (lay.rows - 1) * lay.v_pitch_mm + lay.label_height_mm
        if h - bottom >= 6:
            pen.cell(x, bottom + min(5.0, (h - bottom) / 2 + 1.5), w - 2 * x,
                     _("Check the patient's identity before sticking a label on anything."),
                     COND, 7)
        for lx, ly in self.positions():
            pen.rect(lx, ly, lay.label_width_mm, lay.label_height_mm, width=0.3, gray=0.75)
            if blank:
                with pen.offset(lx, ly, lay.label_height_mm) as sub:
                    blank_label(sub, info, lay.label_width_mm, lay.label_height_mm)

    # --- per patient ----------------------------------------------------------------------
    def fill(self, doc: FormDocument, pen: Pen, index: int, patient: FormPatient) -> None:
        lay = self.layout
        name = label_xobject(doc, patient, lay.label_width_mm, lay.label_height_mm)
        for lx, ly in self.positions():
            doc.place(name, lx, ly, height_mm=lay.label_height_mm)


def label_xobject(doc: FormDocument, patient: FormPatient, width: float,
                  height: float) -> str:
    """One patient label, drawn once per document and placed on every position."""
    bar_w = width - 2 * PAD + 2.0
    bar_h = min(7.0, height * 0.18)
    bar_name = doc.code128(patient.provisional_id, bar_w, bar_h)
    info = doc.info

    def draw(pen: Pen) -> None:
        inner = width - 2 * PAD
        small_base = height - 1.6
        bar_top = small_base - 2.3 - bar_h
        id_base = bar_top - 0.9
        limit = id_base - 4.2
        sinus = text.clean(patient.sinus_number)
        if sinus:
            pen.cell(PAD, limit, inner, f"SINUS {sinus}", COND_BOLD, 7.5)
            limit -= 3.4
        if patient.has_identity:
            blocks = identity_blocks(patient, info, (11, 9.5, 7.5, 7.5), name_font=COND_BOLD)
            pen.stack(PAD, PAD - 0.6, inner, limit - PAD + 1.4, blocks, leading=1.0)
        else:
            _write_in(pen, PAD, inner, limit)
        id_w = pen.text(PAD, id_base, patient.provisional_id, MONO, 9)
        badge_x = PAD + id_w + 1.5
        badge_x += pen.badge(badge_x, id_base - 3.0, patient.status_label, size=6.5) + 1.0
        if info.exercise:
            pen.badge(badge_x, id_base - 3.0, _("EXERCISE"), size=6.5)
        doc.place(bar_name, PAD - 1.0, bar_top, height, bar_h)
        pen.cell(PAD, small_base, inner, label_small_print(info), COND, 4.8)

    return doc.xobject(("label", patient, width, height), width, height, draw, transient=True)


def _write_in(pen: Pen, x: float, w: float, limit: float) -> None:
    """Lines to write the identity of a pre-numbered patient on his label."""
    step = (limit - 2.0) / 3
    for i, label in enumerate((_("Birth name"), _("First name"))):
        base = 1.0 + step * (i + 1)
        lw = pen.text(x, base, label, COND, 7)
        pen.line(x + lw + 1, base + 0.3, x + w, base + 0.3, dash=(0.6, 1.4))
    base = 1.0 + step * 3
    lw = pen.text(x, base, _("Born"), COND, 7)
    lw += 1.5 + pen.text(x + lw + 1.5, base, "__ /__ /____", MONO, 8)
    pen.options(x + lw + 3, base, (_("F"), _("M")), size=7, gap=2, box=2.8)


def blank_label(pen: Pen, info: PrintInfo, width: float, height: float) -> None:
    """A label to fill by hand (no ID known), at the pen's origin."""
    inner = width - 2 * PAD
    step = (height - 6.0) / 4
    for i, label in enumerate((_("Birth name"), _("First name"), _("ID no."))):
        base = 1.5 + step * (i + 1)
        lw = pen.text(PAD, base, label, COND, 7.5)
        pen.line(PAD + lw + 1, base + 0.3, PAD + inner, base + 0.3, dash=(0.6, 1.4))
    base = 1.5 + step * 4
    lw = pen.text(PAD, base, _("Born"), COND, 7.5)
    lw += 1.5 + pen.text(PAD + lw + 1.5, base, "__ /__ /____", MONO, 8.5)
    pen.options(PAD + lw + 3, base, (_("F"), _("M")), size=7.5, gap=2, box=3.0)
    if info.exercise:
        pen.badge(width - PAD, 1.2, _("EXERCISE"), size=6.5, align="right")
    pen.cell(PAD, height - 1.6, inner, label_small_print(info), COND, 4.8)


def render_labels(out: Output, patients: Sequence[PatientItem], info: PrintInfo, *,
                  progress: Progress | None = None, cancelled: CancelCheck | None = None,
                  layout: LabelLayout | None = None, skip: int = 0) -> RenderResult:
    """One label sheet per patient (None: a sheet of labels to fill by hand).

    `layout` sets the label grid (default 3 x 7, 63.5 x 38.1 mm); `skip` leaves the first
    labels of a partly used sheet empty.
    """
    return render_patient_form(LabelSheetForm(layout, skip), out, patients, info,
                               progress=progress, cancelled=cancelled)


