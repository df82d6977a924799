"""The procedure library: shipped procedures and the hospital's own versions; view, edit,
create, import and export.

The editor builds the same document a file holds (`resources/procedures/README.md`) in both
languages and saves it through `procedures.save_procedure` as the next version. A procedure
that breaks the schema is refused with every problem listed in the editor, and nothing is
saved.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import procedures
from hospcrisis.core.procedures import ALL_UNITS, FORM_NAMES, STEP_ROLES, Procedure, Step
from hospcrisis.core.security import Permission, Role
from hospcrisis.core.units import UNIT_KINDS
from hospcrisis.errors import HospcrisisError, ValidationError
from hospcrisis.i18n import N_
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.crisis.common import selected_row, table
from hospcrisis.ui.dialogs import show_error
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, Index, RowsModel

AREA = "crisis"
LANGS = (("fr", N_("French")), ("en", N_("English")))


def origin_label(origin: str) -> str:
    return {procedures.ORIGIN_SHIPPED: tr("shipped"),
            procedures.ORIGIN_IMPORT: tr("hospital (imported)"),
            procedures.ORIGIN_EDITOR: tr("hospital (editor)")}.get(origin, origin)


def _role_label(role: str) -> str:
    return Role(role).label if role in set(Role) else role


# --- viewing --------------------------------------------------------------------------------------


def procedure_html(procedure: Procedure, versions: Sequence[Procedure] = ()) -> str:
    """A procedure in the user's language, as rich text (every value escaped)."""
    e = html.escape

    def steps(items: Sequence[Step]) -> str:
        rows = []
        for step in items:
            performer = step.performer_label()
            who = e(_role_label(step.role)) + (f" — {e(performer)}" if performer else "")
            rows.append(f"<tr><td valign='top'><b>{e(step.key)}</b></td>"
                        f"<td valign='top'>{e(step.label())}<br>"
                        f"<span style='color:#616161'>{who}</span></td></tr>")
        return "<table cellspacing='0' cellpadding='4'>" + "".join(rows) + "</table>"

    origin = tr("Version {v} · {origin}", v=procedure.version,
                origin=origin_label(procedure.origin))
    if procedure.saved_at:
        origin += f" · {clock.local_text(procedure.saved_at)}"
    parts = [f"<h2 style='color:#1f3a5f'>{e(procedure.id)} — {e(procedure.title_text())}</h2>",
             f"<p style='color:#616161'>{e(origin)}</p>"]
    if procedure.summary_text():
        parts.append(f"<p>{e(procedure.summary_text())}</p>")
    parts.append(f"<p><b>{e(tr('Trigger:'))}</b> {e(procedure.trigger_text())}</p>")
    parts.append(f"<p><b>{e(tr('Units:'))}</b> {e(', '.join(procedure.scope_labels))}</p>")
    if procedure.forms:
        parts.append(f"<p><b>{e(tr('Forms to print:'))}</b> "
                     f"{e(', '.join(procedure.form_labels))}</p>")
    parts.append(f"<h3>{e(tr('Checklist'))}</h3>{steps(procedure.steps)}")
    parts.append(f"<h3>{e(tr('Return to normal'))}</h3>{steps(procedure.return_steps)}")
    if len(versions) > 1:
        lines = [e(tr("version {v} — {origin}", v=v.version, origin=origin_label(v.origin)))
                 + (f", {e(clock.local_text(v.saved_at))}" if v.saved_at else "")
                 for v in versions]
        parts.append(f"<h3>{e(tr('Versions'))}</h3><p>" + "<br>".join(lines) + "</p>")
    return "".join(parts)


# --- the editor -----------------------------------------------------------------------------------


@dataclass
class StepDraft:
    """A step being edited: texts by language."""

    role: str = "nurse_manager"
    text: dict[str, str] = field(default_factory=dict)
    performer: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_step(cls, step: Step) -> StepDraft:
        return cls(step.role, dict(step.text), dict(step.performer))

    def to_document(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"role": self.role, "text": _localized(self.text)}
        performer = _localized(self.performer)
        if performer:
            doc["performer"] = performer
        return doc


