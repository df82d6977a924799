"""The planner never breaks a hard constraint, meets every deadline a known schedule meets,
stays near the exact optimum on small instances, and keeps planned cases where it can."""

from __future__ import annotations

import pytest

from hospcrisis.core import planner
from hospcrisis.core.planner import PlanCase, PlanPerson, PlanProblem, PlanRoom
from tests.core.surgery_instances import (
    Shape,
    exact_optimum,
    feasible_instance,
    hard_violations,
    objective_of,
    random_instance,
)

SHAPES = [
    Shape(rooms=2, days=3, surgeons=3, cases=15),
    Shape(rooms=3, days=5, surgeons=4, anaesthetists=2, cases=40, planned_share=0.3,
          pinned_share=0.2),
    Shape(rooms=5, days=7, surgeons=8, anaesthetists=3, cases=90, planned_share=0.4,
          pinned_share=0.1, overdue_share=0.2),
]


@pytest.mark.parametrize("shape", SHAPES, ids=["tiny", "small", "medium"])
@pytest.mark.parametrize("seed", range(8))
def test_every_plan_keeps_every_hard_constraint(shape: Shape, seed: int) -> None:
    problem = random_instance(seed, shape)
    result = planner.plan(problem, time_limit=None)
    assert hard_violations(problem, result) == []
    assert objective_of(problem, result) == result.objective
    assert planner.verify(problem, result.placements) == []
    # Late and left-out cases come first.
    flags = [p.late for p in result.placements]
    assert flags == sorted(flags, reverse=True)


@pytest.mark.parametrize("seed", range(40))
def test_a_schedule_known_to_meet_every_deadline_is_found_small(seed: int) -> None:
    problem = feasible_instance(seed, Shape(rooms=3, days=5, surgeons=4, cases=0), fill=0.8)
    result = planner.plan(problem, time_limit=None)
    assert hard_violations(problem, result) == []
    assert result.objective.misses == 0


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(10))
def test_a_schedule_known_to_meet_every_deadline_is_found_larger(seed: int) -> None:
    problem = feasible_instance(seed, Shape(rooms=8, days=10, surgeons=12, cases=0),
                                fill=0.8)
    assert len(problem.cases) > 200
    result = planner.plan(problem, time_limit=None)
    assert hard_violations(problem, result) == []
    assert result.objective.misses == 0


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(8))
def test_small_instances_are_within_ten_percent_of_the_optimum(seed: int) -> None:
    problem = random_instance(seed, Shape(rooms=2, days=3, surgeons=3, anaesthetists=1,
                                          cases=20, overdue_share=0.15))
    result = planner.plan(problem, time_limit=None)
    assert hard_violations(problem, result) == []
    exact = exact_optimum(problem, time_limit=20)
    assert exact.optimal
    assert result.objective.weighted_misses == exact.weighted_misses
    assert result.objective.weighted_lateness <= 1.1 * exact.weighted_lateness


def _day(d: int, start: int = 8 * 60, end: int = 18 * 60) -> tuple[int, int]:
    return (d * 1440 + start, d * 1440 + end)


def test_planned_cases_that_still_fit_are_not_moved() -> None:
    rooms = (PlanRoom("B1", (_day(0), _day(1))), PlanRoom("B2", (_day(0), _day(1))))
    people = (PlanPerson("S1", ((0, 2880),)), PlanPerson("S2", ((0, 2880),)))
    planned = [PlanCase(f"p{k}", "P3", 60, "S1", 2000, current=("B1", 480 + 60 * k))
               for k in range(4)]
    waiting = [PlanCase(f"w{k}", "P2", 90, "S2", 1500) for k in range(4)]
    problem = PlanProblem(2880, rooms, people, tuple(planned + waiting))
    result = planner.plan(problem, time_limit=None)
    assert result.objective.misses == 0
    assert result.objective.moved == 0
    assert all(p.room is not None for p in result.placements)


