"""Opening the station database safely, and the one way to write to it.

* A file that is not ours is refused before SQLite writes a byte to it: the header is read
  raw, and its `application_id` must be ours (`APPLICATION_ID`).
* One process per database file (an OS lock on `<db>.lock`, released by the OS if the process dies).
* Pragmas: WAL, synchronous=FULL, foreign_keys, busy_timeout 10 s, trusted_schema OFF,
  cell_size_check ON; `quick_check` at open.
* Writes happen only inside `Store.transaction()`: `BEGIN IMMEDIATE`, the changes, exactly one
  audit entry, `COMMIT`. The caller may say "saved" once the context manager has exited.

`sqlite_utils` is imported lazily (it costs ~0.1 s) — only for migrations and bulk helpers —
so the first window paints fast.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hospcrisis import clock
from hospcrisis.errors import (
    ConflictError,
    CorruptDatabase,
    DatabaseInUse,
    DiskFull,
    ForeignDatabase,
    LocationNotWritable,
    NewerSchema,
    NotFound,
    StoreError,
)
from hospcrisis.i18n import _

if TYPE_CHECKING:
    import sqlite_utils

APPLICATION_ID = 0x48435253  # "HCRS"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000

Row = dict[str, Any]


@dataclass(frozen=True)
class Actor:
    """Who is writing: stamped on every record and audit entry."""

    user_id: str | None
    username: str
    role: str
    station: str


SYSTEM_ACTOR_NAME = "system"


def system_actor(station: str) -> Actor:
    """The actor for writes no person made (first-run set-up, migrations' seed data)."""
    return Actor(user_id=None, username=SYSTEM_ACTOR_NAME, role="system", station=station)


# ---------------------------------------------------------------------------------------------
# Locking: one process per database file.


class InstanceLock:
    """An exclusive, non-blocking OS lock on `<db>.lock`; released by the OS if we die."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise LocationNotWritable(
                _("Cannot write in the folder {folder}: {reason}",
                  folder=self.path.parent, reason=exc.strerror or exc)
            ) from exc
        try:
            _lock_fd(fd)
        except OSError as exc:
            holder = ""
            with contextlib.suppress(OSError):
                holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
            os.close(fd)
            raise DatabaseInUse(
                _("This database is already open in another hospcrisis window or command "
                  "({holder}). Close it first, or open another database.",
                  holder=holder or _("unknown process"))
            ) from exc
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} since {clock.now_iso()}".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                _unlock_fd(self._fd)
            os.close(self._fd)
            self._fd = None


if os.name == "nt":  # pragma: no cover - exercised by the Windows build
    import msvcrt

    def _lock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]

    def _unlock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]

else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# ---------------------------------------------------------------------------------------------
# Identifying a file before SQLite touches it.


def read_header(path: Path) -> bytes:
    """The first 100 bytes of a file (read-only)."""
    with path.open("rb") as handle:
        return handle.read(100)


def check_is_ours(path: Path) -> None:
    """Raise `ForeignDatabase` unless `path` is a hospcrisis database. Never writes."""
    try:
        header = read_header(path)
    except IsADirectoryError as exc:
        raise ForeignDatabase(
            _("{path} is a folder, not a hospcrisis database.", path=path)) from exc
    except OSError as exc:
        raise LocationNotWritable(
            _("Cannot read {path}: {reason}", path=path, reason=exc.strerror or exc)
        ) from exc
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise ForeignDatabase(
            _("{path} is not a hospcrisis database (it is not even an SQLite file). "
              "It was left untouched.", path=path)
        )
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise ForeignDatabase(
            _("{path} is an SQLite database from another program, not a hospcrisis database. "
              "It was left untouched.", path=path)
        )


def ensure_folder(folder: Path) -> None:
    """Create `folder` if needed and prove we can write in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".hospcrisis-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise LocationNotWritable(
            _("Cannot write in the folder {folder}: {reason}. Choose another location "
              "(option --db or HOSPCRISIS_DB).", folder=folder, reason=exc.strerror or exc)
        ) from exc


