"""Identitovigilance: candidate pairs over the whole database, side-by-side traits, the
user's decision (merge with a reason, or different patients); nothing merges by itself."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from hospcrisis.core import admissions, duplicates
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui.admissions.common import ReasonDialog
from hospcrisis.ui.admissions.duplicates import (
    DuplicatesSection,
    MergeDialog,
    default_survivor,
)

from .admissions_support import audit_head, context_for, freeze, register


@pytest.fixture(autouse=True)
def _french_ui(qapp: QApplication) -> None:
    ui_i18n.install("fr")
    freeze()


@pytest.fixture
def pair(session):
    a = register(session, "N'DIAYE", "Fatou", dob="05/06/1980").patient
    b = register(session, "N’DIAYE", "Fatou", dob="06/05/1980").patient
    register(session, "MARTIN", "Paul", sex="M", dob="01/01/1990")
    return a, b


@pytest.fixture
def section(qtbot, session, pair) -> DuplicatesSection:
    widget = DuplicatesSection(context_for(session))
    qtbot.addWidget(widget)
    return widget


def test_candidate_pairs_with_score_and_reasons(section, pair, qtmodeltester) -> None:
    qtmodeltester.check(section.model)
    assert section.model.rowCount() == 1
    assert section.summary.text() == "1 paire(s) à vérifier"
    model = section.model
    assert model.data(model.index(0, 0)).endswith(" %")
    reasons = model.data(model.index(0, 3))
    assert "jour et mois de naissance inversés" in reasons
    ids = {model.row(0).a.id, model.row(0).b.id}
    assert ids == {pair[0].id, pair[1].id}


def test_side_by_side_marks_the_traits_that_differ(section) -> None:
    cells = section.compare.cells
    differing = {cells[(row, 1)].text() for (row, column), cell in cells.items()
                 if column == 1 and cell.property("differs")}
    assert differing in ({"05/06/1980"}, {"06/05/1980"})
    # the apostrophes differ in writing only: not marked
    names = [cells[(1, 1)].text(), cells[(1, 3)].text()]
    assert sorted(names) == ["N'DIAYE", "N’DIAYE"]
    assert not cells[(1, 1)].property("differs")


def test_nothing_is_merged_by_looking(section, session) -> None:
    assert duplicates.merges(session, include_undone=True) == []


def test_same_patient_merge_with_a_reason(qtbot, section, session, pair,
                                          monkeypatch) -> None:
    def confirm(self: MergeDialog) -> int:
        self.reason.setText("Même patiente, carte vitale")
        self.submit()
        return 1
    monkeypatch.setattr(MergeDialog, "exec", confirm)
    messages: list[str] = []
    section.context.message_posted.connect(messages.append)
    section.merge_button.click()
    merges = duplicates.merges(session)
    assert len(merges) == 1 and merges[0].reason == "Même patiente, carte vitale"
    merged = admissions.get_patient(session, merges[0].merged_id)
    assert merged.merged_into == merges[0].survivor_id
    assert section.model.rowCount() == 0
    assert section.summary.text() == "Aucun doublon possible."
    assert messages and "annulable" in messages[0]


def test_cancelled_merge_changes_nothing(section, session, monkeypatch) -> None:
    monkeypatch.setattr(MergeDialog, "exec", lambda self: 0)
    head = audit_head(session)
    section.merge_selected()
    assert audit_head(session) == head
    assert section.model.rowCount() == 1


def test_different_patients_are_no_longer_proposed(section, session, monkeypatch) -> None:
    monkeypatch.setattr(ReasonDialog, "ask", lambda *a, **k: "Jumelles")
    section.different_button.click()
    assert section.model.rowCount() == 0
    section.search()
    assert section.model.rowCount() == 0
    assert duplicates.merges(session, include_undone=True) == []


def test_the_record_kept_by_default_is_the_better_established(session, pair) -> None:
    a, b = pair
    assert default_survivor(a, b) is a  # same status: the older one
    validated = admissions.update_identity(
        session, b.id, admissions.IdentityInput(
            birth_name=b.birth_name, first_forename=b.first_forename, sex=b.sex,
            birth_date=b.birth_date_text, identity_status="VALI",
            identity_document="passport"))[0]
    assert default_survivor(a, validated) is validated


def test_open_either_record(qtbot, section, pair) -> None:
    with qtbot.waitSignal(section.context.patient_requested) as blocker:
        section.open_b_button.click()
    assert blocker.args == [section.current_pair().b.id]


def test_the_section_in_english(qtbot, session, pair) -> None:
    ui_i18n.install("en")
    try:
        widget = DuplicatesSection(context_for(session))
        qtbot.addWidget(widget)
        assert widget.summary.text() == "1 pair(s) to check"
        assert widget.merge_button.text() == "Same patient: &merge…"
    finally:
        ui_i18n.install("fr")
