"""The main courante: append-only entries, late entries, corrections, search and filters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from hospcrisis import clock
from hospcrisis.core import crisis_log
from hospcrisis.core.crisis_log import LogKind
from hospcrisis.errors import NotFound, PermissionDenied, ValidationError

from .crisis_support import audit_count, make_units

NOW = datetime(2026, 2, 11, 13, 0, tzinfo=UTC)  # 14:00 in Paris


@pytest.fixture
def cell(session: Any) -> Any:
    clock.freeze(NOW)
    make_units(session)
    return session


def entries_in(store: Any) -> int:
    return int(store.scalar("SELECT count(*) FROM crisis_log"))


@pytest.mark.parametrize(("word", "kind"), [
    ("decision", LogKind.DECISION), ("Décision", LogKind.DECISION), ("DECISION", LogKind.DECISION),
    ("action", LogKind.ACTION), ("info", LogKind.INFORMATION),
    ("information", LogKind.INFORMATION), ("alerte", LogKind.ALERT), ("alert", LogKind.ALERT),
    ("Alerte", LogKind.ALERT),
])
def test_kinds_accept_english_codes_and_french_words(word: str, kind: LogKind) -> None:
    assert crisis_log.parse_kind(word) is kind


def test_an_entry_records_author_kind_times_and_links(cell: Any) -> None:
    before = audit_count(cell.store)
    entry = crisis_log.add_entry(cell, kind="décision", text_value="  Déclenchement du plan "
                                 "blanc numérique.\nCellule en salle 2.  ", unit="urg",
                                 patient="TEST-000042-K")
    assert audit_count(cell.store) == before + 1
    assert entry.ref == "TEST-1" and entry.number == 1
    assert entry.kind == "decision" and entry.kind_label == "Décision"
    assert entry.text == "Déclenchement du plan blanc numérique.\nCellule en salle 2."
    assert entry.author == "admin" and entry.author_role == "admin"
    assert entry.event_at == entry.entered_at == "2026-02-11T13:00:00.000Z"
    assert not entry.late
    assert (entry.unit_code, entry.patient_ref) == ("URG", "TEST-000042-K")
    second = crisis_log.add_entry(cell, kind="info", text_value="EFS prévenu.")
    assert second.ref == "TEST-2"


@pytest.mark.parametrize("body", ["", "   \n  ", "x" * 100_000])
def test_empty_or_100_kb_entries_are_refused_and_nothing_saved(cell: Any, body: str) -> None:
    before = (audit_count(cell.store), entries_in(cell.store))
    with pytest.raises(ValidationError) as err:
        crisis_log.add_entry(cell, kind="information", text_value=body)
    assert err.value.fields == {"text"}
    assert ("Texte de l’entrée est obligatoire" in str(err.value)
            or "Texte de l’entrée est trop long (100000 caractères ; 5000 au plus)"
            in str(err.value))
    assert (audit_count(cell.store), entries_in(cell.store)) == before


def test_a_late_entry_keeps_both_times(cell: Any) -> None:
    entry = crisis_log.add_entry(cell, kind="alert", text_value="Appel du SAMU : 3 victimes.",
                                 event_at="13:20")  # local time, 40 minutes ago
    assert entry.event_at == "2026-02-11T12:20:00.000Z"
    assert entry.entered_at == "2026-02-11T13:00:00.000Z"
    assert entry.late
    earlier = crisis_log.add_entry(cell, kind="action", text_value="Coursiers désignés.",
                                   event_at="10/02/2026 22h15")
    assert earlier.event_at == "2026-02-10T21:15:00.000Z"
    # listed in the order of events, not of writing
    assert [e.ref for e in crisis_log.list_entries(cell)] == ["TEST-2", "TEST-1"]


@pytest.mark.parametrize(("when", "message"), [
    ("2026-02-11T15:30", "est dans le futur"),
    ("2026-02-12T09:00", "est dans le futur"),
    ("11/02/2025 14:00", "remonte à plus de 60 jours"),
    ("1999-01-01T00:00", "remonte à plus de 60 jours"),
    ("demain", "n’est pas une heure"),
    ("25:00", "n’est pas une heure"),
])
def test_event_times_in_the_future_or_years_back_are_refused(cell: Any, when: str,
                                                             message: str) -> None:
    before = entries_in(cell.store)
    with pytest.raises(ValidationError) as err:
        crisis_log.add_entry(cell, kind="information", text_value="Test", event_at=when)
    assert err.value.fields == {"event_at"}
    assert message in str(err.value)
    assert entries_in(cell.store) == before


def test_a_minute_of_clock_drift_is_not_the_future(cell: Any) -> None:
    entry = crisis_log.add_entry(cell, kind="information", text_value="Horloge",
                                 event_at=NOW + timedelta(minutes=1))
    assert entry.event_at == "2026-02-11T13:01:00.000Z"


def test_every_problem_of_an_entry_is_listed_together(cell: Any) -> None:
    with pytest.raises(ValidationError) as err:
        crisis_log.add_entry(cell, kind="rumeur", text_value="", event_at="2030-01-01T00:00",
                             unit="NOWHERE", patient="x" * 200, corrects="999")
    assert err.value.fields == {"kind", "text", "event_at", "unit", "patient", "corrects"}


def test_a_correction_is_a_new_entry_pointing_to_the_old_one(cell: Any) -> None:
    wrong = crisis_log.add_entry(cell, kind="decision", text_value="Réunion de crise à 14 h.")
    fix = crisis_log.add_entry(cell, kind="decision", text_value="Réunion de crise à 13 h.",
                               corrects=wrong.number)
    assert fix.corrects_id == wrong.id and fix.corrects_ref == "TEST-1" and fix.is_correction
    old = crisis_log.get_entry(cell, "TEST-1")
    assert old.text == "Réunion de crise à 14 h." and old.corrected_by == ("TEST-2",)
    again = crisis_log.add_entry(cell, kind="decision", text_value="Finalement 15 h.",
                                 corrects="#1")
    assert crisis_log.get_entry(cell, wrong.id).corrected_by == ("TEST-2", "TEST-3")
    assert crisis_log.get_entry(cell, 3).corrects_ref == again.corrects_ref == "TEST-1"
    with pytest.raises(NotFound):
        crisis_log.get_entry(cell, "TEST-99")


def test_search_ignores_accents_and_case_and_filters_combine(cell: Any,
                                                             make_session: Any) -> None:
    manager = make_session("nurse_manager")
    crisis_log.add_entry(cell, kind="decision", text_value="Déprogrammation de la chirurgie "
                         "réglée", unit="BLOC")
    crisis_log.add_entry(manager, kind="alert", text_value="Stock de BRACELETS bas",
                         unit="URG", event_at="12:00")
    crisis_log.add_entry(cell, kind="information", text_value="Hélène Dupré transférée",
                         patient="TEST-000007-X")
    crisis_log.add_entry(cell, kind="alert", text_value="50 % des postes chiffrés")

    def refs(**filters: Any) -> list[str]:
        return [e.ref for e in crisis_log.list_entries(cell, **filters)]

    assert refs(search="deprogrammation REGLEE") == ["TEST-1"]
    assert refs(search="helene") == ["TEST-3"]
    assert refs(search="bracelets") == ["TEST-2"]
    assert refs(search="50 %") == ["TEST-4"]  # LIKE wildcards are plain text
    assert refs(search="000007") == ["TEST-3"]  # the patient reference is searchable
    assert refs(kinds=["alerte"]) == ["TEST-2", "TEST-4"]
    assert refs(kinds=["alert"], unit="URG") == ["TEST-2"]
    assert refs(author="nurse-manager-user") == ["TEST-2"]
    assert refs(author="Test nurse") == ["TEST-2"]
    assert refs(patient="test-000007-x") == ["TEST-3"]
    assert refs(start="12:30") == ["TEST-1", "TEST-3", "TEST-4"]
    assert refs(end="12:30") == ["TEST-2"]
    assert refs(limit=2) == ["TEST-3", "TEST-4"]
    with pytest.raises(ValidationError):
        crisis_log.list_entries(cell, kinds=["rumeur"])


def test_who_may_write_and_read_the_log(cell: Any, make_session: Any) -> None:
    for role in ("nurse", "it_recovery", "viewer"):
        with pytest.raises(PermissionDenied):
            crisis_log.add_entry(make_session(role), kind="information", text_value="x")
    for role in ("crisis_cell", "nurse_manager"):
        crisis_log.add_entry(make_session(role), kind="information", text_value=role)
    assert len(crisis_log.list_entries(make_session("viewer"))) == 2


def test_entries_are_json_ready(cell: Any) -> None:
    entry = crisis_log.add_entry(cell, kind="action", text_value="Coursiers", unit="LABO")
    data = entry.to_dict()
    assert data["kind"] == "action" and data["unit"] == "LABO" and data["late"] is False
    assert set(data) >= {"id", "ref", "number", "text", "event_at", "entered_at", "author",
                         "author_name", "patient_ref", "corrects", "corrected_by"}
