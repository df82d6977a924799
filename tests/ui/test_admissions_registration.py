"""Registering an arrival with the keyboard alone; bad input; duplicates at save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hospcrisis.core import admissions, duplicates, provisional_ids
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui.admissions.registration import (
    DuplicateDecision,
    DuplicatesDialog,
    RegistrationDialog,
)

from .admissions_support import (
    audit_head,
    context_for,
    focused,
    freeze,
    patient_count,
    press,
    register,
    show_and_focus,
    type_keys,
)

Key = Qt.Key


@pytest.fixture(autouse=True)
def _french_ui(qapp: QApplication) -> None:
    ui_i18n.install("fr")
    freeze()


@pytest.fixture
def dialog(qtbot, session) -> RegistrationDialog:
    context = context_for(session)
    dlg = RegistrationDialog(context)
    qtbot.addWidget(dlg)
    show_and_focus(qtbot, dlg, dlg.identity_form.birth_name)
    return dlg


def test_a_registration_typed_with_the_keyboard_alone_saves_and_shows_the_id(
        qtbot, session, dialog) -> None:
    assert focused() is dialog.identity_form.birth_name
    type_keys(qtbot, "Le Gall")
    press(qtbot, Key.Key_Tab)          # used name: none
    press(qtbot, Key.Key_Tab)
    type_keys(qtbot, "Anne-Sophie")    # first forename
    press(qtbot, Key.Key_Tab)          # all forenames: filled from the first
    press(qtbot, Key.Key_Tab)
    assert focused() is dialog.identity_form.sex
    type_keys(qtbot, "F")
    press(qtbot, Key.Key_Tab)
    type_keys(qtbot, "03/04/1962")
    press(qtbot, Key.Key_F, Qt.KeyboardModifier.AltModifier)   # Alt+F: "Moti&f"
    assert focused() is dialog.arrival_form.complaint
    type_keys(qtbot, "Chute, douleur hanche droite")
    press(qtbot, Key.Key_Tab)
    assert focused() is dialog.arrival_form.triage_level
    type_keys(qtbot, "3B")
    assert dialog.arrival_form.triage_level.code() == "3B"
    press(qtbot, Key.Key_Return)       # Enter saves

    assert dialog.pages.currentIndex() == 1
    saved = dialog.registration
    assert saved is not None
    shown = dialog.saved_id.text()
    assert shown == saved.patient.provisional_id
    assert str(provisional_ids.parse(shown)) == shown
    assert shown.startswith("TEST-")
    assert "Enregistré à" in dialog.saved_banner.text()
    patient = admissions.find_by_id(session, shown)
    assert (patient.birth_name, patient.first_forename, patient.sex) == \
        ("Le Gall", "Anne-Sophie", "F")
    assert patient.birth_date == "1962-04-03"
    assert patient.identity_status == "PROV"
    assert saved.admission.triage_level == "3B"
    assert saved.admission.complaint == "Chute, douleur hanche droite"
    press(qtbot, Key.Key_Return)       # the saved page: Enter closes
    assert not dialog.isVisible()


def test_escape_cancels_and_saves_nothing(qtbot, session, dialog) -> None:
    type_keys(qtbot, "MARTIN")
    before = patient_count(session)
    press(qtbot, Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.registration is None
    assert patient_count(session) == before


def _fill_valid(dialog: RegistrationDialog) -> None:
    form = dialog.identity_form
    form.birth_name.setText("BERNARD")
    form.first_forename.setText("Paul")
    form.sex.set_code("M")
    form.birth_date.setText("12/03/1950")


@pytest.mark.parametrize(("field", "setup", "expected"), [
    ("birth_date", lambda d: d.identity_form.birth_date.setText("30/02/1950"),
     "La date de naissance 30/02/1950 n’existe pas"),
    ("birth_date", lambda d: d.identity_form.birth_date.setText("12/03/2999"),
     "La date de naissance est dans le futur."),
    ("birth_name", lambda d: d.identity_form.birth_name.setText("   "),
     "Nom de naissance est obligatoire."),
    ("birth_name", lambda d: d.identity_form.birth_name.setText("X" * 10_000),
     "Nom de naissance est trop long (10000 caractères ; 100 au plus)."),
    ("complaint", lambda d: d.arrival_form.complaint.setText("douleur " * 1250),
     "est trop long"),
    ("provisional_id", lambda d: d.arrival_form.packet_id.setText("TEST-000001-Z"),
     "Le caractère de contrôle de TEST-000001-Z est faux"),
    ("arrival_at", lambda d: d.arrival_form.arrival_at.setText("29/11/2026 09:00") or
     d.arrival_form.arrival_at.setModified(True), "dans le futur"),
    ("estimated_age", lambda d: (d.identity_form.unknown.setChecked(True),
                                 d.identity_form.estimated_age.setText("vieux")),
     "Tapez un âge (35) ou une tranche d’âge (30-40)."),
])
def test_bad_input_is_shown_on_its_field_and_saves_nothing(qtbot, session, dialog, field,
                                                          setup, expected) -> None:
    assert provisional_ids.check_character("TEST", 1) != "Z"
    _fill_valid(dialog)
    setup(dialog)
    head, count = audit_head(session), patient_count(session)
    dialog.save()
    assert expected in dialog.errors.message_of(field), dialog.banner.text()
    assert dialog.errors.boxes[field].field.property("invalid") is True
    assert dialog.banner.isVisible()
    assert "rien n’a été enregistré" in dialog.banner.text()
    assert dialog.pages.currentIndex() == 0
    assert dialog.registration is None
    assert audit_head(session) == head
    assert patient_count(session) == count


def test_an_impossible_date_is_reported_once(qtbot, session, dialog) -> None:
    _fill_valid(dialog)
    dialog.identity_form.birth_date.setText("29/02/1951")
    dialog.save()
    assert "n’existe pas" in dialog.errors.message_of("birth_date")
    assert dialog.errors.message_of("birth_date_precision") == ""


def test_fixing_the_field_clears_the_error_and_saves(qtbot, session, dialog) -> None:
    _fill_valid(dialog)
    dialog.identity_form.birth_date.setText("30/02/1950")
    dialog.save()
    assert dialog.errors.message_of("birth_date")
    dialog.identity_form.birth_date.setText("28/02/1950")
    dialog.save()
    assert dialog.registration is not None
    assert not dialog.identity_form.birth_date.property("invalid")


def test_a_used_packet_id_is_refused_on_its_field(qtbot, session, dialog) -> None:
    block = provisional_ids.reserve(session, 2, "kits")
    first = register(session, "MOREL", "Luc", sex="M")
    assert first.patient.provisional_id != block.codes[0]
    _fill_valid(dialog)
    dialog.arrival_form.packet_id.setText(block.codes[0])
    dialog.save()
    assert dialog.registration is not None
    assert dialog.registration.patient.provisional_id == block.codes[0]

    again = RegistrationDialog(context_for(session))
    qtbot.addWidget(again)
    again.identity_form.birth_name.setText("GIRARD")
    again.identity_form.first_forename.setText("Zoé")
    again.identity_form.sex.set_code("F")
    again.identity_form.birth_date.setText("2001")
    again.arrival_form.packet_id.setText(block.codes[0])
    head = audit_head(session)
    again.save()
    assert "déjà été utilisé" in again.errors.message_of("provisional_id")
    assert audit_head(session) == head


def test_an_unknown_patient_gets_an_estimated_age_and_no_birth_date(qtbot, session,
                                                                   dialog) -> None:
    form = dialog.identity_form
    form.unknown.setChecked(True)
    assert not form.birth_date.isEnabled()
    assert form.estimated_age.isEnabled()
    assert form.description.isVisible()
    form.sex.set_code("M")
    form.estimated_age.setText("30-40")
    form.description.setText("Blouson noir, tatouage avant-bras droit")
    dialog.arrival_form.triage_level.set_code("1")
    dialog.save()
    patient = dialog.registration.patient
    assert patient.unknown
    assert patient.birth_date is None and patient.birth_date_precision == "unknown"
    assert (patient.estimated_age_min, patient.estimated_age_max) == (30, 40)
    assert "Patient inconnu" in dialog.saved_details.text()


def test_validated_needs_the_document_checked(qtbot, session, dialog) -> None:
    _fill_valid(dialog)
    form = dialog.identity_form
    assert form.identity_status.code() == "PROV"
    assert not form.identity_document.isEnabled()
    form.identity_status.set_code("VALI")
    assert form.identity_document.isEnabled()
    dialog.save()
    assert "pièce d’identité" in dialog.errors.message_of("identity_document")
    form.identity_document.set_code("passport")
    dialog.save()
    assert dialog.registration.patient.identity_status == "VALI"
    assert dialog.registration.patient.identity_document == "passport"


def test_a_late_entry_keeps_the_typed_arrival_time(qtbot, session, dialog) -> None:
    _fill_valid(dialog)
    dialog.arrival_form.arrival_at.setText("02:10")
    dialog.arrival_form.arrival_at.setModified(True)
    dialog.save()
    admission = dialog.registration.admission
    assert admission.arrival_at.startswith("2026-11-29T01:10")
    assert admission.late_entry


# --- duplicates -------------------------------------------------------------------------------


def test_possible_duplicates_are_shown_and_nothing_merges(qtbot, session, dialog,
                                                          monkeypatch) -> None:
    existing = register(session, "DUPONT", "Louis", sex="M", dob="01/08/1971")
    shown: list[list] = []

    def ask(parent, candidates, typed):
        shown.append(candidates)
        return DuplicateDecision("new")

    monkeypatch.setattr(DuplicatesDialog, "ask", ask)
    form = dialog.identity_form
    form.birth_name.setText("Louis")          # first and last names swapped
    form.first_forename.setText("DUPONT")
    form.sex.set_code("M")
    form.birth_date.setText("01/08/1971")
    dialog.save()
    assert shown and shown[0][0].patient.id == existing.patient.id
    assert "swapped_names" in shown[0][0].reasons
    assert dialog.registration is not None
    assert dialog.registration.patient.id != existing.patient.id
    assert duplicates.merges(session, include_undone=True) == []
    assert admissions.get_patient(session, existing.patient.id).merged_into is None
    assert dialog.registration.patient.merged_into is None


def test_same_patient_register_a_return_visit(qtbot, session, dialog, monkeypatch) -> None:
    existing = register(session, "DUPONT", "Louis", sex="M", dob="01/08/1971")
    admissions.record_movement(session, existing.admission.id, "discharged")
    monkeypatch.setattr(DuplicatesDialog, "ask", lambda parent, candidates, typed:
                        DuplicateDecision("return", candidates[0].patient.id))
    _fill_valid(dialog)
    form = dialog.identity_form
    form.birth_name.setText("DUPONT")
    form.first_forename.setText("Louis")
    form.birth_date.setText("01/08/1971")
    count = patient_count(session)
    dialog.save()
    assert dialog.registration.patient.id == existing.patient.id
    assert patient_count(session) == count
    record = admissions.open_patient(session, existing.patient.id)
    assert len(record.admissions) == 2


def test_same_patient_open_the_record_saves_nothing(qtbot, session, dialog,
                                                    monkeypatch) -> None:
    existing = register(session, "DUPONT", "Louis", sex="M", dob="01/08/1971")
    monkeypatch.setattr(DuplicatesDialog, "ask", lambda parent, candidates, typed:
                        DuplicateDecision("open", candidates[0].patient.id))
    _fill_valid(dialog)
    dialog.identity_form.birth_name.setText("DUPONT")
    dialog.identity_form.first_forename.setText("Louis")
    dialog.identity_form.birth_date.setText("01/08/1971")
    head = audit_head(session)
    with qtbot.waitSignal(dialog.context.patient_requested) as blocker:
        dialog.save()
    assert blocker.args == [existing.patient.id]
    assert dialog.registration is None
    assert audit_head(session) == head


def test_back_to_the_form_saves_nothing(qtbot, session, dialog, monkeypatch) -> None:
    register(session, "DUPONT", "Louis", sex="M", dob="01/08/1971")
    monkeypatch.setattr(DuplicatesDialog, "ask", lambda parent, candidates, typed: None)
    _fill_valid(dialog)
    dialog.identity_form.birth_name.setText("DUPONT")
    dialog.identity_form.first_forename.setText("Louis")
    dialog.identity_form.birth_date.setText("01/08/1971")
    head = audit_head(session)
    dialog.save()
    assert dialog.registration is None and dialog.pages.currentIndex() == 0
    assert audit_head(session) == head


def test_the_duplicates_dialog_lists_candidates_and_answers(qtbot, qtmodeltester,
                                                            session) -> None:
    existing = register(session, "LEFÈVRE", "Hélène", dob="12/03/1954")
    other = register(session, "LEFEVRE", "Helene", dob="03/12/1954")
    candidates = duplicates.check(session, other.patient.id)
    assert candidates
    dlg = DuplicatesDialog(candidates, "LEFEVRE Helene")
    qtbot.addWidget(dlg)
    qtmodeltester.check(dlg.model)
    assert dlg.new_button.isDefault()
    assert "jour et mois de naissance inversés" in dlg.model.data(dlg.model.index(0, 6))
    dlg.return_button.click()
    assert dlg.decision == DuplicateDecision("return", existing.patient.id)


def test_new_arrival_after_saving_starts_an_empty_form(qtbot, session, dialog) -> None:
    _fill_valid(dialog)
    dialog.save()
    dialog.another_button.click()
    assert dialog.pages.currentIndex() == 0
    assert dialog.identity_form.birth_name.text() == ""
    assert dialog.identity_form.sex.code() is None
    assert dialog.arrival_form.triage_level.code() is None


def test_the_dialog_in_english(qtbot, session) -> None:
    ui_i18n.install("en")
    try:
        dlg = RegistrationDialog(context_for(session))
        qtbot.addWidget(dlg)
        assert dlg.windowTitle() == "New arrival"
        assert dlg.save_button.text() == "Save"
        dlg.save()
        assert dlg.errors.message_of("birth_name") == "Birth name is required."
        assert dlg.banner.text().startswith("Correct the fields in red")
    finally:
        ui_i18n.install("fr")


def test_packet_ids_scanned_into_the_field_stay_there(qtbot, session, dialog) -> None:
    from hospcrisis.ui.admissions.opener import PatientOpener

    opener = PatientOpener(dialog.context, dialog)
    show_and_focus(qtbot, dialog, dialog.arrival_form.packet_id)
    opener.scanned("TEST-000101-C")
    assert dialog.arrival_form.packet_id.text() == "TEST-000101-C"
    assert opener.records == {}

