"""The dashboard (*tableau de bord*): the figures and charts a crisis cell would rather look at
than read — arrivals per hour by triage level, occupancy by unit, procedures progress, systems
status over time — from the same data as the situation report.

Arrivals and occupancy come from the sections the admissions area registers in the situation
report (`core/sitrep.py`); a section no area provides yet shows why instead of a chart. The
data is gathered off the UI thread, when the dashboard is shown, when an area saves something
(while it is visible) and every two minutes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPen, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import sitrep
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.core.sitrep import Chart, Section, Sitrep
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.crisis.common import (
    HINT_COLOURS,
    PALETTE,
    Printer,
    report_failure,
    run_job,
)
from hospcrisis.ui.i18n import tr

REFRESH_MS = 120_000
MAX_CATEGORY_LABELS = 12
STYLE = """
QFrame#chartPanel, QFrame#figureTile { background: white; border: 1px solid #dde3ea;
                                      border-radius: 4px; }
QFrame#figureTile[alarm="true"] { border-left: 5px solid #c62828; }
QLabel#panelTitle { font-weight: bold; color: #1f3a5f; font-size: 11pt; border: none; }
QLabel#figureValue { font-size: 22pt; font-weight: bold; color: #1f3a5f; border: none; }
QLabel#figureValue[alarm="true"] { color: #c62828; }
QLabel#figureLabel { font-weight: bold; border: none; }
QLabel#figureDetail, QLabel#panelNote { color: #616161; border: none; }
"""


@dataclass(frozen=True)
class DashboardData:
    """Everything one refresh shows (plain data, gathered in a worker)."""

    report: Sitrep
    systems_chart: Chart
    figures: tuple[Any, ...]
    at: str


def collect(session: Session, progress: Any = None, cancelled: Any = None) -> DashboardData:
    """Read-only: the report's sections, the systems over time, the key figures."""
    from hospcrisis.forms.sitrep import key_figures

    report = sitrep.build_sitrep(session)
    return DashboardData(report, sitrep.systems_status_chart(session),
                         tuple(key_figures(report)), clock.now_iso())


def _colour(chart: Chart, key: str, index: int) -> QColor:
    hint = chart.colours.get(key, "")
    if hint.startswith("#") and QColor.isValidColorName(hint):
        return QColor(hint)  # an exact colour (triage levels use their own)
    return QColor(HINT_COLOURS.get(hint.lower(), PALETTE[index % len(PALETTE)]))


def category_labels(labels: Sequence[str]) -> tuple[list[str], str]:
    """Labels for a category axis (each is cut to its bar's width) and the axis title.

    Times written ``28/11 19:00`` become ``19h`` (the title gives the days) and, when there
    are many, only about one in `MAX_CATEGORY_LABELS` is written, the others blank (kept
    unique, as the axis needs). Other labels (units) are all kept.
    """
    parts = [label.rsplit(" ", 1) for label in labels]
    times = [p[-1] for p in parts]
    if not labels or not all(len(t) == 5 and t[2] == ":" and t[:2].isdigit() for t in times):
        return list(labels), ""
    days = list(dict.fromkeys(p[0] for p in parts if len(p) == 2))
    title = "" if not days else days[0] if len(days) == 1 else f"{days[0]} → {days[-1]}"
    hours = [f"{t[:2]}h" if t.endswith(":00") else t for t in times]
    every = max(1, math.ceil(len(hours) / MAX_CATEGORY_LABELS))
    shown = [label if i % every == 0 else "\u200b" * (i + 1) for i, label in enumerate(hours)]
    return shown, title


