"""Page furniture shared by every form, and the machinery that prints patient forms.

Every page carries the form's title, code and version, ``Page x/y``, the station, who printed
it and when (local time); an EXERCICE watermark when the database is an exercise; and, on
patient forms, the patient's identity block with barcodes in the header and his ID in the
footer — or, on a blank form, a box to stick the patient's label in.

A patient form is a `PatientForm`: `body()` draws what is the same for every patient (drawn
once per document into a Form XObject, with the furniture), `fill()` what is printed for one
patient. `render_patient_form` prints one copy per patient, `draw_copy` one copy (packets).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from typing import Any, ClassVar

from reportlab.lib.units import mm

from hospcrisis.errors import ValidationError
from hospcrisis.forms import fonts, text
from hospcrisis.forms.data import (
    SEXES,
    CancelCheck,
    FormPatient,
    PrintInfo,
    Progress,
    RenderResult,
)
from hospcrisis.forms.document import FormDocument, Output
from hospcrisis.forms.fonts import BOLD, COND, COND_BOLD, MONO, SANS
from hospcrisis.forms.layout import Block, Pen
from hospcrisis.forms.registry import FORMS, FormSpec
from hospcrisis.i18n import _, use_language

A4 = (210.0, 297.0)
A4_LANDSCAPE = (297.0, 210.0)
MARGIN = 10.0
HEADER_TOP = 8.0
HEADER_BOTTOM = 50.0  # the header rule; bodies start under it
FOOTER_H = 12.0
ID_W, ID_H = 88.0, 40.0  # identity block (holds a 63.5 x 38.1 mm label)
QR_SIZE = 24.0

PatientItem = FormPatient | str | None


def as_patient(item: PatientItem) -> FormPatient | None:
    """`FormPatient` as is, a provisional ID → a pre-numbered patient, None → blank."""
    if item is None or isinstance(item, FormPatient):
        return item
    return FormPatient(provisional_id=str(item))


def printed_line(info: PrintInfo) -> str:
    """``Imprimé le 29/11/2026 03:25 par Marie Curie — poste URG1``."""
    return _("Printed {when} by {who} — station {station}",
             when=text.format_datetime(info.printed_at), who=text.clean(info.printed_by),
             station=text.clean(info.station))


def page_label(number: int, total: int) -> str:
    return _("Page {n}/{total}", n=number, total=total)


def watermark(pen: Pen, width: float, height: float) -> None:
    """A light diagonal EXERCICE across the page, under everything else."""
    word = _("EXERCISE")
    c = pen.c
    diagonal = math.hypot(width, height)
    size = min(150.0, 0.7 * diagonal * mm / max(1.0, len(word) * 0.72))
    fonts.ensure(BOLD)
    c.saveState()
    c.setFillGray(0.9)
    c.translate(width / 2 * mm, pen.h - height / 2 * mm)
    c.rotate(math.degrees(math.atan2(height, width)))
    c.setFont(BOLD, size)
    c.drawCentredString(0, -size * 0.35, word)
    c.restoreState()


def header(pen: Pen, info: PrintInfo, spec: FormSpec, width: float, *,
           right_reserved: float = ID_W + 4, subtitle: str = "", title: str = "") -> None:
    """Hospital, title, subtitle, code box and EXERCICE badge, left of the identity block.

    `subtitle` replaces the downtime notice with a larger line (a unit's name).
    """
    left_w = width - 2 * MARGIN - right_reserved
    y = HEADER_TOP
    hospital = text.clean(info.hospital)
    if hospital:
        pen.fitted(MARGIN, y, left_w, hospital, COND, 9, 6.5)
    bottom = pen.fitted(MARGIN, y + 4.6, left_w, (title or spec.label).upper(), BOLD, 17,
                        10.5, max_lines=2, leading=1.05)
    if subtitle:
        pen.fitted(MARGIN, bottom + 0.6, left_w, subtitle, BOLD, 14, 8)
    else:
        pen.fitted(MARGIN, bottom + 0.6, left_w,
                   _("Downtime procedure — information system unavailable"), COND, 8.5, 6.5)
    pen.rect(MARGIN, 41.5, 27, 6, width=0.9)
    pen.text(MARGIN + 13.5, 45.7, spec.code_version, MONO, 9, align="center")
    if info.exercise:
        pen.badge(MARGIN + 29, 41.5, _("EXERCISE"), size=10)
    pen.line(MARGIN, HEADER_BOTTOM, width - MARGIN, HEADER_BOTTOM, width=1.4)


def footer(pen: Pen, info: PrintInfo, spec: FormSpec, width: float, height: float,
           page_no: int, page_total: int, note: str = "") -> None:
    """Code and title, who printed where and when, page x/y (and a packet note)."""
    top = height - FOOTER_H
    pen.line(MARGIN, top, width - MARGIN, top, width=0.7)
    left_w = width * 0.5 - MARGIN
    pen.cell(MARGIN, top + 4.2, left_w, f"{spec.code_version} · {spec.label}", COND, 7.5)
    pen.cell(MARGIN, top + 8.2, left_w, printed_line(info), COND, 7.5)
    if note:
        pen.cell(width * 0.5 + 2, top + 8.2, width * 0.5 - MARGIN - 30, note, COND_BOLD, 7.5)
    pen.text(width - MARGIN, top + 7.2, page_label(page_no, page_total), BOLD, 11,
             align="right")


def footer_patient(pen: Pen, patient: FormPatient, width: float, height: float) -> None:
    """The patient's ID (and name) in the footer of every page of a patient form."""
    top = height - FOOTER_H
    x = width * 0.5 + 2
    pen.text(x, top + 4.3, patient.provisional_id, MONO, 8.5)
    name = display_name(patient)
    if name:  # a reminder: the identity block above has the whole name
        id_w = fonts.width(patient.provisional_id, MONO, 8.5) / mm + 2.5
        pen.fitted(x + id_w, top + 1.8, width * 0.5 - MARGIN - 30 - id_w, name, COND, 7.5,
                   4.5)


def display_name(patient: FormPatient) -> str:
    """``MARTIN Hélène`` (birth name, first name) or the used name when no birth name."""
    name = text.clean(patient.birth_name) or text.clean(patient.used_name)
    first = text.clean(patient.first_name)
    return f"{name} {first}".strip()


def dob_line(patient: FormPatient, at: Any, short: bool = False) -> str:
    """``Né(e) le 12/03/1954 (71 ans)``, ``Né(e) en 1954``, ``Date de naissance inconnue…``."""
    dob = text.format_dob(patient.dob, patient.dob_precision)
    estimate = text.clean(patient.estimated_age)
    if patient.dob_exact and dob:
        age = text.age_text(patient.dob, patient.dob_precision, at)
        line = _("Born {date}", date=dob)
        return f"{line} ({age})" if age else line
    if patient.dob_precision == "year" and dob:
        return _("Born in {year}", year=dob)
    if estimate:
        return _("Age estimated {age} y", age=estimate) if short else \
            _("Date of birth unknown — estimated age {age} y", age=estimate)
    return _("Date of birth unknown")


def sex_label(code: str) -> str:
    """``Female`` / ``Male`` / ``Sex unknown`` — the sex as a phrase beside the birth date."""
    if code == "U":
        return _("Sex unknown")
    return _(SEXES.get(code, code))


# --- the identity block ------------------------------------------------------------------------

def identity_origin(page_w: float) -> tuple[float, float]:
    return page_w - MARGIN - ID_W, HEADER_TOP


def label_zone(pen: Pen, x: float, y: float, w: float = ID_W, h: float = ID_H) -> None:
    """A dashed box saying where to stick the patient's label (blank forms)."""
    pen.rect(x, y, w, h, width=0.8, dash=(3, 2))
    pen.text(x + w / 2, y + h / 2 - 1.5, _("Stick the patient label here"), BOLD, 10,
             align="center", gray=0.45)
    pen.text(x + w / 2, y + h / 2 + 3.5, _("(or write the identity by hand)"), COND, 8,
             align="center", gray=0.45)


def identity_blocks(patient: FormPatient, info: PrintInfo,
                    sizes: tuple[float, float, float, float], *, name_font: str = BOLD,
                    facts_font: str = COND) -> list[Block]:
    """Birth name, first name, used name, then date of birth and sex, as `Pen.stack` blocks
    (largest sizes `sizes`); every one prints, shrunk if need be."""
    birth = text.clean(patient.birth_name)
    used = text.clean(patient.used_name)
    facts = f"{dob_line(patient, info.printed_at, short=True)} · {sex_label(patient.sex)}"
    return [
        Block(birth or "—", name_font, sizes[0], 5.5, 3, narrow=COND_BOLD, gap=0),
        Block(text.clean(patient.first_name), SANS, sizes[1], 5.5, 2, narrow=COND),
        Block(_("used name: {name}", name=used) if used and used != birth else "", COND,
              sizes[2], 5.5, 2),
        Block(facts, facts_font, sizes[3], 5.5, 2, gap=0.5),
    ]


def identity_block(doc: FormDocument, pen: Pen, x: float, y: float, patient: FormPatient,
                   qr_name: str, bar_name: str, container_h: float) -> None:
    """Identity, status, ID, Code 128 and QR of one patient in ID_W x ID_H mm at (x, y)."""
    info = doc.info
    pen.rect(x, y, ID_W, ID_H, width=1.4)
    doc.place(qr_name, x + ID_W - QR_SIZE - 0.6, y + 0.6, container_h, QR_SIZE)
    col = ID_W - QR_SIZE - 3.5
    tx = x + 2.2
    if patient.has_identity:
        pen.stack(tx, y + 1.7, col, 24.0, identity_blocks(patient, info, (13, 11, 8.5, 8.5)))
    else:
        pen.text(tx, y + 4.2, _("Write the identity by hand:"), COND, 7)
        for i, label in enumerate((_("Birth name"), _("First name"))):
            base = y + 10.0 + i * 6.2
            width = pen.text(tx, base, label, COND, 7)
            pen.line(tx + width + 1, base + 0.4, tx + col, base + 0.4, width=0.4,
                     dash=(0.6, 1.4))
        base = y + 22.4
        width = pen.text(tx, base, _("Born"), COND, 7)
        width += 1.5 + pen.text(tx + width + 1.5, base, "__ /__ /____", MONO, 9)
        pen.options(tx + width + 3, base, (_("F"), _("M")), size=8, gap=2)
    pen.text(tx, y + 30.2, patient.provisional_id, MONO, 11.5)
    doc.place(bar_name, tx - 0.8, y + 31.2, container_h, 7.8)
    qx = x + ID_W - QR_SIZE / 2 - 0.6
    pen.badge(qx, y + 26.0, patient.status_label, size=8.5, align="center")
    sinus = text.clean(patient.sinus_number)
    if sinus:
        pen.text(qx, y + 33.0, _("SINUS no."), COND, 6.5, align="center")
        pen.fitted(qx - QR_SIZE / 2, y + 34.0, QR_SIZE, sinus, COND_BOLD, 8, 5, align="center")


def patient_overlay(doc: FormDocument, patient: FormPatient, width: float,
                    height: float) -> str:
    """XObject (whole page) with the identity block and the footer ID of `patient`."""
    from hospcrisis.forms.barcodes import qr_payload

    key: Hashable = ("overlay", patient, width, height)
    qr_name = doc.qr(qr_payload(patient), QR_SIZE)
    bar_name = doc.code128(patient.provisional_id, ID_W - QR_SIZE - 3.5 + 1.6, 7.8)

    def draw(pen: Pen) -> None:
        x, y = identity_origin(width)
        identity_block(doc, pen, x, y, patient, qr_name, bar_name, height)
        footer_patient(pen, patient, width, height)

    return doc.xobject(key, width, height, draw, transient=True)


# --- patient forms -----------------------------------------------------------------------------

class PatientForm:
    """A form printed for one patient (or blank). Subclasses draw the body."""

    name: ClassVar[str] = ""
    pages: int = 1
    landscape: bool = False
    identity: bool = True  # the standard header identity block and footer ID

    @property
    def spec(self) -> FormSpec:
        return FORMS[self.name]

    def variant(self) -> Hashable:
        """What, beyond the page, makes this form's static layout differ (options)."""
        return ()

    def page_size(self, index: int) -> tuple[float, float]:
        return A4_LANDSCAPE if self.landscape else A4

    def furniture(self, pen: Pen, info: PrintInfo, index: int, page_no: int,
                  page_total: int, note: str, blank: bool) -> None:
        width, height = self.page_size(index)
        header(pen, info, self.spec, width)
        footer(pen, info, self.spec, width, height, page_no, page_total, note)
        if blank:
            label_zone(pen, *identity_origin(width))

    def body(self, pen: Pen, index: int, blank: bool) -> None:
        """What every copy of page `index` shows (static)."""

    def fill(self, doc: FormDocument, pen: Pen, index: int, patient: FormPatient) -> None:
        """What page `index` prints for `patient` (beyond the identity block)."""


def draw_copy(doc: FormDocument, form: PatientForm, patient: FormPatient | None,
              first_page: int = 1, page_total: int | None = None, note: str = "") -> None:
    """Draw one copy of `form` for `patient` (None: blank), numbered from `first_page`."""
    total = page_total or form.pages
    blank = patient is None
    for index in range(form.pages):
        width, height = form.page_size(index)
        pen = doc.new_page(width, height)
        page_no = first_page + index
        key = ("page", form.name, form.variant(), index, page_no, total, note, blank)

        def static(p: Pen, index: int = index, page_no: int = page_no) -> None:
            w, h = form.page_size(index)
            if doc.info.exercise:
                watermark(p, w, h)
            form.furniture(p, doc.info, index, page_no, total, note, blank)
            form.body(p, index, blank)

        doc.place(doc.xobject(key, width, height, static))
        if patient is not None:
            if form.identity:
                doc.place(patient_overlay(doc, patient, width, height))
            form.fill(doc, pen, index, patient)
        doc.end_page()


def check_items(items: Sequence[Any]) -> None:
    if not items:
        raise ValidationError(_("Nothing to print: choose at least one patient, or a blank "
                                "form."))


def render_patient_form(form: PatientForm, out: Output, patients: Sequence[PatientItem],
                        info: PrintInfo, *, progress: Progress | None = None,
                        cancelled: CancelCheck | None = None) -> RenderResult:
    """One copy of `form` per item of `patients` (`FormPatient`, an ID, or None for blank)."""
    check_items(patients)
    items = [as_patient(p) for p in patients]
    with use_language(info.lang), FormDocument(out, info, title=form.spec.label,
                                               progress=progress, cancelled=cancelled) as doc:
        total = len(items)
        for done, patient in enumerate(items):
            doc.step(done, total)
            draw_copy(doc, form, patient)
            doc.release()
        doc.step(total, total)
        doc.finish()
        return RenderResult(form=form.name, pages=doc.pages,
                            patient_ids=tuple(p.provisional_id for p in items if p),
                            blank_copies=sum(p is None for p in items))
