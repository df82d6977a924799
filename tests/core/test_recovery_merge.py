"""Merging station bundles: idempotent, order-independent, conflicts surfaced, never lost."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hospcrisis.core import admissions, crisis_log, provisional_ids, recovery
from hospcrisis.core.identity import IdentityInput
from hospcrisis.core.session import Session
from hospcrisis.errors import NotFound, ValidationError
from hospcrisis.store import admissions as astore
from hospcrisis.store import audit
from hospcrisis.store.foundation import audit_entries
from tests.interop.recovery_support import (
    audit_count,
    bundle_of,
    dump,
    lower_bundle_cost,
    station_maker,
)


@pytest.fixture
def stations(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Session]]:
    """`stations("URG1")` → the administrator's session on a new in-memory station."""
    lower_bundle_cost(monkeypatch)
    yield from station_maker()


NASTY = IdentityInput(birth_name="D'ARC|^~\\&", used_name="=SOMME(A1)", first_forename="+Jé@nne",
                      sex="F", birth_date="06/01/1980")


def _register(session: Session, identity: IdentityInput, **arrival: object
              ) -> admissions.Registration:
    return admissions.register_arrival(session, identity, admissions.ArrivalInput(**arrival))


def _three_stations(stations: Callable[..., Session]) -> tuple[Session, Session, Session, str]:
    """URG1 and URG2 share a patient edited on both (a conflict); URG3 stands alone."""
    urg1 = stations("URG1", units=True)
    urg2 = stations("URG2", units=True)
    urg3 = stations("URG3", units=True)
    shared = _register(urg1, IdentityInput(birth_name="DUPONT", first_forename="Marie",
                                           sex="F", birth_date="1980"), complaint="Chute")
    _register(urg1, NASTY, triage_level="2", complaint="Douleur ; « thoracique »\nsuite")
    other = _register(urg1, IdentityInput(birth_name="MARTIN", first_forename="Paul",
                                          sex="M", birth_date="12/03/1955"))
    admissions.mark_seen(urg1, other.admission.id)
    crisis_log.add_entry(urg1, kind="decision", text_value="Plan blanc déclenché", unit="URG")
    recovery.merge_bundles(urg2, [bundle_of(urg1)])  # URG2 receives URG1's data by USB
    # both edit the same patient without seeing each other's edit
    admissions.update_identity(urg1, shared.patient.id, IdentityInput(
        birth_name="DUPOND", first_forename="Marie", sex="F", birth_date="1980"))
    admissions.update_identity(urg2, shared.patient.id, IdentityInput(
        birth_name="DUPONT", first_forename="Marie-Anne", sex="F", birth_date="1980"))
    # URG2 also moves URG1's other patient on (URG1 does not touch it: no conflict)
    admissions.admit_to_unit(urg2, other.admission.id, "MED1", "101")
    _register(urg2, IdentityInput(birth_name="NGUYEN", first_forename="Linh", sex="F",
                                  birth_date="1992"))
    _register(urg3, IdentityInput(unknown=True, sex="M", estimated_age_min=30,
                                  estimated_age_max=40, description="Blouson noir"))
    crisis_log.add_entry(urg3, kind="information", text_value="Téléphones coupés")
    return urg1, urg2, urg3, shared.patient.id


def test_three_stations_merge_to_the_same_result_in_every_order_and_twice(
        stations: Callable[..., Session]) -> None:
    urg1, urg2, urg3, _shared = _three_stations(stations)
    bundles = [bundle_of(urg1), bundle_of(urg2), bundle_of(urg3)]
    hashes, dumps = set(), []
    for n, order in enumerate(itertools.permutations(bundles)):
        recov = stations(f"RECOV{n}")
        for item in order:
            recovery.merge_bundles(recov, [item])
        first = recovery.content_hash(recov)
        again = recovery.merge_bundles(recov, list(order))  # imported twice
        assert {b.status for b in again.bundles} == {"already_imported"}
        assert recovery.content_hash(recov) == first
        hashes.add(first)
        dumps.append(dump(recov))
        assert audit.verify(recov.store).ok, audit.verify(recov.store).problems
    assert len(hashes) == 1
    assert all(d == dumps[0] for d in dumps[1:])


def test_all_bundles_at_once_equal_one_by_one(stations: Callable[..., Session]) -> None:
    urg1, urg2, urg3, _shared = _three_stations(stations)
    bundles = [bundle_of(urg1), bundle_of(urg2), bundle_of(urg3)]
    together, apart = stations("RECA"), stations("RECB")
    recovery.merge_bundles(together, bundles)
    for item in reversed(bundles):
        recovery.merge_bundles(apart, [item])
    assert recovery.content_hash(together) == recovery.content_hash(apart)


