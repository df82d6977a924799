"""HL7 v2.5 messages per IHE PAM FR (French extension 2.11) for the information system.

Messages, in this order (each patient's messages stay in the order things happened):

1. `A28` create patient — every patient registered in downtime (census patients, already known
   to the information system, are not re-created);
2. per admission, in arrival order, per movement in the order recorded: `A04` ED registration,
   `A08` update (triage, first medical contact), `A01` admission to a unit, `A02` transfer,
   `A03` discharge (home, other hospital, left, deceased), and for a movement cancelled by
   mistake `A11` / `A12` / `A13` (ZBE-4 = CANCEL, ZBE-6 = the cancelled event). The census'
   "already admitted" movement is not sent again;
3. `A40` merge for every confirmed duplicate (PID = the record kept, MRG = the record merged);
4. `A40` merge of every reconciled provisional identity into its definitive IPP.

Segments: MSH (MSH-10 unique: export number + sequence), EVN (EVN-2 recorded, EVN-6
occurred), PID (PID-3 identifiers, PID-5 birth name type L and used name type D, PID-7 date of
birth at its precision, PID-31 unknown identity, PID-32 identity status and attributes),
PV1, ZBE (the French movement segment) on movement events, MRG on A40. Every field is escaped
(`|^~\\&` → `\\F\\ \\S\\ \\R\\ \\E\\ \\T\\`, line breaks → `\\X0D\\`/`\\X0A\\`). Segments end with
CR. Output: one file per message, or one batch file (FHS/BHS … BTS/FTS).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from hospcrisis.core.admissions import HL7_CANCEL_EVENTS, MOVEMENT_KINDS
from hospcrisis.core.identity import IDENTITY_STATUSES
from hospcrisis.core.recovery_export import ExportData
from hospcrisis.interop import codes
from hospcrisis.store.database import Row

FIELD = "|"
ENCODING = "^~\\&"
SEGMENT_END = "\r"

_SPECIAL = re.compile(r"[|^~\\&\r\n]")
_ESCAPES = str.maketrans({"\\": "\\E\\", "|": "\\F\\", "^": "\\S\\", "~": "\\R\\",
                          "&": "\\T\\", "\r": "\\X0D\\", "\n": "\\X0A\\"})


def escape(value: Any) -> str:
    """A value as HL7 text: delimiters escaped, None → empty."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if _SPECIAL.search(text) is None:
        return text
    return text.translate(_ESCAPES)


def hl7_time(iso: str | None) -> str:
    """`2026-11-29T03:25:31.123Z` → `20261129032531+0000` (UTC, stated)."""
    if not iso:
        return ""
    return f"{iso[0:4]}{iso[5:7]}{iso[8:10]}{iso[11:13]}{iso[14:16]}{iso[17:19]}+0000"


def hl7_birth_date(birth_date: str | None, precision: str) -> str:
    """YYYYMMDD, YYYY (year only) or empty — never an invented day."""
    if not birth_date or precision == "unknown":
        return ""
    if precision == "year":
        return birth_date[:4]
    return birth_date[0:4] + birth_date[5:7] + birth_date[8:10]


@dataclass(frozen=True)
class Hl7Options:
    """Choices IT makes for the feed."""

    batch: bool = False
    updates: bool = True  # send A08 for triage and first medical contact
    sending_facility: str = ""
    receiving_application: str = codes.DEFAULT_RECEIVING_APPLICATION
    receiving_facility: str = ""
    processing_id: str = "P"  # "T" (training) for an exercise database


@dataclass
class Message:
    """One message: control id (MSH-10), event, whom it is about, its ER7 text."""

    control_id: str
    event: str
    patient_id: str
    text: str
    admission_id: str | None = None
    movement_id: str | None = None


@dataclass
class Hl7Counts:
    events: dict[str, int] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)


def _cx(value: str, authority: str, kind: str) -> str:
    return f"{escape(value)}^^^{escape(authority)}^{kind}"


