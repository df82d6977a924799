"""Patient identity: the identitovigilance tables, checking typed traits, and the `Patient`
record the screens, forms and exports read.

Pure functions, no database. The code tables below (identity statuses, PID-32 attributes,
identity documents, sexes) are the ONE place to correct a code or a label (DOMAIN.md marks the
PID-32 values *to confirm*).

Rules (RNIV, DOMAIN.md):
* strict traits: birth name, first forename, date of birth, sex, birthplace code; used name and
  all forenames are extra traits;
* everything registered in downtime is *provisional* (PROV) unless an identity document was
  checked (then *validated*, VALI, with the document type recorded); *retrieved* (RECUP) and
  *qualified* (QUAL) need the national INS teleservice, so only an imported census carries them;
* an unknown patient gets a provisional identity that says so (sex if known, estimated age,
  a description) — never an invented 1 January birth date: the date keeps its precision.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from hospcrisis import clock
from hospcrisis.core import text
from hospcrisis.i18n import N_, _

MAX_AGE = 130

# --- code tables ---------------------------------------------------------------------------


@dataclass(frozen=True)
class IdentityStatus:
    """One identity status: stable code (also HL7 PID-32), label, order in the RNIV ladder."""

    code: str
    label_source: str
    rank: int
    pid32: str

    @property
    def label(self) -> str:
        return _(self.label_source)


# provisoire → récupérée → validée → qualifiée (HL7 PID-32 codes of IHE PAM FR, *to confirm*).
IDENTITY_STATUSES: dict[str, IdentityStatus] = {
    "PROV": IdentityStatus("PROV", N_("Provisional"), 0, "PROV"),
    "RECUP": IdentityStatus("RECUP", N_("Retrieved"), 1, "RECUP"),
    "VALI": IdentityStatus("VALI", N_("Validated"), 2, "VALI"),
    "QUAL": IdentityStatus("QUAL", N_("Qualified"), 3, "QUAL"),
}
# Statuses a downtime registration may set (RECUP/QUAL need the INS teleservice).
REGISTRATION_STATUSES = ("PROV", "VALI")

# Extra identity attributes carried in PID-32 (HL7 table 0445, French codes, *to confirm*).
IDENTITY_ATTRIBUTES: dict[str, str] = {
    "DOUB": N_("Duplicate"),
    "DPOT": N_("Potential duplicate"),
    "DOUA": N_("Confirmed duplicate"),
    "COLP": N_("Potential collision"),
    "COLV": N_("Confirmed collision"),
    "FICT": N_("Fictitious identity"),
    "DOUT": N_("Doubtful identity"),
}
# Set by the merge itself, never typed.
SYSTEM_ATTRIBUTES = frozenset({"DOUA"})

# Identity documents that allow the VALI status (RNIV high-trust documents).
IDENTITY_DOCUMENTS: dict[str, str] = {
    "id_card": N_("National identity card"),
    "passport": N_("Passport"),
    "residence_permit": N_("Residence permit"),
    "family_record_book": N_("Family record book or birth certificate (minor)"),
}

# Administrative sex (HL7 table 0001 subset).
SEXES: dict[str, str] = {
    "F": N_("Female"),
    "M": N_("Male"),
    "O": N_("Other"),
    "U": N_("Unknown"),
}
_SEX_ALIASES = {"H": "M", "I": "O", "X": "U", "": "U"}

DOB_PRECISIONS: dict[str, str] = {
    "day": N_("Exact date"),
    "year": N_("Year only"),
    "unknown": N_("Unknown"),
}

NAME_MAX = text.SHORT
FORENAMES_MAX = 200
PHONE_RE = re.compile(r"^\+?[0-9 .()\-/]{6,30}$")
SINUS_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 \-/]{0,39}$")
BIRTHPLACE_CODE_RE = re.compile(r"^(?:\d{5}|2[AB]\d{3})$")
_DATE_DMY = re.compile(r"^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2,4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DATE_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")


def sex_code(value: object) -> str | None:
    """F, M, O or U from a code or an alias (H = homme, I = indéterminé); None if unknown."""
    code = str(value or "").strip().upper()
    code = _SEX_ALIASES.get(code, code)
    return code if code in SEXES else None


# --- input ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class IdentityInput:
    """Identity traits as typed in the registration dialog (strings are checked and cleaned).

    `birth_date` is text (`DD/MM/YYYY`, `YYYY-MM-DD`, `DDMMYYYY`, `YYYY`, or empty) or a `date`;
    its precision follows from what was typed unless `birth_date_precision` says otherwise.
    `forenames` holds every forename in civil-status order, separated by spaces.
    """

    birth_name: str = ""
    used_name: str = ""
    first_forename: str = ""
    forenames: str = ""
    sex: str = "U"
    birth_date: str | date | None = None
    birth_date_precision: str | None = None
    estimated_age_min: int | None = None
    estimated_age_max: int | None = None
    birthplace_code: str = ""
    birthplace: str = ""
    identity_status: str = "PROV"
    identity_document: str = ""
    identity_attributes: tuple[str, ...] = ()
    unknown: bool = False
    description: str = ""
    sinus_number: str = ""
    phone: str = ""


def parse_birth_date(value: str | date | None, *, today: date | None = None,
                     problems: text.Problems, field_name: str = "birth_date"
                     ) -> tuple[str | None, str]:
    """(`YYYY-MM-DD` | `YYYY` | None, precision) from typed text; adds a problem when the date
    is impossible (30 February), in the future, or gives an age over 130."""
    today = today or clock.local(clock.now()).date()
    label = _("Date of birth")
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, "unknown"
    if isinstance(value, date):
        year, month, day = value.year, value.month, value.day
    else:
        typed = value.strip()
        year_match = _YEAR.match(typed)
        if year_match:
            year = int(year_match.group(1))
            if year > today.year:
                problems.add(field_name, _("The date of birth is in the future."))
            elif today.year - year > MAX_AGE:
                problems.add(field_name, _("The date of birth gives an age over {n} years: "
                                           "check the year.", n=MAX_AGE))
            return f"{year:04d}", "year"
        match = _DATE_ISO.match(typed)
        if match:
            year, month, day = (int(g) for g in match.groups())
        else:
            match = _DATE_DMY.match(typed) or _DATE_COMPACT.match(typed)
            if not match:
                problems.add(field_name, _("{field}: “{value}” is not a date; type it as "
                                           "DD/MM/YYYY, or the year alone.",
                                           field=label, value=typed[:40]))
                return None, "unknown"
            day, month, year = (int(g) for g in match.groups())
            if len(match.group(3)) != 4:
                problems.add(field_name, _("{field}: type the year with four digits.",
                                           field=label))
                return None, "unknown"
    try:
        born = date(year, month, day)
    except ValueError:
        problems.add(field_name, _("The date of birth {value} does not exist (check the day "
                                   "and the month).", value=f"{day:02d}/{month:02d}/{year:04d}"))
        return None, "unknown"
    if born > today:
        problems.add(field_name, _("The date of birth is in the future."))
    elif age_on(born, today) > MAX_AGE:
        problems.add(field_name, _("The date of birth gives an age over {n} years: check the "
                                   "year.", n=MAX_AGE))
    return born.isoformat(), "day"


def age_on(born: date, today: date) -> int:
    """Age in whole years on `today`."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _clean_name(value: str, field: str, label: str, problems: text.Problems,
                required: bool, max_len: int = NAME_MAX) -> str:
    cleaned = text.clean(value, field=field, label=label, max_len=max_len,
                         required=required, problems=problems)
    return re.sub(r"\s+", " ", cleaned)