class ChartPanel(QFrame):
    """A titled chart, or the reason there is none."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        self.title = QLabel(title)
        self.title.setObjectName("panelTitle")
        layout.addWidget(self.title)
        self.stack = QStackedWidget()
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMargins(2, 2, 2, 2))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.note = QLabel()
        self.note.setObjectName("panelNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.note)
        layout.addWidget(self.stack, 1)
        self.kind = ""

    @property
    def showing_chart(self) -> bool:
        return self.stack.currentWidget() is self.view

    def show_note(self, text: str) -> None:
        self._clear()
        self.kind = ""
        self.note.setText(text)
        self.stack.setCurrentWidget(self.note)

    def _clear(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
            axis.deleteLater()

    def show_chart(self, chart: Chart, *, empty: str = "") -> None:
        """Draw a core `Chart` (bar, stacked_bar or line)."""
        if not chart.x or not chart.series or chart.kind not in ("bar", "stacked_bar",
                                                                 "line"):
            self.show_note(empty or tr("No data yet."))
            return
        self._clear()
        self.kind = chart.kind
        percent = chart.y_max == 100.0
        labels, axis_title = category_labels(chart.x_labels or chart.x)
        x_axis = QBarCategoryAxis()
        x_axis.append(labels)
        x_axis.setGridLineVisible(False)
        font = QFont(x_axis.labelsFont())
        font.setPointSizeF(8)
        x_axis.setLabelsFont(font)
        if axis_title:
            x_axis.setTitleText(axis_title)
            x_axis.setTitleFont(font)
        y_axis = QValueAxis()
        y_axis.setLabelsFont(font)
        y_axis.setTickCount(5)
        y_axis.setLabelFormat("%d %%" if percent else "%d")
        y_axis.setGridLineColor(QColor("#e2e8f0"))
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series_list = [s for s in chart.series if any(v for v in s.values if v)] \
            or list(chart.series)
        peak = 0.0
        if chart.kind == "line":
            for index, item in enumerate(series_list):
                line = QLineSeries()
                line.setName(item.label)
                pen = QPen(QColor("#1f3a5f") if index == 0 else _colour(chart, item.key, index))
                pen.setWidthF(3.0 if index == 0 else 1.2)
                if index and len(series_list) > 6:
                    pen.setColor(QColor("#b0bec5"))
                line.setPen(pen)
                for i, value in enumerate(item.values):
                    if value is not None:
                        line.append(i, value)
                        peak = max(peak, value)
                self.chart.addSeries(line)
                line.attachAxis(x_axis)
                line.attachAxis(y_axis)
            self.chart.legend().setVisible(len(series_list) <= 6)
        else:
            bars: QAbstractBarSeries = (QStackedBarSeries() if chart.kind == "stacked_bar"
                                        else QBarSeries())
            totals = [0.0] * len(chart.x)
            for index, item in enumerate(series_list):
                bar_set = QBarSet(item.label)
                colour = _colour(chart, item.key, index)
                bar_set.setColor(colour)
                bar_set.setBorderColor(colour)
                bar_set.setLabelColor(QColor("#1f3a5f"))
                values = [float(round(v or 0)) if percent else float(v or 0)
                          for v in item.values][:len(chart.x)]
                values += [0.0] * (len(chart.x) - len(values))
                bar_set.append(values)
                for i, value in enumerate(values):
                    totals[i] = totals[i] + value if chart.kind == "stacked_bar" \
                        else max(totals[i], value)
                bars.append(bar_set)
            if chart.kind == "bar" and len(series_list) == 1:
                bars.setLabelsVisible(True)
                bars.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
                bars.setLabelsFormat("@value %" if percent else "@value")
            bars.setBarWidth(0.7)
            self.chart.addSeries(bars)
            bars.attachAxis(x_axis)
            bars.attachAxis(y_axis)
            peak = max(totals, default=0.0)
            self.chart.legend().setVisible(len(series_list) > 1)
        if chart.y_max:
            y_axis.setRange(0, chart.y_max)
        else:
            y_axis.setRange(0, max(peak, 1.0))
            y_axis.applyNiceNumbers()
        self.stack.setCurrentWidget(self.view)


class FigureTile(QFrame):
    """A key figure: big value, what it counts, a detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureTile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 10, 6)
        layout.setSpacing(0)
        self.value = QLabel()
        self.value.setObjectName("figureValue")
        self.label = QLabel()
        self.label.setObjectName("figureLabel")
        self.detail = QLabel()
        self.detail.setObjectName("figureDetail")
        for widget in (self.value, self.label, self.detail):
            widget.setMinimumWidth(40)
            widget.setWordWrap(widget is not self.value)
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(widget)

    def show_figure(self, figure: Any) -> None:
        self.value.setText(figure.value)
        self.label.setText(figure.label)
        self.detail.setText(figure.detail)
        for widget in (self, self.value):
            widget.setProperty("alarm", bool(figure.alarm))
            widget.style().unpolish(widget)
            widget.style().polish(widget)


