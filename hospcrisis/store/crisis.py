"""Crisis-cell tables and every query of that area: procedure library, activations and their
sign-offs, the main courante (crisis log), systems status, situation reports.

Append-only tables (`crisis_log`, `crisis_signoff`, `crisis_system_status`, `crisis_sitrep`)
refuse UPDATE and DELETE in the database itself (triggers). Their rows are also compared with
the copies the audit chain holds (`sealed_rows_problems`, run by `audit.verify`), so a row edited
in the file with the triggers dropped is reported.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from hospcrisis.i18n import _
from hospcrisis.store import audit
from hospcrisis.store.database import Row, Store, Transaction
from hospcrisis.store.schema import (
    RECORD_COLUMNS,
    VOID_COLUMNS,
    MigrationSet,
    append_only_triggers,
    no_delete_trigger,
)

if TYPE_CHECKING:
    import sqlite_utils

MIGRATIONS = MigrationSet("crisis")

# Kinds and states as stored (the core module gives them labels and parses user input).
LOG_KINDS = ("decision", "action", "information", "alert")
SYSTEM_STATES = ("functional", "partial", "down", "na")
SIGNOFF_PHASES = ("checklist", "return")
SIGNOFF_ACTIONS = ("signed", "withdrawn")

# Tables whose rows are never updated nor deleted; checked against the audit chain.
SEALED_TABLES = ("crisis_log", "crisis_signoff", "crisis_system_status", "crisis_sitrep")


def _in(values: Sequence[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


@MIGRATIONS
def m001_crisis(db: sqlite_utils.Database) -> None:
    db.execute(f"""
        CREATE TABLE crisis_procedure (
            {RECORD_COLUMNS},
            {VOID_COLUMNS},
            procedure_id TEXT NOT NULL COLLATE NOCASE,
            procedure_version INTEGER NOT NULL CHECK (procedure_version >= 1),
            origin TEXT NOT NULL,
            source_name TEXT,
            document TEXT NOT NULL,
            UNIQUE (procedure_id, procedure_version)
        )""")
    db.execute(no_delete_trigger("crisis_procedure"))

    db.execute(f"""
        CREATE TABLE crisis_activation (
            {RECORD_COLUMNS},
            {VOID_COLUMNS},
            ref TEXT NOT NULL UNIQUE COLLATE NOCASE,
            number INTEGER NOT NULL,
            batch_id TEXT NOT NULL,
            procedure_id TEXT NOT NULL COLLATE NOCASE,
            procedure_version INTEGER NOT NULL,
            snapshot TEXT NOT NULL,
            unit_code TEXT NOT NULL COLLATE NOCASE,
            reason TEXT NOT NULL,
            activated_at TEXT NOT NULL,
            activated_by TEXT NOT NULL,
            activated_by_name TEXT NOT NULL,
            closed_at TEXT,
            closed_by TEXT,
            closed_by_name TEXT,
            close_note TEXT
        )""")
    db.execute(no_delete_trigger("crisis_activation"))
    db.execute("CREATE INDEX crisis_activation_unit ON crisis_activation(unit_code)")
    db.execute("CREATE INDEX crisis_activation_procedure ON crisis_activation(procedure_id)")

    db.execute(f"""
        CREATE TABLE crisis_signoff (
            {RECORD_COLUMNS},
            activation_id TEXT NOT NULL REFERENCES crisis_activation(id),
            step_key TEXT NOT NULL,
            phase TEXT NOT NULL CHECK (phase IN ({_in(SIGNOFF_PHASES)})),
            action TEXT NOT NULL CHECK (action IN ({_in(SIGNOFF_ACTIONS)})),
            signed_at TEXT NOT NULL,
            signer TEXT NOT NULL,
            signer_name TEXT NOT NULL,
            signer_role TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX crisis_signoff_activation ON crisis_signoff(activation_id, signed_at)")
    for sql in append_only_triggers("crisis_signoff"):
        db.execute(sql)

    db.execute(f"""
        CREATE TABLE crisis_log (
            {RECORD_COLUMNS},
            number INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ({_in(LOG_KINDS)})),
            text TEXT NOT NULL CHECK (length(text) > 0),
            search_text TEXT NOT NULL,
            event_at TEXT NOT NULL,
            author TEXT NOT NULL,
            author_name TEXT NOT NULL,
            author_role TEXT NOT NULL,
            unit_code TEXT COLLATE NOCASE,
            patient_ref TEXT,
            corrects_id TEXT REFERENCES crisis_log(id),
            source TEXT NOT NULL DEFAULT 'manual',
            UNIQUE (station, number)
        )""")
    db.execute("CREATE INDEX crisis_log_event ON crisis_log(event_at, number)")
    db.execute("CREATE INDEX crisis_log_corrects ON crisis_log(corrects_id)")
    for sql in append_only_triggers("crisis_log"):
        db.execute(sql)

    db.execute(f"""
        CREATE TABLE crisis_system (
            {RECORD_COLUMNS},
            code TEXT NOT NULL UNIQUE COLLATE NOCASE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1
        )""")
    db.execute(no_delete_trigger("crisis_system"))

    db.execute(f"""
        CREATE TABLE crisis_system_status (
            {RECORD_COLUMNS},
            system_code TEXT NOT NULL COLLATE NOCASE,
            state TEXT NOT NULL CHECK (state IN ({_in(SYSTEM_STATES)})),
            since TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL,
            author_name TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX crisis_system_status_code ON crisis_system_status(system_code, "
               "created_at)")
    for sql in append_only_triggers("crisis_system_status"):
        db.execute(sql)

    db.execute(f"""
        CREATE TABLE crisis_sitrep (
            {RECORD_COLUMNS},
            number INTEGER NOT NULL,
            issued_at TEXT NOT NULL,
            issued_by TEXT NOT NULL,
            issued_by_name TEXT NOT NULL,
            period_start TEXT,
            content TEXT NOT NULL,
            UNIQUE (station, number)
        )""")
    for sql in append_only_triggers("crisis_sitrep"):
        db.execute(sql)


# --- procedure library ----------------------------------------------------------------------


def local_procedures(store: Store, *, include_voided: bool = False) -> list[Row]:
    """Every stored version of the hospital's own procedures, by id then version (read-only)."""
    where = "" if include_voided else "WHERE voided_at IS NULL"
    return store.query(f"SELECT * FROM crisis_procedure {where} "
                       "ORDER BY procedure_id, procedure_version")


def local_procedure_versions(store: Store, procedure_id: str) -> list[Row]:
    """Stored versions of one procedure, oldest first, voided included (read-only)."""
    return store.query("SELECT * FROM crisis_procedure WHERE procedure_id = ? "
                       "ORDER BY procedure_version", (procedure_id,))


def insert_procedure(tx: Transaction, *, procedure_id: str, version: int, origin: str,
                     source_name: str | None, document: str) -> Row:
    """Store one version of a procedure (captured in the audit entry)."""
    return tx.insert("crisis_procedure", {
        "procedure_id": procedure_id, "procedure_version": version, "origin": origin,
        "source_name": source_name, "document": document,
        "voided_at": None, "voided_by": None, "void_reason": None})


# --- activations ------------------------------------------------------------------------------


def next_activation_number(store: Store, station: str) -> int:
    """The next activation number of `station` (call inside the writing transaction)."""
    return int(store.scalar("SELECT coalesce(max(number), 0) + 1 FROM crisis_activation "
                            "WHERE station = ?", (station,)))


def insert_activation(tx: Transaction, row: dict[str, Any]) -> Row:
    """Store one activation of a procedure in a unit (captured in the audit entry)."""
    full = {"voided_at": None, "voided_by": None, "void_reason": None, "closed_at": None,
            "closed_by": None, "closed_by_name": None, "close_note": None, **row}
    return tx.insert("crisis_activation", full)


def close_activation(tx: Transaction, activation_id: str, *, by: str, by_name: str,
                     note: str, expected_version: int | None) -> Row:
    """Mark an activation closed (returned to normal); captured with before/after."""
    return tx.update("crisis_activation", activation_id, {
        "closed_at": tx.now, "closed_by": by, "closed_by_name": by_name, "close_note": note},
        expected_version=expected_version)


def void_activation(tx: Transaction, activation_id: str, reason: str) -> Row:
    """Cancel an activation made by mistake (kept, never deleted)."""
    return tx.void("crisis_activation", activation_id, reason)


def find_activation(store: Store, ref_or_id: str) -> Row | None:
    """One activation by id or by its short reference (`TEST-3`), case-insensitive (read-only)."""
    return store.query_one("SELECT * FROM crisis_activation WHERE id = ? OR ref = ?",
                           (ref_or_id, ref_or_id))


def list_activations(store: Store, *, unit_code: str | None = None,
                     procedure_id: str | None = None, open_only: bool = False,
                     include_voided: bool = False) -> list[Row]:
    """Activations, oldest first, with optional filters (read-only)."""
    where: list[str] = []
    params: list[Any] = []
    if unit_code:
        where.append("unit_code = ?")
        params.append(unit_code)
    if procedure_id:
        where.append("procedure_id = ?")
        params.append(procedure_id)
    if open_only:
        where.append("closed_at IS NULL")
    if not include_voided or open_only:
        where.append("voided_at IS NULL")
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return store.query(f"SELECT * FROM crisis_activation {clause} "
                       "ORDER BY activated_at, number", params)


def insert_signoff(tx: Transaction, row: dict[str, Any]) -> Row:
    """Append one sign-off (or withdrawal) of a step; captured in the audit entry."""
    return tx.insert("crisis_signoff", row)


def signoffs(store: Store, activation_ids: Sequence[str] | None = None) -> list[Row]:
    """Sign-off rows, oldest first, for some activations or all (read-only)."""
    if activation_ids is None:
        return store.query("SELECT * FROM crisis_signoff ORDER BY signed_at, created_at, id")
    if not activation_ids:
        return []
    marks = ", ".join("?" for _ in activation_ids)
    return store.query(f"SELECT * FROM crisis_signoff WHERE activation_id IN ({marks}) "
                       "ORDER BY signed_at, created_at, id", list(activation_ids))


# --- crisis log (main courante) ---------------------------------------------------------------


def next_log_number(store: Store, station: str) -> int:
    """The next entry number of `station` (call inside the writing transaction)."""
    return int(store.scalar("SELECT coalesce(max(number), 0) + 1 FROM crisis_log "
                            "WHERE station = ?", (station,)))


def insert_log_entry(tx: Transaction, row: dict[str, Any]) -> Row:
    """Append one entry to the crisis log (captured in full in the audit entry)."""
    return tx.insert("crisis_log", row)


def _log_select() -> str:
    return ("SELECT l.*, c.number AS corrects_number, c.station AS corrects_station "
            "FROM crisis_log l LEFT JOIN crisis_log c ON c.id = l.corrects_id")


def find_log_entry(store: Store, *, entry_id: str | None = None,
                   station: str | None = None, number: int | None = None) -> Row | None:
    """One entry by id, or by station and number (read-only)."""
    if entry_id is not None:
        return store.query_one(f"{_log_select()} WHERE l.id = ?", (entry_id,))
    return store.query_one(f"{_log_select()} WHERE l.station = ? AND l.number = ?",
                           (station, number))


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_log(store: Store, *, folded_words: Sequence[str] = (),
               kinds: Sequence[str] = (), unit_code: str | None = None,
               author: str | None = None, patient_ref: str | None = None,
               start: str | None = None, end: str | None = None,
               entered_after: str | None = None, entered_until: str | None = None,
               limit: int | None = None) -> list[Row]:
    """Entries in chronological order of event time (read-only).

    `folded_words` must already be folded (lower-case, no accents) like `search_text`; every
    word must appear. `start`/`end` bound the event time (inclusive, UTC ISO text);
    `entered_after` (exclusive) / `entered_until` (inclusive) bound the time of writing.
    """
    where: list[str] = []
    params: list[Any] = []
    for word in folded_words:
        where.append("l.search_text LIKE ? ESCAPE '\\'")
        params.append(_like(word))
    if kinds:
        where.append(f"l.kind IN ({', '.join('?' for _ in kinds)})")
        params.extend(kinds)
    if unit_code:
        where.append("l.unit_code = ?")
        params.append(unit_code)
    if author:
        where.append("(l.author = ? COLLATE NOCASE OR l.author_name LIKE ? ESCAPE '\\')")
        params.extend([author, _like(author)])
    if patient_ref:
        where.append("l.patient_ref = ? COLLATE NOCASE")
        params.append(patient_ref)
    if start:
        where.append("l.event_at >= ?")
        params.append(start)
    if end:
        where.append("l.event_at <= ?")
        params.append(end)
    if entered_after:
        where.append("l.created_at > ?")
        params.append(entered_after)
    if entered_until:
        where.append("l.created_at <= ?")
        params.append(entered_until)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    sql = f"{_log_select()} {clause} ORDER BY l.event_at, l.created_at, l.number"
    if limit is not None:
        # the newest `limit` entries, still shown oldest first
        sql = (f"SELECT * FROM ({_log_select()} {clause} "
               "ORDER BY l.event_at DESC, l.created_at DESC, l.number DESC LIMIT ?) "
               "ORDER BY event_at, created_at, number")
        params.append(limit)
    return store.query(sql, params)


def corrections_of(store: Store, entry_ids: Sequence[str]) -> dict[str, list[Row]]:
    """Entries correcting each of `entry_ids` → their (station, number), oldest first."""
    if not entry_ids:
        return {}
    out: dict[str, list[Row]] = {}
    # chunks keep under SQLite's variable limit on long logs
    for start in range(0, len(entry_ids), 500):
        chunk = list(entry_ids[start:start + 500])
        marks = ", ".join("?" for _ in chunk)
        for row in store.query(f"SELECT corrects_id, id, station, number FROM crisis_log "
                               f"WHERE corrects_id IN ({marks}) ORDER BY created_at", chunk):
            out.setdefault(row["corrects_id"], []).append(row)
    return out


# --- systems status -------------------------------------------------------------------------


def local_systems(store: Store) -> list[Row]:
    """Systems the hospital defined or renamed, by position then code (read-only)."""
    return store.query("SELECT * FROM crisis_system ORDER BY position, code")


def find_system(store: Store, code: str) -> Row | None:
    """One hospital-defined system row by code, case-insensitive (read-only)."""
    return store.query_one("SELECT * FROM crisis_system WHERE code = ?", (code,))


def insert_system(tx: Transaction, *, code: str, name: str, position: int, active: bool) -> Row:
    """Define a system (captured in the audit entry)."""
    return tx.insert("crisis_system", {"code": code, "name": name, "position": position,
                                       "active": int(active)})


def update_system(tx: Transaction, system_id: str, changes: dict[str, Any]) -> Row:
    """Rename, reorder or (de)activate a system (before/after captured)."""
    return tx.update("crisis_system", system_id, changes)


def insert_system_status(tx: Transaction, row: dict[str, Any]) -> Row:
    """Append one status report of a system (captured in the audit entry)."""
    return tx.insert("crisis_system_status", row)


def latest_statuses(store: Store) -> dict[str, Row]:
    """The newest status report of each system, by lower-cased code (read-only)."""
    rows = store.query(
        "SELECT s.* FROM crisis_system_status s "
        "JOIN (SELECT lower(system_code) AS code, max(created_at || id) AS k "
        "      FROM crisis_system_status GROUP BY lower(system_code)) m "
        "  ON m.k = s.created_at || s.id")
    return {r["system_code"].lower(): r for r in rows}


def status_history(store: Store, *, system_code: str | None = None,
                   start: str | None = None, end: str | None = None) -> list[Row]:
    """Status reports in the order they were entered (read-only).

    `start`/`end` bound the entry time; pass neither to get everything.
    """
    where: list[str] = []
    params: list[Any] = []
    if system_code:
        where.append("system_code = ?")
        params.append(system_code)
    if start:
        where.append("created_at >= ?")
        params.append(start)
    if end:
        where.append("created_at <= ?")
        params.append(end)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return store.query(f"SELECT * FROM crisis_system_status {clause} "
                       "ORDER BY created_at, id", params)


# --- situation reports ----------------------------------------------------------------------


def last_sitrep(store: Store, station: str) -> Row | None:
    """The newest situation report issued at `station` (read-only)."""
    return store.query_one("SELECT * FROM crisis_sitrep WHERE station = ? "
                           "ORDER BY number DESC LIMIT 1", (station,))


def list_sitreps(store: Store) -> list[Row]:
    """Every issued situation report, newest first, without its content (read-only)."""
    return store.query("SELECT id, station, number, issued_at, issued_by, issued_by_name, "
                       "period_start FROM crisis_sitrep ORDER BY issued_at DESC, number DESC")


def next_sitrep_number(store: Store, station: str) -> int:
    """The next situation report number of `station`."""
    return int(store.scalar("SELECT coalesce(max(number), 0) + 1 FROM crisis_sitrep "
                            "WHERE station = ?", (station,)))


def insert_sitrep(tx: Transaction, row: dict[str, Any]) -> Row:
    """Record that a situation report was issued, with what it said (audited)."""
    return tx.insert("crisis_sitrep", row)


def first_crisis_time(store: Store) -> str | None:
    """The earliest activation, status report or log event time; None before any (read-only)."""
    return store.scalar(
        "SELECT min(t) FROM ("
        " SELECT min(activated_at) AS t FROM crisis_activation WHERE voided_at IS NULL"
        " UNION ALL SELECT min(since) FROM crisis_system_status"
        " UNION ALL SELECT min(event_at) FROM crisis_log)")


# --- tamper evidence ------------------------------------------------------------------------


def _table_exists(store: Store, table: str) -> bool:
    return bool(store.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                             "AND name = ?", (table,)))


def sealed_rows_problems(store: Store) -> list[str]:
    """Append-only rows that differ from the copy the audit chain holds (read-only).

    Each row of a sealed table was written once, by `tx.insert`, whose audit entry keeps the
    whole row. A row edited, deleted or added outside hospcrisis (triggers dropped, file
    edited) no longer matches: each such row is reported.
    """
    tables = [t for t in SEALED_TABLES if _table_exists(store, t)]
    if not tables:
        return []
    recorded: dict[str, dict[str, Any]] = {}
    prefixes = tuple(f"{t}:" for t in tables)
    cur = store.conn.execute("SELECT seq, after FROM audit_log "
                             "WHERE instr(after, '\"crisis_') > 0 ORDER BY seq")
    while batch := cur.fetchmany(2000):
        for _seq, after in batch:
            try:
                content = json.loads(after)
            except ValueError:
                continue  # the chain check reports an entry whose content was damaged
            for key, value in content.items():
                if key.startswith(prefixes) and isinstance(value, dict):
                    recorded[key] = value
    problems: list[str] = []
    seen: set[str] = set()
    for table in tables:
        for row in store.query(f'SELECT * FROM "{table}" ORDER BY created_at, id'):
            key = f"{table}:{row['id']}"
            seen.add(key)
            copy = recorded.get(key)
            label = _row_label(table, row)
            if copy is None:
                problems.append(_("{record}: not written by hospcrisis (no audit entry "
                                  "records it).", record=label))
                continue
            actual = json.loads(json.dumps(row, default=str))
            columns = set(actual) | set(copy)
            if any(actual.get(c) != copy.get(c) for c in columns):
                problems.append(_("{record}: differs from the copy kept in the audit chain "
                                  "(edited outside hospcrisis).", record=label))
    for key in sorted(set(recorded) - seen):
        table, _sep, row_id = key.partition(":")
        problems.append(_("{record}: recorded in the audit chain but missing from the "
                          "database (deleted outside hospcrisis).",
                          record=f"{table} {row_id}"))
    return problems


def _row_label(table: str, row: Row) -> str:
    if table == "crisis_log":
        return _("Crisis log entry {station}-{number}", station=row.get("station"),
                 number=row.get("number"))
    return f"{table} {row.get('id')}"


if sealed_rows_problems not in audit.RECORD_CHECKS:
    audit.RECORD_CHECKS.append(sealed_rows_problems)
