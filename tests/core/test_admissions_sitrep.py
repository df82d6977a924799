"""Arrivals per hour by triage level and the census by unit, for the crisis meeting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hospcrisis import clock
from hospcrisis.core import admissions, sitrep, units
from hospcrisis.core.identity import IdentityInput

NOW = datetime(2026, 11, 29, 14, 30, tzinfo=UTC)


def arrive(session, name: str, level: str | None, minutes_ago: int) -> str:
    result = admissions.register_arrival(
        session, IdentityInput(birth_name=name, first_forename="Jean", sex="M",
                               birth_date="1970"),
        admissions.ArrivalInput(arrival_at=NOW - timedelta(minutes=minutes_ago),
                                triage_level=level))
    return result.admission.id


def test_arrivals_are_counted_per_hour_and_level(session) -> None:
    clock.freeze(NOW)
    arrive(session, "Un", "2", 20)       # 14h
    arrive(session, "Deux", "3A", 25)    # 14h
    arrive(session, "Trois", "3A", 80)   # 13h
    arrive(session, "Quatre", None, 200)  # 11h, not yet triaged
    report = sitrep.build_sitrep(session)
    section = report.section("arrivals_by_triage")
    assert section is not None and section.available
    assert section.data["arrivals"] == {"2": 1, "3A": 2, "untriaged": 1}
    assert section.data["present"] == 4
    chart = section.charts[0]
    by_key = {s.key: s.values for s in chart.series}
    assert by_key["3A"][-1] == 1 and by_key["3A"][-2] == 1  # 14h and 13h
    assert by_key["untriaged"][-4] == 1
    assert chart.x_labels[-1] == "29/11 15:00"  # local time (Paris); the window spans 2 days


def test_census_by_unit(session) -> None:
    clock.freeze(NOW)
    units.create_unit(session, code="MED1", name="Médecine", kind="medicine",
                      beds=["101", "102", "103", "104"])
    admission = arrive(session, "Cinq", "4", 60)
    admissions.admit_to_unit(session, admission, "MED1", "102")
    section = sitrep.build_sitrep(session).section("census_by_unit")
    assert section is not None
    assert section.rows == (("MED1 — Médecine", 4, 1, 3, "25 %"),)
    assert "1 patients dans 1 unités ; 3 lits libres sur 4." in section.lines[0]
