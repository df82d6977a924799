"""A crisis exercise end to end, the situation report's data, its section registry, the demo."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from hospcrisis import clock
from hospcrisis.core import activations, crisis_demo, crisis_log, sitrep, systems
from hospcrisis.core.demo import fill_foundation
from hospcrisis.core.sitrep import Section, SitrepContext
from hospcrisis.store import audit

from ..conftest import ADMIN_PASSWORD
from .crisis_support import make_units

T0 = datetime(2026, 2, 11, 2, 10, tzinfo=UTC)


@pytest.fixture
def registry() -> Iterator[None]:
    """Sections registered by a test are removed afterwards."""
    saved = dict(sitrep.SECTIONS)
    yield
    sitrep.SECTIONS.clear()
    sitrep.SECTIONS.update(saved)


def test_a_crisis_exercise_from_activation_to_situation_report(session: Any,
                                                               make_session: Any) -> None:
    clock.freeze(T0)
    make_units(session)
    cell, nurse, manager = (make_session("crisis_cell"), make_session("nurse"),
                            make_session("nurse_manager"))
    it = make_session("it_recovery")
    systems.set_status(it, "dpi", "down", note="Rançongiciel")
    systems.set_status(it, "lab", "partial")
    crisis_log.add_entry(cell, kind="decision", text_value="Déclenchement du plan blanc.")
    # three units switch to their procedures
    made = activations.activate(cell, ["DM-ADMISSION"], ["URG", "MED1", "REA"],
                                "DPI hors service")
    assert [a.unit_code for a in made] == ["URG", "MED1", "REA"]
    clock.advance(timedelta(minutes=20))
    activations.sign_step(nurse, made[0].ref, "2")
    activations.sign_step(nurse, made[0].ref, "3")
    activations.sign_step(manager, made[1].ref, "1")
    clock.advance(timedelta(minutes=40))
    first = sitrep.issue_sitrep(cell)
    assert first.number == 1 and first.issued and first.since is None
    decisions = first.section("decisions")
    assert decisions is not None
    assert len(decisions.rows) == 2  # the plan blanc, and the activation
    # the next report covers only what happened since
    clock.advance(timedelta(hours=1))
    crisis_log.add_entry(cell, kind="decision", text_value="Déprogrammation de la chirurgie.")
    crisis_log.add_entry(cell, kind="alert", text_value="Stock de bracelets bas.", unit="URG")
    systems.set_status(it, "lab", "functional")
    activations.sign_step(nurse, made[2].ref, "2")
    report = sitrep.build_sitrep(cell)
    assert report.number == 2 and report.since == first.generated_at and not report.issued
    keys = [s.key for s in report.sections]
    assert keys == ["arrivals_by_triage", "census_by_unit", "surgery", "systems",
                    "procedures", "decisions", "alerts"]
    for key in ("arrivals_by_triage", "census_by_unit", "surgery"):
        provided = report.section(key)  # by the admissions and surgery areas
        assert provided is not None and provided.available
    decisions = report.section("decisions")
    assert decisions is not None
    assert [row[2] for row in decisions.rows] == ["Déprogrammation de la chirurgie."]
    assert decisions.lines[0].startswith("Depuis le point précédent")
    alerts = report.section("alerts")
    assert alerts is not None and [row[4] for row in alerts.rows] == ["URG"]
    procs = report.section("procedures")
    assert procs is not None
    assert [(r[0], r[1], r[4]) for r in procs.rows] == [("MED1", "DM-ADMISSION", "1/8"),
                                                         ("REA", "DM-ADMISSION", "1/8"),
                                                         ("URG", "DM-ADMISSION", "2/8")]
    assert procs.lines == ("3 procédure(s) active(s) dans 3 unité(s) ; 4 étapes validées "
                           "sur 24.",)
    by_unit = procs.charts[0]
    assert by_unit.x == ("MED1", "REA", "URG") and by_unit.series[0].values == (12.5, 12.5,
                                                                                25.0)
    state = report.section("systems")
    assert state is not None
    assert state.data["summary"]["counts"]["down"] == 1
    assert ("Laboratoire (SIL)", "Fonctionnel") in [(r[0], r[1]) for r in state.rows]
    # everything is plain data: the PDF and the CLI print the same thing
    assert json.loads(json.dumps(report.to_dict()))["number"] == 2
    assert [r.number for r in sitrep.list_sitreps(cell)] == [1]
    recorded = sitrep.issued_content(cell, sitrep.list_sitreps(cell)[0].id)
    assert recorded["number"] == 1 and recorded["sections"][3]["key"] == "systems"
    assert audit.verify(session.store).ok


def test_other_areas_register_sections_without_this_module_knowing_them(
        session: Any, registry: None) -> None:
    @sitrep.register_section("arrivals_by_triage", "Arrivals per hour by triage level",
                             order=10)
    def arrivals(session: Any, context: SitrepContext) -> Section:
        return Section("arrivals_by_triage", "Arrivées", 10, lines=("12 arrivées",),
                       columns=("Heure", "Tri 1"), rows=(("03:00", 2),))

    @sitrep.register_section("broken", "Broken", order=99)
    def broken(session: Any, context: SitrepContext) -> Section:
        raise RuntimeError("boom")

    @sitrep.register_section("silent", "Silent", order=98)
    def silent(session: Any, context: SitrepContext) -> None:
        return None

    report = sitrep.build_sitrep(session)
    arrivals_section = report.section("arrivals_by_triage")
    assert arrivals_section is not None and arrivals_section.available
    assert arrivals_section.rows == (("03:00", 2),)
    failed = report.section("broken")
    assert failed is not None and not failed.available and "boom" in failed.note
    assert report.section("silent") is None
    assert report.sections[0].key == "arrivals_by_triage"


def test_dashboard_series_over_time(session: Any) -> None:
    clock.freeze(T0)
    make_units(session)
    systems.set_status(session, "dpi", "down")
    (admission,) = activations.activate(session, ["DM-ADMISSION"], ["URG"], "DPI arrêté")
    clock.advance(timedelta(hours=1))
    for key in ("1", "2"):
        activations.sign_step(session, admission.ref, key)
    clock.advance(timedelta(hours=1))
    systems.set_status(session, "dpi", "partial")
    activations.sign_step(session, admission.ref, "3")
    start, end = T0 - timedelta(minutes=10), T0 + timedelta(hours=2, minutes=50)
    progress = sitrep.procedures_progress_chart(session, start=start, end=end,
                                                step=timedelta(hours=1))
    assert progress.kind == "line" and progress.y_max == 100.0
    assert progress.x_labels == ("03:00", "04:00", "05:00", "06:00")
    # activated 03:10, two of eight steps signed at 04:10, a third at 05:10
    assert progress.series[0].values == (None, 0.0, 25.0, 37.5)
    assert [s.key for s in progress.series] == ["all", "URG"]
    counts = sitrep.systems_status_chart(session, start=start, end=end,
                                         step=timedelta(hours=1))
    down = next(s for s in counts.series if s.key == "down")
    partial = next(s for s in counts.series if s.key == "partial")
    assert down.values == (0.0, 1.0, 1.0, 0.0) and partial.values == (0.0, 0.0, 0.0, 1.0)
    timeline = sitrep.systems_timeline_chart(session, start=start, end=end)
    dpi = next(r for r in timeline.rows if r.key == "dpi")
    assert [seg[2] for seg in dpi.segments] == ["down", "partial"]
    assert timeline.colours["down"] == "red"


def test_the_exercise_filler_tells_a_whole_night(session: Any) -> None:
    clock.freeze(datetime(2026, 2, 11, 9, 0, tzinfo=UTC))
    fill_foundation(session, random.Random(1), {"admin_password": ADMIN_PASSWORD})
    counts = crisis_demo.fill(session, random.Random(1), {"admin_password": ADMIN_PASSWORD})
    assert clock.now() == datetime(2026, 2, 11, 9, 0, tzinfo=UTC)  # the test's clock is back
    assert counts["procedure_activations"] >= 20 and counts["step_signoffs"] >= 50
    assert counts["situation_reports"] == 1 and counts["systems_status_reports"] >= 10
    board = activations.board(session, include_closed=True)
    assert len(board.units) >= 8
    assert {c.state for c in board.cells} >= {"active", "closed"}
    every = activations.list_activations(session, include_closed=True,
                                         include_cancelled=True)
    assert any(a.state.value == "cancelled" for a in every)
    entries = crisis_log.list_entries(session)
    assert {e.kind for e in entries} == {"decision", "action", "information", "alert"}
    assert any(e.late for e in entries)
    assert any(e.is_correction for e in entries)
    assert all(e.event_at <= "2026-02-11T09:00:00.000Z" for e in entries)
    authors = {e.author for e in entries}
    assert {"cellule.bernard", "cadre.durand", "dsi.petit"} <= authors
    assert systems.summary(session).level == "critical"
    assert len(systems.history(session)) == counts["systems_status_reports"]
    assert audit.verify(session.store).ok
