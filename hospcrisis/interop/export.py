"""`hospcrisis export --format hl7|fhir|csv --out DIR`: the merged data for the information
system, audited.

Each export goes into a new folder `DIR/<STATION>-export-<NNNN>-<format>/`, written under a
temporary name and renamed once complete (a half-written export never looks finished), with a
`manifest.json` listing every file (size, SHA-256), the counts per kind of record and the
digest of the record ids it holds. The database records the export and its audit entry says
the same (`recovery.export`). Exports are refused while records are in conflict between
stations, unless `allow_conflicts`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from hospcrisis import clock
from hospcrisis.core import recovery_export
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import LocationNotWritable, ValidationError
from hospcrisis.i18n import _
from hospcrisis.interop import codes, csv_export, fhir, hl7
from hospcrisis.store.database import fsync_dir

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportOptions:
    """Choices IT makes for one export."""

    batch: bool = False  # HL7: one batch file (FHS/BHS) instead of one file per message
    updates: bool = True  # HL7: A08 for triage and first medical contact
    delimiter: str = ";"  # CSV
    fhir_bundle_size: int = fhir.BUNDLE_SIZE
    receiving_application: str = codes.DEFAULT_RECEIVING_APPLICATION
    receiving_facility: str = ""
    allow_conflicts: bool = False


@dataclass(frozen=True)
class ExportResult:
    """An export written and recorded."""

    record: recovery_export.ExportRecord
    folder: Path
    conflicts_open: int

    def as_dict(self) -> dict[str, Any]:
        return {**self.record.as_dict(), "folder": str(self.folder),
                "conflicts_open": self.conflicts_open}


class _Sink:
    """Writes files into the temporary folder, hashing what it writes."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: list[dict[str, Any]] = []

    def write(self, name: str, chunks: Iterable[str]) -> None:
        digest = hashlib.sha256()
        size = 0
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            for chunk in chunks:
                data = chunk.encode("utf-8")
                digest.update(data)
                size += len(data)
                handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        self.files.append({"name": name, "size": size, "sha256": digest.hexdigest()})

    def open_many(self) -> _Many:
        return _Many(self)


class _Many:
    """Many small files (one HL7 message each) without an fsync per file."""

    def __init__(self, sink: _Sink) -> None:
        self.sink = sink
        self.names: list[str] = []

    def write(self, name: str, text: str) -> None:
        data = text.encode("utf-8")
        path = self.sink.folder / name
        handle: IO[bytes]
        with path.open("wb") as handle:
            handle.write(data)
        self.sink.files.append({"name": name, "size": len(data),
                                "sha256": hashlib.sha256(data).hexdigest()})


def _hl7(session: Session, data: recovery_export.ExportData, sink: _Sink, number: int,
         options: ExportOptions, now: str, progress: Progress | None
         ) -> tuple[dict[str, int], set[str], str, str]:
    hl7_options = hl7.Hl7Options(batch=options.batch, updates=options.updates,
                                 sending_facility=data.station,
                                 receiving_application=options.receiving_application,
                                 receiving_facility=options.receiving_facility,
                                 processing_id="T" if data.exercise else "P")
    prefix = f"{data.station[:6]}{number:04d}"
    messages, counts = hl7.build_messages(data, hl7_options, prefix, now)
    total = len(data.patients) + len(data.admissions)
    first = last = ""
    sent = 0
    if options.batch:
        name = f"{data.station}-{number:04d}.hl7"

        def chunks() -> Iterable[str]:
            nonlocal first, last, sent
            yield hl7.batch_header(hl7_options, data.station, now, name, prefix)
            buffer: list[str] = []
            for message in messages:
                if not first:
                    first = message.control_id
                last = message.control_id
                sent += 1
                buffer.append(message.text)
                if len(buffer) >= 2000:
                    yield "".join(buffer)
                    buffer.clear()
                    if progress:
                        progress(min(sent, total), total)
            yield "".join(buffer)
            yield hl7.batch_trailer(sent)

        sink.write(name, chunks())
    else:
        many = sink.open_many()
        for message in messages:
            if not first:
                first = message.control_id
            last = message.control_id
            sent += 1
            many.write(f"{message.control_id}_{message.event}.hl7", message.text)
            if progress and sent % 2000 == 0:
                progress(min(sent, total), total)
    kinds = Counter(key.split(":", 1)[0] for key in counts.keys)
    out = {"messages": sent, **{f"events_{k}": v for k, v in sorted(counts.events.items())},
           **dict(sorted(kinds.items()))}
    return out, counts.keys, first, last


