"""A patient's record: identity (status, PID-32 attributes), visits with their movements
timeline and triage history, and every action on them.

Opened from anywhere through `context.patient_requested` (the opener), always through
`admissions.open_patient`, which writes the `patient.open` audit entry. Each action is one
service call (one transaction, one audit entry); the record is read again afterwards.
A step entered by mistake is cancelled by a new step (reason required), never erased.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import admissions, duplicates, identity, triage, units
from hospcrisis.core.admissions import (
    Admission,
    AdmissionRecord,
    Movement,
    PatientRecord,
    TriageEntry,
)
from hospcrisis.core.identity import Patient
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import ConflictError, HospcrisisError, ValidationError
from hospcrisis.i18n import N_
from hospcrisis.ui.admissions.common import (
    STYLE,
    CodeCombo,
    FieldBox,
    FieldErrors,
    ReasonDialog,
    add_row,
    error_banner,
    make_table,
)
from hospcrisis.ui.admissions.hooks import print_hub
from hospcrisis.ui.admissions.identity_form import IdentityForm
from hospcrisis.ui.admissions.registration import (
    LOCAL_INPUT_FORMAT,
    ArrivalForm,
    fill_mci_combo,
    fill_triage_combo,
)
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_error, show_info
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, RowsModel

# --- small dialogs that call one service and show its errors on their fields ----------------


class ServiceDialog(QDialog):
    """A form whose OK calls `submit()`; a `ValidationError` stays on screen, on its field."""

    def __init__(self, title: str, ok_label: str, parent: QWidget | None = None, *,
                 subject: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(520)
        self.result_value: Any = None
        self.conflict: ConflictError | None = None
        self.outer = QVBoxLayout(self)
        if subject:  # whose record this changes, always in sight
            heading = QLabel(subject)
            heading.setObjectName("dialogSubject")
            heading.setWordWrap(True)
            self.outer.addWidget(heading)
        self.banner = error_banner()
        self.outer.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(ok_label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.outer.addStretch(1)
        self.outer.addWidget(self.buttons)

    def add_field(self, label: str, name: str, widget: QWidget) -> FieldBox:
        box = self.errors.add(name, FieldBox(widget))
        add_row(self.form, label, box, widget)
        return box

    def call(self) -> Any:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    def run(self) -> Any:
        """Show modally; the service's result, None when cancelled (ConflictError raised)."""
        accepted = self.exec() == QDialog.DialogCode.Accepted
        if self.conflict is not None:
            raise self.conflict
        return self.result_value if accepted else None

    def submit(self) -> None:
        """Call the service; close only once it returned. Someone else changed the record
        meanwhile: close, and `ask` raises the `ConflictError` so the caller reloads."""
        self.errors.clear()
        try:
            self.result_value = self.call()
        except ValidationError as exc:
            self.errors.show(exc, exc.message if len(exc.problems) != 1 else "")
            return
        except ConflictError as exc:
            self.conflict = exc
            self.reject()
            return
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.accept()


def subject_of(session: Session, admission: Admission) -> str:
    """`NAME First · ID` of the patient a dialog acts on (read-only, not audited: the record
    that opened the dialog was)."""
    try:
        patient = admissions.get_patient(session, admission.patient_id)
    except HospcrisisError:
        return ""
    return f"{patient.display_name} · {patient.identifier}"


def time_edit(name: str = "at") -> QLineEdit:
    edit = QLineEdit(clock.local_text(clock.now(), LOCAL_INPUT_FORMAT))
    edit.setObjectName(name)
    edit.setModified(False)
    edit.setToolTip(tr("Now by default; type the real time for a late entry "
                       "(DD/MM/YYYY HH:MM or HH:MM)."))
    return edit


def typed_time(edit: QLineEdit) -> str | None:
    return edit.text() if edit.isModified() else None


