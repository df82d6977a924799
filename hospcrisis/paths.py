"""The one place that knows where things live: shipped resources and the user's data.

Resources come from the source checkout or, in the frozen build, from PyInstaller's bundle
directory. User data lives in the platform's data directory unless `--db` or `HOSPCRISIS_DB`
says otherwise.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "hospcrisis"
DB_FILENAME = "hospcrisis.db"
DB_ENV = "HOSPCRISIS_DB"


def resources_dir() -> Path:
    """The `resources/` folder (read-only)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of one shipped resource, e.g. `resource("fonts", "DejaVuSans.ttf")`."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """The per-user data folder (not created here)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    """`HOSPCRISIS_DB` when set, else the database in the user's data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return user_data_dir() / DB_FILENAME


def default_backup_dir(db_path: Path) -> Path:
    """Backups go beside the database unless the station configures another folder."""
    return db_path.expanduser().resolve().parent / "backups"
