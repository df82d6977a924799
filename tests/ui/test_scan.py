"""A wristband scanned anywhere is recognised; a human typing the same text is not."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from hospcrisis.ui.scan import ScanWatcher

PATTERN = re.compile(r"[A-Z][A-Z0-9]{1,7}-\d{6}-[0-9A-Z]")


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def feed_text(watcher: ScanWatcher, clock: FakeClock, text: str, gap: float) -> str | None:
    for char in text:
        clock.now += gap
        assert watcher.feed(char, False) is None
    clock.now += gap
    return watcher.feed("", True)


def test_fast_keys_ending_with_enter_are_a_scan(qapp) -> None:
    clock = FakeClock()
    watcher = ScanWatcher(PATTERN)
    watcher.clock = clock
    assert feed_text(watcher, clock, "URG1-000042-K", 0.004) == "URG1-000042-K"


def test_a_qr_payload_gives_the_id_inside_it(qapp) -> None:
    clock = FakeClock()
    watcher = ScanWatcher(PATTERN)
    watcher.clock = clock
    assert feed_text(watcher, clock, "HC1|URG1-000042-K|DUPONT|MARIE", 0.003) == "URG1-000042-K"


def test_human_typing_is_not_a_scan(qapp) -> None:
    clock = FakeClock()
    watcher = ScanWatcher(PATTERN)
    watcher.clock = clock
    assert feed_text(watcher, clock, "URG1-000042-K", 0.15) is None
    assert feed_text(watcher, clock, "DUPONT", 0.004) is None  # fast but not an ID


def test_the_scanned_code_leaves_the_field_it_landed_in(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.setText("Douleur ")
    watcher = ScanWatcher(PATTERN)
    watcher.start()
    try:
        with qtbot.waitSignal(watcher.scanned) as blocker:
            qtbot.keyClicks(edit, "URG1-000042-K")
            qtbot.keyClick(edit, Qt.Key.Key_Return)
    finally:
        watcher.stop()
    assert blocker.args == ["URG1-000042-K"]
    assert edit.text() == "Douleur "
