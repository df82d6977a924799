"""Situation reports (*points de situation*): issue one for the crisis meeting, print one again.

Issuing records the report (its number, time, author and whole content: the next report covers
"since this one") and prints it through the app's print framework — or, when that is not
there, writes the PDF to a file chosen in a save dialog and opens it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import sitrep
from hospcrisis.core.security import Permission
from hospcrisis.core.sitrep import SitrepRecord
from hospcrisis.errors import HospcrisisError
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.crisis.common import Printer, selected_row, table
from hospcrisis.ui.dialogs import show_error
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, RowsModel

AREA = "crisis"


class IssueDialog(QMessageBox):
    """Confirm issuing report no. N (it is recorded, and the next starts from it)."""

    @classmethod
    def ask(cls, parent: QWidget | None, number: int, since: str | None) -> bool:
        period = (tr("It covers the period since the previous report ({time}).",
                     time=clock.local_text(since)) if since else
                  tr("It is the first report: it covers the crisis since its beginning."))
        box = cls(QMessageBox.Icon.Question, tr("Issue a situation report"),
                  tr("Issue situation report no. {n}?", n=number),
                  QMessageBox.StandardButton.NoButton, parent)
        box.setInformativeText(period + "\n" + tr("The report is recorded with its content; "
                                                  "the next one will start from now. The PDF "
                                                  "for the meeting is written next."))
        issue = box.addButton(tr("Issue and print"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(issue)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is issue


def issue_report(context: AppContext, parent: QWidget, printer: Printer) -> None:
    """The "Issue a situation report" action: confirm, issue, print."""
    session = context.session
    if not session.can(Permission.CRISIS_LOG_WRITE):
        return
    try:
        draft = sitrep.build_sitrep(session)
    except HospcrisisError as exc:
        show_error(parent, exc)
        return
    if not IssueDialog.ask(parent, draft.number, draft.since):
        return
    from hospcrisis.printing import PrintRequest

    def done(_outcome: Any) -> None:
        context.data_changed.emit(AREA)
        context.message_posted.emit(tr("Situation report no. {n} issued.", n=draft.number))

    printer.print(PrintRequest("sitrep"), tr("situation-report-{n}.pdf", n=draft.number), done)


def preview_html(report: sitrep.Sitrep) -> str:
    """What the next report will hold, section by section (every value escaped)."""
    e = html.escape
    since = (tr("since the previous report ({time})", time=clock.local_text(report.since))
             if report.since else tr("since the beginning of the crisis"))
    parts = [f"<h3 style='color:#1f3a5f'>{e(tr('Next report: no. {n}, {since}', n=report.number, since=since))}</h3>"]  # noqa: E501
    for section in report.sections:
        if not section.available:
            parts.append(f"<p><b>{e(section.title)}</b><br><span style='color:#9e9e9e'>"
                         f"{e(section.note)}</span></p>")
            continue
        lines = "<br>".join(e(line) for line in section.lines)
        extra = tr("{n} line(s) in the table", n=len(section.rows)) if section.rows else ""
        charts = ", ".join(c.title for c in section.charts)
        details = " · ".join(x for x in (extra, charts) if x)
        parts.append(f"<p><b>{e(section.title)}</b><br>{lines}"
                     + (f"<br><span style='color:#616161'>{e(details)}</span>"
                        if details else "") + "</p>")
    return "".join(parts)


class SitrepsPanel(QWidget):
    """Issued reports; issue a new one; print one again; what the next one will hold."""

    def __init__(self, context: AppContext, printer: Printer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.printer = printer
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        self.issue_button = QPushButton(tr("&Issue a situation report…"))
        self.issue_button.setObjectName("primary")
        self.issue_button.setToolTip(tr("Ctrl+Shift+R"))
        self.issue_button.clicked.connect(self.issue)
        self.issue_button.setEnabled(context.session.can(Permission.CRISIS_LOG_WRITE))
        self.reprint_button = QPushButton(tr("&Print again…"))
        self.reprint_button.clicked.connect(self.reprint)
        self.issue_button.hide()  # the section's own button, always visible, does this
        top.addWidget(self.reprint_button)
        hint = QLabel(tr("A report covers what happened since the previous one."))
        hint.setObjectName("hint")
        top.addWidget(hint, 1)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model: RowsModel[SitrepRecord] = RowsModel([
            Column(tr("No."), lambda r: str(r.number), align=Qt.AlignmentFlag.AlignCenter),
            Column(tr("Issued at"), lambda r: clock.local_text(r.issued_at)),
            Column(tr("By"), lambda r: r.issued_by_name),
            Column(tr("Period since"), lambda r: clock.local_text(r.period_start)
                   if r.period_start else tr("beginning")),
        ])
        self.view = table(self.model)
        self.view.doubleClicked.connect(lambda _i: self.reprint())
        splitter.addWidget(self.view)
        self.preview = QTextBrowser()
        splitter.addWidget(self.preview)
        splitter.setSizes([480, 520])
        layout.addWidget(splitter, 1)
        self._stale = True
        context.data_changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, area: str) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        session = self.context.session
        self.model.set_rows(sitrep.list_sitreps(session))
        self.view.resizeColumnsToContents()
        if self.model.rowCount():
            self.view.selectRow(0)
        self.reprint_button.setEnabled(self.model.rowCount() > 0)
        try:
            self.preview.setHtml(preview_html(sitrep.build_sitrep(session)))
        except HospcrisisError as exc:
            self.preview.setPlainText(exc.message)
        self._stale = False

    def issue(self) -> None:
        issue_report(self.context, self, self.printer)

    def reprint(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        record = self.model.row(row)
        from hospcrisis.printing import PrintRequest

        self.printer.print(PrintRequest("sitrep", ids=(str(record.number),)),
                           tr("situation-report-{n}.pdf", n=record.number))