def _fhir(data: recovery_export.ExportData, sink: _Sink, options: ExportOptions, now: str,
          progress: Progress | None) -> tuple[dict[str, int], set[str]]:
    bundles, counts, keys = fhir.build_bundles(data, fhir.FhirOptions(options.fhir_bundle_size))
    total = max(1, -(-len(data.patients) // max(1, options.fhir_bundle_size)))
    for n, bundle in enumerate(bundles, 1):
        bundle["timestamp"] = now
        sink.write(f"bundle-{n:05d}.json", [fhir.dumps(bundle)])
        if progress:
            progress(min(n, total), total)
    return dict(counts), keys


def _csv(data: recovery_export.ExportData, sink: _Sink, options: ExportOptions,
         progress: Progress | None) -> tuple[dict[str, int], set[str]]:
    files = csv_export.entities(data)
    counts: dict[str, int] = {}
    for n, item in enumerate(files, 1):
        sink.write(item.name, csv_export.render(item.rows, options.delimiter))
        counts[item.entity] = len(item.rows)
        if progress:
            progress(n, len(files))
    return counts, csv_export.keys_of(files)


def export(session: Session, fmt: str, out_dir: Path | str,
           options: ExportOptions | None = None, *,
           progress: Progress | None = None) -> ExportResult:
    """Write the merged data as HL7 v2.5 (PAM FR), FHIR R4 or CSV into a new folder of
    `out_dir`, then record it. Side effects: the folder and its files; one `recovery_export`
    record and one audit entry `recovery.export`."""
    session.require(Permission.RECOVERY_EXPORT)
    options = options or ExportOptions()
    problems = []
    if fmt not in recovery_export.FORMATS:
        problems.append(("format", _("Unknown export format {fmt}: choose hl7, fhir or csv.",
                                     fmt=str(fmt)[:10])))
    if options.delimiter not in csv_export.DELIMITERS:
        problems.append(("delimiter", _("The CSV separator is ; or , (not {value}).",
                                        value=options.delimiter[:3])))
    if not 1 <= options.fhir_bundle_size <= 100_000:
        problems.append(("bundle_size", _("A FHIR bundle holds 1 to 100,000 patients.")))
    if problems:
        raise ValidationError(problems[0][1], problems)
    recovery_export.check_exportable(session, allow_conflicts=options.allow_conflicts)
    conflicts_open = recovery_export.open_conflicts(session)
    data = recovery_export.load(session, extra_tables=fmt == "csv")
    number = recovery_export.next_number(session)
    target = Path(out_dir).expanduser()
    folder = target / f"{data.station}-export-{number:04d}-{fmt}"
    tmp = target / f".{folder.name}.{os.getpid()}.tmp"
    if folder.exists():
        raise ValidationError(_("{folder} already exists: choose another output folder.",
                                folder=folder))
    now = clock.now_iso()
    try:
        tmp.mkdir(parents=True, exist_ok=False)
        sink = _Sink(tmp)
        first = last = ""
        if fmt == "hl7":
            counts, keys, first, last = _hl7(session, data, sink, number, options, now,
                                             progress)
        elif fmt == "fhir":
            counts, keys = _fhir(data, sink, options, now, progress)
        else:
            counts, keys = _csv(data, sink, options, progress)
        digest = recovery_export.digest_of(keys)
        manifest = {"station": data.station, "hospital": data.hospital, "number": number,
                    "format": fmt, "created_at": now, "created_by": session.username,
                    "counts": counts, "digest": digest, "first_control_id": first,
                    "last_control_id": last, "conflicts_open": conflicts_open,
                    "options": asdict(options), "files": list(sink.files)}
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False),
                                           encoding="utf-8")
        fsync_dir(tmp)
        tmp.rename(folder)
        fsync_dir(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            shutil.rmtree(tmp)
        raise LocationNotWritable(_("The export could not be written in {folder}: {reason}. "
                                    "Nothing was recorded.", folder=target,
                                    reason=exc.strerror or exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            shutil.rmtree(tmp)
        raise
    record = recovery_export.record_export(
        session, number=number, fmt=fmt, out_dir=str(folder), options=asdict(options),
        files=sink.files if len(sink.files) <= 200 else
        [{"name": f"{len(sink.files)} files", "sha256": _files_digest(sink.files)}],
        counts=counts, digest=digest, first_control_id=first, last_control_id=last,
        conflicts_open=conflicts_open)
    return ExportResult(record, folder, conflicts_open)


def _files_digest(files: list[dict[str, Any]]) -> str:
    digest = hashlib.sha256()
    for item in sorted(files, key=lambda f: f["name"]):
        digest.update(f"{item['name']}\t{item['sha256']}\n".encode())
    return digest.hexdigest()
