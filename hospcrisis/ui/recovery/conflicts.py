"""Recovery ▸ Conflicts: records edited on two stations (the same version produced twice).

The list (table, record, stations, columns that differ, state), every version side by side with
the differences highlighted, and the settlement: keep one station's version — optionally with
some values taken from another version (a merged value) — with a reason. The core writes it as
a new version above all of them, audited (`core.recovery.settle_conflict`); a voided record
stays voided. Settled conflicts stay listed ("Show the settled ones").
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import recovery
from hospcrisis.core.recovery import Conflict, ConflictVersion
from hospcrisis.errors import HospcrisisError
from hospcrisis.i18n import N_
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_error
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, RowsModel
from hospcrisis.ui.recovery.common import (
    AREA,
    STYLESHEET,
    add_row,
    banner,
    current_row,
    fit_to_contents,
    hint,
    set_banner,
    table,
    table_label,
)

# Columns as a person reads them (others show their technical name).
FIELD_LABELS: dict[str, str] = {
    "birth_name": N_("Birth name"),
    "used_name": N_("Used name"),
    "first_forename": N_("First forename"),
    "forenames": N_("Forenames"),
    "sex": N_("Sex"),
    "birth_date": N_("Date of birth"),
    "birth_date_precision": N_("Precision of the date of birth"),
    "estimated_age_min": N_("Estimated age (min)"),
    "estimated_age_max": N_("Estimated age (max)"),
    "birthplace": N_("Birthplace"),
    "birthplace_code": N_("Birthplace code"),
    "identity_status": N_("Identity status"),
    "identity_document": N_("Identity document"),
    "identity_attributes": N_("Identity attributes"),
    "unknown": N_("Unknown patient"),
    "description": N_("Description"),
    "sinus_number": N_("SINUS victim number"),
    "phone": N_("Phone"),
    "provisional_id": N_("Provisional ID"),
    "ipp": N_("IPP"),
    "merged_into": N_("Merged into"),
    "arrival_at": N_("Arrival"),
    "arrival_mode": N_("Arrival mode"),
    "complaint": N_("Reason for coming"),
    "area": N_("Area"),
    "status": N_("Status"),
    "unit_code": N_("Unit"),
    "bed": N_("Bed"),
    "destination": N_("Destination"),
    "closed_at": N_("Closed"),
    "seen_at": N_("First medical contact"),
    "triage_level": N_("Triage level"),
    "name": N_("Name"),
    "code": N_("Code"),
    "text": N_("Text"),
    "voided_at": N_("Voided on"),
    "voided_by": N_("Voided by"),
    "void_reason": N_("Reason for voiding"),
    "created_at": N_("Created"),
    "created_by": N_("Created by"),
    "station": N_("Station"),
    "origin": N_("Origin"),
}
# Shown in each version's heading, not as rows.
_HEADING = frozenset({"version", "updated_at", "updated_by", "id"})
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FLAGS = frozenset({"unknown"})


def field_label(column: str) -> str:
    source = FIELD_LABELS.get(column)
    return tr(source) if source else column


def _coded(column: str, value: Any) -> str | None:
    """The label of a coded value the patient and admission tables hold, if known."""
    from hospcrisis.core import admissions as adm
    from hospcrisis.core import identity

    tables: dict[str, dict[str, Any]] = {
        "sex": identity.SEXES, "birth_date_precision": identity.DOB_PRECISIONS,
        "arrival_mode": adm.ARRIVAL_MODES, "status": adm.STATUSES}
    if column == "identity_status" and value in identity.IDENTITY_STATUSES:
        return f"{value} — {tr(identity.IDENTITY_STATUSES[value].label)}"
    if column in _FLAGS and value in (0, 1, True, False):
        return tr("yes") if value else tr("no")
    labels = tables.get(column)
    if labels is not None and isinstance(value, str) and value in labels:
        return tr(labels[value])
    return None


def value_text(value: Any, column: str = "") -> str:
    """A stored value as a person reads it."""
    if value is None or value == "":
        return "—"
    coded = _coded(column, value) if column else None
    if coded is not None:
        return coded
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, str) and _DATE.match(value):
        return f"{value[8:10]}/{value[5:7]}/{value[:4]}"
    if isinstance(value, str) and _ISO.match(value):
        try:
            return clock.local_text(value)
        except ValueError:
            return value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def version_title(version: ConflictVersion) -> str:
    return tr("{stations} · version {n}", stations=", ".join(version.stations) or "?",
              n=version.version)


def version_subtitle(version: ConflictVersion, sep: str = " · ") -> str:
    parts = [tr("{time} by {user}", time=clock.local_text(version.updated_at)
                if version.updated_at else "?", user=version.updated_by or "?")]
    if version.voided:
        parts.append(tr("VOIDED"))
    if version.shown:
        parts.append(tr("shown now"))
    return sep.join(parts)


def record_text(conflict: Conflict) -> str:
    """`Patients — URG1-000001-5 LEFÈVRE Jean` (the core's label without its table name)."""
    return f"{table_label(conflict.table)} — {conflict.label.removeprefix(conflict.table).strip()}"


def stations_of(conflict: Conflict) -> list[str]:
    return sorted({s for v in conflict.versions for s in v.stations})


# --- side by side ---------------------------------------------------------------------------------


class VersionsView(QScrollArea):
    """Every version of a record side by side: one column per version, the fields that differ
    first and highlighted (orange, with ≠), the identical ones below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsView")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.StyledPanel)
        self.inner = QWidget()
        self.inner.setObjectName("versionsInner")
        self.inner.setStyleSheet("QWidget#versionsInner { background: white; }")
        self.grid = QGridLayout(self.inner)
        self.grid.setHorizontalSpacing(2)
        self.grid.setVerticalSpacing(2)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.inner)
        self.conflict: Conflict | None = None
        self.differing: list[str] = []
        self.cells: dict[tuple[str, int], QLabel] = {}

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cells = {}

    @staticmethod
    def _label(text: str, name: str, tooltip: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(60)
        if tooltip:
            label.setToolTip(tooltip)
        return label

    def show_conflict(self, conflict: Conflict | None) -> None:
        self._clear()
        self.conflict = conflict
        self.differing = []
        if conflict is None:
            return
        versions = conflict.versions
        self.grid.setColumnStretch(0, 0)
        self.grid.setColumnMinimumWidth(0, 150)
        for n, version in enumerate(versions, start=1):
            self.grid.setColumnStretch(n, 1)
            head = self._label(version_title(version) + "\n" + version_subtitle(version, "\n"),
                               "versionShown" if version.shown else "versionHead",
                               tr("Content SHA-256: {sha}", sha=version.sha))
            self.grid.addWidget(head, 0, n)
        differing = list(conflict.differences)
        columns = sorted({c for v in versions for c in v.row} - _HEADING - set(differing),
                         key=lambda c: (c in ("station", "created_at", "created_by"), c))
        self.differing = differing
        row = 1
        for column in differing:
            self._row(row, column, versions, True)
            row += 1
        if columns:
            same = self._label(tr("Identical in every version"), "fieldName")
            same.setStyleSheet("font-weight: bold; padding-top: 8px;")
            self.grid.addWidget(same, row, 0, 1, len(versions) + 1)
            row += 1
        for column in columns:
            if all(v.row.get(column) in (None, "") for v in versions):
                continue
            self._row(row, column, versions, False)
            row += 1

    def _row(self, row: int, column: str, versions: Sequence[ConflictVersion],
             differs: bool) -> None:
        name = self._label(("≠ " if differs else "") + field_label(column), "fieldName", column)
        if differs:
            name.setStyleSheet("color: #c62828; font-weight: bold; padding: 2px 6px;")
        self.grid.addWidget(name, row, 0)
        for n, version in enumerate(versions, start=1):
            cell = self._label(value_text(version.row.get(column), column),
                               "cellDiffers" if differs else "cell")
            cell.setProperty("differs", differs)
            self.grid.addWidget(cell, row, n)
            self.cells[(column, n - 1)] = cell


# --- settling -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SettleChoice:
    """What IT chose: the version kept (a station code or a SHA prefix), values taken from
    other versions (a merged value), and why."""

    keep: str
    values: dict[str, Any] | None
    reason: str


def keep_key(conflict: Conflict, version: ConflictVersion) -> str:
    """How to name the kept version to the core: its station when that names exactly this
    version (clearer in the audit trail), else its SHA prefix."""
    if len(version.stations) == 1:
        code = version.stations[0]
        mine = [v for v in conflict.versions if code in v.stations]
        best = sorted(mine, key=lambda v: (-v.version, v.sha))[0]
        if best.sha == version.sha:
            return code
    return version.sha[:12]


class SettleDialog(QDialog):
    """Keep one version (default: the one shown now), optionally take some values from
    another, say why."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice: SettleChoice | None = None
        self.setObjectName("settleDialog")
        self.setWindowTitle(tr("Settle the conflict {id}", id=conflict.id))
        self.setStyleSheet(STYLESHEET)
        self.resize(940, 680)
        layout = QVBoxLayout(self)
        subject = QLabel(record_text(conflict))
        subject.setObjectName("pageTitle")
        subject.setWordWrap(True)
        layout.addWidget(subject)
        self.versions = VersionsView()
        self.versions.show_conflict(conflict)
        layout.addWidget(self.versions, 1)
        keep_box = QGroupBox(tr("Version to keep"))
        keep_layout = QVBoxLayout(keep_box)
        self.group = QButtonGroup(self)
        self.radios: list[QRadioButton] = []
        for n, version in enumerate(conflict.versions):
            radio = QRadioButton(f"{version_title(version)} — {version_subtitle(version)}")
            self.group.addButton(radio, n)
            self.radios.append(radio)
            keep_layout.addWidget(radio)
            if version.shown:
                radio.setChecked(True)
        if self.group.checkedId() < 0 and self.radios:
            self.radios[-1].setChecked(True)
        self.group.idToggled.connect(self._toggled)
        layout.addWidget(keep_box)
        self.merge_box = QGroupBox(tr("Take some values from another version (optional)"))
        merge_form = QFormLayout(self.merge_box)
        self.value_combos: dict[str, QComboBox] = {}
        for column in conflict.differences:
            combo = QComboBox()
            holders: dict[str, list[str]] = {}
            values: dict[str, Any] = {}
            for version in conflict.versions:
                value = version.row.get(column)
                key = json.dumps(value, sort_keys=True)
                values.setdefault(key, value)
                holders.setdefault(key, []).append(version_title(version))
            for key, value in values.items():
                combo.addItem(f"{value_text(value, column)}   ({'; '.join(holders[key])})", value)
            self.value_combos[column] = combo
            merge_form.addRow(field_label(column), combo)
        self.merge_box.setVisible(bool(self.value_combos) and len(conflict.versions) > 1)
        layout.addWidget(self.merge_box)
        if any(v.voided for v in conflict.versions):
            layout.addWidget(hint(tr("One version was voided: the record stays voided whatever "
                                     "you keep (a voided record never comes back).")))
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(tr("e.g. checked with the patient's identity document"))
        add_row(form, tr("&Reason (kept in the audit trail)"), self.reason)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(tr("Settle"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("primary")
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._base_changed()
        self.reason.setFocus()

    def _toggled(self, _id: int, on: bool) -> None:
        if on:
            self._base_changed()

    def kept(self) -> ConflictVersion:
        index = max(self.group.checkedId(), 0)
        return self.conflict.versions[index]

    def _base_changed(self) -> None:
        base = self.kept()
        for column, combo in self.value_combos.items():
            wanted = json.dumps(base.row.get(column), sort_keys=True)
            index = next((i for i in range(combo.count())
                          if json.dumps(combo.itemData(i), sort_keys=True) == wanted), 0)
            combo.setCurrentIndex(index)

    def merged_values(self) -> dict[str, Any]:
        base = self.kept()
        out: dict[str, Any] = {}
        for column, combo in self.value_combos.items():
            value = combo.currentData()
            if json.dumps(value, sort_keys=True) != json.dumps(base.row.get(column),
                                                               sort_keys=True):
                out[column] = value
        return out

    def check(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.error.setText(tr("Give a reason: it is kept in the audit trail."))
            self.error.show()
            self.reason.setFocus()
            return
        self.choice = SettleChoice(keep_key(self.conflict, self.kept()),
                                   self.merged_values() or None, reason)
        self.accept()

    @classmethod
    def ask(cls, conflict: Conflict, parent: QWidget | None) -> SettleChoice | None:
        dialog = cls(conflict, parent)
        dialog.exec()
        return dialog.choice


# --- the panel ------------------------------------------------------------------------------------


def _state_text(conflict: Conflict) -> str:
    return tr("to settle") if conflict.state == "open" else tr("settled")


class ConflictsPanel(QWidget):
    """Conflicts to settle, every version side by side, and the settlement.

    Signals:
        conflict_settled(object): a `recovery.Settlement` was written.
    """

    conflict_settled = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("conflictsPanel")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("bigCount")
        top.addWidget(self.summary)
        top.addStretch(1)
        self.show_settled = QCheckBox(tr("Show the &settled ones too"))
        self.show_settled.toggled.connect(lambda _on: self.refresh())
        top.addWidget(self.show_settled)
        layout.addLayout(top)
        layout.addWidget(hint(tr(
            "A conflict is a record edited on two stations without either seeing the other's "
            "change. Both versions are kept; the one shown now is exported until you settle "
            "it. Compare them, then keep the right one (check the paper file if needed).")))
        self.done = banner("okBanner")
        self.done.hide()
        layout.addWidget(self.done)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model: RowsModel[Conflict] = RowsModel([
            Column(tr("Record"), lambda c: c.label.removeprefix(c.table).strip(),
                   tooltip=lambda c: tr("{id} · {record} — differs in: {fields}", id=c.id,
                                        record=record_text(c), fields=", ".join(
                                            field_label(k) for k in c.differences))),
            Column(tr("Stations"), lambda c: ", ".join(stations_of(c))),
            Column(tr("State"), _state_text),
        ], background=lambda c: "#fff3e0" if c.state == "open" else "#e8f5e9")
        self.view = table(self.model, stretch=0)
        fit_to_contents(self.view, (1, 2))
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())
        self.view.doubleClicked.connect(lambda _i: self.settle_selected())
        splitter.addWidget(self.view)
        right_side = QWidget()
        right_layout = QVBoxLayout(right_side)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.subject = banner("versionHead")
        right_layout.addWidget(self.subject)
        self.versions = VersionsView()
        right_layout.addWidget(self.versions, 1)
        buttons = QHBoxLayout()
        self.state_label = QLabel()
        buttons.addWidget(self.state_label, 1)
        self.settle_button = QPushButton(tr("Se&ttle…"))
        self.settle_button.setObjectName("primary")
        self.settle_button.clicked.connect(self.settle_selected)
        buttons.addWidget(self.settle_button)
        right_layout.addLayout(buttons)
        splitter.addWidget(right_side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([370, 690])
        layout.addWidget(splitter, 1)
        self.open_count = 0

    def refresh(self) -> None:
        session = self.context.session
        previous = self.current()
        rows = recovery.list_conflicts(session, include_settled=self.show_settled.isChecked())
        rows.sort(key=lambda c: (c.state != "open", c.table, c.label, c.id))
        self.model.set_rows(rows)
        self.open_count = sum(1 for c in rows if c.state == "open") if \
            self.show_settled.isChecked() else len(rows)
        self.summary.setText(tr("{n} conflict(s) to settle", n=self.open_count)
                             if self.open_count else tr("No conflict to settle"))
        index = 0
        if previous is not None:
            index = next((i for i, c in enumerate(rows) if c.id == previous.id), 0)
        if rows:
            self.view.selectRow(index)
        self._show_current()

    def current(self) -> Conflict | None:
        row = current_row(self.view)
        return self.model.row(row) if row is not None and row < self.model.rowCount() else None

    def select(self, conflict_id: str) -> bool:
        for row, conflict in enumerate(self.model.rows):
            if conflict.id == conflict_id:
                self.view.selectRow(row)
                return True
        return False

    def _show_current(self) -> None:
        conflict = self.current()
        self.versions.show_conflict(conflict)
        self.settle_button.setEnabled(conflict is not None and conflict.state == "open")
        if conflict is None:
            self.subject.setText(tr("Choose a conflict in the list."))
            self.state_label.setText("")
            return
        self.subject.setText(f"{conflict.id} · {record_text(conflict)}")
        self.state_label.setText(tr("Settled: the kept version is in use.")
                                 if conflict.state != "open" else
                                 tr("{n} version(s); {d} field(s) differ.",
                                    n=len(conflict.versions), d=len(conflict.differences)))

    def settle_selected(self) -> None:
        conflict = self.current()
        if conflict is None or conflict.state != "open":
            return
        choice = SettleDialog.ask(conflict, self)
        if choice is None:
            return
        self.settle(conflict, choice)

    def settle(self, conflict: Conflict, choice: SettleChoice) -> recovery.Settlement | None:
        try:
            result = recovery.settle_conflict(self.context.session, conflict.id,
                                              keep=choice.keep, values=choice.values,
                                              reason=choice.reason)
        except HospcrisisError as exc:
            show_error(self, exc)
            return None
        set_banner(self.done, tr("Conflict {id} settled: version {version} written ({choice}).",
                                 id=result.conflict_id, version=result.version,
                                 choice=result.choice), "okBanner")
        self.context.message_posted.emit(tr("Conflict {id} settled.", id=result.conflict_id))
        self.context.data_changed.emit(AREA)
        self.context.data_changed.emit("admissions")
        self.conflict_settled.emit(result)
        return result
