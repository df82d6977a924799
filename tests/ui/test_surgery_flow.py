"""The crisis cell's day, from the GUI in French: import the OR programme, cancel every P3/P4
of the coming two weeks, work the call list, re-plan from the day capacity returns (the planner
runs in a worker), see the late cases first, adjust by hand (a refused move, then an allowed
one), accept, and print a room's day."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from hospcrisis import clock
from hospcrisis.core import surgery
from hospcrisis.ui import workers
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.surgery import dialogs as surgery_dialogs
from hospcrisis.ui.surgery import section as section_module
from hospcrisis.ui.surgery.dialogs import MoveDialog

from .surgery_support import (
    CANCELLED_REFS,
    NOW,
    PROGRAMME,
    audit_actions,
    audit_seq,
    context,  # noqa: F401 (fixture)
    drive,
    pdf_pages,
    printer,  # noqa: F401 (fixture)
    programme_bytes,
    theatre_store,  # noqa: F401 (fixture)
)

WEDNESDAY = date(2026, 12, 2)


@pytest.fixture
def section(qtbot: Any, context: AppContext) -> Any:  # noqa: F811
    widget = section_module.SurgerySection(context)
    qtbot.addWidget(widget)
    widget.resize(1060, 700)
    return widget


def _import(qtbot: Any, monkeypatch: pytest.MonkeyPatch, section: Any, path: Path) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(section_module, "choose_programme_file", lambda parent: str(path))
    monkeypatch.setattr(section_module, "show_info", lambda parent, text, title=None:
                        told.append(text))
    section.import_programme()
    qtbot.waitUntil(lambda: not section.importing, timeout=30_000)
    return told


def _free_slot(editor: surgery.PlanEditor, line: surgery.PlanLine, room: str,
               day: date) -> datetime:
    """A start in `room` on `day` that breaks no rule (found with the live check)."""
    for minutes in range(8 * 60, 18 * 60, 15):
        start = datetime(day.year, day.month, day.day, minutes // 60,
                         minutes % 60).astimezone()
        if not editor.check(line.case_id, room, start):
            return start
    raise AssertionError(f"no free slot in {room} on {day}")


def test_the_crisis_cell_flow(qtbot: Any, monkeypatch: pytest.MonkeyPatch, section: Any,
                              context: AppContext, printer: Any,  # noqa: F811
                              tmp_path: Path) -> None:
    session = context.session
    store = session.store
    # An emergency that cannot be operated in time: its surgeon is away until Friday.
    surgery.add_absence(session, "MOREL.J", NOW, datetime(2026, 12, 4, 7, 0).astimezone(),
                        "Congés")
    emergency = surgery.create_case(session, patient_family_name="LAMBERT",
                                    patient_given_name="Hugo", procedure="Urétéroscopie",
                                    surgeon="MOREL.J", duration_min=60, priority="P1a",
                                    patient_phone="06 99 88 77 66")

    # 1. Import the last programme.
    csv = tmp_path / "programme.csv"
    csv.write_bytes(programme_bytes())
    told = _import(qtbot, monkeypatch, section, csv)
    assert told and "7 interventions importées" in told[0]
    refs = {c.case_ref: c for c in surgery.list_cases(session) if c.case_ref}
    assert len(refs) == len(PROGRAMME)
    section.day.show_day(date(2026, 12, 1))
    shown = {b.key for b in section.day.timeline.blocks}
    assert shown == {refs[r].id for r in ("OR-1", "OR-2", "OR-3")}

    # 2. Cancel every P3/P4 of the coming two weeks: the defaults; one action, one audit entry.
    panel = section.show_tab("cancel")
    assert [c for c, box in panel.priorities.items() if box.isChecked()] == ["P3", "P4"]
    rule = panel.rule()
    assert rule.first_day == date(2026, 11, 30) and rule.last_day == date(2026, 12, 13)
    assert sorted(c.case_ref for c in panel.preview) == list(CANCELLED_REFS)
    assert "4" in panel.count.text() and "4 patients à appeler" in panel.count.text()
    assert not panel.cancel_button.isEnabled()  # no reason yet
    panel.reason.setText("Cyberattaque : bloc limité aux urgences vitales")
    assert panel.cancel_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(surgery_dialogs, "confirm_action",
                        lambda parent, message, yes: asked.append(message) or True)
    before = audit_seq(store)
    panel.cancel_button.click()
    assert asked and "4" in asked[0]
    assert audit_actions(store, before) == ["surgery.cancel_bulk"]
    statuses = {c.case_ref: c.status for c in surgery.list_cases(session) if c.case_ref}
    assert {r for r, s in statuses.items() if s == "cancelled"} == set(CANCELLED_REFS)
    assert section.tabs.currentWidget() is section.calls  # the next job: the calls

    # 3. Work the call list: outcomes with notes; the "still to call" filter.
    calls = section.calls
    assert calls.model.rowCount() == 4
    durand = next(i for i, e in enumerate(calls.model.rows) if e.patient_name == "DURAND Marie")
    calls.view.selectRow(durand)
    assert calls.phone.text() == "06 11 22 33 44"
    calls.note.setText("Pas de réponse")
    calls.outcome_buttons["unreachable"].click()
    calls.select_entry(next(e.id for e in calls.model.rows if e.patient_name == "DURAND Marie"))
    calls.outcome_buttons["message"].click()
    calls.select_entry(next(e.id for e in calls.model.rows if e.patient_name == "DURAND Marie"))
    calls.note.setText("Informée du report")
    calls.outcome_buttons["reached"].click()
    entry = next(e for e in surgery.list_calls(session) if e.patient_name == "DURAND Marie")
    assert [a.outcome for a in entry.attempts] == ["unreachable", "message", "reached"]
    assert entry.attempts[0].note == "Pas de réponse" and entry.attempts[0].caller
    assert "DURAND Marie" not in [e.patient_name for e in calls.model.rows]
    calls.pending_only.setChecked(False)
    assert "DURAND Marie" in [e.patient_name for e in calls.model.rows]
    calls.pending_only.setChecked(True)
    assert calls.model.rowCount() == 3

    # 4. Re-plan from Wednesday, two weeks: the planner runs in a worker thread.
    replan = section.show_tab("replan")
    replan.first.setDate(QDate(2026, 12, 2))
    replan.days.setValue(14)
    with qtbot.waitSignal(replan.plan_proposed, timeout=60_000):
        replan.propose_button.click()
        assert replan.running  # the UI thread is free while it searches
    plan = replan.plan
    assert plan is not None and plan.status == "proposed"
    assert plan.first_day == WEDNESDAY and plan.days == 14
    # Cases whose deadline cannot be met come first, with how late they would be.
    late = replan.late_model.rows
    assert [line.case_id for line in late] == [emergency.id]
    assert late[0].lateness_min > 24 * 60
    lateness = replan.late_model.index(0, replan.late_model.COL_LATE).data()
    assert "de retard" in lateness and " j " in lateness
    assert replan.model.row(0).case_id == emergency.id
    assert "à signaler ou à transférer" in replan.banner.text()

    # 5. Adjust by hand: a refused move (conflicts in words), then an allowed one.
    hip = next(line for line in plan.lines if line.case_id == refs["OR-1"].id)
    replan.select_line(hip.case_id)
    seen_conflicts: list[str] = []
    chosen: list[datetime] = []

    def move(dialog: MoveDialog) -> None:
        dialog.room.setCurrentIndex(dialog.room.findData("B1"))
        dialog.day.setDate(QDate(2026, 12, 3))
        dialog.time.setTime(QTime(17, 30))  # would run past 18:00
        seen_conflicts.append(dialog.conflicts.text())
        assert not dialog.ok_button.isEnabled()
        dialog.ok_button.click()  # refused: nothing happens
        assert dialog.result() == 0
        start = _free_slot(dialog.editor, dialog.line, "B1", date(2026, 12, 3))
        dialog.time.setTime(QTime(start.hour, start.minute))
        assert dialog.conflicts.text() == ""
        assert dialog.ok_button.isEnabled()
        chosen.append(start)
        dialog.ok_button.click()

    opened = drive(monkeypatch, MoveDialog, move)
    before = audit_seq(store)
    replan.move_button.click()
    assert len(opened) == 1
    assert "fermée" in seen_conflicts[0] and "B1" in seen_conflicts[0]
    moved = replan.line(hip.case_id)
    assert moved is not None and moved.manual and moved.room == "B1"
    assert moved.start == chosen[0]
    assert audit_actions(store, before) == ["surgery.plan_adjust"]

    # 6. Accept: confirmed, audited; patients with a new date go on the call list.
    before = audit_seq(store)
    replan.accept_button.click()
    assert audit_actions(store, before) == ["surgery.plan_accept"]
    assert replan.plan is not None and replan.plan.status == "accepted"
    assert not replan.accept_button.isEnabled()
    hip_case = surgery.get_case(session, refs["OR-1"].id)
    assert hip_case.status == "planned" and hip_case.planned_start == chosen[0]
    new_dates = [e for e in surgery.list_calls(session) if e.purpose == "new_date"]
    assert refs["OR-1"].id in {e.case_id for e in new_dates}
    assert "Liste d’appels" in section.tabs.tabText(3)

    # The day view follows the accepted plan.
    section.day.show_day(date(2026, 12, 3))
    assert hip_case.id in {b.key for b in section.day.timeline.blocks}

    # 7. Print that room's day: the PDF names the room, the patients and the times.
    section.day.select_case(hip_case.id)
    before = audit_seq(store)
    section.day.print_room()
    qtbot.waitUntil(lambda: printer.running is None and printer.last_path is not None,
                    timeout=30_000)
    assert audit_actions(store, before) == ["print.or-day"]
    pages = pdf_pages(printer.last_path)
    text = "\n".join(pages)
    assert len(pages) == 1
    assert "B1" in text and "DURAND Marie" in text
    assert f"{clock.local(chosen[0]):%H:%M}" in text
    assert "jeudi 03/12/2026".lower() in text.lower()
    assert "EXERCICE" in text
    workers.wait_all(30_000)


def test_a_plan_search_can_be_stopped_and_nothing_changes(
        qtbot: Any, section: Any, context: AppContext) -> None:  # noqa: F811
    surgery.import_programme_bytes(context.session, programme_bytes(), "p.csv")
    replan = section.show_tab("replan")
    replan.propose_button.click()
    replan.stop()
    assert not replan.running and replan.propose_button.isEnabled()
    assert "rien n’a été modifié" in replan.banner.text()
    workers.wait_all(60_000)
    qtbot.wait(50)  # the finished job's late result is ignored
    assert replan.plan is None
    assert all(c.status == "planned" for c in surgery.list_cases(context.session))


def test_the_waiting_list_puts_overdue_cases_first_in_red(
        qtbot: Any, section: Any, context: AppContext) -> None:  # noqa: F811
    session = context.session
    for priority in ("P4", "P2", "P3"):
        surgery.create_case(session, patient_family_name="ATTENTE", procedure="Hernie",
                            surgeon="BLANC.C", duration_min=60, priority=priority)
    overdue = surgery.create_case(session, patient_family_name="RETARD", procedure="Hernie",
                                  surgeon="BLANC.C", duration_min=60, priority="P3",
                                  priority_set_at="2026-08-01T08:00")
    clock.freeze(NOW + timedelta(minutes=1))
    context.data_changed.emit("surgery")
    waiting = section.show_tab("waiting")
    rows = waiting.model.rows
    assert rows[0].id == overdue.id
    assert [c.priority for c in rows[1:]] == ["P2", "P3", "P4"]
    model = waiting.model
    left = model.index(0, model.COL_LEFT)
    assert "dépassé" in left.data()
    assert left.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert "1 hors délai" in waiting.summary.text()
    assert "4" in section.tabs.tabText(4)
