"""Surgery re-planning: 2,000 waiting cases, 20 rooms, 60 days (issue 6: ≤ 2 s median,
≤ 200 MB).

The floor is a trivial baseline measured in the same run: sorting the cases by deadline (what
any planner must at least do). The issue sets an absolute target, reported in the note.
Peak memory is the resident set of a fresh subprocess that plans once (its VmHWM).
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from common import figure, median_seconds

from hospcrisis.core.planner import (
    PRIORITIES,
    PlanCase,
    PlanPerson,
    PlanProblem,
    PlanRoom,
    merge,
    plan,
)

DAY = 1440
SPECIALTIES = ["ortho", "visceral", "uro", "gyneco", "orl", "ophtalmo", "vasculaire", "plastique"]
EQUIPMENT = ["laser", "c-arm", "robot", "microscope", "coelio"]


def instance(seed: int = 1, n_cases: int = 2000, n_rooms: int = 20, n_days: int = 60,
             planned: int = 300) -> PlanProblem:
    """A realistic backlog: weekday rooms 08:00–16/18:00, 60 surgeons operating 2–4 days a
    week with a week off, 15 anaesthetists, classes P1a…P4, ~10 % already overdue, and
    `planned` cases already holding a slot in the window."""
    rng = random.Random(seed)
    rooms = []
    for r in range(n_rooms):
        opens = []
        close = 16 * 60 if r % 4 == 3 else 18 * 60
        for d in range(n_days):
            if d % 7 < 5 and rng.random() > 0.03:
                opens.append((d * DAY + 8 * 60, d * DAY + close))
            elif d % 7 == 5 and r < 4:
                opens.append((d * DAY + 8 * 60, d * DAY + 13 * 60))
        specialties = frozenset(rng.sample(SPECIALTIES, rng.randint(1, 3))) if r % 5 else \
            frozenset()
        rooms.append(PlanRoom(f"B{r + 1:02d}", tuple(opens), specialties,
                              frozenset(rng.sample(EQUIPMENT, rng.randint(0, 3)))))
    people, surgeons, anaesthetists = [], [], []
    for k in range(60):
        days = set(rng.sample(range(5), rng.randint(2, 4)))
        holiday = rng.randrange(n_days)
        available = [(d * DAY, (d + 1) * DAY) for d in range(n_days)
                     if d % 7 in days and not holiday <= d < holiday + 7]
        people.append(PlanPerson(f"S{k:02d}", merge(available)))
        surgeons.append((f"S{k:02d}", SPECIALTIES[k % len(SPECIALTIES)]))
    for k in range(15):
        available = [(d * DAY, (d + 1) * DAY) for d in range(n_days)
                     if d % 7 < 5 and rng.random() > 0.1]
        people.append(PlanPerson(f"A{k:02d}", merge(available)))
        anaesthetists.append(f"A{k:02d}")
    cases = []
    busy: dict[str, list[tuple[int, int]]] = {}
    for c in range(n_cases):
        priority = rng.choices(list(PRIORITIES), [2, 5, 25, 40, 28])[0]
        delay = PRIORITIES[priority].max_delay
        surgeon, specialty = rng.choice(surgeons)
        deadline = None
        if delay is not None:
            window = int(delay.total_seconds() // 60)
            deadline = window - rng.randint(0, int(window * 1.1))
        duration = 15 * rng.randint(2, 16)
        current = None
        if c < planned:
            room = rng.choice([r for r in rooms if not r.specialties
                               or specialty in r.specialties])
            s, e = rng.choice(room.open)
            start = s + 15 * rng.randint(0, max(0, (e - s - duration) // 15))
            keys = (room.code, surgeon)
            if start + duration <= e and all(start + duration <= a or b <= start
                                             for k in keys for a, b in busy.get(k, [])):
                for k in keys:
                    busy.setdefault(k, []).append((start, start + duration))
                current = (room.code, start)
        cases.append(PlanCase(f"c{c:04d}", priority, duration, surgeon, deadline, specialty,
                              frozenset({rng.choice(EQUIPMENT)}) if rng.random() < 0.15
                              else frozenset(),
                              rng.choice(anaesthetists) if rng.random() < 0.3 else None,
                              current))
    return PlanProblem(n_days * DAY, tuple(rooms), tuple(people), tuple(cases))


# VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork and exec, so a child of a big
# benchmark process would report its parent's peak.
_CHILD = """
import sys
sys.path.insert(0, {bench!r}); sys.path.insert(0, {root!r})
from bench_surgery import instance
from hospcrisis.core.planner import plan
plan(instance(), time_limit=1.5)
with open("/proc/self/status") as status:
    print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""


def _peak_rss_mb() -> float:
    here = Path(__file__).resolve().parent
    out = subprocess.run([sys.executable, "-c", _CHILD.format(bench=str(here),
                                                              root=str(here.parent))],
                         capture_output=True, text=True, check=True).stdout
    return int(out.strip().splitlines()[-1]) / 1024


def run() -> list[dict]:
    problem = instance()
    last: list = []

    def planned() -> None:
        last[:] = [plan(problem, time_limit=1.5)]

    def baseline() -> None:
        sorted(problem.cases, key=lambda c: (c.deadline is None, c.deadline or 0, c.id))

    seconds = median_seconds(planned, repeat=5)
    floor = median_seconds(baseline, repeat=5)
    result = last[0]
    objective = result.objective
    note = (f"target ≤ 2 s absolute (issue 6); {len(problem.cases)} cases, "
            f"{len(problem.rooms)} rooms, 60 days; misses {objective.misses}, moved "
            f"{objective.moved}, unplaced {objective.unplaced}; floor = sorting the cases")
    rss = _peak_rss_mb()
    return [
        figure("surgery: plan 2,000 cases / 20 rooms / 60 days", seconds, "s", floor,
               note=note),
        figure("surgery: plan peak memory (subprocess RSS)", rss, "MB", None,
               note="target ≤ 200 MB absolute (issue 6); includes the Python interpreter"),
    ]
