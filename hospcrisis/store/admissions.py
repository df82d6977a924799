"""Admissions tables (patients, provisional IDs, admissions, movements, triage, merges) and
every SQL statement of the admissions area.

Record tables start with `RECORD_COLUMNS` and refuse DELETE. Movements and triage entries are
append-only: a mistake is corrected by a new row (`movement.cancels`), never by an edit.

Two tables are *derived indexes*, rebuilt from `patient` by `rebuild_patient_indexes` and not
records themselves (no standard columns):

* `patient_search` — FTS5 over folded names and identifiers (search box, scanner);
* `patient_block` — blocking keys of the duplicate detector (`key`, `patient_id`).

Writers take the caller's `Transaction` (`tx`); readers take the `Store` and are read-only.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

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

MIGRATIONS = MigrationSet("admissions")

# Statuses of an admission that are still "in the hospital" (board, census).
OPEN_STATUSES = ("arrived", "triaged", "seen", "admitted")


@MIGRATIONS
def m001_admissions(db: sqlite_utils.Database) -> None:
    db.execute(f"""
        CREATE TABLE patient (
            {RECORD_COLUMNS},
            provisional_id TEXT UNIQUE,
            ipp TEXT,
            birth_name TEXT NOT NULL DEFAULT '',
            used_name TEXT NOT NULL DEFAULT '',
            first_forename TEXT NOT NULL DEFAULT '',
            forenames TEXT NOT NULL DEFAULT '',
            sex TEXT NOT NULL DEFAULT 'U' CHECK (sex IN ('F', 'M', 'O', 'U')),
            birth_date TEXT,
            birth_date_precision TEXT NOT NULL DEFAULT 'unknown'
                CHECK (birth_date_precision IN ('day', 'year', 'unknown')),
            estimated_age_min INTEGER,
            estimated_age_max INTEGER,
            birthplace_code TEXT NOT NULL DEFAULT '',
            birthplace TEXT NOT NULL DEFAULT '',
            identity_status TEXT NOT NULL DEFAULT 'PROV',
            identity_document TEXT NOT NULL DEFAULT '',
            identity_attributes TEXT NOT NULL DEFAULT '',
            unknown INTEGER NOT NULL DEFAULT 0,
            description TEXT NOT NULL DEFAULT '',
            sinus_number TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT 'registration',
            merged_into TEXT REFERENCES patient(id),
            search_rowid INTEGER
        )""")
    db.execute("CREATE UNIQUE INDEX patient_ipp ON patient(ipp) WHERE ipp IS NOT NULL")
    db.execute("CREATE INDEX patient_merged_into ON patient(merged_into) "
               "WHERE merged_into IS NOT NULL")
    db.execute(no_delete_trigger("patient"))

    db.execute(f"""
        CREATE TABLE id_sequence (
            {RECORD_COLUMNS},
            station_code TEXT NOT NULL UNIQUE,
            last_number INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute(no_delete_trigger("id_sequence"))
    db.execute(f"""
        CREATE TABLE id_block (
            {RECORD_COLUMNS},
            {VOID_COLUMNS},
            station_code TEXT NOT NULL,
            first_number INTEGER NOT NULL,
            last_number INTEGER NOT NULL,
            purpose TEXT NOT NULL DEFAULT ''
        )""")
    db.execute(no_delete_trigger("id_block"))
    db.execute(f"""
        CREATE TABLE reserved_id (
            {RECORD_COLUMNS},
            code TEXT NOT NULL UNIQUE,
            number INTEGER NOT NULL,
            block_id TEXT NOT NULL REFERENCES id_block(id),
            patient_id TEXT REFERENCES patient(id),
            used_at TEXT
        )""")
    db.execute("CREATE INDEX reserved_id_block ON reserved_id(block_id)")
    db.execute(no_delete_trigger("reserved_id"))

    db.execute(f"""
        CREATE TABLE admission (
            {RECORD_COLUMNS},
            patient_id TEXT NOT NULL REFERENCES patient(id),
            arrival_at TEXT NOT NULL,
            entered_at TEXT NOT NULL,
            arrival_mode TEXT NOT NULL,
            complaint TEXT NOT NULL DEFAULT '',
            area TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            status_at TEXT NOT NULL,
            triage_scale TEXT,
            triage_level TEXT,
            triage_at TEXT,
            mci_category TEXT,
            seen_at TEXT,
            unit_code TEXT,
            bed TEXT,
            bed_since TEXT,
            closed_at TEXT,
            destination TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT 'registration'
        )""")
    db.execute("CREATE INDEX admission_patient ON admission(patient_id, arrival_at)")
    db.execute("CREATE INDEX admission_status ON admission(status)")
    db.execute("CREATE INDEX admission_bed ON admission(unit_code, bed) "
               "WHERE status = 'admitted'")
    db.execute(no_delete_trigger("admission"))

    db.execute(f"""
        CREATE TABLE movement (
            {RECORD_COLUMNS},
            admission_id TEXT NOT NULL REFERENCES admission(id),
            patient_id TEXT NOT NULL REFERENCES patient(id),
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            unit_code TEXT,
            bed TEXT,
            area TEXT NOT NULL DEFAULT '',
            destination TEXT NOT NULL DEFAULT '',
            cancels TEXT REFERENCES movement(id),
            note TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX movement_admission ON movement(admission_id)")
    db.execute("CREATE UNIQUE INDEX movement_cancels ON movement(cancels) "
               "WHERE cancels IS NOT NULL")
    for sql in append_only_triggers("movement"):
        db.execute(sql)

    db.execute(f"""
        CREATE TABLE triage (
            {RECORD_COLUMNS},
            admission_id TEXT NOT NULL REFERENCES admission(id),
            scale TEXT NOT NULL,
            level TEXT,
            mci_category TEXT,
            at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX triage_admission ON triage(admission_id)")
    for sql in append_only_triggers("triage"):
        db.execute(sql)

    db.execute(f"""
        CREATE TABLE patient_merge (
            {RECORD_COLUMNS},
            {VOID_COLUMNS},
            survivor_id TEXT NOT NULL REFERENCES patient(id),
            merged_id TEXT NOT NULL REFERENCES patient(id),
            score REAL,
            reason TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX patient_merge_merged ON patient_merge(merged_id)")
    db.execute("CREATE INDEX patient_merge_survivor ON patient_merge(survivor_id)")
    db.execute(no_delete_trigger("patient_merge"))

    db.execute(f"""
        CREATE TABLE duplicate_decision (
            {RECORD_COLUMNS},
            {VOID_COLUMNS},
            patient_a TEXT NOT NULL REFERENCES patient(id),
            patient_b TEXT NOT NULL REFERENCES patient(id),
            decision TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE UNIQUE INDEX duplicate_decision_pair ON "
               "duplicate_decision(patient_a, patient_b) WHERE voided_at IS NULL")
    db.execute(no_delete_trigger("duplicate_decision"))

    db.execute(f"""
        CREATE TABLE census_import (
            {RECORD_COLUMNS},
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            rows INTEGER NOT NULL,
            encoding TEXT NOT NULL,
            delimiter TEXT NOT NULL
        )""")
    db.execute(no_delete_trigger("census_import"))

    # Derived indexes (rebuildable from `patient`).
    db.execute("""
        CREATE VIRTUAL TABLE patient_search USING fts5(
            patient_id UNINDEXED, names, ids, other,
            tokenize = 'unicode61 remove_diacritics 2')""")
    db.execute("""
        CREATE TABLE patient_block (
            key TEXT NOT NULL,
            patient_id TEXT NOT NULL,
            PRIMARY KEY (key, patient_id)
        ) WITHOUT ROWID""")


# =============================================================================================
# Patients

PATIENT_TRAIT_COLUMNS = (
    "id", "provisional_id", "ipp", "birth_name", "used_name", "first_forename", "forenames",
    "sex", "birth_date", "birth_date_precision", "birthplace_code", "sinus_number",
    "merged_into", "unknown",
)


def get_patient(store: Store, patient_id: str) -> Row | None:
    """One patient row by id, or None (read-only)."""
    return store.query_one("SELECT * FROM patient WHERE id = ?", (patient_id,))


def get_patients(store: Store, patient_ids: Sequence[str]) -> list[Row]:
    """Patient rows for some ids, in no particular order (read-only)."""
    out: list[Row] = []
    ids = list(dict.fromkeys(patient_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" for _ in chunk)
        out.extend(store.query(f"SELECT * FROM patient WHERE id IN ({marks})", chunk))
    return out


def find_patient_by_provisional_id(store: Store, code: str) -> Row | None:
    """The patient holding a provisional ID (read-only)."""
    return store.query_one("SELECT * FROM patient WHERE provisional_id = ?", (code,))


def find_patient_by_ipp(store: Store, ipp: str) -> Row | None:
    """The patient holding a definitive hospital ID (IPP) (read-only)."""
    return store.query_one("SELECT * FROM patient WHERE ipp = ?", (ipp,))


def find_patients_by_sinus(store: Store, sinus_number: str) -> list[Row]:
    """Patients carrying a SINUS victim number (read-only)."""
    return store.query("SELECT * FROM patient WHERE sinus_number = ?", (sinus_number,))


def existing_ipps(store: Store, ipps: Iterable[str]) -> set[str]:
    """Which of `ipps` already belong to a patient (read-only)."""
    found: set[str] = set()
    values = list(dict.fromkeys(ipps))
    for start in range(0, len(values), 500):
        chunk = values[start:start + 500]
        marks = ",".join("?" for _ in chunk)
        found.update(r[0] for r in store.conn.execute(
            f"SELECT ipp FROM patient WHERE ipp IN ({marks})", chunk))
    return found


def iter_patients(store: Store, batch: int = 2000) -> Iterator[Row]:
    """Every patient, oldest first, streamed (read-only; exports, rebuilds, full scans)."""
    cur = store.conn.execute("SELECT * FROM patient ORDER BY created_at, id")
    names = [c[0] for c in cur.description]
    while rows := cur.fetchmany(batch):
        for row in rows:
            yield dict(zip(names, row, strict=True))


def patient_traits(store: Store, patient_ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """The traits the duplicate detector compares (`PATIENT_TRAIT_COLUMNS`), as tuples, for
    patients neither merged nor voided (read-only)."""
    cols = ", ".join(PATIENT_TRAIT_COLUMNS)
    out: list[tuple[Any, ...]] = []
    ids = list(dict.fromkeys(patient_ids))
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        marks = ",".join("?" for _ in chunk)
        out.extend(store.conn.execute(
            f"SELECT {cols} FROM patient WHERE id IN ({marks}) AND merged_into IS NULL",
            chunk).fetchall())
    return out


def count_patients(store: Store) -> int:
    """Number of patient records (read-only)."""
    return int(store.scalar("SELECT count(*) FROM patient") or 0)


def insert_patient(tx: Transaction, row: dict[str, Any], search: dict[str, str],
                   block_keys: Iterable[str]) -> Row:
    """Insert one patient with its search row and blocking keys (row captured in the audit)."""
    rowid = tx.execute(
        "INSERT INTO patient_search (patient_id, names, ids, other) VALUES (?, ?, ?, ?)",
        (row["id"], search["names"], search["ids"], search["other"])).lastrowid
    stored = tx.insert("patient", {**row, "search_rowid": rowid})
    tx.executemany("INSERT OR IGNORE INTO patient_block (key, patient_id) VALUES (?, ?)",
                   [(key, row["id"]) for key in block_keys])
    return stored


def update_patient(tx: Transaction, patient_id: str, changes: dict[str, Any], *,
                   expected_version: int | None, search: dict[str, str] | None = None,
                   old_keys: Iterable[str] = (), new_keys: Iterable[str] = ()) -> Row:
    """Change a patient (before/after in the audit); refresh its search row and keys."""
    row = tx.update("patient", patient_id, changes, expected_version=expected_version)
    if search is not None:
        replace_search_row(tx, row, search)
    old, new = set(old_keys), set(new_keys)
    if old - new:
        tx.executemany("DELETE FROM patient_block WHERE key = ? AND patient_id = ?",
                       [(key, patient_id) for key in old - new])
    if new - old:
        tx.executemany("INSERT OR IGNORE INTO patient_block (key, patient_id) VALUES (?, ?)",
                       [(key, patient_id) for key in new - old])
    return row


def replace_search_row(tx: Transaction, row: Row, search: dict[str, str]) -> None:
    """Rewrite the FTS row of one patient (derived index, not audited)."""
    if row.get("search_rowid") is not None:
        tx.execute("DELETE FROM patient_search WHERE rowid = ?", (row["search_rowid"],))
        tx.execute("INSERT INTO patient_search (rowid, patient_id, names, ids, other) "
                   "VALUES (?, ?, ?, ?, ?)",
                   (row["search_rowid"], row["id"], search["names"], search["ids"],
                    search["other"]))
    else:
        rowid = tx.execute(
            "INSERT INTO patient_search (patient_id, names, ids, other) VALUES (?, ?, ?, ?)",
            (row["id"], search["names"], search["ids"], search["other"])).lastrowid
        tx.execute("UPDATE patient SET search_rowid = ? WHERE id = ?", (rowid, row["id"]))


def next_search_rowid(store: Store) -> int:
    """The first free FTS rowid (bulk inserts number their rows themselves) (read-only)."""
    return int(store.scalar("SELECT coalesce(max(rowid), 0) + 1 FROM patient_search") or 1)


def insert_patients_bulk(tx: Transaction, rows: list[dict[str, Any]],
                         search_rows: list[tuple[int, str, str, str, str]],
                         block_rows: list[tuple[str, str]], *, complete: bool = False) -> int:
    """Bulk insert (demo, census import): patients, FTS rows, blocking keys; audit counts.
    `complete=True`: the rows already carry every standard column (see
    `insert_complete_rows`)."""
    tx.executemany("INSERT INTO patient_search (rowid, patient_id, names, ids, other) "
                   "VALUES (?, ?, ?, ?, ?)", search_rows)
    tx.executemany("INSERT OR IGNORE INTO patient_block (key, patient_id) VALUES (?, ?)",
                   block_rows)
    if complete:
        return insert_complete_rows(tx, "patient", rows)
    return tx.insert_many("patient", rows)


def insert_complete_rows(tx: Transaction, table: str, rows: list[dict[str, Any]]) -> int:
    """Bulk insert of rows that already carry every standard column (id, station, times,
    version, authors) — the demo filler's fast path; the audit entry records the count per
    table, like `Transaction.insert_many`."""
    if not rows:
        return 0
    cols = list(rows[0])
    getter = operator.itemgetter(*cols)
    sql = (f'INSERT INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
           f'VALUES ({", ".join("?" for _ in cols)})')
    tx.executemany(sql, map(getter, rows))
    counts = tx.draft.after.setdefault("_inserted", {})
    counts[table] = counts.get(table, 0) + len(rows)
    return len(rows)


def rebuild_search_and_blocks(tx: Transaction,
                              search_rows: Iterable[tuple[int, str, str, str, str]],
                              block_rows: Iterable[tuple[str, str]],
                              rowids: Iterable[tuple[int, str]]) -> None:
    """Replace both derived indexes wholesale (after a key algorithm change)."""
    tx.execute("DELETE FROM patient_search")
    tx.execute("DELETE FROM patient_block")
    tx.executemany("INSERT INTO patient_search (rowid, patient_id, names, ids, other) "
                   "VALUES (?, ?, ?, ?, ?)", search_rows)
    tx.executemany("INSERT OR IGNORE INTO patient_block (key, patient_id) VALUES (?, ?)",
                   block_rows)
    tx.executemany("UPDATE patient SET search_rowid = ? WHERE id = ?", rowids)


# --- search ----------------------------------------------------------------------------------


def search_patient_ids(store: Store, match: str, limit: int) -> list[str]:
    """Patient ids whose FTS row matches an FTS5 `match` expression, newest first."""
    return [r[0] for r in store.conn.execute(
        "SELECT patient_id FROM patient_search WHERE patient_search MATCH ? "
        "ORDER BY rowid DESC LIMIT ?", (match, limit))]


def search_patients(store: Store, match: str, limit: int) -> list[Row]:
    """Patient rows matching an FTS5 expression, newest first, with their latest admission's
    status, unit and bed (read-only)."""
    return store.query(
        "SELECT p.*, (SELECT a.status || '|' || coalesce(a.unit_code, '') || '|' "
        "             || coalesce(a.bed, '') FROM admission a WHERE a.patient_id = p.id "
        "             ORDER BY a.arrival_at DESC LIMIT 1) AS last_admission "
        "FROM (SELECT patient_id, rowid AS r FROM patient_search "
        "      WHERE patient_search MATCH ? ORDER BY rowid DESC LIMIT ?) s "
        "JOIN patient p ON p.id = s.patient_id ORDER BY s.r DESC", (match, limit))


def last_admission_summary(store: Store, patient_id: str) -> str | None:
    """`status|unit|bed` of a patient's latest admission (read-only)."""
    value = store.scalar(
        "SELECT a.status || '|' || coalesce(a.unit_code, '') || '|' || coalesce(a.bed, '') "
        "FROM admission a WHERE a.patient_id = ? ORDER BY a.arrival_at DESC LIMIT 1",
        (patient_id,))
    return None if value is None else str(value)


# --- duplicate blocking --------------------------------------------------------------------


def patients_sharing_keys(store: Store, keys: Sequence[str]) -> list[str]:
    """Distinct patient ids having any of the blocking `keys` (read-only)."""
    if not keys:
        return []
    marks = ",".join("?" for _ in keys)
    return [r[0] for r in store.conn.execute(
        f"SELECT DISTINCT patient_id FROM patient_block WHERE key IN ({marks})", list(keys))]


def iter_blocks(store: Store) -> Iterator[tuple[str, list[str]]]:
    """(key, patient ids) for every blocking key held by two patients or more (read-only)."""
    cur = store.conn.execute(
        "SELECT key, group_concat(patient_id, ' ') FROM patient_block "
        "WHERE key IN (SELECT key FROM patient_block GROUP BY key HAVING count(*) > 1) "
        "GROUP BY key")
    for key, ids in cur:
        yield key, ids.split(" ")


def all_patient_traits(store: Store) -> Iterator[tuple[Any, ...]]:
    """Traits (`PATIENT_TRAIT_COLUMNS`) of every patient not merged (read-only)."""
    cols = ", ".join(PATIENT_TRAIT_COLUMNS)
    yield from store.conn.execute(f"SELECT {cols} FROM patient WHERE merged_into IS NULL")


def decided_pairs(store: Store) -> set[tuple[str, str]]:
    """Pairs a user declared to be different patients (read-only)."""
    return {(r[0], r[1]) for r in store.conn.execute(
        "SELECT patient_a, patient_b FROM duplicate_decision "
        "WHERE voided_at IS NULL AND decision = 'different'")}


def find_decision(store: Store, patient_a: str, patient_b: str) -> Row | None:
    """The standing decision on a pair (ids in sorted order) (read-only)."""
    return store.query_one(
        "SELECT * FROM duplicate_decision WHERE patient_a = ? AND patient_b = ? "
        "AND voided_at IS NULL", (patient_a, patient_b))


# --- merges ---------------------------------------------------------------------------------


def get_merge(store: Store, merge_id: str) -> Row | None:
    """One merge record (read-only)."""
    return store.query_one("SELECT * FROM patient_merge WHERE id = ?", (merge_id,))


def list_merges(store: Store, *, include_voided: bool = False) -> list[Row]:
    """Merges, newest first (read-only)."""
    where = "" if include_voided else "WHERE voided_at IS NULL"
    return store.query(f"SELECT * FROM patient_merge {where} ORDER BY created_at DESC, id DESC")


def merges_of(store: Store, patient_id: str) -> list[Row]:
    """Merges where the patient survived or was merged, oldest first (read-only)."""
    return store.query("SELECT * FROM patient_merge WHERE survivor_id = ? OR merged_id = ? "
                       "ORDER BY created_at, id", (patient_id, patient_id))


def merged_into_ids(store: Store, survivor_id: str) -> list[str]:
    """Patients currently merged into `survivor_id` (read-only)."""
    return [r[0] for r in store.conn.execute(
        "SELECT id FROM patient WHERE merged_into = ?", (survivor_id,))]


# =============================================================================================
# Provisional identifiers


def get_sequence(store: Store, station_code: str) -> Row | None:
    """The ID sequence row of a station (read-only)."""
    return store.query_one("SELECT * FROM id_sequence WHERE station_code = ?", (station_code,))


def take_numbers(tx: Transaction, station_code: str, count: int) -> int:
    """Advance the station's sequence by `count`; returns the first number taken."""
    row = get_sequence(tx.store, station_code)
    if row is None:
        tx.insert("id_sequence", {"station_code": station_code, "last_number": count})
        return 1
    tx.update("id_sequence", row["id"], {"last_number": row["last_number"] + count})
    return int(row["last_number"]) + 1


def find_reserved(store: Store, code: str) -> Row | None:
    """A reserved ID with its block's void state (read-only)."""
    return store.query_one(
        "SELECT r.*, b.voided_at AS block_voided_at, b.void_reason AS block_void_reason, "
        "b.purpose AS block_purpose FROM reserved_id r JOIN id_block b ON b.id = r.block_id "
        "WHERE r.code = ?", (code,))


def list_blocks(store: Store) -> list[Row]:
    """Reserved blocks, newest first, with how many of their IDs were used (read-only)."""
    return store.query(
        "SELECT b.*, (SELECT count(*) FROM reserved_id r WHERE r.block_id = b.id "
        "AND r.patient_id IS NOT NULL) AS used FROM id_block b ORDER BY b.created_at DESC")


def block_codes(store: Store, block_id: str) -> list[Row]:
    """The IDs of one block in order, with their use (read-only)."""
    return store.query("SELECT code, number, patient_id, used_at FROM reserved_id "
                       "WHERE block_id = ? ORDER BY number", (block_id,))


def mark_reserved_used(tx: Transaction, reserved_row_id: str, patient_id: str) -> None:
    """Record that a reserved ID now belongs to a patient (captured in the audit)."""
    tx.update("reserved_id", reserved_row_id, {"patient_id": patient_id, "used_at": tx.now},
              expected_version=1)


# =============================================================================================
# Admissions, movements, triage


def get_admission(store: Store, admission_id: str) -> Row | None:
    """One admission (read-only)."""
    return store.query_one("SELECT * FROM admission WHERE id = ?", (admission_id,))


def admissions_of(store: Store, patient_ids: Sequence[str]) -> list[Row]:
    """Admissions of some patients, newest arrival first (read-only)."""
    if not patient_ids:
        return []
    marks = ",".join("?" for _ in patient_ids)
    return store.query(f"SELECT * FROM admission WHERE patient_id IN ({marks}) "
                       f"ORDER BY arrival_at DESC", list(patient_ids))


def movements_of(store: Store, admission_ids: Sequence[str]) -> list[Row]:
    """Movements of some admissions in the order they were recorded, each with the id of the
    movement cancelling it (`cancelled_by`) (read-only)."""
    if not admission_ids:
        return []
    marks = ",".join("?" for _ in admission_ids)
    return store.query(
        f"SELECT m.*, (SELECT c.id FROM movement c WHERE c.cancels = m.id) AS cancelled_by "
        f"FROM movement m WHERE m.admission_id IN ({marks}) ORDER BY m.created_at, m.id",
        list(admission_ids))


def get_movement(store: Store, movement_id: str) -> Row | None:
    """One movement with the id of the movement cancelling it, if any (read-only)."""
    return store.query_one(
        "SELECT m.*, (SELECT c.id FROM movement c WHERE c.cancels = m.id) AS cancelled_by "
        "FROM movement m WHERE m.id = ?", (movement_id,))


def triage_of(store: Store, admission_ids: Sequence[str]) -> list[Row]:
    """Triage entries of some admissions, oldest first (read-only)."""
    if not admission_ids:
        return []
    marks = ",".join("?" for _ in admission_ids)
    return store.query(f"SELECT * FROM triage WHERE admission_id IN ({marks}) "
                       f"ORDER BY created_at, id", list(admission_ids))


def insert_admission(tx: Transaction, row: dict[str, Any]) -> Row:
    """Insert one admission (captured in the audit)."""
    return tx.insert("admission", row)


def insert_movement(tx: Transaction, row: dict[str, Any]) -> Row:
    """Append one movement (captured in the audit)."""
    return tx.insert("movement", row)


def insert_triage(tx: Transaction, row: dict[str, Any]) -> Row:
    """Append one triage entry (captured in the audit)."""
    return tx.insert("triage", row)


def update_admission(tx: Transaction, admission_id: str, changes: dict[str, Any], *,
                     expected_version: int | None = None) -> Row:
    """Change an admission's current state (before/after in the audit)."""
    return tx.update("admission", admission_id, changes, expected_version=expected_version)


def bed_occupant(store: Store, unit_code: str, bed: str) -> Row | None:
    """The open admission in a unit's bed, if any (read-only)."""
    return store.query_one(
        "SELECT * FROM admission WHERE status = 'admitted' AND unit_code = ? AND bed = ?",
        (unit_code, bed))


BOARD_COLUMNS = (
    "a.id", "a.patient_id", "a.arrival_at", "a.status", "a.status_at", "a.triage_scale",
    "a.triage_level", "a.mci_category", "a.area", "a.complaint", "a.seen_at", "a.unit_code",
    "a.bed", "a.arrival_mode", "p.provisional_id", "p.ipp", "p.birth_name", "p.used_name",
    "p.first_forename", "p.sex", "p.birth_date", "p.birth_date_precision",
    "p.estimated_age_min", "p.estimated_age_max", "p.unknown", "p.identity_status",
    "p.merged_into", "p.sinus_number",
)


def board_rows(store: Store, statuses: Sequence[str] | None, now_iso: str
               ) -> list[tuple[Any, ...]]:
    """Admissions for the ED board as tuples: `BOARD_COLUMNS` then the minutes since arrival
    (read-only). `statuses=None` returns every admission."""
    cols = ", ".join(BOARD_COLUMNS)
    # +1e-6: julianday arithmetic gives 49.99999… for 50 whole minutes
    minutes = "CAST((julianday(?) - julianday(a.arrival_at)) * 1440 + 1e-6 AS INTEGER)"
    sql = (f"SELECT {cols}, {minutes} FROM admission a "
           f"JOIN patient p ON p.id = a.patient_id")
    params: list[Any] = [now_iso]
    if statuses is not None:
        sql += f" WHERE a.status IN ({','.join('?' for _ in statuses)})"
        params.extend(statuses)
    return store.conn.execute(sql, params).fetchall()


def unit_admissions(store: Store, unit_code: str) -> list[Row]:
    """Patients currently admitted in one unit, with their identity (read-only)."""
    return store.query(
        "SELECT a.id AS admission_id, a.bed, a.bed_since, a.status_at, a.arrival_at, "
        "a.complaint, p.* FROM admission a JOIN patient p ON p.id = a.patient_id "
        "WHERE a.status = 'admitted' AND a.unit_code = ? ORDER BY a.bed, a.bed_since",
        (unit_code,))


def arrivals_between(store: Store, start_iso: str, end_iso: str) -> list[tuple[str, Any, Any]]:
    """(arrival_at, triage_scale, triage_level) of admissions that arrived in [start, end),
    cancelled registrations excluded (read-only; situation reports)."""
    return store.conn.execute(
        "SELECT arrival_at, triage_scale, triage_level FROM admission "
        "WHERE arrival_at >= ? AND arrival_at < ? AND status != 'cancelled' "
        "ORDER BY arrival_at", (start_iso, end_iso)).fetchall()


def occupancy_by_unit(store: Store) -> dict[str, int]:
    """Number of admitted patients per unit code (read-only)."""
    return {r[0]: r[1] for r in store.conn.execute(
        "SELECT unit_code, count(*) FROM admission WHERE status = 'admitted' "
        "GROUP BY unit_code")}


def iter_table(store: Store, table: str, batch: int = 2000) -> Iterator[Row]:
    """Every row of one admissions table in creation order, streamed (exports)."""
    if table not in ("admission", "movement", "triage", "patient_merge", "id_block",
                     "reserved_id", "duplicate_decision", "census_import"):
        raise ValueError(f"not an admissions table: {table}")
    cur = store.conn.execute(f'SELECT * FROM "{table}" ORDER BY created_at, id')
    names = [c[0] for c in cur.description]
    while rows := cur.fetchmany(batch):
        for row in rows:
            yield dict(zip(names, row, strict=True))


def counts(store: Store) -> dict[str, int]:
    """Rows per admissions table (read-only; for recovery proofs and the demo summary)."""
    out = {}
    for table in ("patient", "admission", "movement", "triage", "patient_merge",
                  "reserved_id"):
        out[table] = int(store.scalar(f'SELECT count(*) FROM "{table}"') or 0)
    return out


# =============================================================================================
# Census import


def find_census_import(store: Store, sha256: str) -> Row | None:
    """An earlier import of the same file (read-only)."""
    return store.query_one("SELECT * FROM census_import WHERE sha256 = ?", (sha256,))


def occupied_beds(store: Store) -> set[tuple[str, str]]:
    """(unit, bed) pairs holding an admitted patient (read-only)."""
    return {(r[0], r[1]) for r in store.conn.execute(
        "SELECT unit_code, bed FROM admission WHERE status = 'admitted' AND bed IS NOT NULL")}
