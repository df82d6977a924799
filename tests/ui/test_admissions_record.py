"""A patient's record: opened through the audited service, every step of a visit, cancelling
a step, correcting an identity (with conflicts), merging and unmerging."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hospcrisis.core import admissions, duplicates
from hospcrisis.core.identity import IdentityInput
from hospcrisis.errors import ConflictError
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui.admissions import record as record_module
from hospcrisis.ui.admissions.common import ReasonDialog
from hospcrisis.ui.admissions.duplicates import CandidatesDialog, MergeDialog
from hospcrisis.ui.admissions.hooks import print_hub
from hospcrisis.ui.admissions.record import PatientRecordDialog, ServiceDialog

from .admissions_support import audit_head, context_for, freeze, make_units, register


@pytest.fixture(autouse=True)
def _french_ui(qapp: QApplication) -> None:
    ui_i18n.install("fr")
    freeze()


@pytest.fixture
def patient(session):
    make_units(session)
    return register(session, "LEFÈVRE", "Hélène", dob="12/03/1954", level="2",
                    minutes_ago=30, area="boxes")


@pytest.fixture
def open_record(qtbot, session) -> Callable[[str], PatientRecordDialog]:
    def make(patient_id: str) -> PatientRecordDialog:
        dialog = PatientRecordDialog(context_for(session), patient_id)
        qtbot.addWidget(dialog)
        return dialog
    return make


@pytest.fixture
def answer(monkeypatch) -> Callable[[Callable[[Any], None]], None]:
    """Fill the next service dialogs with `fill(dialog)` and press OK, instead of showing
    them modally."""
    def install(fill: Callable[[Any], None]) -> None:
        def fake_exec(self: ServiceDialog) -> int:
            fill(self)
            self.submit()
            return self.result()
        monkeypatch.setattr(ServiceDialog, "exec", fake_exec)
    return install


def _audit_actions(session, n: int) -> list[str]:
    from hospcrisis.core import audit_trail

    return [e.action for e in audit_trail.latest(session, limit=n)]


def test_opening_a_record_is_audited_and_shows_identity(session, patient, open_record) -> None:
    dialog = open_record(patient.patient.id)
    assert _audit_actions(session, 1) == ["patient.open"]
    assert dialog.name_label.text() == "LEFÈVRE Hélène"
    assert dialog.id_label.text() == patient.patient.provisional_id
    assert "né(e) le 12/03/1954" in dialog.traits_label.text()
    assert dialog.status_badge.text() == "Identité : Provisoire"
    assert "PID-32 : PROV" in dialog.identity_label.text()
    assert dialog.admissions_model.rowCount() == 1
    kinds = [m.kind for m in dialog.movements_model.rows]
    assert kinds == ["arrival", "triaged"]
    assert dialog.triage_model.rows[0].level == "2"
    assert dialog.step_buttons["seen"].isEnabled()
    assert not dialog.step_buttons["moved"].isEnabled()
    assert not dialog.return_button.isEnabled()  # still in the hospital


def test_the_models_are_sound(qtmodeltester, session, patient, open_record) -> None:
    dialog = open_record(patient.patient.id)
    for model in (dialog.admissions_model, dialog.movements_model, dialog.triage_model):
        qtmodeltester.check(model)


def test_retriage_seen_admit_move_discharge(session, patient, open_record, answer) -> None:
    dialog = open_record(patient.patient.id)
    answer(lambda d: d.level.set_code("1"))
    dialog.do_step("triaged")
    assert dialog.current_admission().triage_level == "1"
    assert [t.level for t in dialog.triage_model.rows] == ["1", "2"]  # newest first

    answer(lambda d: None)
    dialog.do_step("seen")
    assert dialog.current_admission().status == "seen"

    def admit(d: Any) -> None:
        d.unit.setCurrentIndex(d.unit.findData("MED1"))
        d.bed.setCurrentIndex(d.bed.findData("102"))
    answer(admit)
    dialog.do_step("admitted")
    admission = dialog.current_admission()
    assert (admission.status, admission.unit_code, admission.bed) == ("admitted", "MED1", "102")
    assert dialog.step_buttons["moved"].isEnabled()

    def move(d: Any) -> None:
        d.unit.setCurrentIndex(d.unit.findData("CHIR"))
        d.bed.setCurrentIndex(d.bed.findData("302"))
    answer(move)
    dialog.do_step("moved")
    assert (dialog.current_admission().unit_code, dialog.current_admission().bed) == \
        ("CHIR", "302")

    answer(lambda d: d.destination.setText("Domicile"))
    dialog.do_step("discharged")
    admission = dialog.current_admission()
    assert admission.status == "discharged" and admission.destination == "Domicile"
    assert [m.kind for m in dialog.movements_model.rows][-1] == "discharged"
    assert dialog.return_button.isEnabled()
    assert not dialog.step_buttons["seen"].isEnabled()


def test_a_step_refused_stays_on_its_field(session, patient, open_record, answer) -> None:
    dialog = open_record(patient.patient.id)
    seen: list[ServiceDialog] = []

    def bad_time(d: Any) -> None:
        d.at.setText("31/02/2026 10:00")
        d.at.setModified(True)
        seen.append(d)
    answer(bad_time)
    head = audit_head(session)
    dialog.do_step("seen")
    assert "n’est pas une date" in seen[0].errors.message_of("at")
    assert audit_head(session) == head
    assert dialog.current_admission().status == "triaged"


def test_transfer_needs_a_destination(session, patient, open_record, answer) -> None:
    dialog = open_record(patient.patient.id)
    seen: list[ServiceDialog] = []
    answer(seen.append)
    dialog.do_step("transferred_out")
    assert "Destination est obligatoire" in seen[0].errors.message_of("destination")
    answer(lambda d: d.destination.setText("CHU de Bordeaux, réanimation"))
    dialog.do_step("transferred_out")
    assert dialog.current_admission().status == "transferred"


def test_cancel_the_latest_step_with_a_reason(session, patient, open_record, answer,
                                               monkeypatch) -> None:
    dialog = open_record(patient.patient.id)
    answer(lambda d: None)
    dialog.do_step("left")
    assert dialog.current_admission().status == "left"
    asked: list[str] = []

    def reason(parent, title, prompt, ok_label=None):
        asked.append(prompt)
        return "Saisie sur le mauvais patient"
    monkeypatch.setattr(ReasonDialog, "ask", reason)
    dialog.cancel_step_button.click()
    assert "Parti sans attendre" in asked[0]
    assert dialog.current_admission().status == "triaged"
    rows = dialog.movements_model.rows
    assert rows[-1].kind == "cancelled" and rows[-1].note == "Saisie sur le mauvais patient"
    cancelled = next(m for m in rows if m.kind == "left")
    assert cancelled.is_cancelled
    index = dialog.movements_model.index(rows.index(cancelled), 1)
    assert dialog.movements_model.data(index, 6).strikeOut()  # Qt.FontRole


def test_no_reason_no_cancellation(session, patient, open_record, monkeypatch) -> None:
    dialog = open_record(patient.patient.id)
    monkeypatch.setattr(ReasonDialog, "ask", lambda *a, **k: None)
    head = audit_head(session)
    dialog.cancel_latest_step()
    assert audit_head(session) == head


def test_correct_the_identity_and_see_a_conflict(session, patient, open_record, answer,
                                                 monkeypatch) -> None:
    dialog = open_record(patient.patient.id)

    def validate(d: Any) -> None:
        d.identity_form.identity_status.set_code("VALI")
        d.identity_form.identity_document.set_code("id_card")
        d.identity_form.attributes["DOUT"].setChecked(True)
    answer(validate)
    dialog.edit_identity()
    stored = admissions.get_patient(session, patient.patient.id)
    assert stored.identity_status == "VALI" and stored.identity_document == "id_card"
    assert dialog.status_badge.text() == "Identité : Validée"
    assert "PID-32 : VALI DOUT" in dialog.identity_label.text()

    # someone else corrects it meanwhile: the stale form is refused, the record reloaded
    admissions.update_identity(session, patient.patient.id, IdentityInput(
        birth_name="LEFEVRE", first_forename="Hélène", sex="F", birth_date="12/03/1954",
        identity_status="VALI", identity_document="id_card"),
        expected_version=stored.version)
    errors: list[BaseException] = []
    monkeypatch.setattr(record_module, "show_error",
                        lambda parent, error, title=None: errors.append(error))
    answer(lambda d: d.identity_form.first_forename.setText("Hélène-Marie"))
    dialog.edit_identity()
    assert errors and isinstance(errors[0], ConflictError)
    assert admissions.get_patient(session, patient.patient.id).first_forename == "Hélène"
    assert dialog.name_label.text() == "LEFEVRE Hélène"


def test_new_visit_after_discharge(session, patient, open_record, answer) -> None:
    admissions.record_movement(session, patient.admission.id, "discharged")
    dialog = open_record(patient.patient.id)
    assert dialog.return_button.isEnabled()
    answer(lambda d: d.arrival_form.complaint.setText("Contrôle"))
    dialog.new_visit()
    assert dialog.admissions_model.rowCount() == 2
    assert dialog.current_admission().complaint == "Contrôle"


def test_merge_from_the_record_then_unmerge(qtbot, session, patient, open_record,
                                            monkeypatch) -> None:
    twin = register(session, "LEFEVRE", "Helene", dob="03/12/1954")  # day and month swapped
    dialog = open_record(patient.patient.id)

    def decide(self: CandidatesDialog) -> int:
        assert self.model.row(0).patient.id == twin.patient.id
        assert self.compare.cells  # side by side
        self._merge()
        return 1

    def merge(self: MergeDialog) -> int:
        assert self.keep_a.text().startswith("Conserver le dossier &A")
        self.keep_a.setChecked(True)
        self.reason.setText("Même personne : carte d’identité vérifiée")
        self.submit()
        return 1
    monkeypatch.setattr(CandidatesDialog, "exec", decide)
    monkeypatch.setattr(MergeDialog, "exec", merge)
    dialog.find_duplicates()
    merged = admissions.get_patient(session, twin.patient.id)
    assert merged.merged_into == patient.patient.id
    assert "DOUA" in merged.pid32
    assert "Dossiers fusionnés dans celui-ci" in dialog.merges_label.text()

    twin_record = open_record(twin.patient.id)
    assert not twin_record.merged_banner.isHidden()
    assert "Fusionné dans" in twin_record.merged_banner.text()
    assert not twin_record.step_buttons["seen"].isEnabled()
    assert not twin_record.unmerge_button.isHidden()
    monkeypatch.setattr(ReasonDialog, "ask", lambda *a, **k: "Erreur : jumelles")
    twin_record.unmerge_button.click()
    assert admissions.get_patient(session, twin.patient.id).merged_into is None
    assert twin_record.merged_banner.isHidden()
    assert [m.active for m in duplicates.merges(session, include_undone=True)] == [False]


def test_nothing_merges_without_a_reason(qtbot, session, patient) -> None:
    twin = register(session, "LEFEVRE", "Helene", dob="03/12/1954")
    dialog = MergeDialog(session, patient.patient, twin.patient, 90)
    qtbot.addWidget(dialog)
    head = audit_head(session)
    dialog.submit()
    assert "Motif est obligatoire" in dialog.errors.message_of("reason")
    assert dialog.merge is None
    assert audit_head(session) == head


def test_print_and_survivor_link(qtbot, session, patient, open_record) -> None:
    dialog = open_record(patient.patient.id)
    requests: list[tuple[str, str]] = []
    print_hub(dialog.context).patient_requested.connect(
        lambda p, a: requests.append((p, a)))
    with qtbot.waitSignal(dialog.print_requested) as blocker:
        dialog.print_button.click()
    assert blocker.args == [patient.patient.id, patient.admission.id]
    assert requests == [(patient.patient.id, patient.admission.id)]


def test_a_viewer_reads_but_cannot_act(qtbot, session, patient, make_session) -> None:
    viewer = make_session("viewer")
    dialog = PatientRecordDialog(context_for(viewer), patient.patient.id)
    qtbot.addWidget(dialog)
    assert dialog.step_buttons["seen"].isHidden()
    assert dialog.edit_button.isHidden()


def test_the_record_in_english(qtbot, session, patient) -> None:
    ui_i18n.install("en")
    try:
        dialog = PatientRecordDialog(context_for(session), patient.patient.id)
        qtbot.addWidget(dialog)
        assert dialog.status_badge.text() == "Identity: Provisional"
        assert dialog.step_buttons["seen"].text() == "&Seen by a doctor…"
        assert dialog.tabs.tabText(0) == "Timeline"
    finally:
        ui_i18n.install("fr")
