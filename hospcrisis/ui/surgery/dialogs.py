"""Dialogs of the operating-theatre screens. Each has an `ask(...)` class method that runs it
and returns what was saved (or None when cancelled), so tests can drive or replace it."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import surgery, surgery_views
from hospcrisis.core.planner import PRIORITY_CODES
from hospcrisis.errors import HospcrisisError, ValidationError
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import confirm, show_error
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.surgery.common import (
    AREA,
    STYLESHEET,
    ProblemLabel,
    from_qdate,
    moment_text,
    priority_text,
    selected_row,
    set_widths,
    span_text,
    table,
    to_qdate,
    today,
)
from hospcrisis.ui.surgery.models import (
    AbsencesModel,
    ClosuresModel,
    ProblemsModel,
    RoomsModel,
    StaffModel,
)


def _qdatetime(moment: datetime) -> QDateTime:
    local = clock.local(moment)
    return QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute))


def _from_qdatetime(value: QDateTime) -> datetime:
    qdate, qtime = value.date(), value.time()
    return datetime(qdate.year(), qdate.month(), qdate.day(), qtime.hour(),
                    qtime.minute()).astimezone()


def _mark(widgets: dict[str, QWidget], error: HospcrisisError) -> None:
    """Frame in red the fields a `ValidationError` names."""
    fields = error.fields if isinstance(error, ValidationError) else set()
    for name, widget in widgets.items():
        widget.setProperty("invalid", name in fields)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _form(box: QGroupBox) -> QFormLayout:
    """A form at the top of `box` (the rest of the box stays empty below)."""
    outer = QVBoxLayout(box)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    return form


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setObjectName("primary")
    ok.setDefault(True)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(tr("Cancel"))
    box.rejected.connect(dialog.reject)
    return box, ok


# --- a reason -------------------------------------------------------------------------------------


class ReasonDialog(QDialog):
    """Ask for a reason (required) before an action that says why (cancel, reopen…)."""

    def __init__(self, title: str, prompt: str, ok_text: str, default: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QLineEdit(default)
        self.reason.setMinimumWidth(420)
        layout.addWidget(self.reason)
        self.error = QLabel(tr("Give a reason."))
        self.error.setObjectName("errorLabel")
        self.error.hide()
        layout.addWidget(self.error)
        box, self.ok_button = _buttons(self, ok_text)
        self.ok_button.clicked.connect(self._accept)
        layout.addWidget(box)

    def _accept(self) -> None:
        if not self.reason.text().strip():
            self.error.show()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str, ok_text: str,
            default: str = "") -> str | None:
        dialog = cls(title, prompt, ok_text, default, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.text().strip()


# --- a case ---------------------------------------------------------------------------------------


class CaseDialog(QDialog):
    """Create or edit a surgical case; every problem listed in place, nothing saved if bad."""

    def __init__(self, context: AppContext, case: surgery.Case | None = None,
                 parent: QWidget | None = None, *, day: date | None = None,
                 room: str | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case = case
        self.saved: surgery.Case | None = None
        session = context.session
        self.setObjectName("caseDialog")
        self.setStyleSheet(STYLESHEET)
        self.setWindowTitle(tr("New surgical case") if case is None else
                            tr("Case {n}", n=case.number))
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        layout.addLayout(columns)

        patient = QGroupBox(tr("Patient"))
        form = _form(patient)
        self.family = QLineEdit()
        self.given = QLineEdit()
        self.birth = QLineEdit()
        self.birth.setPlaceholderText(tr("DD/MM/YYYY or a year"))
        self.sex = QComboBox()
        for code in ("U", "F", "M"):
            self.sex.addItem(tr(surgery.SEXES[code]), code)
        self.phone = QLineEdit()
        self.patient_id = QLineEdit()
        self.patient_id.setPlaceholderText(tr("IPP or provisional ID"))
        form.addRow(tr("Family name"), self.family)
        form.addRow(tr("Given name"), self.given)
        form.addRow(tr("Born"), self.birth)
        form.addRow(tr("Sex"), self.sex)
        form.addRow(tr("Phone"), self.phone)
        form.addRow(tr("IPP / ID"), self.patient_id)
        columns.addWidget(patient)

        operation = QGroupBox(tr("Operation details"))
        form = _form(operation)
        self.procedure = QLineEdit()
        self.specialty = QComboBox()
        self.specialty.setEditable(True)
        self.specialty.addItem("")
        self.specialty.addItems(surgery_views.specialties(session))
        self.surgeon = QComboBox()
        self.anaesthetist = QComboBox()
        self.anaesthetist.addItem(tr("— not named —"), "")
        for person in surgery.list_staff(session):
            target = self.surgeon if person.role == "surgeon" else self.anaesthetist
            target.addItem(f"{person.display_name} ({person.code})", person.code)
        self.duration = QSpinBox()
        self.duration.setRange(surgery.MIN_DURATION, surgery.MAX_DURATION)
        self.duration.setSingleStep(5)
        self.duration.setValue(60)
        self.duration.setSuffix(tr(" min"))
        self.anaesthesia = QComboBox()
        for code, label in surgery.ANAESTHESIA.items():
            self.anaesthesia.addItem(tr(label), code)
        self.requirements = QLineEdit()
        self.requirements.setPlaceholderText(tr("equipment, separated by commas"))
        self.case_ref = QLineEdit()
        form.addRow(tr("Operation"), self.procedure)
        form.addRow(tr("Specialty"), self.specialty)
        form.addRow(tr("Surgeon"), self.surgeon)
        form.addRow(tr("Anaesthetist"), self.anaesthetist)
        form.addRow(tr("Expected duration"), self.duration)
        form.addRow(tr("Anaesthesia"), self.anaesthesia)
        form.addRow(tr("Equipment needed"), self.requirements)
        form.addRow(tr("OR reference"), self.case_ref)
        columns.addWidget(operation)

        urgency = QGroupBox(tr("Priority"))
        form = _form(urgency)
        self.priority = QComboBox()
        for code in PRIORITY_CODES:
            self.priority.addItem(priority_text(code), code)
        self.priority.setCurrentIndex(PRIORITY_CODES.index("P3"))
        self.set_at = QDateTimeEdit(_qdatetime(clock.now()))
        self.set_at.setCalendarPopup(True)
        self.set_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.has_deadline = QCheckBox(tr("Earlier deadline than the class gives:"))
        self.deadline = QDateTimeEdit(_qdatetime(clock.now() + timedelta(days=7)))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.deadline.setEnabled(False)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.deadline_hint = QLabel()
        self.deadline_hint.setObjectName("hint")
        self.deadline_hint.setWordWrap(True)
        form.addRow(tr("Class"), self.priority)
        form.addRow(tr("Class set on"), self.set_at)
        form.addRow(self.has_deadline)
        form.addRow(tr("Deadline"), self.deadline)
        form.addRow(self.deadline_hint)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        form.addRow(tr("Notes"), self.notes)
        self.plan_now = QCheckBox(tr("Put it in the programme now:"))
        self.room = QComboBox()
        for r in surgery.list_rooms(session):
            self.room.addItem(f"{r.code} — {r.name}", r.code)
        self.start = QDateTimeEdit(QDateTime(to_qdate(day or today() + timedelta(days=1)),
                                             QTime(8, 0)))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd/MM/yyyy HH:mm")
        if case is None:
            form.addRow(self.plan_now)
            form.addRow(tr("Room"), self.room)
            form.addRow(tr("Start"), self.start)
            self.room.setEnabled(False)
            self.start.setEnabled(False)
            self.plan_now.toggled.connect(self.room.setEnabled)
            self.plan_now.toggled.connect(self.start.setEnabled)
            if room:
                self.plan_now.setChecked(True)
                self.room.setCurrentIndex(max(0, self.room.findData(room)))
        if case is not None and case.planned_start is not None:
            slot = QLabel(tr("Room {room}, {when} (plans and cancellations change it).",
                             room=case.room_code or "—", when=moment_text(case.planned_start)))
            slot.setWordWrap(True)
            form.addRow(tr("Slot"), slot)
        columns.addWidget(urgency)

        self.problems = ProblemLabel()
        layout.addWidget(self.problems)
        box, self.ok_button = _buttons(self, tr("Save"))
        self.ok_button.clicked.connect(self.save)
        layout.addWidget(box)
        self.widgets: dict[str, QWidget] = {
            "patient_family_name": self.family, "patient_given_name": self.given,
            "patient_birth_date": self.birth, "patient_sex": self.sex,
            "patient_phone": self.phone, "patient_id_text": self.patient_id,
            "procedure": self.procedure, "specialty": self.specialty,
            "surgeon": self.surgeon, "anaesthetist": self.anaesthetist,
            "duration_min": self.duration, "anaesthesia": self.anaesthesia,
            "requirements": self.requirements, "priority": self.priority,
            "priority_set_at": self.set_at, "deadline_override": self.deadline,
            "notes": self.notes, "case_ref": self.case_ref, "room": self.room,
            "planned_start": self.start}
        if case is not None:
            self._load(case)
        self.priority.currentIndexChanged.connect(self._priority_changed)
        self.set_at.dateTimeChanged.connect(self._show_deadline)
        self._show_deadline()

    def _load(self, case: surgery.Case) -> None:
        self.family.setText(case.patient_family_name)
        self.given.setText(case.patient_given_name)
        birth = case.patient_birth_date
        self.birth.setText(f"{birth[8:10]}/{birth[5:7]}/{birth[:4]}" if len(birth) == 10
                           else birth)
        self.sex.setCurrentIndex(max(0, self.sex.findData(case.patient_sex)))
        self.phone.setText(case.patient_phone)
        self.patient_id.setText(case.patient_id_text)
        self.procedure.setText(case.procedure)
        for edit in (self.family, self.given, self.procedure, self.phone, self.patient_id):
            edit.setCursorPosition(0)
        self.specialty.setCurrentText(case.specialty)
        index = self.surgeon.findData(case.surgeon_code)
        if index < 0:
            self.surgeon.addItem(case.surgeon_code, case.surgeon_code)
            index = self.surgeon.count() - 1
        self.surgeon.setCurrentIndex(index)
        self.anaesthetist.setCurrentIndex(max(0, self.anaesthetist.findData(
            case.anaesthetist_code or "")))
        self.duration.setValue(case.duration_min)
        self.anaesthesia.setCurrentIndex(max(0, self.anaesthesia.findData(case.anaesthesia)))
        self.requirements.setText(", ".join(case.requirements))
        self.case_ref.setText(case.case_ref or "")
        self.priority.setCurrentIndex(max(0, self.priority.findData(case.priority)))
        self.set_at.setDateTime(_qdatetime(case.priority_set_at))
        derived = surgery.deadline_for(case.priority, case.priority_set_at)
        if case.deadline is not None and case.deadline != derived:
            self.has_deadline.setChecked(True)
            self.deadline.setDateTime(_qdatetime(case.deadline))
        self.notes.setPlainText(case.notes)

    def _priority_changed(self) -> None:
        if self.case is not None and self.priority.currentData() != self.case.priority:
            self.set_at.setDateTime(_qdatetime(clock.now()))  # a new class is set now
        self._show_deadline()

    def _show_deadline(self) -> None:
        code = str(self.priority.currentData())
        derived = surgery.deadline_for(code, _from_qdatetime(self.set_at.dateTime()))
        self.deadline_hint.setText(
            tr("The class gives the deadline {when}.", when=moment_text(derived)) if derived
            else tr("This class has no deadline."))

    def values(self) -> dict[str, Any]:
        """Every field as the core service takes it."""
        return {
            "patient_family_name": self.family.text(), "patient_given_name": self.given.text(),
            "patient_birth_date": self.birth.text(), "patient_sex": self.sex.currentData(),
            "patient_phone": self.phone.text(), "patient_id_text": self.patient_id.text(),
            "procedure": self.procedure.text(), "specialty": self.specialty.currentText(),
            "surgeon": self.surgeon.currentData() or "",
            "anaesthetist": self.anaesthetist.currentData() or "",
            "duration_min": self.duration.value(),
            "anaesthesia": self.anaesthesia.currentData(),
            "requirements": self.requirements.text(), "priority": self.priority.currentData(),
            "priority_set_at": _from_qdatetime(self.set_at.dateTime()),
            "deadline_override": _from_qdatetime(self.deadline.dateTime())
            if self.has_deadline.isChecked() else "",
            "notes": self.notes.toPlainText(), "case_ref": self.case_ref.text()}

    def _changes(self, case: surgery.Case) -> dict[str, Any]:
        values = self.values()
        current: dict[str, Any] = {
            "patient_family_name": case.patient_family_name,
            "patient_given_name": case.patient_given_name,
            "patient_sex": case.patient_sex, "patient_phone": case.patient_phone,
            "patient_id_text": case.patient_id_text, "procedure": case.procedure,
            "specialty": case.specialty, "surgeon": case.surgeon_code,
            "anaesthetist": case.anaesthetist_code or "", "duration_min": case.duration_min,
            "anaesthesia": case.anaesthesia, "requirements": ", ".join(case.requirements),
            "priority": case.priority, "notes": case.notes, "case_ref": case.case_ref or ""}
        changes = {k: v for k, v in values.items() if k in current and v != current[k]}
        birth = case.patient_birth_date
        shown = f"{birth[8:10]}/{birth[5:7]}/{birth[:4]}" if len(birth) == 10 else birth
        if values["patient_birth_date"] != shown:
            changes["patient_birth_date"] = values["patient_birth_date"]
        if abs((values["priority_set_at"] - case.priority_set_at).total_seconds()) >= 60:
            changes["priority_set_at"] = values["priority_set_at"]
        derived = surgery.deadline_for(case.priority, case.priority_set_at)
        had = case.deadline is not None and case.deadline != derived
        wanted = values["deadline_override"]
        if had and not wanted:
            changes["deadline_override"] = ""
        elif wanted and (not had or case.deadline is None
                         or abs((wanted - case.deadline).total_seconds()) >= 60):
            changes["deadline_override"] = wanted
        return changes

    def save(self) -> None:
        session = self.context.session
        try:
            if self.case is None:
                values = self.values()
                if self.plan_now.isChecked():
                    values["room"] = self.room.currentData()
                    values["planned_start"] = _from_qdatetime(self.start.dateTime())
                self.saved = surgery.create_case(session, **values)
            else:
                changes = self._changes(self.case)
                self.saved = surgery.update_case(session, self.case.id,
                                                 expected_version=self.case.version,
                                                 **changes) if changes else self.case
        except HospcrisisError as exc:
            self.problems.show_error(exc)
            _mark(self.widgets, exc)
            return
        self.context.data_changed.emit(AREA)
        self.accept()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None,
            case: surgery.Case | None = None, **kwargs: Any) -> surgery.Case | None:
        dialog = cls(context, case, parent, **kwargs)
        dialog.exec()
        return dialog.saved


# --- rooms ----------------------------------------------------------------------------------------


class RoomEditDialog(QDialog):
    """One operating room: code, name, specialties, equipment, opening hours per weekday."""

    def __init__(self, context: AppContext, room: surgery.Room | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.room = room
        self.saved: surgery.Room | None = None
        self.setObjectName("roomEditDialog")
        self.setWindowTitle(tr("New operating room") if room is None else
                            tr("Room {code}", code=room.code))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.code = QLineEdit(room.code if room else "")
        self.code.setEnabled(room is None)
        self.name = QLineEdit(room.name if room else "")
        self.specialties = QLineEdit(", ".join(room.specialties) if room else "")
        self.specialties.setPlaceholderText(tr("empty: any specialty"))
        self.equipment = QLineEdit(", ".join(room.equipment) if room else "")
        self.active = QCheckBox(tr("In use"))
        self.active.setChecked(room.active if room else True)
        form.addRow(tr("Code"), self.code)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Specialties"), self.specialties)
        form.addRow(tr("Equipment"), self.equipment)
        form.addRow("", self.active)
        layout.addLayout(form)
        hours = QGroupBox(tr("Opening hours"))
        grid = QGridLayout(hours)
        self.days: dict[int, tuple[QCheckBox, QTimeEdit, QTimeEdit]] = {}
        for row, day in enumerate(surgery.WEEKDAYS):
            check = QCheckBox(tr(surgery.WEEKDAY_LABELS[day]))
            opens, closes = QTimeEdit(QTime(8, 0)), QTimeEdit(QTime(18, 0))
            for edit in (opens, closes):
                edit.setDisplayFormat("HH:mm")
            span = room.hours.get(day) if room else ((("08:00", "18:00")) if day <= 5
                                                     else None)
            check.setChecked(span is not None)
            if span:
                opens.setTime(QTime.fromString(span[0], "HH:mm"))
                if span[1] != "24:00":
                    closes.setTime(QTime.fromString(span[1], "HH:mm"))
            for edit in (opens, closes):
                edit.setEnabled(check.isChecked())
                check.toggled.connect(edit.setEnabled)
            grid.addWidget(check, row, 0)
            grid.addWidget(opens, row, 1)
            grid.addWidget(QLabel("→"), row, 2)
            grid.addWidget(closes, row, 3)
            self.days[day] = (check, opens, closes)
        layout.addWidget(hours)
        self.problems = ProblemLabel()
        layout.addWidget(self.problems)
        box, self.ok_button = _buttons(self, tr("Save"))
        self.ok_button.clicked.connect(self.save)
        layout.addWidget(box)

    def hours(self) -> dict[int, tuple[str, str]]:
        return {day: (opens.time().toString("HH:mm"), closes.time().toString("HH:mm"))
                for day, (check, opens, closes) in self.days.items() if check.isChecked()}

    def save(self) -> None:
        session = self.context.session
        specialties = self.specialties.text().split(",")
        equipment = self.equipment.text().split(",")
        try:
            if self.room is None:
                self.saved = surgery.create_room(session, code=self.code.text(),
                                                 name=self.name.text(), hours=self.hours(),
                                                 specialties=specialties, equipment=equipment)
            else:
                self.saved = surgery.update_room(
                    session, self.room.code, name=self.name.text(), hours=self.hours(),
                    specialties=specialties, equipment=equipment,
                    active=self.active.isChecked(), expected_version=self.room.version)
        except HospcrisisError as exc:
            self.problems.show_error(exc)
            return
        self.context.data_changed.emit(AREA)
        self.accept()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None,
            room: surgery.Room | None = None) -> surgery.Room | None:
        dialog = cls(context, room, parent)
        dialog.exec()
        return dialog.saved


class ClosureDialog(QDialog):
    """Close a room for whole days; its planned cases are cancelled (patients to call)."""

    def __init__(self, context: AppContext, room: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result_: surgery.CancelResult | None = None
        self.setObjectName("closureDialog")
        self.setWindowTitle(tr("Close an operating room"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.room = QComboBox()
        for r in surgery.list_rooms(context.session):
            self.room.addItem(f"{r.code} — {r.name}", r.code)
        if room:
            self.room.setCurrentIndex(max(0, self.room.findData(room)))
        self.first = QDateEdit(to_qdate(today()))
        self.last = QDateEdit(to_qdate(today()))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.reason = QLineEdit()
        self.cancel_cases = QCheckBox(tr("Cancel the cases planned in it those days "
                                         "(patients go on the call list)"))
        self.cancel_cases.setChecked(True)
        form.addRow(tr("Room"), self.room)
        form.addRow(tr("From"), self.first)
        form.addRow(tr("To (inclusive)"), self.last)
        form.addRow(tr("Reason"), self.reason)
        form.addRow(self.cancel_cases)
        layout.addLayout(form)
        self.problems = ProblemLabel()
        layout.addWidget(self.problems)
        box, self.ok_button = _buttons(self, tr("Close the room"))
        self.ok_button.clicked.connect(self.save)
        layout.addWidget(box)

    def save(self) -> None:
        try:
            self.result_ = surgery.close_room(
                self.context.session, str(self.room.currentData()),
                from_qdate(self.first.date()), from_qdate(self.last.date()),
                self.reason.text(), cancel_cases=self.cancel_cases.isChecked())
        except HospcrisisError as exc:
            self.problems.show_error(exc)
            return
        self.context.data_changed.emit(AREA)
        self.accept()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None,
            room: str | None = None) -> surgery.CancelResult | None:
        dialog = cls(context, room, parent)
        dialog.exec()
        return dialog.result_


class RoomsDialog(QDialog):
    """The operating rooms and their closures."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("roomsDialog")
        self.setWindowTitle(tr("Operating rooms"))
        layout = QVBoxLayout(self)
        self.model = RoomsModel(self)
        self.view = table(self.model)
        self.view.doubleClicked.connect(lambda _i: self.edit_room())
        layout.addWidget(QLabel(tr("Rooms, their specialties, equipment and opening hours:")))
        layout.addWidget(self.view, 2)
        bar = QHBoxLayout()
        manage = context.session.can(surgery.Permission.SURGERY_MANAGE)
        for text, slot in ((tr("&New room…"), self.new_room), (tr("&Edit…"), self.edit_room),
                           (tr("&Close for some days…"), self.close_room)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setEnabled(manage)
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(QLabel(tr("Closures in force:")))
        self.closures = ClosuresModel(self)
        self.closures_view = table(self.closures)
        layout.addWidget(self.closures_view, 1)
        bar = QHBoxLayout()
        reopen = QPushButton(tr("&Reopen…"))
        reopen.clicked.connect(self.reopen)
        reopen.setEnabled(manage)
        bar.addWidget(reopen)
        bar.addStretch(1)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.resize(900, 560)
        self.refresh()
        set_widths(self.view, [70, 200, 330, 130, 110])

    def refresh(self) -> None:
        session = self.context.session
        self.model.set_rows(surgery.list_rooms(session, include_inactive=True))
        self.closures.set_rows([c for c in surgery.list_closures(session)
                                if c.last_day >= today()])

    def _room(self) -> surgery.Room | None:
        row = selected_row(self.view)
        return self.model.row(row) if row is not None else None

    def new_room(self) -> None:
        if RoomEditDialog.ask(self.context, self) is not None:
            self.refresh()

    def edit_room(self) -> None:
        room = self._room()
        if room is not None and RoomEditDialog.ask(self.context, self, room) is not None:
            self.refresh()

    def close_room(self) -> None:
        room = self._room()
        result = ClosureDialog.ask(self.context, self, room.code if room else None)
        if result is not None:
            self.refresh()
            self.context.message_posted.emit(tr(
                "Room closed; {n} cases cancelled, patients on the call list.",
                n=result.cancelled))

    def reopen(self) -> None:
        row = selected_row(self.closures_view)
        if row is None:
            return
        closure = self.closures.row(row)
        reason = ReasonDialog.ask(self, tr("Reopen a room"),
                                  tr("Room {code} opens again from {first} to {last}. Why?",
                                     code=closure.room_code,
                                     first=closure.first_day.strftime("%d/%m/%Y"),
                                     last=closure.last_day.strftime("%d/%m/%Y")),
                                  tr("Reopen"))
        if reason is None:
            return
        try:
            surgery.reopen_room(self.context.session, closure.id, reason)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.context.data_changed.emit(AREA)
        self.refresh()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None) -> None:
        cls(context, parent).exec()