def test_a_record_edited_on_two_stations_is_a_conflict_with_both_versions(
        stations: Callable[..., Session]) -> None:
    urg1, urg2, urg3, shared = _three_stations(stations)
    recov = stations("RECOV")
    result = recovery.merge_bundles(recov, [bundle_of(urg1), bundle_of(urg2), bundle_of(urg3)])
    assert result.conflicts == 1
    found = recovery.list_conflicts(recov)
    assert len(found) == 1
    conflict = found[0]
    assert conflict.table == "patient" and conflict.record_id == shared
    names = {(v.row["birth_name"], v.row["first_forename"]) for v in conflict.versions}
    assert {("DUPOND", "Marie"), ("DUPONT", "Marie-Anne")} <= names
    assert {"birth_name", "first_forename"} <= set(conflict.differences)
    by_station = {s: v for v in conflict.versions for s in v.stations if v.version == 2}
    assert by_station["URG1"].row["birth_name"] == "DUPOND"
    assert by_station["URG2"].row["first_forename"] == "Marie-Anne"
    # the admission moved on by URG2 only is not a conflict: the newer version wins
    other = next(p for p in astore.iter_patients(recov.store) if p["birth_name"] == "MARTIN")
    admission = astore.admissions_of(recov.store, [other["id"]])[0]
    assert admission["status"] == "admitted" and admission["unit_code"] == "MED1"
    assert recovery.status(recov).conflicts_open == 1


def test_settling_a_conflict_keeps_the_chosen_version_above_both_and_is_audited(
        stations: Callable[..., Session]) -> None:
    urg1, urg2, urg3, shared = _three_stations(stations)
    recov = stations("RECOV")
    bundles = [bundle_of(urg1), bundle_of(urg2), bundle_of(urg3)]
    recovery.merge_bundles(recov, bundles)
    conflict = recovery.list_conflicts(recov)[0]
    before = audit_count(recov)
    with pytest.raises(ValidationError):
        recovery.settle_conflict(recov, conflict.id, keep="URG9", reason="vérifié")
    with pytest.raises(ValidationError):
        recovery.settle_conflict(recov, conflict.id, keep="URG2", reason="")
    assert audit_count(recov) == before
    settled = recovery.settle_conflict(recov, conflict.id.lower(), keep="URG2",
                                       values={"birth_name": "DUPOND"},
                                       reason="Pièce d'identité vérifiée")
    assert settled.version == 3
    row = astore.get_patient(recov.store, shared)
    assert (row["birth_name"], row["first_forename"], row["version"]) == \
        ("DUPOND", "Marie-Anne", 3)
    entry = audit_entries(recov.store, limit=1)[0]
    assert entry["action"] == "recovery.conflict.settle" and entry["entity_id"] == shared
    assert audit_count(recov) == before + 1
    assert recovery.list_conflicts(recov) == []
    # the settled patient is found by the search index under its new names
    hits = admissions.search(recov, "Marie-Anne")
    assert [h.patient.id for h in hits] == [shared]
    # importing the same bundles again does not reopen it
    recovery.merge_bundles(recov, bundles)
    assert recovery.status(recov).conflicts_open == 0
    with pytest.raises(ValidationError):
        recovery.settle_conflict(recov, conflict.id, keep="URG1", reason="encore")


def test_an_edit_made_after_the_settlement_reopens_the_conflict(
        stations: Callable[..., Session]) -> None:
    urg1, urg2, _urg3, shared = _three_stations(stations)
    recov = stations("RECOV")
    recovery.merge_bundles(recov, [bundle_of(urg1), bundle_of(urg2)])
    conflict = recovery.list_conflicts(recov)[0]
    recovery.settle_conflict(recov, conflict.id, keep="URG1", reason="vérifié")
    admissions.update_identity(urg2, shared, IdentityInput(
        birth_name="DUPONT", first_forename="Marianne", sex="F", birth_date="1980"))
    recovery.merge_bundles(recov, [bundle_of(urg2)])
    reopened = recovery.list_conflicts(recov)
    assert [c.id for c in reopened] == [conflict.id]
    assert any(v.row["first_forename"] == "Marianne" for v in reopened[0].versions)


