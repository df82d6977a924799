"""Printing from the GUI: prepare, draw the PDF off the UI thread, preview it, print it.

Every "Print" action emits `context.print_requested(PrintRequest)`; `PrintController` (owned by
the main window) runs the job: the data is gathered on the UI thread (it reads the database),
the PDF is drawn in a worker with a progress bar and a Cancel button, the print is audited once
the file is complete, then the preview opens (QtPdf) with Print…, Save as…, Open in the system
viewer. PDFs are kept in a `prints/` folder beside the database, so a failed print or a missing
printer never loses the document.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock, printing
from hospcrisis.errors import HospcrisisError
from hospcrisis.ui import workers
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_error, show_info
from hospcrisis.ui.i18n import tr


def prints_folder(context: AppContext) -> Path:
    """Where PDFs are kept: `prints/` beside the database (a temp folder for in-memory DBs)."""
    if context.db_path is not None:
        folder = Path(context.db_path).expanduser().resolve().parent / "prints"
    else:
        import tempfile

        folder = Path(tempfile.gettempdir()) / "hospcrisis-prints"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def printer_names() -> list[str]:
    """The printers this workstation knows (none on an isolated PC without drivers)."""
    return list(QPrinterInfo.availablePrinterNames())


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Send every page of `document` to `printer` at the printer's resolution; returns pages."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("The printer could not be opened."))
    try:
        pages = document.pageCount()
        for index in range(pages):
            if index:
                printer.newPage()
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            size = document.pagePointSize(index)
            scale = min(target.width() / max(size.width(), 1),
                        target.height() / max(size.height(), 1))
            image = document.render(index, QSize(int(size.width() * scale),
                                                 int(size.height() * scale)))
            painter.drawImage(QPointF(0, 0), image)
    finally:
        painter.end()
    return pages


class PdfPreview(QDialog):
    """A PDF on screen with Print…, Save as…, Open in the system viewer and Close.

    Signals: none; `printed_pages` holds what was sent to a printer.
    """

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.printed_pages = 0
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.print_button = QPushButton(tr("&Print…"))
        self.print_button.setObjectName("primary")
        self.print_button.clicked.connect(self.print_document)
        save = QPushButton(tr("&Save as…"))
        save.clicked.connect(self.save_as)
        viewer = QPushButton(tr("Open in the &viewer"))
        viewer.clicked.connect(self.open_in_viewer)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.print_button, save, viewer):
            bar.addWidget(button)
        bar.addStretch(1)
        self.where = QLabel(tr("Kept in {path}", path=path))
        self.where.setObjectName("hint")
        bar.addWidget(self.where)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout.addWidget(self.view, 1)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        self.resize(900, 1000)

    def print_document(self) -> None:
        if not printer_names():
            show_error(self, HospcrisisError(tr(
                "No printer is installed on this workstation. The PDF is kept in {path}: "
                "save it on a USB key and print it from another computer.", path=self.path)))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.printed_pages = print_pdf(self.document, printer)
        except OSError as exc:
            show_error(self, HospcrisisError(tr(
                "Printing failed ({error}). The PDF is kept in {path}.", error=exc,
                path=self.path)))

    def save_as(self) -> None:
        name, _f = QFileDialog.getSaveFileName(self, tr("Save the PDF"),
                                               str(Path.home() / self.path.name),
                                               tr("PDF (*.pdf)"))
        if not name:
            return
        try:
            shutil.copyfile(self.path, name)
        except OSError as exc:
            show_error(self, HospcrisisError(tr("The PDF could not be saved: {error}",
                                                error=exc.strerror or exc)))

    def open_in_viewer(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            show_info(self, tr("No PDF viewer is set up on this workstation. The file is "
                               "{path}.", path=self.path))


def _render_job(job: printing.PrintJob, path: Path, *, progress: Any,
                cancelled: Any) -> int:
    """Worker: draw the PDF (no database access)."""
    return printing.render(job, path, progress=progress, cancelled=cancelled)


class PatientDocumentsDialog(QDialog):
    """Which paper to print for a patient: one choice, Enter prints."""

    CHOICES = ("wristband", "labels", "admission", "packets", "mar", "lab", "imaging")

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QListWidgetItem

        from hospcrisis.forms.registry import FORMS

        super().__init__(parent)
        self.setWindowTitle(tr("Print for this patient"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Which document?")))
        self.choices = QListWidget()
        self.choices.setObjectName("documentChoices")
        for name in self.CHOICES:
            spec = FORMS[name]
            item = QListWidgetItem(f"{spec.label}  ({spec.code_version})")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.choices.addItem(item)
        self.choices.setCurrentRow(0)
        self.choices.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.choices)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 320)

    def chosen(self) -> str:
        item = self.choices.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else self.CHOICES[0]

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()


class PrintController(QObject):
    """Runs `context.print_requested` jobs for the main window, one at a time."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent
        self.running: workers.Job | None = None
        self.last_path: Path | None = None
        self.preview_enabled = True
        context.print_requested.connect(self.start)
        from hospcrisis.ui.admissions.hooks import print_hub

        hub = print_hub(context)
        hub.board_requested.connect(
            lambda rows: self.start(printing.PrintRequest("board", options={"rows": rows})))
        hub.census_requested.connect(
            lambda unit: self.start(printing.PrintRequest("census", units=(unit,))))
        hub.patient_requested.connect(self.choose_patient_documents)

    def choose_patient_documents(self, patient_id: str, _admission_id: str = "") -> None:
        """Ask which document to print for one patient, then print it."""
        form = PatientDocumentsDialog.ask(self.window)
        if form is not None:
            self.start(printing.PrintRequest(form, ids=(patient_id,)))

    def start(self, request: printing.PrintRequest) -> None:
        if self.running is not None:
            show_info(self.window, tr("A print job is already running; wait for it to end."))
            return
        try:
            job = printing.prepare(self.context.session, request)
        except HospcrisisError as exc:
            show_error(self.window, exc)
            return
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        path = prints_folder(self.context) / f"{request.form}-{stamp}.pdf"
        self.running = workers.with_progress(
            self.window, tr("Preparing “{form}”…", form=job.spec.label),
            workers.Job(_render_job, job, path),
            lambda pages: self._done(job, path, pages), self._failed)

    def _done(self, job: printing.PrintJob, path: Path, pages: int) -> None:
        self.running = None
        try:
            printing.record(self.context.session, job, pages, str(path))
        except HospcrisisError as exc:
            show_error(self.window, exc)
            return
        self.last_path = path
        if job.reserved_block is not None:
            self.context.data_changed.emit("admissions")
        self.context.message_posted.emit(tr("{pages} page(s) ready: {path}", pages=pages,
                                            path=path.name))
        if self.preview_enabled:
            PdfPreview(path, job.spec.label, self.window).exec()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.running = None
        if isinstance(exc, HospcrisisError):
            show_error(self.window, exc)
        else:
            from hospcrisis.ui.dialogs import show_unexpected

            show_unexpected(self.window, exc, tb)


def request(form: str, **kwargs: Any) -> printing.PrintRequest:
    """Shorthand for screens: `context.print_requested.emit(request("board"))`."""
    return printing.PrintRequest(form, **kwargs)


