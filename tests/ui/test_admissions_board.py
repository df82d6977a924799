"""The ED board as a nurse sees it: waiting against the triage target, overdue marked,
filters, sort by header, counts, opening a patient."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QApplication

from hospcrisis import clock
from hospcrisis.core import admissions, triage
from hospcrisis.store import foundation
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui import style
from hospcrisis.ui.admissions.board import REFRESH_MS, BoardModel, BoardSection
from hospcrisis.ui.admissions.hooks import print_hub

from .admissions_support import context_for, freeze, register

Role = Qt.ItemDataRole


@pytest.fixture(autouse=True)
def _french_ui(qapp: QApplication) -> None:
    ui_i18n.install("fr")
    freeze()


@pytest.fixture
def ed(session):
    """Four patients: one overdue Tri 2, one near its target, one fine, one not triaged."""
    return {
        "late": register(session, "MORIN", "Nathalie", level="2", minutes_ago=45,
                         area="waiting_room").admission,
        "near": register(session, "BERTRAND", "Philippe", sex="M", level="3A",
                         minutes_ago=50, area="boxes").admission,
        "fine": register(session, "ANDRÉ", "Michel", sex="M", level="5", minutes_ago=10,
                         area="waiting_room").admission,
        "new": register(session, "ZOLA", "Émile", sex="M", minutes_ago=2).admission,
    }


@pytest.fixture
def board(qtbot, session, ed) -> BoardSection:
    section = BoardSection(context_for(session))
    qtbot.addWidget(section)
    section.resize(1060, 700)
    section.show()
    qtbot.waitExposed(section)
    return section


def _row_of(board: BoardSection, admission_id: str) -> int:
    row = board.model.index_of(admission_id)
    assert row is not None
    return row


def _cell(board: BoardSection, admission_id: str, key: str, role: int = Role.DisplayRole):
    model = board.model
    return model.data(model.index(_row_of(board, admission_id), model.column_of(key)), role)


def _shown_names(board: BoardSection) -> list[str]:
    return [r.birth_name for r in board.model.rows]


def test_overdue_stands_out_by_marker_bold_and_colour(board, ed) -> None:
    late, near, fine = ed["late"].id, ed["near"].id, ed["fine"].id
    assert _cell(board, late, "waiting") == "45 min"
    assert _cell(board, late, "target") == "⚠ +25 min"
    font = _cell(board, late, "name", Role.FontRole)
    assert isinstance(font, QFont) and font.bold()
    background = _cell(board, late, "name", Role.BackgroundRole)
    assert isinstance(background, QBrush)
    assert background.color().name() == style.RED_BG
    assert _cell(board, late, "target", Role.ForegroundRole).color().name() == style.RED
    assert "Délai dépassé de 25 min" in _cell(board, late, "waiting", Role.ToolTipRole)
    # three quarters of the target: orange, no marker, not bold
    assert _cell(board, near, "target") == "dans 10 min"
    assert "⚠" not in _cell(board, near, "target")
    assert _cell(board, near, "waiting", Role.BackgroundRole).color().name() == \
        style.ORANGE_BG
    assert _cell(board, near, "name", Role.FontRole) is None
    assert _cell(board, fine, "waiting", Role.BackgroundRole) is None
    assert _cell(board, fine, "target") == "dans 3 h 50"
    # the triage cell carries the level colour
    level = triage.TRIAGE_SCALES["FRENCH"].level("2")
    assert _cell(board, late, "triage") == "Tri 2"
    assert _cell(board, late, "triage", Role.BackgroundRole).color().name() == level.colour
    assert _cell(board, ed["new"].id, "triage") == "À trier"
    # overdue first by default
    assert _shown_names(board)[0] == "MORIN"


def test_the_clock_moves_the_board_every_minute(qtbot, board, ed) -> None:
    assert board.timer.interval() == REFRESH_MS == 60_000
    assert board.timer.isActive()
    fine = ed["fine"].id
    clock.advance(timedelta(minutes=240))
    board.timer.timeout.emit()
    assert _cell(board, fine, "target").startswith("⚠ +")
    assert "En dépassement : 3" in board.overdue_chip.text()
    assert "Mis à jour à 08:00" in board.refreshed.text()


def test_counts_per_triage_level(board) -> None:
    assert board.total_label.text() == "Aux urgences : 4"
    chips = {code: chip.text() for code, chip in board.level_chips.items()}
    assert chips["2"] == "Tri 2 : 1"
    assert chips["3A"] == "Tri 3A : 1"
    assert chips["1"] == "Tri 1 : 0"
    assert chips["untriaged"] == "À trier : 1"
    assert board.overdue_chip.text() == "⚠ En dépassement : 1"
    assert not board.mci_chips


def test_mass_casualty_counts_and_column_when_the_plan_is_active(qtbot, session) -> None:
    with session.store.transaction(session.actor, "test.plan") as tx:
        foundation.put_setting(tx, triage.SETTING_MASS_CASUALTY, True)
    session.reload_settings()
    admissions.register_arrival(
        session, admissions.IdentityInput(unknown=True, sex="M", estimated_age_min=30,
                                          estimated_age_max=40, description="blessé"),
        admissions.ArrivalInput(mci_category="UA", triage_level="1"))
    section = BoardSection(context_for(session))
    qtbot.addWidget(section)
    assert "mci" in section.model.columns
    assert section.mci_chips["UA"].text() == "UA : 1"
    assert section.model.data(section.model.index(0, section.model.column_of("mci"))) == "UA"


def test_filters_by_level_area_status_and_overdue(qtbot, session, board, ed) -> None:
    board.level_filter.set_code("5")
    assert _shown_names(board) == ["ANDRÉ"]
    assert board.level_chips["5"].isChecked()
    board.level_filter.set_code("untriaged")
    assert _shown_names(board) == ["ZOLA"]
    board.level_filter.set_code("")
    board.area_filter.set_code("waiting_room")
    assert sorted(_shown_names(board)) == ["ANDRÉ", "MORIN"]
    board.area_filter.set_code("-")
    assert _shown_names(board) == ["ZOLA"]
    board.area_filter.set_code("")
    board.overdue_only.setChecked(True)
    assert _shown_names(board) == ["MORIN"]
    assert board.overdue_chip.isChecked()
    board.overdue_only.setChecked(False)
    admissions.mark_seen(session, ed["near"].id)
    board.reload()
    board.status_filter.set_code("seen")
    assert _shown_names(board) == ["BERTRAND"]
    # a seen patient's clock stopped: never overdue, waiting greyed
    assert _cell(board, ed["near"].id, "target") == ""
    assert _cell(board, ed["near"].id, "waiting", Role.ForegroundRole).color().name() == \
        style.GREY


def test_closed_visits_appear_with_every_visit(qtbot, session, board, ed) -> None:
    admissions.record_movement(session, ed["fine"].id, "discharged")
    board.reload()
    assert "ANDRÉ" not in _shown_names(board)
    board.status_filter.set_code("all")
    assert "ANDRÉ" in _shown_names(board)
    assert "arrival" in board.model.columns
    assert board.total_label.text() == "Venues : 4"
    board.status_filter.set_code("discharged")
    assert _shown_names(board) == ["ANDRÉ"]
    assert _cell(board, ed["fine"].id, "status") == "Sorti"


def test_a_chip_filters_on_its_level(board) -> None:
    board.level_chips["2"].click()
    assert board.level_filter.code() == "2"
    assert _shown_names(board) == ["MORIN"]
    board.level_chips["2"].click()
    assert board.level_filter.code() is None
    assert len(board.model.rows) == 4


def _click_header(qtbot, board: BoardSection, key: str) -> None:
    header = board.view.horizontalHeader()
    column = board.model.column_of(key)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_sort_by_clicking_headers(qtbot, board) -> None:
    _click_header(qtbot, board, "name")
    assert _shown_names(board) == ["ANDRÉ", "BERTRAND", "MORIN", "ZOLA"]
    assert board.current_filters()["sort"] == "name"
    _click_header(qtbot, board, "name")
    assert _shown_names(board) == ["ZOLA", "MORIN", "BERTRAND", "ANDRÉ"]
    _click_header(qtbot, board, "triage")
    assert _shown_names(board)[:3] == ["MORIN", "BERTRAND", "ANDRÉ"]
    assert board.sort_combo.code() == "triage"
    # not a sortable column: the order stays
    _click_header(qtbot, board, "complaint")
    assert board.current_filters()["sort"] == "triage"
    header = board.view.horizontalHeader()
    assert header.sortIndicatorSection() == board.model.column_of("triage")
    board.sort_combo.set_code("arrival-desc")
    assert _shown_names(board) == ["ZOLA", "ANDRÉ", "MORIN", "BERTRAND"]


def test_selection_survives_a_refresh(qtbot, board, ed) -> None:
    row = _row_of(board, ed["fine"].id)
    board.view.setCurrentIndex(board.model.index(row, 0))
    board.sort_by("name")
    board.reload()
    current = board.view.currentIndex()
    assert board.model.row(current.row()).admission_id == ed["fine"].id


def test_double_click_and_enter_open_the_patient(qtbot, board, ed) -> None:
    row = _row_of(board, ed["near"].id)
    rect = board.view.visualRect(board.model.index(row, 3))
    viewport = board.view.viewport()
    with qtbot.waitSignal(board.context.patient_requested) as blocker:
        # QTest sends the press, then the double click, as a mouse does
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [ed["near"].patient_id]
    board.view.setFocus()
    board.view.setCurrentIndex(board.model.index(_row_of(board, ed["late"].id), 0))
    with qtbot.waitSignal(board.context.patient_requested) as blocker:
        qtbot.keyClick(board.view, Qt.Key.Key_Return)
    assert blocker.args == [ed["late"].patient_id]


def test_new_arrival_and_print(qtbot, board, monkeypatch) -> None:
    from hospcrisis.ui.admissions import registration

    asked: list[object] = []
    monkeypatch.setattr(registration.RegistrationDialog, "ask",
                        classmethod(lambda cls, parent, context: asked.append(context)))
    board.view.setFocus()
    qtbot.waitUntil(board.view.hasFocus)
    qtbot.keyClick(board.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [board.context]
    board.level_filter.set_code("2")
    hub_rows: list[list] = []
    print_hub(board.context).board_requested.connect(hub_rows.append)
    with qtbot.waitSignal(board.print_requested) as blocker:
        board.print_button.click()
    assert [r.birth_name for r in blocker.args[0]] == ["MORIN"]
    assert hub_rows and hub_rows[0][0].birth_name == "MORIN"


def test_a_save_elsewhere_refreshes_the_board(qtbot, session, board) -> None:
    register(session, "NOUVEAU", "Patient", level="4")
    board.context.data_changed.emit("admissions")
    assert "NOUVEAU" in _shown_names(board)


def test_the_models_are_sound(qtmodeltester, board) -> None:
    qtmodeltester.check(board.model)
    empty = BoardModel()
    qtmodeltester.check(empty)


def test_the_board_in_english(qtbot, session, ed) -> None:
    ui_i18n.install("en")
    try:
        section = BoardSection(context_for(session))
        qtbot.addWidget(section)
        headers = [section.model.headerData(c, Qt.Orientation.Horizontal)
                   for c in range(section.model.columnCount())]
        assert headers[:3] == ["Triage", "Waiting", "Target"]
        assert section.overdue_chip.text() == "⚠ Overdue: 1"
        model = section.model
        row = model.index_of(ed["near"].id)
        assert model.data(model.index(row, model.column_of("target"))) == "in 10 min"
        assert model.data(model.index(row, model.column_of("status"))) == "Triaged"
    finally:
        ui_i18n.install("fr")


def test_the_plan_blanc_is_started_from_the_board(qtbot, monkeypatch, session) -> None:
    """A nurse manager starts the plan from the board: a banner, the category column."""
    from PySide6.QtWidgets import QInputDialog

    from hospcrisis.core import triage
    from hospcrisis.ui.admissions.board import BoardSection
    from hospcrisis.ui.context import AppContext

    context = AppContext(session, None)
    resets: list[str] = []
    context.section_reset_requested.connect(resets.append)
    board = BoardSection(context)
    qtbot.addWidget(board)
    assert not board.plan_button.isHidden()  # an admin holds the plan-blanc permission
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Accident de car sur l’A63", True)))
    board.plan_button.click()
    assert triage.mass_casualty_active(session)
    assert resets == ["ed"]
    rebuilt = BoardSection(context)
    qtbot.addWidget(rebuilt)
    assert rebuilt.findChild(type(rebuilt.refreshed), "planBlancBanner") is not None
    assert "mci" in rebuilt.model.columns
    last = session.store.query_one("SELECT action, after FROM audit_log ORDER BY seq DESC "
                                   "LIMIT 1")
    assert last["action"] == "admissions.mass_casualty_on" and "A63" in last["after"]
