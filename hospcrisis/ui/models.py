"""Table models that only hold the rows handed to them (STYLE.md, after Vorta).

Rows are formatted once in `set_rows()` (so `data()` is a list lookup, cheap enough for smooth
scrolling over 100,000 rows). Sorting and filtering of big lists happen in Python or SQL before
the rows are handed over — never through `QSortFilterProxyModel`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: a translated header and how to show a row in it."""

    header: str
    text: Callable[[T], str]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[T], str] | None = None


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table of `rows`, shown through `columns`; optional row colours."""

    def __init__(self, columns: Sequence[Column[T]], *,
                 background: Callable[[T], str | None] | None = None,
                 foreground: Callable[[T], str | None] | None = None,
                 bold: Callable[[T], bool] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._background = background
        self._foreground = foreground
        self._bold = bold
        self._rows: list[T] = []
        self._cells: list[list[str]] = []
        self._bg: list[QBrush | None] = []
        self._fg: list[QBrush | None] = []
        self._bold_rows: list[bool] = []
        self._bold_font = QFont()
        self._bold_font.setBold(True)

    # -- filling -------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[T]) -> None:
        """Replace every row (formatted once, here)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [[c.text(r) for c in self._columns] for r in self._rows]
        brushes: dict[str, QBrush] = {}

        def brush(color: str | None) -> QBrush | None:
            if not color:
                return None
            if color not in brushes:
                brushes[color] = QBrush(QColor(color))
            return brushes[color]

        self._bg = [brush(self._background(r)) for r in self._rows] if self._background else []
        self._fg = [brush(self._foreground(r)) for r in self._rows] if self._foreground else []
        self._bold_rows = [self._bold(r) for r in self._rows] if self._bold else []
        self.endResetModel()

    def row(self, index: int) -> T:
        return self._rows[index]

    @property
    def rows(self) -> list[T]:
        return self._rows

    # -- Qt interface --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[r][c]
        if role == Qt.ItemDataRole.BackgroundRole and self._bg:
            return self._bg[r]
        if role == Qt.ItemDataRole.ForegroundRole and self._fg:
            return self._fg[r]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._columns[c].align)
        if role == Qt.ItemDataRole.FontRole and self._bold_rows and self._bold_rows[r]:
            return self._bold_font
        if role == Qt.ItemDataRole.ToolTipRole and self._columns[c].tooltip:
            tip = self._columns[c].tooltip
            return tip(self._rows[r]) if tip else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None
