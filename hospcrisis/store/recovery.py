"""Recovery tables and every SQL statement of the recovery area (station bundles, the merge of
every workstation, identity reconciliation, exports, back-loading).

Record tables (standard columns, never deleted):

* `recovery_bundle` — one row per station bundle imported (manifest and per-station summary);
* `recovery_settlement` — a conflict settled by a human (the version chosen or merged);
* `recovery_identity` — a provisional patient reconciled with the definitive IPP;
* `recovery_visit` — an admission reconciled with its definitive visit number;
* `recovery_backload` — a record re-entered in the information system (by whom, when);
* `recovery_export` — an export to the information system (format, files, counts).

Merge bookkeeping (derived, rebuilt from the bundles, not records themselves):

* `recovery_layout` — the column lists rows were serialised with;
* `recovery_version` — every distinct version ever seen of every record (its canonical JSON
  line and content SHA-256), which stations carried it, and for the current *winner* of each
  record its state (`live`, `aside`, `staged`) and conflict state (`open`, `settled`);
* `recovery_producer` — which station produced which version number of a record (read from the
  audit chains: two stations producing the same version number = divergent edits);
* `recovery_chain` — every imported station's audit entries (keyed by hash, so a chain that
  forked after a restore keeps both branches), append-only;
* `recovery_state` — scan positions.

Generic helpers discover the *record tables* from the schema itself (any table with the standard
columns), so a new area is carried by bundles without a change here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
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

MIGRATIONS = MigrationSet("recovery")


@MIGRATIONS
def m001_recovery(db: sqlite_utils.Database) -> None:
    db.execute(f"""
        CREATE TABLE recovery_bundle (
            {RECORD_COLUMNS},
            bundle_sha256 TEXT NOT NULL UNIQUE,
            source_station TEXT NOT NULL,
            source_name TEXT NOT NULL DEFAULT '',
            bundle_created_at TEXT NOT NULL,
            schema_version INTEGER NOT NULL,
            audit_head TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT '',
            manifest TEXT NOT NULL,
            summary TEXT NOT NULL
        )""")
    db.execute(no_delete_trigger("recovery_bundle"))

    db.execute(f"""
        CREATE TABLE recovery_settlement (
            {RECORD_COLUMNS},
            tbl TEXT NOT NULL,
            record_id TEXT NOT NULL,
            conflict_id TEXT NOT NULL,
            settled_version INTEGER NOT NULL,
            content_sha TEXT NOT NULL,
            superseded TEXT NOT NULL,
            choice TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX recovery_settlement_record ON recovery_settlement(tbl, record_id)")
    for sql in append_only_triggers("recovery_settlement"):
        db.execute(sql)

    db.execute(f"""
        CREATE TABLE recovery_identity (
            {RECORD_COLUMNS},
            {VOID_COLUMNS},
            patient_id TEXT NOT NULL REFERENCES patient(id),
            provisional_id TEXT NOT NULL DEFAULT '',
            ipp TEXT NOT NULL,
            identity_status TEXT,
            source TEXT NOT NULL DEFAULT 'manual',
            note TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE UNIQUE INDEX recovery_identity_patient ON recovery_identity(patient_id) "
               "WHERE voided_at IS NULL")
    db.execute("CREATE INDEX recovery_identity_ipp ON recovery_identity(ipp)")
    db.execute(no_delete_trigger("recovery_identity"))

    db.execute(f"""
        CREATE TABLE recovery_visit (
            {RECORD_COLUMNS},
            {VOID_COLUMNS},
            admission_id TEXT NOT NULL REFERENCES admission(id),
            patient_id TEXT NOT NULL,
            visit_number TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT 'manual'
        )""")
    db.execute("CREATE UNIQUE INDEX recovery_visit_admission ON recovery_visit(admission_id) "
               "WHERE voided_at IS NULL")
    db.execute(no_delete_trigger("recovery_visit"))

    db.execute(f"""
        CREATE TABLE recovery_backload (
            {RECORD_COLUMNS},
            {VOID_COLUMNS},
            tbl TEXT NOT NULL,
            record_id TEXT NOT NULL,
            unit_code TEXT NOT NULL DEFAULT '',
            reentered_at TEXT NOT NULL,
            reentered_by TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE UNIQUE INDEX recovery_backload_record ON recovery_backload(tbl, "
               "record_id) WHERE voided_at IS NULL")
    db.execute(no_delete_trigger("recovery_backload"))

    db.execute(f"""
        CREATE TABLE recovery_export (
            {RECORD_COLUMNS},
            number INTEGER NOT NULL,
            format TEXT NOT NULL,
            out_dir TEXT NOT NULL,
            options TEXT NOT NULL,
            files TEXT NOT NULL,
            counts TEXT NOT NULL,
            first_control_id TEXT NOT NULL DEFAULT '',
            last_control_id TEXT NOT NULL DEFAULT '',
            digest TEXT NOT NULL
        )""")
    db.execute(no_delete_trigger("recovery_export"))

    # --- merge bookkeeping (derived) -----------------------------------------------------
    db.execute("""
        CREATE TABLE recovery_layout (
            layout TEXT PRIMARY KEY NOT NULL,
            tbl TEXT NOT NULL,
            columns TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE recovery_version (
            tbl TEXT NOT NULL,
            record_id TEXT NOT NULL,
            content_sha TEXT NOT NULL,
            version INTEGER NOT NULL,
            layout TEXT NOT NULL,
            line TEXT NOT NULL,
            stations TEXT NOT NULL,
            first_seen_at TEXT NOT NULL,
            winner INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL DEFAULT '',
            conflict TEXT NOT NULL DEFAULT '',
            conflict_id TEXT,
            detail TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE UNIQUE INDEX recovery_version_key ON recovery_version(tbl, record_id, "
               "content_sha)")
    db.execute("CREATE INDEX recovery_version_conflict ON recovery_version(conflict_id) "
               "WHERE conflict_id IS NOT NULL")
    for sql in (no_delete_trigger("recovery_version"),):
        db.execute(sql)
    db.execute("""
        CREATE TABLE recovery_producer (
            tbl TEXT NOT NULL,
            record_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            station TEXT NOT NULL,
            PRIMARY KEY (tbl, record_id, version, station)
        ) WITHOUT ROWID""")
    db.execute("""
        CREATE TABLE recovery_chain (
            station TEXT NOT NULL,
            hash TEXT NOT NULL,
            seq INTEGER NOT NULL,
            entry_id TEXT NOT NULL,
            at TEXT NOT NULL,
            user_id TEXT,
            username TEXT NOT NULL,
            role TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT,
            entity_id TEXT,
            before TEXT NOT NULL,
            after TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            PRIMARY KEY (station, hash)
        )""")
    db.execute("CREATE INDEX recovery_chain_prev ON recovery_chain(station, prev_hash)")
    for sql in append_only_triggers("recovery_chain"):
        db.execute(sql)
    db.execute("""
        CREATE TABLE recovery_state (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        )""")


# Tables of this area that bundles never carry: bookkeeping of THIS database's imports and
# exports (a station's own import log means nothing to another database).
NOT_CARRIED = frozenset({"recovery_bundle", "recovery_export"})

# Columns that stay on their workstation: derived indexes and login bookkeeping (changed without
# a new version) — and password hashes, which never leave a station.
LOCAL_COLUMNS: dict[str, frozenset[str]] = {
    "patient": frozenset({"search_rowid"}),
    "user": frozenset({"password_hash", "last_login_at", "failed_logins"}),
}

# Tables whose rows are kept (staged, counted, hashed) but never written into the recovery
# database's own tables: station configuration and accounts.
STAGED_ONLY = frozenset({"user", "setting"})

STANDARD_COLUMNS = ("id", "station", "created_at", "updated_at", "version")
CHAIN_COLUMNS = ("seq", "id", "station", "at", "user_id", "username", "role", "action",
                 "entity", "entity_id", "before", "after", "prev_hash", "hash")
# The same columns as stored in `recovery_chain` (a helper table: its entry id is not a record
# id, so it is named `entry_id` there).
_CHAIN_STORED = tuple("entry_id" if c == "id" else c for c in CHAIN_COLUMNS)


# =============================================================================================
# Discovering the record tables


@dataclass(frozen=True)
class UniqueIndex:
    """A UNIQUE constraint other than the id: its columns (folded when NOCASE) and the
    partial-index condition as (column, must_be_null) pairs."""

    name: str
    columns: tuple[str, ...]
    nocase: tuple[bool, ...]
    where: tuple[tuple[str, bool], ...]
    understood: bool


@dataclass(frozen=True)
class TableInfo:
    """What the merge needs to know about one record table."""

    name: str
    columns: tuple[str, ...]  # every column, in table order
    canonical: tuple[str, ...]  # carried columns, sorted by name (the serialisation order)
    append_only: bool  # refuses UPDATE (movements, triage, crisis log…)
    referenced: bool  # some foreign key points at it
    unique: tuple[UniqueIndex, ...]
    parents: frozenset[str] = frozenset()  # other tables its foreign keys point to
    fk_columns: frozenset[str] = frozenset()  # its columns that are foreign keys

    @property
    def staged_only(self) -> bool:
        return self.name in STAGED_ONLY


_WHERE_TERM = re.compile(r'^\s*"?(\w+)"?\s+IS\s+(NOT\s+)?NULL\s*$', re.IGNORECASE)


def _parse_where(sql: str | None) -> tuple[tuple[tuple[str, bool], ...], bool]:
    if not sql or " WHERE " not in sql.upper():
        return (), True
    clause = sql[sql.upper().rindex(" WHERE ") + 7:]
    terms = []
    for part in re.split(r"\s+AND\s+", clause, flags=re.IGNORECASE):
        match = _WHERE_TERM.match(part)
        if match is None:
            return (), False
        terms.append((match.group(1), match.group(2) is None))
    return tuple(terms), True


def record_tables(store: Store) -> dict[str, TableInfo]:
    """Every record table of the database (standard columns present), by name (read-only).

    The recovery area's own bookkeeping tables are left out.
    """
    names = [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    triggers = {r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    referenced: set[str] = set()
    parents: dict[str, set[str]] = {}
    fk_cols: dict[str, set[str]] = {}
    infos: dict[str, TableInfo] = {}
    columns_of: dict[str, list[str]] = {}
    for name in names:
        cols = [r[1] for r in store.conn.execute(f'PRAGMA table_info("{name}")')]
        columns_of[name] = cols
        for fk in store.conn.execute(f'PRAGMA foreign_key_list("{name}")'):
            referenced.add(fk[2])
            fk_cols.setdefault(name, set()).add(fk[3])
            if fk[2] != name:
                parents.setdefault(name, set()).add(fk[2])
    for name in names:
        cols = columns_of[name]
        if not all(c in cols for c in STANDARD_COLUMNS) or name in NOT_CARRIED:
            continue
        local = LOCAL_COLUMNS.get(name, frozenset())
        canonical = tuple(sorted(c for c in cols if c not in local))
        uniques: list[UniqueIndex] = []
        for idx in store.conn.execute(f'PRAGMA index_list("{name}")'):
            idx_name, unique, origin = idx[1], idx[2], idx[3]
            if not unique or origin == "pk":
                continue
            info = store.conn.execute(f'PRAGMA index_xinfo("{idx_name}")').fetchall()
            key_cols = [(r[2], str(r[4]).upper() == "NOCASE") for r in info if r[5] == 1]
            if any(c is None for c, _n in key_cols):
                uniques.append(UniqueIndex(idx_name, (), (), (), False))
                continue
            sql = store.scalar("SELECT sql FROM sqlite_master WHERE name = ?", (idx_name,))
            where, understood = _parse_where(sql)
            uniques.append(UniqueIndex(idx_name, tuple(c for c, _n in key_cols),
                                       tuple(n for _c, n in key_cols), where, understood))
        infos[name] = TableInfo(name, tuple(cols), canonical,
                                f"{name}_no_update" in triggers, name in referenced,
                                tuple(uniques), frozenset(parents.get(name, ())),
                                frozenset(fk_cols.get(name, ())))
    return infos


def dependency_order(infos: dict[str, TableInfo]) -> list[str]:
    """Table names, parents before the tables whose foreign keys point to them (then by
    name): rows written in this order never wait for their parent."""
    order: list[str] = []
    done: set[str] = set()

    def visit(name: str, path: frozenset[str]) -> None:
        if name in done or name in path or name not in infos:
            return
        for parent in sorted(infos[name].parents):
            visit(parent, path | {name})
        done.add(name)
        order.append(name)

    for name in sorted(infos):
        visit(name, frozenset())
    return order


def table_exists(store: Store, table: str) -> bool:
    """True when the database has this table (read-only)."""
    return bool(store.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                             "AND name = ?", (table,)))


def table_count(store: Store, table: str) -> int:
    """Rows in one table (read-only)."""
    return int(store.scalar(f'SELECT count(*) FROM "{table}"') or 0)


def is_empty(store: Store, table: str) -> bool:
    """True when the table has no row (read-only)."""
    return store.scalar(f'SELECT 1 FROM "{table}" LIMIT 1') is None


def iter_values(store: Store, table: str, columns: Sequence[str], *,
                batch: int = 5000) -> Iterator[tuple[Any, ...]]:
    """Every row of a table as tuples in `columns` order, by id (read-only, streamed)."""
    cols = ", ".join(f'"{c}"' for c in columns)
    cur = store.conn.execute(f'SELECT {cols} FROM "{table}" ORDER BY id')
    while rows := cur.fetchmany(batch):
        yield from rows


def iter_rows(store: Store, table: str, *, order: str = "created_at, id",
              batch: int = 5000) -> Iterator[Row]:
    """Every row of a table as dicts (read-only, streamed); `order` is a column list."""
    if not re.fullmatch(r"[\w, ]+", order):
        raise ValueError(f"bad order {order!r}")
    cur = store.conn.execute(f'SELECT * FROM "{table}" ORDER BY {order}')
    names = [c[0] for c in cur.description]
    while rows := cur.fetchmany(batch):
        for row in rows:
            yield dict(zip(names, row, strict=True))


def live_values(store: Store, table: str, columns: Sequence[str],
                ids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """The rows (as tuples in `columns` order) of the given ids that exist (read-only)."""
    cols = ", ".join(f'"{c}"' for c in columns)
    out: dict[str, tuple[Any, ...]] = {}
    unique_ids = list(dict.fromkeys(ids))
    for start in range(0, len(unique_ids), 900):
        chunk = unique_ids[start:start + 900]
        marks = ",".join("?" for _ in chunk)
        for row in store.conn.execute(
                f'SELECT id, {cols} FROM "{table}" WHERE id IN ({marks})', chunk):
            out[row[0]] = row[1:]
    return out


def unique_holders(store: Store, table: str, index: UniqueIndex) -> list[tuple[Any, ...]]:
    """(id, key values…) of every live row subject to a unique index (read-only)."""
    cols = ", ".join(f'"{c}"' for c in index.columns)
    where = " AND ".join([f'"{c}" IS NOT NULL' for c in index.columns] +
                         [f'"{c}" IS {"" if null else "NOT "}NULL' for c, null in index.where])
    return store.conn.execute(f'SELECT id, {cols} FROM "{table}" WHERE {where}').fetchall()


# --- writing record rows exactly as they came (versions kept) --------------------------------


def defer_foreign_keys(tx: Transaction) -> None:
    """Check foreign keys at COMMIT only (rows of several tables arrive in any order)."""
    tx.execute("PRAGMA defer_foreign_keys = ON")


def foreign_key_problems(tx: Transaction, tables: Iterable[str]) -> list[tuple[Any, ...]]:
    """Rows whose foreign key points nowhere: (table, rowid, parent table) (read-only)."""
    out: list[tuple[Any, ...]] = []
    for table in tables:
        out.extend(tuple(r[:3]) for r in tx.execute(f'PRAGMA foreign_key_check("{table}")'))
    return out


def insert_values(tx: Transaction, table: str, columns: Sequence[str],
                  rows: Sequence[Sequence[Any]]) -> None:
    """Insert rows verbatim (ids, versions, authors kept): merging bundles, settling."""
    if not rows:
        return
    cols = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    tx.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', rows)


def replace_values(tx: Transaction, table: str, columns: Sequence[str],
                   rows: Sequence[tuple[str, Sequence[Any]]]) -> None:
    """Overwrite the given columns of existing rows `(current id, values)` verbatim; the id
    itself may change when it is one of `columns` (a held-aside record swapped in)."""
    if not rows:
        return
    sets = ", ".join(f'"{c}" = ?' for c in columns)
    tx.executemany(f'UPDATE "{table}" SET {sets} WHERE id = ?',
                   [(*values, current) for current, values in rows])


def set_column_null(tx: Transaction, table: str, column: str, ids: Sequence[str]) -> None:
    """Empty one column of some rows (a unique value another record holds)."""
    tx.executemany(f'UPDATE "{table}" SET "{column}" = NULL WHERE id = ?', [(i,) for i in ids])


def set_column_values(tx: Transaction, table: str, column: str,
                      values: Sequence[tuple[Any, str]]) -> None:
    """Set one column of some rows: `(value, id)` pairs (a unique value renamed)."""
    tx.executemany(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', values)


def replace_patient_blocks(tx: Transaction, patient_id: str, keys: Iterable[str]) -> None:
    """Replace the duplicate-detector blocking keys of one patient (derived index)."""
    tx.execute("DELETE FROM patient_block WHERE patient_id = ?", (patient_id,))
    tx.executemany("INSERT OR IGNORE INTO patient_block (key, patient_id) VALUES (?, ?)",
                   [(key, patient_id) for key in keys])


def set_search_rowids(tx: Transaction, pairs: Sequence[tuple[int, str]]) -> None:
    """Point patients at their (new) full-text row."""
    tx.executemany("UPDATE patient SET search_rowid = ? WHERE id = ?", pairs)


# =============================================================================================
# Staged versions


def layout_columns(store: Store) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every known serialisation layout: layout → (table, columns) (read-only)."""
    import json

    return {r[0]: (r[1], tuple(json.loads(r[2]))) for r in store.conn.execute(
        "SELECT layout, tbl, columns FROM recovery_layout")}


def put_layout(tx: Transaction, layout: str, table: str, columns_json: str) -> None:
    tx.execute("INSERT OR IGNORE INTO recovery_layout (layout, tbl, columns) VALUES (?, ?, ?)",
               (layout, table, columns_json))


def has_versions(store: Store, table: str) -> bool:
    """True when some version of a record of `table` was staged (read-only)."""
    return store.scalar("SELECT 1 FROM recovery_version WHERE tbl = ? LIMIT 1",
                        (table,)) is not None


def winners_of(store: Store, table: str, ids: Sequence[str]
               ) -> dict[str, tuple[int, str, str, str]]:
    """Current winner of some records: id → (version, content sha, state, conflict)."""
    out: dict[str, tuple[int, str, str, str]] = {}
    unique_ids = list(dict.fromkeys(ids))
    for start in range(0, len(unique_ids), 900):
        chunk = unique_ids[start:start + 900]
        marks = ",".join("?" for _ in chunk)
        for row in store.conn.execute(
                f"SELECT record_id, version, content_sha, state, conflict FROM recovery_version "
                f"WHERE tbl = ? AND winner = 1 AND record_id IN ({marks})", [table, *chunk]):
            out[row[0]] = (row[1], row[2], row[3], row[4])
    return out


def known_shas(store: Store, table: str, ids: Sequence[str]) -> set[tuple[str, str]]:
    """(record id, content sha) pairs already staged for some records (read-only)."""
    out: set[tuple[str, str]] = set()
    unique_ids = list(dict.fromkeys(ids))
    for start in range(0, len(unique_ids), 900):
        chunk = unique_ids[start:start + 900]
        marks = ",".join("?" for _ in chunk)
        out.update((r[0], r[1]) for r in store.conn.execute(
            f"SELECT record_id, content_sha FROM recovery_version WHERE tbl = ? "
            f"AND record_id IN ({marks})", [table, *chunk]))
    return out


def stage_versions(tx: Transaction,
                   rows: Sequence[tuple[str, str, str, int, str, str, str, int, str]],
                   station: str) -> None:
    """Stage versions `(tbl, record_id, sha, version, layout, line, first_seen_at, winner,
    state)` carried by `station`; a version already staged only gains the station."""
    tx.executemany(
        "INSERT INTO recovery_version (tbl, record_id, content_sha, version, layout, line, "
        "first_seen_at, winner, state, stations) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (tbl, record_id, content_sha) DO UPDATE SET stations = CASE "
        "WHEN instr(' ' || stations || ' ', ' ' || excluded.stations || ' ') > 0 THEN stations "
        "ELSE stations || ' ' || excluded.stations END",
        [(*row, station) for row in rows])


def set_detail(tx: Transaction, table: str, record_id: str, detail: str) -> None:
    """Note why a record's winner is written differently (an IPP emptied, kept aside…)."""
    tx.execute("UPDATE recovery_version SET detail = ? WHERE tbl = ? AND record_id = ? "
               "AND winner = 1", (detail, table, record_id))


def versions_of_table(store: Store, table: str) -> Iterator[Row]:
    """Every staged version of one table: layout and line (read-only, streamed)."""
    cur = store.conn.execute("SELECT layout, line FROM recovery_version WHERE tbl = ? "
                             "ORDER BY record_id, content_sha", (table,))
    while rows := cur.fetchmany(5000):
        for layout, line in rows:
            yield {"layout": layout, "line": line}


def versions_of(store: Store, table: str, ids: Sequence[str]) -> list[Row]:
    """Every staged version of some records, with its layout's columns (read-only)."""
    out: list[Row] = []
    unique_ids = list(dict.fromkeys(ids))
    for start in range(0, len(unique_ids), 900):
        chunk = unique_ids[start:start + 900]
        marks = ",".join("?" for _ in chunk)
        out.extend(store.query(
            f"SELECT v.record_id, v.content_sha, v.version, v.line, v.stations, v.winner, "
            f"v.state, v.conflict, v.conflict_id, v.detail, l.columns "
            f"FROM recovery_version v JOIN recovery_layout l ON l.layout = v.layout "
            f"WHERE v.tbl = ? AND v.record_id IN ({marks}) ORDER BY v.version, v.content_sha",
            [table, *chunk]))
    return out


def set_winners(tx: Transaction, table: str,
                winners: Sequence[tuple[str, str, str, str, str | None, str]]) -> None:
    """Mark the winning version of records: `(record_id, sha, state, conflict, conflict_id,
    detail)`; the previous winner of each record loses the mark."""
    tx.executemany("UPDATE recovery_version SET winner = 0, state = '', conflict = '', "
                   "conflict_id = NULL, detail = '' WHERE tbl = ? AND record_id = ? "
                   "AND winner = 1 AND content_sha <> ?",
                   [(table, r, s) for r, s, *_rest in winners])
    tx.executemany("UPDATE recovery_version SET winner = 1, state = ?, conflict = ?, "
                   "conflict_id = ?, detail = ? WHERE tbl = ? AND record_id = ? "
                   "AND content_sha = ?",
                   [(st, c, cid, d, table, r, s) for r, s, st, c, cid, d in winners])


def set_new_winners(tx: Transaction, table: str, rows: Sequence[tuple[str, str, str]]) -> None:
    """Fast path for records seen for the first time: `(record_id, sha, state)`."""
    tx.executemany("UPDATE recovery_version SET winner = 1, state = ? WHERE tbl = ? "
                   "AND record_id = ? AND content_sha = ?",
                   [(st, table, r, s) for r, s, st in rows])


def conflicts(store: Store, *, state: str | None = "open") -> list[Row]:
    """Records in conflict (winner rows), by table and id (read-only)."""
    if state is None:
        return store.query("SELECT tbl, record_id, content_sha, version, conflict, conflict_id "
                           "FROM recovery_version WHERE winner = 1 AND conflict <> '' "
                           "ORDER BY tbl, record_id")
    return store.query("SELECT tbl, record_id, content_sha, version, conflict, conflict_id "
                       "FROM recovery_version WHERE winner = 1 AND conflict = ? "
                       "ORDER BY tbl, record_id", (state,))


def find_conflict(store: Store, conflict_id: str) -> Row | None:
    """The winner row of a conflict by its id (read-only)."""
    return store.query_one("SELECT tbl, record_id, content_sha, version, conflict, conflict_id "
                           "FROM recovery_version WHERE conflict_id = ? AND winner = 1",
                           (conflict_id,))


def winner_digest_rows(store: Store) -> Iterator[tuple[str, str, str, str]]:
    """(tbl, record_id, content sha, conflict) of every record's winner, sorted (read-only)."""
    yield from store.conn.execute(
        "SELECT tbl, record_id, content_sha, conflict FROM recovery_version WHERE winner = 1 "
        "ORDER BY tbl, record_id")


def state_counts(store: Store) -> dict[tuple[str, str, str], int]:
    """Count of records per (table, state, conflict) (read-only)."""
    return {(r[0], r[1], r[2]): r[3] for r in store.conn.execute(
        "SELECT tbl, state, conflict, count(*) FROM recovery_version WHERE winner = 1 "
        "GROUP BY tbl, state, conflict")}


def aside_records(store: Store) -> list[Row]:
    """Records kept aside (a unique value held by another record) (read-only)."""
    return store.query("SELECT tbl, record_id, content_sha, version, detail FROM "
                       "recovery_version WHERE winner = 1 AND state = 'aside' "
                       "ORDER BY tbl, record_id")


# --- producers (who made which version) --------------------------------------------------------


def add_producers(tx: Transaction, rows: Iterable[tuple[str, str, int, str]]) -> None:
    """Record `(tbl, record_id, version, station)`: that station produced that version."""
    tx.executemany("INSERT OR IGNORE INTO recovery_producer (tbl, record_id, version, station) "
                   "VALUES (?, ?, ?, ?)", rows)


def producers_of(store: Store, table: str, ids: Sequence[str]
                 ) -> dict[str, dict[int, set[str]]]:
    """id → version → producing stations, for some records (read-only)."""
    out: dict[str, dict[int, set[str]]] = {}
    unique_ids = list(dict.fromkeys(ids))
    for start in range(0, len(unique_ids), 900):
        chunk = unique_ids[start:start + 900]
        marks = ",".join("?" for _ in chunk)
        for rid, version, station in store.conn.execute(
                f"SELECT record_id, version, station FROM recovery_producer WHERE tbl = ? "
                f"AND record_id IN ({marks})", [table, *chunk]):
            out.setdefault(rid, {}).setdefault(version, set()).add(station)
    return out


def settlements_of(store: Store, table: str, ids: Sequence[str]) -> dict[str, Row]:
    """The latest settlement of some records: id → settlement row (read-only)."""
    out: dict[str, Row] = {}
    unique_ids = list(dict.fromkeys(ids))
    for start in range(0, len(unique_ids), 900):
        chunk = unique_ids[start:start + 900]
        marks = ",".join("?" for _ in chunk)
        for row in store.query(
                f"SELECT * FROM recovery_settlement WHERE tbl = ? AND record_id IN ({marks}) "
                f"ORDER BY settled_version, id", [table, *chunk]):
            out[row["record_id"]] = row
    return out


def settled_records(store: Store) -> set[tuple[str, str]]:
    """(tbl, record_id) of every record with a settlement (read-only)."""
    return {(r[0], r[1]) for r in store.conn.execute(
        "SELECT DISTINCT tbl, record_id FROM recovery_settlement")}


# --- audit chains of the stations ----------------------------------------------------------------


def chain_hashes(store: Store, station: str) -> dict[int, str]:
    """seq → hash of the entries stored for a station (every branch) (read-only)."""
    return {r[0]: r[1] for r in store.conn.execute(
        "SELECT seq, hash FROM recovery_chain WHERE station = ?", (station,))}


def known_chain_hashes(store: Store, station: str) -> set[str]:
    """Hashes of the entries stored for a station (read-only)."""
    return {r[0] for r in store.conn.execute(
        "SELECT hash FROM recovery_chain WHERE station = ?", (station,))}


def insert_chain_entries(tx: Transaction, station: str,
                         entries: Sequence[Sequence[Any]]) -> None:
    """Store audit entries of a station, each in `CHAIN_COLUMNS` order (already verified)."""
    keep = [i for i, c in enumerate(CHAIN_COLUMNS) if c != "station"]
    cols = ("station", *(_CHAIN_STORED[i] for i in keep))
    names = ", ".join(cols)
    marks = ", ".join("?" for _ in cols)
    tx.executemany(f"INSERT OR IGNORE INTO recovery_chain ({names}) VALUES ({marks})",
                   [(station, *(e[i] for i in keep)) for e in entries])


def chain_heads(store: Store) -> list[tuple[str, int, str]]:
    """(station, seq, hash) of every stored entry no other entry follows (read-only)."""
    return [(r[0], r[1], r[2]) for r in store.conn.execute(
        "SELECT c.station, c.seq, c.hash FROM recovery_chain c WHERE NOT EXISTS ("
        "SELECT 1 FROM recovery_chain d WHERE d.station = c.station AND d.prev_hash = c.hash) "
        "ORDER BY c.station, c.seq, c.hash")]


def chain_counts(store: Store) -> dict[str, int]:
    """Stored audit entries per station (read-only)."""
    return {r[0]: r[1] for r in store.conn.execute(
        "SELECT station, count(*) FROM recovery_chain GROUP BY station")}


def iter_chain(store: Store, station: str) -> Iterator[tuple[Any, ...]]:
    """Stored entries of a station, by seq then hash, in `CHAIN_COLUMNS` order (read-only)."""
    cols = ", ".join(_CHAIN_STORED)
    yield from store.conn.execute(
        f"SELECT {cols} FROM recovery_chain WHERE station = ? ORDER BY seq, hash", (station,))


def chain_stations(store: Store) -> list[str]:
    """Stations whose audit entries are stored (read-only)."""
    return [r[0] for r in store.conn.execute(
        "SELECT DISTINCT station FROM recovery_chain ORDER BY station")]


def iter_own_audit(store: Store, after_seq: int) -> Iterator[tuple[int, str, str]]:
    """(seq, action, after) of this database's own audit entries after `after_seq`."""
    yield from store.conn.execute(
        "SELECT seq, action, after FROM audit_log WHERE seq > ? ORDER BY seq", (after_seq,))


def iter_own_chain(store: Store) -> Iterator[tuple[Any, ...]]:
    """This database's own audit entries in `CHAIN_COLUMNS` order (read-only)."""
    cols = ", ".join(CHAIN_COLUMNS)
    yield from store.conn.execute(f"SELECT {cols} FROM audit_log ORDER BY seq")


def get_state(store: Store, key: str) -> str | None:
    """A bookkeeping value (read-only)."""
    value = store.scalar("SELECT value FROM recovery_state WHERE key = ?", (key,))
    return None if value is None else str(value)


def put_state(tx: Transaction, key: str, value: str) -> None:
    tx.execute("INSERT INTO recovery_state (key, value) VALUES (?, ?) ON CONFLICT (key) "
               "DO UPDATE SET value = excluded.value", (key, value))


# =============================================================================================
# Bundles imported


def find_bundle(store: Store, sha256: str) -> Row | None:
    """An imported bundle by the SHA-256 of its payload (read-only)."""
    return store.query_one("SELECT * FROM recovery_bundle WHERE bundle_sha256 = ?", (sha256,))


def list_bundles(store: Store) -> list[Row]:
    """Imported bundles, oldest import first (read-only)."""
    return store.query("SELECT * FROM recovery_bundle ORDER BY created_at, id")


# =============================================================================================
# Identity reconciliation


def active_identities(store: Store) -> list[Row]:
    """Every reconciled patient (active mappings) (read-only)."""
    return store.query("SELECT * FROM recovery_identity WHERE voided_at IS NULL "
                       "ORDER BY created_at, id")


def identity_of(store: Store, patient_id: str) -> Row | None:
    """The active mapping of one patient (read-only)."""
    return store.query_one("SELECT * FROM recovery_identity WHERE patient_id = ? "
                           "AND voided_at IS NULL", (patient_id,))


def identities_with_ipp(store: Store, ipp: str) -> list[Row]:
    """Active mappings to one IPP (read-only)."""
    return store.query("SELECT * FROM recovery_identity WHERE ipp = ? AND voided_at IS NULL",
                       (ipp,))


def active_visits(store: Store) -> list[Row]:
    """Every reconciled admission (active visit numbers) (read-only)."""
    return store.query("SELECT * FROM recovery_visit WHERE voided_at IS NULL "
                       "ORDER BY created_at, id")


def visit_of(store: Store, admission_id: str) -> Row | None:
    """The active visit number of one admission (read-only)."""
    return store.query_one("SELECT * FROM recovery_visit WHERE admission_id = ? "
                           "AND voided_at IS NULL", (admission_id,))


def visits_with_number(store: Store, visit_number: str) -> list[Row]:
    """Active visit mappings using one visit number (read-only)."""
    return store.query("SELECT * FROM recovery_visit WHERE visit_number = ? "
                       "AND voided_at IS NULL", (visit_number,))


def provisional_patients(store: Store) -> list[Row]:
    """Patients with a provisional ID, not merged, with their active mapping's IPP (if any)
    and how many admissions they have (read-only)."""
    return store.query(
        "SELECT p.*, i.ipp AS reconciled_ipp, i.id AS reconciliation_id, "
        "(SELECT count(*) FROM admission a WHERE a.patient_id = p.id) AS admissions "
        "FROM patient p LEFT JOIN recovery_identity i ON i.patient_id = p.id "
        "AND i.voided_at IS NULL WHERE p.provisional_id IS NOT NULL "
        "ORDER BY p.provisional_id")


# =============================================================================================
# Back-loading


def backload_marks(store: Store) -> dict[tuple[str, str], Row]:
    """Active re-entry marks by (tbl, record_id) (read-only)."""
    return {(r["tbl"], r["record_id"]): r for r in store.query(
        "SELECT * FROM recovery_backload WHERE voided_at IS NULL")}


def find_backload(store: Store, table: str, record_id: str) -> Row | None:
    """The active re-entry mark of one record (read-only)."""
    return store.query_one("SELECT * FROM recovery_backload WHERE tbl = ? AND record_id = ? "
                           "AND voided_at IS NULL", (table, record_id))


# =============================================================================================
# Exports


def next_export_number(store: Store) -> int:
    """The number the next export will carry (read-only)."""
    return int(store.scalar("SELECT coalesce(max(number), 0) + 1 FROM recovery_export") or 1)


def list_exports(store: Store) -> list[Row]:
    """Exports made from this database, oldest first (read-only)."""
    return store.query("SELECT * FROM recovery_export ORDER BY number")


def count_where_not_null(store: Store, table: str, column: str) -> int:
    """Rows of `table` where `column` is set (read-only)."""
    return int(store.scalar(f'SELECT count(*) FROM "{table}" WHERE "{column}" IS NOT NULL')
               or 0)
