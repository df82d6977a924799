"""Foundation tables: station settings, users, the audit chain. Plus their queries."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from hospcrisis.store.database import APPLICATION_ID, Row, Store, Transaction, dumps
from hospcrisis.store.schema import (
    RECORD_COLUMNS,
    MigrationSet,
    append_only_triggers,
    no_delete_trigger,
)

if TYPE_CHECKING:
    import sqlite_utils

MIGRATIONS = MigrationSet("foundation")


@MIGRATIONS
def m001_foundation(db: sqlite_utils.Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"""
        CREATE TABLE setting (
            {RECORD_COLUMNS},
            key TEXT NOT NULL UNIQUE,
            value TEXT NOT NULL
        )""")
    db.execute(no_delete_trigger("setting"))
    db.execute(f"""
        CREATE TABLE user (
            {RECORD_COLUMNS},
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            must_change_password INTEGER NOT NULL DEFAULT 0,
            last_login_at TEXT,
            failed_logins INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute(no_delete_trigger("user"))
    db.execute("""
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            station TEXT NOT NULL,
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
            hash TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)")
    db.execute("CREATE INDEX audit_log_action ON audit_log(action, at)")
    for sql in append_only_triggers("audit_log"):
        db.execute(sql)


# --- settings -----------------------------------------------------------------------------


def get_settings(store: Store) -> dict[str, Any]:
    """Every station setting, decoded from JSON (read-only)."""
    return {r["key"]: json.loads(r["value"])
            for r in store.query("SELECT key, value FROM setting")}


def put_setting(tx: Transaction, key: str, value: Any) -> None:
    """Create or change one setting (captured in the audit entry)."""
    encoded = dumps(value)
    row = tx.store.query_one("SELECT id, value FROM setting WHERE key = ?", (key,))
    if row is None:
        tx.insert("setting", {"key": key, "value": encoded})
    elif row["value"] != encoded:
        tx.update("setting", row["id"], {"value": encoded})


# --- users ---------------------------------------------------------------------------------


def find_user(store: Store, username: str) -> Row | None:
    """A user by name, case-insensitive (read-only)."""
    return store.query_one("SELECT * FROM user WHERE username = ?", (username,))


def list_users(store: Store) -> list[Row]:
    """All users, active first then by name (read-only; hashes included, never shown)."""
    return store.query("SELECT * FROM user ORDER BY active DESC, username")


def count_users(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM user") or 0)


# --- audit (reads; writes are in store.audit) -------------------------------------------------


def audit_entries(store: Store, *, entity: str | None = None, entity_id: str | None = None,
                  action_prefix: str | None = None, limit: int = 500,
                  before_seq: int | None = None) -> list[Row]:
    """Latest audit entries, newest first, optionally for one entity (read-only)."""
    where: list[str] = []
    params: list[Any] = []
    if entity:
        where.append("entity = ?")
        params.append(entity)
    if entity_id:
        where.append("entity_id = ?")
        params.append(entity_id)
    if action_prefix:
        where.append("action LIKE ?")
        params.append(action_prefix.replace("%", "") + "%")
    if before_seq:
        where.append("seq < ?")
        params.append(before_seq)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return store.query(
        f"SELECT seq, id, station, at, username, role, action, entity, entity_id, before, after "
        f"FROM audit_log {clause} ORDER BY seq DESC LIMIT ?", [*params, limit])


def record_failed_login(tx: Transaction, user_id: str) -> None:
    """Count one more failed login on an account (not a change of the record's version)."""
    tx.execute("UPDATE user SET failed_logins = failed_logins + 1 WHERE id = ?", (user_id,))


def record_login(tx: Transaction, user_id: str) -> None:
    """Stamp a successful login and reset the failure counter."""
    tx.execute("UPDATE user SET last_login_at = ?, failed_logins = 0 WHERE id = ?",
               (tx.now, user_id))


def set_password_hash(tx: Transaction, user_id: str, password_hash: str,
                      must_change: bool) -> None:
    """Replace a password hash (kept out of the audit entry on purpose)."""
    tx.execute("UPDATE user SET password_hash = ?, must_change_password = ?, "
               "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?",
               (password_hash, int(must_change), tx.now, tx.actor.username, user_id))


@MIGRATIONS
def m002_units(db: sqlite_utils.Database) -> None:
    db.execute(f"""
        CREATE TABLE unit (
            {RECORD_COLUMNS},
            code TEXT NOT NULL UNIQUE COLLATE NOCASE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            beds TEXT NOT NULL DEFAULT '[]',
            active INTEGER NOT NULL DEFAULT 1
        )""")
    db.execute(no_delete_trigger("unit"))


# --- units -----------------------------------------------------------------------------------


def list_units(store: Store, *, include_inactive: bool = False) -> list[Row]:
    """Units of the hospital, by code, beds decoded (read-only)."""
    where = "" if include_inactive else "WHERE active = 1"
    rows = store.query(f"SELECT * FROM unit {where} ORDER BY code")
    for row in rows:
        row["beds"] = json.loads(row["beds"])
    return rows


def find_unit(store: Store, code: str) -> Row | None:
    """One unit by code, case-insensitive, beds decoded (read-only)."""
    row = store.query_one("SELECT * FROM unit WHERE code = ?", (code,))
    if row is not None:
        row["beds"] = json.loads(row["beds"])
    return row
