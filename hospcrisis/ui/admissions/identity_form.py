"""The identity part of the registration dialog, reused to correct an identity.

Field names are the core's (`IdentityInput` and its problems), so a `ValidationError` lands on
the right field. Strict traits come first; an "unknown patient" switch turns the form into
sex-if-known + estimated age + description, and never asks for a birth date.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hospcrisis.core import identity
from hospcrisis.core.identity import IdentityInput, Patient
from hospcrisis.ui.admissions.common import CodeCombo, FieldBox, FieldErrors, add_row
from hospcrisis.ui.i18n import tr

_AGE_RANGE = re.compile(r"^\s*[~≈]?\s*(\d{1,3})\s*(?:(?:-|–|—|à|to|a)\s*(\d{1,3}))?\s*"
                        r"(?:ans?|y|years?)?\s*$", re.IGNORECASE)
_YEAR_ONLY = re.compile(r"^\s*\d{4}\s*$")


def parse_age_range(typed: str) -> tuple[int, int] | None:
    """(low, high) from `35`, `30-40`, `30 à 40`, `≈ 35 ans`; None when it is not an age."""
    match = _AGE_RANGE.match(typed or "")
    if not match:
        return None
    low = int(match.group(1))
    high = int(match.group(2)) if match.group(2) else low
    return low, high


class IdentityForm(QWidget):
    """Identity traits with their field errors.

    Signals:
        unknown_changed(bool): the "unknown patient" switch was turned on or off.
    """

    unknown_changed = Signal(bool)

    def __init__(self, errors: FieldErrors, *, with_attributes: bool = False,
                 allowed_statuses: tuple[str, ...] = identity.REGISTRATION_STATUSES,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self._precision_chosen = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        self.unknown = QCheckBox(tr("&Unknown patient (identity not known)"))
        self.unknown.setObjectName("unknownPatient")
        self.unknown.setToolTip(tr("No name known: sex if known, an estimated age and a "
                                   "description. Never an invented birth date."))
        outer.addWidget(self.unknown)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        outer.addLayout(form)
        self.form = form

        def line(name: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit()
            edit.setObjectName(name)
            if placeholder:
                edit.setPlaceholderText(placeholder)
            return edit

        self.birth_name = line("birth_name")
        self.used_name = line("used_name", tr("if different (e.g. married name)"))
        self.first_forename = line("first_forename")
        self.forenames = line("forenames", tr("all forenames, in civil-status order"))
        self.sex = CodeCombo()
        self.sex.setObjectName("sex")
        for code in ("F", "M", "O", "U"):
            self.sex.add(tr(identity.SEXES[code]), code)
        self.sex.aliases = {"H": "M", "I": "O", "X": "U"}
        self.sex.setCurrentIndex(-1)
        self.sex.setPlaceholderText(tr("F, M, O (other) or U (unknown)"))
        self.birth_date = line("birth_date", tr("DD/MM/YYYY, or the year alone"))
        self.precision = CodeCombo()
        self.precision.setObjectName("birth_date_precision")
        for code in ("day", "year", "unknown"):
            self.precision.add(tr(identity.DOB_PRECISIONS[code]), code)
        self.estimated_age = line("estimated_age", tr("e.g. 35 or 30-40"))
        self.description = line("description", tr("clothes, build, distinctive signs, where "
                                                   "found"))
        self.birthplace_code = line("birthplace_code", tr("INSEE code, 99xxx abroad"))
        self.birthplace_code.setMaximumWidth(150)
        self.birthplace = line("birthplace", tr("town or country (optional)"))
        self.identity_status = CodeCombo()
        self.identity_status.setObjectName("identity_status")
        for code in allowed_statuses:
            self.identity_status.add(identity.IDENTITY_STATUSES[code].label, code)
        self.identity_document = CodeCombo()
        self.identity_document.setObjectName("identity_document")
        self.identity_document.add(tr("none checked"), "")
        for code, label in identity.IDENTITY_DOCUMENTS.items():
            self.identity_document.add(tr(label), code)
        self.sinus_number = line("sinus_number", tr("mass-casualty wristband number"))
        self.phone = line("phone", tr("relative or patient"))

        add = self._add_row
        add(tr("&Birth name"), "birth_name", self.birth_name)
        add(tr("Used na&me"), "used_name", self.used_name)
        add(tr("&First forename"), "first_forename", self.first_forename)
        add(tr("All fore&names"), "forenames", self.forenames)
        add(tr("&Sex"), "sex", self.sex)
        dob_row = QWidget()
        dob_layout = QHBoxLayout(dob_row)
        dob_layout.setContentsMargins(0, 0, 0, 0)
        self.birth_date_box = errors.add("birth_date", FieldBox(self.birth_date))
        self.precision_box = errors.add("birth_date_precision", FieldBox(self.precision))
        dob_layout.addWidget(self.birth_date_box, 3, Qt.AlignmentFlag.AlignTop)
        dob_layout.addWidget(self.precision_box, 2, Qt.AlignmentFlag.AlignTop)
        dob_row.setFocusProxy(self.birth_date)
        add_row(form, tr("&Date of birth"), dob_row, self.birth_date)
        add(tr("Estimated a&ge"), "estimated_age", self.estimated_age)
        self.description_box = add(tr("Descri&ption"), "description", self.description)
        place_row = QWidget()
        place_layout = QHBoxLayout(place_row)
        place_layout.setContentsMargins(0, 0, 0, 0)
        place_layout.addWidget(errors.add("birthplace_code", FieldBox(self.birthplace_code)))
        place_layout.addWidget(errors.add("birthplace", FieldBox(self.birthplace)), 1)
        place_row.setFocusProxy(self.birthplace_code)
        add_row(form, tr("Bi&rthplace"), place_row, self.birthplace_code)
        add(tr("Identity s&tatus"), "identity_status", self.identity_status)
        add(tr("Identity document chec&ked"), "identity_document", self.identity_document)
        add(tr("SINUS &victim number"), "sinus_number", self.sinus_number)
        add(tr("P&hone"), "phone", self.phone)

        self.attributes: dict[str, QCheckBox] = {}
        if with_attributes:
            grid_host = QWidget()
            grid = QGridLayout(grid_host)
            grid.setContentsMargins(0, 0, 0, 0)
            codes = [c for c in identity.IDENTITY_ATTRIBUTES
                     if c not in identity.SYSTEM_ATTRIBUTES]
            for i, code in enumerate(codes):
                box = QCheckBox(f"{code} — {tr(identity.IDENTITY_ATTRIBUTES[code])}")
                box.setObjectName(f"attribute_{code}")
                self.attributes[code] = box
                grid.addWidget(box, i // 2, i % 2)
            self.attributes_box = errors.add("identity_attributes", FieldBox(grid_host))
            form.addRow(tr("Identity attributes (PID-32)"), self.attributes_box)

        self.unknown.toggled.connect(self._unknown_toggled)
        self.birth_date.textEdited.connect(self._dob_edited)
        self.precision.activated.connect(self._precision_activated)
        self.precision.currentIndexChanged.connect(self._update_enabled)
        self.identity_status.currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()

    def _add_row(self, label: str, name: str, widget: QWidget) -> FieldBox:
        box = self.errors.add(name, FieldBox(widget))
        add_row(self.form, label, box, widget)
        return box

    def tab_chain(self) -> list[QWidget]:
        """The fields in keyboard order."""
        chain: list[QWidget] = [self.unknown, self.birth_name, self.used_name,
                                self.first_forename, self.forenames, self.sex,
                                self.birth_date, self.precision, self.estimated_age,
                                self.description, self.birthplace_code, self.birthplace,
                                self.identity_status, self.identity_document,
                                self.sinus_number, self.phone]
        chain += list(self.attributes.values())
        return chain

    # -- behaviour -----------------------------------------------------------------------------

    def _dob_edited(self, typed: str) -> None:
        if self._precision_chosen:
            return
        if _YEAR_ONLY.match(typed):
            self.precision.set_code("year")
        elif typed.strip():
            self.precision.set_code("day")

    def _precision_activated(self, _index: int) -> None:
        self._precision_chosen = True

    def _unknown_toggled(self, on: bool) -> None:
        if on:
            self.precision.set_code("unknown")
            self.identity_status.set_code("PROV")
        elif self.precision.code() == "unknown" and not self._precision_chosen:
            self.precision.set_code("day")
        self._update_enabled()
        self.unknown_changed.emit(on)

    def _update_enabled(self) -> None:
        unknown = self.unknown.isChecked()
        dob_unknown = self.precision.code() == "unknown"
        self.birth_date.setEnabled(not unknown and not dob_unknown)
        self.precision.setEnabled(not unknown)
        self.estimated_age.setEnabled(unknown or dob_unknown)
        self.description_box.setVisible(unknown)
        self.description.setEnabled(unknown)
        self.identity_status.setEnabled(not unknown)
        validated = self.identity_status.code() == "VALI"
        self.identity_document.setEnabled(validated and not unknown)
        if not validated:
            self.identity_document.set_code("")
        label = self.form.labelForField(self.description_box)
        if label is not None:
            label.setVisible(unknown)

    # -- reading and writing ------------------------------------------------------------------

    def identity_input(self) -> tuple[IdentityInput, list[tuple[str, str]]]:
        """What was typed, and the problems only the screen can see (an age that is not an
        age); everything else is checked by the core."""
        problems: list[tuple[str, str]] = []
        unknown = self.unknown.isChecked()
        low = high = None
        if self.estimated_age.isEnabled() and self.estimated_age.text().strip():
            parsed = parse_age_range(self.estimated_age.text())
            if parsed is None:
                problems.append(("estimated_age", tr("Type an age (35) or an age range "
                                                     "(30-40).")))
            else:
                low, high = parsed
        precision = self.precision.code() or "day"
        birth_date = None if unknown or precision == "unknown" else self.birth_date.text()
        return IdentityInput(
            birth_name=self.birth_name.text(), used_name=self.used_name.text(),
            first_forename=self.first_forename.text(), forenames=self.forenames.text(),
            sex=self.sex.code() or "U", birth_date=birth_date,
            # "exact date" is the default: the core reads the precision from what was typed
            # (a year alone is a year), so only "year" and "unknown" are sent as chosen
            birth_date_precision="unknown" if unknown else (
                None if precision == "day" else precision),
            estimated_age_min=low, estimated_age_max=high,
            birthplace_code=self.birthplace_code.text(), birthplace=self.birthplace.text(),
            identity_status="PROV" if unknown else (self.identity_status.code() or "PROV"),
            identity_document="" if unknown else (self.identity_document.code() or ""),
            identity_attributes=tuple(c for c, box in self.attributes.items()
                                      if box.isChecked()),
            unknown=unknown,
            description=self.description.text() if unknown else "",
            sinus_number=self.sinus_number.text(), phone=self.phone.text(),
        ), problems

    def load(self, patient: Patient) -> None:
        """Fill the form from a stored identity (correction)."""
        self.unknown.setChecked(patient.unknown)
        self.birth_name.setText(patient.birth_name)
        self.used_name.setText(patient.used_name)
        self.first_forename.setText(patient.first_forename)
        self.forenames.setText(patient.forenames)
        self.sex.set_code(patient.sex)
        self.birth_date.setText(patient.birth_date_text)
        self.precision.set_code(patient.birth_date_precision)
        self._precision_chosen = True
        if patient.estimated_age_min is not None:
            low, high = patient.estimated_age_min, patient.estimated_age_max
            self.estimated_age.setText(str(low) if high in (None, low) else f"{low}-{high}")
        self.description.setText(patient.description)
        self.birthplace_code.setText(patient.birthplace_code)
        self.birthplace.setText(patient.birthplace)
        if self.identity_status.findData(patient.identity_status) < 0:
            self.identity_status.add(patient.identity_status_label, patient.identity_status)
        self.identity_status.set_code(patient.identity_status)
        self.identity_document.set_code(patient.identity_document)
        for code, box in self.attributes.items():
            box.setChecked(code in patient.identity_attributes)
        self.sinus_number.setText(patient.sinus_number)
        self.phone.setText(patient.phone)
        self._update_enabled()

    def clear(self) -> None:
        self.unknown.setChecked(False)
        for edit in (self.birth_name, self.used_name, self.first_forename, self.forenames,
                     self.birth_date, self.estimated_age, self.description,
                     self.birthplace_code, self.birthplace, self.sinus_number, self.phone):
            edit.clear()
        self.sex.setCurrentIndex(-1)
        self.precision.set_code("day")
        self._precision_chosen = False
        self.identity_status.set_code("PROV")
        self.identity_document.set_code("")
        for box in self.attributes.values():
            box.setChecked(False)
        self._update_enabled()


def help_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionHint")
    label.setWordWrap(True)
    return label
