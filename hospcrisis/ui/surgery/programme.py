"""The OR programme: one day, rooms side by side (`DayPanel`), and every case with filters
(`CasesPanel`). Create and edit cases, cancel one (déprogrammer), print a room's day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock, printing
from hospcrisis.core import surgery, surgery_views
from hospcrisis.core.planner import PRIORITY_CODES
from hospcrisis.core.security import Permission
from hospcrisis.errors import HospcrisisError
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_error
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.surgery.common import (
    AREA,
    from_qdate,
    long_day_text,
    moment_text,
    priority_text,
    select_row,
    selected_row,
    set_widths,
    status_text,
    table,
    time_text,
    to_qdate,
    today,
)
from hospcrisis.ui.surgery.dialogs import CaseDialog, ReasonDialog
from hospcrisis.ui.surgery.models import CasesModel
from hospcrisis.ui.surgery.timeline import (
    DayTimeline,
    TimelineBlock,
    priority_legend,
    room_columns,
)


def case_tooltip(case: surgery.Case) -> str:
    lines = [f"{case.patient_name} — {case.procedure}",
             tr("{start}–{end} · room {room}", start=time_text(case.planned_start),
                end=time_text(case.planned_end), room=case.room_code or "—"),
             tr("Surgeon: {name}", name=case.surgeon_name or case.surgeon_code),
             priority_text(case.priority)]
    if case.deadline is not None:
        lines.append(tr("Deadline: {when}", when=moment_text(case.deadline)))
    if case.anaesthetist_code:
        lines.append(tr("Anaesthetist: {code}", code=case.anaesthetist_code))
    if case.patient_phone:
        lines.append(tr("Phone: {phone}", phone=case.patient_phone))
    lines.append(tr("Case {n} · {status}", n=case.number, status=status_text(case.status)))
    return "\n".join(lines)


def case_block(case: surgery.Case) -> TimelineBlock:
    assert case.planned_start is not None and case.room_code is not None
    start = clock.local(case.planned_start)
    end = clock.local(case.planned_end or case.planned_start)
    first = start.hour * 60 + start.minute
    last = first + max(5, int((end - start).total_seconds() // 60))
    late = case.deadline is not None and case.planned_start > case.deadline
    return TimelineBlock(
        case.id, case.room_code, first, min(last, 24 * 60), case.priority,
        (f"{start:%H:%M}–{end:%H:%M}\t{case.priority}", case.patient_name, case.procedure,
         case.surgeon_name or case.surgeon_code),
        case_tooltip(case), late=late, muted=case.status == "done")


def request_day_print(context: AppContext, day: date, room: str | None = None) -> None:
    """Print each room's day (or one room's) through the app's print framework."""
    options: dict[str, object] = {"day": day.isoformat()}
    if room:
        options["room"] = room
    context.print_requested.emit(printing.PrintRequest("or-day", options=options))


