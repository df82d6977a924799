"""The call list: every patient whose operation was cancelled or given a new date, the
number to dial in large print, and the outcome of each attempt (reached / message left /
unreachable) with a note. After an outcome, the next patient to call is selected."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import printing
from hospcrisis.core import surgery
from hospcrisis.core.security import Permission
from hospcrisis.errors import HospcrisisError
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_error
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.surgery.common import (
    AREA,
    moment_text,
    priority_text,
    select_row,
    selected_row,
    set_widths,
    table,
)
from hospcrisis.ui.surgery.models import AttemptsModel, CallsModel

OUTCOMES = ("reached", "message", "unreachable")


class CallsPanel(QWidget):
    """Who to call, and what each call gave.

    Signals:
        call_recorded(str): an attempt was saved (the call-list entry's id).
    """

    call_recorded = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("surgeryCalls")
        self.entries: list[surgery.CallEntry] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.pending_only = QCheckBox(tr("Only patients still to call"))
        self.pending_only.setChecked(True)
        self.pending_only.toggled.connect(lambda _c: self.refresh())
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search a name, a phone number…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.print_button = QPushButton(tr("&Print the call list"))
        self.print_button.clicked.connect(self.print_list)
        bar.addWidget(self.pending_only)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = CallsModel(self)
        self.view = table(self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self.show_entry())
        splitter.addWidget(self.view)
        splitter.addWidget(self._detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 420])
        layout.addWidget(splitter, 1)
        context.data_changed.connect(lambda area: self.refresh() if area == AREA else None)
        self.refresh()
        set_widths(self.view, [110, 170, 130, 150, 150, 160, 60, 180])

    def _detail(self) -> QWidget:
        box = QWidget()
        box.setMinimumWidth(380)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 0, 0, 0)
        self.name = QLabel()
        self.name.setObjectName("callName")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.name)
        phone_row = QHBoxLayout()
        self.phone = QLabel()
        self.phone.setObjectName("callPhone")
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(tr("&Copy"))
        self.copy_button.setToolTip(tr("Copy the phone number"))
        self.copy_button.clicked.connect(self.copy_phone)
        phone_row.addWidget(self.phone, 1)
        phone_row.addWidget(self.copy_button)
        layout.addLayout(phone_row)
        facts = QFormLayout()
        self.operation = QLabel()
        self.planned = QLabel()
        self.new_date = QLabel()
        self.reason = QLabel()
        for label in (self.operation, self.planned, self.new_date, self.reason):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts.addRow(tr("Operation"), self.operation)
        facts.addRow(tr("Was planned"), self.planned)
        facts.addRow(tr("New date"), self.new_date)
        facts.addRow(tr("Why we call"), self.reason)
        layout.addLayout(facts)
        outcome = QGroupBox(tr("Outcome of this call"))
        outcome_layout = QVBoxLayout(outcome)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Note (optional): what was said, call back after…"))
        outcome_layout.addWidget(self.note)
        buttons = QHBoxLayout()
        self.outcome_buttons: dict[str, QPushButton] = {}
        names = {"reached": ("outcomeReached", tr("&Reached")),
                 "message": ("outcomeMessage", tr("&Message left")),
                 "unreachable": ("outcomeUnreachable", tr("&Unreachable"))}
        for code in OUTCOMES:
            object_name, text = names[code]
            button = QPushButton(text)
            button.setObjectName(object_name)
            button.clicked.connect(lambda _c=False, code=code: self.record(code))
            button.setEnabled(self.context.session.can(Permission.SURGERY_CALLS))
            self.outcome_buttons[code] = button
            buttons.addWidget(button)
        outcome_layout.addLayout(buttons)
        layout.addWidget(outcome)
        layout.addWidget(QLabel(tr("Attempts so far:")))
        self.attempts = AttemptsModel(self)
        self.attempts_view = table(self.attempts)
        layout.addWidget(self.attempts_view, 1)
        set_widths(self.attempts_view, [125, 90, 120])
        return box

    # -- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.current_entry()
        self.entries = surgery.list_calls(self.context.session,
                                          pending_only=self.pending_only.isChecked())
        self.apply_filter(current.id if current else None)

    def apply_filter(self, keep: str | None = None) -> None:
        text = self.search.text().strip().lower()
        digits = "".join(ch for ch in text if ch.isdigit())
        rows = [e for e in self.entries
                if not text or text in e.patient_name.lower()
                or (digits and digits in "".join(ch for ch in e.phone if ch.isdigit()))
                or text == str(e.case_number)]
        self.model.set_rows(rows)
        pending = sum(1 for e in self.entries if e.pending)
        self.count.setText(tr("{n} still to call", n=pending))
        row = next((i for i, e in enumerate(rows) if e.id == keep), 0 if rows else -1)
        if row >= 0:
            select_row(self.view, row)
        self.show_entry()

    def current_entry(self) -> surgery.CallEntry | None:
        row = selected_row(self.view)
        return self.model.row(row) if row is not None and row < self.model.rowCount() \
            else None

    def select_entry(self, entry_id: str) -> None:
        for row, entry in enumerate(self.model.rows):
            if entry.id == entry_id:
                select_row(self.view, row)
                return

    def show_entry(self) -> None:
        entry = self.current_entry()
        for button in self.outcome_buttons.values():
            button.setEnabled(entry is not None and
                              self.context.session.can(Permission.SURGERY_CALLS))
        self.copy_button.setEnabled(bool(entry and entry.phone))
        if entry is None:
            self.name.setText(tr("Nobody left to call.") if not self.model.rowCount() else "")
            for label in (self.phone, self.operation, self.planned, self.new_date,
                          self.reason):
                label.setText("")
            self.attempts.set_rows([])
            return
        born = entry.patient_birth_date
        born_text = f"{born[8:10]}/{born[5:7]}/{born[:4]}" if len(born) == 10 else born
        self.name.setText(entry.patient_name + (f"  ({born_text})" if born_text else ""))
        self.phone.setText(entry.phone or tr("no number"))
        self.operation.setText(tr("{procedure} — {surgeon} · {priority}",
                                  procedure=entry.procedure, surgeon=entry.surgeon_name,
                                  priority=priority_text(entry.priority)))
        self.planned.setText(moment_text(entry.original_start) or "—")
        self.new_date.setText(moment_text(entry.new_start) or tr("not yet: to re-plan"))
        purpose = tr(surgery.CALL_PURPOSES.get(entry.purpose, entry.purpose))
        self.reason.setText(f"{purpose} — {entry.reason}")
        self.attempts.set_rows(list(entry.attempts))

    # -- actions -----------------------------------------------------------------------------

    def copy_phone(self) -> None:
        entry = self.current_entry()
        clipboard = QGuiApplication.clipboard()
        if entry is not None and entry.phone and clipboard is not None:
            clipboard.setText(entry.phone)
            self.context.message_posted.emit(tr("Number copied: {phone}", phone=entry.phone))

    def record(self, outcome: str) -> None:
        """Save one attempt for the selected patient, then go to the next one to call."""
        entry = self.current_entry()
        if entry is None:
            return
        row = selected_row(self.view) or 0
        try:
            updated = surgery.record_call(self.context.session, entry.id, outcome,
                                          self.note.text())
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.note.clear()
        self.context.message_posted.emit(tr(
            "Call to {patient}: {outcome}.", patient=entry.patient_name,
            outcome=tr(surgery.CALL_OUTCOMES[outcome])))
        self.call_recorded.emit(entry.id)
        self.entries = surgery.list_calls(self.context.session,
                                          pending_only=self.pending_only.isChecked())
        self.apply_filter(None)
        if updated.status == "reached" and self.pending_only.isChecked():
            select_row(self.view, min(row, self.model.rowCount() - 1))
        else:
            index = next((i for i, e in enumerate(self.model.rows) if e.id == entry.id), row)
            select_row(self.view, min(index + 1, self.model.rowCount() - 1))
        self.show_entry()
        self.context.data_changed.emit(AREA)

    def print_list(self) -> None:
        self.context.print_requested.emit(printing.PrintRequest(
            "calls", options={"pending_only": self.pending_only.isChecked()}))
