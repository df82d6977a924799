"""Names from the bad-input list print literally, whole, with a real glyph for every character."""

from __future__ import annotations

import unicodedata

import pytest

from hospcrisis.forms import fonts
from hospcrisis.forms.data import BoardRow, CensusRow
from hospcrisis.forms.text import clean, escape_markup, safe_paragraph
from tests.forms.conftest import BAD_NAMES, embedded_glyphs, flat, make_patient, page_texts, render


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def test_the_hundred_character_name_is_a_hundred_characters() -> None:
    assert len(BAD_NAMES[-1]) == 100


@pytest.mark.parametrize("name", BAD_NAMES, ids=range(len(BAD_NAMES)))
@pytest.mark.parametrize("form", ["wristband", "labels", "admission", "mar"])
def test_bad_names_print_literally_and_whole(form: str, name: str) -> None:
    patient = make_patient(birth_name=name, first_name=name[:30], used_name="")
    pdf = render(form, [patient])
    texts = [flat(t) for t in page_texts(pdf)]
    for page in texts:  # whole in the identity block of every page (or on every label)
        assert flat(_nfc(name)) in page
        assert "&lt;" not in page and "&amp;" not in page  # no escaping shows on paper
    if form in ("wristband", "labels"):
        assert texts[0].count(flat(_nfc(name))) >= (21 if form == "labels" else 1)
        assert "…" not in texts[0]  # nothing cut
    drawn = embedded_glyphs(pdf)
    missing = {c for c in _nfc(name) if not c.isspace() and c not in drawn}
    assert not missing, f"no glyph for {missing!r}"


@pytest.mark.parametrize("name", BAD_NAMES, ids=range(len(BAD_NAMES)))
def test_bad_names_print_whole_on_the_lists(name: str) -> None:
    board = render("board", [BoardRow("URG1-000042-K", name, status=name[:20])])
    census = render("census", [CensusRow("MED2", "12", "URG1-000042-K", name)])
    for pdf in (board, census):
        assert flat(_nfc(name)) in flat(" ".join(page_texts(pdf)))
        drawn = embedded_glyphs(pdf)
        assert all(c in drawn for c in _nfc(name) if not c.isspace())


@pytest.mark.parametrize("font", list(fonts.FILES))
def test_every_font_draws_the_bad_names(font: str) -> None:
    for name in BAD_NAMES:
        assert fonts.missing_glyphs(name, font) == ""


def test_a_character_no_font_has_is_reported_not_silently_dropped() -> None:
    """DejaVu has no CJK: the check above would catch it (and the GUI can warn)."""
    assert fonts.missing_glyphs("田中 Hélène", fonts.BOLD) == "田中"
    pdf = render("wristband", [make_patient(birth_name="Tanaka 田中")])
    assert "田" not in embedded_glyphs(pdf)
    assert "T" in embedded_glyphs(pdf)


def test_nfd_input_prints_with_composed_glyphs() -> None:
    pdf = render("labels", [make_patient(birth_name="He\u0301le\u0300ne")])
    assert "Hélène" in " ".join(page_texts(pdf))
    assert "\u0301" not in embedded_glyphs(pdf)


def test_markup_is_escaped_before_any_paragraph() -> None:
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas

    assert escape_markup("<b>Dupont</b> & fils") == "&lt;b&gt;Dupont&lt;/b&gt; &amp; fils"
    fonts.ensure(fonts.SANS)
    style = ParagraphStyle("plain", fontName=fonts.SANS, fontSize=10)
    out = io.BytesIO()
    canvas = Canvas(out)
    paragraph = safe_paragraph("<b>Dupont</b> & <i>fils", style)
    paragraph.wrapOn(canvas, 400, 100)
    paragraph.drawOn(canvas, 50, 700)
    canvas.save()
    assert page_texts(out.getvalue())[0].strip() == "<b>Dupont</b> & <i>fils"


def test_clean_keeps_text_literal_on_one_line() -> None:
    assert clean(None) == ""
    assert clean("  Jean\nPierre\tMarie\u00ad  ") == "Jean Pierre Marie"
    assert clean("=cmd|' /C calc'!A0") == "=cmd|' /C calc'!A0"
    assert clean("He\u0301le\u0300ne") == "Hélène"
