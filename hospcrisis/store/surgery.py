"""Surgery tables (operating rooms, staff, cases, cancellations, calls, plans) and every query.

All SQL of the surgery area lives here; `core/surgery.py` calls these functions. Times are UTC
ISO 8601 text (they sort); dates of closures are local calendar dates (`YYYY-MM-DD`). JSON
columns (`specialties`, `equipment`, `hours`, `weekdays`, `requirements`) hold lists/objects.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from hospcrisis.store.database import Row, Store, Transaction
from hospcrisis.store.schema import RECORD_COLUMNS, VOID_COLUMNS, MigrationSet, no_delete_trigger

if TYPE_CHECKING:
    import sqlite_utils

MIGRATIONS = MigrationSet("surgery")

ROOM_JSON = ("specialties", "equipment", "hours")
STAFF_JSON = ("weekdays",)
CASE_JSON = ("requirements",)


@MIGRATIONS
def m001_surgery(db: sqlite_utils.Database) -> None:
    db.execute(f"""
        CREATE TABLE surgery_room (
            {RECORD_COLUMNS},
            code TEXT NOT NULL UNIQUE COLLATE NOCASE,
            name TEXT NOT NULL,
            specialties TEXT NOT NULL DEFAULT '[]',
            equipment TEXT NOT NULL DEFAULT '[]',
            hours TEXT NOT NULL DEFAULT '{{}}',
            active INTEGER NOT NULL DEFAULT 1
        )""")
    db.execute(f"""
        CREATE TABLE surgery_room_closure (
            {RECORD_COLUMNS},
            {VOID_COLUMNS},
            room_id TEXT NOT NULL REFERENCES surgery_room(id),
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL,
            reason TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX surgery_room_closure_room ON surgery_room_closure(room_id)")
    db.execute(f"""
        CREATE TABLE surgery_staff (
            {RECORD_COLUMNS},
            code TEXT NOT NULL UNIQUE COLLATE NOCASE,
            family_name TEXT NOT NULL,
            given_name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL CHECK (role IN ('surgeon', 'anaesthetist')),
            specialty TEXT NOT NULL DEFAULT '',
            weekdays TEXT NOT NULL DEFAULT '[1,2,3,4,5]',
            phone TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1
        )""")
    db.execute(f"""
        CREATE TABLE surgery_staff_absence (
            {RECORD_COLUMNS},
            {VOID_COLUMNS},
            staff_id TEXT NOT NULL REFERENCES surgery_staff(id),
            starts_at TEXT NOT NULL,
            ends_at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX surgery_staff_absence_staff ON surgery_staff_absence(staff_id)")
    db.execute(f"""
        CREATE TABLE surgery_import (
            {RECORD_COLUMNS},
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            lines INTEGER NOT NULL,
            cases INTEGER NOT NULL
        )""")
    db.execute(f"""
        CREATE TABLE surgery_case (
            {RECORD_COLUMNS},
            {VOID_COLUMNS},
            number INTEGER NOT NULL,
            case_ref TEXT,
            patient_family_name TEXT NOT NULL,
            patient_given_name TEXT NOT NULL DEFAULT '',
            patient_birth_date TEXT NOT NULL DEFAULT '',
            patient_sex TEXT NOT NULL DEFAULT 'U',
            patient_phone TEXT NOT NULL DEFAULT '',
            patient_id_text TEXT NOT NULL DEFAULT '',
            patient_ref TEXT,
            procedure TEXT NOT NULL,
            specialty TEXT NOT NULL,
            surgeon_id TEXT NOT NULL REFERENCES surgery_staff(id),
            anaesthetist_id TEXT REFERENCES surgery_staff(id),
            duration_min INTEGER NOT NULL CHECK (duration_min > 0),
            anaesthesia TEXT NOT NULL,
            requirements TEXT NOT NULL DEFAULT '[]',
            priority TEXT NOT NULL,
            priority_set_at TEXT NOT NULL,
            deadline_override TEXT,
            deadline TEXT,
            status TEXT NOT NULL CHECK (status IN
                ('waiting', 'planned', 'cancelled', 'done', 'withdrawn')),
            room_id TEXT REFERENCES surgery_room(id),
            planned_start TEXT,
            planned_end TEXT,
            notes TEXT NOT NULL DEFAULT '',
            import_id TEXT REFERENCES surgery_import(id),
            UNIQUE (station, number)
        )""")
    db.execute("CREATE INDEX surgery_case_status ON surgery_case(status, priority)")
    db.execute("CREATE INDEX surgery_case_start ON surgery_case(planned_start)")
    db.execute("CREATE INDEX surgery_case_ref ON surgery_case(case_ref)")
    db.execute(f"""
        CREATE TABLE surgery_cancellation (
            {RECORD_COLUMNS},
            {VOID_COLUMNS},
            case_id TEXT NOT NULL REFERENCES surgery_case(id),
            room_id TEXT REFERENCES surgery_room(id),
            original_start TEXT,
            reason TEXT NOT NULL,
            rule TEXT NOT NULL DEFAULT '{{}}',
            batch_id TEXT
        )""")
    db.execute("CREATE INDEX surgery_cancellation_case ON surgery_cancellation(case_id)")
    db.execute(f"""
        CREATE TABLE surgery_call (
            {RECORD_COLUMNS},
            {VOID_COLUMNS},
            case_id TEXT NOT NULL REFERENCES surgery_case(id),
            purpose TEXT NOT NULL CHECK (purpose IN ('cancellation', 'new_date')),
            phone TEXT NOT NULL DEFAULT '',
            original_start TEXT,
            new_start TEXT,
            reason TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'to_call' CHECK (status IN
                ('to_call', 'reached', 'message', 'unreachable')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_attempt_at TEXT
        )""")
    db.execute("CREATE INDEX surgery_call_case ON surgery_call(case_id)")
    db.execute("CREATE INDEX surgery_call_status ON surgery_call(status)")
    db.execute(f"""
        CREATE TABLE surgery_call_attempt (
            {RECORD_COLUMNS},
            call_id TEXT NOT NULL REFERENCES surgery_call(id),
            outcome TEXT NOT NULL CHECK (outcome IN ('reached', 'message', 'unreachable')),
            called_at TEXT NOT NULL,
            caller TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX surgery_call_attempt_call ON surgery_call_attempt(call_id)")
    db.execute(f"""
        CREATE TABLE surgery_plan (
            {RECORD_COLUMNS},
            number INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN
                ('proposed', 'accepted', 'superseded', 'discarded')),
            first_day TEXT NOT NULL,
            days INTEGER NOT NULL,
            objective TEXT NOT NULL DEFAULT '{{}}',
            stats TEXT NOT NULL DEFAULT '{{}}',
            based_on TEXT REFERENCES surgery_plan(id),
            accepted_at TEXT,
            accepted_by TEXT
        )""")
    db.execute("CREATE INDEX surgery_plan_status ON surgery_plan(status, number)")
    db.execute(f"""
        CREATE TABLE surgery_plan_item (
            {RECORD_COLUMNS},
            plan_id TEXT NOT NULL REFERENCES surgery_plan(id),
            case_id TEXT NOT NULL REFERENCES surgery_case(id),
            case_version INTEGER NOT NULL,
            room_id TEXT REFERENCES surgery_room(id),
            start TEXT,
            end TEXT,
            priority TEXT NOT NULL,
            deadline TEXT,
            lateness_min INTEGER NOT NULL DEFAULT 0,
            moved INTEGER NOT NULL DEFAULT 0,
            manual INTEGER NOT NULL DEFAULT 0,
            reason TEXT,
            rank INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute("CREATE INDEX surgery_plan_item_plan ON surgery_plan_item(plan_id, rank)")
    for table in ("surgery_room", "surgery_room_closure", "surgery_staff",
                  "surgery_staff_absence", "surgery_import", "surgery_case",
                  "surgery_cancellation", "surgery_call", "surgery_call_attempt",
                  "surgery_plan", "surgery_plan_item"):
        db.execute(no_delete_trigger(table))


# --- decoding ----------------------------------------------------------------------------------


def _decode(row: Row | None, columns: Sequence[str]) -> Row | None:
    if row is not None:
        for column in columns:
            if column in row and isinstance(row[column], str):
                row[column] = json.loads(row[column])
    return row


def _decode_all(rows: list[Row], columns: Sequence[str]) -> list[Row]:
    for row in rows:
        _decode(row, columns)
    return rows


# --- rooms and closures -----------------------------------------------------------------------


def list_rooms(store: Store, *, include_inactive: bool = False) -> list[Row]:
    """Rooms by code, JSON decoded (read-only)."""
    where = "" if include_inactive else "WHERE active = 1"
    return _decode_all(store.query(f"SELECT * FROM surgery_room {where} ORDER BY code"),
                       ROOM_JSON)


def find_room(store: Store, code: str) -> Row | None:
    """One room by code, case-insensitive (read-only)."""
    return _decode(store.query_one("SELECT * FROM surgery_room WHERE code = ?", (code,)),
                   ROOM_JSON)


def get_room(store: Store, room_id: str) -> Row:
    """One room by id; NotFound otherwise (read-only)."""
    row = _decode(store.get("surgery_room", room_id), ROOM_JSON)
    assert row is not None
    return row


def list_closures(store: Store, *, room_id: str | None = None,
                  until: str | None = None, since: str | None = None) -> list[Row]:
    """Closures not voided, optionally for one room and overlapping [since, until] (read-only)."""
    where = ["c.voided_at IS NULL"]
    params: list[Any] = []
    if room_id:
        where.append("c.room_id = ?")
        params.append(room_id)
    if since:
        where.append("c.last_day >= ?")
        params.append(since)
    if until:
        where.append("c.first_day <= ?")
        params.append(until)
    return store.query(
        "SELECT c.*, r.code AS room_code FROM surgery_room_closure c "
        f"JOIN surgery_room r ON r.id = c.room_id WHERE {' AND '.join(where)} "
        "ORDER BY c.first_day, r.code", params)


# --- staff -------------------------------------------------------------------------------------


def list_staff(store: Store, *, role: str | None = None,
               include_inactive: bool = False) -> list[Row]:
    """Surgeons and anaesthetists by name (read-only)."""
    where, params = [], []
    if not include_inactive:
        where.append("active = 1")
    if role:
        where.append("role = ?")
        params.append(role)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return _decode_all(store.query(
        f"SELECT * FROM surgery_staff {clause} ORDER BY family_name, given_name, code",
        params), STAFF_JSON)


def find_staff(store: Store, code: str) -> Row | None:
    """One staff member by code, case-insensitive (read-only)."""
    return _decode(store.query_one("SELECT * FROM surgery_staff WHERE code = ?", (code,)),
                   STAFF_JSON)


def staff_by_ids(store: Store, ids: Iterable[str]) -> dict[str, Row]:
    """Staff rows by id (read-only)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    marks = ",".join("?" for _ in wanted)
    rows = store.query(f"SELECT * FROM surgery_staff WHERE id IN ({marks})", wanted)
    return {r["id"]: r for r in _decode_all(rows, STAFF_JSON)}


def list_absences(store: Store, *, staff_id: str | None = None, since: str | None = None,
                  until: str | None = None) -> list[Row]:
    """Absences not voided, overlapping [since, until) when given (read-only)."""
    where = ["voided_at IS NULL"]
    params: list[Any] = []
    if staff_id:
        where.append("staff_id = ?")
        params.append(staff_id)
    if since:
        where.append("ends_at > ?")
        params.append(since)
    if until:
        where.append("starts_at < ?")
        params.append(until)
    return store.query(f"SELECT * FROM surgery_staff_absence WHERE {' AND '.join(where)} "
                       "ORDER BY starts_at", params)


# --- cases -------------------------------------------------------------------------------------

_CASE_SELECT = (
    "SELECT c.*, r.code AS room_code, s.code AS surgeon_code, "
    "s.family_name AS surgeon_name, a.code AS anaesthetist_code "
    "FROM surgery_case c "
    "LEFT JOIN surgery_room r ON r.id = c.room_id "
    "JOIN surgery_staff s ON s.id = c.surgeon_id "
    "LEFT JOIN surgery_staff a ON a.id = c.anaesthetist_id ")


def get_case(store: Store, case_id: str) -> Row | None:
    """One case with its room and staff codes (read-only)."""
    return _decode(store.query_one(_CASE_SELECT + "WHERE c.id = ?", (case_id,)), CASE_JSON)


def find_case(store: Store, key: str) -> Row | None:
    """A case by id, id prefix (≥ 8 characters), number or OR reference (read-only)."""
    key = key.strip()
    row = store.query_one(_CASE_SELECT + "WHERE c.id = ?", (key,))
    if row is None and key.isdigit():
        row = store.query_one(_CASE_SELECT + "WHERE c.number = ? ORDER BY c.station LIMIT 1",
                              (int(key),))
    if row is None and key:
        row = store.query_one(_CASE_SELECT + "WHERE c.case_ref = ? LIMIT 1", (key,))
    if row is None and len(key) >= 8:
        rows = store.query(_CASE_SELECT + "WHERE c.id LIKE ? LIMIT 2",
                           (key.replace("%", "").replace("_", "") + "%",))
        row = rows[0] if len(rows) == 1 else None
    return _decode(row, CASE_JSON)


def list_cases(store: Store, *, statuses: Sequence[str] | None = None,
               priorities: Sequence[str] | None = None, start_from: str | None = None,
               start_before: str | None = None, room_id: str | None = None,
               ids: Sequence[str] | None = None) -> list[Row]:
    """Cases matching every filter given, not voided, by planned start then number (read-only).

    `start_from`/`start_before` filter on `planned_start` (UTC text, [from, before)).
    """
    where = ["c.voided_at IS NULL"]
    params: list[Any] = []
    for column, values in (("c.status", statuses), ("c.priority", priorities), ("c.id", ids)):
        if values is not None:
            where.append(f"{column} IN ({','.join('?' for _ in values)})")
            params.extend(values)
    if start_from:
        where.append("c.planned_start >= ?")
        params.append(start_from)
    if start_before:
        where.append("c.planned_start < ?")
        params.append(start_before)
    if room_id:
        where.append("c.room_id = ?")
        params.append(room_id)
    return _decode_all(store.query(
        _CASE_SELECT + f"WHERE {' AND '.join(where)} "
        "ORDER BY c.planned_start IS NULL, c.planned_start, c.number", params), CASE_JSON)


def next_case_number(store: Store, station: str) -> int:
    """The next case number of this station (call inside the writing transaction)."""
    return int(store.scalar("SELECT coalesce(max(number), 0) + 1 FROM surgery_case "
                            "WHERE station = ?", (station,)))


def existing_case_refs(store: Store, refs: Iterable[str]) -> set[str]:
    """Which OR references are already known (read-only)."""
    wanted = sorted({r for r in refs if r})
    found: set[str] = set()
    for k in range(0, len(wanted), 500):
        chunk = wanted[k:k + 500]
        rows = store.query("SELECT case_ref FROM surgery_case WHERE case_ref IN "
                           f"({','.join('?' for _ in chunk)})", chunk)
        found.update(r["case_ref"] for r in rows)
    return found


def cancellations_of(store: Store, case_ids: Sequence[str] | None = None) -> list[Row]:
    """Cancellations not voided, newest first, optionally of some cases (read-only)."""
    where, params = "WHERE voided_at IS NULL", []
    if case_ids is not None:
        where += f" AND case_id IN ({','.join('?' for _ in case_ids)})"
        params = list(case_ids)
    return store.query(f"SELECT * FROM surgery_cancellation {where} ORDER BY created_at DESC",
                       params)


# --- calls -------------------------------------------------------------------------------------


def list_calls(store: Store, *, pending_only: bool = False,
               case_id: str | None = None) -> list[Row]:
    """Call-list entries with the case's patient and procedure (read-only).

    Pending (not reached) first, then by original date.
    """
    where = ["k.voided_at IS NULL"]
    params: list[Any] = []
    if pending_only:
        where.append("k.status != 'reached'")
    if case_id:
        where.append("k.case_id = ?")
        params.append(case_id)
    return store.query(
        "SELECT k.*, c.number AS case_number, c.patient_family_name, c.patient_given_name, "
        "c.patient_birth_date, c.patient_id_text, c.procedure, c.priority, "
        "s.family_name AS surgeon_name "
        "FROM surgery_call k JOIN surgery_case c ON c.id = k.case_id "
        "JOIN surgery_staff s ON s.id = c.surgeon_id "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY k.status = 'reached', k.original_start IS NULL, k.original_start, "
        "k.created_at", params)


def call_attempts(store: Store, call_ids: Sequence[str]) -> dict[str, list[Row]]:
    """Attempts per call, oldest first (read-only)."""
    out: dict[str, list[Row]] = {c: [] for c in call_ids}
    for k in range(0, len(call_ids), 500):
        chunk = list(call_ids[k:k + 500])
        rows = store.query("SELECT * FROM surgery_call_attempt WHERE call_id IN "
                           f"({','.join('?' for _ in chunk)}) ORDER BY called_at", chunk)
        for row in rows:
            out[row["call_id"]].append(row)
    return out


def bump_call(tx: Transaction, call_id: str, status: str, at: str) -> None:
    """Count one more attempt on a call and set its status (captured in the audit entry)."""
    current = tx.store.get("surgery_call", call_id)
    tx.update("surgery_call", call_id, {"status": status, "attempts": current["attempts"] + 1,
                                        "last_attempt_at": at})


# --- plans -------------------------------------------------------------------------------------


def latest_plan(store: Store, status: str) -> Row | None:
    """The newest plan with this status (read-only)."""
    return _decode(store.query_one("SELECT * FROM surgery_plan WHERE status = ? "
                                   "ORDER BY number DESC LIMIT 1", (status,)),
                   ("objective", "stats"))


def get_plan(store: Store, plan_id: str) -> Row:
    """One plan by id; NotFound otherwise (read-only)."""
    row = _decode(store.get("surgery_plan", plan_id), ("objective", "stats"))
    assert row is not None
    return row


def list_plans(store: Store, limit: int = 50) -> list[Row]:
    """Plans, newest first (read-only)."""
    return _decode_all(store.query("SELECT * FROM surgery_plan ORDER BY number DESC LIMIT ?",
                                   (limit,)), ("objective", "stats"))


def next_plan_number(store: Store) -> int:
    return int(store.scalar("SELECT coalesce(max(number), 0) + 1 FROM surgery_plan"))


def plan_items(store: Store, plan_id: str) -> list[Row]:
    """A plan's items in plan order, with case, room and surgeon details (read-only)."""
    return store.query(
        "SELECT i.*, r.code AS room_code, c.number AS case_number, c.case_ref, "
        "c.patient_family_name, c.patient_given_name, c.procedure, c.status AS case_status, "
        "c.version AS current_case_version, s.code AS surgeon_code, "
        "s.family_name AS surgeon_name "
        "FROM surgery_plan_item i JOIN surgery_case c ON c.id = i.case_id "
        "JOIN surgery_staff s ON s.id = c.surgeon_id "
        "LEFT JOIN surgery_room r ON r.id = i.room_id "
        "WHERE i.plan_id = ? ORDER BY i.rank", (plan_id,))


def set_plan_status(tx: Transaction, plan_id: str, status: str, **extra: Any) -> None:
    """Change a plan's status (captured in the audit entry)."""
    tx.update("surgery_plan", plan_id, {"status": status, **extra})


def discard_proposals(tx: Transaction) -> int:
    """Mark every proposed plan discarded; returns how many (captured as a note)."""
    ids = [r["id"] for r in tx.store.query(
        "SELECT id FROM surgery_plan WHERE status = 'proposed'")]
    for plan_id in ids:
        tx.update("surgery_plan", plan_id, {"status": "discarded"})
    return len(ids)


# --- counts for the situation report ----------------------------------------------------------


def counts(store: Store, now: str) -> dict[str, Any]:
    """Figures for the situation report at `now` (UTC text) (read-only)."""
    by_status = {r["status"]: r["n"] for r in store.query(
        "SELECT status, count(*) AS n FROM surgery_case WHERE voided_at IS NULL "
        "GROUP BY status")}
    waiting = {r["priority"]: r["n"] for r in store.query(
        "SELECT priority, count(*) AS n FROM surgery_case WHERE voided_at IS NULL AND "
        "status IN ('waiting', 'cancelled') GROUP BY priority")}
    cancelled = store.scalar("SELECT count(*) FROM surgery_cancellation "
                             "WHERE voided_at IS NULL") or 0
    rescheduled = store.scalar(
        "SELECT count(*) FROM surgery_case c WHERE c.voided_at IS NULL AND "
        "c.status IN ('planned', 'done') AND EXISTS (SELECT 1 FROM surgery_cancellation x "
        "WHERE x.case_id = c.id AND x.voided_at IS NULL AND x.created_at <= c.updated_at)") or 0
    overdue = store.scalar(
        "SELECT count(*) FROM surgery_case WHERE voided_at IS NULL AND deadline IS NOT NULL "
        "AND deadline < ? AND (status IN ('waiting', 'cancelled') OR "
        "(status = 'planned' AND planned_start > deadline))", (now,)) or 0
    calls = {r["status"]: r["n"] for r in store.query(
        "SELECT status, count(*) AS n FROM surgery_call WHERE voided_at IS NULL "
        "GROUP BY status")}
    return {"by_status": by_status, "waiting_by_priority": waiting, "cancelled": cancelled,
            "rescheduled": rescheduled, "overdue": overdue, "calls": calls}
