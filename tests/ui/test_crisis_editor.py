"""The procedure editor and library: a broken procedure is refused with every problem listed
and nothing saved; a good one becomes a new version; files are imported the same way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hospcrisis.core import procedures
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui.context import AppContext

from . import crisis_helpers
from .crisis_helpers import drive, login

exercise_store = crisis_helpers.exercise_store


@pytest.fixture(autouse=True)
def _french_ui(qapp: QApplication) -> None:
    ui_i18n.install("fr")


def _check(widget, values: set[str]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                           in values else Qt.CheckState.Unchecked)


def test_the_editor_lists_every_problem_and_saves_nothing(qtbot, exercise_store) -> None:
    from hospcrisis.ui.crisis.library import ProcedureEditor

    session = login(exercise_store, "cellule.bernard")
    before = len(procedures.list_procedures(session))
    editor = ProcedureEditor(AppContext(session, None), None)
    qtbot.addWidget(editor)
    editor.id.setText("x")  # too short
    editor.triggers["fr"].setPlainText("Stérilisation hors service.")
    editor.steps.add_step()  # a step with no text
    editor.save()
    problems = [editor.problems.item(i).text() for i in range(editor.problems.count())]
    assert editor.saved is None
    assert editor.problems_title.text().startswith("Cette procédure comporte 5 problème(s)")
    assert len(problems) == 5, problems
    joined = "\n".join(problems)
    for expected in ("l’identifiant", "Titre", "périmètre", "Texte de l’étape",
                     "retour à la normale"):
        assert expected.lower() in joined.lower(), expected
    assert len(procedures.list_procedures(session)) == before

    # every problem fixed: saved as version 1 of the hospital's own procedure
    editor.id.setText("dm-sterilisation")
    editor.titles["fr"].setText("Stérilisation : traçabilité papier")
    editor.titles["en"].setText("Sterilisation: paper traceability")
    _check(editor.scope, {"theatre", "surgery"})
    _check(editor.forms, {"labels"})
    editor.steps.texts["fr"].setPlainText("Tracer chaque cycle sur le registre papier.")
    editor.steps.role.setCurrentIndex(editor.steps.role.findData("nurse"))
    editor.returns.add_step()
    editor.returns.texts["fr"].setPlainText("Ressaisir les cycles dans le logiciel.")
    editor.returns.performers["fr"].setText("IBODE")
    editor.save()
    assert editor.saved is not None
    saved = procedures.get_procedure(session, "DM-STERILISATION")
    assert (saved.version, saved.origin) == (1, "editor")
    assert saved.steps[0].role == "nurse" and saved.return_steps[0].performer == {"fr": "IBODE"}
    assert saved.title == {"fr": "Stérilisation : traçabilité papier",
                           "en": "Sterilisation: paper traceability"}


def test_editing_a_shipped_procedure_saves_the_next_version(qtbot, exercise_store,
                                                            monkeypatch) -> None:
    from hospcrisis.ui.crisis.library import LibraryPanel, ProcedureEditor

    session = login(exercise_store, "cellule.bernard")
    library = LibraryPanel(AppContext(session, None))
    qtbot.addWidget(library)
    library.view.selectRow(next(i for i, p in enumerate(library.model.rows)
                                if p.id == "DM-LAB"))

    def edit(editor: ProcedureEditor) -> None:
        assert editor.id.isReadOnly() and editor.steps.model.rowCount() == 7
        editor.titles["fr"].setText("Biologie : coursiers toutes les 30 minutes")
        editor.steps.view.selectRow(6)
        editor.steps.move_step(-1)
        editor.save()

    drive(monkeypatch, ProcedureEditor, edit)
    library.edit()
    current = procedures.get_procedure(session, "DM-LAB")
    shipped = procedures.get_procedure(session, "DM-LAB", 1)
    assert (current.version, current.origin) == (2, "editor")
    assert current.title["fr"] == "Biologie : coursiers toutes les 30 minutes"
    assert current.steps[5].text == shipped.steps[6].text
    row = next(i for i, p in enumerate(library.model.rows) if p.id == "DM-LAB")
    assert library.model.index(row, 3).data() == "hôpital (éditeur)"
    assert "version 1 — fournie" in library.detail.toPlainText()


def test_importing_a_broken_file_lists_every_problem(qtbot, exercise_store, monkeypatch,
                                                     tmp_path: Path) -> None:
    from hospcrisis.ui.crisis.library import LibraryPanel, ProblemsDialog

    session = login(exercise_store, "cellule.bernard")
    library = LibraryPanel(AppContext(session, None))
    qtbot.addWidget(library)
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"format": "hospcrisis.procedures", "format_version": 1,
                                  "procedures": [
                                      {"id": "DM-A", "version": 1, "title": "A"},
                                      {"id": "DM-A", "version": 1, "title": "A bis",
                                       "scope": ["nowhere"], "trigger": "t", "forms": [],
                                       "steps": [{"role": "janitor", "text": "x"}],
                                       "return_to_normal": [{"role": "nurse", "text": "y"}]},
                                  ]}), encoding="utf-8")
    refused: list[list[str]] = []
    monkeypatch.setattr(LibraryPanel, "import_path", staticmethod(lambda parent: broken))
    monkeypatch.setattr(ProblemsDialog, "ask", classmethod(
        lambda cls, parent, exc: refused.append([m for _f, m in exc.problems])))
    library.import_file()
    assert len(refused) == 1 and len(refused[0]) >= 6
    joined = "\n".join(refused[0])
    assert "janitor" in joined and "nowhere" in joined and "DM-A" in joined
    assert "DM-A" not in [p.id for p in procedures.list_procedures(session)]

    good = tmp_path / "good.json"
    good.write_bytes(procedures.export_procedures(session, ["DM-BEDS"]).replace(
        b'"version": 1', b'"version": 2'))
    monkeypatch.setattr(LibraryPanel, "import_path", staticmethod(lambda parent: good))
    messages: list[str] = []
    library.context.message_posted.connect(messages.append)
    library.import_file()
    assert messages == ["Importé depuis good.json : DM-BEDS v2."]
    assert procedures.get_procedure(session, "DM-BEDS").origin == "import"