def test_a_voided_record_never_comes_back(stations: Callable[..., Session]) -> None:
    urg1 = stations("URG1")
    urg2 = stations("URG2")
    block = provisional_ids.reserve(urg1, 3, "Pochettes")
    recovery.merge_bundles(urg2, [bundle_of(urg1)])
    provisional_ids.cancel_block(urg1, block.id, "Pochettes perdues")
    # URG2 edits the old, unvoided version of the same block
    with urg2.store.transaction(urg2.actor, "test.edit", "id_block", block.id) as tx:
        tx.update("id_block", block.id, {"purpose": "Pochettes du SMUR"})
    recov = stations("RECOV")
    recovery.merge_bundles(recov, [bundle_of(urg2), bundle_of(urg1)])
    row = recov.store.get("id_block", block.id)
    assert row["voided_at"] is not None  # shown voided while the conflict is open
    conflict = recovery.list_conflicts(recov)[0]
    recovery.settle_conflict(recov, conflict.id, keep="URG2", reason="purpose du SMUR")
    row = recov.store.get("id_block", block.id)
    assert row["purpose"] == "Pochettes du SMUR"
    assert row["voided_at"] is not None and row["void_reason"] == "Pochettes perdues"
    # an older bundle from before the void changes nothing
    older = stations("URG4")
    recovery.merge_bundles(recov, [bundle_of(older)])
    assert recov.store.get("id_block", block.id)["voided_at"] is not None


def test_a_voided_record_from_one_station_beats_the_older_copy_of_another(
        stations: Callable[..., Session]) -> None:
    urg1 = stations("URG1")
    urg2 = stations("URG2")
    block = provisional_ids.reserve(urg1, 2, "Pochettes")
    recovery.merge_bundles(urg2, [bundle_of(urg1)])
    provisional_ids.cancel_block(urg1, block.id, "Perdues")
    orders = ([bundle_of(urg1), bundle_of(urg2)], [bundle_of(urg2), bundle_of(urg1)])
    for n, order in enumerate(orders):
        recov = stations(f"RECOV{n}")
        for item in order:
            recovery.merge_bundles(recov, [item])
        assert recov.store.get("id_block", block.id)["voided_at"] is not None
        assert recovery.list_conflicts(recov) == []


def test_the_summary_says_what_came_in_per_station(stations: Callable[..., Session]) -> None:
    urg1 = stations("URG1")
    first = _register(urg1, IdentityInput(birth_name="ROUX", first_forename="Léa", sex="F",
                                          birth_date="2001"))
    recov = stations("RECOV")
    result = recovery.merge_bundles(recov, [bundle_of(urg1)])
    summary = result.bundles[0]
    assert summary.station == "URG1" and summary.status == "imported"
    assert summary.per_table["patient"]["new"] == 1
    assert summary.per_table["user"]["staged_only"] == 1  # station accounts never go live
    assert summary.chain_entries == audit_count(urg1)
    admissions.record_triage(urg1, first.admission.id, "3B")
    _register(urg1, IdentityInput(birth_name="ROUX", first_forename="Tom", sex="M",
                                  birth_date="2003"))
    later = recovery.merge_bundles(recov, [bundle_of(urg1)]).bundles[0]
    assert later.per_table["patient"] == {"unchanged": 1, "new": 1}
    assert later.per_table["admission"] == {"updated": 1, "new": 1}
    assert later.conflicts == 0
    # the station's accounts are kept but cannot log in to the recovery database
    assert [u["username"] for u in recovery.iter_winner_rows(recov, "user")] == ["admin"]
    assert "password_hash" not in recovery.iter_winner_rows(recov, "user")[0]


def test_a_merge_is_one_audit_entry(stations: Callable[..., Session]) -> None:
    urg1, urg2, urg3, _shared = _three_stations(stations)
    recov = stations("RECOV")
    before = audit_count(recov)
    recovery.merge_bundles(recov, [bundle_of(urg1), bundle_of(urg2), bundle_of(urg3)])
    assert audit_count(recov) == before + 1
    entry = audit_entries(recov.store, limit=1)[0]
    assert entry["action"] == "recovery.bundle.import"
    assert "URG3" in entry["after"]


