"""Table models of the operating-theatre screens: each only holds the rows handed to it
(`set_rows`, a model reset), formatted once. Sorting and filtering happen in Python before."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from hospcrisis import clock
from hospcrisis.core import surgery
from hospcrisis.core.surgery_views import Absence
from hospcrisis.ui import style
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, Index, RowsModel
from hospcrisis.ui.surgery.common import (
    CALL_STYLE,
    days_left_text,
    moment_text,
    priority_background,
    priority_text,
    span_text,
    status_text,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def _born(case: surgery.Case) -> str:
    value = case.patient_birth_date
    if len(value) == 10:
        return f"{value[8:10]}/{value[5:7]}/{value[:4]}"
    return value


def hours_text(hours: dict[int, tuple[str, str]]) -> str:
    """``Lun–Ven 08:00–18:00, Sam 08:00–13:00``: consecutive days with the same hours
    grouped."""
    def name(day: int) -> str:
        return tr(surgery.WEEKDAY_LABELS[day])[:3]

    groups: list[tuple[int, int, tuple[str, str]]] = []
    for day in sorted(hours):
        if groups and groups[-1][1] == day - 1 and groups[-1][2] == hours[day]:
            groups[-1] = (groups[-1][0], day, hours[day])
        else:
            groups.append((day, day, hours[day]))
    return ", ".join(
        f"{name(first)}{'–' + name(last) if last > first else ''} {span[0]}–{span[1]}"
        for first, last, span in groups)


def _priority_column() -> Column[Any]:
    return Column(tr("Priority"), lambda r: r.priority, CENTER,
                  tooltip=lambda r: priority_text(r.priority))


class _PriorityCells(RowsModel[Any]):
    """Rows whose priority cell is painted in the class's colour (the rest stays calm)."""

    priority_column = 0

    def set_rows(self, rows: Sequence[Any]) -> None:
        colours: dict[str, QBrush] = {}
        for row in rows:
            if row.priority not in colours:
                colours[row.priority] = QBrush(QColor(priority_background(row.priority)))
        self._priority_brushes = [colours[row.priority] for row in rows]
        super().set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and \
                index.column() == self.priority_column:
            return self._priority_brushes[index.row()]
        return super().data(index, role)


class CasesModel(_PriorityCells):
    """Surgical cases: when and where, who, what, priority, status."""

    COL_NUMBER, COL_WHEN, COL_ROOM, COL_PATIENT = 0, 1, 2, 3
    priority_column = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(tr("No."), lambda c: str(c.number), RIGHT),
            Column(tr("Planned"), lambda c: moment_text(c.planned_start)),
            Column(tr("Room"), lambda c: c.room_code or "", CENTER),
            Column(tr("Patient"), lambda c: c.patient_name),
            Column(tr("Born"), _born),
            Column(tr("Operation"), lambda c: c.procedure, tooltip=lambda c: c.procedure),
            Column(tr("Surgeon"), lambda c: c.surgeon_name or c.surgeon_code),
            Column(tr("Duration"), lambda c: tr("{n} min", n=c.duration_min), RIGHT),
            _priority_column(),
            Column(tr("Deadline"), lambda c: moment_text(c.deadline)),
            Column(tr("Status"), lambda c: status_text(c.status)),
        ], foreground=lambda c: style.GREY if c.status in ("done", "withdrawn") else
            (style.RED if c.status == "cancelled" else None), parent=parent)


class WaitingModel(_PriorityCells):
    """The waiting list: priority, time left before the deadline (overdue in red)."""

    COL_PRIORITY, COL_LEFT = 0, 1

    def __init__(self, parent: Any = None) -> None:
        self.now = clock.now()

        def left(c: surgery.Case) -> str:
            return days_left_text(c.days_to_deadline(self.now))

        def overdue(c: surgery.Case) -> bool:
            days = c.days_to_deadline(self.now)
            return days is not None and days < 0

        super().__init__([
            _priority_column(),
            Column(tr("Time left"), left, RIGHT),
            Column(tr("Deadline"), lambda c: moment_text(c.deadline)),
            Column(tr("Patient"), lambda c: c.patient_name),
            Column(tr("Phone"), lambda c: c.patient_phone),
            Column(tr("Operation"), lambda c: c.procedure, tooltip=lambda c: c.procedure),
            Column(tr("Surgeon"), lambda c: c.surgeon_name or c.surgeon_code),
            Column(tr("Duration"), lambda c: tr("{n} min", n=c.duration_min), RIGHT),
            Column(tr("Status"), lambda c: status_text(c.status)),
        ], background=lambda c: style.RED_BG if overdue(c) else None,
            foreground=lambda c: style.RED if overdue(c) else None, bold=overdue,
            parent=parent)

    def set_rows(self, rows: Any) -> None:
        """Replace the rows; time left is counted from now."""
        self.now = clock.now()
        super().set_rows(rows)


