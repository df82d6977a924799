"""What the recovery screens share: the look, tables, progress bars in tables, inline refusals,
file choosers (replaced in tests), and running a service off the UI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.errors import HospcrisisError, ValidationError
from hospcrisis.i18n import N_
from hospcrisis.ui import style, workers
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_error, show_unexpected
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, RowsModel
from hospcrisis.ui.widgets import selected_rows
from hospcrisis.ui.workers import worker_session  # noqa: F401 - used by the recovery screens

AREA = "recovery"  # the `context.data_changed` area of these screens
T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
ProgressRole = int(Qt.ItemDataRole.UserRole) + 1

CHUNK = "#68d391"  # progress bars: a light green the text stays readable on

STYLESHEET = f"""
QLabel#recoveryBanner {{ background: #ebf4ff; border: 1px solid #2b6cb0; color: #1f3a5f;
                         padding: 6px 8px; border-radius: 3px; }}
QLabel#okBanner {{ background: {style.GREEN_BG}; border: 1px solid {style.GREEN};
                   color: #1b5e20; padding: 6px 8px; border-radius: 3px; font-weight: bold; }}
QLabel#warnBanner {{ background: {style.ORANGE_BG}; border: 1px solid {style.ORANGE};
                     color: #8a3c00; padding: 6px 8px; border-radius: 3px; font-weight: bold; }}
QFrame#refusal {{ background: {style.RED_BG}; border: 1px solid {style.RED}; border-radius: 3px; }}
QLabel#refusalTitle {{ color: #b71c1c; font-weight: bold; }}
QPlainTextEdit#refusalLines {{ background: white; border: 1px solid #e0b4b4; }}
QLabel#hashValue {{ font-family: monospace; background: white; border: 1px solid #cbd5e0;
                    padding: 3px 6px; }}
QLabel#bigCount {{ font-size: 13pt; font-weight: bold; color: {style.NAVY}; }}
QLabel#versionHead {{ font-weight: bold; color: {style.NAVY}; background: #edf2f7;
                      padding: 4px 6px; }}
QLabel#versionShown {{ font-weight: bold; color: white; background: #2b6cb0;
                       padding: 4px 6px; }}
QLabel#fieldName {{ color: {style.GREY}; padding: 2px 6px; }}
QLabel#cell {{ background: white; padding: 2px 6px; }}
QLabel#cellDiffers {{ background: #fff3e0; color: #8a3c00; font-weight: bold;
                      padding: 2px 6px; border-left: 3px solid {style.ORANGE}; }}
QGroupBox {{ font-weight: bold; border: 1px solid #cbd5e0; border-radius: 4px;
             margin-top: 10px; padding-top: 6px; background: white; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; color: {style.NAVY}; }}
QProgressBar {{ border: 1px solid #cbd5e0; border-radius: 3px; background: white;
                text-align: center; height: 18px; }}
QProgressBar::chunk {{ background: {CHUNK}; }}
"""

# Kinds of record, as a person reads them (tables not listed show their technical name).
TABLE_LABELS: dict[str, str] = {
    "patient": N_("Patients"),
    "admission": N_("Admissions"),
    "movement": N_("Movements"),
    "triage": N_("Triage entries"),
    "patient_merge": N_("Merges of duplicates"),
    "duplicate_decision": N_("Duplicate decisions"),
    "unit": N_("Units"),
    "user": N_("Accounts"),
    "setting": N_("Settings"),
    "id_sequence": N_("ID sequences"),
    "id_block": N_("Blocks of IDs"),
    "reserved_id": N_("Reserved IDs"),
    "census_import": N_("Census imports"),
    "crisis_log": N_("Main courante"),
    "crisis_activation": N_("Procedure activations"),
    "crisis_procedure": N_("Procedures"),
    "crisis_signoff": N_("Checklist sign-offs"),
    "crisis_sitrep": N_("Situation reports"),
    "crisis_system": N_("Systems"),
    "crisis_system_status": N_("Systems status"),
    "surgery_case": N_("Operating-theatre cases"),
    "surgery_cancellation": N_("Cancelled operations"),
    "surgery_call": N_("Patient calls"),
    "surgery_call_attempt": N_("Call attempts"),
    "surgery_plan": N_("Theatre plans"),
    "surgery_plan_item": N_("Theatre plan items"),
    "surgery_room": N_("Operating rooms"),
    "surgery_room_closure": N_("Room closures"),
    "surgery_staff": N_("Theatre staff"),
    "surgery_staff_absence": N_("Staff absences"),
    "surgery_import": N_("Theatre imports"),
    "recovery_identity": N_("IPP reconciliations"),
    "recovery_visit": N_("Visit numbers"),
    "recovery_backload": N_("Re-entry marks"),
    "recovery_settlement": N_("Settled conflicts"),
}


def table_label(table: str) -> str:
    """A kind of record in the user's language (its technical name when unknown)."""
    source = TABLE_LABELS.get(table)
    return tr(source) if source else table