def test_the_same_census_on_two_stations_keeps_one_ipp_and_both_patients(
        stations: Callable[..., Session], tmp_path: Path) -> None:
    from hospcrisis.core import census_import

    csv = tmp_path / "census.csv"
    csv.write_text("ipp;nom;prenom;sexe;date_naissance;unite;lit;date_entree\n"
                   "900123;BLANC;Rose;F;03/04/1950;MED1;101;01/11/2026 08:00\n",
                   encoding="utf-8")
    urg1 = stations("URG1", units=True)
    urg2 = stations("URG2", units=True)
    census_import.import_census(urg1, csv)
    census_import.import_census(urg2, csv)
    results = []
    for order in ((urg1, urg2), (urg2, urg1)):
        recov = stations("RECOV" + order[0].station[-1])
        for station in order:
            recovery.merge_bundles(recov, [bundle_of(station)])
        rows = [p for p in astore.iter_patients(recov.store) if p["birth_name"] == "BLANC"]
        assert len(rows) == 2
        assert sorted((p["ipp"] or "") for p in rows) == ["", "900123"]
        kept = min(rows, key=lambda p: p["id"])
        assert kept["ipp"] == "900123"
        results.append((recovery.content_hash(recov), dump(recov)))
        # both are proposed as duplicates to merge, by the admissions engine
        from hospcrisis.core import duplicates

        pairs = duplicates.find_all(recov)
        assert any({p.a.id, p.b.id} == {r["id"] for r in rows} for p in pairs)
    assert results[0] == results[1]


def test_units_defined_on_every_station_are_kept_once(stations: Callable[..., Session]) -> None:
    urg1 = stations("URG1", units=True)
    urg2 = stations("URG2", units=True)
    recov = stations("RECOV")
    result = recovery.merge_bundles(recov, [bundle_of(urg1), bundle_of(urg2)])
    codes = [r["code"] for r in recov.store.query("SELECT code FROM unit")]
    assert len(codes) == len(set(codes)) > 0
    assert sum(b.aside for b in result.bundles) == len(codes)
    aside = recovery.aside_records(recov)
    assert {a["table"] for a in aside} == {"unit"}
    assert all(a["index"] and a["holder"] for a in aside)


def test_an_unknown_conflict_is_not_found(stations: Callable[..., Session]) -> None:
    with pytest.raises(NotFound):
        recovery.get_conflict(stations("RECOV"), "C-0000000000")


def test_a_merge_made_here_is_kept_when_a_station_brings_its_older_copy(
        stations: Callable[..., Session]) -> None:
    from hospcrisis.core import duplicates

    urg1 = stations("URG1")
    a = _register(urg1, IdentityInput(birth_name="DURAND", first_forename="Hélène", sex="F",
                                      birth_date="14/07/1975"))
    b = _register(urg1, IdentityInput(birth_name="DURANT", first_forename="Helene", sex="F",
                                      birth_date="14/07/1975"))
    recov = stations("RECOV")
    recovery.merge_bundles(recov, [bundle_of(urg1)])
    duplicates.merge(recov, a.patient.id, b.patient.id, "Même personne")
    _register(urg1, IdentityInput(birth_name="AUTRE", first_forename="Jean", sex="M",
                                  birth_date="1950"))
    recovery.merge_bundles(recov, [bundle_of(urg1)])  # the same old copy of b, and news
    assert astore.get_patient(recov.store, b.patient.id)["merged_into"] == a.patient.id
    assert recovery.list_conflicts(recov) == []
    # the station edits b meanwhile: the merge made here and that edit are divergent
    admissions.update_identity(urg1, b.patient.id, IdentityInput(
        birth_name="DURANT", first_forename="Hélène", sex="F", birth_date="14/07/1975"))
    recovery.merge_bundles(recov, [bundle_of(urg1)])
    conflict = recovery.list_conflicts(recov)[0]
    assert conflict.record_id == b.patient.id
    assert any(v.row["merged_into"] == a.patient.id and "RECOV" in v.stations
               for v in conflict.versions)


def test_operating_rooms_with_the_same_code_on_two_stations_both_stay(
        stations: Callable[..., Session]) -> None:
    from hospcrisis.core import surgery

    made = []
    for code in ("BLOC1", "BLOC2"):
        session = stations(code)
        surgery.create_room(session, code="S1", name=f"Salle 1 du {code}",
                            hours=dict.fromkeys(range(1, 6), ("07:00", "20:00")))
        surgery.create_staff(session, code="DRX", family_name="Chirurgien", role="surgeon",
                             specialty="ortho")
        surgery.create_case(session, patient_family_name="PATIENT", procedure="Arthroscopie",
                            specialty="ortho", surgeon="DRX", duration_min=60,
                            anaesthesia="general", priority="P3")
        made.append(session)
    results = []
    for n, order in enumerate((made, made[::-1])):
        recov = stations(f"RECOV{n}")
        for session in order:
            recovery.merge_bundles(recov, [bundle_of(session)])
        rooms = sorted(r["code"] for r in recov.store.query("SELECT code FROM surgery_room"))
        assert rooms[0] == "S1" and rooms[1].startswith("S1~BLOC")
        assert len(recov.store.query("SELECT id FROM surgery_case")) == 2
        results.append((recovery.content_hash(recov), dump(recov)))
    assert results[0] == results[1]
