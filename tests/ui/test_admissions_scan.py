"""The main window: admissions sections registered, a wristband scanned anywhere opens the
patient, a misread ID says so, `patient_requested` opens the record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from hospcrisis.core import users
from hospcrisis.errors import ValidationError
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui.admissions import opener as opener_module
from hospcrisis.ui.admissions.opener import SCAN_PATTERN, ScannerStatus
from hospcrisis.ui.admissions.record import PatientRecordDialog
from hospcrisis.ui.context import AppContext

from ..conftest import ADMIN_PASSWORD
from .admissions_support import freeze, register


@pytest.fixture(autouse=True)
def _french_ui(qapp: QApplication) -> None:
    ui_i18n.install("fr")
    freeze()


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        self.now += 0.004  # a scanner: a few milliseconds between keys
        return self.now


@pytest.fixture
def window(qtbot, store):
    from hospcrisis.ui.main_window import MainWindow

    session = users.login(store, "admin", ADMIN_PASSWORD)
    main = MainWindow(AppContext(session, None))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    for record in list(_opener(main).records.values()):
        record.close()
    main._closing_done = True


def _opener(main) -> opener_module.PatientOpener:
    status = main.findChild(ScannerStatus)
    assert status is not None
    return status.opener


def test_the_sections_come_first_and_before_administration(window) -> None:
    keys = [s.key for s in window.sections]
    assert keys[:3] == ["ed", "census", "identity"]
    assert keys.index("identity") < keys.index("admin")
    assert [s.label for s in window.sections[:3]] == ["Urgences", "Unités",
                                                      "Identitovigilance"]
    assert window.stack.currentWidget() is window.section_widget("ed")
    assert window.findChild(QLabel, "statusScanner").text() == "Lecteur de bracelets prêt"


def test_ctrl_n_registers_an_arrival_from_anywhere_on_the_board(qtbot, window,
                                                                 monkeypatch) -> None:
    from hospcrisis.ui.admissions.registration import RegistrationDialog

    asked: list[object] = []
    monkeypatch.setattr(RegistrationDialog, "ask",
                        classmethod(lambda cls, parent, context: asked.append(parent)))
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [window.section_widget("ed")]
    window.show_section("census")  # the board hidden: its shortcut sleeps
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1


def test_scanning_a_wristband_anywhere_opens_the_patient(qtbot, window) -> None:
    session = window.session
    reg = register(session, "GIRARD", "Monique", level="4")
    opener = _opener(window)
    opener.watcher.clock = FakeClock()
    board = window.section_widget("ed")
    board.view.setFocus()
    qtbot.waitUntil(board.view.hasFocus)
    qtbot.keyClicks(board.view, reg.patient.provisional_id)
    qtbot.keyClick(board.view, Qt.Key.Key_Return)
    assert reg.patient.id in opener.records
    record = opener.records[reg.patient.id]
    assert isinstance(record, PatientRecordDialog)
    assert record.isVisible()
    assert record.name_label.text() == "GIRARD Monique"


def test_a_misread_wristband_says_so(qtbot, window, monkeypatch) -> None:
    reg = register(window.session, "GIRARD", "Monique")
    good = reg.patient.provisional_id
    wrong = good[:-1] + ("A" if good[-1] != "A" else "B")
    shown: list[BaseException] = []
    monkeypatch.setattr(opener_module, "show_error",
                        lambda parent, error, title=None: shown.append(error))
    opener = _opener(window)
    opener.scanned(wrong)
    assert isinstance(shown[0], ValidationError)
    assert "caractère de contrôle" in shown[0].message
    assert opener.records == {}


def test_an_unknown_id_offers_to_register_with_it(qtbot, window, monkeypatch) -> None:
    offered: list[str] = []
    monkeypatch.setattr(opener_module.PatientOpener, "_not_found",
                        lambda self, code, error: offered.append(error.message))
    _opener(window).scanned("TEST-000042-" + _check("TEST", 42))
    assert offered and "Aucun patient" in offered[0]


def _check(station: str, number: int) -> str:
    from hospcrisis.core import provisional_ids

    return provisional_ids.check_character(station, number)


def test_patient_requested_opens_the_record_once(qtbot, window) -> None:
    reg = register(window.session, "GIRARD", "Monique")
    window.context.patient_requested.emit(reg.patient.id)
    window.context.patient_requested.emit(reg.patient.provisional_id)
    opener = _opener(window)
    assert list(opener.records) == [reg.patient.id]
    record = opener.records[reg.patient.id]
    record.close()
    qtbot.waitUntil(lambda: reg.patient.id not in opener.records)


def test_no_scan_behind_the_lock(qtbot, window) -> None:
    reg = register(window.session, "GIRARD", "Monique")
    opener = _opener(window)
    window.hide()  # what locking the workstation does
    opener.scanned(reg.patient.provisional_id)
    assert opener.records == {}


def test_the_scan_pattern_finds_the_id_in_a_qr_payload() -> None:
    found = SCAN_PATTERN.search("URG1-000042-K|MARTIN|HÉLÈNE|1954-03-12|F|64445")
    assert found is not None and found.group(0) == "URG1-000042-K"
