"""Planner test support: seeded instance generators, an independent checker, an exact solver.

The checker and the exact model re-implement the rules of `hospcrisis.core.planner` from its
docstring, without using its code, so a bug in the planner cannot hide in both.
OR-Tools CP-SAT is a test-only dependency: never import it from hospcrisis/.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from hospcrisis.core.planner import (
    PRIORITIES,
    Objective,
    PlanCase,
    PlanPerson,
    PlanProblem,
    PlanResult,
    PlanRoom,
)

DAY = 1440
SPECIALTIES = ("ortho", "visceral", "uro", "gyneco")
EQUIPMENT = ("laser", "c-arm", "robot", "microscope")


# --------------------------------------------------------------------------------------------
# The independent checker.


def hard_violations(problem: PlanProblem, result: PlanResult) -> list[str]:
    """Every hard constraint the plan breaks, in words (empty: sound)."""
    out: list[str] = []
    cases = {c.id: c for c in problem.cases}
    rooms = {r.code: r for r in problem.rooms}
    people = {p.code: p for p in problem.people}
    ids = [p.case_id for p in result.placements]
    if sorted(ids) != sorted(cases):
        out.append("placements do not list every case exactly once")
    spans: list[tuple[str, int, int, PlanCase]] = []
    for p in result.placements:
        case = cases[p.case_id]
        if p.room is None:
            if p.start is not None or p.end is not None:
                out.append(f"{case.id}: left out but has times")
            if case.pinned:
                out.append(f"{case.id}: pinned case left out")
            continue
        assert p.start is not None
        if p.end != p.start + case.duration:
            out.append(f"{case.id}: end is not start + duration")
        spans.append((p.room, p.start, p.start + case.duration, case))
        if case.pinned:
            if (p.room, p.start) != case.current:
                out.append(f"{case.id}: pinned case moved")
            continue
        room = rooms.get(p.room)
        if room is None:
            out.append(f"{case.id}: unknown room {p.room}")
            continue
        if room.specialties and case.specialty not in room.specialties:
            out.append(f"{case.id}: room {room.code} does not take {case.specialty}")
        if not set(case.requirements).issubset(room.equipment):
            out.append(f"{case.id}: room {room.code} lacks equipment")
        end = p.start + case.duration
        if p.start < case.release or p.start < 0 or end > problem.horizon:
            out.append(f"{case.id}: outside the window or before release")
        if not any(s <= p.start and end <= e for s, e in room.open):
            out.append(f"{case.id}: room {room.code} not open for the whole case")
        for who in (case.surgeon, case.anaesthetist):
            if who is None:
                continue
            person = people.get(who)
            if person is None or not any(s <= p.start and end <= e
                                         for s, e in person.available):
                out.append(f"{case.id}: {who} not available")
    spans.sort(key=lambda x: x[1])
    for k, (room_a, start_a, end_a, case_a) in enumerate(spans):
        for room_b, start_b, end_b, case_b in spans[k + 1:]:
            if start_b >= end_a:
                break
            if end_b <= start_a:
                continue
            if room_a == room_b:
                out.append(f"{case_a.id} and {case_b.id} overlap in room {room_a}")
            people_a = {case_a.surgeon, case_a.anaesthetist} - {None}
            people_b = {case_b.surgeon, case_b.anaesthetist} - {None}
            for who in people_a & people_b:
                out.append(f"{case_a.id} and {case_b.id} overlap for {who}")
    return out


def objective_of(problem: PlanProblem, result: PlanResult) -> Objective:
    """Recompute the objective from the docstring's definitions."""
    where = {p.case_id: p for p in result.placements}
    misses = weighted_misses = weighted = moved = unplaced = 0
    for case in problem.cases:
        p = where[case.id]
        start = p.start if p.room is not None else problem.horizon
        assert start is not None
        late = 0 if case.deadline is None else max(0, start - case.deadline)
        misses += late > 0
        weighted_misses += (late > 0) * PRIORITIES[case.priority].weight
        weighted += late * PRIORITIES[case.priority].weight
        unplaced += p.room is None
        if case.current is not None and (p.room, p.start) != case.current:
            moved += 1
    return Objective(weighted_misses, weighted, moved, unplaced, misses)


# --------------------------------------------------------------------------------------------
# Generators.


@dataclass
class Shape:
    rooms: int = 3
    days: int = 5
    surgeons: int = 4
    anaesthetists: int = 0
    cases: int = 20
    tags: bool = True
    absences: bool = True
    planned_share: float = 0.0  # cases that already have a slot
    pinned_share: float = 0.0
    overdue_share: float = 0.1
    step: int = 15  # durations and opening times are multiples of this


