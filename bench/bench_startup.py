"""Cold start: process start → first window painted (login), beside a bare Qt window."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import figure

HERE = Path(__file__).resolve().parent
RUNS = 11


def _time_to_first_paint(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                            text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "first-paint":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{argv} never painted")
    proc.wait(timeout=30)
    return elapsed


def run() -> list[dict]:
    tmp = Path(tempfile.mkdtemp(prefix="hospcrisis-bench-"))
    db = tmp / "station.db"
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "HOSPCRISIS_ADMIN_PASSWORD": "bench-password", "XDG_CONFIG_HOME": str(tmp)}
    # Measure the app as installed: byte-code cached, like pip does for site-packages.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(HERE.parent / "hospcrisis")],
                   check=True, env=env)
    subprocess.run([sys.executable, "-m", "hospcrisis", "--db", str(db), "init", "--station",
                    "BENCH"], check=True, env=env, capture_output=True)
    app = [sys.executable, "-m", "hospcrisis", "--db", str(db)]
    bare = [sys.executable, str(HERE / "bare_qt.py")]
    app_env = {**env, "HOSPCRISIS_BENCH_FIRST_PAINT": "1"}
    for _ in range(2):  # warm the file cache for both
        _time_to_first_paint(bare, env)
        _time_to_first_paint(app, app_env)
    ours, floor = [], []
    for _ in range(RUNS):
        floor.append(_time_to_first_paint(bare, env))
        ours.append(_time_to_first_paint(app, app_env))
    return [figure("startup: process start to first window painted (login)",
                   statistics.median(ours), "s", statistics.median(floor), target=1.5,
                   note=f"median of {RUNS} alternating runs; floor = bare PySide6 QMainWindow")]
