"""The systems summary always visible in the main window's status bar.

``SI : 3 hors service · 2 partiels`` in red when something is down, orange when something is
partial or never reported, green when all works. Refreshes when the crisis area saves
something and every minute; a click opens the systems status. Kept small: it is imported with
the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from hospcrisis.core import systems
from hospcrisis.core.security import Permission
from hospcrisis.errors import HospcrisisError
from hospcrisis.ui import style
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.i18n import tr

if TYPE_CHECKING:
    from hospcrisis.ui.crisis.section import CrisisSection

REFRESH_MS = 60_000
LEVEL_COLOURS = {"critical": (style.RED, "white"), "warning": (style.ORANGE, "white"),
                 "ok": (style.GREEN, "white")}


def summary_text(summary: systems.StatusSummary) -> str:
    """``IS: 3 down · 2 partial`` in the user's language."""
    parts = []
    down = len(summary.down)
    partial = len(summary.partial)
    unknown = len(summary.unknown)
    if down:
        parts.append(tr("{n} down", n=down))
    if partial:
        parts.append(tr("{n} partial", n=partial) if partial == 1
                     else tr("{n} partially functional", n=partial))
    if unknown:
        parts.append(tr("{n} not reported", n=unknown) if unknown == 1
                     else tr("{n} never reported", n=unknown))
    if not summary.total:
        return tr("IS: no system followed")
    if not parts:
        return tr("IS: all systems functional")
    return tr("IS: {states}", states=" · ".join(parts))


class SystemsIndicator(QLabel):
    """A coloured label summing up the systems status; click: open the systems tab."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("systemsIndicator")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.level = ""
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        context.data_changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, area: str) -> None:
        if area == "crisis":
            self.refresh()

    def refresh(self) -> None:
        try:
            summary = systems.summary(self.context.session)
        except HospcrisisError:
            self.setText("")
            self.hide()
            return
        self.level = summary.level
        self.setText(summary_text(summary))
        lines = [summary.text]
        if summary.down:
            lines.append(tr("Down: {names}", names=", ".join(summary.down)))
        if summary.partial:
            lines.append(tr("Partially functional: {names}", names=", ".join(summary.partial)))
        if summary.unknown:
            lines.append(tr("Not reported: {names}", names=", ".join(summary.unknown)))
        lines.append(tr("Click to open the systems status."))
        self.setToolTip("\n".join(lines))
        background, colour = LEVEL_COLOURS.get(summary.level, LEVEL_COLOURS["warning"])
        self.setStyleSheet(f"QLabel#systemsIndicator {{ background: {background}; "
                           f"color: {colour}; font-weight: bold; border-radius: 3px; "
                           f"padding: 1px 8px; margin: 1px 4px; }}")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.context.section_requested.emit("crisis")
            section = self._crisis_section()
            if section is not None:
                section.show_tab("systems")
        super().mousePressEvent(event)

    def _crisis_section(self) -> CrisisSection | None:
        from hospcrisis.ui.crisis.section import CrisisSection

        window = self.window()
        found = window.findChildren(CrisisSection) if window is not None else []
        return found[0] if found else None


def systems_indicator(context: AppContext) -> QWidget:
    """Status-bar factory (`sections.STATUS_WIDGETS`)."""
    indicator = SystemsIndicator(context)
    if not context.session.can(Permission.CRISIS_READ):
        indicator.hide()
    return indicator
