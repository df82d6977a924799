"""Opening the station database: pragmas, ownership check, one process at a time, faults."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from hospcrisis.core import station
from hospcrisis.errors import (
    ConflictError,
    CorruptDatabase,
    DatabaseInUse,
    DiskFull,
    ForeignDatabase,
    LocationNotWritable,
    NewerSchema,
    NotInitialised,
)
from hospcrisis.store import audit, schema
from hospcrisis.store.database import APPLICATION_ID, Store, open_store, system_actor

from ..conftest import ADMIN_PASSWORD


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def new_station(path: Path) -> Store:
    s = open_store(path, create=True)
    station.initialise(s, station_code="URG1", station_name="Urgences", admin_username="admin",
                       admin_password=ADMIN_PASSWORD)
    return s


def test_pragmas_are_the_safe_ones(file_store: Store) -> None:
    pragma = lambda name: file_store.scalar(f"PRAGMA {name}")  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 10_000
    assert pragma("trusted_schema") == 0
    assert pragma("cell_size_check") == 1
    assert pragma("application_id") == APPLICATION_ID
    assert pragma("user_version") == schema.schema_version()


def test_schema_goes_through_sqlite_utils_migrations(file_store: Store) -> None:
    applied = file_store.query("SELECT migration_set, name FROM _sqlite_migrations")
    assert {"migration_set": "foundation", "name": "m001_foundation"} in applied
    assert len(applied) == schema.schema_version()


def test_every_record_table_has_the_standard_columns(file_store: Store) -> None:
    tables = [r["name"] for r in file_store.query("PRAGMA table_list")
              if r["type"] == "table" and r["schema"] == "main"
              and not r["name"].startswith(("sqlite", "_")) and r["name"] != "audit_log"]
    assert "user" in tables
    for table in tables:
        columns = {r["name"] for r in file_store.query(f'PRAGMA table_info("{table}")')}
        if not columns & {"id"}:
            continue  # helper tables (indexes, sequences) are checked by their area
        assert {"id", "station", "created_at", "updated_at", "version"} <= columns, table


def test_a_foreign_sqlite_file_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    before = digest(other)
    with pytest.raises(ForeignDatabase, match="autre programme"):
        open_store(other)
    assert digest(other) == before
    assert not other.with_name("other.db-wal").exists()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("Planning des gardes\n" * 20, encoding="utf-8")
    before = digest(text)
    with pytest.raises(ForeignDatabase, match="même pas un fichier SQLite"):
        open_store(text, create=True)
    assert digest(text) == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ForeignDatabase, match="dossier"):
        open_store(tmp_path)


def test_a_missing_database_asks_for_init(tmp_path: Path) -> None:
    with pytest.raises(NotInitialised, match="hospcrisis init"):
        open_store(tmp_path / "absent.db")
    assert not (tmp_path / "absent.db").exists()


def test_a_missing_data_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "c" / "station.db"
    new_station(path).close()
    assert path.exists()


def test_a_data_folder_that_cannot_be_created_gets_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LocationNotWritable, match="Impossible d’écrire dans le dossier"):
        open_store(blocker / "sub" / "station.db", create=True)


def test_a_corrupt_database_is_refused_with_the_backup_advice(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    s = new_station(path)
    with s.transaction(system_actor("URG1"), "test.fill") as tx:
        for i in range(300):
            tx.insert("setting", {"key": f"k{i}", "value": "x" * 200})
    s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for number in range(2, len(data) // page):  # scribble over every b-tree page header
        data[number * page: number * page + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabase, match="dernière sauvegarde vérifiée"):
        open_store(path)


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    s = new_station(path)
    s.conn.execute(f"PRAGMA user_version = {schema.schema_version() + 5}")
    s.close()
    with pytest.raises(NewerSchema, match="version plus récente"):
        open_store(path)


def test_a_second_instance_on_the_same_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    first = new_station(path)
    try:
        with pytest.raises(DatabaseInUse, match="déjà ouverte"):
            open_store(path)
    finally:
        first.close()
    open_store(path).close()  # the lock went with the first instance


def test_a_second_process_is_refused_too(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "station.db"
    first = new_station(path)
    try:
        code = ("import sys\nfrom hospcrisis.store.database import open_store\n"
                "from hospcrisis.errors import DatabaseInUse\n"
                f"try:\n    open_store({str(path)!r})\nexcept DatabaseInUse as e:\n"
                "    print(e); sys.exit(7)\n")
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                check=False)
        assert result.returncode == 7, result.stderr
        assert "pid" in result.stdout
    finally:
        first.close()


def test_a_full_disk_rolls_back_and_says_so(file_store: Store) -> None:
    seq_before = audit.head(file_store)
    rows_before = file_store.scalar("SELECT count(*) FROM setting")
    pages = file_store.scalar("PRAGMA page_count")
    file_store.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(DiskFull, match="disque est plein"), \
            file_store.transaction(system_actor("TEST"), "test.big") as tx:
        for i in range(200):
            tx.insert("setting", {"key": f"big{i}", "value": "x" * 4000})
    assert file_store.scalar("SELECT count(*) FROM setting") == rows_before
    assert audit.head(file_store) == seq_before
    assert not file_store.conn.in_transaction


def test_one_transaction_writes_exactly_one_audit_entry(store: Store) -> None:
    before = audit.head(store)
    with store.transaction(system_actor("TEST"), "test.two_rows", "setting") as tx:
        tx.insert("setting", {"key": "a", "value": "1"})
        tx.insert("setting", {"key": "b", "value": "2"})
    after = audit.head(store)
    assert before is not None and after is not None
    assert after.seq == before.seq + 1
    entry = store.query_one("SELECT * FROM audit_log WHERE seq = ?", (after.seq,))
    assert entry is not None
    assert entry["action"] == "test.two_rows"
    assert '"key":"a"' in entry["after"] and '"key":"b"' in entry["after"]


def test_an_error_inside_a_transaction_leaves_nothing(store: Store) -> None:
    before = audit.head(store)
    with pytest.raises(RuntimeError), \
            store.transaction(system_actor("TEST"), "test.fail") as tx:
        tx.insert("setting", {"key": "ghost", "value": "1"})
        raise RuntimeError("boom")
    assert store.query_one("SELECT * FROM setting WHERE key = 'ghost'") is None
    assert audit.head(store) == before


def test_records_are_never_deleted(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        store.conn.execute("DELETE FROM user")


def test_a_stale_version_is_a_conflict_not_a_silent_overwrite(store: Store) -> None:
    row = store.query_one("SELECT id, version FROM setting WHERE key = 'idle_lock_minutes'")
    assert row is not None
    with store.transaction(system_actor("TEST"), "test.edit") as tx:
        tx.update("setting", row["id"], {"value": "15"}, expected_version=row["version"])
    with pytest.raises(ConflictError, match="modifié par"), \
            store.transaction(system_actor("TEST"), "test.edit") as tx:
        tx.update("setting", row["id"], {"value": "20"}, expected_version=row["version"])
    assert store.scalar("SELECT value FROM setting WHERE id = ?", (row["id"],)) == "15"


def test_uuid7_ids_are_time_ordered(store: Store) -> None:
    from hospcrisis import clock

    ids = [clock.uuid7() for _ in range(2000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert all(i[14] == "7" for i in ids)