def check_identity(identity: IdentityInput, *, allowed_statuses: tuple[str, ...] =
                   REGISTRATION_STATUSES, today: date | None = None,
                   problems: text.Problems | None = None) -> dict[str, Any]:
    """The patient columns for `identity`, cleaned; every problem added to `problems` (or raised
    as one `ValidationError` when `problems` is None). No side effect."""
    own = problems is None
    problems = problems if problems is not None else text.Problems()
    unknown = bool(identity.unknown)
    row: dict[str, Any] = {"unknown": 1 if unknown else 0}
    row["birth_name"] = _clean_name(identity.birth_name, "birth_name", _("Birth name"),
                                    problems, required=not unknown)
    row["used_name"] = _clean_name(identity.used_name, "used_name", _("Used name"), problems,
                                   required=False)
    row["first_forename"] = _clean_name(identity.first_forename, "first_forename",
                                        _("First forename"), problems, required=not unknown)
    row["forenames"] = _clean_name(identity.forenames, "forenames", _("Forenames"), problems,
                                   required=False, max_len=FORENAMES_MAX)
    if row["first_forename"] and not row["forenames"]:
        row["forenames"] = row["first_forename"]
    sex = sex_code(identity.sex)
    if sex is None:
        problems.add("sex", _("Sex: “{value}” is not one of F, M, O, U.",
                              value=str(identity.sex)[:10]))
        sex = "U"
    row["sex"] = sex
    if not unknown and sex == "U":
        problems.add("sex", _("Sex is required for a patient whose identity is known "
                              "(use O for other or undetermined)."))

    birth_date, precision = parse_birth_date(identity.birth_date, today=today,
                                             problems=problems)
    if identity.birth_date_precision:
        wanted = identity.birth_date_precision
        if wanted not in DOB_PRECISIONS:
            problems.add("birth_date_precision",
                         _("Unknown date-of-birth precision {value}.", value=wanted[:20]))
        elif wanted == "year" and precision == "day" and birth_date:
            birth_date, precision = birth_date[:4], "year"
        elif wanted != precision and not (wanted == "unknown" and birth_date is None):
            problems.add("birth_date_precision",
                         _("The date of birth typed does not match the precision chosen "
                           "({precision}).", precision=_(DOB_PRECISIONS[wanted])))
    row["birth_date"] = birth_date
    row["birth_date_precision"] = precision
    low, high = identity.estimated_age_min, identity.estimated_age_max
    if low is not None and high is None:
        high = low
    if high is not None and low is None:
        low = high
    if low is not None and high is not None:
        if not (0 <= low <= MAX_AGE and 0 <= high <= MAX_AGE):
            problems.add("estimated_age", _("An estimated age is between 0 and {n} years.",
                                            n=MAX_AGE))
        elif low > high:
            problems.add("estimated_age", _("The estimated age range is reversed (from {low} "
                                            "to {high}).", low=low, high=high))
        if precision != "unknown":
            low = high = None  # a typed date of birth says more than an estimate
    row["estimated_age_min"] = low
    row["estimated_age_max"] = high
    typed_nothing = identity.birth_date is None or (isinstance(identity.birth_date, str)
                                                     and not identity.birth_date.strip())
    if not unknown and precision == "unknown" and low is None and typed_nothing:
        problems.add("birth_date", _("Give the date of birth, the year of birth, or an "
                                     "estimated age."))
    if unknown and precision == "unknown" and low is None:
        problems.add("estimated_age", _("Give an estimated age (or an age range) for an "
                                        "unknown patient."))

    code = (identity.birthplace_code or "").strip().upper()
    if code and not BIRTHPLACE_CODE_RE.match(code):
        problems.add("birthplace_code", _("A birthplace code is the 5-character INSEE code "
                                          "(99xxx for a country abroad)."))
    row["birthplace_code"] = code
    row["birthplace"] = text.clean(identity.birthplace, field="birthplace",
                                   label=_("Birthplace"), problems=problems)

    status = (identity.identity_status or "PROV").strip().upper()
    document = (identity.identity_document or "").strip()
    if status not in IDENTITY_STATUSES:
        problems.add("identity_status", _("Unknown identity status {value}.",
                                          value=status[:10]))
    elif status not in allowed_statuses:
        problems.add("identity_status", _("The identity status {status} needs the national "
                                          "INS teleservice, which is not available in "
                                          "downtime.", status=IDENTITY_STATUSES[status].label))
    if document and document not in IDENTITY_DOCUMENTS:
        problems.add("identity_document", _("Unknown identity document {value}.",
                                            value=document[:30]))
    if status == "VALI" and not document:
        problems.add("identity_document", _("A validated identity needs the type of identity "
                                            "document that was checked."))
    if status == "VALI" and unknown:
        problems.add("identity_status", _("An unknown patient's identity cannot be "
                                          "validated."))
    row["identity_status"] = status
    row["identity_document"] = document
    attributes = []
    for attribute in identity.identity_attributes:
        code_attr = attribute.strip().upper()
        if code_attr not in IDENTITY_ATTRIBUTES or code_attr in SYSTEM_ATTRIBUTES:
            problems.add("identity_attributes", _("Unknown identity attribute {value}.",
                                                  value=code_attr[:10]))
        elif code_attr not in attributes:
            attributes.append(code_attr)
    row["identity_attributes"] = " ".join(attributes)

    row["description"] = text.clean(identity.description, field="description",
                                    label=_("Description"), max_len=text.MEDIUM,
                                    multiline=True, problems=problems)
    if unknown and not row["description"] and not (row["birth_name"] or
                                                    row["first_forename"]):
        problems.add("description", _("Describe an unknown patient (clothes, build, "
                                      "distinctive signs, where they were found)."))
    sinus = text.clean(identity.sinus_number, field="sinus_number",
                       label=_("SINUS victim number"), max_len=40, problems=problems)
    if sinus and not SINUS_RE.match(sinus):
        problems.add("sinus_number", _("A SINUS victim number holds letters, digits and "
                                       "hyphens."))
    row["sinus_number"] = sinus.upper()
    phone = text.clean(identity.phone, field="phone", label=_("Contact phone"),
                       max_len=30, problems=problems)
    if phone and not PHONE_RE.match(phone):
        problems.add("phone", _("A phone number holds digits, spaces, dots or hyphens, with "
                                "an optional leading +."))
    row["phone"] = phone
    if own:
        problems.raise_if_any()
    return row


