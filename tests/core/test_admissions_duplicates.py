"""Duplicate detection over a generated set of every variation; merge and unmerge."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import replace
from typing import Any

import pytest

from hospcrisis.core import admissions, admissions_demo, duplicates
from hospcrisis.core.admissions import ArrivalInput
from hospcrisis.core.duplicates import Traits, score
from hospcrisis.core.identity import IdentityInput, Patient
from hospcrisis.errors import PermissionDenied, ValidationError
from hospcrisis.store import admissions as store
from hospcrisis.store import audit

BASES = [
    ("N'DIAYE", "", "Aïcha", "F", "1988-03-04", "69123"),
    ("D’ALMEIDA", "", "José", "M", "1975-11-02", ""),
    ("LE GALL", "MARTIN", "Hélène", "F", "1962-05-09", "29019"),
    ("SAINT-EXUPÉRY", "", "Jean-Pierre", "M", "1950-01-12", ""),
    ("LEFÈVRE", "DUBOIS", "Élodie", "F", "1991-07-08", "75056"),
    ("DE LA FONTAINE", "", "Chloé", "F", "2001-02-03", ""),
    ("NGUYEN", "", "Thi Mai", "F", "1940-10-06", "99243"),
    ("CŒURDEROY", "", "Benoît", "M", "1983-12-11", ""),
    ("MÜLLER", "", "Zoé", "F", "2015-06-05", ""),
    ("BÉGUIN", "ROUSSEAU", "Geneviève", "F", "1933-04-03", ""),
]


def base_rows() -> list[dict[str, Any]]:
    return [{"birth_name": b, "used_name": u, "first_forename": f, "forenames": f,
             "sex": s, "birth_date": d, "birth_date_precision": "day",
             "birthplace_code": p, "sinus_number": ""} for b, u, f, s, d, p in BASES]


def variant_set() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(variation, original, variant) for every base and every variation."""
    rng = random.Random(7)
    out = []
    for row in base_rows():
        for kind in admissions_demo.VARIANTS:
            out.append((kind, row, admissions_demo.make_variant(row, kind, rng)))
        # birth vs used name: the new record has the used (married) name typed as birth name
        if row["used_name"]:
            married = {**row, "birth_name": row["used_name"], "used_name": ""}
            out.append(("married_as_birth", row, married))
        # NFD + apostrophe + swapped day/month together
        combo = admissions_demo.make_variant(
            admissions_demo.make_variant(row, "nfd", rng), "swapped_day_month", rng)
        out.append(("combined", row, combo))
        # typed with a year only
        out.append(("year_only", row, {**row, "birth_date": row["birth_date"][:4],
                                       "birth_date_precision": "year"}))
    return out


def test_the_generated_set_covers_every_variation() -> None:
    kinds = {kind for kind, _a, _b in variant_set()}
    assert set(admissions_demo.VARIANTS) <= kinds
    assert {"married_as_birth", "combined", "year_only"} <= kinds
    nfd = [b for k, _a, b in variant_set() if k == "nfd"]
    assert any(unicodedata.is_normalized("NFD", b["birth_name"]) and
               not unicodedata.is_normalized("NFC", b["birth_name"]) for b in nfd)


def test_scores_find_at_least_95_percent_of_the_planted_set() -> None:
    cases = variant_set()
    found = [kind for kind, a, b in cases
             if score(Traits.from_row(a), Traits.from_row(b))[0] >= duplicates.THRESHOLD]
    missed = [(kind, a["birth_name"]) for kind, a, b in cases
              if score(Traits.from_row(a), Traits.from_row(b))[0] < duplicates.THRESHOLD]
    assert len(found) / len(cases) >= 0.95, missed


def test_different_people_score_low() -> None:
    rows = base_rows()
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            assert score(Traits.from_row(a), Traits.from_row(b))[0] < duplicates.THRESHOLD
    twin_a = {**rows[0], "first_forename": "Fatou", "forenames": "Fatou"}
    # same birth date and surname, another forename: a twin, below the threshold
    assert score(Traits.from_row(rows[0]), Traits.from_row(twin_a))[0] < duplicates.THRESHOLD
    homonym = {**rows[2], "birth_date": "1971-08-23"}
    assert score(Traits.from_row(rows[2]), Traits.from_row(homonym))[0] < duplicates.THRESHOLD


def _identity(row: dict[str, Any]) -> IdentityInput:
    date = row["birth_date"]
    typed = date if row["birth_date_precision"] == "year" else \
        f"{date[8:10]}/{date[5:7]}/{date[:4]}"
    return IdentityInput(birth_name=row["birth_name"], used_name=row["used_name"],
                         first_forename=row["first_forename"], forenames=row["forenames"],
                         sex=row["sex"], birth_date=typed,
                         birthplace_code=row["birthplace_code"])


def test_registration_returns_candidates_and_never_merges(session: Any) -> None:
    """End to end through the blocking keys: every planted variant registered after its
    original gets the original among its candidates (≥ 95 %), and nothing is merged."""
    cases = variant_set()
    originals: dict[str, str] = {}
    for row in base_rows():
        result = admissions.register_arrival(session, _identity(row), ArrivalInput())
        originals[row["birth_name"]] = result.patient.id
    hits = 0
    for _kind, original, variant in cases:
        candidates = duplicates.candidates_for(session.store, {
            **variant, "forenames": variant.get("forenames") or variant["first_forename"]})
        if originals[original["birth_name"]] in {c.patient.id for c in candidates}:
            hits += 1
    assert hits / len(cases) >= 0.95
    # saving a variant really returns the candidate, and merges nothing
    before = store.counts(session.store)
    result = admissions.register_arrival(session, _identity(cases[0][2]), ArrivalInput())
    assert result.duplicates and result.duplicates[0].patient.id == originals["N'DIAYE"]
    assert result.duplicates[0].reason_text
    assert store.counts(session.store)["patient"] == before["patient"] + 1
    assert store.counts(session.store)["patient_merge"] == 0
    assert all(p.merged_into is None for p in admissions.all_patients(session))


