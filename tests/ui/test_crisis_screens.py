"""The crisis screens' models are sound, the dashboard draws what exists and says what does not,
printing goes through the app's print framework when there is one, and English works too."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from hospcrisis import clock
from hospcrisis.core import activations, crisis_log, procedures, sitrep, systems
from hospcrisis.core.sitrep import Section, SitrepContext
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui.context import AppContext

from . import crisis_helpers
from .crisis_helpers import login

exercise_store = crisis_helpers.exercise_store


@pytest.fixture(autouse=True)
def _french_ui(qapp: QApplication) -> None:
    ui_i18n.install("fr")


@pytest.fixture
def busy(exercise_store):
    admin = login(exercise_store, "cellule.bernard")
    activations.activate(admin, ["DM-LAB", "DM-BEDS"], ["URG", "MED1", "LABO"], "SIL coupé.")
    item = activations.list_activations(admin, unit="URG", procedure="DM-LAB")[0]
    activations.sign_step(admin, item.id, "1", "Liste diffusée.")
    systems.set_status(admin, "dpi", "down", note="Chiffré.")
    systems.set_status(admin, "lab", "partial")
    clock.advance(timedelta(minutes=20))
    crisis_log.add_entry(admin, kind="decision", text_value="Plan blanc déclenché.")
    crisis_log.add_entry(admin, kind="alert", text_value="Standard en panne.",
                         event_at=clock.now() - timedelta(minutes=15), unit="URG")
    sitrep.issue_sitrep(admin)
    return admin


def test_every_crisis_model_passes_the_model_tester(qtbot, qtmodeltester, busy) -> None:
    from hospcrisis.ui.crisis.board import ChecklistWidget
    from hospcrisis.ui.crisis.library import ProcedureEditor
    from hospcrisis.ui.crisis.section import CrisisSection
    from hospcrisis.ui.crisis.systems import HistoryDialog

    context = AppContext(busy, None)
    section = CrisisSection(context)
    qtbot.addWidget(section)
    section.sitreps.refresh()
    models = [section.board.model, section.board.unit_model, section.log.model,
              section.systems.model, section.library.model, section.sitreps.model]
    assert section.board.model.rowCount() == 3 and section.log.model.rowCount() == 7
    item = activations.list_activations(busy, unit="URG")[0]
    checklist = ChecklistWidget(context, item)
    qtbot.addWidget(checklist)
    history = HistoryDialog(context, None)
    qtbot.addWidget(history)
    editor = ProcedureEditor(context, procedures.get_procedure(busy, "DM-LAB"))
    qtbot.addWidget(editor)
    models += [checklist.model, history.model, editor.steps.model, editor.returns.model]
    from hospcrisis.ui.crisis.log import LogModel

    alone = LogModel()  # checked last: the tester keeps it until after the widgets are gone
    alone.set_rows(section.log.model.rows)
    for model in [*models, alone]:
        assert model.rowCount() > 0, model
        qtmodeltester.check(model, force_py=True)


def test_board_cells_say_progress_and_time_since_activation(qtbot, busy) -> None:
    from hospcrisis.ui.crisis.board import ProceduresBoard, short_ids

    board = ProceduresBoard(AppContext(busy, None))
    qtbot.addWidget(board)
    model = board.model
    assert [model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(model.columnCount())] == ["BEDS", "LAB"]
    row = next(r for r in range(model.rowCount()) if model.unit_at(r) == "URG")
    assert model.index(row, 1).data() == "1/7 · 20 min"
    assert "DM-LAB" in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert short_ids(["DM-A", "DM-B"]) == {"DM-A": "A", "DM-B": "B"}
    assert short_ids(["X1", "Y2"]) == {"X1": "X1", "Y2": "Y2"}
    board.view.setCurrentIndex(model.index(row, 0))
    assert board.unit_model.rowCount() == 2


def test_the_log_filters_by_kind_unit_author_and_time(qtbot, busy) -> None:
    from hospcrisis.ui.crisis.log import MainCourante

    log = MainCourante(AppContext(busy, None))
    qtbot.addWidget(log)
    log.kind_filter.setCurrentIndex(log.kind_filter.findData("alert"))
    kinds = {e.kind for e in log.model.rows}
    assert kinds == {"alert"}
    log.kind_filter.setCurrentIndex(0)
    log.unit_filter.setCurrentIndex(log.unit_filter.findData("URG"))
    assert [e.text for e in log.model.rows if e.source == "manual"] == ["Standard en panne."]
    log.unit_filter.setCurrentIndex(0)
    log.search.setText("plan blanc")
    log.refresh()
    assert [e.text for e in log.model.rows] == ["Plan blanc déclenché."]
    log.search.setText("")
    log.start.setText("pas une heure")
    log.refresh()
    assert "n’est pas une heure" in log.filter_problems.text()
    log.start.setText("")
    log.mine_only.setChecked(True)
    assert {e.source for e in log.model.rows} == {"manual"}
    log._debounce.stop()  # typing started the search delay; the station closes after the test


def test_dashboard_draws_charts_and_says_what_is_not_there_yet(qtbot, busy,
                                                               monkeypatch) -> None:
    from hospcrisis.ui.crisis.dashboard import Dashboard, category_labels

    sitrep.providers()  # every area's sections registered, then one taken away
    monkeypatch.delitem(sitrep.SECTIONS, "arrivals_by_triage")
    dashboard = Dashboard(AppContext(busy, None))
    qtbot.addWidget(dashboard)
    assert dashboard.data is not None  # an in-memory station is read at once
    assert not dashboard.arrivals.showing_chart
    assert dashboard.arrivals.note.text() == "Pas encore disponible sur ce poste."
    assert dashboard.procedures.showing_chart and dashboard.procedures.kind == "bar"
    assert dashboard.systems.showing_chart and dashboard.systems.kind == "stacked_bar"
    figures = {t.label.text(): t.value.text() for t in dashboard.tiles if not t.isHidden()}
    assert figures["systèmes hors service"] == "1"
    assert figures["procédures actives"] == "6"

    # an area registers arrivals by triage level: the panel draws it on the next refresh
    def arrivals(session, context: SitrepContext) -> Section:
        chart = sitrep.Chart("arrivals", "Arrivées", "stacked_bar", ("a", "b"), ("13h", "14h"),
                             (sitrep.Series("1", "Tri 1", (1.0, 0.0)),
                              sitrep.Series("2", "Tri 2", (2.0, 3.0))),
                             colours={"1": "red", "2": "orange"})
        return Section("arrivals_by_triage", "Arrivées", 10, charts=(chart,))

    monkeypatch.setitem(sitrep.SECTIONS, "arrivals_by_triage",
                        sitrep.SectionProvider("arrivals_by_triage", "Arrivals", 10, arrivals))
    dashboard.refresh()
    assert dashboard.arrivals.showing_chart and dashboard.arrivals.kind == "stacked_bar"
    assert dashboard.tiles[0].value.text() == "6"  # arrivals now counted first
    labels, title = category_labels(["09/03 23:00", "10/03 00:00", "10/03 00:30"])
    assert labels == ["23h", "00h", "00:30"] and title == "09/03 → 10/03"
    assert category_labels(["URG", "MED1"]) == (["URG", "MED1"], "")


def test_printing_goes_to_the_print_framework_when_it_listens(qtbot, busy) -> None:
    from hospcrisis.printing import PrintRequest
    from hospcrisis.ui.crisis.common import Printer

    context = AppContext(busy, None)
    window = QMainWindow()
    qtbot.addWidget(window)
    asked: list[object] = []
    context.print_requested.connect(asked.append)
    done: list[object] = []
    Printer(context, window).print(PrintRequest("procedures", units=("URG",)), "x.pdf",
                                   done.append)
    assert asked == [PrintRequest("procedures", units=("URG",))] and done == [None]


def test_unit_procedures_print_from_the_board(qtbot, busy, monkeypatch, tmp_path) -> None:
    from hospcrisis.ui.crisis import common
    from hospcrisis.ui.crisis.board import ProceduresBoard

    from .crisis_helpers import pdf_pages

    board = ProceduresBoard(AppContext(busy, None))
    qtbot.addWidget(board)
    opened: list[object] = []
    monkeypatch.setattr(common.Printer, "ask_path", staticmethod(lambda p, n: tmp_path / n))
    monkeypatch.setattr(common.Printer, "open_path", staticmethod(opened.append))
    row = next(r for r in range(board.model.rowCount()) if board.model.unit_at(r) == "URG")
    board.view.setCurrentIndex(board.model.index(row, 0))
    board.print_unit()
    assert len(opened) == 1
    text = "\n".join(pdf_pages(opened[0].read_bytes()))  # type: ignore[attr-defined]
    assert "URG — Urgences adultes" in text and "DM-LAB" in text and "DM-BEDS" in text
    assert "Dr Anne Bernard, 10/03 14:00" in text and "EXERCICE" in text


def test_the_screens_in_english(qtbot, busy) -> None:
    from hospcrisis import i18n
    from hospcrisis.ui.crisis.indicator import systems_indicator
    from hospcrisis.ui.crisis.section import CrisisSection

    ui_i18n.install("en")
    i18n.set_language("en")
    try:
        context = AppContext(busy, None)
        section = CrisisSection(context)
        qtbot.addWidget(section)
        indicator = systems_indicator(context)
        qtbot.addWidget(indicator)
        assert indicator.text() == "IS: 1 down · 1 partial · 9 never reported"
        assert section.tabs.tabText(1) == "&Main courante"
        assert section.tabs.tabText(4) == "Situation &reports"
        assert section.log.model.headerData(0, Qt.Orientation.Horizontal) == "Time"
        assert section.board.summary.text().startswith("6 procedure(s) active in 3 unit(s)")
        assert {e.kind_label for e in section.log.model.rows} >= {"Decision", "Alert"}
    finally:
        ui_i18n.install("fr")
        i18n.set_language("fr")


def test_an_entrys_unit_and_patient_links(qtbot, busy) -> None:
    from hospcrisis.ui.crisis.section import CrisisSection

    context = AppContext(busy, None)
    section = CrisisSection(context)
    qtbot.addWidget(section)
    crisis_log.add_entry(busy, kind="information", text_value="Patient inconnu admis.",
                         unit="LABO", patient="EXO-000001-A")
    section.log.refresh()
    log = section.log
    row = next(i for i, e in enumerate(log.model.rows) if e.patient_ref == "EXO-000001-A")
    log.view.selectRow(row)
    patients: list[str] = []
    context.patient_requested.connect(patients.append)
    log.patient_button.click()
    assert patients == ["EXO-000001-A"]
    log.unit_button.click()
    assert section.tabs.currentWidget() is section.board
    assert section.board.current_unit() == "LABO"
    assert section.board.unit_title.text().startswith("Unité LABO — Laboratoire")