class CallsModel(RowsModel[surgery.CallEntry]):
    """The call list: who, phone, why, the planned and new dates, what happened."""

    COL_STATUS, COL_PATIENT, COL_PHONE = 0, 1, 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(tr("Status"), lambda e: tr(surgery.CALL_STATUSES.get(e.status, e.status))),
            Column(tr("Patient"), lambda e: e.patient_name),
            Column(tr("Phone"), lambda e: e.phone or tr("(no number)")),
            Column(tr("Operation planned"), lambda e: moment_text(e.original_start)),
            Column(tr("New date"), lambda e: moment_text(e.new_start)),
            Column(tr("Why we call"),
                   lambda e: tr(surgery.CALL_PURPOSES.get(e.purpose, e.purpose))),
            Column(tr("Attempts"), lambda e: str(len(e.attempts)), RIGHT),
            Column(tr("Operation"), lambda e: e.procedure, tooltip=lambda e: e.procedure),
            Column(tr("Reason"), lambda e: e.reason, tooltip=lambda e: e.reason),
        ], background=lambda e: CALL_STYLE.get(e.status, (None, None))[1],
            foreground=lambda e: CALL_STYLE.get(e.status, (None, None))[0],
            bold=lambda e: e.status == "to_call", parent=parent)


class AttemptsModel(RowsModel[surgery.CallAttempt]):
    """Every attempt to call one patient, oldest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(tr("When"), lambda a: moment_text(a.called_at)),
            Column(tr("Call outcome"), lambda a: tr(surgery.CALL_OUTCOMES.get(a.outcome,
                                                                        a.outcome))),
            Column(tr("By"), lambda a: a.caller),
            Column(tr("Note"), lambda a: a.note, tooltip=lambda a: a.note),
        ], foreground=lambda a: CALL_STYLE.get(a.outcome, (None, None))[0], parent=parent)


class PlanModel(_PriorityCells):
    """Lines of a proposed plan: late ones first (in red), with how late they would be."""

    COL_PRIORITY, COL_LATE = 0, 1

    def __init__(self, parent: Any = None) -> None:
        def late(line: surgery.PlanLine) -> str:
            if line.lateness_min <= 0:
                return tr("on time")
            return tr("{span} late", span=span_text(line.lateness_min))

        def slot(line: surgery.PlanLine) -> str:
            if line.room is None:
                return tr("no slot: {reason}", reason=line.reason or "")
            return moment_text(line.start)

        def flags(line: surgery.PlanLine) -> str:
            out = []
            if line.manual:
                out.append(tr("adjusted by hand"))
            if line.moved:
                out.append(tr("moved"))
            return ", ".join(out)

        super().__init__([
            _priority_column(),
            Column(tr("Lateness"), late),
            Column(tr("Room"), lambda line: line.room or "—", CENTER),
            Column(tr("Start"), slot, tooltip=slot),
            Column(tr("Patient"), lambda line: line.patient_name),
            Column(tr("Operation"), lambda line: line.procedure,
                   tooltip=lambda line: line.procedure),
            Column(tr("Surgeon"), lambda line: line.surgeon_code),
            Column(tr("Deadline"), lambda line: moment_text(line.deadline)),
            Column(tr("Change"), flags),
        ], background=lambda line: style.RED_BG if line.lateness_min > 0 or line.room is None
            else None,
            foreground=lambda line: style.RED if line.lateness_min > 0 or line.room is None
            else None,
            bold=lambda line: line.lateness_min > 0 or line.room is None, parent=parent)


class RoomsModel(RowsModel[surgery.Room]):
    def __init__(self, parent: Any = None) -> None:
        def hours(room: surgery.Room) -> str:
            return hours_text(room.hours)

        super().__init__([
            Column(tr("Code"), lambda r: r.code),
            Column(tr("Name"), lambda r: r.name),
            Column(tr("Opening hours"), hours, tooltip=hours),
            Column(tr("Specialties"), lambda r: ", ".join(r.specialties) or tr("any")),
            Column(tr("Equipment"), lambda r: ", ".join(r.equipment)),
            Column(tr("In use"), lambda r: tr("yes") if r.active else tr("no")),
        ], foreground=lambda r: None if r.active else style.GREY, parent=parent)


class ClosuresModel(RowsModel[surgery.Closure]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(tr("Room"), lambda c: c.room_code),
            Column(tr("From"), lambda c: c.first_day.strftime("%d/%m/%Y")),
            Column(tr("To"), lambda c: c.last_day.strftime("%d/%m/%Y")),
            Column(tr("Reason"), lambda c: c.reason, tooltip=lambda c: c.reason),
        ], parent=parent)


class StaffModel(RowsModel[surgery.Staff]):
    def __init__(self, parent: Any = None) -> None:
        def days(person: surgery.Staff) -> str:
            return ", ".join(tr(surgery.WEEKDAY_LABELS[d])[:3] for d in person.weekdays)

        super().__init__([
            Column(tr("Code"), lambda s: s.code),
            Column(tr("Name"), lambda s: s.display_name),
            Column(tr("Role"), lambda s: tr(surgery.ROLES.get(s.role, s.role))),
            Column(tr("Specialty"), lambda s: s.specialty),
            Column(tr("Operating days"), days),
            Column(tr("Phone"), lambda s: s.phone),
        ], foreground=lambda s: None if s.active else style.GREY, parent=parent)


class AbsencesModel(RowsModel[Absence]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(tr("Who"), lambda a: a.staff_code),
            Column(tr("From"), lambda a: moment_text(a.starts)),
            Column(tr("To"), lambda a: moment_text(a.ends)),
            Column(tr("Reason"), lambda a: a.reason),
        ], parent=parent)


class ProblemsModel(RowsModel[tuple[str, str]]):
    """Problems of a refused file: where (line) and what."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(tr("Line"), lambda p: p[0], RIGHT),
            Column(tr("Problem"), lambda p: p[1], tooltip=lambda p: p[1]),
        ], parent=parent)
