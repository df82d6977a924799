"""Recovery ▸ Identities: each provisional ID mapped to the patient's definitive IPP (and each
downtime admission to its visit number).

By hand (one patient), from the admissions office's CSV (refused whole, every bad line listed),
or by confirming matches proposed against the information system's patient list (scored by the
same engine as the admissions duplicates, side by side). Duplicates are merged through the
admissions merge service. Every step goes through `core.reconcile` and is audited; nothing is
ever reconciled or merged automatically.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import admissions, identity, reconcile
from hospcrisis.core.identity import IDENTITY_STATUSES
from hospcrisis.core.reconcile import Candidate, Proposal, ReconcileResult, Reconciliation
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import HospcrisisError, ValidationError
from hospcrisis.i18n import N_
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_error
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, RowsModel
from hospcrisis.ui.recovery.common import (
    AREA,
    STYLESHEET,
    RefusalPanel,
    add_row,
    banner,
    choose_open_file,
    current_row,
    fit_columns,
    fit_to_contents,
    hint,
    report_failure,
    right,
    run_job,
    selected_rows,
    set_banner,
    start_folder,
    table,
)


def csv_filter() -> str:
    return tr("CSV files (*.csv *.txt);;All files (*)")


def state_text(r: Reconciliation) -> str:
    if r.merged_into:
        return tr("Merged into another record")
    return tr("IPP recorded") if r.reconciled else tr("To reconcile")


def state_colour(r: Reconciliation) -> str | None:
    if r.merged_into:
        return "#eeeeee"
    return "#e8f5e9" if r.reconciled else "#fff3e0"


def status_label(code: str | None) -> str:
    status = IDENTITY_STATUSES.get(code or "")
    return f"{code} — {tr(status.label)}" if status else (code or "")


def visits_text(r: Reconciliation) -> str:
    return ", ".join(sorted(r.visits.values()))


# --- one patient by hand --------------------------------------------------------------------------


class SetIdentityDialog(QDialog):
    """Map one provisional ID to its IPP (and the admission's visit number). The core checks
    everything; a refusal is shown here and nothing is saved."""

    def __init__(self, context: AppContext, item: Reconciliation,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item = item
        self.result_value: ReconcileResult | None = None
        self.setObjectName("setIdentityDialog")
        self.setWindowTitle(tr("Set the IPP of {id}", id=item.provisional_id))
        self.setStyleSheet(STYLESHEET)
        self.resize(600, 380)
        layout = QVBoxLayout(self)
        subject = QLabel(f"{item.provisional_id} — {item.name}"
                         + (f" — {item.birth_date}" if item.birth_date else ""))
        subject.setObjectName("pageTitle")
        subject.setWordWrap(True)
        layout.addWidget(subject)
        form = QFormLayout()
        self.ipp = QLineEdit(item.ipp or "")
        self.ipp.setObjectName("ipp")
        self.ipp.setMaxLength(30)
        add_row(form, tr("&IPP (information system)"), self.ipp)
        self.visit = QLineEdit()
        self.visit.setObjectName("visit")
        self.visit.setMaxLength(30)
        add_row(form, tr("&Visit number"), self.visit)
        self.admission = QComboBox()
        self.admission.setObjectName("admission")
        if item.admissions > 1:
            try:
                record = admissions.open_patient(context.session, item.patient_id)
            except HospcrisisError:
                record = None
            for entry in record.admissions if record is not None else ():
                a = entry.admission
                self.admission.addItem(tr("{time} — {complaint}", time=clock.local_text(
                    a.arrival_at), complaint=a.complaint or a.status), a.id)
            add_row(form, tr("&Admission"), self.admission)
        else:
            self.admission.hide()
        self.status = QComboBox()
        self.status.addItem(tr("(not given)"), "")
        for code in IDENTITY_STATUSES:
            self.status.addItem(status_label(code), code)
        if item.identity_status:
            self.status.setCurrentIndex(max(self.status.findData(item.identity_status), 0))
        add_row(form, tr("Identity &status in the information system"), self.status)
        self.replace = QCheckBox(tr("&Replace the earlier IPP {ipp} (it was wrong)",
                                    ipp=item.ipp or ""))
        self.replace.setVisible(item.reconciled)
        form.addRow("", self.replace)
        layout.addLayout(form)
        layout.addWidget(hint(tr("Check the IPP against the information system's record "
                                 "(name, date of birth) before saving: exports will say that "
                                 "this provisional identity IS that patient.")))
        self.problems = RefusalPanel()
        layout.addWidget(self.problems)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("primary")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ipp.setFocus()

    def save(self) -> None:
        admission_id = str(self.admission.currentData() or "") if self.admission.count() else ""
        try:
            self.result_value = reconcile.set_identity(
                self.context.session, self.item.provisional_id, self.ipp.text().strip(),
                visit_number=self.visit.text().strip(), admission_id=admission_id,
                identity_status=str(self.status.currentData() or ""),
                replace=self.replace.isChecked())
        except ValidationError as exc:
            self.problems.show_error(exc)
            return
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.accept()

    @classmethod
    def ask(cls, context: AppContext, item: Reconciliation,
            parent: QWidget | None) -> ReconcileResult | None:
        dialog = cls(context, item, parent)
        dialog.exec()
        return dialog.result_value


# --- merging duplicates ---------------------------------------------------------------------------


class MergeDialog(QDialog):
    """Confirm two records are the same patient: which one is kept, and why. Both records
    stay; the merged one points to the kept one (exported as A40 / Patient.link)."""

    def __init__(self, context: AppContext, kept: str = "", merged: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.done_record: Any = None
        self.setObjectName("mergeDialog")
        self.setWindowTitle(tr("Same patient — merge two records"))
        self.setStyleSheet(STYLESHEET)
        self.resize(600, 300)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(tr("Give each record's provisional ID or IPP. Both records are "
                                 "kept; the merged one points to the kept one. A merge can be "
                                 "undone from the patient's record.")))
        form = QFormLayout()
        self.kept = QLineEdit(kept)
        self.kept.setObjectName("kept")
        self.merged = QLineEdit(merged)
        self.merged.setObjectName("merged")
        swap = QToolButton()
        swap.setText("⇅")
        swap.setToolTip(tr("Swap"))
        swap.clicked.connect(self._swap)
        row = QHBoxLayout()
        row.addWidget(self.kept, 1)
        row.addWidget(swap)
        add_row(form, tr("Record &kept"), row, self.kept)
        add_row(form, tr("Record &merged into it"), self.merged)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        add_row(form, tr("&Reason"), self.reason)
        layout.addLayout(form)
        self.problems = RefusalPanel()
        layout.addWidget(self.problems)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("primary")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _swap(self) -> None:
        a, b = self.kept.text(), self.merged.text()
        self.kept.setText(b)
        self.merged.setText(a)

    def save(self) -> None:
        try:
            self.done_record = reconcile.merge_patients(
                self.context.session, self.kept.text(), self.merged.text(), self.reason.text())
        except HospcrisisError as exc:
            self.problems.show_error(exc)
            return
        self.accept()

    @classmethod
    def ask(cls, context: AppContext, kept: str, merged: str, parent: QWidget | None) -> Any:
        dialog = cls(context, kept, merged, parent)
        dialog.exec()
        return dialog.done_record


# --- proposals ------------------------------------------------------------------------------------


class CompareGrid(QWidget):
    """The provisional patient and one candidate side by side; traits that differ marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.differing: list[str] = []

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    @staticmethod
    def _label(text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setMinimumWidth(60)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_pair(self, mine: Sequence[tuple[str, str]], theirs: Sequence[tuple[str, str]],
                  heads: tuple[str, str], *, compared: int | None = None) -> None:
        """Rows of (label, value) for each side; the first `compared` rows (all by default)
        are compared."""
        self._clear()
        self.differing = []
        if not mine:
            return
        for column, text in ((1, heads[0]), (2, heads[1])):
            self.grid.addWidget(self._label(text, "versionHead"), 0, column)
        limit = len(mine) if compared is None else compared
        for row, ((label, a), (_l, b)) in enumerate(zip(mine, theirs, strict=True), start=1):
            differs = row <= limit and bool(a and b) and \
                identity.compact_name(a) != identity.compact_name(b)
            name = self._label(("≠ " if differs else "") + label, "fieldName")
            if differs:
                self.differing.append(label)
                name.setStyleSheet("color: #c62828; font-weight: bold; padding: 2px 6px;")
            self.grid.addWidget(name, row, 0)
            for column, value in ((1, a), (2, b)):
                self.grid.addWidget(self._label(value or "—",
                                                "cellDiffers" if differs else "cell"),
                                    row, column)


class ProposalsDialog(QDialog):
    """Matches proposed in the information system's patient list: for each provisional
    patient, the candidates with their scores, one side by side with it; "Confirm" maps the
    provisional ID to that IPP (audited). Nothing happens without a confirmation."""

    def __init__(self, context: AppContext, proposals: Sequence[Proposal], file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.confirmed: dict[str, str] = {}  # provisional ID → IPP confirmed here
        self.setObjectName("proposalsDialog")
        self.setWindowTitle(tr("Proposed matches — {file}", file=file_name))
        self.setStyleSheet(STYLESHEET)
        self.resize(1180, 720)
        layout = QVBoxLayout(self)
        with_candidates = sum(1 for p in proposals if p.candidates)
        layout.addWidget(hint(tr(
            "{n} provisional patient(s) not yet reconciled; {m} have at least one likely match "
            "in {file}. Compare each pair, then confirm the right one: its IPP is recorded "
            "for that provisional ID.", n=len(proposals), m=with_candidates, file=file_name)))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        ordered = sorted(proposals, key=lambda p: (not p.candidates,
                                                   -(p.candidates[0].score if p.candidates
                                                     else 0), p.provisional_id))
        self.model: RowsModel[Proposal] = RowsModel([
            Column(tr("Provisional ID"), lambda p: p.provisional_id),
            Column(tr("Patient"), lambda p: p.name),
            Column(tr("Born"), lambda p: p.birth_date),
            right(tr("Best score"), lambda p: str(p.candidates[0].score)
                  if p.candidates else "—"),
            Column(tr("IPP confirmed"), lambda p: self.confirmed.get(p.provisional_id, "")),
        ], background=lambda p: "#e8f5e9" if p.provisional_id in self.confirmed else None)
        self.model.set_rows(ordered)
        self.view = table(self.model, stretch=1)
        fit_to_contents(self.view, (0, 2, 3, 4))
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show())
        splitter.addWidget(self.view)
        right_side = QWidget()
        right_layout = QVBoxLayout(right_side)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.candidates_model: RowsModel[Candidate] = RowsModel([
            right(tr("Score"), lambda c: str(c.score)),
            Column(tr("IPP"), lambda c: c.ipp),
            Column(tr("Patient"), lambda c: c.name),
            Column(tr("Born"), lambda c: c.birth_date),
            Column(tr("Why"), lambda c: c.reason_text, tooltip=lambda c: c.reason_text),
        ], bold=lambda c: c.score >= 90)
        self.candidates = table(self.candidates_model, stretch=4)
        fit_columns(self.candidates, (50, 90, 180, 90))
        self.candidates.setMaximumHeight(130)
        self.candidates.selectionModel().currentRowChanged.connect(lambda *_a: self._compare())
        right_layout.addWidget(self.candidates)
        compare_box = QGroupBox(tr("Side by side"))
        compare_layout = QVBoxLayout(compare_box)
        self.compare = CompareGrid()
        compare_layout.addWidget(self.compare)
        self.reasons = banner("hint")
        compare_layout.addWidget(self.reasons)
        compare_layout.addStretch(1)
        right_layout.addWidget(compare_box, 1)
        self.message = banner("okBanner")
        self.message.hide()
        right_layout.addWidget(self.message)
        self.problems = RefusalPanel()
        right_layout.addWidget(self.problems)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.confirm_button = QPushButton(tr("&Confirm: same patient"))
        self.confirm_button.setObjectName("primary")
        self.confirm_button.clicked.connect(self.confirm_current)
        actions.addWidget(self.confirm_button)
        right_layout.addLayout(actions)
        splitter.addWidget(right_side)
        splitter.setSizes([540, 620])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self._mine: dict[str, list[tuple[str, str]]] = {}
        if ordered:
            self.view.selectRow(0)
        self._show()

    def current(self) -> Proposal | None:
        row = current_row(self.view)
        return self.model.row(row) if row is not None and row < self.model.rowCount() else None

    def current_candidate(self) -> Candidate | None:
        row = current_row(self.candidates)
        return self.candidates_model.row(row) \
            if row is not None and row < self.candidates_model.rowCount() else None

    def _show(self) -> None:
        proposal = self.current()
        self.candidates_model.set_rows(list(proposal.candidates) if proposal else [])
        if proposal is not None and proposal.candidates:
            self.candidates.selectRow(0)
        self._compare()

    def _traits(self, proposal: Proposal) -> list[tuple[str, str]]:
        if proposal.patient_id not in self._mine:
            try:
                p = admissions.get_patient(self.context.session, proposal.patient_id)
                sex, born, status = p.sex_label, p.birth_date_text or p.age_text(), \
                    status_label(p.identity_status)
            except HospcrisisError:
                sex, born, status = proposal.sex, proposal.birth_date, ""
            self._mine[proposal.patient_id] = [
                (tr("Name"), proposal.name), (tr("Date of birth"), born), (tr("Sex"), sex),
                (tr("Identity status"), status), (tr("Identifier"), proposal.provisional_id)]
        return self._mine[proposal.patient_id]

    def _compare(self) -> None:
        proposal, candidate = self.current(), self.current_candidate()
        done = proposal is not None and proposal.provisional_id in self.confirmed
        self.confirm_button.setEnabled(candidate is not None and not done)
        if proposal is None or candidate is None:
            self.compare.show_pair([], [], ("", ""))
            self.reasons.setText(tr("No likely match in the list: set the IPP by hand once "
                                    "the patient is found in the information system.")
                                 if proposal is not None else "")
            return
        self.reasons.setText(tr("Why this score: {reasons}.", reasons=candidate.reason_text))
        sex = tr(identity.SEXES.get(candidate.sex, candidate.sex)) if candidate.sex else ""
        theirs = [(tr("Name"), candidate.name), (tr("Date of birth"), candidate.birth_date),
                  (tr("Sex"), sex), (tr("Identity status"),
                                     status_label(candidate.identity_status)),
                  (tr("Identifier"), tr("IPP {ipp}", ipp=candidate.ipp))]
        self.compare.show_pair(self._traits(proposal), theirs, (
            tr("Downtime record"), tr("Information system — score {n}", n=candidate.score)),
            compared=4)

    def confirm_current(self) -> ReconcileResult | None:
        proposal, candidate = self.current(), self.current_candidate()
        if proposal is None or candidate is None:
            return None
        status = candidate.identity_status if candidate.identity_status in \
            IDENTITY_STATUSES else ""
        try:
            result = reconcile.set_identity(self.context.session, proposal.provisional_id,
                                            candidate.ipp, identity_status=status)
        except HospcrisisError as exc:
            self.problems.show_error(exc)
            return None
        self.problems.clear()
        self.confirmed[proposal.provisional_id] = candidate.ipp
        row = current_row(self.view)
        self.model.set_rows(self.model.rows)
        if row is not None:
            self.view.selectRow(row)
        set_banner(self.message, tr("{id} reconciled with the IPP {ipp}.",
                                    id=proposal.provisional_id, ipp=candidate.ipp), "okBanner")
        self.context.data_changed.emit(AREA)
        return result

    @classmethod
    def ask(cls, context: AppContext, proposals: Sequence[Proposal], file_name: str,
            parent: QWidget | None) -> dict[str, str]:
        dialog = cls(context, proposals, file_name, parent)
        dialog.exec()
        return dialog.confirmed


# --- the panel ------------------------------------------------------------------------------------

FILTERS = (("all", N_("All")), ("pending", N_("To reconcile")),
           ("reconciled", N_("Reconciled")), ("merged", N_("Merged")))


def _propose(session: Session, path: Path, *, progress: Any, cancelled: Any
             ) -> tuple[list[Proposal], str]:
    return reconcile.propose(session, path), path.name


def _import(session: Session, path: Path, *, progress: Any, cancelled: Any) -> ReconcileResult:
    return reconcile.import_csv(session, path)


class IdentitiesPanel(QWidget):
    """Provisional IDs and their IPP: set by hand, imported, proposed and confirmed; merges.

    Signals:
        identities_changed(): a mapping or a merge was saved.
    """

    identities_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: Any = None
        self.all_rows: list[Reconciliation] = []
        self.setObjectName("identitiesPanel")
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.set_button = QPushButton(tr("&Set the IPP…"))
        self.set_button.setObjectName("primary")
        self.set_button.clicked.connect(self.set_selected)
        bar.addWidget(self.set_button)
        self.import_button = QPushButton(tr("&Import the admissions office's file…"))
        self.import_button.clicked.connect(self.import_requested)
        bar.addWidget(self.import_button)
        self.propose_button = QPushButton(tr("&Propose matches…"))
        self.propose_button.setToolTip(tr("Compare with a patient list exported from the "
                                          "information system"))
        self.propose_button.clicked.connect(self.propose_requested)
        bar.addWidget(self.propose_button)
        self.merge_button = QPushButton(tr("&Merge two records…"))
        self.merge_button.clicked.connect(self.merge_selected)
        bar.addWidget(self.merge_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        filters = QHBoxLayout()
        self.counts = QLabel()
        self.counts.setObjectName("bigCount")
        filters.addWidget(self.counts)
        filters.addStretch(1)
        self.filter = QComboBox()
        self.filter.setObjectName("identityFilter")
        for key, label in FILTERS:
            self.filter.addItem(tr(label), key)
        self.filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        filters.addWidget(QLabel(tr("Show")))
        filters.addWidget(self.filter)
        self.search = QLineEdit()
        self.search.setObjectName("identitySearch")
        self.search.setPlaceholderText(tr("Name, provisional ID or IPP"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(260)
        self.search.textChanged.connect(lambda _t: self._apply_filter())
        filters.addWidget(self.search)
        layout.addLayout(filters)
        self.message = banner("okBanner")
        self.message.hide()
        layout.addWidget(self.message)
        self.refusal = RefusalPanel()
        layout.addWidget(self.refusal)
        self.model: RowsModel[Reconciliation] = RowsModel([
            Column(tr("Provisional ID"), lambda r: r.provisional_id),
            Column(tr("Patient"), lambda r: r.name),
            Column(tr("Born"), lambda r: r.birth_date),
            right(tr("Admissions"), lambda r: str(r.admissions)),
            Column(tr("IPP"), lambda r: r.ipp or ""),
            Column(tr("Visit number(s)"), visits_text),
            Column(tr("Identity status (IS)"), lambda r: status_label(r.identity_status)),
            Column(tr("State"), state_text, tooltip=lambda r: tr(
                "Merged into the record {id}", id=r.merged_into) if r.merged_into else ""),
        ], background=state_colour, bold=lambda r: not r.reconciled and not r.merged_into)
        self.view = table(self.model, multi=True, stretch=1)
        fit_columns(self.view, (140, 0, 100, 90, 110, 130, 160, 110))
        self.view.doubleClicked.connect(lambda _i: self.set_selected())
        layout.addWidget(self.view, 1)
        layout.addWidget(hint(tr(
            "The admissions office's file: columns provisional_id and ipp (required), "
            "visit_number, admission_id, identity_status, birth_name and birth_date "
            "(cross-checks); ; or , as separator. It is refused whole if one line is wrong, "
            "with every bad line listed.")))
        can = context.session.can(Permission.RECOVERY_RECONCILE)
        for button in (self.set_button, self.import_button, self.propose_button,
                       self.merge_button):
            button.setEnabled(can)

    # -- data --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.all_rows = reconcile.list_reconciliations(self.context.session)
        total = [r for r in self.all_rows if not r.merged_into]
        done = sum(1 for r in total if r.reconciled)
        merged = len(self.all_rows) - len(total)
        self.counts.setText(tr("{done} of {total} provisional IDs reconciled", done=done,
                               total=len(total))
                            + (tr(" · {n} merged", n=merged) if merged else ""))
        self._apply_filter()

    def _apply_filter(self) -> None:
        key = self.filter.currentData()
        typed = identity.compact_name(self.search.text()) if self.search.text().strip() else ""
        rows = []
        for r in self.all_rows:
            if key == "pending" and (r.reconciled or r.merged_into):
                continue
            if key == "reconciled" and not r.reconciled:
                continue
            if key == "merged" and not r.merged_into:
                continue
            if typed and typed not in identity.compact_name(
                    f"{r.name} {r.provisional_id} {r.ipp or ''}"):
                continue
            rows.append(r)
        self.model.set_rows(rows)

    def selected(self) -> list[Reconciliation]:
        return [self.model.row(i) for i in selected_rows(self.view)]

    def find_item(self, provisional_id: str) -> Reconciliation | None:
        return next((r for r in self.all_rows if r.provisional_id == provisional_id), None)

    def select(self, provisional_id: str) -> bool:
        for row, r in enumerate(self.model.rows):
            if r.provisional_id == provisional_id:
                self.view.selectRow(row)
                return True
        return False

    def _changed(self, message: str) -> None:
        set_banner(self.message, message, "okBanner")
        self.refusal.clear()
        self.context.message_posted.emit(message)
        self.context.data_changed.emit(AREA)
        self.identities_changed.emit()

    # -- actions -----------------------------------------------------------------------------------

    def set_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            row = current_row(self.view)
            chosen = [self.model.row(row)] if row is not None else []
        if not chosen or chosen[0].merged_into:
            return
        item = chosen[0]
        result = SetIdentityDialog.ask(self.context, item, self)
        if result is not None:
            self._changed(tr("{id} reconciled with the IPP {ipp}.", id=item.provisional_id,
                             ipp=(self.find_item(item.provisional_id) or item).ipp or ""))

    def import_requested(self) -> None:
        path = choose_open_file(self, tr("Import the admissions office's file"),
                                start_folder(self.context), csv_filter())
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Import the reconciliation CSV in a worker; a refusal lists every bad line."""
        self.refusal.clear()
        self.message.hide()

        def done(result: ReconcileResult) -> None:
            self.job = None
            self._changed(tr("{file}: {created} reconciled, {replaced} replaced, {unchanged} "
                             "unchanged, {visits} visit number(s).", file=result.file_name,
                             created=result.created, replaced=result.replaced,
                             unchanged=result.unchanged, visits=result.visits))

        def failed(exc: BaseException, details: str) -> None:
            self.job = None
            report_failure(self, self.refusal)(exc, details)

        self.job = run_job(self.context, lambda session, progress, cancelled: _import(
            session, path, progress=progress, cancelled=cancelled), done, failed, parent=self,
            label=tr("Importing {file}…", file=path.name))

    def propose_requested(self) -> None:
        path = choose_open_file(self, tr("The information system's patient list"),
                                start_folder(self.context), csv_filter())
        if path is not None:
            self.propose_from(path)

    def propose_from(self, path: Path) -> None:
        """Score the provisional patients against `path` in a worker, then show the
        proposals."""
        self.refusal.clear()

        def done(found: tuple[list[Proposal], str]) -> None:
            self.job = None
            proposals, name = found
            confirmed = ProposalsDialog.ask(self.context, proposals, name, self)
            if confirmed:
                self._changed(tr("{n} provisional ID(s) reconciled from the proposals.",
                                 n=len(confirmed)))
            else:
                self.refresh()

        def failed(exc: BaseException, details: str) -> None:
            self.job = None
            report_failure(self, self.refusal)(exc, details)

        self.job = run_job(self.context, lambda session, progress, cancelled: _propose(
            session, path, progress=progress, cancelled=cancelled), done, failed, parent=self,
            label=tr("Looking for matches…"))

    def merge_selected(self) -> None:
        chosen = self.selected()
        kept = chosen[0].provisional_id if chosen else ""
        merged = chosen[1].provisional_id if len(chosen) > 1 else ""
        record = MergeDialog.ask(self.context, kept, merged, self)
        if record is not None:
            self._changed(tr("Merged: both records are now the same patient."))
            self.context.data_changed.emit("admissions")
