"""Recovery ▸ Bundles: import the stations' bundles (several at once, one passphrase for all or
one per file, merged in a worker), what each bundle brought per kind of record, the records of
this database, those kept aside, and the proof: content hash and every station's audit chain
head.

Every bundle is checked before anything is written (`interop.bundle`, `core.recovery`): a wrong
passphrase, a damaged, cut-short or altered file, another program's file or a newer version
refuses them all, with the core's message, and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import recovery
from hospcrisis.core.recovery import ImportedBundle, MergeResult, RecoveryStatus
from hospcrisis.core.session import Session
from hospcrisis.errors import ValidationError
from hospcrisis.interop import bundle
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, RowsModel
from hospcrisis.ui.recovery.common import (
    AREA,
    Cancelled,
    RefusalPanel,
    banner,
    choose_open_files,
    current_row,
    fit_columns,
    fit_to_contents,
    grouped,
    hint,
    report_failure,
    right,
    run_job,
    set_banner,
    short_hash,
    short_when,
    start_folder,
    table,
    table_label,
    when,
)

READ_SHARE = 400  # progress: reading the files, then merging, out of 1000

# --- the passphrases ------------------------------------------------------------------------------


class ImportBundlesDialog(QDialog):
    """The files chosen and their passphrase: one for every bundle, or one per bundle."""

    def __init__(self, files: Sequence[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = list(files)
        self.result_phrases: list[tuple[Path, str]] | None = None
        self.setObjectName("importBundlesDialog")
        self.setWindowTitle(tr("Import station bundles"))
        self.resize(640, 300 + 28 * min(len(self.files), 8))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("{n} bundle(s) to merge into this database. Each is opened and checked "
                          "before anything is written: if one cannot be read, none is imported.",
                          n=len(self.files)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.same = QRadioButton(tr("The &same passphrase for every bundle"))
        self.each = QRadioButton(tr("A passphrase &per bundle"))
        group = QButtonGroup(self)
        group.addButton(self.same)
        group.addButton(self.each)
        self.same.setChecked(True)
        layout.addWidget(self.same)
        common_row = QFormLayout()
        self.common = QLineEdit()
        self.common.setObjectName("commonPassphrase")
        self.common.setEchoMode(QLineEdit.EchoMode.Password)
        common_row.addRow(tr("Passphrase"), self.common)
        layout.addLayout(common_row)
        layout.addWidget(self.each)
        self.per_file_box = QWidget()
        per_file = QFormLayout(self.per_file_box)
        per_file.setContentsMargins(20, 0, 0, 0)
        self.fields: list[QLineEdit] = []
        for path in self.files:
            field = QLineEdit()
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setToolTip(str(path))
            self.fields.append(field)
            per_file.addRow(path.name, field)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.per_file_box)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("primary")
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.same.toggled.connect(self._mode_changed)
        self._mode_changed(True)
        self.common.setFocus()

    def _mode_changed(self, _checked: bool) -> None:
        same = self.same.isChecked()
        self.common.setEnabled(same)
        self.per_file_box.setEnabled(not same)

    def phrases(self) -> list[tuple[Path, str]]:
        if self.same.isChecked():
            return [(p, self.common.text()) for p in self.files]
        return [(p, f.text()) for p, f in zip(self.files, self.fields, strict=True)]

    def check(self) -> None:
        if any(not phrase for _p, phrase in self.phrases()):
            self.error.setText(tr("Type the passphrase of every bundle."))
            self.error.show()
            return
        self.result_phrases = self.phrases()
        self.accept()

    @classmethod
    def ask(cls, files: Sequence[Path], parent: QWidget | None) -> list[tuple[Path, str]] | None:
        dialog = cls(files, parent)
        dialog.exec()
        return dialog.result_phrases


# --- the work -------------------------------------------------------------------------------------


def read_all(phrases: Sequence[tuple[Path, str]], *, progress: Any = None,
             cancelled: Any = None) -> list[recovery.BundleContent]:
    """Open and check every bundle with its passphrase (read-only). When any cannot be read,
    raise one refusal listing every file and why (a single bad file raises its own)."""
    contents: list[recovery.BundleContent] = []
    problems: list[tuple[str, str]] = []
    refused: list[bundle.BundleRefused] = []
    for n, (path, phrase) in enumerate(phrases):
        if cancelled is not None and cancelled():
            raise Cancelled(tr("Import cancelled: nothing was changed."))
        try:
            contents.append(bundle.read_bundle(path, phrase))
        except bundle.BundleRefused as exc:
            problems.append((str(path), exc.message))
            refused.append(exc)
        if progress is not None:
            progress((n + 1) * READ_SHARE // max(len(phrases), 1), 1000)
    if len(refused) == 1:
        raise refused[0]
    if refused:
        raise bundle.BundleRefused(tr("No bundle was imported: {n} file(s) cannot be read, "
                                      "listed below. Nothing was changed.", n=len(problems)),
                                   problems)
    return contents


def import_bundles(session: Session, phrases: Sequence[tuple[Path, str]], *, progress: Any,
                   cancelled: Any) -> MergeResult:
    """Worker: read every bundle, then merge them in one audited transaction."""
    missing = [str(p) for p, _phrase in phrases if not p.is_file()]
    if missing:
        raise ValidationError(tr("No such file: {files}. Nothing was imported.",
                                 files=", ".join(missing)))
    contents = read_all(phrases, progress=progress, cancelled=cancelled)
    if cancelled():
        raise Cancelled(tr("Import cancelled: nothing was changed."))

    def merged(done: int, total: int) -> None:
        progress(READ_SHARE + done * (1000 - READ_SHARE) // max(total, 1), 1000)

    return recovery.merge_bundles(session, contents, progress=merged)


def result_text(result: MergeResult) -> str:
    """One paragraph on what an import did."""
    imported = [b for b in result.bundles if b.status == "imported"]
    again = [b for b in result.bundles if b.status != "imported"]
    parts = []
    if imported:
        parts.append(tr(
            "Imported at {time}: {stations} — {records} records ({new} new, {updated} updated, "
            "{unchanged} unchanged), {conflicts} conflict(s), {aside} kept aside.",
            time=clock.local_text(clock.now(), "%H:%M"),
            stations=", ".join(b.station for b in imported),
            records=sum(b.records for b in imported), new=sum(b.new for b in imported),
            updated=sum(b.updated for b in imported),
            unchanged=sum(b.unchanged for b in imported),
            conflicts=sum(b.conflicts for b in imported), aside=sum(b.aside for b in imported)))
    for b in again:
        parts.append(tr("{station} ({file}) was already imported: nothing changed.",
                        station=b.station, file=b.file_name))
    return " ".join(parts)


# --- the rows -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableRow:
    table: str
    counts: dict[str, int]

    def get(self, key: str) -> str:
        value = self.counts.get(key, 0)
        return str(value) if value else ""


@dataclass(frozen=True)
class ChainRow:
    station: str
    entries: int
    heads: tuple[str, ...]


@dataclass(frozen=True)
class AsideRow:
    table: str
    record_id: str
    value: str
    holder: str


def _kind_text(r: TableRow) -> str:
    if r.counts.get("staged_only") or r.counts.get("staged"):
        return tr("{kind} (kept as received)", kind=table_label(r.table))
    return table_label(r.table)


def _kind_tooltip(r: TableRow) -> str:
    if r.counts.get("staged_only") or r.counts.get("staged"):
        return tr("{table}: each station's own accounts and settings are kept as received, "
                  "never written into this database.", table=r.table)
    return r.table


def _getter(key: str) -> Callable[[TableRow], str]:
    return lambda r: r.get(key)


def _summary(b: ImportedBundle, key: str) -> str:
    value = b.summary.get(key, 0)
    return str(value) if value else ("0" if key == "records" else "")


def _station_text(b: ImportedBundle) -> str:
    return f"{b.station} — {b.station_name}" if b.station_name else b.station


class BundlesPanel(QWidget):
    """The bundles merged here and what they brought.

    Signals:
        bundles_imported(object): a `MergeResult` — bundles were merged (or were already).
    """

    bundles_imported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.status: RecoveryStatus | None = None
        self.last_result: MergeResult | None = None
        self.job: Any = None
        self.setObjectName("bundlesPanel")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.import_button = QPushButton(tr("&Import bundles…"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.import_requested)
        top.addWidget(self.import_button)
        top.addWidget(hint(tr("Choose every station's bundle at once (Ctrl+click). Importing "
                              "a bundle twice, or in any order, gives the same result.")), 1)
        layout.addLayout(top)
        self.result = banner("okBanner")
        self.result.hide()
        layout.addWidget(self.result)
        self.refusal = RefusalPanel()
        layout.addWidget(self.refusal)
        self.empty = banner()
        self.empty.setText(tr("No bundle merged in this database yet. On each station: File ▸ "
                              "Export the station bundle…. Then, on IT's workstation: File ▸ "
                              "New recovery database…, log in to it and import them all "
                              "here."))
        layout.addWidget(self.empty)

        splitter = QSplitter(Qt.Orientation.Vertical)
        bundles_box = QGroupBox(tr("Bundles merged"))
        box_layout = QVBoxLayout(bundles_box)
        self.model: RowsModel[ImportedBundle] = RowsModel([
            Column(tr("Station"), lambda b: b.station, tooltip=_station_text),
            Column(tr("File"), lambda b: b.file_name, tooltip=lambda b: b.file_name),
            Column(tr("Written"), lambda b: short_when(b.created_at),
                   tooltip=lambda b: when(b.created_at)),
            Column(tr("Imported"), lambda b: short_when(b.imported_at),
                   tooltip=lambda b: tr("{time} by {user}", time=when(b.imported_at),
                                        user=b.imported_by or "?")),
            right(tr("Records"), lambda b: _summary(b, "records")),
            right(tr("New"), lambda b: _summary(b, "new")),
            right(tr("Updated"), lambda b: _summary(b, "updated")),
            right(tr("Unchanged"), lambda b: _summary(b, "unchanged")),
            right(tr("Conflicts"), lambda b: _summary(b, "conflicts")),
            right(tr("Aside"), lambda b: _summary(b, "aside")),
            Column(tr("Fingerprint"), lambda b: short_hash(b.sha256, 8).upper(),
                   tooltip=lambda b: b.sha256),
        ], background=lambda b: "#fff3e0" if b.summary.get("conflicts") else None)
        self.view = table(self.model, stretch=1)
        fit_to_contents(self.view, (0, *range(2, 11)))
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        box_layout.addWidget(self.view)
        splitter.addWidget(bundles_box)

        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.details = QTabWidget()
        self.brought_model: RowsModel[TableRow] = RowsModel(self._count_columns((
            ("new", tr("New")), ("updated", tr("Updated")), ("unchanged", tr("Unchanged")),
            ("older", tr("Older")), ("conflicts", tr("Conflicts")), ("aside", tr("Aside")))),
            background=lambda r: "#fff3e0" if r.counts.get("conflicts") else None)
        self.brought_view = table(self.brought_model, stretch=0)
        fit_to_contents(self.brought_view, range(1, 7))
        self.details.addTab(self.brought_view, tr("What the bundle brought"))
        self.records_model: RowsModel[TableRow] = RowsModel(self._count_columns((
            ("live", tr("In use")), ("staged", tr("Kept as received")),
            ("aside", tr("Aside")), ("conflicts", tr("Conflicts")))),
            background=lambda r: "#fff3e0" if r.counts.get("conflicts") else None)
        self.records_view = table(self.records_model, stretch=0)
        fit_to_contents(self.records_view, range(1, 5))
        self.details.addTab(self.records_view, tr("Records in this database"))
        self.aside_model: RowsModel[AsideRow] = RowsModel([
            Column(tr("Kind of record"), lambda r: table_label(r.table)),
            Column(tr("Value already held"), lambda r: r.value),
            Column(tr("Held by"), lambda r: r.holder[:13], tooltip=lambda r: r.holder),
            Column(tr("Record kept aside"), lambda r: r.record_id, tooltip=lambda r: r.record_id),
        ])
        self.aside_view = table(self.aside_model)
        fit_columns(self.aside_view, (140, 200, 110))
        self.details.addTab(self.aside_view, tr("Kept aside"))
        bottom_layout.addWidget(self.details, 2)

        proof = QGroupBox(tr("Proof that nothing was lost"))
        proof_layout = QVBoxLayout(proof)
        proof_layout.addWidget(QLabel(tr("Content hash of the merged data")))
        self.hash_label = QLabel()
        self.hash_label.setObjectName("hashValue")
        self.hash_label.setWordWrap(True)
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hash_label.setToolTip(tr("The same bundles give the same hash, whatever the order "
                                      "and however many times they are imported."))
        proof_layout.addWidget(self.hash_label)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        proof_layout.addWidget(self.counts_label)
        self.chain_model: RowsModel[ChainRow] = RowsModel([
            Column(tr("Station"), lambda r: r.station),
            right(tr("Audit entries"), lambda r: str(r.entries)),
            Column(tr("Chain head"), lambda r: ", ".join(short_hash(h, 14)
                                                                for h in r.heads),
                   tooltip=lambda r: "\n".join(r.heads)),
        ])
        self.chain_view = table(self.chain_model, stretch=2)
        fit_to_contents(self.chain_view, (0, 1))
        proof_layout.addWidget(self.chain_view, 1)
        bottom_layout.addWidget(proof, 1)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

    @staticmethod
    def _count_columns(keys: Sequence[tuple[str, str]]) -> list[Column[TableRow]]:
        columns: list[Column[TableRow]] = [Column(tr("Kind of record"), _kind_text,
                                                  tooltip=_kind_tooltip)]
        for key, header in keys:
            columns.append(right(header, _getter(key)))
        return columns

    # -- data --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        session = self.context.session
        self.status = status = recovery.status(session)
        selected = current_row(self.view)
        self.model.set_rows(list(status.bundles))
        self.empty.setVisible(not status.bundles)
        if status.bundles:
            row = selected if selected is not None and selected < len(status.bundles) \
                else len(status.bundles) - 1
            self.view.selectRow(row)
        self._show_detail()
        self.records_model.set_rows([TableRow(t, c) for t, c in
                                     sorted(status.records.items(),
                                            key=lambda kv: table_label(kv[0]))])
        aside = []
        for item in recovery.aside_records(session):
            value = item.get("value") or {}
            text = ", ".join(f"{k} = {v}" for k, v in value.items()) \
                if isinstance(value, dict) else str(value)
            aside.append(AsideRow(str(item["table"]), str(item["record_id"]), text,
                                  str(item.get("holder") or "")))
        self.aside_model.set_rows(aside)
        self.details.setTabText(2, tr("Kept aside ({n})", n=len(aside)))
        self.hash_label.setText(grouped(status.content_hash, 16))
        self.counts_label.setText(tr(
            "{bundles} bundle(s) from {stations} station(s). Conflicts: {open} open, {settled} "
            "settled. Records kept aside: {aside}.", bundles=len(status.bundles),
            stations=len({b.station for b in status.bundles}), open=status.conflicts_open,
            settled=status.conflicts_settled, aside=status.aside))
        self.chain_model.set_rows([ChainRow(s, int(c.get("entries") or 0), tuple(c["heads"]))
                                   for s, c in sorted(status.chains.items())])

    def _show_detail(self) -> None:
        row = current_row(self.view)
        if row is None or row >= self.model.rowCount():
            self.brought_model.set_rows([])
            self.details.setTabText(0, tr("What the bundle brought"))
            return
        chosen = self.model.row(row)
        per_table = chosen.summary.get("per_table") or {}
        rows = [TableRow(t, {k: int(v) for k, v in c.items()}) for t, c in per_table.items()]
        self.brought_model.set_rows(sorted(rows, key=lambda r: table_label(r.table)))
        self.details.setTabText(0, tr("What {station} brought", station=chosen.station))

    # -- importing ---------------------------------------------------------------------------------

    def import_requested(self) -> None:
        files = choose_open_files(self, tr("Import station bundles"), start_folder(self.context),
                                  tr("Station bundles (*.hcbundle);;All files (*)"))
        if not files:
            return
        phrases = ImportBundlesDialog.ask(files, self)
        if phrases is None:
            return
        self.import_files(phrases)

    def import_files(self, phrases: Sequence[tuple[Path, str]]) -> None:
        """Read and merge the bundles in a worker (each with its passphrase)."""
        self.refusal.clear()
        self.result.hide()
        self.import_button.setEnabled(False)

        def done(result: MergeResult) -> None:
            self.job = None
            self.import_button.setEnabled(True)
            self.last_result = result
            opened = sum(b.conflicts for b in result.bundles)
            set_banner(self.result, result_text(result),
                       "warnBanner" if opened else "okBanner")
            self.context.message_posted.emit(tr("Bundles merged."))
            self.context.data_changed.emit(AREA)
            self.context.data_changed.emit("admissions")
            self.bundles_imported.emit(result)

        def failed(exc: BaseException, details: str) -> None:
            self.job = None
            self.import_button.setEnabled(True)
            report_failure(self, self.refusal)(exc, details)

        self.job = run_job(self.context, lambda session, progress, cancelled: import_bundles(
            session, phrases, progress=progress, cancelled=cancelled), done, failed,
            parent=self, label=tr("Merging the bundles…"))

    @property
    def busy(self) -> bool:
        return self.job is not None