class TriageDialog(ServiceDialog):
    """Triage or re-triage (a new entry; the history is kept)."""

    def __init__(self, session: Session, admission: Admission,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Re-triage") if admission.triage_level else tr("Triage"),
                         tr("Save the triage"), parent, subject=subject_of(session, admission))
        self.session, self.admission = session, admission
        self.level = CodeCombo()
        self.level.setObjectName("triage_level")
        fill_triage_combo(self.level, session, none_label=tr("choose a level"))
        self.level.set_code(admission.triage_level or "")
        self.mci = CodeCombo()
        fill_mci_combo(self.mci, tr("none"))
        self.mci.set_code(admission.mci_category or "")
        self.at = time_edit()
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.add_field(tr("&Level"), "triage_level", self.level)
        self.mass_casualty = triage.mass_casualty_active(session)
        if self.mass_casualty:
            self.add_field(tr("Mass-casualt&y category"), "mci_category", self.mci)
        self.add_field(tr("&Time"), "at", self.at)
        self.add_field(tr("&Note"), "note", self.note)
        self.finish_layout()
        self.level.setFocus()

    def call(self) -> TriageEntry:
        return admissions.record_triage(
            self.session, self.admission.id, self.level.code(),
            mci_category=self.mci.code() if self.mass_casualty else None,
            at=typed_time(self.at), note=self.note.text(),
            expected_version=self.admission.version)

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session,
            admission: Admission) -> TriageEntry | None:
        return cls(session, admission, parent).run()


def fill_units(combo: QComboBox, session: Session, *, current: str | None = None) -> None:
    """Units that have beds, `CODE — name`."""
    combo.clear()
    for unit in units.list_units(session.store):
        if unit.beds or unit.code == current:
            combo.addItem(f"{unit.code} — {unit.name}", unit.code)
    # no unit chosen in advance: Enter by reflex must not admit to a random unit
    combo.setPlaceholderText(tr("choose the unit"))
    combo.setCurrentIndex(combo.findData(current) if current else -1)


def fill_free_beds(combo: QComboBox, session: Session, unit_code: str | None,
                   keep: str | None = None) -> None:
    """Free beds of a unit (and `keep`, the patient's own bed), then "no bed yet"."""
    combo.clear()
    combo.addItem(tr("no bed yet"), "")
    if not unit_code:
        return
    try:
        census = admissions.unit_census(session, unit_code)
    except HospcrisisError:
        return
    for bed in census.beds:
        if bed.occupant is None or bed.bed == keep:
            combo.addItem(bed.bed if bed.occupant is None else
                          tr("{bed} (current)", bed=bed.bed), bed.bed)
    if combo.count() > 1:
        combo.setCurrentIndex(1)


class StepDialog(ServiceDialog):
    """Record one step of a visit: seen, admitted, moved, transferred out, discharged, left
    without being seen, deceased."""

    def __init__(self, session: Session, admission: Admission, kind: str,
                 parent: QWidget | None = None) -> None:
        spec = admissions.MOVEMENT_KINDS[kind]
        super().__init__(spec.label, tr("Save"), parent,
                         subject=f"{spec.label} — {subject_of(session, admission)}")
        self.session, self.admission, self.kind = session, admission, kind
        self.setObjectName(f"step_{kind}")
        self.at = time_edit()
        self.add_field(tr("&Time"), "at", self.at)
        self.unit = QComboBox()
        self.unit.setObjectName("unit_code")
        self.bed = QComboBox()
        self.bed.setObjectName("bed")
        if spec.needs_unit:
            fill_units(self.unit, session, current=admission.unit_code)
            self.add_field(tr("&Unit"), "unit_code", self.unit)
            self.add_field(tr("&Bed"), "bed", self.bed)
            self.unit.currentIndexChanged.connect(self._unit_changed)
            self._unit_changed()
        self.destination = QLineEdit()
        self.destination.setObjectName("destination")
        if kind == "transferred_out":
            self.destination.setPlaceholderText(tr("hospital and unit"))
            self.add_field(tr("&Destination"), "destination", self.destination)
        elif kind == "discharged":
            self.destination.setPlaceholderText(tr("home, nursing home…"))
            self.add_field(tr("&Destination"), "destination", self.destination)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.add_field(tr("&Note"), "note", self.note)
        if kind == "deceased":
            warning = QLabel(tr("This closes the visit. A mistake can be cancelled afterwards "
                                "with a reason."))
            warning.setObjectName("infoBanner")
            warning.setWordWrap(True)
            self.outer.insertWidget(0, warning)
        self.finish_layout()
        (self.unit if spec.needs_unit else self.at).setFocus()

    def _unit_changed(self) -> None:
        unit = self.unit.currentData()
        keep = self.admission.bed if unit == self.admission.unit_code else None
        fill_free_beds(self.bed, self.session, unit, keep)

    def call(self) -> Movement:
        needs_unit = admissions.MOVEMENT_KINDS[self.kind].needs_unit
        return admissions.record_movement(
            self.session, self.admission.id, self.kind, at=typed_time(self.at),
            unit_code=self.unit.currentData() if needs_unit else None,
            bed=(self.bed.currentData() or None) if needs_unit else None,
            destination=self.destination.text(), note=self.note.text(),
            expected_version=self.admission.version)

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, admission: Admission,
            kind: str) -> Movement | None:
        return cls(session, admission, kind, parent).run()