def translate_sqlite_error(exc: BaseException) -> StoreError | None:
    """Map an sqlite3 error to a message the user can act on; None if not one we know."""
    if not isinstance(exc, sqlite3.Error):
        return None
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "disk is full" in text or "database or disk is full" in text:
        return DiskFull(
            _("The disk is full: nothing was saved. Free some space (or move the database), "
              "then try again.")
        )
    if "readonly" in text or "read-only" in text:
        return LocationNotWritable(
            _("The database cannot be written (read-only file or folder): nothing was saved.")
        )
    if "database is locked" in text or "database is busy" in text:
        return DatabaseInUse(
            _("The database stayed busy for more than 10 seconds: nothing was saved. "
              "Try again.")
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return CorruptDatabase(
            _("The database is damaged ({detail}). Restore the latest verified backup.",
              detail=exc)
        )
    if isinstance(exc, sqlite3.OperationalError) and ("i/o error" in text or "disk i/o" in text):
        return DiskFull(_("The disk could not be written ({detail}): nothing was saved.",
                          detail=exc))
    return None


# ---------------------------------------------------------------------------------------------
# The store.


@dataclass
class AuditDraft:
    """What one transaction changed; becomes exactly one audit entry at commit."""

    action: str
    entity: str | None
    entity_id: str | None
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)