# --- names for searching and comparing --------------------------------------------------------

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss",
                            "’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'",
                            "‐": "-", "‑": "-", "–": "-", "—": "-"})


@lru_cache(maxsize=65536)
def fold_name(value: str) -> str:
    """Lower-case, accent-free, ligature-free form (`Cœur-D’Alène` → `coeur-d'alene`);
    NFC and NFD input give the same result."""
    return text.fold(unicodedata.normalize("NFC", value or "").translate(_LIGATURES))


@lru_cache(maxsize=65536)
def compact_name(value: str) -> str:
    """Letters and digits only of the folded name (`Le Gall`, `LE-GALL` → `legall`)."""
    return "".join(c for c in fold_name(value) if c.isalnum())


def name_words(value: str) -> list[str]:
    """Folded words of a name (`Saint-Exupéry` → `saint`, `exupery`)."""
    return list(_name_words(value))


@lru_cache(maxsize=65536)
def _name_words(value: str) -> tuple[str, ...]:
    return tuple(w for w in _WORD_SPLIT.split(fold_name(value)) if w)


_WORD_SPLIT = re.compile(r"[^\w]+")


# --- the record ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Patient:
    """A patient's identity as stored. Merged patients stay intact; `merged_into` points to
    the surviving record."""

    id: str
    station: str
    provisional_id: str | None
    ipp: str | None
    birth_name: str
    used_name: str
    first_forename: str
    forenames: str
    sex: str
    birth_date: str | None
    birth_date_precision: str
    estimated_age_min: int | None
    estimated_age_max: int | None
    birthplace_code: str
    birthplace: str
    identity_status: str
    identity_document: str
    identity_attributes: tuple[str, ...]
    unknown: bool
    description: str
    sinus_number: str
    phone: str
    origin: str
    merged_into: str | None
    created_at: str
    updated_at: str
    version: int
    created_by: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Patient:
        attrs = tuple(a for a in (row.get("identity_attributes") or "").split() if a)
        return cls(
            id=row["id"], station=row["station"], provisional_id=row.get("provisional_id"),
            ipp=row.get("ipp"), birth_name=row["birth_name"], used_name=row["used_name"],
            first_forename=row["first_forename"], forenames=row["forenames"], sex=row["sex"],
            birth_date=row.get("birth_date"),
            birth_date_precision=row["birth_date_precision"],
            estimated_age_min=row.get("estimated_age_min"),
            estimated_age_max=row.get("estimated_age_max"),
            birthplace_code=row["birthplace_code"], birthplace=row["birthplace"],
            identity_status=row["identity_status"], identity_document=row["identity_document"],
            identity_attributes=attrs, unknown=bool(row["unknown"]),
            description=row["description"], sinus_number=row["sinus_number"],
            phone=row["phone"], origin=row["origin"], merged_into=row.get("merged_into"),
            created_at=row["created_at"], updated_at=row["updated_at"],
            version=row["version"], created_by=row.get("created_by"))

    @property
    def identifier(self) -> str:
        """The ID to show and print: the provisional ID, else the IPP."""
        return self.provisional_id or self.ipp or ""

    @property
    def display_name(self) -> str:
        """`BIRTH NAME (used: USED) First` as paper and screens show it; an unknown patient
        says so."""
        return display_name(self.birth_name, self.used_name, self.first_forename, self.unknown,
                            self.sex, self.age_text())

    @property
    def sex_label(self) -> str:
        return _(SEXES.get(self.sex, self.sex))

    @property
    def identity_status_label(self) -> str:
        status = IDENTITY_STATUSES.get(self.identity_status)
        return status.label if status else self.identity_status

    @property
    def birth_date_text(self) -> str:
        """`31/12/1980`, `1980`, or empty (unknown) — never an invented day."""
        return birth_date_text(self.birth_date, self.birth_date_precision)

    def age_years(self, today: date | None = None) -> tuple[int, int] | None:
        """(lowest, highest) possible age in years today; None when nothing is known."""
        return age_range(self.birth_date, self.birth_date_precision, self.estimated_age_min,
                         self.estimated_age_max, today)

    def age_text(self, today: date | None = None) -> str:
        """`43 y`, `42–43 y` (year only) or `≈ 30–40 y` (estimated), translated."""
        return age_text(self.birth_date, self.birth_date_precision, self.estimated_age_min,
                        self.estimated_age_max, today)

    @property
    def pid32(self) -> tuple[str, ...]:
        """Identity status then attributes, as HL7 PID-32 carries them (merged → DOUA)."""
        codes = [IDENTITY_STATUSES[self.identity_status].pid32, *self.identity_attributes]
        if self.merged_into and "DOUA" not in codes:
            codes.append("DOUA")
        return tuple(codes)


