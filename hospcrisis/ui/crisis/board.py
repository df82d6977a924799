"""The procedures board: units × procedures, each activation's checklist, sign-offs.

The board shows, for every unit (rows) and procedure (columns) switched on somewhere, the
state, the steps signed (done/total) and the time since activation. Double-click or Enter on a
square opens its checklist: sign a step off (the core refuses a role that may not, with its
own message), withdraw a sign-off with a reason, close with the return-to-normal steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import activations, procedures, units
from hospcrisis.core.activations import Activation, ActivationState, Board, BoardCell, StepStatus
from hospcrisis.core.security import Permission, Role
from hospcrisis.errors import HospcrisisError
from hospcrisis.ui import style
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.crisis.common import (
    BLUE,
    BLUE_BG,
    GREY_BG,
    Printer,
    ProblemLabel,
    elapsed_text,
    selected_row,
    short_time,
    table,
)
from hospcrisis.ui.dialogs import show_error, show_info
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, Index, RowsModel

AREA = "crisis"


def _role_label(role: str) -> str:
    return Role(role).label if role in set(Role) else role


def short_ids(ids: Sequence[str]) -> dict[str, str]:
    """Column labels: the ids without a prefix they all share (``DM-``), for narrow columns."""
    if len(ids) < 2:
        return {i: i for i in ids}
    prefix = ids[0]
    for other in ids[1:]:
        while prefix and not other.startswith(prefix):
            prefix = prefix[:-1]
    cut = prefix.rfind("-") + 1 if "-" in prefix else 0
    return {i: i[cut:] or i for i in ids}


# --- the board model ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _CellView:
    text: str
    tooltip: str
    background: QBrush
    foreground: QBrush | None
    bold: bool


class BoardModel(QAbstractTableModel):
    """Units (rows) × procedures (columns); each cell: progress and time since activation.

    Cells are formatted once in `set_board` (a model reset); `data()` is a lookup.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.board: Board | None = None
        self._units: list[tuple[str, str]] = []
        self._procedures: list[tuple[str, str]] = []
        self._labels: dict[str, str] = {}
        self._cells: dict[tuple[int, int], _CellView] = {}
        self._found: dict[tuple[int, int], BoardCell] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_board(self, board: Board) -> None:
        self.beginResetModel()
        self.board = board
        self._units = list(board.units)
        self._procedures = list(board.procedures)
        self._labels = short_ids([p for p, _t in self._procedures])
        self._cells.clear()
        self._found.clear()
        for r, (unit, _name) in enumerate(self._units):
            for c, (pid, title) in enumerate(self._procedures):
                cell = board.cell(unit, pid)
                if cell is None:
                    continue
                self._found[(r, c)] = cell
                self._cells[(r, c)] = self._view(cell, f"{pid} — {title}")
        self.endResetModel()

    @staticmethod
    def _view(cell: BoardCell, title: str) -> _CellView:
        state = cell.state
        elapsed = elapsed_text(cell.elapsed_minutes)
        complete = cell.total and cell.done >= cell.total
        if state == ActivationState.RETURNING:
            text = tr("↺ {done}/{total}", done=cell.return_done, total=cell.return_total)
            colour, fg = BLUE_BG, BLUE
        elif state == ActivationState.CLOSED:
            text = tr("closed")
            colour, fg = GREY_BG, style.GREY
        elif state == ActivationState.CANCELLED:
            text = tr("cancelled")
            colour, fg = GREY_BG, "#9e9e9e"
        else:
            text = f"{cell.done}/{cell.total} · {elapsed}"
            colour = style.GREEN_BG if complete else style.ORANGE_BG
            fg = style.GREEN if complete else "#8a4b00"
        tip = tr("{ref} — {title}\n{state}: {done} of {total} steps signed off, return to "
                 "normal {rdone}/{rtotal}\nActivated {time} ({elapsed} ago)", ref=cell.ref,
                 title=title, state=ActivationState(state).label, done=cell.done,
                 total=cell.total, rdone=cell.return_done, rtotal=cell.return_total,
                 time=clock.local_text(cell.activated_at), elapsed=elapsed)
        return _CellView(text, tip, QBrush(QColor(colour)), QBrush(QColor(fg)),
                         state in (ActivationState.ACTIVE, ActivationState.RETURNING))

    def cell_at(self, row: int, column: int) -> BoardCell | None:
        return self._found.get((row, column))

    def unit_at(self, row: int) -> str | None:
        return self._units[row][0] if 0 <= row < len(self._units) else None

    def procedure_at(self, column: int) -> str | None:
        return self._procedures[column][0] if 0 <= column < len(self._procedures) else None

    # Qt interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._procedures)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view = self._cells.get((index.row(), index.column()))
        if view is None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("Not active in this unit")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return view.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return view.tooltip
        if role == Qt.ItemDataRole.BackgroundRole:
            return view.background
        if role == Qt.ItemDataRole.ForegroundRole:
            return view.foreground
        if role == Qt.ItemDataRole.FontRole and view.bold:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._procedures):
            pid, title = self._procedures[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._labels.get(pid, pid)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{pid} — {title}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._units):
            code, name = self._units[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return code
            if role == Qt.ItemDataRole.ToolTipRole:
                return name
        return None


# --- dialogs --------------------------------------------------------------------------------------


def _checklist(items: Sequence[tuple[str, str, str]], checked: set[str]) -> QListWidget:
    """A list of check boxes: (value, label, tooltip)."""
    widget = QListWidget()
    for value, label, tip in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setToolTip(tip)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked
                           else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _checked(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class ActivateDialog(QDialog):
    """Switch one or more units to one or more procedures, with the reason.

    The core checks everything (scope, already active, closed unit) and lists every problem;
    the dialog stays open with them shown until the activation is saved or cancelled.
    """

    def __init__(self, context: AppContext, procedure_ids: Sequence[str] = (),
                 unit_codes: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.created: list[Activation] = []
        self.setWindowTitle(tr("Activate degraded-mode procedures"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        hint = QLabel(tr("Tick the procedures and the units that switch to them. Every ticked "
                         "procedure is activated in every ticked unit."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        lists = QHBoxLayout()
        session = context.session
        library = procedures.list_procedures(session)
        self.procedures = _checklist(
            [(p.id, f"{p.id} — {p.title_text()}", "\n".join(
                [p.trigger_text(), tr("Scope: {scope}", scope=", ".join(p.scope_labels))]))
             for p in library], {p.upper() for p in procedure_ids})
        self.units = _checklist(
            [(u.code, f"{u.code} — {u.name}", u.kind_label)
             for u in units.list_units(session.store)], {u.upper() for u in unit_codes})
        for title, widget in ((tr("Procedures"), self.procedures), (tr("Units"), self.units)):
            column = QVBoxLayout()
            label = QLabel(title)
            label.setObjectName("sectionLabel")
            column.addWidget(label)
            column.addWidget(widget, 1)
            lists.addLayout(column, 3 if widget is self.procedures else 2)
        layout.addLayout(lists, 1)
        form = QFormLayout()
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(tr("Why, e.g. “DPI and ADT down since 03:10: "
                                          "admissions on paper.”"))
        self.reason.setFixedHeight(70)
        self.reason.setTabChangesFocus(True)
        form.addRow(tr("Reason"), self.reason)
        layout.addLayout(form)
        self.problems = ProblemLabel()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(tr("Activate"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("primary")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def save(self) -> None:
        try:
            self.created = activations.activate(self.context.session, _checked(self.procedures),
                                                _checked(self.units),
                                                self.reason.toPlainText())
        except HospcrisisError as exc:
            self.problems.show_error(exc)
            return
        self.accept()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None, procedure_ids: Sequence[str] = (),
            unit_codes: Sequence[str] = ()) -> list[Activation]:
        """Run the dialog; the activations it saved (empty when cancelled)."""
        dialog = cls(context, procedure_ids, unit_codes, parent)
        dialog.exec()
        return dialog.created


class TextDialog(QDialog):
    """A short text (a note, a reason) under an explanation; `required` refuses it empty."""

    def __init__(self, title: str, explanation: str, label: str, *, required: bool,
                 ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(520, 260)
        layout = QVBoxLayout(self)
        text = QLabel(explanation)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        form = QFormLayout()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(80)
        form.addRow(label, self.text)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if required:
            self.ok.setEnabled(False)
            self.text.textChanged.connect(
                lambda: self.ok.setEnabled(bool(self.text.toPlainText().strip())))
        self.text.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, explanation: str, label: str, *,
            required: bool = False, ok_text: str | None = None) -> str | None:
        """The text typed, or None when cancelled."""
        dialog = cls(title, explanation, label, required=required,
                     ok_text=ok_text or tr("OK"), parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.toPlainText()


# --- the checklist --------------------------------------------------------------------------------


def _step_columns() -> list[Column[StepStatus]]:
    def signed(s: StepStatus) -> str:
        if not s.signed:
            return ""
        return tr("{name}, {time}", name=s.signed_by_name or s.signed_by or "?",
                  time=short_time(s.signed_at))

    def responsible(s: StepStatus) -> str:
        role = _role_label(s.step.role)
        performer = s.step.performer_label()
        return f"{role} — {performer}" if performer and performer != role else role

    return [
        Column(tr("Step"), lambda s: s.key,
               align=Qt.AlignmentFlag.AlignCenter),
        Column(tr("Done"), lambda s: "✓" if s.signed else "",
               align=Qt.AlignmentFlag.AlignCenter),
        Column(tr("What to do"), lambda s: s.step.label(), tooltip=lambda s: s.step.label()),
        Column(tr("Responsible"), responsible),
        Column(tr("Signed off by"), signed),
        Column(tr("Note"), lambda s: s.note, tooltip=lambda s: s.note),
    ]


class ChecklistWidget(QWidget):
    """One activation: its facts, progress, steps, and the sign-off actions.

    Signals:
        changed(): something was saved (sign-off, withdrawal, closing, cancelling).
    """

    changed = Signal()

    def __init__(self, context: AppContext, activation: Activation,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.activation = activation
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.facts)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setFixedHeight(18)
        progress_row.addWidget(self.progress, 1)
        self.state = QLabel()
        self.state.setObjectName("stateBadge")
        progress_row.addWidget(self.state)
        layout.addLayout(progress_row)
        self.model: RowsModel[StepStatus] = RowsModel(
            _step_columns(),
            background=lambda s: style.GREEN_BG if s.signed else (
                BLUE_BG if s.step.phase == "return" else None),
            bold=lambda s: not s.signed and may_sign_here(context, s))
        self.view = table(self.model)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.view.doubleClicked.connect(lambda _i: self.sign_selected())
        self._rows_timer = QTimer(self)  # row heights follow the width of the text column
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_a: self._rows_timer.start())
        layout.addWidget(self.view, 1)
        self.problems = ProblemLabel()
        layout.addWidget(self.problems)
        buttons = QHBoxLayout()
        self.sign_button = QPushButton(tr("&Sign off the step…"))
        self.sign_button.setObjectName("primary")
        self.sign_button.clicked.connect(self.sign_selected)
        self.withdraw_button = QPushButton(tr("&Withdraw the sign-off…"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.close_button = QPushButton(tr("Back to &normal (close)…"))
        self.close_button.clicked.connect(self.deactivate)
        self.cancel_button = QPushButton(tr("Cancel the activation…"))
        self.cancel_button.clicked.connect(self.cancel_activation)
        for button in (self.sign_button, self.withdraw_button, self.close_button,
                       self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.show_activation(activation)

    def show_activation(self, activation: Activation) -> None:
        self.activation = activation
        a = activation
        self.title.setText(tr("{id} — {title}", id=a.procedure.id, title=a.title))
        lines = [
            tr("{ref} · unit {unit} ({name}) · version {version}", ref=a.ref, unit=a.unit_code,
               name=a.unit_name, version=a.procedure.version),
            tr("Activated {time} by {name} ({elapsed} ago). Reason: {reason}",
               time=clock.local_text(a.activated_at), name=a.activated_by_name,
               elapsed=elapsed_text(int(a.elapsed().total_seconds() // 60)), reason=a.reason),
            tr("Trigger: {trigger}", trigger=a.procedure.trigger_text()),
        ]
        if a.procedure.forms:
            lines.append(tr("Forms: {forms}", forms=", ".join(a.procedure.form_labels)))
        if a.state is ActivationState.CANCELLED:
            lines.append(tr("Cancelled: {reason}", reason=a.void_reason or ""))
        if a.closed_at:
            lines.append(tr("Closed {time} by {name}.", time=clock.local_text(a.closed_at),
                            name=a.closed_by_name or ""))
        self.facts.setText("\n".join(lines))
        self.progress.setMaximum(max(a.total, 1))
        self.progress.setValue(a.done)
        self.progress.setFormat(tr("{done} of {total} steps signed off · return to normal "
                                   "{rdone}/{rtotal}", done=a.done, total=a.total,
                                   rdone=a.return_done, rtotal=a.return_total))
        self.state.setText(a.state.label)
        current = selected_row(self.view)
        self.model.set_rows([*a.checklist, *a.returns])
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)
        self.view.setColumnWidth(3, 170)
        self.view.setColumnWidth(4, 150)
        self.view.setColumnWidth(5, 140)
        self._rows_timer.start()
        target = current if current is not None else self._first_unsigned()
        if target is not None and self.model.rowCount():
            self.view.selectRow(min(target, self.model.rowCount() - 1))
        self._enable()

    def _fit_rows(self) -> None:
        self.view.resizeRowsToContents()
        current = self.view.currentIndex()
        if current.isValid():
            self.view.scrollTo(current)

    def _first_unsigned(self) -> int | None:
        return next((i for i, s in enumerate(self.model.rows) if not s.signed), None)

    def _enable(self) -> None:
        a = self.activation
        session = self.context.session
        row = selected_row(self.view)
        status = self.model.row(row) if row is not None else None
        open_ = a.is_open
        self.sign_button.setEnabled(open_ and status is not None and not status.signed
                                    and session.can(Permission.PROCEDURES_SIGN))
        self.withdraw_button.setEnabled(open_ and status is not None and status.signed
                                        and session.can(Permission.PROCEDURES_SIGN))
        self.close_button.setEnabled(open_ and session.can(Permission.PROCEDURES_ACTIVATE))
        self.cancel_button.setEnabled(a.state is not ActivationState.CANCELLED
                                      and session.can(Permission.PROCEDURES_ACTIVATE))

    def selected_step(self) -> StepStatus | None:
        row = selected_row(self.view)
        return self.model.row(row) if row is not None else None

    def _saved(self, activation: Activation, message: str) -> None:
        self.problems.clear_error()
        self.show_activation(activation)
        self.context.message_posted.emit(message)
        self.context.data_changed.emit(AREA)
        self.changed.emit()

    def sign_selected(self) -> None:
        status = self.selected_step()
        if status is None or status.signed or not self.activation.is_open:
            return
        session = self.context.session
        note = TextDialog.ask(
            self, tr("Sign off step {step}", step=status.key),
            tr("{step}. {text}\n\nResponsible: {role}. Signed by you, {name}, now ({time}).",
               step=status.key, text=status.step.label(), role=_role_label(status.step.role),
               name=session.display_name, time=clock.local_text(clock.now(), "%H:%M")),
            tr("Note (optional)"), ok_text=tr("Sign off"))
        if note is None:
            return
        try:
            updated = activations.sign_step(session, self.activation.id, status.key, note)
        except HospcrisisError as exc:
            self.problems.show_error(exc)
            show_error(self, exc)
            return
        self._saved(updated, tr("Step {step} of {ref} signed off.", step=status.key,
                                ref=self.activation.ref))

    def withdraw_selected(self) -> None:
        status = self.selected_step()
        if status is None or not status.signed:
            return
        reason = TextDialog.ask(
            self, tr("Withdraw the sign-off of step {step}", step=status.key),
            tr("Step {step} was signed off by {name} at {time}. The sign-off stays in the "
               "history with your reason.", step=status.key, name=status.signed_by_name or "?",
               time=clock.local_text(status.signed_at)),
            tr("Reason"), required=True, ok_text=tr("Withdraw"))
        if reason is None:
            return
        try:
            updated = activations.withdraw_signoff(self.context.session, self.activation.id,
                                                   status.key, reason)
        except HospcrisisError as exc:
            self.problems.show_error(exc)
            show_error(self, exc)
            return
        self._saved(updated, tr("Sign-off of step {step} withdrawn.", step=status.key))

    def deactivate(self) -> None:
        a = self.activation
        missing = [s for s in a.returns if not s.signed]
        if missing:
            explanation = tr("Before {ref} can be closed, sign off its return-to-normal "
                             "steps:\n{steps}", ref=a.ref, steps="\n".join(
                                 f"• {s.key} ({_role_label(s.step.role)}): {s.step.label()}"
                                 for s in missing))
            show_info(self, explanation, tr("Back to normal"))
            first = len(a.checklist) + a.returns.index(missing[0])
            self.view.selectRow(first)
            return
        note = TextDialog.ask(self, tr("Back to normal: close {ref}", ref=a.ref),
                              tr("Every return-to-normal step is signed off. Closing {ref} "
                                 "writes a decision in the main courante.", ref=a.ref),
                              tr("Note (optional)"), ok_text=tr("Close the activation"))
        if note is None:
            return
        try:
            updated = activations.deactivate(self.context.session, a.id, note)
        except HospcrisisError as exc:
            self.problems.show_error(exc)
            return
        self._saved(updated, tr("{ref} closed: back to normal.", ref=a.ref))

    def cancel_activation(self) -> None:
        a = self.activation
        reason = TextDialog.ask(self, tr("Cancel {ref}", ref=a.ref),
                                tr("Cancel an activation made by mistake. It stays in the "
                                   "history with your reason, and the main courante records "
                                   "it."), tr("Reason"), required=True,
                                ok_text=tr("Cancel the activation"))
        if reason is None:
            return
        try:
            updated = activations.cancel_activation(self.context.session, a.id, reason)
        except HospcrisisError as exc:
            self.problems.show_error(exc)
            return
        self._saved(updated, tr("{ref} cancelled.", ref=a.ref))


def may_sign_here(context: AppContext, status: StepStatus) -> bool:
    return activations.may_sign(context.session.role, status.step)


class ChecklistDialog(QDialog):
    """An activation's checklist in its own window."""

    def __init__(self, context: AppContext, activation: Activation,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Checklist {ref}", ref=activation.ref))
        self.resize(1040, 640)
        layout = QVBoxLayout(self)
        self.checklist = ChecklistWidget(context, activation)
        layout.addWidget(self.checklist, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None, activation: Activation) -> None:
        cls(context, activation, parent).exec()


# --- the board screen -----------------------------------------------------------------------------


def _activation_columns() -> list[Column[Activation]]:
    return [
        Column(tr("Ref."), lambda a: a.ref),
        Column(tr("Procedure"), lambda a: f"{a.procedure.id} — {a.title}",
               tooltip=lambda a: a.procedure.trigger_text()),
        Column(tr("State"), lambda a: a.state.label),
        Column(tr("Steps"), lambda a: f"{a.done}/{a.total}",
               align=Qt.AlignmentFlag.AlignCenter),
        Column(tr("Return"), lambda a: f"{a.return_done}/{a.return_total}",
               align=Qt.AlignmentFlag.AlignCenter),
        Column(tr("Since"), lambda a: elapsed_text(int(a.elapsed().total_seconds() // 60)),
               tooltip=lambda a: clock.local_text(a.activated_at)),
    ]


class ProceduresBoard(QWidget):
    """The board, and the selected unit's procedures beside it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.printer = Printer(context, self)
        session = context.session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("summaryLine")
        top.addWidget(self.summary, 1)
        self.show_closed = QCheckBox(tr("Show closed and cancelled"))
        self.show_closed.toggled.connect(lambda _c: self.refresh())
        top.addWidget(self.show_closed)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = BoardModel(self)
        self.view = QTableView()
        self.view.setObjectName("procedureBoard")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(72)
        self.view.setStyleSheet("QTableView#procedureBoard QHeaderView::section:horizontal "
                                "{ font-size: 8pt; }")
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.verticalHeader().setMinimumWidth(64)
        self.view.doubleClicked.connect(lambda _i: self.open_checklist())
        self.view.activated.connect(lambda _i: self.open_checklist())
        splitter.addWidget(self.view)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        self.unit_title = QLabel()
        self.unit_title.setObjectName("sectionLabel")
        lower_layout.addWidget(self.unit_title)
        self.unit_model: RowsModel[Activation] = RowsModel(
            _activation_columns(),
            foreground=lambda a: None if a.is_open else "#9e9e9e")
        self.unit_view = table(self.unit_model, stretch_last=False)
        self.unit_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.unit_view.doubleClicked.connect(lambda _i: self.open_unit_activation())
        self.unit_view.activated.connect(lambda _i: self.open_unit_activation())
        lower_layout.addWidget(self.unit_view, 1)
        splitter.addWidget(lower)
        splitter.setSizes([420, 220])
        layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        self.activate_button = QPushButton(tr("&Activate procedures…"))
        self.activate_button.setObjectName("primary")
        self.activate_button.setToolTip(tr("Ctrl+Shift+A"))
        self.activate_button.clicked.connect(self.activate)
        self.activate_button.setEnabled(session.can(Permission.PROCEDURES_ACTIVATE))
        self.open_button = QPushButton(tr("&Open the checklist"))
        self.open_button.setToolTip(tr("Enter or double-click on a square"))
        self.open_button.clicked.connect(self.open_checklist)
        self.print_button = QPushButton(tr("&Print the unit's procedures…"))
        self.print_button.clicked.connect(self.print_unit)
        for button in (self.activate_button, self.open_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        legend = QLabel(tr("Orange: under way · green: every step signed off · blue: "
                           "returning to normal"))
        legend.setObjectName("hint")
        legend.setWordWrap(True)
        legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        buttons.addWidget(legend, 1)
        layout.addLayout(buttons)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+A"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.activate)
        self.view.selectionModel().currentChanged.connect(lambda *_a: self._unit_changed())
        self.ticker = QTimer(self)  # time since activation moves on
        self.ticker.setInterval(60_000)
        self.ticker.timeout.connect(self.refresh)
        self.ticker.start()
        context.data_changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, area: str) -> None:
        if area in (AREA, "units"):
            self.refresh()

    def refresh(self) -> None:
        current = self.view.currentIndex()
        unit = self.model.unit_at(current.row()) if current.isValid() else None
        procedure = self.model.procedure_at(current.column()) if current.isValid() else None
        board = activations.board(self.context.session,
                                  include_closed=self.show_closed.isChecked())
        self.model.set_board(board)
        open_cells = [c for c in board.cells if c.state in (ActivationState.ACTIVE,
                                                             ActivationState.RETURNING)]
        done = sum(c.done for c in open_cells)
        total = sum(c.total for c in open_cells)
        self.summary.setText(
            tr("{n} procedure(s) active in {units} unit(s) · {done} of {total} steps signed "
               "off", n=len(open_cells), units=len({c.unit_code for c in open_cells}),
               done=done, total=total) if open_cells else
            tr("No degraded-mode procedure is active. Activate one with “Activate "
               "procedures…”."))
        self._restore(unit, procedure)
        self._unit_changed()

    def _restore(self, unit: str | None, procedure: str | None) -> None:
        """Select the same square again after a refresh (the first one at first)."""
        if not self.model.rowCount():
            return
        row = next((r for r in range(self.model.rowCount()) if self.model.unit_at(r) == unit),
                   None)
        if row is None:
            row, procedure = 0, None
        column = next((c for c in range(self.model.columnCount())
                       if self.model.procedure_at(c) == procedure), None)
        if column is None:
            column = next((c for c in range(self.model.columnCount())
                           if self.model.cell_at(row, c) is not None), 0)
        self.view.setCurrentIndex(self.model.index(row, column))

    def select_unit(self, unit: str) -> None:
        """Show a unit's procedures (its first square on the board)."""
        if unit.upper() not in {self.model.unit_at(r) for r in range(self.model.rowCount())}:
            self.context.message_posted.emit(
                tr("No degraded-mode procedure is active in {unit}.", unit=unit))
            return
        self._restore(unit.upper(), None)
        self._unit_changed()

    def current_unit(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.unit_at(index.row()) if index.isValid() else None

    def current_cell(self) -> BoardCell | None:
        index = self.view.currentIndex()
        return self.model.cell_at(index.row(), index.column()) if index.isValid() else None

    def _unit_changed(self) -> None:
        unit = self.current_unit()
        if unit is None:
            self.unit_title.setText(tr("Select a unit on the board to see its procedures."))
            self.unit_model.set_rows([])
            self.print_button.setEnabled(False)
            return
        items = activations.list_activations(self.context.session, unit=unit,
                                             include_closed=self.show_closed.isChecked(),
                                             include_cancelled=self.show_closed.isChecked())
        name = items[0].unit_name if items else unit
        self.unit_title.setText(tr("Unit {unit} — {name}: its procedures", unit=unit,
                                   name=name))
        self.unit_model.set_rows(items)
        for column in (0, 2, 3, 4, 5):
            self.unit_view.resizeColumnToContents(column)
        self.print_button.setEnabled(any(a.is_open for a in items))

    def activate(self) -> None:
        if not self.context.session.can(Permission.PROCEDURES_ACTIVATE):
            return
        unit = self.current_unit()
        created = ActivateDialog.ask(self.context, self, (), [unit] if unit else [])
        if created:
            self.context.data_changed.emit(AREA)
            self.context.message_posted.emit(
                tr("{n} activation(s) saved: {refs}.", n=len(created),
                   refs=", ".join(a.ref for a in created)))

    def open_activation(self, activation_id: str) -> None:
        try:
            activation = activations.get_activation(self.context.session, activation_id)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        ChecklistDialog.ask(self.context, self, activation)
        self.refresh()

    def open_checklist(self) -> None:
        cell = self.current_cell()
        if cell is None:
            unit = self.current_unit()
            if unit is not None and self.context.session.can(Permission.PROCEDURES_ACTIVATE):
                index = self.view.currentIndex()
                procedure = self.model.procedure_at(index.column())
                created = ActivateDialog.ask(self.context, self,
                                             [procedure] if procedure else [], [unit])
                if created:
                    self.context.data_changed.emit(AREA)
            return
        self.open_activation(cell.activation_id)

    def open_unit_activation(self) -> None:
        row = selected_row(self.unit_view)
        if row is not None:
            self.open_activation(self.unit_model.row(row).id)

    def print_unit(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        from hospcrisis.printing import PrintRequest

        stamp = clock.local_text(clock.now(), "%Y%m%d-%H%M")
        self.printer.print(PrintRequest("procedures", units=(unit,)),
                           tr("procedures-{unit}-{time}.pdf", unit=unit, time=stamp))
