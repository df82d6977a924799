"""The ED board: waiting time, triage target, overdue flag, filters, sort, counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from hospcrisis import clock
from hospcrisis.core import admissions, duplicates
from hospcrisis.core.admissions import ArrivalInput
from hospcrisis.core.identity import IdentityInput
from hospcrisis.errors import ValidationError

NOW = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _frozen() -> None:
    clock.freeze(NOW)


def arrive(session: Any, name: str, level: str | None, minutes_ago: int,
           area: str = "waiting_room") -> Any:
    return admissions.register_arrival(
        session, IdentityInput(birth_name=name, first_forename="Anne", sex="F",
                               birth_date="1970"),
        ArrivalInput(triage_level=level, area=area,
                     arrival_at=NOW - timedelta(minutes=minutes_ago))).admission


@pytest.fixture
def board_data(session: Any) -> dict[str, Any]:
    return {
        "urgent_late": arrive(session, "Alpha", "2", 45, "boxes"),
        "urgent_ok": arrive(session, "Bravo", "2", 10),
        "minor_ok": arrive(session, "Charlie", "5", 200),
        "minor_late": arrive(session, "Delta", "4", 150, "fast_track"),
        "untriaged": arrive(session, "Echo", None, 3, "reception"),
    }


def test_waiting_time_target_and_overdue(session: Any, board_data: dict[str, Any]) -> None:
    board = admissions.load_board(session)
    rows = {r.birth_name: r for r in board.rows}
    assert rows["Alpha"].waiting_minutes == 45 and rows["Alpha"].target_minutes == 20
    assert rows["Alpha"].overdue and rows["Alpha"].overdue_minutes == 25
    assert not rows["Bravo"].overdue
    assert not rows["Charlie"].overdue and rows["Delta"].overdue
    assert rows["Echo"].target_minutes is None and not rows["Echo"].overdue
    assert rows["Alpha"].triage_label == "Tri 2"
    assert rows["Alpha"].name == "ALPHA Anne"


def test_seen_patients_are_no_longer_overdue(session: Any, board_data: dict[str, Any]) -> None:
    admissions.mark_seen(session, board_data["urgent_late"].id)
    rows = {r.birth_name: r for r in admissions.load_board(session).rows}
    assert rows["Alpha"].status == "seen" and not rows["Alpha"].overdue


def test_the_clock_makes_patients_overdue(session: Any, board_data: dict[str, Any]) -> None:
    assert not {r.birth_name: r for r in admissions.load_board(session).rows}["Bravo"].overdue
    clock.advance(timedelta(minutes=11))
    assert {r.birth_name: r for r in admissions.load_board(session).rows}["Bravo"].overdue


def test_counts_per_triage_level(session: Any, board_data: dict[str, Any]) -> None:
    board = admissions.load_board(session)
    assert board.counts == {"2": 2, "5": 1, "4": 1, "untriaged": 1}
    assert board.scale == "FRENCH"


def test_filters_and_sorts(session: Any, board_data: dict[str, Any]) -> None:
    board = admissions.load_board(session)
    names = lambda rows: [r.birth_name for r in rows]  # noqa: E731
    assert names(board.view(sort="waiting")) == ["Charlie", "Delta", "Alpha", "Bravo", "Echo"]
    assert names(board.view(sort="triage")) == ["Alpha", "Bravo", "Delta", "Charlie", "Echo"]
    assert names(board.view(sort="arrival", descending=True))[0] == "Echo"
    assert names(board.view(sort="overdue"))[:2] == ["Delta", "Alpha"]
    assert names(board.view(levels={"2"})) == ["Alpha", "Bravo"]
    assert names(board.view(levels={"untriaged"})) == ["Echo"]
    assert names(board.view(areas={"fast_track", "boxes"})) == ["Delta", "Alpha"]
    assert names(board.view(overdue_only=True)) == ["Delta", "Alpha"]
    assert names(board.view(statuses={"arrived"})) == ["Echo"]
    assert names(board.view(sort="name")) == ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]
    with pytest.raises(ValidationError):
        board.view(sort="colour")


def test_closed_admissions_leave_the_board(session: Any, board_data: dict[str, Any]) -> None:
    admissions.record_movement(session, board_data["minor_ok"].id, "left")
    board = admissions.load_board(session)
    assert "Charlie" not in {r.birth_name for r in board.rows}
    everything = admissions.load_board(session, statuses=None)
    assert "Charlie" in {r.birth_name for r in everything.rows}


def test_merged_patient_shows_the_surviving_identity(session: Any,
                                                     board_data: dict[str, Any]) -> None:
    survivor = admissions.register_arrival(
        session, IdentityInput(birth_name="Zulu", first_forename="Anne", sex="F",
                               birth_date="1970", identity_status="VALI",
                               identity_document="passport"), ArrivalInput())
    admissions.record_movement(session, survivor.admission.id, "discharged")
    duplicates.merge(session, survivor.patient.id, board_data["urgent_ok"].patient_id,
                     "Même patiente (pièce d'identité)")
    rows = {r.admission_id: r for r in admissions.load_board(session).rows}
    row = rows[board_data["urgent_ok"].id]
    assert row.birth_name == "Zulu" and row.identity_status == "VALI"
    assert row.provisional_id == survivor.patient.provisional_id


def test_areas_setting(session: Any) -> None:
    assert "waiting_room" in admissions.ed_areas(session)
    admissions.set_ed_areas(session, ["Accueil", "Box A", "Box A"])
    assert admissions.ed_areas(session) == ["Accueil", "Box A"]
    adm = arrive(session, "Foxtrot", "3A", 1, area="Box A")
    assert adm.area_label == "Box A"
    with pytest.raises(ValidationError):
        arrive(session, "Golf", "3A", 1, area="Nowhere")
    with pytest.raises(ValidationError):
        admissions.set_ed_areas(session, [])
    assert admissions.area_label("resus") == "Salle de déchocage"
