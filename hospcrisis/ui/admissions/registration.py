"""Registering an arrival: the keyboard-only dialog (issue 3), and the duplicate check at save.

Tab goes through the fields in a sensible order, every label has a mnemonic (Alt+letter),
Enter saves, Esc cancels. Bad input is shown on the field with the core's message and nothing
is saved. Before saving, possible duplicates are shown (never blocking, never merging): same
patient → open that record or register a return visit; different patient → save anyway.
"Saved" and the new provisional ID appear only once the service has returned.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import admissions, duplicates, identity, provisional_ids, text, triage
from hospcrisis.core.admissions import ArrivalInput, Registration
from hospcrisis.core.duplicates import DuplicateCandidate
from hospcrisis.core.identity import IdentityInput
from hospcrisis.core.session import Session
from hospcrisis.errors import HospcrisisError, ValidationError
from hospcrisis.ui.admissions.common import (
    STYLE,
    CodeCombo,
    FieldBox,
    FieldErrors,
    add_row,
    error_banner,
    make_table,
    time_text,
)
from hospcrisis.ui.admissions.hooks import print_hub
from hospcrisis.ui.admissions.identity_form import IdentityForm, help_label
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_error
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, RowsModel

LOCAL_INPUT_FORMAT = "%d/%m/%Y %H:%M"


def level_icon(colour: str) -> QIcon:
    """A small square of a triage colour, for combos and chips."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def fill_triage_combo(combo: CodeCombo, session: Session, *, none_label: str) -> None:
    """Levels of the station's scale, most urgent first, with their colour and meaning."""
    combo.clear()
    combo.add(none_label, "")
    for level in triage.station_scale(session).levels:
        meaning = f" — {level.meaning}" if level.meaning else ""
        combo.addItem(level_icon(level.colour), f"{level.label}{meaning}", level.code)


def fill_mci_combo(combo: CodeCombo, none_label: str) -> None:
    combo.clear()
    combo.add(none_label, "")
    for code, category in triage.MCI_CATEGORIES.items():
        combo.add(f"{code} — {category.label}", code)


class ArrivalForm(QWidget):
    """The visit part: arrival time, mode, complaint, triage, mass-casualty category, area,
    pre-printed packet ID."""

    def __init__(self, session: Session, errors: FieldErrors, *, with_packet: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)

        self.arrival_at = QLineEdit()
        self.arrival_at.setObjectName("arrival_at")
        self.arrival_at.setToolTip(tr("Now by default. For a late entry type the real arrival "
                                      "time (DD/MM/YYYY HH:MM, or HH:MM for today); the time "
                                      "it was typed is kept too."))
        self.arrival_mode = CodeCombo()
        self.arrival_mode.setObjectName("arrival_mode")
        for code, label in admissions.ARRIVAL_MODES.items():
            self.arrival_mode.add(tr(label), code)
        self.complaint = QLineEdit()
        self.complaint.setObjectName("complaint")
        self.complaint.setPlaceholderText(tr("reason for coming, in a few words"))
        self.triage_level = CodeCombo()
        self.triage_level.setObjectName("triage_level")
        fill_triage_combo(self.triage_level, session, none_label=tr("not triaged yet"))
        self.mci_category = CodeCombo()
        self.mci_category.setObjectName("mci_category")
        fill_mci_combo(self.mci_category, tr("none"))
        self.area = CodeCombo()
        self.area.setObjectName("area")
        self.area.add(tr("not specified"), "")
        for code in admissions.ed_areas(session):
            self.area.add(admissions.area_label(code), code)
        self.packet_id = QLineEdit()
        self.packet_id.setObjectName("provisional_id")
        self.packet_id.setProperty("scanTarget", True)
        self.packet_id.setPlaceholderText(tr("empty: a new ID is given (or scan the packet)"))

        def add(label: str, name: str, widget: QWidget) -> FieldBox:
            box = errors.add(name, FieldBox(widget))
            add_row(form, label, box, widget)
            return box

        add(tr("Arr&ival time"), "arrival_at", self.arrival_at)
        add(tr("Arrival m&ode"), "arrival_mode", self.arrival_mode)
        add(tr("&Complaint"), "complaint", self.complaint)
        add(tr("Tri&age"), "triage_level", self.triage_level)
        self.mass_casualty = triage.mass_casualty_active(session)
        if self.mass_casualty:
            add(tr("Mass-casualt&y category"), "mci_category", self.mci_category)
        else:
            self.mci_category.hide()
        add(tr("&ED area"), "area", self.area)
        self.with_packet = with_packet
        if with_packet:
            add(tr("Do&wntime packet ID"), "provisional_id", self.packet_id)
        else:
            self.packet_id.hide()
        self.reset_time()

    def tab_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.arrival_at, self.arrival_mode, self.complaint,
                                self.triage_level]
        if self.mass_casualty:
            chain.append(self.mci_category)
        chain.append(self.area)
        if self.with_packet:
            chain.append(self.packet_id)
        return chain

    def reset_time(self) -> None:
        self.arrival_at.setText(clock.local_text(clock.now(), LOCAL_INPUT_FORMAT))
        self.arrival_at.setModified(False)

    def arrival_input(self) -> ArrivalInput:
        """What was typed; an untouched arrival time means "now" at the moment of saving."""
        typed = self.arrival_at.text() if self.arrival_at.isModified() else None
        return ArrivalInput(
            arrival_at=typed, arrival_mode=self.arrival_mode.code() or "personal",
            complaint=self.complaint.text(), area=self.area.code() or "",
            triage_level=self.triage_level.code(),
            mci_category=self.mci_category.code() if self.mass_casualty else None,
            provisional_id=self.packet_id.text() if self.with_packet else "")

    def clear(self) -> None:
        self.reset_time()
        self.arrival_mode.set_code("personal")
        self.complaint.clear()
        self.triage_level.set_code("")
        self.mci_category.set_code("")
        self.area.set_code("")
        self.packet_id.clear()