# --- texts ----------------------------------------------------------------------------------------


def when(iso: str | None) -> str:
    """Local date and time, or an empty string."""
    return clock.local_text(iso) if iso else ""


def short_when(iso: str | None) -> str:
    """`29/11 14:05` (local time), or an empty string."""
    return clock.local_text(iso, "%d/%m %H:%M") if iso else ""


def short_hash(value: str, n: int = 12) -> str:
    return value[:n] if value else ""


def grouped(value: str, size: int = 8) -> str:
    """A long hex value in groups (easier to copy by hand onto a label)."""
    return " ".join(value[i:i + size] for i in range(0, len(value), size))


# --- tables ---------------------------------------------------------------------------------------


def table(model: Any, *, multi: bool = False, stretch: int | None = None) -> QTableView:
    """A read-only table of rows: whole rows selected, alternate colours, no row numbers."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setMinimumSectionSize(40)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def fit_columns(view: QTableView, widths: Sequence[int]) -> None:
    """Set the first columns' widths (the stretching column keeps its mode)."""
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            view.setColumnWidth(column, width)


def current_row(view: QTableView) -> int | None:
    """The row last clicked or chosen (the current index: `currentRowChanged` fires before
    the selection is updated), else the first selected row."""
    index = view.currentIndex()
    if index.isValid():
        return index.row()
    rows = selected_rows(view)
    return rows[0] if rows else None


def fit_to_contents(view: QTableView, columns: Sequence[int]) -> None:
    """These columns as wide as their header and values (small tables only)."""
    header = view.horizontalHeader()
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def add_row(form: QFormLayout, text: str, field: QWidget | QLayout,
            focus: QWidget | None = None) -> QLabel:
    """A form row whose Alt+letter mnemonic focuses the field (or `focus`)."""
    label = QLabel(text)
    buddy = focus if focus is not None else field if isinstance(field, QWidget) else None
    if buddy is not None:
        label.setBuddy(buddy)
    form.addRow(label, field)
    return label


