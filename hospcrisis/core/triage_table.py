"""The triage scales, their target delays and the mass-casualty categories: THE table.

Pure data (no database, no settings), so the paper forms print the same delays the ED board
colours against. Correct a delay here only (DOMAIN.md marks FRENCH levels 3 to 5 *to confirm*).
`core/triage.py` adds the station's choice of scale and the mass-casualty plan switch.
"""

from __future__ import annotations

from dataclasses import dataclass

from hospcrisis.i18n import N_, _


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
