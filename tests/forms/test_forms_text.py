"""Dates, ages and fitting text as the forms print them."""

from __future__ import annotations

from datetime import UTC, datetime

from hospcrisis.forms import fonts
from hospcrisis.forms.text import (
    ELLIPSIS,
    age_text,
    fit,
    format_datetime,
    format_dob,
    waiting_text,
    wrap,
)
from hospcrisis.i18n import use_language

AT = datetime(2026, 11, 29, 2, 25, tzinfo=UTC)


def test_dates_in_each_language_are_never_ambiguous() -> None:
    assert format_dob("1954-03-12", "exact") == "12/03/1954"
    assert format_dob("1954-03-12", "day") == "12/03/1954"
    assert format_dob("1954", "year") == "1954"
    assert format_dob("1954-03-12", "year") == "1954"
    assert format_dob("", "unknown") == ""
    assert format_dob("vers 1950") == "vers 1950"
    assert format_datetime(AT) == "29/11/2026 03:25"  # Europe/Paris
    with use_language("en"):
        assert format_dob("1954-03-12", "exact") == "12 Mar 1954"
        assert format_datetime(AT) == "29 Nov 2026 03:25"


def test_ages_in_years_months_or_days_only_for_exact_dates() -> None:
    assert age_text("1954-03-12", "exact", AT) == "72 ans"
    assert age_text("1954-11-30", "exact", AT) == "71 ans"
    assert age_text("2025-09-15", "exact", AT) == "14 mois"
    assert age_text("2026-11-20", "exact", AT) == "9 j"
    assert age_text("1954", "year", AT) == ""
    assert age_text("2030-01-01", "exact", AT) == ""
    with use_language("en"):
        assert age_text("1954-03-12", "exact", AT) == "72 y"


def test_waiting_times() -> None:
    assert waiting_text(None) == ""
    assert waiting_text(45) == "45 min"
    assert waiting_text(125) == "2 h 05"


def test_wrap_breaks_long_words_after_a_hyphen() -> None:
    font = fonts.COND_BOLD
    lines = wrap("Abcdefghij-Klmnopqrst-Uvwxyz", font, 10, fonts.width("Abcdefghij-Klmn", font, 10))
    assert lines[0] == "Abcdefghij-"
    assert "".join(lines) == "Abcdefghij-Klmnopqrst-Uvwxyz"


def test_fit_shrinks_then_wraps_then_cuts() -> None:
    font = fonts.SANS
    width = fonts.width("MARTIN", font, 12)
    assert fit("MARTIN", font, width, 12, 6) == (12, ["MARTIN"])
    size, lines = fit("MARTIN DUPONT", font, width, 12, 6, max_lines=2)
    assert lines == ["MARTIN DUPONT"] or (len(lines) == 2 and size <= 12)
    size, lines = fit("A" * 200, font, width, 12, 6, max_lines=2)
    assert size == 6 and len(lines) == 2 and lines[-1].endswith(ELLIPSIS)
