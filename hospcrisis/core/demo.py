"""Exercise databases: a new station filled with a realistic, reproducible dataset.

Each area of the app contributes a filler `fill(session, rng, options) -> dict[str, int]`
(counts for the summary), listed in `FILLERS` and run in that order. Everything is written
through the normal services, so the audit chain of an exercise database is as real as any.
"""

from __future__ import annotations

import importlib
import random
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hospcrisis.core import station as station_mod
from hospcrisis.core import users
from hospcrisis.core.security import Role
from hospcrisis.core.session import Session
from hospcrisis.errors import ValidationError
from hospcrisis.i18n import _
from hospcrisis.store.database import open_store

Filler = Callable[[Session, random.Random, dict[str, Any]], dict[str, int]]

# "module:function" of each area's filler, in the order they run.
FILLERS: list[str] = ["hospcrisis.core.demo:fill_foundation",
                      "hospcrisis.core.admissions_demo:fill",
                      "hospcrisis.core.crisis_demo:fill",
                      "hospcrisis.core.surgery_demo:fill"]

DEMO_STAFF = [
    ("cadre.durand", "Sophie Durand", Role.NURSE_MANAGER),
    ("ioa.martin", "Julien Martin", Role.NURSE),
    ("ide.nguyen", "Linh Nguyen", Role.NURSE),
    ("cellule.bernard", "Dr Anne Bernard", Role.CRISIS_CELL),
    ("dsi.petit", "Karim Petit", Role.IT_RECOVERY),
    ("direction.leroy", "Claire Leroy", Role.VIEWER),
]


@dataclass
class DemoResult:
    path: Path
    station: str
    admin_password: str
    password_generated: bool
    counts: dict[str, int] = field(default_factory=dict)


# code, name, kind, beds — a mid-sized general hospital.
DEMO_UNITS: list[tuple[str, str, str, list[str]]] = [
    ("URG", "Urgences adultes", "ed", [f"Box {i}" for i in range(1, 13)] + ["Couloir 1",
                                                                         "Couloir 2"]),
    ("UHCD", "Unité d'hospitalisation de courte durée", "ed", [str(i) for i in range(1, 9)]),
    ("MED1", "Médecine polyvalente", "medicine", [f"{100 + i}" for i in range(1, 25)]),
    ("MED2", "Cardiologie", "medicine", [f"{200 + i}" for i in range(1, 21)]),
    ("CHIR", "Chirurgie viscérale et orthopédique", "surgery",
     [f"{300 + i}" for i in range(1, 25)]),
    ("REA", "Réanimation polyvalente", "icu", [f"R{i}" for i in range(1, 11)]),
    ("MAT", "Maternité", "maternity", [f"M{i}" for i in range(1, 16)]),
    ("PED", "Pédiatrie", "paediatrics", [f"P{i}" for i in range(1, 13)]),
    ("GER", "Court séjour gériatrique", "geriatrics", [f"{400 + i}" for i in range(1, 21)]),
    ("BLOC", "Bloc opératoire", "theatre", []),
    ("RADIO", "Imagerie médicale", "imaging", []),
    ("LABO", "Laboratoire de biologie", "laboratory", []),
    ("PUI", "Pharmacie à usage intérieur", "pharmacy", []),
]


def fill_foundation(session: Session, rng: random.Random,
                    options: dict[str, Any]) -> dict[str, int]:
    """Units with their beds, and one account per role sharing the administrator's password."""
    from hospcrisis.core import units

    for code, name, kind, beds in DEMO_UNITS:
        units.create_unit(session, code=code, name=name, kind=kind, beds=beds)
    password = options["admin_password"]
    for username, name, role in DEMO_STAFF:
        users.create_user(session, username=username, display_name=name, role=role.value,
                          password=password)
    return {"users": len(DEMO_STAFF) + 1, "units": len(DEMO_UNITS)}


def _load(spec: str) -> Filler:
    module_name, func_name = spec.split(":")
    filler: Filler = getattr(importlib.import_module(module_name), func_name)
    return filler


def create(path: Path, *, seed: int = 1, station_code: str = "DEMO",
           admin_password: str | None = None, options: dict[str, Any] | None = None,
           language: str = "fr", progress: Callable[[str], None] | None = None) -> DemoResult:
    """Create a NEW exercise database at `path` and fill it. Refuses an existing file."""
    if path.exists() and path.stat().st_size > 0:
        raise ValidationError(_("{path} already exists: an exercise is always a new database. "
                                "Choose another file.", path=path))
    generated = admin_password is None
    password = admin_password or secrets.token_urlsafe(9)
    store = open_store(path, create=True)
    try:
        session = station_mod.initialise(
            store, station_code=station_code, station_name=_("Exercise {code}", code=station_code),
            hospital=_("Exercise hospital"), admin_username="admin", admin_password=password,
            admin_display_name=_("Exercise administrator"), exercise=True, language=language)
        rng = random.Random(seed)
        opts = {**(options or {}), "admin_password": password, "seed": seed}
        result = DemoResult(path, session.station, password, generated)
        for spec in FILLERS:
            if progress:
                progress(spec)
            result.counts.update(_load(spec)(session, rng, opts))
    finally:
        store.close()
    return result
