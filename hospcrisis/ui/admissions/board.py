"""The ED board: who is in the emergency department, waiting how long against their triage
target — live, filtered and sorted in Python, shown through one table model.

The board is loaded once a minute (`admissions.load_board`) and every filter or sort change
is `BoardSnapshot.view(...)` handed to the model with a reset (no QSortFilterProxyModel: with
100,000 rows it would call `data()` millions of times). The model keeps the rows as given and
formats a row the first time it is painted, once per load, so a reset costs nothing and
scrolling stays smooth whatever the number of rows.

Overdue rows stand out without relying on colour alone: a ⚠ marker and the overrun in the
waiting cell, bold text, and a red tint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import admissions, triage
from hospcrisis.core.admissions import BoardRow, BoardSnapshot
from hospcrisis.core.security import Permission
from hospcrisis.errors import HospcrisisError
from hospcrisis.ui import style
from hospcrisis.ui.admissions.common import (
    STYLE,
    CodeCombo,
    duration_text,
    make_table,
    text_colour_on,
    time_text,
)
from hospcrisis.ui.admissions.hooks import print_hub
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_error
from hospcrisis.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
REFRESH_MS = 60_000
NEAR_TARGET = 0.75  # orange from three quarters of the target delay
OVERDUE_MARK = "⚠"

# START colours of the mass-casualty categories.
_MCI_COLOURS = {"red": "#c62828", "yellow": "#f9a825", "green": "#2e7d32",
                "black": "#212121"}

_WAITING = frozenset({"arrived", "triaged"})
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)

# row kinds, for colours
_NORMAL, _NEAR, _OVERDUE = 0, 1, 2


class BoardModel(QAbstractTableModel):
    """The board rows, as handed over (already filtered and sorted).

    Each row is formatted the first time a view asks for it and kept until the next load
    (`set_rows(..., fresh=True)`), so `data()` is a list lookup and a reset costs nothing.
    """

    COLUMNS = ("triage", "mci", "waiting", "target", "name", "age", "id", "complaint",
               "area", "status", "arrival")
    # column → sort order of BoardSnapshot.view (None: not sortable)
    SORT_KEYS: ClassVar[dict[str, str | None]] = {
        "triage": "triage", "mci": None, "waiting": "waiting", "target": "overdue",
        "name": "name", "age": None, "id": "id", "complaint": None, "area": "area",
        "status": "status", "arrival": "arrival"}

    def __init__(self, *, mass_casualty: bool = False, show_arrival: bool = False,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[BoardRow] = ()
        self._cache: dict[str, tuple[list[str], int, str]] = {}
        self._today = ""
        self.columns: list[str] = []
        self._headers: list[str] = []
        self._layout = (mass_casualty, show_arrival)
        self._right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._center = int(Qt.AlignmentFlag.AlignCenter)
        self._set_columns(mass_casualty, show_arrival)
        roles = Qt.ItemDataRole
        self._handlers: dict[int, Callable[[int, int], Any]] = {
            int(roles.BackgroundRole): self._background,
            int(roles.ForegroundRole): self._foreground,
            int(roles.FontRole): self._font,
            int(roles.TextAlignmentRole): self._alignment,
            int(roles.ToolTipRole): self._tooltip,
            int(roles.AccessibleTextRole): self._accessible,
        }
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_bg = QBrush(QColor(style.RED_BG))
        self._overdue_fg = QBrush(QColor(style.RED))
        self._near_bg = QBrush(QColor(style.ORANGE_BG))
        self._near_fg = QBrush(QColor("#b45309"))
        self._grey_fg = QBrush(QColor(style.GREY))
        self._level_bg: dict[tuple[str | None, str | None], tuple[QBrush, QBrush]] = {}
        for scale in triage.TRIAGE_SCALES.values():
            for level in scale.levels:
                self._level_bg[(scale.code, level.code)] = (
                    QBrush(QColor(level.colour)), QBrush(QColor(text_colour_on(level.colour))))
        self._mci_bg: dict[str, tuple[QBrush, QBrush]] = {}
        for code, category in triage.MCI_CATEGORIES.items():
            colour = _MCI_COLOURS.get(category.start_colour, "#616161")
            self._mci_bg[code] = (QBrush(QColor(colour)), QBrush(QColor(text_colour_on(colour))))

    def _set_columns(self, mass_casualty: bool, show_arrival: bool) -> None:
        self.columns = [c for c in self.COLUMNS if (c != "mci" or mass_casualty)
                        and (c != "arrival" or show_arrival)]
        labels = {"triage": tr("Triage"), "mci": tr("Category"), "waiting": tr("Waiting"),
                  "target": tr("Target"), "name": tr("Patient"),
                  "age": tr("Age · sex"),
                  "id": tr("ID"), "complaint": tr("Complaint"), "area": tr("Area"),
                  "status": tr("Status"), "arrival": tr("Arrival")}
        self._headers = [labels[c] for c in self.columns]
        self._col_triage = self.columns.index("triage")
        self._col_waiting = self.columns.index("waiting")
        self._col_target = self.columns.index("target")
        self._col_mci = self.columns.index("mci") if mass_casualty else -1
        self._numeric = {self.columns.index(c) for c in ("waiting", "target")}
        self._texts = {self.columns.index(c) for c in ("name", "complaint")}
        self._clock_columns = (self._col_waiting, self._col_target)
        self._aligns = [self._right if c in self._numeric else
                        self._center if c in (self._col_triage, self._col_mci) else self._left
                        for c in range(len(self.columns))]

    # -- filling -------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[BoardRow], *, fresh: bool = False,
                 layout: tuple[bool, bool] | None = None) -> None:
        """Show `rows` in this order. `fresh`: a new load (waiting times changed), so rows are
        formatted again; `layout` = (mass-casualty category column, arrival column)."""
        self.beginResetModel()
        if layout is not None and layout != self._layout:
            self._layout = layout
            self._set_columns(*layout)
            fresh = True
        if fresh:
            self._cache = {}
            self._today = clock.local(clock.now()).strftime("%Y-%m-%d")
        self._rows = rows
        self.endResetModel()

    @property
    def rows(self) -> Sequence[BoardRow]:
        return self._rows

    def row(self, index: int) -> BoardRow:
        return self._rows[index]

    def index_of(self, admission_id: str) -> int | None:
        for i, row in enumerate(self._rows):
            if row.admission_id == admission_id:
                return i
        return None

    def column_of(self, key: str) -> int:
        return self.columns.index(key) if key in self.columns else -1

    def sort_key(self, column: int) -> str | None:
        return self.SORT_KEYS.get(self.columns[column]) if 0 <= column < len(self.columns) \
            else None

    # -- formatting, once per row and load ------------------------------------------------------

    def _format(self, row: BoardRow) -> tuple[list[str], int, str]:
        waiting_status = row.status in ("arrived", "triaged")
        target = row.target_minutes
        kind = _NORMAL
        waited = duration_text(row.waiting_minutes)
        target_text = ""
        if row.overdue:
            kind = _OVERDUE
            target_text = tr("{mark} +{over}", mark=OVERDUE_MARK,
                             over=duration_text(row.overdue_minutes))
        elif waiting_status and target is not None:
            target_text = tr("in {time}", time=duration_text(target - row.waiting_minutes))
            if row.waiting_minutes >= target * NEAR_TARGET:
                kind = _NEAR
        age = row.age_text
        sex = row.sex if row.sex != "U" else ""
        cells = {
            "triage": row.triage_label or tr("To triage"),
            "mci": row.mci_category or "",
            "waiting": waited,
            "target": target_text,
            "name": row.name,
            "age": " · ".join(p for p in (age, sex) if p),
            "id": row.identifier,
            "complaint": row.complaint,
            "area": admissions.area_label(row.area) if row.area else "",
            "status": admissions.STATUSES.get(row.status, row.status),
            "arrival": time_text(row.arrival_at, self._today),
        }
        cells["status"] = tr(cells["status"])
        tip = tr("Arrived {arrival}, waiting {waited}.", arrival=clock.local_text(
            row.arrival_at), waited=duration_text(row.waiting_minutes))
        if target is not None:
            tip += " " + tr("Target: {target} ({level}).", level=row.triage_label,
                            target=duration_text(target) if target else tr("immediate"))
        if row.overdue:
            tip += " " + tr("Overdue by {over}.", over=duration_text(row.overdue_minutes))
        entry = ([cells[c] for c in self.columns], kind, tip)
        self._cache[row.admission_id] = entry
        return entry

    def _entry(self, r: int) -> tuple[list[str], int, str]:
        row = self._rows[r]
        entry = self._cache.get(row.admission_id)
        return entry if entry is not None else self._format(row)

    # -- Qt interface --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called for every cell and role at each paint: plain ints, one dict lookup.
        if not index.isValid():
            return None
        if role == _DISPLAY:
            return self._entry(index.row())[0][index.column()]
        handler = self._handlers.get(role)
        return handler(index.row(), index.column()) if handler is not None else None

    def _background(self, r: int, c: int) -> QBrush | None:
        if c == self._col_triage:
            row = self._rows[r]
            pair = self._level_bg.get((row.triage_scale, row.triage_level))
            return pair[0] if pair else None
        if c == self._col_mci:
            pair = self._mci_bg.get(self._rows[r].mci_category or "")
            return pair[0] if pair else None
        kind = self._entry(r)[1]
        if kind == _OVERDUE:
            return self._overdue_bg
        if kind == _NEAR and c in self._clock_columns:
            return self._near_bg
        return None

    def _foreground(self, r: int, c: int) -> QBrush | None:
        if c == self._col_triage:
            row = self._rows[r]
            pair = self._level_bg.get((row.triage_scale, row.triage_level))
            return pair[1] if pair else self._overdue_fg
        if c == self._col_mci:
            pair = self._mci_bg.get(self._rows[r].mci_category or "")
            return pair[1] if pair else None
        if c not in self._clock_columns:
            return None
        kind = self._entry(r)[1]
        if kind == _OVERDUE:
            return self._overdue_fg
        if kind == _NEAR:
            return self._near_fg
        if c == self._col_target or self._rows[r].status not in _WAITING:
            return self._grey_fg  # the triage clock stopped: seen, admitted, gone
        return None

    def _font(self, r: int, c: int) -> QFont | None:
        if c == self._col_triage or self._entry(r)[1] == _OVERDUE:
            return self._bold
        return None

    def _alignment(self, r: int, c: int) -> int:
        return self._aligns[c]

    def _tooltip(self, r: int, c: int) -> str | None:
        if c in (self._col_waiting, self._col_target, self._col_triage):
            return self._entry(r)[2]
        if c in self._texts:
            return self._entry(r)[0][c] or None  # long names and complaints
        return None

    def _accessible(self, r: int, c: int) -> str:
        return self._entry(r)[0][c]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and self.sort_key(section) is not None:
            return tr("Click to sort by this column")
        return None


# --- filters --------------------------------------------------------------------------------

SCOPE_ED = "ed"
SCOPE_ALL = "all"


def status_filter_items() -> list[tuple[str, str]]:
    """(code, label) of the status filter; `ed` = everyone still in the ED."""
    items = [(SCOPE_ED, tr("In the ED"))]
    items += [(code, tr(label)) for code, label in admissions.STATUSES.items()]
    items.append((SCOPE_ALL, tr("Every visit, closed ones too")))
    return items


def sort_items() -> list[tuple[str, str]]:
    return [("overdue", tr("Overdue first")), ("triage", tr("Triage level")),
            ("waiting", tr("Longest wait")), ("arrival-desc", tr("Latest arrivals")),
            ("name", tr("Name")), ("area", tr("Area")), ("status", tr("Status"))]


def compact(combo: QComboBox, chars: int) -> None:
    """A combo `chars` characters wide whose list still shows the whole labels."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)


