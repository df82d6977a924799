"""The situation report (*point de situation*, HC-PDS-01) as printed for the crisis meeting.

Pure: a `Sitrep` (or the dict an issued report was recorded as) in, a PDF out. Page one opens
with the report's number, time and period, then the key figures a director reads first;
every section of the report follows in its order — short lines, its charts (drawn here with
reportlab, never screenshots) and its table, split across pages with the table header
repeated. A section no area provides yet prints as "not available on this station", so the
meeting sees what is missing.

Colours carry meaning only (red = down, orange = partial, green = functional) and each state
is also written out in the tables, so a black and white photocopy loses nothing.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from reportlab.lib.units import mm

from hospcrisis import clock
from hospcrisis.core.sitrep import Chart, Section, Series, Sitrep, TimelineRow
from hospcrisis.core.systems import SystemState
from hospcrisis.forms import fonts, text
from hospcrisis.forms.data import CancelCheck, PrintInfo, Progress, RenderResult
from hospcrisis.forms.document import FormDocument, Output
from hospcrisis.forms.fonts import BOLD, COND, COND_BOLD, MONO, SANS
from hospcrisis.forms.layout import Pen
from hospcrisis.forms.page import (
    A4,
    FOOTER_H,
    HEADER_BOTTOM,
    HEADER_TOP,
    MARGIN,
    footer,
    header,
    watermark,
)
from hospcrisis.forms.registry import FORMS, FormSpec
from hospcrisis.i18n import _, language, use_language

PAGE_W, PAGE_H = A4
X = MARGIN
W = PAGE_W - 2 * MARGIN
TIME_W = 64.0
FIRST_TOP = HEADER_BOTTOM + 4.0
NEXT_HEADER_BOTTOM = 21.0
NEXT_TOP = NEXT_HEADER_BOTTOM + 4.0
BOTTOM = PAGE_H - FOOTER_H - 3.0
GAP = 3.0
CHART_H = 58.0
TIMELINE_ROW_H = 5.2
CELL_PAD = 1.1
CELL_SIZE = 8.0
CELL_LEADING = 1.18
HEAD_SIZE = 7.5

# Colour hints of the core's charts → RGB (0-1). Chosen so the states also differ in grey.
COLOURS: dict[str, tuple[float, float, float]] = {
    "red": (0.78, 0.16, 0.16),
    "orange": (0.96, 0.56, 0.0),
    "yellow": (0.99, 0.85, 0.21),
    "green": (0.51, 0.78, 0.52),
    "blue": (0.56, 0.79, 0.98),
    "grey": (0.62, 0.62, 0.62),
    "gray": (0.62, 0.62, 0.62),
    "black": (0.26, 0.26, 0.26),
    "purple": (0.58, 0.46, 0.80),
}
# Series without a hint, in order (calm, distinct in grey).
PALETTE: tuple[tuple[float, float, float], ...] = (
    (0.12, 0.23, 0.37), (0.36, 0.61, 0.84), (0.96, 0.56, 0.0), (0.51, 0.78, 0.52),
    (0.58, 0.46, 0.80), (0.55, 0.43, 0.39), (0.94, 0.38, 0.57), (0.62, 0.62, 0.62),
)
NAVY = (0.12, 0.23, 0.37)
LIGHT_GRID = 0.85


# --- input --------------------------------------------------------------------------------------


def _chart_from_dict(data: Mapping[str, Any]) -> Chart:
    return Chart(
        str(data.get("key", "")), str(data.get("title", "")), str(data.get("kind", "bar")),
        tuple(str(v) for v in data.get("x") or ()),
        tuple(str(v) for v in data.get("x_labels") or ()),
        tuple(Series(str(s.get("key", "")), str(s.get("label", "")),
                     tuple(None if v is None else float(v) for v in s.get("values") or ()))
              for s in data.get("series") or ()),
        tuple(TimelineRow(str(r.get("key", "")), str(r.get("label", "")),
                          tuple((str(seg[0]), None if seg[1] is None else str(seg[1]),
                                 str(seg[2])) for seg in r.get("segments") or ()))
              for r in data.get("rows") or ()),
        str(data.get("y_label") or ""), data.get("y_max"), dict(data.get("colours") or {}))


def sitrep_from_dict(data: Mapping[str, Any]) -> Sitrep:
    """A report from its JSON form (`Sitrep.to_dict()`, or an issued report as recorded)."""
    sections = tuple(
        Section(str(s.get("key", "")), str(s.get("title", "")), int(s.get("order") or 100),
                tuple(str(line) for line in s.get("lines") or ()),
                tuple(str(c) for c in s.get("columns") or ()),
                tuple(tuple(row) for row in s.get("rows") or ()),
                tuple(_chart_from_dict(c) for c in s.get("charts") or ()),
                dict(s.get("data") or {}), bool(s.get("available", True)),
                str(s.get("note") or ""))
        for s in data.get("sections") or ())
    return Sitrep(str(data.get("station", "")), str(data.get("station_name", "")),
                  str(data.get("hospital", "")), int(data.get("number") or 0),
                  str(data.get("generated_at", "")), data.get("since"),
                  bool(data.get("exercise")), sections, bool(data.get("issued")),
                  data.get("issued_by_name"))


def _as_sitrep(item: Sitrep | Mapping[str, Any]) -> Sitrep:
    return item if isinstance(item, Sitrep) else sitrep_from_dict(item)


# --- key figures --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One box of the key-figures band: a big value, what it counts, a detail line."""

    value: str
    label: str
    detail: str = ""
    alarm: bool = False


