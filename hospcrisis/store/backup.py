"""Backups through SQLite's online backup API, verified, rotated; and restore.

A backup is written to a temporary name in the target folder, checked with `integrity_check`,
fsynced, then renamed; `backups.json` in that folder lists the verified generations. A live
database is never copied as a file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from hospcrisis import clock
from hospcrisis.errors import CorruptDatabase, LocationNotWritable, NotFound
from hospcrisis.i18n import _
from hospcrisis.store import audit
from hospcrisis.store.database import (
    Store,
    check_is_ours,
    ensure_folder,
    fsync_dir,
    translate_sqlite_error,
)

MANIFEST = "backups.json"
GENERATIONS = 12


@dataclass(frozen=True)
class BackupInfo:
    """One verified backup file."""

    file: str
    station: str
    at: str
    audit_seq: int
    audit_hash: str
    sha256: str
    size: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_manifest(folder: Path) -> list[BackupInfo]:
    """Verified backups in `folder`, newest first (read-only; missing files are skipped)."""
    path = folder / MANIFEST
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    infos = []
    for item in items if isinstance(items, list) else []:
        try:
            info = BackupInfo(**item)
        except TypeError:
            continue
        if (folder / info.file).exists():
            infos.append(info)
    return sorted(infos, key=lambda i: i.at, reverse=True)


def _write_manifest(folder: Path, infos: list[BackupInfo]) -> None:
    tmp = folder / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps([asdict(i) for i in infos], indent=1), encoding="utf-8")
    _fsync_file(tmp)
    tmp.replace(folder / MANIFEST)
    fsync_dir(folder)


def verify_file(path: Path) -> list[str]:
    """Problems with a database file (ours? integrity? audit chain?); read-only."""
    try:
        check_is_ours(path)
    except Exception as exc:
        return [str(exc)]
    uri = f"file:{path}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        problems = [] if rows == ["ok"] else rows
        if not problems:
            ro = Store(None, conn, None)
            report = audit.verify(ro)
            problems.extend(report.problems)
        return problems
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


def backup(store: Store, folder: Path, station: str, generations: int = GENERATIONS) -> BackupInfo:
    """Write a verified backup of `store` into `folder`; keep the newest `generations`.

    Side effects: writes one file and `backups.json` in `folder`; removes backups beyond the
    generations kept. Raises with a clear message (disk full, folder not writable, check failed).
    """
    ensure_folder(folder)
    stamp = clock.now().strftime("%Y%m%dT%H%M%S") + f"{clock.now().microsecond // 1000:03d}Z"
    name = f"hospcrisis-{station}-{stamp}.db"
    tmp = folder / f".{name}.tmp"
    try:
        dst = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            store.conn.backup(dst)
            # A backup must be one self-contained file, whatever the source's journal mode.
            dst.execute("PRAGMA journal_mode = DELETE").fetchall()
            rows = [r[0] for r in dst.execute("PRAGMA integrity_check").fetchall()]
            head = audit.head(Store(None, dst, None))
        finally:
            dst.close()
        if rows != ["ok"]:
            raise CorruptDatabase(_("The backup failed its integrity check ({detail}); the "
                                    "previous backups are kept.", detail="; ".join(rows[:3])))
        _fsync_file(tmp)
        final = folder / name
        tmp.replace(final)
        fsync_dir(folder)
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise (translate_sqlite_error(exc) or LocationNotWritable(
            _("The backup could not be written in {folder}: {detail}", folder=folder,
              detail=exc))) from exc
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise LocationNotWritable(
            _("The backup could not be written in {folder}: {detail}", folder=folder,
              detail=exc.strerror or exc)) from exc
    info = BackupInfo(file=name, station=station, at=clock.now_iso(),
                      audit_seq=head.seq if head else 0,
                      audit_hash=head.hash if head else audit.GENESIS,
                      sha256=_sha256(final), size=final.stat().st_size)
    infos = [info, *read_manifest(folder)]
    keep, drop = infos[:generations], infos[generations:]
    _write_manifest(folder, keep)
    for old in drop:
        with contextlib.suppress(OSError):
            (folder / old.file).unlink()
    return info


def restore_into(path: Path, source: Path) -> None:
    """Replace the database at `path` with the verified backup `source`.

    The caller holds the instance lock and has closed every other connection. Uses the backup
    API (never a file copy), so a crash mid-way leaves a database SQLite can recover.
    """
    if not source.exists():
        raise NotFound(_("There is no file {path}.", path=source))
    problems = verify_file(source)
    if problems:
        raise CorruptDatabase(_("This backup cannot be restored: {detail}",
                                detail="; ".join(problems[:3])))
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, isolation_level=None)
    try:
        dst = sqlite3.connect(str(path), isolation_level=None, timeout=10)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL").fetchall()
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise (translate_sqlite_error(exc) or CorruptDatabase(str(exc))) from exc
    finally:
        src.close()