class _Builder:
    """Builds messages; caches each patient's PID (the same in all their messages)."""

    def __init__(self, data: ExportData, options: Hl7Options, control_prefix: str,
                 now_iso: str) -> None:
        self.data = data
        self.options = options
        self.prefix = control_prefix
        self.sequence = 0
        self.now = hl7_time(now_iso)
        facility = escape(options.sending_facility or data.station)
        self.msh_head = (f"MSH|{ENCODING}|{codes.SENDING_APPLICATION}|{facility}|"
                         f"{escape(options.receiving_application)}|"
                         f"{escape(options.receiving_facility)}|{self.now}||ADT^")
        self.msh_tail = (f"|{escape(options.processing_id)}|{codes.HL7_VERSION}|||||"
                         f"{codes.HL7_COUNTRY}|{codes.HL7_CHARSET}")
        self.facility = facility
        self._pid: dict[str, str] = {}
        self.counts = Hl7Counts()

    # -- segments ---------------------------------------------------------------------------
    def next_control_id(self) -> str:
        self.sequence += 1
        return f"{self.prefix}{self.sequence:07d}"

    def msh(self, event: str, control_id: str) -> str:
        return f"{self.msh_head}{event}^{codes.STRUCTURES[event]}|{control_id}{self.msh_tail}"

    @staticmethod
    def evn(recorded: str | None, occurred: str | None, operator: str | None) -> str:
        return (f"EVN||{hl7_time(recorded)}|||{escape(operator)}|"
                f"{hl7_time(occurred)}")

    def identifiers(self, patient: Row) -> list[str]:
        out = []
        if patient.get("ipp"):
            out.append(_cx(patient["ipp"], codes.IPP_AUTHORITY, "PI"))
        if patient.get("provisional_id"):
            out.append(_cx(patient["provisional_id"], codes.PROVISIONAL_AUTHORITY, "PI"))
        if not out:
            out.append(_cx(patient["id"], codes.PROVISIONAL_AUTHORITY, "RI"))
        return out

    def pid(self, patient: Row, *, identifiers: list[str] | None = None,
            statuses: list[str] | None = None) -> str:
        cached = self._pid.get(patient["id"]) if identifiers is None else None
        if cached is not None:
            return cached
        fields = [""] * 33
        fields[0] = "PID"
        fields[1] = "1"
        fields[3] = "~".join(identifiers if identifiers is not None
                             else self.identifiers(patient))
        names = []
        birth = patient.get("birth_name") or ""
        first = patient.get("first_forename") or ""
        others = " ".join(w for w in (patient.get("forenames") or "").split()
                          if w != first) if first else (patient.get("forenames") or "")
        if birth or first:
            names.append(f"{escape(birth)}^{escape(first)}^{escape(others)}^^^^L")
        used = patient.get("used_name") or ""
        if used and used.casefold() != birth.casefold():
            names.append(f"{escape(used)}^{escape(first)}^^^^^D")
        fields[5] = "~".join(names) or "^^^^^^U"
        fields[7] = hl7_birth_date(patient.get("birth_date"),
                                   patient.get("birth_date_precision") or "unknown")
        fields[8] = codes.HL7_SEX.get(patient.get("sex") or "U", "U")
        if patient.get("birthplace_code") or patient.get("birthplace"):
            fields[11] = (f"^^{escape(patient.get('birthplace'))}^^^^BDL^^"
                          f"{escape(patient.get('birthplace_code'))}")
        if patient.get("phone"):
            fields[13] = escape(patient["phone"])
        fields[31] = "Y" if patient.get("unknown") else "N"
        if statuses is None:
            status = IDENTITY_STATUSES.get(patient.get("identity_status") or "PROV")
            statuses = [status.pid32 if status else str(patient.get("identity_status"))]
            statuses += (patient.get("identity_attributes") or "").split()
            if patient.get("merged_into") and "DOUA" not in statuses:
                statuses.append("DOUA")
        fields[32] = "~".join(escape(s) for s in statuses)
        text = FIELD.join(fields).rstrip(FIELD)
        if identifiers is None:
            self._pid[patient["id"]] = text
        return text

    def pv1(self, admission: Row | None, patient_class: str, *, unit: str | None = None,
            bed: str | None = None, area: str = "", discharge: str = "",
            destination: str = "", discharged_at: str | None = None) -> str:
        fields = [""] * 46
        fields[0] = "PV1"
        fields[1] = "1"
        fields[2] = patient_class
        if admission is not None:
            point = unit or admission.get("station") or ""
            fields[3] = f"{escape(point)}^{escape(area)}^{escape(bed)}^{self.facility}"
            visit = self.data.visits.get(admission["id"])
            fields[19] = (_cx(visit, codes.VISIT_AUTHORITY, "VN") if visit else
                          _cx(admission["id"], codes.PROVISIONAL_AUTHORITY, "VN"))
            fields[36] = discharge
            fields[37] = escape(destination)
            fields[44] = hl7_time(admission.get("arrival_at"))
            fields[45] = hl7_time(discharged_at)
        return FIELD.join(fields).rstrip(FIELD)

    @staticmethod
    def zbe(movement_id: str, station: str, at: str | None, action: str,
            original: str = "", unit: str | None = None) -> str:
        ward = f"{escape(unit)}^^^^^^^^^{escape(unit)}" if unit else ""
        return FIELD.join(["ZBE", f"{escape(movement_id)}^{escape(station)}", hl7_time(at), "",
                           action, "N", original, ward, ward]).rstrip(FIELD)

    # -- messages ---------------------------------------------------------------------------
    def message(self, event: str, segments: list[str], patient_id: str,
                admission_id: str | None = None, movement_id: str | None = None) -> Message:
        control = self.next_control_id()
        text = self.msh(event, control) + SEGMENT_END + SEGMENT_END.join(segments) + \
            SEGMENT_END
        self.counts.events[event] = self.counts.events.get(event, 0) + 1
        return Message(control, event, patient_id, text, admission_id, movement_id)

    def build(self) -> Iterator[Message]:
        data = self.data
        keys = self.counts.keys
        patients = data.patients
        for patient in sorted(patients.values(), key=lambda p: (p["created_at"], p["id"])):
            if patient.get("origin") == "census":
                continue
            keys.add(f"patient:{patient['id']}")
            yield self.message("A28", [self.evn(patient["created_at"], patient["created_at"],
                                                patient.get("created_by")),
                                       self.pid(patient),
                                       self.pv1(None, codes.CLASS_NOT_APPLICABLE)],
                               patient["id"])
        for admission in sorted(data.admissions, key=lambda a: (a["arrival_at"], a["id"])):
            owner = patients.get(admission["patient_id"])
            if owner is None:
                continue
            yield from self.admission_messages(admission, owner)
        for merge in sorted(data.merges, key=lambda m: (m["created_at"], m["id"])):
            survivor = patients.get(merge["survivor_id"])
            merged = patients.get(merge["merged_id"])
            if survivor is None or merged is None:
                continue
            keys.add(f"patient_merge:{merge['id']}")
            yield self.message("A40", [
                self.evn(merge["created_at"], merge["created_at"], merge.get("created_by")),
                self.pid(survivor),
                "MRG|" + "~".join(self.identifiers(merged))], survivor["id"])
        for patient_id, mapping in sorted(data.identities.items(),
                                          key=lambda kv: (kv[1]["created_at"], kv[0])):
            person = patients.get(patient_id)
            if person is None:
                continue
            keys.add(f"recovery_identity:{mapping['id']}")
            status = mapping.get("identity_status")
            definitive = self.pid(person, identifiers=[
                _cx(mapping["ipp"], codes.IPP_AUTHORITY, "PI")],
                statuses=[status] if status else [])
            prior = [_cx(person["provisional_id"], codes.PROVISIONAL_AUTHORITY, "PI")] \
                if person.get("provisional_id") else self.identifiers(person)
            yield self.message("A40", [
                self.evn(mapping["created_at"], mapping["created_at"],
                         mapping.get("created_by")),
                definitive, "MRG|" + "~".join(prior)], patient_id)

    def admission_messages(self, admission: Row, patient: Row) -> Iterator[Message]:
        keys = self.counts.keys
        moves = self.data.movements.get(admission["id"], [])
        by_id = {m["id"]: m for m in moves}
        census = admission.get("origin") == "census"
        effective: list[Row] = []
        keys.add(f"admission:{admission['id']}")
        for index, move in enumerate(moves):
            kind = move["kind"]
            if census and index == 0 and kind == "admitted":
                effective.append(move)  # the census says where the patient already was
                continue
            keys.add(f"movement:{move['id']}")
            if kind == "cancelled":
                target = by_id.get(move.get("cancels") or "")
                if target is None:
                    continue
                event = HL7_CANCEL_EVENTS.get(target["kind"], "A11")
                effective = [m for m in effective if m["id"] != target["id"]]
                state = _state(effective)
                if event == "A08" and not self.options.updates:
                    continue
                segments = [self.evn(move["created_at"], move["at"], move.get("created_by")),
                            self.pid(patient), self._pv1_for(admission, state)]
                if event in codes.ZBE_EVENTS:
                    original = MOVEMENT_KINDS[target["kind"]].hl7_event \
                        if target["kind"] in MOVEMENT_KINDS else ""
                    segments.append(self.zbe(target["id"], target["station"], target["at"],
                                             "CANCEL", original, target.get("unit_code")))
                yield self.message(event, segments, patient["id"], admission["id"], move["id"])
                continue
            spec = MOVEMENT_KINDS.get(kind)
            if spec is None:
                continue
            effective.append(move)
            event = spec.hl7_event
            if event == "A08" and not self.options.updates:
                continue
            state = _state(effective)
            segments = [self.evn(move["created_at"], move["at"], move.get("created_by")),
                        self.pid(patient), self._pv1_for(admission, state)]
            if event in codes.ZBE_EVENTS:
                segments.append(self.zbe(move["id"], move["station"], move["at"], "INSERT", "",
                                         move.get("unit_code") or state.get("unit")))
            yield self.message(event, segments, patient["id"], admission["id"], move["id"])

    def _pv1_for(self, admission: Row, state: dict[str, Any]) -> str:
        return self.pv1(admission, state["class"], unit=state.get("unit"),
                        bed=state.get("bed"), area=state.get("area") or "",
                        discharge=state.get("discharge") or "",
                        destination=state.get("destination") or "",
                        discharged_at=state.get("closed_at"))


