"""Surgery services: rooms, staff, cases, import, cancellation, calls, plans, counts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from hospcrisis import clock
from hospcrisis.core import surgery
from hospcrisis.errors import ConflictError, PermissionDenied, ValidationError
from hospcrisis.store import audit

MONDAY = date(2026, 11, 30)
HEADER = ("reference;date;heure;duree;salle;chirurgien;nom;prenom;date_naissance;telephone;"
          "intervention;specialite;priorite\n")


@pytest.fixture
def theatre(session: Any) -> Any:
    """Two rooms and three surgeons, clock frozen on Monday 30 Nov 2026 at 07:00 (Paris)."""
    clock.freeze(datetime(2026, 11, 30, 6, 0, tzinfo=UTC))
    surgery.create_room(session, code="B1", name="Bloc 1", hours=surgery.parse_hours(
        "1-5 08:00-18:00"), specialties=["ortho"], equipment=["c-arm"])
    surgery.create_room(session, code="B2", name="Bloc 2", hours=surgery.parse_hours(
        "1-5 08:00-16:00"), specialties=[], equipment=[])
    for code, family, specialty in (("LEGRAND.P", "Legrand", "ortho"),
                                    ("BLANC.C", "Blanc", "visceral"),
                                    ("MOREL.J", "Morel", "uro")):
        surgery.create_staff(session, code=code, family_name=family, role="surgeon",
                             specialty=specialty, weekdays=[1, 2, 3, 4, 5])
    return session


def _head(session: Any) -> Any:
    return audit.head(session.store)


def _programme(lines: list[str]) -> bytes:
    return (HEADER + "".join(line + "\n" for line in lines)).encode("utf-8")


GOOD = [
    "OR-1;2026-12-01;08:00;120;B1;LEGRAND.P;DURAND;Marie;12/03/1950;06 11 22 33 44;"
    "Prothèse de hanche;ortho;P3",
    "OR-2;2026-12-01;10:30;60;B1;LEGRAND.P;PETIT;Jean;1961;06 22 33 44 55;Arthroscopie;ortho;P4",
    "OR-3;2026-12-01;08:00;90;B2;BLANC.C;ROUX;Léa;01/02/1980;06 33 44 55 66;"
    "Cholécystectomie;visceral;P2",
    "OR-4;2026-12-02;08:00;45;B2;MOREL.J;N’GUYEN;Anh;1975-05-05;;Cystoscopie;uro;P3",
    "OR-5;2026-12-03;09:00;60;B2;BLANC.C;MARTIN;Paul;1990-01-01;06 44 55 66 77;"
    "Hernie inguinale;visceral;P1b",
]


# --- bad input: a clear message, nothing saved ---------------------------------------------


@pytest.mark.parametrize("minutes", ["0", str(30 * 60), "-5", "beaucoup"])
def test_a_duration_of_zero_or_thirty_hours_is_refused(theatre: Any, minutes: str) -> None:
    head = _head(theatre)
    with pytest.raises(ValidationError) as exc:
        surgery.create_case(theatre, patient_family_name="DURAND", procedure="Hanche",
                            surgeon="LEGRAND.P", duration_min=minutes, priority="P3")
    assert "duration_min" in exc.value.fields
    assert "durée" in str(exc.value).lower()
    assert _head(theatre) == head
    assert surgery.list_cases(theatre) == []


def test_a_deadline_in_the_past_is_refused(theatre: Any) -> None:
    head = _head(theatre)
    with pytest.raises(ValidationError) as exc:
        surgery.create_case(theatre, patient_family_name="DURAND", procedure="Hanche",
                            surgeon="LEGRAND.P", duration_min=90, priority="P2",
                            deadline_override="2026-11-20T12:00")
    assert exc.value.fields == {"deadline_override"}
    assert "passée" in str(exc.value)
    assert _head(theatre) == head


def test_a_room_with_no_opening_hours_is_refused(theatre: Any) -> None:
    head = _head(theatre)
    with pytest.raises(ValidationError) as exc:
        surgery.create_room(theatre, code="B9", name="Bloc 9", hours={})
    assert exc.value.fields == {"hours"}
    assert "horaires" in str(exc.value)
    with pytest.raises(ValidationError):
        surgery.create_room(theatre, code="B9", name="Bloc 9", hours={1: ("18:00", "08:00")})
    assert _head(theatre) == head
    assert [r.code for r in surgery.list_rooms(theatre)] == ["B1", "B2"]


def test_every_problem_of_a_case_is_listed_at_once(theatre: Any) -> None:
    with pytest.raises(ValidationError) as exc:
        surgery.create_case(theatre, patient_family_name="", procedure="", surgeon="NOBODY",
                            duration_min=0, priority="P9", patient_sex="X")
    assert exc.value.fields >= {"patient_family_name", "procedure", "surgeon",
                                "duration_min", "priority", "patient_sex"}


def test_a_surgeon_in_two_rooms_at_once_refuses_the_whole_programme(theatre: Any) -> None:
    head = _head(theatre)
    clash = ("OR-9;2026-12-01;09:00;60;B2;LEGRAND.P;ROBERT;Luc;1950;;Ménisectomie;ortho;P3")
    with pytest.raises(ValidationError) as exc:
        surgery.import_programme_bytes(theatre, _programme([*GOOD, clash]), "p.csv")
    message = str(exc.value)
    assert "Ligne 2" in message and "Ligne 7" in message
    assert "LEGRAND.P" in message
    assert _head(theatre) == head
    assert surgery.list_cases(theatre) == []


def test_bad_lines_are_all_listed_and_nothing_is_imported(theatre: Any) -> None:
    bad = [
        "OR-7;2026-13-01;08:00;60;B1;LEGRAND.P;A;B;1950;;X;ortho;P3",
        "OR-8;2026-12-04;08:00;0;B1;LEGRAND.P;A;B;1950;;X;ortho;P3",
        "OR-9;2026-12-04;10:00;60;B7;LEGRAND.P;A;B;1950;;X;ortho;P7",
    ]
    with pytest.raises(ValidationError) as exc:
        surgery.import_programme_bytes(theatre, _programme([*GOOD, *bad]), "p.csv")
    fields = exc.value.fields
    assert fields == {"line:7", "line:8", "line:9"}
    assert len([f for f, _m in exc.value.problems if f == "line:9"]) == 2  # room and priority
    assert surgery.list_cases(theatre) == []


def test_a_csv_in_the_wrong_encoding_is_refused(theatre: Any) -> None:
    head = _head(theatre)
    data = _programme(GOOD).decode("utf-8").encode("cp1252")
    with pytest.raises(ValidationError) as exc:
        surgery.import_programme_bytes(theatre, data, "p.csv")
    assert "UTF-8" in str(exc.value)
    assert _head(theatre) == head


def test_a_csv_with_missing_columns_is_refused(theatre: Any) -> None:
    head = _head(theatre)
    data = b"date;heure;salle;nom\n2026-12-01;08:00;B1;DURAND\n"
    with pytest.raises(ValidationError) as exc:
        surgery.import_programme_bytes(theatre, data, "p.csv")
    message = str(exc.value)
    for column in ("duration_min", "surgeon", "procedure", "priority"):
        assert column in message
    assert _head(theatre) == head


def test_reimporting_the_same_programme_is_refused(theatre: Any) -> None:
    surgery.import_programme_bytes(theatre, _programme(GOOD), "p.csv")
    with pytest.raises(ValidationError) as exc:
        surgery.import_programme_bytes(theatre, _programme(GOOD), "p.csv")
    assert "OR-1" in str(exc.value)
    assert len(surgery.list_cases(theatre)) == len(GOOD)


def test_a_viewer_cannot_change_the_programme(theatre: Any, make_session: Any) -> None:
    viewer = make_session("viewer")
    with pytest.raises(PermissionDenied):
        surgery.import_programme_bytes(viewer, _programme(GOOD), "p.csv")
    assert surgery.list_rooms(viewer)  # but may read


# --- the whole flow ---------------------------------------------------------------------------


def test_import_cancel_call_plan_accept(theatre: Any, make_session: Any) -> None:
    s = theatre
    result = surgery.import_programme_bytes(s, _programme(GOOD), "programme.csv")
    assert result.cases == 5 and result.staff_created == ()
    cases = {c.case_ref: c for c in surgery.list_cases(s)}
    assert cases["OR-1"].status == "planned" and cases["OR-1"].room_code == "B1"
    assert cases["OR-1"].planned_start == datetime(2026, 12, 1, 7, 0, tzinfo=UTC)
    assert cases["OR-2"].patient_birth_date == "1961"  # precision kept
    assert cases["OR-5"].deadline == clock.now() + timedelta(hours=72)

    # Cancel every P3/P4 of the coming 14 days: one action, one audit entry.
    before = _head(s)
    preview = surgery.preview_cancellation(
        s, surgery.CancelRule(MONDAY, MONDAY + timedelta(days=13), ("P3", "P4")))
    assert sorted(c.case_ref or "" for c in preview) == ["OR-1", "OR-2", "OR-4"]
    cancelled = surgery.cancel_by_rule(
        s, surgery.CancelRule(MONDAY, MONDAY + timedelta(days=13), ("P3", "P4")),
        "Cyberattaque")
    assert cancelled.cancelled == 3
    after = _head(s)
    assert before is not None and after is not None and after.seq == before.seq + 1

    calls = surgery.list_calls(s, pending_only=True)
    assert len(calls) == 3
    durand = next(c for c in calls if c.patient_name == "DURAND Marie")
    assert durand.phone == "06 11 22 33 44"
    assert durand.original_start == datetime(2026, 12, 1, 7, 0, tzinfo=UTC)
    assert durand.reason == "Cyberattaque"

    nurse = make_session("nurse")
    surgery.record_call(nurse, durand.id, "unreachable")
    surgery.record_call(nurse, durand.id, "message", "Rappeler après 18 h")
    entry = surgery.record_call(nurse, durand.id, "reached", "Informée")
    assert entry.status == "reached"
    assert [a.outcome for a in entry.attempts] == ["unreachable", "message", "reached"]
    assert entry.attempts[0].caller == "Test nurse"
    assert len(surgery.list_calls(s, pending_only=True)) == 2

    counts = surgery.situation_counts(s)
    assert counts.cancelled == 3 and counts.to_replan == 3
    assert counts.waiting_by_priority["P3"] == 2 and counts.waiting_by_priority["P4"] == 1
    assert counts.calls_pending == 2

    # Capacity returns on Wednesday: re-plan two weeks.
    plan = surgery.propose_plan(s, "2026-12-02", 14, time_limit=None)
    assert plan.status == "proposed"
    placed = {line.case_id: line for line in plan.lines}
    assert set(placed) == {c.id for c in surgery.list_cases(s)
                           if c.status in ("waiting", "cancelled")
                           or (c.planned_start and c.planned_start.date() >= date(2026, 12, 2))}
    assert all(line.room for line in plan.lines)
    assert all(line.start and line.start >= datetime(2026, 12, 2, 7, 0, tzinfo=UTC)
               for line in plan.lines)
    assert plan.objective["misses"] == 0

    # A manual adjustment with live checks.
    editor = surgery.PlanEditor(s)
    hip = next(line for line in plan.lines if line.case_id == cases["OR-1"].id)
    thursday_9 = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
    assert any("B2" in p for p in editor.check(hip.case_id, "B2", thursday_9)) is False
    night = datetime(2026, 12, 3, 20, 0, tzinfo=UTC)
    words = editor.check(hip.case_id, "B1", night)
    assert words and "fermée" in words[0]
    with pytest.raises(ValidationError):
        editor.move(hip.case_id, "B1", night)
    moved = editor.move(hip.case_id, "B1", thursday_9)
    assert moved.manual and moved.start == thursday_9

    accepted = surgery.accept_plan(s)
    assert accepted.status == "accepted"
    refreshed = {c.case_ref: c for c in surgery.list_cases(s)}
    assert refreshed["OR-1"].status == "planned"
    assert refreshed["OR-1"].planned_start == thursday_9
    assert all(c.status == "planned" for c in refreshed.values())
    new_dates = [c for c in surgery.list_calls(s) if c.purpose == "new_date"]
    assert {c.case_id for c in new_dates} >= {cases[r].id for r in ("OR-1", "OR-2", "OR-4")}
    counts = surgery.situation_counts(s)
    assert counts.rescheduled == 3 and counts.to_replan == 0

    # The next plan supersedes this one, which is kept.
    surgery.propose_plan(s, "2026-12-02", 14, time_limit=None)
    second = surgery.accept_plan(s)
    first = surgery.get_plan(s, accepted.id)
    assert first.status == "superseded" and second.status == "accepted"
    assert len(first.lines) == len(accepted.lines)


def test_a_stale_plan_cannot_be_accepted(theatre: Any) -> None:
    surgery.import_programme_bytes(theatre, _programme(GOOD), "p.csv")
    surgery.propose_plan(theatre, "2026-12-01", 7, time_limit=None)
    case = next(c for c in surgery.list_cases(theatre) if c.case_ref == "OR-3")
    surgery.update_case(theatre, case.id, duration_min=100)
    with pytest.raises(ConflictError):
        surgery.accept_plan(theatre)


def test_closing_a_room_cancels_its_cases(theatre: Any) -> None:
    surgery.import_programme_bytes(theatre, _programme(GOOD), "p.csv")
    result = surgery.close_room(theatre, "B2", "2026-12-01", "2026-12-02", "Panne de bras")
    assert result.cancelled == 2
    plan = surgery.propose_plan(theatre, "2026-12-01", 3, time_limit=None)
    assert all(not (line.room == "B2" and line.start and line.start.date()
                    <= date(2026, 12, 2)) for line in plan.lines)


def test_waiting_list_is_ordered_by_priority_then_deadline(theatre: Any) -> None:
    for priority in ("P4", "P2", "P1a", "P2"):
        surgery.create_case(theatre, patient_family_name="X", procedure="Y",
                            surgeon="BLANC.C", duration_min=60, priority=priority)
    assert [c.priority for c in surgery.waiting_list(theatre)] == ["P1a", "P2", "P2", "P4"]
    first = surgery.waiting_list(theatre)[0]
    assert first.deadline == clock.now() + timedelta(hours=24)
    assert first.days_to_deadline() == pytest.approx(1.0)
