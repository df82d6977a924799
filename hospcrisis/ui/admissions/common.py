"""Small pieces shared by the admissions screens: field errors, keyboard-friendly combos,
tables, reason prompts, waiting-time text, running a service off the UI thread."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core.session import Session
from hospcrisis.errors import HospcrisisError, ValidationError
from hospcrisis.ui import workers
from hospcrisis.ui.dialogs import show_error
from hospcrisis.ui.i18n import tr

# --- text -----------------------------------------------------------------------------------


def duration_text(minutes: int | None) -> str:
    """`8 min`, `1 h 05`, `2 j 03 h` — how long, in the user's language."""
    if minutes is None:
        return ""
    minutes = max(int(minutes), 0)
    if minutes < 60:
        return tr("{n} min", n=minutes)
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        return tr("{h} h {m}", h=hours, m=f"{rest:02d}")
    days, hours = divmod(hours, 24)
    return tr("{d} d {h} h", d=days, h=f"{hours:02d}")


def time_text(iso: str | None, today: str | None = None) -> str:
    """`14:05` for today, `28/11 14:05` otherwise (local time)."""
    if not iso:
        return ""
    local = clock.local(iso)
    day = local.strftime("%Y-%m-%d")
    if today is None:
        today = clock.local(clock.now()).strftime("%Y-%m-%d")
    return local.strftime("%H:%M") if day == today else local.strftime("%d/%m %H:%M")


def text_colour_on(background: str) -> str:
    """Black or white, whichever reads best on `background`."""
    colour = QColor(background)
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return "#000000" if luminance > 150 else "#ffffff"


# --- field errors ---------------------------------------------------------------------------


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Turn the red `invalid` style of ui/style.py on or off."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldBox(QWidget):
    """An input with its error message right under it (hidden while the field is fine)."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout.addWidget(self.error)
        self.setFocusProxy(field)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        set_invalid(self.field, bool(message))
        self.field.setToolTip(message)


class FieldErrors:
    """Shows a `ValidationError` on the fields it names (core field names → boxes)."""

    def __init__(self, banner: QLabel | None = None) -> None:
        self.boxes: dict[str, FieldBox] = {}
        self.banner = banner

    def add(self, name: str, box: FieldBox) -> FieldBox:
        self.boxes[name] = box
        return box

    def clear(self) -> None:
        for box in self.boxes.values():
            box.set_error("")
        if self.banner is not None:
            self.banner.hide()
            self.banner.clear()

    def show(self, error: ValidationError | Iterable[tuple[str, str]],
             summary: str = "") -> list[str]:
        """Mark every named field; put the rest (and a summary) in the banner. Focuses the
        first field in error. Returns the messages no field took."""
        self.clear()
        problems = list(error.problems or [("", error.message)]) \
            if isinstance(error, ValidationError) else list(error)
        per_field: dict[str, list[str]] = {}
        loose: list[str] = []
        for field, message in problems:
            if field in self.boxes and self.boxes[field].isEnabled():
                per_field.setdefault(field, []).append(message)
            else:
                loose.append(message)
        first: FieldBox | None = None
        for name, box in self.boxes.items():
            if name in per_field:
                box.set_error("\n".join(per_field[name]))
                if first is None:
                    first = box
        if self.banner is not None:
            lines = [summary or tr("Correct the fields in red: nothing was saved.")]
            lines += [f"• {m}" for m in loose]
            self.banner.setText("\n".join(lines))
            self.banner.show()
        if first is not None:
            first.field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first.field, QLineEdit):
                first.field.selectAll()
        return loose

    def message_of(self, name: str) -> str:
        box = self.boxes.get(name)
        return box.error.text() if box is not None and not box.error.isHidden() else ""


def add_row(form: QFormLayout, label: str, widget: QWidget, focus: QWidget) -> QLabel:
    """A form row whose Alt+letter mnemonic focuses `focus` (the input inside `widget`)."""
    caption = QLabel(label)
    caption.setBuddy(focus)
    form.addRow(caption, widget)
    return caption


def error_banner() -> QLabel:
    banner = QLabel()
    banner.setObjectName("errorBanner")
    banner.setWordWrap(True)
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.hide()
    return banner


# --- combos that answer to codes typed on the keyboard --------------------------------------


class CodeCombo(QComboBox):
    """A combo whose items carry a code (item data); typing the code (`3`, `3B`, `F`, `UA`)
    selects the item, so triage and sex are chosen without the mouse."""

    RESET_AFTER_S = 1.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._last = 0.0
        self.aliases: dict[str, str] = {}

    def add(self, label: str, code: str | None) -> None:
        self.addItem(label, code)

    def code(self) -> str | None:
        data = self.currentData()
        return None if data in (None, "") else str(data)

    def set_code(self, code: str | None) -> None:
        index = self.findData(code if code is not None else "")
        if index < 0 and code is None:
            index = self.findData(None)
        self.setCurrentIndex(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().strip().upper()
        if text and text.isprintable() and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            now = time.monotonic()
            typed = (self._typed if now - self._last < self.RESET_AFTER_S else "") + text
            self._last = now
            for candidate in (typed, text):
                index = self._match(candidate)
                if index >= 0:
                    self._typed = candidate
                    self.setCurrentIndex(index)
                    return
            self._typed = ""
        super().keyPressEvent(event)

    def _match(self, typed: str) -> int:
        typed = self.aliases.get(typed, typed)
        codes = [str(self.itemData(i) or "").upper() for i in range(self.count())]
        if typed in codes:
            return codes.index(typed)
        for i, code in enumerate(codes):
            if code and code.startswith(typed):
                return i
        return -1


# --- tables ---------------------------------------------------------------------------------


def make_table(model: QAbstractItemModel, *, stretch_column: int | None = None) -> QTableView:
    """A read-only, row-selecting table (no editing, no grid clutter)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def selected_row(view: QTableView) -> int | None:
    index = view.currentIndex()
    if index.isValid():
        return index.row()
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else None