def test_an_urgent_case_displaces_a_planned_one_when_nothing_else_works() -> None:
    rooms = (PlanRoom("B1", (_day(0, 480, 600), _day(1))),)
    people = (PlanPerson("S1", ((0, 2880),)),)
    planned = PlanCase("p3", "P3", 120, "S1", 2500, current=("B1", 480))
    urgent = PlanCase("u1", "P1a", 120, "S1", 480)
    problem = PlanProblem(2880, rooms, people, (planned, urgent))
    result = planner.plan(problem, time_limit=None)
    where = {p.case_id: p for p in result.placements}
    assert where["u1"].start == 480 and not where["u1"].late
    assert where["p3"].moved and not where["p3"].late
    assert result.objective == planner.Objective(0, 0, 1, 0)


def test_an_emergency_deadline_is_never_missed_to_meet_two_p3_deadlines() -> None:
    # One morning of one room: either the P1a case (2 h, start by 08:00) is on time, or both
    # P3 cases (1 h each, start by 08:00 and 09:00) are — not all three.
    rooms = (PlanRoom("B1", (_day(0, 480, 600),)),)
    people = (PlanPerson("S1", ((0, 1440),)), PlanPerson("S2", ((0, 1440),)))
    problem = PlanProblem(1440, rooms, people, (
        PlanCase("p3-a", "P3", 60, "S2", 480),
        PlanCase("p3-b", "P3", 60, "S2", 540),
        PlanCase("p1a", "P1a", 120, "S1", 480)))
    result = planner.plan(problem, time_limit=None)
    where = {p.case_id: p for p in result.placements}
    assert where["p1a"].start == 480 and not where["p1a"].late
    assert where["p3-a"].late and where["p3-b"].late
    assert result.objective.misses == 2
    assert result.objective.weighted_misses == 2 * planner.PRIORITIES["P3"].weight
    assert hard_violations(problem, result) == []


def test_cases_that_cannot_be_placed_say_why() -> None:
    rooms = (PlanRoom("B1", (_day(0),), frozenset({"ortho"})),)
    people = (PlanPerson("S1", ((0, 1440),)), PlanPerson("S2", ()))
    problem = PlanProblem(1440, rooms, people, (
        PlanCase("uro", "P2", 60, "S1", 600, specialty="uro"),
        PlanCase("away", "P2", 60, "S2", 600, specialty="ortho"),
        PlanCase("long", "P2", 700, "S1", 600, specialty="ortho")))
    result = planner.plan(problem, time_limit=None)
    reasons = {p.case_id: p.reason for p in result.placements}
    assert reasons == {"uro": "no_room", "away": "no_surgeon_time", "long": "no_slot"}
    assert all(p.late for p in result.placements)  # counted as late by at least 840 min
    assert {p.lateness for p in result.placements} == {840}


def test_conflicts_for_names_every_broken_rule() -> None:
    rooms = (PlanRoom("B1", (_day(0),), frozenset(), frozenset({"laser"})),
             PlanRoom("B2", (_day(0),)))
    people = (PlanPerson("S1", ((0, 720),)),)
    a = PlanCase("a", "P2", 60, "S1", None)
    b = PlanCase("b", "P2", 60, "S1", None, requirements=frozenset({"laser"}))
    problem = PlanProblem(1440, rooms, people, (a, b))
    placements = [planner.Placement("a", "B1", 480, 540, 0, False)]
    kinds = {c.kind for c in planner.conflicts_for(problem, placements, "b", "B2", 500)}
    assert kinds == {"room_unsuitable", "surgeon_busy"}
    kinds = {c.kind for c in planner.conflicts_for(problem, placements, "b", "B1", 700)}
    assert kinds == {"surgeon_unavailable"}
    kinds = {c.kind for c in planner.conflicts_for(problem, placements, "b", "B1", 1100)}
    assert kinds == {"room_closed", "surgeon_unavailable"}
    assert planner.conflicts_for(problem, placements, "b", "B1", 540) == []


def test_the_priority_table_follows_domain_md() -> None:
    hours = {code: (c.max_delay.total_seconds() / 3600 if c.max_delay else None)
             for code, c in planner.PRIORITIES.items()}
    assert hours == {"P1a": 24, "P1b": 72, "P2": 28 * 24, "P3": 91 * 24, "P4": None}
    weights = [c.weight for c in planner.PRIORITIES.values()]
    assert weights == sorted(weights, reverse=True)
