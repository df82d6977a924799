"""Small pieces every screen uses: a read-only table, its selection, an inline problem label."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from hospcrisis.errors import HospcrisisError, ValidationError


def table(model: Any, *, multi: bool = False, stretch_last: bool = True,
          stretch: int | None = None, row_height: int = 26) -> QTableView:
    """A read-only table of rows: whole rows selected, alternate colours, no row numbers.

    `stretch`: the column that takes the spare width (else the last one, if `stretch_last`).
    """
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(stretch_last)
    return view


def set_widths(view: QTableView, widths: list[int]) -> None:
    """Width of the first columns, in pixels."""
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)


def selected_row(view: QTableView) -> int | None:
    """The first selected row, else the current one, else None."""
    selection = view.selectionModel()
    if selection is None:
        return None
    rows = selection.selectedRows()
    if rows:
        return rows[0].row()
    current = view.currentIndex()
    return current.row() if current.isValid() else None


def selected_rows(view: QTableView) -> list[int]:
    """Every selected row, in order."""
    selection = view.selectionModel()
    return sorted({i.row() for i in selection.selectedRows()}) if selection is not None else []


def select_row(view: QTableView, row: int) -> None:
    """Select `row` and scroll to it (nothing when out of range)."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    view.selectRow(row)
    view.scrollTo(model.index(row, 0))


class ProblemLabel(QLabel):
    """An inline message under a form: every problem of a `ValidationError`, in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, error: HospcrisisError) -> None:
        """One problem: its message; several: the summary, then one bullet each."""
        lines = [error.message]
        if isinstance(error, ValidationError) and error.problems:
            messages = [m for _f, m in error.problems]
            lines = messages if len(messages) == 1 else [error.message,
                                                          *(f"• {m}" for m in messages)]
        self.setText("\n".join(lines))
        self.show()

    def clear_error(self) -> None:
        self.setText("")
        self.hide()