def _chart_total(section: Section | None) -> float | None:
    if section is None or not section.available or not section.charts:
        return None
    chart = section.charts[0]
    values = [v for s in chart.series for v in s.values if v is not None]
    return sum(values) if values else None


def key_figures(report: Sitrep) -> list[Figure]:
    """What page one shows first, from the sections' data (missing sections are skipped)."""
    out: list[Figure] = []
    arrivals = report.section("arrivals_by_triage")
    total = _chart_total(arrivals)
    if arrivals is not None and arrivals.available and total is not None:
        out.append(Figure(str(round(total)), _("arrivals"), _("over the period shown")))
    surgery = report.section("surgery")
    if surgery is not None and surgery.available and "cancelled" in surgery.data:
        out.append(Figure(str(surgery.data.get("cancelled") or 0), _("operations cancelled"),
                          _("{n} still to re-plan", n=surgery.data.get("to_replan") or 0)))
    systems = report.section("systems")
    summary = (systems.data.get("summary") if systems and systems.available else None) or {}
    if summary:
        counts = summary.get("counts") or {}
        total_systems = int(summary.get("total") or 0)
        down = int(counts.get("down") or 0)
        partial = int(counts.get("partial") or 0)
        out.append(Figure(str(down), _("systems down"),
                          _("{partial} partial · {n} followed", partial=partial,
                            n=total_systems), alarm=down > 0))
    procedures = report.section("procedures")
    if procedures is not None and procedures.available:
        items = procedures.data.get("activations") or []
        done = sum(int(a.get("done") or 0) for a in items)
        steps = sum(int(a.get("total") or 0) for a in items)
        units = len({a.get("unit") for a in items})
        out.append(Figure(str(len(items)), _("procedures active"),
                          _("in {n} unit(s)", n=units)))
        out.append(Figure(number(round(100 * done / steps), True) if steps else "—",
                          _("steps signed off"), _("{done} of {total}", done=done,
                                                  total=steps)))
    for key, label in (("decisions", _("decisions")), ("alerts", _("alerts"))):
        section = report.section(key)
        if section is not None and section.available:
            count = len(section.data.get("entries") or section.rows)
            out.append(Figure(str(count), label, _("since the previous report")
                              if report.since else _("since the beginning"),
                              alarm=key == "alerts" and count > 0))
    return out


# --- a page flow --------------------------------------------------------------------------------

Draw = Callable[[Pen, float], None]


@dataclass
class _Page:
    items: list[tuple[float, Draw]] = field(default_factory=list)


class Flow:
    """Blocks placed top to bottom; a block that does not fit starts a new page.

    `first_top` / `next_top`: where the body starts on the first / following pages (mm).
    """

    def __init__(self, first_top: float = FIRST_TOP, next_top: float = NEXT_TOP,
                 bottom: float = BOTTOM) -> None:
        self.pages: list[_Page] = [_Page()]
        self.y = first_top
        self.next_top = next_top
        self.bottom = bottom

    @property
    def room(self) -> float:
        return self.bottom - self.y

    @property
    def at_top(self) -> bool:
        return self.y <= self.next_top + 0.1

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.y = self.next_top

    def add(self, height: float, draw: Draw, *, need: float | None = None) -> None:
        """Place a block `height` mm high; break first unless `need` mm (default: its
        height) are left."""
        wanted = max(height, need or 0.0)
        if wanted > self.room and not self.at_top:
            self.new_page()
        self.pages[-1].items.append((self.y, draw))
        self.y += height

    def space(self, height: float) -> None:
        if self.y + height <= self.bottom:
            self.y += height


# --- text blocks --------------------------------------------------------------------------------


def lines_block(flow: Flow, lines: Sequence[str], *, font: str = SANS, size: float = 9.0,
                 gray: float = 0.0, indent: float = 0.0) -> None:
    step = size * 1.25 / mm
    for paragraph in lines:
        wrapped = text.wrap(text.clean(paragraph), font, size, (W - indent) * mm)
        for line in wrapped:
            def draw(pen: Pen, y: float, line: str = line) -> None:
                pen.text(X + indent, y + size * 0.8 / mm, line, font, size, gray=gray)
            flow.add(step, draw)
        flow.space(0.6)


