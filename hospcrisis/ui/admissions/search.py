"""Find a patient by name, forename, provisional ID, IPP or SINUS number, from anywhere.

Typing searches as you type (accents, case, apostrophes and hyphens ignored, top 50); Enter or a
double-click opens the record (`context.patient_requested`). The search itself is not audited;
opening the record is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hospcrisis.core import admissions
from hospcrisis.errors import HospcrisisError
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, RowsModel


class PatientSearchDialog(QDialog):
    """A search box over the station's patients; Enter opens the selected one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("patientSearch")
        self.setWindowTitle(tr("Find a patient"))
        layout = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setObjectName("searchText")
        self.query.setPlaceholderText(tr("Name, forename, provisional ID, IPP or SINUS number"))
        self.query.setClearButtonEnabled(True)
        self.query.setMaxLength(100)
        layout.addWidget(self.query)
        self.message = QLabel("")
        self.message.setObjectName("hint")
        layout.addWidget(self.message)
        self.model: RowsModel[admissions.SearchHit] = RowsModel([
            Column(tr("ID"), lambda h: h.patient.identifier),
            Column(tr("Name"), lambda h: h.patient.display_name),
            Column(tr("Born"), lambda h: h.patient.birth_date_text),
            Column(tr("Sex"), lambda h: h.patient.sex_label),
            Column(tr("Status"), lambda h: h.status_label),
            Column(tr("Unit / bed"), lambda h: " ".join(
                v for v in (h.unit_code or "", h.bed or "") if v)),
        ], foreground=lambda h: "#9e9e9e" if h.patient.merged_into else None)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.view, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._debounce.start())
        self.query.returnPressed.connect(self._enter)
        self.resize(820, 480)

    def search(self) -> None:
        self._debounce.stop()
        try:
            hits = admissions.search(self.context.session, self.query.text())
        except HospcrisisError as exc:
            self.model.set_rows([])
            self.message.setText(exc.message)
            return
        self.model.set_rows(hits)
        typed = self.query.text().strip()
        self.message.setText("" if not typed else tr("{n} patient(s) found.", n=len(hits))
                             if hits else tr("No patient found."))
        if hits:
            self.view.selectRow(0)

    def _enter(self) -> None:
        if self._debounce.isActive():
            self.search()
        self.open_selected()

    def open_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        hit = self.model.row(rows[0].row())
        self.accept()
        self.context.patient_requested.emit(hit.patient.id)

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None) -> None:
        dialog = cls(context, parent)
        dialog.query.setFocus(Qt.FocusReason.OtherFocusReason)
        dialog.exec()
