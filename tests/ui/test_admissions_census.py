"""The unit census: beds, occupants, free beds; moving a patient; importing the last
census (refused whole when a line is bad, every bad line listed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hospcrisis.core import admissions, users
from hospcrisis.errors import ValidationError
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui import style, workers
from hospcrisis.ui.admissions import census as census_module
from hospcrisis.ui.admissions.census import CensusProblemsDialog, CensusSection
from hospcrisis.ui.admissions.record import ServiceDialog

from ..conftest import ADMIN_PASSWORD
from .admissions_support import (
    audit_head,
    context_for,
    freeze,
    make_units,
    patient_count,
    register,
)

GOOD = ("ipp;nom;prenom;sexe;date_naissance;unite;lit;date_entree\n"
        "100234;MARTIN;Paul;M;12/03/1950;MED1;101;27/11/2026 10:00\n"
        "100235;Nguyễn;Thị Lan;F;1961;MED1;;28/11/2026 08:30\n")
BAD = ("ipp;nom;prenom;sexe;date_naissance;unite;lit;date_entree\n"
       "100234;MARTIN;Paul;M;12/03/1950;MED1;101;27/11/2026 10:00\n"
       "100235;;Anne;F;30/02/1960;MED1;102;27/11/2026 11:00\n"
       "100236;PETIT;Jules;X;1948;CARDIO;7;27/11/2026 12:00\n")


@pytest.fixture(autouse=True)
def _french_ui(qapp: QApplication) -> None:
    ui_i18n.install("fr")
    freeze()


@pytest.fixture
def admitted(session):
    make_units(session)
    reg = register(session, "ROUX", "Bernard", sex="M", dob="1950", level="3B",
                   minutes_ago=90)
    admissions.admit_to_unit(session, reg.admission.id, "MED1", "102")
    return reg


@pytest.fixture
def section(qtbot, session, admitted) -> CensusSection:
    widget = CensusSection(context_for(session))
    qtbot.addWidget(widget)
    widget.select_unit("MED1")
    return widget


def _bed_texts(section: CensusSection) -> list[tuple[str, str]]:
    model = section.model
    return [(model.data(model.index(r, 0)), model.data(model.index(r, 1)))
            for r in range(model.rowCount())]


def test_beds_occupants_since_when_and_free_beds(section, admitted) -> None:
    assert _bed_texts(section) == [("101", "libre"), ("102", "ROUX Bernard"),
                                   ("103", "libre")]
    model = section.model
    assert model.data(model.index(1, 4)) == "29/11/2026 04:00"
    assert model.data(model.index(0, 1, ), 8).color().name() == style.GREEN_BG  # Background
    assert section.summary.text() == "1 occupés · 2 libres"
    assert section.unit.currentText() == "MED1 — Médecine polyvalente (1/3)"


def test_the_model_is_sound(qtmodeltester, section) -> None:
    qtmodeltester.check(section.model)


def test_move_a_patient_to_another_unit_and_bed(section, session, admitted,
                                                monkeypatch) -> None:
    def move(self: ServiceDialog) -> int:
        assert self.kind == "moved"
        self.unit.setCurrentIndex(self.unit.findData("CHIR"))
        assert [self.bed.itemData(i) for i in range(self.bed.count())] == ["", "301", "302"]
        self.bed.setCurrentIndex(self.bed.findData("301"))
        self.submit()
        return self.result()
    monkeypatch.setattr(ServiceDialog, "exec", move)
    section.view.setCurrentIndex(section.model.index(1, 0))
    assert section.move_button.isEnabled()
    section.move_button.click()
    assert _bed_texts(section)[1] == ("102", "libre")
    section.select_unit("CHIR")
    assert ("301", "ROUX Bernard") in _bed_texts(section)
    admission = admissions.get_admission(session, admitted.admission.id)
    assert (admission.unit_code, admission.bed) == ("CHIR", "301")


def test_only_free_beds_are_offered(section, session, monkeypatch) -> None:
    other = register(session, "BLANC", "Lise")
    admissions.admit_to_unit(session, other.admission.id, "MED1", "101")
    section.reload()
    offered: list[list[str]] = []

    def look(self: ServiceDialog) -> int:
        self.unit.setCurrentIndex(self.unit.findData("MED1"))
        offered.append([self.bed.itemData(i) for i in range(self.bed.count())])
        return 0
    monkeypatch.setattr(ServiceDialog, "exec", look)
    section.view.setCurrentIndex(section.model.index(1, 0))  # ROUX in 102
    section.move_selected()
    assert offered == [["", "102", "103"]]  # his own bed, and the free one


def test_import_the_last_census(section, session, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "recensement.csv"
    path.write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(census_module, "choose_census_file", lambda parent: str(path))
    section.import_button.click()
    assert ("101", "MARTIN Paul") in _bed_texts(section)
    assert ("sans lit", "NGUYỄN Thị Lan") in _bed_texts(section)
    assert "1 sans lit" in section.summary.text()


def test_a_bad_census_lists_every_bad_line_and_imports_nothing(
        section, session, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "recensement.csv"
    path.write_text(BAD, encoding="utf-8")
    monkeypatch.setattr(census_module, "choose_census_file", lambda parent: str(path))
    shown: list[ValidationError] = []
    monkeypatch.setattr(CensusProblemsDialog, "ask",
                        classmethod(lambda cls, parent, error: shown.append(error)))
    head, count = audit_head(session), patient_count(session)
    section.import_census()
    assert audit_head(session) == head and patient_count(session) == count
    dialog = CensusProblemsDialog(shown[0])
    lines = dialog.lines.toPlainText().splitlines()
    assert len(lines) == 5
    assert lines[0].startswith("Ligne 3 :")
    assert any("CARDIO" in line and line.startswith("Ligne 4") for line in lines)
    assert any("102" in line for line in lines)  # bed 102 taken by ROUX
    assert "rien n’a été enregistré" in shown[0].message
    dialog.deleteLater()


def test_the_import_runs_in_a_worker_on_a_database_file(qtbot, file_store, tmp_path: Path,
                                                        monkeypatch) -> None:
    session = users.login(file_store, "admin", ADMIN_PASSWORD)
    make_units(session)
    widget = CensusSection(context_for(session))
    qtbot.addWidget(widget)
    widget.select_unit("MED1")
    path = tmp_path / "recensement.csv"
    path.write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(census_module, "choose_census_file", lambda parent: str(path))
    messages: list[str] = []
    widget.context.message_posted.connect(messages.append)
    widget.import_census()
    assert not widget.import_button.isEnabled()  # running
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    workers.wait_all()
    assert messages == ["Recensement recensement.csv importé : 2 patients."]
    assert ("101", "MARTIN Paul") in _bed_texts(widget)
    assert widget.import_button.isEnabled()


def test_open_and_print_from_the_census(qtbot, section, admitted) -> None:
    section.view.setCurrentIndex(section.model.index(1, 0))
    with qtbot.waitSignal(section.context.patient_requested) as blocker:
        section.open_button.click()
    assert blocker.args == [admitted.patient.id]
    with qtbot.waitSignal(section.print_requested) as blocker:
        section.print_button.click()
    assert blocker.args == ["MED1"]
    section.view.setCurrentIndex(section.model.index(0, 0))  # a free bed
    assert not section.open_button.isEnabled()


def test_the_census_in_english(qtbot, session, admitted) -> None:
    ui_i18n.install("en")
    try:
        widget = CensusSection(context_for(session))
        qtbot.addWidget(widget)
        widget.select_unit("MED1")
        assert widget.summary.text() == "1 occupied · 2 free"
        assert widget.model.data(widget.model.index(0, 1)) == "free"
    finally:
        ui_i18n.install("fr")
