"""Identity reconciliation: provisional IDs to IPPs and visit numbers, all or nothing."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hospcrisis.core import admissions, reconcile, recovery
from hospcrisis.core.identity import IdentityInput
from hospcrisis.core.session import Session
from hospcrisis.errors import NotFound, ValidationError
from hospcrisis.store import recovery as rstore
from hospcrisis.store.foundation import audit_entries
from tests.interop.recovery_support import (
    audit_count,
    bundle_of,
    lower_bundle_cost,
    station_maker,
)


@pytest.fixture
def stations(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Session]]:
    """`stations("URG1")` → the administrator's session on a new in-memory station."""
    lower_bundle_cost(monkeypatch)
    yield from station_maker()



@pytest.fixture
def merged(stations: Callable[..., Session]) -> tuple[Session, dict[str, admissions.Registration]]:
    """A recovery database holding URG1's patients."""
    urg1 = stations("URG1")
    people = {
        "durand": admissions.register_arrival(urg1, IdentityInput(
            birth_name="DURAND", first_forename="Hélène", sex="F", birth_date="14/07/1975"),
            admissions.ArrivalInput()),
        "dassin": admissions.register_arrival(urg1, IdentityInput(
            birth_name="D'ASSIN", first_forename="Jean-Pierre", sex="M",
            birth_date="05/11/1948"), admissions.ArrivalInput()),
        "leroy": admissions.register_arrival(urg1, IdentityInput(
            birth_name="LEROY", used_name="MARTIN", first_forename="Zoé", sex="F",
            birth_date="1990"), admissions.ArrivalInput()),
    }
    recov = stations("RECOV")
    recovery.merge_bundles(recov, [bundle_of(urg1)])
    return recov, people


