"""The desktop shell as a user meets it: first run, login, main window, lock, administration."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from hospcrisis.core import station, users
from hospcrisis.store.database import Store, open_store
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui.context import AppContext

from ..conftest import ADMIN_PASSWORD


@pytest.fixture(autouse=True)
def _french_ui(qapp: QApplication) -> None:
    ui_i18n.install("fr")


def test_first_run_wizard_creates_the_station(qtbot, tmp_path: Path) -> None:
    from hospcrisis.ui.wizard import FirstRunWizard

    store = open_store(tmp_path / "new.db", create=True)
    wizard = FirstRunWizard(store, str(tmp_path / "new.db"))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.button(wizard.WizardButton.NextButton).text() == "Suivant >"
    next_button = wizard.button(wizard.WizardButton.NextButton)
    next_button.click()
    wizard.code.setText("urg1")
    wizard.name.setText("Urgences — accueil")
    assert next_button.isEnabled()
    next_button.click()
    wizard.full_name.setText("Marie Dupont")
    wizard.password.setText("bad")
    wizard.password2.setText("bad")
    assert not wizard.validateCurrentPage()
    assert "8" in wizard.error.text()
    assert not station.is_initialised(store)
    wizard.password.setText("un mot de passe long")
    wizard.password2.setText("un mot de passe long")
    finish = wizard.button(wizard.WizardButton.FinishButton)
    assert finish.isEnabled() and finish.text() == "Créer le poste"
    with qtbot.waitSignal(wizard.initialised) as blocker:
        finish.click()
    session = blocker.args[0]
    assert session.station == "URG1"
    assert station.is_initialised(store)
    store.close()


def test_login_refuses_a_wrong_password_then_accepts(qtbot, store: Store) -> None:
    from hospcrisis.ui.login import LoginWindow

    window = LoginWindow(store, {"code": "TEST", "name": "Test"}, exercise=False, lang="fr")
    qtbot.addWidget(window)
    window.username.setText("admin")
    window.password.setText("wrong")
    window.submit.click()
    assert window.error.text() == "Nom d’utilisateur ou mot de passe incorrect."
    assert window.password.text() == ""
    window.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(window.logged_in) as blocker:
        qtbot.keyClick(window.password, Qt.Key.Key_Return)
    assert blocker.args[0].username == "admin"


def _main_window(qtbot, store: Store, db_path: Path | None = None):
    from hospcrisis.ui.main_window import MainWindow

    session = users.login(store, "admin", ADMIN_PASSWORD)
    window = MainWindow(AppContext(session, db_path))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_main_window_shows_station_user_database_and_backup(qtbot, file_store: Store) -> None:
    window = _main_window(qtbot, file_store, file_store.path)
    assert window.station_label.text() == "Poste TEST"
    assert "Administrateur" in window.user_label.text()
    assert str(file_store.path) in window.db_label.toolTip()
    assert window.backup_label.text() == "Aucune sauvegarde vérifiée pour l’instant"
    window.backup_now()
    assert window.backup_label.text().startswith("Dernière sauvegarde vérifiée")
    assert not window.findChildren(QLabel, "exerciseBanner")
    window._closing_done = True


def test_exercise_banner(qtbot, tmp_path: Path) -> None:
    s = open_store(tmp_path / "ex.db", create=True)
    station.initialise(s, station_code="EXO", station_name="Exercice", admin_username="admin",
                       admin_password=ADMIN_PASSWORD, exercise=True)
    window = _main_window(qtbot, s, tmp_path / "ex.db")
    banners = window.findChildren(QLabel, "exerciseBanner")
    assert banners and banners[0].text().startswith("EXERCICE")
    window._closing_done = True
    window.close()
    s.close()


def test_sections_are_reachable_by_keyboard(qtbot, store: Store) -> None:
    window = _main_window(qtbot, store)
    keys = [s.key for s in window.sections]
    assert "admin" in keys
    for index, key in enumerate(keys[:9]):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.section_widget(key) is window.stack.currentWidget()


def test_a_viewer_sees_no_administration(qtbot, session, make_session) -> None:
    from hospcrisis.ui.main_window import MainWindow

    viewer = make_session("viewer")
    window = MainWindow(AppContext(viewer, None))
    qtbot.addWidget(window)
    assert "admin" not in [s.key for s in window.sections]


def test_idle_lock_and_unlock(qtbot, store: Store) -> None:
    from hospcrisis.ui.lock import LockWindow
    from hospcrisis.ui.main_window import IdleWatcher

    watcher = IdleWatcher(1)
    watcher.timer.setInterval(50)
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        watcher.start()
    watcher.stop()
    session = users.login(store, "admin", ADMIN_PASSWORD)
    lock = LockWindow(session)
    qtbot.addWidget(lock)
    lock.password.setText("wrong")
    lock.try_unlock()
    assert "incorrect" in lock.error.text()
    lock.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(lock.unlocked):
        lock.try_unlock()
    actions = [r["action"] for r in store.query(
        "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 2")]
    assert actions == ["user.unlock", "user.login_failed"]


def test_admin_lists_are_sound_models(qtbot, qtmodeltester, session) -> None:
    from hospcrisis.ui.admin import AdminSection

    section = AdminSection(AppContext(session, None))
    qtbot.addWidget(section)
    for tab in (section.users_tab, section.units_tab, section.audit_tab):
        qtmodeltester.check(tab.model)
    assert section.users_tab.model.rowCount() == 1
    assert section.audit_tab.model.rowCount() >= 1
    section.audit_tab.verify()
    assert section.audit_tab.result.text().startswith("Chaîne intacte")


def test_beds_can_be_typed_as_ranges() -> None:
    from hospcrisis.ui.admin import parse_beds

    assert parse_beds("1-3") == ["1", "2", "3"]
    assert parse_beds("Box 1-2, Couloir") == ["Box 1", "Box 2", "Couloir"]
    assert parse_beds("A12\nB-7") == ["A12", "B-7"]


def test_controller_runs_wizard_then_main_window(qtbot, tmp_path: Path) -> None:
    from hospcrisis.ui.app import AppController
    from hospcrisis.ui.wizard import FirstRunWizard

    app = QApplication.instance()
    controller = AppController(app, tmp_path / "data" / "hospcrisis.db", "fr")
    assert controller.start()
    assert isinstance(controller.window, FirstRunWizard)
    wizard = controller.window
    wizard.next()
    wizard.code.setText("URG2")
    wizard.name.setText("Urgences pédiatriques")
    wizard.next()
    wizard.full_name.setText("Admin")
    wizard.password.setText("long enough pw")
    wizard.password2.setText("long enough pw")
    wizard.next()
    wizard.accept()
    assert controller.main_window is not None
    controller.lock()
    from hospcrisis.ui.lock import LockWindow

    assert isinstance(controller.window, LockWindow)
    assert not controller.main_window.isVisible()
    controller.logout()
    from hospcrisis.ui.login import LoginWindow

    assert isinstance(controller.window, LoginWindow)
    controller.window.close()
    controller.shutdown()


def test_controller_explains_a_database_in_use(qtbot, tmp_path: Path, monkeypatch) -> None:
    from hospcrisis.errors import DatabaseInUse
    from hospcrisis.ui.app import AppController

    path = tmp_path / "busy.db"
    holder = open_store(path, create=True)
    shown: list[Exception] = []

    def refuse(self, error):
        shown.append(error)

    monkeypatch.setattr(AppController, "_open_failed", refuse)
    controller = AppController(QApplication.instance(), path, "fr")
    assert not controller.start()
    assert isinstance(shown[0], DatabaseInUse)
    assert "déjà ouverte" in shown[0].message
    holder.close()


def test_the_gui_never_loads_network_modules(qtbot, store: Store) -> None:
    window = _main_window(qtbot, store)
    for section in window.sections:
        window.show_section(section.key)
    assert not [m for m in sys.modules if m.startswith("PySide6.QtNetwork")]