def _rooms(rng: random.Random, shape: Shape) -> list[PlanRoom]:
    rooms = []
    for r in range(shape.rooms):
        open_: list[tuple[int, int]] = []
        for day in range(shape.days):
            if shape.absences and rng.random() < 0.1:
                continue  # closed that day
            start = DAY * day + rng.choice((7 * 60, 8 * 60, 8 * 60 + 30))
            end = DAY * day + rng.choice((13 * 60, 16 * 60, 18 * 60))
            open_.append((start, end))
        specialties: frozenset[str] = frozenset()
        equipment: frozenset[str] = frozenset()
        if shape.tags:
            if r % 3 == 1:
                specialties = frozenset(rng.sample(SPECIALTIES, 2))
            equipment = frozenset(rng.sample(EQUIPMENT, rng.randint(0, 2)))
        rooms.append(PlanRoom(f"R{r}", tuple(open_), specialties, equipment))
    return rooms


def _people(rng: random.Random, shape: Shape, prefix: str, count: int) -> list[PlanPerson]:
    people = []
    for k in range(count):
        available = []
        for day in range(shape.days):
            if shape.absences and rng.random() < 0.15:
                continue
            if shape.absences and rng.random() < 0.15:
                # Half a day only.
                if rng.random() < 0.5:
                    available.append((DAY * day, DAY * day + 12 * 60))
                else:
                    available.append((DAY * day + 12 * 60, DAY * (day + 1)))
            else:
                available.append((DAY * day, DAY * (day + 1)))
        merged: list[tuple[int, int]] = []
        for s, e in available:
            if merged and merged[-1][1] >= s:
                merged[-1] = (merged[-1][0], e)
            else:
                merged.append((s, e))
        people.append(PlanPerson(f"{prefix}{k}", tuple(merged)))
    return people


