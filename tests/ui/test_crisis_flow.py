"""A crisis exercise run end to end from the GUI, in French, as the crisis cell would.

Activate procedures in three units, sign steps off (and see a refused sign-off), keep the main
courante (a late entry, a correction), report a system down (the status-bar summary follows),
then issue two situation reports and read the second PDF back.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from hospcrisis import clock
from hospcrisis.core import activations, crisis_log, sitrep, systems
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui.context import AppContext

from . import crisis_helpers
from .crisis_helpers import drive, login, pdf_pages

exercise_store = crisis_helpers.exercise_store

pytestmark = pytest.mark.usefixtures("_french_ui")


@pytest.fixture
def _french_ui(qapp: QApplication) -> None:
    ui_i18n.install("fr")


def _tick(widget, values: set[str]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in values:
            item.setCheckState(Qt.CheckState.Checked)


def _select_step(checklist, key: str) -> None:
    row = next(i for i, s in enumerate(checklist.model.rows) if s.key == key)
    checklist.view.selectRow(row)


def test_a_crisis_exercise_from_the_gui(qtbot, exercise_store, monkeypatch, tmp_path: Path
                                        ) -> None:
    from hospcrisis.ui.crisis import common
    from hospcrisis.ui.crisis.board import ActivateDialog, ChecklistWidget, TextDialog
    from hospcrisis.ui.crisis.indicator import systems_indicator
    from hospcrisis.ui.crisis.log import CorrectionDialog
    from hospcrisis.ui.crisis.section import CrisisSection
    from hospcrisis.ui.crisis.sitreps import IssueDialog
    from hospcrisis.ui.crisis.systems import StatusDialog

    admin = login(exercise_store, "cellule.bernard")
    context = AppContext(admin, None)
    messages: list[str] = []
    context.message_posted.connect(messages.append)
    section = CrisisSection(context)
    qtbot.addWidget(section)
    indicator = systems_indicator(context)
    qtbot.addWidget(indicator)
    assert indicator.text() == "SI : 11 non renseignés"

    # 1. activate two procedures in three units; a first try without a reason is refused
    board = section.board
    assert "Aucune procédure de mode dégradé n’est active" in board.summary.text()

    def activate(dialog: ActivateDialog) -> None:
        _tick(dialog.procedures, {"DM-LAB", "DM-BEDS"})
        _tick(dialog.units, {"URG", "MED1", "REA"})
        dialog.save()
        assert not dialog.problems.isHidden() and "Motif" in dialog.problems.text()
        dialog.reason.setPlainText("DPI et SIL hors service : demandes par coursier.")
        dialog.save()

    drive(monkeypatch, ActivateDialog, activate)
    board.activate()
    cells = activations.board(admin).cells
    assert {(c.unit_code, c.procedure_id) for c in cells} == {
        (u, p) for u in ("URG", "MED1", "REA") for p in ("DM-LAB", "DM-BEDS")}
    assert board.model.rowCount() == 3 and board.model.columnCount() == 2
    assert board.summary.text().startswith("6 procédure(s) active(s) dans 3 unité(s)")
    lab_urg = next(c for c in cells if (c.unit_code, c.procedure_id) == ("URG", "DM-LAB"))
    assert any("activation(s) enregistrée(s)" in m for m in messages)

    # 2. sign steps off: the crisis cell signs step 1, a nurse signs step 2 …
    activation = activations.get_activation(admin, lab_urg.activation_id)
    checklist = ChecklistWidget(context, activation)
    qtbot.addWidget(checklist)
    monkeypatch.setattr(TextDialog, "ask", classmethod(lambda cls, *a, **k: "Fait en salle."))
    _select_step(checklist, "1")
    checklist.sign_selected()
    assert checklist.activation.step_status("1").signed
    assert checklist.model.rows[0].signed_by_name == "Dr Anne Bernard"
    nurse = login(exercise_store, "ide.nguyen")
    nurse_view = ChecklistWidget(AppContext(nurse, None), checklist.activation)
    qtbot.addWidget(nurse_view)
    shown: list[str] = []
    monkeypatch.setattr("hospcrisis.ui.crisis.board.show_error",
                        lambda parent, exc, *a: shown.append(exc.message))
    _select_step(nurse_view, "2")
    nurse_view.sign_selected()
    assert nurse_view.activation.step_status("2").signed_by_name == "Linh Nguyen"
    # … but a nurse may not sign a nurse manager's step: the core's message, nothing saved
    _select_step(nurse_view, "3")
    nurse_view.sign_selected()
    assert len(shown) == 1 and shown[0].startswith("L’étape 3 relève du rôle « Cadre de santé »")
    assert nurse_view.problems.text() == shown[0]
    assert not activations.get_activation(admin, activation.id).step_status("3").signed
    # the crisis cell withdraws step 2 (with a reason), then the board shows 1/7
    _select_step(checklist, "2")
    checklist.show_activation(activations.get_activation(admin, activation.id))
    _select_step(checklist, "2")
    checklist.withdraw_selected()
    assert not checklist.activation.step_status("2").signed
    board.refresh()
    row = next(r for r in range(3) if board.model.unit_at(r) == "URG")
    column = next(c for c in range(2) if board.model.procedure_at(c) == "DM-LAB")
    assert board.model.index(row, column).data().startswith("1/7 · ")

    # 3. the main courante: a decision (Enter), a late entry, a correction
    clock.advance(timedelta(minutes=5))
    log = section.log
    log.kind.setCurrentIndex(log.kind.findData("decision"))
    log.text.setText("Ouverture de 6 lits supplémentaires en UHCD.")
    log.unit.setCurrentIndex(log.unit.findData("URG"))
    qtbot.keyClick(log.text, Qt.Key.Key_Return)
    assert log.text.text() == ""
    log.kind.setCurrentIndex(log.kind.findData("information"))
    log.text.setText("Appel du SAMU : trois victimes attendues.")
    log.event_time.setText("13:20")
    qtbot.keyClick(log.text, Qt.Key.Key_Return)
    entries = crisis_log.list_entries(admin, search="SAMU")
    assert entries and entries[0].late
    late_row = next(i for i, e in enumerate(log.model.rows) if e.id == entries[0].id)
    assert log.model.index(late_row, log.model.COL_ENTERED).data() == "10/03 14:05 (tardive)"
    assert log.model.index(late_row, log.model.COL_TIME).data() == "10/03 13:20"
    log.text.setText("")  # an empty entry is refused inline, nothing saved
    count = log.model.rowCount()
    log.add()
    assert not log.problems.isHidden() and log.model.rowCount() == count
    wrong = crisis_log.list_entries(admin, search="lits supplémentaires")[0]
    row = next(i for i, e in enumerate(log.model.rows) if e.id == wrong.id)
    log.view.selectRow(row)

    def correct(dialog: CorrectionDialog) -> None:
        dialog.text.setPlainText("Correction : 4 lits supplémentaires en UHCD, pas 6.")
        dialog.save()

    drive(monkeypatch, CorrectionDialog, correct)
    log.correct()
    fixed = crisis_log.get_entry(admin, wrong.id)
    assert len(fixed.corrected_by) == 1
    correction = crisis_log.get_entry(admin, fixed.corrected_by[0])
    assert correction.corrects_id == wrong.id and fixed.text.startswith("Ouverture de 6 lits")
    # append-only: nothing in the log tab edits or deletes
    labels = [b.text().replace("&", "") for b in log.findChildren(QPushButton)]
    assert not [t for t in labels if t.startswith(("Supprimer", "Modifier", "Effacer"))]
    assert not log.model.flags(log.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable

    # 4. a system goes down: the systems tab and the status-bar summary follow
    panel = section.systems
    panel.view.selectRow(next(i for i, s in enumerate(panel.model.rows) if s.code == "dpi"))

    def report_down(dialog: StatusDialog) -> None:
        dialog.choose("down")
        dialog.note.setPlainText("Chiffrement constaté.")
        dialog.save()

    drive(monkeypatch, StatusDialog, report_down)
    panel.change_state()
    assert systems.summary(admin).down == ("Dossier patient informatisé (DPI)",)
    assert indicator.text() == "SI : 1 hors service · 10 non renseignés"
    assert indicator.level == "critical"
    assert "Hors service : Dossier patient informatisé (DPI)" in indicator.toolTip()

    # 5. two situation reports; the second PDF covers only what came after the first
    monkeypatch.setattr(IssueDialog, "ask", classmethod(lambda cls, *a: True))
    written: list[Path] = []
    opened: list[Path] = []
    monkeypatch.setattr(common.Printer, "ask_path",
                        staticmethod(lambda parent, name: tmp_path / name))
    monkeypatch.setattr(common.Printer, "open_path", staticmethod(opened.append))
    clock.advance(timedelta(minutes=5))
    section.issue_sitrep()
    written.append(tmp_path / "point-de-situation-1.pdf")
    clock.advance(timedelta(minutes=30))
    log.kind.setCurrentIndex(log.kind.findData("decision"))
    log.text.setText("Déprogrammation de la chirurgie réglée J0 à J2.")
    qtbot.keyClick(log.text, Qt.Key.Key_Return)
    clock.advance(timedelta(minutes=5))
    section.issue_sitrep()
    written.append(tmp_path / "point-de-situation-2.pdf")
    assert opened == written and all(p.exists() for p in written)
    assert [r.number for r in sitrep.list_sitreps(admin)] == [2, 1]
    section.show()
    section.show_tab("sitreps")  # refreshed when shown
    assert section.sitreps.model.rowCount() == 2

    pages = pdf_pages(written[1].read_bytes())
    text = "\n".join(pages)
    assert "POINT DE SITUATION N° 2" in text
    for title in ("ARRIVÉES PAR HEURE ET PAR NIVEAU DE TRI", "PATIENTS PRÉSENTS PAR UNITÉ",
                  "ÉTAT DES SYSTÈMES", "PROCÉDURES DE MODE DÉGRADÉ PAR UNITÉ",
                  "DÉCISIONS DEPUIS LE POINT PRÉCÉDENT", "ALERTES DEPUIS LE POINT PRÉCÉDENT"):
        assert title in text
    assert "arrivées depuis" in text  # the admissions area's section
    assert "Déprogrammation de la chirurgie réglée" in text
    assert "Ouverture de 6 lits" not in text and "4 lits supplémentaires" not in text
    assert "Dossier patient informatisé (DPI)" in text
    assert all("EXERCICE" in page for page in pages)
    assert all(f"Page {n}/{len(pages)}" in page for n, page in enumerate(pages, start=1))
    first = "\n".join(pdf_pages(written[0].read_bytes()))
    assert "Ouverture de 6 lits" in first and "4 lits supplémentaires" in first
    assert "Déprogrammation" not in first
