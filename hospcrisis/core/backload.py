"""Back-loading: which records captured in downtime have been re-entered in the information
system, by whom and when; progress per kind of record and per unit; the "what remains" list and
the end-of-downtime report.

Records tracked (captured in downtime): patients registered (not those of the last census,
already known), their admissions, movements (the census' "already admitted" excepted), triage
entries, confirmed merges, and — when those areas hold data — operating-theatre cases and the
crisis log. The unit of a record is where the patient was (the unit of the admission, else the
station that registered the patient).

Marking is audited (`recovery.backload.mark`, `recovery.backload.unmark`); a mark is voided,
never deleted.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hospcrisis import clock
from hospcrisis.core import recovery, recovery_export, text
from hospcrisis.core.admissions import MOVEMENT_KINDS
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import ValidationError
from hospcrisis.i18n import N_, _
from hospcrisis.store import admissions as astore
from hospcrisis.store import recovery as rstore
from hospcrisis.store.database import Row

TYPES: dict[str, str] = {
    "patient": N_("Patients registered"),
    "admission": N_("Admissions"),
    "movement": N_("Movements"),
    "triage": N_("Triage entries"),
    "patient_merge": N_("Merges of duplicates"),
    "surgery_case": N_("Operating-theatre cases"),
    "crisis_log": N_("Crisis log entries"),
}
# How each export format names the kinds of record it counted.
_EXPORT_ALIASES = {"patients": "patient", "encounters": "admission", "movements": "movement",
                   "procedures": "surgery_case"}
_SURGERY_UNIT_COLUMNS = ("room_code", "specialty")
# Steps that happen in the emergency department (the registering station), whatever unit the
# patient went to later.
_ED_KINDS = frozenset({"arrival", "triaged", "seen", "left"})


def type_label(code: str) -> str:
    """Translated label of a kind of record."""
    return _(TYPES[code]) if code in TYPES else code


@dataclass(frozen=True)
class BackloadItem:
    """One record captured in downtime and whether it was re-entered."""

    type: str
    record_id: str
    unit: str
    station: str
    at: str
    identifier: str
    label: str
    reentered: bool = False
    reentered_at: str | None = None
    reentered_by: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"type": self.type, "record_id": self.record_id, "unit": self.unit,
                "station": self.station, "at": self.at, "identifier": self.identifier,
                "label": self.label, "reentered": self.reentered,
                "reentered_at": self.reentered_at, "reentered_by": self.reentered_by}


def _patient_label(row: Row | None) -> tuple[str, str]:
    if row is None:
        return "", ""
    from hospcrisis.core.identity import display_name

    name = display_name(row.get("birth_name") or "", row.get("used_name") or "",
                        row.get("first_forename") or "", bool(row.get("unknown")),
                        row.get("sex") or "U")
    return row.get("provisional_id") or row.get("ipp") or "", name


def _captured(session: Session) -> list[BackloadItem]:
    """Every record captured in downtime (read-only)."""
    st = session.store
    patients = {r["id"]: r for r in astore.iter_patients(st)}
    admissions = list(astore.iter_table(st, "admission"))
    unit_of_admission: dict[str, str] = {a["id"]: str(a.get("unit_code") or a["station"])
                                         for a in admissions}
    station_of_admission = {a["id"]: str(a["station"]) for a in admissions}
    latest_unit: dict[str, str] = {}
    for a in sorted(admissions, key=lambda a: a["arrival_at"]):
        latest_unit[a["patient_id"]] = unit_of_admission[a["id"]]
    items: list[BackloadItem] = []
    for row in patients.values():
        if row.get("origin") == "census":
            continue
        ident, name = _patient_label(row)
        items.append(BackloadItem("patient", row["id"], latest_unit.get(row["id"],
                                                                        str(row["station"])),
                                  row["station"], row["created_at"], ident, name))
    census_admissions = set()
    for a in admissions:
        if a.get("origin") == "census":
            census_admissions.add(a["id"])
            continue
        ident, name = _patient_label(patients.get(a["patient_id"]))
        items.append(BackloadItem("admission", a["id"], unit_of_admission[a["id"]],
                                  a["station"], a["arrival_at"], ident, name))
    first_seen: set[str] = set()
    for m in astore.iter_table(st, "movement"):
        if m["admission_id"] in census_admissions and m["admission_id"] not in first_seen:
            first_seen.add(m["admission_id"])
            if m["kind"] == "admitted":
                continue
        first_seen.add(m["admission_id"])
        ident, name = _patient_label(patients.get(m["patient_id"]))
        if m.get("unit_code"):
            unit = str(m["unit_code"])
        elif m["kind"] in _ED_KINDS:
            unit = str(station_of_admission.get(m["admission_id"], m["station"]))
        else:
            unit = unit_of_admission.get(m["admission_id"], str(m["station"]))
        kind = MOVEMENT_KINDS[m["kind"]].label if m["kind"] in MOVEMENT_KINDS else m["kind"]
        items.append(BackloadItem("movement", m["id"], unit, m["station"], m["at"], ident,
                                  f"{name} — {kind}"))
    patient_of = {a["id"]: a["patient_id"] for a in admissions}
    for t in astore.iter_table(st, "triage"):
        ident, name = _patient_label(patients.get(patient_of.get(t["admission_id"], "")))
        items.append(BackloadItem("triage", t["id"],
                                  station_of_admission.get(t["admission_id"], str(t["station"])),
                                  t["station"], t["at"], ident,
                                  f"{name} — {t['scale']} {t.get('level') or ''}".strip()))
    for merge in astore.iter_table(st, "patient_merge"):
        if merge["voided_at"]:
            continue
        ident, name = _patient_label(patients.get(merge["survivor_id"]))
        other, _name = _patient_label(patients.get(merge["merged_id"]))
        items.append(BackloadItem("patient_merge", merge["id"],
                                  latest_unit.get(merge["survivor_id"], str(merge["station"])),
                                  merge["station"], merge["created_at"], ident,
                                  f"{name} ← {other}"))
    for case in recovery_export.surgery_cases(session):
        unit = next((str(case[c]) for c in _SURGERY_UNIT_COLUMNS if case.get(c)), "")
        linked = patients.get(case.get("patient_ref") or "")
        ident, name = _patient_label(linked) if linked else (
            case.get("patient_id_text") or "",
            f"{case.get('patient_family_name') or ''} {case.get('patient_given_name') or ''}"
            .strip())
        items.append(BackloadItem("surgery_case", case["id"], unit, case["station"],
                                  case.get("planned_start") or case["created_at"], ident,
                                  f"{name} — {case.get('procedure') or ''}".strip(" —")))
    if rstore.table_exists(st, "crisis_log"):
        for entry in rstore.iter_rows(st, "crisis_log"):
            items.append(BackloadItem("crisis_log", entry["id"],
                                      entry.get("unit_code") or entry["station"],
                                      entry["station"], entry.get("event_at") or
                                      entry["created_at"],
                                      f"{entry['station']}-{entry.get('number')}",
                                      str(entry.get("text") or "")[:120]))
    return items


def items(session: Session) -> list[BackloadItem]:
    """Every record captured in downtime with its re-entry state (read-only)."""
    session.require(Permission.RECOVERY_BACKLOAD)
    marks = rstore.backload_marks(session.store)
    out = []
    for item in _captured(session):
        mark = marks.get((item.type, item.record_id))
        out.append(item if mark is None else BackloadItem(
            item.type, item.record_id, item.unit, item.station, item.at, item.identifier,
            item.label, True, mark["reentered_at"], mark["reentered_by"]))
    return out


@dataclass(frozen=True)
class TypeProgress:
    type: str
    label: str
    captured: int
    exported: int
    reentered: int

    @property
    def remaining(self) -> int:
        return self.captured - self.reentered

    def as_dict(self) -> dict[str, Any]:
        return {"type": self.type, "label": self.label, "captured": self.captured,
                "exported": self.exported, "reentered": self.reentered,
                "remaining": self.remaining}


@dataclass(frozen=True)
class BackloadProgress:
    """Re-entry progress per kind of record, and per unit and kind."""

    by_type: tuple[TypeProgress, ...]
    by_unit: dict[str, dict[str, dict[str, int]]]  # unit → type → {captured, reentered}

    @property
    def captured(self) -> int:
        return sum(t.captured for t in self.by_type)

    @property
    def reentered(self) -> int:
        return sum(t.reentered for t in self.by_type)

    def as_dict(self) -> dict[str, Any]:
        return {"captured": self.captured, "reentered": self.reentered,
                "remaining": self.captured - self.reentered,
                "by_type": [t.as_dict() for t in self.by_type], "by_unit": self.by_unit}


def _exported(session: Session) -> dict[str, int]:
    best: dict[str, int] = defaultdict(int)
    for export in recovery_export.list_exports(session):
        for key, value in export.counts.items():
            kind = _EXPORT_ALIASES.get(key, key)
            if kind in TYPES and isinstance(value, int):
                best[kind] = max(best[kind], value)
    return best


def _progress(session: Session, all_items: Sequence[BackloadItem]) -> BackloadProgress:
    captured: dict[str, int] = defaultdict(int)
    reentered: dict[str, int] = defaultdict(int)
    by_unit: dict[str, dict[str, dict[str, int]]] = {}
    for item in all_items:
        captured[item.type] += 1
        slot = by_unit.setdefault(item.unit or "", {}).setdefault(
            item.type, {"captured": 0, "reentered": 0})
        slot["captured"] += 1
        if item.reentered:
            reentered[item.type] += 1
            slot["reentered"] += 1
    exported = _exported(session)
    by_type = tuple(TypeProgress(t, type_label(t), captured[t], exported.get(t, 0),
                                 reentered[t]) for t in TYPES if captured[t])
    return BackloadProgress(by_type, dict(sorted(by_unit.items())))


def progress(session: Session) -> BackloadProgress:
    """Progress of the re-entry, per kind and per unit (read-only)."""
    session.require(Permission.RECOVERY_BACKLOAD)
    return _progress(session, items(session))


def remaining(session: Session, *, type_code: str | None = None,
              unit: str | None = None) -> list[BackloadItem]:
    """Records still to re-enter, by unit, kind and time (read-only): the printable list."""
    session.require(Permission.RECOVERY_BACKLOAD)
    out = [i for i in items(session) if not i.reentered and
           (type_code is None or i.type == type_code) and
           (unit is None or i.unit.casefold() == unit.casefold())]
    order = {t: n for n, t in enumerate(TYPES)}
    return sorted(out, key=lambda i: (i.unit, order.get(i.type, 99), i.at, i.record_id))


def _when(at: datetime | str | None, problems: text.Problems) -> str:
    from hospcrisis.core.admissions import parse_time

    return parse_time(at, field="at", label=_("Re-entry time"), problems=problems)


def mark(session: Session, type_code: str, record_ids: Iterable[str] = (), *,
         unit: str | None = None, all_records: bool = False, by: str = "",
         at: datetime | str | None = None, note: str = "") -> int:
    """Mark records as re-entered in the information system: some ids, every record of a
    unit, or every record of the kind (`all_records`). Records already marked are left as they
    are. Returns how many were marked. Side effects: one transaction, one audit entry
    `recovery.backload.mark` (kind, count, digest and the first ids)."""
    session.require(Permission.RECOVERY_BACKLOAD)
    problems = text.Problems()
    if type_code not in TYPES:
        problems.add("type", _("Unknown kind of record {kind}: choose one of {kinds}.",
                               kind=str(type_code)[:30], kinds=", ".join(TYPES)))
    wanted = [i.strip() for i in record_ids if i and i.strip()]
    if not wanted and not unit and not all_records:
        problems.add("ids", _("Give the records (ids), a unit, or --all."))
    who = text.clean(by or session.display_name, field="by", label=_("Re-entered by"),
                     required=True, problems=problems)
    when = _when(at, problems)
    why = text.clean(note, field="note", label=_("Note"), max_len=text.MEDIUM, multiline=True,
                     problems=problems)
    problems.raise_if_any()
    candidates = [i for i in items(session) if i.type == type_code]
    by_id = {i.record_id: i for i in candidates}
    unknown = [rid for rid in wanted if rid not in by_id]
    if unknown:
        raise ValidationError(_("{n} id(s) are not records of this kind captured in downtime: "
                                "nothing was marked.", n=len(unknown)),
                              [("ids", rid) for rid in unknown[:50]])
    chosen = [by_id[rid] for rid in dict.fromkeys(wanted)] if wanted else candidates
    if unit:
        chosen = [i for i in chosen if i.unit.casefold() == unit.strip().casefold()]
    todo = [i for i in chosen if not i.reentered]
    if not todo:
        return 0
    with session.store.transaction(session.actor, "recovery.backload.mark",
                                   "recovery_backload") as tx:
        tx.insert_many("recovery_backload", ({
            "tbl": i.type, "record_id": i.record_id, "unit_code": i.unit,
            "reentered_at": when, "reentered_by": who, "note": why} for i in todo))
        ids = sorted(i.record_id for i in todo)
        tx.note(type=type_code, count=len(todo), unit=unit, by=who, at=when,
                digest=hashlib.sha256("\n".join(ids).encode()).hexdigest(), ids=ids[:1000])
    return len(todo)


def unmark(session: Session, type_code: str, record_ids: Iterable[str], reason: str) -> int:
    """Withdraw re-entry marks set by mistake (the marks are voided, never deleted). One
    transaction, one audit entry `recovery.backload.unmark`."""
    session.require(Permission.RECOVERY_BACKLOAD)
    why = text.clean(reason, field="reason", label=_("Reason"), max_len=text.MEDIUM,
                     required=True)
    found = []
    for rid in dict.fromkeys(r.strip() for r in record_ids if r and r.strip()):
        row = rstore.find_backload(session.store, type_code, rid)
        if row is not None:
            found.append(row)
    if not found:
        return 0
    with session.store.transaction(session.actor, "recovery.backload.unmark",
                                   "recovery_backload") as tx:
        for row in found:
            tx.void("recovery_backload", row["id"], why)
        tx.note(type=type_code, count=len(found))
    return len(found)


# =============================================================================================
# End-of-downtime report


@dataclass(frozen=True)
class DowntimeReport:
    """Everything the end-of-downtime report prints."""

    generated_at: str
    generated_by: str
    station: str
    hospital: str
    exercise: bool
    period_start: str | None
    period_end: str | None
    progress: BackloadProgress
    bundles: tuple[dict[str, Any], ...]
    chains: dict[str, dict[str, Any]]
    content_hash: str
    conflicts_open: int
    conflicts_settled: int
    aside: int
    merges: int
    provisional: int
    reconciled: int
    exports: tuple[dict[str, Any], ...]
    remaining_by_unit: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "generated_at": self.generated_at, "generated_by": self.generated_by,
            "station": self.station, "hospital": self.hospital, "exercise": self.exercise,
            "period_start": self.period_start, "period_end": self.period_end,
            "progress": self.progress.as_dict(), "bundles": list(self.bundles),
            "stations": self.chains, "content_hash": self.content_hash,
            "conflicts_open": self.conflicts_open,
            "conflicts_settled": self.conflicts_settled, "aside": self.aside,
            "merges": self.merges, "provisional_ids": self.provisional,
            "reconciled": self.reconciled, "exports": list(self.exports),
            "remaining_by_unit": self.remaining_by_unit,
        }


def report(session: Session, progress_cb: Callable[[int, int], None] | None = None
           ) -> DowntimeReport:
    """The end-of-downtime report: what was captured, exported, re-entered; conflicts, merges,
    reconciliations; every station's bundle and audit chain head; the content hash.

    Side effect: one audit entry `recovery.report` (the report reads every patient)."""
    session.require(Permission.RECOVERY_BACKLOAD)
    all_items = items(session)
    if progress_cb:
        progress_cb(1, 3)
    done = _progress(session, all_items)
    times = sorted(i.at for i in all_items if i.at)
    merge_status = recovery.status(session) if session.can(Permission.RECOVERY_MERGE) else None
    provisional = [r for r in rstore.provisional_patients(session.store)
                   if not r["merged_into"]]
    remaining_by_unit: dict[str, int] = defaultdict(int)
    for item in all_items:
        if not item.reentered:
            remaining_by_unit[item.unit] += 1
    from hospcrisis.core import station as station_mod

    settings = station_mod.settings(session.store)
    info = settings.get("station") or {}
    exports = tuple({"number": e.number, "format": e.format, "created_at": e.created_at,
                     "created_by": e.created_by, "counts": e.counts, "digest": e.digest}
                    for e in recovery_export.list_exports(session))
    if progress_cb:
        progress_cb(2, 3)
    result = DowntimeReport(
        clock.now_iso(), session.display_name, session.station, str(info.get("hospital") or ""),
        bool(settings.get("exercise")), times[0] if times else None,
        times[-1] if times else None, done,
        tuple({"station": b.station, "station_name": b.station_name, "file": b.file_name,
               "created_at": b.created_at, "imported_at": b.imported_at,
               "audit_head": b.audit_head, "records": b.summary.get("records", 0),
               "new": b.summary.get("new", 0), "updated": b.summary.get("updated", 0),
               "conflicts": b.summary.get("conflicts", 0)}
              for b in (merge_status.bundles if merge_status else ())),
        merge_status.chains if merge_status else {},
        merge_status.content_hash if merge_status else "",
        merge_status.conflicts_open if merge_status else 0,
        merge_status.conflicts_settled if merge_status else 0,
        merge_status.aside if merge_status else 0,
        sum(1 for i in all_items if i.type == "patient_merge"),
        len(provisional), sum(1 for r in provisional if r["reconciled_ipp"]),
        exports, dict(sorted(remaining_by_unit.items())))
    with session.store.transaction(session.actor, "recovery.report", "station",
                                   session.station) as tx:
        tx.note(captured=done.captured, reentered=done.reentered,
                content_hash=result.content_hash)
    if progress_cb:
        progress_cb(3, 3)
    return result
