"""Starting the desktop app: open the database, first-run wizard or login, main window, lock.

Start-up is kept lean (the first window must paint within 1.5x a bare Qt window): only the
login or wizard is imported before the first paint; the main window and its sections come
after the user has logged in.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from hospcrisis import i18n
from hospcrisis.errors import (
    CorruptDatabase,
    HospcrisisError,
    NotInitialised,
)
from hospcrisis.paths import default_db_path
from hospcrisis.store.database import Store, open_store
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui.i18n import tr

if TYPE_CHECKING:
    from hospcrisis.core.session import Session
    from hospcrisis.ui.main_window import IdleWatcher

BENCH_ENV = "HOSPCRISIS_BENCH_FIRST_PAINT"


class _FirstPaint(QObject):
    """Benchmark hook: report the first paint of the first window, then quit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            sys.stdout.write("first-paint\n")
            sys.stdout.flush()
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


class AppController(QObject):
    """The life of the app: which window is shown, and the open database."""

    def __init__(self, app: QApplication, db_path: Path, lang: str,
                 username: str | None = None) -> None:
        super().__init__()
        self.app = app
        self.db_path = db_path
        self.lang = lang
        self.username = username or ""
        self.store: Store | None = None
        self.session: Session | None = None
        self.window: QWidget | None = None
        self.main_window: QWidget | None = None
        self._idle: IdleWatcher | None = None
        self._bench = os.environ.get(BENCH_ENV) == "1"

    # -- windows -------------------------------------------------------------------------------

    def _show(self, window: QWidget) -> None:
        previous = self.window
        self.window = window
        if self._bench:
            self._bench = False
            window.installEventFilter(_FirstPaint(window))
        window.show()
        if previous is not None and previous is not window and previous is not self.main_window:
            previous.close()
            previous.deleteLater()

    def start(self) -> bool:
        """Open the database and show the wizard or the login; False when the user gave up."""
        while True:
            try:
                self.store = open_store(self.db_path, create=not self.db_path.exists()
                                        or self.db_path.stat().st_size == 0)
                break
            except NotInitialised:
                self.store = open_store(self.db_path, create=True)
                break
            except HospcrisisError as exc:
                choice = self._open_failed(exc)
                if choice is None:
                    return False
                self.db_path = choice
        from hospcrisis.core import station

        if not station.is_initialised(self.store):
            self.show_wizard()
        else:
            self.show_login()
        return True

    def _open_failed(self, error: HospcrisisError) -> Path | None:
        """Explain why the database cannot be used; offer another file or a backup."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, tr("hospcrisis"), error.message)
        box.setObjectName("openErrorBox")
        other = box.addButton(tr("Open another database…"), QMessageBox.ButtonRole.AcceptRole)
        restore = None
        if isinstance(error, CorruptDatabase):
            restore = box.addButton(tr("Restore a verified backup…"),
                                    QMessageBox.ButtonRole.ActionRole)
        box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is other:
            name, _filter = QFileDialog.getOpenFileName(
                None, tr("Open a hospcrisis database"), str(self.db_path.parent),
                tr("hospcrisis database (*.db);;All files (*)"))
            return Path(name) if name else None
        if restore is not None and clicked is restore:
            from hospcrisis.ui.admin import RestoreDialog

            if RestoreDialog.ask(None, self.db_path):
                return self.db_path
        return None

    def show_wizard(self) -> None:
        from hospcrisis.ui.wizard import FirstRunWizard

        assert self.store is not None
        wizard = FirstRunWizard(self.store, str(self.db_path))
        wizard.initialised.connect(self.logged_in)
        wizard.rejected.connect(self.quit)
        self._show(wizard)

    def show_login(self) -> None:
        from hospcrisis.core import station
        from hospcrisis.ui.login import LoginWindow

        assert self.store is not None
        settings = station.settings(self.store)
        login = LoginWindow(self.store, settings.get("station", {}),
                            exercise=bool(settings.get("exercise")), lang=self.lang,
                            username=self.username)
        login.logged_in.connect(self.logged_in)
        login.language_changed.connect(self.change_language)
        self._show(login)

    def change_language(self, lang: str) -> None:
        self.lang = lang
        ui_i18n.install(lang)
        QSettings().setValue("language", lang)
        self.show_login()

    def logged_in(self, session: Session) -> None:
        from hospcrisis.ui.context import AppContext
        from hospcrisis.ui.main_window import IdleWatcher, MainWindow

        self.session = session
        self.username = session.username
        context = AppContext(session, self.store.path if self.store else None)
        main = MainWindow(context)
        main.lock_requested.connect(self.lock)
        main.logout_requested.connect(self.logout)
        context.restore_requested.connect(self.restore_backup)
        context.open_database_requested.connect(self.open_database)
        self.main_window = main
        self._show(main)
        self._idle = IdleWatcher(int(session.settings.get("idle_lock_minutes") or 10), self)
        self._idle.idle.connect(self.lock)
        self._idle.start()

    def lock(self) -> None:
        """Hide patient data behind the lock window until the password is typed again."""
        from hospcrisis.core import users
        from hospcrisis.ui.lock import LockWindow

        if self.session is None or self.main_window is None:
            return
        if self._idle is not None:
            self._idle.stop()
        with contextlib.suppress(HospcrisisError):
            users.logout(self.session, "lock")
        self.main_window.hide()
        lock = LockWindow(self.session)
        lock.unlocked.connect(self.unlock)
        lock.switch_user_requested.connect(self.logout)
        self._show(lock)

    def unlock(self) -> None:
        if self.main_window is None:
            return
        self._show(self.main_window)
        if self._idle is not None:
            self._idle.start()

    def logout(self) -> None:
        from hospcrisis.core import users

        if self._idle is not None:
            self._idle.stop()
        if self.session is not None:
            with contextlib.suppress(HospcrisisError):
                users.logout(self.session)
        if self.main_window is not None:
            main = self.main_window
            self.main_window = None
            main.close()
            main.deleteLater()
        self.session = None
        self.show_login()

    def restore_backup(self, source: str) -> None:
        """Close everything, restore `source` into our database, reopen at the login."""
        from hospcrisis.ui.admin import RestoreDialog

        if self._idle is not None:
            self._idle.stop()
        if self.main_window is not None:
            main = self.main_window
            self.main_window = None
            main.close()
            main.deleteLater()
        self.session = None
        if self.store is not None:
            self.store.close()
            self.store = None
        dialog = RestoreDialog(self.db_path, Path(source).parent)
        index = dialog.source.findData(source)
        if index >= 0:
            dialog.source.setCurrentIndex(index)
        dialog.exec()
        if not self.start():
            self.quit()

    def open_database(self, path: str) -> None:
        """Close this database (final backup, logout) and show the login of `path`."""
        from hospcrisis.core import users

        if self._idle is not None:
            self._idle.stop()
        if self.session is not None:
            with contextlib.suppress(HospcrisisError):
                users.logout(self.session)
        if self.main_window is not None:
            main = self.main_window
            self.main_window = None
            main.close()
            main.deleteLater()
        self.session = None
        if self.store is not None:
            self.store.close()
            self.store = None
        self.db_path = Path(path)
        if not self.start():
            self.quit()

    def quit(self) -> None:
        QTimer.singleShot(0, self.app.quit)

    def shutdown(self) -> None:
        """After the event loop: close windows (final backup), release the database."""
        if self.main_window is not None:
            self.main_window.close()
        if self.store is not None:
            self.store.close()
            self.store = None


def _excepthook(kind: type[BaseException], value: BaseException, tb: object) -> None:
    """Show unexpected errors in a dialog (the dialogs module loads only when one happens)."""
    from hospcrisis.ui.dialogs import excepthook

    excepthook(kind, value, tb)  # type: ignore[arg-type]


def run_gui(db: str | None = None, lang: str | None = None, user: str | None = None) -> int:
    """Run the desktop app until it is closed; returns the exit status."""
    existing = QApplication.instance()
    app = existing or QApplication([*sys.argv[:1], "-style", "fusion"])
    assert isinstance(app, QApplication)
    app.setApplicationName("hospcrisis")
    app.setOrganizationName("hospcrisis")
    from hospcrisis.ui import style

    style.apply(app, set_style=existing is not None)
    chosen = lang or str(QSettings().value("language", i18n.DEFAULT_LANGUAGE))
    ui_i18n.install(chosen if chosen in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE)
    sys.excepthook = _excepthook
    path = Path(db).expanduser() if db else default_db_path()
    controller = AppController(app, path, i18n.language(), user)
    app.setQuitOnLastWindowClosed(True)
    if not controller.start():
        controller.shutdown()
        return 1
    try:
        return app.exec()
    finally:
        controller.shutdown()