def _csv(tmp_path: Path, text: str, name: str = "reconcile.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_a_provisional_id_is_reconciled_by_hand_and_audited(merged: tuple) -> None:
    recov, people = merged
    durand = people["durand"]
    before = audit_count(recov)
    result = reconcile.set_identity(recov, durand.patient.provisional_id.lower(), "1002345",
                                    visit_number="2026110001")
    assert (result.created, result.visits) == (1, 1)
    assert audit_count(recov) == before + 1
    entry = audit_entries(recov.store, limit=1)[0]
    assert entry["action"] == "recovery.reconcile.set" and "1002345" in entry["after"]
    listed = {r.provisional_id: r for r in reconcile.list_reconciliations(recov)}
    assert listed[durand.patient.provisional_id].ipp == "1002345"
    assert listed[durand.patient.provisional_id].visits == {durand.admission.id: "2026110001"}
    # the same again changes nothing but is still traced
    again = reconcile.set_identity(recov, durand.patient.provisional_id, "1002345")
    assert again.unchanged == 1 and again.created == 0
    # the patient's own record is untouched: the export says "this ID is that IPP"
    patient = admissions.get_patient(recov, durand.patient.id)
    assert patient.ipp is None and patient.identity_status == "PROV"


def test_two_ipps_for_one_id_are_refused_unless_replacing(merged: tuple) -> None:
    recov, people = merged
    code = people["durand"].patient.provisional_id
    reconcile.set_identity(recov, code, "1002345")
    before = audit_count(recov)
    with pytest.raises(ValidationError, match="1002345"):
        reconcile.set_identity(recov, code, "1009999")
    assert audit_count(recov) == before
    result = reconcile.set_identity(recov, code, "1009999", replace=True)
    assert result.replaced == 1
    assert rstore.identity_of(recov.store, people["durand"].patient.id)["ipp"] == "1009999"
    voided = recov.store.query("SELECT * FROM recovery_identity WHERE voided_at IS NOT NULL")
    assert [v["ipp"] for v in voided] == ["1002345"]  # kept, voided, never deleted


@pytest.mark.parametrize("typed", ["URG1-000001-X", "pas-un-id", "URG9-000001-0"])
def test_a_mistyped_or_unknown_id_is_refused(merged: tuple, typed: str) -> None:
    recov, _people = merged
    with pytest.raises(ValidationError):
        reconcile.set_identity(recov, typed, "1002345")


def test_the_admissions_office_csv_is_imported_whole(merged: tuple, tmp_path: Path) -> None:
    recov, people = merged
    d, j, z = (people[k] for k in ("durand", "dassin", "leroy"))
    csv = _csv(tmp_path, "id_provisoire;IPP;numéro_venue;nom;date_naissance\n"
                         f"{d.patient.provisional_id};1002345;V1;Durand;14/07/1975\n"
                         f"{j.patient.provisional_id};1002346;;d’Assin;\n"
                         f"{z.patient.provisional_id};1002347;V3;MARTIN;1990\n"
                         f"{d.patient.provisional_id};1002345;V1;;\n")
    before = audit_count(recov)
    result = reconcile.import_csv(recov, csv)
    assert (result.created, result.visits, result.file_name) == (3, 2, "reconcile.csv")
    assert audit_count(recov) == before + 1
    assert {r.ipp for r in reconcile.list_reconciliations(recov)} == \
        {"1002345", "1002346", "1002347"}
    again = reconcile.import_csv(recov, csv)
    assert (again.created, again.unchanged) == (0, 3)


def test_a_csv_with_unknown_ids_and_two_ipps_for_one_id_is_refused_with_every_line(
        merged: tuple, tmp_path: Path) -> None:
    recov, people = merged
    d = people["durand"].patient.provisional_id
    j = people["dassin"].patient.provisional_id
    csv = _csv(tmp_path, "provisional_id,ipp,birth_name\n"
                         f"{d},1002345,DURAND\n"
                         "URG7-000009-0,1002399,\n"
                         f"{d},1009999,\n"
                         f"{j},1002346,DUPONT\n"
                         f"{j[:-1]}Q,1002346,\n"
                         ",,\n")
    before = (audit_count(recov), rstore.active_identities(recov.store))
    with pytest.raises(ValidationError) as caught:
        reconcile.import_csv(recov, csv)
    lines = {field for field, _message in caught.value.problems}
    assert lines == {"line 3", "line 4", "line 5", "line 6"}
    text = str(caught.value)
    assert "URG7-000009-0" in text and "1009999" in text and "DUPONT" in text
    assert (audit_count(recov), rstore.active_identities(recov.store)) == before


def test_a_csv_missing_a_required_column_is_refused(merged: tuple, tmp_path: Path) -> None:
    recov, _people = merged
    with pytest.raises(ValidationError, match="ipp"):
        reconcile.import_csv(recov, _csv(tmp_path, "provisional_id;nom\nX;Y\n"))


def test_a_visit_number_needs_to_know_which_admission(merged: tuple) -> None:
    recov, people = merged
    durand = people["durand"]
    with pytest.raises(ValidationError, match="admission"):
        reconcile.set_identity(recov, durand.patient.provisional_id, "1002345",
                               visit_number="V1", admission_id="01a00000-0000-7000-8000-0")


def test_matches_are_proposed_by_the_duplicates_engine(merged: tuple, tmp_path: Path) -> None:
    recov, people = merged
    nfd = unicodedata.normalize("NFD", "Hélène")
    listing = _csv(tmp_path, "ipp;nom;prenom;sexe;date_naissance;statut_identite\n"
                             f"5001;Durand;{nfd};F;14/07/1975;QUAL\n"
                             "5002;Jean-Pierre;D’ASSIN;M;11/05/1948;VALI\n"
                             "5003;MARTIN;Zoé;F;1990;QUAL\n"
                             "5004;LAMBERT;Paul;M;01/01/1960;QUAL\n", name="sih.csv")
    before = audit_count(recov)
    proposals = {p.provisional_id: p for p in reconcile.propose(recov, listing)}
    assert audit_count(recov) == before + 1  # patient data was compared: traced
    best = {code: (p.candidates[0].ipp if p.candidates else None)
            for code, p in proposals.items()}
    assert best[people["durand"].patient.provisional_id] == "5001"
    assert best[people["dassin"].patient.provisional_id] == "5002"  # swapped, day/month
    assert best[people["leroy"].patient.provisional_id] == "5003"  # married name
    top = proposals[people["dassin"].patient.provisional_id].candidates[0]
    assert "swapped_names" in top.reasons
    # nothing was reconciled: a human confirms
    assert rstore.active_identities(recov.store) == []


def test_a_bad_patient_list_is_refused_whole(merged: tuple, tmp_path: Path) -> None:
    recov, _people = merged
    listing = _csv(tmp_path, "ipp;nom;prenom;date_naissance\n5001;A;B;31/02/1980\n"
                             "5001;C;D;1980\n", name="sih.csv")
    with pytest.raises(ValidationError) as caught:
        reconcile.propose(recov, listing)
    assert {f for f, _m in caught.value.problems} == {"line 2", "line 3"}


def test_duplicates_are_merged_through_the_admissions_service(merged: tuple) -> None:
    recov, people = merged
    kept, other = people["durand"].patient, people["dassin"].patient
    record = reconcile.merge_patients(recov, kept.provisional_id, other.provisional_id,
                                      "Même patiente (erreur de saisie)")
    assert record.survivor_id == kept.id and record.merged_id == other.id
    assert audit_entries(recov.store, limit=1)[0]["action"] == "patient.merge"
    assert admissions.get_patient(recov, other.id).merged_into == kept.id
    # a merged record is reconciled through the one kept
    with pytest.raises(ValidationError, match=kept.provisional_id):
        reconcile.set_identity(recov, other.provisional_id, "1002345")
    with pytest.raises(NotFound):
        reconcile.merge_patients(recov, kept.provisional_id, "999999", "x")


def test_reconciliation_is_for_it_recovery(merged: tuple,
                                          make_session: Callable[[str], Session]) -> None:
    from hospcrisis.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        reconcile.set_identity(make_session("nurse_manager"), "URG1-000001-5", "1")
