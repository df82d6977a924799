"""Search box, scanner lookup and the audited opening of a record."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from hospcrisis.core import admissions, provisional_ids
from hospcrisis.core.admissions import ArrivalInput
from hospcrisis.core.identity import IdentityInput
from hospcrisis.errors import NotFound, ValidationError
from hospcrisis.store import audit


@pytest.fixture
def people(session: Any) -> dict[str, Any]:
    out = {}
    for birth, used, first, forenames in [
        ("Lefèvre", "", "Hélène", "Hélène Marie"),
        ("D'Artagnan", "", "Charles", "Charles Ogier"),
        ("Le Gall", "Martin", "Anne-Sophie", "Anne-Sophie"),
        ("Saint-Exupéry", "", "Antoine", "Antoine Jean Baptiste"),
        ("Cœurderoy", "", "Benoît", "Benoît"),
    ]:
        out[birth] = admissions.register_arrival(
            session, IdentityInput(birth_name=birth, used_name=used, first_forename=first,
                                   forenames=forenames, sex="F", birth_date="1970",
                                   sinus_number="SIN77" if birth == "Cœurderoy" else ""),
            ArrivalInput()).patient
    return out


def found(session: Any, typed: str) -> list[str]:
    return [h.patient.birth_name for h in admissions.search(session, typed)]


@pytest.mark.parametrize(("typed", "expected"), [
    ("lef", "Lefèvre"), ("LEFEVRE", "Lefèvre"), (unicodedata.normalize("NFD", "Lefèvre"),
                                                 "Lefèvre"),
    ("helene", "Lefèvre"), ("marie", "Lefèvre"),  # any forename
    ("d'art", "D'Artagnan"), ("d’artagnan", "D'Artagnan"), ("dartagnan", "D'Artagnan"),
    ("le gall", "Le Gall"), ("legall", "Le Gall"), ("martin", "Le Gall"),  # used name
    ("anne sophie", "Le Gall"), ("anne-sophie", "Le Gall"),
    ("saint exupery", "Saint-Exupéry"), ("saint-ex", "Saint-Exupéry"),
    ("coeur", "Cœurderoy"), ("SIN77", "Cœurderoy"), ("baptiste", "Saint-Exupéry"),
])
def test_search_survives_accents_apostrophes_hyphens(session: Any, people: dict[str, Any],
                                                     typed: str, expected: str) -> None:
    assert expected in found(session, typed)


def test_search_by_id_and_no_match(session: Any, people: dict[str, Any]) -> None:
    code = people["Le Gall"].provisional_id
    assert found(session, code) == ["Le Gall"]
    assert found(session, code.replace("-", "").lower()) == ["Le Gall"]
    assert found(session, code.split("-")[1]) == ["Le Gall"]
    assert found(session, "zzz") == []
    assert found(session, "   ") == []
    assert found(session, '"*) OR (') == []  # FTS syntax is not injected
    other_station = provisional_ids.format_id("URG9", 5)
    assert found(session, other_station) == []


def test_search_is_limited_and_newest_first(session: Any) -> None:
    for i in range(60):
        admissions.register_arrival(session, IdentityInput(
            birth_name=f"Martin{i:02d}", first_forename="Paul", sex="M", birth_date="1980"),
            ArrivalInput())
    hits = admissions.search(session, "martin")
    assert len(hits) == 50
    assert hits[0].patient.birth_name == "Martin59"
    assert hits[0].status == "arrived"


def test_a_scan_with_a_wrong_check_character_says_so(session: Any,
                                                     people: dict[str, Any]) -> None:
    code = people["Lefèvre"].provisional_id
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    with pytest.raises(ValidationError, match="contrôle"):
        admissions.find_by_id(session, wrong)
    with pytest.raises(ValidationError):
        admissions.search(session, wrong)
    assert admissions.find_by_id(session, code).id == people["Lefèvre"].id
    with pytest.raises(NotFound):
        admissions.find_by_id(session, provisional_ids.format_id("TEST", 999))


def test_opening_a_record_is_audited_but_searching_is_not(session: Any,
                                                          people: dict[str, Any]) -> None:
    head = audit.head(session.store)
    admissions.search(session, "lef")
    admissions.load_board(session)
    assert audit.head(session.store) == head
    patient = people["Lefèvre"]
    record = admissions.open_patient(session, patient.id)
    assert record.patient == patient
    entry = session.store.query_one(
        "SELECT action, entity, entity_id, username FROM audit_log ORDER BY seq DESC LIMIT 1")
    assert entry == {"action": "patient.open", "entity": "patient", "entity_id": patient.id,
                     "username": "admin"}


def test_a_viewer_may_search_and_open(make_session: Any, people: dict[str, Any]) -> None:
    viewer = make_session("viewer")
    assert found(viewer, "lef") == ["Lefèvre"]
    admissions.open_patient(viewer, people["Lefèvre"].id)


def test_rebuilding_the_indexes_keeps_search_working(session: Any,
                                                     people: dict[str, Any]) -> None:
    assert admissions.rebuild_indexes(session) == 5
    assert found(session, "legall") == ["Le Gall"]
    admissions.update_identity(
        session, people["Le Gall"].id,
        IdentityInput(birth_name="Le Guen", first_forename="Anne-Sophie", sex="F",
                      birth_date="1970"))
    assert found(session, "le guen") == ["Le Guen"] and found(session, "legall") == []
