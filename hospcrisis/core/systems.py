"""Systems status (HICS 251 style): which parts of the information system work, since when.

The list of systems is the default one below plus what the hospital defines (add, rename,
reorder, retire). Each status report — fully functional, partially functional, non-functional,
not applicable — is appended to a history that is never changed; the current status of a system
is its newest report. A system never reported is "not reported".

Every status change also writes an information entry (an alert when a system goes down) in the
main courante, in the same transaction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from hospcrisis import clock
from hospcrisis.core import crisis_log, text
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import NotFound, ValidationError
from hospcrisis.i18n import N_, _
from hospcrisis.store import crisis as crisis_store


class SystemState(StrEnum):
    FUNCTIONAL = "functional"
    PARTIAL = "partial"
    DOWN = "down"
    NA = "na"
    UNKNOWN = "unknown"  # never reported: not a state anyone can set

    @property
    def label(self) -> str:
        return _(STATE_LABELS[self])


STATE_LABELS = {
    SystemState.FUNCTIONAL: N_("Fully functional"),
    SystemState.PARTIAL: N_("Partially functional"),
    SystemState.DOWN: N_("Non-functional"),
    SystemState.NA: N_("Not applicable"),
    SystemState.UNKNOWN: N_("Not reported"),
}

SETTABLE_STATES = (SystemState.FUNCTIONAL, SystemState.PARTIAL, SystemState.DOWN,
                   SystemState.NA)

# Words accepted for each state besides its code and its label (folded).
STATE_WORDS: dict[SystemState, tuple[str, ...]] = {
    SystemState.FUNCTIONAL: ("functional", "ok", "up", "fonctionnel", "operationnel",
                             "fully functional", "totalement fonctionnel"),
    SystemState.PARTIAL: ("partial", "partiel", "partially functional", "degraded", "degrade",
                          "partiellement fonctionnel", "mode degrade"),
    SystemState.DOWN: ("down", "non functional", "hs", "hors service",
                       "en panne", "panne", "non fonctionnel", "arrete"),
    SystemState.NA: ("na", "n/a", "n.a.", "not applicable", "non applicable", "sans objet",
                     "so"),
}

# Severity order for summaries: the worst state shown first.
SEVERITY = {SystemState.DOWN: 0, SystemState.PARTIAL: 1, SystemState.UNKNOWN: 2,
            SystemState.FUNCTIONAL: 3, SystemState.NA: 4}

# The systems a French hospital follows in a cyber crisis (code → name), in board order.
DEFAULT_SYSTEMS: list[tuple[str, str]] = [
    ("dpi", N_("Patient record (DPI)")),
    ("adt", N_("Admissions and movements (ADT)")),
    ("lab", N_("Laboratory system (LIS)")),
    ("pacs", N_("Imaging (RIS / PACS)")),
    ("pharmacy", N_("Pharmacy and prescribing")),
    ("or_planning", N_("Operating theatre planning")),
    ("phones", N_("Telephones")),
    ("email", N_("Email")),
    ("network", N_("Network")),
    ("badges", N_("Badges and access control")),
    ("printers", N_("Printers")),
]

SYSTEM_CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,23}$")
MAX_NOTE = text.MEDIUM


def parse_state(value: str | SystemState) -> SystemState:
    """A settable state from its code, label or a French/English word (`hors service`…)."""
    if isinstance(value, SystemState) and value in SETTABLE_STATES:
        return value
    folded = " ".join(text.fold(str(value or "")).replace("_", " ").replace("-", " ").split())
    for state in SETTABLE_STATES:
        if folded in (state.value, text.fold(state.label), text.fold(STATE_LABELS[state]),
                      *STATE_WORDS[state]):
            return state
    message = _("Unknown state “{state}”: functional, partial, down or na (fonctionnel, "
                "partiel, hors service, non applicable).", state=str(value or "")[:40])
    raise ValidationError(message, [("state", message)])


@dataclass(frozen=True)
class SystemStatus:
    """A system and its current status."""

    code: str
    name: str
    position: int
    active: bool
    state: str
    since: str | None
    note: str
    reported_at: str | None
    reported_by: str | None
    reported_by_name: str | None

    @property
    def state_label(self) -> str:
        return SystemState(self.state).label

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "active": self.active,
                "state": self.state, "since": self.since, "note": self.note,
                "reported_at": self.reported_at, "reported_by": self.reported_by,
                "reported_by_name": self.reported_by_name}


@dataclass(frozen=True)
class StatusChange:
    """One status report in the history."""

    id: str
    code: str
    name: str
    state: str
    since: str
    note: str
    reported_at: str
    reported_by: str
    reported_by_name: str

    @property
    def state_label(self) -> str:
        return SystemState(self.state).label

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "code": self.code, "name": self.name, "state": self.state,
                "since": self.since, "note": self.note, "reported_at": self.reported_at,
                "reported_by": self.reported_by, "reported_by_name": self.reported_by_name}


@dataclass(frozen=True)
class StatusSummary:
    """What the main window's indicator shows: counts per state and the systems in trouble."""

    counts: dict[str, int]
    down: tuple[str, ...]
    partial: tuple[str, ...]
    unknown: tuple[str, ...]
    total: int
    level: str  # "ok", "warning" (something partial or not reported) or "critical" (down)
    text: str  # one line, e.g. "Non-functional: 3 · Partially functional: 2 · …"

    def to_dict(self) -> dict[str, Any]:
        return {"counts": self.counts, "down": list(self.down), "partial": list(self.partial),
                "unknown": list(self.unknown), "total": self.total, "level": self.level,
                "text": self.text}


