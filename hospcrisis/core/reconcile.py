"""Identity reconciliation: each provisional ID mapped to the patient's definitive IPP (and each
downtime admission to its visit number), by hand or from the admissions office's CSV; matches
proposed against a patient list exported from the information system with the SAME similarity
engine as the admissions duplicates (`core.duplicates`); duplicates merged with the admissions
merge service. Every step is audited; nothing is ever merged automatically.

The mapping never rewrites the patient record: the exports say "provisional identity X is the
information system's patient IPP" (HL7 A40, FHIR `Patient.link`). The local identity status stays
what downtime established (PROV, or VALI when a document was checked); the status the
information system gives its own patient may be recorded with the mapping, for PID-32.

Reconciliation CSV (`hospcrisis reconcile import FILE.csv`)
-------------------------------------------------------------
UTF-8 (with or without BOM) or Windows-1252; separator `;` or `,` (taken from the header); first
line = column names in any order, case and accents ignored. * = required:

| column | content |
| --- | --- |
| `provisional_id`* (`id_provisoire`) | the downtime ID, e.g. URG1-000042-K |
| `ipp`* (`numero_patient`) | the definitive patient ID in the information system |
| `visit_number` (`numero_venue`, `nda`) | the visit (stay) number of the downtime admission |
| `admission_id` | which admission, when the patient had several during downtime |
| `identity_status` (`statut_identite`) | the information system's status: PROV, RECUP, VALI, QUAL |
| `birth_name` (`nom_naissance`, `nom`) | cross-check: must match the record's birth or used name |
| `birth_date` (`date_naissance`) | cross-check: must match the record's date of birth |

The file is refused whole, with every bad line listed, when an ID is unknown or mistyped, when
one ID gets two IPPs (in the file, or against an earlier reconciliation), when a visit number is
given twice, or when a cross-check fails. Importing the same file again changes nothing.

Patient list from the information system (`reconcile propose --patients FILE.csv`)
------------------------------------------------------------------------------------
Same encodings and separators. Columns: `ipp`*, `birth_name`*, `first_forename`*, `used_name`,
`forenames`, `sex`, `birth_date`, `birthplace_code`, `identity_status` (French aliases as in the
census import: `nom`, `prenom`, `sexe`, `date_naissance`…).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hospcrisis import clock
from hospcrisis.core import duplicates, identity, provisional_ids, text
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import NotFound, ValidationError
from hospcrisis.i18n import _
from hospcrisis.store import admissions as astore
from hospcrisis.store import recovery as rstore
from hospcrisis.store.database import Row

IPP_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_.]{0,29}$")
VISIT_RE = IPP_RE
MAX_BYTES = 50 * 1024 * 1024
MAX_LINES = 200_000
MAX_PROPOSALS = 3

RECONCILE_COLUMNS: dict[str, tuple[str, ...]] = {
    "provisional_id": ("provisional_id", "id_provisoire", "identifiant_provisoire",
                       "provisoire"),
    "ipp": ("ipp", "numero_patient", "num_patient"),
    "visit_number": ("visit_number", "numero_venue", "num_venue", "nda", "numero_sejour"),
    "admission_id": ("admission_id", "id_admission"),
    "identity_status": ("identity_status", "statut_identite"),
    "birth_name": ("birth_name", "nom_naissance", "nom_de_naissance", "nom"),
    "birth_date": ("birth_date", "date_naissance", "date_de_naissance", "ddn"),
}
RECONCILE_REQUIRED = ("provisional_id", "ipp")

PATIENT_LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "ipp": ("ipp", "numero_patient", "num_patient"),
    "birth_name": ("birth_name", "nom_naissance", "nom_de_naissance", "nom"),
    "used_name": ("used_name", "nom_usage", "nom_d_usage"),
    "first_forename": ("first_forename", "prenom", "premier_prenom"),
    "forenames": ("forenames", "prenoms"),
    "sex": ("sex", "sexe"),
    "birth_date": ("birth_date", "date_naissance", "date_de_naissance", "ddn"),
    "birthplace_code": ("birthplace_code", "code_lieu_naissance", "lieu_naissance"),
    "identity_status": ("identity_status", "statut_identite"),
}
PATIENT_LIST_REQUIRED = ("ipp", "birth_name", "first_forename")


# =============================================================================================
# Records


@dataclass(frozen=True)
class Reconciliation:
    """A provisional patient and its definitive identifiers (IPP, visit numbers)."""

    patient_id: str
    provisional_id: str
    ipp: str | None
    identity_status: str | None
    visits: dict[str, str]  # admission id → visit number
    name: str
    birth_date: str
    admissions: int
    merged_into: str | None

    @property
    def reconciled(self) -> bool:
        return self.ipp is not None

    def as_dict(self) -> dict[str, Any]:
        return {"patient_id": self.patient_id, "provisional_id": self.provisional_id,
                "ipp": self.ipp, "identity_status": self.identity_status,
                "visits": self.visits, "name": self.name, "birth_date": self.birth_date,
                "admissions": self.admissions, "merged_into": self.merged_into,
                "reconciled": self.reconciled}


@dataclass(frozen=True)
class ReconcileResult:
    """What a reconciliation action did."""

    created: int
    unchanged: int
    replaced: int
    visits: int
    file_name: str = ""
    sha256: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"created": self.created, "unchanged": self.unchanged,
                "replaced": self.replaced, "visits": self.visits, "file": self.file_name,
                "sha256": self.sha256}


@dataclass
class _Entry:
    line: int
    provisional_id: str
    ipp: str
    visit_number: str = ""
    admission_id: str = ""
    identity_status: str = ""
    birth_name: str = ""
    birth_date: str = ""
    patient: Row | None = None
    admission: str | None = None
    problems: list[str] = field(default_factory=list)


# =============================================================================================
# Reading CSV files


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _column_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.fold(name.strip())).strip("_")


def read_csv(path: Path | str, columns: dict[str, tuple[str, ...]],
             required: Sequence[str]) -> tuple[list[tuple[int, dict[str, str]]], str, str]:
    """(line number, values by column) of every non-empty line, the file's SHA-256 and name.
    A missing file, a bad header or a missing required column raises `ValidationError`."""
    file = Path(path).expanduser()
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ValidationError(_("Cannot read {path}: {reason}", path=file,
                                reason=exc.strerror or exc)) from exc
    if len(data) > MAX_BYTES:
        raise ValidationError(_("{path} is too large ({n} MB).", path=file.name,
                                n=len(data) // (1024 * 1024)))
    content = _decode(data)
    first = content.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise ValidationError(_("{path} is empty.", path=file.name)) from None
    aliases = {alias: key for key, names in columns.items() for alias in names}
    positions: dict[str, int] = {}
    problems = text.Problems()
    for index, name in enumerate(header):
        key = aliases.get(_column_key(name))
        if key is None:
            continue
        if key in positions:
            problems.add("header", _("Line 1: the column {name} appears twice.", name=name))
        positions[key] = index
    missing = [k for k in required if k not in positions]
    if missing:
        problems.add("header", _("Line 1: required columns missing: {columns}.",
                                 columns=", ".join(missing)))
    problems.raise_if_any(_("{path} was not imported: its header is wrong.", path=file.name))
    rows: list[tuple[int, dict[str, str]]] = []
    for line_no, fields in enumerate(reader, start=2):
        if not any(f.strip() for f in fields):
            continue
        if len(rows) >= MAX_LINES:
            raise ValidationError(_("More than {n} lines: split the file.", n=MAX_LINES))
        rows.append((line_no, {key: (fields[i].strip() if i < len(fields) else "")
                               for key, i in positions.items()}))
    return rows, hashlib.sha256(data).hexdigest(), file.name


# =============================================================================================
# Mapping provisional IDs to IPPs


def _check_entries(session: Session, entries: list[_Entry], *, replace: bool) -> text.Problems:
    """Validate every entry (all problems collected, nothing written)."""
    st = session.store
    problems = text.Problems()
    seen_ipp: dict[str, tuple[str, int]] = {}
    seen_visit: dict[str, tuple[str, int]] = {}
    visit_owner: dict[str, tuple[str, int]] = {}
    for entry in entries:
        try:
            code = str(provisional_ids.parse(entry.provisional_id))
        except ValidationError as exc:
            entry.problems.append(exc.message)
            code = ""
        if code:
            entry.provisional_id = code
            row = astore.find_patient_by_provisional_id(st, code)
            if row is None:
                entry.problems.append(_("unknown provisional ID {id}: no bundle merged here "
                                        "holds it.", id=code))
            elif row["merged_into"]:
                survivor = astore.get_patient(st, row["merged_into"])
                entry.problems.append(_("{id} was merged into {other}: reconcile that record.",
                                        id=code, other=(survivor or {}).get("provisional_id")
                                        or (survivor or {}).get("ipp") or row["merged_into"]))
            else:
                entry.patient = row
        if not IPP_RE.match(entry.ipp or ""):
            entry.problems.append(_("the IPP “{value}” is not valid (letters, digits, - _ . ; "
                                    "at most 30).", value=(entry.ipp or "")[:40]))
        status = (entry.identity_status or "").strip().upper()
        if status and status not in identity.IDENTITY_STATUSES:
            entry.problems.append(_("unknown identity status {value}.", value=status[:10]))
        entry.identity_status = status
        if code and entry.ipp:
            earlier = seen_ipp.get(code)
            if earlier and earlier[0] != entry.ipp:
                entry.problems.append(_("{id} gets two IPPs: {first} (line {line}) and "
                                        "{second}.", id=code, first=earlier[0],
                                        line=earlier[1], second=entry.ipp))
            else:
                seen_ipp.setdefault(code, (entry.ipp, entry.line))
        patient = entry.patient
        if patient is not None:
            _cross_check(entry, patient)
            current = rstore.identity_of(st, patient["id"])
            if current is not None and current["ipp"] != entry.ipp and not replace:
                entry.problems.append(_("{id} was already reconciled with the IPP {ipp} on "
                                        "{time} by {user}: two IPPs for one ID. Correct it by "
                                        "hand (reconcile set --replace) if the earlier one is "
                                        "wrong.", id=code, ipp=current["ipp"],
                                        time=clock.local_text(current["created_at"]),
                                        user=current["created_by"] or "?"))
            if entry.visit_number:
                _check_visit(session, entry, patient, replace, seen_visit, visit_owner)
        for message in entry.problems:
            problems.add(f"line {entry.line}", _("Line {line}: {message}", line=entry.line,
                                                 message=message) if entry.line else message)
    return problems


def _cross_check(entry: _Entry, patient: Row) -> None:
    if entry.birth_name:
        given = identity.compact_name(entry.birth_name)
        names = {identity.compact_name(patient.get("birth_name") or ""),
                 identity.compact_name(patient.get("used_name") or "")} - {""}
        if names and given not in names:
            entry.problems.append(_("the name {given} does not match the record of {id} "
                                    "({name}): check the line.", given=entry.birth_name[:40],
                                    id=entry.provisional_id,
                                    name=patient.get("birth_name") or "?"))
    if entry.birth_date:
        found = text.Problems()
        born, precision = identity.parse_birth_date(entry.birth_date, problems=found)
        stored = patient.get("birth_date")
        if found or born is None:
            entry.problems.append(_("the date of birth “{value}” is not a date.",
                                    value=entry.birth_date[:20]))
        elif stored and patient.get("birth_date_precision") != "unknown":
            length = 4 if "year" in (precision, patient.get("birth_date_precision")) else 10
            if born[:length] != stored[:length]:
                entry.problems.append(_("the date of birth {given} does not match the record "
                                        "of {id}: check the line.", given=entry.birth_date,
                                        id=entry.provisional_id))


def _check_visit(session: Session, entry: _Entry, patient: Row, replace: bool,
                 seen_visit: dict[str, tuple[str, int]],
                 visit_owner: dict[str, tuple[str, int]]) -> None:
    st = session.store
    if not VISIT_RE.match(entry.visit_number):
        entry.problems.append(_("the visit number “{value}” is not valid.",
                                value=entry.visit_number[:40]))
        return
    admissions = [a for a in astore.admissions_of(st, [patient["id"]])
                  if a["status"] != "cancelled"]
    target: str | None = None
    if entry.admission_id:
        if entry.admission_id not in {a["id"] for a in admissions}:
            entry.problems.append(_("the admission {id} is not one of this patient's.",
                                    id=entry.admission_id[:40]))
        else:
            target = entry.admission_id
    elif len(admissions) == 1:
        target = admissions[0]["id"]
    else:
        entry.problems.append(_("{id} has {n} admissions: say which one gets the visit number "
                                "(column admission_id).", id=entry.provisional_id,
                                n=len(admissions)))
    if target is None:
        return
    entry.admission = target
    earlier = seen_visit.get(target)
    if earlier and earlier[0] != entry.visit_number:
        entry.problems.append(_("the admission gets two visit numbers: {first} (line {line}) "
                                "and {second}.", first=earlier[0], line=earlier[1],
                                second=entry.visit_number))
    seen_visit.setdefault(target, (entry.visit_number, entry.line))
    owner = visit_owner.get(entry.visit_number)
    if owner and owner[0] != target:
        entry.problems.append(_("the visit number {number} is already given on line {line}.",
                                number=entry.visit_number, line=owner[1]))
    visit_owner.setdefault(entry.visit_number, (target, entry.line))
    current = rstore.visit_of(st, target)
    if current is not None and current["visit_number"] != entry.visit_number and not replace:
        entry.problems.append(_("this admission already has the visit number {number}.",
                                number=current["visit_number"]))
    for other in rstore.visits_with_number(st, entry.visit_number):
        if other["admission_id"] != target:
            entry.problems.append(_("the visit number {number} already belongs to another "
                                    "admission.", number=entry.visit_number))


def _apply(session: Session, entries: Sequence[_Entry], source: str, action: str,
           note: dict[str, Any]) -> ReconcileResult:
    created = unchanged = replaced = visits = 0
    st = session.store
    with st.transaction(session.actor, action, "recovery_identity") as tx:
        done: set[str] = set()
        for entry in entries:
            patient = entry.patient
            assert patient is not None
            if patient["id"] not in done:
                done.add(patient["id"])
                current = rstore.identity_of(st, patient["id"])
                status = entry.identity_status or None
                if status is None and current is not None and current["ipp"] == entry.ipp:
                    status = current["identity_status"] or None
                if current is not None and current["ipp"] == entry.ipp and \
                        (current["identity_status"] or None) == status:
                    unchanged += 1
                else:
                    if current is not None:
                        tx.void("recovery_identity", current["id"],
                                _("Replaced by the IPP {ipp}", ipp=entry.ipp))
                        replaced += 1
                    else:
                        created += 1
                    tx.insert("recovery_identity", {
                        "patient_id": patient["id"], "provisional_id": entry.provisional_id,
                        "ipp": entry.ipp, "identity_status": status, "source": source,
                        "note": ""})
            if entry.admission and entry.visit_number:
                current_visit = rstore.visit_of(st, entry.admission)
                if current_visit is None or current_visit["visit_number"] != entry.visit_number:
                    if current_visit is not None:
                        tx.void("recovery_visit", current_visit["id"],
                                _("Replaced by the visit number {number}",
                                  number=entry.visit_number))
                    tx.insert("recovery_visit", {
                        "admission_id": entry.admission, "patient_id": patient["id"],
                        "visit_number": entry.visit_number, "source": source})
                    visits += 1
        tx.note(**note, created=created, unchanged=unchanged, replaced=replaced,
                visits=visits, mappings=[{"provisional_id": e.provisional_id, "ipp": e.ipp,
                                          "visit_number": e.visit_number or None}
                                         for e in entries])
    return ReconcileResult(created, unchanged, replaced, visits)


def set_identity(session: Session, provisional_id: str, ipp: str, *,
                 visit_number: str = "", admission_id: str = "", identity_status: str = "",
                 replace: bool = False) -> ReconcileResult:
    """Map one provisional ID to its definitive IPP (and the admission's visit number).

    Refused with a message when the ID is unknown, mistyped or merged, or already has another
    IPP (unless `replace`, which voids the earlier mapping). Side effects: one transaction, one
    audit entry `recovery.reconcile.set` (the earlier mapping voided, never deleted)."""
    session.require(Permission.RECOVERY_RECONCILE)
    entry = _Entry(0, provisional_id.strip(), (ipp or "").strip(),
                   (visit_number or "").strip(), (admission_id or "").strip(),
                   identity_status or "")
    problems = _check_entries(session, [entry], replace=replace)
    problems.raise_if_any()
    return _apply(session, [entry], "manual", "recovery.reconcile.set", {})


def import_csv(session: Session, path: Path | str) -> ReconcileResult:
    """Import the admissions office's reconciliation file (see the module docstring).

    All or nothing: any bad line refuses the whole file with every bad line listed. Side
    effects: one transaction, one audit entry `recovery.reconcile.import` (file name, SHA-256,
    every mapping)."""
    session.require(Permission.RECOVERY_RECONCILE)
    rows, digest, name = read_csv(path, RECONCILE_COLUMNS, RECONCILE_REQUIRED)
    entries = [_Entry(line, v.get("provisional_id", ""), v.get("ipp", ""),
                      v.get("visit_number", ""), v.get("admission_id", ""),
                      v.get("identity_status", ""), v.get("birth_name", ""),
                      v.get("birth_date", "")) for line, v in rows]
    if not entries:
        raise ValidationError(_("{path} holds no line to reconcile.", path=name))
    problems = _check_entries(session, entries, replace=False)
    problems.raise_if_any(_("{path} was not imported: {n} problem(s), listed below. Correct "
                            "the file and import it again; nothing was saved.", path=name,
                            n=len(problems.items)))
    result = _apply(session, entries, "csv", "recovery.reconcile.import",
                    {"file_name": name, "sha256": digest, "lines": len(entries)})
    return ReconcileResult(result.created, result.unchanged, result.replaced, result.visits,
                           name, digest)


def list_reconciliations(session: Session) -> list[Reconciliation]:
    """Every provisional patient with its IPP and visit numbers, if reconciled (read-only)."""
    session.require(Permission.RECOVERY_RECONCILE)
    st = session.store
    visits_by_patient: dict[str, dict[str, str]] = defaultdict(dict)
    for visit in rstore.active_visits(st):
        visits_by_patient[visit["patient_id"]][visit["admission_id"]] = visit["visit_number"]
    statuses = {r["patient_id"]: r["identity_status"] for r in rstore.active_identities(st)}
    out = []
    for row in rstore.provisional_patients(st):
        patient = identity.Patient.from_row(row)
        out.append(Reconciliation(row["id"], row["provisional_id"], row["reconciled_ipp"],
                                  statuses.get(row["id"]), visits_by_patient.get(row["id"], {}),
                                  patient.display_name, patient.birth_date_text,
                                  int(row["admissions"]), row["merged_into"]))
    return out


def maps(session: Session) -> tuple[dict[str, Row], dict[str, str]]:
    """(patient id → active mapping row, admission id → visit number), for the exports
    (read-only)."""
    session.require(Permission.PATIENT_READ)
    st = session.store
    return ({r["patient_id"]: r for r in rstore.active_identities(st)},
            {r["admission_id"]: r["visit_number"] for r in rstore.active_visits(st)})


# =============================================================================================
# Proposals against the information system's patient list


@dataclass(frozen=True)
class Candidate:
    """A patient of the information system who may be the provisional patient."""

    ipp: str
    name: str
    birth_date: str
    sex: str
    identity_status: str
    score: int
    reasons: tuple[str, ...]

    @property
    def reason_text(self) -> str:
        return ", ".join(duplicates.reason_labels(self.reasons))


@dataclass(frozen=True)
class Proposal:
    """A provisional patient and the best matches found for it."""

    patient_id: str
    provisional_id: str
    name: str
    birth_date: str
    sex: str
    candidates: tuple[Candidate, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"patient_id": self.patient_id, "provisional_id": self.provisional_id,
                "name": self.name, "birth_date": self.birth_date, "sex": self.sex,
                "candidates": [{"ipp": c.ipp, "name": c.name, "birth_date": c.birth_date,
                                "sex": c.sex, "identity_status": c.identity_status,
                                "score": c.score, "reasons": list(c.reasons),
                                "reason_text": c.reason_text} for c in self.candidates]}


def _patient_list(rows: Iterable[tuple[int, dict[str, str]]], name: str
                  ) -> list[dict[str, Any]]:
    problems = text.Problems()
    out: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for line, values in rows:
        found = text.Problems()
        ipp = values.get("ipp", "")
        if not IPP_RE.match(ipp):
            found.add("ipp", _("the IPP “{value}” is not valid.", value=ipp[:40]))
        elif ipp in seen:
            found.add("ipp", _("the IPP {ipp} already appears on line {line}.", ipp=ipp,
                               line=seen[ipp]))
        else:
            seen[ipp] = line
        sex = identity.sex_code(values.get("sex", "")) or "U"
        born, precision = identity.parse_birth_date(values.get("birth_date") or None,
                                                    problems=found)
        birth = text.clean(values.get("birth_name"), field="birth_name", label=_("Birth name"),
                           required=True, problems=found)
        first = text.clean(values.get("first_forename"), field="first_forename",
                           label=_("First forename"), required=True, problems=found)
        for _field, message in found.items:
            problems.add(f"line {line}", _("Line {line}: {message}", line=line,
                                           message=message))
        out.append({"id": ipp, "ipp": ipp, "birth_name": birth,
                    "used_name": values.get("used_name", ""), "first_forename": first,
                    "forenames": values.get("forenames", ""), "sex": sex, "birth_date": born,
                    "birth_date_precision": precision,
                    "birthplace_code": values.get("birthplace_code", ""),
                    "identity_status": (values.get("identity_status") or "").upper(),
                    "sinus_number": ""})
    problems.raise_if_any(_("{path} was not read: {n} problem(s), listed below. Nothing was "
                            "proposed.", path=name, n=len(problems.items)))
    return out


def propose(session: Session, patients_csv: Path | str, *,
            threshold: int = duplicates.THRESHOLD) -> list[Proposal]:
    """Best matches (score ≥ `threshold`, at most 3) in the information system's patient list
    for every provisional patient not yet reconciled nor merged, scored by the duplicates
    engine. Side effect: one audit entry `recovery.reconcile.propose` (file, counts) — patient
    data was compared. Nothing is reconciled: confirm with `set_identity`."""
    session.require(Permission.RECOVERY_RECONCILE)
    rows, digest, name = read_csv(patients_csv, PATIENT_LIST_COLUMNS, PATIENT_LIST_REQUIRED)
    listed = _patient_list(rows, name)
    traits = {r["ipp"]: duplicates.Traits.from_row(r) for r in listed}
    by_ipp = {r["ipp"]: r for r in listed}
    blocks: dict[str, list[str]] = defaultdict(list)
    for ipp, t in traits.items():
        for key in duplicates.blocking_keys(t):
            blocks[key].append(ipp)
    proposals: list[Proposal] = []
    considered = 0
    for row in rstore.provisional_patients(session.store):
        if row["reconciled_ipp"] or row["merged_into"]:
            continue
        considered += 1
        mine = duplicates.Traits.from_row(row)
        ipps = {ipp for key in duplicates.blocking_keys(mine) for ipp in blocks.get(key, ())}
        scored = []
        for ipp in ipps:
            value, reasons = duplicates.score(mine, traits[ipp])
            if value >= threshold:
                scored.append((value, reasons, ipp))
        scored.sort(key=lambda s: (-s[0], s[2]))
        patient = identity.Patient.from_row(row)
        candidates = []
        for value, reasons, ipp in scored[:MAX_PROPOSALS]:
            other = by_ipp[ipp]
            candidates.append(Candidate(
                ipp, identity.display_name(other["birth_name"], other["used_name"],
                                           other["first_forename"], False),
                identity.birth_date_text(other["birth_date"], other["birth_date_precision"]),
                other["sex"], other["identity_status"], value, reasons))
        proposals.append(Proposal(row["id"], row["provisional_id"], patient.display_name,
                                  patient.birth_date_text, patient.sex, tuple(candidates)))
    with session.store.transaction(session.actor, "recovery.reconcile.propose",
                                   "recovery_identity") as tx:
        tx.note(file_name=name, sha256=digest, listed=len(listed), considered=considered,
                with_candidates=sum(1 for p in proposals if p.candidates))
    return proposals


# =============================================================================================
# Merging duplicates


def _resolve_patient(session: Session, reference: str) -> Row:
    value = (reference or "").strip()
    st = session.store
    row = None
    if provisional_ids.looks_like_id(value):
        row = astore.find_patient_by_provisional_id(st, str(provisional_ids.parse(value)))
    if row is None and value:
        row = astore.find_patient_by_ipp(st, value) or astore.get_patient(st, value)
    if row is None:
        raise NotFound(_("No patient has the ID {id}.", id=value[:40]))
    return row


def merge_patients(session: Session, survivor: str, merged: str, reason: str
                   ) -> duplicates.MergeRecord:
    """Confirm that two records are the same patient (by provisional ID, IPP or record id):
    the admissions merge service (`duplicates.merge`) keeps both records, `merged` pointing to
    `survivor`; its audit entry is `patient.merge`. Never automatic."""
    session.require(Permission.RECOVERY_RECONCILE)
    keep = _resolve_patient(session, survivor)
    other = _resolve_patient(session, merged)
    return duplicates.merge(session, keep["id"], other["id"], reason)
