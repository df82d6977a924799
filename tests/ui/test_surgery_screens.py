"""Operating-theatre screens one by one: sound models, a refused programme listing every bad
line, cases and rooms edited in dialogs, one case cancelled, the day timeline, English."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPointF, Qt, QTime
from PySide6.QtWidgets import QApplication

from hospcrisis.core import surgery, surgery_views
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.surgery import dialogs as surgery_dialogs
from hospcrisis.ui.surgery import models
from hospcrisis.ui.surgery import section as section_module
from hospcrisis.ui.surgery.dialogs import (
    AbsenceDialog,
    CaseDialog,
    ClosureDialog,
    ImportProblemsDialog,
    ReasonDialog,
    RoomEditDialog,
)

from .surgery_support import (
    NOW,
    PROGRAMME,
    audit_actions,
    audit_seq,
    context,  # noqa: F401 (fixture)
    drive,
    programme_bytes,
    theatre_store,  # noqa: F401 (fixture)
)


@pytest.fixture
def section(qtbot: Any, context: AppContext) -> Any:  # noqa: F811
    surgery.import_programme_bytes(context.session, programme_bytes(), "programme.csv")
    widget = section_module.SurgerySection(context)
    qtbot.addWidget(widget)
    return widget


def test_every_model_passes_the_model_tester(qtmodeltester: Any, section: Any,
                                             context: AppContext) -> None:  # noqa: F811
    session = context.session
    surgery.cancel_by_rule(session, surgery.CancelRule(date(2026, 11, 30), date(2026, 12, 13),
                                                       ("P3", "P4")), "Cyberattaque")
    entry = surgery.list_calls(session)[0]
    surgery.record_call(session, entry.id, "message", "Rappeler")
    surgery.add_absence(session, "BLANC.C", NOW + timedelta(days=3), NOW + timedelta(days=4))
    surgery.close_room(session, "B3", "2026-12-10", "2026-12-11", "Panne")
    plan = surgery.propose_plan(session, "2026-12-02", 7, time_limit=None)
    filled: list[tuple[Any, list[Any]]] = [
        (models.CasesModel(), surgery.list_cases(session)),
        (models.WaitingModel(), surgery.waiting_list(session)),
        (models.CallsModel(), surgery.list_calls(session)),
        (models.AttemptsModel(), list(surgery.list_calls(session)[0].attempts)),
        (models.PlanModel(), list(plan.lines)),
        (models.RoomsModel(), surgery.list_rooms(session)),
        (models.ClosuresModel(), surgery.list_closures(session)),
        (models.StaffModel(), surgery.list_staff(session)),
        (models.AbsencesModel(), surgery_views.list_absences(session)),
        (models.ProblemsModel(), [("3", "Ligne 3 : durée"), ("", "Colonne manquante")]),
    ]
    for model, rows in filled:
        assert rows, type(model).__name__
        model.set_rows(rows)
        qtmodeltester.check(model)
        model.set_rows([])
        qtmodeltester.check(model)
    for panel_model in (section.cases.model, section.calls.model, section.waiting.model,
                        section.cancellation.model, section.replan.model):
        qtmodeltester.check(panel_model)


def test_a_bad_programme_lists_every_bad_line_and_imports_nothing(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, context: AppContext,  # noqa: F811
        tmp_path: Path) -> None:
    section = section_module.SurgerySection(context)
    qtbot.addWidget(section)
    bad = [*PROGRAMME[:2],
           "OR-8;2026-13-01;08:00;60;B1;LEGRAND.P;;A;B;1950;F;;;X;ortho;P3",
           "OR-9;04/12/2026;08:00;0;B1;LEGRAND.P;;A;B;1950;F;;;X;ortho;P3",
           "OR-10;04/12/2026;10:00;60;B7;LEGRAND.P;;A;B;1950;F;;;X;ortho;P9"]
    path = tmp_path / "programme.csv"
    path.write_bytes(programme_bytes(bad))
    shown = drive(monkeypatch, ImportProblemsDialog, lambda dialog: dialog.accept())
    monkeypatch.setattr(section_module, "choose_programme_file", lambda parent: str(path))
    before = audit_seq(context.store)
    section.import_programme()
    qtbot.waitUntil(lambda: not section.importing, timeout=30_000)
    assert len(shown) == 1
    dialog = shown[0]
    lines = [line for line, _message in dialog.model.rows]
    assert sorted(set(lines), key=int) == ["4", "5", "6"]
    assert lines.count("6") == 2  # an unknown room and a bad priority on one line
    text = dialog.text()
    for expected in ("Ligne 4", "Ligne 5", "Ligne 6", "B7", "P9", "rien n’a été importé"):
        assert expected in text
    dialog.copy()
    assert QApplication.clipboard().text() == text
    assert surgery.list_cases(context.session) == []
    assert audit_actions(context.store, before) == []
    # A file in the wrong encoding: the same dialog, a clear message.
    path.write_bytes(programme_bytes().decode("utf-8").encode("cp1252"))
    section.import_programme()
    qtbot.waitUntil(lambda: not section.importing, timeout=30_000)
    assert "UTF-8" in shown[-1].message.text()
    assert surgery.list_cases(context.session) == []


def test_a_case_is_created_with_every_problem_shown_then_saved(
        qtbot: Any, context: AppContext) -> None:  # noqa: F811
    dialog = CaseDialog(context)
    qtbot.addWidget(dialog)
    dialog.save()  # empty: refused, every problem listed, fields framed in red
    assert dialog.saved is None
    assert dialog.problems.isVisible() or dialog.problems.text()
    assert "Nom du patient" in dialog.problems.text()
    assert dialog.family.property("invalid") is True
    assert dialog.procedure.property("invalid") is True
    dialog.family.setText("BERNARD")
    dialog.given.setText("Lucie")
    dialog.birth.setText("14/07/1967")
    dialog.procedure.setText("Cure de hernie")
    dialog.surgeon.setCurrentIndex(dialog.surgeon.findData("BLANC.C"))
    dialog.priority.setCurrentIndex(dialog.priority.findData("P2"))
    dialog.duration.setValue(45)
    dialog.plan_now.setChecked(True)
    dialog.room.setCurrentIndex(dialog.room.findData("B2"))
    dialog.start.setDateTime(dialog.start.dateTime().fromString("2026-12-07 10:00",
                                                                "yyyy-MM-dd HH:mm"))
    dialog.save()
    case = dialog.saved
    assert case is not None and case.status == "planned" and case.room_code == "B2"
    assert case.patient_birth_date == "1967-07-14" and case.specialty == "visceral"
    assert case.deadline == NOW + timedelta(weeks=4)
    # Editing: a new class is set now; only what changed is saved.
    edit = CaseDialog(context, case)
    qtbot.addWidget(edit)
    edit.priority.setCurrentIndex(edit.priority.findData("P1b"))
    edit.save()
    assert edit.saved is not None and edit.saved.priority == "P1b"
    assert edit.saved.deadline == NOW + timedelta(hours=72)
    assert edit.saved.patient_birth_date == "1967-07-14"


def test_one_case_is_cancelled_from_the_day_view_with_a_reason(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, section: Any,
        context: AppContext) -> None:  # noqa: F811
    day = section.day
    day.show_day(date(2026, 12, 1))
    case = next(c for c in surgery.list_cases(context.session) if c.case_ref == "OR-3")
    block = next(b for b in day.timeline.blocks if b.key == case.id)
    day.timeline.resize(900, 600)
    with qtbot.waitSignal(day.case_selected) as selected:
        qtbot.mouseClick(day.timeline, Qt.MouseButton.LeftButton,
                         pos=day.timeline.block_rect(block).center().toPoint())
    assert selected.args == [case.id]
    assert "ROUX Léa" in day.detail.text()

    def refuse_then_give(dialog: ReasonDialog) -> None:
        dialog.ok_button.click()
        assert dialog.error.isVisibleTo(dialog)  # a reason is required
        dialog.reason.setText("Panne d’autoclave")
        dialog.ok_button.click()

    drive(monkeypatch, ReasonDialog, refuse_then_give)
    before = audit_seq(context.store)
    day.cancel_button.click()
    assert audit_actions(context.store, before) == ["surgery.cancel"]
    assert surgery.get_case(context.session, case.id).status == "cancelled"
    assert case.id not in {b.key for b in day.timeline.blocks}
    entry = next(e for e in surgery.list_calls(context.session) if e.case_id == case.id)
    assert entry.reason == "Panne d’autoclave"


def test_the_timeline_shows_rooms_closed_and_open(qtbot: Any, section: Any,
                                                  context: AppContext) -> None:  # noqa: F811
    surgery.close_room(context.session, "B3", "2026-12-02", "2026-12-02", "Panne de bras",
                       cancel_cases=False)
    context.data_changed.emit("surgery")
    day = section.day
    day.show_day(date(2026, 12, 2))
    columns = {c.code: c for c in day.timeline.columns}
    assert columns["B3"].open is None and columns["B3"].note == "Panne de bras"
    assert columns["B1"].open == (8 * 60, 18 * 60)
    assert "1 interventions" in day.summary.text() or "1 intervention" in day.summary.text()
    day.timeline.resize(900, 600)
    assert day.timeline.block_at(QPointF(5, 5)) is None
    day.show_day(date(2026, 12, 5))  # a Saturday: every room closed
    assert all(c.open is None for c in day.timeline.columns)
    assert day.timeline.blocks == []


def test_rooms_closures_and_absences_from_the_dialogs(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, section: Any,
        context: AppContext) -> None:  # noqa: F811
    session = context.session

    def fill_room(dialog: RoomEditDialog) -> None:
        dialog.save()  # no code, no name: refused
        assert dialog.saved is None and dialog.problems.text()
        dialog.code.setText("b9")
        dialog.name.setText("Bloc 9 — ambulatoire")
        dialog.specialties.setText("ophtalmo, orl")
        check, opens, closes = dialog.days[6]
        check.setChecked(True)
        opens.setTime(QTime(8, 0))
        closes.setTime(QTime(12, 30))
        dialog.save()

    drive(monkeypatch, RoomEditDialog, fill_room)
    assert RoomEditDialog.ask(context, section) is not None
    room = surgery.get_room(session, "B9")
    assert room.hours[6] == ("08:00", "12:30") and room.specialties == ("ophtalmo", "orl")

    def close(dialog: ClosureDialog) -> None:
        dialog.room.setCurrentIndex(dialog.room.findData("B1"))
        dialog.first.setDate(QDate(2026, 12, 1))
        dialog.last.setDate(QDate(2026, 12, 1))
        dialog.reason.setText("Désinfection")
        dialog.save()

    drive(monkeypatch, ClosureDialog, close)
    result = ClosureDialog.ask(context, section)
    assert result is not None and result.cancelled == 2  # OR-1 and OR-2
    assert len(surgery.list_calls(session, pending_only=True)) == 2

    def away(dialog: AbsenceDialog) -> None:
        dialog.person.setCurrentIndex(dialog.person.findData("LEGRAND.P"))
        dialog.starts.setDateTime(dialog.starts.dateTime().addDays(3))
        dialog.ends.setDateTime(dialog.starts.dateTime().addDays(2))
        dialog.reason.setText("Congrès")
        dialog.save()

    drive(monkeypatch, AbsenceDialog, away)
    assert AbsenceDialog.ask(context, section) is not None
    absences = surgery_views.list_absences(session, "LEGRAND.P")
    assert [a.reason for a in absences] == ["Congrès"]


def test_a_viewer_sees_the_programme_but_cannot_change_it(
        qtbot: Any, context: AppContext) -> None:  # noqa: F811
    from hospcrisis.core import users

    from ..conftest import ADMIN_PASSWORD

    users.create_user(context.session, username="lecture", display_name="Lecture seule",
                      role="viewer", password=ADMIN_PASSWORD)
    viewer = users.login(context.store, "lecture", ADMIN_PASSWORD)
    section = section_module.SurgerySection(AppContext(viewer, None))
    qtbot.addWidget(section)
    assert not section.import_button.isEnabled()
    assert not section.day.new_button.isEnabled()
    assert not section.replan.propose_button.isEnabled()
    assert not section.cancellation.cancel_button.isVisibleTo(section.cancellation)


def test_the_section_speaks_english_too(qtbot: Any, context: AppContext,  # noqa: F811
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from hospcrisis import i18n

    surgery.import_programme_bytes(context.session, programme_bytes(), "programme.csv")
    french = section_module.SurgerySection(context)
    qtbot.addWidget(french)
    assert [french.tabs.tabText(i).replace("&", "") for i in range(3)] == [
        "Programme du jour", "Interventions", "Déprogrammation"]
    assert french.calls.outcome_buttons["message"].text().replace("&", "") == "Message laissé"
    ui_i18n.install("en")
    try:
        english = section_module.SurgerySection(context)
        qtbot.addWidget(english)
        titles = [english.tabs.tabText(i).replace("&", "") for i in range(6)]
        assert titles[:3] == ["Day programme", "Cases", "Cancellation"]
        assert titles[3].startswith("Call list") and titles[5] == "Re-planning"
        assert english.calls.outcome_buttons["unreachable"].text().replace("&", "") == \
            "Unreachable"
        english.day.show_day(date(2026, 12, 1))
        assert "3 cases in 3 open rooms" in english.day.summary.text()
        header = english.cases.model.headerData(5, Qt.Orientation.Horizontal)
        assert header == "Operation"
    finally:
        ui_i18n.install("fr")
        i18n.set_language("fr")


def test_the_move_dialog_checks_as_you_choose(qtbot: Any, section: Any,
                                              context: AppContext) -> None:  # noqa: F811
    surgery.propose_plan(context.session, "2026-12-02", 5, time_limit=None)
    editor = surgery.PlanEditor(context.session)
    line = next(line for line in editor.plan.lines if line.room == "B3")
    dialog = surgery_dialogs.MoveDialog(editor, line)
    qtbot.addWidget(dialog)
    assert dialog.conflicts.text() == "" and dialog.ok_button.isEnabled()  # where it is
    dialog.room.setCurrentIndex(dialog.room.findData("B1"))  # ortho only
    assert "B1" in dialog.conflicts.text() and not dialog.ok_button.isEnabled()
    dialog.room.setCurrentIndex(dialog.room.findData("B3"))
    dialog.time.setTime(QTime(21, 0))
    assert "fermée" in dialog.conflicts.text()
    room, start = dialog.slot()
    assert room == "B3" and (start.hour, start.minute) == (21, 0)
