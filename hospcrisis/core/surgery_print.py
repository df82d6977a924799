"""What the operating theatres print, gathered for `hospcrisis.printing` (its `BUILDERS`).

* form ``or-day`` (kind ``surgery_day``): the day's schedule of each operating room, one
  `RoomDaySheet` per room — every active room open that day or holding a case that day, or
  the one room asked. Options: ``day`` (a date, ``2026-12-01`` or ``01/12/2026``; default
  today) and ``room`` (a room code; default every room).
* form ``calls`` (kind ``surgery_calls``): the patient call list, patients not reached yet
  (option ``pending_only`` False: everyone, reached ones last).

Builders only read through the surgery services; the forms (`forms/surgery.py`) draw.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from hospcrisis import clock
from hospcrisis.core import surgery
from hospcrisis.core.session import Session
from hospcrisis.errors import ValidationError
from hospcrisis.i18n import _


class Request(Protocol):
    """The parts of `hospcrisis.printing.PrintRequest` the builders read."""

    @property
    def options(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class ScheduleLine:
    """One case on a room's day sheet (display text already in the print language)."""

    start: datetime
    end: datetime
    case_number: int
    case_ref: str
    patient_name: str
    birth_date: str  # ISO date, a year, or ""
    sex: str  # F, M, U
    patient_id: str  # IPP or provisional ID as typed
    procedure: str
    specialty: str
    anaesthesia: str
    requirements: tuple[str, ...]
    surgeon: str
    anaesthetist: str
    priority: str
    deadline: datetime | None
    duration_min: int
    notes: str
    done: bool = False


@dataclass(frozen=True)
class RoomDaySheet:
    """One operating room on one day: its hours (None: closed), why closed, its cases."""

    day: date
    room_code: str
    room_name: str
    hours: tuple[str, str] | None
    closed_reason: str
    lines: tuple[ScheduleLine, ...]

    @property
    def booked_minutes(self) -> int:
        return sum(line.duration_min for line in self.lines)

    @property
    def open_minutes(self) -> int:
        if self.hours is None:
            return 0
        start = surgery.local_at(self.day, self.hours[0])
        end = surgery.local_at(self.day, self.hours[1])
        return int((end - start).total_seconds() // 60)


def option_day(options: Mapping[str, Any]) -> date:
    """The ``day`` option as a date (default: today, local); ValidationError otherwise."""
    value = options.get("day")
    if value in (None, ""):
        return clock.local(clock.now()).date()
    try:
        return surgery.parse_day(value if isinstance(value, date) else str(value))
    except ValueError:
        raise ValidationError(_("{field}: “{value}” is not a date (YYYY-MM-DD or DD/MM/YYYY).",
                                field=_("Day"), value=str(value)[:20])) from None


def room_day_sheets(session: Session, day: date, room: str | None = None
                    ) -> list[RoomDaySheet]:
    """Each room's schedule on `day` (read-only): rooms open that day or holding a case, by
    code; with `room`, that room only (even closed)."""
    rooms = [surgery.get_room(session, room)] if room else surgery.list_rooms(session)
    closures: dict[str, str] = {}
    for closure in surgery.list_closures(session):
        if closure.first_day <= day <= closure.last_day:
            closures.setdefault(closure.room_code, closure.reason)
    names = {s.code: s.display_name for s in surgery.list_staff(session,
                                                                  include_inactive=True)}
    first = surgery.local_midnight(day)
    by_room: dict[str, list[surgery.Case]] = {}
    for case in surgery.list_cases(session, statuses=("planned", "done")):
        if case.planned_start is None or case.room_code is None:
            continue
        if clock.local(case.planned_start).date() == first.date():
            by_room.setdefault(case.room_code, []).append(case)
    sheets = []
    for r in rooms:
        hours = r.hours.get(day.isoweekday())
        closed = closures.get(r.code, "")
        cases = sorted(by_room.get(r.code, []), key=lambda c: (c.planned_start, c.number))
        if not room and not cases and (hours is None or closed or not r.active):
            continue
        lines = tuple(_line(c, names) for c in cases)
        sheets.append(RoomDaySheet(day, r.code, r.name, None if closed else hours, closed,
                                   lines))
    return sheets


def _line(case: surgery.Case, names: Mapping[str, str]) -> ScheduleLine:
    assert case.planned_start is not None
    end = case.planned_end or case.planned_start
    anaesthesia = surgery.ANAESTHESIA.get(case.anaesthesia)
    return ScheduleLine(
        case.planned_start, end, case.number, case.case_ref or "", case.patient_name,
        case.patient_birth_date, case.patient_sex, case.patient_id_text, case.procedure,
        case.specialty, _(anaesthesia) if anaesthesia else case.anaesthesia,
        case.requirements, names.get(case.surgeon_code, case.surgeon_name or case.surgeon_code),
        names.get(case.anaesthetist_code or "", case.anaesthetist_code or ""), case.priority,
        case.deadline, case.duration_min, case.notes, case.status == "done")


def day_items(session: Session, request: Request) -> list[RoomDaySheet]:
    """Builder of ``or-day``: the sheets of `options["day"]` (and `options["room"]`)."""
    day = option_day(request.options)
    room = str(request.options.get("room") or "").strip() or None
    sheets = room_day_sheets(session, day, room)
    if not sheets:
        raise ValidationError(_("No operating room is open on {day} and no case is planned "
                                "then: nothing to print.", day=day.strftime("%d/%m/%Y")))
    return sheets


def call_items(session: Session, request: Request) -> list[surgery.CallEntry]:
    """Builder of ``calls``: patients still to call (all with ``pending_only`` False)."""
    pending = request.options.get("pending_only", True) not in (False, "false", "0", 0)
    return surgery.list_calls(session, pending_only=pending)