def _localized(values: dict[str, str]) -> dict[str, str]:
    return {lang: values[lang] for lang, _n in LANGS if values.get(lang, "").strip()}


class StepsModel(QAbstractTableModel):
    """The steps of one list being edited: key, responsible role, text in each language."""

    def __init__(self, prefix: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.steps: list[StepDraft] = []
        self._headers = [tr("Step"), tr("Responsible"), tr("Text (French)"),
                         tr("Text (English)")]

    def set_steps(self, steps: Sequence[StepDraft]) -> None:
        self.beginResetModel()
        self.steps = list(steps)
        self.endResetModel()

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.steps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        step = self.steps[index.row()]
        column = index.column()
        if column == 0:
            return f"{self.prefix}{index.row() + 1}"
        if column == 1:
            return _role_label(step.role)
        return " ".join(step.text.get("fr" if column == 2 else "en", "").split())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None


class StepsEditor(QWidget):
    """A list of steps (table) and the selected step's fields (both languages)."""

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StepsModel(prefix, self)
        layout = QVBoxLayout(self)
        self.view = table(self.model, stretch_last=True)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(0, 52)
        self.view.setColumnWidth(1, 170)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add a step"))
        self.add_button.clicked.connect(self.add_step)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button = QPushButton(tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button = QPushButton(tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        form = QGridLayout()
        self.role = QComboBox()
        for role in STEP_ROLES:
            self.role.addItem(_role_label(role), role)
        self.texts: dict[str, QPlainTextEdit] = {}
        self.performers: dict[str, QLineEdit] = {}
        form.addWidget(QLabel(tr("Signed off by the role")), 0, 0)
        form.addWidget(self.role, 0, 1)
        for column, (lang, name) in enumerate(LANGS):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            edit.setPlaceholderText(tr("What to do ({language})", language=tr(name)))
            performer = QLineEdit()
            performer.setPlaceholderText(tr("Performed by, in the hospital's words ({language})",
                                            language=tr(name)))
            self.texts[lang] = edit
            self.performers[lang] = performer
            form.addWidget(edit, 1, column * 2, 1, 2)
            form.addWidget(performer, 2, column * 2, 1, 2)
            edit.textChanged.connect(lambda lang=lang: self._edited("text", lang))
            performer.textChanged.connect(lambda _t, lang=lang: self._edited("performer", lang))
        self.role.currentIndexChanged.connect(lambda _i: self._edited("role", ""))
        layout.addLayout(form)
        self._loading = False
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._load())
        self._load()

    def set_steps(self, steps: Sequence[StepDraft]) -> None:
        self.model.set_steps(steps)
        if steps:
            self.view.selectRow(0)
        self._load()

    def steps(self) -> list[StepDraft]:
        return list(self.model.steps)

    def current(self) -> int | None:
        row = selected_row(self.view)
        return row if row is not None and row < len(self.model.steps) else None

    def _load(self) -> None:
        row = self.current()
        step = self.model.steps[row] if row is not None else None
        self._loading = True
        for widget in (self.role, *self.texts.values(), *self.performers.values()):
            widget.setEnabled(step is not None)
        self.role.setCurrentIndex(max(0, self.role.findData(step.role if step else "")))
        for lang, edit in self.texts.items():
            edit.setPlainText(step.text.get(lang, "") if step else "")
        for lang, line in self.performers.items():
            line.setText(step.performer.get(lang, "") if step else "")
        self._loading = False
        self.remove_button.setEnabled(step is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < len(self.model.steps) - 1)

    def _edited(self, what: str, lang: str) -> None:
        row = self.current()
        if self._loading or row is None:
            return
        step = self.model.steps[row]
        if what == "role":
            step.role = str(self.role.currentData())
        elif what == "text":
            step.text[lang] = self.texts[lang].toPlainText()
        else:
            step.performer[lang] = self.performers[lang].text()
        self.model.row_changed(row)

    def add_step(self) -> None:
        row = self.current()
        at = len(self.model.steps) if row is None else row + 1
        steps = self.steps()
        role = steps[row].role if row is not None else "nurse_manager"
        steps.insert(at, StepDraft(role))
        self.model.set_steps(steps)
        self.view.selectRow(at)
        self._load()
        self.texts["fr"].setFocus()

    def remove_step(self) -> None:
        row = self.current()
        if row is None:
            return
        steps = self.steps()
        del steps[row]
        self.model.set_steps(steps)
        if steps:
            self.view.selectRow(min(row, len(steps) - 1))
        self._load()

    def move_step(self, delta: int) -> None:
        row = self.current()
        if row is None or not 0 <= row + delta < len(self.model.steps):
            return
        steps = self.steps()
        steps[row], steps[row + delta] = steps[row + delta], steps[row]
        self.model.set_steps(steps)
        self.view.selectRow(row + delta)
        self._load()


def _check_list(items: Sequence[tuple[str, str]], checked: Sequence[str]) -> QListWidget:
    widget = QListWidget()
    for value, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked
                           else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _checked(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class ProcedureEditor(QDialog):
    """Edit a procedure (the next version is saved) or write a new one, in both languages."""

    def __init__(self, context: AppContext, procedure: Procedure | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.base = procedure
        self.saved: Procedure | None = None
        self.setWindowTitle(tr("Edit procedure {id}", id=procedure.id) if procedure
                            else tr("New procedure"))
        self.resize(1000, 720)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        general = QWidget()
        form = QFormLayout(general)
        self.id = QLineEdit(procedure.id if procedure else "")
        self.id.setPlaceholderText(tr("e.g. DM-STERILISATION"))
        self.id.setReadOnly(procedure is not None)
        based = QLabel(tr("Saving makes a new version; version {v} stays in the history.",
                          v=procedure.version) if procedure else
                       tr("Letters, digits, dots, hyphens; stored in capitals."))
        based.setObjectName("hint")
        form.addRow(tr("Identifier"), self.id)
        form.addRow("", based)
        self.titles: dict[str, QLineEdit] = {}
        self.summaries: dict[str, QPlainTextEdit] = {}
        self.triggers: dict[str, QPlainTextEdit] = {}
        for lang, name in LANGS:
            title = QLineEdit(procedure.title.get(lang, "") if procedure else "")
            title.setMaxLength(procedures.MAX_TITLE + 50)
            self.titles[lang] = title
            form.addRow(tr("Title ({language})", language=tr(name)), title)
        for lang, name in LANGS:
            trigger = QPlainTextEdit(procedure.trigger.get(lang, "") if procedure else "")
            trigger.setFixedHeight(54)
            trigger.setTabChangesFocus(True)
            self.triggers[lang] = trigger
            form.addRow(tr("Trigger ({language})", language=tr(name)), trigger)
        for lang, name in LANGS:
            summary = QPlainTextEdit(procedure.summary.get(lang, "") if procedure else "")
            summary.setFixedHeight(54)
            summary.setTabChangesFocus(True)
            self.summaries[lang] = summary
            form.addRow(tr("Summary ({language})", language=tr(name)), summary)
        lists = QHBoxLayout()
        self.scope = _check_list(
            [(ALL_UNITS, tr("All units")), *((k, tr(v)) for k, v in UNIT_KINDS.items())],
            procedure.scope if procedure else ())
        self.forms = _check_list([(k, tr(v)) for k, v in FORM_NAMES.items()],
                                 procedure.forms if procedure else ())
        for label, widget in ((tr("Units it applies to"), self.scope),
                              (tr("Forms to print"), self.forms)):
            column = QVBoxLayout()
            column.addWidget(QLabel(label))
            widget.setMinimumHeight(150)
            column.addWidget(widget)
            lists.addLayout(column)
        form.addRow(lists)
        self.tabs.addTab(general, tr("&General"))
        self.steps = StepsEditor("")
        self.returns = StepsEditor("R")
        self.steps.set_steps([StepDraft.from_step(s) for s in procedure.steps]
                             if procedure else [])
        self.returns.set_steps([StepDraft.from_step(s) for s in procedure.return_steps]
                               if procedure else [])
        self.tabs.addTab(self.steps, tr("&Checklist"))
        self.tabs.addTab(self.returns, tr("&Return to normal"))

        self.problems = QListWidget()
        self.problems.setObjectName("problemList")
        self.problems.setMaximumHeight(150)
        self.problems.hide()
        self.problems_title = QLabel()
        self.problems_title.setObjectName("errorLabel")
        self.problems_title.hide()
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(tr("Save a new version") if procedure else tr("Save"),
                               QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("primary")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def document(self) -> dict[str, Any]:
        """The procedure as the editor holds it, in the file format."""
        doc: dict[str, Any] = {
            "id": self.id.text().strip(),
            "version": 1,
            "title": _localized({k: w.text() for k, w in self.titles.items()}),
            "scope": _checked(self.scope),
            "trigger": _localized({k: w.toPlainText() for k, w in self.triggers.items()}),
            "steps": [s.to_document() for s in self.steps.steps()],
            "forms": _checked(self.forms),
            "return_to_normal": [s.to_document() for s in self.returns.steps()],
        }
        summary = _localized({k: w.toPlainText() for k, w in self.summaries.items()})
        if summary:
            doc["summary"] = summary
        return doc

    def show_problems(self, error: HospcrisisError) -> None:
        self.problems.clear()
        problems = error.problems if isinstance(error, ValidationError) else []
        self.problems_title.setText(
            tr("This procedure has {n} problem(s); nothing was saved. Correct them, then save "
               "again.", n=len(problems)) if len(problems) > 1 else error.message)
        self.problems_title.show()
        for _field, message in problems:
            self.problems.addItem(message)
        self.problems.setVisible(bool(problems))

    def save(self) -> None:
        try:
            self.saved = procedures.save_procedure(
                self.context.session, self.document(),
                base_version=self.base.version if self.base else None)
        except HospcrisisError as exc:
            self.show_problems(exc)
            return
        self.accept()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None,
            procedure: Procedure | None = None) -> Procedure | None:
        """The saved version, or None when cancelled."""
        dialog = cls(context, procedure, parent)
        dialog.exec()
        return dialog.saved


class ProblemsDialog(QDialog):
    """Every problem of a refused file, in a list that scrolls."""

    def __init__(self, error: HospcrisisError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("File refused"))
        self.resize(760, 440)
        layout = QVBoxLayout(self)
        title = QLabel(error.message)
        title.setObjectName("errorLabel")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.list = QListWidget()
        for _field, message in (error.problems if isinstance(error, ValidationError) else []):
            self.list.addItem(message)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, error: HospcrisisError) -> None:
        cls(error, parent).exec()


# --- the library screen ---------------------------------------------------------------------------


def _library_columns() -> list[Column[Procedure]]:
    return [
        Column(tr("Identifier"), lambda p: p.id),
        Column(tr("Title"), lambda p: p.title_text(),
               tooltip=lambda p: "\n".join([p.trigger_text(), ", ".join(p.scope_labels)])),
        Column(tr("Version"), lambda p: str(p.version), align=Qt.AlignmentFlag.AlignCenter),
        Column(tr("Origin"), lambda p: origin_label(p.origin)),
        Column(tr("Steps"), lambda p: f"{len(p.steps)} + {len(p.return_steps)}",
               align=Qt.AlignmentFlag.AlignCenter),
    ]


def ask_import_path(parent: QWidget | None) -> Path | None:
    name, _f = QFileDialog.getOpenFileName(parent, tr("Import procedures"), str(Path.home()),
                                           tr("Procedure file (*.json);;All files (*)"))
    return Path(name) if name else None


def ask_export_path(parent: QWidget | None) -> Path | None:
    name, _f = QFileDialog.getSaveFileName(parent, tr("Export the procedures"),
                                           str(Path.home() / "procedures.json"),
                                           tr("Procedure file (*.json)"))
    return Path(name) if name else None


class LibraryPanel(QWidget):
    """Procedures in force (left) and the selected one in full (right)."""

    import_path = staticmethod(ask_import_path)
    export_path = staticmethod(ask_export_path)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        session = context.session
        self.can_manage = session.can(Permission.PROCEDURES_MANAGE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model: RowsModel[Procedure] = RowsModel(
            _library_columns(),
            bold=lambda p: p.origin != procedures.ORIGIN_SHIPPED)
        self.view = table(self.model)
        self.view.setObjectName("procedureLibrary")
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show())
        self.view.doubleClicked.connect(lambda _i: self.edit())
        splitter.addWidget(self.view)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        splitter.addWidget(self.detail)
        splitter.setSizes([560, 480])
        layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("&New procedure…"))
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(tr("&Edit (new version)…"))
        self.edit_button.clicked.connect(self.edit)
        self.import_button = QPushButton(tr("&Import a file…"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(tr("E&xport…"))
        self.export_button.clicked.connect(self.export_file)
        self.activate_button = QPushButton(tr("&Activate in units…"))
        self.activate_button.clicked.connect(self.activate)
        for button in (self.new_button, self.edit_button, self.import_button):
            button.setEnabled(self.can_manage)
            buttons.addWidget(button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.activate_button)
        self.activate_button.setEnabled(session.can(Permission.PROCEDURES_ACTIVATE))
        buttons.addStretch(1)
        layout.addLayout(buttons)
        context.data_changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, area: str) -> None:
        if area == AREA:
            self.refresh()

    def refresh(self, select: str | None = None) -> None:
        current = self.selected()
        keep = select or (current.id if current else None)
        items = procedures.list_procedures(self.context.session)
        self.model.set_rows(items)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(1, min(self.view.columnWidth(1), 320))
        row = next((i for i, p in enumerate(items) if p.id == keep), 0)
        if items:
            self.view.selectRow(row)
        self._show()

    def selected(self) -> Procedure | None:
        row = selected_row(self.view)
        return self.model.row(row) if row is not None and row < self.model.rowCount() else None

    def _show(self) -> None:
        procedure = self.selected()
        if procedure is None:
            self.detail.setHtml("")
            return
        versions = procedures.procedure_versions(self.context.session, procedure.id)
        self.detail.setHtml(procedure_html(procedure, versions))

    def _saved(self, saved: Procedure | None) -> None:
        if saved is None:
            return
        self.context.message_posted.emit(tr("Procedure {id} saved as version {v}.",
                                            id=saved.id, v=saved.version))
        self.refresh(select=saved.id)
        self.context.data_changed.emit(AREA)

    def new(self) -> None:
        if self.can_manage:
            self._saved(ProcedureEditor.ask(self.context, self))

    def edit(self) -> None:
        procedure = self.selected()
        if procedure is not None and self.can_manage:
            self._saved(ProcedureEditor.ask(self.context, self, procedure))

    def import_file(self) -> None:
        if not self.can_manage:
            return
        path = type(self).import_path(self)
        if path is None:
            return
        try:
            result = procedures.import_procedures(self.context.session, path)
        except ValidationError as exc:
            ProblemsDialog.ask(self, exc)
            return
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        saved = ", ".join(f"{i} v{v}" for i, v in result.saved) or tr("none")
        message = tr("Imported from {file}: {saved}.", file=path.name, saved=saved)
        if result.unchanged:
            message += " " + tr("Already there, unchanged: {items}.", items=", ".join(
                f"{i} v{v}" for i, v in result.unchanged))
        self.context.message_posted.emit(message)
        self.refresh(select=result.saved[0][0] if result.saved else None)
        self.context.data_changed.emit(AREA)

    def export_file(self) -> None:
        path = type(self).export_path(self)
        if path is None:
            return
        try:
            data = procedures.export_procedures(self.context.session)
            path.write_bytes(data)
        except (HospcrisisError, OSError) as exc:
            show_error(self, exc if isinstance(exc, HospcrisisError)
                       else ValidationError(tr("Cannot write {path}: {reason}", path=path,
                                               reason=exc)))
            return
        self.context.message_posted.emit(tr("Procedures exported to {path}.", path=path))

    def activate(self) -> None:
        procedure = self.selected()
        if procedure is None:
            return
        from hospcrisis.ui.crisis.board import ActivateDialog

        created = ActivateDialog.ask(self.context, self, [procedure.id])
        if created:
            self.context.data_changed.emit(AREA)
            self.context.message_posted.emit(tr("{n} activation(s) saved: {refs}.",
                                                n=len(created),
                                                refs=", ".join(a.ref for a in created)))
