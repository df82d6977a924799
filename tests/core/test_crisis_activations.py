"""Procedures switched on in units: activation, sign-off by the right role, return to normal."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from hospcrisis import clock
from hospcrisis.core import activations, crisis_log, procedures
from hospcrisis.core.activations import ActivationState
from hospcrisis.errors import NotFound, PermissionDenied, ValidationError

from .crisis_support import audit_count, make_units

T0 = datetime(2026, 2, 11, 3, 15, tzinfo=UTC)


@pytest.fixture
def cell(session: Any) -> Any:
    """The administrator, with the test units, at a fixed time."""
    clock.freeze(T0)
    make_units(session)
    return session


def count(store: Any, table: str) -> int:
    return int(store.scalar(f"SELECT count(*) FROM {table}"))


def test_activating_two_procedures_in_two_units_is_one_action(cell: Any) -> None:
    before = audit_count(cell.store)
    made = activations.activate(cell, ["DM-ADMISSION", "dm-lab"], ["urg", "MED1"],
                                "DPI hors service depuis 03 h 10")
    assert audit_count(cell.store) == before + 1
    assert [(a.procedure.id, a.unit_code, a.ref) for a in made] == [
        ("DM-ADMISSION", "URG", "TEST-A1"), ("DM-ADMISSION", "MED1", "TEST-A2"),
        ("DM-LAB", "URG", "TEST-A3"), ("DM-LAB", "MED1", "TEST-A4")]
    first = made[0]
    assert first.state is ActivationState.ACTIVE
    assert (first.done, first.total, first.return_total) == (0, 8, 4)
    assert first.activated_by == "admin" and first.reason == "DPI hors service depuis 03 h 10"
    assert first.unit_name == "Urgences"
    # the decision is in the main courante, one entry per procedure
    decisions = crisis_log.list_entries(cell, kinds=["decision"])
    assert len(decisions) == 2
    assert "DM-ADMISSION" in decisions[0].text and "URG, MED1" in decisions[0].text
    assert "DPI hors service" in decisions[0].text


def test_activation_refuses_every_bad_pair_and_saves_nothing(cell: Any) -> None:
    activations.activate(cell, ["DM-TRIAGE"], ["URG"], "Logiciel des urgences arrêté")
    before = (audit_count(cell.store), count(cell.store, "crisis_activation"))
    with pytest.raises(ValidationError) as err:
        activations.activate(cell, ["DM-TRIAGE", "DM-NOPE"], ["URG", "MAT", "XYZ"], "  ")
    messages = [m for _f, m in err.value.problems]
    assert "Motif est obligatoire." in messages
    assert "Il n’y a pas de procédure DM-NOPE." in messages
    assert "Il n’existe pas d’unité XYZ." in messages
    assert any("ne s’applique pas à l’unité MAT (Maternité)" in m for m in messages)
    assert any("déjà active dans l’unité URG (TEST-A1" in m for m in messages)
    assert len(messages) == 5
    assert (audit_count(cell.store), count(cell.store, "crisis_activation")) == before


def test_a_step_is_signed_by_its_role_or_a_manager_only(cell: Any, make_session: Any) -> None:
    (lab,) = activations.activate(cell, ["DM-LAB"], ["URG"], "SIL coupé")
    nurse = make_session("nurse")
    signed = activations.sign_step(nurse, lab.ref, "2", "Bons papier distribués")
    status = signed.step_status("2")
    assert status.signed and status.signed_by == "nurse-user" and status.note.startswith("Bons")
    assert (signed.done, signed.total) == (1, 7)
    it_recovery, viewer = make_session("it_recovery"), make_session("viewer")
    # step 3 belongs to the nurse manager: a nurse may not sign it
    before = audit_count(cell.store)
    with pytest.raises(PermissionDenied) as err:
        activations.sign_step(nurse, lab.ref, "3")
    assert "L’étape 3 relève du rôle « Cadre de santé »" in str(err.value)
    assert "votre rôle (Infirmier" in str(err.value)
    # IT recovery may sign only its own steps; a viewer signs nothing
    with pytest.raises(PermissionDenied):
        activations.sign_step(it_recovery, lab.ref, "2")
    with pytest.raises(PermissionDenied):
        activations.sign_step(viewer, lab.ref, "1")
    assert audit_count(cell.store) == before
    assert count(cell.store, "crisis_signoff") == 1
    # any manager signs any step
    activations.sign_step(make_session("nurse_manager"), lab.ref, "3")
    activations.sign_step(make_session("crisis_cell"), "A1", "4")
    final = activations.sign_step(cell, "1", "R3")
    assert final.done == 3 and final.return_done == 1
    assert final.state is ActivationState.RETURNING


def test_a_signed_step_cannot_be_signed_twice_but_can_be_withdrawn(cell: Any,
                                                                    make_session: Any) -> None:
    (mar,) = activations.activate(cell, ["DM-MAR"], ["MED1"], "Dossier de soins arrêté")
    nurse = make_session("nurse")
    activations.sign_step(nurse, mar.id, "2")
    with pytest.raises(ValidationError, match="déjà été validée par Test nurse"):
        activations.sign_step(nurse, mar.id, "2")
    with pytest.raises(NotFound):
        activations.sign_step(nurse, mar.id, "42")
    with pytest.raises(ValidationError, match="Motif est obligatoire"):
        activations.withdraw_signoff(nurse, mar.id, "2", "")
    other = make_session("nurse_manager")
    after = activations.withdraw_signoff(other, mar.id, "2", "Validée sur le mauvais patient")
    assert not after.step_status("2").signed
    again = activations.sign_step(nurse, mar.id, "2")
    assert again.step_status("2").signed
    rows = cell.store.query("SELECT action FROM crisis_signoff ORDER BY created_at")
    assert [r["action"] for r in rows] == ["signed", "withdrawn", "signed"]


def test_closing_needs_every_return_step_then_freezes_the_checklist(cell: Any) -> None:
    (beds,) = activations.activate(cell, ["DM-BEDS"], ["REA"], "ADT hors service")
    with pytest.raises(ValidationError) as err:
        activations.deactivate(cell, beds.ref)
    assert "ne peut pas encore être clôturée" in str(err.value)
    assert [f for f, _m in err.value.problems] == ["step.R1", "step.R2", "step.R3"]
    for key in ("R1", "R2", "R3"):
        activations.sign_step(cell, beds.ref, key)
    clock.advance(timedelta(hours=5))
    closed = activations.deactivate(cell, beds.ref, "ADT rétabli")
    assert closed.state is ActivationState.CLOSED and closed.closed_by_name
    assert closed.elapsed() == timedelta(hours=5)
    with pytest.raises(ValidationError, match="plus rien ne peut y être validé"):
        activations.sign_step(cell, beds.ref, "1")
    assert activations.list_activations(cell) == []
    assert [a.ref for a in activations.list_activations(cell, include_closed=True)] == \
        [beds.ref]
    # the procedure may be switched on again in that unit
    assert activations.activate(cell, ["DM-BEDS"], ["REA"], "ADT de nouveau arrêté")
    closing = crisis_log.list_entries(cell, search="clôturée retour")
    assert len(closing) == 1 and closing[0].unit_code == "REA"


def test_an_activation_made_by_mistake_is_cancelled_not_deleted(cell: Any) -> None:
    (births,) = activations.activate(cell, ["DM-BIRTHS"], ["MAT"], "Erreur de saisie")
    cancelled = activations.cancel_activation(cell, births.ref, "Mauvaise unité")
    assert cancelled.state is ActivationState.CANCELLED
    assert cancelled.void_reason == "Mauvaise unité"
    assert activations.list_activations(cell, include_closed=True) == []
    assert count(cell.store, "crisis_activation") == 1
    with pytest.raises(ValidationError, match="déjà annulée"):
        activations.cancel_activation(cell, births.ref, "encore")


def test_the_board_shows_state_progress_and_time_since_activation(cell: Any) -> None:
    activations.activate(cell, ["DM-ADMISSION"], ["URG"], "GAP arrêtée")
    clock.advance(timedelta(minutes=30))
    activations.activate(cell, ["DM-LAB"], ["URG", "LABO"], "SIL arrêté")
    activations.sign_step(cell, "A1", "1")
    activations.sign_step(cell, "A1", "2")
    clock.advance(timedelta(minutes=60))
    board = activations.board(cell)
    assert board.units == (("LABO", "Laboratoire"), ("URG", "Urgences"))
    assert [p for p, _t in board.procedures] == ["DM-ADMISSION", "DM-LAB"]
    admission = board.cell("urg", "dm-admission")
    assert admission is not None
    assert (admission.state, admission.done, admission.total) == ("active", 2, 8)
    assert admission.elapsed_minutes == 90
    lab = board.cell("LABO", "DM-LAB")
    assert lab is not None and lab.elapsed_minutes == 60
    assert board.cell("LABO", "DM-ADMISSION") is None
    data = board.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert set(data["cells"][0]) == {"unit", "procedure_id", "activation_id", "ref", "state",
                                     "done", "total", "return_done", "return_total",
                                     "activated_at", "elapsed_minutes"}


def test_a_units_active_procedures_for_printing(cell: Any) -> None:
    activations.activate(cell, ["DM-ADMISSION", "DM-TRIAGE"], ["URG"], "Urgences sur papier")
    activations.activate(cell, ["DM-MAR"], ["MED1"], "Dossier de soins arrêté")
    found = activations.unit_active_procedures(cell, "urg")
    assert [a.procedure.id for a in found] == ["DM-ADMISSION", "DM-TRIAGE"]
    printed = found[1].to_dict()
    assert printed["forms"] == ["board", "wristband", "labels", "admission"]
    assert printed["steps"][1]["text"].startswith("Trier chaque arrivée")
    assert printed["return_to_normal"][0]["key"] == "R1"
    with pytest.raises(NotFound):
        activations.unit_active_procedures(cell, "NOWHERE")


def test_a_checklist_under_way_keeps_the_version_it_started_with(cell: Any) -> None:
    (running,) = activations.activate(cell, ["DM-MAR"], ["MED1"], "Dossier de soins arrêté")
    doc = procedures.get_procedure(cell, "DM-MAR").to_document()
    doc["version"] = 2
    doc["steps"] = doc["steps"][:2]
    procedures.import_procedures(cell, json.dumps(doc).encode())
    assert activations.get_activation(cell, running.ref).total == 7
    (fresh,) = activations.activate(cell, ["DM-MAR"], ["REA"], "Dossier de soins arrêté")
    assert (fresh.procedure.version, fresh.total) == (2, 2)


def test_only_managers_activate_and_everyone_reads_the_board(cell: Any,
                                                            make_session: Any) -> None:
    with pytest.raises(PermissionDenied):
        activations.activate(make_session("nurse"), ["DM-LAB"], ["URG"], "SIL")
    activations.activate(make_session("nurse_manager"), ["DM-LAB"], ["URG"], "SIL")
    assert activations.board(make_session("viewer")).cells
