"""What the crisis screens share: colours that mean something, icons, tables, inline errors,
work off the UI thread, and printing through the app's print framework."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMetaMethod, QObject, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core.session import Session
from hospcrisis.ui import style, workers
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import report_failure
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.widgets import (  # noqa: F401 - used by the crisis screens
    ProblemLabel,
    selected_row,
    selected_rows,
    table,
)
from hospcrisis.ui.workers import worker_session  # noqa: F401 - used by the crisis screens

# --- colours that mean something ------------------------------------------------------------------

BLUE = "#2b6cb0"
BLUE_BG = "#ebf4ff"
GREY_BG = "#f1f3f5"
NAVY = style.NAVY

#: main courante kinds → (text colour, light background, symbol drawn in the icon)
KIND_STYLE: dict[str, tuple[str, str, str]] = {
    "alert": (style.RED, style.RED_BG, "!"),
    "decision": (NAVY, BLUE_BG, "D"),
    "action": (style.GREEN, style.GREEN_BG, "A"),
    "information": (style.GREY, GREY_BG, "i"),
}

#: systems states → (strong colour, light background)
STATE_STYLE: dict[str, tuple[str, str]] = {
    "down": (style.RED, style.RED_BG),
    "partial": (style.ORANGE, style.ORANGE_BG),
    "functional": (style.GREEN, style.GREEN_BG),
    "na": ("#9e9e9e", GREY_BG),
    "unknown": ("#78909c", "#eceff1"),
}

#: chart colour hints of the core → screen colours
HINT_COLOURS: dict[str, str] = {
    "red": style.RED, "orange": "#f57c00", "yellow": "#fbc02d", "green": "#43a047",
    "blue": "#64b5f6", "grey": "#9e9e9e", "gray": "#9e9e9e", "black": "#424242",
    "purple": "#8e6cc4",
}
PALETTE = ("#1f3a5f", "#5b9bd5", "#f57c00", "#43a047", "#8e6cc4", "#8d6e63", "#ec6190",
           "#9e9e9e")

_icons: dict[tuple[str, str], QIcon] = {}


def badge_icon(colour: str, symbol: str = "", size: int = 16) -> QIcon:
    """A round coloured badge with a white symbol (cached)."""
    key = (colour, symbol)
    icon = _icons.get(key)
    if icon is None:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        if symbol:
            font = QFont()
            font.setBold(True)
            font.setPixelSize(int(size * 0.62))
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(pixmap.rect(), int(Qt.AlignmentFlag.AlignCenter), symbol)
        painter.end()
        icon = QIcon(pixmap)
        _icons[key] = icon
    return icon


def kind_icon(kind: str) -> QIcon:
    colour, _bg, symbol = KIND_STYLE.get(kind, KIND_STYLE["information"])
    return badge_icon(colour, symbol)


def state_icon(state: str) -> QIcon:
    return badge_icon(STATE_STYLE.get(state, STATE_STYLE["unknown"])[0])


# --- texts ----------------------------------------------------------------------------------------


def elapsed_text(minutes: int) -> str:
    """``45 min``, ``2 h 05``, ``3 d 04 h`` (time since an activation)."""
    if minutes < 60:
        return tr("{n} min", n=max(minutes, 0))
    if minutes < 48 * 60:
        return tr("{h} h {m:02d}", h=minutes // 60, m=minutes % 60)
    return tr("{d} d {h:02d} h", d=minutes // 1440, h=minutes % 1440 // 60)


def short_time(moment: str | None) -> str:
    """``14:05`` today, ``28/11 14:05`` another day (local time)."""
    if not moment:
        return ""
    local = clock.local(moment)
    if local.date() == clock.local(clock.now()).date():
        return local.strftime("%H:%M")
    return local.strftime("%d/%m %H:%M")


# --- tables and errors ----------------------------------------------------------------------------


# --- work off the UI thread -----------------------------------------------------------------------


# --- printing -------------------------------------------------------------------------------------


def _connected(obj: QObject, signal_name: str) -> bool:
    meta = obj.metaObject()
    for index in range(meta.methodCount()):
        method = meta.method(index)
        if method.methodType() == QMetaMethod.MethodType.Signal and \
                bytes(method.name().data()).decode() == signal_name:
            return obj.isSignalConnected(method)
    return False


def open_file(path: Path) -> None:
    """Open a file with the system's viewer (replaced in tests)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_pdf_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Where to write a PDF (replaced in tests)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save the PDF"), str(Path(folder or Path.home()) / suggested),
        tr("PDF document (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


class Printer:
    """Print a `hospcrisis.printing.PrintRequest` from a crisis screen.

    When the app's print framework listens to `AppContext.print_requested` (preview, then
    printer), the request goes there. Otherwise the PDF is written to a file chosen in a save
    dialog, in a worker, and opened with the system's viewer.
    """

    ask_path: Callable[[QWidget | None, str], Path | None] = staticmethod(ask_pdf_path)
    open_path: Callable[[Path], None] = staticmethod(open_file)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        self.context = context
        self.parent = parent
        self.last_path: Path | None = None

    def print(self, request: Any, suggested: str,
              on_done: Callable[[Any], None] | None = None) -> None:
        if _connected(self.context, "print_requested"):
            self.context.print_requested.emit(request)
            if on_done is not None:
                on_done(None)
            return
        path = type(self).ask_path(self.parent, suggested)
        if path is None:
            return
        from hospcrisis import printing

        def job(session: Session, progress: Any, cancelled: Any) -> Any:
            return printing.run(session, request, path, progress=progress, cancelled=cancelled)

        def done(outcome: Any) -> None:
            self.last_path = path
            self.context.message_posted.emit(tr("{pages} page(s) written to {path}.",
                                                pages=outcome.pages, path=path))
            if on_done is not None:
                on_done(outcome)
            type(self).open_path(path)

        run_job(self.context, job, done, report_failure(self.parent), parent=self.parent,
                label=tr("Writing the PDF…"))


def run_job(context: AppContext, fn: Callable[..., Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException, str], None], *, parent: QWidget | None = None,
            label: str | None = None) -> workers.Job | None:
    """`workers.run_session_job` for this context's session."""
    return workers.run_session_job(context.session, fn, on_done, on_error, parent=parent,
                                   label=label)
