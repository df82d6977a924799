"""The unit census: who is in which bed of a unit, since when; free beds shown as such.

Moving a patient to another unit or bed is one `moved` step. The last in-house census
exported before the crash is imported here too (all or nothing, off the UI thread); a refused
file lists every bad line with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import admissions, census_import, units
from hospcrisis.core.admissions import CensusEntry, UnitCensus
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import ConflictError, HospcrisisError, ValidationError
from hospcrisis.ui import style
from hospcrisis.ui.admissions.common import (
    STYLE,
    duration_text,
    make_table,
    run_with_session,
    selected_row,
)
from hospcrisis.ui.admissions.hooks import print_hub
from hospcrisis.ui.admissions.identity_form import help_label
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_error, show_unexpected
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, RowsModel


@dataclass(frozen=True)
class CensusLine:
    """One line of the census table: a bed (free or taken) or a patient without a bed."""

    bed: str | None
    entry: CensusEntry | None

    @property
    def free(self) -> bool:
        return self.entry is None


def census_lines(census: UnitCensus) -> list[CensusLine]:
    lines = [CensusLine(b.bed, b.occupant) for b in census.beds]
    lines += [CensusLine(None, e) for e in census.without_bed]
    return lines


def census_columns() -> list[Column[CensusLine]]:
    def since(line: CensusLine) -> str:
        return clock.local_text(line.entry.since) if line.entry else ""

    def how_long(line: CensusLine) -> str:
        if line.entry is None:
            return ""
        minutes = int((clock.now() - clock.from_iso(line.entry.since)).total_seconds() // 60)
        return duration_text(minutes)

    def age(line: CensusLine) -> str:
        if line.entry is None:
            return ""
        p = line.entry.patient
        return " · ".join(x for x in (p.age_text(), p.sex if p.sex != "U" else "") if x)

    return [
        Column(tr("Bed"), lambda ln: ln.bed or tr("no bed")),
        Column(tr("Patient"), lambda ln: ln.entry.patient.display_name if ln.entry
               else tr("free")),
        Column(tr("ID"), lambda ln: ln.entry.patient.identifier if ln.entry else ""),
        Column(tr("Age · sex"), age),
        Column(tr("In this bed since"), since),
        Column(tr("For"), how_long,
               Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        Column(tr("Complaint"), lambda ln: ln.entry.complaint if ln.entry else ""),
    ]


def choose_census_file(parent: QWidget | None) -> str | None:
    """Ask for the census CSV file (replaced in tests)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, tr("Import the last census"), str(Path.home()),
        tr("Census files (*.csv *.txt);;All files (*)"))
    return name or None