def test_the_whole_database_scan_lists_pairs(session: Any) -> None:
    rng = random.Random(3)
    for row in base_rows()[:4]:
        admissions.register_arrival(session, _identity(row), ArrivalInput())
        twin = admissions_demo.make_variant(row, "swapped_names", rng)
        admissions.register_arrival(session, _identity(twin), ArrivalInput())
    pairs = duplicates.find_all(session)
    assert len(pairs) == 4
    assert all(p.score >= duplicates.THRESHOLD and p.a.id < p.b.id for p in pairs)
    assert "swapped_names" in pairs[0].reasons
    duplicates.mark_different(session, pairs[0].a.id, pairs[0].b.id, "Jumeaux")
    assert len(duplicates.find_all(session)) == 3
    assert not any(c.patient.id == pairs[0].b.id
                   for c in duplicates.check(session, pairs[0].a.id))


def _snapshot(patient: Patient) -> Patient:
    return replace(patient, version=0, updated_at="", merged_into=None)


def test_merge_then_unmerge_restores_both_exactly(session: Any) -> None:
    rows = base_rows()
    a = admissions.register_arrival(session, _identity(rows[4]), ArrivalInput()).patient
    b = admissions.register_arrival(
        session, _identity({**rows[4], "birth_name": "LEFEVRE", "used_name": ""}),
        ArrivalInput(triage_level="3A")).patient
    before_a, before_b = admissions.get_patient(session, a.id), admissions.get_patient(
        session, b.id)
    head = audit.head(session.store)
    assert head is not None
    merge = duplicates.merge(session, a.id, b.id, "Même personne, CNI vue",
                             score_value=97)
    assert audit.head(session.store).seq == head.seq + 1  # type: ignore[union-attr]
    merged = admissions.get_patient(session, b.id)
    assert merged.merged_into == a.id and "DOUA" in merged.pid32
    assert _snapshot(merged) == _snapshot(before_b)  # identity intact
    assert admissions.get_patient(session, a.id) == before_a
    record = admissions.open_patient(session, b.id)
    assert record.survivor is not None and record.survivor.id == a.id
    assert [p.id for p in admissions.open_patient(session, a.id).merged] == [b.id]
    assert duplicates.merges(session)[0].id == merge.id
    assert not any(c.patient.id == b.id for c in duplicates.check(session, a.id))
    with pytest.raises(ValidationError):
        duplicates.merge(session, a.id, b.id, "again")
    undone = duplicates.unmerge(session, merge.id, "Erreur : homonymes")
    assert not undone.active
    restored = admissions.get_patient(session, b.id)
    assert restored.merged_into is None
    assert _snapshot(restored) == _snapshot(before_b)
    assert duplicates.merges(session) == []
    assert duplicates.merges(session, include_undone=True)[0].void_reason == \
        "Erreur : homonymes"
    with pytest.raises(ValidationError):
        duplicates.unmerge(session, merge.id, "twice")
    actions = [r["action"] for r in session.store.query(
        "SELECT action FROM audit_log WHERE action LIKE 'patient.%merge' ORDER BY seq")]
    assert actions == ["patient.merge", "patient.unmerge"]
    assert audit.verify(session.store).ok


def test_merge_rules(session: Any, make_session: Any) -> None:
    rows = base_rows()
    a = admissions.register_arrival(session, _identity(rows[0]), ArrivalInput()).patient
    b = admissions.register_arrival(session, _identity(rows[1]), ArrivalInput()).patient
    c = admissions.register_arrival(session, _identity(rows[2]), ArrivalInput()).patient
    with pytest.raises(PermissionDenied):
        duplicates.merge(make_session("nurse"), a.id, b.id, "x")
    with pytest.raises(ValidationError):
        duplicates.merge(session, a.id, a.id, "x")
    with pytest.raises(ValidationError):
        duplicates.merge(session, a.id, b.id, "  ")
    duplicates.merge(session, a.id, b.id, "same")
    with pytest.raises(ValidationError, match="fusionné"):
        duplicates.merge(session, b.id, c.id, "into a merged one")
    duplicates.merge(session, c.id, a.id, "chain")
    assert duplicates.survivor_of(session, b.id).id == c.id
    with pytest.raises(ValidationError):
        admissions.register_return(session, b.id, ArrivalInput())


def test_sinus_number_pairs_two_registrations_of_the_same_victim(session: Any) -> None:
    first = admissions.register_arrival(
        session, IdentityInput(unknown=True, sex="M", estimated_age_min=30,
                               description="Victime 1", sinus_number="SIN-0042"),
        ArrivalInput())
    second = admissions.register_arrival(
        session, IdentityInput(birth_name="Robert", first_forename="Marc", sex="M",
                               birth_date="1990", sinus_number="sin-0042"), ArrivalInput())
    assert [c.patient.id for c in second.duplicates] == [first.patient.id]
    assert "same_sinus" in second.duplicates[0].reasons
