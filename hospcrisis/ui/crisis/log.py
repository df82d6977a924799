"""The main courante: the crisis cell's chronological, append-only log.

A quick entry bar (kind, text, optional event time, unit, patient; Enter adds), the log in
event-time order with each kind's colour and icon, late entries and corrections visible, a
detail pane, and search and filters. There is no edit and no delete anywhere: a correction is
a new entry pointing to the one it corrects ("Correct…").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import crisis_log, units
from hospcrisis.core.crisis_log import LogEntry, LogKind
from hospcrisis.core.security import Permission
from hospcrisis.errors import HospcrisisError
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.crisis.common import (
    KIND_STYLE,
    ProblemLabel,
    kind_icon,
    selected_row,
    table,
)
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, Index, RowsModel

AREA = "crisis"
SEARCH_DELAY_MS = 250
CELL_CHARS = 260
FIT_ROWS_UP_TO = 3000  # beyond, rows keep one line (measuring every row would be slow)


def _when(moment: str) -> str:
    return clock.local_text(moment, "%d/%m %H:%M")


def _entered(entry: LogEntry) -> str:
    if entry.late:
        return tr("{time} (late)", time=_when(entry.entered_at))
    return _when(entry.entered_at)


def _cell_text(entry: LogEntry) -> str:
    """The entry on at most a few lines (the details pane shows it whole)."""
    text = " ".join(entry.text.split())
    return text if len(text) <= CELL_CHARS else text[:CELL_CHARS - 1].rstrip() + "…"


def _links(entry: LogEntry) -> str:
    parts = []
    if entry.corrects_ref:
        parts.append(tr("corrects {ref}", ref=entry.corrects_ref))
    if entry.corrected_by:
        parts.append(tr("corrected by {refs}", refs=", ".join(entry.corrected_by)))
    return " · ".join(parts)


def _links_short(entry: LogEntry) -> str:
    parts = []
    if entry.corrects_ref:
        parts.append(tr("corrects {ref}", ref=entry.corrects_ref))
    if entry.corrected_by:
        parts.append(tr("→ {refs}", refs=", ".join(entry.corrected_by)))
    return " · ".join(parts)


class LogModel(RowsModel[LogEntry]):
    """The log's rows: kind icon and colour, late entries in italics, corrected ones greyed."""

    COL_TIME, COL_KIND, COL_REF, COL_TEXT, COL_AUTHOR, COL_UNIT, COL_PATIENT, COL_ENTERED, \
        COL_LINKS = range(9)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(tr("Time"), lambda e: _when(e.event_at),
                   tooltip=lambda e: tr("Time of the event: {time}",
                                        time=clock.local_text(e.event_at))),
            Column(tr("Kind"), lambda e: e.kind_label),
            Column(tr("No."), lambda e: e.ref),
            Column(tr("Entry"), _cell_text, tooltip=lambda e: e.text),
            Column(tr("Author"), lambda e: e.author_name, tooltip=lambda e: e.author),
            Column(tr("Unit"), lambda e: e.unit_code or ""),
            Column(tr("Patient"), lambda e: e.patient_ref or ""),
            Column(tr("Written at"), _entered,
                   tooltip=lambda e: tr("Written {time}, {minutes} min after the event.",
                                        time=clock.local_text(e.entered_at),
                                        minutes=int((clock.from_iso(e.entered_at)
                                                     - clock.from_iso(e.event_at))
                                                    .total_seconds() // 60))
                   if e.late else ""),
            Column(tr("Corrections"), _links_short, tooltip=_links),
        ], parent=parent)
        self._kind_brushes = {k: QBrush(QColor(v[0])) for k, v in KIND_STYLE.items()}
        self._alert_bg = QBrush(QColor(KIND_STYLE["alert"][1]))
        self._grey = QBrush(QColor("#9e9e9e"))
        self._italic = QFont()
        self._italic.setItalic(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_KIND:
            return kind_icon(entry.kind)
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.corrected and column == self.COL_TEXT:
                return self._grey
            if column == self.COL_KIND:
                return self._kind_brushes.get(entry.kind)
            if column == self.COL_ENTERED and entry.late:
                return self._kind_brushes["alert"]
        if role == Qt.ItemDataRole.BackgroundRole and entry.kind == LogKind.ALERT:
            return self._alert_bg
        if role == Qt.ItemDataRole.FontRole:
            if column == self.COL_KIND or (column == self.COL_TEXT
                                           and entry.kind == LogKind.DECISION):
                return self._bold_font
            if column == self.COL_ENTERED and entry.late:
                return self._italic
        return super().data(index, role)


class CorrectionDialog(QDialog):
    """Correct an entry by writing a new one that points to it (the old one stays)."""

    def __init__(self, context: AppContext, entry: LogEntry,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entry = entry
        self.saved: LogEntry | None = None
        self.setWindowTitle(tr("Correct entry {ref}", ref=entry.ref))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        explain = QLabel(tr("The main courante is never changed: your correction is a new "
                            "entry pointing to {ref}, which stays as it was written.",
                            ref=entry.ref))
        explain.setWordWrap(True)
        explain.setObjectName("hint")
        layout.addWidget(explain)
        original = QGroupBox(tr("Entry {ref} — {kind}, {time}, {author}", ref=entry.ref,
                                kind=entry.kind_label, time=_when(entry.event_at),
                                author=entry.author_name))
        original_layout = QVBoxLayout(original)
        old = QLabel(entry.text)
        old.setWordWrap(True)
        old.setTextFormat(Qt.TextFormat.PlainText)
        old.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        original_layout.addWidget(old)
        layout.addWidget(original)
        form = QFormLayout()
        self.kind = _kind_combo()
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        self.text = QPlainTextEdit()
        self.text.setPlainText(tr("Correction of {ref}: ", ref=entry.ref))
        self.text.setTabChangesFocus(True)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Correction"), self.text)
        layout.addLayout(form, 1)
        self.problems = ProblemLabel()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(tr("Write the correction"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("primary")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text.setFocus()
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)

    def save(self) -> None:
        try:
            self.saved = crisis_log.add_entry(
                self.context.session, kind=self.kind.currentData(),
                text_value=self.text.toPlainText(), unit=self.entry.unit_code,
                patient=self.entry.patient_ref, corrects=self.entry.id)
        except HospcrisisError as exc:
            self.problems.show_error(exc)
            return
        self.accept()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None,
            entry: LogEntry) -> LogEntry | None:
        """The correction written, or None when cancelled."""
        dialog = cls(context, entry, parent)
        dialog.exec()
        return dialog.saved


def _kind_combo(with_all: bool = False) -> QComboBox:
    combo = QComboBox()
    if with_all:
        combo.addItem(tr("All kinds"), "")
    for kind in LogKind:
        combo.addItem(kind_icon(kind.value), kind.label, kind.value)
    return combo


def _unit_combo(context: AppContext, empty: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(empty, "")
    for unit in units.list_units(context.store):
        combo.addItem(f"{unit.code} — {unit.name}", unit.code)
    return combo


class MainCourante(QWidget):
    """Quick entry bar, filters, the log and the selected entry's details.

    Signals:
        unit_requested(str): show that unit's procedures (the entry's unit link).
    """

    unit_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        session = context.session
        self.can_write = session.can(Permission.CRISIS_LOG_WRITE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)

        # quick entry
        self.entry_box = QGroupBox(tr("New entry (Enter to add)"))
        self.entry_box.setObjectName("quickEntry")
        entry = QVBoxLayout(self.entry_box)
        entry.setSpacing(4)
        row = QHBoxLayout()
        self.kind = _kind_combo()
        self.kind.setToolTip(tr("Kind of entry (Alt+1 to Alt+4)"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("What happened or was decided — Enter to add"))
        self.text.setMaxLength(crisis_log.MAX_TEXT)
        self.text.returnPressed.connect(self.add)
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.kind)
        row.addWidget(self.text, 1)
        row.addWidget(self.add_button)
        entry.addLayout(row)
        extra = QHBoxLayout()
        self.event_time = QLineEdit()
        self.event_time.setPlaceholderText(tr("now"))
        self.event_time.setToolTip(tr("For a late entry: when it happened (14:30, "
                                      "11/02 14:30). Empty: now."))
        self.event_time.setFixedWidth(130)
        self.event_time.returnPressed.connect(self.add)
        self.unit = _unit_combo(context, tr("(no unit)"))
        self.unit.setFixedWidth(190)
        self.patient = QLineEdit()
        self.patient.setPlaceholderText(tr("provisional ID, name"))
        self.patient.setFixedWidth(180)
        self.patient.returnPressed.connect(self.add)
        for caption_text, field in ((tr("Event time"), self.event_time),
                                    (tr("Unit"), self.unit), (tr("Patient"), self.patient)):
            caption = QLabel(caption_text)
            caption.setObjectName("hint")
            extra.addWidget(caption)
            extra.addWidget(field)
            extra.addSpacing(8)
        hint = QLabel(tr("Alt+1…4: kind · Ctrl+E: write · Ctrl+F: search"))
        hint.setObjectName("hint")
        hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        extra.addWidget(hint, 1)
        entry.addLayout(extra)
        self.problems = ProblemLabel()
        entry.addWidget(self.problems)
        layout.addWidget(self.entry_box)
        self.entry_box.setVisible(self.can_write)
        for number, kind in enumerate(LogKind, start=1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=kind.value: self._choose_kind(k))

        # filters
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search… (Ctrl+F)"))
        self.search.setToolTip(tr("Every word must appear in the entry, its unit or patient; "
                                  "accents and case are ignored."))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = _kind_combo(with_all=True)
        self.kind_filter.setFixedWidth(140)
        self.unit_filter = _unit_combo(context, tr("All units"))
        self.unit_filter.setFixedWidth(170)
        self.author_filter = QLineEdit()
        self.author_filter.setPlaceholderText(tr("author"))
        self.author_filter.setFixedWidth(110)
        self.start = QLineEdit()
        self.start.setPlaceholderText(tr("from (14:00)"))
        self.start.setFixedWidth(100)
        self.end = QLineEdit()
        self.end.setPlaceholderText(tr("to"))
        self.end.setFixedWidth(100)
        self.mine_only = QCheckBox(tr("Typed entries only"))
        self.mine_only.setToolTip(tr("Hide the entries written by the program for an action "
                                     "(procedure activated, system status…)"))
        filters.addWidget(self.search, 1)
        for control in (self.kind_filter, self.unit_filter, self.author_filter, self.start,
                        self.end, self.mine_only):
            filters.addWidget(control)
        layout.addLayout(filters)
        self.filter_problems = ProblemLabel()
        layout.addWidget(self.filter_problems)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        for edit in (self.search, self.author_filter, self.start, self.end):
            edit.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.kind_filter, self.unit_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.mine_only.toggled.connect(lambda _c: self.refresh())
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)
        write = QShortcut(QKeySequence("Ctrl+E"), self)
        write.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        write.activated.connect(self.text.setFocus)

        # the log and the details
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = LogModel(self)
        self.view = table(self.model, stretch_last=False)
        self.view.setObjectName("crisisLog")
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(LogModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((LogModel.COL_TIME, 88), (LogModel.COL_KIND, 124),
                              (LogModel.COL_REF, 76), (LogModel.COL_AUTHOR, 118),
                              (LogModel.COL_UNIT, 52), (LogModel.COL_PATIENT, 84),
                              (LogModel.COL_ENTERED, 150), (LogModel.COL_LINKS, 140)):
            self.view.setColumnWidth(column, width)
        self.view.setWordWrap(True)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._show_details(current))
        self._rows_timer = QTimer(self)  # row heights follow the width of the entry column
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_a: self._rows_timer.start())
        self.view.doubleClicked.connect(lambda _i: self.correct())
        splitter.addWidget(self.view)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 4, 0, 0)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("sectionLabel")
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_meta = QLabel()
        self.detail_meta.setObjectName("hint")
        self.detail_meta.setWordWrap(True)
        buttons = QHBoxLayout()
        self.correct_button = QPushButton(tr("&Correct…"))
        self.correct_button.setToolTip(tr("Write a correction: a new entry pointing to this "
                                          "one (the log is never changed)"))
        self.correct_button.clicked.connect(self.correct)
        self.correct_button.setVisible(self.can_write)
        self.goto_button = QPushButton(tr("Show the corrected entry"))
        self.goto_button.clicked.connect(self.goto_corrected)
        self.unit_button = QPushButton(tr("The unit's procedures"))
        self.unit_button.clicked.connect(self._open_unit)
        self.patient_button = QPushButton(tr("Open the patient"))
        self.patient_button.clicked.connect(self._open_patient)
        for button in (self.correct_button, self.goto_button, self.unit_button,
                       self.patient_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.print_button = QPushButton(tr("&Print the log…"))
        self.print_button.setToolTip(tr("Print the entries shown (with the current filters)"))
        self.print_button.clicked.connect(self.print_log)
        buttons.addWidget(self.print_button)
        self.count = QLabel()
        self.count.setObjectName("hint")
        buttons.addWidget(self.count)
        for label in (self.detail_title, self.detail_text, self.detail_meta):
            details_layout.addWidget(label)
        details_layout.addStretch(1)
        details_layout.addLayout(buttons)
        splitter.addWidget(details)
        splitter.setSizes([480, 150])
        layout.addWidget(splitter, 1)
        context.data_changed.connect(self._data_changed)
        self.refresh()

    # -- filling --------------------------------------------------------------------------

    def _data_changed(self, area: str) -> None:
        if area == AREA:
            self.refresh()

    def refresh(self, select_id: str | None = None) -> None:
        current = selected_row(self.view)
        keep = select_id or (self.model.row(current).id if current is not None
                             and current < self.model.rowCount() else None)
        kind = self.kind_filter.currentData()
        try:
            entries = crisis_log.list_entries(
                self.context.session, search=self.search.text(), kinds=[kind] if kind else [],
                unit=self.unit_filter.currentData() or None,
                author=self.author_filter.text() or None, start=self.start.text() or None,
                end=self.end.text() or None)
        except HospcrisisError as exc:
            self.filter_problems.show_error(exc)
            return
        self.filter_problems.clear_error()
        if self.mine_only.isChecked():
            entries = [e for e in entries if e.source == crisis_log.SOURCE_MANUAL]
        self.model.set_rows(entries)
        self._rows_timer.start()
        self.count.setText(tr("{n} entries", n=len(entries)))
        row = next((i for i, e in enumerate(entries) if e.id == keep), None)
        if row is None and entries:
            row = len(entries) - 1
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
            self.view.horizontalScrollBar().setValue(0)
        else:
            self._show_details(QModelIndex())

    def print_log(self) -> None:
        """Print the main courante as filtered on screen (form `log`, audited)."""
        from hospcrisis.printing import PrintRequest

        kind = self.kind_filter.currentData()
        options = {"search": self.search.text().strip(), "kinds": [kind] if kind else [],
                   "unit": self.unit_filter.currentData() or None,
                   "author": self.author_filter.text().strip() or None,
                   "start": self.start.text().strip() or None,
                   "end": self.end.text().strip() or None}
        self.context.print_requested.emit(PrintRequest("log", options=options))

    def _fit_rows(self) -> None:
        if self.model.rowCount() <= FIT_ROWS_UP_TO:
            self.view.resizeRowsToContents()
        current = self.view.currentIndex()
        if current.isValid():
            self.view.scrollTo(current)

    def _show_details(self, index: QModelIndex) -> None:
        if not index.isValid() or index.row() >= self.model.rowCount():
            self.detail_title.setText(tr("No entry selected"))
            self.detail_text.setText("")
            self.detail_meta.setText("")
            for button in (self.correct_button, self.goto_button, self.unit_button,
                           self.patient_button):
                button.setEnabled(False)
            return
        entry = self.model.row(index.row())
        self.detail_title.setText(tr("{ref} — {kind}, {time}", ref=entry.ref,
                                     kind=entry.kind_label,
                                     time=clock.local_text(entry.event_at)))
        self.detail_text.setText(entry.text)
        meta = [tr("By {name} ({user}).", name=entry.author_name, user=entry.author),
                tr("Written {time}.", time=clock.local_text(entry.entered_at))]
        if entry.late:
            meta.append(tr("Late entry: written after the event."))
        if entry.unit_code:
            meta.append(tr("Unit: {unit}.", unit=entry.unit_code))
        if entry.patient_ref:
            meta.append(tr("Patient: {ref}.", ref=entry.patient_ref))
        if entry.source != crisis_log.SOURCE_MANUAL:
            meta.append(tr("Written by the program for an action of the crisis cell."))
        links = _links(entry)
        if links:
            meta.append(links[0].upper() + links[1:] + ".")
        self.detail_meta.setText(" ".join(meta))
        self.correct_button.setEnabled(self.can_write)
        self.goto_button.setEnabled(entry.corrects_id is not None)
        self.unit_button.setEnabled(bool(entry.unit_code))
        self.patient_button.setEnabled(bool(entry.patient_ref))

    def selected_entry(self) -> LogEntry | None:
        row = selected_row(self.view)
        return self.model.row(row) if row is not None and row < self.model.rowCount() else None

    # -- actions --------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _choose_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.text.setFocus()

    def add(self) -> None:
        """Write the quick entry (Enter); the bar keeps its kind and unit for the next one."""
        if not self.can_write:
            return
        try:
            saved = crisis_log.add_entry(
                self.context.session, kind=self.kind.currentData(),
                text_value=self.text.text(), event_at=self.event_time.text() or None,
                unit=self.unit.currentData() or None, patient=self.patient.text() or None)
        except HospcrisisError as exc:
            self.problems.show_error(exc)
            return
        self.problems.clear_error()
        self.text.clear()
        self.event_time.clear()
        self.patient.clear()
        self.text.setFocus()
        self.context.message_posted.emit(tr("Entry {ref} saved in the main courante at "
                                            "{time}.", ref=saved.ref,
                                            time=clock.local_text(saved.entered_at, "%H:%M")))
        self.refresh(select_id=saved.id)
        self.context.data_changed.emit(AREA)

    def correct(self) -> None:
        entry = self.selected_entry()
        if entry is None or not self.can_write:
            return
        saved = CorrectionDialog.ask(self.context, self, entry)
        if saved is None:
            return
        self.context.message_posted.emit(tr("Correction {ref} saved (corrects {old}).",
                                            ref=saved.ref, old=entry.ref))
        self.refresh(select_id=saved.id)
        self.context.data_changed.emit(AREA)

    def _open_unit(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.unit_code:
            self.unit_requested.emit(entry.unit_code)

    def _open_patient(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.patient_ref:
            self.context.patient_requested.emit(entry.patient_ref)

    def goto_corrected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.corrects_id is None:
            return
        for row, other in enumerate(self.model.rows):
            if other.id == entry.corrects_id:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
                return
