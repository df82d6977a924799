"""Systems status (HICS 251 style): each system's state with its colour, since when, a note;
changing a state; the full history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import systems
from hospcrisis.core.security import Permission
from hospcrisis.core.systems import SETTABLE_STATES, StatusChange, SystemStatus
from hospcrisis.errors import HospcrisisError
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.crisis.common import (
    STATE_STYLE,
    ProblemLabel,
    elapsed_text,
    selected_row,
    short_time,
    state_icon,
    table,
)
from hospcrisis.ui.crisis.indicator import summary_text
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, Index, RowsModel

AREA = "crisis"


def _since(item: SystemStatus | StatusChange) -> str:
    return clock.local_text(item.since, "%d/%m %H:%M") if item.since else ""


def _duration(since: str | None) -> str:
    if not since:
        return ""
    minutes = int((clock.now() - clock.from_iso(since)).total_seconds() // 60)
    return elapsed_text(minutes)


class SystemsModel(RowsModel[SystemStatus]):
    """Systems with a coloured state cell."""

    COL_NAME, COL_STATE, COL_SINCE, COL_FOR, COL_NOTE, COL_BY = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(tr("System"), lambda s: s.name, tooltip=lambda s: s.code),
            Column(tr("State"), lambda s: s.state_label),
            Column(tr("Since"), _since),
            Column(tr("For"), lambda s: _duration(s.since)),
            Column(tr("Note"), lambda s: s.note, tooltip=lambda s: s.note),
            Column(tr("Reported by"), lambda s: tr("{name}, {time}", name=s.reported_by_name,
                                                   time=short_time(s.reported_at))
                   if s.reported_by_name else ""),
        ], background=lambda s: STATE_STYLE.get(s.state, STATE_STYLE["unknown"])[1]
            if s.state in ("down", "partial") else None, bold=lambda s: s.state == "down",
            parent=parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.COL_STATE and \
                role == Qt.ItemDataRole.DecorationRole:
            return state_icon(self.row(index.row()).state)
        return super().data(index, role)


class HistoryModel(RowsModel[StatusChange]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(tr("Reported at"), lambda c: clock.local_text(c.reported_at, "%d/%m %H:%M")),
            Column(tr("System"), lambda c: c.name),
            Column(tr("State"), lambda c: c.state_label),
            Column(tr("Since"), _since),
            Column(tr("Note"), lambda c: c.note, tooltip=lambda c: c.note),
            Column(tr("Reported by"), lambda c: c.reported_by_name),
        ], background=lambda c: STATE_STYLE.get(c.state, STATE_STYLE["unknown"])[1],
            parent=parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 2 and role == Qt.ItemDataRole.DecorationRole:
            return state_icon(self.row(index.row()).state)
        return super().data(index, role)


class StatusDialog(QDialog):
    """Report a system's state: big coloured choices, since when, a note."""

    def __init__(self, context: AppContext, system: SystemStatus | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: SystemStatus | None = None
        self.setWindowTitle(tr("Change a system's state"))
        self.resize(560, 400)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.system = QComboBox()
        for item in systems.list_systems(context.session):
            self.system.addItem(state_icon(item.state), f"{item.name} — {item.state_label}",
                                item.code)
        if system is not None:
            self.system.setCurrentIndex(max(0, self.system.findData(system.code)))
        form.addRow(tr("System"), self.system)
        states = QHBoxLayout()
        self.states = QButtonGroup(self)
        for index, state in enumerate(SETTABLE_STATES):
            button = QRadioButton(state.label)
            button.setIcon(state_icon(state.value))
            button.setProperty("state", state.value)
            button.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            self.states.addButton(button, index)
            states.addWidget(button)
        states.addStretch(1)
        form.addRow(tr("New state"), states)
        self.since = QLineEdit()
        self.since.setPlaceholderText(tr("empty: now — or 14:30, 11/02 14:30"))
        form.addRow(tr("Since"), self.since)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        form.addRow(tr("Note"), self.note)
        layout.addLayout(form)
        hint = QLabel(tr("The change is also written in the main courante (an alert when a "
                         "system goes down)."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.problems = ProblemLabel()
        layout.addWidget(self.problems)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(tr("Save the state"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("primary")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        current = system.state if system is not None else None
        for choice in self.states.buttons():
            if choice.property("state") == current:
                choice.setChecked(True)

    def chosen_state(self) -> str:
        button = self.states.checkedButton()
        return str(button.property("state")) if button is not None else ""

    def choose(self, state: str) -> None:
        for button in self.states.buttons():
            button.setChecked(button.property("state") == state)

    def save(self) -> None:
        try:
            self.saved = systems.set_status(self.context.session, self.system.currentData(),
                                            self.chosen_state(), note=self.note.toPlainText(),
                                            since=self.since.text() or None)
        except HospcrisisError as exc:
            self.problems.show_error(exc)
            return
        self.accept()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None,
            system: SystemStatus | None = None) -> SystemStatus | None:
        """The system's new status, or None when cancelled."""
        dialog = cls(context, system, parent)
        dialog.exec()
        return dialog.saved


class HistoryDialog(QDialog):
    """Every status report, newest first; one system or all."""

    def __init__(self, context: AppContext, system: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Systems status history"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.system = QComboBox()
        self.system.addItem(tr("All systems"), "")
        for item in systems.list_systems(context.session, include_inactive=True):
            self.system.addItem(item.name, item.code)
        if system:
            self.system.setCurrentIndex(max(0, self.system.findData(system)))
        self.system.currentIndexChanged.connect(lambda _i: self.refresh())
        row.addWidget(QLabel(tr("System")))
        row.addWidget(self.system)
        row.addStretch(1)
        layout.addLayout(row)
        self.model = HistoryModel(self)
        self.view = table(self.model)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        changes = systems.history(self.context.session, self.system.currentData() or None)
        self.model.set_rows(list(reversed(changes)))
        self.view.resizeColumnsToContents()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None, system: str | None) -> None:
        cls(context, system, parent).exec()


class SystemsPanel(QWidget):
    """The systems and their states; change one; history."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.can_set = context.session.can(Permission.SYSTEMS_STATUS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("summaryLine")
        layout.addWidget(self.summary)
        self.model = SystemsModel(self)
        self.view = table(self.model, stretch_last=False)
        self.view.setObjectName("systemsTable")
        self.view.verticalHeader().setDefaultSectionSize(30)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SystemsModel.COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.change_state())
        self.view.activated.connect(lambda _i: self.change_state())
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.change_button = QPushButton(tr("&Change the state…"))
        self.change_button.setObjectName("primary")
        self.change_button.setToolTip(tr("Ctrl+Shift+S, or Enter on a system"))
        self.change_button.clicked.connect(self.change_state)
        self.change_button.setEnabled(self.can_set)
        self.history_button = QPushButton(tr("&History…"))
        self.history_button.clicked.connect(self.show_history)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.change_state)
        context.data_changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, area: str) -> None:
        if area == AREA:
            self.refresh()

    def refresh(self) -> None:
        row = selected_row(self.view)
        items = systems.list_systems(self.context.session)
        self.model.set_rows(items)
        summary = systems.summary(self.context.session)
        self.summary.setText(tr("{short} — {detail}", short=summary_text(summary),
                                detail=summary.text))
        self.view.resizeColumnToContents(SystemsModel.COL_NAME)
        self.view.setColumnWidth(SystemsModel.COL_STATE, 210)
        for column in (SystemsModel.COL_SINCE, SystemsModel.COL_FOR, SystemsModel.COL_BY):
            self.view.resizeColumnToContents(column)
        if items:
            self.view.selectRow(min(row or 0, len(items) - 1))

    def selected_system(self) -> SystemStatus | None:
        row = selected_row(self.view)
        return self.model.row(row) if row is not None else None

    def change_state(self) -> None:
        if not self.can_set:
            return
        saved = StatusDialog.ask(self.context, self, self.selected_system())
        if saved is None:
            return
        self.context.message_posted.emit(tr("{name}: {state} since {time}.", name=saved.name,
                                            state=saved.state_label,
                                            time=clock.local_text(saved.since, "%H:%M")))
        self.context.data_changed.emit(AREA)

    def show_history(self) -> None:
        system = self.selected_system()
        HistoryDialog.ask(self.context, self, system.code if system else None)