class BoardSection(QWidget):
    """The "Urgences" section.

    Signals:
        print_requested(list): print the board as shown (list of `admissions.BoardRow`).
    """

    print_requested = Signal(list)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 scope: str = SCOPE_ED) -> None:
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.snapshot: BoardSnapshot | None = None
        self._scope = scope
        self._sort = "overdue"
        self._descending = False
        self._overdue_count = 0
        self.setObjectName("edBoard")
        self.setStyleSheet(STYLE)
        self.print_requested.connect(print_hub(context).board_requested)
        mass_casualty = triage.mass_casualty_active(self.session)

        layout = QVBoxLayout(self)
        if mass_casualty:
            plan = QLabel(tr("MASS-CASUALTY PLAN (PLAN BLANC) ACTIVE — record each victim's "
                             "category (UA, UR, involved, deceased) and SINUS number"))
            plan.setObjectName("planBlancBanner")
            plan.setWordWrap(True)
            plan.setStyleSheet("background: #b71c1c; color: white; font-weight: bold; "
                               "padding: 4px 8px;")
            layout.addWidget(plan)
        top = QHBoxLayout()
        title = QLabel(tr("Emergency department"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addSpacing(16)
        self.refreshed = QLabel()
        self.refreshed.setObjectName("refreshedAt")
        top.addWidget(self.refreshed)
        top.addStretch(1)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setToolTip(tr("Refresh now (F5); the board also refreshes every "
                                          "minute"))
        self.print_button = QPushButton(tr("&Print"))
        self.print_button.setToolTip(tr("Print the board as shown (Ctrl+P)"))
        self.find_button = QPushButton(tr("&Find…"))
        self.find_button.setToolTip(tr("Find a patient by name or ID (Ctrl+Shift+F)"))
        self.new_button = QPushButton(tr("&New arrival (Ctrl+N)"))
        self.new_button.setObjectName("primary")
        self.plan_button = QPushButton(tr("End the plan blanc…") if mass_casualty
                                       else tr("Plan blanc…"))
        self.plan_button.setObjectName("planBlancButton")
        self.plan_button.setToolTip(tr("Start or end a mass-casualty plan on this station"))
        self.plan_button.setVisible(self.session.can(Permission.MASS_CASUALTY))
        self.plan_button.clicked.connect(self.toggle_plan)
        for button in (self.refresh_button, self.print_button, self.find_button,
                       self.plan_button, self.new_button):
            top.addWidget(button)
        layout.addLayout(top)

        # counts per triage level: chips that filter on click
        self.strip = QHBoxLayout()
        self.strip.setSpacing(6)
        self.total_label = QLabel()
        self.total_label.setObjectName("countsTotal")
        self.strip.addWidget(self.total_label)
        self.level_chips: dict[str, QPushButton] = {}
        scale = triage.station_scale(self.session)
        for level in scale.levels:
            self.level_chips[level.code] = self._chip(level.label, level.colour)
        self.level_chips["untriaged"] = self._chip(tr("To triage"), "#eceff1")
        self.mci_chips: dict[str, QPushButton] = {}
        if mass_casualty:
            self.strip.addSpacing(12)
            for code, category in triage.MCI_CATEGORIES.items():
                chip = self._chip(code, _MCI_COLOURS.get(category.start_colour, "#616161"))
                chip.setCheckable(False)
                chip.setToolTip(category.label)
                self.mci_chips[code] = chip
        self.strip.addSpacing(12)
        self.overdue_chip = QPushButton()
        self.overdue_chip.setObjectName("overdueChip")
        self.overdue_chip.setCheckable(True)
        self.overdue_chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.strip.addWidget(self.overdue_chip)
        self.strip.addStretch(1)
        layout.addLayout(self.strip)

        filters = QHBoxLayout()
        self.status_filter = CodeCombo()
        self.status_filter.setObjectName("statusFilter")
        for code, label in status_filter_items():
            self.status_filter.add(label, code)
        self.status_filter.set_code(scope if scope == SCOPE_ALL else SCOPE_ED)
        self.level_filter = CodeCombo()
        self.level_filter.setObjectName("levelFilter")
        self.level_filter.add(tr("All levels"), "")
        for level in scale.levels:
            self.level_filter.add(level.label, level.code)
        self.level_filter.add(tr("To triage"), "untriaged")
        self.area_filter = CodeCombo()
        self.area_filter.setObjectName("areaFilter")
        self.area_filter.add(tr("All areas"), "")
        for code in admissions.ed_areas(self.session):
            self.area_filter.add(admissions.area_label(code), code)
        self.area_filter.add(tr("Area not specified"), "-")
        self.overdue_only = QCheckBox(tr("&Overdue only"))
        self.overdue_only.setToolTip(tr("Show only the patients waiting longer than their "
                                        "triage target"))
        self.status_filter.setToolTip(tr("“In the ED”: arrived, triaged or seen, not yet "
                                         "gone. Choose a status to see only it."))

        self.sort_combo = CodeCombo()
        self.sort_combo.setObjectName("sortCombo")
        for code, label in sort_items():
            self.sort_combo.add(label, code)
        for combo, chars in ((self.status_filter, 12), (self.level_filter, 10),
                             (self.area_filter, 11), (self.sort_combo, 15)):
            compact(combo, chars)
        for label_text, widget in ((tr("&Status"), self.status_filter),
                                   (tr("&Triage"), self.level_filter),
                                   (tr("&Area"), self.area_filter)):
            buddy = QLabel(label_text)
            buddy.setBuddy(widget)
            filters.addWidget(buddy)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addWidget(self.overdue_only)
        filters.addStretch(1)
        sort_label = QLabel(tr("Sort b&y"))
        sort_label.setBuddy(self.sort_combo)
        filters.addWidget(sort_label)
        filters.addWidget(self.sort_combo)
        layout.addLayout(filters)

        self.model = BoardModel(mass_casualty=mass_casualty,
                                show_arrival=self._scope == SCOPE_ALL, parent=self)
        self.view: QTableView = make_table(self.model)
        self.view.setObjectName("boardTable")
        self.view.setAlternatingRowColors(False)
        self.view.setShowGrid(False)
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(max(self.fontMetrics().height() + 12, 26))
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(False)
        self._size_columns()
        layout.addWidget(self.view, 1)
        self.empty_label = QLabel(tr("Nobody matches these filters."))
        self.empty_label.setObjectName("centeredHint")
        self.empty_label.hide()
        layout.addWidget(self.empty_label)

        # wiring
        self.refresh_button.clicked.connect(self.reload)
        self.print_button.clicked.connect(self.request_print)
        self.new_button.clicked.connect(self.new_arrival)
        self.find_button.clicked.connect(self.find_patient)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.level_filter.currentIndexChanged.connect(self._filters_changed)
        self.area_filter.currentIndexChanged.connect(self._filters_changed)
        self.overdue_only.toggled.connect(self._overdue_toggled)
        self.overdue_chip.toggled.connect(self.overdue_only.setChecked)
        self.sort_combo.currentIndexChanged.connect(self._sort_chosen)
        header.sortIndicatorChanged.connect(self._header_sorted)
        self.view.activated.connect(self._open_index)
        context.data_changed.connect(self._data_changed)
        for keys, slot in (("Ctrl+N", self.new_arrival), ("F5", self.reload),
                           ("Ctrl+P", self.request_print)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # only while shown
            shortcut.activated.connect(slot)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.reload)
        self.timer.start()
        self._show_sort_indicator()
        self.reload()
        self.view.setFocus()

    def _chip(self, text: str, colour: str) -> QPushButton:
        chip = QPushButton(text)
        chip.setObjectName("chip")
        chip.setCheckable(True)
        chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chip.setStyleSheet(f"QPushButton#chip {{ background: {colour}; "
                           f"color: {text_colour_on(colour)}; }}")
        chip.setProperty("label", text)
        chip.clicked.connect(lambda _c=False, b=chip: self._chip_clicked(b))
        self.strip.addWidget(chip)
        return chip

    def _size_columns(self) -> None:
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        wide = QFontMetrics(bold)
        widths = {"triage": wide.horizontalAdvance("Tri 3A") + 22,
                  "mci": wide.horizontalAdvance("IMP") + 22,
                  "waiting": wide.horizontalAdvance("12 h 59") + 20,
                  "target": wide.horizontalAdvance("⚠ +12 h 59") + 20,
                  "name": metrics.horizontalAdvance("M" * 18),
                  "age": metrics.horizontalAdvance("≈ 30–40 ans · F"),
                  "id": wide.horizontalAdvance("URG1-000000-X") + 14,
                  "complaint": metrics.horizontalAdvance("M" * 8),
                  "area": metrics.horizontalAdvance("Salle d’attente") + 20,
                  "status": metrics.horizontalAdvance("Vu par un médecin") + 10,
                  "arrival": metrics.horizontalAdvance("28/11 14:05") + 16}
        header = self.view.horizontalHeader()
        self._column_keys = list(self.model.columns)
        for column, key in enumerate(self.model.columns):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            # room for the header in either language, and its sort arrow
            header.resizeSection(column, max(widths[key],
                                             wide.horizontalAdvance(title) + 26))
        complaint = self.model.column_of("complaint")
        if complaint >= 0:
            header.setSectionResizeMode(complaint, QHeaderView.ResizeMode.Stretch)

    # -- loading -------------------------------------------------------------------------------

    def _load_statuses(self) -> tuple[str, ...] | None:
        return admissions.ED_STATUSES if self._scope == SCOPE_ED else None

    def reload(self) -> None:
        """Load the board again (every minute, after a save, on F5)."""
        try:
            self.snapshot = admissions.load_board(self.session, statuses=self._load_statuses())
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self._overdue_count = sum(1 for r in self.snapshot.rows if r.overdue)
        self._update_counts()
        self.refreshed.setText(tr("Updated at {time} — every minute",
                                  time=clock.local_text(self.snapshot.loaded_at, "%H:%M")))
        self.apply(fresh=True)

    def _data_changed(self, area: str) -> None:
        if area == "admissions":
            self.reload()

    def current_filters(self) -> dict[str, Any]:
        """The arguments of `BoardSnapshot.view` for the filters and sort on screen."""
        status = self.status_filter.code() or SCOPE_ED
        level = self.level_filter.code()
        area = self.area_filter.code()
        sort, descending = self._sort, self._descending
        return {
            "statuses": None if status in (SCOPE_ED, SCOPE_ALL) else {status},
            "levels": {level} if level else None,
            "areas": ({""} if area == "-" else {area}) if area else None,
            "overdue_only": self.overdue_only.isChecked(),
            "sort": sort, "descending": descending,
        }

    def apply(self, *, fresh: bool = False) -> None:
        """Filter and sort the loaded board in Python and hand the rows over (one reset)."""
        if self.snapshot is None:
            return
        try:
            rows = self.snapshot.view(**self.current_filters())
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        current = self.view.currentIndex()
        keep = self.model.row(current.row()).admission_id if current.isValid() else None
        scroll = self.view.verticalScrollBar().value()
        self.model.set_rows(rows, fresh=fresh,
                            layout=(triage.mass_casualty_active(self.session),
                                    self._scope == SCOPE_ALL))
        if self.model.columns != self._column_keys:
            self._size_columns()
            self._show_sort_indicator()
        self.empty_label.setVisible(not rows)
        if keep is not None:
            found = self.model.index_of(keep)
            if found is not None:
                self.view.setCurrentIndex(self.model.index(found, 0))
        self.view.verticalScrollBar().setValue(scroll)

    def _update_counts(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        counts = snapshot.counts
        total = len(snapshot.rows)
        self.total_label.setText(tr("In the ED: {n}", n=total) if self._scope == SCOPE_ED
                                 else tr("Visits: {n}", n=total))
        for code, chip in self.level_chips.items():
            n = counts.get(code, 0)
            chip.setText(f"{chip.property('label')} : {n}")
            chip.setToolTip(tr("Show only this level (click again for all)"))
        for code, chip in self.mci_chips.items():
            chip.setText(f"{code} : {snapshot.mci_counts.get(code, 0)}")
        self.overdue_chip.setText(tr("{mark} Overdue: {n}", mark=OVERDUE_MARK,
                                     n=self._overdue_count))
        self.overdue_chip.setToolTip(tr("Not yet seen by a doctor and waiting longer than "
                                        "their triage target. Click to show only them."))

    # -- filters and sorting -------------------------------------------------------------------

    def _status_changed(self) -> None:
        code = self.status_filter.code() or SCOPE_ED
        scope = SCOPE_ED if code == SCOPE_ED or code in admissions.ED_STATUSES else SCOPE_ALL
        if scope != self._scope:
            self._scope = scope
            self.reload()
        else:
            self.apply()

    def _filters_changed(self) -> None:
        level = self.level_filter.code() or ""
        for code, chip in self.level_chips.items():
            chip.setChecked(code == level)
        self.apply()

    def _overdue_toggled(self, on: bool) -> None:
        if self.overdue_chip.isChecked() != on:
            self.overdue_chip.setChecked(on)
        self.apply()

    def _chip_clicked(self, chip: QPushButton) -> None:
        for code, other in self.level_chips.items():
            if other is chip:
                self.level_filter.set_code(code if self.level_filter.code() != code else "")
                return

    def _sort_chosen(self) -> None:
        code = self.sort_combo.code()
        if not code:
            return
        if code == "arrival-desc":
            self.sort_by("arrival", descending=True)
        else:
            self.sort_by(code, descending=False)

    def sort_by(self, key: str, *, descending: bool = False) -> None:
        """Sort the board (`BoardSnapshot.view` orders) and show it on the header."""
        self._sort, self._descending = key, descending
        self._show_sort_indicator()
        wanted = "arrival-desc" if (key, descending) == ("arrival", True) else \
            (key if not descending else None)
        self.sort_combo.blockSignals(True)
        self.sort_combo.setCurrentIndex(self.sort_combo.findData(wanted) if wanted else -1)
        self.sort_combo.blockSignals(False)
        self.apply()

    def _show_sort_indicator(self) -> None:
        header = self.view.horizontalHeader()
        column = next((c for c in range(len(self.model.columns))
                       if self.model.sort_key(c) == self._sort), -1)
        header.blockSignals(True)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if self._descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def _header_sorted(self, column: int, order: Qt.SortOrder) -> None:
        key = self.model.sort_key(column)
        if key is None:
            self._show_sort_indicator()  # not sortable: keep the current order
            return
        self.sort_by(key, descending=order == Qt.SortOrder.DescendingOrder)

    # -- actions -------------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.context.patient_requested.emit(self.model.row(index.row()).patient_id)

    def open_current(self) -> None:
        self._open_index(self.view.currentIndex())

    def new_arrival(self) -> None:
        from hospcrisis.ui.admissions.registration import RegistrationDialog

        registration = RegistrationDialog.ask(self, self.context)
        if registration is not None:
            self.reload()
            found = self.model.index_of(registration.admission.id)
            if found is not None:
                self.view.setCurrentIndex(self.model.index(found, 0))
                self.view.scrollTo(self.model.index(found, 0))
            self.view.setFocus()

    def toggle_plan(self) -> None:
        """Start or end the mass-casualty plan (with a reason), then rebuild the board."""
        from PySide6.QtWidgets import QInputDialog

        active = triage.mass_casualty_active(self.session)
        title = tr("End the plan blanc") if active else tr("Start the plan blanc")
        reason, ok = QInputDialog.getText(self, title, tr("Reason (kept in the audit trail):"))
        if not ok:
            return
        try:
            triage.set_mass_casualty(self.session, not active, reason)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.context.message_posted.emit(tr("Plan blanc started.") if not active
                                         else tr("Plan blanc ended."))
        self.context.section_reset_requested.emit("ed")

    def find_patient(self) -> None:
        from hospcrisis.ui.admissions.search import PatientSearchDialog

        PatientSearchDialog.ask(self.context, self)

    def request_print(self) -> None:
        self.print_requested.emit(list(self.model.rows))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        # back on the board after a while: do not show stale waiting times
        if self.snapshot is not None and clock.from_iso(self.snapshot.loaded_at) < \
                clock.now() - timedelta(milliseconds=REFRESH_MS):
            self.reload()
