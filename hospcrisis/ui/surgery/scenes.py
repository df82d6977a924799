"""Screenshot scenes of the operating-theatre screens (`tools/screenshots.py` SCENES).

On the demo exercise (P3/P4 of the next 14 days already cancelled, some patients called): the
call list, the waiting list, a cancellation rule being previewed, a re-plan from tomorrow with
the late cases first, a manual move refused, the plan accepted, then the day programme.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication, QDialog

from hospcrisis.core import surgery
from hospcrisis.errors import ValidationError
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.surgery import dialogs as surgery_dialogs
from hospcrisis.ui.surgery.common import to_qdate, today

Shoot = Callable[..., None]


def _settle(rounds: int = 8) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def _dialog(dialog: QDialog, shoot: Shoot, name: str, width: int, height: int) -> None:
    shoot(dialog, name, width, height)
    dialog.close()
    dialog.deleteLater()


def surgery_scenes(window: Any, context: AppContext, shoot: Shoot) -> None:
    """Every tab of the operating theatres, the re-planning flow and the dialogs."""
    from hospcrisis.ui.surgery.section import SurgerySection

    section = window.show_section("surgery")
    if not isinstance(section, SurgerySection):
        return
    session = context.session
    tomorrow = today() + timedelta(days=1)
    while tomorrow.isoweekday() > 5:
        tomorrow += timedelta(days=1)

    section.show_tab("calls")
    calls = section.calls
    tried = next((i for i, e in enumerate(calls.model.rows) if e.attempts), 0)
    calls.view.selectRow(tried)
    _settle()
    shoot(window, "surgery-1-call-list")

    section.show_tab("waiting")
    _settle()
    shoot(window, "surgery-2-waiting-list")

    section.show_tab("cancel")
    cancel = section.cancellation
    for check in cancel.priorities.values():
        check.setChecked(True)
    day = tomorrow + timedelta(days=1)
    cancel.first.setDate(to_qdate(day))
    cancel.last.setDate(to_qdate(day + timedelta(days=1)))
    cancel.room.setCurrentIndex(max(0, cancel.room.findData("B3")))
    cancel.reason.setText("Panne de la colonne de cœlioscopie, salle B3")
    _settle()
    shoot(window, "surgery-3-cancellation-rule")

    section.show_tab("replan")
    replan = section.replan
    replan.first.setDate(to_qdate(tomorrow))
    replan.days.setValue(14)
    replan.propose()
    deadline = time.monotonic() + 60
    while replan.running and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    _settle()
    if replan.plan is not None and replan.plan.late:
        replan.select_line(replan.plan.late[0].case_id)
    _settle()
    shoot(window, "surgery-4-replan-late-first")

    line = replan.current_line()
    editor = replan._editor()
    if line is not None and editor is not None:
        dialog = surgery_dialogs.MoveDialog(editor, line, window)
        other = next((code for code in ("B1", "B2", "B5") if code != line.room), "B1")
        dialog.room.setCurrentIndex(max(0, dialog.room.findData(other)))
        dialog.time.setTime(QTime(17, 30))
        dialog.check()
        _dialog(dialog, shoot, "surgery-5-move-refused", 620, 380)

    if replan.plan is not None and replan.plan.status == "proposed":
        try:
            accepted = surgery.accept_plan(session, replan.plan.id)
        except ValidationError:
            accepted = None
        if accepted is not None:
            replan.show_plan(accepted)
            context.data_changed.emit("surgery")
    section.show_tab("day")
    section.day.show_day(tomorrow)
    blocks = section.day.timeline.blocks
    if blocks:
        section.day.select_case(blocks[len(blocks) // 2].key)
    _settle()
    shoot(window, "surgery-6-day-after-replan")

    section.show_tab("cases")
    cases = section.cases
    _settle()
    shoot(window, "surgery-7-cases")
    case = cases.model.row(0) if cases.model.rowCount() else None
    if case is not None:
        _dialog(surgery_dialogs.CaseDialog(context, case, window), shoot, "surgery-8-case",
                1100, 560)

    day_text = f"{tomorrow:%d/%m/%Y}"
    bad = ("reference;date;heure;duree;salle;chirurgien;nom;prenom;intervention;priorite\n"
           f"X-1;{day_text};08:00;90;B1;LEGRAND.P;DUVAL;Anne;Prothèse de hanche;P3\n"
           f"X-2;{day_text};09:00;0;B1;LEGRAND.P;MARTY;Paul;Arthroscopie;P4\n"
           f"X-3;{day_text};10:00;60;B9;FAURE.A;ROCHE;Lina;Canal carpien;P3\n"
           f"X-4;31/11/2026;10:00;60;B2;FAURE.A;NOËL;Jean;Ménisectomie;P5\n"
           f"X-5;{day_text};08:30;45;B2;LEGRAND.P;COLIN;Marc;Ostéosynthèse;P2\n")
    try:
        surgery.import_programme_bytes(session, bad.encode("utf-8"), "programme-bloc.csv")
        error = None
    except ValidationError as exc:
        error = exc
    if error is not None:
        _dialog(surgery_dialogs.ImportProblemsDialog(error, "programme-bloc.csv", window),
                shoot, "surgery-9-import-refused", 820, 420)
    _dialog(surgery_dialogs.RoomsDialog(context, window), shoot, "surgery-10-rooms", 900, 560)
    section.show_tab("day")
