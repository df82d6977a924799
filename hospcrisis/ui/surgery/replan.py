"""Re-planning: from the day capacity returns, propose a plan for the waiting cases (in a
worker thread: it takes a couple of seconds), show first the cases whose deadline cannot be met
and how late they would be, then the plan day by day and room by room; adjust it by hand with
live conflict checks; accept it (audited; the previous plan is kept)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import surgery
from hospcrisis.core.security import Permission
from hospcrisis.errors import HospcrisisError, NotFound
from hospcrisis.ui import workers
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_error
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.surgery import dialogs
from hospcrisis.ui.surgery.common import (
    AREA,
    STYLESHEET,
    from_qdate,
    local_day,
    long_day_text,
    moment_text,
    priority_text,
    report_failure,
    run_job,
    select_row,
    selected_row,
    set_widths,
    span_text,
    table,
    to_qdate,
    today,
)
from hospcrisis.ui.surgery.dialogs import MoveDialog
from hospcrisis.ui.surgery.models import PlanModel
from hospcrisis.ui.surgery.timeline import (
    DayTimeline,
    TimelineBlock,
    priority_legend,
    room_columns,
)

DEFAULT_DAYS = 14
TIME_LIMIT = 1.5  # seconds of search after the construction (the CLI's default)


def line_tooltip(line: surgery.PlanLine) -> str:
    parts = [f"{line.patient_name} — {line.procedure}", priority_text(line.priority),
             tr("Surgeon: {name}", name=line.surgeon_code)]
    if line.room:
        parts.append(tr("Room {room}, {when}", room=line.room, when=moment_text(line.start)))
    else:
        parts.append(tr("No slot: {reason}", reason=line.reason or ""))
    if line.deadline is not None:
        parts.append(tr("Deadline: {when}", when=moment_text(line.deadline)))
    if line.lateness_min > 0:
        parts.append(tr("{span} late", span=span_text(line.lateness_min)))
    if line.manual:
        parts.append(tr("adjusted by hand"))
    elif line.moved:
        parts.append(tr("moved from its planned slot"))
    return "\n".join(parts)


def line_block(line: surgery.PlanLine) -> TimelineBlock:
    assert line.start is not None and line.room is not None
    start = clock.local(line.start)
    end = clock.local(line.end or line.start)
    first = start.hour * 60 + start.minute
    last = first + max(5, int((end - start).total_seconds() // 60))
    return TimelineBlock(
        line.case_id, line.room, first, min(last, 24 * 60), line.priority,
        (f"{start:%H:%M}–{end:%H:%M}\t{line.priority}", line.patient_name, line.procedure,
         line.surgeon_code), line_tooltip(line), late=line.lateness_min > 0,
        marked=line.moved or line.manual)


def _propose(session: Any, first: date, days: int, *, progress: Any,
             cancelled: Any) -> surgery.PlanView:
    """Worker: propose and store a plan (its own connection)."""
    progress(0, 1)
    view = surgery.propose_plan(session, first, days, time_limit=TIME_LIMIT)
    progress(1, 1)
    return view


class ReplanPanel(QWidget):
    """Propose, inspect, adjust and accept a plan.

    Signals:
        plan_proposed(str): a proposal is shown (its id).
        plan_accepted(str): the shown plan was accepted (its id).
        proposal_failed(str): the proposal could not be made (the message).
    """

    plan_proposed = Signal(str)
    plan_accepted = Signal(str)
    proposal_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("surgeryReplan")
        self.setStyleSheet(STYLESHEET)
        self.plan: surgery.PlanView | None = None
        self.editor: surgery.PlanEditor | None = None
        self.job: workers.Job | None = None
        self.searching = False
        self._token: object | None = None
        self.selected_case: str | None = None
        self.manage = context.session.can(Permission.SURGERY_MANAGE)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Capacity returns on")))
        self.first = QDateEdit(to_qdate(today() + timedelta(days=1)))
        self.first.setCalendarPopup(True)
        self.first.setDisplayFormat("ddd dd/MM/yyyy")
        bar.addWidget(self.first)
        bar.addWidget(QLabel(tr("plan")))
        self.days = QSpinBox()
        self.days.setRange(1, surgery.MAX_PLAN_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(tr(" days"))
        bar.addWidget(self.days)
        self.propose_button = QPushButton(tr("&Propose a plan"))
        self.propose_button.setObjectName("primary")
        self.propose_button.clicked.connect(self.propose)
        self.propose_button.setEnabled(self.manage)
        bar.addWidget(self.propose_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setFormat("")
        self.progress.hide()
        bar.addWidget(self.progress)
        self.stop_button = QPushButton(tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        bar.addWidget(self.stop_button)
        bar.addStretch(1)
        self.move_button = QPushButton(tr("&Move…"))
        self.move_button.setToolTip(tr("Put the selected case in another room or at another "
                                       "time (every rule checked as you choose)"))
        self.move_button.clicked.connect(self.move_selected)
        self.remove_button = QPushButton(tr("Leave &out"))
        self.remove_button.setToolTip(tr("Take the selected case out of this plan"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.accept_button = QPushButton(tr("&Accept the plan…"))
        self.accept_button.setObjectName("primary")
        self.accept_button.clicked.connect(self.accept_plan)
        layout.addLayout(bar)
        self.banner = QLabel(tr("Choose the day capacity returns and how many days to plan, "
                                "then propose a plan. Nothing changes until you accept it."))
        self.banner.setObjectName("surgeryBanner")
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.late_title = QLabel(tr("Deadline missed — to escalate or transfer"))
        self.late_title.setObjectName("errorLabel")
        top_layout.addWidget(self.late_title)
        self.late_model = PlanModel(self)
        self.late_view = table(self.late_model)
        self.late_view.setMinimumHeight(90)
        top_layout.addWidget(self.late_view, 1)
        splitter.addWidget(top)
        self.plan_tabs = QTabWidget()
        self.plan_tabs.setObjectName("planTabs")
        by_day = QWidget()
        day_layout = QVBoxLayout(by_day)
        day_layout.setContentsMargins(4, 4, 4, 4)
        nav = QHBoxLayout()
        previous = QToolButton()
        previous.setText("◀")
        previous.setToolTip(tr("Previous day"))
        previous.clicked.connect(lambda: self.shift_day(-1))
        self.day = QDateEdit(to_qdate(today() + timedelta(days=1)))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd dd/MM/yyyy")
        self.day.setMinimumWidth(180)
        self.day.dateChanged.connect(lambda _d: self.show_day())
        following = QToolButton()
        following.setText("▶")
        following.setToolTip(tr("Next day"))
        following.clicked.connect(lambda: self.shift_day(1))
        self.day_summary = QLabel()
        self.day_summary.setObjectName("countLabel")
        self.day_summary.setWordWrap(True)
        for widget in (previous, self.day, following):
            nav.addWidget(widget)
        nav.addWidget(self.day_summary, 1)
        day_layout.addLayout(nav)
        self.timeline = DayTimeline()
        self.timeline.empty_text = tr("Propose a plan to see it here, day by day.")
        self.timeline.block_selected.connect(self._select_case)
        self.timeline.block_activated.connect(lambda key: self.move_selected())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        day_layout.addWidget(scroll, 1)
        self.plan_tabs.addTab(by_day, tr("Plan by &day and room"))
        self.model = PlanModel(self)
        self.view = table(self.model)
        self.plan_tabs.addTab(self.view, tr("Every case of the &plan"))
        splitter.addWidget(self.plan_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([130, 520])
        layout.addWidget(splitter, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.move_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(priority_legend())
        actions.addSpacing(12)
        actions.addWidget(self.accept_button)
        layout.addLayout(actions)
        for view in (self.late_view, self.view):
            view.selectionModel().currentRowChanged.connect(
                lambda current, _p, v=view: self._row_selected(v, current.row()))
            view.doubleClicked.connect(lambda _i: self.move_selected())
        for view in (self.late_view, self.view):
            set_widths(view, [60, 140, 50, 165, 160, 210, 100, 140])
        context.data_changed.connect(self._data_changed)
        self.load_latest()

    # -- showing a plan ------------------------------------------------------------------------

    def load_latest(self) -> None:
        """Show the newest proposal, if any (read-only)."""
        try:
            plan = surgery.get_plan(self.context.session)
        except NotFound:
            plan = None
        self.show_plan(plan)

    def _data_changed(self, area: str) -> None:
        if area == AREA and self.plan is not None and self.job is None:
            self.show_day()

    def show_plan(self, plan: surgery.PlanView | None) -> None:
        self.plan = plan
        self.editor = None
        lines = list(plan.lines) if plan else []
        late = [line for line in lines if line.lateness_min > 0 or line.room is None]
        self.late_model.set_rows(late)
        self.model.set_rows(lines)
        proposed = plan is not None and plan.status == "proposed"
        for button in (self.move_button, self.remove_button, self.accept_button):
            button.setEnabled(proposed and self.manage)
        if plan is None:
            self.late_title.setText(tr("Deadline missed — to escalate or transfer"))
            self.plan_tabs.setTabText(1, tr("Every case of the &plan"))
            self.timeline.set_content([], [])
            return
        self._banner(plan, late)
        self.late_title.setText(tr("Deadline missed — to escalate or transfer: {n}",
                                   n=len(late)) if late else
                                tr("Every deadline is met."))
        self.late_title.setObjectName("errorLabel" if late else "okLabel")
        self.late_title.style().unpolish(self.late_title)
        self.late_title.style().polish(self.late_title)
        self.plan_tabs.setTabText(1, tr("Every case of the &plan ({n})", n=len(lines)))
        self.day.setDateRange(to_qdate(plan.first_day),
                              to_qdate(plan.first_day + timedelta(days=plan.days - 1)))
        wanted = from_qdate(self.day.date())
        if not plan.first_day <= wanted < plan.first_day + timedelta(days=plan.days):
            self.day.setDate(to_qdate(plan.first_day))
        self.show_day()

    def _banner(self, plan: surgery.PlanView, late: list[surgery.PlanLine]) -> None:
        objective = plan.objective
        unplaced = sum(1 for line in plan.lines if line.room is None)
        late_placed = sum(1 for line in late if line.room is not None)
        moved = int(objective.get("moved", 0))
        if plan.status == "accepted":
            text = tr("Plan {n} accepted on {when}: the programme follows it. Patients with a "
                      "new date are on the call list.", n=plan.number,
                      when=moment_text(plan.accepted_at))
            name = "okBanner"
        elif late:
            text = tr("Plan {n} proposed: {count} cases. {late} will start after their "
                      "deadline and {unplaced} have no slot in these {days} days: escalate or "
                      "transfer them (listed first). {moved} planned cases would move. "
                      "Nothing changes until you accept it.", n=plan.number,
                      count=len(plan.lines), late=late_placed, unplaced=unplaced,
                      days=plan.days, moved=moved)
            name = "lateBanner"
        else:
            text = tr("Plan {n} proposed: {count} cases, every deadline met; {moved} planned "
                      "cases would move. Nothing changes until you accept it.",
                      n=plan.number, count=len(plan.lines), moved=moved)
            name = "okBanner"
        if plan.status == "superseded":
            text = tr("Plan {n} was replaced by a newer one.", n=plan.number)
            name = "surgeryBanner"
        self.banner.setText(text)
        self.banner.setObjectName(name)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)

    @property
    def current_day(self) -> date:
        return from_qdate(self.day.date())

    def shift_day(self, days: int) -> None:
        self.day.setDate(to_qdate(self.current_day + timedelta(days=days)))

    def show_day(self) -> None:
        """Draw the shown plan's chosen day, room by room."""
        if self.plan is None:
            return
        day = self.current_day
        lines = [line for line in self.plan.lines
                 if line.room and line.start and local_day(line.start) == day]
        session = self.context.session
        columns = room_columns(surgery.list_rooms(session, include_inactive=True),
                               surgery.list_closures(session), day,
                               {line.room for line in lines if line.room})
        self.timeline.set_content(columns, [line_block(line) for line in lines])
        self.timeline.select(self.selected_case)
        late = sum(1 for line in lines if line.lateness_min > 0)
        text = tr("{day}: {n} cases", day=long_day_text(day), n=len(lines))
        if late:
            text += " · " + tr("{n} late", n=late)
        self.day_summary.setText(text)

    def line(self, case_id: str | None) -> surgery.PlanLine | None:
        if self.plan is None or case_id is None:
            return None
        return next((line for line in self.plan.lines if line.case_id == case_id), None)

    def _row_selected(self, view: QTableView, row: int) -> None:
        model = view.model()
        if not isinstance(model, PlanModel) or not 0 <= row < model.rowCount():
            return
        line = model.row(row)
        self.selected_case = line.case_id
        if line.start is not None:
            day = local_day(line.start)
            if day is not None and day != self.current_day:
                self.day.setDate(to_qdate(day))
        self.timeline.select(line.case_id)

    def _select_case(self, case_id: str) -> None:
        self.selected_case = case_id
        for row, line in enumerate(self.model.rows):
            if line.case_id == case_id:
                self.view.blockSignals(True)
                select_row(self.view, row)
                self.view.blockSignals(False)
                break

    def select_line(self, case_id: str) -> None:
        """Select a case of the plan (tables and timeline)."""
        self._select_case(case_id)
        row = next((i for i, line in enumerate(self.model.rows) if line.case_id == case_id),
                   None)
        if row is not None:
            select_row(self.view, row)
            self._row_selected(self.view, row)

    # -- proposing -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True while a proposal is being searched."""
        return self.searching

    def propose(self) -> None:
        """Run the planner in a worker thread; the result shows when it is done."""
        if self.running:
            return
        first, days = from_qdate(self.first.date()), self.days.value()
        self.propose_button.setEnabled(False)
        self.progress.show()
        self.stop_button.show()
        self.banner.setText(tr("Searching for the best plan from {first} for {days} days… "
                               "(a few seconds)", first=first.strftime("%d/%m/%Y"), days=days))
        self.banner.setObjectName("surgeryBanner")
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        token = object()
        self._token = token

        def work(session: Any, *, progress: Any, cancelled: Any) -> surgery.PlanView:
            return _propose(session, first, days, progress=progress, cancelled=cancelled)

        self.searching = True
        self.job = run_job(self.context, work, lambda plan: self._proposed(plan, token),
                           lambda exc, details: self._failed(exc, details, token))

    def stop(self) -> None:
        """Forget the proposal being searched (it is not shown)."""
        self._token = None
        if self.job is not None:
            self.job.cancel()
        self._finish()
        self.banner.setText(tr("Proposal stopped: nothing was changed."))

    def _finish(self) -> None:
        self.job = None
        self.searching = False
        self.progress.hide()
        self.stop_button.hide()
        self.propose_button.setEnabled(self.manage)

    def _proposed(self, plan: surgery.PlanView, token: object) -> None:
        if token is not self._token:
            return  # stopped, or replaced by a newer search
        self._finish()
        self.selected_case = None
        self.show_plan(plan)
        if plan.late:
            select_row(self.late_view, 0)
        self.context.message_posted.emit(tr("Plan {n} proposed.", n=plan.number))
        self.plan_proposed.emit(plan.id)

    def _failed(self, exc: BaseException, details: str, token: object) -> None:
        if token is not self._token:
            return
        self._finish()
        self.banner.setText(tr("No plan could be proposed."))
        message = exc.message if isinstance(exc, HospcrisisError) else str(exc)
        self.proposal_failed.emit(message)
        report_failure(self)(exc, details)

    # -- adjusting -----------------------------------------------------------------------------

    def _editor(self) -> surgery.PlanEditor | None:
        if self.plan is None or self.plan.status != "proposed":
            return None
        if self.editor is None or self.editor.plan.id != self.plan.id:
            try:
                self.editor = surgery.PlanEditor(self.context.session, self.plan.id)
            except HospcrisisError as exc:
                show_error(self, exc)
                return None
        return self.editor

    def current_line(self) -> surgery.PlanLine | None:
        if self.selected_case is None:
            for view in (self.late_view, self.view):
                row = selected_row(view)
                model = view.model()
                if row is not None and isinstance(model, PlanModel) and \
                        row < model.rowCount():
                    return model.row(row)
        return self.line(self.selected_case)

    def move_selected(self) -> None:
        """Choose another room or time for the selected case (live conflict checks)."""
        line = self.current_line()
        editor = self._editor()
        if line is None or editor is None:
            return
        slot = MoveDialog.ask(self, editor, line)
        if slot is None:
            return
        self._apply(editor, line, *slot)

    def remove_selected(self) -> None:
        line = self.current_line()
        editor = self._editor()
        if line is None or editor is None or line.room is None:
            return
        if not dialogs.confirm_action(self, tr(
                "Leave case {n} ({patient}) out of this plan? It stays on the waiting list; "
                "if it was planned, accepting the plan cancels it and its patient goes on "
                "the call list.", n=line.case_number, patient=line.patient_name),
                tr("Leave it out")):
            return
        self._apply(editor, line, None, None)

    def _apply(self, editor: surgery.PlanEditor, line: surgery.PlanLine, room: str | None,
               start: Any) -> None:
        try:
            editor.move(line.case_id, room, start)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        assert self.plan is not None
        self.selected_case = line.case_id
        plan = surgery.get_plan(self.context.session, self.plan.id)
        keep = self.editor
        self.show_plan(plan)
        self.editor = keep
        self.select_line(line.case_id)
        self.context.message_posted.emit(tr("Case {n} moved in the plan.", n=line.case_number))

    # -- accepting -----------------------------------------------------------------------------

    def accept_plan(self) -> None:
        """Confirm, then apply the plan: new slots, patients to call; audited."""
        plan = self.plan
        if plan is None or plan.status != "proposed":
            return
        late = len(plan.late)
        unplaced = sum(1 for line in plan.lines if line.room is None)
        message = tr("Accept plan {n} ({count} cases from {first})?\n\nEvery case takes its "
                     "slot in the programme and each patient with a new date goes on the "
                     "call list. {late} cases will be late and {unplaced} have no slot. The "
                     "previous plan is kept.", n=plan.number, count=len(plan.lines),
                     first=plan.first_day.strftime("%d/%m/%Y"), late=late, unplaced=unplaced)
        if not dialogs.confirm_action(self, message, tr("Accept the plan")):
            return
        try:
            accepted = surgery.accept_plan(self.context.session, plan.id)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.show_plan(accepted)
        self.context.data_changed.emit(AREA)
        self.context.message_posted.emit(tr("Plan {n} accepted: the programme and the call "
                                            "list are up to date.", n=accepted.number))
        self.plan_accepted.emit(accepted.id)