class CensusProblemsDialog(QDialog):
    """Why a census file was refused: every bad line, readable and copyable."""

    def __init__(self, error: ValidationError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Census file refused"))
        self.setStyleSheet(STYLE)
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        summary = QLabel(error.message)
        summary.setObjectName("errorBanner")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.lines = QPlainTextEdit()
        self.lines.setObjectName("problemLines")
        self.lines.setReadOnly(True)
        self.lines.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.lines.setPlainText("\n".join(message for _f, message in error.problems))
        layout.addWidget(self.lines, 1)
        layout.addWidget(help_label(tr("Nothing was imported. Correct these lines in the file "
                                       "(or remove them) and import it again.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(tr("&Copy the list"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(
            self.lines.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, error: ValidationError) -> None:
        cls(error, parent).exec()


def _import(session: Session, progress: Any, path: str
            ) -> census_import.CensusImportResult:
    return census_import.import_census(session, path)


class CensusSection(QWidget):
    """The "Unités" section.

    Signals:
        print_requested(str): print this unit's census (unit code).
    """

    print_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.census: UnitCensus | None = None
        self._importing = False
        self.setObjectName("censusSection")
        self.setStyleSheet(STYLE)
        self.print_requested.connect(print_hub(context).census_requested)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(tr("Units"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addSpacing(16)
        unit_label = QLabel(tr("&Unit"))
        self.unit = QComboBox()
        self.unit.setObjectName("unitCombo")
        self.unit.setMinimumWidth(380)
        unit_label.setBuddy(self.unit)
        top.addWidget(unit_label)
        top.addWidget(self.unit)
        top.addSpacing(12)
        self.summary = QLabel()
        self.summary.setObjectName("countsTotal")
        top.addWidget(self.summary)
        top.addStretch(1)
        layout.addLayout(top)

        actions = QHBoxLayout()
        self.open_button = QPushButton(tr("&Open the record (Enter)"))
        self.move_button = QPushButton(tr("&Move to another unit or bed…"))
        self.import_button = QPushButton(tr("&Import the last census…"))
        self.print_button = QPushButton(tr("&Print the census"))
        self.refresh_button = QPushButton(tr("Refresh (F5)"))
        for button in (self.open_button, self.move_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.import_button, self.print_button, self.refresh_button):
            actions.addWidget(button)
        layout.addLayout(actions)
        self.move_button.setVisible(self.session.can(Permission.PATIENT_WRITE))
        self.import_button.setVisible(self.session.can(Permission.CENSUS_IMPORT))

        self.model: RowsModel[CensusLine] = RowsModel(
            census_columns(),
            background=lambda ln: style.GREEN_BG if ln.free else (
                style.ORANGE_BG if ln.bed is None else None),
            foreground=lambda ln: style.GREEN if ln.free else None)
        self.view = make_table(self.model, stretch_column=6)
        self.view.setObjectName("censusTable")
        layout.addWidget(self.view, 1)
        layout.addWidget(help_label(tr(
            "Free beds in green; patients of the unit without a bed in orange. Enter opens "
            "the record.")))

        self._fill_units()
        self.unit.currentIndexChanged.connect(self.reload)
        self.view.activated.connect(lambda _i: self.open_selected())
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self.open_selected)
        self.move_button.clicked.connect(self.move_selected)
        self.import_button.clicked.connect(self.import_census)
        self.print_button.clicked.connect(self.request_print)
        self.refresh_button.clicked.connect(self.reload)
        context.data_changed.connect(self._data_changed)
        for keys, slot in (("F5", self.reload), ("Ctrl+P", self.request_print)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # only while shown
            shortcut.activated.connect(slot)
        self.reload()

    def _fill_units(self) -> None:
        current = self.unit.currentData()
        try:
            occupancy = admissions.occupancy(self.session)
        except HospcrisisError:
            occupancy = {}
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit in units.list_units(self.session.store):
            if not unit.beds and not occupancy.get(unit.code):
                continue
            taken = occupancy.get(unit.code, 0)
            self.unit.addItem(tr("{code} — {name} ({taken}/{beds})", code=unit.code,
                                 name=unit.name, taken=taken, beds=len(unit.beds)),
                              unit.code)
        index = self.unit.findData(current) if current else -1
        self.unit.setCurrentIndex(max(index, 0))
        self.unit.blockSignals(False)

    def select_unit(self, code: str) -> None:
        index = self.unit.findData(code)
        if index >= 0:
            self.unit.setCurrentIndex(index)

    def reload(self) -> None:
        code = self.unit.currentData()
        if not code:
            self.model.set_rows([])
            self.summary.setText(tr("No unit with beds yet: add them in Administration."))
            self._update_buttons()
            return
        keep = self._current_admission_id()
        try:
            self.census = admissions.unit_census(self.session, code)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        lines = census_lines(self.census)
        self.model.set_rows(lines)
        self.view.resizeColumnsToContents()
        census = self.census
        parts = [tr("{n} occupied", n=census.occupied - len(census.without_bed)),
                 tr("{n} free", n=census.free)]
        if census.without_bed:
            parts.append(tr("{n} without a bed", n=len(census.without_bed)))
        self.summary.setText(" · ".join(parts))
        if keep is not None:
            for row, line in enumerate(lines):
                if line.entry is not None and line.entry.admission_id == keep:
                    self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def _data_changed(self, area: str) -> None:
        if area == "admissions":
            self._fill_units()
            self.reload()

    def _current_line(self) -> CensusLine | None:
        row = selected_row(self.view)
        return self.model.row(row) if row is not None and row < self.model.rowCount() \
            else None

    def _current_admission_id(self) -> str | None:
        line = self._current_line()
        return line.entry.admission_id if line is not None and line.entry else None

    def _update_buttons(self, *_args: Any) -> None:
        line = self._current_line()
        occupied = line is not None and line.entry is not None
        self.open_button.setEnabled(occupied)
        self.move_button.setEnabled(occupied)

    def open_selected(self) -> None:
        line = self._current_line()
        if line is not None and line.entry is not None:
            self.context.patient_requested.emit(line.entry.patient.id)

    def move_selected(self) -> None:
        from hospcrisis.ui.admissions.record import StepDialog

        line = self._current_line()
        if line is None or line.entry is None:
            return
        try:
            admission = admissions.get_admission(self.session, line.entry.admission_id)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        try:
            movement = StepDialog.ask(self, self.session, admission, "moved")
        except ConflictError as exc:
            show_error(self, exc)
            self.reload()
            return
        if movement is not None:
            self.context.message_posted.emit(tr(
                "{name} moved to {unit} {bed}.", name=line.entry.patient.display_name,
                unit=movement.unit_code or "", bed=movement.bed or ""))
            self.context.data_changed.emit("admissions")

    def import_census(self) -> None:
        if self._importing:
            return
        path = choose_census_file(self)
        if not path:
            return
        self._importing = True
        self.import_button.setEnabled(False)
        run_with_session(self, tr("Importing the census…"), self.session,
                         lambda session, progress: _import(session, progress, path),
                         self._imported, self._import_failed)

    def _imported(self, result: census_import.CensusImportResult) -> None:
        self._importing = False
        self.import_button.setEnabled(True)
        self.context.message_posted.emit(tr("Census {file} imported: {n} patients.",
                                            file=result.file_name, n=result.patients))
        self.context.data_changed.emit("admissions")

    def _import_failed(self, exc: BaseException, details: str) -> None:
        self._importing = False
        self.import_button.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.problems:
            CensusProblemsDialog.ask(self, exc)
        elif isinstance(exc, HospcrisisError):
            show_error(self, exc)
        else:
            show_unexpected(self, exc, details)

    def request_print(self) -> None:
        code = self.unit.currentData()
        if code:
            self.print_requested.emit(code)
