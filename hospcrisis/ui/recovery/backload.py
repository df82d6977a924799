"""Recovery ▸ Back-loading: what was captured during downtime and whether it has been
re-entered in the information system — per kind of record and per unit with progress bars, the
records themselves (select many, mark them re-entered: by whom, when), the printable "what
remains" list (form `remaining`, HC-REP-01) and the end-of-downtime report (form `report`,
HC-REP-02) through the app's print framework (`context.print_requested`: preview, print,
audited). Marks go through `core.backload` (audited; withdrawn marks are voided, never
deleted).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import backload
from hospcrisis.core.backload import BackloadItem, BackloadProgress, TypeProgress
from hospcrisis.core.session import Session
from hospcrisis.i18n import N_
from hospcrisis.printing import PrintRequest
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, RowsModel
from hospcrisis.ui.recovery.common import (
    AREA,
    STYLESHEET,
    ProgressDelegate,
    ProgressModel,
    RefusalPanel,
    add_row,
    banner,
    fit_columns,
    fit_to_contents,
    report_failure,
    right,
    run_job,
    selected_rows,
    set_banner,
    short_when,
    table,
    when,
)

STATES = (("remaining", N_("Still to re-enter")), ("done", N_("Re-entered")),
          ("all", N_("All")))


def percent(done: int, total: int) -> str:
    return tr("{done} / {total} ({pct} %)", done=done, total=total,
              pct=round(100 * done / total) if total else 100)


@dataclass(frozen=True)
class UnitProgress:
    unit: str
    captured: int
    reentered: int


@dataclass(frozen=True)
class MarkInput:
    by: str
    at: datetime
    note: str


class MarkDialog(QDialog):
    """Who re-entered the records and when (default: you, now), and an optional note."""

    def __init__(self, count: int, default_by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value: MarkInput | None = None
        self.setObjectName("markDialog")
        self.setWindowTitle(tr("Mark as re-entered"))
        self.setStyleSheet(STYLESHEET)
        self.resize(520, 240)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("{n} record(s) re-entered in the information system.", n=count))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.by = QLineEdit(default_by)
        self.by.setObjectName("by")
        add_row(form, tr("Re-entered &by"), self.by)
        self.at = QDateTimeEdit(QDateTime.currentDateTime())
        self.at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.at.setCalendarPopup(True)
        self.at.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        add_row(form, tr("&On"), self.at)
        self.note = QLineEdit()
        add_row(form, tr("&Note"), self.note)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(tr("Mark"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("primary")
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check(self) -> None:
        if not self.by.text().strip():
            self.error.setText(tr("Say who re-entered them."))
            self.error.show()
            return
        moment = self.at.dateTime().toPython()
        assert isinstance(moment, datetime)
        self.value = MarkInput(self.by.text().strip(), moment, self.note.text().strip())
        self.accept()

    @classmethod
    def ask(cls, count: int, default_by: str, parent: QWidget | None) -> MarkInput | None:
        dialog = cls(count, default_by, parent)
        dialog.exec()
        return dialog.value


class WithdrawDialog(QDialog):
    """Why marks are withdrawn (required: they are voided, never deleted)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason_text: str | None = None
        self.setWindowTitle(tr("Withdraw the marks"))
        self.resize(480, 160)
        layout = QVBoxLayout(self)
        label = QLabel(tr("{n} mark(s) set by mistake will be withdrawn. Why?", n=count))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QLineEdit()
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(tr("Withdraw"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check(self) -> None:
        if self.reason.text().strip():
            self.reason_text = self.reason.text().strip()
            self.accept()

    @classmethod
    def ask(cls, count: int, parent: QWidget | None) -> str | None:
        dialog = cls(count, parent)
        dialog.exec()
        return dialog.reason_text


def _by_type(items: Sequence[BackloadItem]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for item in items:
        groups[item.type].append(item.record_id)
    return groups


def mark_items(session: Session, items: Sequence[BackloadItem], value: MarkInput, *,
               progress: Any, cancelled: Any) -> int:
    """Worker: mark the records re-entered, kind by kind (one audit entry per kind)."""
    groups = _by_type(items)
    done = 0
    for n, (type_code, ids) in enumerate(sorted(groups.items())):
        done += backload.mark(session, type_code, ids, by=value.by, at=value.at,
                              note=value.note)
        progress(n + 1, len(groups))
    return done


def reentered_text(item: BackloadItem) -> str:
    if not item.reentered:
        return ""
    return tr("{by}, {time}", by=item.reentered_by or "?",
              time=short_when(item.reentered_at))


class BackloadPanel(QWidget):
    """Re-entry progress, the records, marks, and the two printed documents.

    Signals:
        marks_changed(int): records were marked (or marks withdrawn); how many.
    """

    marks_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: Any = None
        self.items: list[BackloadItem] = []
        self.progress: BackloadProgress | None = None
        self.setObjectName("backloadPanel")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.overall_label = QLabel()
        self.overall_label.setObjectName("bigCount")
        top.addWidget(self.overall_label)
        self.overall = QProgressBar()
        self.overall.setObjectName("overallProgress")
        self.overall.setRange(0, 1000)
        self.overall.setTextVisible(True)
        top.addWidget(self.overall, 1)
        self.print_remaining_button = QPushButton(tr("Print what &remains…"))
        self.print_remaining_button.setToolTip(tr("HC-REP-01: the records still to re-enter, "
                                                  "unit by unit, to tick and sign (the unit "
                                                  "chosen below, or every unit)"))
        self.print_remaining_button.clicked.connect(self.print_remaining)
        top.addWidget(self.print_remaining_button)
        self.print_report_button = QPushButton(tr("Print the end-of-downtime &report"))
        self.print_report_button.setObjectName("primary")
        self.print_report_button.setToolTip(tr("HC-REP-02: counts captured, exported, "
                                               "re-entered; conflicts, merges, "
                                               "reconciliations; bundles and audit chain "
                                               "heads"))
        self.print_report_button.clicked.connect(self.print_report)
        top.addWidget(self.print_report_button)
        layout.addLayout(top)
        self.message = banner("okBanner")
        self.message.hide()
        layout.addWidget(self.message)
        self.refusal = RefusalPanel()
        layout.addWidget(self.refusal)

        splitter = QSplitter(Qt.Orientation.Vertical)
        progress_row = QWidget()
        progress_layout = QHBoxLayout(progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        type_box = QGroupBox(tr("Per kind of record"))
        type_layout = QVBoxLayout(type_box)
        self.type_model: ProgressModel[TypeProgress] = ProgressModel([
            Column(tr("Kind of record"), lambda t: t.label),
            right(tr("Captured"), lambda t: str(t.captured)),
            right(tr("Exported"), lambda t: str(t.exported)),
            Column(tr("Re-entered"), lambda t: percent(t.reentered, t.captured)),
        ], lambda t: t.reentered / t.captured if t.captured else 1.0)
        self.type_view = table(self.type_model, stretch=3)
        self.type_view.setItemDelegateForColumn(3, ProgressDelegate(self.type_view))
        fit_to_contents(self.type_view, (1, 2))
        fit_columns(self.type_view, (190,))
        self.type_view.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._filter_from_type(current.row()))
        type_layout.addWidget(self.type_view)
        progress_layout.addWidget(type_box, 1)
        unit_box = QGroupBox(tr("Per unit"))
        unit_layout = QVBoxLayout(unit_box)
        self.unit_model: ProgressModel[UnitProgress] = ProgressModel([
            Column(tr("Unit"), lambda u: u.unit or "—"),
            right(tr("Captured"), lambda u: str(u.captured)),
            Column(tr("Re-entered"), lambda u: percent(u.reentered, u.captured)),
        ], lambda u: u.reentered / u.captured if u.captured else 1.0)
        self.unit_view = table(self.unit_model, stretch=2)
        self.unit_view.setItemDelegateForColumn(2, ProgressDelegate(self.unit_view))
        fit_to_contents(self.unit_view, (1,))
        fit_columns(self.unit_view, (110,))
        self.unit_view.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._filter_from_unit(current.row()))
        unit_layout.addWidget(self.unit_view)
        progress_layout.addWidget(unit_box, 1)
        splitter.addWidget(progress_row)

        records = QGroupBox(tr("Records captured during downtime"))
        records_layout = QVBoxLayout(records)
        filters = QHBoxLayout()
        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        for key, label in STATES:
            self.state.addItem(tr(label), key)
        self.kind = QComboBox()
        self.kind.setObjectName("kindFilter")
        self.unit = QComboBox()
        self.unit.setObjectName("unitFilter")
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("ID or name"))
        self.search.setClearButtonEnabled(True)
        for label, widget in ((tr("Show"), self.state), (tr("Kind"), self.kind),
                              (tr("Unit"), self.unit)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        self.count_label = QLabel()
        filters.addWidget(self.count_label)
        records_layout.addLayout(filters)
        self.model: RowsModel[BackloadItem] = RowsModel([
            Column(tr("Unit"), lambda i: i.unit),
            Column(tr("Kind"), lambda i: backload.type_label(i.type)),
            Column(tr("When"), lambda i: clock.local_text(i.at) if i.at else ""),
            Column(tr("ID"), lambda i: i.identifier),
            Column(tr("Patient / record"), lambda i: i.label, tooltip=lambda i: i.label),
            Column(tr("Re-entered (by, on)"), reentered_text,
                   tooltip=lambda i: tr("{by}, {time}", by=i.reentered_by or "?",
                                        time=when(i.reentered_at)) if i.reentered else ""),
        ], background=lambda i: "#e8f5e9" if i.reentered else None)
        self.view = table(self.model, multi=True, stretch=4)
        fit_columns(self.view, (80, 140, 132, 130, 0, 210))
        records_layout.addWidget(self.view, 1)
        actions = QHBoxLayout()
        self.selection_label = QLabel()
        actions.addWidget(self.selection_label, 1)
        self.withdraw_button = QPushButton(tr("&Withdraw the marks…"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        actions.addWidget(self.withdraw_button)
        self.mark_button = QPushButton(tr("&Mark as re-entered…"))
        self.mark_button.setObjectName("primary")
        self.mark_button.clicked.connect(self.mark_selected)
        actions.addWidget(self.mark_button)
        records_layout.addLayout(actions)
        splitter.addWidget(records)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        for combo in (self.state, self.kind, self.unit):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.search.textChanged.connect(lambda _t: self._apply_filter())
        self.view.selectionModel().selectionChanged.connect(
            lambda *_a: self._selection_changed())
        self._selection_changed()

    # -- data --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        session = self.context.session
        self.items = backload.items(session)
        self.progress = progress = backload.progress(session)
        total, done = progress.captured, progress.reentered
        self.overall_label.setText(tr("Re-entered: {done} of {total}", done=done, total=total))
        self.overall.setValue(round(1000 * done / total) if total else 1000)
        self.overall.setFormat(percent(done, total))
        self.type_model.set_rows(list(progress.by_type))
        self.unit_model.set_rows([UnitProgress(unit, sum(k["captured"] for k in kinds.values()),
                                               sum(k["reentered"] for k in kinds.values()))
                                  for unit, kinds in progress.by_unit.items()])
        self._fill_combo(self.kind, [(t, backload.type_label(t)) for t in backload.TYPES
                                     if any(p.type == t for p in progress.by_type)])
        self._fill_combo(self.unit, [(u, u or "—") for u in progress.by_unit])
        self._apply_filter()

    @staticmethod
    def _fill_combo(combo: QComboBox, entries: Sequence[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("All"), None)
        for key, label in entries:
            combo.addItem(label, key)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _apply_filter(self) -> None:
        state = self.state.currentData()
        kind = self.kind.currentData()
        unit = self.unit.currentData()
        typed = self.search.text().strip().casefold()
        rows = [i for i in self.items
                if (state == "all" or (state == "done") == i.reentered)
                and (kind is None or i.type == kind)
                and (unit is None or i.unit == unit)
                and (not typed or typed in f"{i.identifier} {i.label}".casefold())]
        order = {t: n for n, t in enumerate(backload.TYPES)}
        rows.sort(key=lambda i: (i.unit, order.get(i.type, 99), i.at, i.record_id))
        self.model.set_rows(rows)
        self.count_label.setText(tr("{n} record(s)", n=len(rows)))
        self._selection_changed()

    def _filter_from_type(self, row: int) -> None:
        if 0 <= row < self.type_model.rowCount():
            index = self.kind.findData(self.type_model.row(row).type)
            self.kind.setCurrentIndex(max(index, 0))

    def _filter_from_unit(self, row: int) -> None:
        if 0 <= row < self.unit_model.rowCount():
            index = self.unit.findData(self.unit_model.row(row).unit)
            self.unit.setCurrentIndex(max(index, 0))

    def selected(self) -> list[BackloadItem]:
        return [self.model.row(i) for i in selected_rows(self.view)]

    def _selection_changed(self) -> None:
        chosen = self.selected()
        todo = sum(1 for i in chosen if not i.reentered)
        marked = len(chosen) - todo
        self.mark_button.setEnabled(todo > 0 and self.job is None)
        self.withdraw_button.setEnabled(marked > 0 and self.job is None)
        self.selection_label.setText(tr("{n} selected (Ctrl+A: every record shown)",
                                        n=len(chosen)) if chosen else
                                     tr("Select the records re-entered (Shift or Ctrl+click "
                                        "for several)."))

    # -- marks -------------------------------------------------------------------------------------

    def mark_selected(self) -> None:
        chosen = [i for i in self.selected() if not i.reentered]
        if not chosen:
            return
        value = MarkDialog.ask(len(chosen), self.context.session.display_name, self)
        if value is not None:
            self.mark(chosen, value)

    def mark(self, chosen: Sequence[BackloadItem], value: MarkInput) -> None:
        """Mark `chosen` re-entered in a worker (kind by kind), then refresh."""
        self.refusal.clear()

        def done(count: int) -> None:
            self.job = None
            set_banner(self.message, tr("{n} record(s) marked as re-entered by {by}.", n=count,
                                        by=value.by), "okBanner")
            self.context.data_changed.emit(AREA)
            self.marks_changed.emit(count)

        def failed(exc: BaseException, details: str) -> None:
            self.job = None
            self._selection_changed()
            report_failure(self, self.refusal)(exc, details)

        items = list(chosen)
        self.job = run_job(self.context, lambda session, progress, cancelled: mark_items(
            session, items, value, progress=progress, cancelled=cancelled), done, failed,
            parent=self, label=tr("Marking {n} record(s)…", n=len(items)))
        self._selection_changed()

    def withdraw_selected(self) -> None:
        chosen = [i for i in self.selected() if i.reentered]
        if not chosen:
            return
        reason = WithdrawDialog.ask(len(chosen), self)
        if reason:
            self.withdraw(chosen, reason)

    def withdraw(self, chosen: Sequence[BackloadItem], reason: str) -> int:
        from hospcrisis.errors import HospcrisisError

        count = 0
        try:
            for type_code, ids in sorted(_by_type(chosen).items()):
                count += backload.unmark(self.context.session, type_code, ids, reason)
        except HospcrisisError as exc:
            self.refusal.show_error(exc)
        if count:
            set_banner(self.message, tr("{n} mark(s) withdrawn.", n=count), "okBanner")
            self.context.data_changed.emit(AREA)
            self.marks_changed.emit(count)
        return count

    # -- printing ----------------------------------------------------------------------------------

    def print_remaining(self) -> None:
        unit = self.unit.currentData()
        self.context.print_requested.emit(PrintRequest("remaining",
                                                       units=(unit,) if unit else ()))

    def print_report(self) -> None:
        self.context.print_requested.emit(PrintRequest("report"))