def _state(effective: list[Row]) -> dict[str, Any]:
    """Class, location and discharge after the effective movements of an admission."""
    state: dict[str, Any] = {"class": codes.CLASS_EMERGENCY}
    for move in effective:
        kind = move["kind"]
        state["area"] = move.get("area") or state.get("area")
        if kind in ("admitted", "moved"):
            state["class"] = codes.CLASS_INPATIENT
            state["unit"] = move.get("unit_code")
            state["bed"] = move.get("bed")
        elif kind in codes.DISCHARGE_DISPOSITIONS:
            state["discharge"] = codes.DISCHARGE_DISPOSITIONS[kind]
            state["destination"] = move.get("destination") or ""
            state["closed_at"] = move["at"]
    return state


def build_messages(data: ExportData, options: Hl7Options, control_prefix: str,
                   now_iso: str) -> tuple[Iterator[Message], Hl7Counts]:
    """The messages of an export (a generator) and the counts it fills while running."""
    builder = _Builder(data, options, control_prefix, now_iso)
    return builder.build(), builder.counts


def batch_header(options: Hl7Options, station: str, now_iso: str, file_name: str,
                 batch_id: str) -> str:
    """FHS and BHS segments opening a batch file."""
    facility = escape(options.sending_facility or station)
    common = (f"{ENCODING}|{codes.SENDING_APPLICATION}|{facility}|"
              f"{escape(options.receiving_application)}|{escape(options.receiving_facility)}|"
              f"{hl7_time(now_iso)}|")
    return (f"FHS|{common}|{escape(file_name)}||{batch_id}{SEGMENT_END}"
            f"BHS|{common}|||{batch_id}{SEGMENT_END}")


def batch_trailer(count: int) -> str:
    """BTS (message count) and FTS (one batch) closing a batch file."""
    return f"BTS|{count}{SEGMENT_END}FTS|1{SEGMENT_END}"
