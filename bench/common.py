"""Helpers for benchmarks: every figure is measured beside its floor, in the same run.

A floor is the same work done by the bare library (raw sqlite3, raw reportlab, a bare Qt
window); the ratio `value / floor` is what the issues set targets for, so a slow machine slows
both sides alike.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from typing import Any


def median_seconds(fn: Callable[[], Any], repeat: int = 7, warmup: int = 1,
                   setup: Callable[[], Any] | None = None) -> float:
    """Median wall time of `fn()` over `repeat` runs (after `warmup` runs); `setup` untimed."""
    for _ in range(warmup):
        if setup:
            setup()
        fn()
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved(fns: dict[str, Callable[[], Any]], repeat: int = 7,
                warmup: int = 1) -> dict[str, float]:
    """Median seconds of several functions measured in alternation (fair to each)."""
    for _ in range(warmup):
        for fn in fns.values():
            fn()
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            gc.collect()
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def figure(name: str, value: float, unit: str, floor: float | None, *,
           target: float | None = None, note: str = "", higher_is_better: bool = False
           ) -> dict[str, Any]:
    """One line of bench/results.json. `ratio` > 1 always means "worse than the floor"."""
    ratio = None
    if floor:
        ratio = (floor / value) if higher_is_better else (value / floor)
    return {
        "name": name,
        "value": round(value, 6),
        "unit": unit,
        "floor": round(floor, 6) if floor is not None else None,
        "ratio": round(ratio, 3) if ratio is not None else None,
        "target_ratio": target,
        "note": note,
    }
