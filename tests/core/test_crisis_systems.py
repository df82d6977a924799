"""Systems status: configurable list, states in two languages, history, summary, timelines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from hospcrisis import clock
from hospcrisis.core import crisis_log, systems
from hospcrisis.core.systems import SystemState
from hospcrisis.errors import PermissionDenied, ValidationError

from .crisis_support import audit_count

T0 = datetime(2026, 2, 11, 2, 0, tzinfo=UTC)


@pytest.fixture
def it(session: Any) -> Any:
    clock.freeze(T0)
    return session


@pytest.mark.parametrize(("word", "state"), [
    ("functional", SystemState.FUNCTIONAL), ("fonctionnel", SystemState.FUNCTIONAL),
    ("OK", SystemState.FUNCTIONAL), ("partial", SystemState.PARTIAL),
    ("partiel", SystemState.PARTIAL), ("Partiellement fonctionnel", SystemState.PARTIAL),
    ("down", SystemState.DOWN), ("hors service", SystemState.DOWN), ("HS", SystemState.DOWN),
    ("Hors-service", SystemState.DOWN), ("non-functional", SystemState.DOWN),
    ("na", SystemState.NA), ("n/a", SystemState.NA), ("non applicable", SystemState.NA),
])
def test_states_accept_english_codes_and_french_words(word: str, state: SystemState) -> None:
    assert systems.parse_state(word) is state


def test_unknown_is_not_a_state_anyone_sets() -> None:
    with pytest.raises(ValidationError, match="État inconnu « unknown »"):
        systems.parse_state("unknown")


def test_the_default_systems_are_listed_not_reported(it: Any) -> None:
    listed = systems.list_systems(it)
    assert [s.code for s in listed][:4] == ["dpi", "adt", "lab", "pacs"]
    assert {"phones", "email", "network", "badges", "or_planning", "pharmacy"} <= {
        s.code for s in listed}
    assert all(s.state == "unknown" and s.state_label == "Non renseigné" for s in listed)
    assert listed[0].name == "Dossier patient informatisé (DPI)"


def test_a_status_change_is_kept_in_history_and_logged(it: Any) -> None:
    before = audit_count(it.store)
    dpi = systems.set_status(it, "dpi", "hors service", note="Chiffrement constaté")
    assert audit_count(it.store) == before + 1
    assert (dpi.state, dpi.note, dpi.since) == ("down", "Chiffrement constaté",
                                                "2026-02-11T02:00:00.000Z")
    clock.advance(timedelta(hours=3))
    back = systems.set_status(it, "DPI", "partial", since=T0 + timedelta(hours=2, minutes=30))
    assert back.since == "2026-02-11T04:30:00.000Z" and back.reported_at > back.since
    history = systems.history(it, "dpi")
    assert [(c.state, c.note) for c in history] == [("down", "Chiffrement constaté"),
                                                    ("partial", "")]
    logged = crisis_log.list_entries(it)
    assert [e.kind for e in logged] == ["alert", "information"]
    assert logged[0].text.startswith("Système Dossier patient informatisé (DPI) : Hors service")
    assert logged[1].event_at == back.since


def test_bad_status_reports_list_every_problem(it: Any) -> None:
    with pytest.raises(ValidationError) as err:
        systems.set_status(it, "fax", "cassé", note="x" * 600,
                           since=T0 + timedelta(hours=2))
    assert err.value.fields == {"system", "state", "note", "since"}
    assert "Il n’y a pas de système « fax »" in str(err.value)
    assert it.store.scalar("SELECT count(*) FROM crisis_system_status") == 0


def test_the_list_of_systems_is_configurable(it: Any) -> None:
    tube = systems.define_system(it, "pneumatique", "Transport pneumatique")
    assert tube.code == "pneumatique" and tube.state == "unknown"
    assert systems.list_systems(it)[-1].code == "pneumatique"
    systems.define_system(it, "fax", "Télécopie", position=5)
    assert systems.list_systems(it)[1].code == "fax"
    renamed = systems.define_system(it, "dpi", "DPI (Orbis)")
    assert renamed.name == "DPI (Orbis)" and systems.list_systems(it)[0].name == "DPI (Orbis)"
    systems.define_system(it, "badges", "Badges", active=False)
    assert "badges" not in [s.code for s in systems.list_systems(it)]
    with pytest.raises(ValidationError, match="n’est plus suivi"):
        systems.set_status(it, "badges", "down")
    with pytest.raises(ValidationError):
        systems.define_system(it, "Pas Un Code!", "")


def test_the_summary_is_what_the_main_window_shows(it: Any) -> None:
    summary = systems.summary(it)
    assert summary.level == "warning" and summary.counts["unknown"] == summary.total
    for code in ("dpi", "adt"):
        systems.set_status(it, code, "down")
    systems.set_status(it, "lab", "partial")
    for code in ("pacs", "pharmacy", "or_planning", "phones", "email", "network", "badges",
                 "printers"):
        systems.set_status(it, code, "functional")
    summary = systems.summary(it)
    assert summary.level == "critical"
    assert summary.counts == {"functional": 8, "partial": 1, "down": 2, "na": 0, "unknown": 0}
    assert summary.down == ("Dossier patient informatisé (DPI)",
                            "Admissions et mouvements (GAP / ADT)")
    assert summary.text == "Hors service : 2 · Partiellement fonctionnel : 1 · Fonctionnel : 8"
    for code in ("dpi", "adt", "lab"):
        systems.set_status(it, code, "fonctionnel")
    assert systems.summary(it).level == "ok"


def test_timelines_follow_the_stated_times(it: Any) -> None:
    systems.set_status(it, "lab", "down")
    clock.advance(timedelta(hours=2))
    systems.set_status(it, "lab", "partial")
    clock.advance(timedelta(hours=2))
    # reported late: back to normal since an hour ago
    systems.set_status(it, "lab", "functional", since=clock.now() - timedelta(hours=1))
    (lab,) = [t for t in systems.timelines(it) if t.code == "lab"]
    assert [(s.start, s.end, s.state) for s in lab.segments] == [
        ("2026-02-11T02:00:00.000Z", "2026-02-11T04:00:00.000Z", "down"),
        ("2026-02-11T04:00:00.000Z", "2026-02-11T05:00:00.000Z", "partial"),
        ("2026-02-11T05:00:00.000Z", None, "functional")]
    points = systems.time_points(T0 - timedelta(hours=1), T0 + timedelta(hours=4),
                                 timedelta(hours=1))
    counts = systems.state_counts(it, points)
    assert counts["down"] == [0, 1, 1, 0, 0, 0]
    assert counts["partial"] == [0, 0, 0, 1, 0, 0]
    assert counts["functional"] == [0, 0, 0, 0, 1, 1]
    assert counts["unknown"][0] == len(systems.list_systems(it))


def test_who_may_report_a_status(it: Any, make_session: Any) -> None:
    systems.set_status(make_session("it_recovery"), "network", "partial")
    systems.set_status(make_session("crisis_cell"), "phones", "functional")
    for role in ("nurse", "nurse_manager", "viewer"):
        with pytest.raises(PermissionDenied):
            systems.set_status(make_session(role), "email", "down")
    assert systems.summary(make_session("viewer")).counts["partial"] == 1