def _definitions(session: Session) -> list[tuple[str, str, int, bool]]:
    """(code, display name, position, active) of every system, defaults merged with local."""
    out: dict[str, tuple[str, str, int, bool]] = {
        code: (code, _(name), index * 10, True)
        for index, (code, name) in enumerate(DEFAULT_SYSTEMS)}
    for row in crisis_store.local_systems(session.store):
        code = row["code"].lower()
        out[code] = (code, _(row["name"]), int(row["position"]), bool(row["active"]))
    return sorted(out.values(), key=lambda d: (d[2], d[0]))


def list_systems(session: Session, *, include_inactive: bool = False) -> list[SystemStatus]:
    """Every followed system with its current status, in board order (read-only)."""
    session.require(Permission.CRISIS_READ)
    latest = crisis_store.latest_statuses(session.store)
    out = []
    for code, name, position, active in _definitions(session):
        if not active and not include_inactive:
            continue
        row = latest.get(code)
        if row is None:
            out.append(SystemStatus(code, name, position, active, SystemState.UNKNOWN.value,
                                    None, "", None, None, None))
        else:
            out.append(SystemStatus(code, name, position, active, row["state"], row["since"],
                                    row["note"], row["created_at"], row["author"],
                                    row["author_name"]))
    return out


def _system(session: Session, code: str) -> tuple[str, str, int, bool]:
    wanted = text.fold((code or "").strip())
    for definition in _definitions(session):
        if wanted in (definition[0], text.fold(definition[1])):
            return definition
    raise NotFound(_("There is no system “{code}”. Systems: {codes}.", code=(code or "")[:40],
                     codes=", ".join(d[0] for d in _definitions(session) if d[3])))


def set_status(session: Session, system: str, state: str | SystemState, *, note: str = "",
               since: str | datetime | None = None) -> SystemStatus:
    """Report a system's state (one audited transaction, plus a main courante entry).

    `since` is when the state began (now by default; not in the future, not months back).
    """
    session.require(Permission.SYSTEMS_STATUS)
    problems = text.Problems()
    definition = None
    try:
        definition = _system(session, system)
    except NotFound as exc:
        problems.add("system", exc.message)
    new_state = None
    try:
        new_state = parse_state(state)
    except ValidationError as exc:
        problems.items.extend(exc.problems)
    clean_note = text.clean(note, field="note", label=_("Note"), max_len=MAX_NOTE,
                            multiline=True, problems=problems)
    when = crisis_log.stated_time(since, field="since", label=_("Since"), problems=problems)
    if definition is not None and not definition[3]:
        problems.add("system", _("The system {name} is no longer followed.",
                                 name=definition[1]))
    problems.raise_if_any()
    assert definition is not None and new_state is not None
    code, name = definition[0], definition[1]
    previous = crisis_store.latest_statuses(session.store).get(code)
    with session.store.transaction(session.actor, "crisis.systems.status", "crisis_system",
                                   code) as tx:
        crisis_store.insert_system_status(tx, {
            "system_code": code, "state": new_state.value, "since": when or tx.now,
            "note": clean_note,
            "author": session.username, "author_name": session.display_name})
        was = (SystemState(previous["state"]).label if previous
               else SystemState.UNKNOWN.label)
        message = _("System {name}: {state} (was: {previous}).", name=name,
                    state=new_state.label, previous=was)
        if clean_note:
            message += " " + clean_note
        crisis_log.write_entry(
            tx, session,
            kind=(crisis_log.LogKind.ALERT if new_state is SystemState.DOWN
                  else crisis_log.LogKind.INFORMATION),
            body=message[:crisis_log.MAX_TEXT], event_at=when, source=crisis_log.SOURCE_SYSTEMS)
    return next(s for s in list_systems(session, include_inactive=True) if s.code == code)


