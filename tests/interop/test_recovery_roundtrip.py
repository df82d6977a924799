"""Round trip: 10,000 generated admissions with their movements exported to HL7 v2.5, FHIR R4
and CSV, then read back — HL7 with hl7apy and an independent ER7 reader, FHIR with
fhir.resources — give the same data, and every message and resource validates.

hl7apy needs ~15 ms a message: every message of a deterministic sample (every kind of event,
every patient whose name holds delimiters, one admission in forty) is validated by default;
`HOSPCRISIS_FULL_ROUNDTRIP=1` validates all of them (minutes, on two processes).
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import random
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

from hospcrisis.core import admissions, admissions_demo, demo, security, station, users
from hospcrisis.core.identity import IDENTITY_STATUSES, IdentityInput
from hospcrisis.core.session import Session
from hospcrisis.interop import codes, export
from hospcrisis.interop.hl7 import hl7_birth_date, hl7_time
from hospcrisis.store import admissions as astore
from hospcrisis.store.database import open_store
from tests.interop.hl7_support import (
    components,
    field,
    hl7apy_many,
    read_messages,
    repetitions,
    unescape,
)

pytestmark = pytest.mark.slow

ADMISSIONS = 10_000
FULL = os.environ.get("HOSPCRISIS_FULL_ROUNDTRIP") == "1"
NASTY = [("D'ARC|^~\\&", "=SOMME(A1)", "+Jé@nne"), ("L’HÔPITAL & FILS", "@X", "-Loïc"),
         ("O'NEILL\\", "^~|", "Chloé")]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("roundtrip")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(security, "SCRYPT_LOG_N", 10)
        store = open_store(folder / "station.db", create=True)
        station.initialise(store, station_code="URG1", station_name="Urgences",
                           admin_username="admin", admin_password="admin-pass-1")
        session = users.login(store, "admin", "admin-pass-1")
        rng = random.Random(42)
        demo.fill_foundation(session, rng, {"admin_password": "admin-pass-1"})
        admissions_demo.fill(session, rng, {"admissions": ADMISSIONS - len(NASTY)})
        for birth, used, first in NASTY:
            admissions.register_arrival(session, IdentityInput(
                birth_name=birth, used_name=used, first_forename=first, sex="F",
                birth_date="1984"), admissions.ArrivalInput(complaint="«Chute»\n; suite"))
        out = folder / "out"
        folders = {fmt: export.export(session, fmt, out, export.ExportOptions(batch=True))
                   .folder for fmt in ("hl7", "fhir", "csv")}
        yield {"session": session, "folders": folders}
        store.close()


def _db(session: Session) -> tuple[dict[str, dict], list[dict], dict[str, list[dict]]]:
    patients = {r["id"]: r for r in astore.iter_patients(session.store)}
    admissions_rows = list(astore.iter_table(session.store, "admission"))
    movements: dict[str, list[dict]] = defaultdict(list)
    for row in astore.iter_table(session.store, "movement"):
        movements[row["admission_id"]].append(row)
    return patients, admissions_rows, movements


def _pool() -> ProcessPoolExecutor:
    context = multiprocessing.get_context("fork")
    return ProcessPoolExecutor(max_workers=2, mp_context=context)


def test_ten_thousand_admissions_come_back_from_hl7(generated: dict[str, Any]) -> None:
    session = generated["session"]
    patients, admissions_rows, movements = _db(session)
    assert len(admissions_rows) == ADMISSIONS
    messages = read_messages(generated["folders"]["hl7"])
    control_ids = [field(m, "MSH", 10) for m in messages]
    assert len(set(control_ids)) == len(messages)
    a28: dict[str, str] = {}
    seen_movements: dict[str, tuple[str, str, str]] = {}
    updates: dict[str, int] = defaultdict(int)
    code_to_id = {p["provisional_id"]: p["id"] for p in patients.values()}
    for message in messages:
        event = components(field(message, "MSH", 9))[1]
        patient_id = code_to_id[components(repetitions(field(message, "PID", 3))[0])[0]]
        if event == "A28":
            assert patient_id not in a28
            a28[patient_id] = message
            continue
        visit = components(field(message, "PV1", 19))[0]
        if event == "A08":
            updates[visit] += 1
            continue
        movement_id = components(field(message, "ZBE", 1))[0]
        seen_movements[movement_id] = (event, field(message, "ZBE", 2), visit)
    # every patient, with the same identity
    assert set(a28) == set(patients)
    for patient_id, message in a28.items():
        row = patients[patient_id]
        names = repetitions(field(message, "PID", 5))
        birth = components(names[0])[0] if row["birth_name"] or row["first_forename"] else ""
        assert unescape(birth) == row["birth_name"]
        if row["first_forename"]:
            assert unescape(components(names[0])[1]) == row["first_forename"]
        if row["used_name"] and row["used_name"].casefold() != row["birth_name"].casefold():
            assert unescape(components(names[1])[0]) == row["used_name"]
        assert field(message, "PID", 7) == hl7_birth_date(row["birth_date"],
                                                          row["birth_date_precision"])
        assert field(message, "PID", 8) == row["sex"]
        assert repetitions(field(message, "PID", 32))[0] == \
            IDENTITY_STATUSES[row["identity_status"]].pid32
        assert field(message, "PID", 31) == ("Y" if row["unknown"] else "N")
    # every movement, once, with its event, time and visit
    expected_updates: dict[str, int] = defaultdict(int)
    for admission_id, moves in movements.items():
        for move in moves:
            event = admissions.MOVEMENT_KINDS[move["kind"]].hl7_event
            if event == "A08":
                expected_updates[admission_id] += 1
                continue
            assert seen_movements.pop(move["id"]) == (event, hl7_time(move["at"]),
                                                     admission_id)
    assert seen_movements == {}
    assert updates == expected_updates


def _hl7_sample(messages: list[str]) -> list[str]:
    if FULL:
        return messages
    by_visit: dict[str, list[str]] = defaultdict(list)
    for message in messages:
        by_visit[components(field(message, "PV1", 19))[0] or field(message, "PID", 3)].append(
            message)
    chosen: list[str] = []
    kinds: set[str] = set()
    for n, (_visit, group) in enumerate(sorted(by_visit.items())):
        events = {components(field(m, "MSH", 9))[1] for m in group}
        if n % 40 == 0 or events - kinds or any("\\" in field(m, "PID", 5) for m in group):
            chosen.extend(group)
            kinds |= events
    return chosen


def test_every_hl7_message_validates_with_hl7apy(generated: dict[str, Any]) -> None:
    messages = read_messages(generated["folders"]["hl7"])
    sample = _hl7_sample(messages)
    assert len({components(field(m, "MSH", 9))[1] for m in sample}) == \
        len({components(field(m, "MSH", 9))[1] for m in messages})
    chunks = [sample[i::8] for i in range(8)]
    with _pool() as pool:
        assert sum(pool.map(hl7apy_many, chunks)) == len(sample)


def _validate_bundle(text: str) -> int:
    from fhir.resources.R4B.bundle import Bundle

    return len(Bundle.model_validate_json(text).entry or [])


def test_ten_thousand_admissions_come_back_from_fhir(generated: dict[str, Any]) -> None:
    session = generated["session"]
    patients, admissions_rows, movements = _db(session)
    texts = [f.read_text(encoding="utf-8")
             for f in sorted(generated["folders"]["fhir"].glob("bundle-*.json"))]
    with _pool() as pool:
        validated = sum(pool.map(_validate_bundle, texts))
    bundles = [json.loads(t) for t in texts]
    resources = [e["resource"] for b in bundles for e in b["entry"]]
    assert validated == len(resources) == len(patients) + len(admissions_rows)

    def record_id(resource: dict) -> str:
        return next(i["value"] for i in resource["identifier"]
                    if i["system"] == codes.SYSTEM_RECORD)

    found = {record_id(r): r for r in resources}
    for patient_id, row in patients.items():
        resource = found[patient_id]
        assert resource["gender"] == codes.FHIR_GENDER[row["sex"]]
        birth = hl7_birth_date(row["birth_date"], row["birth_date_precision"])
        assert resource.get("birthDate", "").replace("-", "") == birth
        official = resource["name"][0]
        assert official.get("family", "") == row["birth_name"]
        assert (official.get("given") or [""])[0] == (row["forenames"] or
                                                       row["first_forename"]).split(" ")[0]
        status = resource["extension"][0]["extension"][0]["valueCoding"]["code"]
        assert status == row["identity_status"]
        provisional = next(i["value"] for i in resource["identifier"]
                           if i["system"] == codes.SYSTEM_PROVISIONAL)
        assert provisional == row["provisional_id"]
    for row in admissions_rows:
        resource = found[row["id"]]
        assert resource["subject"]["reference"] == f"urn:uuid:{row['patient_id']}"
        assert resource["period"]["start"] == row["arrival_at"]
        assert resource["status"] == codes.ENCOUNTER_STATUS[row["status"]]
        moves = [{x["url"]: next(v for k, v in x.items() if k.startswith("value"))
                  for x in m["extension"]} for m in resource.get("extension", [])]
        assert [(m["id"], m["kind"], m["at"]) for m in moves] == \
            [(m["id"], m["kind"], m["at"]) for m in movements[row["id"]]]


def _uncell(value: str) -> str:
    return value[1:] if value[:2] in {"'" + c for c in "=+-@\t\r\x00"} else value


def test_ten_thousand_admissions_come_back_from_csv(generated: dict[str, Any]) -> None:
    session = generated["session"]
    patients, admissions_rows, movements = _db(session)
    folder = generated["folders"]["csv"]

    def read(name: str) -> list[dict[str, str]]:
        raw = (folder / name).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""),
                                   delimiter=";"))

    def same(row: dict[str, Any], cells: dict[str, str]) -> None:
        for key, value in row.items():
            if key == "search_rowid":
                assert key not in cells
                continue
            assert _uncell(cells[key]) == ("" if value is None else str(value)), key

    csv_patients = {r["id"]: r for r in read("patients.csv")}
    assert len(csv_patients) == len(patients)
    for patient_id, row in patients.items():
        same(row, csv_patients[patient_id])
    csv_admissions = {r["id"]: r for r in read("admissions.csv")}
    for row in admissions_rows:
        same(row, csv_admissions[row["id"]])
    csv_movements = {r["id"]: r for r in read("movements.csv")}
    assert len(csv_movements) == sum(len(m) for m in movements.values())
    for moves in movements.values():
        for row in moves:
            same(row, csv_movements[row["id"]])
