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

from dataclasses import dataclass
from typing import Any

from hospcrisis.core import text
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.i18n import N_, _
from hospcrisis.store import foundation

SETTING_SCALE = "admissions.triage_scale"
SETTING_MASS_CASUALTY = "admissions.mass_casualty"
DEFAULTS: dict[str, Any] = {SETTING_SCALE: "FRENCH", SETTING_MASS_CASUALTY: False}


@dataclass(frozen=True)
class TriageLevel:
    """One level of a scale: code, label, colour for the board, target delay to first medical
    contact in minutes (None when the scale sets none), rank (1 = most urgent)."""

    code: str
    label_source: str
    target_minutes: int | None
    rank: int
    colour: str
    meaning_source: str = ""

    @property
    def label(self) -> str:
        return _(self.label_source)

    @property
    def meaning(self) -> str:
        return _(self.meaning_source) if self.meaning_source else ""


@dataclass(frozen=True)
class TriageScale:
    code: str
    label_source: str
    levels: tuple[TriageLevel, ...]

    @property
    def label(self) -> str:
        return _(self.label_source)

    def level(self, code: str) -> TriageLevel | None:
        for level in self.levels:
            if level.code == code:
                return level
        return None


# Target delays (minutes) from DOMAIN.md. FRENCH 3–5 and ESI 3–5 are *to confirm*: ESI sets no
# delay beyond level 2 (its levels count resources), so those levels never turn overdue.
TRIAGE_SCALES: dict[str, TriageScale] = {
    "FRENCH": TriageScale("FRENCH", N_("FRENCH (SFMU 2018)"), (
        TriageLevel("1", N_("Tri 1"), 0, 1, "#b71c1c", N_("Immediate")),
        TriageLevel("2", N_("Tri 2"), 20, 2, "#e65100", N_("Within 20 minutes")),
        TriageLevel("3A", N_("Tri 3A"), 60, 3, "#f9a825", N_("Within 60 minutes")),
        TriageLevel("3B", N_("Tri 3B"), 60, 4, "#fbc02d", N_("Within 60 minutes")),
        TriageLevel("4", N_("Tri 4"), 120, 5, "#2e7d32", N_("Within 120 minutes")),
        TriageLevel("5", N_("Tri 5"), 240, 6, "#1565c0", N_("Within 240 minutes")),
    )),
    "ESI": TriageScale("ESI", N_("ESI (Emergency Severity Index)"), (
        TriageLevel("1", N_("ESI 1"), 0, 1, "#b71c1c",
                    N_("Immediate life-saving intervention")),
        TriageLevel("2", N_("ESI 2"), 10, 2, "#e65100", N_("High risk, within 10 minutes")),
        TriageLevel("3", N_("ESI 3"), None, 3, "#f9a825", N_("Two or more resources")),
        TriageLevel("4", N_("ESI 4"), None, 4, "#2e7d32", N_("One resource")),
        TriageLevel("5", N_("ESI 5"), None, 5, "#1565c0", N_("No resource")),
    )),
    "MTS": TriageScale("MTS", N_("Manchester Triage System"), (
        TriageLevel("red", N_("Red"), 0, 1, "#b71c1c", N_("Immediate")),
        TriageLevel("orange", N_("Orange"), 10, 2, "#e65100", N_("Very urgent, 10 minutes")),
        TriageLevel("yellow", N_("Yellow"), 60, 3, "#f9a825", N_("Urgent, 60 minutes")),
        TriageLevel("green", N_("Green"), 120, 4, "#2e7d32", N_("Standard, 120 minutes")),
        TriageLevel("blue", N_("Blue"), 240, 5, "#1565c0", N_("Non-urgent, 240 minutes")),
    )),
}


@dataclass(frozen=True)
class MassCasualtyCategory:
    code: str
    label_source: str
    start_colour: str  # START triage colour it corresponds to
    rank: int

    @property
    def label(self) -> str:
        return _(self.label_source)


# French mass-casualty categories with their START equivalent.
MCI_CATEGORIES: dict[str, MassCasualtyCategory] = {
    "UA": MassCasualtyCategory("UA", N_("Absolute emergency (UA)"), "red", 1),
    "UR": MassCasualtyCategory("UR", N_("Relative emergency (UR)"), "yellow", 2),
    "IMP": MassCasualtyCategory("IMP", N_("Involved (impliqué)"), "green", 3),
    "DCD": MassCasualtyCategory("DCD", N_("Deceased"), "black", 4),
}

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
