"""Re-planning the operating theatres: a pure function from rooms, people and cases to a plan.

No store, no clock, no Qt: integers in, integers out. Times are whole minutes from the start
of the planning window (minute 0 = local midnight of its first day); `core/surgery.py` turns
dates into minutes, reads the database and translates the codes below into words.

Priority classes (FSSA, DOMAIN.md) live in ONE table, `PRIORITIES`: the deadline of each class
and the weight its lateness counts with. Correct them there.

Hard constraints — `plan` never breaks one, `verify` reports every breach:
* a case lies inside one open interval of its room (opening hours per weekday, minus closures,
  minus the time taken by pinned cases), inside the window, not before its release time;
* two cases never overlap in one room;
* a room accepts the case: the case's specialty is one of the room's (a room with no specialty
  takes any) and the room has every piece of equipment the case requires;
* one person (surgeon, anaesthetist when the case names one) is in one case at a time, and only
  while available.

Objective, compared lexicographically (`Objective`, smaller is better):
1. `weighted_misses` — Σ weight(class) over the cases that start after their deadline;
2. `weighted_lateness` — Σ weight(class) × minutes late (start − deadline);
3. `moved` — already-planned cases given another room or time (or dropped from the window);
4. `unplaced` — cases left without a slot.
`misses` (the plain count of missed deadlines) is reported too, but never compared.
A case left without a slot counts as if it started at the end of the window, so leaving a case
out is never better than giving it a slot.

Why missed deadlines are *weighted* (a policy decision, issue 6): counted plainly, one missed P1a
deadline weighs as much as one missed P3 deadline, so the planner would miss an emergency's
deadline to meet two P3 deadlines. Weighted by class (`PRIORITIES`: P1a 100, P1b 30, P2 10,
P3 3, P4 1 — P4 has no deadline), one P1a miss outweighs 33 P3 misses and 3 P2 misses, one P1b
miss 9 P3 misses. Correct the weights in `PRIORITIES` if the clinicians want another trade.

Algorithm: list scheduling in deadline order (EDF; overdue cases first by weight), each case at
its earliest feasible start over the rooms that accept it (ties go to the room the fewest other
cases need), built twice — once keeping every already-planned case that is still on time in its
slot, once from scratch — and the better one improved by local search under a budget: pull late
cases earlier by ejecting less urgent ones, put moved cases back in their old slot, shift cases
left. Small instances (≤ `SMALL_INSTANCE` cases) also get a search over the scheduling order.
Everything is deterministic for a given input unless `time_limit` cuts the search short.
"""

from __future__ import annotations

import copy
import random
import time
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from hospcrisis.i18n import N_

MINUTES_PER_DAY = 1440
SMALL_INSTANCE = 30  # cases: at most this many, an order search runs after the local search
MAX_BLOCK = 4  # consecutive cases ejected at once to make room for a late one
RUIN_SIZE = 40  # cases taken out at once around a late case
RUIN_TRIES = 12  # attempts per late case and round
MAX_STALL = 12  # order search: perturbations without improvement before it stops
ORDER_EVALUATIONS = 60  # order search: decodes per case, from each construction


@dataclass(frozen=True)
class PriorityClass:
    """One FSSA priority class: its deadline after the class was set, and its weight."""

    code: str
    label: str  # marked with N_; translate with _()
    max_delay: timedelta | None  # None: no deadline (P4 can wait more than 3 months)
    weight: int  # how much one minute of lateness counts in the objective


# THE table of priority classes (DOMAIN.md "Surgery prioritisation"). Weights *to confirm*.
PRIORITIES: dict[str, PriorityClass] = {
    "P1a": PriorityClass("P1a", N_("P1a — emergency, within 24 hours"), timedelta(hours=24), 100),
    "P1b": PriorityClass("P1b", N_("P1b — urgent, within 72 hours"), timedelta(hours=72), 30),
    "P2": PriorityClass("P2", N_("P2 — within 4 weeks"), timedelta(weeks=4), 10),
    "P3": PriorityClass("P3", N_("P3 — within 3 months"), timedelta(days=91), 3),
    "P4": PriorityClass("P4", N_("P4 — can wait more than 3 months"), None, 1),
}
PRIORITY_CODES: tuple[str, ...] = tuple(PRIORITIES)

Interval = tuple[int, int]


@dataclass(frozen=True)
class PlanRoom:
    """An operating room over the window: open intervals (sorted, disjoint) and what it takes."""

    code: str
    open: tuple[Interval, ...]
    specialties: frozenset[str] = frozenset()  # empty: any specialty
    equipment: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PlanPerson:
    """A surgeon or anaesthetist: the intervals (sorted, disjoint) when they may operate."""

    code: str
    available: tuple[Interval, ...]


@dataclass(frozen=True)
class PlanCase:
    """A case to place. `current` is its slot in the programme today, if it has one."""

    id: str
    priority: str
    duration: int
    surgeon: str
    deadline: int | None = None  # latest start, minutes; None: no deadline
    specialty: str = ""
    requirements: frozenset[str] = frozenset()
    anaesthetist: str | None = None
    current: tuple[str, int] | None = None  # (room code, start minute)
    pinned: bool = False  # done or under way: stays at `current`, whatever happens
    release: int = 0  # earliest start, minutes

    @property
    def weight(self) -> int:
        return PRIORITIES[self.priority].weight


@dataclass(frozen=True)
class PlanProblem:
    """Everything the planner knows: the window [0, horizon), rooms, people, cases."""

    horizon: int
    rooms: tuple[PlanRoom, ...]
    people: tuple[PlanPerson, ...]
    cases: tuple[PlanCase, ...]


@dataclass(frozen=True, order=True)
class Objective:
    """The four criteria, compared in this order (smaller is better), and the plain count
    of missed deadlines (`misses`, shown to people, not compared)."""

    weighted_misses: int = 0
    weighted_lateness: int = 0
    moved: int = 0
    unplaced: int = 0
    misses: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Placement:
    """Where a case goes. `room`/`start` None: no slot in the window (`reason` says why)."""

    case_id: str
    room: str | None
    start: int | None
    end: int | None
    lateness: int  # minutes after the deadline (at least, for a case left out)
    moved: bool
    reason: str | None = None  # for a case left out: "no_room", "no_surgeon_time", "no_slot"

    @property
    def placed(self) -> bool:
        return self.room is not None

    @property
    def late(self) -> bool:
        return self.lateness > 0