# --- staff ----------------------------------------------------------------------------------------


class StaffEditDialog(QDialog):
    """A surgeon or an anaesthetist: names, role, specialty, operating days, phone."""

    def __init__(self, context: AppContext, person: surgery.Staff | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person = person
        self.saved: surgery.Staff | None = None
        self.setObjectName("staffEditDialog")
        self.setWindowTitle(tr("New surgeon or anaesthetist") if person is None else
                            person.display_name)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.code = QLineEdit(person.code if person else "")
        self.code.setEnabled(person is None)
        self.code.setPlaceholderText(tr("for example DUPONT.J"))
        self.family = QLineEdit(person.family_name if person else "")
        self.given = QLineEdit(person.given_name if person else "")
        self.role = QComboBox()
        for code, label in surgery.ROLES.items():
            self.role.addItem(tr(label), code)
        if person:
            self.role.setCurrentIndex(max(0, self.role.findData(person.role)))
        self.specialty = QComboBox()
        self.specialty.setEditable(True)
        self.specialty.addItem("")
        self.specialty.addItems(surgery_views.specialties(context.session))
        self.specialty.setCurrentText(person.specialty if person else "")
        self.phone = QLineEdit(person.phone if person else "")
        self.active = QCheckBox(tr("Still operating here"))
        self.active.setChecked(person.active if person else True)
        form.addRow(tr("Code"), self.code)
        form.addRow(tr("Family name"), self.family)
        form.addRow(tr("Given name"), self.given)
        form.addRow(tr("Role"), self.role)
        form.addRow(tr("Specialty"), self.specialty)
        form.addRow(tr("Phone"), self.phone)
        days = QHBoxLayout()
        self.weekdays: dict[int, QCheckBox] = {}
        chosen = set(person.weekdays) if person else {1, 2, 3, 4, 5}
        for day in surgery.WEEKDAYS:
            check = QCheckBox(tr(surgery.WEEKDAY_LABELS[day])[:3])
            check.setChecked(day in chosen)
            self.weekdays[day] = check
            days.addWidget(check)
        form.addRow(tr("Operating days"), days)
        form.addRow("", self.active)
        layout.addLayout(form)
        self.problems = ProblemLabel()
        layout.addWidget(self.problems)
        box, self.ok_button = _buttons(self, tr("Save"))
        self.ok_button.clicked.connect(self.save)
        layout.addWidget(box)

    def save(self) -> None:
        values: dict[str, Any] = {
            "family_name": self.family.text(), "given_name": self.given.text(),
            "role": self.role.currentData(), "specialty": self.specialty.currentText(),
            "phone": self.phone.text(),
            "weekdays": [d for d, check in self.weekdays.items() if check.isChecked()]}
        try:
            if self.person is None:
                self.saved = surgery.create_staff(self.context.session, code=self.code.text(),
                                                  **values)
            else:
                self.saved = surgery.update_staff(self.context.session, self.person.code,
                                                  expected_version=self.person.version,
                                                  active=self.active.isChecked(), **values)
        except HospcrisisError as exc:
            self.problems.show_error(exc)
            return
        self.context.data_changed.emit(AREA)
        self.accept()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None,
            person: surgery.Staff | None = None) -> surgery.Staff | None:
        dialog = cls(context, person, parent)
        dialog.exec()
        return dialog.saved


