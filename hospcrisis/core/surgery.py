"""Surgery in downtime: the OR programme, cancellations (déprogrammation) with patient calls,
and priority-aware re-planning. Services for the GUI, the CLI and the printed lists.

* Rooms have specialty/equipment tags, opening hours per ISO weekday (1 = Monday) and closures
  (calendar days, inclusive). Staff (surgeons, anaesthetists) operate on some weekdays and have
  absences. Cases carry the patient's identity as typed (admissions may link them later through
  `patient_ref`), the procedure, the priority class (P1a…P4, `planner.PRIORITIES`) and the date
  the class was set, from which the deadline follows (or an explicit, earlier one).
* Case statuses: `waiting` (needs a slot), `planned`, `cancelled` (déprogrammé: needs a new
  slot), `done`, `withdrawn` (no longer to be operated). Nothing is deleted.
* Every cancellation creates a call-list entry; every case given a new slot by an accepted plan
  gets one too. Calls are tracked attempt by attempt (reached / message left / unreachable).
* Plans: `propose_plan` runs the pure planner (`core/planner.py`) over the waiting cases and the
  planned cases of the window, and stores the proposal; `PlanEditor` adjusts it by hand with live
  conflict checks; `accept_plan` applies it (audited; the previous accepted plan is kept).

Programme import (`import_programme`): a CSV file, UTF-8 (with or without BOM), separated by
`;`, `,` or tabs, with a header line. Column names are case- and accent-insensitive; French
names in brackets are accepted too. Required: `date` [date] (YYYY-MM-DD or DD/MM/YYYY),
`start` [heure] (HH:MM), `duration_min` [duree] (minutes), `room` [salle] (an existing room
code), `surgeon` [chirurgien] (staff code; created if unknown), `family_name` [nom],
`procedure` [intervention], `priority` [priorite] (P1a, P1b, P2, P3, P4). Optional:
`case_ref` [reference] (the OR system's case number; a reference already imported is refused),
`surgeon_name` [nom_chirurgien], `anaesthetist` [anesthesiste], `given_name` [prenom],
`birth_date` [date_naissance] (YYYY-MM-DD, DD/MM/YYYY or a year), `sex` [sexe] (F, M, U),
`phone` [telephone], `patient_id` [ipp] (IPP or provisional ID), `specialty` [specialite]
(default: the surgeon's), `anaesthesia` [anesthesie] (general, regional, local, sedation, or
AG, ALR, AL), `requirements` [materiel] (equipment tags separated by `|`), `priority_set`
[date_priorite] (when the class was set; default: now), `deadline` [date_limite] (an explicit
deadline, never in the past), `notes` [commentaire].
A file with any bad line is refused whole, every bad line listed; so is a surgeon or a room in
two cases at once (in the file, or with cases already planned).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from hospcrisis import clock
from hospcrisis.core import planner, text
from hospcrisis.core.planner import PRIORITIES, PRIORITY_CODES
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import ConflictError, NotFound, ValidationError
from hospcrisis.i18n import N_, _
from hospcrisis.store import surgery as db
from hospcrisis.store.database import Row, Store, dumps

MIN_DURATION = 5  # minutes
MAX_DURATION = 16 * 60  # the longest operations (transplants) last about 12–15 hours
MAX_IMPORT_BYTES = 20 * 1024 * 1024
MAX_PLAN_DAYS = 120
WEEKDAYS = (1, 2, 3, 4, 5, 6, 7)
WEEKDAY_LABELS = {1: N_("Monday"), 2: N_("Tuesday"), 3: N_("Wednesday"), 4: N_("Thursday"),
                  5: N_("Friday"), 6: N_("Saturday"), 7: N_("Sunday")}
ANAESTHESIA = {"general": N_("General anaesthesia"), "regional": N_("Regional anaesthesia"),
               "local": N_("Local anaesthesia"), "sedation": N_("Sedation")}
_ANAESTHESIA_ALIASES = {"ag": "general", "generale": "general", "alr": "regional",
                        "locoregionale": "regional", "al": "local", "locale": "local"}
STATUSES = {"waiting": N_("Waiting"), "planned": N_("Planned"),
            "cancelled": N_("Cancelled, to re-plan"), "done": N_("Done"),
            "withdrawn": N_("Withdrawn")}
PLANNABLE = ("waiting", "cancelled")
ROLES = {"surgeon": N_("Surgeon"), "anaesthetist": N_("Anaesthetist")}
CALL_OUTCOMES = {"reached": N_("Reached"), "message": N_("Message left"),
                 "unreachable": N_("Unreachable")}
CALL_STATUSES = {"to_call": N_("To call"), **CALL_OUTCOMES}
CALL_PURPOSES = {"cancellation": N_("Operation cancelled"), "new_date": N_("New date")}
SEXES = {"F": N_("Female"), "M": N_("Male"), "U": N_("Unknown")}
UNPLACED_REASONS = {"no_room": N_("no room has what this case needs"),
                    "no_surgeon_time": N_("the surgeon is not available in the window"),
                    "no_slot": N_("no free slot in the window")}
CONFLICT_MESSAGES = {
    "unknown_room": N_("Case {case}: room {room} is not open in this plan."),
    "room_unsuitable": N_("Case {case}: room {room} lacks the specialty or equipment needed."),
    "room_closed": N_("Case {case}: room {room} is closed at that time."),
    "outside_window": N_("Case {case}: the slot is outside the planning window or in the "
                         "past."),
    "room_busy": N_("Case {case}: room {room} is taken by case {other}."),
    "surgeon_unavailable": N_("Case {case}: {person} is not available then."),
    "surgeon_busy": N_("Case {case}: {person} is operating on case {other} at that time."),
    "anaesthetist_unavailable": N_("Case {case}: anaesthetist {person} is not available "
                                   "then."),
    "anaesthetist_busy": N_("Case {case}: anaesthetist {person} is with case {other} at "
                            "that time."),
    "pinned_moved": N_("Case {case} is done or under way: it cannot move."),
}
_TAG_RE = re.compile(r"^[a-z0-9][a-z0-9_+-]{0,39}$")
_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$")
_HHMM = re.compile(r"^(\d{1,2})[:hH](\d{2})$")


# ---------------------------------------------------------------------------------------------
# Views handed to screens and printers.


@dataclass(frozen=True)
class Room:
    id: str
    code: str
    name: str
    specialties: tuple[str, ...]
    equipment: tuple[str, ...]
    hours: dict[int, tuple[str, str]]  # ISO weekday → ("08:00", "18:00")
    active: bool
    version: int


@dataclass(frozen=True)
class Closure:
    id: str
    room_code: str
    first_day: date
    last_day: date
    reason: str


@dataclass(frozen=True)
class Staff:
    id: str
    code: str
    family_name: str
    given_name: str
    role: str
    specialty: str
    weekdays: tuple[int, ...]
    phone: str
    active: bool
    version: int

    @property
    def display_name(self) -> str:
        return f"{self.family_name} {self.given_name}".strip()


@dataclass(frozen=True)
class Case:
    id: str
    number: int
    case_ref: str | None
    patient_family_name: str
    patient_given_name: str
    patient_birth_date: str
    patient_sex: str
    patient_phone: str
    patient_id_text: str
    patient_ref: str | None
    procedure: str
    specialty: str
    surgeon_code: str
    surgeon_name: str
    anaesthetist_code: str | None
    duration_min: int
    anaesthesia: str
    requirements: tuple[str, ...]
    priority: str
    priority_set_at: datetime
    deadline: datetime | None
    status: str
    room_code: str | None
    planned_start: datetime | None
    planned_end: datetime | None
    notes: str
    version: int

    @property
    def patient_name(self) -> str:
        return f"{self.patient_family_name} {self.patient_given_name}".strip()

    def days_to_deadline(self, now: datetime | None = None) -> float | None:
        """Days left before the deadline (negative: overdue); None without a deadline."""
        if self.deadline is None:
            return None
        return (self.deadline - (now or clock.now())).total_seconds() / 86400


@dataclass(frozen=True)
class CallAttempt:
    outcome: str
    called_at: datetime
    caller: str
    note: str


@dataclass(frozen=True)
class CallEntry:
    """One line of the call list: who to call, why, and what happened so far."""

    id: str
    case_id: str
    case_number: int
    purpose: str
    patient_name: str
    patient_birth_date: str
    patient_id_text: str
    phone: str
    procedure: str
    priority: str
    surgeon_name: str
    original_start: datetime | None
    new_start: datetime | None
    reason: str
    status: str
    attempts: tuple[CallAttempt, ...]

    @property
    def pending(self) -> bool:
        return self.status != "reached"


@dataclass(frozen=True)
class CancelRule:
    """Which planned cases a bulk cancellation takes: every filter given must match."""

    first_day: date
    last_day: date  # inclusive
    priorities: tuple[str, ...] = ()
    rooms: tuple[str, ...] = ()
    specialties: tuple[str, ...] = ()
    surgeons: tuple[str, ...] = ()


@dataclass(frozen=True)
class CancelResult:
    cancelled: int
    calls: int
    case_ids: tuple[str, ...]


@dataclass(frozen=True)
class ImportResult:
    import_id: str
    cases: int
    staff_created: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class PlanLine:
    """One case in a plan. `room` None: no slot in the window (`reason` says why)."""

    case_id: str
    case_number: int
    patient_name: str
    procedure: str
    surgeon_code: str
    priority: str
    deadline: datetime | None
    room: str | None
    start: datetime | None
    end: datetime | None
    lateness_min: int
    moved: bool
    manual: bool
    reason: str | None

    def as_json(self) -> dict[str, Any]:
        """The CLI contract: ISO 8601 local times with their offset."""
        return {"case_id": self.case_id, "number": self.case_number,
                "priority": self.priority, "deadline": iso_local(self.deadline),
                "room": self.room, "start": iso_local(self.start), "end": iso_local(self.end),
                "lateness_min": self.lateness_min, "moved": self.moved,
                "reason": self.reason}


@dataclass(frozen=True)
class PlanView:
    id: str
    number: int
    status: str
    first_day: date
    days: int
    objective: dict[str, int]
    lines: tuple[PlanLine, ...]
    created_at: datetime
    accepted_at: datetime | None

    @property
    def late(self) -> list[PlanLine]:
        return [line for line in self.lines if line.lateness_min > 0]


@dataclass(frozen=True)
class SurgeryCounts:
    """Figures for the situation report (point de situation)."""

    cancelled: int  # cancellations recorded (déprogrammations)
    to_replan: int  # cancelled cases still without a new slot
    rescheduled: int  # cancelled cases given a new slot (or done since)
    waiting_by_priority: dict[str, int]
    overdue: int  # waiting, or planned after their deadline, with the deadline passed
    planned: int
    done: int
    calls_pending: int
    calls_by_status: dict[str, int] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Small helpers.


def iso_local(moment: datetime | None) -> str | None:
    """ISO 8601 in local time with its offset (`2026-12-01T08:00:00+01:00`); None stays None."""
    return None if moment is None else clock.local(moment).isoformat(timespec="seconds")


def _dt(value: str | None) -> datetime | None:
    return clock.from_iso(value) if value else None


def _utc(moment: datetime) -> str:
    return clock.to_iso(moment)


def local_midnight(day: date) -> datetime:
    """Local midnight of `day`, timezone-aware (the workstation's time zone)."""
    return datetime.combine(day, time()).astimezone()


def local_at(day: date, hhmm: str) -> datetime:
    """`day` at local wall-clock time `HH:MM` ("24:00" is the next midnight)."""
    hours, minutes = (int(x) for x in hhmm.split(":"))
    if hours == 24:
        return local_midnight(day + timedelta(days=1))
    return datetime.combine(day, time(hours, minutes)).astimezone()


def deadline_for(priority: str, set_at: datetime) -> datetime | None:
    """The deadline a class gives from the moment it was set (`planner.PRIORITIES`)."""
    delay = PRIORITIES[priority].max_delay
    return None if delay is None else set_at + delay


def priority_label(code: str) -> str:
    return _(PRIORITIES[code].label)


def normalise_tag(value: str) -> str:
    """A specialty or equipment tag: lower-case, accent-free, spaces as hyphens."""
    return re.sub(r"[\s_]+", "-", text.fold(value.strip()))


def _tags(values: Iterable[str] | str | None, *, field: str, label: str,
          problems: text.Problems) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        values = re.split(r"[|,;]", values)
    out: list[str] = []
    for value in values:
        tag = normalise_tag(value)
        if not tag:
            continue
        if not _TAG_RE.match(tag):
            problems.add(field, _("{field}: “{value}” is not a valid tag (letters, digits, "
                                  "hyphens; at most 40).", field=label, value=value[:40]))
        elif tag not in out:
            out.append(tag)
    return out


def parse_day(value: str | date) -> date:
    """A calendar day from `2026-12-01` or `01/12/2026`; ValueError otherwise."""
    if isinstance(value, date):
        return value
    value = value.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(value)


def parse_moment(value: str | datetime) -> datetime:
    """A local date-time from ISO (`2026-12-01T08:30`, offset optional) or `01/12/2026 08:30`,
    or a date alone (midnight); aware. ValueError otherwise."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.astimezone()
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value)
        return moment if moment.tzinfo else moment.astimezone()
    except ValueError:
        pass
    for fmt in ("%d/%m/%Y %H:%M", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt).astimezone()
        except ValueError:
            continue
    raise ValueError(value)


def _hhmm(value: str) -> str | None:
    match = _HHMM.match(value.strip())
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        return None
    return f"{hours:02d}:{minutes:02d}"


def check_hours(hours: Mapping[Any, Sequence[str] | None], problems: text.Problems,
                field: str = "hours") -> dict[int, tuple[str, str]]:
    """Opening hours per ISO weekday, checked; a room must open at least one day."""
    out: dict[int, tuple[str, str]] = {}
    for key, span in hours.items():
        try:
            day = int(key)
        except (TypeError, ValueError):
            day = 0
        if day not in WEEKDAYS:
            problems.add(field, _("Opening hours: “{day}” is not a weekday (1 = Monday … "
                                  "7 = Sunday).", day=key))
            continue
        if not span:
            continue
        start, end = (_hhmm(str(x)) for x in span)
        if start is None or end is None:
            problems.add(field, _("Opening hours of {day}: write times as HH:MM.",
                                  day=_(WEEKDAY_LABELS[day])))
        elif start >= end:
            problems.add(field, _("Opening hours of {day}: the room must close after it "
                                  "opens.", day=_(WEEKDAY_LABELS[day])))
        else:
            out[day] = (start, end)
    if not out and not problems.items:
        problems.add(field, _("A room needs opening hours on at least one day of the week."))
    return out


def parse_hours(spec: str) -> dict[int, tuple[str, str]]:
    """`"1-5 08:00-18:00, 6 08:00-12:30"` → {1: ("08:00", "18:00"), …, 6: (…)}.

    Days are ISO weekday numbers (1 = Monday) or ranges; raises ValidationError.
    """
    out: dict[int, tuple[str, str]] = {}
    problems = text.Problems()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        match = re.fullmatch(r"([1-7])(?:-([1-7]))?\s+(\S+)-(\S+)", part)
        if not match:
            problems.add("hours", _("Opening hours: “{part}” should look like "
                                    "“1-5 08:00-18:00”.", part=part))
            continue
        first, last = int(match.group(1)), int(match.group(2) or match.group(1))
        for day in range(first, last + 1):
            out[day] = (match.group(3), match.group(4))
    checked = check_hours(out, problems)
    problems.raise_if_any()
    return checked


# ---------------------------------------------------------------------------------------------
# Row → view.


def _room(row: Row) -> Room:
    hours = {int(k): (v[0], v[1]) for k, v in row["hours"].items() if v}
    return Room(row["id"], row["code"], row["name"], tuple(row["specialties"]),
                tuple(row["equipment"]), hours, bool(row["active"]), row["version"])


def _staff(row: Row) -> Staff:
    return Staff(row["id"], row["code"], row["family_name"], row["given_name"], row["role"],
                 row["specialty"], tuple(row["weekdays"]), row["phone"], bool(row["active"]),
                 row["version"])


def _case(row: Row) -> Case:
    set_at = _dt(row["priority_set_at"])
    assert set_at is not None
    return Case(
        row["id"], row["number"], row["case_ref"], row["patient_family_name"],
        row["patient_given_name"], row["patient_birth_date"], row["patient_sex"],
        row["patient_phone"], row["patient_id_text"], row["patient_ref"], row["procedure"],
        row["specialty"], row["surgeon_code"], row["surgeon_name"], row["anaesthetist_code"],
        row["duration_min"], row["anaesthesia"], tuple(row["requirements"]), row["priority"],
        set_at, _dt(row["deadline"]), row["status"], row["room_code"],
        _dt(row["planned_start"]), _dt(row["planned_end"]), row["notes"], row["version"])


# ---------------------------------------------------------------------------------------------
# Rooms.


def list_rooms(session: Session, include_inactive: bool = False) -> list[Room]:
    """Operating rooms by code (read-only)."""
    session.require(Permission.SURGERY_READ)
    return [_room(r) for r in db.list_rooms(session.store, include_inactive=include_inactive)]


def get_room(session: Session, code: str) -> Room:
    """One room by code (read-only); NotFound otherwise."""
    session.require(Permission.SURGERY_READ)
    row = db.find_room(session.store, (code or "").strip())
    if row is None:
        raise NotFound(_("There is no operating room {code}.", code=code))
    return _room(row)


def _check_room(code: str, name: str, hours: Mapping[Any, Sequence[str] | None],
                specialties: Iterable[str] | None, equipment: Iterable[str] | None,
                problems: text.Problems) -> tuple[str, str, dict[int, tuple[str, str]],
                                                  list[str], list[str]]:
    clean_code = (code or "").strip().upper()
    if not _CODE_RE.match(clean_code):
        problems.add("code", _("A room code is 1 to 20 letters, digits, dots, hyphens or "
                               "underscores (for example B2)."))
    clean_name = text.clean(name, field="name", label=_("Room name"), required=True,
                            problems=problems)
    checked = check_hours(hours, problems)
    specs = _tags(specialties, field="specialties", label=_("Specialties"), problems=problems)
    equip = _tags(equipment, field="equipment", label=_("Equipment"), problems=problems)
    return clean_code, clean_name, checked, specs, equip


def create_room(session: Session, *, code: str, name: str,
                hours: Mapping[Any, Sequence[str] | None],
                specialties: Iterable[str] | None = None,
                equipment: Iterable[str] | None = None) -> Room:
    """Add an operating room; one audited transaction. A room without opening hours, a
    duplicate code or a bad tag is refused (nothing saved)."""
    session.require(Permission.SURGERY_MANAGE)
    problems = text.Problems()
    clean_code, clean_name, checked, specs, equip = _check_room(
        code, name, hours, specialties, equipment, problems)
    if clean_code and db.find_room(session.store, clean_code) is not None:
        problems.add("code", _("The room {code} already exists.", code=clean_code))
    problems.raise_if_any()
    with session.store.transaction(session.actor, "surgery.room_create", "surgery_room") as tx:
        row = tx.insert("surgery_room", {
            "code": clean_code, "name": clean_name, "specialties": dumps(specs),
            "equipment": dumps(equip), "hours": dumps({str(k): v for k, v in checked.items()}),
            "active": 1})
        tx.draft.entity_id = row["id"]
    return get_room(session, clean_code)


def update_room(session: Session, code: str, *, name: str | None = None,
                hours: Mapping[Any, Sequence[str] | None] | None = None,
                specialties: Iterable[str] | None = None,
                equipment: Iterable[str] | None = None, active: bool | None = None,
                expected_version: int | None = None) -> Room:
    """Change a room; one audited transaction (ConflictError on a stale version)."""
    session.require(Permission.SURGERY_MANAGE)
    current = get_room(session, code)
    problems = text.Problems()
    _code, clean_name, checked, specs, equip = _check_room(
        current.code, current.name if name is None else name,
        current.hours if hours is None else hours,
        current.specialties if specialties is None else specialties,
        current.equipment if equipment is None else equipment, problems)
    problems.raise_if_any()
    changes: dict[str, Any] = {
        "name": clean_name, "hours": dumps({str(k): v for k, v in checked.items()}),
        "specialties": dumps(specs), "equipment": dumps(equip)}
    if active is not None:
        changes["active"] = int(active)
    with session.store.transaction(session.actor, "surgery.room_update", "surgery_room",
                                   current.id) as tx:
        tx.update("surgery_room", current.id, changes, expected_version=expected_version)
    return get_room(session, current.code)


def list_closures(session: Session, room: str | None = None) -> list[Closure]:
    """Room closures in force, by first day (read-only)."""
    session.require(Permission.SURGERY_READ)
    room_id = get_room(session, room).id if room else None
    return [Closure(r["id"], r["room_code"], date.fromisoformat(r["first_day"]),
                    date.fromisoformat(r["last_day"]), r["reason"])
            for r in db.list_closures(session.store, room_id=room_id)]


def close_room(session: Session, code: str, first_day: date | str, last_day: date | str,
               reason: str, *, cancel_cases: bool = True) -> CancelResult:
    """Close a room for whole days (inclusive) and, by default, cancel its planned cases in
    those days with the same reason (calls created). One action: one audited transaction."""
    session.require(Permission.SURGERY_MANAGE)
    room = get_room(session, code)
    problems = text.Problems()
    first = _day_field(first_day, "first_day", _("First day"), problems)
    last = _day_field(last_day, "last_day", _("Last day"), problems)
    why = text.clean(reason, field="reason", label=_("Reason"), required=True,
                     max_len=text.MEDIUM, problems=problems)
    if first and last and last < first:
        problems.add("last_day", _("The last day comes before the first day."))
    problems.raise_if_any()
    assert first is not None and last is not None
    with session.store.transaction(session.actor, "surgery.room_close", "surgery_room",
                                   room.id) as tx:
        tx.insert("surgery_room_closure", {"room_id": room.id, "first_day": first.isoformat(),
                                           "last_day": last.isoformat(), "reason": why})
        result = CancelResult(0, 0, ())
        if cancel_cases:
            result = cancel_by_rule(session, CancelRule(first, last, rooms=(room.code,)), why)
    return result


def reopen_room(session: Session, closure_id: str, reason: str) -> None:
    """Void a closure (the room opens again those days); one audited transaction."""
    session.require(Permission.SURGERY_MANAGE)
    why = text.clean(reason, field="reason", label=_("Reason"), required=True,
                     max_len=text.MEDIUM)
    with session.store.transaction(session.actor, "surgery.room_reopen",
                                   "surgery_room_closure", closure_id) as tx:
        tx.void("surgery_room_closure", closure_id, why)


def _day_field(value: date | str | None, field: str, label: str,
               problems: text.Problems) -> date | None:
    if value is None or value == "":
        problems.add(field, _("{field} is required.", field=label))
        return None
    try:
        return parse_day(value)
    except ValueError:
        problems.add(field, _("{field}: “{value}” is not a date (YYYY-MM-DD or DD/MM/YYYY).",
                              field=label, value=str(value)[:20]))
        return None


# ---------------------------------------------------------------------------------------------
# Staff.


def list_staff(session: Session, role: str | None = None,
               include_inactive: bool = False) -> list[Staff]:
    """Surgeons and anaesthetists by name (read-only)."""
    session.require(Permission.SURGERY_READ)
    return [_staff(r) for r in db.list_staff(session.store, role=role,
                                              include_inactive=include_inactive)]


def get_staff(session: Session, code: str) -> Staff:
    session.require(Permission.SURGERY_READ)
    row = db.find_staff(session.store, (code or "").strip())
    if row is None:
        raise NotFound(_("There is no surgeon or anaesthetist with the code {code}.",
                         code=code))
    return _staff(row)


def _check_staff(values: Mapping[str, Any], problems: text.Problems) -> dict[str, Any]:
    code = str(values.get("code") or "").strip()
    if not _CODE_RE.match(code):
        problems.add("code", _("A staff code is 1 to 20 letters, digits, dots, hyphens or "
                               "underscores (for example DUPONT.J)."))
    weekdays = sorted({int(d) for d in values.get("weekdays") or ()})
    if not weekdays or any(d not in WEEKDAYS for d in weekdays):
        problems.add("weekdays", _("Choose the weekdays this person operates (1 = Monday … "
                                   "7 = Sunday)."))
    role = text.choice(values.get("role"), ROLES, field="role", label=_("Role"),
                       problems=problems)
    specialty = _tags([str(values.get("specialty") or "")], field="specialty",
                      label=_("Specialty"), problems=problems)
    return {
        "code": code,
        "family_name": text.clean(values.get("family_name"), field="family_name",
                                  label=_("Family name"), required=True, problems=problems),
        "given_name": text.clean(values.get("given_name"), field="given_name",
                                 label=_("Given name"), problems=problems),
        "role": role or "",
        "specialty": specialty[0] if specialty else "",
        "weekdays": dumps(weekdays),
        "phone": text.clean(values.get("phone"), field="phone", label=_("Phone"), max_len=40,
                            problems=problems),
    }


def create_staff(session: Session, *, code: str, family_name: str, role: str,
                 given_name: str = "", specialty: str = "",
                 weekdays: Iterable[int] = (1, 2, 3, 4, 5), phone: str = "") -> Staff:
    """Add a surgeon or anaesthetist; one audited transaction."""
    session.require(Permission.SURGERY_MANAGE)
    problems = text.Problems()
    row = _check_staff({"code": code, "family_name": family_name, "given_name": given_name,
                        "role": role, "specialty": specialty, "weekdays": list(weekdays),
                        "phone": phone}, problems)
    if row["code"] and db.find_staff(session.store, row["code"]) is not None:
        problems.add("code", _("The code {code} is already used.", code=row["code"]))
    problems.raise_if_any()
    with session.store.transaction(session.actor, "surgery.staff_create",
                                   "surgery_staff") as tx:
        stored = tx.insert("surgery_staff", {**row, "active": 1})
        tx.draft.entity_id = stored["id"]
    return get_staff(session, row["code"])


def update_staff(session: Session, code: str, *, expected_version: int | None = None,
                 **changes: Any) -> Staff:
    """Change a staff member (names, role, specialty, weekdays, phone, active)."""
    session.require(Permission.SURGERY_MANAGE)
    current = get_staff(session, code)
    merged = {"code": current.code, "family_name": current.family_name,
              "given_name": current.given_name, "role": current.role,
              "specialty": current.specialty, "weekdays": current.weekdays,
              "phone": current.phone}
    merged.update({k: v for k, v in changes.items() if k in merged and k != "code"})
    problems = text.Problems()
    row = _check_staff(merged, problems)
    problems.raise_if_any()
    row.pop("code")
    if "active" in changes:
        row["active"] = int(bool(changes["active"]))
    with session.store.transaction(session.actor, "surgery.staff_update", "surgery_staff",
                                   current.id) as tx:
        tx.update("surgery_staff", current.id, row, expected_version=expected_version)
    return get_staff(session, current.code)


def add_absence(session: Session, code: str, starts: datetime | str, ends: datetime | str,
                reason: str = "") -> str:
    """Record that a staff member cannot operate in [starts, ends); returns its id."""
    session.require(Permission.SURGERY_MANAGE)
    person = get_staff(session, code)
    problems = text.Problems()
    start = _moment_field(starts, "starts", _("Start"), problems)
    end = _moment_field(ends, "ends", _("End"), problems)
    why = text.clean(reason, field="reason", label=_("Reason"), max_len=text.MEDIUM,
                     problems=problems)
    if start and end and end <= start:
        problems.add("ends", _("The absence must end after it starts."))
    problems.raise_if_any()
    assert start is not None and end is not None
    with session.store.transaction(session.actor, "surgery.absence_add", "surgery_staff",
                                   person.id) as tx:
        row = tx.insert("surgery_staff_absence", {"staff_id": person.id,
                                                  "starts_at": _utc(start),
                                                  "ends_at": _utc(end), "reason": why})
    return str(row["id"])


def cancel_absence(session: Session, absence_id: str, reason: str) -> None:
    """Void an absence; one audited transaction."""
    session.require(Permission.SURGERY_MANAGE)
    why = text.clean(reason, field="reason", label=_("Reason"), required=True,
                     max_len=text.MEDIUM)
    with session.store.transaction(session.actor, "surgery.absence_cancel",
                                   "surgery_staff_absence", absence_id) as tx:
        tx.void("surgery_staff_absence", absence_id, why)


def _moment_field(value: datetime | str | None, field: str, label: str,
                  problems: text.Problems) -> datetime | None:
    if value is None or value == "":
        problems.add(field, _("{field} is required.", field=label))
        return None
    try:
        return parse_moment(value)
    except ValueError:
        problems.add(field, _("{field}: “{value}” is not a date and time "
                              "(YYYY-MM-DD HH:MM or DD/MM/YYYY HH:MM).",
                              field=label, value=str(value)[:25]))
        return None


# ---------------------------------------------------------------------------------------------
# Cases.

CASE_FIELDS = ("patient_family_name", "patient_given_name", "patient_birth_date",
               "patient_sex", "patient_phone", "patient_id_text", "patient_ref", "procedure",
               "specialty", "surgeon", "anaesthetist", "duration_min", "anaesthesia",
               "requirements", "priority", "priority_set_at", "deadline_override", "notes",
               "case_ref")


def parse_priority(value: object) -> str | None:
    """`P1a`, `p1A`, `1a` → `P1a`; None when it is not a class."""
    cleaned = str(value or "").strip().upper().removeprefix("P")
    for code in PRIORITY_CODES:
        if code[1:].upper() == cleaned:
            return code
    return None


def _birth_date(value: object, problems: text.Problems, field: str = "patient_birth_date",
                label: str | None = None) -> str:
    """Keeps the precision: `YYYY-MM-DD`, a year alone, or empty (unknown)."""
    raw = str(value or "").strip()
    if not raw:
        return ""
    if re.fullmatch(r"\d{4}", raw):
        year = int(raw)
        if 1880 <= year <= clock.now().year:
            return raw
    else:
        try:
            day = parse_day(raw)
        except ValueError:
            day = None
        if day is not None and date(1880, 1, 1) <= day <= clock.now().date():
            return day.isoformat()
    problems.add(field, _("{field}: “{value}” is not a date of birth (YYYY-MM-DD, DD/MM/YYYY "
                          "or a year).", field=label or _("Date of birth"), value=raw[:20]))
    return ""


def _sex(value: object, problems: text.Problems, field: str = "patient_sex") -> str:
    raw = text.fold(str(value or "")).strip()
    mapping = {"": "U", "u": "U", "f": "F", "femme": "F", "female": "F", "m": "M", "h": "M",
               "homme": "M", "male": "M", "i": "U", "inconnu": "U", "unknown": "U"}
    if raw not in mapping:
        problems.add(field, _("Sex: “{value}” is not F, M or U.", value=str(value)[:10]))
        return "U"
    return mapping[raw]


def _anaesthesia(value: object, problems: text.Problems, field: str = "anaesthesia") -> str:
    raw = text.fold(str(value or "")).strip()
    if not raw:
        return "general"
    raw = _ANAESTHESIA_ALIASES.get(raw, raw)
    if raw not in ANAESTHESIA:
        problems.add(field, _("Anaesthesia: “{value}” is not one of {options}.",
                              value=str(value)[:20], options=", ".join(ANAESTHESIA)))
        return "general"
    return raw


def _duration(value: object, problems: text.Problems, field: str = "duration_min") -> int:
    try:
        minutes = int(str(value).strip())
    except (TypeError, ValueError):
        problems.add(field, _("Expected duration: “{value}” is not a number of minutes.",
                              value=str(value)[:20]))
        return 0
    if not MIN_DURATION <= minutes <= MAX_DURATION:
        problems.add(field, _("Expected duration: {n} minutes is not plausible (between {min} "
                              "minutes and {max} hours).", n=minutes, min=MIN_DURATION,
                              max=MAX_DURATION // 60))
    return minutes


def _check_case(store: Store, values: Mapping[str, Any], problems: text.Problems,
                now: datetime, *, staff: Mapping[str, Row] | None = None) -> dict[str, Any]:
    """Validate case fields (as typed or imported) into a row; every problem recorded."""
    row: dict[str, Any] = {}
    row["patient_family_name"] = text.clean(
        values.get("patient_family_name"), field="patient_family_name",
        label=_("Patient's family name"), required=True, problems=problems)
    row["patient_given_name"] = text.clean(values.get("patient_given_name"),
                                           field="patient_given_name",
                                           label=_("Patient's given name"), problems=problems)
    row["patient_birth_date"] = _birth_date(values.get("patient_birth_date"), problems)
    row["patient_sex"] = _sex(values.get("patient_sex"), problems)
    row["patient_phone"] = text.clean(values.get("patient_phone"), field="patient_phone",
                                      label=_("Patient's phone"), max_len=40,
                                      problems=problems)
    row["patient_id_text"] = text.clean(values.get("patient_id_text"),
                                        field="patient_id_text",
                                        label=_("IPP or provisional ID"), max_len=40,
                                        problems=problems)
    row["patient_ref"] = text.clean(values.get("patient_ref"), field="patient_ref",
                                    label=_("Patient record"), max_len=60,
                                    problems=problems) or None
    row["case_ref"] = text.clean(values.get("case_ref"), field="case_ref",
                                 label=_("OR reference"), max_len=40, problems=problems) or None
    row["procedure"] = text.clean(values.get("procedure"), field="procedure",
                                  label=_("Procedure"), required=True, max_len=200,
                                  problems=problems)
    row["notes"] = text.clean(values.get("notes"), field="notes", label=_("Notes"),
                              max_len=text.MEDIUM, multiline=True, problems=problems)
    row["duration_min"] = _duration(values.get("duration_min"), problems)
    row["anaesthesia"] = _anaesthesia(values.get("anaesthesia"), problems)
    row["requirements"] = dumps(_tags(values.get("requirements"), field="requirements",
                                      label=_("Equipment needed"), problems=problems))
    staff = staff or {}
    surgeon_code = str(values.get("surgeon") or "").strip()
    surgeon = staff.get(surgeon_code.upper()) or (
        db.find_staff(store, surgeon_code) if surgeon_code else None)
    if not surgeon_code:
        problems.add("surgeon", _("{field} is required.", field=_("Surgeon")))
    elif surgeon is None:
        problems.add("surgeon", _("There is no surgeon or anaesthetist with the code {code}.",
                                  code=surgeon_code))
    row["surgeon_id"] = surgeon["id"] if surgeon else ""
    anaesthetist_code = str(values.get("anaesthetist") or "").strip()
    row["anaesthetist_id"] = None
    if anaesthetist_code:
        anaesthetist = staff.get(anaesthetist_code.upper()) or db.find_staff(
            store, anaesthetist_code)
        if anaesthetist is None:
            problems.add("anaesthetist", _("There is no surgeon or anaesthetist with the code "
                                           "{code}.", code=anaesthetist_code))
        else:
            row["anaesthetist_id"] = anaesthetist["id"]
    specialty = _tags([str(values.get("specialty") or "")], field="specialty",
                      label=_("Specialty"), problems=problems)
    row["specialty"] = specialty[0] if specialty else (surgeon or {}).get("specialty", "")
    if not row["specialty"] and surgeon is not None:
        problems.add("specialty", _("{field} is required.", field=_("Specialty")))
    priority = parse_priority(values.get("priority"))
    if priority is None:
        problems.add("priority", _("Priority: “{value}” is not one of {options}.",
                                   value=str(values.get("priority") or "")[:10],
                                   options=", ".join(PRIORITY_CODES)))
    row["priority"] = priority or ""
    set_at: datetime | None = now
    if values.get("priority_set_at"):
        set_at = _moment_field(values.get("priority_set_at"), "priority_set_at",
                               _("Date the priority was set"), problems)
        if set_at is not None and set_at > now + timedelta(minutes=5):
            problems.add("priority_set_at", _("The priority cannot have been set in the "
                                              "future."))
    row["priority_set_at"] = _utc(set_at or now)
    override: datetime | None = None
    if values.get("deadline_override"):
        override = _moment_field(values.get("deadline_override"), "deadline_override",
                                 _("Deadline"), problems)
        if override is not None and override < now:
            problems.add("deadline_override", _("The deadline {when} is already past: enter "
                                                "a deadline to come.",
                                                when=clock.local_text(override)))
    row["deadline_override"] = _utc(override) if override else None
    derived = deadline_for(priority, set_at or now) if priority else None
    deadline = override or derived
    row["deadline"] = _utc(deadline) if deadline else None
    return row


def list_cases(session: Session, *, statuses: Sequence[str] | None = None,
               priorities: Sequence[str] | None = None) -> list[Case]:
    """Cases (not voided) by planned start then number (read-only)."""
    session.require(Permission.SURGERY_READ)
    return [_case(r) for r in db.list_cases(session.store, statuses=statuses,
                                             priorities=priorities)]


def get_case(session: Session, key: str) -> Case:
    """A case by id, number or OR reference (read-only); NotFound otherwise."""
    session.require(Permission.SURGERY_READ)
    row = db.find_case(session.store, str(key))
    if row is None:
        raise NotFound(_("There is no surgical case {key}.", key=key))
    return _case(row)


def waiting_list(session: Session) -> list[Case]:
    """Cases needing a slot (waiting, or cancelled to re-plan), most urgent first: by class,
    then days to deadline (read-only)."""
    session.require(Permission.SURGERY_READ)
    cases = [_case(r) for r in db.list_cases(session.store, statuses=PLANNABLE)]
    far = datetime.max.replace(tzinfo=UTC)
    order = {code: i for i, code in enumerate(PRIORITY_CODES)}
    return sorted(cases, key=lambda c: (order[c.priority], c.deadline or far, c.number))


def create_case(session: Session, **values: Any) -> Case:
    """Add a case to the waiting list (or planned, with `room` and `planned_start`).

    Fields: see `CASE_FIELDS`; `surgeon`/`anaesthetist` are staff codes. One audited
    transaction; every problem listed, nothing saved on bad input.
    """
    session.require(Permission.SURGERY_MANAGE)
    now = clock.now()
    problems = text.Problems()
    unknown = set(values) - set(CASE_FIELDS) - {"room", "planned_start"}
    if unknown:
        raise TypeError(f"unknown case fields: {sorted(unknown)}")
    row = _check_case(session.store, values, problems, now)
    row["status"] = "waiting"
    if values.get("room") or values.get("planned_start"):
        slot = _slot(session.store, values.get("room"), values.get("planned_start"),
                     row["duration_min"], problems)
        row.update(slot)
        row["status"] = "planned"
    if row["case_ref"] and db.existing_case_refs(session.store, [row["case_ref"]]):
        problems.add("case_ref", _("The OR reference {ref} is already used.",
                                   ref=row["case_ref"]))
    problems.raise_if_any()
    with session.store.transaction(session.actor, "surgery.case_create",
                                   "surgery_case") as tx:
        row["number"] = db.next_case_number(session.store, session.station)
        stored = tx.insert("surgery_case", row)
        tx.draft.entity_id = stored["id"]
    return get_case(session, stored["id"])


def _slot(store: Store, room_code: object, start: object, duration: int,
          problems: text.Problems) -> dict[str, Any]:
    room = db.find_room(store, str(room_code or "").strip()) if room_code else None
    if room is None:
        problems.add("room", _("There is no operating room {code}.", code=room_code or "—"))
    begin = _moment_field(start if isinstance(start, (str, datetime)) else None,
                          "planned_start", _("Planned start"), problems)
    if room is None or begin is None:
        return {}
    return {"room_id": room["id"], "planned_start": _utc(begin),
            "planned_end": _utc(begin + timedelta(minutes=duration or 0))}


def update_case(session: Session, key: str, *, expected_version: int | None = None,
                **changes: Any) -> Case:
    """Edit a case's fields (not its slot: plans do that). Changing the priority without a
    `priority_set_at` sets the class now. One audited transaction."""
    session.require(Permission.SURGERY_MANAGE)
    case = get_case(session, key)
    unknown = set(changes) - set(CASE_FIELDS)
    if unknown:
        raise TypeError(f"unknown case fields: {sorted(unknown)}")
    now = clock.now()
    current: dict[str, Any] = {
        "patient_family_name": case.patient_family_name,
        "patient_given_name": case.patient_given_name,
        "patient_birth_date": case.patient_birth_date, "patient_sex": case.patient_sex,
        "patient_phone": case.patient_phone, "patient_id_text": case.patient_id_text,
        "patient_ref": case.patient_ref, "procedure": case.procedure,
        "specialty": case.specialty, "surgeon": case.surgeon_code,
        "anaesthetist": case.anaesthetist_code, "duration_min": case.duration_min,
        "anaesthesia": case.anaesthesia, "requirements": list(case.requirements),
        "priority": case.priority, "priority_set_at": case.priority_set_at,
        "notes": case.notes, "case_ref": case.case_ref}
    row = db.get_case(session.store, case.id) or {}
    if row.get("deadline_override"):
        current["deadline_override"] = row["deadline_override"]
    if "priority" in changes and parse_priority(changes["priority"]) != case.priority \
            and "priority_set_at" not in changes:
        changes["priority_set_at"] = now
    current.update(changes)
    problems = text.Problems()
    if "deadline_override" not in changes and current.get("deadline_override"):
        # An unchanged explicit deadline may have passed since: keep it, do not re-check it.
        kept = current.pop("deadline_override")
        checked = _check_case(session.store, current, problems, now)
        checked["deadline_override"] = kept
        checked["deadline"] = kept
    else:
        checked = _check_case(session.store, current, problems, now)
    if isinstance(current["priority_set_at"], datetime) and \
            "priority_set_at" not in changes:
        checked["priority_set_at"] = _utc(case.priority_set_at)
        derived = deadline_for(checked["priority"], case.priority_set_at) \
            if checked["priority"] else None
        if not checked.get("deadline_override"):
            checked["deadline"] = _utc(derived) if derived else None
    problems.raise_if_any()
    if case.planned_start is not None and checked["duration_min"] != case.duration_min:
        checked["planned_end"] = _utc(case.planned_start
                                      + timedelta(minutes=checked["duration_min"]))
    with session.store.transaction(session.actor, "surgery.case_update", "surgery_case",
                                   case.id) as tx:
        tx.update("surgery_case", case.id, checked, expected_version=expected_version)
    return get_case(session, case.id)


def mark_done(session: Session, key: str) -> Case:
    """Record that a planned case was operated; one audited transaction."""
    session.require(Permission.SURGERY_MANAGE)
    case = get_case(session, key)
    if case.status != "planned":
        raise ValidationError(_("Only a planned case can be marked done (case {n} is {status}).",
                                n=case.number, status=_(STATUSES[case.status])))
    with session.store.transaction(session.actor, "surgery.case_done", "surgery_case",
                                   case.id) as tx:
        tx.update("surgery_case", case.id, {"status": "done"})
    return get_case(session, case.id)


def withdraw_case(session: Session, key: str, reason: str) -> Case:
    """Take a case off the lists for good (operated elsewhere, declined…), with a reason."""
    session.require(Permission.SURGERY_MANAGE)
    case = get_case(session, key)
    why = text.clean(reason, field="reason", label=_("Reason"), required=True,
                     max_len=text.MEDIUM)
    if case.status in ("done", "withdrawn"):
        raise ValidationError(_("Case {n} is already {status}.", n=case.number,
                                status=_(STATUSES[case.status])))
    with session.store.transaction(session.actor, "surgery.case_withdraw", "surgery_case",
                                   case.id) as tx:
        tx.update("surgery_case", case.id, {"status": "withdrawn", "room_id": None,
                                            "planned_start": None, "planned_end": None,
                                            "notes": (case.notes + "\n" + why).strip()})
    return get_case(session, case.id)


# ---------------------------------------------------------------------------------------------
# Cancellation (déprogrammation) and the call list.


def cancel_case(session: Session, key: str, reason: str) -> CancelResult:
    """Cancel one planned case with a reason: it goes back to the list to re-plan and the
    patient goes on the call list. One audited transaction."""
    session.require(Permission.SURGERY_MANAGE)
    case = get_case(session, key)
    why = text.clean(reason, field="reason", label=_("Reason"), required=True,
                     max_len=text.MEDIUM)
    if case.status != "planned":
        raise ValidationError(_("Only a planned case can be cancelled (case {n} is {status}).",
                                n=case.number, status=_(STATUSES[case.status])))
    with session.store.transaction(session.actor, "surgery.cancel", "surgery_case",
                                   case.id) as tx:
        _cancel_rows(tx, [db.get_case(session.store, case.id) or {}], why, {}, None)
    return CancelResult(1, 1, (case.id,))


def _cancel_rows(tx: Any, rows: Sequence[Row], reason: str, rule: Mapping[str, Any],
                 batch_id: str | None) -> None:
    cancellations, calls = [], []
    for row in rows:
        tx.update("surgery_case", row["id"], {"status": "cancelled", "room_id": None,
                                              "planned_start": None, "planned_end": None})
        cancellation_id = clock.uuid7()
        cancellations.append({"id": cancellation_id, "case_id": row["id"],
                              "room_id": row["room_id"], "original_start": row["planned_start"],
                              "reason": reason, "rule": dumps(rule), "batch_id": batch_id})
        calls.append({"case_id": row["id"], "purpose": "cancellation",
                      "phone": row["patient_phone"], "original_start": row["planned_start"],
                      "reason": reason})
    tx.insert_many("surgery_cancellation", cancellations)
    tx.insert_many("surgery_call", calls)


def _rule_rows(session: Session, rule: CancelRule) -> list[Row]:
    problems = text.Problems()
    for code in rule.priorities:
        if code not in PRIORITIES:
            problems.add("priority", _("Priority: “{value}” is not one of {options}.",
                                       value=code, options=", ".join(PRIORITY_CODES)))
    if rule.last_day < rule.first_day:
        problems.add("last_day", _("The last day comes before the first day."))
    room_ids = []
    for code in rule.rooms:
        room = db.find_room(session.store, code)
        if room is None:
            problems.add("room", _("There is no operating room {code}.", code=code))
        else:
            room_ids.append(room["id"])
    problems.raise_if_any()
    rows = db.list_cases(session.store, statuses=["planned"],
                         priorities=list(rule.priorities) or None,
                         start_from=_utc(local_midnight(rule.first_day)),
                         start_before=_utc(local_midnight(rule.last_day + timedelta(days=1))))
    specialties = {normalise_tag(s) for s in rule.specialties}
    surgeons = {s.upper() for s in rule.surgeons}
    return [r for r in rows
            if (not room_ids or r["room_id"] in room_ids)
            and (not specialties or r["specialty"] in specialties)
            and (not surgeons or r["surgeon_code"].upper() in surgeons)]


def preview_cancellation(session: Session, rule: CancelRule) -> list[Case]:
    """The planned cases a bulk cancellation would take (read-only), to confirm first."""
    session.require(Permission.SURGERY_READ)
    return [_case(r) for r in _rule_rows(session, rule)]


def cancel_by_rule(session: Session, rule: CancelRule, reason: str) -> CancelResult:
    """Cancel every planned case matching `rule` (e.g. all P3/P4 of the next 14 days), with
    one reason: ONE action, one audited transaction; one call-list entry per patient."""
    session.require(Permission.SURGERY_MANAGE)
    why = text.clean(reason, field="reason", label=_("Reason"), required=True,
                     max_len=text.MEDIUM)
    rows = _rule_rows(session, rule)
    described = {"first_day": rule.first_day.isoformat(), "last_day": rule.last_day.isoformat(),
                 "priorities": list(rule.priorities), "rooms": list(rule.rooms),
                 "specialties": list(rule.specialties), "surgeons": list(rule.surgeons)}
    batch_id = clock.uuid7()
    with session.store.transaction(session.actor, "surgery.cancel_bulk", "surgery_case") as tx:
        _cancel_rows(tx, rows, why, described, batch_id)
        tx.note(rule=described, cancelled=len(rows), batch_id=batch_id)
    return CancelResult(len(rows), len(rows), tuple(r["id"] for r in rows))


def list_calls(session: Session, pending_only: bool = False) -> list[CallEntry]:
    """The call list: patients to call (not reached first), with every attempt (read-only)."""
    session.require(Permission.SURGERY_READ)
    rows = db.list_calls(session.store, pending_only=pending_only)
    attempts = db.call_attempts(session.store, [r["id"] for r in rows])
    out = []
    for row in rows:
        tries = tuple(CallAttempt(a["outcome"], clock.from_iso(a["called_at"]), a["caller"],
                                  a["note"]) for a in attempts[row["id"]])
        name = f"{row['patient_family_name']} {row['patient_given_name']}".strip()
        out.append(CallEntry(row["id"], row["case_id"], row["case_number"], row["purpose"],
                             name, row["patient_birth_date"], row["patient_id_text"],
                             row["phone"], row["procedure"], row["priority"],
                             row["surgeon_name"], _dt(row["original_start"]),
                             _dt(row["new_start"]), row["reason"], row["status"], tries))
    return out


def pending_call_for(session: Session, case_key: str) -> CallEntry:
    """The oldest call not yet reached for a case (read-only); NotFound if none."""
    case = get_case(session, case_key)
    for entry in list_calls(session, pending_only=True):
        if entry.case_id == case.id:
            return entry
    raise NotFound(_("Case {n} has no call waiting.", n=case.number))


def record_call(session: Session, call_id: str, outcome: str, note: str = "",
                caller: str | None = None, called_at: datetime | None = None) -> CallEntry:
    """Record one attempt to call a patient (reached / message / unreachable), by whom and
    when (default: the logged-in user, now). One audited transaction."""
    session.require(Permission.SURGERY_CALLS)
    problems = text.Problems()
    text.choice(outcome, CALL_OUTCOMES, field="outcome", label=_("Outcome"), problems=problems)
    clean_note = text.clean(note, field="note", label=_("Note"), max_len=text.MEDIUM,
                            multiline=True, problems=problems)
    who = text.clean(caller or session.display_name, field="caller", label=_("Called by"),
                     required=True, problems=problems)
    when = called_at or clock.now()
    if when > clock.now() + timedelta(minutes=5):
        problems.add("called_at", _("A call cannot be recorded in the future."))
    problems.raise_if_any()
    call = session.store.get("surgery_call", call_id)
    with session.store.transaction(session.actor, "surgery.call", "surgery_call",
                                   call_id) as tx:
        tx.insert("surgery_call_attempt", {"call_id": call_id, "outcome": outcome,
                                           "called_at": _utc(when), "caller": who,
                                           "note": clean_note})
        status = "reached" if call["status"] == "reached" else outcome
        db.bump_call(tx, call_id, status, _utc(when))
    return next(c for c in list_calls(session) if c.id == call_id)


# ---------------------------------------------------------------------------------------------
# Import of the last OR programme.

IMPORT_COLUMNS: dict[str, tuple[str, ...]] = {
    # canonical name: accepted spellings (folded: lower-case, no accents, _ for spaces)
    "date": ("date", "date_intervention", "jour"),
    "start": ("start", "heure", "debut", "heure_debut"),
    "duration_min": ("duration_min", "duration", "duree", "duree_min"),
    "room": ("room", "salle"),
    "surgeon": ("surgeon", "chirurgien", "operateur"),
    "family_name": ("family_name", "nom", "nom_naissance", "nom_patient"),
    "procedure": ("procedure", "intervention", "acte"),
    "priority": ("priority", "priorite", "classe"),
    "case_ref": ("case_ref", "reference", "ref", "n_intervention"),
    "surgeon_name": ("surgeon_name", "nom_chirurgien"),
    "anaesthetist": ("anaesthetist", "anesthesiste"),
    "given_name": ("given_name", "prenom", "prenom_patient"),
    "birth_date": ("birth_date", "date_naissance", "ddn"),
    "sex": ("sex", "sexe"),
    "phone": ("phone", "telephone", "tel"),
    "patient_id": ("patient_id", "ipp", "id_provisoire"),
    "specialty": ("specialty", "specialite"),
    "anaesthesia": ("anaesthesia", "anesthesie", "type_anesthesie"),
    "requirements": ("requirements", "materiel", "equipement"),
    "priority_set": ("priority_set", "date_priorite"),
    "deadline": ("deadline", "date_limite"),
    "notes": ("notes", "commentaire", "remarques"),
}
REQUIRED_COLUMNS = ("date", "start", "duration_min", "room", "surgeon", "family_name",
                    "procedure", "priority")


def _header_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.fold(name.strip().lstrip("\ufeff"))).strip("_")


def _decode_csv(data: bytes) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a UTF-8 CSV; ValidationError for a wrong encoding or no header."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError(_("The file is larger than {n} MB: nothing was imported.",
                                n=MAX_IMPORT_BYTES // (1024 * 1024)))
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ValidationError(_(
            "The file is not in UTF-8 (unreadable byte 0x{byte:02X} on line {line}): in the "
            "spreadsheet, save it as “CSV UTF-8”. Nothing was imported.",
            byte=data[exc.start], line=line), [("file", _("Wrong encoding."))]) from exc
    lines = content.splitlines()
    if not lines or not lines[0].strip():
        raise ValidationError(_("The file is empty or has no header line: nothing was "
                                "imported."))
    header_line = lines[0]
    delimiter = max((";", ",", "\t"), key=header_line.count)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    rows = list(reader)
    return rows[0], rows[1:]


def import_programme(session: Session, path: Path | str) -> ImportResult:
    """Import the last OR programme from a CSV file (columns: module docstring).

    All or nothing: a bad line refuses the whole file, with every bad line listed. One audited
    transaction creates the cases (planned), and any unknown surgeon or anaesthetist.
    """
    session.require(Permission.SURGERY_MANAGE)
    source = Path(path)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise NotFound(_("Cannot read {path}: {reason}", path=source,
                         reason=exc.strerror or exc)) from exc
    return import_programme_bytes(session, data, source.name)


def import_programme_bytes(session: Session, data: bytes, file_name: str) -> ImportResult:
    """`import_programme` from bytes already read (GUI drop, tests)."""
    session.require(Permission.SURGERY_MANAGE)
    header, body = _decode_csv(data)
    keys = [_header_key(h) for h in header]
    columns: dict[str, int] = {}
    for canonical, spellings in IMPORT_COLUMNS.items():
        for index, key in enumerate(keys):
            if key in spellings and canonical not in columns:
                columns[canonical] = index
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise ValidationError(
            _("Missing columns: {missing}. The header must name at least: {required}. "
              "Nothing was imported.", missing=", ".join(missing),
              required=", ".join(REQUIRED_COLUMNS)),
            [("file", _("Missing column {name}.", name=name)) for name in missing])
    warnings: list[str] = []
    known = {k for spellings in IMPORT_COLUMNS.values() for k in spellings}
    extra = [h for h, k in zip(header, keys, strict=True) if k and k not in known]
    if extra:
        warnings.append(_("Columns ignored: {names}.", names=", ".join(extra)))
    now = clock.now()
    store = session.store
    staff = {r["code"].upper(): r for r in db.list_staff(store, include_inactive=True)}
    new_staff: dict[str, dict[str, Any]] = {}
    problems = text.Problems()
    parsed: list[tuple[int, dict[str, Any]]] = []
    rooms = {r["code"].upper(): r for r in db.list_rooms(store, include_inactive=True)}
    for offset, cells in enumerate(body):
        line_no = offset + 2
        if not any(c.strip() for c in cells):
            continue

        def cell(name: str, cells: list[str] = cells) -> str:
            index = columns.get(name)
            return cells[index].strip() if index is not None and index < len(cells) else ""

        line_problems = text.Problems()
        for code_column, role in (("surgeon", "surgeon"), ("anaesthetist", "anaesthetist")):
            code = cell(code_column)
            if code and code.upper() not in staff:
                if not _CODE_RE.match(code):
                    line_problems.add(code_column, _("“{code}” is not a valid staff code.",
                                                     code=code[:25]))
                    continue
                name = cell("surgeon_name") if role == "surgeon" else ""
                new_staff.setdefault(code.upper(), {
                    "id": clock.uuid7(), "code": code, "family_name": name or code,
                    "given_name": "", "role": role, "specialty": normalise_tag(
                        cell("specialty")) if role == "surgeon" else "",
                    "weekdays": dumps([1, 2, 3, 4, 5]), "phone": "", "active": 1})
                staff[code.upper()] = new_staff[code.upper()]
        values = {"patient_family_name": cell("family_name"),
                  "patient_given_name": cell("given_name"),
                  "patient_birth_date": cell("birth_date"), "patient_sex": cell("sex"),
                  "patient_phone": cell("phone"), "patient_id_text": cell("patient_id"),
                  "procedure": cell("procedure"), "specialty": cell("specialty"),
                  "surgeon": cell("surgeon"), "anaesthetist": cell("anaesthetist"),
                  "duration_min": cell("duration_min"), "anaesthesia": cell("anaesthesia"),
                  "requirements": cell("requirements"), "priority": cell("priority"),
                  "priority_set_at": cell("priority_set"),
                  "deadline_override": cell("deadline"), "notes": cell("notes"),
                  "case_ref": cell("case_ref")}
        row = _check_case(store, values, line_problems, now, staff=staff)
        day_text, start_text = cell("date"), cell("start")
        start = None
        try:
            day = parse_day(day_text)
            hhmm = _hhmm(start_text)
            if hhmm is None:
                line_problems.add("start", _("Start time: “{value}” is not HH:MM.",
                                             value=start_text[:10]))
            else:
                start = local_at(day, hhmm)
        except ValueError:
            line_problems.add("date", _("Date: “{value}” is not a date (YYYY-MM-DD or "
                                        "DD/MM/YYYY).", value=day_text[:20]))
        room = rooms.get(cell("room").upper())
        if room is None:
            line_problems.add("room", _("There is no operating room {code}: create it first "
                                        "(with its opening hours).", code=cell("room") or "—"))
        if start is not None and room is not None and row["duration_min"]:
            end = start + timedelta(minutes=row["duration_min"])
            row.update({"room_id": room["id"], "planned_start": _utc(start),
                        "planned_end": _utc(end), "status": "planned"})
            hours = room["hours"].get(str(start.isoweekday()))
            if not hours or not (local_at(start.date(), hours[0]) <= start
                                 and end <= local_at(start.date(), hours[1])):
                warnings.append(_("Line {line}: case outside the opening hours of room "
                                  "{room}.", line=line_no, room=room["code"]))
        for field_name, message in line_problems.items:
            del field_name
            problems.add(f"line:{line_no}", _("Line {line}: {problem}", line=line_no,
                                              problem=message))
        if not line_problems:
            parsed.append((line_no, row))
    refs = [r["case_ref"] for _line, r in parsed if r["case_ref"]]
    seen: dict[str, int] = {}
    already = db.existing_case_refs(store, refs)
    for line_no, row in parsed:
        ref = row["case_ref"]
        if not ref:
            continue
        if ref in already:
            problems.add(f"line:{line_no}", _("Line {line}: the OR reference {ref} was already "
                                              "imported.", line=line_no, ref=ref))
        elif ref in seen:
            problems.add(f"line:{line_no}", _("Line {line}: the OR reference {ref} is also on "
                                              "line {other}.", line=line_no, ref=ref,
                                              other=seen[ref]))
        seen.setdefault(ref, line_no)
    _overlap_problems(store, parsed, staff, problems)
    if not parsed and not problems:
        raise ValidationError(_("The file has no case: nothing was imported."))
    if problems:
        raise ValidationError(
            _("The file was refused: {n} problems on its lines. Correct them and import it "
              "again; nothing was imported.", n=len(problems.items)), problems.items)
    digest = hashlib.sha256(data).hexdigest()
    with store.transaction(session.actor, "surgery.import", "surgery_import") as tx:
        record = tx.insert("surgery_import", {"file_name": file_name[:200], "sha256": digest,
                                              "lines": len(body), "cases": len(parsed)})
        tx.draft.entity_id = record["id"]
        tx.insert_many("surgery_staff", new_staff.values())
        number = db.next_case_number(store, session.station)
        rows = []
        for k, (_line, row) in enumerate(parsed):
            rows.append({**row, "number": number + k, "import_id": record["id"]})
        tx.insert_many("surgery_case", rows)
        tx.note(file=file_name[:200], sha256=digest, cases=len(rows),
                staff_created=sorted(s["code"] for s in new_staff.values()))
    return ImportResult(record["id"], len(parsed),
                        tuple(sorted(s["code"] for s in new_staff.values())), tuple(warnings))


def _overlap_problems(store: Store, parsed: Sequence[tuple[int, dict[str, Any]]],
                      staff: Mapping[str, Row], problems: text.Problems) -> None:
    """A surgeon (or anaesthetist, or room) in two cases at once, in the file or with a case
    already planned: both lines listed."""
    if not parsed:
        return
    starts = [r["planned_start"] for _l, r in parsed]
    earliest = clock.from_iso(min(starts)) - timedelta(days=1)
    existing = db.list_cases(store, statuses=["planned"], start_from=_utc(earliest),
                             start_before=max(r["planned_end"] for _l, r in parsed))
    names = {r["id"]: r["code"] for r in staff.values()}
    roles = {r["id"]: r["role"] for r in staff.values()}
    spans: list[tuple[str, str, str, str, str]] = []  # start, end, resource, label, where
    for line_no, row in parsed:
        where = _("line {line}", line=line_no)
        for resource in (row["surgeon_id"], row["anaesthetist_id"], row["room_id"]):
            if resource:
                spans.append((row["planned_start"], row["planned_end"], resource,
                              str(line_no), where))
    for row in existing:
        where = _("case {n} already planned", n=row["number"])
        for resource in (row["surgeon_id"], row["anaesthetist_id"], row["room_id"]):
            if resource:
                spans.append((row["planned_start"], row["planned_end"], resource, "", where))
    by_resource: dict[str, list[tuple[str, str, str, str]]] = {}
    for start, end, resource, line, where in spans:
        by_resource.setdefault(resource, []).append((start, end, line, where))
    room_codes = {r["id"]: r["code"] for r in db.list_rooms(store, include_inactive=True)}
    reported: set[tuple[str, str]] = set()
    for resource, items in by_resource.items():
        items.sort()
        for k, (_start, end, line, where) in enumerate(items):
            for start2, _end2, line2, where2 in items[k + 1:]:
                if start2 >= end:
                    break
                label = names.get(resource) or room_codes.get(resource) or "?"
                what = (_("room {code}", code=label) if resource in room_codes
                        else _("anaesthetist {code}", code=label)
                        if roles.get(resource) == "anaesthetist"
                        else _("surgeon {code}", code=label))
                for mine, other in ((line, where2), (line2, where)):
                    if mine and (mine, other) not in reported:
                        reported.add((mine, other))
                        problems.add(f"line:{mine}", _(
                            "Line {line}: {what} is in two cases at once (also {other}, "
                            "{time}).", line=mine, what=what, other=other,
                            time=clock.local_text(start2)))


# ---------------------------------------------------------------------------------------------
# Re-planning.


@dataclass
class _Window:
    first_day: date
    days: int
    origin: datetime
    horizon: int
    problem: planner.PlanProblem
    cases: dict[str, Row]
    room_ids: dict[str, str]  # code → id
    room_codes: dict[str, str]  # id → code
    staff_names: dict[str, str]  # code → display

    def minute(self, moment: datetime) -> int:
        return int((moment - self.origin).total_seconds() // 60)

    def moment(self, minute: int) -> datetime:
        return (self.origin + timedelta(minutes=minute)).astimezone(UTC)


def _window(store: Store, first_day: date, days: int, now: datetime) -> _Window:
    """Read everything the planner needs for [first_day, first_day + days) (read-only)."""
    origin = local_midnight(first_day)
    end = local_midnight(first_day + timedelta(days=days))
    horizon = int((end - origin).total_seconds() // 60)

    def minute(moment: datetime) -> int:
        return int((moment - origin).total_seconds() // 60)

    release = max(0, -(-int((now - origin).total_seconds()) // 60))
    last_day = first_day + timedelta(days=days - 1)
    closures: dict[str, list[tuple[date, date]]] = {}
    for row in db.list_closures(store, since=first_day.isoformat(),
                                until=last_day.isoformat()):
        closures.setdefault(row["room_id"], []).append(
            (date.fromisoformat(row["first_day"]), date.fromisoformat(row["last_day"])))
    rooms = []
    room_ids, room_codes = {}, {}
    for row in db.list_rooms(store):
        intervals = []
        for k in range(days):
            day = first_day + timedelta(days=k)
            hours = row["hours"].get(str(day.isoweekday()))
            if not hours or any(a <= day <= b for a, b in closures.get(row["id"], [])):
                continue
            intervals.append((minute(local_at(day, hours[0])), minute(local_at(day, hours[1]))))
        rooms.append(planner.PlanRoom(row["code"], planner.clip(intervals, release, horizon),
                                      frozenset(row["specialties"]),
                                      frozenset(row["equipment"])))
        room_ids[row["code"]] = row["id"]
        room_codes[row["id"]] = row["code"]
    absences: dict[str, list[tuple[int, int]]] = {}
    for row in db.list_absences(store, since=_utc(origin), until=_utc(end)):
        absences.setdefault(row["staff_id"], []).append(
            (minute(clock.from_iso(row["starts_at"])), minute(clock.from_iso(row["ends_at"]))))
    people = []
    staff_names = {}
    for row in db.list_staff(store, include_inactive=True):
        available = []
        if row["active"]:
            for k in range(days):
                day = first_day + timedelta(days=k)
                if day.isoweekday() in row["weekdays"]:
                    available.append((minute(local_midnight(day)),
                                      minute(local_midnight(day + timedelta(days=1)))))
        free = planner.subtract(available, absences.get(row["id"], []))
        people.append(planner.PlanPerson(row["code"], planner.clip(free, 0, horizon)))
        staff_names[row["code"]] = f"{row['family_name']} {row['given_name']}".strip()
    rows = db.list_cases(store, statuses=list(PLANNABLE))
    rows += db.list_cases(store, statuses=["planned", "done"], start_from=_utc(origin),
                          start_before=_utc(end))
    cases = []
    by_id = {}
    for row in rows:
        current = None
        pinned = False
        if row["planned_start"] and row["room_code"]:
            start = clock.from_iso(row["planned_start"])
            current = (row["room_code"], minute(start))
            pinned = row["status"] == "done" or start < now
        deadline = minute(clock.from_iso(row["deadline"])) if row["deadline"] else None
        cases.append(planner.PlanCase(
            row["id"], row["priority"], row["duration_min"], row["surgeon_code"], deadline,
            row["specialty"], frozenset(row["requirements"]), row["anaesthetist_code"],
            current, pinned, release))
        by_id[row["id"]] = row
    problem = planner.PlanProblem(horizon, tuple(rooms), tuple(people), tuple(cases))
    return _Window(first_day, days, origin, horizon, problem, by_id, room_ids, room_codes,
                   staff_names)


def _check_window(first_day: date | str, days: int) -> tuple[date, int]:
    problems = text.Problems()
    first = _day_field(first_day, "first_day", _("First day"), problems)
    if not isinstance(days, int) or not 1 <= days <= MAX_PLAN_DAYS:
        problems.add("days", _("The plan covers 1 to {max} days.", max=MAX_PLAN_DAYS))
    problems.raise_if_any()
    assert first is not None
    return first, days


def propose_plan(session: Session, first_day: date | str, days: int, *,
                 time_limit: float | None = 1.5) -> PlanView:
    """Propose a plan from `first_day` for `days` days: every waiting case and every case
    planned in the window, never breaking a hard constraint. Stored as the newest proposal
    (older proposals are discarded); one audited transaction. Cases that will be late come
    first in `lines`, then the others by start."""
    session.require(Permission.SURGERY_MANAGE)
    first, length = _check_window(first_day, days)
    now = clock.now()
    window = _window(session.store, first, length, now)
    result = planner.plan(window.problem, time_limit=time_limit)
    previous = db.latest_plan(session.store, "accepted")
    with session.store.transaction(session.actor, "surgery.plan_propose",
                                   "surgery_plan") as tx:
        discarded = db.discard_proposals(tx)
        plan_row = tx.insert("surgery_plan", {
            "number": db.next_plan_number(session.store), "status": "proposed",
            "first_day": first.isoformat(), "days": length,
            "objective": dumps(asdict(result.objective)),
            "stats": dumps({k: round(float(v), 4) for k, v in result.stats.items()}),
            "based_on": previous["id"] if previous else None})
        tx.draft.entity_id = plan_row["id"]
        items = []
        for rank, p in enumerate(result.placements):
            row = window.cases[p.case_id]
            items.append({
                "plan_id": plan_row["id"], "case_id": p.case_id,
                "case_version": row["version"],
                "room_id": window.room_ids.get(p.room) if p.room else None,
                "start": _utc(window.moment(p.start)) if p.start is not None else None,
                "end": _utc(window.moment(p.end)) if p.end is not None else None,
                "priority": row["priority"], "deadline": row["deadline"],
                "lateness_min": p.lateness, "moved": int(p.moved), "manual": 0,
                "reason": p.reason, "rank": rank})
        tx.insert_many("surgery_plan_item", items)
        tx.note(objective=asdict(result.objective), discarded=discarded, cases=len(items))
    return get_plan(session, plan_row["id"])


def _line(item: Row) -> PlanLine:
    name = f"{item['patient_family_name']} {item['patient_given_name']}".strip()
    reason = item["reason"]
    return PlanLine(item["case_id"], item["case_number"], name, item["procedure"],
                    item["surgeon_code"], item["priority"], _dt(item["deadline"]),
                    item["room_code"], _dt(item["start"]), _dt(item["end"]),
                    item["lateness_min"], bool(item["moved"]), bool(item["manual"]),
                    _(UNPLACED_REASONS[reason]) if reason in UNPLACED_REASONS else reason)


def get_plan(session: Session, plan_id: str | None = None, *,
             status: str = "proposed") -> PlanView:
    """A plan by id, or the newest with `status` (read-only); NotFound if none."""
    session.require(Permission.SURGERY_READ)
    row = db.get_plan(session.store, plan_id) if plan_id else \
        db.latest_plan(session.store, status)
    if row is None:
        raise NotFound(_("There is no plan to show: propose one first (surgery plan)."))
    lines = tuple(_line(i) for i in db.plan_items(session.store, row["id"]))
    return PlanView(row["id"], row["number"], row["status"],
                    date.fromisoformat(row["first_day"]), row["days"], row["objective"],
                    lines, clock.from_iso(row["created_at"]), _dt(row["accepted_at"]))


class PlanEditor:
    """Manual adjustment of a proposed plan with live conflict checks.

    Holds the window's rooms, people and cases in memory: `check` answers in microseconds
    (no database access), `move` writes one audited transaction per adjustment.
    """

    def __init__(self, session: Session, plan_id: str | None = None) -> None:
        session.require(Permission.SURGERY_MANAGE)
        self.session = session
        self.plan = get_plan(session, plan_id)
        if self.plan.status != "proposed":
            raise ValidationError(_("Only a proposed plan can be adjusted."))
        self.window = _window(session.store, self.plan.first_day, self.plan.days, clock.now())
        self.items = {i["case_id"]: i for i in db.plan_items(session.store, self.plan.id)}
        self.placements = {cid: self._placement(i) for cid, i in self.items.items()}

    def _placement(self, item: Row) -> planner.Placement:
        if not item["room_code"] or not item["start"]:
            return planner.Placement(item["case_id"], None, None, None, 0, False)
        start = self.window.minute(clock.from_iso(item["start"]))
        end = self.window.minute(clock.from_iso(item["end"]))
        return planner.Placement(item["case_id"], item["room_code"], start, end, 0, False)

    def describe(self, conflicts: Iterable[planner.Conflict]) -> list[str]:
        """Conflicts in words."""
        numbers = {cid: i["case_number"] for cid, i in self.items.items()}
        out = []
        for conflict in conflicts:
            out.append(_(CONFLICT_MESSAGES[conflict.kind],
                         case=numbers.get(conflict.case_id, "?"),
                         other=numbers.get(conflict.other_case_id or "", "?"),
                         room=conflict.resource or "",
                         person=self.window.staff_names.get(conflict.resource or "")
                         or conflict.resource or ""))
        return out

    def check(self, case_id: str, room: str | None, start: datetime | None) -> list[str]:
        """Every hard constraint the change would break, in words (empty: allowed).
        Read-only."""
        if case_id not in self.items:
            raise NotFound(_("This case is not in the plan."))
        if room is None or start is None:
            return []
        conflicts = planner.conflicts_for(self.window.problem, self.placements.values(),
                                          case_id, room, self.window.minute(start))
        return self.describe(conflicts)

    def move(self, case_id: str, room: str | None, start: datetime | None) -> PlanLine:
        """Put a case elsewhere in the plan (or out of it with `room` None), if no hard
        constraint breaks (ValidationError listing them otherwise). One audited
        transaction."""
        problems = self.check(case_id, room, start)
        if problems:
            raise ValidationError(_("This change breaks the rules of the plan; nothing was "
                                    "changed."), [("slot", p) for p in problems])
        item = self.items[case_id]
        case = next(c for c in self.window.problem.cases if c.id == case_id)
        changes: dict[str, Any] = {"manual": 1}
        if room is None or start is None:
            minute = None
            changes.update(room_id=None, start=None, end=None, reason="manual")
        else:
            minute = self.window.minute(start)
            changes.update(room_id=self.window.room_ids[room],
                           start=_utc(self.window.moment(minute)),
                           end=_utc(self.window.moment(minute + case.duration)), reason=None)
        changes["lateness_min"] = planner.lateness_of(case, minute, self.window.horizon)
        changes["moved"] = int(case.current is not None and case.current != (room, minute))
        with self.session.store.transaction(self.session.actor, "surgery.plan_adjust",
                                            "surgery_plan", self.plan.id) as tx:
            tx.update("surgery_plan_item", item["id"], changes)
        self.items = {i["case_id"]: i for i in db.plan_items(self.session.store, self.plan.id)}
        self.placements[case_id] = self._placement(self.items[case_id])
        return _line(self.items[case_id])


def accept_plan(session: Session, plan_id: str | None = None) -> PlanView:
    """Accept a proposed plan (default: the newest): cases take their new slots, patients
    with a new date go on the call list, a planned case left out is cancelled (and called).
    The previous accepted plan is kept (superseded). One audited transaction.

    Refused (nothing changed) when a case changed since the proposal, or when rooms, staff or
    closures changed so that the plan would break a hard constraint.
    """
    session.require(Permission.SURGERY_MANAGE)
    plan = get_plan(session, plan_id)
    if plan.status != "proposed":
        raise ValidationError(_("Plan {n} is {status}: only a proposed plan can be accepted.",
                                n=plan.number, status=plan.status))
    items = db.plan_items(session.store, plan.id)
    stale = [i["case_number"] for i in items
             if i["current_case_version"] != i["case_version"]]
    if stale:
        raise ConflictError(_("Cases changed since this plan was proposed ({numbers}): "
                              "propose a new plan.",
                              numbers=", ".join(str(n) for n in stale[:20])))
    now = clock.now()
    window = _window(session.store, plan.first_day, plan.days, now)
    placements = []
    for item in items:
        if item["room_code"] and item["start"]:
            start = window.minute(clock.from_iso(item["start"]))
            end = window.minute(clock.from_iso(item["end"]))
            placements.append(planner.Placement(item["case_id"], item["room_code"], start,
                                                end, 0, False))
    known = {c.id for c in window.problem.cases}
    missing = [i["case_number"] for i in items if i["case_id"] not in known]
    if missing:
        raise ConflictError(_("Cases changed since this plan was proposed ({numbers}): "
                              "propose a new plan.",
                              numbers=", ".join(str(n) for n in missing[:20])))
    conflicts = planner.verify(window.problem, placements)
    if conflicts:
        numbers = {i["case_id"]: i["case_number"] for i in items}
        words = [_(CONFLICT_MESSAGES[c.kind], case=numbers.get(c.case_id, "?"),
                   other=numbers.get(c.other_case_id or "", "?"), room=c.resource or "",
                   person=window.staff_names.get(c.resource or "") or c.resource or "")
                 for c in conflicts]
        raise ValidationError(_("The plan no longer fits the rooms and people available "
                                "(something changed since it was proposed): propose a new "
                                "plan. Nothing was changed."), [("plan", w) for w in words])
    previous = db.latest_plan(session.store, "accepted")
    moved = new = dropped = 0
    with session.store.transaction(session.actor, "surgery.plan_accept", "surgery_plan",
                                   plan.id) as tx:
        if previous is not None:
            db.set_plan_status(tx, previous["id"], "superseded")
        db.set_plan_status(tx, plan.id, "accepted", accepted_at=tx.now,
                           accepted_by=session.username,
                           based_on=previous["id"] if previous else None)
        calls = []
        to_cancel = []
        for item in items:
            case = window.cases[item["case_id"]]
            if case["status"] == "done":
                continue
            if item["room_id"] and item["start"]:
                if case["status"] == "planned" and case["room_id"] == item["room_id"] and \
                        case["planned_start"] == item["start"]:
                    continue
                if case["planned_start"] and clock.from_iso(case["planned_start"]) < now:
                    continue  # under way: pinned
                tx.update("surgery_case", case["id"], {
                    "status": "planned", "room_id": item["room_id"],
                    "planned_start": item["start"], "planned_end": item["end"]})
                if case["status"] == "planned":
                    moved += 1
                else:
                    new += 1
                original = case["planned_start"]
                if original is None:
                    last = db.cancellations_of(session.store, [case["id"]])
                    original = last[0]["original_start"] if last else None
                calls.append({"case_id": case["id"], "purpose": "new_date",
                              "phone": case["patient_phone"], "original_start": original,
                              "new_start": item["start"],
                              "reason": _("Plan {n} accepted", n=plan.number)})
            elif case["status"] == "planned":
                to_cancel.append(case)
        if to_cancel:
            dropped = len(to_cancel)
            _cancel_rows(tx, to_cancel, _("No slot in plan {n}", n=plan.number), {},
                         None)
        tx.insert_many("surgery_call", calls)
        tx.note(plan=plan.number, moved=moved, newly_planned=new, cancelled=dropped,
                calls=len(calls) + dropped)
    return get_plan(session, plan.id)


# ---------------------------------------------------------------------------------------------
# Situation report.


def situation_counts(session: Session) -> SurgeryCounts:
    """Counts for the situation report (read-only)."""
    session.require(Permission.SURGERY_READ)
    figures = db.counts(session.store, clock.now_iso())
    by_status = figures["by_status"]
    waiting = {code: int(figures["waiting_by_priority"].get(code, 0))
               for code in PRIORITY_CODES}
    calls = {code: int(figures["calls"].get(code, 0)) for code in CALL_STATUSES}
    return SurgeryCounts(
        cancelled=int(figures["cancelled"]), to_replan=int(by_status.get("cancelled", 0)),
        rescheduled=int(figures["rescheduled"]), waiting_by_priority=waiting,
        overdue=int(figures["overdue"]), planned=int(by_status.get("planned", 0)),
        done=int(by_status.get("done", 0)),
        calls_pending=sum(n for code, n in calls.items() if code != "reached"),
        calls_by_status=calls)
