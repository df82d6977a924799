"""The main courante is append-only in the database itself, and tampering shows in `verify`."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from hospcrisis.core import activations, crisis_log, sitrep, systems, units, users
from hospcrisis.errors import StoreError
from hospcrisis.store import audit
from hospcrisis.store.database import Store, open_store

from ..conftest import ADMIN_PASSWORD

SEALED = ("crisis_log", "crisis_signoff", "crisis_system_status", "crisis_sitrep")


def fill(session: Any) -> None:
    """One row in every crisis table, through the services."""
    units.create_unit(session, code="URG", name="Urgences", kind="ed", beds=["Box 1"])
    crisis_log.add_entry(session, kind="decision", text_value="Plan blanc déclenché.")
    crisis_log.add_entry(session, kind="alert", text_value="Bracelets bas.", unit="URG")
    systems.set_status(session, "dpi", "down")
    (made,) = activations.activate(session, ["DM-TRIAGE"], ["URG"], "Logiciel arrêté")
    activations.sign_step(session, made.ref, "1")
    sitrep.issue_sitrep(session)


def test_every_crisis_table_exists_with_the_standard_columns(store: Store) -> None:
    for table in ("crisis_procedure", "crisis_activation", *SEALED, "crisis_system"):
        columns = {r["name"] for r in store.query(f"PRAGMA table_info({table})")}
        assert {"id", "station", "created_at", "updated_at", "version", "created_by"} <= columns


@pytest.mark.parametrize("table", SEALED)
def test_raw_update_and_delete_are_refused_by_the_database(session: Any, table: str) -> None:
    fill(session)
    store = session.store
    before = store.query(f"SELECT * FROM {table} ORDER BY id")
    assert before
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute(f"UPDATE {table} SET created_by = 'intrus'")
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        store.conn.execute(f"DELETE FROM {table}")
    # and through the official way of writing too: the transaction rolls back
    with pytest.raises((sqlite3.IntegrityError, StoreError)), \
            store.transaction(session.actor, "tamper", table) as tx:
        tx.execute(f"UPDATE {table} SET created_by = 'intrus'")
    assert store.query(f"SELECT * FROM {table} ORDER BY id") == before
    assert audit.verify(store).ok


def test_activations_are_never_deleted(session: Any) -> None:
    fill(session)
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        session.store.conn.execute("DELETE FROM crisis_activation")


def test_every_crisis_write_is_one_audit_entry_carrying_the_rows(session: Any) -> None:
    before = int(session.store.scalar("SELECT max(seq) FROM audit_log"))
    entry = crisis_log.add_entry(session, kind="information", text_value="EFS prévenu.")
    entries = session.store.query("SELECT action, entity, entity_id, after FROM audit_log "
                                  "WHERE seq > ?", (before,))
    assert len(entries) == 1
    assert entries[0]["action"] == "crisis.log.add" and entries[0]["entity_id"] == entry.id
    assert "EFS prévenu." in entries[0]["after"]


def tampered_copy(tmp_path: Path) -> Path:
    path = tmp_path / "crise.db"
    s = open_store(path, create=True)
    from hospcrisis.core import station

    station.initialise(s, station_code="CRISE", station_name="Cellule de crise",
                       admin_username="admin", admin_password=ADMIN_PASSWORD)
    fill(users.login(s, "admin", ADMIN_PASSWORD))
    assert audit.verify(s).ok
    s.close()
    return path


def test_editing_a_log_row_behind_the_triggers_is_reported_by_verify(tmp_path: Path) -> None:
    path = tampered_copy(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER crisis_log_no_update")
    conn.execute("UPDATE crisis_log SET text = 'Rien à signaler.' WHERE number = 1")
    conn.commit()
    conn.close()
    s = open_store(path)
    try:
        report = audit.verify(s)
    finally:
        s.close()
    assert not report.ok
    assert report.problems == ["Entrée CRISE-1 de la main courante : diffère de la copie "
                               "conservée dans la chaîne d’audit (modifiée en dehors de "
                               "hospcrisis)."]


def test_deleting_or_adding_log_rows_behind_the_triggers_is_reported(tmp_path: Path) -> None:
    path = tampered_copy(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER crisis_log_no_delete")
    conn.execute("DROP TRIGGER crisis_signoff_no_update")
    conn.execute("DELETE FROM crisis_log WHERE kind = 'alert' AND source = 'manual'")
    conn.execute("INSERT INTO crisis_log (id, station, created_at, updated_at, version, number, "
                 "kind, text, search_text, event_at, author, author_name, author_role) "
                 "VALUES ('forged', 'CRISE', '2026-01-01T00:00:00.000Z', "
                 "'2026-01-01T00:00:00.000Z', 1, 99, 'decision', 'Faux', 'faux', "
                 "'2026-01-01T00:00:00.000Z', 'admin', 'Admin', 'admin')")
    conn.execute("UPDATE crisis_signoff SET signer = 'quelquun'")
    conn.commit()
    conn.close()
    s = open_store(path)
    try:
        problems = audit.verify(s).problems
    finally:
        s.close()
    assert len(problems) == 3
    assert any("CRISE-99" in p and "n’a pas été écrite par hospcrisis" in p for p in problems)
    assert any(p.startswith("crisis_signoff ") and "diffère" in p for p in problems)
    assert any(p.startswith("crisis_log ") and "supprimée en dehors" in p for p in problems)


def test_the_verify_command_fails_on_a_tampered_log(tmp_path: Path, cli: Any) -> None:
    path = tampered_copy(tmp_path)
    assert cli("--db", path, "verify").code == 0
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER crisis_log_no_update")
    conn.execute("UPDATE crisis_log SET kind = 'information' WHERE number = 1")
    conn.commit()
    conn.close()
    result = cli("--db", path, "verify")
    assert result.code != 0
    assert "Entrée CRISE-1 de la main courante" in result.out
