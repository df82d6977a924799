"""The admissions exercise filler."""

from __future__ import annotations

import random
from typing import Any

from hospcrisis.core import admissions, admissions_demo, duplicates, units
from hospcrisis.core.demo import DEMO_UNITS, FILLERS
from hospcrisis.store import audit


def test_filler_is_registered() -> None:
    assert "hospcrisis.core.admissions_demo:fill" in FILLERS


def test_fill_writes_a_realistic_set_in_one_audit_entry(session: Any) -> None:
    for code, name, kind, beds in DEMO_UNITS:
        units.create_unit(session, code=code, name=name, kind=kind, beds=beds)
    head = audit.head(session.store)
    assert head is not None
    counts = admissions_demo.fill(session, random.Random(5), {"admissions": 600})
    after = audit.head(session.store)
    assert after is not None and after.seq == head.seq + 2  # reserved block + the data
    assert counts["patients"] == counts["admissions"] == 600
    assert counts["movements"] > 1200 and counts["planted near-duplicates"] >= 3
    patients = list(admissions.all_patients(session))
    assert any(p.unknown and p.birth_date is None and p.estimated_age_min for p in patients)
    assert any("'" in p.birth_name or " " in p.birth_name or "-" in p.birth_name
               for p in patients)
    assert any(c in p.birth_name + p.first_forename for p in patients for c in "ÉÈéèëï")
    statuses = {a.status for a in admissions.all_admissions(session)}
    assert {"discharged", "admitted"} <= statuses
    board = admissions.load_board(session)
    assert board.rows and sum(board.counts.values()) == len(board.rows)
    assert any(admissions.unit_census(session, "MED1").beds[i].occupant
               for i in range(3))
    assert duplicates.find_all(session)
    assert admissions.search(session, patients[0].birth_name[:3])
    assert audit.verify(session.store).ok


def test_zero_admissions_writes_nothing(session: Any) -> None:
    head = audit.head(session.store)
    assert admissions_demo.fill(session, random.Random(1), {"admissions": 0}) == {}
    assert audit.head(session.store) == head