class AbsenceDialog(QDialog):
    """A time a surgeon or anaesthetist cannot operate (holiday, sick, on call elsewhere)."""

    def __init__(self, context: AppContext, code: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: str | None = None
        self.setObjectName("absenceDialog")
        self.setWindowTitle(tr("Absence"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.person = QComboBox()
        for person in surgery.list_staff(context.session):
            self.person.addItem(f"{person.display_name} ({person.code})", person.code)
        if code:
            self.person.setCurrentIndex(max(0, self.person.findData(code)))
        start = datetime.combine(today(), time(0, 0)).astimezone()
        self.starts = QDateTimeEdit(_qdatetime(start))
        self.ends = QDateTimeEdit(_qdatetime(start + timedelta(days=1)))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.reason = QLineEdit()
        form.addRow(tr("Who"), self.person)
        form.addRow(tr("From"), self.starts)
        form.addRow(tr("Until"), self.ends)
        form.addRow(tr("Reason"), self.reason)
        layout.addLayout(form)
        self.problems = ProblemLabel()
        layout.addWidget(self.problems)
        box, self.ok_button = _buttons(self, tr("Save"))
        self.ok_button.clicked.connect(self.save)
        layout.addWidget(box)

    def save(self) -> None:
        try:
            self.saved = surgery.add_absence(
                self.context.session, str(self.person.currentData()),
                _from_qdatetime(self.starts.dateTime()), _from_qdatetime(self.ends.dateTime()),
                self.reason.text())
        except HospcrisisError as exc:
            self.problems.show_error(exc)
            return
        self.context.data_changed.emit(AREA)
        self.accept()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None,
            code: str | None = None) -> str | None:
        dialog = cls(context, code, parent)
        dialog.exec()
        return dialog.saved


class StaffDialog(QDialog):
    """Surgeons and anaesthetists, their operating days and their absences to come."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("staffDialog")
        self.setWindowTitle(tr("Surgeons and anaesthetists"))
        manage = context.session.can(surgery.Permission.SURGERY_MANAGE)
        layout = QVBoxLayout(self)
        self.model = StaffModel(self)
        self.view = table(self.model)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        layout.addWidget(self.view, 2)
        bar = QHBoxLayout()
        for text, slot in ((tr("&New…"), self.new), (tr("&Edit…"), self.edit),
                           (tr("&Absence…"), self.absence)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setEnabled(manage)
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(QLabel(tr("Absences to come:")))
        self.absences = AbsencesModel(self)
        self.absences_view = table(self.absences)
        layout.addWidget(self.absences_view, 1)
        bar = QHBoxLayout()
        cancel = QPushButton(tr("Cancel the &absence…"))
        cancel.clicked.connect(self.cancel_absence)
        cancel.setEnabled(manage)
        bar.addWidget(cancel)
        bar.addStretch(1)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.resize(900, 580)
        self.refresh()
        set_widths(self.view, [110, 200, 110, 100, 220])

    def refresh(self) -> None:
        session = self.context.session
        self.model.set_rows(surgery.list_staff(session, include_inactive=True))
        self.absences.set_rows(surgery_views.list_absences(session))

    def _person(self) -> surgery.Staff | None:
        row = selected_row(self.view)
        return self.model.row(row) if row is not None else None

    def new(self) -> None:
        if StaffEditDialog.ask(self.context, self) is not None:
            self.refresh()

    def edit(self) -> None:
        person = self._person()
        if person is not None and StaffEditDialog.ask(self.context, self, person) is not None:
            self.refresh()

    def absence(self) -> None:
        person = self._person()
        if AbsenceDialog.ask(self.context, self, person.code if person else None):
            self.refresh()

    def cancel_absence(self) -> None:
        row = selected_row(self.absences_view)
        if row is None:
            return
        absence = self.absences.row(row)
        reason = ReasonDialog.ask(self, tr("Cancel an absence"),
                                  tr("{who} will be available again from {start} to {end}. "
                                     "Why?", who=absence.staff_code,
                                     start=moment_text(absence.starts),
                                     end=moment_text(absence.ends)), tr("Cancel the absence"))
        if reason is None:
            return
        try:
            surgery.cancel_absence(self.context.session, absence.id, reason)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.context.data_changed.emit(AREA)
        self.refresh()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None) -> None:
        cls(context, parent).exec()


# --- a refused programme --------------------------------------------------------------------------


def problem_rows(error: ValidationError) -> list[tuple[str, str]]:
    """(line, problem) for each problem of a refused file, in line order."""
    rows = []
    for field, message in error.problems:
        line = field.split(":", 1)[1] if field.startswith("line:") else ""
        rows.append((line, message))
    return sorted(rows, key=lambda r: (int(r[0]) if r[0].isdigit() else 0))


def _without_line(line: str, message: str) -> str:
    """The message without its "Line 7: " prefix (the table shows the line)."""
    prefix = tr("Line {line}: {problem}", line=line, problem="")
    if not line or not message.startswith(prefix):
        return message
    rest = message[len(prefix):]
    return rest[:1].upper() + rest[1:]


class ImportProblemsDialog(QDialog):
    """Why a programme file was refused: every bad line, readable and copyable."""

    def __init__(self, error: ValidationError, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProblemsDialog")
        self.setWindowTitle(tr("Programme refused"))
        layout = QVBoxLayout(self)
        title = QLabel(tr("“{file}” was not imported.", file=file_name))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.message = QLabel(error.message)
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.problems = problem_rows(error)
        self.model = ProblemsModel(self)
        self.model.set_rows([(line, _without_line(line, message))
                             for line, message in self.problems])
        self.view = table(self.model)
        self.view.setColumnWidth(0, 60)
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.view, 1)
        hint = QLabel(tr("Correct these lines in the spreadsheet, save it as “CSV UTF-8”, and "
                         "import it again. The README lists the columns."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        bar = QHBoxLayout()
        copy = QPushButton(tr("&Copy the list"))
        copy.clicked.connect(self.copy)
        bar.addWidget(copy)
        bar.addStretch(1)
        close = QPushButton(tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.resize(820, 480)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.view.resizeRowsToContents()

    def text(self) -> str:
        """The message and every problem, one a line (what Copy puts on the clipboard)."""
        return "\n".join([self.message.text(), *(message for _l, message in self.problems)])

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.text())

    @classmethod
    def ask(cls, parent: QWidget | None, error: ValidationError, file_name: str) -> None:
        cls(error, file_name, parent).exec()


# --- moving a case in a proposed plan -------------------------------------------------------------


class MoveDialog(QDialog):
    """Put a case of the proposed plan in another room or at another time. Every rule the
    change would break is listed, in words, as the choice changes; Move stays disabled until
    none is."""

    def __init__(self, editor: surgery.PlanEditor, line: surgery.PlanLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.line = line
        self.setObjectName("moveDialog")
        self.setStyleSheet(STYLESHEET)
        self.setWindowTitle(tr("Move case {n}", n=line.case_number))
        layout = QVBoxLayout(self)
        summary = QLabel(tr("{patient} — {procedure} ({priority}, surgeon {surgeon})",
                            patient=line.patient_name, procedure=line.procedure,
                            priority=line.priority, surgeon=line.surgeon_code))
        summary.setWordWrap(True)
        summary.setObjectName("countLabel")
        layout.addWidget(summary)
        where = tr("Now: room {room}, {when}.", room=line.room, when=moment_text(line.start)) \
            if line.room else tr("Now: no slot in the plan.")
        now_label = QLabel(where)
        now_label.setObjectName("hint")
        layout.addWidget(now_label)
        form = QFormLayout()
        self.room = QComboBox()
        for code in sorted(editor.window.room_ids):
            self.room.addItem(code, code)
        plan = editor.plan
        first, last = plan.first_day, plan.first_day + timedelta(days=plan.days - 1)
        start = clock.local(line.start) if line.start else \
            datetime.combine(first, time(8, 0)).astimezone()
        self.day = QDateEdit(to_qdate(start.date()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd dd/MM/yyyy")
        self.day.setDateRange(to_qdate(first), to_qdate(last))
        self.time = QTimeEdit(QTime(start.hour, start.minute))
        self.time.setDisplayFormat("HH:mm")
        if line.room:
            self.room.setCurrentIndex(max(0, self.room.findData(line.room)))
        form.addRow(tr("Room"), self.room)
        form.addRow(tr("Day"), self.day)
        form.addRow(tr("Start"), self.time)
        layout.addLayout(form)
        self.lateness = QLabel()
        layout.addWidget(self.lateness)
        self.conflicts = QLabel()
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setMinimumHeight(48)
        self.conflicts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.conflicts)
        box, self.ok_button = _buttons(self, tr("Move here"))
        self.ok_button.clicked.connect(self._accept)
        layout.addWidget(box)
        self.room.currentIndexChanged.connect(self.check)
        self.day.dateChanged.connect(self.check)
        self.time.timeChanged.connect(self.check)
        self.problems: list[str] = []
        self.resize(560, 340)
        self.check()

    def slot(self) -> tuple[str, datetime]:
        qdate, qtime = self.day.date(), self.time.time()
        moment = datetime(qdate.year(), qdate.month(), qdate.day(), qtime.hour(),
                          qtime.minute()).astimezone()
        return str(self.room.currentData()), moment

    def check(self) -> list[str]:
        """Live check of the chosen slot (no database access); returns the conflicts."""
        room, start = self.slot()
        self.problems = self.editor.check(self.line.case_id, room, start)
        if self.problems:
            self.conflicts.setText(tr("Not possible:") + "\n" +
                                   "\n".join(f"• {p}" for p in self.problems))
        else:
            self.conflicts.setText("")
        deadline = self.line.deadline
        if deadline is not None and start > deadline:
            minutes = (start - deadline).total_seconds() / 60
            self.lateness.setText(tr("This slot is {span} after the deadline ({when}).",
                                     span=span_text(minutes), when=moment_text(deadline)))
            self.lateness.setObjectName("errorLabel")
        else:
            self.lateness.setText(tr("On time (deadline {when}).", when=moment_text(deadline))
                                  if deadline else tr("No deadline."))
            self.lateness.setObjectName("okLabel")
        self.lateness.style().unpolish(self.lateness)
        self.lateness.style().polish(self.lateness)
        self.ok_button.setEnabled(not self.problems)
        return self.problems

    def _accept(self) -> None:
        if not self.check():
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, editor: surgery.PlanEditor,
            line: surgery.PlanLine) -> tuple[str, datetime] | None:
        dialog = cls(editor, line, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.slot()


def confirm_action(parent: QWidget | None, message: str, yes: str) -> bool:
    """Ask before an action that changes many records (replaced in tests)."""
    return confirm(parent, message, yes=yes)
