"""Emergency triage scales and their target delays — the ONE table to correct (DOMAIN.md).

The station chooses its scale (FRENCH by default, ESI, Manchester); each triage entry stores the
scale it was made with, so changing the station's scale never rewrites history. When a
mass-casualty plan (plan blanc) is active on the station, the French mass-casualty category
(UA / UR / impliqué / décédé) is recorded too.

Station settings (defaults here, stored with `foundation.put_setting`):
* `admissions.triage_scale` — `FRENCH`, `ESI` or `MTS`;
* `admissions.mass_casualty` — True while a mass-casualty plan is active.
"""

from __future__ import annotations

from typing import Any

from hospcrisis.core import text
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.core.triage_table import (
    MCI_CATEGORIES,
    TRIAGE_SCALES,
    MassCasualtyCategory,
    TriageLevel,
    TriageScale,
)
from hospcrisis.i18n import _
from hospcrisis.store import foundation

SETTING_SCALE = "admissions.triage_scale"
SETTING_MASS_CASUALTY = "admissions.mass_casualty"
DEFAULTS: dict[str, Any] = {SETTING_SCALE: "FRENCH", SETTING_MASS_CASUALTY: False}


# rank used to sort untriaged patients after every level
UNTRIAGED_RANK = 99


def level_of(scale: str | None, level: str | None) -> TriageLevel | None:
    """The level record of a stored (scale, level) pair, or None."""
    if not scale or not level:
        return None
    found = TRIAGE_SCALES.get(scale)
    return found.level(level) if found else None


def target_minutes(scale: str | None, level: str | None) -> int | None:
    """Target delay of a stored (scale, level) pair, or None."""
    found = level_of(scale, level)
    return found.target_minutes if found else None


# Flat lookups for the board (100,000 rows: a dict hit per row, nothing more).
TARGETS: dict[tuple[str, str], int | None] = {
    (s.code, lv.code): lv.target_minutes for s in TRIAGE_SCALES.values() for lv in s.levels}
RANKS: dict[tuple[str, str], int] = {
    (s.code, lv.code): lv.rank for s in TRIAGE_SCALES.values() for lv in s.levels}


def station_scale(session: Session) -> TriageScale:
    """The station's triage scale (read-only)."""
    code = session.settings.get(SETTING_SCALE) or DEFAULTS[SETTING_SCALE]
    return TRIAGE_SCALES.get(str(code), TRIAGE_SCALES["FRENCH"])


def mass_casualty_active(session: Session) -> bool:
    """True while a mass-casualty plan is active on this station (read-only)."""
    return bool(session.settings.get(SETTING_MASS_CASUALTY, DEFAULTS[SETTING_MASS_CASUALTY]))


def check_level(scale: TriageScale, level: str | None, mci_category: str | None, *,
                mass_casualty: bool, problems: text.Problems, required: bool = False
                ) -> tuple[str | None, str | None]:
    """(level, category) checked against the scale and the station's plan."""
    code = (level or "").strip()
    code = code.lower() if scale.code == "MTS" else code.upper()
    if code and scale.level(code) is None:
        problems.add("triage_level", _("Triage level “{value}” is not one of {options} "
                                       "({scale}).", value=code[:10],
                                       options=", ".join(lv.code for lv in scale.levels),
                                       scale=scale.label))
        code = ""
    category = (mci_category or "").strip().upper() or None
    if category is not None:
        if not mass_casualty:
            problems.add("mci_category", _("A mass-casualty category is recorded only while "
                                           "a mass-casualty plan is active."))
            category = None
        elif category not in MCI_CATEGORIES:
            problems.add("mci_category", _("Mass-casualty category “{value}” is not one of "
                                           "{options}.", value=category[:10],
                                           options=", ".join(MCI_CATEGORIES)))
            category = None
    if required and not code and category is None:
        problems.add("triage_level", _("Choose a triage level."))
    return code or None, category


def set_scale(session: Session, scale: str) -> None:
    """Change the station's triage scale (admin). One audited transaction."""
    session.require(Permission.SETTINGS_MANAGE)
    code = text.choice(scale.upper() if scale else scale, TRIAGE_SCALES, field="scale",
                       label=_("Triage scale"))
    with session.store.transaction(session.actor, "admissions.triage_scale", "setting") as tx:
        foundation.put_setting(tx, SETTING_SCALE, code)
    session.reload_settings()


def set_mass_casualty(session: Session, active: bool, reason: str = "") -> None:
    """Activate or end a mass-casualty plan on this station (plan blanc); one audited
    transaction noting why."""
    session.require(Permission.MASS_CASUALTY)
    why = text.clean(reason, field="reason", label=_("Reason"), max_len=text.MEDIUM)
    action = "admissions.mass_casualty_on" if active else "admissions.mass_casualty_off"
    with session.store.transaction(session.actor, action, "setting") as tx:
        foundation.put_setting(tx, SETTING_MASS_CASUALTY, bool(active))
        tx.note(reason=why)
    session.reload_settings()


__all__ = ["DEFAULTS", "MCI_CATEGORIES", "TRIAGE_SCALES", "MassCasualtyCategory",
           "TriageLevel", "TriageScale"]