def precheck(session: Session, patient: IdentityInput, arrival: ArrivalInput
             ) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Check everything typed with the core's rules, writing nothing, so every problem shows
    before the duplicate question. Returns the identity columns and the problems."""
    problems = text.Problems()
    row = identity.check_identity(patient, problems=problems)
    admissions.parse_time(arrival.arrival_at, field="arrival_at", label=tr("Arrival time"),
                          problems=problems)
    text.clean(arrival.complaint, field="complaint", label=tr("Complaint"),
               max_len=text.MEDIUM, multiline=True, problems=problems)
    triage.check_level(triage.station_scale(session), arrival.triage_level,
                       arrival.mci_category,
                       mass_casualty=triage.mass_casualty_active(session), problems=problems)
    if arrival.provisional_id.strip():
        try:
            provisional_ids.parse(arrival.provisional_id)
        except ValidationError as exc:
            problems.items.extend(exc.problems)
    return row, problems.items


def without_echoes(problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """An impossible date also makes its precision "not match": show the date's message
    only."""
    if any(field == "birth_date" for field, _m in problems):
        return [p for p in problems if p[0] != "birth_date_precision"]
    return problems


# --- duplicates at save ---------------------------------------------------------------------


@dataclass(frozen=True)
class DuplicateDecision:
    """What the user chose: `new` (different patient, save anyway), `return` (same patient,
    new visit on their record) or `open` (same patient, open the record, save nothing)."""

    action: str
    patient_id: str | None = None


def candidate_columns() -> list[Column[DuplicateCandidate]]:
    return [
        Column(tr("Similarity"), lambda c: f"{c.score} %",
               Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        Column(tr("Patient"), lambda c: c.patient.display_name),
        Column(tr("Born"), lambda c: c.patient.birth_date_text or c.patient.age_text()),
        Column(tr("Sex"), lambda c: c.patient.sex),
        Column(tr("ID"), lambda c: c.patient.identifier),
        Column(tr("Identity"), lambda c: c.patient.identity_status_label),
        Column(tr("Why"), lambda c: c.reason_text, tooltip=lambda c: c.reason_text),
    ]


class DuplicatesDialog(QDialog):
    """Possible duplicates of the identity being saved. Never blocking, never merging."""

    def __init__(self, candidates: list[DuplicateCandidate], typed: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Possible duplicate — check before saving"))
        self.setStyleSheet(STYLE)
        self.resize(980, 420)
        self.decision: DuplicateDecision | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(tr("“{typed}” may already be registered. Check the strict traits "
                          "(names, date of birth, sex, birthplace) with the patient. Nothing "
                          "is merged automatically.", typed=typed))
        intro.setObjectName("infoBanner")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model: RowsModel[DuplicateCandidate] = RowsModel(candidate_columns())
        self.model.set_rows(candidates)
        self.view = make_table(self.model, stretch_column=6)
        self.view.resizeColumnsToContents()
        self.view.selectRow(0)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("&Different patient: save anyway"))
        self.new_button.setObjectName("primary")
        self.return_button = QPushButton(tr("Same patient: register a &return visit"))
        self.open_button = QPushButton(tr("Same patient: &open that record"))
        self.back_button = QPushButton(tr("&Back to the form"))
        for button in (self.new_button, self.return_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout.addLayout(buttons)
        layout.addWidget(help_label(tr("A record holding two people (collision) is more "
                                       "dangerous than two records of one person (duplicate):"
                                       " when in doubt, save a new patient; identitovigilance "
                                       "will merge later.")))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(lambda: self._choose("new"))
        self.return_button.clicked.connect(lambda: self._choose("return"))
        self.open_button.clicked.connect(lambda: self._choose("open"))
        self.back_button.clicked.connect(self.reject)

    def _choose(self, action: str) -> None:
        patient_id = None
        if action != "new":
            row = self.view.currentIndex().row()
            row = max(row, 0)
            patient_id = self.model.row(row).patient.id
        self.decision = DuplicateDecision(action, patient_id)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, candidates: list[DuplicateCandidate],
            typed: str) -> DuplicateDecision | None:
        dialog = cls(candidates, typed, parent)
        dialog.exec()
        return dialog.decision


# --- the dialog -----------------------------------------------------------------------------


class RegistrationDialog(QDialog):
    """New arrival. Enter saves, Esc cancels.

    Signals:
        registered(object): an arrival was saved (`admissions.Registration`).
        print_requested(str, str): print the wristband and labels (patient id, admission id).
    """

    registered = Signal(object)
    print_requested = Signal(str, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.registration: Registration | None = None
        self.setObjectName("registrationDialog")
        self.setWindowTitle(tr("New arrival"))
        self.setStyleSheet(STYLE)
        self.resize(1120, 600)
        self.print_requested.connect(print_hub(context).patient_requested)

        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)

        # page 1: the form
        form_page = QWidget()
        layout = QVBoxLayout(form_page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = error_banner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        columns = QHBoxLayout()
        identity_group = QGroupBox(tr("Identity"))
        identity_layout = QVBoxLayout(identity_group)
        self.identity_form = IdentityForm(self.errors)
        identity_layout.addWidget(self.identity_form)
        identity_layout.addStretch(1)
        arrival_group = QGroupBox(tr("Arrival"))
        arrival_layout = QVBoxLayout(arrival_group)
        self.arrival_form = ArrivalForm(self.session, self.errors)
        arrival_layout.addWidget(self.arrival_form)
        arrival_layout.addWidget(help_label(tr(
            "Identity stays provisional unless an identity document was checked. For an "
            "unknown patient, tick “Unknown patient”: never invent a date of birth.")))
        arrival_layout.addStretch(1)
        columns.addWidget(identity_group, 11)
        columns.addWidget(arrival_group, 9)
        layout.addLayout(columns, 1)
        bottom = QHBoxLayout()
        keys = help_label(tr("Enter: save · Esc: cancel · Alt+letter: go to a field"))
        keys.setWordWrap(False)
        bottom.addWidget(keys)
        bottom.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(tr("Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(tr("Cancel"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.pages.addWidget(form_page)

        # page 2: saved
        saved_page = QWidget()
        saved = QVBoxLayout(saved_page)
        saved.addStretch(1)
        self.saved_banner = QLabel()
        self.saved_banner.setObjectName("savedBanner")
        self.saved_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        saved.addWidget(self.saved_banner)
        self.saved_id = QLabel()
        self.saved_id.setObjectName("savedId")
        self.saved_id.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.saved_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        saved.addWidget(self.saved_id)
        self.saved_details = QLabel()
        self.saved_details.setObjectName("recordLine")
        self.saved_details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.saved_details.setWordWrap(True)
        saved.addWidget(self.saved_details)
        saved.addStretch(1)
        after = QHBoxLayout()
        after.addStretch(1)
        self.print_button = QPushButton(tr("&Print wristband and labels"))
        self.open_button = QPushButton(tr("&Open the record"))
        self.another_button = QPushButton(tr("&New arrival"))
        self.close_button = QPushButton(tr("&Close"))
        self.close_button.setObjectName("primary")
        for button in (self.print_button, self.open_button, self.another_button,
                       self.close_button):
            after.addWidget(button)
        after.addStretch(1)
        saved.addLayout(after)
        saved.addStretch(2)
        self.print_button.clicked.connect(self._print)
        self.open_button.clicked.connect(self._open_record)
        self.another_button.clicked.connect(self.start_another)
        self.close_button.clicked.connect(self.accept)
        self.pages.addWidget(saved_page)

        chain = self.identity_form.tab_chain() + self.arrival_form.tab_chain() + [
            self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._ctrl_enter)
        self.identity_form.birth_name.setFocus()

    # -- saving --------------------------------------------------------------------------------

    def _ctrl_enter(self) -> None:
        if self.pages.currentIndex() == 0:
            self.save()

    def keyPressEvent(self, event: Any) -> None:
        # Enter on the form saves even when a combo or a check box has the focus.
        if self.pages.currentIndex() == 0 and event.key() in (Qt.Key.Key_Return,
                                                              Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        """Check, ask about possible duplicates, save; show the new ID only once saved."""
        self.errors.clear()
        patient, screen_problems = self.identity_form.identity_input()
        arrival = self.arrival_form.arrival_input()
        row, problems = precheck(self.session, patient, arrival)
        problems = screen_problems + problems
        if problems:
            self.errors.show(without_echoes(problems))
            return
        try:
            candidates = duplicates.check(self.session, row)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        decision = DuplicateDecision("new")
        if candidates:
            typed = identity.display_name(row["birth_name"], row["used_name"],
                                          row["first_forename"], bool(row["unknown"]),
                                          row["sex"])
            born = identity.birth_date_text(row["birth_date"], row["birth_date_precision"])
            if born:
                typed = tr("{name}, born {date}", name=typed, date=born)
            chosen = DuplicatesDialog.ask(self, candidates, typed)
            if chosen is None:
                return
            decision = chosen
        try:
            if decision.action == "open" and decision.patient_id:
                self.context.patient_requested.emit(decision.patient_id)
                self.reject()
                return
            if decision.action == "return" and decision.patient_id:
                registration = admissions.register_return(self.session, decision.patient_id,
                                                          arrival)
            else:
                registration = admissions.register_arrival(self.session, patient, arrival,
                                                           check_duplicates=False)
        except ValidationError as exc:
            self.errors.show(without_echoes(exc.problems or [("", exc.message)]))
            return
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self._saved(registration)

    def _saved(self, registration: Registration) -> None:
        self.registration = registration
        patient, admission = registration.patient, registration.admission
        saved_at = clock.local_text(admission.entered_at, "%H:%M")
        self.saved_banner.setText(tr("Saved at {time}. Write this ID on any paper used.",
                                     time=saved_at))
        self.saved_id.setText(patient.identifier)
        details = [patient.display_name]
        if admission.triage_label:
            details.append(admission.triage_label)
        if admission.area:
            details.append(admission.area_label)
        details.append(tr("arrived {time}", time=time_text(admission.arrival_at)))
        self.saved_details.setText(" · ".join(details))
        self.pages.setCurrentIndex(1)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.context.data_changed.emit("admissions")
        self.context.message_posted.emit(tr("Arrival saved: {id} {name}.",
                                            id=patient.identifier, name=patient.display_name))
        self.registered.emit(registration)

    def _print(self) -> None:
        if self.registration is not None:
            self.print_requested.emit(self.registration.patient.id,
                                      self.registration.admission.id)

    def _open_record(self) -> None:
        if self.registration is not None:
            patient_id = self.registration.patient.id
            self.accept()
            self.context.patient_requested.emit(patient_id)

    def start_another(self) -> None:
        """Back to an empty form for the next patient."""
        self.identity_form.clear()
        self.arrival_form.clear()
        self.errors.clear()
        self.save_button.setDefault(True)
        self.pages.setCurrentIndex(0)
        self.identity_form.birth_name.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> Registration | None:
        """Run the dialog; the last registration saved (None when nothing was)."""
        dialog = cls(context, parent)
        dialog.exec()
        return dialog.registration
