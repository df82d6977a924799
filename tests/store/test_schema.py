"""The schema constant matches the migration steps, and every area's tables exist."""

from __future__ import annotations

from hospcrisis.store import schema
from hospcrisis.store.database import Store


def test_schema_version_constant_counts_every_step() -> None:
    assert schema.schema_version() == schema.SCHEMA_VERSION, (
        "bump SCHEMA_VERSION in hospcrisis/store/schema.py when you add a migration step")


def test_a_new_database_has_every_step(store: Store) -> None:
    assert schema.is_current(store)
    applied = store.scalar("SELECT count(*) FROM _sqlite_migrations")
    assert applied == schema.SCHEMA_VERSION
