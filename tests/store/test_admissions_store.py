"""Admissions schema: tables, triggers, derived indexes."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from hospcrisis.core import admissions
from hospcrisis.core.identity import IdentityInput
from hospcrisis.store import admissions as store
from hospcrisis.store import schema

RECORD_TABLES = ("patient", "admission", "movement", "triage", "id_block", "reserved_id",
                 "id_sequence", "patient_merge", "duplicate_decision", "census_import")


def test_admissions_migrations_are_registered() -> None:
    assert "admissions" in schema._AREA_MODULES
    assert store.MIGRATIONS.name == "admissions"


def test_record_tables_have_standard_columns_and_refuse_delete(session: Any) -> None:
    conn = session.store.conn
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                           "WHERE type = 'trigger'")}
    for table in RECORD_TABLES:
        cols = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        assert {"id", "station", "created_at", "updated_at", "version", "created_by"} <= cols
        assert f"{table}_no_delete" in triggers
    assert {"movement_no_update", "triage_no_update"} <= triggers


def test_delete_is_refused_on_real_rows(session: Any) -> None:
    admissions.register_arrival(session, IdentityInput(
        birth_name="Durand", first_forename="Paul", sex="M", birth_date="1970"),
        admissions.ArrivalInput(triage_level="3A"))
    for table in ("patient", "admission", "movement", "triage", "id_sequence"):
        with pytest.raises(sqlite3.IntegrityError):
            session.store.conn.execute(f'DELETE FROM "{table}"')


def test_fts_table_folds_diacritics(session: Any) -> None:
    conn = session.store.conn
    conn.execute("INSERT INTO patient_search (patient_id, names, ids, other) "
                 "VALUES ('x', 'hélène', '', '')")
    assert store.search_patient_ids(session.store, '"helene"*', 10) == ["x"]


def test_blocking_keys_are_stored_per_patient(session: Any) -> None:
    result = admissions.register_arrival(session, IdentityInput(
        birth_name="Le Gall", first_forename="Anne", sex="F", birth_date="04/03/1980"),
        admissions.ArrivalInput())
    keys = {r["key"] for r in session.store.query(
        "SELECT key FROM patient_block WHERE patient_id = ?", (result.patient.id,))}
    assert "n:anne|legall" in keys and "d:1980:3:4" in keys
    assert store.patients_sharing_keys(session.store, ["d:1980:3:4"]) == [result.patient.id]
