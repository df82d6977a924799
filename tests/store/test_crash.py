"""A power cut or `kill -9` loses nothing that was confirmed as saved."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hospcrisis.core import station
from hospcrisis.store import audit
from hospcrisis.store.database import integrity_check, open_store

from ..conftest import ADMIN_PASSWORD

KILLS = 50

WRITER = """
import sys
from hospcrisis.store.database import open_store, system_actor
store = open_store(sys.argv[1])
actor = system_actor("CRASH")
start = int(sys.argv[2])
for i in range(start, start + 100000):
    with store.transaction(actor, "test.write", "setting") as tx:
        tx.insert("setting", {"key": f"w{i}", "value": "x" * (i % 300)})
    # Only now is the write confirmed: the COMMIT has returned.
    print(i, flush=True)
"""


@pytest.mark.slow
def test_kill_9_during_a_loop_of_writes_loses_no_confirmed_write(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    s = open_store(path, create=True)
    station.initialise(s, station_code="CRASH", station_name="Crash test",
                       admin_username="admin", admin_password=ADMIN_PASSWORD)
    s.close()
    rng = random.Random(20261129)
    confirmed: set[int] = set()
    next_key = 0
    for _kill in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(next_key)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        first = child.stdout.readline()  # wait until it writes, then kill at a random point
        if first.strip():
            confirmed.add(int(first))
        time.sleep(rng.uniform(0.0, 0.15))
        os.kill(child.pid, signal.SIGKILL)
        rest, _ = child.communicate()
        confirmed.update(int(line) for line in rest.split() if line.strip())
        next_key = max(confirmed, default=next_key) + 1000

        store = open_store(path)
        try:
            assert integrity_check(store) == []
            present = {int(r["key"][1:]) for r in store.query(
                "SELECT key FROM setting WHERE key LIKE 'w%'")}
            lost = confirmed - present
            assert not lost, f"confirmed writes lost after kill: {sorted(lost)[:10]}"
            assert audit.verify(store).ok
        finally:
            store.close()
    assert len(confirmed) > KILLS