def birth_date_text(birth_date: str | None, precision: str) -> str:
    """Local rendering of a stored date of birth, respecting its precision."""
    if not birth_date or precision == "unknown":
        return ""
    if precision == "year":
        return birth_date[:4]
    return f"{birth_date[8:10]}/{birth_date[5:7]}/{birth_date[:4]}"


def age_range(birth_date: str | None, precision: str, low: int | None, high: int | None,
              today: date | None = None) -> tuple[int, int] | None:
    """(lowest, highest) age in years; None when unknown and not estimated."""
    today = today or clock.local(clock.now()).date()
    if birth_date and precision == "day":
        age = age_on(date.fromisoformat(birth_date), today)
        return age, age
    if birth_date and precision == "year":
        years = today.year - int(birth_date[:4])
        return max(years - 1, 0), years
    if low is not None:
        return low, high if high is not None else low
    return None


def age_text(birth_date: str | None, precision: str, low: int | None, high: int | None,
             today: date | None = None) -> str:
    """Human age text in the current language (empty when unknown)."""
    found = age_range(birth_date, precision, low, high, today)
    if found is None:
        return ""
    a, b = found
    estimated = precision == "unknown"
    if a == b:
        return _("≈ {n} y", n=a) if estimated else _("{n} y", n=a)
    return _("≈ {low}–{high} y", low=a, high=b) if estimated else \
        _("{low}–{high} y", low=a, high=b)


def display_name(birth_name: str, used_name: str, first_forename: str, unknown: bool,
                 sex: str = "U", age: str = "") -> str:
    """The name line: `DURAND (MARTIN) Marie`; an unknown patient: `Unknown patient — F, ≈ 40 y`."""
    if unknown and not birth_name and not first_forename:
        details = ", ".join(p for p in (sex if sex != "U" else "", age) if p)
        return _("Unknown patient — {details}", details=details) if details else \
            _("Unknown patient")
    parts = [birth_name.upper()]
    if used_name and used_name.casefold() != birth_name.casefold():
        parts.append(f"({used_name.upper()})")
    if first_forename:
        parts.append(first_forename)
    name = " ".join(p for p in parts if p)
    return _("{name} (unknown identity)", name=name) if unknown else name
