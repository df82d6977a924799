"""Units (services) of the hospital and their beds — shared by admissions, census, procedures.

A unit has a short code (`URG`, `MED2`), a name, a kind (what sort of unit it is: procedures are
scoped by kind) and an ordered list of bed labels. Units are disabled, never deleted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hospcrisis.core import text
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import NotFound, ValidationError
from hospcrisis.i18n import N_, _
from hospcrisis.store import foundation
from hospcrisis.store.database import Store, dumps

# Kinds of unit, code → label. Procedures declare their scope with these codes.
UNIT_KINDS: dict[str, str] = {
    "ed": N_("Emergency department"),
    "medicine": N_("Medicine ward"),
    "surgery": N_("Surgery ward"),
    "icu": N_("Intensive care"),
    "maternity": N_("Maternity"),
    "paediatrics": N_("Paediatrics"),
    "theatre": N_("Operating theatre"),
    "imaging": N_("Imaging"),
    "laboratory": N_("Laboratory"),
    "pharmacy": N_("Pharmacy"),
    "outpatient": N_("Outpatient clinic"),
    "psychiatry": N_("Psychiatry"),
    "geriatrics": N_("Geriatrics"),
    "administration": N_("Administration"),
}

UNIT_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,11}$")
MAX_BEDS = 200


@dataclass(frozen=True)
class Unit:
    id: str
    code: str
    name: str
    kind: str
    beds: tuple[str, ...]
    active: bool
    version: int

    @property
    def kind_label(self) -> str:
        return _(UNIT_KINDS.get(self.kind, self.kind))


def _unit(row: dict) -> Unit:
    return Unit(row["id"], row["code"], row["name"], row["kind"], tuple(row["beds"]),
                bool(row["active"]), row["version"])


def list_units(store: Store, include_inactive: bool = False) -> list[Unit]:
    """Units by code (read-only; no permission needed: unit names are not patient data)."""
    return [_unit(r) for r in foundation.list_units(store, include_inactive=include_inactive)]


def get_unit(store: Store, code: str) -> Unit:
    """One unit by code; `NotFound` with a message otherwise (read-only)."""
    row = foundation.find_unit(store, (code or "").strip())
    if row is None:
        raise NotFound(_("There is no unit {code}.", code=code))
    return _unit(row)


def _check(code: str, name: str, kind: str, beds: list[str],
           problems: text.Problems) -> tuple[str, str, list[str]]:
    clean_code = (code or "").strip().upper()
    if not UNIT_CODE_RE.match(clean_code):
        problems.add("code", _("A unit code is 1 to 12 letters, digits, hyphens or underscores "
                               "(for example MED2)."))
    clean_name = text.clean(name, field="name", label=_("Unit name"), required=True,
                            problems=problems)
    text.choice(kind, UNIT_KINDS, field="kind", label=_("Kind of unit"), problems=problems)
    clean_beds: list[str] = []
    for bed in beds:
        label = text.clean(bed, field="beds", label=_("Bed"), max_len=20, problems=problems)
        if label and label not in clean_beds:
            clean_beds.append(label)
    if len(clean_beds) > MAX_BEDS:
        problems.add("beds", _("A unit has at most {n} beds.", n=MAX_BEDS))
    return clean_code, clean_name, clean_beds


def create_unit(session: Session, *, code: str, name: str, kind: str,
                beds: list[str] | None = None) -> Unit:
    """Add a unit (admin or crisis cell); one audited transaction."""
    session.require(Permission.UNITS_MANAGE)
    problems = text.Problems()
    clean_code, clean_name, clean_beds = _check(code, name, kind, beds or [], problems)
    if clean_code and foundation.find_unit(session.store, clean_code) is not None:
        problems.add("code", _("The unit {code} already exists.", code=clean_code))
    problems.raise_if_any()
    with session.store.transaction(session.actor, "unit.create", "unit") as tx:
        row = tx.insert("unit", {"code": clean_code, "name": clean_name, "kind": kind,
                                 "beds": dumps(clean_beds), "active": 1})
        tx.draft.entity_id = row["id"]
    return get_unit(session.store, clean_code)


def update_unit(session: Session, code: str, *, name: str | None = None,
                kind: str | None = None, beds: list[str] | None = None,
                active: bool | None = None, expected_version: int | None = None) -> Unit:
    """Rename a unit, change its kind or beds, or (de)activate it; one audited transaction."""
    session.require(Permission.UNITS_MANAGE)
    current = get_unit(session.store, code)
    problems = text.Problems()
    _code, clean_name, clean_beds = _check(
        current.code, current.name if name is None else name,
        current.kind if kind is None else kind,
        list(current.beds) if beds is None else beds, problems)
    problems.raise_if_any()
    changes: dict[str, object] = {"name": clean_name,
                                  "kind": current.kind if kind is None else kind,
                                  "beds": dumps(clean_beds)}
    if active is not None:
        changes["active"] = 1 if active else 0
    with session.store.transaction(session.actor, "unit.update", "unit", current.id) as tx:
        tx.update("unit", current.id, changes, expected_version=expected_version)
    return get_unit(session.store, current.code)


def require_bed(store: Store, unit_code: str, bed: str | None) -> Unit:
    """The unit, after checking `bed` (when given) is one of its beds."""
    unit = get_unit(store, unit_code)
    if not unit.active:
        raise ValidationError(_("The unit {code} is closed.", code=unit.code))
    if bed and bed not in unit.beds:
        message = _("Bed {bed} does not exist in unit {code}.", bed=bed, code=unit.code)
        raise ValidationError(message, [("bed", message)])
    return unit