@dataclass(frozen=True)
class PlanResult:
    """The plan: late and left-out cases first (most urgent first), then the rest by start."""

    placements: tuple[Placement, ...]
    objective: Objective
    stats: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Conflict:
    """A broken hard constraint. `kind` is one of `CONFLICT_KINDS`."""

    kind: str
    case_id: str
    other_case_id: str | None = None
    resource: str | None = None


CONFLICT_KINDS = (
    "unknown_room",  # the room does not exist in the window
    "room_unsuitable",  # specialty or equipment missing
    "room_closed",  # not inside one opening interval of the room
    "outside_window",  # before 0, after the horizon, or before the case's release
    "room_busy",  # overlaps another case in the room
    "surgeon_unavailable",
    "surgeon_busy",
    "anaesthetist_unavailable",
    "anaesthetist_busy",
    "pinned_moved",  # a case done or under way was given another slot
)


# ---------------------------------------------------------------------------------------------
# Interval helpers (pure).


def merge(intervals: Iterable[Interval]) -> tuple[Interval, ...]:
    """Sorted, disjoint, non-adjacent union of `intervals` (empty ones dropped)."""
    out: list[list[int]] = []
    for start, end in sorted(i for i in intervals if i[1] > i[0]):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return tuple((s, e) for s, e in out)


def subtract(intervals: Iterable[Interval], holes: Iterable[Interval]) -> tuple[Interval, ...]:
    """`intervals` minus the union of `holes`."""
    cut = merge(holes)
    out: list[Interval] = []
    for start, end in merge(intervals):
        cursor = start
        for h_start, h_end in cut:
            if h_end <= cursor or h_start >= end:
                continue
            if h_start > cursor:
                out.append((cursor, h_start))
            cursor = max(cursor, h_end)
            if cursor >= end:
                break
        if cursor < end:
            out.append((cursor, end))
    return tuple(out)


def clip(intervals: Iterable[Interval], low: int, high: int) -> tuple[Interval, ...]:
    """`intervals` cut to [low, high)."""
    return merge((max(s, low), min(e, high)) for s, e in intervals)


def _inside(intervals: Sequence[Interval], start: int, end: int) -> bool:
    i = bisect_right(intervals, (start, 1 << 62)) - 1
    return i >= 0 and intervals[i][0] <= start and end <= intervals[i][1]


def room_accepts(room: PlanRoom, case: PlanCase) -> bool:
    """True when `room` may host `case` (specialty and equipment; no side effect)."""
    if room.specialties and case.specialty not in room.specialties:
        return False
    return case.requirements <= room.equipment


def lateness_of(case: PlanCase, start: int | None, horizon: int) -> int:
    """Minutes late: start − deadline, or horizon − deadline for a case left out; never < 0."""
    if case.deadline is None:
        return 0
    return max(0, (horizon if start is None else start) - case.deadline)


def evaluate(problem: PlanProblem, placements: Iterable[Placement]) -> Objective:
    """The objective of any set of placements (cases without a placement count as left out)."""
    where = {p.case_id: p for p in placements}
    misses = weighted_misses = weighted = moved = unplaced = 0
    for case in problem.cases:
        p = where.get(case.id)
        start = p.start if p is not None and p.room is not None else None
        late = lateness_of(case, start, problem.horizon)
        misses += late > 0
        weighted_misses += (late > 0) * case.weight
        weighted += late * case.weight
        if start is None:
            unplaced += 1
        if case.current is not None and (p is None or p.room is None
                                         or (p.room, p.start) != case.current):
            moved += 1
    return Objective(weighted_misses, weighted, moved, unplaced, misses)


# ---------------------------------------------------------------------------------------------
# Verification (also the live check of a manual change).


def verify(problem: PlanProblem, placements: Iterable[Placement]) -> list[Conflict]:
    """Every hard constraint that `placements` break (empty list: the plan is sound)."""
    cases = {c.id: c for c in problem.cases}
    placed = [p for p in placements if p.room is not None and p.start is not None]
    conflicts: list[Conflict] = []
    for p in placed:
        assert p.room is not None and p.start is not None
        conflicts.extend(_own_conflicts(problem, cases[p.case_id], p.room, p.start))
    conflicts.extend(_overlaps(problem, cases, placed))
    return conflicts


def conflicts_for(problem: PlanProblem, placements: Iterable[Placement], case_id: str,
                  room: str, start: int) -> list[Conflict]:
    """What would break if `case_id` went to `room` at `start`, the others staying put."""
    cases = {c.id: c for c in problem.cases}
    case = cases[case_id]
    conflicts = _own_conflicts(problem, case, room, start)
    others = [p for p in placements if p.case_id != case_id and p.room is not None
              and p.start is not None]
    end = start + case.duration
    for p in others:
        other = cases[p.case_id]
        assert p.start is not None
        if p.start >= end or p.start + other.duration <= start:
            continue
        if p.room == room:
            conflicts.append(Conflict("room_busy", case_id, p.case_id, room))
        if case.surgeon in (other.surgeon, other.anaesthetist):
            conflicts.append(Conflict("surgeon_busy", case_id, p.case_id, case.surgeon))
        if case.anaesthetist and case.anaesthetist in (other.surgeon, other.anaesthetist):
            conflicts.append(Conflict("anaesthetist_busy", case_id, p.case_id,
                                      case.anaesthetist))
    return conflicts


def _own_conflicts(problem: PlanProblem, case: PlanCase, room_code: str,
                   start: int) -> list[Conflict]:
    end = start + case.duration
    rooms = {r.code: r for r in problem.rooms}
    people = {p.code: p for p in problem.people}
    room = rooms.get(room_code)
    if case.pinned:
        if case.current != (room_code, start):
            return [Conflict("pinned_moved", case.id, None, room_code)]
        return []
    out: list[Conflict] = []
    if room is None:
        return [Conflict("unknown_room", case.id, None, room_code)]
    if not room_accepts(room, case):
        out.append(Conflict("room_unsuitable", case.id, None, room_code))
    if start < max(0, case.release) or end > problem.horizon:
        out.append(Conflict("outside_window", case.id, None, room_code))
    if not _inside(room.open, start, end):
        out.append(Conflict("room_closed", case.id, None, room_code))
    surgeon = people.get(case.surgeon)
    if surgeon is None or not _inside(surgeon.available, start, end):
        out.append(Conflict("surgeon_unavailable", case.id, None, case.surgeon))
    if case.anaesthetist:
        anaesthetist = people.get(case.anaesthetist)
        if anaesthetist is None or not _inside(anaesthetist.available, start, end):
            out.append(Conflict("anaesthetist_unavailable", case.id, None, case.anaesthetist))
    return out


