"""Identification wristband (HC-BRA-01): adult or child, one band per page or on an A4 sheet.

On a wristband printer each page is one band (the page is the band's printable area, see
`WristbandSize`). On an ordinary printer (``sheet=True``, and in downtime packets) an A4 sheet
carries two adult and two child bands with cut lines, to slip into insert wristbands.

A band shows the birth name, first name, used name, date of birth (or year, or estimated age),
sex, the provisional ID in clear and as Code 128, the QR code (ID + strict traits), the
identity status (PROVISOIRE), and in small print the form code, station, who printed it and when.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from hospcrisis.forms import text
from hospcrisis.forms.barcodes import qr_payload
from hospcrisis.forms.data import (
    ADULT_WRISTBAND,
    CHILD_WRISTBAND,
    WRISTBAND_SIZES,
    CancelCheck,
    FormPatient,
    PrintInfo,
    Progress,
    RenderResult,
    WristbandSize,
)
from hospcrisis.forms.document import FormDocument, Output
from hospcrisis.forms.fonts import BOLD, COND, COND_BOLD, MONO
from hospcrisis.forms.layout import Pen
from hospcrisis.forms.page import (
    A4,
    HEADER_BOTTOM,
    MARGIN,
    PatientForm,
    PatientItem,
    identity_blocks,
    page_label,
    render_patient_form,
)
from hospcrisis.forms.registry import FORMS
from hospcrisis.i18n import _


def _size(size: WristbandSize | str) -> WristbandSize:
    if isinstance(size, WristbandSize):
        return size
    try:
        return WRISTBAND_SIZES[size]
    except KeyError:
        raise ValueError(f"unknown wristband size {size!r}; use one of "
                         f"{', '.join(WRISTBAND_SIZES)} or a WristbandSize") from None


def small_print(info: PrintInfo, page: str = "") -> str:
    """``HC-BRA-01 v1 · URG1 · Marie Curie · 29/11/2026 03:25`` (and the page, if any)."""
    line = f"{FORMS['wristband'].code_version} · {text.clean(info.station)} · " \
           f"{text.clean(info.printed_by)} · {text.format_datetime(info.printed_at)}"
    return f"{line} · {page}" if page else line


class _BandGeometry:
    def __init__(self, size: WristbandSize) -> None:
        self.w, self.h = size.width_mm, size.height_mm
        self.k = self.h / 25.0
        self.qr = self.h - 1.5
        self.bar_w = min(62.0, self.w * 0.32)
        self.bar_x = self.w - self.bar_w - 1.5
        self.bar_y = 5.6 * self.k
        self.bar_h = 8.5 * self.k


def band_xobject(doc: FormDocument, patient: FormPatient, size: WristbandSize,
                 page: str = "") -> str:
    """The XObject of one band of `size` for `patient`, drawn once per document."""
    g = _BandGeometry(size)
    qr_name = doc.qr(qr_payload(patient), g.qr)
    bar_name = doc.code128(patient.provisional_id, g.bar_w, g.bar_h)
    info = doc.info

    def draw(pen: Pen) -> None:
        doc.place(qr_name, 0.75, 0.75, g.h, g.qr)
        tx = g.qr + 2.0
        tw = g.bar_x - tx - 2.5
        if patient.has_identity:
            _identity_text(pen, patient, info, tx, tw, g.h, g.k)
        else:
            _write_in(pen, tx, tw, g.h, g.k)
        badge_w = pen.badge(g.bar_x, 0.9, patient.status_label, size=7.5 * g.k)
        if info.exercise:
            pen.badge(g.bar_x + badge_w + 1.5, 0.9, _("EXERCISE"), size=7.5 * g.k)
        doc.place(bar_name, g.bar_x, g.bar_y, g.h, g.bar_h)
        pen.text(g.bar_x + g.bar_w / 2, g.bar_y + g.bar_h + 3.6 * g.k, patient.provisional_id,
                 MONO, 9.5 * g.k, align="center")
        pen.cell(g.bar_x, g.h - 1.0, g.bar_w, small_print(info, page), COND, 4.6, min_size=3.6)

    return doc.xobject(("band", patient, size, page), g.w, g.h, draw, transient=True)


def blank_band(pen: Pen, info: PrintInfo, size: WristbandSize, page: str = "") -> None:
    """A band to fill by hand (no ID: the workstation is down), at the pen's origin."""
    g = _BandGeometry(size)
    w, h, k = g.w, g.h, g.k
    step = (h - 3.0) / 3
    x = 2.0
    for i, label in enumerate((_("Birth name"), _("First name"))):
        base = step * (i + 1)
        lw = pen.text(x, base, label, COND, 7.5 * k)
        pen.line(x + lw + 1, base + 0.3, w * 0.62, base + 0.3, dash=(0.6, 1.4))
    base = step * 3
    lw = pen.text(x, base, _("Born"), COND, 7.5 * k)
    lw += 1.5 + pen.text(x + lw + 1.5, base, "__ /__ /____", MONO, 9 * k)
    pen.options(x + lw + 3, base, (_("F"), _("M")), size=8 * k, gap=2, box=3.2 * k)
    right = w * 0.62 + 4
    lw = pen.text(right, step, _("ID no."), COND, 7.5 * k)
    pen.line(right + lw + 1, step + 0.3, w - 2, step + 0.3, dash=(0.6, 1.4))
    pen.options(right, step * 2, (_("Provisional"), _("Validated (ID seen)")),
                size=7.5 * k, gap=2, box=3.0 * k, max_width=w - right - 2)
    if info.exercise:
        pen.badge(w - 1.5, 0.9, _("EXERCISE"), size=7.5 * k, align="right")
    pen.cell(right, h - 1.0, w - right - 1.5, small_print(info, page), COND, 4.6,
             min_size=3.6)