def random_instance(seed: int, shape: Shape) -> PlanProblem:
    """Any mix: tight or loose, overdue cases, tags, absences, already-planned cases."""
    rng = random.Random(seed)
    rooms = _rooms(rng, shape)
    surgeons = _people(rng, shape, "S", shape.surgeons)
    anaesthetists = _people(rng, shape, "A", shape.anaesthetists)
    horizon = DAY * shape.days
    cases = []
    taken: dict[str, list[tuple[int, int]]] = {}
    for k in range(shape.cases):
        priority = rng.choice(("P1a", "P1b", "P2", "P2", "P3", "P3", "P4"))
        duration = shape.step * rng.randint(2, 14)
        if rng.random() < shape.overdue_share:
            deadline: int | None = -rng.randint(0, 3 * DAY)
        elif priority == "P4":
            deadline = None
        else:
            deadline = rng.randint(0, horizon + DAY)
        specialty = rng.choice(SPECIALTIES)
        requirements: frozenset[str] = frozenset()
        if shape.tags and rng.random() < 0.2:
            requirements = frozenset({rng.choice(EQUIPMENT)})
        surgeon = rng.choice(surgeons).code
        anaesthetist = rng.choice(anaesthetists).code if anaesthetists and \
            rng.random() < 0.5 else None
        current = None
        pinned = False
        if rng.random() < shape.planned_share:
            room = rng.choice(rooms)
            if room.open:
                s, e = rng.choice(room.open)
                if e - s >= duration:
                    start = s + shape.step * rng.randint(0, (e - s - duration) // shape.step)
                    keys = [room.code, surgeon] + ([anaesthetist] if anaesthetist else [])
                    if all(start + duration <= a or b <= start
                           for key in keys for a, b in taken.get(key, [])):
                        for key in keys:
                            taken.setdefault(key, []).append((start, start + duration))
                        current = (room.code, start)
                        pinned = rng.random() < shape.pinned_share
        cases.append(PlanCase(f"c{k:03d}", priority, duration, surgeon, deadline, specialty,
                              requirements, anaesthetist, current, pinned))
    return PlanProblem(horizon, tuple(rooms), tuple(surgeons + anaesthetists), tuple(cases))


# How long after its known start a case's deadline may fall, by class: the class was set at
# some moment of its window, so the slack is anywhere between 0 and the whole window.
CLASS_SLACK = {"P1a": 24 * 60, "P1b": 72 * 60, "P2": 28 * DAY, "P3": 91 * DAY}


def feasible_instance(seed: int, shape: Shape, fill: float = 0.8,
                      slack: Sequence[int] | None = None) -> PlanProblem:
    """Built from a known schedule that meets every deadline (deadline = known start + slack).

    `slack` None: uniform between 0 and the class's whole window (`CLASS_SLACK`, realistic);
    else one of the given values.

    Rooms are filled to about `fill` of their opening time; surgeons are picked among those
    free and available at that time; durations are multiples of `shape.step`.
    """
    rng = random.Random(seed)
    rooms = _rooms(rng, shape)
    surgeons = _people(rng, shape, "S", shape.surgeons)
    horizon = DAY * shape.days
    busy: dict[str, list[tuple[int, int]]] = {p.code: [] for p in surgeons}
    cases: list[PlanCase] = []
    for room in rooms:
        for s, e in room.open:
            t = s
            while True:
                duration = shape.step * rng.randint(2, 12)
                if rng.random() > fill:
                    t += shape.step * rng.randint(1, 4)  # a gap
                if t + duration > e:
                    break
                free = [p for p in surgeons
                        if any(a <= t and t + duration <= b for a, b in p.available)
                        and all(t + duration <= a or b <= t for a, b in busy[p.code])]
                if not free:
                    t += shape.step
                    continue
                surgeon = rng.choice(free)
                busy[surgeon.code].append((t, t + duration))
                specialty = rng.choice(sorted(room.specialties) or SPECIALTIES)
                requirements: frozenset[str] = frozenset()
                if room.equipment and rng.random() < 0.3:
                    requirements = frozenset({rng.choice(sorted(room.equipment))})
                priority = rng.choice(("P1a", "P1b", "P2", "P3"))
                deadline = t + (rng.randint(0, CLASS_SLACK[priority]) if slack is None
                                else rng.choice(slack))
                cases.append(PlanCase(f"k{len(cases):03d}", priority, duration, surgeon.code,
                                      deadline, specialty, requirements))
                t += duration
    rng.shuffle(cases)
    cases = cases[:shape.cases] if shape.cases else cases
    return PlanProblem(horizon, tuple(rooms), tuple(surgeons), tuple(cases))


# --------------------------------------------------------------------------------------------
# The exact optimum (CP-SAT), lexicographic: least weighted misses (missed deadlines
# weighted by class), then least weighted lateness.


@dataclass
class Exact:
    weighted_misses: int
    weighted_lateness: int
    optimal: bool
    lower_bound: int  # on the weighted lateness at `weighted_misses`


def exact_optimum(problem: PlanProblem, time_limit: float = 20.0, workers: int = 2) -> Exact:
    """Solve `problem` exactly (no pinned or already-planned cases in these instances)."""
    from ortools.sat.python import cp_model

    horizon = problem.horizon
    rooms = {r.code: r for r in problem.rooms}
    people = {p.code: p for p in problem.people}

    def build() -> tuple[cp_model.CpModel, list, list]:
        model = cp_model.CpModel()
        room_intervals: dict[str, list] = {code: [] for code in rooms}
        person_intervals: dict[str, list] = {code: [] for code in people}
        lateness_vars = []
        miss_vars = []
        for case in problem.cases:
            assert not case.pinned and case.current is None
            options = []
            for room in problem.rooms:
                if room.specialties and case.specialty not in room.specialties:
                    continue
                if not set(case.requirements).issubset(room.equipment):
                    continue
                for s, e in room.open:
                    low = max(s, case.release, 0)
                    high = min(e, horizon) - case.duration
                    if high < low:
                        continue
                    present = model.NewBoolVar("")
                    start = model.NewIntVar(low, high, "")
                    interval = model.NewOptionalFixedSizeIntervalVar(
                        start, case.duration, present, "")
                    room_intervals[room.code].append(interval)
                    for who in (case.surgeon, case.anaesthetist):
                        if who:
                            person_intervals[who].append(interval)
                    options.append((present, start))
            placed = model.NewBoolVar("")
            model.Add(sum(p for p, _s in options) == placed)
            begin = model.NewIntVar(0, horizon, "")
            for present, start in options:
                model.Add(begin == start).OnlyEnforceIf(present)
            model.Add(begin == horizon).OnlyEnforceIf(placed.Not())
            if case.deadline is None:
                continue
            top = max(0, horizon - case.deadline)
            late = model.NewIntVar(0, top, "")
            model.Add(late >= begin - case.deadline)
            miss = model.NewBoolVar("")
            model.Add(late <= top * miss)
            lateness_vars.append((late, PRIORITIES[case.priority].weight))
            miss_vars.append((miss, PRIORITIES[case.priority].weight))
        for intervals in room_intervals.values():
            model.AddNoOverlap(intervals)
        for code, intervals in person_intervals.items():
            person = people[code]
            cursor = 0
            for s, e in [*person.available, (horizon, horizon)]:
                if s > cursor:
                    intervals.append(model.NewIntervalVar(cursor, s - cursor, s, ""))
                cursor = max(cursor, e)
            model.AddNoOverlap(intervals)
        return model, lateness_vars, miss_vars

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = 1
    model, lateness_vars, miss_vars = build()
    model.Minimize(sum(w * m for m, w in miss_vars))
    status = solver.Solve(model)
    assert status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    first_optimal = status == cp_model.OPTIMAL
    weighted_misses = round(solver.ObjectiveValue())
    model, lateness_vars, miss_vars = build()
    model.Add(sum(w * m for m, w in miss_vars) <= weighted_misses)
    model.Minimize(sum(w * v for v, w in lateness_vars))
    status = solver.Solve(model)
    assert status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    return Exact(weighted_misses, round(solver.ObjectiveValue()),
                 first_optimal and status == cp_model.OPTIMAL,
                 round(solver.BestObjectiveBound()))