class IdentityDialog(ServiceDialog):
    """Correct or complete an identity (expected version: a concurrent change is refused)."""

    def __init__(self, session: Session, patient: Patient, parent: QWidget | None = None
                 ) -> None:
        super().__init__(tr("Correct the identity"), tr("Save the identity"), parent)
        self.session, self.patient = session, patient
        self.setMinimumWidth(720)
        allowed: tuple[str, ...] = identity.REGISTRATION_STATUSES
        if patient.identity_status not in allowed:
            allowed = (*allowed, patient.identity_status)
        self.identity_form = IdentityForm(self.errors, with_attributes=True,
                                          allowed_statuses=allowed)
        self.identity_form.load(patient)
        self.outer.insertWidget(1, self.identity_form)
        self.finish_layout()
        chain = self.identity_form.tab_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.identity_form.birth_name.setFocus()

    def call(self) -> tuple[Patient, tuple[duplicates.DuplicateCandidate, ...]]:
        typed, problems = self.identity_form.identity_input()
        if problems:
            raise ValidationError(problems[0][1], problems)
        return admissions.update_identity(self.session, self.patient.id, typed,
                                          expected_version=self.patient.version)

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, patient: Patient
            ) -> tuple[Patient, tuple[duplicates.DuplicateCandidate, ...]] | None:
        return cls(session, patient, parent).run()


class ReturnDialog(ServiceDialog):
    """A new visit of a known patient (same record, new admission)."""

    def __init__(self, session: Session, patient: Patient, parent: QWidget | None = None
                 ) -> None:
        super().__init__(tr("New visit of {name}", name=patient.display_name),
                         tr("Save the visit"), parent)
        self.session, self.patient = session, patient
        self.arrival_form = ArrivalForm(session, self.errors, with_packet=False)
        self.outer.insertWidget(1, self.arrival_form)
        self.finish_layout()
        self.arrival_form.complaint.setFocus()

    def call(self) -> admissions.Registration:
        return admissions.register_return(self.session, self.patient.id,
                                          self.arrival_form.arrival_input())

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, patient: Patient
            ) -> admissions.Registration | None:
        return cls(session, patient, parent).run()


# --- the record -----------------------------------------------------------------------------


