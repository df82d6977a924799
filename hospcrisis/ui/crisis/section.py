"""The "Crisis cell" section: procedures board, main courante, systems, library, reports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from hospcrisis.core.security import Permission
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.crisis.board import ProceduresBoard
from hospcrisis.ui.crisis.common import Printer
from hospcrisis.ui.crisis.library import LibraryPanel
from hospcrisis.ui.crisis.log import MainCourante
from hospcrisis.ui.crisis.sitreps import SitrepsPanel, issue_report
from hospcrisis.ui.crisis.systems import SystemsPanel
from hospcrisis.ui.i18n import tr


class CrisisSection(QWidget):
    """Tabs of the crisis cell, and the "Issue a situation report" action always at hand."""

    TABS = ("board", "log", "systems", "library", "sitreps")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("crisisSection")
        self.printer = Printer(context, self)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(tr("Crisis cell"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.issue_button = QPushButton(tr("Issue a situation report…"))
        self.issue_button.setToolTip(tr("Ctrl+Shift+R"))
        self.issue_button.clicked.connect(self.issue_sitrep)
        self.issue_button.setVisible(context.session.can(Permission.CRISIS_LOG_WRITE))
        top.addWidget(self.issue_button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("crisisTabs")
        self.board = ProceduresBoard(context)
        self.log = MainCourante(context)
        self.systems = SystemsPanel(context)
        self.library = LibraryPanel(context)
        self.sitreps = SitrepsPanel(context, self.printer)
        self.tabs.addTab(self.board, tr("&Procedures board"))
        self.tabs.addTab(self.log, tr("&Main courante"))
        self.tabs.addTab(self.systems, tr("S&ystems"))
        self.tabs.addTab(self.library, tr("&Library"))
        self.tabs.addTab(self.sitreps, tr("Situation &reports"))
        layout.addWidget(self.tabs, 1)
        self.log.unit_requested.connect(self.show_unit)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+R"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.issue_sitrep)

    def show_tab(self, key: str) -> QWidget:
        """Show a tab by key (`board`, `log`, `systems`, `library`, `sitreps`)."""
        index = self.TABS.index(key)
        self.tabs.setCurrentIndex(index)
        widget = self.tabs.widget(index)
        assert widget is not None
        return widget

    def show_unit(self, unit: str) -> None:
        """The board, with that unit's procedures below it."""
        self.show_tab("board")
        self.board.select_unit(unit)

    def issue_sitrep(self) -> None:
        issue_report(self.context, self, self.printer)


def create(context: AppContext) -> QWidget:
    """Section factory (`sections.SECTIONS`)."""
    return CrisisSection(context)
