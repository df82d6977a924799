"""CSV files for spreadsheets, one per kind of record.

UTF-8 with a byte-order mark (Excel opens accents right), separator `;` (French Excel) or `,`,
every column of the records (derived index columns left out), one line per record. Any cell
that a spreadsheet could take for a formula — starting with `=`, `+`, `-`, `@`, a tab, a
carriage return or NUL — is prefixed with `'`, so no formula ever runs.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from hospcrisis.core.recovery_export import ExportData
from hospcrisis.store.database import Row

DELIMITERS = (";", ",")
_RISKY = ("=", "+", "-", "@", "\t", "\r", "\x00")


def safe_cell(value: Any) -> str:
    """A value as a spreadsheet-safe cell: None → empty, formula starters neutralised."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if text.startswith(_RISKY):
        return "'" + text
    return text


@dataclass(frozen=True)
class CsvFile:
    """One entity: file name, the table it comes from, its rows."""

    name: str
    entity: str
    rows: Sequence[Row]


def entities(data: ExportData) -> list[CsvFile]:
    """The files of an export, in a stable order (empty entities are still written, with
    their header, so a script finds every file)."""
    movements = [m for moves in data.movements.values() for m in moves]
    movements.sort(key=lambda m: (m["created_at"], m["id"]))
    files = [
        CsvFile("patients.csv", "patient", list(data.patients.values())),
        CsvFile("admissions.csv", "admission", data.admissions),
        CsvFile("movements.csv", "movement", movements),
        CsvFile("triage.csv", "triage", data.triage),
        CsvFile("merges.csv", "patient_merge", data.merges),
        CsvFile("reconciliation.csv", "recovery_identity", list(data.identities.values())),
        CsvFile("visits.csv", "recovery_visit",
                [{"admission_id": a, "visit_number": v} for a, v in sorted(data.visits.items())]),
    ]
    for table, rows in sorted(data.extra.items()):
        files.append(CsvFile(f"{table}.csv", table, rows))
    return files


def columns_of(rows: Sequence[Row]) -> list[str]:
    """The union of the rows' columns, in first-seen order."""
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    return list(seen)


def render(rows: Sequence[Row], delimiter: str = ";",
           columns: Sequence[str] | None = None) -> Iterator[str]:
    """The CSV text of some rows, in chunks (BOM first)."""
    cols = list(columns) if columns is not None else columns_of(rows)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    yield "\ufeff"
    writer.writerow([safe_cell(c) for c in cols])
    for n, row in enumerate(rows, 1):
        writer.writerow([safe_cell(row.get(c)) for c in cols])
        if n % 5000 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def keys_of(files: Iterable[CsvFile]) -> set[str]:
    """`entity:id` of every record the files hold (for the export's digest)."""
    return {f"{f.entity}:{row['id']}" for f in files for row in f.rows if row.get("id")}