class Store:
    """An open station database. Not thread-safe: one `Store` per thread (`clone()`)."""

    def __init__(self, path: Path | None, conn: sqlite3.Connection,
                 lock: InstanceLock | None) -> None:
        self.path = path
        self.conn = conn
        self._lock = lock
        self._tx: Transaction | None = None
        self._db: sqlite_utils.Database | None = None
        self._thread = threading.get_ident()

    # -- reading ---------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[Row]:
        """Rows as dicts (read-only)."""
        cur = self.conn.execute(sql, params)
        cols = [c[0] for c in cur.description or ()]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def query_one(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Row | None:
        """The first row as a dict, or None (read-only)."""
        cur = self.conn.execute(sql, params)
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cur.description], row, strict=True))

    def scalar(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
        """The first column of the first row, or None (read-only)."""
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def get(self, table: str, record_id: str) -> Row:
        """One record by id; `NotFound` if absent (read-only)."""
        row = self.query_one(f'SELECT * FROM "{table}" WHERE id = ?', (record_id,))
        if row is None:
            raise NotFound(_("Record {id} not found.", id=record_id))
        return row

    @property
    def db(self) -> sqlite_utils.Database:
        """The same connection seen through sqlite-utils (imported on first use)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    @property
    def in_transaction(self) -> bool:
        return self._tx is not None

    # -- writing ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self, actor: Actor, action: str, entity: str | None = None,
                    entity_id: str | None = None) -> Iterator[Transaction]:
        """One user action: `BEGIN IMMEDIATE` … one audit entry … `COMMIT`.

        A nested call joins the open transaction (its changes go in the same audit entry).
        Any exception rolls everything back; SQLite errors become `StoreError`s with a message.
        """
        if self._tx is not None:
            self._tx.draft.after.setdefault("_also", []).append(action)
            yield self._tx
            return
        from hospcrisis.store import audit

        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise (translate_sqlite_error(exc) or exc) from exc
        tx = Transaction(self, actor, AuditDraft(action, entity, entity_id))
        self._tx = tx
        try:
            yield tx
            tx.audit_entry = audit.append(self, actor, tx.draft)
            self.conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
            mapped = translate_sqlite_error(exc)
            if mapped is not None:
                raise mapped from exc
            raise
        finally:
            self._tx = None

    # -- life cycle ------------------------------------------------------------------------

    def clone(self) -> Store:
        """A second connection to the same file, for a worker thread (shares our lock)."""
        if self.path is None:
            raise StoreError(_("An in-memory database cannot be shared between threads."))
        return _connect(self.path, lock=None)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_INSERT_SQL: dict[tuple[str, tuple[str, ...]], str] = {}


def insert_sql(table: str, columns: tuple[str, ...]) -> str:
    """`INSERT INTO "table" (…) VALUES (?, …)`, built once per table and column set."""
    sql = _INSERT_SQL.get((table, columns))
    if sql is None:
        cols = ", ".join(f'"{c}"' for c in columns)
        sql = f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join("?" * len(columns))})'
        _INSERT_SQL[(table, columns)] = sql
    return sql


class Transaction:
    """Writes inside `Store.transaction()`. Every change is captured for the audit entry."""

    def __init__(self, store: Store, actor: Actor, draft: AuditDraft) -> None:
        self.store = store
        self.actor = actor
        self.draft = draft
        self.audit_entry: Row | None = None
        self.now = clock.now_iso()

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> sqlite3.Cursor:
        """Raw SQL for `store/` modules (the change is NOT captured: describe it with `note`)."""
        return self.store.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        return self.store.conn.executemany(sql, rows)

    def note(self, **details: Any) -> None:
        """Add details to the audit entry's `after` (what was printed, exported, searched…)."""
        self.draft.after.update(details)

    def stamp(self, record: Mapping[str, Any]) -> Row:
        """`record` with the standard columns filled: id, station, times, version, authors."""
        row = dict(record)
        row.setdefault("id", clock.uuid7())
        row.setdefault("station", self.actor.station)
        row.setdefault("created_at", self.now)
        row["updated_at"] = row.get("updated_at") or row["created_at"]
        row.setdefault("version", 1)
        row.setdefault("created_by", self.actor.username)
        row.setdefault("updated_by", row["created_by"])
        return row

    def insert(self, table: str, record: Mapping[str, Any], *, audit: bool = True) -> Row:
        """Insert one record (standard columns filled in); returns the stored row."""
        row = self.stamp(record)
        self.store.conn.execute(insert_sql(table, tuple(row)), tuple(row.values()))
        if audit:
            self.draft.after[f"{table}:{row['id']}"] = row
        return row

    def insert_many(self, table: str, records: Iterable[Mapping[str, Any]]) -> int:
        """Bulk insert (demo data, imports); the audit entry records the count per table."""
        rows = [self.stamp(r) for r in records]
        if not rows:
            return 0
        cols = list(rows[0])
        sql = (f'INSERT INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
               f'VALUES ({", ".join("?" for _ in cols)})')
        self.store.conn.executemany(sql, ([r.get(c) for c in cols] for r in rows))
        counts = self.draft.after.setdefault("_inserted", {})
        counts[table] = counts.get(table, 0) + len(rows)
        return len(rows)

    def update(self, table: str, record_id: str, changes: Mapping[str, Any], *,
               expected_version: int | None = None) -> Row:
        """Change some columns of one record; bumps `version`; refuses a stale version."""
        current = self.store.query_one(f'SELECT * FROM "{table}" WHERE id = ?', (record_id,))
        if current is None:
            raise NotFound(_("Record {id} not found.", id=record_id))
        if expected_version is not None and current["version"] != expected_version:
            raise ConflictError(
                _("This record was changed by {user} at {time} since you opened it. "
                  "Reopen it to see the change, then try again.",
                  user=current.get("updated_by") or "?",
                  time=clock.local_text(current["updated_at"]))
            )
        real = {k: v for k, v in changes.items() if current.get(k) != v}
        if not real:
            return current
        new_values = dict(real)
        new_values["version"] = current["version"] + 1
        new_values["updated_at"] = self.now
        if "updated_by" in current:
            new_values["updated_by"] = self.actor.username
        sets = ", ".join(f'"{c}" = ?' for c in new_values)
        self.store.conn.execute(f'UPDATE "{table}" SET {sets} WHERE id = ?',
                                [*new_values.values(), record_id])
        key = f"{table}:{record_id}"
        self.draft.before.setdefault(key, {k: current.get(k) for k in new_values})
        self.draft.after.setdefault(key, {}).update(new_values)
        return {**current, **new_values}

    def void(self, table: str, record_id: str, reason: str) -> Row:
        """Cancel a record with a reason (records are never deleted)."""
        return self.update(table, record_id, {
            "voided_at": self.now,
            "voided_by": self.actor.username,
            "void_reason": reason,
        })


# ---------------------------------------------------------------------------------------------
# Opening.


def _connect(path: Path | None, lock: InstanceLock | None) -> Store:
    target = ":memory:" if path is None else str(path)
    try:
        conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False,
                               timeout=BUSY_TIMEOUT_MS / 1000)
        for pragma in (
            f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            "PRAGMA foreign_keys = ON",
            "PRAGMA trusted_schema = OFF",
            "PRAGMA cell_size_check = ON",
            "PRAGMA recursive_triggers = ON",
        ):
            conn.execute(pragma).fetchall()
    except sqlite3.Error as exc:
        if lock is not None:
            lock.release()
        raise (translate_sqlite_error(exc) or CorruptDatabase(
            _("The database cannot be opened ({detail}).", detail=exc))) from exc
    return Store(path, conn, lock)