def heading(flow: Flow, title: str, note: str = "", *, need: float = 30.0) -> None:
    def draw(pen: Pen, y: float) -> None:
        pen.rect(X, y, W, 7.0, fill=0.87, stroke=False)
        pen.rect(X, y, 1.6, 7.0, fill=0.2, stroke=False)
        pen.text(X + 3.4, y + 5.0, title.upper(), BOLD, 9.8)
        if note:
            pen.text(X + W - 1.6, y + 4.9, note, COND, 7.5, align="right")
    flow.space(1.5)
    flow.add(9.0, draw, need=need)


def _unavailable(flow: Flow, title: str, note: str) -> None:
    """A section no area provides here: its title and why, on one dashed line."""
    message = note or _("Not available on this station yet.")

    def draw(pen: Pen, y: float) -> None:
        pen.rect(X, y, W, 7.0, width=0.5, dash=(1.5, 1.5), gray=0.45)
        pen.cell(X + 3.4, y + 4.9, W * 0.6, title.upper(), BOLD, 8.5)
        pen.text(X + W - 2, y + 4.8, message, COND, 8, align="right", gray=0.35)
    flow.space(1.5)
    flow.add(8.0, draw)


# --- tables -------------------------------------------------------------------------------------


def number(value: float, percent: bool = False) -> str:
    """``62,5 %`` in French, ``62.5%`` in English; whole numbers without decimals."""
    shown = f"{round(value, 1):g}"
    if language() == "fr":
        shown = shown.replace(".", ",")
        return f"{shown} %" if percent else shown
    return f"{shown}%" if percent else shown


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return number(value)
    return text.clean(value)


def _column_widths(columns: Sequence[str], rows: Sequence[Sequence[str]],
                   font_of: Callable[[int], str], size: float) -> list[float]:
    """Widths in mm: each column as wide as its content (capped); the rest to wide ones."""
    natural: list[float] = []
    for index, title in enumerate(columns):
        font = font_of(index)
        widest = fonts.width(title, COND_BOLD, HEAD_SIZE) / mm + 2 * CELL_PAD + 1
        for row in rows[:200]:
            value = row[index] if index < len(row) else ""
            widest = max(widest, fonts.width(value, font, size) / mm + 2 * CELL_PAD + 1)
        natural.append(widest)
    if sum(natural) <= W * 0.6:  # a small table (two figures a line) keeps its own width
        return [n + 4.0 for n in natural]
    cap = max(24.0, W * 0.42)
    widths = [min(n, cap) for n in natural]
    spare = W - sum(widths)
    if spare >= 0:
        wide = [i for i, n in enumerate(natural) if n > cap] or \
            [max(range(len(widths)), key=lambda i: widths[i])]
        for i in wide:
            widths[i] += spare / len(wide)
        return widths
    # too wide: shrink the wide columns in proportion, none under 12 mm
    flexible = [i for i, w in enumerate(widths) if w > 18]
    excess = -spare
    pool = sum(widths[i] for i in flexible) or 1.0
    for i in flexible:
        widths[i] = max(12.0, widths[i] - excess * widths[i] / pool)
    scale = W / sum(widths)
    return [w * scale for w in widths]


def _wrap_cell(value: str, width: float, font: str, size: float) -> list[str]:
    lines = text.wrap(value, font, size, (width - 2 * CELL_PAD) * mm) if value else [""]
    if len(lines) > 14:
        lines = [*lines[:13], lines[13] + text.ELLIPSIS]
    return lines


