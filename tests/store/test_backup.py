"""Backups are verified, rotated, never a file copy; restore keeps what it replaces."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from hospcrisis.core import backups, users
from hospcrisis.errors import AuthenticationFailed, CorruptDatabase, PermissionDenied
from hospcrisis.store import audit
from hospcrisis.store import backup as store_backup
from hospcrisis.store.database import Store, open_store, system_actor

from ..conftest import ADMIN_PASSWORD


def write(store: Store, key: str) -> None:
    with store.transaction(system_actor("TEST"), "test.write") as tx:
        tx.insert("setting", {"key": key, "value": "1"})


def test_backup_is_a_verified_self_contained_copy(file_store: Store, tmp_path: Path) -> None:
    write(file_store, "before-backup")
    info = backups.run_backup(file_store, tmp_path / "usb")
    copy = tmp_path / "usb" / info.file
    assert copy.exists()
    assert not copy.with_name(copy.name + "-wal").exists()
    assert store_backup.verify_file(copy) == []
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM setting WHERE key = 'before-backup'"
                        ).fetchone()[0] == 1
    conn.close()
    head = audit.head(file_store)
    assert head is not None and info.audit_seq == head.seq
    manifest = json.loads((tmp_path / "usb" / "backups.json").read_text())
    assert manifest[0]["file"] == info.file
    assert manifest[0]["sha256"] == info.sha256


def test_changes_are_noticed_between_backups(file_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    assert backups.has_unsaved_changes(file_store, folder)
    backups.run_backup(file_store, folder)
    assert not backups.has_unsaved_changes(file_store, folder)
    write(file_store, "later")
    assert backups.has_unsaved_changes(file_store, folder)


def test_twelve_generations_are_kept(file_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    names = []
    for i in range(15):
        write(file_store, f"k{i}")
        names.append(backups.run_backup(file_store, folder).file)
    kept = {p.name for p in folder.glob("*.db")}
    assert kept == set(names[-12:])
    assert [i.file for i in backups.list_backups(file_store, folder)] == names[-12:][::-1]


def test_backup_folder_comes_from_the_station_setting(file_store: Store, tmp_path: Path) -> None:
    from hospcrisis.core import station

    session = users.login(file_store, "admin", ADMIN_PASSWORD)
    station.update_settings(session, {"backup_dir": str(tmp_path / "usb-key")})
    info = backups.backup_now(session)
    assert (tmp_path / "usb-key" / info.file).exists()


def test_a_viewer_may_not_back_up(file_store: Store) -> None:
    admin = users.login(file_store, "admin", ADMIN_PASSWORD)
    users.create_user(admin, username="viewer", display_name="V", role="viewer",
                      password=ADMIN_PASSWORD)
    viewer = users.login(file_store, "viewer", ADMIN_PASSWORD)
    with pytest.raises(PermissionDenied):
        backups.backup_now(viewer)


def test_restore_brings_back_the_backup_and_keeps_the_current_db(tmp_path: Path) -> None:
    from hospcrisis.core import station

    path = tmp_path / "station.db"
    s = open_store(path, create=True)
    station.initialise(s, station_code="URG1", station_name="Urgences",
                       admin_username="admin", admin_password=ADMIN_PASSWORD)
    write(s, "in-backup")
    info = backups.run_backup(s, tmp_path / "b")
    write(s, "after-backup")
    s.close()

    result = backups.restore(path, tmp_path / "b" / info.file, "admin", ADMIN_PASSWORD)
    assert result.previous_kept_as is not None and result.previous_kept_as.exists()
    restored = open_store(path)
    try:
        keys = {r["key"] for r in restored.query("SELECT key FROM setting")}
        assert "in-backup" in keys and "after-backup" not in keys
        assert audit.verify(restored).ok
        last = restored.query_one("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")
        assert last == {"action": "backup.restore"}
    finally:
        restored.close()
    kept = open_store(result.previous_kept_as, lock=False, migrate=False)
    try:
        assert kept.query_one("SELECT 1 AS x FROM setting WHERE key = 'after-backup'")
    finally:
        kept.close()


def test_restore_over_a_damaged_database_renames_it_aside(tmp_path: Path) -> None:
    from hospcrisis.core import station

    path = tmp_path / "station.db"
    s = open_store(path, create=True)
    station.initialise(s, station_code="URG1", station_name="Urgences",
                       admin_username="admin", admin_password=ADMIN_PASSWORD)
    info = backups.run_backup(s, tmp_path / "b")
    s.close()
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096: page * 4096 + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabase):
        open_store(path)
    result = backups.restore(path, tmp_path / "b" / info.file, "admin", ADMIN_PASSWORD)
    assert result.previous_kept_as is not None
    assert ".damaged-" in result.previous_kept_as.name
    open_store(path).close()


def test_restore_needs_the_right_credentials(file_store: Store, tmp_path: Path) -> None:
    info = backups.run_backup(file_store, tmp_path / "b")
    path = file_store.path
    assert path is not None
    file_store.close()
    with pytest.raises(AuthenticationFailed):
        backups.restore(path, tmp_path / "b" / info.file, "admin", "not the password")


def test_a_corrupt_backup_is_never_restored(file_store: Store, tmp_path: Path) -> None:
    info = backups.run_backup(file_store, tmp_path / "b")
    copy = tmp_path / "b" / info.file
    data = bytearray(copy.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096: page * 4096 + 8] = b"\xff" * 8
    copy.write_bytes(bytes(data))
    path = file_store.path
    assert path is not None
    file_store.close()
    with pytest.raises(CorruptDatabase, match="ne peut pas être restaurée"):
        backups.restore(path, copy, "admin", ADMIN_PASSWORD)


def test_restore_never_reissues_a_provisional_id(tmp_path: Path) -> None:
    """IDs issued after the backup are on wristbands: after a restore, new IDs jump ahead."""
    from hospcrisis.core import admissions, station
    from hospcrisis.core.identity import IdentityInput

    path = tmp_path / "station.db"
    s = open_store(path, create=True)
    station.initialise(s, station_code="URG1", station_name="Urgences",
                       admin_username="admin", admin_password=ADMIN_PASSWORD)
    session = users.login(s, "admin", ADMIN_PASSWORD)

    def arrive(name: str) -> str:
        result = admissions.register_arrival(
            session, IdentityInput(birth_name=name, first_forename="A", sex="F",
                                   birth_date="1980"), admissions.ArrivalInput())
        return str(result.patient.provisional_id)

    before = arrive("Avant")
    info = backups.run_backup(s, tmp_path / "b")
    lost = arrive("Perdu")  # on a wristband, then the disk dies
    s.close()
    backups.restore(path, tmp_path / "b" / info.file, "admin", ADMIN_PASSWORD)
    s = open_store(path)
    session = users.login(s, "admin", ADMIN_PASSWORD)
    after = arrive("Après")
    s.close()
    assert after not in (before, lost)
    assert int(after.split("-")[1]) > int(lost.split("-")[1]) + 1000
