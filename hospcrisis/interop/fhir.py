"""FHIR R4 transaction Bundles (JSON) for the information system.

Each bundle holds up to `bundle_size` patients with everything about them:

* `Patient` — identifiers (definitive IPP, provisional ID, SINUS victim number, our record id),
  names (official = birth name, usual = used name; an unknown patient's name says so), gender,
  birth date at its precision (`1980` when only the year is known), the identity reliability
  (FR Core extension: PROV, VALI…; the identity document), identity attributes (HL7 table 0445)
  as `meta.tag`. A merged record is `active: false` with `link` `replaced-by` the record kept,
  which links back with `replaces`; a reconciled provisional identity is `active: false`,
  `replaced-by` the information system's patient (by IPP identifier).
* `Encounter` — one per admission: status, class (EMER, or IMP once admitted), period, triage
  level as priority, complaint, discharge disposition, the units and beds as `location`, and
  every movement (id, kind, time, unit, bed, what it cancels) as a `movement` extension.
* `Procedure` — one per operating-theatre case when the surgery area holds cases.

Entries are POSTed with `ifNoneExist` on our record identifier, so loading a bundle twice
creates nothing twice. References inside a bundle use `urn:uuid:` full URLs.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hospcrisis.core.admissions import MOVEMENT_KINDS
from hospcrisis.core.recovery_export import ExportData
from hospcrisis.i18n import _
from hospcrisis.interop import codes
from hospcrisis.store.database import Row

BUNDLE_SIZE = 1000


@dataclass(frozen=True)
class FhirOptions:
    bundle_size: int = BUNDLE_SIZE


def _identifier(system: str, value: str, use: str | None = None,
                type_code: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"system": system, "value": value}
    if use:
        out["use"] = use
    if type_code:
        out["type"] = {"coding": [{"system": codes.SYSTEM_ID_TYPE, "code": type_code}]}
    return out


def _birth_date(row: Row) -> str | None:
    birth = row.get("birth_date")
    precision = row.get("birth_date_precision") or "unknown"
    if not birth or precision == "unknown":
        return None
    return birth[:4] if precision == "year" else birth[:10]


class _Writer:
    def __init__(self, data: ExportData, options: FhirOptions) -> None:
        self.data = data
        self.options = options
        self.survivor_of = {m["merged_id"]: m for m in data.merges}
        self.merged_into = defaultdict(list)
        for m in data.merges:
            self.merged_into[m["survivor_id"]].append(m)
        self.admissions_of: dict[str, list[Row]] = defaultdict(list)
        for admission in data.admissions:
            self.admissions_of[admission["patient_id"]].append(admission)
        self.cases_of: dict[str, list[Row]] = defaultdict(list)
        loose = []
        for case in data.surgery_cases:
            if case.get("patient_ref") in data.patients:
                self.cases_of[case["patient_ref"]].append(case)
            else:
                loose.append(case)
        self.loose_cases = loose
        self.counts: dict[str, int] = defaultdict(int)
        self.keys: set[str] = set()

    def patient_ref(self, patient_id: str, members: set[str]) -> dict[str, Any]:
        if patient_id in members:
            return {"reference": f"urn:uuid:{patient_id}"}
        return {"identifier": _identifier(codes.SYSTEM_RECORD, patient_id)}

    def patient(self, row: Row, members: set[str]) -> dict[str, Any]:
        identifiers = []
        if row.get("ipp"):
            identifiers.append(_identifier(codes.SYSTEM_IPP, row["ipp"], "official", "PI"))
        mapping = self.data.identities.get(row["id"])
        if mapping is not None and mapping["ipp"] != row.get("ipp"):
            identifiers.append(_identifier(codes.SYSTEM_IPP, mapping["ipp"], "official", "PI"))
        if row.get("provisional_id"):
            identifiers.append(_identifier(codes.SYSTEM_PROVISIONAL, row["provisional_id"],
                                           "temp"))
        if row.get("sinus_number"):
            identifiers.append(_identifier(codes.SYSTEM_SINUS, row["sinus_number"],
                                           "secondary"))
        identifiers.append(_identifier(codes.SYSTEM_RECORD, row["id"], "secondary"))
        names: list[dict[str, Any]] = []
        birth, first = row.get("birth_name") or "", row.get("first_forename") or ""
        forenames = (row.get("forenames") or first).split()
        if birth or first:
            name: dict[str, Any] = {"use": "official"}
            if birth:
                name["family"] = birth
            if forenames:
                name["given"] = forenames
            names.append(name)
        used = row.get("used_name") or ""
        if used and used.casefold() != birth.casefold():
            usual: dict[str, Any] = {"use": "usual", "family": used}
            if first:
                usual["given"] = [first]
            names.append(usual)
        if not names:
            names.append({"use": "anonymous", "text": _("Unknown patient")})
        reliability: list[dict[str, Any]] = [{"url": "identityStatus", "valueCoding": {
            "system": codes.SYSTEM_IDENTITY_STATUS, "code": row.get("identity_status") or "PROV"}}]
        if row.get("identity_document"):
            reliability.append({"url": "identityEvidence", "valueCoding": {
                "system": codes.SYSTEM_IDENTITY_DOCUMENT, "code": row["identity_document"]}})
        resource: dict[str, Any] = {
            "resourceType": "Patient",
            "identifier": identifiers,
            "active": True,
            "name": names,
            "gender": codes.FHIR_GENDER.get(row.get("sex") or "U", "unknown"),
            "extension": [{"url": codes.EXT_IDENTITY_RELIABILITY, "extension": reliability}],
        }
        birth_date = _birth_date(row)
        if birth_date:
            resource["birthDate"] = birth_date
        if row.get("birthplace") or row.get("birthplace_code"):
            place: dict[str, Any] = {}
            if row.get("birthplace"):
                place["city"] = row["birthplace"]
            if row.get("birthplace_code"):
                place["district"] = row["birthplace_code"]
            resource["extension"].append({"url": codes.EXT_BIRTH_PLACE, "valueAddress": place})
        if row.get("phone"):
            resource["telecom"] = [{"system": "phone", "value": row["phone"]}]
        attributes = (row.get("identity_attributes") or "").split()
        if row.get("merged_into") and "DOUA" not in attributes:
            attributes.append("DOUA")
        if attributes:
            resource["meta"] = {"tag": [{"system": codes.SYSTEM_0445, "code": a}
                                        for a in attributes]}
        links = []
        merge = self.survivor_of.get(row["id"])
        if merge is not None:
            links.append({"other": self.patient_ref(merge["survivor_id"], members),
                          "type": "replaced-by"})
            resource["active"] = False
        for merged in self.merged_into.get(row["id"], ()):
            links.append({"other": self.patient_ref(merged["merged_id"], members),
                          "type": "replaces"})
        if mapping is not None and mapping["ipp"] != row.get("ipp"):
            links.append({"other": {"identifier": _identifier(codes.SYSTEM_IPP,
                                                              mapping["ipp"])},
                          "type": "replaced-by"})
            resource["active"] = False
        if links:
            resource["link"] = links
        return resource

    def encounter(self, admission: Row, members: set[str]) -> dict[str, Any]:
        moves = self.data.movements.get(admission["id"], [])
        admitted = any(m["kind"] in ("admitted", "moved") for m in moves)
        identifiers = [_identifier(codes.SYSTEM_RECORD, admission["id"], "secondary")]
        visit = self.data.visits.get(admission["id"])
        if visit:
            identifiers.insert(0, _identifier(codes.SYSTEM_VISIT, visit, "official", "VN"))
        resource: dict[str, Any] = {
            "resourceType": "Encounter",
            "identifier": identifiers,
            "status": codes.ENCOUNTER_STATUS.get(admission["status"], "unknown"),
            "class": {"system": codes.SYSTEM_ACT_CODE,
                      "code": "IMP" if admitted else "EMER"},
            "subject": self.patient_ref(admission["patient_id"], members),
            "period": {"start": admission["arrival_at"]},
        }
        if admission.get("closed_at"):
            resource["period"]["end"] = admission["closed_at"]
        if admission.get("triage_level"):
            resource["priority"] = {"coding": [{
                "system": f"{codes.SYSTEM_TRIAGE}:{admission.get('triage_scale') or ''}",
                "code": admission["triage_level"]}]}
        if admission.get("complaint"):
            resource["reasonCode"] = [{"text": admission["complaint"]}]
        if admission["status"] in ("transferred", "discharged", "left", "deceased"):
            disposition: dict[str, Any] = {"coding": [{"system": codes.SYSTEM_DISPOSITION,
                                                       "code": admission["status"]}]}
            if admission.get("destination"):
                disposition["text"] = admission["destination"]
            resource["hospitalization"] = {"dischargeDisposition": disposition}
        cancelled = {m.get("cancels") for m in moves if m["kind"] == "cancelled"}
        locations = []
        placed = [m for m in moves if m["kind"] in ("admitted", "moved")
                  and m["id"] not in cancelled and m.get("unit_code")]
        for i, move in enumerate(placed):
            display = " ".join(p for p in (move["unit_code"], move.get("bed") or "") if p)
            entry: dict[str, Any] = {
                "location": {"identifier": _identifier(codes.SYSTEM_UNIT, move["unit_code"]),
                             "display": display},
                "status": "active" if i == len(placed) - 1 and admission["status"] == "admitted"
                else "completed",
                "period": {"start": move["at"]},
            }
            if i + 1 < len(placed):
                entry["period"]["end"] = placed[i + 1]["at"]
            elif admission.get("closed_at"):
                entry["period"]["end"] = admission["closed_at"]
            locations.append(entry)
        if locations:
            resource["location"] = locations
        extensions = []
        for move in moves:
            parts: list[dict[str, Any]] = [
                {"url": "id", "valueString": move["id"]},
                {"url": "kind", "valueCode": move["kind"]},
                {"url": "at", "valueDateTime": move["at"]},
            ]
            if move["kind"] in MOVEMENT_KINDS:
                parts.append({"url": "event", "valueCode": MOVEMENT_KINDS[move["kind"]]
                              .hl7_event})
            for key, name in (("unit_code", "unit"), ("bed", "bed"), ("area", "area"),
                              ("destination", "destination"), ("cancels", "cancels"),
                              ("note", "note")):
                if move.get(key):
                    parts.append({"url": name, "valueString": str(move[key])})
            extensions.append({"url": codes.EXT_MOVEMENT, "extension": parts})
            self.keys.add(f"movement:{move['id']}")
            self.counts["movements"] += 1
        if extensions:
            resource["extension"] = extensions
        return resource

    def procedure(self, case: Row, members: set[str]) -> dict[str, Any]:
        identifiers = [_identifier(codes.SYSTEM_RECORD, case["id"], "secondary")]
        if case.get("case_ref"):
            identifiers.insert(0, _identifier(codes.SYSTEM_OR_CASE, str(case["case_ref"])))
        status = codes.PROCEDURE_STATUS.get(str(case.get("status") or ""), "unknown")
        resource: dict[str, Any] = {
            "resourceType": "Procedure",
            "identifier": identifiers,
            "status": status,
            "code": {"text": str(case.get("procedure") or _("Operation"))},
        }
        patient_id = case.get("patient_ref")
        if patient_id and patient_id in self.data.patients:
            resource["subject"] = self.patient_ref(patient_id, members)
        else:
            subject: dict[str, Any] = {"display": " ".join(
                p for p in (str(case.get("patient_family_name") or ""),
                            str(case.get("patient_given_name") or "")) if p)
                or _("Unknown patient")}
            typed = str(case.get("patient_id_text") or "")
            if typed:
                system = codes.SYSTEM_PROVISIONAL if typed.count("-") == 2 else codes.SYSTEM_IPP
                subject["identifier"] = _identifier(system, typed)
            resource["subject"] = subject
        if status == "not-done" and case.get("cancel_reason"):
            resource["statusReason"] = {"text": str(case["cancel_reason"])}
        if status == "completed" and case.get("planned_start"):
            period = {"start": case["planned_start"]}
            if case.get("planned_end"):
                period["end"] = case["planned_end"]
            resource["performedPeriod"] = period
        if case.get("priority"):
            resource["category"] = {"coding": [{"system": codes.SYSTEM_SURGERY_PRIORITY,
                                                "code": str(case["priority"])}]}
        if case.get("room_code"):
            resource["location"] = {"display": str(case["room_code"])}
        return resource

    def bundles(self) -> Iterator[dict[str, Any]]:
        patients = sorted(self.data.patients.values(), key=lambda p: (p["created_at"], p["id"]))
        size = max(1, int(self.options.bundle_size))
        for start in range(0, max(len(patients), 1), size):
            chunk = patients[start:start + size]
            members = {p["id"] for p in chunk}
            entries: list[dict[str, Any]] = []
            for row in chunk:
                entries.append(self._entry(row["id"], self.patient(row, members)))
                self.keys.add(f"patient:{row['id']}")
                self.counts["patients"] += 1
                for admission in self.admissions_of.get(row["id"], ()):
                    entries.append(self._entry(admission["id"],
                                               self.encounter(admission, members)))
                    self.keys.add(f"admission:{admission['id']}")
                    self.counts["encounters"] += 1
                for case in self.cases_of.get(row["id"], ()):
                    entries.append(self._entry(case["id"], self.procedure(case, members)))
                    self.keys.add(f"surgery_case:{case['id']}")
                    self.counts["procedures"] += 1
            if start == 0:
                for case in self.loose_cases:
                    entries.append(self._entry(case["id"], self.procedure(case, members)))
                    self.keys.add(f"surgery_case:{case['id']}")
                    self.counts["procedures"] += 1
            if not entries:
                continue
            self.counts["bundles"] += 1
            yield {"resourceType": "Bundle", "type": "transaction", "entry": entries}

    @staticmethod
    def _entry(record_id: str, resource: dict[str, Any]) -> dict[str, Any]:
        kind = resource["resourceType"]
        return {"fullUrl": f"urn:uuid:{record_id}", "resource": resource,
                "request": {"method": "POST", "url": kind,
                            "ifNoneExist": f"identifier={codes.SYSTEM_RECORD}|{record_id}"}}


def build_bundles(data: ExportData, options: FhirOptions
                  ) -> tuple[Iterator[dict[str, Any]], dict[str, int], set[str]]:
    """The transaction bundles of an export (a generator), with the counts and record keys it
    fills while running."""
    writer = _Writer(data, options)
    return writer.bundles(), writer.counts, writer.keys


def dumps(bundle: dict[str, Any]) -> str:
    """Compact JSON, UTF-8 kept."""
    return json.dumps(bundle, ensure_ascii=False, separators=(",", ":"))
