"""One day of the operating theatres drawn as a timeline: rooms as columns, time downwards,
each case a block in its priority's colour (late cases framed in red).

The widget only draws what it is given (`set_content`): the programme screen gives it the
day's planned cases, the re-planning screen the proposed plan of a day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QWidget

from hospcrisis.core import surgery
from hospcrisis.ui import style
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.surgery.common import priority_background, priority_colour

AXIS_W = 48
HEADER_H = 40
MIN_PX_PER_MIN = 0.6


@dataclass(frozen=True)
class TimelineColumn:
    """A room on that day: open [start, end) in minutes from local midnight (None: closed)."""

    code: str
    title: str
    open: tuple[int, int] | None
    note: str = ""


@dataclass(frozen=True)
class TimelineBlock:
    """A case in a room, [start, end) in minutes from local midnight."""

    key: str
    column: str
    start: int
    end: int
    priority: str
    lines: tuple[str, ...]
    tooltip: str = ""
    late: bool = False
    muted: bool = False
    marked: bool = False  # moved or adjusted by hand: a dashed frame


def room_columns(rooms: list[surgery.Room], closures: list[surgery.Closure],
                 day: date, codes: set[str] | None = None) -> list[TimelineColumn]:
    """Columns for `day`: every room in use (and any room in `codes`), closed ones greyed."""
    out = []
    for room in rooms:
        if not room.active and not (codes and room.code in codes):
            continue
        closed = next((c.reason for c in closures
                       if c.room_code == room.code and c.first_day <= day <= c.last_day), None)
        hours = room.hours.get(day.isoweekday())
        span = None
        if hours and closed is None:
            start = _minutes(hours[0])
            span = (start, _minutes(hours[1]))
        note = closed if closed is not None else ("" if hours else tr("closed that day"))
        out.append(TimelineColumn(room.code, room.name, span, note or ""))
    return out


def _minutes(hhmm: str) -> int:
    hours, minutes = (int(x) for x in hhmm.split(":"))
    return hours * 60 + minutes


class DayTimeline(QWidget):
    """Rooms × time for one day.

    Signals:
        block_selected(str): a block was clicked (its key).
        block_activated(str): a block was double-clicked (open it).
    """

    block_selected = Signal(str)
    block_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayTimeline")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.columns: list[TimelineColumn] = []
        self.blocks: list[TimelineBlock] = []
        self.selected_key: str | None = None
        self.empty_text = tr("No operating room to show.")
        self._first = 8 * 60
        self._last = 18 * 60

    # -- content -----------------------------------------------------------------------------

    def set_content(self, columns: list[TimelineColumn], blocks: list[TimelineBlock]) -> None:
        """Show these rooms and cases (a block in no column adds its room's column)."""
        known = {c.code for c in columns}
        extra = sorted({b.column for b in blocks} - known)
        self.columns = list(columns) + [TimelineColumn(code, "", None) for code in extra]
        self.blocks = list(blocks)
        starts = [c.open[0] for c in self.columns if c.open] + [b.start for b in blocks]
        ends = [c.open[1] for c in self.columns if c.open] + [b.end for b in blocks]
        self._first = max(0, (min(starts, default=8 * 60) // 60) * 60)
        self._last = min(24 * 60, -(-max(ends, default=18 * 60) // 60) * 60)
        if self._last - self._first < 4 * 60:
            self._last = min(24 * 60, self._first + 4 * 60)
        if self.selected_key not in {b.key for b in blocks}:
            self.selected_key = None
        self.updateGeometry()
        self.update()

    def select(self, key: str | None) -> None:
        self.selected_key = key
        self.update()

    # -- geometry ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(AXIS_W + 110 * max(1, len(self.columns)), self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        minutes = self._last - self._first
        return QSize(AXIS_W + 60 * max(1, len(self.columns)),
                     HEADER_H + int(minutes * MIN_PX_PER_MIN) + 8)

    def _scale(self) -> float:
        return max(MIN_PX_PER_MIN, (self.height() - HEADER_H - 8) / max(1, self._last
                                                                        - self._first))

    def _column_width(self) -> float:
        return (self.width() - AXIS_W - 2) / max(1, len(self.columns))

    def _y(self, minute: float) -> float:
        return HEADER_H + (minute - self._first) * self._scale()

    def block_rect(self, block: TimelineBlock) -> QRectF:
        """Where `block` is drawn (widget coordinates)."""
        index = next((i for i, c in enumerate(self.columns) if c.code == block.column), 0)
        width = self._column_width()
        x = AXIS_W + index * width
        top = self._y(block.start)
        return QRectF(x + 3, top + 1, width - 6, max(4.0, self._y(block.end) - top - 2))

    def block_at(self, point: QPointF) -> TimelineBlock | None:
        for block in reversed(self.blocks):
            if self.block_rect(block).contains(point):
                return block
        return None

    # -- events --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        if block is not None:
            self.selected_key = block.key
            self.update()
            self.block_selected.emit(block.key)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        if block is not None:
            self.block_activated.emit(block.key)
        super().mouseDoubleClickEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(QPointF(event.pos()))
            if block is not None and block.tooltip:
                QToolTip.showText(event.globalPos(), block.tooltip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.columns:
            painter.setPen(QColor(style.GREY))
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.empty_text)
            painter.end()
            return
        self._paint_columns(painter)
        self._paint_axis(painter)
        for block in self.blocks:
            self._paint_block(painter, block)
        painter.end()

    def _paint_columns(self, painter: QPainter) -> None:
        width = self._column_width()
        bottom = self._y(self._last)
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        bold.setPointSizeF(base.pointSizeF() + 1)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1.5))
        for index, column in enumerate(self.columns):
            x = AXIS_W + index * width
            full = QRectF(x, HEADER_H, width, bottom - HEADER_H)
            painter.fillRect(full, QColor("#e9ecef"))
            if column.open is not None:
                top = self._y(column.open[0])
                painter.fillRect(QRectF(x, top, width, self._y(column.open[1]) - top),
                                 QColor("white"))
            else:
                painter.save()
                painter.setBrush(QBrush(QColor("#cfd4da"), Qt.BrushStyle.BDiagPattern))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRect(full)
                painter.restore()
                painter.setPen(QColor(style.GREY))
                painter.setFont(small)
                painter.drawText(QRectF(x + 4, HEADER_H + 8, width - 8, 60),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
                                 tr("Room closed") + (f"\n{column.note}" if column.note
                                                      else ""))
            painter.fillRect(QRectF(x, 0, width, HEADER_H - 1), QColor("#edf2f7"))
            painter.setPen(QColor(style.NAVY))
            painter.setFont(bold)
            painter.drawText(QRectF(x + 4, 2, width - 8, 20),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                             column.code)
            painter.setFont(small)
            painter.setPen(QColor(style.GREY))
            title = QFontMetrics(small).elidedText(column.title, Qt.TextElideMode.ElideRight,
                                                   int(width - 8))
            painter.drawText(QRectF(x + 4, 21, width - 8, 16),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                             title)
            painter.setPen(QPen(QColor("#cbd5e0"), 1))
            painter.drawLine(QPointF(x, 0), QPointF(x, bottom))
        painter.setPen(QPen(QColor("#a0aec0"), 1))
        painter.drawLine(QPointF(AXIS_W, HEADER_H - 1), QPointF(self.width(), HEADER_H - 1))

    def _paint_axis(self, painter: QPainter) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        for minute in range(self._first, self._last + 1, 30):
            y = self._y(minute)
            if minute % 60 == 0:
                painter.setPen(QPen(QColor("#cbd5e0"), 1))
                painter.drawLine(QPointF(AXIS_W - 4, y), QPointF(self.width(), y))
                painter.setPen(QColor(style.GREY))
                painter.drawText(QRectF(0, y - 8, AXIS_W - 6, 16),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                                 f"{minute // 60:02d}:00")
            else:
                painter.setPen(QPen(QColor("#edf2f7"), 1, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(AXIS_W, y), QPointF(self.width(), y))

    def _paint_block(self, painter: QPainter, block: TimelineBlock) -> None:
        rect = self.block_rect(block)
        strong = QColor(priority_colour(block.priority))
        light = QColor(priority_background(block.priority))
        if block.muted:
            light = QColor("#f1f3f5")
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(light)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(strong)
        painter.drawRect(QRectF(rect.left(), rect.top(), 5, rect.height()))
        selected = block.key == self.selected_key
        if selected:
            painter.setPen(QPen(QColor(style.NAVY), 3))
        elif block.late:
            painter.setPen(QPen(QColor(style.RED), 2.5))
        elif block.marked:
            painter.setPen(QPen(QColor(style.NAVY), 1.5, Qt.PenStyle.DashLine))
        else:
            painter.setPen(QPen(strong.darker(120), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setClipRect(rect.adjusted(7, 1, -2, -1))
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() - 1))
        line_h = QFontMetrics(font).height()
        if rect.height() < line_h + 2:  # a short case: one smaller line, centred
            font.setPixelSize(max(6, int(rect.height()) - 2))
            line_h = int(rect.height())
        y = rect.top() + (1 if rect.height() < 18 else 2)
        width = int(rect.width() - 11)
        for index, line in enumerate(block.lines):
            if y + line_h > rect.bottom() + 2 and index:
                break
            bold = QFont(font)
            bold.setBold(index < 2)
            painter.setFont(bold)
            metrics = QFontMetrics(bold)
            room = width
            text, _tab, tag = line.partition("\t")
            if tag:  # "08:00–09:45\tP2": the class right-aligned, in its colour
                painter.setPen(strong.darker(130))
                painter.drawText(QRectF(rect.left() + 8, y, width, line_h),
                                 int(Qt.AlignmentFlag.AlignRight
                                     | Qt.AlignmentFlag.AlignVCenter), tag)
                room = width - metrics.horizontalAdvance(tag) - 4
            if index == 0 and "–" in text and metrics.horizontalAdvance(text) > room:
                text = text.split("–", 1)[0]  # narrow: the start time only
            painter.setPen(QColor(style.RED if block.late and index == 0 else "#111111"))
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, room))
            painter.drawText(QRectF(rect.left() + 8, y, max(0, room), line_h),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             shown)
            y += line_h
        painter.restore()


def priority_legend() -> QLabel:
    """The priority colours, as the timeline draws them (a small legend)."""
    chips = " ".join(
        f'<span style="background:{priority_background(code)}; color:{priority_colour(code)};'
        f' font-weight:bold;">&nbsp;{code}&nbsp;</span>' for code in surgery.PRIORITY_CODES)
    late = f'<span style="color:{style.RED}; font-weight:bold;">▢ {tr("red frame: late")}</span>'
    label = QLabel(f"{chips} &nbsp;{late}")
    label.setObjectName("priorityLegend")
    label.setToolTip("\n".join(tr(c.label) for c in surgery.PRIORITIES.values()))
    return label
