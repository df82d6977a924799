"""Helpers for the forms tests: sample data, rendering to bytes, reading text and barcodes back."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import pytest
from reportlab import rl_config

from hospcrisis.forms.data import FormPatient, PrintInfo
from hospcrisis.forms.registry import get_form

#: 29/11/2026 03:25 in Paris (tests run with TZ=Europe/Paris).
PRINTED_AT = datetime(2026, 11, 29, 2, 25, tzinfo=UTC)
PATIENT_FORMS = ("wristband", "labels", "admission", "mar", "lab", "imaging")

#: The names of the admissions issue's bad-input list (plus a 100-character one).
BAD_NAMES = (
    "Ñúñez-O’Brien",
    "Ἀλέξανδρος",
    "Чайковский",
    "He\u0301le\u0300ne",  # NFD
    "<b>Dupont</b>",
    "=cmd|' /C calc'!A0",
    "de La Tour d'Auvergne",
    "Abcdefghij Klmnopqrst-Uvwxyzàéîõü Bcdefghijk-Lmnopqrstu Vwxyzabcde Fghijklmno-Pqrstuvwxy "
    "Zabcdefghij",
)


@pytest.fixture(autouse=True)
def _invariant() -> Iterator[None]:
    """Byte-stable PDFs (no timestamps, fixed IDs) in every forms test."""
    saved = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = saved


def make_info(lang: str = "fr", exercise: bool = False) -> PrintInfo:
    return PrintInfo(station="URG1", printed_by="Marie Curie", printed_at=PRINTED_AT,
                     exercise=exercise, lang=lang, hospital="Centre hospitalier de Dax")


def make_patient(**changes: Any) -> FormPatient:
    values: dict[str, Any] = {
        "provisional_id": "URG1-000042-K", "birth_name": "MARTIN", "used_name": "DUPONT",
        "first_name": "Hélène", "forenames": "Hélène Marie", "sex": "F", "dob": "1954-03-12",
        "dob_precision": "exact", "identity_status": "PROV", "sinus_number": "SIN-0042",
        "allergies": "Pénicilline", "birthplace_code": "40088", "triage_level": "3A",
        "arrival": datetime(2026, 11, 29, 1, 50, tzinfo=UTC),
        "complaint": "Douleur thoracique",
    }
    values.update(changes)
    return FormPatient(**values)


def render(form: str, items: Sequence[Any], info: PrintInfo | None = None,
           **options: Any) -> bytes:
    """The PDF of `form` for `items`, as bytes."""
    out = io.BytesIO()
    get_form(form).render(out, items, info or make_info(), **options)
    return out.getvalue()


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Text without any whitespace (line breaks fall anywhere in wrapped names)."""
    return re.sub(r"\s+", "", text)


def barcodes(pdf: bytes, page: int = 0, dpi: int = 300) -> list[tuple[str, str]]:
    """(format, text) of every barcode zxing-cpp finds on the rendered page."""
    import pypdfium2 as pdfium
    import zxingcpp

    document = pdfium.PdfDocument(pdf)
    try:
        image = document[page].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    found = zxingcpp.read_barcodes(image)
    return [(result.format.name if hasattr(result.format, "name") else str(result.format),
             result.text) for result in found]


def _cmap6(font_file: bytes) -> dict[int, int]:
    """code → glyph of a reportlab subset font (its only cmap: platform 1, format 6)."""
    import struct

    tables = struct.unpack(">H", font_file[4:6])[0]
    for i in range(tables):
        tag, _sum, offset, _length = struct.unpack(">4sLLL", font_file[12 + 16 * i:28 + 16 * i])
        if tag != b"cmap":
            continue
        sub = offset + struct.unpack(">L", font_file[offset + 8:offset + 12])[0]
        fmt, _len, _lang, first, count = struct.unpack(">5H", font_file[sub:sub + 10])
        assert fmt == 6
        glyphs = struct.unpack(f">{count}H", font_file[sub + 10:sub + 10 + 2 * count])
        return {first + n: glyph for n, glyph in enumerate(glyphs)}
    raise AssertionError("no cmap in the embedded font")


def embedded_glyphs(pdf: bytes) -> set[str]:
    """Characters that the PDF's embedded font subsets really draw: mapped by ToUnicode from a
    code whose glyph, in the embedded font's own cmap, is not .notdef (glyph 0) — on every
    page and in every Form XObject."""
    from pypdf import PdfReader

    found: set[str] = set()
    seen: set[int] = set()

    def fonts_in(resources: Any) -> None:
        resources = resources.get_object()
        for font_ref in (resources.get("/Font") or {}).values():
            font = font_ref.get_object()
            if id(font) in seen or "/ToUnicode" not in font:
                continue
            seen.add(id(font))
            to_unicode = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            file = font["/FontDescriptor"].get_object()["/FontFile2"].get_object()
            glyph_of = _cmap6(file.get_data())
            for code, uni in re.findall(r"<([0-9A-Fa-f]{2})> <([0-9A-Fa-f]{4,8})>",
                                        to_unicode):
                if int(code, 16) and glyph_of.get(int(code, 16), 0):
                    found.add(chr(int(uni, 16)))
        for xobject_ref in (resources.get("/XObject") or {}).values():
            xobject = xobject_ref.get_object()
            if "/Resources" in xobject and id(xobject) not in seen:
                seen.add(id(xobject))
                fonts_in(xobject["/Resources"])

    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts_in(page["/Resources"])
    return found