class MovementsModel(RowsModel[Movement]):
    """The timeline; cancelled steps are struck through, cancellations in italics."""

    def __init__(self, kinds: dict[str, str], parent: Any = None) -> None:
        def what(m: Movement) -> str:
            if m.kind == "cancelled":
                return tr("Cancellation of “{step}”", step=kinds.get(m.cancels or "", "?"))
            return m.kind_label

        def where(m: Movement) -> str:
            if m.unit_code:
                return f"{m.unit_code} · {m.bed}" if m.bed else m.unit_code
            return admissions.area_label(m.area) if m.area else ""

        super().__init__([
            Column(tr("Time"), lambda m: clock.local_text(m.at)),
            Column(tr("Step"), what),
            Column(tr("Unit · bed / area"), where),
            Column(tr("Destination"), lambda m: m.destination),
            Column(tr("Note"), lambda m: m.note, tooltip=lambda m: m.note),
            Column(tr("By"), lambda m: m.created_by or ""),
            Column(tr("Typed at"), lambda m: clock.local_text(m.created_at)),
        ], foreground=lambda m: "#9e9e9e" if m.is_cancelled else None, parent=parent)
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            movement = self.row(index.row())
            if movement.is_cancelled:
                return self._struck
            if movement.kind == "cancelled":
                return self._italic
            return None
        return super().data(index, role)


def admission_columns() -> list[Column[AdmissionRecord]]:
    def unit(a: Admission) -> str:
        if a.unit_code:
            return f"{a.unit_code} · {a.bed}" if a.bed else a.unit_code
        return a.area_label

    return [
        Column(tr("Arrival"), lambda r: clock.local_text(r.admission.arrival_at)),
        Column(tr("Status"), lambda r: r.admission.status_label),
        Column(tr("Triage"), lambda r: r.admission.triage_label),
        Column(tr("Unit · bed / area"), lambda r: unit(r.admission)),
        Column(tr("Complaint"), lambda r: r.admission.complaint),
    ]


def triage_columns() -> list[Column[TriageEntry]]:
    return [
        Column(tr("Time"), lambda t: clock.local_text(t.at)),
        Column(tr("Level"), lambda t: t.level_label),
        Column(tr("Category"), lambda t: t.mci_category or ""),
        Column(tr("Note"), lambda t: t.note),
        Column(tr("By"), lambda t: t.created_by or ""),
    ]


# (kind, button label with mnemonic) in the order shown
STEP_BUTTONS = [
    ("triaged", N_("Re-&triage…")),
    ("seen", N_("&Seen by a doctor…")),
    ("admitted", N_("&Admit to a unit…")),
    ("moved", N_("&Move (unit, bed)…")),
    ("transferred_out", N_("Trans&fer out…")),
    ("discharged", N_("&Discharge…")),
    ("left", N_("&Left without being seen…")),
    ("deceased", N_("D&eceased…")),
]


