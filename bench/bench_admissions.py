"""Admissions benchmarks, each beside a floor measured in the same run (issue 3).

* save one admission (patient + ID + admission + movements + triage + search row + blocking
  keys + audit entry, one committed transaction) vs a raw sqlite3 single-row committed insert
  in WAL / synchronous=FULL;
* `demo --admissions 100000` filler vs raw `executemany` of the very same rows into the same
  schema (read back from the filled database);
* ED board over 100,000 admissions: loading (query + rows) vs raw sqlite3 fetch + `sorted`;
  a sort change and a filter change vs plain Python `sorted` / list comprehension on tuples;
* search (name prefix or ID, top 50) over 200,000 patients vs a raw FTS5 prefix query on a bare
  FTS5 table of the same names;
* duplicate check of one new registration against 200,000 patients: median milliseconds.

Run: `python bench/run.py admissions` (about 3 minutes on a 2-core machine).
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import figure, interleaved

ADMISSIONS = 100_000
PATIENTS_FOR_SEARCH = 200_000
PASSWORD = "bench-pass-1"


def _session(path: Path) -> Any:
    from hospcrisis.core import station, units
    from hospcrisis.core.demo import DEMO_UNITS
    from hospcrisis.store.database import open_store

    store = open_store(path, create=True)
    session = station.initialise(store, station_code="BENCH", station_name="Bench",
                                 admin_username="admin", admin_password=PASSWORD)
    for code, name, kind, beds in DEMO_UNITS:
        units.create_unit(session, code=code, name=name, kind=kind, beds=beds)
    return session


def _raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                   "PRAGMA foreign_keys = ON"):
        conn.execute(pragma).fetchall()
    return conn


def _demo_figures(session: Any, folder: Path) -> list[dict[str, Any]]:
    from hospcrisis.core import admissions_demo
    from hospcrisis.store.database import open_store

    start = time.perf_counter()
    admissions_demo.fill(session, random.Random(1), {"admissions": ADMISSIONS})
    ours = time.perf_counter() - start

    # the very same rows, inserted raw into a fresh database with the same schema
    empty = folder / "floor.db"
    open_store(empty, create=True).close()
    conn = _raw_connection(empty)
    total = 0.0
    rows_total = 0
    conn.execute("BEGIN IMMEDIATE")
    for table in ("patient_search", "patient_block", "patient", "admission", "movement",
                  "triage"):
        if table == "patient_search":
            cur = session.store.conn.execute(
                "SELECT rowid, patient_id, names, ids, other FROM patient_search")
        else:
            cur = session.store.conn.execute(f'SELECT * FROM "{table}"')
        cols = [c[0] for c in cur.description]
        rows = cur.fetchall()
        sql = (f'INSERT INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
               f'VALUES ({", ".join("?" for _ in cols)})')
        started = time.perf_counter()
        conn.executemany(sql, rows)
        total += time.perf_counter() - started
        rows_total += len(rows)
        del rows
    started = time.perf_counter()
    conn.execute("COMMIT")
    total += time.perf_counter() - started
    conn.close()
    return [figure(f"admissions: demo --admissions {ADMISSIONS:,} ({rows_total:,} rows)", ours,
                   "s", total, target=3.0,
                   note="filler (generation + indexes + insert_many + audit) vs raw "
                        "executemany of the same rows, same schema")]


def _board_figures(session: Any) -> list[dict[str, Any]]:
    from hospcrisis import clock
    from hospcrisis.core import admissions
    from hospcrisis.store.admissions import BOARD_COLUMNS

    cols = ", ".join(BOARD_COLUMNS)
    sql = (f"SELECT {cols}, CAST((julianday(?) - julianday(a.arrival_at)) * 1440 AS INTEGER) "
           f"FROM admission a JOIN patient p ON p.id = a.patient_id")
    now = clock.now_iso()

    def raw_load() -> list[tuple[Any, ...]]:
        rows = session.store.conn.execute(sql, (now,)).fetchall()
        return sorted(rows, key=lambda r: r[2])

    holder: dict[str, Any] = {}

    def ours_load() -> None:
        holder["board"] = admissions.load_board(session, statuses=None)
        holder["board"].view(sort="waiting")

    load = interleaved({"ours": ours_load, "floor": raw_load}, repeat=5)
    board = holder["board"]
    tuples = raw_load()
    n = len(board.rows)
    sort = interleaved({
        "ours": lambda: board.view(sort="triage"),
        "floor": lambda: sorted(tuples, key=lambda r: (r[6] or "~", r[2])),
    }, repeat=7)
    filt = interleaved({
        "ours": lambda: board.view(levels={"2", "3A"}, areas={"boxes"}, sort="waiting"),
        "floor": lambda: sorted([r for r in tuples if r[6] in {"2", "3A"} and r[8] == "boxes"],
                                key=lambda r: r[2]),
    }, repeat=7)
    return [
        figure(f"admissions: ED board load + sort, {n:,} admissions", load["ours"], "s",
               load["floor"], target=2.0, note="SQL + rows built vs raw fetch + sorted"),
        figure(f"admissions: ED board sort change, {n:,} rows", sort["ours"], "s",
               sort["floor"], target=2.0, note="in memory, no query"),
        figure(f"admissions: ED board filter change, {n:,} rows", filt["ours"], "s",
               filt["floor"], target=2.0, note="in memory, no query"),
    ]


def _search_figures(session: Any, folder: Path) -> list[dict[str, Any]]:
    from hospcrisis.core import admissions

    count = session.store.scalar("SELECT count(*) FROM patient")
    bare = sqlite3.connect(folder / "bare_fts.db", isolation_level=None)
    bare.execute("CREATE VIRTUAL TABLE bare USING fts5(names, ids, "
                 "tokenize = 'unicode61 remove_diacritics 2')")
    bare.execute("BEGIN")
    bare.executemany("INSERT INTO bare (rowid, names, ids) VALUES (?, ?, ?)",
                     session.store.conn.execute(
                         "SELECT rowid, names, ids FROM patient_search").fetchall())
    bare.execute("COMMIT")
    some_id = session.store.scalar("SELECT provisional_id FROM patient "
                                   "WHERE provisional_id IS NOT NULL LIMIT 1 OFFSET 5000")
    queries = ["mar", "dup", "lef", "le gal", "hel", "jean pierre", "nguyen", "dia", "zo",
               some_id]

    def fts_query(text: str) -> str:
        from hospcrisis.core.identity import name_words

        return " AND ".join(f'"{w}"*' for w in name_words(text))

    floor_queries = [fts_query(q) for q in queries[:-1]]
    raw = session.store.conn

    def ours() -> None:
        for q in queries:
            admissions.search(session, q)

    def floor() -> None:
        for q in floor_queries:
            bare.execute("SELECT rowid, names FROM bare WHERE bare MATCH ? "
                         "ORDER BY rowid DESC LIMIT 50", (q,)).fetchall()
        # an ID is looked up exactly, raw too
        raw.execute("SELECT id, birth_name FROM patient WHERE provisional_id = ?",
                    (some_id,)).fetchall()

    timed = interleaved({"ours": ours, "floor": floor}, repeat=9)
    bare.close()
    return [figure(f"admissions: search top 50 over {count:,} patients ({len(queries)} "
                   f"queries)", timed["ours"] / len(queries), "s",
                   timed["floor"] / len(queries), target=3.0,
                   note="per query; 9 name/forename prefixes + 1 ID, patient rows built, vs "
                        "bare FTS5 (same tokenizer, same names) + raw indexed ID lookup")]


def _duplicate_figures(session: Any) -> list[dict[str, Any]]:
    from hospcrisis import clock
    from hospcrisis.core import admissions_demo, duplicates

    count = session.store.scalar("SELECT count(*) FROM patient")
    rng = random.Random(11)
    today = clock.local(clock.now()).date()
    existing = session.store.query("SELECT * FROM patient WHERE unknown = 0 "
                                   "ORDER BY random() LIMIT 60")
    identities = [admissions_demo.make_variant(r, admissions_demo.VARIANTS[i % 8], rng)
                  for i, r in enumerate(existing)]
    identities += [admissions_demo.make_identity(rng, today) for _ in range(60)]
    times = []
    found = 0
    for identity in identities:
        started = time.perf_counter()
        candidates = duplicates.candidates_for(session.store, {
            k: v for k, v in identity.items() if k != "id"})
        times.append(time.perf_counter() - started)
        found += bool(candidates)
    median_ms = statistics.median(times) * 1000
    return [figure(f"admissions: duplicate check vs {count:,} patients (median)", median_ms,
                   "ms", None, note=f"target ≤ 50 ms; p95 "
                   f"{sorted(times)[int(len(times) * 0.95)] * 1000:.1f} ms; "
                   f"{found}/{len(identities)} checks returned candidates")]


def _save_figures(session: Any, folder: Path) -> list[dict[str, Any]]:
    from hospcrisis.core import admissions
    from hospcrisis.core.identity import IdentityInput

    raw = _raw_connection(folder / "raw_insert.db")
    raw.execute("CREATE TABLE t (id TEXT PRIMARY KEY, station TEXT, created_at TEXT, "
                "birth_name TEXT, first_forename TEXT, birth_date TEXT)")
    counter = iter(range(10**9))
    rng = random.Random(3)
    names = ["MARTIN", "LEFÈVRE", "N'DIAYE", "LE GALL", "DUBOIS", "GARCIA"]

    def floor() -> None:
        i = next(counter)
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)",
                    (f"id-{i}", "BENCH", "2026-01-01T00:00:00.000Z", "MARTIN", "Paul",
                     "1970-01-01"))
        raw.execute("COMMIT")

    def identity() -> IdentityInput:
        return IdentityInput(birth_name=rng.choice(names), first_forename="Paul", sex="M",
                             birth_date=f"{rng.randint(1, 28):02d}/03/19{rng.randint(30, 99)}")

    def save() -> None:
        admissions.register_arrival(session, identity(),
                                    admissions.ArrivalInput(triage_level="3B",
                                                            complaint="Douleur"),
                                    check_duplicates=False)

    def save_with_check() -> None:
        admissions.register_arrival(session, identity(),
                                    admissions.ArrivalInput(triage_level="3B"))

    timed = interleaved({"save": save, "save_check": save_with_check, "floor": floor},
                        repeat=41, warmup=3)
    raw.close()
    return [
        figure("admissions: save one admission (one committed transaction)", timed["save"],
               "s", timed["floor"], target=2.0,
               note="patient+ID+admission+2 movements+triage+FTS+keys+audit vs raw "
                    "single-row committed insert, WAL/FULL; aim 1.5x"),
        figure("admissions: save one admission incl. duplicate check", timed["save_check"],
               "s", timed["floor"], note="what the dialog's Save does"),
    ]


def run() -> list[dict[str, Any]]:
    from hospcrisis.core import admissions_demo

    figures: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="hospcrisis-bench-") as tmp:
        folder = Path(tmp)
        session = _session(folder / "admissions.db")
        try:
            figures += _demo_figures(session, folder)
            figures += _board_figures(session)
            admissions_demo.fill(session, random.Random(2),
                                 {"admissions": PATIENTS_FOR_SEARCH - ADMISSIONS})
            figures += _search_figures(session, folder)
            figures += _duplicate_figures(session)
            figures += _save_figures(session, folder)
        finally:
            session.store.close()
    return figures


if __name__ == "__main__":  # pragma: no cover - `python bench/bench_admissions.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for fig in run():
        print(fig)
