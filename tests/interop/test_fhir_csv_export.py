"""FHIR R4 transaction bundles (validated with fhir.resources) and spreadsheet-safe CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from hospcrisis.core import admissions, duplicates, reconcile, recovery
from hospcrisis.core.identity import IdentityInput
from hospcrisis.core.session import Session
from hospcrisis.interop import codes, csv_export, export
from tests.interop.recovery_support import (
    bundle_of,
)


def _bundles(folder: Path) -> list[dict]:
    from fhir.resources.R4B.bundle import Bundle

    out = []
    for file in sorted(folder.glob("bundle-*.json")):
        text = file.read_text(encoding="utf-8")
        Bundle.model_validate_json(text)  # every resource validates
        out.append(json.loads(text))
    return out


def _resources(bundles: list[dict], kind: str) -> list[dict]:
    return [e["resource"] for b in bundles for e in b["entry"]
            if e["resource"]["resourceType"] == kind]


def _ident(resource: dict, system: str) -> str | None:
    return next((i["value"] for i in resource.get("identifier", []) if i["system"] == system),
                None)


def test_fhir_bundles_validate_and_say_who_replaces_whom(stations: Callable[..., Session],
                                                        tmp_path: Path) -> None:
    urg1 = stations("URG1", units=True)
    kept = admissions.register_arrival(urg1, IdentityInput(
        birth_name="L’HÔPITAL", used_name="=MARTIN", first_forename="Hélène",
        forenames="Hélène Marie", sex="F", birth_date="1975", identity_status="VALI",
        identity_document="passport", identity_attributes=("DPOT",)),
        admissions.ArrivalInput(triage_level="2", complaint="Malaise"))
    admissions.admit_to_unit(urg1, kept.admission.id, "MED1", "101")
    dup = admissions.register_arrival(urg1, IdentityInput(
        birth_name="LHOPITAL", first_forename="Helene", sex="F", birth_date="1975"),
        admissions.ArrivalInput())
    unknown = admissions.register_arrival(urg1, IdentityInput(
        unknown=True, sex="M", estimated_age_min=60, estimated_age_max=70,
        description="Barbe grise"), admissions.ArrivalInput())
    recov = stations("RECOV")
    recovery.merge_bundles(recov, [bundle_of(urg1)])
    duplicates.merge(recov, kept.patient.id, dup.patient.id, "Doublon")
    reconcile.set_identity(recov, unknown.patient.provisional_id, "700001")
    result = export.export(recov, "fhir", tmp_path, export.ExportOptions(fhir_bundle_size=2))
    bundles = _bundles(result.folder)
    assert len(bundles) == 2 and all(b["type"] == "transaction" for b in bundles)
    patients = {_ident(p, codes.SYSTEM_RECORD): p for p in _resources(bundles, "Patient")}
    survivor, merged, anon = (patients[kept.patient.id], patients[dup.patient.id],
                              patients[unknown.patient.id])
    assert survivor["active"] is True and merged["active"] is False
    assert merged["link"] == [{"other": {"reference": f"urn:uuid:{kept.patient.id}"},
                               "type": "replaced-by"}]
    assert survivor["link"][0]["type"] == "replaces"
    assert survivor["birthDate"] == "1975" and survivor["gender"] == "female"
    assert survivor["name"][0] == {"use": "official", "family": "L’HÔPITAL",
                                   "given": ["Hélène", "Marie"]}
    assert survivor["name"][1]["family"] == "=MARTIN"
    reliability = survivor["extension"][0]
    assert reliability["url"] == codes.EXT_IDENTITY_RELIABILITY
    assert reliability["extension"][0]["valueCoding"]["code"] == "VALI"
    assert {t["code"] for t in survivor["meta"]["tag"]} == {"DPOT"}
    assert "DOUA" in {t["code"] for t in merged["meta"]["tag"]}
    assert anon["name"][0]["use"] == "anonymous" and anon["active"] is False
    assert anon["link"][0]["other"]["identifier"]["value"] == "700001"
    assert _ident(anon, codes.SYSTEM_IPP) == "700001"
    encounters = {_ident(e, codes.SYSTEM_RECORD): e for e in _resources(bundles, "Encounter")}
    encounter = encounters[kept.admission.id]
    assert encounter["class"]["code"] == "IMP" and encounter["status"] == "in-progress"
    assert encounter["location"][0]["location"]["display"] == "MED1 101"
    kinds = [next(x["valueCode"] for x in m["extension"] if x["url"] == "kind")
             for m in encounter["extension"]]
    assert kinds == ["arrival", "triaged", "admitted"]
    assert encounter["subject"]["reference"] == f"urn:uuid:{kept.patient.id}"


def test_operating_theatre_cases_become_procedures(stations: Callable[..., Session],
                                                   tmp_path: Path) -> None:
    from datetime import timedelta

    from hospcrisis import clock
    from hospcrisis.core import surgery

    session = stations("BLOC1")
    reg = admissions.register_arrival(session, IdentityInput(
        birth_name="COEUR", first_forename="Jean", sex="M", birth_date="1960"),
        admissions.ArrivalInput())
    surgery.create_room(session, code="S1", name="Salle 1",
                        hours=dict.fromkeys(range(1, 8), ("07:00", "20:00")))
    surgery.create_staff(session, code="DRX", family_name="Chirurgien", role="surgeon",
                         specialty="ortho", weekdays=range(1, 8))
    start = (clock.now() + timedelta(days=2)).astimezone().replace(hour=9, minute=0, second=0,
                                                                   microsecond=0)
    common = {"specialty": "ortho", "surgeon": "DRX", "duration_min": 90,
              "anaesthesia": "general", "priority": "P3"}
    hip = surgery.create_case(session, patient_family_name="COEUR", patient_given_name="Jean",
                              patient_ref=reg.patient.id, procedure="Prothèse de hanche",
                              room="S1", planned_start=start, **common)
    surgery.cancel_case(session, hip.id, "Bloc fermé (cyberattaque)")
    surgery.create_case(session, patient_family_name="À-PART", patient_given_name="Zoé",
                        patient_id_text="900777", procedure="Arthroscopie du genou", **common)
    result = export.export(session, "fhir", tmp_path)
    procedures = {p["code"]["text"]: p for p in
                  _resources(_bundles(result.folder), "Procedure")}
    assert set(procedures) == {"Prothèse de hanche", "Arthroscopie du genou"}
    cancelled = procedures["Prothèse de hanche"]
    assert cancelled["status"] == "not-done"
    assert cancelled["statusReason"]["text"] == "Bloc fermé (cyberattaque)"
    assert cancelled["subject"]["reference"] == f"urn:uuid:{reg.patient.id}"
    assert cancelled["category"]["coding"][0]["code"] == "P3"
    waiting = procedures["Arthroscopie du genou"]
    assert waiting["status"] == "preparation"
    assert waiting["subject"]["identifier"]["value"] == "900777"
    assert result.record.counts["procedures"] == 2
    csv_names = {f.name for f in export.export(session, "csv", tmp_path).folder.iterdir()}
    assert {"surgery_case.csv", "surgery_cancellation.csv"} <= csv_names


@pytest.mark.parametrize("value, cell", [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+33 6", "'+33 6"), ("-2", "'-2"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tTAB", "'\tTAB"), ("\rCR", "'\rCR"), ("\x00NUL", "'\x00NUL"),
    ("D'ARC", "D'ARC"), ("Hélène", "Hélène"), (None, ""), (3, "3"),
])
def test_cells_that_could_run_a_formula_are_neutralised(value: object, cell: str) -> None:
    assert csv_export.safe_cell(value) == cell


@pytest.mark.parametrize("delimiter", [";", ","])
def test_csv_files_open_in_a_spreadsheet_and_read_back(stations: Callable[..., Session],
                                                       tmp_path: Path, delimiter: str) -> None:
    session = stations("URG1")
    names = [("=CMD|' /C calc'!A0", "+Jé@nne"), ("O'NEILL; \"le\" grand", "-Zoé"),
             ("D’ARC\nLIGNE", "@Loïc")]
    registered = {}
    for birth, first in names:
        reg = admissions.register_arrival(session, IdentityInput(
            birth_name=birth.replace("\n", " "), first_forename=first, sex="F",
            birth_date="1984"), admissions.ArrivalInput(complaint="Chute\nsuite ; fin"))
        registered[reg.patient.id] = (birth.replace("\n", " "), first)
    result = export.export(session, "csv", tmp_path, export.ExportOptions(delimiter=delimiter))
    raw = (result.folder / "patients.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""),
                               delimiter=delimiter))
    by_id = {r["id"]: r for r in rows}
    for patient_id, (birth, first) in registered.items():
        row = by_id[patient_id]
        expected_birth = ("'" + birth) if birth[0] in "=+-@" else birth
        assert row["birth_name"] == expected_birth
        assert row["first_forename"] == "'" + first
        assert "search_rowid" not in row
    admissions_rows = list(csv.DictReader(io.StringIO(
        (result.folder / "admissions.csv").read_text(encoding="utf-8-sig"), newline=""),
        delimiter=delimiter))
    assert {r["complaint"] for r in admissions_rows} == {"Chute\nsuite ; fin"}
    for name in ("movements.csv", "triage.csv", "merges.csv", "reconciliation.csv",
                 "visits.csv"):
        assert (result.folder / name).exists()
