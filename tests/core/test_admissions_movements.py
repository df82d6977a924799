"""Triage, movements (never erased), unit census and bed moves."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from hospcrisis import clock
from hospcrisis.core import admissions, triage, units
from hospcrisis.core.admissions import ArrivalInput
from hospcrisis.core.identity import IdentityInput
from hospcrisis.errors import PermissionDenied, ValidationError
from hospcrisis.store import admissions as store
from hospcrisis.store import audit

NOW = datetime(2026, 3, 10, 14, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _frozen() -> None:
    clock.freeze(NOW)


@pytest.fixture
def ward(session: Any) -> units.Unit:
    units.create_unit(session, code="URG", name="Urgences", kind="ed", beds=["Box 1"])
    return units.create_unit(session, code="MED1", name="Médecine", kind="medicine",
                             beds=["101", "102", "103"])


def arrive(session: Any, name: str = "Bernard", level: str | None = None) -> Any:
    return admissions.register_arrival(
        session, IdentityInput(birth_name=name, first_forename="Luc", sex="M",
                               birth_date="01/02/1960"),
        ArrivalInput(triage_level=level)).admission


def statuses(session: Any, admission_id: str) -> str:
    return admissions.get_admission(session, admission_id).status


def test_full_path_arrival_to_discharge(session: Any, ward: units.Unit) -> None:
    adm = arrive(session)
    clock.advance(timedelta(minutes=5))
    admissions.record_triage(session, adm.id, "3B")
    clock.advance(timedelta(minutes=40))
    admissions.mark_seen(session, adm.id)
    clock.advance(timedelta(minutes=60))
    admissions.admit_to_unit(session, adm.id, "MED1", "102")
    clock.advance(timedelta(hours=20))
    admissions.move_patient(session, adm.id, "MED1", "103")
    clock.advance(timedelta(hours=30))
    admissions.record_movement(session, adm.id, "discharged")
    record = admissions.open_patient(session, adm.patient_id)
    steps = record.admissions[0].movements
    assert [m.kind for m in steps] == ["arrival", "triaged", "seen", "admitted", "moved",
                                      "discharged"]
    assert all(m.created_by == "admin" for m in steps)
    assert [m.hl7_event for m in steps] == ["A04", "A08", "A08", "A01", "A02", "A03"]
    final = record.admissions[0].admission
    assert final.status == "discharged" and final.closed_at == clock.now_iso()
    assert final.seen_at == clock.to_iso(NOW + timedelta(minutes=45))


def test_retriage_is_a_new_entry_and_history_is_kept(session: Any) -> None:
    adm = arrive(session, level="4")
    clock.advance(timedelta(minutes=30))
    admissions.record_triage(session, adm.id, "2", note="Aggravation")
    record = admissions.open_patient(session, adm.patient_id).admissions[0]
    assert [t.level for t in record.triage] == ["4", "2"]
    assert record.admission.triage_level == "2"
    assert record.triage[1].target_minutes == 20
    # the triaged movement is written once
    assert [m.kind for m in record.movements] == ["arrival", "triaged"]


def test_impossible_steps_are_refused(session: Any, ward: units.Unit) -> None:
    adm = arrive(session)
    with pytest.raises(ValidationError, match="impossible"):
        admissions.move_patient(session, adm.id, "MED1", "101")
    admissions.record_movement(session, adm.id, "left")
    with pytest.raises(ValidationError):
        admissions.mark_seen(session, adm.id)
    with pytest.raises(ValidationError, match="clôturée"):
        admissions.record_triage(session, adm.id, "3A")


def test_an_occupied_bed_is_refused_and_nothing_saved(session: Any, ward: units.Unit) -> None:
    first = arrive(session, "Premier")
    second = arrive(session, "Second")
    admissions.admit_to_unit(session, first.id, "MED1", "101")
    head = audit.head(session.store)
    with pytest.raises(ValidationError, match="occupé"):
        admissions.admit_to_unit(session, second.id, "MED1", "101")
    assert audit.head(session.store) == head
    assert statuses(session, second.id) == "arrived"


def test_unknown_bed_or_unit_is_refused(session: Any, ward: units.Unit) -> None:
    adm = arrive(session)
    with pytest.raises(ValidationError) as caught:
        admissions.admit_to_unit(session, adm.id, "MED1", "999")
    assert "bed" in caught.value.fields
    with pytest.raises(ValidationError):
        admissions.admit_to_unit(session, adm.id, "NOPE")


def test_a_mistake_is_cancelled_never_erased(session: Any, ward: units.Unit) -> None:
    adm = arrive(session, level="3A")
    admissions.mark_seen(session, adm.id)
    wrong = admissions.admit_to_unit(session, adm.id, "MED1", "101")
    with pytest.raises(ValidationError):
        admissions.cancel_movement(session, wrong.id, "")
    cancel = admissions.cancel_movement(session, wrong.id, "Wrong patient admitted")
    after = admissions.get_admission(session, adm.id)
    assert after.status == "seen" and after.unit_code is None and after.bed is None
    record = admissions.open_patient(session, adm.patient_id).admissions[0]
    kinds = [(m.kind, m.is_cancelled) for m in record.movements]
    assert kinds == [("arrival", False), ("triaged", False), ("seen", False),
                     ("admitted", True), ("cancelled", False)]
    assert cancel.cancels == wrong.id
    with pytest.raises(ValidationError, match="déjà"):
        admissions.cancel_movement(session, wrong.id, "again")
    # the bed is free again
    assert admissions.unit_census(session, "MED1").beds[0].occupant is None


def test_only_the_latest_step_can_be_cancelled(session: Any) -> None:
    adm = arrive(session, level="5")
    record = admissions.open_patient(session, adm.patient_id).admissions[0]
    arrival = record.movements[0]
    with pytest.raises(ValidationError, match="dernière"):
        admissions.cancel_movement(session, arrival.id, "oops")


def test_cancelling_the_arrival_cancels_the_registration(session: Any) -> None:
    adm = arrive(session)
    arrival = admissions.open_patient(session, adm.patient_id).admissions[0].movements[0]
    admissions.cancel_movement(session, arrival.id, "Registered twice by mistake")
    cancelled = admissions.get_admission(session, adm.id)
    assert cancelled.status == "cancelled" and not cancelled.is_open
    assert adm.id not in {r.admission_id for r in admissions.load_board(session).rows}


def test_movements_and_triage_are_append_only_in_the_database(session: Any) -> None:
    adm = arrive(session, level="2")
    with pytest.raises(sqlite3.IntegrityError):
        session.store.conn.execute("UPDATE movement SET kind = 'seen'")
    with pytest.raises(sqlite3.IntegrityError):
        session.store.conn.execute("DELETE FROM triage")
    with pytest.raises(sqlite3.IntegrityError):
        session.store.conn.execute("DELETE FROM patient WHERE id = ?", (adm.patient_id,))


def test_movement_time_cannot_precede_the_previous_step(session: Any) -> None:
    adm = arrive(session)
    with pytest.raises(ValidationError, match="précéder"):
        admissions.mark_seen(session, adm.id, at=NOW - timedelta(hours=1))


def test_transfer_out_needs_a_destination(session: Any) -> None:
    adm = arrive(session)
    with pytest.raises(ValidationError) as caught:
        admissions.record_movement(session, adm.id, "transferred_out")
    assert "destination" in caught.value.fields
    admissions.record_movement(session, adm.id, "transferred_out",
                               destination="CHU de Bordeaux")
    assert admissions.get_admission(session, adm.id).destination == "CHU de Bordeaux"


def test_deceased_closes_the_admission(session: Any) -> None:
    adm = arrive(session, level="1")
    admissions.record_movement(session, adm.id, "deceased")
    assert admissions.get_admission(session, adm.id).status == "deceased"


def test_census_shows_who_is_in_which_bed_since_when(session: Any, ward: units.Unit) -> None:
    a = arrive(session, "Alpha")
    b = arrive(session, "Beta")
    admissions.admit_to_unit(session, a.id, "MED1", "102")
    clock.advance(timedelta(minutes=10))
    admissions.admit_to_unit(session, b.id, "MED1")
    census = admissions.unit_census(session, "MED1")
    assert [bed.bed for bed in census.beds] == ["101", "102", "103"]
    assert census.beds[1].occupant is not None
    assert census.beds[1].occupant.patient.birth_name == "Alpha"
    assert census.beds[1].occupant.since == clock.to_iso(NOW)
    assert [e.patient.birth_name for e in census.without_bed] == ["Beta"]
    assert (census.occupied, census.free) == (2, 2)
    clock.advance(timedelta(minutes=10))
    admissions.move_patient(session, b.id, "MED1", "101")
    census = admissions.unit_census(session, "MED1")
    assert census.beds[0].occupant is not None
    assert census.beds[0].occupant.since == clock.now_iso()
    assert admissions.occupancy(session) == {"MED1": 2}
    with pytest.raises(ValidationError, match="déjà"):
        admissions.move_patient(session, b.id, "MED1", "101")


def test_a_patient_comes_back_for_a_new_visit(session: Any) -> None:
    first = arrive(session)
    with pytest.raises(ValidationError, match="encore"):
        admissions.register_return(session, first.patient_id, ArrivalInput())
    admissions.record_movement(session, first.id, "discharged")
    again = admissions.register_return(session, first.patient_id,
                                       ArrivalInput(triage_level="4"))
    assert again.patient.id == first.patient_id and again.admission.id != first.id
    record = admissions.open_patient(session, first.patient_id)
    assert len(record.admissions) == 2


def test_mass_casualty_category_only_during_a_plan(session: Any) -> None:
    adm = arrive(session)
    with pytest.raises(ValidationError, match="plan"):
        admissions.record_triage(session, adm.id, None, mci_category="UA")
    triage.set_mass_casualty(session, True, "Accident de car, 40 victimes")
    entry = admissions.record_triage(session, adm.id, None, mci_category="ua")
    assert entry.mci_category == "UA"
    with pytest.raises(ValidationError):
        admissions.record_triage(session, adm.id, None, mci_category="ZZ")
    triage.set_mass_casualty(session, False)
    assert not triage.mass_casualty_active(session)


def test_station_scale_is_configurable(session: Any) -> None:
    triage.set_scale(session, "MTS")
    adm = arrive(session, level="Orange")
    assert (adm.triage_scale, adm.triage_level) == ("MTS", "orange")
    assert adm.target_minutes == 10
    with pytest.raises(ValidationError):
        arrive(session, level="3A")
    triage.set_scale(session, "ESI")
    assert triage.station_scale(session).level("3") is not None
    with pytest.raises(ValidationError):
        triage.set_scale(session, "NOPE")


def test_target_delays_come_from_one_table() -> None:
    french = triage.TRIAGE_SCALES["FRENCH"]
    assert [(lv.code, lv.target_minutes) for lv in french.levels] == [
        ("1", 0), ("2", 20), ("3A", 60), ("3B", 60), ("4", 120), ("5", 240)]
    assert [lv.target_minutes for lv in triage.TRIAGE_SCALES["MTS"].levels] == \
        [0, 10, 60, 120, 240]
    assert set(triage.MCI_CATEGORIES) == {"UA", "UR", "IMP", "DCD"}


def test_mass_casualty_switch_needs_a_manager(make_session: Any) -> None:
    with pytest.raises(PermissionDenied):
        triage.set_mass_casualty(make_session("nurse"), True)
    triage.set_mass_casualty(make_session("nurse_manager"), True, "Plan blanc")


def test_each_action_is_one_audit_entry(session: Any, ward: units.Unit) -> None:
    adm = arrive(session)
    for action in (lambda: admissions.record_triage(session, adm.id, "3A"),
                   lambda: admissions.mark_seen(session, adm.id),
                   lambda: admissions.admit_to_unit(session, adm.id, "MED1", "101"),
                   lambda: admissions.set_area(session, adm.id, "boxes")):
        head = audit.head(session.store)
        assert head is not None
        action()
        after = audit.head(session.store)
        assert after is not None and after.seq == head.seq + 1
    assert audit.verify(session.store).ok
    assert store.counts(session.store)["movement"] == 4
