"""ED board GUI over 100,000 admissions, each figure beside its floor measured in this run.

The floor is what the issue sets: the same rows fetched, sorted or filtered in plain Python and
handed to a bare `QAbstractTableModel` (display role only) with a model reset, shown in a bare
`QTableView` and painted. Ours is the real board section: `admissions.load_board` + `view()`,
the board model (rows formatted on first paint), filters, sort, colours, counts.

* first paint: build the section (load, sort, model) → window painted;
* sort change (by name) and filter change (one triage level): rows handed over → painted;
* scrolling: one page down, painted (each newly shown row is formatted then).

Run: `QT_QPA_PLATFORM=offscreen python bench/run.py board` (about 1 minute on 2 cores).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import figure, interleaved

ADMISSIONS = int(os.environ.get("BENCH_BOARD_ADMISSIONS", "100000"))
PASSWORD = "bench-pass-1"
REPEAT_PAINT = 3


def _session(path: Path) -> Any:
    from hospcrisis.core import admissions_demo, station, units
    from hospcrisis.core.demo import DEMO_UNITS
    from hospcrisis.store.database import open_store

    store = open_store(path, create=True)
    session = station.initialise(store, station_code="BENCH", station_name="Bench",
                                 admin_username="admin", admin_password=PASSWORD)
    for code, name, kind, beds in DEMO_UNITS:
        units.create_unit(session, code=code, name=name, kind=kind, beds=beds)
    admissions_demo.fill(session, random.Random(1), {"admissions": ADMISSIONS})
    return session


def _bare_model_class() -> Any:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    class BareModel(QAbstractTableModel):
        """The floor: tuples as given, the display role only."""

        COLUMNS = (6, 28, 5, 16, 18, 14, 9, 8, 3, 2)  # as many columns as the board

        def __init__(self) -> None:
            super().__init__()
            self.rows: list[tuple[Any, ...]] = []

        def set_rows(self, rows: list[tuple[Any, ...]]) -> None:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.COLUMNS)

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                value = self.rows[index.row()][self.COLUMNS[index.column()]]
                return "" if value is None else str(value)
            return None

    return BareModel


def run() -> list[dict[str, Any]]:
    from PySide6.QtWidgets import QApplication, QTableView

    from hospcrisis import clock
    from hospcrisis.core import triage
    from hospcrisis.store import admissions as store_admissions
    from hospcrisis.ui import i18n as ui_i18n
    from hospcrisis.ui import style
    from hospcrisis.ui.admissions.board import SCOPE_ALL, BoardSection
    from hospcrisis.ui.context import AppContext

    app = QApplication.instance() or QApplication(["bench"])
    style.apply(app)
    ui_i18n.install("fr")
    BareModel = _bare_model_class()
    figures: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="hospcrisis-bench-board-") as tmp:
        session = _session(Path(tmp) / "board.db")
        context = AppContext(session, session.store.path)
        try:
            # -- first paint ------------------------------------------------------------------
            def ours_first() -> float:
                started = time.perf_counter()
                board = BoardSection(context, scope=SCOPE_ALL)
                board.resize(1060, 720)
                board.show()
                board.grab()  # paints every visible cell, exposed or not (offscreen)
                elapsed = time.perf_counter() - started
                assert board.model._cache, "nothing was painted"
                board.timer.stop()
                board.close()
                board.deleteLater()
                app.processEvents()
                return elapsed

            targets = triage.TARGETS
            waiting = {"arrived", "triaged"}

            def overdue_first(r: tuple[Any, ...]) -> tuple[Any, ...]:
                # the board's default order (most overdue first), on the raw tuples
                target = targets.get((r[5], r[6]))
                late = target is not None and r[3] in waiting and r[28] > target
                return (not late, -(r[28] - (target or 0)), r[2])

            def floor_first() -> float:
                started = time.perf_counter()
                rows = store_admissions.board_rows(session.store, None, clock.now_iso())
                rows = sorted(rows, key=overdue_first)
                model = BareModel()
                model.set_rows(rows)
                view = QTableView()
                view.setModel(model)
                view.resize(1060, 720)
                view.show()
                view.grab()
                elapsed = time.perf_counter() - started
                view.close()
                view.deleteLater()
                app.processEvents()
                return elapsed

            ours_first()  # warm-up (imports, fonts)
            floor_first()
            ours_times, floor_times = [], []
            for _ in range(REPEAT_PAINT):
                ours_times.append(ours_first())
                floor_times.append(floor_first())
            first_ours, first_floor = statistics.median(ours_times), statistics.median(
                floor_times)

            # -- sort and filter changes on a live board ---------------------------------------
            board = BoardSection(context, scope=SCOPE_ALL)
            board.resize(1060, 720)
            board.show()
            board.grab()
            board.timer.stop()
            n = len(board.model.rows)
            tuples = store_admissions.board_rows(session.store, None, clock.now_iso())
            bare = BareModel()
            view = QTableView()
            view.setModel(bare)
            view.resize(1060, 720)
            bare.set_rows(sorted(tuples, key=lambda r: r[2]))
            view.show()
            view.grab()
            toggle = {"ours": False, "floor": False}

            def ours_sort() -> None:
                toggle["ours"] = not toggle["ours"]
                board.sort_by("name", descending=toggle["ours"])
                board.view.viewport().grab()

            def floor_sort() -> None:
                toggle["floor"] = not toggle["floor"]
                bare.set_rows(sorted(tuples, key=lambda r: (r[16].casefold(),
                                                            r[18].casefold()),
                                     reverse=toggle["floor"]))
                view.viewport().grab()

            sort = interleaved({"ours": ours_sort, "floor": floor_sort}, repeat=7)
            board.sort_by("waiting")
            levels = ["3B", "4"]
            turn = {"ours": 0, "floor": 0}

            def ours_filter() -> None:
                turn["ours"] += 1
                board.level_filter.set_code(levels[turn["ours"] % 2])
                board.view.viewport().grab()

            def floor_filter() -> None:
                turn["floor"] += 1
                level = levels[turn["floor"] % 2]
                bare.set_rows(sorted([r for r in tuples if r[6] == level],
                                     key=lambda r: r[2]))
                view.viewport().grab()

            filt = interleaved({"ours": ours_filter, "floor": floor_filter}, repeat=7)
            board.level_filter.set_code("")
            bare.set_rows(sorted(tuples, key=lambda r: r[2]))

            # -- scrolling: a page at a time through fresh rows --------------------------------
            pages = 200

            def scroll(table: QTableView) -> float:
                bar = table.verticalScrollBar()
                bar.setValue(0)
                table.viewport().grab()
                started = time.perf_counter()
                for _ in range(pages):
                    bar.setValue(bar.value() + bar.pageStep())
                    table.viewport().grab()
                return (time.perf_counter() - started) / pages

            board.reload()  # new load: every row unformatted again
            scroll_ours = scroll(board.view)
            assert len(board.model._cache) > pages * 10, "scrolling painted nothing"
            scroll_floor = scroll(view)
            board.close()
            view.close()
        finally:
            session.store.close()

    figures += [
        figure(f"board GUI: first paint, {n:,} admissions", first_ours, "s", first_floor,
               target=2.0, note="section built (load_board + view + model) and painted vs "
                                "raw board rows + sorted (same order: overdue first) + "
                                "bare model reset + bare view painted"),
        figure(f"board GUI: sort change (name), {n:,} rows", sort["ours"], "s",
               sort["floor"], target=2.0, note="view(sort) + reset + repaint vs sorted "
                                               "tuples + bare reset + repaint"),
        figure(f"board GUI: filter change (triage level), {n:,} rows", filt["ours"], "s",
               filt["floor"], target=2.0, note="view(levels) + reset + repaint vs list "
                                               "comprehension + sorted + bare reset + "
                                               "repaint"),
        figure("board GUI: scroll one page (rows formatted on first paint)", scroll_ours,
               "s", scroll_floor,
               note=f"mean of {pages} pages, each painted; the first paint of a row "
                    "formats it"),
    ]
    return figures


if __name__ == "__main__":  # pragma: no cover - `python bench/bench_board.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for fig in run():
        print(fig)
