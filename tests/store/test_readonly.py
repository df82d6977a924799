"""A read-only data folder (write-protected USB key, locked-down profile) gets a clear message."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from hospcrisis.core import station
from hospcrisis.errors import LocationNotWritable
from hospcrisis.store.database import open_store

from ..conftest import ADMIN_PASSWORD


@pytest.fixture
def readonly_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder the process cannot write to: chmod for a normal user, a read-only bind mount
    for root (who ignores permission bits)."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    s = open_store(folder / "station.db", create=True)
    station.initialise(s, station_code="RO", station_name="Read-only", admin_username="admin",
                       admin_password=ADMIN_PASSWORD)
    s.close()
    (folder / "station.db.lock").unlink()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "--bind", str(folder), str(folder)],
                             capture_output=True, check=False).returncode == 0 and \
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True,
                       check=False).returncode == 0
    if not mounted:
        subprocess.run(["umount", str(folder)], capture_output=True, check=False)
        pytest.skip("running as root without the right to mount: cannot make a folder "
                    "read-only for root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_creating_a_database_in_a_read_only_folder(readonly_dir: Path) -> None:
    with pytest.raises(LocationNotWritable, match="Impossible d’écrire dans le dossier"):
        open_store(readonly_dir / "new" / "station.db", create=True)
    with pytest.raises(LocationNotWritable, match="Impossible d’écrire dans le dossier"):
        open_store(readonly_dir / "other.db", create=True)


def test_opening_a_database_on_read_only_media(readonly_dir: Path) -> None:
    before = (readonly_dir / "station.db").read_bytes()
    with pytest.raises(LocationNotWritable, match="Impossible d’écrire"):
        open_store(readonly_dir / "station.db")
    assert (readonly_dir / "station.db").read_bytes() == before


def test_the_cli_says_it_in_the_users_language(readonly_dir: Path, cli) -> None:
    result = cli("--db", readonly_dir / "new.db", "init", "--station", "RO2")
    assert result.code == 6
    assert "Impossible d’écrire dans le dossier" in result.err
    english = cli("--lang", "en", "--db", readonly_dir / "new.db", "init", "--station", "RO2")
    assert "Cannot write in the folder" in english.err
