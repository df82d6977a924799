"""Identitovigilance: candidate duplicate pairs over the whole database, a side-by-side
comparison of the strict traits, and the user's decision — "same patient → merge" (confirmed,
with a reason) or "different patients". Nothing is ever merged automatically; a merge is
undone from the patient's record.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import duplicates
from hospcrisis.core.duplicates import DuplicateCandidate, DuplicatePair
from hospcrisis.core.identity import IDENTITY_STATUSES, Patient, compact_name
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import HospcrisisError, ValidationError
from hospcrisis.ui.admissions.common import (
    STYLE,
    FieldBox,
    FieldErrors,
    ReasonDialog,
    error_banner,
    make_table,
    run_with_session,
    selected_row,
)
from hospcrisis.ui.admissions.identity_form import help_label
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_error, show_info, show_unexpected
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, RowsModel

# --- side by side ---------------------------------------------------------------------------


def _traits(p: Patient) -> list[tuple[str, str, str]]:
    """(label, shown value, compared value) of the traits compared."""
    return [
        (tr("Birth name"), p.birth_name, compact_name(p.birth_name)),
        (tr("Used name"), p.used_name, compact_name(p.used_name)),
        (tr("First forename"), p.first_forename, compact_name(p.first_forename)),
        (tr("Forenames"), p.forenames, compact_name(p.forenames)),
        (tr("Sex"), p.sex_label, p.sex),
        (tr("Date of birth"), p.birth_date_text or p.age_text() or "—",
         p.birth_date or ""),
        (tr("Birthplace"), " ".join(x for x in (p.birthplace, p.birthplace_code) if x),
         p.birthplace_code),
        (tr("Identity status"), p.identity_status_label, p.identity_status),
        (tr("ID"), p.identifier, ""),
        (tr("SINUS victim number"), p.sinus_number, p.sinus_number),
        (tr("Phone"), p.phone, "".join(c for c in p.phone if c.isdigit())),
        (tr("Registered"), tr("{time} by {user}", time=clock.local_text(p.created_at),
                              user=p.created_by or "?"), ""),
    ]


class ComparePanel(QWidget):
    """Two identities side by side; strict traits that differ are marked (bold, ≠)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.cells: dict[tuple[int, int], QLabel] = {}

    def show_pair(self, a: Patient | None, b: Patient | None) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cells = {}
        if a is None or b is None:
            return
        for column, text in ((1, tr("Record A")), (3, tr("Record B"))):
            head = QLabel(text)
            head.setObjectName("compareHead")
            self.grid.addWidget(head, 0, column)
        for row, ((label, value_a, key_a), (_l, value_b, key_b)) in enumerate(
                zip(_traits(a), _traits(b), strict=True), start=1):
            differs = bool(key_a or key_b) and key_a != key_b
            name = QLabel(label)
            name.setObjectName("sectionHint")
            self.grid.addWidget(name, row, 0)
            mark = QLabel("≠" if differs else "")
            mark.setStyleSheet("color: #c62828; font-weight: bold;")
            mark.setToolTip(tr("differs") if differs else "")
            for column, value in ((1, value_a), (3, value_b)):
                cell = QLabel(value or "—")
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if differs:
                    cell.setStyleSheet("background: #fff3e0; font-weight: bold; "
                                       "padding: 1px 4px;")
                cell.setProperty("differs", differs)
                self.grid.addWidget(cell, row, column)
                self.cells[(row, column)] = cell
            self.grid.addWidget(mark, row, 2)


def default_survivor(a: Patient, b: Patient) -> Patient:
    """The record to keep by default: the better-established identity (validated over
    provisional, a hospital IPP), else the older one."""
    def rank(p: Patient) -> tuple[int, int, str]:
        status = IDENTITY_STATUSES.get(p.identity_status)
        return (-(status.rank if status else 0), 0 if p.ipp else 1, p.created_at)

    return min((a, b), key=rank)


