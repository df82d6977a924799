"""Screenshot scenes of the crisis screens (`tools/screenshots.py` SCENES)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hospcrisis.core import activations, crisis_log, procedures
from hospcrisis.ui.context import AppContext

Shoot = Callable[..., None]


def _settle() -> None:
    for _ in range(8):
        QApplication.processEvents()


def _dialog(dialog: QDialog, shoot: Shoot, name: str, width: int, height: int) -> None:
    shoot(dialog, name, width, height)
    dialog.close()
    dialog.deleteLater()


def crisis(window: Any, context: AppContext, shoot: Shoot) -> None:
    """Every tab of the crisis cell, a checklist, the dialogs, the dashboard."""
    from hospcrisis.ui.crisis.board import ActivateDialog, ChecklistDialog
    from hospcrisis.ui.crisis.dashboard import Dashboard
    from hospcrisis.ui.crisis.library import ProcedureEditor
    from hospcrisis.ui.crisis.log import CorrectionDialog
    from hospcrisis.ui.crisis.section import CrisisSection
    from hospcrisis.ui.crisis.systems import StatusDialog

    section = window.show_section("crisis")
    if not isinstance(section, CrisisSection):
        return
    board = section.show_tab("board")
    assert isinstance(board, QWidget)
    section.board.view.setCurrentIndex(section.board.model.index(
        max(0, _unit_row(section, "URG")), 0))
    _settle()
    shoot(window, "crisis-1-board")
    section.show_tab("log")
    _settle()
    shoot(window, "crisis-2-main-courante")
    section.show_tab("systems")
    _settle()
    shoot(window, "crisis-3-systems")
    section.show_tab("library")
    _settle()
    shoot(window, "crisis-4-library")
    section.show_tab("sitreps")
    _settle()
    shoot(window, "crisis-5-sitreps")
    items = activations.list_activations(context.session, unit="URG")
    if items:
        _dialog(ChecklistDialog(context, items[0], window), shoot, "crisis-6-checklist", 1040,
                640)
    _dialog(ActivateDialog(context, ["DM-DEATHS"], ["MED1", "MED2", "GER"], window), shoot,
            "crisis-7-activate", 820, 560)
    entries = [e for e in crisis_log.list_entries(context.session)
               if e.source == crisis_log.SOURCE_MANUAL]
    if entries:
        _dialog(CorrectionDialog(context, entries[-1], window), shoot, "crisis-8-correct",
                640, 420)
    systems = section.systems.model.rows
    _dialog(StatusDialog(context, systems[0] if systems else None, window), shoot,
            "crisis-9-status", 560, 400)
    _dialog(ProcedureEditor(context, procedures.get_procedure(context.session, "DM-LAB"),
                            window), shoot, "crisis-10-editor", 1000, 720)
    dashboard = window.show_section("dashboard")
    if isinstance(dashboard, Dashboard):
        from hospcrisis.ui import workers

        workers.wait_all(30_000)
        _settle()
        QTimer.singleShot(0, lambda: None)
        _settle()
        shoot(window, "crisis-11-dashboard")


def _unit_row(section: Any, unit: str) -> int:
    model = section.board.model
    return next((r for r in range(model.rowCount()) if model.unit_at(r) == unit), 0)
