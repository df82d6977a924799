"""Paper in advance: pre-numbered downtime packets and blank forms.

The crisis cell reserves a block of provisional IDs and prints one packet per ID (admission
sheet, labels, wristbands, MAR, lab and imaging requests, all with that ID and its barcode), so a
patient arriving at 3 a.m. gets everything at once. Blank forms are printed for when even this
workstation fails.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import provisional_ids
from hospcrisis.core.security import Permission
from hospcrisis.errors import HospcrisisError
from hospcrisis.forms.registry import FORMS
from hospcrisis.printing import PrintRequest
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_error, show_info
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, RowsModel


def create(context: AppContext) -> QWidget:
    """Section factory."""
    return PacketsSection(context)


class PacketsSection(QWidget):
    """Reserve and print packets; reprint a block's unused IDs; print blank forms."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        title = QLabel(tr("Downtime packets and blank forms"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(tr("A packet holds, for one reserved provisional ID, the admission "
                          "sheet, a label sheet, wristbands, a paper MAR, a laboratory and an "
                          "imaging request — every page with that ID and its barcode. Print "
                          "them in advance; a reserved ID is used once only."))
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)

        reserve = QGroupBox(tr("Reserve new IDs and print their packets"))
        form = QFormLayout(reserve)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.count = QSpinBox()
        self.count.setObjectName("packetCount")
        self.count.setRange(1, 500)
        self.count.setValue(20)
        self.purpose = QLineEdit()
        self.purpose.setMaxLength(100)
        self.purpose.setMinimumWidth(420)
        self.purpose.setPlaceholderText(tr("e.g. ED night shift, plan blanc"))
        self.reserve_button = QPushButton(tr("Reserve and print"))
        self.reserve_button.setObjectName("primary")
        self.reserve_button.clicked.connect(self.reserve_and_print)
        form.addRow(tr("Number of packets"), self.count)
        form.addRow(tr("Purpose"), self.purpose)
        form.addRow("", self.reserve_button)
        reserve.setEnabled(context.session.can(Permission.IDS_RESERVE))
        layout.addWidget(reserve)

        blocks = QGroupBox(tr("Reserved blocks"))
        blocks_layout = QVBoxLayout(blocks)
        self.model: RowsModel[provisional_ids.ReservedBlock] = RowsModel([
            Column(tr("From"), lambda b: b.codes[0] if b.codes else ""),
            Column(tr("To"), lambda b: b.codes[-1] if b.codes else ""),
            Column(tr("Used"), lambda b: tr("{used} of {count}", used=b.used, count=b.count),
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(tr("Purpose"), lambda b: b.purpose),
            Column(tr("Reserved"), lambda b: f"{clock.local_text(b.created_at)} "
                   f"{b.created_by or ''}".strip()),
            Column(tr("State"), lambda b: tr("cancelled") if b.voided else tr("in use")),
        ], foreground=lambda b: "#9e9e9e" if b.voided else None)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        blocks_layout.addWidget(self.view)
        row = QHBoxLayout()
        reprint = QPushButton(tr("Reprint the unused packets of the block"))
        reprint.clicked.connect(self.reprint_block)
        row.addWidget(reprint)
        row.addStretch(1)
        blocks_layout.addLayout(row)
        layout.addWidget(blocks, 1)

        blank = QGroupBox(tr("Blank forms (to fill by hand if this workstation fails)"))
        blank_row = QHBoxLayout(blank)
        self.blank_form = QComboBox()
        self.blank_form.setObjectName("blankForm")
        for spec in FORMS.values():
            if spec.kind in ("patient", "packet", "board", "census"):
                self.blank_form.addItem(f"{spec.label} ({spec.code_version})", spec.name)
        self.blank_copies = QSpinBox()
        self.blank_copies.setRange(1, 200)
        self.blank_copies.setValue(10)
        self.blank_copies.setSuffix(tr(" copies"))
        print_blank = QPushButton(tr("Print blank"))
        print_blank.clicked.connect(self.print_blank)
        blank_row.addWidget(self.blank_form, 1)
        blank_row.addWidget(self.blank_copies)
        blank_row.addWidget(print_blank)
        layout.addWidget(blank)
        context.data_changed.connect(lambda area: self.refresh() if area == "admissions"
                                     else None)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.model.set_rows(provisional_ids.list_blocks(self.context.session))
        except HospcrisisError as exc:
            show_error(self, exc)

    def reserve_and_print(self) -> None:
        self.context.print_requested.emit(PrintRequest(
            "packets", count=self.count.value(), purpose=self.purpose.text().strip()))

    def reprint_block(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            show_info(self, tr("Select a block in the list first."))
            return
        block = self.model.row(rows[0].row())
        unused = [code for code in block.codes
                  if provisional_ids.is_reserved_unused(self.context.session, code)]
        if not unused:
            show_info(self, tr("Every ID of this block is already used."))
            return
        self.context.print_requested.emit(PrintRequest("packets", ids=tuple(unused)))

    def print_blank(self) -> None:
        self.context.print_requested.emit(PrintRequest(
            self.blank_form.currentData(), blank=self.blank_copies.value()))
