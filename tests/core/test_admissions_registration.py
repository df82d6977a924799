"""Registration: every field, identity status rules, unknown patients, and bad input."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from hospcrisis import clock
from hospcrisis.core import admissions
from hospcrisis.core.admissions import ArrivalInput
from hospcrisis.core.identity import IdentityInput
from hospcrisis.errors import PermissionDenied, ValidationError
from hospcrisis.i18n import use_language
from hospcrisis.store import admissions as store
from hospcrisis.store import audit

NOW = datetime(2026, 3, 10, 14, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _frozen() -> None:
    clock.freeze(NOW)


def _state(st: Any) -> tuple[Any, dict[str, int]]:
    return audit.head(st), store.counts(st)


def person(**changes: Any) -> IdentityInput:
    base: dict[str, Any] = {"birth_name": "Martin", "first_forename": "Claire",
                            "forenames": "Claire Anne", "sex": "F",
                            "birth_date": "14/07/1980"}
    base.update(changes)
    return IdentityInput(**base)


def test_every_field_is_kept(session: Any) -> None:
    result = admissions.register_arrival(
        session,
        IdentityInput(birth_name="Martin", used_name="Dupont", first_forename="Claire",
                      forenames="Claire Anne Marie", sex="F", birth_date="14/07/1980",
                      birthplace_code="40088", birthplace="Dax", identity_status="VALI",
                      identity_document="id_card", sinus_number="SIN-2026-0042",
                      phone="+33 6 12 34 56 78"),
        ArrivalInput(arrival_mode="fire_brigade", complaint="Douleur thoracique",
                     area="boxes", triage_level="2"))
    p, a = result.patient, result.admission
    assert (p.birth_name, p.used_name, p.first_forename, p.forenames) == \
        ("Martin", "Dupont", "Claire", "Claire Anne Marie")
    assert (p.sex, p.birth_date, p.birth_date_precision) == ("F", "1980-07-14", "day")
    assert (p.birthplace_code, p.birthplace) == ("40088", "Dax")
    assert (p.identity_status, p.identity_document) == ("VALI", "id_card")
    assert p.sinus_number == "SIN-2026-0042" and p.phone == "+33 6 12 34 56 78"
    assert p.pid32 == ("VALI",)
    assert p.display_name == "MARTIN (DUPONT) Claire"
    assert p.birth_date_text == "14/07/1980"
    assert (a.arrival_mode, a.complaint, a.area) == ("fire_brigade", "Douleur thoracique",
                                                     "boxes")
    assert (a.status, a.triage_scale, a.triage_level) == ("triaged", "FRENCH", "2")
    assert a.arrival_at == a.entered_at == clock.to_iso(NOW)
    record = admissions.open_patient(session, p.id)
    kinds = [m.kind for m in record.admissions[0].movements]
    assert kinds == ["arrival", "triaged"]
    assert [t.level for t in record.admissions[0].triage] == ["2"]


def test_identity_is_provisional_by_default(session: Any) -> None:
    result = admissions.register_arrival(session, person(), ArrivalInput())
    assert result.patient.identity_status == "PROV"
    assert result.patient.identity_status_label == "Provisoire"


def test_validated_identity_needs_the_document_type(session: Any) -> None:
    before = _state(session.store)
    with pytest.raises(ValidationError) as caught:
        admissions.register_arrival(session, person(identity_status="VALI"), ArrivalInput())
    assert "identity_document" in caught.value.fields
    assert "pièce d’identité" in str(caught.value)
    assert _state(session.store) == before


@pytest.mark.parametrize("status", ["RECUP", "QUAL"])
def test_statuses_needing_the_ins_teleservice_are_refused(session: Any, status: str) -> None:
    with pytest.raises(ValidationError, match="INS"):
        admissions.register_arrival(session, person(identity_status=status,
                                                    identity_document="passport"),
                                    ArrivalInput())


def test_late_entry_keeps_both_times(session: Any) -> None:
    result = admissions.register_arrival(session, person(),
                                         ArrivalInput(arrival_at="10/03/2026 09:05"))
    # 09:05 in Paris (UTC+1 in March) is 08:05 UTC
    assert result.admission.arrival_at == "2026-03-10T08:05:00.000Z"
    assert result.admission.entered_at == clock.to_iso(NOW)
    assert result.admission.late_entry


def test_year_only_birth_date_is_kept_as_a_year(session: Any) -> None:
    result = admissions.register_arrival(session, person(birth_date="1950"), ArrivalInput())
    assert (result.patient.birth_date, result.patient.birth_date_precision) == ("1950", "year")
    assert result.patient.birth_date_text == "1950"


def test_unknown_patient_never_gets_an_invented_birth_date(session: Any) -> None:
    result = admissions.register_arrival(
        session,
        IdentityInput(unknown=True, sex="M", estimated_age_min=30, estimated_age_max=40,
                      description="Blouson noir, tatouage avant-bras droit"),
        ArrivalInput(arrival_mode="smur", triage_level="1"))
    p = result.patient
    assert p.unknown and p.birth_date is None and p.birth_date_precision == "unknown"
    assert (p.estimated_age_min, p.estimated_age_max) == (30, 40)
    assert p.birth_date_text == ""
    assert "Patient inconnu" in p.display_name and "30" in p.display_name
    assert p.provisional_id


def test_unknown_patient_needs_an_age_estimate_and_a_description(session: Any) -> None:
    before = _state(session.store)
    with pytest.raises(ValidationError) as caught:
        admissions.register_arrival(session, IdentityInput(unknown=True), ArrivalInput())
    assert {"estimated_age", "description"} <= caught.value.fields
    assert _state(session.store) == before


def test_unknown_patient_cannot_be_validated(session: Any) -> None:
    with pytest.raises(ValidationError, match="inconnu"):
        admissions.register_arrival(
            session, IdentityInput(unknown=True, estimated_age_min=20, description="x",
                                   identity_status="VALI", identity_document="passport"),
            ArrivalInput())


# --- bad input: a clear message, nothing saved ------------------------------------------------

BAD_DATES = [
    ("30/02/1990", "n’existe pas"),
    ("29/02/2023", "n’existe pas"),
    ("31/04/1990", "n’existe pas"),
    ("01/01/2030", "futur"),
    ("2031", "futur"),
    ("01/01/1880", "plus de 130 ans"),
    ("1850", "plus de 130 ans"),
    ("12/13/1990", "n’existe pas"),
    ("12/03/90", "quatre chiffres"),
    ("hier", "n’est pas une date"),
]


@pytest.mark.parametrize(("typed", "message"), BAD_DATES)
def test_impossible_or_future_birth_dates_are_refused(session: Any, typed: str,
                                                      message: str) -> None:
    before = _state(session.store)
    with pytest.raises(ValidationError) as caught:
        admissions.register_arrival(session, person(birth_date=typed), ArrivalInput())
    assert message in str(caught.value)
    assert caught.value.fields == {"birth_date"}
    assert _state(session.store) == before


def test_29_february_of_a_leap_year_is_fine(session: Any) -> None:
    result = admissions.register_arrival(session, person(birth_date="29/02/2024"),
                                         ArrivalInput())
    assert result.patient.birth_date == "2024-02-29"


def test_estimated_age_over_130_is_refused(session: Any) -> None:
    with pytest.raises(ValidationError, match="130"):
        admissions.register_arrival(
            session, IdentityInput(unknown=True, estimated_age_min=140, description="x"),
            ArrivalInput())


def test_empty_required_traits_are_all_listed(session: Any) -> None:
    before = _state(session.store)
    with pytest.raises(ValidationError) as caught:
        admissions.register_arrival(session, IdentityInput(birth_name="  ", sex=""),
                                    ArrivalInput())
    assert {"birth_name", "first_forename", "sex", "birth_date"} <= caught.value.fields
    assert "Nom de naissance est obligatoire" in str(caught.value)
    assert _state(session.store) == before
    with use_language("en"), pytest.raises(ValidationError) as caught_en:
        admissions.register_arrival(session, IdentityInput(), ArrivalInput())
    assert "Birth name is required." in str(caught_en.value)


@pytest.mark.parametrize("field", ["complaint", "note"])
def test_10000_character_text_is_refused_with_a_message(session: Any, field: str) -> None:
    before = _state(session.store)
    with pytest.raises(ValidationError) as caught:
        admissions.register_arrival(session, person(), ArrivalInput(**{field: "x" * 10_000}))
    assert "10000" in str(caught.value) and "500" in str(caught.value)
    assert _state(session.store) == before


def test_10000_character_name_and_description_are_refused(session: Any) -> None:
    before = _state(session.store)
    with pytest.raises(ValidationError) as caught:
        admissions.register_arrival(
            session, person(birth_name="A" * 10_000, description="d" * 10_000),
            ArrivalInput())
    assert {"birth_name", "description"} <= caught.value.fields
    assert _state(session.store) == before


def test_future_arrival_time_is_refused(session: Any) -> None:
    later = NOW + timedelta(hours=2)
    with pytest.raises(ValidationError, match="futur"):
        admissions.register_arrival(session, person(), ArrivalInput(arrival_at=later))


def test_unknown_triage_level_and_mode_are_listed_together(session: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        admissions.register_arrival(session, person(),
                                    ArrivalInput(triage_level="7", arrival_mode="teleport"))
    assert {"triage_level", "arrival_mode"} <= caught.value.fields


@pytest.mark.parametrize("name", [
    "Hélène", unicodedata.normalize("NFD", "Hélène"), "D'Artagnan", "D’Artagnan",
    "Saint-Exupéry", "de La Fontaine", "Le Gall", "N'Diaye", "Cœurderoy",
    "<b>Dupont</b>", "=cmd|' /C calc'!A0", "+33", "@SUM(1)",
])
def test_names_are_kept_literally(session: Any, name: str) -> None:
    result = admissions.register_arrival(session, person(birth_name=name),
                                         ArrivalInput(complaint=name))
    stored = admissions.get_patient(session, result.patient.id)
    assert stored.birth_name == unicodedata.normalize("NFC", name)
    assert result.admission.complaint == unicodedata.normalize("NFC", name)


def test_nfc_and_nfd_accents_store_the_same_text(session: Any) -> None:
    a = admissions.register_arrival(session, person(birth_name="Lefèvre"), ArrivalInput())
    b = admissions.register_arrival(
        session, person(birth_name=unicodedata.normalize("NFD", "Lefèvre"),
                        birth_date="15/07/1981"), ArrivalInput())
    assert a.patient.birth_name == b.patient.birth_name == "Lefèvre"


def test_control_characters_are_refused(session: Any) -> None:
    with pytest.raises(ValidationError, match="contrôle"):
        admissions.register_arrival(session, person(birth_name="Dup\x00ont"), ArrivalInput())


def test_phone_and_birthplace_code_are_checked(session: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        admissions.register_arrival(session, person(phone="call me", birthplace_code="ABC"),
                                    ArrivalInput())
    assert {"phone", "birthplace_code"} <= caught.value.fields


def test_one_registration_is_one_audit_entry(session: Any) -> None:
    head = audit.head(session.store)
    assert head is not None
    admissions.register_arrival(session, person(), ArrivalInput(triage_level="3B"))
    after = audit.head(session.store)
    assert after is not None and after.seq == head.seq + 1
    entry = session.store.query_one("SELECT action, entity FROM audit_log WHERE seq = ?",
                                    (after.seq,))
    assert entry == {"action": "patient.register", "entity": "patient"}
    assert audit.verify(session.store).ok


def test_a_viewer_may_not_register(make_session: Any) -> None:
    with pytest.raises(PermissionDenied):
        admissions.register_arrival(make_session("viewer"), person(), ArrivalInput())


def test_correcting_an_identity_keeps_the_history_in_the_audit(session: Any) -> None:
    result = admissions.register_arrival(
        session, IdentityInput(unknown=True, sex="F", estimated_age_min=70,
                               description="Manteau beige"), ArrivalInput())
    updated, _candidates = admissions.update_identity(
        session, result.patient.id,
        person(identity_status="VALI", identity_document="passport"),
        expected_version=result.patient.version)
    assert not updated.unknown and updated.identity_status == "VALI"
    assert updated.provisional_id == result.patient.provisional_id
    entry = session.store.query_one(
        "SELECT before, after FROM audit_log WHERE action = 'patient.update'")
    assert "Manteau beige" in entry["before"] and "Martin" in entry["after"]
    assert admissions.search(session, "martin claire")[0].patient.id == result.patient.id