def right(header: str, text: Callable[[T], str]) -> Column[T]:
    """A right-aligned (numeric) column."""
    return Column(header, text, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ProgressModel(RowsModel[T], Generic[T]):
    """A `RowsModel` whose rows also carry a fraction (0–1) for a progress bar, under
    `ProgressRole` in every column (`ProgressDelegate` draws it in one)."""

    def __init__(self, columns: Sequence[Column[T]], fraction: Callable[[T], float],
                 **kwargs: Any) -> None:
        super().__init__(columns, **kwargs)
        self._fraction = fraction
        self._fractions: list[float] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self._fractions = [max(0.0, min(1.0, self._fraction(r))) for r in rows]
        super().set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ProgressRole and index.isValid():
            return self._fractions[index.row()]
        return super().data(index, role)


class ProgressDelegate(QStyledItemDelegate):
    """Draws a cell as a progress bar (value from `ProgressRole`, text from DisplayRole)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        fraction = index.data(ProgressRole)
        if fraction is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        rect = QRect(option.rect)
        bar.rect = rect.adjusted(3, 3, -3, -3)
        bar.minimum = 0
        bar.maximum = 1000
        bar.progress = round(float(fraction) * 1000)
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        bar.palette.setColor(QPalette.ColorRole.Highlight, QColor(CHUNK))
        bar.palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000"))
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 160), max(hint.height(), 22))


# --- inline messages ------------------------------------------------------------------------------


class RefusalPanel(QWidget):
    """What was refused and why: the core's message and every problem it listed (each bad
    line of a file), in red, until dismissed. Nothing modal, so it stays while IT corrects
    the file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QFrame

        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame = QFrame()
        frame.setObjectName("refusal")
        outer.addWidget(frame)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(8, 6, 8, 6)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("refusalTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.title, 1)
        close = QPushButton(tr("Dismiss"))
        close.clicked.connect(self.clear)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.lines = QPlainTextEdit()
        self.lines.setObjectName("refusalLines")
        self.lines.setReadOnly(True)
        self.lines.setMaximumHeight(120)
        layout.addWidget(self.lines)
        self.hide()

    @property
    def problems(self) -> list[str]:
        text = self.lines.toPlainText()
        return [line[2:] if line.startswith("• ") else line
                for line in text.splitlines() if line.strip()]

    def show_error(self, error: HospcrisisError) -> None:
        self.title.setText(error.message)
        problems = [m for _f, m in error.problems] if isinstance(error, ValidationError) \
            else []
        problems = [m for m in problems if m != error.message]
        self.lines.setPlainText("\n".join(f"• {m}" for m in problems))
        self.lines.setVisible(bool(problems))
        self.show()

    def clear(self) -> None:
        self.title.clear()
        self.lines.clear()
        self.hide()


def banner(name: str = "recoveryBanner") -> QLabel:
    """A word-wrapped message line that never forces its window wider."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(200)
    return label


def hint(text: str) -> QLabel:
    label = banner("hint")
    label.setText(text)
    return label


def set_banner(label: QLabel, text: str, name: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    if label.objectName() != name:
        label.setObjectName(name)
        label.style().unpolish(label)
        label.style().polish(label)


# --- files (module functions, replaced in tests) --------------------------------------------------


def choose_open_files(parent: QWidget | None, title: str, start: str,
                      filters: str) -> list[Path]:
    names, _f = QFileDialog.getOpenFileNames(parent, title, start, filters)
    return [Path(n) for n in names]


def choose_open_file(parent: QWidget | None, title: str, start: str,
                     filters: str) -> Path | None:
    name, _f = QFileDialog.getOpenFileName(parent, title, start, filters)
    return Path(name) if name else None


def choose_save_file(parent: QWidget | None, title: str, start: str,
                     filters: str) -> Path | None:
    name, _f = QFileDialog.getSaveFileName(parent, title, start, filters)
    return Path(name) if name else None


def choose_folder(parent: QWidget | None, title: str, start: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(name) if name else None


def open_folder(path: Path) -> bool:
    """Show a folder in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def start_folder(context: AppContext) -> str:
    """Where file choosers start: beside the database, else the home folder."""
    if context.db_path is not None:
        return str(Path(context.db_path).expanduser().resolve().parent)
    return str(Path.home())


# --- work off the UI thread -----------------------------------------------------------------------


def report_failure(parent: QWidget | None,
                   panel: RefusalPanel | None = None) -> Callable[[BaseException, str], None]:
    """An `on_error`: a refusal of the core in `panel` (or a message box), anything else as an
    unexpected error."""
    def failed(exc: BaseException, details: str) -> None:
        if isinstance(exc, HospcrisisError):
            if panel is not None:
                panel.show_error(exc)
            else:
                show_error(parent, exc)
        else:
            show_unexpected(parent, exc, details)
    return failed


class Cancelled(HospcrisisError):
    """The user cancelled before anything was written."""


def run_job(context: AppContext, fn: Callable[..., Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException, str], None], *, parent: QWidget,
            label: str) -> workers.Job | None:
    """`workers.run_session_job` for this context's session, behind a progress dialog."""
    return workers.run_session_job(context.session, fn, on_done, on_error, parent=parent,
                                   label=label)