class DayPanel(QWidget):
    """One day of the programme: rooms as columns, each case where and when it is.

    Signals:
        case_selected(str): a case was clicked (its id).
    """

    case_selected = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("surgeryDay")
        self.cases: dict[str, surgery.Case] = {}
        manage = context.session.can(Permission.SURGERY_MANAGE)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        previous = QToolButton()
        previous.setText("◀")
        previous.setToolTip(tr("Previous day"))
        previous.clicked.connect(lambda: self.shift(-1))
        self.day = QDateEdit(to_qdate(today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd dd/MM/yyyy")
        self.day.setMinimumWidth(180)
        self.day.dateChanged.connect(lambda _d: self.refresh())
        following = QToolButton()
        following.setText("▶")
        following.setToolTip(tr("Next day"))
        following.clicked.connect(lambda: self.shift(1))
        this_day = QPushButton(tr("&Today"))
        this_day.clicked.connect(lambda: self.show_day(today()))
        for widget in (previous, self.day, following, this_day):
            bar.addWidget(widget)
        self.summary = QLabel()
        self.summary.setObjectName("countLabel")
        self.summary.setWordWrap(True)
        bar.addWidget(self.summary, 1)
        layout.addLayout(bar)
        self.timeline = DayTimeline()
        self.timeline.empty_text = tr("No operating room: add the rooms first (Rooms…).")
        self.timeline.block_selected.connect(self._selected)
        self.timeline.block_activated.connect(lambda key: self.edit_case())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        self.detail = QLabel(tr("Click a case to see it; double-click to edit it."))
        self.detail.setObjectName("caseDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        actions = QHBoxLayout()
        self.new_button = QPushButton(tr("&New case…"))
        self.new_button.clicked.connect(self.new_case)
        self.edit_button = QPushButton(tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_case)
        self.cancel_button = QPushButton(tr("&Cancel this case…"))
        self.cancel_button.setToolTip(tr("Cancel (déprogrammer) the selected case: the patient "
                                         "goes on the call list"))
        self.cancel_button.clicked.connect(self.cancel_case)
        for button in (self.new_button, self.edit_button, self.cancel_button):
            button.setEnabled(manage)
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(priority_legend())
        actions.addSpacing(12)
        self.print_button = QPushButton(tr("&Print the day"))
        menu = QMenu(self.print_button)
        menu.addAction(tr("Every room (one page per room)"), self.print_day)
        menu.addAction(tr("The selected case's room"), self.print_room)
        self.print_button.setMenu(menu)
        actions.addWidget(self.print_button)
        layout.addLayout(actions)
        context.data_changed.connect(self._data_changed)
        self.refresh()

    @property
    def current_day(self) -> date:
        return from_qdate(self.day.date())

    def show_day(self, day: date) -> None:
        self.day.setDate(to_qdate(day))

    def shift(self, days: int) -> None:
        self.show_day(self.current_day + timedelta(days=days))

    def _data_changed(self, area: str) -> None:
        if area == AREA:
            self.refresh()

    def refresh(self) -> None:
        session = self.context.session
        day = self.current_day
        cases = surgery_views.cases_on(session, day)
        self.cases = {c.id: c for c in cases}
        rooms = surgery.list_rooms(session, include_inactive=True)
        columns = room_columns(rooms, surgery.list_closures(session), day,
                               {c.room_code for c in cases if c.room_code})
        self.timeline.set_content(columns, [case_block(c) for c in cases])
        open_rooms = sum(1 for c in columns if c.open is not None)
        late = sum(1 for c in cases if c.deadline and c.planned_start
                   and c.planned_start > c.deadline)
        text = tr("{day}: {n} cases in {rooms} open rooms", day=long_day_text(day),
                  n=len(cases), rooms=open_rooms)
        if late:
            text += " · " + tr("{n} after their deadline", n=late)
        self.summary.setText(text)
        if self.timeline.selected_key in self.cases:
            self._selected(self.timeline.selected_key)
        else:
            self.detail.setText(tr("Click a case to see it; double-click to edit it."))

    def selected_case(self) -> surgery.Case | None:
        key = self.timeline.selected_key
        return self.cases.get(key) if key else None

    def select_case(self, case_id: str) -> None:
        self.timeline.select(case_id)
        self._selected(case_id)

    def _selected(self, key: str) -> None:
        case = self.cases.get(key)
        if case is None:
            return
        self.detail.setText(case_tooltip(case).replace("\n", " · "))
        self.case_selected.emit(key)

    def new_case(self) -> None:
        if CaseDialog.ask(self.context, self, day=self.current_day) is not None:
            self.refresh()

    def edit_case(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        CaseDialog.ask(self.context, self, case)

    def cancel_case(self) -> None:
        case = self.selected_case()
        if case is not None:
            cancel_one(self.context, self, case)

    def print_day(self) -> None:
        request_day_print(self.context, self.current_day)

    def print_room(self) -> None:
        case = self.selected_case()
        if case is None or not case.room_code:
            show_error(self, HospcrisisError(tr("Click a case of the room to print first.")))
            return
        request_day_print(self.context, self.current_day, case.room_code)


def cancel_one(context: AppContext, parent: QWidget, case: surgery.Case) -> bool:
    """Ask for a reason, then cancel (déprogrammer) one planned case."""
    reason = ReasonDialog.ask(
        parent, tr("Cancel a case"),
        tr("Cancel case {n} ({patient}, {when})? The patient goes on the call list. Reason "
           "given to the patient:", n=case.number, patient=case.patient_name,
           when=moment_text(case.planned_start)), tr("Cancel the case"))
    if reason is None:
        return False
    try:
        surgery.cancel_case(context.session, case.id, reason)
    except HospcrisisError as exc:
        show_error(parent, exc)
        return False
    context.data_changed.emit(AREA)
    context.message_posted.emit(tr("Case {n} cancelled; {patient} is on the call list.",
                                   n=case.number, patient=case.patient_name))
    return True


class CasesPanel(QWidget):
    """Every case, filtered by status, priority, room, surgeon or text."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("surgeryCases")
        manage = context.session.can(Permission.SURGERY_MANAGE)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search a patient, a procedure, a case number…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(tr("Every status"), "")
        for code, label in surgery.STATUSES.items():
            self.status.addItem(tr(label), code)
        self.priority = QComboBox()
        self.priority.addItem(tr("Every priority"), "")
        for code in PRIORITY_CODES:
            self.priority.addItem(code, code)
        self.room = QComboBox()
        self.surgeon = QComboBox()
        self.search.setMinimumWidth(180)
        filters.addWidget(self.search, 1)
        for combo in (self.status, self.priority, self.room, self.surgeon):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
            filters.addWidget(combo)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        filters.addWidget(self.count)
        layout.addLayout(filters)
        self.model = CasesModel(self)
        self.view = table(self.model)
        self.view.doubleClicked.connect(lambda _i: self.edit_case())
        layout.addWidget(self.view, 1)
        bar = QHBoxLayout()
        self.new_button = QPushButton(tr("&New case…"))
        self.new_button.clicked.connect(self.new_case)
        self.edit_button = QPushButton(tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_case)
        self.cancel_button = QPushButton(tr("&Cancel this case…"))
        self.cancel_button.clicked.connect(self.cancel_case)
        self.done_button = QPushButton(tr("Mark &done"))
        self.done_button.clicked.connect(self.mark_done)
        self.withdraw_button = QPushButton(tr("&Withdraw…"))
        self.withdraw_button.setToolTip(tr("Take the case off the lists for good (operated "
                                           "elsewhere, declined…)"))
        self.withdraw_button.clicked.connect(self.withdraw)
        for button in (self.new_button, self.edit_button, self.cancel_button,
                       self.done_button, self.withdraw_button):
            button.setEnabled(manage)
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.all_cases: list[surgery.Case] = []
        self.search.textChanged.connect(lambda _t: self.apply_filters())
        for combo in (self.status, self.priority, self.room, self.surgeon):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        context.data_changed.connect(lambda area: self.refresh() if area == AREA else None)
        self.refresh()
        set_widths(self.view, [50, 165, 50, 165, 80, 200, 100, 70, 60, 160])

    def refresh(self) -> None:
        session = self.context.session
        self.all_cases = surgery.list_cases(session)
        for combo, items, every in (
                (self.room, [(r.code, r.code) for r in surgery.list_rooms(
                    session, include_inactive=True)], tr("Every room")),
                (self.surgeon, [(s.code, s.display_name) for s in surgery.list_staff(
                    session, role="surgeon", include_inactive=True)], tr("Every surgeon"))):
            wanted = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(every, "")
            for code, label in items:
                combo.addItem(label, code)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.blockSignals(False)
        self.apply_filters()

    def apply_filters(self) -> None:
        text = self.search.text().strip().lower()
        status, priority = self.status.currentData(), self.priority.currentData()
        room, surgeon = self.room.currentData(), self.surgeon.currentData()
        rows = [c for c in self.all_cases
                if (not status or c.status == status)
                and (not priority or c.priority == priority)
                and (not room or c.room_code == room)
                and (not surgeon or c.surgeon_code == surgeon)
                and (not text or text in f"{c.number} {c.case_ref or ''} {c.patient_name} "
                     f"{c.procedure} {c.patient_id_text}".lower())]
        self.model.set_rows(rows)
        self.count.setText(tr("{n} of {total} cases", n=len(rows), total=len(self.all_cases)))

    def selected_case(self) -> surgery.Case | None:
        row = selected_row(self.view)
        return self.model.row(row) if row is not None else None

    def select_case(self, case_id: str) -> None:
        for row, case in enumerate(self.model.rows):
            if case.id == case_id:
                select_row(self.view, row)
                return

    def new_case(self) -> None:
        CaseDialog.ask(self.context, self)

    def edit_case(self) -> None:
        case = self.selected_case()
        if case is not None:
            CaseDialog.ask(self.context, self, case)

    def cancel_case(self) -> None:
        case = self.selected_case()
        if case is not None:
            cancel_one(self.context, self, case)

    def mark_done(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        try:
            surgery.mark_done(self.context.session, case.id)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.context.data_changed.emit(AREA)

    def withdraw(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        reason = ReasonDialog.ask(self, tr("Withdraw a case"),
                                  tr("Take case {n} ({patient}) off the lists for good? Why?",
                                     n=case.number, patient=case.patient_name),
                                  tr("Withdraw"))
        if reason is None:
            return
        try:
            surgery.withdraw_case(self.context.session, case.id, reason)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.context.data_changed.emit(AREA)
