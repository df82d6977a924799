"""GUI tests never hang on a forgotten modal dialog: it is closed and the test fails, naming it.

A modal dialog (message box, file dialog…) runs its own event loop; a test that did not expect
one would wait forever in CI. A watchdog timer, which still fires inside that nested loop,
closes any modal window left open for `MODAL_PATIENCE_S` and records what it said.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

MODAL_PATIENCE_S = 20


@pytest.fixture(autouse=True)
def _no_stuck_modal(qapp: QApplication) -> Iterator[None]:
    stuck: list[str] = []
    seen: dict[int, int] = {}

    def check() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            seen.clear()
            return
        ticks = seen.get(id(widget), 0) + 1
        seen[id(widget)] = ticks
        if ticks >= MODAL_PATIENCE_S:
            text = widget.windowTitle()
            if isinstance(widget, QMessageBox):
                text += f": {widget.text()} {widget.informativeText()}"
            stuck.append(f"{type(widget).__name__} {text!r}")
            widget.close()
            if hasattr(widget, "reject"):
                widget.reject()

    timer = QTimer()
    timer.setInterval(1000)
    timer.timeout.connect(check)
    timer.start()
    yield
    timer.stop()
    if stuck:
        pytest.fail(f"a modal dialog was left open and closed by the watchdog: {stuck}")
