"""The "Operating theatres" section: the day's programme, every case, cancellation by rule,
the call list, the waiting list and re-planning; rooms, staff and the programme import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hospcrisis.core import surgery
from hospcrisis.core.security import Permission
from hospcrisis.errors import ValidationError
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_info
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.surgery.calls import CallsPanel
from hospcrisis.ui.surgery.cancellation import CancellationPanel
from hospcrisis.ui.surgery.common import AREA, STYLESHEET, report_failure, run_job
from hospcrisis.ui.surgery.dialogs import ImportProblemsDialog, RoomsDialog, StaffDialog
from hospcrisis.ui.surgery.programme import CasesPanel, DayPanel
from hospcrisis.ui.surgery.replan import ReplanPanel
from hospcrisis.ui.surgery.waiting import WaitingPanel


def choose_programme_file(parent: QWidget | None) -> str | None:
    """Ask for the programme CSV to import (replaced in tests)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, tr("Import the OR programme"), str(Path.home()),
        tr("CSV files (*.csv *.txt);;Every file (*)"))
    return name or None


def _import(session: Any, path: str, *, progress: Any, cancelled: Any) -> surgery.ImportResult:
    """Worker: read, check and import the programme (refused whole on any bad line)."""
    return surgery.import_programme(session, path)


class SurgerySection(QWidget):
    """Tabs of the operating theatres, and the programme import always at hand.

    Signals: none of its own; every change goes out as `context.data_changed("surgery")`.
    """

    TABS = ("day", "cases", "cancel", "calls", "waiting", "replan")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("surgerySection")
        self.setStyleSheet(STYLESHEET)
        self.importing = False
        manage = context.session.can(Permission.SURGERY_MANAGE)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(tr("Operating theatres"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.import_button = QPushButton(tr("&Import the programme…"))
        self.import_button.setToolTip(tr("The last OR programme exported from the planning "
                                         "system (CSV, UTF-8)"))
        self.import_button.clicked.connect(self.import_programme)
        self.import_button.setEnabled(manage)
        rooms = QPushButton(tr("R&ooms…"))
        rooms.clicked.connect(lambda: RoomsDialog.ask(context, self))
        staff = QPushButton(tr("&Surgeons and anaesthetists…"))
        staff.clicked.connect(lambda: StaffDialog.ask(context, self))
        for button in (self.import_button, rooms, staff):
            top.addWidget(button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("surgeryTabs")
        self.day = DayPanel(context)
        self.cases = CasesPanel(context)
        self.cancellation = CancellationPanel(context)
        self.calls = CallsPanel(context)
        self.waiting = WaitingPanel(context)
        self.replan = ReplanPanel(context)
        self.tabs.addTab(self.day, tr("&Day programme"))
        self.tabs.addTab(self.cases, tr("C&ases"))
        self.tabs.addTab(self.cancellation, tr("Ca&ncellation"))
        self.tabs.addTab(self.calls, tr("Call &list"))
        self.tabs.addTab(self.waiting, tr("&Waiting list"))
        self.tabs.addTab(self.replan, tr("&Re-planning"))
        layout.addWidget(self.tabs, 1)
        self.waiting.replan_requested.connect(lambda: self.show_tab("replan"))
        self.cancellation.cancelled.connect(lambda _n: self.show_tab("calls"))
        context.data_changed.connect(self._data_changed)
        self._refresh_titles()

    def show_tab(self, key: str) -> QWidget:
        """Show a tab by key (`day`, `cases`, `cancel`, `calls`, `waiting`, `replan`)."""
        index = self.TABS.index(key)
        self.tabs.setCurrentIndex(index)
        widget = self.tabs.widget(index)
        assert widget is not None
        return widget

    def _data_changed(self, area: str) -> None:
        if area == AREA:
            self._refresh_titles()

    def _refresh_titles(self) -> None:
        """Counts in the tab titles: calls still to make, cases waiting."""
        counts = surgery.situation_counts(self.context.session)
        waiting = sum(counts.waiting_by_priority.values())
        self.tabs.setTabText(3, tr("Call &list ({n})", n=counts.calls_pending)
                             if counts.calls_pending else tr("Call &list"))
        self.tabs.setTabText(4, tr("&Waiting list ({n})", n=waiting) if waiting
                             else tr("&Waiting list"))

    # -- import ------------------------------------------------------------------------------

    def import_programme(self, path: str | None = None) -> None:
        """Import a programme file (asked when not given), off the UI thread."""
        if self.importing:
            return
        chosen = path or choose_programme_file(self)
        if not chosen:
            return
        self.importing = True
        self.import_button.setEnabled(False)
        name = Path(chosen).name

        def work(session: Any, *, progress: Any, cancelled: Any) -> surgery.ImportResult:
            return _import(session, chosen, progress=progress, cancelled=cancelled)

        run_job(self.context, work, lambda result: self._imported(result, name),
                lambda exc, details: self._import_failed(exc, details, name))

    def _done_importing(self) -> None:
        self.importing = False
        self.import_button.setEnabled(self.context.session.can(Permission.SURGERY_MANAGE))

    def _imported(self, result: surgery.ImportResult, name: str) -> None:
        self._done_importing()
        self.context.data_changed.emit(AREA)
        lines = [tr("{n} cases imported from “{file}”.", n=result.cases, file=name)]
        if result.staff_created:
            lines.append(tr("Surgeons or anaesthetists created (check their operating days): "
                            "{codes}", codes=", ".join(result.staff_created)))
        lines += [f"• {w}" for w in result.warnings]
        self.last_import = result
        self.context.message_posted.emit(lines[0])
        show_info(self, "\n".join(lines), tr("Programme imported"))

    def _import_failed(self, exc: BaseException, details: str, name: str) -> None:
        self._done_importing()
        if isinstance(exc, ValidationError):
            ImportProblemsDialog.ask(self, exc, name)
        else:
            report_failure(self)(exc, details)


def create(context: AppContext) -> QWidget:
    """Section factory (`sections.SECTIONS`)."""
    return SurgerySection(context)
