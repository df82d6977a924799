"""Recovery ▸ Export: the merged data for the information system.

HL7 v2.5 (IHE PAM FR: one file per message, or one FHS/BHS batch), FHIR R4 (transaction
Bundles) or CSV (`;` or `,`), with the options of `hospcrisis export`, into a new folder of the
target folder, written by `interop.export.export` in a worker and recorded in the audit trail.
Refused while conflicts are open unless IT explicitly allows it (asked). The result says which
folder, how many files, what was counted, the MSH-10 range and the digest of the records; the
exports made so far are listed below.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hospcrisis.core import recovery_export
from hospcrisis.core.recovery_export import ExportRecord
from hospcrisis.core.session import Session
from hospcrisis.i18n import N_
from hospcrisis.interop import codes, fhir
from hospcrisis.interop import export as interop_export
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, RowsModel
from hospcrisis.ui.recovery.common import (
    AREA,
    RefusalPanel,
    banner,
    choose_folder,
    fit_to_contents,
    hint,
    open_folder,
    report_failure,
    right,
    run_job,
    set_banner,
    short_when,
    table,
    table_label,
    when,
)

FORMAT_LABELS = {"hl7": "HL7 v2.5", "fhir": "FHIR R4", "csv": "CSV"}

# What the exports count, as a person reads it (table names read as `table_label`).
COUNT_LABELS = {
    "messages": N_("HL7 messages"),
    "patients": N_("Patients"),
    "encounters": N_("Encounters (admissions)"),
    "movements": N_("Movements"),
    "procedures": N_("Procedures (theatre cases)"),
    "merges": N_("Merges"),
    "bundles": N_("FHIR bundles"),
}


def count_label(key: str) -> str:
    if key.startswith("events_"):
        return tr("Event {code}", code=key.removeprefix("events_"))
    source = COUNT_LABELS.get(key)
    return tr(source) if source else table_label(key)


def default_folder(context: AppContext) -> Path:
    """Exports go into `exports/` beside the database unless IT chooses otherwise."""
    if context.db_path is not None:
        return Path(context.db_path).expanduser().resolve().parent / "exports"
    return Path.home() / "hospcrisis-exports"


def ask_allow_conflicts(parent: QWidget | None, count: int) -> bool:
    """Ask whether to export although conflicts are open (replaced in tests)."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Conflicts are open"),
                      tr("{n} record(s) are still in conflict between stations. Settle them "
                         "first (Conflicts tab), or export anyway: the version shown now is "
                         "exported, and the export records that conflicts were open.", n=count),
                      QMessageBox.StandardButton.NoButton, parent)
    export = box.addButton(tr("Export anyway"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is export


@dataclass(frozen=True)
class ExportRequest:
    fmt: str
    folder: Path
    options: interop_export.ExportOptions


def run_export(session: Session, request: ExportRequest, *, progress: Any,
               cancelled: Any) -> interop_export.ExportResult:
    """Worker: write the export and record it (one audit entry `recovery.export`)."""
    request.folder.mkdir(parents=True, exist_ok=True)
    return interop_export.export(session, request.fmt, request.folder, request.options,
                                 progress=progress)


class ExportPanel(QWidget):
    """Format, options, target folder; the export in a worker; the result and the history.

    Signals:
        exported(object): an `ExportResult` was written and recorded.
    """

    exported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: Any = None
        self.last_result: interop_export.ExportResult | None = None
        self.setObjectName("exportPanel")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        form_box = QGroupBox(tr("What to export"))
        form_layout = QVBoxLayout(form_box)
        formats = QHBoxLayout()
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for n, (key, text) in enumerate((
                ("hl7", tr("&HL7 v2.5 (IHE PAM FR)")), ("fhir", tr("&FHIR R4 (JSON)")),
                ("csv", tr("&CSV (spreadsheet)")))):
            button = QRadioButton(text)
            self.format_group.addButton(button, n)
            self.format_buttons[key] = button
            formats.addWidget(button)
        formats.addStretch(1)
        self.format_buttons["hl7"].setChecked(True)
        form_layout.addLayout(formats)
        self.options = QStackedWidget()
        # HL7
        hl7_page = QWidget()
        hl7_form = QFormLayout(hl7_page)
        self.batch = QCheckBox(tr("One &batch file (FHS/BHS) instead of one file per message"))
        hl7_form.addRow(self.batch)
        self.updates = QCheckBox(tr("A08 &updates for triage and first medical contact"))
        self.updates.setChecked(True)
        hl7_form.addRow(self.updates)
        self.receiving_application = QLineEdit(codes.DEFAULT_RECEIVING_APPLICATION)
        self.receiving_application.setMaximumWidth(220)
        hl7_form.addRow(tr("Receiving application (MSH-5)"), self.receiving_application)
        self.receiving_facility = QLineEdit()
        self.receiving_facility.setMaximumWidth(220)
        hl7_form.addRow(tr("Receiving facility (MSH-6)"), self.receiving_facility)
        self.options.addWidget(hl7_page)
        # FHIR
        fhir_page = QWidget()
        fhir_form = QFormLayout(fhir_page)
        self.bundle_size = QSpinBox()
        self.bundle_size.setRange(1, 100_000)
        self.bundle_size.setValue(fhir.BUNDLE_SIZE)
        self.bundle_size.setMaximumWidth(120)
        fhir_form.addRow(tr("Patients per transaction Bundle"), self.bundle_size)
        fhir_form.addRow(hint(tr("Patient (identity reliability, links for merges), Encounter "
                                 "(movements) and Procedure (theatre cases).")))
        self.options.addWidget(fhir_page)
        # CSV
        csv_page = QWidget()
        csv_form = QFormLayout(csv_page)
        separators = QHBoxLayout()
        self.semicolon = QRadioButton(tr("; (French spreadsheets)"))
        self.comma = QRadioButton(tr(", (comma)"))
        self.semicolon.setChecked(True)
        separators.addWidget(self.semicolon)
        separators.addWidget(self.comma)
        separators.addStretch(1)
        csv_form.addRow(tr("Separator"), separators)
        csv_form.addRow(hint(tr("One file per kind of record, UTF-8 with BOM; a cell starting "
                                "with = + - @ is neutralised so no formula runs.")))
        self.options.addWidget(csv_page)
        self.format_group.idToggled.connect(self._format_toggled)
        self.options.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form_layout.addWidget(self.options)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(tr("Target folder")))
        self.folder = QLineEdit(str(default_folder(context)))
        self.folder.setObjectName("exportFolder")
        folder_row.addWidget(self.folder, 1)
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(browse)
        form_layout.addLayout(folder_row)
        form_layout.addWidget(hint(tr("Each export goes into a new folder "
                                      "<station>-export-<number>-<format> with a manifest.json "
                                      "(SHA-256 of every file).")))
        self.conflicts = banner("warnBanner")
        self.conflicts.hide()
        form_layout.addWidget(self.conflicts)
        go = QHBoxLayout()
        go.addStretch(1)
        self.export_button = QPushButton(tr("&Export"))
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.export_requested)
        go.addWidget(self.export_button)
        form_layout.addLayout(go)
        form_layout.addStretch(1)
        top.addWidget(form_box, 3)

        result_box = QGroupBox(tr("Result"))
        result_layout = QVBoxLayout(result_box)
        self.result_banner = banner("okBanner")
        self.result_banner.setText(tr("No export yet in this session."))
        self.result_banner.setObjectName("hint")
        result_layout.addWidget(self.result_banner)
        self.counts_model: RowsModel[tuple[str, int]] = RowsModel([
            Column(tr("Counted"), lambda r: count_label(r[0]), tooltip=lambda r: r[0]),
            right(tr("Number"), lambda r: str(r[1])),
        ])
        self.counts_view = table(self.counts_model, stretch=0)
        self.counts_view.setColumnWidth(1, 90)
        result_layout.addWidget(self.counts_view, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        result_layout.addWidget(self.details)
        self.open_button = QPushButton(tr("&Open the folder"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_result_folder)
        result_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        top.addWidget(result_box, 2)
        layout.addLayout(top, 3)
        self.refusal = RefusalPanel()
        layout.addWidget(self.refusal)

        history_box = QGroupBox(tr("Exports made from this database"))
        history_layout = QVBoxLayout(history_box)
        self.history: RowsModel[ExportRecord] = RowsModel([
            right(tr("No."), lambda e: str(e.number)),
            Column(tr("Format"), lambda e: FORMAT_LABELS.get(e.format, e.format)),
            Column(tr("Made"), lambda e: short_when(e.created_at),
                   tooltip=lambda e: when(e.created_at)),
            Column(tr("By"), lambda e: e.created_by or ""),
            right(tr("Files"), lambda e: str(_file_count(e))),
            Column(tr("Contents"), lambda e: ", ".join(
                f"{count_label(k)} {v}" for k, v in sorted(e.counts.items())
                if v and not k.startswith("events_"))),
            Column(tr("Folder"), lambda e: e.out_dir, tooltip=lambda e: e.out_dir),
        ])
        self.history_view = table(self.history, stretch=6)
        fit_to_contents(self.history_view, range(5))
        self.history_view.setColumnWidth(5, 330)
        history_layout.addWidget(self.history_view)
        layout.addWidget(history_box, 2)

    def _format_toggled(self, index: int, on: bool) -> None:
        if on:
            self.options.setCurrentIndex(index)

    # -- state -------------------------------------------------------------------------------------

    def fmt(self) -> str:
        return ("hl7", "fhir", "csv")[max(self.format_group.checkedId(), 0)]

    def set_format(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)

    def request(self, allow_conflicts: bool = False) -> ExportRequest:
        options = interop_export.ExportOptions(
            batch=self.batch.isChecked(), updates=self.updates.isChecked(),
            delimiter=";" if self.semicolon.isChecked() else ",",
            fhir_bundle_size=self.bundle_size.value(),
            receiving_application=self.receiving_application.text().strip()
            or codes.DEFAULT_RECEIVING_APPLICATION,
            receiving_facility=self.receiving_facility.text().strip(),
            allow_conflicts=allow_conflicts)
        return ExportRequest(self.fmt(), Path(self.folder.text().strip()).expanduser(), options)

    def refresh(self) -> None:
        session = self.context.session
        opened = recovery_export.open_conflicts(session)
        set_banner(self.conflicts, tr(
            "{n} conflict(s) still open: settle them first, or you will be asked to export "
            "anyway.", n=opened) if opened else "", "warnBanner")
        self.history.set_rows(list(reversed(recovery_export.list_exports(session))))

    def _browse(self) -> None:
        chosen = choose_folder(self, tr("Target folder of the export"), self.folder.text())
        if chosen is not None:
            self.folder.setText(str(chosen))

    # -- exporting ---------------------------------------------------------------------------------

    def export_requested(self) -> None:
        if not self.folder.text().strip():
            self.folder.setFocus()
            return
        opened = recovery_export.open_conflicts(self.context.session)
        allow = False
        if opened:
            if not ask_allow_conflicts(self, opened):
                return
            allow = True
        self.start(self.request(allow))

    def start(self, request: ExportRequest) -> None:
        self.refusal.clear()
        self.export_button.setEnabled(False)

        def done(result: interop_export.ExportResult) -> None:
            self.job = None
            self.export_button.setEnabled(True)
            self.show_result(result)
            self.context.message_posted.emit(tr("Export {n} written.", n=result.record.number))
            self.context.data_changed.emit(AREA)
            self.exported.emit(result)

        def failed(exc: BaseException, details: str) -> None:
            self.job = None
            self.export_button.setEnabled(True)
            report_failure(self, self.refusal)(exc, details)

        self.job = run_export_job(self, request, done, failed)

    def show_result(self, result: interop_export.ExportResult) -> None:
        self.last_result = result
        record = result.record
        files = _file_count(record)
        text = tr("Export {n} ({format}) written: {files} file(s) in {folder}",
                  n=record.number, format=FORMAT_LABELS.get(record.format, record.format),
                  files=files, folder=result.folder)
        set_banner(self.result_banner, text, "warnBanner" if result.conflicts_open
                   else "okBanner")
        self.counts_model.set_rows(sorted(((k, v) for k, v in record.counts.items() if v),
                                          key=lambda kv: (kv[0].startswith("events_"),
                                                          kv[0])))
        lines = []
        if record.first_control_id:
            lines.append(tr("MSH-10 from {first} to {last}", first=record.first_control_id,
                            last=record.last_control_id))
        lines.append(tr("Digest of the records: {digest}", digest=record.digest[:32] + "…"))
        if result.conflicts_open:
            lines.append(tr("{n} conflict(s) were still open: the versions shown were "
                            "exported.", n=result.conflicts_open))
        self.details.setText("\n".join(lines))
        self.details.setToolTip(record.digest)
        self.open_button.setEnabled(True)

    def open_result_folder(self) -> None:
        if self.last_result is not None:
            open_folder(self.last_result.folder)


def _file_count(record: ExportRecord) -> int:
    if len(record.files) == 1 and str(record.files[0].get("name", "")).endswith(" files"):
        try:
            return int(str(record.files[0]["name"]).split()[0])
        except ValueError:
            return 1
    return len(record.files)


def run_export_job(panel: ExportPanel, request: ExportRequest, done: Any, failed: Any) -> Any:
    return run_job(panel.context, lambda session, progress, cancelled: run_export(
        session, request, progress=progress, cancelled=cancelled), done, failed,
        parent=panel, label=tr("Exporting ({format})…",
                               format=FORMAT_LABELS.get(request.fmt, request.fmt)))
