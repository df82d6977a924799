"""Cancellation by rule (déprogrammation): which planned cases, why — one action.

The rule defaults to the downtime decision: every P3 and P4 case of the next 14 days. The
preview (count and list) follows every change of the rule, before anything is cancelled.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hospcrisis.core import surgery, surgery_views
from hospcrisis.core.planner import PRIORITY_CODES
from hospcrisis.core.security import Permission
from hospcrisis.errors import HospcrisisError
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_error
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.surgery import dialogs
from hospcrisis.ui.surgery.common import (
    AREA,
    ProblemLabel,
    from_qdate,
    set_widths,
    table,
    to_qdate,
    today,
)
from hospcrisis.ui.surgery.models import CasesModel

DEFAULT_PRIORITIES = ("P3", "P4")
DEFAULT_DAYS = 14


class CancellationPanel(QWidget):
    """Cancel every planned case matching a rule, with one reason, in one action.

    Signals:
        cancelled(int): cases were cancelled (how many).
    """

    cancelled = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("surgeryCancellation")
        self.preview: list[surgery.Case] = []
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        rule = QGroupBox(tr("Which planned cases"))
        form = QFormLayout(rule)
        boxes = QHBoxLayout()
        self.priorities: dict[str, QCheckBox] = {}
        for code in PRIORITY_CODES:
            check = QCheckBox(code)
            check.setToolTip(tr(surgery.PRIORITIES[code].label))
            check.setChecked(code in DEFAULT_PRIORITIES)
            self.priorities[code] = check
            boxes.addWidget(check)
        form.addRow(tr("Priority"), boxes)
        self.first = QDateEdit(to_qdate(today()))
        self.last = QDateEdit(to_qdate(today() + timedelta(days=DEFAULT_DAYS - 1)))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd dd/MM/yyyy")
        form.addRow(tr("From"), self.first)
        form.addRow(tr("To (inclusive)"), self.last)
        next_days = QPushButton(tr("The next 14 days"))
        next_days.clicked.connect(self.next_fortnight)
        form.addRow("", next_days)
        self.room = QComboBox()
        self.specialty = QComboBox()
        self.surgeon = QComboBox()
        form.addRow(tr("Room"), self.room)
        form.addRow(tr("Specialty"), self.specialty)
        form.addRow(tr("Surgeon"), self.surgeon)
        left.addWidget(rule)
        why = QGroupBox(tr("Why (told to each patient)"))
        why_layout = QVBoxLayout(why)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("e.g. Cyberattack: theatres limited to emergencies"))
        why_layout.addWidget(self.reason)
        left.addWidget(why)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.count.setWordWrap(True)
        left.addWidget(self.count)
        self.problems = ProblemLabel()
        left.addWidget(self.problems)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("danger")
        self.cancel_button.clicked.connect(self.cancel_matching)
        self.cancel_button.setVisible(context.session.can(Permission.SURGERY_MANAGE))
        left.addWidget(self.cancel_button)
        left.addStretch(1)
        holder = QWidget()
        holder.setLayout(left)
        holder.setFixedWidth(390)
        layout.addWidget(holder)
        right = QVBoxLayout()
        title = QLabel(tr("Cases that would be cancelled"))
        title.setObjectName("countLabel")
        right.addWidget(title)
        self.model = CasesModel(self)
        self.view = table(self.model)
        right.addWidget(self.view, 1)
        layout.addLayout(right, 1)
        for check in self.priorities.values():
            check.toggled.connect(lambda _c: self.update_preview())
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _d: self.update_preview())
        for combo in (self.room, self.specialty, self.surgeon):
            combo.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.reason.textChanged.connect(lambda _t: self._enable())
        context.data_changed.connect(lambda area: self.refresh() if area == AREA else None)
        self.refresh()
        set_widths(self.view, [50, 160, 50, 160, 80, 190, 110, 70, 60])

    def next_fortnight(self) -> None:
        self.first.setDate(to_qdate(today()))
        self.last.setDate(to_qdate(today() + timedelta(days=DEFAULT_DAYS - 1)))

    def refresh(self) -> None:
        """Reload the choices (rooms, specialties, surgeons) and the preview."""
        session = self.context.session
        choices = (
            (self.room, [(r.code, f"{r.code} — {r.name}") for r in surgery.list_rooms(
                session, include_inactive=True)], tr("Every room")),
            (self.specialty, [(s, s) for s in surgery_views.specialties(session)],
             tr("Every specialty")),
            (self.surgeon, [(s.code, s.display_name) for s in surgery.list_staff(
                session, role="surgeon", include_inactive=True)], tr("Every surgeon")))
        for combo, items, every in choices:
            wanted = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(every, "")
            for code, label in items:
                combo.addItem(label, code)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.blockSignals(False)
        self.update_preview()

    def rule(self) -> surgery.CancelRule:
        def one(combo: QComboBox) -> tuple[str, ...]:
            value = combo.currentData()
            return (str(value),) if value else ()

        return surgery.CancelRule(
            from_qdate(self.first.date()), from_qdate(self.last.date()),
            tuple(code for code, check in self.priorities.items() if check.isChecked()),
            one(self.room), one(self.specialty), one(self.surgeon))

    def update_preview(self) -> None:
        """Count and list the cases the rule takes (read-only)."""
        self.problems.clear_error()
        try:
            self.preview = surgery.preview_cancellation(self.context.session, self.rule())
        except HospcrisisError as exc:
            self.preview = []
            self.problems.show_error(exc)
        self.model.set_rows(self.preview)
        patients = len({(c.patient_name, c.patient_phone) for c in self.preview})
        rule = self.rule()
        self.count.setText(tr("{n} planned cases match from {first} to {last}: {patients} "
                              "patients to call.", n=len(self.preview),
                              first=rule.first_day.strftime("%d/%m/%Y"),
                              last=rule.last_day.strftime("%d/%m/%Y"), patients=patients))
        self.cancel_button.setText(tr("Cancel these {n} cases…", n=len(self.preview)))
        self._enable()

    def _enable(self) -> None:
        self.cancel_button.setEnabled(bool(self.preview) and bool(self.reason.text().strip()))
        self.cancel_button.setToolTip("" if self.reason.text().strip() else
                                      tr("Write the reason first."))

    def cancel_matching(self) -> None:
        """Confirm, then cancel every case of the preview: one action, one audit entry."""
        rule = self.rule()
        count = len(self.preview)
        if not count:
            return
        priorities = ", ".join(rule.priorities) or tr("every priority")
        if not dialogs.confirm_action(self, tr(
                "Cancel {n} planned cases ({priorities}) from {first} to {last}?\n\nEach "
                "patient goes on the call list with the reason: “{reason}”. The cases go "
                "back to the waiting list, to re-plan.", n=count, priorities=priorities,
                first=rule.first_day.strftime("%d/%m/%Y"),
                last=rule.last_day.strftime("%d/%m/%Y"), reason=self.reason.text().strip()),
                tr("Cancel {n} cases", n=count)):
            return
        try:
            result = surgery.cancel_by_rule(self.context.session, rule, self.reason.text())
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.context.data_changed.emit(AREA)
        self.context.message_posted.emit(tr(
            "{n} cases cancelled; {calls} patients to call.", n=result.cancelled,
            calls=result.calls))
        self.cancelled.emit(result.cancelled)
