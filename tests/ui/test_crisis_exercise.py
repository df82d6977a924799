"""File ▸ New exercise…: an exercise database made in a worker thread, then opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow

from hospcrisis.core import crisis_log, demo, station, users
from hospcrisis.store.database import open_store
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui.context import AppContext

from ..conftest import ADMIN_PASSWORD


@pytest.fixture(autouse=True)
def _french_ui(qapp: QApplication) -> None:
    ui_i18n.install("fr")


def test_the_dialog_refuses_a_short_password_and_an_existing_file(qtbot, tmp_path: Path) -> None:
    from hospcrisis.ui.crisis.exercise import NewExerciseDialog

    taken = tmp_path / "taken.db"
    taken.write_bytes(b"x")
    dialog = NewExerciseDialog()
    qtbot.addWidget(dialog)
    dialog.path.setText(str(taken))
    dialog.station.setText("1")
    dialog.password.setText("court")
    dialog.password2.setText("court")
    dialog.check()
    text = dialog.problems.text()
    assert dialog.request is None
    assert "existe déjà" in text and "code du poste" in text and "8 caractères" in text


def test_a_new_exercise_is_created_in_a_worker_then_offered(qtbot, session, monkeypatch,
                                                            tmp_path: Path) -> None:
    from hospcrisis.ui.crisis import exercise

    path = tmp_path / "exercices" / "nuit.db"
    monkeypatch.setattr(demo, "FILLERS", ["hospcrisis.core.demo:fill_foundation",
                                          "hospcrisis.core.crisis_demo:fill"])
    monkeypatch.setattr(exercise.NewExerciseDialog, "ask", classmethod(
        lambda cls, parent: exercise.ExerciseRequest(path, "EXO", "mot-de-passe-1")))
    monkeypatch.setattr(exercise, "ask_open", lambda parent, result: True)
    window = QMainWindow()
    qtbot.addWidget(window)
    context = AppContext(session, None)
    opened: list[str] = []
    context.open_database_requested.connect(opened.append)
    exercise.new_exercise(window, context)
    qtbot.waitUntil(lambda: bool(opened), timeout=120_000)
    assert opened == [str(path)]
    store = open_store(path)
    try:
        settings = station.settings(store)
        assert settings["exercise"] and settings["station"]["code"] == "EXO"
        nurse = users.login(store, "cadre.durand", "mot-de-passe-1")
        assert crisis_log.list_entries(nurse, kinds=["decision"])
    finally:
        store.close()


def test_the_controller_opens_the_exercise_at_its_login(qtbot, tmp_path: Path) -> None:
    from hospcrisis.ui.app import AppController
    from hospcrisis.ui.login import LoginWindow

    paths = []
    for name, is_exercise in (("real.db", False), ("exercise.db", True)):
        path = tmp_path / name
        made = open_store(path, create=True)
        station.initialise(made, station_code="URG1" if not is_exercise else "EXO",
                           station_name=name, admin_username="admin",
                           admin_password=ADMIN_PASSWORD, exercise=is_exercise)
        made.close()
        paths.append(path)
    controller = AppController(QApplication.instance(), paths[0], "fr")
    assert controller.start()
    assert controller.store is not None
    controller.logged_in(users.login(controller.store, "admin", ADMIN_PASSWORD))
    main = controller.main_window
    assert main is not None
    main.context.open_database_requested.emit(str(paths[1]))  # type: ignore[attr-defined]
    assert controller.db_path == paths[1] and controller.main_window is None
    assert isinstance(controller.window, LoginWindow)
    assert controller.store is not None and station.settings(controller.store)["exercise"]
    controller.window.close()
    controller.shutdown()
