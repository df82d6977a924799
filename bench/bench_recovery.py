"""Recovery: export of 100,000 admissions as HL7 v2.5 and as FHIR R4, and the import of a
100,000-record station bundle — each beside its raw floor, measured in the same run.

Floors (the same rows, the bare way):

* export: read the patients, admissions and movements from SQLite and write them as JSON lines
  (one `json.dumps` per row) to a file;
* import: read the same rows from a JSON-lines file (one `json.loads` per line) and insert them
  with raw `executemany` into a fresh database of the same schema, in one transaction.

Ours, end to end: `interop.export.export` (reading, building every message or resource,
writing, hashing, recording the export) and `interop.bundle.import_station_bundles` (reading
the file, scrypt at its real cost n = 2^17, AES-GCM, checking the audit chain, staging every
version, deciding winners, writing the rows and the patient indexes, one audit entry).

    python bench/run.py recovery
    HOSPCRISIS_BENCH_ADMISSIONS=20000 python bench/run.py recovery   # a quicker run
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from common import figure

ADMISSIONS = int(os.environ.get("HOSPCRISIS_BENCH_ADMISSIONS", "100000"))
BUNDLE_RECORDS = int(os.environ.get("HOSPCRISIS_BENCH_BUNDLE_RECORDS", "100000"))
PASSWORD = "bench-password-1"
PASSPHRASE = "bench passphrase for the bundle"
TARGET = 3.0


def _station(path: Path, code: str, admissions: int) -> Any:
    from hospcrisis.core import admissions_demo, demo, security, station, users
    from hospcrisis.store.database import open_store

    security.SCRYPT_LOG_N = 12  # accounts only: the bundle's scrypt keeps its real cost
    store = open_store(path, create=True)
    station.initialise(store, station_code=code, station_name=code, admin_username="admin",
                       admin_password=PASSWORD)
    session = users.login(store, "admin", PASSWORD)
    rng = random.Random(7)
    demo.fill_foundation(session, rng, {"admin_password": PASSWORD})
    admissions_demo.fill(session, rng, {"admissions": admissions})
    return session


def _rows(store: Any, tables: tuple[str, ...]) -> dict[str, list[dict[str, Any]]]:
    out = {}
    for table in tables:
        cur = store.conn.execute(f'SELECT * FROM "{table}" ORDER BY id')
        names = [c[0] for c in cur.description]
        out[table] = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    return out


def _export_floor(db: Path, out: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        with out.open("w", encoding="utf-8") as handle:
            for table in ("patient", "admission", "movement"):
                cur = conn.execute(f'SELECT * FROM "{table}"')
                names = [c[0] for c in cur.description]
                for row in cur:
                    handle.write(json.dumps(dict(zip(names, row, strict=True)),
                                            ensure_ascii=False) + "\n")
    finally:
        conn.close()


def _bundle_tables(session: Any) -> list[str]:
    from hospcrisis.store import recovery as rstore

    return [t for t, info in rstore.record_tables(session.store).items()
            if rstore.table_count(session.store, t)]


def run() -> list[dict]:
    from hospcrisis.core import security, station, users
    from hospcrisis.interop import bundle, export
    from hospcrisis.store.database import open_store

    tmp = Path(tempfile.mkdtemp(prefix="hospcrisis-bench-recovery-"))
    figures = []
    try:
        # --- exports of ADMISSIONS admissions -------------------------------------------------
        started = time.perf_counter()
        big = _station(tmp / "big.db", "URGA", ADMISSIONS)
        print(f"   built {ADMISSIONS} admissions in {time.perf_counter() - started:.1f} s",
              flush=True)
        counter = iter(range(10_000))

        def ours(fmt: str) -> None:
            target = tmp / f"out-{fmt}-{next(counter)}"
            export.export(big, fmt, target, export.ExportOptions(batch=True))
            shutil.rmtree(target)

        def floor() -> None:
            target = tmp / "floor.jsonl"
            _export_floor(tmp / "big.db", target)
            target.unlink()

        for fmt, label in (("hl7", "HL7 v2.5 batch"), ("fhir", "FHIR R4 bundles")):
            times = {"ours": [], "floor": []}
            for i in range(4):
                for name, fn in (("floor", floor), ("ours", lambda f=fmt: ours(f))):
                    t = time.perf_counter()
                    fn()
                    if i:  # the first round warms the caches
                        times[name].append(time.perf_counter() - t)
            ours_s = sorted(times["ours"])[len(times["ours"]) // 2]
            floor_s = sorted(times["floor"])[len(times["floor"]) // 2]
            figures.append(figure(
                f"recovery: export {ADMISSIONS} admissions as {label}", ours_s, "s", floor_s,
                target=TARGET, note="floor: the same patients, admissions and movements read "
                "from SQLite and written as JSON lines; median of 3 alternating runs"))
        big.store.close()

        # --- import of a BUNDLE_RECORDS-record bundle ------------------------------------------
        per_admission = 7.1  # patient, admission, ~4 movements, ~1 triage entry
        small = _station(tmp / "station.db", "URGB", int(BUNDLE_RECORDS / per_admission))
        bundle.SCRYPT_LOG_N = 17
        file = tmp / "station.hcbundle"
        bundle.export_station_bundle(small, file, PASSPHRASE)
        tables = _bundle_tables(small)
        from hospcrisis.store import recovery as rstore

        order = rstore.dependency_order(rstore.record_tables(small.store))
        rows = _rows(small.store, tuple(tables))
        records = sum(len(r) for r in rows.values())
        small.store.close()
        lines = tmp / "station.jsonl"
        with lines.open("w", encoding="utf-8") as handle:
            for table, table_rows in rows.items():
                for row in table_rows:
                    handle.write(json.dumps([table, row], ensure_ascii=False) + "\n")
        state: dict[str, Any] = {}

        def fresh(name: str) -> Any:
            path = tmp / f"{name}-{next(counter)}.db"
            store = open_store(path, create=True)
            station.initialise(store, station_code="RECOV", station_name="Recovery",
                               admin_username="admin", admin_password=PASSWORD)
            return users.login(store, "admin", PASSWORD)

        def setup_ours() -> None:
            if "session" in state:
                state.pop("session").store.close()
            state["session"] = fresh("recov")

        def ours_import() -> None:
            bundle.import_station_bundles(state["session"], [file], PASSPHRASE)

        def setup_floor() -> None:
            if "session" in state:
                state.pop("session").store.close()
            state["session"] = fresh("floor")

        def floor_import() -> None:
            conn = state["session"].store.conn
            grouped: dict[str, list[dict[str, Any]]] = {}
            with lines.open(encoding="utf-8") as handle:
                for line in handle:
                    table, row = json.loads(line)
                    grouped.setdefault(table, []).append(row)
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("PRAGMA defer_foreign_keys = ON")
            for table in order:
                table_rows = grouped.get(table, [])
                if table in ("user", "setting") or not table_rows:
                    continue
                cols = [c for c in table_rows[0] if c != "search_rowid"]
                conn.executemany(
                    f'INSERT OR IGNORE INTO "{table}" ({", ".join(cols)}) '
                    f'VALUES ({", ".join("?" for _ in cols)})',
                    [[r.get(c) for c in cols] for r in table_rows])
            conn.execute("COMMIT")

        security.SCRYPT_LOG_N = 12
        times: dict[str, list[float]] = {"ours": [], "floor": []}
        for i in range(4):  # alternating, the first round warms the caches
            for name, setup, fn in (("floor", setup_floor, floor_import),
                                    ("ours", setup_ours, ours_import)):
                setup()
                t = time.perf_counter()
                fn()
                if i:
                    times[name].append(time.perf_counter() - t)
        state.pop("session").store.close()
        ours_s = sorted(times["ours"])[1]
        floor_s = sorted(times["floor"])[1]
        figures.append(figure(
            f"recovery: import a bundle of {records} records", ours_s, "s", floor_s,
            target=TARGET, note="ours includes scrypt n=2^17 (~0.3 s), AES-GCM, the audit "
            "chain check, staging, patient indexes; floor: the same rows read from JSON "
            "lines and inserted with raw executemany; median of 3 alternating runs"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return figures