def _identity_text(pen: Pen, patient: FormPatient, info: PrintInfo, x: float, w: float,
                   h: float, k: float) -> None:
    sizes = (12.5 * k, 10.5 * k, 8 * k, 8.5 * k)
    pen.stack(x, 0.8 * k, w, h - 1.6 * k, identity_blocks(patient, info, sizes,
                                                         facts_font=COND_BOLD), leading=1.0)


def _write_in(pen: Pen, x: float, w: float, h: float, k: float) -> None:
    """Lines to write the identity of a pre-numbered patient."""
    step = (h - 3.0) / 3
    for i, label in enumerate((_("Birth name"), _("First name"))):
        base = 1.0 + step * (i + 1) - 1.0
        lw = pen.text(x, base, label, COND, 7 * k)
        pen.line(x + lw + 1, base + 0.3, x + w, base + 0.3, dash=(0.6, 1.4))
    base = 1.0 + step * 3 - 1.0
    lw = pen.text(x, base, _("Born"), COND, 7 * k)
    lw += 1.5 + pen.text(x + lw + 1.5, base, "__ /__ /____", MONO, 8.5 * k)
    pen.options(x + lw + 3, base, (_("F"), _("M")), size=7.5 * k, gap=2, box=3.0 * k)


class WristbandForm(PatientForm):
    """One band per page, the page being the band."""

    name = "wristband"
    identity = False

    def __init__(self, size: WristbandSize) -> None:
        self.size = size

    def variant(self) -> Hashable:
        return self.size

    def page_size(self, index: int) -> tuple[float, float]:
        return self.size.width_mm, self.size.height_mm

    def furniture(self, pen: Pen, info: PrintInfo, index: int, page_no: int,
                  page_total: int, note: str, blank: bool) -> None:
        """On a band the small print is part of the band; a blank band is all static."""
        if blank:
            blank_band(pen, info, self.size, page_label(page_no, page_total))

    def fill(self, doc: FormDocument, pen: Pen, index: int, patient: FormPatient) -> None:
        doc.place(band_xobject(doc, patient, self.size, page=page_label(1, 1)))


class WristbandSheetForm(PatientForm):
    """An A4 sheet with adult and child bands to cut out (downtime packets)."""

    name = "wristband"

    def __init__(self, adult: WristbandSize = ADULT_WRISTBAND,
                 child: WristbandSize = CHILD_WRISTBAND, adults: int = 3,
                 children: int = 2) -> None:
        self.bands = [adult] * adults + [child] * children

    def variant(self) -> Hashable:
        return ("sheet", tuple(self.bands))

    def page_size(self, index: int) -> tuple[float, float]:
        return A4

    def _positions(self) -> list[tuple[float, float, WristbandSize, str]]:
        y = HEADER_BOTTOM + 15.0
        out = []
        for band in self.bands:
            out.append((MARGIN + 2.0, y, band, _("Adult") if band.name == "adult"
                        else _("Child") if band.name == "child" else band.name))
            y += band.height_mm + 14.0
        return out

    def furniture(self, pen: Pen, info: PrintInfo, index: int, page_no: int,
                  page_total: int, note: str, blank: bool) -> None:
        super().furniture(pen, info, index, page_no, page_total, note, blank)
        if blank:
            for x, y, band, _label in self._positions():
                with pen.offset(x, y, band.height_mm) as sub:
                    blank_band(sub, info, band)

    def body(self, pen: Pen, index: int, blank: bool) -> None:
        pen.text(MARGIN, HEADER_BOTTOM + 6.5,
                 _("Cut along the dotted lines and slip the band into a wristband sleeve; "
                   "check the identity with the patient before putting it on."), COND, 8.5)
        for x, y, band, label in self._positions():
            pen.text(x - 1.5, y - 3.0, label, BOLD, 8.5)
            pen.rect(x - 1.5, y - 1.5, band.width_mm + 3, band.height_mm + 3, width=0.5,
                     dash=(2, 1.5))

    def fill(self, doc: FormDocument, pen: Pen, index: int, patient: FormPatient) -> None:
        for x, y, band, _label in self._positions():
            doc.place(band_xobject(doc, patient, band), x, y, height_mm=band.height_mm)


def render_wristband(out: Output, patients: Sequence[PatientItem], info: PrintInfo, *,
                     progress: Progress | None = None, cancelled: CancelCheck | None = None,
                     size: WristbandSize | str = ADULT_WRISTBAND,
                     sheet: bool = False) -> RenderResult:
    """Wristbands, one per patient: one band per page of `size` (``"adult"``, ``"child"`` or a
    `WristbandSize`), or with ``sheet=True`` an A4 sheet of bands to cut out per patient.
    None prints a band to fill by hand."""
    form: PatientForm = WristbandSheetForm() if sheet else WristbandForm(_size(size))
    return render_patient_form(form, out, patients, info, progress=progress,
                               cancelled=cancelled)
