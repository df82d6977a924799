"""The "Data recovery" section: bundles, conflicts, identities, export, back-loading.

IT's path when the information system is back, one tab per step: gather the stations' bundles,
settle the conflicts, reconcile provisional IDs with IPPs, export to the information system,
track what has been re-entered and print the end-of-downtime report. Every tab reads and
writes through the core services; the tabs refresh together whenever one of them (or another
screen) saves something.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from hospcrisis.core.security import Permission
from hospcrisis.errors import HospcrisisError
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.recovery.backload import BackloadPanel
from hospcrisis.ui.recovery.bundles import BundlesPanel
from hospcrisis.ui.recovery.common import AREA, STYLESHEET, banner
from hospcrisis.ui.recovery.conflicts import ConflictsPanel
from hospcrisis.ui.recovery.export import ExportPanel
from hospcrisis.ui.recovery.identities import IdentitiesPanel

_REFRESHING_AREAS = frozenset({AREA, "admissions", "surgery", "crisis"})


class RecoverySection(QWidget):
    """Tabs of the recovery, in the order IT works."""

    TABS = ("bundles", "conflicts", "identities", "export", "backload")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("recoverySection")
        self.setStyleSheet(STYLESHEET)
        session = context.session
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(tr("Data recovery"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.where = QLabel(tr("Database of station {code}", code=session.station))
        self.where.setObjectName("hint")
        top.addWidget(self.where)
        layout.addLayout(top)
        self.error = banner("warnBanner")
        self.error.hide()
        layout.addWidget(self.error)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("recoveryTabs")
        self.bundles = BundlesPanel(context)
        self.conflicts = ConflictsPanel(context)
        self.identities = IdentitiesPanel(context)
        self.export = ExportPanel(context)
        self.backload = BackloadPanel(context)
        self.tabs.addTab(self.bundles, tr("1. &Bundles"))
        self.tabs.addTab(self.conflicts, tr("2. &Conflicts"))
        self.tabs.addTab(self.identities, tr("3. &Identities"))
        self.tabs.addTab(self.export, tr("4. &Export"))
        self.tabs.addTab(self.backload, tr("5. Back-&loading"))
        self.tabs.setTabEnabled(2, session.can(Permission.RECOVERY_RECONCILE))
        self.tabs.setTabEnabled(3, session.can(Permission.RECOVERY_EXPORT))
        self.tabs.setTabEnabled(4, session.can(Permission.RECOVERY_BACKLOAD))
        layout.addWidget(self.tabs, 1)
        context.data_changed.connect(self._data_changed)
        shortcut = QShortcut(QKeySequence("F5"), self)
        shortcut.activated.connect(self.refresh)
        self._dirty = False
        self._pending = False
        self.refresh()

    def show_tab(self, key: str) -> QWidget:
        """Show a tab by key (`bundles`, `conflicts`, `identities`, `export`, `backload`)."""
        index = self.TABS.index(key)
        self.tabs.setCurrentIndex(index)
        widget = self.tabs.widget(index)
        assert widget is not None
        return widget

    def refresh(self) -> None:
        """Reload every tab from the database."""
        self._dirty = False
        session = self.context.session
        try:
            self.bundles.refresh()
            self.conflicts.refresh()
            if session.can(Permission.RECOVERY_RECONCILE):
                self.identities.refresh()
            if session.can(Permission.RECOVERY_EXPORT):
                self.export.refresh()
            if session.can(Permission.RECOVERY_BACKLOAD):
                self.backload.refresh()
        except HospcrisisError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.error.hide()
        opened = self.conflicts.open_count
        self.tabs.setTabText(1, tr("2. &Conflicts ({n})", n=opened) if opened
                             else tr("2. &Conflicts"))

    def _data_changed(self, area: str) -> None:
        """Something was saved: refresh once the event loop is free (several areas often
        change together), or when the section is next shown."""
        if area not in _REFRESHING_AREAS:
            return
        self._dirty = True
        if self.isVisible() and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._refresh_if_dirty)

    def _refresh_if_dirty(self) -> None:
        self._pending = False
        if self._dirty:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)


def create(context: AppContext) -> QWidget:
    """Section factory (`sections.SECTIONS`)."""
    return RecoverySection(context)
