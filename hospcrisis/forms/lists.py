"""Lists printed "as at" a time: the ED board (HC-URG-01) and unit censuses (HC-EFF-01).

A printed list is a snapshot: the time it shows is printed large in the top-right corner so
nobody mistakes an old sheet for the current state. Rows are printed in the order given.
Overdue patients (waiting longer than their triage level allows) are shaded and marked ▲.
An empty list prints ruled rows to fill by hand, with the time left blank to write.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.units import mm

from hospcrisis.forms import text
from hospcrisis.forms.data import (
    BoardRow,
    CancelCheck,
    CensusRow,
    PrintInfo,
    Progress,
    RenderResult,
)
from hospcrisis.forms.document import FormDocument, Output
from hospcrisis.forms.fonts import BOLD, COND, COND_BOLD, MONO, SANS
from hospcrisis.forms.layout import Pen
from hospcrisis.forms.page import A4_LANDSCAPE, HEADER_TOP, MARGIN, footer, header, watermark
from hospcrisis.forms.registry import FORMS, FormSpec
from hospcrisis.i18n import _, use_language

PAGE_W, PAGE_H = A4_LANDSCAPE
X = MARGIN
W = PAGE_W - 2 * MARGIN
TIME_W = 100.0
TABLE_Y = 59.0
HEAD_H = 8.0
ROW_H = 7.6
TABLE_BOTTOM = 194.0
PER_PAGE = int((TABLE_BOTTOM - TABLE_Y - HEAD_H) // ROW_H)
SUMMARY_Y = 52.0


def _time_box(pen: Pen, as_of: datetime | None) -> None:
    """The big "as at" time; blank lists leave it to be written."""
    x = PAGE_W - MARGIN - TIME_W
    y = HEADER_TOP
    pen.rect(x, y, TIME_W, 40, width=2.0)
    pen.text(x + 3, y + 6, _("AS AT").upper(), COND_BOLD, 10)
    if as_of is None:
        pen.text(x + TIME_W - 3, y + 6, _("write the time"), COND, 8, align="right")
        pen.rect(x + 4, y + 10, 20, 16, width=1.0)
        pen.text(x + 28, y + 22, ":", BOLD, 30)
        pen.rect(x + 33, y + 10, 20, 16, width=1.0)
        pen.text(x + 4, y + 35.5, "__ /__ /____", MONO, 14, gray=0.4)
        return
    local = as_of.astimezone()
    pen.text(x + 3, y + 30, f"{local:%H:%M}", BOLD, 46)
    pen.text(x + TIME_W - 3, y + 21, text.format_date(local.date()), BOLD, 15, align="right")
    pen.text(x + TIME_W - 3, y + 29, _("local time"), COND, 8, align="right")
    pen.text(x + TIME_W - 3, y + 36, _("do not use after this time without checking"), COND,
             7, align="right")


def _table(pen: Pen, widths: Sequence[float], headers: Sequence[str], rows: int) -> None:
    pen.grid(X, TABLE_Y, widths, headers, rows=rows, row_h=ROW_H, header_h=HEAD_H,
             header_size=8.5)


def _page(doc: FormDocument, spec: FormSpec, number: int, total: int, as_of: datetime | None,
          *, title: str = "", subtitle: str = "", summary: str = "") -> Pen:
    pen = doc.new_page(PAGE_W, PAGE_H)
    info = doc.info
    if info.exercise:
        watermark(pen, PAGE_W, PAGE_H)
    header(pen, info, spec, PAGE_W, right_reserved=TIME_W + 4, title=title, subtitle=subtitle)
    _time_box(pen, as_of)
    footer(pen, info, spec, PAGE_W, PAGE_H, number, total)
    if summary:
        pen.fitted(X, SUMMARY_Y, W, summary, BOLD, 10.5, 7)
    return pen


def _cells(pen: Pen, y: float, widths: Sequence[float], values: Sequence[tuple[str, str]],
           name_col: int) -> None:
    """One row of values (text, font); the name column may use two lines."""
    cx = X
    base = y + ROW_H / 2 + 1.3
    for i, (width, (value, font)) in enumerate(zip(widths, values, strict=True)):
        if value:
            if i == name_col:
                size, lines = text.fit(value, font, (width - 2.4) * mm, 10, 5.5, 3)
                if len(lines) == 1:
                    pen.text(cx + 1.2, base, lines[0], font, size)
                else:
                    top = y + (ROW_H - len(lines) * size * 1.0 / mm) / 2
                    pen.fitted(cx + 1.2, top, width - 2.4, value, font, 10, 5.5,
                               max_lines=3, leading=1.0)
            else:
                pen.cell(cx + 1.2, base, width - 2.4, value, font,
                         9.5 if font != MONO else 8.5, min_size=6.5)
        cx += width


# --- ED board ----------------------------------------------------------------------------------

BOARD_COLS = (8.0, 33.0, 60.0, 23.0, 11.0, 12.0, 24.0, 22.0, 34.0, 24.0, 26.0)


def _board_headers() -> list[str]:
    return ["#", _("ID"), _("Name"), _("Born"), _("Sex"), _("Triage"), _("Arrival"),
            _("Waiting"), _("Status"), _("Area"), _("Notes")]


def render_board(out: Output, rows: Sequence[BoardRow], info: PrintInfo, *,
                 progress: Progress | None = None, cancelled: CancelCheck | None = None,
                 as_of: datetime | None = None) -> RenderResult:
    """The ED board as at `as_of` (default: `info.printed_at`), printed large on every page.

    No rows: a blank board to fill by hand (its time left to write).
    """
    spec = FORMS["board"]
    with use_language(info.lang), FormDocument(out, info, title=spec.label,
                                               progress=progress, cancelled=cancelled) as doc:
        blank = not rows
        moment = None if blank else (as_of or info.printed_at)
        pages = max(1, math.ceil(len(rows) / PER_PAGE))
        summary = "" if blank else _board_summary(rows)
        for page in range(pages):
            doc.step(page, pages)
            chunk = rows[page * PER_PAGE:(page + 1) * PER_PAGE]
            pen = _page(doc, spec, page + 1, pages, moment, summary=summary)
            for i, row in enumerate(chunk):
                y = TABLE_Y + HEAD_H + i * ROW_H
                if row.overdue:
                    pen.rect(X, y, W, ROW_H, fill=0.82, stroke=False)
                waiting = text.waiting_text(row.waiting_minutes)
                if row.overdue:
                    waiting = f"▲ {waiting}".strip()
                values = [
                    (str(page * PER_PAGE + i + 1), COND),
                    (text.clean(row.provisional_id), MONO),
                    (text.clean(row.name), COND_BOLD),
                    (text.format_dob(row.dob), COND),
                    (_sex_short(row.sex), SANS),
                    (text.clean(row.triage_level), BOLD),
                    (text.format_time(row.arrival, moment), COND),
                    (waiting, BOLD if row.overdue else COND),
                    (text.clean(row.status), COND),
                    (text.clean(row.area), COND),
                    ("", COND),
                ]
                _cells(pen, y, BOARD_COLS, values, name_col=2)
            _table(pen, BOARD_COLS, _board_headers(), PER_PAGE)
            pen.text(X, TABLE_BOTTOM + 2.8,
                     _("▲ shaded: waiting longer than the triage level allows."), COND, 7.5)
            doc.end_page()
        doc.step(pages, pages)
        doc.finish()
        return RenderResult(form="board", pages=doc.pages,
                            patient_ids=tuple(r.provisional_id for r in rows), rows=len(rows),
                            blank_copies=int(blank))


def _sex_short(code: str) -> str:
    return {"F": _("F"), "M": _("M")}.get(code, "?" if code == "U" else text.clean(code))


def _board_summary(rows: Sequence[BoardRow]) -> str:
    levels: dict[str, int] = {}
    for row in rows:
        level = text.clean(row.triage_level) or "?"
        levels[level] = levels.get(level, 0) + 1
    mix = " · ".join(_("level {level}: {n}", level=level, n=n)
                     for level, n in sorted(levels.items()))
    overdue = sum(r.overdue for r in rows)
    return _("{n} patients · {mix} · {overdue} overdue", n=len(rows), mix=mix,
             overdue=overdue)


# --- unit census -------------------------------------------------------------------------------

CENSUS_COLS = (16.0, 33.0, 72.0, 24.0, 11.0, 31.0, 40.0, 50.0)


def _census_headers() -> list[str]:
    return [_("Bed"), _("ID"), _("Name"), _("Born"), _("Sex"), _("In the unit since"),
            _("Status"), _("Notes")]


def render_census(out: Output, rows: Sequence[CensusRow], info: PrintInfo, *,
                  progress: Progress | None = None, cancelled: CancelCheck | None = None,
                  as_of: datetime | None = None) -> RenderResult:
    """Unit censuses as at `as_of` (default `info.printed_at`): each unit on its own pages,
    numbered per unit, units in the order of their first row. No rows: a blank census."""
    spec = FORMS["census"]
    units: dict[str, list[CensusRow]] = {}
    for row in rows:
        units.setdefault(text.clean(row.unit), []).append(row)
    with use_language(info.lang), FormDocument(out, info, title=spec.label,
                                               progress=progress, cancelled=cancelled) as doc:
        blank = not rows
        moment = None if blank else (as_of or info.printed_at)
        if blank:
            units = {"": []}
        total = len(units)
        for done, (unit, unit_rows) in enumerate(units.items()):
            doc.step(done, total)
            pages = max(1, math.ceil(len(unit_rows) / PER_PAGE))
            occupied = sum(bool(r.provisional_id) for r in unit_rows)
            summary = "" if blank else _("{n} patients · {free} free beds", n=occupied,
                                         free=len(unit_rows) - occupied)
            subtitle = unit or _("Unit: ____________________")
            for page in range(pages):
                pen = _page(doc, spec, page + 1, pages, moment, subtitle=subtitle,
                            summary=summary)
                chunk = unit_rows[page * PER_PAGE:(page + 1) * PER_PAGE]
                for i, row in enumerate(chunk):
                    y = TABLE_Y + HEAD_H + i * ROW_H
                    free = not row.provisional_id
                    values = [
                        (text.clean(row.bed), BOLD),
                        (text.clean(row.provisional_id), MONO),
                        (_("— free —") if free else text.clean(row.name),
                         COND if free else COND_BOLD),
                        (text.format_dob(row.dob), COND),
                        ("" if free else _sex_short(row.sex), SANS),
                        (text.format_datetime(row.since), COND),
                        (text.clean(row.status), COND),
                        ("", COND),
                    ]
                    _cells(pen, y, CENSUS_COLS, values, name_col=2)
                _table(pen, CENSUS_COLS, _census_headers(), PER_PAGE)
                doc.end_page()
        doc.step(total, total)
        doc.finish()
        return RenderResult(form="census", pages=doc.pages,
                            patient_ids=tuple(r.provisional_id for r in rows
                                              if r.provisional_id),
                            rows=len(rows), blank_copies=int(blank))