class MergeDialog(QDialog):
    """Confirm "same patient": which record is kept, and why. Both identities stay intact;
    the merge can be undone from the record."""

    def __init__(self, session: Session, a: Patient, b: Patient, score: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.a, self.b, self.score = session, a, b, score
        self.merge: duplicates.MergeRecord | None = None
        self.setWindowTitle(tr("Same patient — merge the two records"))
        self.setStyleSheet(STYLE)
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        banner = error_banner()
        layout.addWidget(banner)
        self.errors = FieldErrors(banner)
        compare = ComparePanel()
        compare.show_pair(a, b)
        layout.addWidget(compare)
        survivor = default_survivor(a, b)
        self.keep_a = QRadioButton(tr("Keep record &A ({id})", id=a.identifier))
        self.keep_b = QRadioButton(tr("Keep record &B ({id})", id=b.identifier))
        (self.keep_a if survivor is a else self.keep_b).setChecked(True)
        keep = QHBoxLayout()
        keep.addWidget(self.keep_a)
        keep.addWidget(self.keep_b)
        keep.addStretch(1)
        layout.addLayout(keep)
        layout.addWidget(help_label(tr(
            "The other record is not deleted: it keeps its identity, points to the record kept, "
            "and the exports send the merge to the information system. The merge can be "
            "undone from the patient's record.")))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(tr("e.g. identity document checked, same person "
                                          "confirmed by the patient"))
        reason_label = QLabel(tr("&Reason (required)"))
        reason_label.setBuddy(self.reason)
        layout.addWidget(reason_label)
        layout.addWidget(self.errors.add("reason", FieldBox(self.reason)))
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primary")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def survivor_and_merged(self) -> tuple[Patient, Patient]:
        return (self.a, self.b) if self.keep_a.isChecked() else (self.b, self.a)

    def submit(self) -> None:
        survivor, merged = self.survivor_and_merged()
        try:
            self.merge = duplicates.merge(self.session, survivor.id, merged.id,
                                          self.reason.text(), score_value=self.score)
        except ValidationError as exc:
            self.errors.show(exc, exc.message if len(exc.problems) != 1 else "")
            return
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, a: Patient, b: Patient,
            score: int | None = None) -> duplicates.MergeRecord | None:
        dialog = cls(session, a, b, score, parent)
        dialog.exec()
        return dialog.merge


def mark_different(parent: QWidget | None, session: Session, a: Patient, b: Patient) -> bool:
    """Ask why, then record that two candidates are different people."""
    reason = ReasonDialog.ask(parent, tr("Different patients"),
                              tr("{a} and {b} are two different people (homonyms, twins…)? "
                                 "This pair will no longer be proposed.",
                                 a=a.display_name, b=b.display_name),
                              tr("Different patients"))
    if reason is None:
        return False
    try:
        duplicates.mark_different(session, a.id, b.id, reason)
    except HospcrisisError as exc:
        show_error(parent, exc)
        return False
    return True


# --- the whole database ---------------------------------------------------------------------


