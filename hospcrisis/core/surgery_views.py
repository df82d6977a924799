"""Read-only views of the surgery data that the screens need beyond `core/surgery.py`:
staff absences, the cases of one day, the specialties in use. No writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hospcrisis import clock
from hospcrisis.core import surgery
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.store import surgery as db


@dataclass(frozen=True)
class Absence:
    """A time a surgeon or anaesthetist cannot operate, [starts, ends)."""

    id: str
    staff_code: str
    starts: datetime
    ends: datetime
    reason: str


def list_absences(session: Session, code: str | None = None,
                  since: datetime | None = None) -> list[Absence]:
    """Absences not cancelled, of one person (`code`) or everyone, ending after `since`
    (default: now), by start (read-only)."""
    session.require(Permission.SURGERY_READ)
    staff = {s.id: s.code for s in surgery.list_staff(session, include_inactive=True)}
    staff_id = surgery.get_staff(session, code).id if code else None
    moment = since or clock.now()
    rows = db.list_absences(session.store, staff_id=staff_id, since=clock.to_iso(moment))
    out = [Absence(r["id"], staff.get(r["staff_id"], "?"), clock.from_iso(r["starts_at"]),
                   clock.from_iso(r["ends_at"]), r["reason"] or "") for r in rows]
    return sorted(out, key=lambda a: (a.starts, a.staff_code))


def cases_on(session: Session, day: date) -> list[surgery.Case]:
    """Planned and done cases starting on `day` (local), by start (read-only)."""
    first = surgery.local_midnight(day)
    last = surgery.local_midnight(day + timedelta(days=1))
    out = [c for c in surgery.list_cases(session, statuses=("planned", "done"))
           if c.planned_start is not None and first <= c.planned_start < last]
    return sorted(out, key=lambda c: (c.planned_start or first, c.number))


def specialties(session: Session) -> list[str]:
    """Specialty tags in use by rooms, staff and cases, sorted (read-only)."""
    found: set[str] = set()
    for room in surgery.list_rooms(session, include_inactive=True):
        found.update(room.specialties)
    for person in surgery.list_staff(session, include_inactive=True):
        if person.specialty:
            found.add(person.specialty)
    return sorted(found)
