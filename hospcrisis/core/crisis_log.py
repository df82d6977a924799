"""The main courante: the crisis cell's append-only, chronological log.

Each entry has a kind (decision, action, information, alert), an author, the time it was
written (`entered_at`, set by the program) and the time of the event it reports (`event_at`,
stated by the author for late entries). Nothing is ever changed: a correction is a new entry
pointing to the one it corrects. The database itself refuses UPDATE and DELETE on the table,
and `hospcrisis verify` reports a row edited behind hospcrisis' back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from hospcrisis import clock
from hospcrisis.core import text
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import NotFound, ValidationError
from hospcrisis.i18n import N_, _
from hospcrisis.store import crisis as crisis_store
from hospcrisis.store import foundation
from hospcrisis.store.database import Row, Transaction


class LogKind(StrEnum):
    DECISION = "decision"
    ACTION = "action"
    INFORMATION = "information"
    ALERT = "alert"

    @property
    def label(self) -> str:
        return _(KIND_LABELS[self])


KIND_LABELS = {
    LogKind.DECISION: N_("Decision"),
    LogKind.ACTION: N_("Action"),
    LogKind.INFORMATION: N_("Information"),
    LogKind.ALERT: N_("Alert"),
}

# Words accepted for each kind besides its code and its label (folded: no accents, lower case).
KIND_WORDS: dict[LogKind, tuple[str, ...]] = {
    LogKind.DECISION: ("decision", "dec"),
    LogKind.ACTION: ("action", "act"),
    LogKind.INFORMATION: ("information", "info", "inf"),
    LogKind.ALERT: ("alert", "alerte", "alarm", "alarme"),
}

# Where an entry comes from: typed by a person, or written for an action of the crisis cell.
SOURCE_MANUAL = "manual"
SOURCE_PROCEDURE = "procedure"
SOURCE_SYSTEMS = "systems"
SOURCE_SITREP = "sitrep"

MAX_TEXT = text.LONG  # 5,000 characters: a 100 KB paste is refused with a message
FUTURE_TOLERANCE = timedelta(minutes=2)  # workstation clocks drift; a minute ahead is not "future"
MAX_LATE = timedelta(days=60)  # a late entry is hours or days late, never years
LATE_AFTER = timedelta(minutes=10)  # entered that much after the event: shown as a late entry


def parse_kind(value: str | LogKind) -> LogKind:
    """A kind from its code, its label or a French/English word (`décision`, `alerte`…)."""
    if isinstance(value, LogKind):
        return value
    folded = text.fold((value or "").strip())
    for kind in LogKind:
        if folded in (kind.value, text.fold(kind.label), text.fold(KIND_LABELS[kind]),
                      *KIND_WORDS[kind]):
            return kind
    message = _("Unknown kind of entry “{kind}”: decision, action, information or alert "
                "(décision, action, information, alerte).", kind=(value or "")[:40])
    raise ValidationError(message, [("kind", message)])


# --- times ----------------------------------------------------------------------------------

_TIME_RE = re.compile(r"^(\d{1,2})\s*[:hH]\s*(\d{2})?$")
_FR_DATE_RE = re.compile(
    r"^(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?(?:\s+(?:à\s+)?(\d{1,2})\s*[:hH]\s*(\d{2})?)?$")


def _local_datetime(day: date, hour: int, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


def parse_time(value: str | datetime | None, *, field: str = "event_at",
               label: str | None = None) -> datetime | None:
    """A moment typed by a user, as an aware datetime; None when empty.

    Accepts ISO 8601 (`2026-02-11T14:30`, with or without a zone), `14:30` or `14h30` (today),
    `11/02/2026 14:30` and `11/02 14h30` (this year). Times without a zone are the
    workstation's local time. `ValidationError` for anything else. No side effect.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.astimezone()
    raw = value.strip()
    if not raw:
        return None
    name = label or _("Event time")
    today = clock.local(clock.now()).date()
    try:
        match = _TIME_RE.match(raw)
        if match:
            return _local_datetime(today, int(match[1]), int(match[2] or 0))
        match = _FR_DATE_RE.match(raw)
        if match:
            year = int(match[3]) if match[3] else today.year
            year = year + 2000 if year < 100 else year
            day = date(year, int(match[2]), int(match[1]))
            return _local_datetime(day, int(match[4] or 0), int(match[5] or 0))
        moment = datetime.fromisoformat(raw.replace(" ", "T", 1) if "T" not in raw else raw)
        return moment if moment.tzinfo is not None else moment.astimezone()
    except ValueError:
        pass
    message = _("{field}: “{value}” is not a time. Write 14:30, 11/02/2026 14:30 or "
                "2026-02-11T14:30.", field=name, value=raw[:40])
    raise ValidationError(message, [(field, message)])


