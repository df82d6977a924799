"""What the exports to the information system read, and the record of each export.

`load(session)` gathers, as plain rows (fast: 100,000 admissions in seconds), every patient,
admission, movement, triage entry and active merge, the identity reconciliation, and — when
those areas exist in the database — the surgery cases and the crisis log. The writers
(`interop.hl7`, `interop.fhir`, `interop.csv_export`) turn them into files;
`record_export` writes what an export contained into the database and the audit chain.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from hospcrisis.core import reconcile
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import ConflictError
from hospcrisis.i18n import _
from hospcrisis.store import admissions as astore
from hospcrisis.store import recovery as rstore
from hospcrisis.store.database import Row

FORMATS = ("hl7", "fhir", "csv")

# Tables of other areas carried into the CSV export when they exist (one file each; the
# surgery cases also become FHIR Procedures).
EXTRA_TABLE_PREFIXES = ("surgery_", "crisis_log")


@dataclass
class ExportData:
    """Everything an export needs, read once."""

    station: str
    hospital: str
    exercise: bool
    patients: dict[str, Row]
    admissions: list[Row]
    movements: dict[str, list[Row]]  # admission id → movements in the order recorded
    triage: list[Row]
    merges: list[Row]
    identities: dict[str, Row]  # patient id → active reconciliation
    visits: dict[str, str]  # admission id → visit number
    surgery_cases: list[Row] = field(default_factory=list)
    extra: dict[str, list[Row]] = field(default_factory=dict)  # table → rows (CSV)

    @property
    def movement_count(self) -> int:
        return sum(len(m) for m in self.movements.values())


def open_conflicts(session: Session) -> int:
    """How many merged records are still in conflict (read-only)."""
    session.require(Permission.RECOVERY_EXPORT)
    return len(rstore.conflicts(session.store, state="open"))


def check_exportable(session: Session, *, allow_conflicts: bool = False) -> None:
    """Refuse an export while conflicts are open (their data is not settled), unless asked."""
    count = open_conflicts(session)
    if count and not allow_conflicts:
        raise ConflictError(_("{n} record(s) are in conflict between stations: settle them "
                              "first (hospcrisis conflicts list), or export anyway with "
                              "--allow-conflicts (the version shown is exported).", n=count))


def _strip(row: Row, local: Iterable[str]) -> Row:
    for column in local:
        row.pop(column, None)
    return row


def load(session: Session, *, extra_tables: bool = True) -> ExportData:
    """Read everything the exports carry (read-only)."""
    session.require(Permission.RECOVERY_EXPORT)
    session.require(Permission.PATIENT_READ)
    st = session.store
    local = rstore.LOCAL_COLUMNS.get("patient", frozenset())
    patients = {r["id"]: _strip(r, local) for r in astore.iter_patients(st)}
    admissions = list(astore.iter_table(st, "admission"))
    movements: dict[str, list[Row]] = defaultdict(list)
    for row in astore.iter_table(st, "movement"):
        movements[row["admission_id"]].append(row)
    triage = list(astore.iter_table(st, "triage"))
    merges = [r for r in astore.iter_table(st, "patient_merge") if not r["voided_at"]]
    identities, visits = reconcile.maps(session)
    surgery = surgery_cases(session)
    extra: dict[str, list[Row]] = {}
    if extra_tables:
        for name in sorted(rstore.record_tables(st)):
            if name.startswith(EXTRA_TABLE_PREFIXES):
                extra[name] = list(rstore.iter_rows(st, name))
    from hospcrisis.core import station as station_mod

    settings = station_mod.settings(st)
    info = settings.get("station") or {}
    return ExportData(session.station, str(info.get("hospital") or ""),
                      bool(settings.get("exercise")), patients, admissions, dict(movements),
                      triage, merges, identities, visits, surgery, extra)


def surgery_cases(session: Session) -> list[Row]:
    """Operating-theatre cases (not voided) with their room code and the reason of their
    latest cancellation (`cancel_reason`), read through the surgery area's store module; an
    empty list when that area holds nothing (read-only)."""
    st = session.store
    if not rstore.table_exists(st, "surgery_case"):
        return []
    try:
        from hospcrisis.store import surgery as surgery_store
    except ImportError:  # pragma: no cover - an older build without the surgery area
        return []
    cases = [dict(c) for c in surgery_store.list_cases(st)]
    reasons: dict[str, str] = {}
    for row in surgery_store.cancellations_of(st):  # newest first
        reasons.setdefault(row["case_id"], row["reason"])
    for case in cases:
        case["cancel_reason"] = reasons.get(case["id"], "")
    return cases


def next_number(session: Session) -> int:
    """The number the next export gets (read-only)."""
    session.require(Permission.RECOVERY_EXPORT)
    return rstore.next_export_number(session.store)


def digest_of(keys: Iterable[str]) -> str:
    """SHA-256 of the sorted `type:id` keys an export contained."""
    digest = hashlib.sha256()
    for key in sorted(keys):
        digest.update(key.encode())
        digest.update(b"\n")
    return digest.hexdigest()


@dataclass(frozen=True)
class ExportRecord:
    """An export as recorded: number, format, folder, files, counts, digest."""

    id: str
    number: int
    format: str
    out_dir: str
    files: list[dict[str, Any]]
    counts: dict[str, int]
    first_control_id: str
    last_control_id: str
    digest: str
    created_at: str
    created_by: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"number": self.number, "format": self.format, "out_dir": self.out_dir,
                "files": self.files, "counts": self.counts,
                "first_control_id": self.first_control_id,
                "last_control_id": self.last_control_id, "digest": self.digest,
                "created_at": self.created_at, "created_by": self.created_by}


def _record(row: Row) -> ExportRecord:
    return ExportRecord(row["id"], row["number"], row["format"], row["out_dir"],
                        json.loads(row["files"]), json.loads(row["counts"]),
                        row["first_control_id"], row["last_control_id"], row["digest"],
                        row["created_at"], row["created_by"])


def record_export(session: Session, *, number: int, fmt: str, out_dir: str,
                  options: dict[str, Any], files: list[dict[str, Any]], counts: dict[str, int],
                  digest: str, first_control_id: str = "", last_control_id: str = "",
                  conflicts_open: int = 0) -> ExportRecord:
    """Write what an export contained. Side effects: one `recovery_export` record and one audit
    entry `recovery.export` (format, folder, files with SHA-256, counts per type, digest of the
    record ids, MSH-10 range)."""
    session.require(Permission.RECOVERY_EXPORT)
    with session.store.transaction(session.actor, "recovery.export", "recovery_export") as tx:
        row = tx.insert("recovery_export", {
            "number": number, "format": fmt, "out_dir": out_dir,
            "options": json.dumps(options, sort_keys=True),
            "files": json.dumps(files, sort_keys=True, ensure_ascii=False),
            "counts": json.dumps(counts, sort_keys=True),
            "first_control_id": first_control_id, "last_control_id": last_control_id,
            "digest": digest}, audit=False)
        tx.draft.entity_id = row["id"]
        tx.note(number=number, format=fmt, out_dir=out_dir, files=files, counts=counts,
                digest=digest, first_control_id=first_control_id,
                last_control_id=last_control_id, conflicts_open=conflicts_open,
                options=options)
    return _record(row)


def list_exports(session: Session) -> list[ExportRecord]:
    """Exports made from this database, oldest first (read-only)."""
    session.require(Permission.RECOVERY_EXPORT)
    return [_record(r) for r in rstore.list_exports(session.store)]
