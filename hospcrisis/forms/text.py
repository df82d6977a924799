"""Text as printed on forms: normalised, escaped, fitted, and dates in the reader's words.

Data is printed literally. Before anything reaches the PDF it is NFC-normalised (an NFD
"Hélène" prints with the same glyphs as an NFC one) and control characters become spaces.
Forms draw text with canvas strings, which never interpret markup; `safe_paragraph` is the only
way to build a reportlab `Paragraph` from data, and it escapes ``&``, ``<`` and ``>`` first.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from hospcrisis.forms import fonts
from hospcrisis.i18n import _, language

if TYPE_CHECKING:
    from reportlab.platypus import Paragraph

ELLIPSIS = "…"
_BREAK_AFTER = "-‐’'/_.,"
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def clean(value: object) -> str:
    """NFC text on one line: `None` → ``""``; line breaks, tabs and other separators → one
    space; invisible format characters (soft hyphen, zero-width…) dropped; ends stripped."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    if not text.isprintable():
        out = []
        for char in text:
            category = unicodedata.category(char)
            if category == "Cf":
                continue
            out.append(" " if category[0] in "CZ" else char)
        text = "".join(out)
    return text.strip()


def escape_markup(text: str) -> str:
    """Escape ``&``, ``<`` and ``>`` so reportlab's Paragraph prints them literally."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def safe_paragraph(value: object, style: Any) -> Paragraph:
    """A reportlab Paragraph showing `value` literally (markup in data is escaped)."""
    from reportlab.platypus import Paragraph

    return Paragraph(escape_markup(clean(value)), style)


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Split one word wider than `width`, after a hyphen or apostrophe when possible."""
    pieces: list[str] = []
    rest = word
    while rest and fonts.width(rest, font, size) > width:
        cut = 1
        while cut < len(rest) and fonts.width(rest[:cut + 1], font, size) <= width:
            cut += 1
        soft = max(rest.rfind(c, 0, cut) for c in _BREAK_AFTER)
        if soft >= 1:
            cut = soft + 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        pieces.append(rest)
    return pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap of `text` into lines no wider than `width` points."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if fonts.width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if fonts.width(word, font, size) <= width:
            current = word
            continue
        pieces = _break_word(word, font, size, width)
        lines.extend(pieces[:-1])
        current = pieces[-1]
    if current:
        lines.append(current)
    return lines or [""]


def fit(text: str, font: str, width: float, max_size: float, min_size: float,
        max_lines: int = 1) -> tuple[float, list[str]]:
    """The largest size in [min_size, max_size] at which `text` fits in `max_lines` lines.

    At `min_size` a text that still overflows is cut at the last line with an ellipsis (on
    forms the sizes are chosen so a 100-character name still fits whole).
    """
    size = max_size
    while True:
        lines = wrap(text, font, size, width)
        if len(lines) <= max_lines:
            return size, lines
        if size <= min_size:
            break
        size = max(min_size, size - 0.5)
    kept = lines[:max_lines]
    last = kept[-1]
    while last and fonts.width(last + ELLIPSIS, font, size) > width:
        last = last[:-1]
    kept[-1] = last + ELLIPSIS
    return size, kept


def shorten(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis to fit `width` (for table cells)."""
    if fonts.width(text, font, size) <= width:
        return text
    while text and fonts.width(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text + ELLIPSIS


# --- dates and times -------------------------------------------------------------------------

def _parse_iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def format_date(day: date) -> str:
    """``12/03/1954`` in French, ``12 Mar 1954`` in English (never ambiguous)."""
    if language() == "en":
        return f"{day.day:02d} {_MONTHS_EN[day.month - 1]} {day.year}"
    return day.strftime("%d/%m/%Y")


def format_datetime(moment: datetime | None) -> str:
    """A time in the workstation's local time: ``29/11/2026 03:25`` / ``29 Nov 2026 03:25``."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def format_time(moment: datetime | None, ref: datetime | None = None) -> str:
    """``03:25`` (local), with the date in front when it is not the day of `ref`."""
    if moment is None:
        return ""
    local = moment.astimezone()
    if ref is not None and local.date() != ref.astimezone().date():
        if language() == "en":
            return f"{local.day:02d} {_MONTHS_EN[local.month - 1]} {local:%H:%M}"
        return f"{local:%d/%m %H:%M}"
    return f"{local:%H:%M}"


def format_dob(dob: str, precision: str = "") -> str:
    """A date of birth as printed: exact date, year only, or the text as given."""
    text = clean(dob)
    if not text:
        return ""
    day = _parse_iso_date(text) if len(text) == 10 else None
    if day is not None and precision in ("", "exact", "day"):
        return format_date(day)
    if day is not None:  # a full date recorded as year-only: print the year only
        return str(day.year)
    return text


def age_text(dob: str, precision: str, at: datetime) -> str:
    """Age at `at` for an exact date of birth (``71 ans``, ``18 mois``, ``12 j``), else ``""``."""
    day = _parse_iso_date(clean(dob)) if precision in ("exact", "day") else None
    if day is None:
        return ""
    today = at.astimezone().date()
    if day > today:
        return ""
    years = today.year - day.year - ((today.month, today.day) < (day.month, day.day))
    if years >= 2:
        return _("{n} y", n=years)
    months = (today.year - day.year) * 12 + today.month - day.month - (today.day < day.day)
    if months >= 1:
        return _("{n} mo", n=months)
    return _("{n} d", n=(today - day).days)


def waiting_text(minutes: int | None) -> str:
    """``2 h 05`` or ``45 min``."""
    if minutes is None:
        return ""
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d}"