def _overlaps(problem: PlanProblem, cases: Mapping[str, PlanCase],
              placed: Sequence[Placement]) -> list[Conflict]:
    by_resource: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for p in placed:
        case = cases[p.case_id]
        assert p.start is not None and p.room is not None
        span = (p.start, p.start + case.duration, case.id)
        by_resource.setdefault(("room", p.room), []).append(span)
        by_resource.setdefault(("person", case.surgeon), []).append(span)
        if case.anaesthetist and case.anaesthetist != case.surgeon:
            by_resource.setdefault(("person", case.anaesthetist), []).append(span)
    out: list[Conflict] = []
    for (kind, code), spans in by_resource.items():
        spans.sort()
        running_end, running_id = -1, ""
        for start, end, case_id in spans:
            if start < running_end:
                if kind == "room":
                    out.append(Conflict("room_busy", case_id, running_id, code))
                else:
                    which = ("surgeon_busy" if cases[case_id].surgeon == code
                             else "anaesthetist_busy")
                    out.append(Conflict(which, case_id, running_id, code))
            if end > running_end:
                running_end, running_id = end, case_id
    return out


# ---------------------------------------------------------------------------------------------
# The search state: resources as sorted interval lists, bisected.


def _lists(n: int) -> list[list[int]]:
    return [[] for _ in range(n)]