def table_block(flow: Flow, columns: Sequence[str], rows: Sequence[Sequence[Any]], *,
                caption: str = "", mono: Sequence[int] = (), bold: Sequence[int] = (),
                shade: Callable[[Sequence[str]], float | None] | None = None,
                size: float = CELL_SIZE, min_row_h: float = 0.0,
                widths: Sequence[float] | None = None, grid: bool = False) -> None:
    """A table split across pages, its header repeated (with "continued") on each.

    `widths` (mm, summing to the body width) replaces the automatic widths; `grid` draws
    column lines (a form to fill by hand); `min_row_h` leaves room to write.
    """
    cells = [[_cell_text(v) for v in row] for row in rows]

    def font_of(index: int) -> str:
        return MONO if index in mono else COND_BOLD if index in bold else COND

    if widths is None:
        widths = _column_widths(columns, cells, font_of, size)
    total = sum(widths)
    head_lines = [text.wrap(c, COND_BOLD, HEAD_SIZE, (w - 2 * CELL_PAD) * mm)
                  for c, w in zip(columns, widths, strict=True)]
    head_h = max(len(lines) for lines in head_lines) * HEAD_SIZE * 1.1 / mm + 2.6
    line_h = size * CELL_LEADING / mm

    def draw_head(pen: Pen, y: float) -> None:
        pen.rect(X, y, total, head_h, fill=0.92, stroke=False)
        cx = X
        for lines, width in zip(head_lines, widths, strict=True):
            base = y + 1.3 + HEAD_SIZE * 0.8 / mm
            for line in lines:
                pen.text(cx + CELL_PAD, base, line, COND_BOLD, HEAD_SIZE)
                base += HEAD_SIZE * 1.1 / mm
            cx += width
        pen.line(X, y + head_h, X + total, y + head_h, width=0.7)

    def draw_caption(pen: Pen, y: float) -> None:
        pen.text(X, y + 3.0, _("{title} (continued)", title=caption), COND_BOLD, 7.5,
                 gray=0.35)

    prepared = []
    for row in cells:
        wrapped = [_wrap_cell(row[i] if i < len(row) else "", widths[i], font_of(i), size)
                   for i in range(len(columns))]
        row_h = max(max(len(lines) for lines in wrapped) * line_h + 1.6, min_row_h)
        prepared.append((wrapped, row_h, shade(row) if shade else None))
    whole = head_h + sum(p[1] for p in prepared)
    # a short table is kept on one page rather than cut after a few rows
    if whole > flow.room and whole <= (flow.bottom - flow.next_top) * 0.45:
        flow.new_page()
    flow.add(head_h, draw_head, need=head_h + (prepared[0][1] if prepared else 0))
    for wrapped, row_h, tint in prepared:
        def draw_row(pen: Pen, y: float, wrapped: list[list[str]] = wrapped,
                     row_h: float = row_h, tint: float | None = tint) -> None:
            if tint is not None:
                pen.rect(X, y, total, row_h, fill=tint, stroke=False)
            cx = X
            for index, (lines, width) in enumerate(zip(wrapped, widths, strict=True)):
                base = y + 0.8 + size * 0.82 / mm
                font = font_of(index)
                shown = size - (0.6 if font == MONO else 0)
                for line in lines:
                    pen.text(cx + CELL_PAD, base, line, font, shown)
                    base += line_h
                cx += width
                if grid and index < len(widths) - 1:
                    pen.line(cx, y, cx, y + row_h, width=0.3, gray=0.55)
            pen.line(X, y + row_h, X + total, y + row_h, width=0.3 if not grid else 0.5,
                     gray=0.55 if not grid else 0.3)

        if row_h > flow.room and not flow.at_top:
            flow.new_page()
            if caption:
                flow.add(4.5, draw_caption)
            flow.add(head_h, draw_head)
        flow.add(row_h, draw_row)
    flow.space(1.0)


# --- charts -------------------------------------------------------------------------------------


