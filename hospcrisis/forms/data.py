"""What the forms print: the plain, documented input contract of every renderer.

The forms never read the database. Whoever prints (the CLI `print` command, the GUI, a test)
builds these frozen dataclasses from its own records and hands them over; the renderers only
read them. Every text field is printed literally (accents, apostrophes, `<b>`, `=cmd|…`), after
NFC normalisation; nothing here is translated by the forms unless said so.

* `FormPatient` — one patient (or one reserved provisional ID with no identity yet).
* `PrintInfo` — who prints, where, when, in which language, exercise or not.
* `BoardRow`, `CensusRow` — one line of the ED board and of a unit census.
* `WristbandSize`, `LabelLayout` — media sizes (configurable).
* `RenderResult` — what a renderer wrote (pages, patients: what the print audit records).

Dates of birth are ISO text with an explicit precision (never an invented 1 January):
``dob="1954-03-12", dob_precision="exact"``, ``dob="1954", dob_precision="year"``,
``dob="", dob_precision="unknown"`` (then `estimated_age`, e.g. ``"40"`` or ``"30-40"``, helps).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from hospcrisis.core.triage_table import TRIAGE_SCALES
from hospcrisis.errors import HospcrisisError
from hospcrisis.i18n import LANGUAGES, N_, _

#: Administrative sex as recorded (HL7 table 0001 subset, as admissions keeps it).
SEXES: dict[str, str] = {"F": N_("Female"), "M": N_("Male"), "O": N_("Other"),
                         "U": N_("Unknown")}

#: How much of the date of birth is known ("day" is admissions' word for "exact").
DOB_PRECISIONS: tuple[str, ...] = ("exact", "day", "year", "unknown")

#: Identity statuses (RNIV, HL7 table 0445 French codes) → the word printed on paper.
#: Other codes of table 0445 (DOUB, COLP…) print as their code.
IDENTITY_STATUSES: dict[str, str] = {
    "PROV": N_("PROVISIONAL"),
    "RECUP": N_("RECOVERED"),
    "VALI": N_("VALIDATED"),
    "QUAL": N_("QUALIFIED"),
}

#: Triage levels offered in the boxes of the admission sheet, and their target time to first
#: medical contact (minutes), printed as a reminder — read from the one table of the core
#: (`core/triage.py`, FRENCH scale, SFMU 2018), never copied.
TRIAGE_LEVELS: tuple[str, ...] = tuple(
    level.code for level in TRIAGE_SCALES["FRENCH"].levels)
TRIAGE_TARGET_MINUTES: dict[str, int] = {
    level.code: level.target_minutes for level in TRIAGE_SCALES["FRENCH"].levels
    if level.target_minutes is not None}


class RenderCancelled(HospcrisisError):
    """The user cancelled a print job; no file was written (a partial file is removed)."""

    def __init__(self) -> None:
        super().__init__(_("Printing cancelled: no file was written."))


#: `progress(done, total)`: called as a batch advances (patients, packets or units done).
Progress = Callable[[int, int], None]
#: `cancelled()`: polled between items of a batch; True stops the job (`RenderCancelled`).
CancelCheck = Callable[[], bool]


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)


@dataclass(frozen=True)
class FormPatient:
    """One patient as printed on forms, wristbands and labels.

    Only `provisional_id` is required: a patient with no name, date of birth or sex yet is a
    *pre-numbered* patient (downtime packets reserve such IDs); his forms carry the ID and its
    barcodes, with lines to write the identity by hand.

    Attributes:
        provisional_id: station + sequence + check character, e.g. ``"URG1-000042-K"``
            (printable ASCII: it is encoded in Code 128).
        birth_name: nom de naissance (strict trait).
        used_name: nom d'usage (extra trait), printed when it differs from the birth name.
        first_name: first forename (strict trait), printed beside the name.
        forenames: all forenames, as recorded (extra trait), printed on the admission sheet.
        sex: ``"F"``, ``"M"``, ``"O"`` (other) or ``"U"`` (unknown).
        dob: ISO date (``"1954-03-12"``), year (``"1954"``) or ``""``; see `dob_precision`.
        dob_precision: ``"exact"`` (or ``"day"``), ``"year"`` or ``"unknown"``.
        estimated_age: free text such as ``"40"`` or ``"30-40"`` (years) for unknown patients.
        identity_status: ``"PROV"``, ``"RECUP"``, ``"VALI"``, ``"QUAL"`` (or another 0445 code).
        birthplace_code: INSEE birthplace code (strict trait), goes into the QR code.
        sinus_number: the national SINUS victim number, printed on labels when present.
        unit, bed: where the patient is.
        allergies: free text; empty means *not recorded* (never "none").
        arrival: aware datetime of arrival (ED), printed in local time.
        triage_level: initial triage level (see `TRIAGE_LEVELS`).
        complaint: reason for attending (motif de recours).
        description: distinguishing features of an unknown patient.
    """

    provisional_id: str
    birth_name: str = ""
    used_name: str = ""
    first_name: str = ""
    forenames: str = ""
    sex: str = "U"
    dob: str = ""
    dob_precision: str = "unknown"
    estimated_age: str = ""
    identity_status: str = "PROV"
    birthplace_code: str = ""
    sinus_number: str = ""
    unit: str = ""
    bed: str = ""
    allergies: str = ""
    arrival: datetime | None = None
    triage_level: str = ""
    complaint: str = ""
    description: str = ""

    def __post_init__(self) -> None:
        pid = self.provisional_id
        _require(bool(pid) and pid.isascii() and pid.isprintable() and len(pid) <= 40,
                 f"provisional_id must be 1-40 printable ASCII characters, not {pid!r}")
        _require(self.sex in SEXES, f"sex must be one of {', '.join(SEXES)}, not {self.sex!r}")
        _require(self.dob_precision in DOB_PRECISIONS,
                 f"dob_precision must be one of {', '.join(DOB_PRECISIONS)}")
        _require(self.arrival is None or self.arrival.tzinfo is not None,
                 "arrival must be a timezone-aware datetime")

    @property
    def dob_exact(self) -> bool:
        """True when the full date of birth is known."""
        return self.dob_precision in ("exact", "day")

    @property
    def has_identity(self) -> bool:
        """False for a pre-numbered patient (only the ID is known)."""
        return bool(self.birth_name or self.used_name or self.first_name or self.forenames
                    or self.dob or self.sex != "U" or self.estimated_age)

    @property
    def status_label(self) -> str:
        """The identity status in the current language (``PROVISOIRE``…)."""
        label = IDENTITY_STATUSES.get(self.identity_status)
        return _(label) if label else self.identity_status


@dataclass(frozen=True)
class PrintInfo:
    """Who prints, where and when: printed on every page.

    Attributes:
        station: the workstation's code (``"URG1"``).
        printed_by: the user's display name (or user name).
        printed_at: aware datetime; printed in the workstation's local time.
        exercise: True when the database is an exercise: every page gets an EXERCICE watermark.
        lang: ``"fr"`` or ``"en"``: the language of the whole document.
        hospital: the establishment's name, printed in the header (may be empty).
    """

    station: str
    printed_by: str
    printed_at: datetime
    exercise: bool = False
    lang: str = "fr"
    hospital: str = ""

    def __post_init__(self) -> None:
        _require(self.printed_at.tzinfo is not None, "printed_at must be timezone-aware")
        _require(self.lang in LANGUAGES, f"lang must be one of {', '.join(LANGUAGES)}")


@dataclass(frozen=True)
class BoardRow:
    """One patient on the ED board list, printed as given (the caller sorts and words it).

    `name` is the display name (``"MARTIN Hélène"``); `dob` as in `FormPatient` (ISO date or
    year, or any text printed as is); `status` and `area` are display text in the print
    language; `overdue` marks a patient waiting longer than his triage level allows.
    """

    provisional_id: str
    name: str
    dob: str = ""
    sex: str = "U"
    triage_level: str = ""
    arrival: datetime | None = None
    waiting_minutes: int | None = None
    overdue: bool = False
    status: str = ""
    area: str = ""


@dataclass(frozen=True)
class CensusRow:
    """One bed of a unit census. A row with no `provisional_id` prints as a free bed.

    `unit` is the unit's display name or code: the census starts a new page for each unit,
    in the order rows are given. `since` is when the patient arrived in the unit.
    """

    unit: str
    bed: str
    provisional_id: str = ""
    name: str = ""
    dob: str = ""
    sex: str = "U"
    since: datetime | None = None
    status: str = ""


@dataclass(frozen=True)
class WristbandSize:
    """The printable area of a wristband (landscape strip), in millimetres."""

    name: str
    width_mm: float
    height_mm: float

    def __post_init__(self) -> None:
        _require(60 <= self.width_mm <= 300 and 15 <= self.height_mm <= 40,
                 "wristband size out of range (60-300 x 15-40 mm)")


#: Adult band (25 mm high: Zebra Z-Band-like printable area).
ADULT_WRISTBAND = WristbandSize("adult", 186.0, 25.0)
#: Child / infant band.
CHILD_WRISTBAND = WristbandSize("child", 130.0, 19.0)
WRISTBAND_SIZES: dict[str, WristbandSize] = {"adult": ADULT_WRISTBAND, "child": CHILD_WRISTBAND}


@dataclass(frozen=True)
class LabelLayout:
    """A sheet of self-adhesive labels. The default is A4 3 x 7, 63.5 x 38.1 mm (L7160-like)."""

    columns: int = 3
    rows: int = 7
    label_width_mm: float = 63.5
    label_height_mm: float = 38.1
    left_mm: float = 7.21
    top_mm: float = 15.15
    h_pitch_mm: float = 66.04
    v_pitch_mm: float = 38.1
    page_width_mm: float = 210.0
    page_height_mm: float = 297.0

    def __post_init__(self) -> None:
        _require(self.columns >= 1 and self.rows >= 1, "a label sheet needs at least one label")
        _require(self.label_width_mm >= 40 and self.label_height_mm >= 20,
                 "labels must be at least 40 x 20 mm")
        right = self.left_mm + (self.columns - 1) * self.h_pitch_mm + self.label_width_mm
        bottom = self.top_mm + (self.rows - 1) * self.v_pitch_mm + self.label_height_mm
        _require(right <= self.page_width_mm + 0.01 and bottom <= self.page_height_mm + 0.01,
                 "the label grid does not fit on the page")

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows


#: Common A4 label sheets, by their usual reference (the default is L7160).
LABEL_LAYOUTS: dict[str, LabelLayout] = {
    "L7160": LabelLayout(),
    "L7159": LabelLayout(columns=3, rows=8, label_width_mm=63.5, label_height_mm=33.9,
                         left_mm=7.21, top_mm=12.9, h_pitch_mm=66.04, v_pitch_mm=33.9),
    "L7163": LabelLayout(columns=2, rows=7, label_width_mm=99.1, label_height_mm=38.1,
                         left_mm=4.65, top_mm=15.15, h_pitch_mm=101.6, v_pitch_mm=38.1),
    "L7161": LabelLayout(columns=3, rows=6, label_width_mm=63.5, label_height_mm=46.6,
                         left_mm=7.21, top_mm=8.8, h_pitch_mm=66.04, v_pitch_mm=46.6),
}


@dataclass(frozen=True)
class RenderResult:
    """What a renderer wrote: the print audit records `form`, `pages` and `patient_ids`."""

    form: str
    pages: int
    patient_ids: tuple[str, ...] = ()
    blank_copies: int = 0
    rows: int = 0
