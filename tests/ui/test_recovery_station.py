"""The station side and the recovery database: File ▸ Export the station bundle… (passphrase
twice, written in a worker, the manifest summary for the key's label) and File ▸ New recovery
database… (created in a worker, then opened)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from hospcrisis.core import station, users
from hospcrisis.interop import bundle
from hospcrisis.store.database import Store, open_store
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui.context import AppContext
from tests.conftest import ADMIN_PASSWORD
from tests.interop.recovery_support import PASSPHRASE, lower_bundle_cost


@pytest.fixture(autouse=True)
def _french_ui(qapp: QApplication) -> None:
    ui_i18n.install("fr")


def _file_menu_names(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.objectName() for a in menu.actions()]


def test_file_menu_offers_the_recovery_actions_by_role(qtbot, session, make_session) -> None:
    from hospcrisis.ui.main_window import MainWindow

    window = MainWindow(AppContext(session, None))
    qtbot.addWidget(window)
    names = _file_menu_names(window)
    assert "exportBundleAction" in names and "newRecoveryDatabaseAction" in names
    assert [s.key for s in window.sections][-2:] == ["recovery", "admin"]
    window._closing_done = True
    manager = MainWindow(AppContext(make_session("nurse_manager"), None))
    qtbot.addWidget(manager)
    names = _file_menu_names(manager)
    assert "exportBundleAction" in names and "newRecoveryDatabaseAction" not in names
    assert "recovery" not in [s.key for s in manager.sections]
    manager._closing_done = True
    nurse = MainWindow(AppContext(make_session("nurse"), None))
    qtbot.addWidget(nurse)
    assert "exportBundleAction" not in _file_menu_names(nurse)
    nurse._closing_done = True


def test_the_passphrase_is_typed_twice_and_judged(qtbot, session) -> None:
    from hospcrisis.ui.recovery.station import BundleExportDialog, passphrase_strength

    dialog = BundleExportDialog(AppContext(session, None), None)
    qtbot.addWidget(dialog)
    assert dialog.path.text().endswith(".hcbundle") and "TEST-" in dialog.path.text()
    dialog.passphrase.setText("court")
    assert dialog.strength.text() == "Trop courte : au moins 10 caractères."
    dialog.check()
    assert dialog.request is None and not dialog.problems.isHidden()
    assert "au moins 10 caractères" in " ".join(dialog.problems.problems)
    dialog.passphrase.setText(PASSPHRASE)
    assert dialog.strength.text() == "Solide."
    dialog.passphrase2.setText(PASSPHRASE + "x")
    dialog.check()
    assert dialog.request is None
    assert dialog.problems.problems == ["Les deux phrases secrètes diffèrent : tapez-les à "
                                        "nouveau."]
    dialog.passphrase2.setText(PASSPHRASE)
    dialog.path.setText(str(Path(dialog.path.text()).with_suffix("")))
    dialog.check()
    assert dialog.request is not None and dialog.request.passphrase == PASSPHRASE
    assert dialog.request.path.suffix == ".hcbundle"
    assert passphrase_strength("abcdefghij").level == 1
    assert passphrase_strength("Abcdefgh1jklmn").level == 2


def test_the_bundle_is_written_in_a_worker_and_summarised(qtbot, qtmodeltester,
                                                          file_store: Store, tmp_path: Path,
                                                          monkeypatch) -> None:
    from hospcrisis.ui.recovery import station as station_ui

    lower_bundle_cost(monkeypatch)
    session = users.login(file_store, "admin", ADMIN_PASSWORD)
    context = AppContext(session, file_store.path)
    target = tmp_path / "usb" / "TEST.hcbundle"
    monkeypatch.setattr(station_ui.BundleExportDialog, "ask", classmethod(
        lambda cls, ctx, parent: station_ui.BundleExportRequest(target, PASSPHRASE)))
    written: list = []
    monkeypatch.setattr(station_ui.BundleWrittenDialog, "ask", classmethod(
        lambda cls, result, parent: written.append(result)))
    window = QWidget()
    qtbot.addWidget(window)
    station_ui.export_station_bundle(window, context)
    qtbot.waitUntil(lambda: bool(written), timeout=60_000)
    result = written[0]
    assert Path(result.path) == target and target.exists()
    content = bundle.read_bundle(target, PASSPHRASE)
    assert content.station == "TEST" and content.sha256 == result.payload_sha256
    assert content.manifest["audit_head"] == result.audit_head
    # the summary shown so it can be written on the key's label
    dialog = station_ui.BundleWrittenDialog(result, None)
    qtbot.addWidget(dialog)
    assert dialog.total.text() == str(sum(result.counts.values()))
    assert dialog.fingerprint.text().replace(" ", "") == result.payload_sha256.upper()
    assert dialog.model.rowCount() == len(result.counts)
    qtmodeltester.check(dialog.model)
    dialog.copy()
    copied = QApplication.clipboard().text()
    assert result.file_sha256 in copied and result.audit_head in copied
    last = file_store.query_one("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")
    assert last == {"action": "recovery.bundle.export"}


def test_a_new_recovery_database_is_created_then_opened(qtbot, session, tmp_path: Path,
                                                        monkeypatch) -> None:
    from hospcrisis.ui.recovery import database as database_ui

    context = AppContext(session, None)
    dialog = database_ui.NewRecoveryDatabaseDialog(context, None)
    qtbot.addWidget(dialog)
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"x")
    dialog.path.setText(str(existing))
    dialog.password.setText("court")
    dialog.check()
    assert dialog.request is None
    problems = " ".join(dialog.problems.problems)
    assert "existe déjà" in problems and "au moins 8 caractères" in problems
    target = tmp_path / "reprise" / "recovery.db"
    dialog.path.setText(str(target))
    dialog.password.setText("reprise-2026")
    dialog.password2.setText("reprise-2026")
    dialog.check()
    request = dialog.request
    assert request is not None and request.station == "RECOV" and not request.exercise

    monkeypatch.setattr(database_ui.NewRecoveryDatabaseDialog, "ask", classmethod(
        lambda cls, ctx, parent: request))
    monkeypatch.setattr(database_ui, "ask_open", lambda parent, made: True)
    window = QWidget()
    qtbot.addWidget(window)
    with qtbot.waitSignal(context.open_database_requested, timeout=60_000) as blocker:
        database_ui.new_recovery_database(window, context)
    assert blocker.args == [str(target)]
    store = open_store(target)
    try:
        assert station.settings(store)["station"]["code"] == "RECOV"
        assert users.login(store, "admin", "reprise-2026").station == "RECOV"
    finally:
        store.close()