def pair_columns() -> list[Column[DuplicatePair]]:
    return [
        Column(tr("Similarity"), lambda p: f"{p.score} %",
               Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        Column(tr("Record A"), lambda p: f"{p.a.identifier}  {p.a.display_name}"),
        Column(tr("Record B"), lambda p: f"{p.b.identifier}  {p.b.display_name}"),
        Column(tr("Why"), lambda p: p.reason_text, tooltip=lambda p: p.reason_text),
    ]


def _find_pairs(session: Session, progress: Any, threshold: int) -> list[DuplicatePair]:
    return duplicates.find_all(session, threshold=threshold, progress=progress)


class DuplicatesSection(QWidget):
    """The "Identitovigilance" section."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.setObjectName("duplicatesSection")
        self.setStyleSheet(STYLE)
        self.pairs: list[DuplicatePair] = []
        self._searching = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(tr("Identity vigilance"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        threshold_label = QLabel(tr("Minimum &similarity"))
        self.threshold = QSpinBox()
        self.threshold.setRange(50, 100)
        self.threshold.setValue(duplicates.THRESHOLD)
        self.threshold.setSuffix(" %")
        threshold_label.setBuddy(self.threshold)
        top.addWidget(threshold_label)
        top.addWidget(self.threshold)
        self.search_button = QPushButton(tr("&Search again (F5)"))
        self.search_button.setShortcut("F5")
        top.addWidget(self.search_button)
        layout.addLayout(top)
        layout.addWidget(help_label(tr(
            "Possible duplicates over the whole database, most similar first. Check the "
            "strict traits with the patient or their documents, then decide: nothing is "
            "merged automatically.")))
        self.summary = QLabel()
        self.summary.setObjectName("countsTotal")
        layout.addWidget(self.summary)
        self.model: RowsModel[DuplicatePair] = RowsModel(pair_columns())
        self.view = make_table(self.model, stretch_column=3)
        self.view.setObjectName("pairsTable")
        self.view.setMinimumHeight(160)
        layout.addWidget(self.view, 2)
        self.compare = ComparePanel()
        layout.addWidget(self.compare, 3)
        actions = QHBoxLayout()
        self.merge_button = QPushButton(tr("Same patient: &merge…"))
        self.merge_button.setObjectName("primary")
        self.different_button = QPushButton(tr("&Different patients…"))
        self.open_a_button = QPushButton(tr("Open record &A"))
        self.open_b_button = QPushButton(tr("Open record &B"))
        for button in (self.merge_button, self.different_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.open_a_button)
        actions.addWidget(self.open_b_button)
        layout.addLayout(actions)
        allowed = self.session.can(Permission.PATIENT_MERGE)
        self.merge_button.setVisible(allowed)
        self.different_button.setVisible(allowed)

        self.search_button.clicked.connect(self.search)
        self.view.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.view.activated.connect(lambda _i: self.merge_selected())
        self.merge_button.clicked.connect(self.merge_selected)
        self.different_button.clicked.connect(self.different_selected)
        self.open_a_button.clicked.connect(lambda: self._open(0))
        self.open_b_button.clicked.connect(lambda: self._open(1))
        context.data_changed.connect(self._data_changed)
        self._stale = False
        self._selection_changed()
        self.search()

    def _data_changed(self, area: str) -> None:
        if area == "admissions":
            self._stale = True  # searched again when shown: it can take seconds

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.search()

    def search(self) -> None:
        """Find every candidate pair (off the UI thread on a database file)."""
        if self._searching:
            return
        self._searching = True
        self._stale = False
        self.search_button.setEnabled(False)
        self.summary.setText(tr("Searching…"))
        threshold = self.threshold.value()
        run_with_session(self, tr("Searching for duplicates…"), self.session,
                         lambda session, progress: _find_pairs(session, progress, threshold),
                         self._found, self._failed)

    def _found(self, pairs: list[DuplicatePair]) -> None:
        self._searching = False
        self.search_button.setEnabled(True)
        self.show_pairs(pairs)

    def _failed(self, exc: BaseException, details: str) -> None:
        self._searching = False
        self.search_button.setEnabled(True)
        self.summary.setText("")
        if isinstance(exc, HospcrisisError):
            show_error(self, exc)
        else:
            show_unexpected(self, exc, details)

    def show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self.model.set_rows(pairs)
        self.view.resizeColumnToContents(0)
        for column in (1, 2):
            self.view.setColumnWidth(column, 330)
        self.summary.setText(tr("{n} pair(s) to check", n=len(pairs)) if pairs
                             else tr("No possible duplicate."))
        if pairs:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._selection_changed()

    def current_pair(self) -> DuplicatePair | None:
        row = selected_row(self.view)
        return self.model.row(row) if row is not None and row < self.model.rowCount() \
            else None

    def _selection_changed(self, *_args: Any) -> None:
        pair = self.current_pair()
        self.compare.show_pair(pair.a if pair else None, pair.b if pair else None)
        for button in (self.merge_button, self.different_button, self.open_a_button,
                       self.open_b_button):
            button.setEnabled(pair is not None)

    def _decided(self, pair: DuplicatePair, gone: str | None = None) -> None:
        """Drop the pair decided (and, after a merge, every pair of the merged record)."""
        row = self.pairs.index(pair)
        remaining = [p for p in self.pairs
                     if p is not pair and gone not in (p.a.id, p.b.id)]
        self.show_pairs(remaining)
        if remaining:
            self.view.setCurrentIndex(self.model.index(min(row, len(remaining) - 1), 0))
        self.context.data_changed.emit("admissions")
        self._stale = False

    def merge_selected(self) -> None:
        pair = self.current_pair()
        if pair is None or not self.session.can(Permission.PATIENT_MERGE):
            return
        merge = MergeDialog.ask(self, self.session, pair.a, pair.b, pair.score)
        if merge is not None:
            self.context.message_posted.emit(tr("Records merged (can be undone from the "
                                                "record)."))
            self._decided(pair, merge.merged_id)

    def different_selected(self) -> None:
        pair = self.current_pair()
        if pair is not None and mark_different(self, self.session, pair.a, pair.b):
            self.context.message_posted.emit(tr("Recorded as different patients."))
            self._decided(pair)

    def _open(self, which: int) -> None:
        pair = self.current_pair()
        if pair is not None:
            self.context.patient_requested.emit((pair.a, pair.b)[which].id)


# --- from a patient's record ----------------------------------------------------------------


def candidate_columns() -> list[Column[DuplicateCandidate]]:
    return [
        Column(tr("Similarity"), lambda c: f"{c.score} %",
               Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        Column(tr("Patient"), lambda c: f"{c.patient.identifier}  {c.patient.display_name}"),
        Column(tr("Why"), lambda c: c.reason_text, tooltip=lambda c: c.reason_text),
    ]


class CandidatesDialog(QDialog):
    """Possible duplicates of one patient, to merge or declare different."""

    def __init__(self, context: AppContext, patient: Patient,
                 candidates: list[DuplicateCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.session, self.patient = context, context.session, patient
        self.decided = False
        self.setWindowTitle(tr("Possible duplicates of {name}", name=patient.display_name))
        self.setStyleSheet(STYLE)
        self.resize(940, 640)
        layout = QVBoxLayout(self)
        self.model: RowsModel[DuplicateCandidate] = RowsModel(candidate_columns())
        self.model.set_rows(candidates)
        self.view = make_table(self.model, stretch_column=2)
        self.view.setMaximumHeight(180)
        layout.addWidget(self.view)
        self.compare = ComparePanel()
        layout.addWidget(self.compare, 1)
        buttons = QHBoxLayout()
        self.merge_button = QPushButton(tr("Same patient: &merge…"))
        self.merge_button.setObjectName("primary")
        self.different_button = QPushButton(tr("&Different patients…"))
        close = QPushButton(tr("Close"))
        for button in (self.merge_button, self.different_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        allowed = self.session.can(Permission.PATIENT_MERGE)
        self.merge_button.setEnabled(allowed)
        self.different_button.setEnabled(allowed)
        self.view.selectionModel().currentRowChanged.connect(self._changed)
        self.merge_button.clicked.connect(self._merge)
        self.different_button.clicked.connect(self._different)
        close.clicked.connect(self.accept)
        self.view.setCurrentIndex(self.model.index(0, 0))
        self._changed()

    def _current(self) -> DuplicateCandidate | None:
        row = selected_row(self.view)
        return self.model.row(row) if row is not None else None

    def _changed(self, *_args: Any) -> None:
        candidate = self._current()
        self.compare.show_pair(self.patient, candidate.patient if candidate else None)

    def _merge(self) -> None:
        candidate = self._current()
        if candidate is None:
            return
        if MergeDialog.ask(self, self.session, self.patient, candidate.patient,
                           candidate.score) is not None:
            self.decided = True
            self.accept()

    def _different(self) -> None:
        candidate = self._current()
        if candidate is not None and mark_different(self, self.session, self.patient,
                                                    candidate.patient):
            self.decided = True
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, patient: Patient) -> bool:
        """True when a decision (merge, different) was saved."""
        try:
            candidates = duplicates.check(context.session, patient.id)
        except HospcrisisError as exc:
            show_error(parent, exc)
            return False
        if not candidates:
            show_info(parent, tr("No possible duplicate of this patient was found."),
                      tr("Possible duplicates"))
            return False
        dialog = cls(context, patient, candidates, parent)
        dialog.exec()
        return dialog.decided
