"""The database schema, built by sqlite-utils `Migrations`, one migration set per area.

Each area of the app declares its set in its own `store/` module (`MigrationSet("admissions")`)
and is listed in `_sets()`. `PRAGMA user_version` holds the total number of steps applied, so a
database written by a newer hospcrisis is recognised (and refused) without guessing, and an
up-to-date database opens without importing sqlite-utils at all (start-up speed).

Never edit a step that has shipped: add a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from hospcrisis.errors import NewerSchema
from hospcrisis.i18n import _

if TYPE_CHECKING:
    import sqlite_utils

    from hospcrisis.store.database import Store

Step = Callable[["sqlite_utils.Database"], None]

# Columns every record carries (DESIGN.md "Data rules").
RECORD_COLUMNS = """
    id TEXT PRIMARY KEY NOT NULL,
    station TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_by TEXT,
    updated_by TEXT
""".strip()

# Columns of records that can be cancelled ("voided") — nothing is ever deleted.
VOID_COLUMNS = """
    voided_at TEXT,
    voided_by TEXT,
    void_reason TEXT
""".strip()


def no_delete_trigger(table: str) -> str:
    """SQL refusing DELETE on `table` (records are voided, never deleted)."""
    return (
        f'CREATE TRIGGER "{table}_no_delete" BEFORE DELETE ON "{table}" '
        f"BEGIN SELECT RAISE(ABORT, '{table} records are never deleted: void them'); END"
    )


def append_only_triggers(table: str) -> list[str]:
    """SQL refusing UPDATE and DELETE on `table` (audit trail, crisis log)."""
    return [
        no_delete_trigger(table),
        f'CREATE TRIGGER "{table}_no_update" BEFORE UPDATE ON "{table}" '
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END",
    ]


class MigrationSet:
    """An ordered list of schema steps for one area of the app."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.steps: list[tuple[str, Step]] = []

    def __call__(self, fn: Step) -> Step:
        """Decorator registering `fn(db)` as the next step."""
        if any(name == fn.__name__ for name, _fn in self.steps):
            raise ValueError(f"duplicate migration {fn.__name__!r} in set {self.name!r}")
        self.steps.append((fn.__name__, fn))
        return fn


def _sets() -> list[MigrationSet]:
    """Every area's migration set, in the order they are applied."""
    from hospcrisis.store import foundation

    sets = [foundation.MIGRATIONS]
    for module_name in _AREA_MODULES:
        module = __import__(f"hospcrisis.store.{module_name}", fromlist=["MIGRATIONS"])
        sets.append(module.MIGRATIONS)
    return sets


# Areas beyond the foundation register here (module `hospcrisis.store.<name>` with MIGRATIONS).
_AREA_MODULES: list[str] = ["crisis", "admissions", "recovery", "surgery"]


# The total number of steps over every set. Kept as a constant so an up-to-date database opens
# without importing every area's module (start-up speed); tests/store/test_schema.py checks it
# equals the real count. Bump it with every new step.
SCHEMA_VERSION = 6


def schema_version() -> int:
    """Total number of schema steps this version of hospcrisis knows."""
    return sum(len(s.steps) for s in _sets())


def is_current(store: Store) -> bool:
    """True when the database has every step this version knows (read-only, no imports)."""
    return int(store.scalar("PRAGMA user_version") or 0) == SCHEMA_VERSION


def migrate(store: Store) -> int:
    """Apply pending steps (each in its own transaction); returns how many ran."""
    if is_current(store):
        return 0
    known = schema_version()
    current = store.scalar("PRAGMA user_version") or 0
    if current > known:
        raise NewerSchema(
            _("This database was written by a newer version of hospcrisis (schema {found}, "
              "this program knows {known}). Use the newer version.", found=current, known=known)
        )
    if current == known:
        return 0
    from sqlite_utils import Migrations

    ran = 0
    for migration_set in _sets():
        migrations = Migrations(migration_set.name)
        for name, fn in migration_set.steps:
            migrations(name=name)(fn)
        pending = len(migrations.pending(store.db))
        migrations.apply(store.db)
        ran += pending
    store.conn.execute(f"PRAGMA user_version = {known}")
    return ran