class Dashboard(QWidget):
    """Key figures on top, four charts below; refreshed in a worker."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("dashboard")
        self.setStyleSheet(STYLE)
        self.printer = Printer(context, self)
        self.data: DashboardData | None = None
        self._running = False
        self._stale = True
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(tr("Dashboard"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        self.updated = QLabel()
        self.updated.setObjectName("hint")
        self.updated.setWordWrap(True)
        self.updated.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.updated, 1)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setToolTip(tr("F5"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        self.issue_button = QPushButton(tr("Issue a situation report…"))
        self.issue_button.setObjectName("primary")
        self.issue_button.setToolTip(tr("Ctrl+Shift+R"))
        self.issue_button.clicked.connect(self.issue_sitrep)
        self.issue_button.setVisible(context.session.can(Permission.CRISIS_LOG_WRITE))
        top.addWidget(self.issue_button)
        layout.addLayout(top)
        self.figures_row = QHBoxLayout()
        self.tiles: list[FigureTile] = []
        layout.addLayout(self.figures_row)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.arrivals = ChartPanel(tr("Arrivals per hour by triage level"))
        self.occupancy = ChartPanel(tr("Occupancy by unit"))
        self.procedures = ChartPanel(tr("Procedures: steps signed off by unit"))
        self.systems = ChartPanel(tr("Systems status over time"))
        for index, panel in enumerate((self.arrivals, self.occupancy, self.procedures,
                                       self.systems)):
            grid.addWidget(panel, index // 2, index % 2)
        layout.addLayout(grid, 1)
        for key, slot in (("F5", self.refresh), ("Ctrl+Shift+R", self.issue_sitrep)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        context.data_changed.connect(self._data_changed)
        self.refresh()

    # -- refreshing ------------------------------------------------------------------------------

    def _data_changed(self, _area: str) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if self._running:
            self._stale = True
            return
        self._running = True
        self._stale = False
        self.updated.setText(tr("Updating…"))
        run_job(self.context, collect, self._collected, self._failed)

    def _failed(self, exc: BaseException, details: str) -> None:
        self._running = False
        self.updated.setText(tr("Could not update: {error}", error=exc))
        report_failure(self)(exc, details)

    def _collected(self, data: DashboardData) -> None:
        self._running = False
        self.show_data(data)
        if self._stale and self.isVisible():
            QTimer.singleShot(0, self.refresh)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        self.updated.setText(tr("Updated at {time} · refreshed every 2 minutes and after each "
                                "change", time=clock.local_text(data.at, "%H:%M")))
        while len(self.tiles) < len(data.figures):
            tile = FigureTile()
            self.tiles.append(tile)
            self.figures_row.addWidget(tile)
        for tile, figure in zip(self.tiles, data.figures, strict=False):
            tile.show_figure(figure)
            tile.show()
        for tile in self.tiles[len(data.figures):]:
            tile.hide()
        report = data.report
        self._section_chart(self.arrivals, report.section("arrivals_by_triage"))
        self._section_chart(self.occupancy, report.section("census_by_unit"))
        procedures = report.section("procedures")
        by_unit = next((c for c in procedures.charts if c.key == "procedures_by_unit"),
                       None) if procedures else None
        if by_unit is None:
            self.procedures.show_note(tr("No data yet."))
        else:
            self.procedures.show_chart(
                by_unit, empty=tr("No degraded-mode procedure is active."))
        self.systems.show_chart(data.systems_chart, empty=tr("No status reported yet."))

    @staticmethod
    def _section_chart(panel: ChartPanel, section: Section | None) -> None:
        if section is None or not section.available:
            panel.show_note(section.note if section is not None and section.note
                            else tr("Not yet available on this station."))
            return
        if not section.charts:
            panel.show_note("\n".join(section.lines) or tr("No data yet."))
            return
        panel.show_chart(section.charts[0], empty="\n".join(section.lines))

    def issue_sitrep(self) -> None:
        from hospcrisis.ui.crisis.sitreps import issue_report

        issue_report(self.context, self, self.printer)


def create(context: AppContext) -> QWidget:
    """Section factory (`sections.SECTIONS`)."""
    return Dashboard(context)
