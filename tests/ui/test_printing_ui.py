"""Printing from the GUI: off the UI thread, audited, previewed, and honest without a printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from hospcrisis.printing import PrintRequest
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui.context import AppContext


def setup_module() -> None:
    QApplication.instance() or QApplication([])
    ui_i18n.install("fr")


def test_packets_section_reserves_prints_and_audits(qtbot, session, tmp_path: Path) -> None:
    from hospcrisis.ui.packets import PacketsSection
    from hospcrisis.ui.printing import PrintController

    window = QWidget()
    qtbot.addWidget(window)
    context = AppContext(session, tmp_path / "station.db")
    controller = PrintController(context, window)
    controller.preview_enabled = False
    section = PacketsSection(context)
    qtbot.addWidget(section)
    section.count.setValue(4)
    section.purpose.setText("Nuit urgences")
    section.reserve_and_print()
    qtbot.waitUntil(lambda: controller.running is None and controller.last_path is not None,
                    timeout=30_000)
    assert controller.last_path is not None and controller.last_path.exists()
    assert controller.last_path.parent == tmp_path / "prints"
    assert section.model.rowCount() == 1
    block = section.model.row(0)
    assert block.count == 4 and block.purpose == "Nuit urgences"
    last = session.store.query_one("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")
    assert last == {"action": "print.packets"}


def test_blank_forms_from_the_gui(qtbot, session, tmp_path: Path) -> None:
    from hospcrisis.ui.packets import PacketsSection
    from hospcrisis.ui.printing import PrintController

    window = QWidget()
    qtbot.addWidget(window)
    context = AppContext(session, tmp_path / "station.db")
    controller = PrintController(context, window)
    controller.preview_enabled = False
    section = PacketsSection(context)
    qtbot.addWidget(section)
    section.blank_form.setCurrentIndex(section.blank_form.findData("mar"))
    section.blank_copies.setValue(3)
    section.print_blank()
    qtbot.waitUntil(lambda: controller.last_path is not None, timeout=30_000)
    assert controller.last_path is not None
    assert controller.last_path.name.startswith("mar-")


def test_preview_without_a_printer_keeps_the_pdf_and_says_so(qtbot, session, tmp_path: Path,
                                                             monkeypatch) -> None:
    from hospcrisis import printing
    from hospcrisis.ui import printing as ui_printing

    pdf = tmp_path / "board.pdf"
    printing.run(session, PrintRequest("board", blank=1), pdf)
    preview = ui_printing.PdfPreview(pdf, "Liste")
    qtbot.addWidget(preview)
    assert preview.document.pageCount() == 1
    shown: list[str] = []
    monkeypatch.setattr(ui_printing, "printer_names", list)
    monkeypatch.setattr(ui_printing, "show_error", lambda _p, exc, *a: shown.append(exc.message))
    preview.print_document()
    assert shown and "Aucune imprimante" in shown[0]
    assert str(pdf) in shown[0]
    assert pdf.exists()


def test_print_to_a_pdf_printer(qtbot, session, tmp_path: Path) -> None:
    """The page rendering used for real printers, sent to Qt's PDF printer."""
    from PySide6.QtPrintSupport import QPrinter

    from hospcrisis import printing
    from hospcrisis.ui import printing as ui_printing

    pdf = tmp_path / "admission.pdf"
    printing.run(session, PrintRequest("admission", blank=1), pdf)
    preview = ui_printing.PdfPreview(pdf, "Admission")
    qtbot.addWidget(preview)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = ui_printing.print_pdf(preview.document, printer)
    assert pages == preview.document.pageCount() >= 1
    assert (tmp_path / "printed.pdf").stat().st_size > 1000


def test_an_error_in_the_request_is_shown_not_raised(qtbot, session, tmp_path: Path,
                                                    monkeypatch) -> None:
    from hospcrisis.ui import printing as ui_printing

    window = QWidget()
    qtbot.addWidget(window)
    context = AppContext(session, tmp_path / "station.db")
    controller = ui_printing.PrintController(context, window)
    shown: list[str] = []
    monkeypatch.setattr(ui_printing, "show_error", lambda _p, exc, *a: shown.append(exc.message))
    context.print_requested.emit(PrintRequest("wristband", ids=("TEST-000001-Z",)))
    assert shown == ["Rien n’a été imprimé : certains identifiants sont faux."]
    assert controller.running is None


def test_admissions_screens_print_through_the_controller(qtbot, session, tmp_path: Path,
                                                          monkeypatch) -> None:
    """The board prints what it shows; a patient's record offers a choice of documents."""
    from hospcrisis.core import admissions
    from hospcrisis.core.identity import IdentityInput
    from hospcrisis.ui import printing as ui_printing
    from hospcrisis.ui.admissions.hooks import print_hub

    patient = admissions.register_arrival(
        session, IdentityInput(birth_name="Martin", first_forename="Léa", sex="F",
                               birth_date="02/02/1990"), admissions.ArrivalInput()).patient
    window = QWidget()
    qtbot.addWidget(window)
    context = AppContext(session, tmp_path / "station.db")
    controller = ui_printing.PrintController(context, window)
    controller.preview_enabled = False
    monkeypatch.setattr(ui_printing.PatientDocumentsDialog, "ask",
                        classmethod(lambda cls, parent: "wristband"))
    print_hub(context).patient_requested.emit(patient.id, "")
    qtbot.waitUntil(lambda: controller.last_path is not None, timeout=30_000)
    assert controller.last_path is not None and controller.last_path.name.startswith("wristband")
    controller.last_path = None
    rows = list(admissions.load_board(session).rows)
    print_hub(context).board_requested.emit(rows)
    qtbot.waitUntil(lambda: controller.last_path is not None, timeout=30_000)
    assert controller.last_path is not None and controller.last_path.name.startswith("board")
