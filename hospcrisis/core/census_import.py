"""Loading the last census: the in-house list of hospitalised patients exported before the crash.

`hospcrisis import census FILE.csv` (and a GUI action) read it. The file is refused whole when any
line is bad, with every bad line and its reason listed: nothing is half-imported. The same file
(same SHA-256) cannot be imported twice.

File format
-----------
* Encoding UTF-8 (with or without BOM) or Latin-1 / Windows-1252; separator `;` or `,` (taken
  from the header line); first line = column names, in any order, case and accents ignored.
* Columns (English name, or a French alias in brackets); * = required:

  | column | content |
  | --- | --- |
  | `ipp`* (`ipp`, `numero_patient`) | the patient's definitive hospital ID (IPP), unique |
  | `birth_name`* (`nom_naissance`, `nom`) | birth name |
  | `used_name` (`nom_usage`) | used (e.g. married) name |
  | `first_forename`* (`prenom`, `premier_prenom`) | first forename |
  | `forenames` (`prenoms`) | all forenames, space-separated |
  | `sex`* (`sexe`) | F, M (or H), O, U |
  | `birth_date`* (`date_naissance`) | DD/MM/YYYY, YYYY-MM-DD, or YYYY when only the year is known |
  | `birthplace_code` (`code_lieu_naissance`) | INSEE code (99xxx abroad) |
  | `unit`* (`unite`, `uf`, `service`) | unit code as configured in hospcrisis (e.g. MED1) |
  | `bed` (`lit`) | bed label of that unit |
  | `admitted_at`* (`date_entree`) | DD/MM/YYYY HH:MM or YYYY-MM-DD HH:MM (local time) |
  | `identity_status` (`statut_identite`) | PROV, RECUP, VALI or QUAL (default PROV) |
  | `identity_document` (`piece_identite`) | document type code when VALI |
  | `phone` (`telephone`) | contact phone |

Each line becomes a patient (origin `census`, with its IPP) and an admission in its unit and bed
since `admitted_at`, all in one transaction with one audit entry (`census.import`).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from hospcrisis import clock
from hospcrisis.core import duplicates, identity, text, units
from hospcrisis.core.admissions import search_document
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import ValidationError
from hospcrisis.i18n import _
from hospcrisis.store import admissions as store

MAX_LINES = 50_000
MAX_BYTES = 50 * 1024 * 1024

COLUMNS: dict[str, tuple[str, ...]] = {
    "ipp": ("ipp", "numero_patient", "num_patient"),
    "birth_name": ("birth_name", "nom_naissance", "nom_de_naissance", "nom"),
    "used_name": ("used_name", "nom_usage", "nom_d_usage"),
    "first_forename": ("first_forename", "prenom", "premier_prenom"),
    "forenames": ("forenames", "prenoms"),
    "sex": ("sex", "sexe"),
    "birth_date": ("birth_date", "date_naissance", "date_de_naissance", "ddn"),
    "birthplace_code": ("birthplace_code", "code_lieu_naissance", "lieu_naissance"),
    "unit": ("unit", "unite", "uf", "service"),
    "bed": ("bed", "lit"),
    "admitted_at": ("admitted_at", "date_entree", "date_d_entree", "entree"),
    "identity_status": ("identity_status", "statut_identite"),
    "identity_document": ("identity_document", "piece_identite"),
    "phone": ("phone", "telephone", "tel"),
}
REQUIRED = ("ipp", "birth_name", "first_forename", "sex", "birth_date", "unit", "admitted_at")
_TIME_FORMATS = ("%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S",
                 "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%d/%m/%Y", "%Y-%m-%d")
_IPP_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_.]{0,29}$")


@dataclass(frozen=True)
class CensusImportResult:
    import_id: str
    file_name: str
    patients: int
    encoding: str
    delimiter: str


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name): UTF-8 with or without BOM, else Windows-1252, else Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "latin-1"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _column_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.fold(name.strip())).strip("_")


def _header(fields: list[str], problems: text.Problems) -> dict[str, int]:
    aliases = {alias: key for key, names in COLUMNS.items() for alias in names}
    positions: dict[str, int] = {}
    for index, name in enumerate(fields):
        key = aliases.get(_column_key(name))
        if key is None:
            continue
        if key in positions:
            problems.add("header", _("Line 1: the column {name} appears twice.", name=name))
        positions[key] = index
    missing = [k for k in REQUIRED if k not in positions]
    if missing:
        problems.add("header", _("Line 1: required columns missing: {columns}. See the "
                                 "documented columns (`hospcrisis import census --help`).",
                                 columns=", ".join(missing)))
    return positions


def _parse_admitted(value: str) -> str | None:
    typed = value.strip()
    for fmt in _TIME_FORMATS:
        try:
            return clock.to_iso(datetime.strptime(typed, fmt).astimezone())
        except ValueError:
            continue
    return None


def import_census(session: Session, path: Path | str) -> CensusImportResult:
    """Import the last census file (see the module docstring for its columns).

    Side effects, all or nothing, in one transaction with one audit entry (`census.import`):
    one patient and one admission (with its `admitted` movement) per line. A bad file raises one
    `ValidationError` listing every bad line and its reason; nothing is written.
    """
    session.require(Permission.CENSUS_IMPORT)
    file = Path(path).expanduser()
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ValidationError(_("Cannot read {path}: {reason}", path=file,
                                reason=exc.strerror or exc)) from exc
    if len(data) > MAX_BYTES:
        raise ValidationError(_("{path} is too large for a census ({n} MB).", path=file.name,
                                n=len(data) // (1024 * 1024)))
    digest = hashlib.sha256(data).hexdigest()
    earlier = store.find_census_import(session.store, digest)
    if earlier is not None:
        raise ValidationError(_("This census file was already imported on {time} by {user}.",
                                time=clock.local_text(earlier["created_at"]),
                                user=earlier["created_by"] or "?"))
    content, encoding = decode(data)
    first_line = content.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    problems = text.Problems()
    try:
        header = next(reader)
    except StopIteration:
        raise ValidationError(_("{path} is empty.", path=file.name)) from None
    positions = _header(header, problems)
    problems.raise_if_any(_("{path} was not imported: its header is wrong.", path=file.name))

    known_units = {u.code: u for u in units.list_units(session.store)}
    occupied = store.occupied_beds(session.store)
    seen_ipps: dict[str, int] = {}
    seen_beds: dict[tuple[str, str], int] = {}
    parsed: list[tuple[int, dict[str, Any], str, str | None, str]] = []
    line_no = 1
    for line_no, fields in enumerate(reader, start=2):
        if not any(f.strip() for f in fields):
            continue
        if len(parsed) >= MAX_LINES:
            problems.add("file", _("More than {n} lines: split the file.", n=MAX_LINES))
            break

        def col(key: str, fields: list[str] = fields) -> str:
            index = positions.get(key)
            return fields[index].strip() if index is not None and index < len(fields) else ""

        line_problems = text.Problems()
        ipp = col("ipp")
        if not ipp:
            line_problems.add("ipp", _("IPP is required."))
        elif not _IPP_RE.match(ipp):
            line_problems.add("ipp", _("The IPP “{value}” holds characters other than letters "
                                       "and digits.", value=ipp[:40]))
        elif ipp in seen_ipps:
            line_problems.add("ipp", _("The IPP {ipp} already appears on line {line}.",
                                       ipp=ipp, line=seen_ipps[ipp]))
        else:
            seen_ipps[ipp] = line_no
        row = identity.check_identity(identity.IdentityInput(
            birth_name=col("birth_name"), used_name=col("used_name"),
            first_forename=col("first_forename"), forenames=col("forenames"), sex=col("sex"),
            birth_date=col("birth_date"), birthplace_code=col("birthplace_code"),
            identity_status=col("identity_status") or "PROV",
            identity_document=col("identity_document"), phone=col("phone"),
        ), allowed_statuses=tuple(identity.IDENTITY_STATUSES), problems=line_problems)
        unit_code = col("unit").upper()
        bed = col("bed") or None
        unit = known_units.get(unit_code)
        if unit is None:
            line_problems.add("unit", _("Unknown unit {code}.", code=unit_code or "—"))
        elif bed and bed not in unit.beds:
            line_problems.add("bed", _("Bed {bed} does not exist in unit {code}.", bed=bed,
                                       code=unit.code))
        elif bed and (unit.code, bed) in occupied:
            line_problems.add("bed", _("Bed {bed} of {code} is already taken by a patient in "
                                       "this database.", bed=bed, code=unit.code))
        elif bed and (unit.code, bed) in seen_beds:
            line_problems.add("bed", _("Bed {bed} of {code} already appears on line {line}.",
                                       bed=bed, code=unit.code,
                                       line=seen_beds[(unit.code, bed)]))
        elif bed:
            seen_beds[(unit.code, bed)] = line_no
        admitted = _parse_admitted(col("admitted_at"))
        if admitted is None:
            line_problems.add("admitted_at", _("Admission time “{value}” is not a date and "
                                               "time (DD/MM/YYYY HH:MM).",
                                               value=col("admitted_at")[:40]))
        elif admitted > clock.now_iso():
            line_problems.add("admitted_at", _("The admission time is in the future."))
        for _field, message in line_problems.items:
            problems.add(f"line {line_no}", _("Line {line}: {message}", line=line_no,
                                              message=message))
        if not line_problems and unit is not None and admitted is not None:
            parsed.append((line_no, {**row, "ipp": ipp}, unit.code, bed, admitted))
    if parsed:
        taken = store.existing_ipps(session.store, [p[1]["ipp"] for p in parsed])
        for line, row, *_rest in parsed:
            if row["ipp"] in taken:
                problems.add(f"line {line}", _("Line {line}: {message}", line=line, message=_(
                    "The IPP {ipp} already belongs to a patient in this database.",
                    ipp=row["ipp"])))
    if not parsed and not problems:
        problems.add("file", _("{path} holds no patient.", path=file.name))
    problems.raise_if_any(_("{path} was not imported: {n} problem(s), listed below. Correct "
                            "the file and import it again; nothing was saved.",
                            path=file.name, n=len(problems.items)))

    with session.store.transaction(session.actor, "census.import", "census_import") as tx:
        record = tx.insert("census_import", {"file_name": file.name[:200], "sha256": digest,
                                             "rows": len(parsed), "encoding": encoding,
                                             "delimiter": delimiter})
        tx.draft.entity_id = record["id"]
        first_rowid = store.next_search_rowid(tx.store)
        patients: list[dict[str, Any]] = []
        search_rows: list[tuple[int, str, str, str, str]] = []
        block_rows: list[tuple[str, str]] = []
        admissions: list[dict[str, Any]] = []
        movements: list[dict[str, Any]] = []
        for n, (_line, row, unit_code, bed, admitted) in enumerate(parsed):
            patient_id = clock.uuid7()
            full = {**row, "id": patient_id, "provisional_id": None, "origin": "census",
                    "search_rowid": first_rowid + n}
            doc = search_document(full)
            patients.append(full)
            search_rows.append((first_rowid + n, patient_id, doc["names"], doc["ids"],
                                doc["other"]))
            block_rows.extend((k, patient_id) for k in duplicates.keys_for_row(full))
            admission_id = clock.uuid7()
            admissions.append({
                "id": admission_id, "patient_id": patient_id, "arrival_at": admitted,
                "entered_at": tx.now, "arrival_mode": "other", "complaint": "", "area": "",
                "status": "admitted", "status_at": admitted, "unit_code": unit_code,
                "bed": bed, "bed_since": admitted, "origin": "census", "destination": ""})
            movements.append({"admission_id": admission_id, "patient_id": patient_id,
                              "kind": "admitted", "at": admitted, "unit_code": unit_code,
                              "bed": bed, "area": "", "destination": "",
                              "note": _("Last census before the downtime")})
        store.insert_patients_bulk(tx, patients, search_rows, block_rows)
        tx.insert_many("admission", admissions)
        tx.insert_many("movement", movements)
        tx.note(file_name=file.name, sha256=digest, patients=len(parsed),
                ipps=[p["ipp"] for p in patients])
    return CensusImportResult(record["id"], file.name, len(parsed), encoding, delimiter)