def open_store(path: Path | str | None, *, create: bool = False, lock: bool = True,
               check: bool = True, migrate: bool = True) -> Store:
    """Open (or with `create=True`, create) a station database.

    Side effects: takes the instance lock; on a new file, creates the schema and sets
    `application_id`. A file that is not ours is refused and left byte-identical. `path=None`
    gives an in-memory database (tests).
    """
    from hospcrisis.store import schema

    db_path = Path(path).expanduser() if path is not None else None
    is_new = db_path is None
    if db_path is not None:
        if db_path.exists() and db_path.is_dir():
            raise ForeignDatabase(_("{path} is a folder, not a hospcrisis database.",
                                    path=db_path))
        if db_path.exists() and db_path.stat().st_size > 0:
            check_is_ours(db_path)
        elif not create:
            from hospcrisis.errors import NotInitialised

            raise NotInitialised(
                _("There is no hospcrisis database at {path}. Create one with "
                  "`hospcrisis init --station CODE` or the first-run wizard.", path=db_path)
            )
        else:
            is_new = True
            ensure_folder(db_path.parent)
    instance_lock = None
    if db_path is not None and lock:
        instance_lock = InstanceLock(db_path)
        instance_lock.acquire()
    store = _connect(db_path, instance_lock)
    try:
        if check and not is_new:
            problems = quick_check(store)
            if problems:
                raise CorruptDatabase(
                    _("The database failed its integrity check ({detail}). Restore the latest "
                      "verified backup (Administration > Backups, or `hospcrisis restore`).",
                      detail="; ".join(problems[:3]))
                )
        if migrate:
            if schema.migrate(store):
                # Put the header (application_id, user_version) in the main file now, so that
                # another process can recognise the file while this one keeps it open in WAL.
                store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        elif not schema.is_current(store) and \
                store.scalar("PRAGMA user_version") > schema.schema_version():
            raise NewerSchema(_("This database was written by a newer version of hospcrisis."))
    except sqlite3.Error as exc:
        store.close()
        raise (translate_sqlite_error(exc) or CorruptDatabase(
            _("The database cannot be read ({detail}).", detail=exc))) from exc
    except BaseException:
        store.close()
        raise
    return store


def quick_check(store: Store) -> list[str]:
    """Problems reported by `PRAGMA quick_check` (empty when sound). Read-only."""
    rows = [r[0] for r in store.conn.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def integrity_check(store: Store) -> list[str]:
    """Problems reported by the full `PRAGMA integrity_check` (empty when sound). Read-only."""
    rows = [r[0] for r in store.conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (no-op where directories cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:  # pragma: no cover - filesystems without directory fsync
        if exc.errno not in (errno.EINVAL, errno.EBADF):
            raise
    finally:
        os.close(fd)


def dumps(value: Any) -> str:
    """Canonical JSON (sorted keys, no spaces, UTF-8 kept) for hashing and storing."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str)
