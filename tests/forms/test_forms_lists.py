"""The ED board and unit censuses, printed "as at" a time shown large."""

from __future__ import annotations

import io
from datetime import timedelta

from hospcrisis.forms.data import BoardRow, CensusRow
from hospcrisis.forms.lists import PER_PAGE
from tests.forms.conftest import PRINTED_AT, make_info, page_texts, render


def _sizes_of(pdf: bytes, page: int, needle: str) -> list[float]:
    """Font sizes at which `needle` is drawn on the page."""
    from pypdf import PdfReader

    sizes: list[float] = []

    def visit(text: str, cm: object, tm: object, font: object, size: float) -> None:
        if needle in text:
            sizes.append(size)

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return sizes


def _board(n: int) -> list[BoardRow]:
    return [BoardRow(f"URG1-{i:06d}-K", f"PATIENT{i} Jean", "1980-05-01", "M", "3B",
                     PRINTED_AT - timedelta(minutes=10 * i), 10 * i, i % 5 == 4,
                     "Attente médecin", "Box") for i in range(n)]


def test_board_prints_the_time_large_on_every_page() -> None:
    pdf = render("board", _board(PER_PAGE + 3))
    texts = page_texts(pdf)
    assert len(texts) == 2
    for page, text in enumerate(texts):
        assert "03:25" in text and "29/11/2026" in text
        assert max(_sizes_of(pdf, page, "03:25")) >= 40
        assert f"Page {page + 1}/2" in text
    assert "URG1-000000-K" in texts[0] and f"URG1-{PER_PAGE + 2:06d}-K" in texts[1]


def test_board_as_at_is_the_time_given() -> None:
    text = page_texts(render("board", _board(2), as_of=PRINTED_AT - timedelta(hours=1)))[0]
    assert "02:25" in text


def test_board_summary_and_overdue_marks() -> None:
    text = page_texts(render("board", _board(10)))[0]
    assert "10 patients" in text and "2 en dépassement" in text and "tri 3B : 10" in text
    assert "▲ 40 min" in text and "▲ 1 h 30" in text
    assert text.count("▲") == 2 + 1  # two rows and the legend
    assert "03:15" in text  # arrival, local time


def test_board_arrival_on_an_earlier_day_shows_the_date() -> None:
    row = BoardRow("URG1-000001-K", "X", arrival=PRINTED_AT - timedelta(hours=5))
    assert "28/11 22:25" in page_texts(render("board", [row]))[0]
    assert "28 Nov 22:25" in page_texts(render("board", [row], make_info("en")))[0]


def test_blank_board_leaves_the_time_to_write() -> None:
    pdf = render("board", [])
    text = page_texts(pdf)[0]
    assert "noter l’heure" in text
    assert max(_sizes_of(pdf, 0, "03:25")) < 10  # only in the small print line
    assert "Page 1/1" in text


def test_census_one_unit_per_page_set_with_free_beds() -> None:
    rows = [CensusRow("Médecine 2", "201", "MED2-000001-A", "DURAND Paul", "1950", "M",
                      PRINTED_AT - timedelta(days=2), "Hospitalisé"),
            CensusRow("Médecine 2", "202"),
            CensusRow("Chirurgie A", "B1", "CHIR-000001-Z", "MARTIN Hélène", "1954-03-12",
                      "F", PRINTED_AT, "Post-op")]
    pdf = render("census", rows, make_info("en"))
    texts = page_texts(pdf)
    assert len(texts) == 2
    assert "Médecine 2" in texts[0] and "DURAND Paul" in texts[0] and "— free —" in texts[0]
    assert "1 patients · 1 free beds" in texts[0]
    assert "27 Nov 2026 03:25" in texts[0]
    assert "Chirurgie A" in texts[1] and "MARTIN Hélène" in texts[1]
    assert "DURAND" not in texts[1]
    assert all("Page 1/1" in t for t in texts)
    assert max(_sizes_of(pdf, 1, "03:25")) >= 40


def test_blank_census_has_a_line_for_the_unit() -> None:
    text = page_texts(render("census", []))[0]
    assert "Service : ____" in text
