"""HL7 v2.5 IHE PAM FR export: events, segments, escaping, MSH-10, batches, A40 merges."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from hospcrisis.core import admissions, duplicates, reconcile, recovery
from hospcrisis.core.identity import IdentityInput
from hospcrisis.core.session import Session
from hospcrisis.errors import ConflictError, ValidationError
from hospcrisis.interop import export
from hospcrisis.store.foundation import audit_entries
from tests.interop.hl7_support import (
    components,
    field,
    hl7apy_validate,
    read_messages,
    repetitions,
    segments,
    unescape,
)
from tests.interop.recovery_support import (
    audit_count,
    bundle_of,
)

NASTY_NAMES = [
    ("D'ARC|^~\\&", "=SOMME(A1)", "+Jé@nne", "Jé@nne Marie-Thérèse"),
    ("L’HÔPITAL & FILS", "@MENTION", "-Loïc", "-Loïc Gaël"),
    ("O'NEILL\\PATH", "^~", "Chloé", "Chloé"),
]


def _events(messages: list[str]) -> list[str]:
    return [components(field(m, "MSH", 9))[1] for m in messages]


def _for_patient(messages: list[str], code: str) -> list[str]:
    return [m for m in messages if code in field(m, "PID", 3)]


@pytest.fixture
def station(stations: Callable[..., Session]) -> Session:
    return stations("URG1", units=True)


def _export(session: Session, tmp_path: Path, **options: object) -> tuple[Path, list[str]]:
    result = export.export(session, "hl7", tmp_path / "out",
                           export.ExportOptions(**options))  # type: ignore[arg-type]
    return result.folder, read_messages(result.folder)


def test_names_full_of_delimiters_come_back_exactly(station: Session, tmp_path: Path) -> None:
    codes = []
    for birth, used, first, forenames in NASTY_NAMES:
        reg = admissions.register_arrival(station, IdentityInput(
            birth_name=birth, used_name=used, first_forename=first, forenames=forenames,
            sex="F", birth_date="29/02/1984", birthplace="Saint-Étienne", phone="+33 6 12"),
            admissions.ArrivalInput(complaint="Chute ; « douleur »\nsuite"))
        codes.append((reg.patient.provisional_id, birth, used, first, forenames))
    _folder, messages = _export(station, tmp_path, batch=True)
    for code, birth, used, first, forenames in codes:
        mine = _for_patient(messages, code)
        assert _events(mine) == ["A28", "A04"]
        for message in mine:
            parsed = hl7apy_validate(message)
            names = list(parsed.pid.pid_5)
            assert unescape(names[0].xpn_1.value) == birth
            assert unescape(names[0].xpn_2.value) == first
            others = forenames.replace(first, "", 1).strip()
            assert unescape(names[0].xpn_3.value if others else "") == others
            assert names[0].xpn_7.value == "L"
            assert unescape(names[1].xpn_1.value) == used
            assert names[1].xpn_7.value == "D"
            assert parsed.pid.pid_7.value == "19840229"
            assert parsed.pid.pid_8.value == "F"
            assert [r.value for r in parsed.pid.pid_32] == ["PROV"]
            # no delimiter leaked: the segment still has its 32 fields
            assert len(segments(message)["PID"][0]) == 33


def test_every_movement_becomes_its_pam_fr_event(station: Session, tmp_path: Path) -> None:
    reg = admissions.register_arrival(station, IdentityInput(
        birth_name="MARTIN", first_forename="Paul", sex="M", birth_date="1955"),
        admissions.ArrivalInput(triage_level="2"))
    adm = reg.admission.id
    admissions.mark_seen(station, adm)
    admissions.admit_to_unit(station, adm, "MED1", "101")
    admissions.move_patient(station, adm, "MED2", "201")
    discharge = admissions.record_movement(station, adm, "transferred_out",
                                           destination="CHU de Bordeaux")
    admissions.cancel_movement(station, discharge.id, "Transfert annulé")
    gone = admissions.register_arrival(station, IdentityInput(
        birth_name="ERREUR", first_forename="Saisie", sex="M", birth_date="1990"),
        admissions.ArrivalInput())
    arrival = admissions.open_patient(station, gone.patient.id).admissions[0].movements[0]
    admissions.cancel_movement(station, arrival.id, "Doublon de saisie")
    _folder, messages = _export(station, tmp_path, batch=True)
    mine = _for_patient(messages, reg.patient.provisional_id)
    assert _events(mine) == ["A28", "A04", "A08", "A08", "A01", "A02", "A03", "A13"]
    for message in mine:
        hl7apy_validate(message)
    by_event = {components(field(m, "MSH", 9))[1]: m for m in mine}
    a01 = by_event["A01"]
    assert field(a01, "PV1", 2) == "I"
    assert components(field(a01, "PV1", 3))[:3] == ["MED1", "", "101"]
    assert field(a01, "ZBE", 4) == "INSERT"
    assert components(field(a01, "ZBE", 7))[0] == "MED1"
    a03 = by_event["A03"]
    assert field(a03, "PV1", 36) == "02" and unescape(field(a03, "PV1", 37)) == "CHU de Bordeaux"
    assert field(a03, "PV1", 45)
    a13 = by_event["A13"]
    assert field(a13, "ZBE", 4) == "CANCEL" and field(a13, "ZBE", 6) == "A03"
    assert components(field(a13, "ZBE", 1))[0] == discharge.id
    cancelled = _for_patient(messages, gone.patient.provisional_id)
    assert _events(cancelled) == ["A28", "A04", "A11"]
    assert field(cancelled[-1], "ZBE", 4) == "CANCEL"
    assert all(field(m, "EVN", 2) and field(m, "EVN", 6) for m in mine)


def test_census_patients_are_not_created_again(station: Session, tmp_path: Path) -> None:
    from hospcrisis.core import census_import

    csv = tmp_path / "census.csv"
    csv.write_text("ipp;nom;prenom;sexe;date_naissance;unite;lit;date_entree\n"
                   "900123;BLANC;Rose;F;03/04/1950;MED1;102;01/11/2026 08:00\n",
                   encoding="utf-8")
    census_import.import_census(station, csv)
    patient = next(p for p in admissions.all_patients(station) if p.ipp == "900123")
    admission = admissions.open_patient(station, patient.id).admissions[0].admission
    admissions.record_movement(station, admission.id, "discharged")
    _folder, messages = _export(station, tmp_path, batch=True)
    mine = [m for m in messages if "900123" in field(m, "PID", 3)]
    assert _events(mine) == ["A03"]
    assert components(repetitions(field(mine[0], "PID", 3))[0])[3] == "IPP"


def test_merges_and_reconciliations_become_a40(stations: Callable[..., Session],
                                               tmp_path: Path) -> None:
    urg1 = stations("URG1")
    kept = admissions.register_arrival(urg1, IdentityInput(
        birth_name="DURAND", first_forename="Hélène", sex="F", birth_date="14/07/1975",
        identity_status="VALI", identity_document="id_card"), admissions.ArrivalInput())
    dup = admissions.register_arrival(urg1, IdentityInput(
        birth_name="DURANT", first_forename="Helene", sex="F", birth_date="14/07/1975"),
        admissions.ArrivalInput())
    recov = stations("RECOV")
    recovery.merge_bundles(recov, [bundle_of(urg1)])
    duplicates.merge(recov, kept.patient.id, dup.patient.id, "Même personne")
    reconcile.set_identity(recov, kept.patient.provisional_id, "1002345", identity_status="QUAL")
    _folder, messages = _export(recov, tmp_path, batch=True)
    a40 = [m for m in messages if components(field(m, "MSH", 9))[1] == "A40"]
    assert len(a40) == 2
    for message in a40:
        hl7apy_validate(message)
    merge, mapping = a40
    assert kept.patient.provisional_id in field(merge, "PID", 3)
    assert dup.patient.provisional_id in field(merge, "MRG", 1)
    assert field(merge, "PID", 32) == "VALI"
    assert components(field(mapping, "PID", 3)) == ["1002345", "", "", "IPP", "PI"]
    assert kept.patient.provisional_id in field(mapping, "MRG", 1)
    assert field(mapping, "PID", 32) == "QUAL"
    merged_a28 = next(m for m in messages if dup.patient.provisional_id in field(m, "PID", 3)
                      and components(field(m, "MSH", 9))[1] == "A28")
    assert repetitions(field(merged_a28, "PID", 32)) == ["PROV", "DOUA"]


def test_message_ids_are_unique_and_the_batch_is_counted(station: Session,
                                                         tmp_path: Path) -> None:
    for n in range(3):
        admissions.register_arrival(station, IdentityInput(
            birth_name=f"NOM{n}", first_forename="Prénom", sex="F", birth_date="2000"),
            admissions.ArrivalInput(triage_level="3A"))
    folder1, first = _export(station, tmp_path, batch=True)
    folder2, second = _export(station, tmp_path, batch=True)
    ids = [field(m, "MSH", 10) for m in (*first, *second)]
    assert len(ids) == len(set(ids)) == 18
    assert all(len(i) <= 20 for i in ids)
    raw = next(folder1.glob("*.hl7")).read_bytes().decode()
    assert raw.startswith("FHS|^~\\&|HOSPCRISIS|URG1|")
    assert "\rBTS|9\rFTS|1\r" in raw
    assert all(field(m, "MSH", 12) == "2.5^FRA^2.11" and field(m, "MSH", 18) == "UNICODE UTF-8"
               for m in first)
    assert folder1 != folder2


def test_one_file_per_message_when_it_chooses(station: Session, tmp_path: Path) -> None:
    admissions.register_arrival(station, IdentityInput(
        birth_name="SEUL", first_forename="Un", sex="M", birth_date="2000"),
        admissions.ArrivalInput())
    folder, messages = _export(station, tmp_path)
    files = sorted(folder.glob("*.hl7"))
    assert len(files) == len(messages) == 2
    assert files[0].name.endswith("_A28.hl7")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for item in manifest["files"]:
        assert hashlib.sha256((folder / item["name"]).read_bytes()).hexdigest() == item["sha256"]


def test_an_export_is_audited_with_what_it_contained(station: Session, tmp_path: Path) -> None:
    admissions.register_arrival(station, IdentityInput(
        birth_name="AUDIT", first_forename="Trace", sex="F", birth_date="2000"),
        admissions.ArrivalInput())
    before = audit_count(station)
    result = export.export(station, "hl7", tmp_path, export.ExportOptions(batch=True))
    assert audit_count(station) == before + 1
    entry = audit_entries(station.store, limit=1)[0]
    assert entry["action"] == "recovery.export"
    after = json.loads(entry["after"])
    assert after["counts"]["messages"] == 2 and after["counts"]["events_A28"] == 1
    assert after["digest"] == result.record.digest and len(after["digest"]) == 64
    assert after["first_control_id"] == "URG100010000001"


def test_bad_export_options_are_refused_and_nothing_is_recorded(station: Session,
                                                                tmp_path: Path) -> None:
    before = audit_count(station)
    with pytest.raises(ValidationError):
        export.export(station, "xml", tmp_path)
    with pytest.raises(ValidationError):
        export.export(station, "csv", tmp_path, export.ExportOptions(delimiter="|"))
    assert audit_count(station) == before
    assert not any(tmp_path.iterdir())


def test_open_conflicts_stop_the_export_unless_allowed(stations: Callable[..., Session],
                                                       tmp_path: Path) -> None:
    urg1, urg2 = stations("URG1"), stations("URG2")
    reg = admissions.register_arrival(urg1, IdentityInput(
        birth_name="DUPONT", first_forename="Marie", sex="F", birth_date="1980"),
        admissions.ArrivalInput())
    recovery.merge_bundles(urg2, [bundle_of(urg1)])
    for session, first in ((urg1, "Marie"), (urg2, "Maria")):
        admissions.update_identity(session, reg.patient.id, IdentityInput(
            birth_name="DUPONT", first_forename=first, sex="M", birth_date="1980"))
    recov = stations("RECOV")
    recovery.merge_bundles(recov, [bundle_of(urg1), bundle_of(urg2)])
    with pytest.raises(ConflictError):
        export.export(recov, "hl7", tmp_path)
    result = export.export(recov, "hl7", tmp_path, export.ExportOptions(allow_conflicts=True))
    assert result.conflicts_open == 1


def test_event_counts_match_the_messages(station: Session, tmp_path: Path) -> None:
    for n in range(4):
        reg = admissions.register_arrival(station, IdentityInput(
            birth_name=f"COMPTE{n}", first_forename="A", sex="M", birth_date="1999"),
            admissions.ArrivalInput(triage_level="4"))
        admissions.record_movement(station, reg.admission.id, "discharged")
    result = export.export(station, "hl7", tmp_path, export.ExportOptions(batch=True,
                                                                          updates=False))
    messages = read_messages(result.folder)
    counted = Counter(_events(messages))
    assert counted == {"A28": 4, "A04": 4, "A03": 4}
    assert result.record.counts["events_A03"] == 4 and result.record.counts["messages"] == 12