# --- prompts --------------------------------------------------------------------------------


class ReasonDialog(QDialog):
    """Asks for a reason (required): cancelling a step, merging, unmerging…"""

    def __init__(self, title: str, prompt: str, ok_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        layout.addWidget(self.reason)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(ok_label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if not self.reason.text().strip():
            self.error.setText(tr("Give a reason: it is kept in the record and the audit "
                                  "trail."))
            self.error.show()
            set_invalid(self.reason, True)
            self.reason.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str,
            ok_label: str | None = None) -> str | None:
        dialog = cls(title, prompt, ok_label or tr("Confirm"), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.text().strip()


def attempt(parent: QWidget | None, action: Callable[[], Any]) -> tuple[bool, Any]:
    """Run a service call; show a refused or failed call in a dialog. (ok, result)."""
    try:
        return True, action()
    except HospcrisisError as exc:
        show_error(parent, exc)
        return False, None


def run_with_session(parent: QWidget, label: str, session: Session,
                     work: Callable[..., Any], on_done: Callable[[Any], None],
                     on_error: Callable[[BaseException, str], None]) -> workers.Job | None:
    """Run `work(session, progress)` off the UI thread with its own connection and a progress
    dialog; an in-memory database (tests) cannot be shared, so it runs right here instead."""
    if session.store.path is None:
        try:
            result = work(session, lambda done, total: None)
        except Exception as exc:
            import traceback

            on_error(exc, traceback.format_exc())
            return None
        on_done(result)
        return None

    def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool],
            store: Any) -> Any:
        return work(dataclasses.replace(session, store=store), progress)

    return workers.with_progress(parent, label, workers.Job(job, store=session.store),
                                 on_done, on_error)


# --- look -----------------------------------------------------------------------------------

# Added to the application's stylesheet by each admissions screen (only names of ours).
STYLE = """
QLabel#fieldError { color: #c62828; font-weight: bold; }
QLabel#errorBanner { color: #c62828; background: #ffebee; border: 1px solid #c62828;
                     border-radius: 3px; padding: 6px 8px; font-weight: bold; }
QLabel#savedBanner { color: #1b5e20; background: #e8f5e9; border: 1px solid #2e7d32;
                     border-radius: 3px; padding: 10px; font-size: 13pt; font-weight: bold; }
QLabel#savedId { color: #1f3a5f; font-size: 22pt; font-weight: bold; }
QLabel#sectionHint { color: #616161; }
QLabel#recordName { font-size: 17pt; font-weight: bold; color: #1f3a5f; }
QLabel#recordLine { font-size: 11pt; }
QLabel#mergedBanner { color: white; background: #c62828; font-weight: bold; padding: 6px 8px;
                      border-radius: 3px; }
QLabel#infoBanner { background: #fff3e0; border: 1px solid #ef6c00; padding: 6px 8px;
                    border-radius: 3px; }
QLabel#statusScanner { color: #616161; }
QLabel#dialogSubject { font-size: 12pt; font-weight: bold; color: #1f3a5f; padding-bottom: 4px; }
QLabel#identityBadge { background: #e8f5e9; color: #1b5e20; border: 1px solid #2e7d32;
                       border-radius: 3px; padding: 2px 8px; font-weight: bold; }
QLabel#identityBadgeProvisional { background: #fff3e0; color: #8a3c00;
                                  border: 1px solid #ef6c00; border-radius: 3px;
                                  padding: 2px 8px; font-weight: bold; }
QLabel#compareHead { font-size: 12pt; font-weight: bold; color: #1f3a5f; }
QLabel#countsTotal { font-size: 11pt; font-weight: bold; padding-right: 8px; }
QLabel#refreshedAt { color: #616161; }
QPushButton#chip { border-radius: 10px; padding: 3px 10px; font-weight: bold;
                   border: 1px solid rgba(0, 0, 0, 60); }
QPushButton#chip:checked { border: 3px solid #1f3a5f; }
QPushButton#overdueChip { border-radius: 10px; padding: 3px 10px; font-weight: bold;
                          color: #c62828; background: #ffebee; border: 2px solid #c62828; }
QPushButton#overdueChip:checked { background: #c62828; color: white; }
QGroupBox { font-weight: bold; border: 1px solid #cbd5e0; border-radius: 4px;
            margin-top: 10px; padding-top: 6px; background: white; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; color: #1f3a5f; }
QLineEdit, QComboBox, QDateTimeEdit { min-height: 22px; }
"""
