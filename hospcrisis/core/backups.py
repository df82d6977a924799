"""Backup policy: where, how often, how many; and restoring a verified backup."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from hospcrisis import clock
from hospcrisis.core import station as station_mod
from hospcrisis.core.security import Permission, check_password, role_may
from hospcrisis.core.session import Session
from hospcrisis.errors import AuthenticationFailed, CorruptDatabase, PermissionDenied, StoreError
from hospcrisis.i18n import _
from hospcrisis.paths import default_backup_dir
from hospcrisis.store import audit
from hospcrisis.store import backup as store_backup
from hospcrisis.store.database import Actor, InstanceLock, Store, open_store
from hospcrisis.store.foundation import find_user, get_settings

BackupInfo = store_backup.BackupInfo


def backup_folder(store: Store, override: Path | str | None = None) -> Path:
    """The folder backups go to: `override`, else the station setting, else beside the DB."""
    if override:
        return Path(override).expanduser()
    configured = station_mod.settings(store).get("backup_dir")
    if configured:
        return Path(configured).expanduser()
    if store.path is None:
        raise StoreError(_("An in-memory database has no backup folder."))
    return default_backup_dir(store.path)


def latest(store: Store, folder: Path | None = None) -> BackupInfo | None:
    """The newest verified backup of this station, or None (read-only)."""
    infos = store_backup.read_manifest(folder or backup_folder(store))
    return infos[0] if infos else None


def has_unsaved_changes(store: Store, folder: Path | None = None) -> bool:
    """True when the audit chain moved since the newest backup (read-only)."""
    head = audit.head(store)
    last = latest(store, folder)
    if head is None:
        return False
    return last is None or head.seq > last.audit_seq


def run_backup(store: Store, folder: Path | str | None = None) -> BackupInfo:
    """Write one verified backup now (automatic backups call this with a worker's store)."""
    target = backup_folder(store, folder)
    generations = int(station_mod.settings(store).get("backup_generations") or 12)
    return store_backup.backup(store, target, station_mod.station_code(store), generations)


def backup_now(session: Session, folder: Path | str | None = None) -> BackupInfo:
    """A backup asked for by a user (role checked)."""
    session.require(Permission.BACKUP_RUN)
    return run_backup(session.store, folder)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_kept_as: Path | None
    audit_seq: int


def restore(db_path: Path, source: Path, username: str, password: str) -> RestoreResult:
    """Replace the database at `db_path` with the verified backup `source`.

    The user must hold the restore permission in the backup being restored (the live database
    may be the damaged one). The current database is first kept: backed up when sound, renamed
    aside (`.damaged-…`) when not. One audit entry is added to the restored database.
    """
    problems = store_backup.verify_file(source)
    if problems:
        raise CorruptDatabase(_("This backup cannot be restored: {detail}",
                                detail="; ".join(problems[:3])))
    backup_store = open_store(source, lock=False, migrate=False)
    try:
        user = find_user(backup_store, username)
        if user is None or not user["active"] or not check_password(password,
                                                                    user["password_hash"]):
            raise AuthenticationFailed(_("Wrong user name or password."))
        if not role_may(user["role"], Permission.BACKUP_RESTORE):
            raise PermissionDenied(_("Only an administrator or the IT recovery team may "
                                     "restore a backup."))
        station = (get_settings(backup_store).get("station") or {}).get("code", "?")
    finally:
        backup_store.close()

    lock = InstanceLock(db_path)
    lock.acquire()
    kept: Path | None = None
    try:
        if db_path.exists() and db_path.stat().st_size > 0:
            try:
                current = open_store(db_path, lock=False, migrate=False)
            except StoreError:
                current = None
            if current is not None:
                try:
                    info = run_backup(current)
                    kept = backup_folder(current) / info.file
                finally:
                    current.close()
            else:
                stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
                kept = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
                db_path.replace(kept)
                for suffix in ("-wal", "-shm"):
                    side = db_path.with_name(db_path.name + suffix)
                    if side.exists():
                        side.replace(kept.with_name(kept.name + suffix))
        store_backup.restore_into(db_path, source)
    finally:
        lock.release()
    restored = open_store(db_path)
    try:
        actor = Actor(user["id"], user["username"], user["role"], station)
        with restored.transaction(actor, "backup.restore", "database") as tx:
            tx.note(source=str(source), previous_kept_as=str(kept) if kept else None)
            # Wristbands printed after the backup must never meet a second patient with the
            # same provisional ID: the sequence jumps ahead (see provisional_ids.RESTORE_GAP).
            from hospcrisis.core import provisional_ids

            next_number = provisional_ids.skip_after_restore(tx, station)
            tx.note(next_provisional_id=provisional_ids.format_id(station, next_number))
        seq = audit.head(restored)
    finally:
        restored.close()
    return RestoreResult(source, kept, seq.seq if seq else 0)


def list_backups(store: Store, folder: Path | None = None) -> list[BackupInfo]:
    """Verified backups, newest first (read-only)."""
    with contextlib.suppress(StoreError):
        return store_backup.read_manifest(folder or backup_folder(store))
    return []
