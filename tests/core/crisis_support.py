"""Shared set-up for the crisis-cell tests: a few units of every kind the procedures need."""

from __future__ import annotations

from typing import Any

from hospcrisis.core import units

UNITS = [
    ("URG", "Urgences", "ed", ["Box 1", "Box 2"]),
    ("MED1", "Médecine polyvalente", "medicine", ["101", "102"]),
    ("REA", "Réanimation", "icu", ["R1"]),
    ("MAT", "Maternité", "maternity", ["M1"]),
    ("BLOC", "Bloc opératoire", "theatre", []),
    ("LABO", "Laboratoire", "laboratory", []),
]


def make_units(session: Any) -> None:
    """Create the test units (writes one audited transaction per unit)."""
    for code, name, kind, beds in UNITS:
        units.create_unit(session, code=code, name=name, kind=kind, beds=beds)


def audit_count(store: Any) -> int:
    return int(store.scalar("SELECT count(*) FROM audit_log"))