class PatientRecordDialog(QDialog):
    """One patient's record, non-modal (several can be open side by side). Esc closes.

    Signals:
        print_requested(str, str): print this patient's documents (patient id, admission id).
    """

    print_requested = Signal(str, str)

    def __init__(self, context: AppContext, patient_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.patient_id = patient_id
        self.record: PatientRecord | None = None
        self.setObjectName("patientRecord")
        self.setStyleSheet(STYLE)
        self.resize(1200, 760)
        self.print_requested.connect(print_hub(context).patient_requested)
        can_write = self.session.can(Permission.PATIENT_WRITE)
        can_merge = self.session.can(Permission.PATIENT_MERGE)

        outer = QVBoxLayout(self)
        self.merged_banner = QLabel()
        self.merged_banner.setObjectName("mergedBanner")
        self.merged_banner.setWordWrap(True)
        self.merged_banner.hide()
        merged_row = QHBoxLayout()
        merged_row.addWidget(self.merged_banner, 1)
        self.open_survivor_button = QPushButton(tr("Open the record &kept"))
        self.open_survivor_button.hide()
        merged_row.addWidget(self.open_survivor_button)
        outer.addLayout(merged_row)

        head = QHBoxLayout()
        names = QVBoxLayout()
        self.name_label = QLabel()
        self.name_label.setObjectName("recordName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        names.addWidget(self.name_label)
        self.traits_label = QLabel()
        self.traits_label.setObjectName("recordLine")
        self.traits_label.setWordWrap(True)
        names.addWidget(self.traits_label)
        status_row = QHBoxLayout()
        self.status_badge = QLabel()
        self.status_badge.setObjectName("identityBadgeProvisional")
        status_row.addWidget(self.status_badge)
        self.identity_label = QLabel()
        self.identity_label.setObjectName("recordLine")
        self.identity_label.setWordWrap(True)
        status_row.addWidget(self.identity_label, 1)
        names.addLayout(status_row)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        names.addWidget(self.description_label)
        head.addLayout(names, 1)
        ids = QGridLayout()
        self.id_label = QLabel()
        self.id_label.setObjectName("savedId")
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.id_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        ids.addWidget(self.id_label, 0, 0)
        self.other_ids_label = QLabel()
        self.other_ids_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        ids.addWidget(self.other_ids_label, 1, 0)
        head.addLayout(ids)
        outer.addLayout(head)
        self.merges_box = QHBoxLayout()
        self.merges_label = QLabel()
        self.merges_label.setObjectName("infoBanner")
        self.merges_label.setWordWrap(True)
        self.merges_label.hide()
        self.merges_box.addWidget(self.merges_label, 1)
        self.unmerge_button = QPushButton(tr("Undo the mer&ge…"))
        self.unmerge_button.hide()
        self.merges_box.addWidget(self.unmerge_button)
        outer.addLayout(self.merges_box)

        body = QHBoxLayout()
        outer.addLayout(body, 1)
        left = QVBoxLayout()
        body.addLayout(left, 1)
        visits_label = QLabel(tr("Visits"))
        left.addWidget(visits_label)
        self.admissions_model: RowsModel[AdmissionRecord] = RowsModel(admission_columns())
        self.admissions_view = make_table(self.admissions_model, stretch_column=4)
        self.admissions_view.setObjectName("admissionsTable")
        self.admissions_view.setMaximumHeight(150)
        visits_label.setBuddy(self.admissions_view)
        left.addWidget(self.admissions_view)
        self.admission_label = QLabel()
        self.admission_label.setObjectName("recordLine")
        self.admission_label.setWordWrap(True)
        left.addWidget(self.admission_label)
        self.tabs = QTabWidget()
        self.movements_model = MovementsModel({k: v.label for k, v in
                                               admissions.MOVEMENT_KINDS.items()})
        self.movements_view = make_table(self.movements_model, stretch_column=4)
        self.movements_view.setObjectName("movementsTable")
        self.triage_model: RowsModel[TriageEntry] = RowsModel(triage_columns())
        self.triage_view = make_table(self.triage_model, stretch_column=3)
        self.triage_view.setObjectName("triageTable")
        self.tabs.addTab(self.movements_view, tr("Timeline"))
        self.tabs.addTab(self.triage_view, tr("Triage history"))
        left.addWidget(self.tabs, 1)

        actions = QVBoxLayout()
        body.addLayout(actions)
        steps_group = QGroupBox(tr("Visit"))
        steps = QVBoxLayout(steps_group)
        self.step_buttons: dict[str, QPushButton] = {}
        for kind, label in STEP_BUTTONS:
            button = QPushButton(tr(label))
            button.setObjectName(f"action_{kind}")
            button.clicked.connect(lambda _c=False, k=kind: self.do_step(k))
            steps.addWidget(button)
            self.step_buttons[kind] = button
        self.cancel_step_button = QPushButton(tr("&Cancel the latest step…"))
        self.cancel_step_button.clicked.connect(self.cancel_latest_step)
        steps.addWidget(self.cancel_step_button)
        actions.addWidget(steps_group)
        identity_group = QGroupBox(tr("Identity"))
        identity_actions = QVBoxLayout(identity_group)
        self.edit_button = QPushButton(tr("Correct the &identity…"))
        self.edit_button.clicked.connect(self.edit_identity)
        self.merge_button = QPushButton(tr("Possible d&uplicates…"))
        self.merge_button.clicked.connect(self.find_duplicates)
        self.return_button = QPushButton(tr("New &visit…"))
        self.return_button.clicked.connect(self.new_visit)
        for button in (self.edit_button, self.merge_button, self.return_button):
            identity_actions.addWidget(button)
        actions.addWidget(identity_group)
        actions.addStretch(1)
        self.print_button = QPushButton(tr("&Print…"))
        self.print_button.clicked.connect(self.request_print)
        actions.addWidget(self.print_button)
        self.close_button = QPushButton(tr("Close (Esc)"))
        self.close_button.clicked.connect(self.close)
        actions.addWidget(self.close_button)
        if not can_write:
            for button in [*self.step_buttons.values(), self.cancel_step_button,
                           self.edit_button, self.return_button]:
                button.setVisible(False)
        if not can_merge:
            self.unmerge_button.setEnabled(False)

        self.admissions_view.selectionModel().currentRowChanged.connect(self._visit_changed)
        self.open_survivor_button.clicked.connect(self._open_survivor)
        self.unmerge_button.clicked.connect(self.unmerge)
        self.reload()

    # -- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the record again (`open_patient`, audited)."""
        keep = self.current_admission()
        self.record = admissions.open_patient(self.session, self.patient_id)
        self._show_identity(self.record)
        visits = sorted(self.record.admissions, key=lambda r: r.admission.arrival_at,
                        reverse=True)
        self.admissions_model.set_rows(visits)
        row = 0
        if keep is not None:
            row = next((i for i, r in enumerate(visits) if r.admission.id == keep.id), 0)
        if visits:
            self.admissions_view.setCurrentIndex(self.admissions_model.index(row, 0))
        self.admissions_view.resizeColumnsToContents()
        self._visit_changed()

    def _show_identity(self, record: PatientRecord) -> None:
        patient = record.patient
        self.setWindowTitle(tr("Record — {name} ({id})", name=patient.display_name,
                               id=patient.identifier))
        self.name_label.setText(patient.display_name)
        traits = [patient.sex_label]
        age = patient.age_text()
        if age:
            traits.append(age)
        if patient.birth_date_text:
            traits.append(tr("born {date}", date=patient.birth_date_text))
        elif not patient.unknown:
            traits.append(tr("date of birth unknown"))
        if patient.birthplace_code or patient.birthplace:
            place = patient.birthplace or patient.birthplace_code
            if patient.birthplace and patient.birthplace_code:
                place = f"{patient.birthplace} ({patient.birthplace_code})"
            traits.append(tr("birthplace {place}", place=place))
        if patient.forenames and patient.forenames != patient.first_forename:
            traits.append(tr("forenames: {names}", names=patient.forenames))
        self.traits_label.setText(" · ".join(traits))
        self.status_badge.setText(tr("Identity: {status}",
                                     status=patient.identity_status_label))
        self.status_badge.setObjectName("identityBadge" if patient.identity_status != "PROV"
                                        else "identityBadgeProvisional")
        self.status_badge.style().unpolish(self.status_badge)
        self.status_badge.style().polish(self.status_badge)
        parts = []
        if patient.identity_document:
            parts.append(tr("{document} checked", document=tr(
                identity.IDENTITY_DOCUMENTS.get(patient.identity_document,
                                                patient.identity_document))))
        parts.append(tr("PID-32: {codes}", codes=" ".join(patient.pid32)))
        attributes = [tr(identity.IDENTITY_ATTRIBUTES[c]) for c in patient.identity_attributes
                      if c in identity.IDENTITY_ATTRIBUTES]
        if attributes:
            parts.append(", ".join(attributes))
        if patient.phone:
            parts.append(tr("phone {phone}", phone=patient.phone))
        self.identity_label.setText(" · ".join(parts))
        self.description_label.setText(tr("Description: {text}", text=patient.description)
                                       if patient.description else "")
        self.description_label.setVisible(bool(patient.description))
        self.id_label.setText(patient.identifier)
        others = []
        if patient.ipp and patient.provisional_id:
            others.append(tr("IPP {ipp}", ipp=patient.ipp))
        if patient.sinus_number:
            others.append(tr("SINUS {number}", number=patient.sinus_number))
        others.append(tr("registered {time} by {user}", time=clock.local_text(
            patient.created_at), user=patient.created_by or "?"))
        self.other_ids_label.setText("\n".join(others))

        if record.survivor is not None:
            self.merged_banner.setText(tr(
                "Merged into {id} {name} (same patient): record new steps there.",
                id=record.survivor.identifier, name=record.survivor.display_name))
        self.merged_banner.setVisible(record.survivor is not None)
        self.open_survivor_button.setVisible(record.survivor is not None)
        active = [m for m in record.merges if m.active]
        lines = []
        if record.merged:
            lines.append(tr("Records merged into this one: {list}", list=", ".join(
                f"{p.identifier} {p.display_name}" for p in record.merged)))
        for merge in active:
            lines.append(tr("Merged on {time} by {user}: {reason}",
                            time=clock.local_text(merge.created_at),
                            user=merge.created_by or "?", reason=merge.reason))
        self.merges_label.setText("\n".join(lines))
        self.merges_label.setVisible(bool(lines))
        self.unmerge_button.setVisible(bool(active))
        self.edit_button.setEnabled(patient.merged_into is None)
        self.return_button.setEnabled(patient.merged_into is None and not any(
            r.admission.is_open for r in record.admissions))

    def select_admission(self, admission_id: str) -> None:
        for row, visit in enumerate(self.admissions_model.rows):
            if visit.admission.id == admission_id:
                self.admissions_view.setCurrentIndex(self.admissions_model.index(row, 0))

    def current_admission(self) -> Admission | None:
        visit = self.current_visit()
        return visit.admission if visit is not None else None

    def current_visit(self) -> AdmissionRecord | None:
        index = self.admissions_view.currentIndex()
        if not index.isValid() or index.row() >= self.admissions_model.rowCount():
            return None
        return self.admissions_model.row(index.row())

    def _visit_changed(self, *_args: QModelIndex) -> None:
        visit = self.current_visit()
        if visit is None:
            self.movements_model.set_rows([])
            self.triage_model.set_rows([])
            self.admission_label.setText(tr("No visit."))
        else:
            a = visit.admission
            self.movements_model.set_rows(list(visit.movements))
            self.triage_model.set_rows(list(reversed(visit.triage)))
            parts = [a.status_label, tr("arrived {time}", time=clock.local_text(a.arrival_at)),
                     a.arrival_mode_label]
            if a.late_entry:
                parts.append(tr("typed late, on {time}", time=clock.local_text(a.entered_at)))
            if a.complaint:
                parts.append(a.complaint)
            if a.destination:
                parts.append(tr("to {destination}", destination=a.destination))
            self.admission_label.setText(" · ".join(parts))
            self.movements_view.resizeColumnsToContents()
        self._update_actions()

    def _update_actions(self) -> None:
        admission = self.current_admission()
        merged = self.record is not None and self.record.patient.merged_into is not None
        status = admission.status if admission is not None else None
        for kind, button in self.step_buttons.items():
            if kind == "triaged":
                allowed = status in admissions.OPEN_STATUSES
            else:
                allowed = status in admissions.MOVEMENT_KINDS[kind].from_statuses
            button.setEnabled(bool(allowed) and not merged)
        self.cancel_step_button.setEnabled(self.latest_step() is not None and not merged)
        self.step_buttons["triaged"].setText(
            tr("Re-&triage…") if admission is not None and admission.triage_level
            else tr("&Triage…"))

    def latest_step(self) -> Movement | None:
        visit = self.current_visit()
        if visit is None:
            return None
        effective = [m for m in visit.movements if m.kind != "cancelled" and not m.is_cancelled]
        return effective[-1] if effective else None

    # -- actions -------------------------------------------------------------------------------

    def _after_change(self, message: str) -> None:
        self.context.data_changed.emit("admissions")
        self.context.message_posted.emit(message)
        try:
            self.reload()
        except HospcrisisError as exc:
            show_error(self, exc)

    def _conflict(self, error: ConflictError) -> None:
        """Someone changed this record meanwhile: say so, show the fresh record."""
        show_error(self, error, tr("Changed meanwhile"))
        try:
            self.reload()
        except HospcrisisError as exc:
            show_error(self, exc)

    def do_step(self, kind: str) -> None:
        admission = self.current_admission()
        if admission is None:
            return
        try:
            if kind == "triaged":
                entry = TriageDialog.ask(self, self.session, admission)
                if entry is not None:
                    self._after_change(tr("Triage saved: {level}.", level=entry.level_label
                                          or (entry.mci_category or "")))
                return
            movement = StepDialog.ask(self, self.session, admission, kind)
        except ConflictError as exc:
            self._conflict(exc)
            return
        if movement is not None:
            self._after_change(tr("Saved: {step} at {time}.", step=movement.kind_label,
                                  time=clock.local_text(movement.at, "%H:%M")))

    def cancel_latest_step(self) -> None:
        step = self.latest_step()
        if step is None:
            return
        reason = ReasonDialog.ask(
            self, tr("Cancel a step"),
            tr("Cancel “{step}” of {time}? It stays in the history, struck through, with your "
               "reason.", step=step.kind_label, time=clock.local_text(step.at)),
            tr("Cancel this step"))
        if reason is None:
            return
        try:
            admissions.cancel_movement(self.session, step.id, reason)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self._after_change(tr("Step “{step}” cancelled.", step=step.kind_label))

    def edit_identity(self) -> None:
        if self.record is None:
            return
        try:
            result = IdentityDialog.ask(self, self.session, self.record.patient)
        except ConflictError as exc:
            self._conflict(exc)
            return
        if result is None:
            return
        patient, candidates = result
        self._after_change(tr("Identity of {id} saved.", id=patient.identifier))
        if candidates:
            show_info(self, tr("This identity now resembles {n} other record(s): see "
                               "“Possible duplicates”.", n=len(candidates)),
                      tr("Possible duplicates"))

    def find_duplicates(self) -> None:
        from hospcrisis.ui.admissions.duplicates import CandidatesDialog

        if self.record is None:
            return
        if CandidatesDialog.ask(self, self.context, self.record.patient):
            self._after_change(tr("Identitovigilance decision saved."))

    def unmerge(self) -> None:
        if self.record is None:
            return
        active = [m for m in self.record.merges if m.active]
        if not active:
            return
        merge = active[0]
        reason = ReasonDialog.ask(
            self, tr("Undo a merge"),
            tr("Undo the merge of {time}? Both records stand alone again, exactly as before.",
               time=clock.local_text(merge.created_at)), tr("Undo the merge"))
        if reason is None:
            return
        try:
            duplicates.unmerge(self.session, merge.id, reason)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self._after_change(tr("Merge undone."))

    def new_visit(self) -> None:
        if self.record is None:
            return
        registration = ReturnDialog.ask(self, self.session, self.record.patient)
        if registration is not None:
            self._after_change(tr("New visit saved for {id}.",
                                  id=registration.patient.identifier))
            self.select_admission(registration.admission.id)

    def _open_survivor(self) -> None:
        if self.record is not None and self.record.survivor is not None:
            self.context.patient_requested.emit(self.record.survivor.id)

    def request_print(self) -> None:
        admission = self.current_admission()
        self.print_requested.emit(self.patient_id, admission.id if admission else "")


def open_record(context: AppContext, patient_id: str, parent: QWidget | None,
                on_error: Callable[[BaseException], None] | None = None
                ) -> PatientRecordDialog | None:
    """Build and show a record window; errors go to a dialog (or `on_error`)."""
    try:
        dialog = PatientRecordDialog(context, patient_id, parent)
    except HospcrisisError as exc:
        if on_error is not None:
            on_error(exc)
        else:
            show_error(parent, exc)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
