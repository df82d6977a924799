"""The main window: navigation, sections, status bar, exercise banner, shortcuts, backups."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import __version__, clock
from hospcrisis.core import backups
from hospcrisis.core.security import Permission, Role
from hospcrisis.errors import HospcrisisError
from hospcrisis.ui import workers
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_error, show_info
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.sections import STATUS_WIDGETS, Section, visible_sections

BACKUP_WARN_AFTER_MIN = 30


def _backup_job(progress, cancelled, store):  # type: ignore[no-untyped-def]
    """Worker: one verified backup through the worker's own connection."""
    return backups.run_backup(store)


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without keyboard or mouse input anywhere in the app.

    Signals:
        idle(): the delay passed with no input.
    """

    idle = Signal()
    _INPUT: frozenset[QEvent.Type] = frozenset({
        QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
        QEvent.Type.Wheel, QEvent.Type.TouchBegin})

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.idle.emit)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT:
            self.timer.start()
        return False


class MainWindow(QMainWindow):
    """Navigation on the left, the current section on the right.

    Signals:
        lock_requested(): lock the workstation now (Ctrl+L or idle).
        logout_requested(): end this session and show the login window.
    """

    lock_requested = Signal()
    logout_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.setObjectName("mainWindow")
        station = self.session.settings.get("station", {})
        self.setWindowTitle(tr("hospcrisis — {name} ({code})", name=station.get("name", ""),
                               code=self.session.station))
        self._sections = visible_sections(context)
        self._widgets: dict[str, QWidget] = {}
        self._backup_job: workers.Job | None = None
        self._closing_done = False

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if self.session.is_exercise:
            banner = QLabel(tr("EXERCICE — exercise database: these are not real patients"))
            banner.setObjectName("exerciseBanner")
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            outer.addWidget(banner)
        body = QHBoxLayout()
        body.setSpacing(0)
        outer.addLayout(body, 1)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(210)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideRight)
        for section in self._sections:
            item = QListWidgetItem(section.label)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.navigation.addItem(item)
        body.addWidget(self.navigation)
        self.stack = QStackedWidget()
        body.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._show_row)
        context.section_requested.connect(self.show_section)
        context.section_reset_requested.connect(self.rebuild_section)
        context.message_posted.connect(lambda text: self.statusBar().showMessage(text, 8000))

        from hospcrisis.ui.printing import PrintController

        self.printer = PrintController(context, self)
        self._build_menus()
        self._build_status_bar()
        if self._sections:
            self.navigation.setCurrentRow(0)

        self.backup_timer = QTimer(self)
        minutes = int(self.session.settings.get("backup_interval_minutes") or 5)
        self.backup_timer.setInterval(minutes * 60_000)
        self.backup_timer.timeout.connect(self.backup_if_changed)
        self.backup_timer.start()
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(30_000)
        self.clock_timer.timeout.connect(self._refresh_backup_label)
        self.clock_timer.start()
        self.resize(1280, 800)

    # -- navigation ----------------------------------------------------------------------------

    @property
    def sections(self) -> list[Section]:
        return list(self._sections)

    def section_widget(self, key: str) -> QWidget | None:
        return self._widgets.get(key)

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self._sections):
            return
        section = self._sections[row]
        widget = self._widgets.get(section.key)
        if widget is None:
            try:
                widget = section.create(self.context)
            except HospcrisisError as exc:
                show_error(self, exc)
                return
            self._widgets[section.key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)

    def rebuild_section(self, key: str) -> None:
        """Build a section again (after a change of the settings it was built with)."""
        old = self._widgets.pop(key, None)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        current = self.navigation.currentRow()
        if 0 <= current < len(self._sections) and self._sections[current].key == key:
            self._show_row(current)

    def show_section(self, key: str) -> QWidget | None:
        """Show the section `key` (building it if needed); returns its widget."""
        for row, section in enumerate(self._sections):
            if section.key == key:
                self.navigation.setCurrentRow(row)
                return self._widgets.get(key)
        return None

    # -- menus and status bar ------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        backup = QAction(tr("&Back up now"), self)
        backup.setShortcut(QKeySequence("Ctrl+B"))
        backup.triggered.connect(self.backup_now)
        file_menu.addAction(backup)
        if self.session.can(Permission.PROCEDURES_MANAGE):
            exercise = QAction(tr("New &exercise…"), self)
            exercise.triggered.connect(self.new_exercise)
            file_menu.addAction(exercise)
        from hospcrisis.ui.recovery.actions import file_actions

        recovery_actions = file_actions(self, self.context)
        if recovery_actions:
            file_menu.addSeparator()
            file_menu.addActions(recovery_actions)
        file_menu.addSeparator()
        lock = QAction(tr("&Lock the workstation"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock_requested.emit)
        file_menu.addAction(lock)
        logout = QAction(tr("Log &out"), self)
        logout.setShortcut(QKeySequence("Ctrl+Shift+L"))
        logout.triggered.connect(self.logout_requested.emit)
        file_menu.addAction(logout)
        file_menu.addSeparator()
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = bar.addMenu(tr("&Go"))
        for index, section in enumerate(self._sections):
            action = QAction(section.label, self)
            if section.shortcut:
                action.setShortcut(QKeySequence(section.shortcut))
            elif index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _c=False, k=section.key: self.show_section(k))
            go_menu.addAction(action)

        if self.session.can(Permission.PATIENT_READ):
            go_menu.addSeparator()
            find = QAction(tr("&Find a patient…"), self)
            find.setShortcut(QKeySequence("Ctrl+Shift+F"))
            find.triggered.connect(self.find_patient)
            go_menu.addAction(find)

        help_menu = bar.addMenu(tr("&Help"))
        shortcuts = QAction(tr("&Keyboard shortcuts"), self)
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(tr("&About hospcrisis"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        station = self.session.settings.get("station", {})
        self.station_label = QLabel(tr("Station {code}", code=station.get("code", "?")))
        self.station_label.setObjectName("statusStation")
        role = Role(self.session.role).label if self.session.role in set(Role) else ""
        self.user_label = QLabel(tr("{name} — {role}", name=self.session.display_name,
                                    role=role))
        self.user_label.setObjectName("statusUser")
        db = self.context.db_path
        full = str(db) if db else tr("in memory")
        self.db_label = QLabel(self.fontMetrics().elidedText(
            full, Qt.TextElideMode.ElideMiddle, 260))
        self.db_label.setObjectName("statusDatabase")
        self.db_label.setToolTip(tr("Database file: {path}", path=full))
        self.backup_label = QLabel("")
        self.backup_label.setObjectName("statusBackup")
        for widget in (self.station_label, self.user_label, self.db_label):
            status.addPermanentWidget(widget)
        for spec in STATUS_WIDGETS:
            module_name, func_name = spec.split(":")
            module = __import__(module_name, fromlist=[func_name])
            status.addPermanentWidget(getattr(module, func_name)(self.context))
        status.addPermanentWidget(self.backup_label)
        self._refresh_backup_label()

    def _refresh_backup_label(self) -> None:
        if self.session.store.path is None:
            self.backup_label.setText(tr("No backup (in-memory database)"))
            return
        try:
            info = backups.latest(self.session.store)
        except HospcrisisError:
            info = None
        if info is None:
            self.backup_label.setText(tr("No verified backup yet"))
            self.backup_label.setObjectName("statusBackupOld")
        else:
            age = (clock.now() - clock.from_iso(info.at)).total_seconds() / 60
            self.backup_label.setText(tr("Last verified backup: {time}",
                                         time=clock.local_text(info.at, "%d/%m %H:%M")))
            self.backup_label.setObjectName("statusBackupOld" if age > BACKUP_WARN_AFTER_MIN
                                            and backups.has_unsaved_changes(self.session.store)
                                            else "statusBackup")
        self.backup_label.style().unpolish(self.backup_label)
        self.backup_label.style().polish(self.backup_label)

    def new_exercise(self) -> None:
        """File ▸ New exercise…: create an exercise database in a worker, offer to open it."""
        from hospcrisis.ui.crisis.exercise import new_exercise

        new_exercise(self, self.context)

    # -- backups -------------------------------------------------------------------------------

    def backup_if_changed(self) -> None:
        """Timer: a backup in a worker thread when the audit chain moved since the last one."""
        store = self.session.store
        if store.path is None or self._backup_job is not None:
            return
        try:
            if not backups.has_unsaved_changes(store):
                return
        except HospcrisisError:
            pass
        self._backup_job = workers.start(
            workers.Job(_backup_job, store=store), self._backup_done, self._backup_failed)

    def _backup_done(self, _info: object) -> None:
        self._backup_job = None
        self._refresh_backup_label()

    def _backup_failed(self, exc: BaseException, _tb: str) -> None:
        self._backup_job = None
        self.backup_label.setText(tr("BACKUP FAILED: {error}", error=exc))
        self.backup_label.setObjectName("statusBackupOld")
        self.backup_label.style().polish(self.backup_label)

    def backup_now(self) -> None:
        if self.session.store.path is None:
            return
        try:
            info = backups.backup_now(self.session)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self._refresh_backup_label()
        self.context.message_posted.emit(
            tr("Backup written and verified at {time}.", time=clock.local_text(info.at)))

    def final_backup(self) -> None:
        """On exit: wait for a running backup, then back up what changed since."""
        workers.wait_all(60_000)
        store = self.session.store
        if store.path is None:
            return
        try:
            if backups.has_unsaved_changes(store):
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    backups.run_backup(store)
                finally:
                    QApplication.restoreOverrideCursor()
        except HospcrisisError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, tr("Backup on exit failed"),
                              tr("The backup on exit failed: {error}\nThe data itself is saved "
                                 "in the database.", error=exc))
            box.exec()

    # -- help ----------------------------------------------------------------------------------

    def find_patient(self) -> None:
        """Go ▸ Find a patient… (Ctrl+Shift+F): search by name or ID, open the record."""
        from hospcrisis.ui.admissions.search import PatientSearchDialog

        PatientSearchDialog.ask(self.context, self)

    def show_shortcuts(self) -> None:
        lines = [tr("Ctrl+1 … Ctrl+9: go to a section"),
                 tr("Ctrl+Shift+F: find a patient (name, forename or ID)"),
                 tr("Ctrl+N: register an arrival (ED board) · F5: refresh · Ctrl+P: print"),
                 tr("Ctrl+Shift+R: issue a situation report (crisis cell)"),
                 tr("Ctrl+B: back up now"),
                 tr("Ctrl+L: lock the workstation"), tr("Ctrl+Shift+L: log out"),
                 tr("Ctrl+Q: quit"),
                 tr("Scanning a patient's wristband anywhere opens that patient.")]
        show_info(self, "\n".join(lines), tr("Keyboard shortcuts"))

    def show_about(self) -> None:
        show_info(self, tr("hospcrisis {version}\nKeeps the hospital running while its "
                           "information system is down. Works offline; every change is "
                           "audited and backed up.", version=__version__),
                  tr("About hospcrisis"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_done:
            self.backup_timer.stop()
            self.final_backup()
            self._closing_done = True
        super().closeEvent(event)
