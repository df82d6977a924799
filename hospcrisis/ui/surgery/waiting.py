"""The waiting list: cases needing a slot (waiting, or cancelled to re-plan), overdue ones
first and in red, then by priority class and days to deadline."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hospcrisis import clock
from hospcrisis.core import surgery
from hospcrisis.core.planner import PRIORITY_CODES
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.surgery.common import AREA, set_widths, table
from hospcrisis.ui.surgery.models import WaitingModel

FAR = datetime.max.replace(tzinfo=UTC)


def waiting_order(cases: list[surgery.Case], now: datetime) -> list[surgery.Case]:
    """Overdue first (most urgent class, then longest overdue), then by class and deadline."""
    rank = {code: i for i, code in enumerate(PRIORITY_CODES)}

    def key(case: surgery.Case) -> tuple[int, int, datetime, int]:
        overdue = case.deadline is not None and case.deadline < now
        return (0 if overdue else 1, rank.get(case.priority, 9), case.deadline or FAR,
                case.number)

    return sorted(cases, key=key)


class WaitingPanel(QWidget):
    """Who is waiting for a slot, most urgent first.

    Signals:
        replan_requested(): open the re-planning screen.
    """

    replan_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("surgeryWaiting")
        self.cases: list[surgery.Case] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.priority = QComboBox()
        self.priority.addItem(tr("Every priority"), "")
        for code in PRIORITY_CODES:
            self.priority.addItem(tr(surgery.PRIORITIES[code].label), code)
        self.priority.currentIndexChanged.connect(lambda _i: self.apply_filter())
        bar.addWidget(self.priority)
        self.summary = QLabel()
        self.summary.setObjectName("countLabel")
        self.summary.setWordWrap(True)
        bar.addWidget(self.summary, 1)
        replan = QPushButton(tr("&Re-plan…"))
        replan.clicked.connect(self.replan_requested.emit)
        bar.addWidget(replan)
        layout.addLayout(bar)
        self.model = WaitingModel(self)
        self.view = table(self.model)
        layout.addWidget(self.view, 1)
        context.data_changed.connect(lambda area: self.refresh() if area == AREA else None)
        self.refresh()
        set_widths(self.view, [60, 90, 150, 170, 110, 210, 100, 65])

    def refresh(self) -> None:
        self.cases = waiting_order(surgery.waiting_list(self.context.session), clock.now())
        self.apply_filter()

    def apply_filter(self) -> None:
        code = self.priority.currentData()
        rows = [c for c in self.cases if not code or c.priority == code]
        self.model.set_rows(rows)
        now = clock.now()
        overdue = sum(1 for c in self.cases if c.deadline is not None and c.deadline < now)
        counts = dict.fromkeys(PRIORITY_CODES, 0)
        for case in self.cases:
            counts[case.priority] = counts.get(case.priority, 0) + 1
        figures = " · ".join(f"{p} {n}" for p, n in counts.items())
        text = tr("{n} cases waiting ({figures})", n=len(self.cases), figures=figures)
        if overdue:
            text += " — " + tr("{n} past their deadline", n=overdue)
        self.summary.setText(text)