class _State:
    """Mutable schedule over preprocessed arrays. Index-based for speed."""

    def __init__(self, problem: PlanProblem) -> None:
        self.problem = problem
        self.horizon = horizon = problem.horizon
        cases = problem.cases
        n = len(cases)
        room_index = {r.code: i for i, r in enumerate(problem.rooms)}
        person_index = {p.code: i for i, p in enumerate(problem.people)}
        for case in cases:
            for code in (case.surgeon, case.anaesthetist):
                if code and code not in person_index:
                    person_index[code] = len(person_index)
        self.room_codes = [r.code for r in problem.rooms]
        self.n_people = len(person_index)
        self.dur = [c.duration for c in cases]
        self.weight = [c.weight for c in cases]
        never = 1 << 60
        self.deadline = [never if c.deadline is None else c.deadline for c in cases]
        self.has_deadline = [c.deadline is not None for c in cases]
        self.surgeon = [person_index[c.surgeon] for c in cases]
        self.anaes = [person_index[c.anaesthetist] if c.anaesthetist
                      and c.anaesthetist != c.surgeon else -1 for c in cases]
        self.release = [max(0, c.release) for c in cases]
        self.current: list[tuple[int, int] | None] = [
            (room_index[c.current[0]], c.current[1])
            if c.current is not None and c.current[0] in room_index else None for c in cases]
        self.had_current = [c.current is not None for c in cases]
        self.pinned = [c.pinned and c.current is not None for c in cases]
        self.eligible = [[room_accepts(r, c) for r in problem.rooms] for c in cases]

        # Pinned cases take their time out of rooms and people once and for all.
        room_holes: list[list[Interval]] = [[] for _ in problem.rooms]
        person_holes: list[list[Interval]] = [[] for _ in range(self.n_people)]
        for i, case in enumerate(cases):
            if self.pinned[i]:
                assert case.current is not None
                span = (case.current[1], case.current[1] + case.duration)
                cur = self.current[i]
                if cur is not None:
                    room_holes[cur[0]].append(span)
                person_holes[self.surgeon[i]].append(span)
                if self.anaes[i] >= 0:
                    person_holes[self.anaes[i]].append(span)
        avail: list[tuple[Interval, ...]] = [((0, horizon),)] * self.n_people
        for person in problem.people:
            avail[person_index[person.code]] = clip(person.available, 0, horizon)
        self.av_s: list[list[int]] = []
        self.av_e: list[list[int]] = []
        for p in range(self.n_people):
            free = subtract(avail[p], person_holes[p])
            self.av_s.append([s for s, _e in free])
            self.av_e.append([e for _s, e in free])

        # Sessions: the open intervals of every room, grouped by day for fast skipping.
        excl = [0.0] * len(problem.rooms)
        for i in range(n):
            rooms_ok = [r for r, ok in enumerate(self.eligible[i]) if ok]
            for r in rooms_ok:
                excl[r] += self.dur[i] / len(rooms_ok)
        self.excl = excl
        self.sess_start: list[int] = []
        self.sess_end: list[int] = []
        self.sess_room: list[int] = []
        self.sess_free: list[int] = []
        self.room_sess_starts: list[list[int]] = []
        self.room_sess_ids: list[list[int]] = []
        for r, room in enumerate(problem.rooms):
            opened = subtract(clip(room.open, 0, horizon), room_holes[r])
            starts, ids = [], []
            for s, e in opened:
                ids.append(len(self.sess_start))
                starts.append(s)
                self.sess_start.append(s)
                self.sess_end.append(e)
                self.sess_room.append(r)
                self.sess_free.append(e - s)
            self.room_sess_starts.append(starts)
            self.room_sess_ids.append(ids)
        self.n_days = horizon // MINUTES_PER_DAY + 1
        self.day_sessions: list[list[int]] = [[] for _ in range(self.n_days)]
        for s, start in enumerate(self.sess_start):
            self.day_sessions[min(start // MINUTES_PER_DAY, self.n_days - 1)].append(s)
        for day in self.day_sessions:
            day.sort(key=lambda s: (self.sess_start[s], excl[self.sess_room[s]], s))
        big = 1 << 60
        self.day_min_start = [self.sess_start[d[0]] if d else big for d in self.day_sessions]
        self.day_max_free = [max((self.sess_free[s] for s in d), default=0)
                             for d in self.day_sessions]

        # Placed cases per room and per person: parallel sorted lists of starts, ends, cases.
        self.rb_s: list[list[int]] = [[] for _ in problem.rooms]
        self.rb_e: list[list[int]] = [[] for _ in problem.rooms]
        self.rb_c: list[list[int]] = [[] for _ in problem.rooms]
        self.pb_s: list[list[int]] = [[] for _ in range(self.n_people)]
        self.pb_e: list[list[int]] = [[] for _ in range(self.n_people)]
        self.pb_c: list[list[int]] = [[] for _ in range(self.n_people)]
        self.defer = False  # decoding rule of this schedule (see _construct)
        self.pos_room = [-1] * n
        self.pos_start = [0] * n
        # Objective totals, kept up to date by place/remove.
        self.wmiss = self.wlate = self.moved = self.unplaced = self.nmiss = 0
        for i in range(n):
            cur = self.current[i]
            if self.pinned[i] and cur is not None:
                # Fixed facts: they count in the objective but never move.
                self.pos_room[i], self.pos_start[i] = cur
            self._count(i, +1)
        self._initial = (list(self.sess_free), list(self.day_max_free), list(self.pos_room),
                         list(self.pos_start), self.objective(), self.nmiss)
        # Effective due time: latest on-time start in an empty schedule (-1: cannot be on time).
        self.due = [self.latest_start(i) for i in range(n)]

    def fresh(self) -> _State:
        """An empty schedule sharing this one's preprocessed data (cheap: no recomputation)."""
        new = copy.copy(self)
        sess_free, day_max_free, pos_room, pos_start, totals, nmiss = self._initial
        new.sess_free, new.day_max_free = list(sess_free), list(day_max_free)
        new.pos_room, new.pos_start = list(pos_room), list(pos_start)
        new.wmiss, new.wlate, new.moved, new.unplaced = totals
        new.nmiss = nmiss
        rooms, people = len(self.rb_s), len(self.pb_s)
        new.rb_s, new.rb_e, new.rb_c = (_lists(rooms) for _ in range(3))
        new.pb_s, new.pb_e, new.pb_c = (_lists(people) for _ in range(3))
        return new

    def lower_bound(self) -> tuple[int, int]:
        """(weighted misses, weighted lateness) no plan can beat: cases late even in an empty
        schedule, each at its earliest possible start (read-only)."""
        empty = self.fresh()
        wmiss = wlate = 0
        for i in range(len(self.dur)):
            if self.pinned[i]:
                late = self._late(i)
            elif not self.has_deadline[i] or self.latest_start(i) >= 0:
                continue
            else:
                r, t = empty.best(i)
                late = max(0, (t if r >= 0 else self.horizon) - self.deadline[i])
            wmiss += (late > 0) * self.weight[i]
            wlate += late * self.weight[i]
        return wmiss, wlate

    # -- objective --------------------------------------------------------------------------

    def _late(self, i: int) -> int:
        if not self.has_deadline[i]:
            return 0
        start = self.pos_start[i] if self.pos_room[i] >= 0 else self.horizon
        return max(0, start - self.deadline[i])

    def _count(self, i: int, sign: int) -> None:
        late = self._late(i)
        self.nmiss += sign * (late > 0)
        self.wmiss += sign * (late > 0) * self.weight[i]
        self.wlate += sign * late * self.weight[i]
        if self.pos_room[i] < 0:
            self.unplaced += sign
            self.moved += sign * self.had_current[i]
        else:
            self.moved += sign * (self.had_current[i]
                                  and self.current[i] != (self.pos_room[i], self.pos_start[i]))

    def objective(self) -> tuple[int, int, int, int]:
        """(weighted misses, weighted lateness, moved, unplaced): compared as a tuple."""
        return (self.wmiss, self.wlate, self.moved, self.unplaced)

    # -- placing ----------------------------------------------------------------------------

    def _session_of(self, r: int, t: int) -> int:
        k = bisect_right(self.room_sess_starts[r], t) - 1
        return self.room_sess_ids[r][k] if k >= 0 else -1

    def _day_refresh(self, s: int) -> None:
        day = min(self.sess_start[s] // MINUTES_PER_DAY, self.n_days - 1)
        free = self.sess_free
        self.day_max_free[day] = max((free[x] for x in self.day_sessions[day]), default=0)

    @staticmethod
    def _add(starts: list[int], ends: list[int], owners: list[int], s: int, e: int,
             i: int) -> None:
        k = bisect_right(starts, s)
        starts.insert(k, s)
        ends.insert(k, e)
        owners.insert(k, i)

    @staticmethod
    def _drop(starts: list[int], ends: list[int], owners: list[int], s: int, i: int) -> None:
        k = bisect_right(starts, s) - 1
        while owners[k] != i:
            k -= 1
        del starts[k], ends[k], owners[k]

    def place(self, i: int, r: int, t: int) -> None:
        """Put case `i` in room `r` at `t` (the caller checked it fits)."""
        self._count(i, -1)
        e = t + self.dur[i]
        self._add(self.rb_s[r], self.rb_e[r], self.rb_c[r], t, e, i)
        p = self.surgeon[i]
        self._add(self.pb_s[p], self.pb_e[p], self.pb_c[p], t, e, i)
        a = self.anaes[i]
        if a >= 0:
            self._add(self.pb_s[a], self.pb_e[a], self.pb_c[a], t, e, i)
        s = self._session_of(r, t)
        self.sess_free[s] -= self.dur[i]
        self._day_refresh(s)
        self.pos_room[i], self.pos_start[i] = r, t
        self._count(i, +1)

    def remove(self, i: int) -> tuple[int, int]:
        """Take case `i` out of the schedule; returns its old (room, start)."""
        r, t = self.pos_room[i], self.pos_start[i]
        self._count(i, -1)
        self._drop(self.rb_s[r], self.rb_e[r], self.rb_c[r], t, i)
        p = self.surgeon[i]
        self._drop(self.pb_s[p], self.pb_e[p], self.pb_c[p], t, i)
        a = self.anaes[i]
        if a >= 0:
            self._drop(self.pb_s[a], self.pb_e[a], self.pb_c[a], t, i)
        s = self._session_of(r, t)
        self.sess_free[s] += self.dur[i]
        self._day_refresh(s)
        self.pos_room[i] = -1
        self._count(i, +1)
        return r, t

    def earliest(self, i: int, s: int, low: int) -> int:
        """Earliest feasible start of case `i` in session `s` at or after `low`; -1 if none."""
        d = self.dur[i]
        t = max(self.sess_start[s], self.release[i], low)
        end = self.sess_end[s]
        r = self.sess_room[s]
        rbs, rbe = self.rb_s[r], self.rb_e[r]
        checks = [(self.av_s[self.surgeon[i]], self.av_e[self.surgeon[i]],
                   self.pb_s[self.surgeon[i]], self.pb_e[self.surgeon[i]])]
        if self.anaes[i] >= 0:
            a = self.anaes[i]
            checks.append((self.av_s[a], self.av_e[a], self.pb_s[a], self.pb_e[a]))
        while t + d <= end:
            k = bisect_right(rbe, t)
            if k < len(rbs) and rbs[k] < t + d:
                t = rbe[k]
                continue
            moved = False
            for avs, ave, bs, be in checks:
                k = bisect_right(ave, t)
                if k == len(ave):
                    return -1
                if avs[k] > t:
                    t, moved = avs[k], True
                    break
                if ave[k] < t + d:
                    if k + 1 == len(avs):
                        return -1
                    t, moved = avs[k + 1], True
                    break
                k = bisect_right(be, t)
                if k < len(bs) and bs[k] < t + d:
                    t, moved = be[k], True
                    break
            if not moved:
                return t
        return -1

    def latest_start(self, i: int) -> int:
        """Latest start ≤ deadline that case `i` could have with nothing else placed.

        -1 when even an empty schedule cannot start it on time; the deadline itself when it
        has none (read-only).
        """
        d, deadline = self.dur[i], self.deadline[i]
        if not self.has_deadline[i]:
            return deadline
        people = [self.surgeon[i]] + ([self.anaes[i]] if self.anaes[i] >= 0 else [])
        best = -1
        for r, ok in enumerate(self.eligible[i]):
            if not ok:
                continue
            starts, ids = self.room_sess_starts[r], self.room_sess_ids[r]
            k = bisect_right(starts, deadline) - 1
            while k >= 0:
                s = ids[k]
                hi = min(deadline, self.sess_end[s] - d)
                if hi < best:
                    break
                t = self._latest_common(people, self.sess_start[s], hi, d)
                if t >= 0:
                    best = max(best, t)
                    break
                k -= 1
        return best

    def _latest_common(self, people: list[int], low: int, hi: int, d: int) -> int:
        """Latest t in [low, hi] with [t, t+d) inside every person's availability; -1 if none."""
        t = hi
        while t >= low:
            moved = False
            for p in people:
                avs, ave = self.av_s[p], self.av_e[p]
                k = bisect_right(avs, t) - 1
                if k < 0:
                    return -1
                if ave[k] < t + d:
                    t2 = min(t, ave[k] - d)
                    if t2 < avs[k]:
                        if k == 0:
                            return -1
                        t2 = min(t, ave[k - 1] - d)
                    if t2 != t:
                        t, moved = t2, True
                        break
            if not moved:
                return t
        return -1

    def fits(self, i: int, r: int, t: int) -> bool:
        """True when case `i` can start in room `r` at `t` given everything placed."""
        if r < 0 or not self.eligible[i][r] or t < self.release[i]:
            return False
        s = self._session_of(r, t)
        if s < 0 or t + self.dur[i] > self.sess_end[s]:
            return False
        return self.earliest(i, s, t) == t

    def best(self, i: int, before: int | None = None) -> tuple[int, int]:
        """Earliest feasible (room, start) for case `i`, start < `before`; (-1, -1) if none."""
        d = self.dur[i]
        elig = self.eligible[i]
        best_t = (1 << 61) if before is None else before
        best_r = -1
        best_x = 0.0
        sess_free, sess_start, sess_room = self.sess_free, self.sess_start, self.sess_room
        excl = self.excl
        # One day back: a session that opened the day before may still be running.
        first = max(0, min(self.release[i] // MINUTES_PER_DAY, self.n_days - 1) - 1)
        for day in range(first, self.n_days):
            if self.day_min_start[day] > best_t:
                break
            if self.day_max_free[day] < d:
                continue
            for s in self.day_sessions[day]:
                start = sess_start[s]
                if start > best_t:
                    break
                r = sess_room[s]
                if sess_free[s] < d or not elig[r]:
                    continue
                if start == best_t and (best_r < 0 or excl[r] >= best_x):
                    continue
                t = self.earliest(i, s, 0)
                if t < 0:
                    continue
                if t < best_t or (t == best_t and best_r >= 0 and excl[r] < best_x):
                    best_t, best_r, best_x = t, r, excl[r]
        return (best_r, best_t) if best_r >= 0 else (-1, -1)

    def choose(self, i: int) -> tuple[int, int]:
        """The slot `place_best` would take: the original one if it is free and on time,
        else the earliest feasible one; (-1, -1) if none (read-only)."""
        cur = self.current[i]
        if cur is not None and cur[1] <= self.deadline[i] and self.fits(i, cur[0], cur[1]):
            return cur
        return self.best(i)

    def place_best(self, i: int) -> bool:
        """Place case `i` where `choose` says; False when it fits nowhere."""
        r, t = self.choose(i)
        if r < 0:
            return False
        self.place(i, r, t)
        return True

    def late_at(self, i: int, t: int) -> bool:
        return self.has_deadline[i] and t > self.deadline[i]

    def snapshot(self) -> list[tuple[int, int]]:
        return [(self.pos_room[i], self.pos_start[i]) for i in range(len(self.dur))]

    def restore(self, moves: Iterable[tuple[int, int, int]]) -> None:
        """Undo: `moves` lists (case, old room, old start); cases are removed then re-placed."""
        moves = list(moves)
        for i, _r, _t in moves:
            if self.pos_room[i] >= 0:
                self.remove(i)
        for i, r, t in moves:
            if r >= 0:
                self.place(i, r, t)


# ---------------------------------------------------------------------------------------------
# Construction and improvement.


def _order(state: _State) -> list[int]:
    """EDF on the *effective* due time: the latest on-time start the case could have in an
    empty schedule (its rooms' hours and its people's availability make it earlier than the
    deadline); cases that cannot be on time come first, by weight; then longest first."""
    n = len(state.dur)
    due = state.due

    def key(i: int) -> tuple[int, int, int, int]:
        return (max(due[i], state.release[i]) if due[i] >= 0 else -1, -state.weight[i],
                -state.dur[i], i)

    return sorted((i for i in range(n) if not state.pinned[i]), key=key)


def _order_by_class(state: _State) -> list[int]:
    """Heaviest class first, then effective due time: better when capacity is short (EDF
    lets a crowd of light cases push the heavy ones out of the window)."""
    due = state.due

    def key(i: int) -> tuple[int, int, int, int]:
        return (-state.weight[i], max(due[i], state.release[i]) if due[i] >= 0 else -1,
                -state.dur[i], i)

    return sorted((i for i in range(len(state.dur)) if not state.pinned[i]), key=key)


def _construct(base: _State, order: Sequence[int], keep: bool, defer: bool) -> _State:
    """Decode `order`; `keep`: first keep every already-planned case still on time in its
    slot; `defer`: a case that could be on time but no longer can waits until every other
    case is placed (Moore–Hodgson's idea: one late case should not make others late)."""
    state = base.fresh()
    state.defer = defer
    if keep:
        for i in order:
            cur = state.current[i]
            if cur is not None and cur[1] <= state.deadline[i] and state.fits(i, *cur):
                state.place(i, *cur)
    return _decode_into(state, [i for i in order if state.pos_room[i] < 0])


def _decode_into(state: _State, seq: Sequence[int], prefix: int = 0,
                 source: _State | None = None) -> _State:
    """Place `seq` in order, each where `choose` says (deferring late ones if `state.defer`).
    The first `prefix` cases go where `source` put them: the same decisions a full decode
    would take, without searching again."""
    deferred: list[int] = []
    defer = state.defer
    for k, i in enumerate(seq):
        if k < prefix and source is not None:
            if source.pos_room[i] >= 0 and not (
                    defer and source.due[i] >= 0 and source._late(i) > 0):
                state.place(i, source.pos_room[i], source.pos_start[i])
            elif defer and source.due[i] >= 0 and source.has_deadline[i]:
                deferred.append(i)
            continue
        r, t = state.choose(i)
        if defer and state.due[i] >= 0 and (r < 0 or state.late_at(i, t)):
            deferred.append(i)
        elif r >= 0:
            state.place(i, r, t)
    for i in deferred:
        state.place_best(i)
    return state


class _Budget:
    def __init__(self, time_limit: float | None, started: float) -> None:
        self.deadline = None if time_limit is None else started + time_limit
        self.rounds = 0

    def out(self) -> bool:
        return self.deadline is not None and time.perf_counter() > self.deadline


def _try(state: _State, removed: Sequence[int], first: int, first_before: int | None,
         then: Sequence[int]) -> bool:
    """Remove `removed`, place `first` before `first_before`, re-place `then` greedily.

    Keeps the change when the objective improves; otherwise restores. Returns True if kept.
    """
    before = state.objective()
    undo = [(i, state.pos_room[i], state.pos_start[i]) for i in removed]
    for i in removed:
        if state.pos_room[i] >= 0:
            state.remove(i)
    r, t = state.best(first, first_before)
    if r < 0:
        state.restore(undo)
        return False
    state.place(first, r, t)
    for i in then:
        state.place_best(i)
    if state.objective() < before:
        return True
    state.restore(undo)
    return False


def _pull_earlier(state: _State, i: int, budget: _Budget, width: int) -> bool:
    """Try to start late case `i` earlier, ejecting less urgent cases if needed.

    Candidates, earliest first: a plain move; then every run of up to `MAX_BLOCK` consecutive
    cases in a room that accepts `i` whose removal opens a gap long enough for it; then each
    case of its surgeon that starts earlier. The ejected cases are re-placed greedily and the
    change is kept only when the objective improves.
    """
    horizon = state.horizon
    old_start = state.pos_start[i] if state.pos_room[i] >= 0 else horizon
    if _try(state, [i], i, old_start, []):
        return True
    dur = state.dur[i]
    deadline, weight, pinned = state.deadline, state.weight, state.pinned

    def movable(v: int) -> bool:
        return v != i and not pinned[v]

    blocks: list[tuple[int, int, tuple[int, ...]]] = []
    for r, ok in enumerate(state.eligible[i]):
        if not ok:
            continue
        starts, ends, owners = state.rb_s[r], state.rb_e[r], state.rb_c[r]
        for s in state.room_sess_ids[r]:
            s_start, s_end = state.sess_start[s], state.sess_end[s]
            if s_start >= old_start:
                break
            if s_end - s_start < dur:
                continue
            lo = bisect_right(ends, s_start)
            hi = bisect_right(starts, s_end - 1)
            for k in range(lo, hi):
                gap_start = ends[k - 1] if k > lo else s_start
                if gap_start >= old_start:
                    break
                for m in range(k, min(hi, k + MAX_BLOCK)):
                    if not movable(owners[m]):
                        break
                    gap_end = starts[m + 1] if m + 1 < hi else s_end
                    if gap_end - gap_start >= dur:
                        blocks.append((gap_start, m - k, tuple(owners[k:m + 1])))
                        break
    p = state.surgeon[i]
    for k in range(len(state.pb_s[p])):
        if state.pb_s[p][k] >= old_start:
            break
        if movable(state.pb_c[p][k]):
            blocks.append((state.pb_s[p][k], 0, (state.pb_c[p][k],)))
    blocks.sort()
    tried: set[tuple[int, ...]] = set()
    for _start, _size, block in blocks:
        if len(tried) >= width or budget.out():
            break
        if block in tried:
            continue
        tried.add(block)
        again = sorted(block, key=lambda v: (deadline[v], -weight[v], v))
        if _try(state, [i, *block], i, old_start, again):
            return True
    return False


def _put_back(state: _State, i: int) -> bool:
    """Try to return a moved case to its original slot, re-placing whoever sits there."""
    cur = state.current[i]
    if cur is None or state.pinned[i]:
        return False
    r, t = cur
    if not state.eligible[i][r]:
        return False
    s = state._session_of(r, t)
    if s < 0 or t + state.dur[i] > state.sess_end[s] or t < state.release[i]:
        return False
    e = t + state.dur[i]
    blockers: list[int] = []
    lists = [(state.rb_s[r], state.rb_e[r], state.rb_c[r])]
    for p in (state.surgeon[i], state.anaes[i]):
        if p >= 0:
            lists.append((state.pb_s[p], state.pb_e[p], state.pb_c[p]))
    for starts, ends, owners in lists:
        k = bisect_right(ends, t)
        while k < len(starts) and starts[k] < e:
            if owners[k] != i and owners[k] not in blockers:
                blockers.append(owners[k])
            k += 1
    if any(state.pinned[b] for b in blockers) or len(blockers) > 4:
        return False
    before = state.objective()
    undo = [(x, state.pos_room[x], state.pos_start[x]) for x in [i, *blockers]]
    for x in [i, *blockers]:
        if state.pos_room[x] >= 0:
            state.remove(x)
    if not state.fits(i, r, t):
        state.restore(undo)
        return False
    state.place(i, r, t)
    order = sorted(blockers, key=lambda x: (state.deadline[x], -state.weight[x]))
    for x in order:
        state.place_best(x)
    if state.objective() < before:
        return True
    state.restore(undo)
    return False


def _shift_left(state: _State, budget: _Budget) -> bool:
    """Start cases earlier where a gap allows (never a case sitting in its original slot)."""
    improved = False
    order = sorted((i for i in range(len(state.dur)) if state.pos_room[i] >= 0
                    and not state.pinned[i]), key=lambda i: state.pos_start[i])
    for i in order:
        if budget.out():
            break
        if state.current[i] == (state.pos_room[i], state.pos_start[i]):
            continue
        before = state.objective()
        r, t = state.remove(i)
        nr, nt = state.best(i, t)
        if nr >= 0:
            state.place(i, nr, nt)
            if state.objective() <= before:
                improved = improved or state.objective() < before
                continue
            state.remove(i)
        state.place(i, r, t)
    return improved


def _ruin_recreate(state: _State, i: int, rng: random.Random, budget: _Budget,
                   tries: int) -> bool:
    """Large neighbourhood: take out every case around the time late case `i` should start
    (in the rooms that accept it, and its people's), put `i` back first or in due order,
    then the others by effective due time. Kept only when the objective improves."""
    horizon = state.horizon
    dur = state.dur[i]
    for attempt in range(tries):
        if budget.out() or state._late(i) == 0:
            return False
        old_start = state.pos_start[i] if state.pos_room[i] >= 0 else horizon
        due_i = state.due[i]
        target = old_start if due_i < 0 else min(old_start, due_i + 1)
        span = (MINUTES_PER_DAY // 2, MINUTES_PER_DAY, 2 * MINUTES_PER_DAY)[attempt % 3]
        lo, hi = target - span, target + dur
        # Odd attempts: every room in the window (chains through other rooms' cases).
        wide = attempt % 2 == 1
        lists = [(state.rb_s[r], state.rb_e[r], state.rb_c[r])
                 for r, ok in enumerate(state.eligible[i]) if ok or wide]
        for who in (state.surgeon[i], state.anaes[i]):
            if who >= 0:
                lists.append((state.pb_s[who], state.pb_e[who], state.pb_c[who]))
        found: dict[int, int] = {}
        for starts, ends, owners in lists:
            k = bisect_right(ends, lo)
            while k < len(starts) and starts[k] < hi:
                if owners[k] != i and not state.pinned[owners[k]]:
                    found[owners[k]] = abs(target - starts[k])
                k += 1
        ruined = sorted(found, key=lambda v: (found[v], v))
        if len(ruined) > RUIN_SIZE:
            ruined = ruined[:RUIN_SIZE] if attempt < 3 else rng.sample(ruined, RUIN_SIZE)
        noise = 0 if attempt < 3 else 240
        keys = {v: (state.due[v] + (rng.randint(0, noise) if noise else 0), v)
                for v in [i, *ruined]}
        key = keys.__getitem__

        before = state.objective()
        undo = [(v, state.pos_room[v], state.pos_start[v]) for v in [i, *ruined]]
        for v in [i, *ruined]:
            if state.pos_room[v] >= 0:
                state.remove(v)
        if attempt % 4 < 2:
            sequence = [i, *sorted(ruined, key=key)]
        else:
            sequence = sorted([i, *ruined], key=key)
        for v in sequence:
            state.place_best(v)
        if state.objective() < before:
            return True
        state.restore(undo)
    return False


def _improve(state: _State, budget: _Budget, max_rounds: int, seed: int = 0) -> None:
    n = len(state.dur)
    width = 40 if n > 500 else 200
    rng = random.Random(seed)
    for _round in range(max_rounds):
        budget.rounds += 1
        changed = _shift_left(state, budget)
        late = [i for i in range(n) if not state.pinned[i] and state._late(i) > 0]
        late.sort(key=lambda i: (-state.weight[i] * state._late(i), i))
        for i in late:
            if budget.out():
                return
            if state._late(i) > 0 and _pull_earlier(state, i, budget, width):
                changed = True
            if state._late(i) > 0 and _ruin_recreate(state, i, rng, budget, RUIN_TRIES):
                changed = True
        moved = [i for i in range(n) if state.had_current[i] and not state.pinned[i]
                 and state.current[i] != (state.pos_room[i], state.pos_start[i])]
        for i in moved:
            if budget.out():
                return
            if _put_back(state, i):
                changed = True
        if not changed or budget.out():
            return


def _decode(base: _State, seq: Sequence[int], prefix: int = 0,
            source: _State | None = None, defer: bool = False) -> _State:
    """A new schedule from the order `seq` (see `_decode_into`)."""
    state = base.fresh()
    state.defer = defer
    return _decode_into(state, seq, prefix, source)


def _order_search(base: _State, state: _State, budget: _Budget, seed: int,
                  evaluations: int, bound: tuple[int, int]) -> _State:
    """Small instances: search the scheduling order — insert each late case earlier in the
    order, swap neighbours, and perturb from the best order when stuck."""
    rng = random.Random(seed)
    movable = [i for i in range(len(state.dur)) if not state.pinned[i]]

    def by_start(s: _State) -> list[int]:
        return sorted(movable, key=lambda i: (s.pos_room[i] < 0, s.pos_start[i], i))

    order = by_start(state)
    current = _decode(base, order, defer=state.defer)
    if state.objective() < current.objective():
        current = state  # the local search did better than decoding its own order
    best = current
    used, stall = 1, 0
    while used < evaluations and not budget.out() and stall < MAX_STALL and \
            best.objective()[:2] > bound:
        improved = False
        late = sorted((i for i in order if current._late(i) > 0),
                      key=lambda i: (-current.weight[i] * current._late(i), i))
        for i in late:
            pos = order.index(i)
            for j in range(pos - 1, -1, -1):
                if used >= evaluations or budget.out():
                    break
                seq = [*order[:j], i, *order[j:pos], *order[pos + 1:]]
                cand = _decode(base, seq, j, current, state.defer)
                used += 1
                if cand.objective() < current.objective():
                    order, current, improved = seq, cand, True
                    break
            if improved:
                break
        if not improved:
            for k in range(len(order) - 1):
                if used >= evaluations or budget.out():
                    break
                seq = list(order)
                seq[k], seq[k + 1] = seq[k + 1], seq[k]
                cand = _decode(base, seq, k, current, state.defer)
                used += 1
                if cand.objective() < current.objective():
                    order, current, improved = seq, cand, True
                    break
        if not improved:
            # Postpone one case to the end of the order (lets lighter cases give way).
            light = sorted(order, key=lambda i: (current.weight[i], -current.dur[i], i))
            for i in light:
                if used >= evaluations or budget.out():
                    break
                pos = order.index(i)
                if pos == len(order) - 1:
                    continue
                seq = order[:pos] + order[pos + 1:] + [i]
                cand = _decode(base, seq, pos, current, state.defer)
                used += 1
                if cand.objective() < current.objective():
                    order, current, improved = seq, cand, True
                    break
        if improved:
            if current.objective() < best.objective():
                best, stall = current, 0
            continue
        stall += 1
        order = by_start(best)
        for _ in range(1 + stall):
            a, b = rng.randrange(len(order)), rng.randrange(len(order))
            order.insert(b, order.pop(a))
        current = _decode(base, order, defer=state.defer)
        used += 1
    return best


def plan(problem: PlanProblem, *, time_limit: float | None = 1.5, max_rounds: int = 6,
         seed: int = 0) -> PlanResult:
    """Propose a plan for every case of `problem` (pure: reads nothing, writes nothing).

    Never breaks a hard constraint: a case that fits nowhere is left out (`room` None) with
    the reason. `time_limit` (seconds, None for no limit) bounds the improvement phase; with no
    limit the result depends only on the input and `seed`.
    """
    started = time.perf_counter()
    budget = _Budget(time_limit, started)
    base = _State(problem)
    bound = base.lower_bound()
    orders = [_order(base), _order_by_class(base)]
    keeps = (True, False) if any(base.had_current) else (True,)
    if len(orders[0]) <= SMALL_INSTANCE:
        recipes = [(o, k, d) for d in (False, True) for o in (0, 1) for k in keeps]
    else:  # each construction costs ~0.1 s per 1,000 cases: the four most useful
        recipes = [(0, True, False), (0, True, True), (1, True, False)]
        if len(keeps) > 1:
            recipes.append((0, False, False))
    candidates = [_construct(base, orders[o], keep, defer) for o, keep, defer in recipes]
    candidates.sort(key=lambda s: s.objective())
    built = time.perf_counter()
    small = len(orders[0]) <= SMALL_INSTANCE
    if small:
        # Search the order from every construction (local optima differ; small is cheap),
        # then polish the best with the local search.
        searched = []
        for start in candidates:
            if budget.out():
                break
            if start.objective()[:2] <= bound:
                searched.append(start)
                break
            searched.append(_order_search(base, start, budget, seed,
                                          ORDER_EVALUATIONS * (len(orders[0]) + 5), bound))
        state = min(searched or candidates, key=lambda s: s.objective())
        if state.objective()[:2] > bound:
            _improve(state, budget, max_rounds, seed)
    else:
        for start in candidates[:2]:
            if budget.out() or start.objective()[:2] <= bound:
                break
            _improve(start, budget, max_rounds, seed)
        state = min(candidates, key=lambda s: s.objective())
    return _result(problem, state, {"construct_s": built - started,
                                    "total_s": time.perf_counter() - started,
                                    "rounds": budget.rounds})


def _result(problem: PlanProblem, state: _State, stats: dict[str, float]) -> PlanResult:
    placements: list[Placement] = []
    for i, case in enumerate(problem.cases):
        if state.pinned[i]:
            assert case.current is not None
            room, start = case.current
            placements.append(Placement(case.id, room, start, start + case.duration,
                                        lateness_of(case, start, problem.horizon), False))
            continue
        late = state._late(i)
        if state.pos_room[i] >= 0:
            r, t = state.pos_room[i], state.pos_start[i]
            moved = state.had_current[i] and case.current != (state.room_codes[r], t)
            placements.append(Placement(case.id, state.room_codes[r], t, t + case.duration,
                                        late, moved))
        else:
            placements.append(Placement(case.id, None, None, None, late,
                                        case.current is not None, _why(state, i)))
    weights = {c.id: c.weight for c in problem.cases}

    def key(p: Placement) -> tuple[int, int, int, int]:
        if p.late:
            return (0, -weights[p.case_id], -p.lateness, 0)
        if p.room is None:
            return (2, -weights[p.case_id], 0, 0)
        return (1, 0, 0, p.start or 0)

    placements.sort(key=key)
    obj = Objective(*state.objective(), misses=state.nmiss)
    return PlanResult(tuple(placements), obj, stats)


def _why(state: _State, i: int) -> str:
    if not any(state.eligible[i]):
        return "no_room"
    p = state.surgeon[i]
    if not any(e - s >= state.dur[i] for s, e in zip(state.av_s[p], state.av_e[p],
                                                       strict=True)):
        return "no_surgeon_time"
    return "no_slot"
