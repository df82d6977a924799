"""`make bench`: run every benchmark module, write bench/results.json, print a table.

    python bench/run.py                 # everything
    python bench/run.py admissions      # only bench/bench_admissions.py (other figures kept)

Each module `bench/bench_<area>.py` has `run() -> list[dict]` built with `common.figure`.
"""

from __future__ import annotations

import importlib
import json
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

# In the order they run.
MODULES = ["startup", "admissions", "board", "recovery", "forms", "surgery"]


def main(argv: list[str]) -> int:
    chosen = argv or MODULES
    unknown = [m for m in chosen if m not in MODULES]
    if unknown:
        print(f"unknown benchmark module(s): {', '.join(unknown)}; known: {', '.join(MODULES)}")
        return 2
    previous = []
    if RESULTS.exists() and argv:
        previous = json.loads(RESULTS.read_text(encoding="utf-8"))
    figures = [f for f in previous if f.get("module") not in chosen]
    for name in chosen:
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        module = importlib.import_module(f"bench_{name}")
        for fig in module.run():
            fig["module"] = name
            fig["measured_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            figures.append(fig)
            _print_row(fig)
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    order = {m: i for i, m in enumerate(MODULES)}
    figures.sort(key=lambda f: order.get(f["module"], 99))
    machine = f"{platform.machine()} python {platform.python_version()}"
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    for fig in figures:
        fig.setdefault("machine", machine)
        fig.setdefault("measured_at", stamp)
    # A list of {name, value, unit, floor, ratio, ...}, as IT scripts expect.
    payload = figures
    tmp = RESULTS.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(RESULTS)
    print(f"\nwrote {RESULTS.relative_to(HERE.parent)}")
    print(f"\n{'figure':<58} {'value':>12} {'floor':>12} {'ratio':>7} {'target':>7}")
    for fig in figures:
        _print_row(fig)
    return 0


def _print_row(fig: dict) -> None:
    def num(v: float | None) -> str:
        return "-" if v is None else f"{v:.4g}"
    target = fig.get("target_ratio")
    flag = ""
    if target is not None and fig.get("ratio") is not None:
        flag = " ok" if fig["ratio"] <= target else " OVER"
    print(f"{fig['name']:<58} {num(fig['value']):>9} {fig['unit']:<3}"
          f"{num(fig['floor']):>12} {num(fig['ratio']):>7} {num(target):>7}{flag}", flush=True)


if __name__ == "__main__":
    status = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    # The Qt benchmarks leave widgets owned by a QApplication that Python would tear down in
    # an arbitrary order at exit; the figures are written, so leave without that teardown.
    os._exit(status)