def _rgb(hint: str | None, index: int) -> tuple[float, float, float]:
    if hint and len(hint) == 7 and hint.startswith("#"):
        try:
            return tuple(int(hint[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]
        except ValueError:
            pass
    if hint and hint.lower() in COLOURS:
        return COLOURS[hint.lower()]
    return PALETTE[index % len(PALETTE)]


def _fill(pen: Pen, colour: tuple[float, float, float]) -> None:
    pen.c.setFillColorRGB(*colour)


def _stroke(pen: Pen, colour: tuple[float, float, float]) -> None:
    pen.c.setStrokeColorRGB(*colour)


def _box(pen: Pen, x: float, y: float, w: float, h: float,
         colour: tuple[float, float, float]) -> None:
    """A filled rectangle in colour (top-left at x, y mm)."""
    if w <= 0 or h <= 0:
        return
    _fill(pen, colour)
    pen.c.rect(x * mm, pen.y(y + h), w * mm, h * mm, stroke=0, fill=1)
    pen.c.setFillGray(0)


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    exponent = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * exponent >= value:
            return step * exponent
    return 10 * exponent


def _label_every(count: int, width: float, label_w: float) -> int:
    if count <= 0:
        return 1
    return max(1, math.ceil(count * label_w / max(width, 1.0)))


def _legend(pen: Pen, x: float, y: float, entries: Sequence[tuple[str, tuple[float, float,
                                                                             float]]],
            width: float) -> None:
    cx, cy = x, y
    for label, colour in entries:
        item_w = 4.5 + fonts.width(label, COND, 7.5) / mm + 4
        if cx + item_w > x + width and cx > x:
            cx, cy = x, cy + 4.2
        _box(pen, cx, cy - 2.6, 3.2, 3.2, colour)
        pen.text(cx + 4.3, cy, label, COND, 7.5)
        cx += item_w


def _axes(pen: Pen, left: float, top: float, width: float, height: float, y_max: float,
          y_label: str, percent: bool) -> None:
    for i in range(5):
        value = y_max * i / 4
        gy = top + height - height * i / 4
        pen.line(left, gy, left + width, gy, width=0.3, gray=LIGHT_GRID if i else 0.3)
        label = number(value, percent)
        pen.text(left - 1.2, gy + 1.0, label, COND, 6.5, align="right")
    if y_label:
        pen.c.saveState()
        pen.c.translate((left - 9.5) * mm, pen.y(top + height / 2))
        pen.c.rotate(90)
        pen.c.setFont(COND, 6.5)
        pen.c.drawCentredString(0, 0, y_label)
        pen.c.restoreState()


def _x_labels(pen: Pen, left: float, bottom: float, slot: float, labels: Sequence[str]) -> None:
    if not labels:
        return
    widest = max(fonts.width(label, COND, 6.5) / mm for label in labels) + 1.5
    every = _label_every(len(labels), slot * len(labels), widest)
    for index, label in enumerate(labels):
        if index % every == 0:
            pen.text(left + slot * (index + 0.5), bottom + 3.2, label, COND, 6.5,
                     align="center")


def _series_chart(pen: Pen, chart: Chart, top: float, height: float, x0: float = X,
                  w0: float = W) -> None:
    """Bars, stacked bars or lines over the chart's x values, in `w0` mm from `x0`."""
    percent = chart.y_max == 100.0
    stacked = chart.kind == "stacked_bar"
    n = len(chart.x)
    series = [s for s in chart.series if any(v for v in s.values if v)] or list(chart.series)
    if stacked:
        sums = [sum((s.values[i] or 0) for s in series if i < len(s.values)) for i in range(n)]
        peak = max(sums, default=0.0)
    else:
        peak = max((v for s in series for v in s.values if v is not None), default=0.0)
    y_max = chart.y_max or _nice_max(peak)
    legend_h = 5.0 if len(series) > 1 else 0.0
    left, width = x0 + 14.0, w0 - 16.0
    plot_top = top + legend_h + 1.5
    plot_h = height - legend_h - 8.0
    _axes(pen, left, plot_top, width, plot_h, y_max, chart.y_label, percent)
    slot = width / max(n, 1)
    bottom = plot_top + plot_h

    def y_of(value: float) -> float:
        return bottom - plot_h * min(value, y_max) / y_max

    colours = [_rgb(chart.colours.get(s.key), i) for i, s in enumerate(series)]
    if chart.kind == "line":
        main = series[0] if series else None
        others = series[1:]
        crowded = len(others) > 5
        for index, item in enumerate(others, start=1):
            colour = (0.72, 0.72, 0.72) if crowded else colours[index]
            _polyline(pen, item, left, slot, y_of, colour, 0.7)
        if main is not None:
            _polyline(pen, main, left, slot, y_of, NAVY, 2.0, dots=True)
        entries = ([(main.label, NAVY)] if main else [])
        if crowded:
            entries.append((_("each unit (grey)"), (0.72, 0.72, 0.72)))
        else:
            entries += [(s.label, colours[i]) for i, s in enumerate(others, start=1)]
        if entries and legend_h:
            _legend(pen, left, top + 3.2, entries, width)
    else:
        bar_w = slot * (0.62 if stacked or len(series) == 1 else 0.8)
        each = bar_w if stacked else bar_w / max(len(series), 1)
        for i in range(n):
            x0 = left + slot * i + (slot - bar_w) / 2
            base = 0.0
            for s_index, item in enumerate(series):
                value = item.values[i] if i < len(item.values) else None
                if value is None:
                    continue
                if stacked:
                    y1, y0 = y_of(base + value), y_of(base)
                    _box(pen, x0, y1, each, y0 - y1, colours[s_index])
                    base += value
                else:
                    bx = x0 + each * s_index
                    y1 = y_of(value)
                    _box(pen, bx, y1, each * 0.92, bottom - y1, colours[s_index])
                    if len(series) == 1 and each > 6:
                        label = number(value, percent)
                        pen.text(bx + each * 0.46, y1 - 0.8, label, COND_BOLD, 6.8,
                                 align="center")
            if stacked and base and slot > 5:
                pen.text(x0 + bar_w / 2, y_of(base) - 0.8, number(base), COND, 6.3,
                         align="center")
        if legend_h:
            _legend(pen, left, top + 3.2, [(s.label, colours[i]) for i, s in
                                            enumerate(series)], width)
    pen.line(left, bottom, left + width, bottom, width=0.6)
    _x_labels(pen, left, bottom, slot, chart.x_labels)


def _polyline(pen: Pen, item: Series, left: float, slot: float, y_of: Callable[[float], float],
              colour: tuple[float, float, float], width: float, dots: bool = False) -> None:
    c = pen.c
    _stroke(pen, colour)
    c.setLineWidth(width)
    path = None
    for i, value in enumerate(item.values):
        if value is None:
            if path is not None:
                c.drawPath(path, stroke=1, fill=0)
                path = None
            continue
        px, py = (left + slot * (i + 0.5)) * mm, pen.y(y_of(value))
        if path is None:
            path = c.beginPath()
            path.moveTo(px, py)
        else:
            path.lineTo(px, py)
        if dots:
            _fill(pen, colour)
            c.circle(px, py, 0.7 * mm, stroke=0, fill=1)
    if path is not None:
        c.drawPath(path, stroke=1, fill=0)
    c.setStrokeGray(0)
    c.setFillGray(0)


def _timeline_height(chart: Chart) -> float:
    return len(chart.rows) * TIMELINE_ROW_H + 16.0


def _timeline_chart(pen: Pen, chart: Chart, top: float, labels: Mapping[str, str]) -> None:
    """One row per system: its states as coloured segments between the first and last x."""
    if len(chart.x) < 2:
        return
    start, end = clock.from_iso(chart.x[0]), clock.from_iso(chart.x[-1])
    span = max((end - start).total_seconds(), 60.0)
    name_w = 52.0
    left, width = X + name_w, W - name_w - 2
    rows_top = top + 6.0

    def x_of(moment: datetime) -> float:
        share = (moment - start).total_seconds() / span
        return left + width * min(max(share, 0.0), 1.0)

    states = list(dict.fromkeys(seg[2] for row in chart.rows for seg in row.segments))
    entries = [(labels.get(state, state), _rgb(chart.colours.get(state), i))
               for i, state in enumerate(states)]
    _legend(pen, left, top + 3.2, entries, width)
    hours = span / 3600
    step = next((h for h in (1, 2, 3, 4, 6, 12, 24, 48) if hours / h <= 12), 96)
    tick = start.replace(minute=0, second=0, microsecond=0)
    local_tick = clock.local(tick)
    offset = local_tick.hour % step if step < 24 else local_tick.hour
    tick = tick - timedelta(hours=offset)
    bottom = rows_top + len(chart.rows) * TIMELINE_ROW_H
    while tick <= end:
        if tick >= start:
            tx = x_of(tick)
            pen.line(tx, rows_top, tx, bottom, width=0.3, gray=LIGHT_GRID)
            fmt = "%H:%M" if (end - start).days < 1 and step < 24 else "%d/%m %Hh"
            pen.text(tx, bottom + 3.4, clock.local_text(tick, fmt), COND, 6.5, align="center")
        tick += timedelta(hours=step)
    for index, row in enumerate(chart.rows):
        y = rows_top + index * TIMELINE_ROW_H
        if index % 2:
            pen.rect(X, y, W, TIMELINE_ROW_H, fill=0.965, stroke=False)
        pen.cell(X + 1, y + TIMELINE_ROW_H * 0.7, name_w - 3, text.clean(row.label), COND, 7.5)
        for seg_start, seg_end, state in row.segments:
            x0 = x_of(clock.from_iso(seg_start))
            x1 = x_of(clock.from_iso(seg_end)) if seg_end else left + width
            colour = _rgb(chart.colours.get(state), states.index(state)
                          if state in states else 0)
            _box(pen, x0, y + 0.9, x1 - x0, TIMELINE_ROW_H - 1.8, colour)
    pen.line(left, rows_top, left, bottom, width=0.5)
    pen.line(left, bottom, left + width, bottom, width=0.5)


def _chart_block(flow: Flow, chart: Chart, state_labels: Mapping[str, str]) -> None:
    height = _timeline_height(chart) if chart.kind == "timeline" else CHART_H
    title_h = 5.0

    def draw(pen: Pen, y: float) -> None:
        pen.text(X, y + 3.6, chart.title, BOLD, 8.5)
        if chart.kind == "timeline":
            _timeline_chart(pen, chart, y + title_h, state_labels)
        elif chart.x:
            _series_chart(pen, chart, y + title_h, height)
        else:
            pen.text(X + 2, y + title_h + 5, _("No data yet."), COND, 8, gray=0.4)
    flow.add(height + title_h + GAP, draw)


SIDE_ROWS = 16  # a table this short and narrow goes beside its section's only chart
SIDE_SHARE = 0.4


def _side_by_side(section: Section) -> list[float] | None:
    """Widths of a small table that fits beside the section's only (bar/line) chart."""
    if len(section.charts) != 1 or section.charts[0].kind == "timeline" \
            or not section.columns or not 0 < len(section.rows) <= SIDE_ROWS:
        return None
    cells = [[_cell_text(v) for v in row] for row in section.rows]
    widths = []
    for index, title in enumerate(section.columns):
        widest = fonts.width(title, COND_BOLD, HEAD_SIZE)
        for row in cells:
            widest = max(widest, fonts.width(row[index] if index < len(row) else "", COND,
                                             CELL_SIZE))
        widths.append(widest / mm + 2 * CELL_PAD + 3)
    return widths if sum(widths) <= W * SIDE_SHARE else None


def _chart_and_table_block(flow: Flow, section: Section, widths: Sequence[float]) -> None:
    """The section's chart on the left, its small table on the right (one line a row)."""
    chart = section.charts[0]
    table_w = sum(widths)
    chart_w = W - table_w - 6.0
    row_h = CELL_SIZE * CELL_LEADING / mm + 1.6
    head_h = HEAD_SIZE * 1.1 / mm + 2.6
    table_h = head_h + row_h * len(section.rows)
    title_h = 5.0
    height = max(CHART_H, table_h - title_h)

    def draw(pen: Pen, y: float) -> None:
        pen.text(X, y + 3.6, chart.title, BOLD, 8.5)
        if chart.x:
            _series_chart(pen, chart, y + title_h, min(height, CHART_H + 10), X, chart_w)
        tx = X + chart_w + 6.0
        pen.rect(tx, y, table_w, head_h, fill=0.92, stroke=False)
        cx = tx
        for title, width in zip(section.columns, widths, strict=True):
            pen.cell(cx + CELL_PAD, y + 1.3 + HEAD_SIZE * 0.8 / mm, width - 2 * CELL_PAD,
                     title, COND_BOLD, HEAD_SIZE)
            cx += width
        pen.line(tx, y + head_h, tx + table_w, y + head_h, width=0.7)
        for index, row in enumerate(section.rows):
            ry = y + head_h + index * row_h
            cx = tx
            for column, width in enumerate(widths):
                value = _cell_text(row[column]) if column < len(row) else ""
                numeric = value.replace(",", "").replace(".", "").replace(" ", "").isdigit()
                if numeric and column:
                    pen.text(cx + width - CELL_PAD - 1, ry + 0.8 + CELL_SIZE * 0.82 / mm, value,
                             COND_BOLD, CELL_SIZE, align="right")
                else:
                    pen.cell(cx + CELL_PAD, ry + 0.8 + CELL_SIZE * 0.82 / mm,
                             width - 2 * CELL_PAD, value, COND, CELL_SIZE)
                cx += width
            pen.line(tx, ry + row_h, tx + table_w, ry + row_h, width=0.3, gray=0.55)
    flow.add(height + title_h + GAP, draw)


# --- page furniture -----------------------------------------------------------------------------


def _when(iso: str | None, fmt: str = "") -> str:
    if not iso:
        return ""
    moment = clock.from_iso(iso)
    return text.format_datetime(moment) if not fmt else clock.local_text(moment, fmt)


def _time_box(pen: Pen, report: Sitrep) -> None:
    x = PAGE_W - MARGIN - TIME_W
    y = HEADER_TOP
    pen.rect(x, y, TIME_W, 40, width=1.6)
    pen.text(x + 3, y + 5.5, (_("Report no. {n}", n=report.number) if report.issued
                             else _("Draft — not issued")).upper(), COND_BOLD, 9)
    if report.generated_at:
        moment = clock.from_iso(report.generated_at)
        pen.text(x + 3, y + 21, f"{clock.local(moment):%H:%M}", BOLD, 30)
        pen.text(x + TIME_W - 3, y + 14, text.format_date(clock.local(moment).date()), BOLD,
                 10, align="right")
        pen.text(x + TIME_W - 3, y + 19.5, _("local time"), COND, 7, align="right")
    period = (_("Period: since the previous report, {time}", time=_when(report.since))
              if report.since else _("Period: since the beginning of the crisis"))
    pen.fitted(x + 3, y + 25, TIME_W - 6, period, COND, 8, 6, max_lines=2)
    if report.issued_by_name:
        pen.fitted(x + 3, y + 33.5, TIME_W - 6,
                   _("Issued by {name}", name=text.clean(report.issued_by_name)),
                   COND, 7.5, 6)


def continuation_header(pen: Pen, info: PrintInfo, spec: FormSpec, title: str) -> None:
    """The compact header of pages after the first."""
    hospital = text.clean(info.hospital)
    if hospital:
        pen.cell(X, HEADER_TOP + 2, W - 70, hospital, COND, 7.5)
    pen.cell(X, HEADER_TOP + 8.5, W - 70, title.upper(), BOLD, 12)
    right = PAGE_W - MARGIN
    pen.rect(right - 27, HEADER_TOP + 3, 27, 6, width=0.9)
    pen.text(right - 13.5, HEADER_TOP + 7.2, spec.code_version, MONO, 9, align="center")
    if info.exercise:
        pen.badge(right - 29, HEADER_TOP + 3, _("EXERCISE"), size=10, align="right")
    pen.line(X, NEXT_HEADER_BOTTOM, PAGE_W - MARGIN, NEXT_HEADER_BOTTOM, width=1.2)


def _figures_block(flow: Flow, figures: Sequence[Figure]) -> None:
    if not figures:
        return
    height = 21.0
    gap = 2.5
    box_w = (W - gap * (len(figures) - 1)) / len(figures)

    def draw(pen: Pen, y: float) -> None:
        for index, figure in enumerate(figures):
            bx = X + index * (box_w + gap)
            pen.rect(bx, y, box_w, height, width=1.4 if figure.alarm else 0.6)
            if figure.alarm:
                _box(pen, bx, y, 1.8, height, COLOURS["red"])
            pen.fitted(bx + 3, y + 1.6, box_w - 4.5, figure.value, BOLD, 18, 10)
            bottom = pen.fitted(bx + 3, y + 9.6, box_w - 4.5, figure.label, COND_BOLD, 8.5,
                                7, max_lines=2, leading=1.0)
            if figure.detail:
                pen.fitted(bx + 3, max(bottom + 0.5, y + 14.6), box_w - 4.5, figure.detail,
                           COND, 7, 5.5)
    flow.add(height + 4.0, draw)


# --- the report ---------------------------------------------------------------------------------

def _state_labels(report: Sitrep) -> dict[str, str]:
    """State code → label in the report's language, from the systems section's own rows."""
    labels: dict[str, str] = {}
    systems = report.section("systems")
    if systems is not None:
        for item, row in zip(systems.data.get("systems") or [], systems.rows, strict=False):
            if len(row) > 1 and item.get("state"):
                labels.setdefault(str(item["state"]), text.clean(row[1]))
    defaults = {state.value: state.label for state in SystemState}
    for key, label in defaults.items():
        labels.setdefault(key, label)
    return labels


def _systems_shade(down: str, partial: str) -> Callable[[Sequence[str]], float | None]:
    def shade(row: Sequence[str]) -> float | None:
        state = row[1] if len(row) > 1 else ""
        return 0.88 if state == down else 0.95 if state == partial else None
    return shade


def _section(flow: Flow, section: Section, state_labels: Mapping[str, str]) -> None:
    if not section.available:
        _unavailable(flow, section.title, section.note)
        return
    # the heading, its lines and the first chart (or a few table rows) stay together
    lines_h = len(section.lines) * 9 * 1.25 / mm * 1.6
    first = section.charts[0] if section.charts else None
    first_h = (_timeline_height(first) if first is not None and first.kind == "timeline"
               else CHART_H if first is not None else 24.0) + 8.0
    heading(flow, section.title, need=min(9.0 + lines_h + first_h, BOTTOM - NEXT_TOP))
    if section.lines:
        lines_block(flow, section.lines)
    if section.note:
        lines_block(flow, [section.note], font=COND, size=8, gray=0.35)
    side = _side_by_side(section)
    if side is not None:
        _chart_and_table_block(flow, section, side)
        return
    for chart in section.charts:
        _chart_block(flow, chart, state_labels)
    if section.columns and section.rows:
        mono = [i for i, c in enumerate(section.columns) if c in (_("No."), _("Procedure"))]
        bold: list[int] = []
        shade = None
        if section.key == "systems":
            bold = [1]
            shade = _systems_shade(state_labels["down"], state_labels["partial"])
        table_block(flow, section.columns, section.rows, caption=section.title, mono=mono,
                     bold=bold, shade=shade)


def _layout(report: Sitrep) -> list[_Page]:
    flow = Flow()
    _figures_block(flow, key_figures(report))
    labels = _state_labels(report)
    for section in report.sections:
        _section(flow, section, labels)
    return flow.pages


def _title(report: Sitrep) -> str:
    return (_("Situation report no. {n}", n=report.number) if report.issued
            else _("Situation report (draft)"))


def _draw_report(doc: FormDocument, spec: FormSpec, report: Sitrep) -> None:
    info = doc.info
    pages = _layout(report)
    title = _title(report)
    for number, page in enumerate(pages, start=1):
        pen = doc.new_page(PAGE_W, PAGE_H)
        if info.exercise:
            watermark(pen, PAGE_W, PAGE_H)
        if number == 1:
            subtitle = _("Crisis cell — {station}", station=text.clean(report.station_name)
                         or report.station)
            header(pen, info, spec, PAGE_W, right_reserved=TIME_W + 4, title=title,
                   subtitle=subtitle)
            _time_box(pen, report)
        else:
            continuation_header(pen, info, spec, title)
        footer(pen, info, spec, PAGE_W, PAGE_H, number, len(pages))
        for y, draw in page.items:
            draw(pen, y)
        doc.end_page()


def render_sitrep(out: Output, reports: Sequence[Sitrep | Mapping[str, Any]], info: PrintInfo,
                  *, progress: Progress | None = None,
                  cancelled: CancelCheck | None = None) -> RenderResult:
    """Each report of `reports` (usually one) on its own pages, numbered per report.

    A report is a `Sitrep` (built or issued now) or the dict an issued report was recorded as
    (`sitrep.issued_content`), to print it again exactly as it was.
    """
    from hospcrisis.errors import ValidationError

    if not reports:
        raise ValidationError(_("Nothing to print: no situation report was given."))
    spec = FORMS["sitrep"]
    items = [_as_sitrep(r) for r in reports]
    with use_language(info.lang), FormDocument(out, info, title=spec.label, progress=progress,
                                               cancelled=cancelled) as doc:
        for done, report in enumerate(items):
            doc.step(done, len(items))
            _draw_report(doc, spec, report)
        doc.step(len(items), len(items))
        doc.finish()
        return RenderResult(form="sitrep", pages=doc.pages, rows=len(items))
