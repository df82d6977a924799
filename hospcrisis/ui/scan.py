"""A barcode scanner is a keyboard: recognise a scanned wristband anywhere in the app.

Scanners "type" the code very fast (a few ms between characters) and end with Enter. The watcher
sees every key press of the application; when a burst of fast keys ending with Enter matches
`pattern`, it emits `scanned(code)`, swallows that Enter (so it does not press a dialog's default
button) and removes the code from the line edit it landed in.
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

# Humans rarely type two keys less than 35 ms apart, scanners always do.
MAX_GAP_S = 0.035
MIN_LENGTH = 8


class ScanWatcher(QObject):
    """Signals: scanned(str) — a code matching `pattern` was scanned."""

    scanned = Signal(str)

    def __init__(self, pattern: re.Pattern[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pattern = pattern
        self._buffer: list[str] = []
        self._last = 0.0
        self.clock = time.monotonic

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def feed(self, text: str, is_enter: bool) -> str | None:
        """Pure logic: one key; returns the scanned code when a scan just ended."""
        now = self.clock()
        if now - self._last > MAX_GAP_S:
            self._buffer.clear()
        self._last = now
        if is_enter:
            code = "".join(self._buffer).strip()
            self._buffer.clear()
            if len(code) >= MIN_LENGTH:
                match = self.pattern.search(code.upper())
                if match:
                    return match.group(0)
            return None
        if text and text.isprintable():
            self._buffer.append(text)
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.isAutoRepeat():
            return False
        # The same key event reaches the filter once per widget up the parent chain; only the
        # widget that has the focus counts.
        if watched is not QApplication.focusWidget() and QApplication.focusWidget() is not None:
            return False
        is_enter = event.key() in (0x01000004, 0x01000005)  # Qt.Key_Return, Qt.Key_Enter
        code = self.feed(event.text(), is_enter)
        if code is None:
            return False
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and focus.text().upper().endswith(code):
            focus.setText(focus.text()[: len(focus.text()) - len(code)])
        self.scanned.emit(code)
        return True