def check_past_time(moment: datetime, *, field: str, label: str,
                    problems: text.Problems) -> None:
    """Record a problem when `moment` is in the future or more than `MAX_LATE` ago."""
    now = clock.now()
    if moment > now + FUTURE_TOLERANCE:
        problems.add(field, _("{field} ({time}) is in the future: it is now {now}.",
                              field=label, time=clock.local_text(moment),
                              now=clock.local_text(now)))
    elif moment < now - MAX_LATE:
        problems.add(field, _("{field} ({time}) is more than {days} days ago: check the date "
                              "(year, month).", field=label, time=clock.local_text(moment),
                              days=MAX_LATE.days))


def stated_time(value: str | datetime | None, *, field: str, label: str,
                problems: text.Problems) -> str | None:
    """A stated past time as stored (UTC ISO text); None when empty (meaning: the time of
    writing). Problems are recorded, not raised."""
    try:
        moment = parse_time(value, field=field, label=label)
    except ValidationError as exc:
        problems.items.extend(exc.problems)
        return None
    if moment is None:
        return None
    check_past_time(moment, field=field, label=label, problems=problems)
    return clock.to_iso(moment)


# --- entries --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LogEntry:
    """One entry of the main courante, as screens, reports and exports show it."""

    id: str
    station: str
    number: int
    kind: str
    text: str
    event_at: str
    entered_at: str
    author: str
    author_name: str
    author_role: str
    unit_code: str | None
    patient_ref: str | None
    corrects_id: str | None
    corrects_ref: str | None
    corrected_by: tuple[str, ...]
    source: str

    @property
    def ref(self) -> str:
        """`TEST-12`: station and number, unique across stations."""
        return f"{self.station}-{self.number}"

    @property
    def kind_label(self) -> str:
        return LogKind(self.kind).label

    @property
    def late(self) -> bool:
        """Entered more than `LATE_AFTER` after the event it reports."""
        return clock.from_iso(self.entered_at) - clock.from_iso(self.event_at) > LATE_AFTER

    @property
    def is_correction(self) -> bool:
        return self.corrects_id is not None

    @property
    def corrected(self) -> bool:
        return bool(self.corrected_by)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (CLI `--json`, exports)."""
        return {
            "id": self.id, "ref": self.ref, "station": self.station, "number": self.number,
            "kind": self.kind, "text": self.text, "event_at": self.event_at,
            "entered_at": self.entered_at, "late": self.late, "author": self.author,
            "author_name": self.author_name, "author_role": self.author_role,
            "unit": self.unit_code, "patient_ref": self.patient_ref,
            "corrects": self.corrects_ref, "corrects_id": self.corrects_id,
            "corrected_by": list(self.corrected_by), "source": self.source,
        }


def _entries(session: Session, rows: Sequence[Row]) -> list[LogEntry]:
    corrections = crisis_store.corrections_of(session.store, [r["id"] for r in rows])
    out = []
    for row in rows:
        corrects_ref = (f"{row['corrects_station']}-{row['corrects_number']}"
                        if row.get("corrects_id") else None)
        out.append(LogEntry(
            row["id"], row["station"], row["number"], row["kind"], row["text"],
            row["event_at"], row["created_at"], row["author"], row["author_name"],
            row["author_role"], row["unit_code"], row["patient_ref"], row["corrects_id"],
            corrects_ref,
            tuple(f"{c['station']}-{c['number']}" for c in corrections.get(row["id"], [])),
            row["source"]))
    return out


def _find(session: Session, ref: str | int) -> Row | None:
    raw = str(ref).strip().lstrip("#")
    if raw.isdigit():
        return crisis_store.find_log_entry(session.store, station=session.station,
                                           number=int(raw))
    station, _sep, number = raw.rpartition("-")
    if station and number.isdigit():
        row = crisis_store.find_log_entry(session.store, station=station.upper(),
                                          number=int(number))
        if row is not None:
            return row
    return crisis_store.find_log_entry(session.store, entry_id=raw)


def get_entry(session: Session, ref: str | int) -> LogEntry:
    """One entry by number (`12`, `#12`), reference (`TEST-12`) or id (read-only)."""
    session.require(Permission.CRISIS_READ)
    row = _find(session, ref)
    if row is None:
        raise NotFound(_("There is no crisis log entry {ref}.", ref=ref))
    return _entries(session, [row])[0]


def write_entry(tx: Transaction, session: Session, *, kind: LogKind, body: str,
                event_at: str | None = None, unit_code: str | None = None,
                patient_ref: str | None = None, corrects_id: str | None = None,
                source: str = SOURCE_MANUAL) -> Row:
    """Append an already-validated entry inside the caller's transaction.

    Used by `add_entry` and by the other crisis services for the entries they write on the
    user's behalf (procedure activated, system down…).
    """
    searchable = " ".join(filter(None, (body, unit_code, patient_ref)))
    return crisis_store.insert_log_entry(tx, {
        "number": crisis_store.next_log_number(session.store, session.station),
        "kind": kind.value, "text": body, "search_text": text.fold(searchable),
        "event_at": event_at or tx.now, "author": session.username,
        "author_name": session.display_name, "author_role": session.role,
        "unit_code": unit_code, "patient_ref": patient_ref, "corrects_id": corrects_id,
        "source": source,
    })


def add_entry(session: Session, *, kind: str | LogKind, text_value: str,
              event_at: str | datetime | None = None, unit: str | None = None,
              patient: str | None = None, corrects: str | int | None = None) -> LogEntry:
    """Write one entry in the main courante (one audited transaction).

    `event_at` (for a late entry) must be in the past and less than `MAX_LATE` ago; `unit` is
    a unit code; `patient` a free reference (provisional ID, IPP, name); `corrects` the entry
    this one corrects. Every problem is listed in one `ValidationError`; nothing is saved then.
    """
    session.require(Permission.CRISIS_LOG_WRITE)
    problems = text.Problems()
    kind_code: LogKind | None = None
    try:
        kind_code = parse_kind(kind)
    except ValidationError as exc:
        problems.items.extend(exc.problems)
    body = text.clean(text_value, field="text", label=_("Entry text"), max_len=MAX_TEXT,
                      required=True, multiline=True, problems=problems)
    when = stated_time(event_at, field="event_at", label=_("Event time"), problems=problems)
    unit_code = None
    if unit is not None and str(unit).strip():
        row = foundation.find_unit(session.store, str(unit).strip())
        if row is None:
            problems.add("unit", _("There is no unit {code}.", code=str(unit).strip()[:20]))
        else:
            unit_code = str(row["code"])
    patient_ref = text.clean(patient, field="patient", label=_("Patient reference"),
                             max_len=text.SHORT, problems=problems) or None
    corrects_id = None
    if corrects is not None and str(corrects).strip():
        target = _find(session, corrects)
        if target is None:
            problems.add("corrects", _("There is no crisis log entry {ref} to correct.",
                                       ref=str(corrects)[:40]))
        else:
            corrects_id = str(target["id"])
    problems.raise_if_any()
    assert kind_code is not None
    with session.store.transaction(session.actor, "crisis.log.add", "crisis_log") as tx:
        row = write_entry(tx, session, kind=kind_code, body=body, event_at=when,
                          unit_code=unit_code, patient_ref=patient_ref,
                          corrects_id=corrects_id)
        tx.draft.entity_id = row["id"]
    return get_entry(session, row["id"])


def list_entries(session: Session, *, search: str | None = None,
                 kinds: Iterable[str | LogKind] = (), unit: str | None = None,
                 author: str | None = None, patient: str | None = None,
                 start: str | datetime | None = None, end: str | datetime | None = None,
                 entered_after: str | None = None, entered_until: str | None = None,
                 limit: int | None = None) -> list[LogEntry]:
    """Entries in order of event time, filtered (read-only).

    `search`: every word must appear in the text, unit or patient reference, accents and case
    ignored. `kinds`: codes or words. `author`: user name or part of the full name.
    `start`/`end`: bounds of the event time (typed like `parse_time`). `entered_after`
    (exclusive) / `entered_until`: bounds of the time of writing (UTC ISO text, as stored).
    `limit`: the newest N.
    """
    session.require(Permission.CRISIS_READ)
    problems = text.Problems()
    kind_codes: list[str] = []
    for kind in kinds:
        try:
            kind_codes.append(parse_kind(kind).value)
        except ValidationError as exc:
            problems.items.extend(exc.problems)
    bounds: list[str | None] = []
    for value, name, label in ((start, "start", _("From")), (end, "end", _("To"))):
        try:
            moment = parse_time(value, field=name, label=label)
        except ValidationError as exc:
            problems.items.extend(exc.problems)
            moment = None
        bounds.append(clock.to_iso(moment) if moment else None)
    if limit is not None and limit < 1:
        problems.add("limit", _("The number of entries to show starts at 1."))
    problems.raise_if_any()
    words = text.fold(search or "").split()
    rows = crisis_store.search_log(
        session.store, folded_words=words, kinds=kind_codes,
        unit_code=(unit or "").strip() or None, author=(author or "").strip() or None,
        patient_ref=(patient or "").strip() or None, start=bounds[0], end=bounds[1],
        entered_after=entered_after, entered_until=entered_until, limit=limit)
    return _entries(session, rows)