def define_system(session: Session, code: str, name: str, *, position: int | None = None,
                  active: bool = True) -> SystemStatus:
    """Add a system to follow, or rename / reorder / retire one (one audited transaction)."""
    session.require(Permission.SYSTEMS_STATUS)
    problems = text.Problems()
    clean_code = (code or "").strip().lower()
    if not SYSTEM_CODE_RE.match(clean_code):
        problems.add("code", _("A system code is 1 to 24 lower-case letters, digits, hyphens "
                               "or underscores (for example pneumatic_tube)."))
    clean_name = text.clean(name, field="name", label=_("System name"), required=True,
                            problems=problems)
    if position is not None and not 0 <= position <= 10_000:
        problems.add("position", _("The position is a number from 0 to 10000."))
    problems.raise_if_any()
    existing = {d[0]: d for d in _definitions(session)}
    current = existing.get(clean_code)
    new_position = position if position is not None else (
        current[2] if current else max((d[2] for d in existing.values()), default=0) + 10)
    row = crisis_store.find_system(session.store, clean_code)
    with session.store.transaction(session.actor, "crisis.systems.define", "crisis_system",
                                   clean_code) as tx:
        if row is None:
            crisis_store.insert_system(tx, code=clean_code, name=clean_name,
                                       position=new_position, active=active)
        else:
            crisis_store.update_system(tx, row["id"], {"name": clean_name,
                                                       "position": new_position,
                                                       "active": int(active)})
    return next(s for s in list_systems(session, include_inactive=True)
                if s.code == clean_code)


def history(session: Session, system: str | None = None, *, start: str | None = None,
            end: str | None = None) -> list[StatusChange]:
    """Status reports in the order they were made, for one system or all (read-only)."""
    session.require(Permission.CRISIS_READ)
    names: dict[str, str] = {d[0]: d[1] for d in _definitions(session)}
    code = _system(session, system)[0] if system else None
    rows = crisis_store.status_history(session.store, system_code=code, start=start, end=end)
    return [StatusChange(r["id"], r["system_code"].lower(),
                         names.get(r["system_code"].lower(), str(r["system_code"])), r["state"],
                         r["since"], r["note"], r["created_at"], r["author"], r["author_name"])
            for r in rows]


def summary(session: Session) -> StatusSummary:
    """Counts per state and the names of systems down / partial (read-only, cheap)."""
    session.require(Permission.CRISIS_READ)
    systems = list_systems(session)
    counts = {s.value: 0 for s in SystemState}
    for item in systems:
        counts[item.state] += 1
    down = tuple(s.name for s in systems if s.state == SystemState.DOWN)
    partial = tuple(s.name for s in systems if s.state == SystemState.PARTIAL)
    unknown = tuple(s.name for s in systems if s.state == SystemState.UNKNOWN)
    level = "critical" if down else ("warning" if partial or unknown else "ok")
    parts = []
    for state in (SystemState.DOWN, SystemState.PARTIAL, SystemState.FUNCTIONAL,
                  SystemState.UNKNOWN):
        if counts[state.value]:
            parts.append(_("{state}: {n}", n=counts[state.value], state=state.label))
    line = " · ".join(parts) if parts else _("No system followed")
    return StatusSummary(counts, down, partial, unknown, len(systems), level, line)


# --- over time (dashboard, situation report) ------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """A system's state over an interval of time (`end` None: still so)."""

    start: str
    end: str | None
    state: str


@dataclass(frozen=True)
class SystemTimeline:
    code: str
    name: str
    segments: tuple[Segment, ...] = field(default_factory=tuple)

    def state_at(self, moment: str) -> str:
        """The state in force at `moment` (UTC ISO text)."""
        state = SystemState.UNKNOWN.value
        for segment in self.segments:
            if segment.start <= moment:
                state = segment.state
        return state


def timelines(session: Session) -> list[SystemTimeline]:
    """Each followed system's states over time, from the reports' `since` times (read-only).

    Reports are applied in the order they were entered: a later report whose `since` goes back
    in time overrides what earlier reports said from that moment on.
    """
    session.require(Permission.CRISIS_READ)
    by_code: dict[str, list[tuple[str, str]]] = {}
    for change in history(session):
        changes = [c for c in by_code.get(change.code, []) if c[0] < change.since]
        changes.append((change.since, change.state))
        by_code[change.code] = changes
    out = []
    for item in list_systems(session):
        changes = sorted(by_code.get(item.code, []))
        segments = []
        for index, (start, state) in enumerate(changes):
            end = changes[index + 1][0] if index + 1 < len(changes) else None
            segments.append(Segment(start, end, state))
        out.append(SystemTimeline(item.code, item.name, tuple(segments)))
    return out


def time_points(start: datetime, end: datetime, step: timedelta) -> list[datetime]:
    """`start`, `start + step`, … up to `end` included (at most 500 points). No side effect."""
    if step <= timedelta(0):
        raise ValueError("step must be positive")
    points: list[datetime] = []
    moment = start
    while moment <= end and len(points) < 500:
        points.append(moment)
        moment += step
    if points and points[-1] < end and len(points) < 500:
        points.append(end)
    return points


def state_counts(session: Session, points: Sequence[datetime]) -> dict[str, list[int]]:
    """How many systems were in each state at each point in time (read-only)."""
    lines = timelines(session)
    counts = {s.value: [0] * len(points) for s in SystemState}
    for index, point in enumerate(points):
        moment = clock.to_iso(point)
        for line in lines:
            counts[line.state_at(moment)][index] += 1
    return counts
