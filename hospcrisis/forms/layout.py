"""Drawing primitives for pen-and-paper forms, in millimetres from the top-left corner.

Forms are designed for tired people with pens: boxes at least 8 mm high, labels small and
above the writing space, section headings on a grey band, black lines (photocopies and fax
keep them), check boxes of 3.8 mm.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm

from hospcrisis.forms import fonts, text
from hospcrisis.forms.fonts import BOLD, COND, COND_BOLD, SANS

BAND_GRAY = 0.85  # section headings
LINE = 0.7  # box border, points
THIN = 0.4  # inner grid lines, points
CHECK = 3.8  # check box side, mm


class Pen:
    """Draws on a reportlab canvas (or inside a Form XObject) in mm from the top-left."""

    def __init__(self, canvas: Any, height_pt: float) -> None:
        self.c = canvas
        self.h = height_pt

    def y(self, y_mm: float) -> float:
        """Page y in points for `y_mm` millimetres from the top."""
        return self.h - y_mm * mm

    @contextmanager
    def offset(self, x: float, y: float, height: float) -> Iterator[Pen]:
        """A pen whose origin is the top-left corner of the `height` mm box at (x, y)."""
        self.c.saveState()
        self.c.translate(x * mm, self.y(y + height))
        try:
            yield Pen(self.c, height * mm)
        finally:
            self.c.restoreState()

    # --- text ---------------------------------------------------------------------------------
    def text(self, x: float, y: float, value: str, font: str = SANS, size: float = 9,
             align: str = "left", gray: float = 0.0) -> float:
        """Draw one line with its baseline at `y` mm; returns its width in mm."""
        fonts.ensure(font)
        c = self.c
        c.setFont(font, size)
        if gray:
            c.setFillGray(gray)
        px, py = x * mm, self.y(y)
        if align == "right":
            c.drawRightString(px, py, value)
        elif align == "center":
            c.drawCentredString(px, py, value)
        else:
            c.drawString(px, py, value)
        if gray:
            c.setFillGray(0)
        return fonts.width(value, font, size) / mm

    def fitted(self, x: float, top: float, width: float, value: str, font: str,
               max_size: float, min_size: float, max_lines: int = 1, align: str = "left",
               leading: float = 1.12, narrow: str | None = None) -> float:
        """Draw `value` fitted into `width` mm (shrunk, then wrapped) from `top` mm down.

        When it does not fit whole even at `min_size`, the `narrow` font (condensed) is tried
        before anything is cut. Returns the y (mm) just under the last line.
        """
        size, lines = text.fit(value, font, width * mm, max_size, min_size, max_lines)
        if narrow and lines and lines[-1].endswith(text.ELLIPSIS):
            font = narrow
            size, lines = text.fit(value, font, width * mm, max_size, min_size, max_lines)
        step = size * leading / mm
        baseline = top + size * 0.78 / mm
        ax = x + width / 2 if align == "center" else x + width if align == "right" else x
        for line in lines:
            self.text(ax, baseline, line, font, size, align)
            baseline += step
        return top + step * len(lines)

    def stack(self, x: float, top: float, width: float, height: float,
              blocks: Sequence[Block], leading: float = 1.02) -> float:
        """Draw `blocks` one under the other within `height` mm from `top`: every size shrinks
        together until all of them fit, so no line is dropped. Returns the y under the last."""
        blocks = [b for b in blocks if b.value]
        scale = 1.0
        while True:
            plan = [_plan(b, width, scale) for b in blocks]
            total = sum(b.gap + len(lines) * size * leading / mm
                        for b, (_f, size, lines) in zip(blocks, plan, strict=True))
            if total <= height or scale <= 0.2:
                break
            scale -= 0.05
        y = top
        for block, (font, size, lines) in zip(blocks, plan, strict=True):
            y += block.gap
            step = size * leading / mm
            baseline = y + size * 0.78 / mm
            for line in lines:
                self.text(x, baseline, line, font, size)
                baseline += step
            y += step * len(lines)
        return y

    def cell(self, x: float, y: float, width: float, value: str, font: str = SANS,
             size: float = 9, align: str = "left", min_size: float | None = None) -> None:
        """One line in `width` mm: shrunk down to `min_size` if given, then shortened with an
        ellipsis (table cells)."""
        if min_size is not None:
            while size > min_size and fonts.width(value, font, size) > width * mm:
                size = max(min_size, size - 0.5)
        self.text(x, y, text.shorten(value, font, size, width * mm), font, size, align)

    # --- lines and boxes ----------------------------------------------------------------------
    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = THIN,
             dash: Sequence[float] | None = None, gray: float = 0.0) -> None:
        c = self.c
        c.setLineWidth(width)
        if gray:
            c.setStrokeGray(gray)
        if dash:
            c.setDash(list(dash))
        c.line(x1 * mm, self.y(y1), x2 * mm, self.y(y2))
        if dash:
            c.setDash()
        if gray:
            c.setStrokeGray(0)

    def rect(self, x: float, y: float, w: float, h: float, width: float = LINE,
             fill: float | None = None, stroke: bool = True,
             dash: Sequence[float] | None = None, gray: float = 0.0) -> None:
        """A rectangle `w` x `h` mm with its top-left corner at (x, y); `fill` is a grey level."""
        c = self.c
        c.setLineWidth(width)
        if fill is not None:
            c.setFillGray(fill)
        if gray:
            c.setStrokeGray(gray)
        if dash:
            c.setDash(list(dash))
        c.rect(x * mm, self.y(y + h), w * mm, h * mm, stroke=int(stroke),
               fill=int(fill is not None))
        if dash:
            c.setDash()
        if fill is not None:
            c.setFillGray(0)
        if gray:
            c.setStrokeGray(0)

    def badge(self, x: float, y: float, label: str, size: float = 8, align: str = "left",
              font: str = BOLD) -> float:
        """White text on a black box (identity status, EXERCICE); `y` is the box's top.

        Returns the box width in mm.
        """
        pad = size * 0.45 / mm
        w = fonts.width(label, font, size) / mm + 2 * pad
        h = size * 1.25 / mm
        left = x - w if align == "right" else x - w / 2 if align == "center" else x
        self.rect(left, y, w, h, fill=0, stroke=False)
        self.c.setFillGray(1)
        self.text(left + pad, y + h - size * 0.33 / mm, label, font, size)
        self.c.setFillGray(0)
        return w

    def checkbox(self, x: float, baseline: float, label: str = "", size: float = 9,
                 checked: bool = False, font: str = SANS, box: float = CHECK) -> float:
        """A check box whose bottom sits on `baseline`, then its label; returns the end x."""
        top = baseline - box + 0.35
        self.rect(x, top, box, box, width=0.8)
        if checked:
            self.cross(x, baseline, box)
        end = x + box
        if label:
            end += 1.3 + self.text(x + box + 1.3, baseline, label, font, size)
        return end

    def options(self, x: float, baseline: float, labels: Sequence[str], size: float = 9,
                gap: float = 4.0, checked: str | None = None, font: str = SANS,
                box: float = CHECK, max_width: float | None = None) -> float:
        """Check boxes in a row (one per label); the one equal to `checked` is crossed.

        With `max_width` (mm) the labels shrink (down to 6 pt) to keep the row within it.
        """
        size, gap = options_fit(labels, size, gap, font, box, max_width)
        for label in labels:
            x = self.checkbox(x, baseline, label, size, checked=(label == checked), font=font,
                              box=box)
            x += gap
        return x - gap

    def cross(self, x: float, baseline: float, box: float = CHECK) -> None:
        """Cross the check box drawn by `checkbox(x, baseline)` (a printed answer)."""
        top = baseline - box + 0.35
        inset = box * 0.16
        self.line(x + inset, top + inset, x + box - inset, top + box - inset, width=1.3)
        self.line(x + inset, top + box - inset, x + box - inset, top + inset, width=1.3)


    def field(self, x: float, y: float, w: float, h: float, label: str, value: str = "",
              *, value_font: str = SANS, value_size: float = 11, min_size: float = 6.5,
              max_lines: int = 1, border: float = LINE) -> None:
        """A box with its label in small print at the top and room (or a value) below."""
        self.rect(x, y, w, h, width=border)
        self.text(x + 1.2, y + 2.7, label, COND, 7)
        if value:
            room = max(1, max_lines)
            size, lines = text.fit(value, value_font, (w - 2.4) * mm, value_size, min_size,
                                   room)
            step = size * 1.1 / mm
            baseline = y + h - 1.8 - step * (len(lines) - 1)
            for line in lines:
                self.text(x + 1.2, baseline, line, value_font, size)
                baseline += step

    def write_lines(self, x: float, y: float, w: float, h: float, pitch: float = 8.0,
                    first: float | None = None) -> None:
        """Dotted writing lines every `pitch` mm inside a box area (no border)."""
        line_y = y + (first if first is not None else pitch)
        while line_y < y + h - 0.5:
            self.line(x, line_y, x + w, line_y, width=0.35, dash=(0.6, 1.6))
            line_y += pitch

    def section(self, x: float, y: float, w: float, title: str, h: float = 6.0,
                note: str = "") -> float:
        """A grey heading band; returns the y under it."""
        self.rect(x, y, w, h, fill=BAND_GRAY, stroke=False)
        self.text(x + 1.6, y + h - 1.75, title.upper(), BOLD, 9.5)
        if note:
            self.text(x + w - 1.6, y + h - 1.8, note, COND, 7.5, align="right")
        return y + h

    def grid(self, x: float, y: float, widths: Sequence[float], headers: Sequence[str],
             rows: int, row_h: float, header_h: float = 7.0, header_size: float = 7.5,
             shade_header: bool = True) -> float:
        """An empty table to fill by hand: a header row then `rows` rows; returns its bottom."""
        total = sum(widths)
        bottom = y + header_h + rows * row_h
        if shade_header:
            self.rect(x, y, total, header_h, fill=0.93, stroke=False)
        col_x = x
        for width, header in zip(widths, headers, strict=True):
            lines = header.split("\n")
            size = header_size
            while size > 5.5 and max(fonts.width(s, COND_BOLD, size) for s in lines) \
                    > (width - 1.0) * mm:
                size -= 0.5
            step = size * 1.05 / mm
            baseline = y + (header_h + step * (len(lines) - 1)) / 2 + size * 0.35 / mm \
                - step * (len(lines) - 1)
            for line in lines:
                self.text(col_x + width / 2, baseline, line, COND_BOLD, size, align="center")
                baseline += step
            col_x += width
        for i in range(rows + 1):
            line_y = y + header_h + i * row_h
            self.line(x, line_y, x + total, line_y, width=THIN)
        col_x = x
        for width in widths[:-1]:
            col_x += width
            self.line(col_x, y, col_x, bottom, width=THIN)
        self.rect(x, y, total, bottom - y, width=LINE)
        return bottom


@dataclass(frozen=True)
class Block:
    """One piece of text of a `Pen.stack`: its font, largest and smallest size, line limit."""

    value: str
    font: str
    max_size: float
    min_size: float = 6.0
    max_lines: int = 1
    narrow: str | None = None  # condensed font tried before anything is cut
    gap: float = 0.3  # mm above


def _plan(block: Block, width: float, scale: float) -> tuple[str, float, list[str]]:
    top = max(block.min_size, block.max_size * scale)
    size, lines = text.fit(block.value, block.font, width * mm, top, block.min_size,
                           block.max_lines)
    if block.narrow and lines and lines[-1].endswith(text.ELLIPSIS):
        size, lines = text.fit(block.value, block.narrow, width * mm, top, block.min_size,
                               block.max_lines)
        return block.narrow, size, lines
    return block.font, size, lines


def options_width(labels: Sequence[str], size: float, gap: float, font: str,
                  box: float) -> float:
    """Width in mm of a row of check boxes drawn by `Pen.options`."""
    return sum(box + (1.3 + fonts.width(label, font, size) / mm if label else 0)
               for label in labels) + gap * (len(labels) - 1)


def options_fit(labels: Sequence[str], size: float, gap: float, font: str, box: float,
                max_width: float | None) -> tuple[float, float]:
    """The (size, gap) at which a row of check boxes fits in `max_width` mm."""
    if max_width is None:
        return size, gap
    while options_width(labels, size, gap, font, box) > max_width and size > 6.0:
        size -= 0.25
        gap = max(1.5, gap - 0.1)
    return size, gap


def option_positions(x: float, labels: Sequence[str], size: float = 9, gap: float = 4.0,
                     font: str = SANS, box: float = CHECK,
                     max_width: float | None = None) -> list[float]:
    """The x of each check box drawn by `Pen.options` with the same arguments."""
    size, gap = options_fit(labels, size, gap, font, box, max_width)
    positions = []
    for label in labels:
        positions.append(x)
        x += box + (1.3 + fonts.width(label, font, size) / mm if label else 0) + gap
    return positions
