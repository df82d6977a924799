"""Provisional IDs: format, check character, per-station sequence, reserved blocks."""

from __future__ import annotations

from typing import Any

import pytest
from stdnum.iso7064 import mod_37_36

from hospcrisis.core import admissions, provisional_ids
from hospcrisis.core.identity import IdentityInput
from hospcrisis.errors import PermissionDenied, ValidationError
from hospcrisis.i18n import use_language
from hospcrisis.store import admissions as store
from hospcrisis.store import audit

PERSON = IdentityInput(birth_name="Durand", first_forename="Paul", sex="M",
                       birth_date="02/03/1970")


def _state(st: Any) -> tuple[Any, dict[str, int]]:
    return audit.head(st), store.counts(st)


def test_format_and_check_character_follow_iso_7064_mod_37_36() -> None:
    code = provisional_ids.format_id("URG1", 42)
    station, number, check = code.split("-")
    assert (station, number) == ("URG1", "000042")
    assert mod_37_36.is_valid(f"URG1000042{check}")
    assert provisional_ids.parse(code).number == 42


@pytest.mark.parametrize("typed", ["urg1-000042-{c}", " URG1000042{c} ", "URG1 - 000042 - {c}"])
def test_scanned_or_typed_forms_are_accepted(typed: str) -> None:
    check = provisional_ids.check_character("URG1", 42)
    assert str(provisional_ids.parse(typed.format(c=check.lower() if typed[0] == "u"
                                                  else check))) == f"URG1-000042-{check}"


def test_a_wrong_check_character_is_caught_with_a_clear_message() -> None:
    good = provisional_ids.format_id("URG1", 42)
    wrong = good[:-1] + ("0" if good[-1] != "0" else "1")
    with pytest.raises(ValidationError) as caught:
        provisional_ids.parse(wrong)
    assert "caractère de contrôle" in str(caught.value)
    with use_language("en"), pytest.raises(ValidationError) as caught_en:
        provisional_ids.parse(wrong)
    assert "check character" in str(caught_en.value)


def test_every_single_character_typo_is_caught() -> None:
    code = provisional_ids.format_id("URG1", 123456).replace("-", "")
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for position in range(len(code)):
        for char in alphabet:
            if char == code[position]:
                continue
            typo = code[:position] + char + code[position + 1:]
            if not provisional_ids.looks_like_id(typo):
                continue
            with pytest.raises(ValidationError):
                provisional_ids.parse(typo)


def test_not_an_id_says_what_an_id_looks_like() -> None:
    with pytest.raises(ValidationError, match="NNNNNN-C"):
        provisional_ids.parse("hello")


def test_sequence_per_station_and_ids_differ_between_stations(session: Any) -> None:
    first = admissions.register_arrival(session, PERSON, admissions.ArrivalInput())
    second = admissions.register_arrival(
        session, IdentityInput(birth_name="Petit", first_forename="Lou", sex="F",
                               birth_date="1999"), admissions.ArrivalInput())
    assert first.patient.provisional_id == provisional_ids.format_id("TEST", 1)
    assert second.patient.provisional_id == provisional_ids.format_id("TEST", 2)
    assert provisional_ids.format_id("URG2", 1) != first.patient.provisional_id


def test_reserve_a_block_then_use_each_id_once(session: Any) -> None:
    block = provisional_ids.reserve(session, 3, "Packets for the ED")
    assert block.count == 3 and len(set(block.codes)) == 3
    registered = admissions.register_arrival(
        session, PERSON, admissions.ArrivalInput(provisional_id=block.codes[1].lower()))
    assert registered.patient.provisional_id == block.codes[1]
    # the station's own sequence continues after the block
    other = admissions.register_arrival(
        session, IdentityInput(birth_name="Roux", first_forename="Léa", sex="F",
                               birth_date="01/01/2001"), admissions.ArrivalInput())
    assert other.patient.provisional_id == provisional_ids.format_id("TEST", 4)
    listed = provisional_ids.list_blocks(session)
    assert listed[0].used == 1


def test_a_reserved_id_used_twice_is_refused_and_nothing_saved(session: Any) -> None:
    block = provisional_ids.reserve(session, 2)
    admissions.register_arrival(session, PERSON,
                                admissions.ArrivalInput(provisional_id=block.codes[0]))
    before = _state(session.store)
    with pytest.raises(ValidationError) as caught:
        admissions.register_arrival(
            session, IdentityInput(birth_name="Autre", first_forename="Personne", sex="F",
                                   birth_date="1980"),
            admissions.ArrivalInput(provisional_id=block.codes[0]))
    assert "déjà été utilisé" in str(caught.value)
    assert _state(session.store) == before


def test_a_reserved_id_with_a_wrong_check_character_is_refused(session: Any) -> None:
    block = provisional_ids.reserve(session, 1)
    wrong = block.codes[0][:-1] + ("0" if block.codes[0][-1] != "0" else "1")
    before = _state(session.store)
    with pytest.raises(ValidationError) as caught:
        admissions.register_arrival(session, PERSON,
                                    admissions.ArrivalInput(provisional_id=wrong))
    assert "provisional_id" in caught.value.fields
    assert _state(session.store) == before


def test_an_id_never_reserved_here_is_refused(session: Any) -> None:
    code = provisional_ids.format_id("TEST", 900)
    before = _state(session.store)
    with pytest.raises(ValidationError, match="jamais été réservé"):
        admissions.register_arrival(session, PERSON,
                                    admissions.ArrivalInput(provisional_id=code))
    assert _state(session.store) == before


def test_a_cancelled_block_can_no_longer_be_used(session: Any) -> None:
    block = provisional_ids.reserve(session, 2)
    provisional_ids.cancel_block(session, block.id, "Packets lost in the flood")
    with pytest.raises(ValidationError, match="annulé"):
        admissions.register_arrival(session, PERSON,
                                    admissions.ArrivalInput(provisional_id=block.codes[0]))


def test_a_packet_of_another_station_is_accepted_once(session: Any) -> None:
    code = provisional_ids.format_id("CRISE", 17)
    first = admissions.register_arrival(session, PERSON,
                                        admissions.ArrivalInput(provisional_id=code))
    assert first.patient.provisional_id == code
    with pytest.raises(ValidationError):
        admissions.register_arrival(
            session, IdentityInput(birth_name="Other", first_forename="One", sex="M",
                                   birth_date="1990"),
            admissions.ArrivalInput(provisional_id=code))


@pytest.mark.parametrize("count", [0, -1, 5001])
def test_block_size_is_limited(session: Any, count: int) -> None:
    before = _state(session.store)
    with pytest.raises(ValidationError, match="5000"):
        provisional_ids.reserve(session, count)
    assert _state(session.store) == before


def test_a_nurse_may_not_reserve_blocks(make_session: Any) -> None:
    with pytest.raises(PermissionDenied):
        provisional_ids.reserve(make_session("nurse"), 10)


def test_reserving_writes_one_audit_entry(session: Any) -> None:
    head = audit.head(session.store)
    assert head is not None
    provisional_ids.reserve(session, 50)
    after = audit.head(session.store)
    assert after is not None and after.seq == head.seq + 1
