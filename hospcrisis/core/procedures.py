"""The library of degraded-mode procedures: shipped ones, and the hospital's own versions.

A procedure says *when* a unit switches to it (trigger), *what* must be done and who signs each
step off (checklist), which paper forms to print, and how to come back to normal. The format is
JSON, documented in `resources/procedures/README.md`; `parse_file` / `validate_procedure`
check it and list every problem at once.

Shipped procedures live in `resources/procedures/*.json` (read at first use). A hospital adds
its own procedures or new versions of shipped ones by importing a file or through the editor
(`save_procedure`); they are stored in the database with every version kept. As soon as a
hospital has its own version of a procedure, that version is the one used — a later update of
the application never silently replaces a text the hospital wrote.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from hospcrisis import i18n
from hospcrisis.core import text
from hospcrisis.core.security import Permission, Role
from hospcrisis.core.session import Session
from hospcrisis.core.units import UNIT_KINDS
from hospcrisis.errors import ConflictError, NotFound, ValidationError
from hospcrisis.i18n import N_, _
from hospcrisis.paths import resource
from hospcrisis.store import crisis as crisis_store
from hospcrisis.store.database import dumps

FORMAT = "hospcrisis.procedures"
FORMAT_VERSION = 1

# Paper forms a procedure may ask to print (the forms area renders them). Code → label.
FORM_NAMES: dict[str, str] = {
    "wristband": N_("Identification wristband"),
    "labels": N_("Patient labels"),
    "admission": N_("Admission sheet"),
    "packets": N_("Pre-printed downtime packets"),
    "mar": N_("Medication administration record"),
    "lab": N_("Laboratory request"),
    "imaging": N_("Imaging request"),
    "board": N_("Unit board"),
    "census": N_("Census"),
}

ALL_UNITS = "all"  # a scope of ["all"] applies to every kind of unit
LANGUAGES = ("fr", "en")
ORIGIN_SHIPPED = "shipped"
ORIGIN_IMPORT = "import"
ORIGIN_EDITOR = "editor"

PROCEDURE_ID_RE = re.compile(r"^[A-Z0-9][A-Z0-9._-]{1,39}$")
MAX_FILE_BYTES = 1_000_000  # a whole library is ~100 KB; anything near this is not a library
MAX_PROCEDURES_PER_FILE = 300
MAX_STEPS = 80
MAX_TITLE = 200
MAX_SUMMARY = 1000
MAX_TRIGGER = 2000
MAX_STEP_TEXT = 1000
MAX_PERFORMER = 100

PROCEDURE_FIELDS = ("id", "version", "title", "summary", "scope", "trigger", "steps", "forms",
                    "return_to_normal")
REQUIRED_FIELDS = ("id", "version", "title", "scope", "trigger", "steps", "forms",
                   "return_to_normal")
STEP_FIELDS = ("role", "text", "performer")
FILE_FIELDS = ("format", "format_version", "procedures")

# Roles that may be made responsible for a step (a viewer never signs anything).
STEP_ROLES = tuple(r.value for r in Role if r is not Role.VIEWER)

Localized = dict[str, str]


def localized(texts: Mapping[str, str], lang: str | None = None) -> str:
    """The text in `lang` (the current language by default), else in the other language."""
    wanted = lang or i18n.language()
    if texts.get(wanted):
        return texts[wanted]
    for other in LANGUAGES:
        if texts.get(other):
            return texts[other]
    return ""


@dataclass(frozen=True)
class Step:
    """One line of a checklist: `key` is "1", "2"… (checklist) or "R1", "R2"… (return)."""

    key: str
    phase: str  # "checklist" or "return"
    role: str
    text: Localized
    performer: Localized = field(default_factory=dict)

    def label(self, lang: str | None = None) -> str:
        return localized(self.text, lang)

    def performer_label(self, lang: str | None = None) -> str:
        return localized(self.performer, lang)

    @property
    def role_label(self) -> str:
        return Role(self.role).label

    def to_document(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"role": self.role, "text": dict(self.text)}
        if self.performer:
            doc["performer"] = dict(self.performer)
        return doc


@dataclass(frozen=True)
class Procedure:
    """One version of a degraded-mode procedure."""

    id: str
    version: int
    title: Localized
    scope: tuple[str, ...]
    trigger: Localized
    steps: tuple[Step, ...]
    forms: tuple[str, ...]
    return_steps: tuple[Step, ...]
    summary: Localized = field(default_factory=dict)
    origin: str = ORIGIN_SHIPPED
    saved_at: str | None = None
    saved_by: str | None = None

    def title_text(self, lang: str | None = None) -> str:
        return localized(self.title, lang)

    def trigger_text(self, lang: str | None = None) -> str:
        return localized(self.trigger, lang)

    def summary_text(self, lang: str | None = None) -> str:
        return localized(self.summary, lang)

    def applies_to(self, unit_kind: str) -> bool:
        """True when units of `unit_kind` are in this procedure's scope."""
        return ALL_UNITS in self.scope or unit_kind in self.scope

    def step(self, key: str) -> Step:
        """A step by key ("3", "R1"; case-insensitive); `NotFound` otherwise."""
        wanted = key.strip().upper()
        for item in (*self.steps, *self.return_steps):
            if item.key == wanted:
                return item
        raise NotFound(_("Procedure {id} has no step {step}.", id=self.id, step=key))

    @property
    def scope_labels(self) -> list[str]:
        if ALL_UNITS in self.scope:
            return [_("All units")]
        return [_(UNIT_KINDS[k]) for k in self.scope if k in UNIT_KINDS]

    @property
    def form_labels(self) -> list[str]:
        return [_(FORM_NAMES[f]) for f in self.forms if f in FORM_NAMES]

    def to_document(self) -> dict[str, Any]:
        """The procedure in the file format (what is stored and exported)."""
        doc: dict[str, Any] = {
            "id": self.id, "version": self.version, "title": dict(self.title),
            "scope": list(self.scope), "trigger": dict(self.trigger),
            "steps": [s.to_document() for s in self.steps], "forms": list(self.forms),
            "return_to_normal": [s.to_document() for s in self.return_steps],
        }
        if self.summary:
            doc["summary"] = dict(self.summary)
        return doc

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready view in one language (CLI `--json`, screens)."""
        def steps(items: Sequence[Step]) -> list[dict[str, Any]]:
            return [{"key": s.key, "role": s.role, "performer": s.performer_label(lang),
                     "text": s.label(lang)} for s in items]
        return {
            "id": self.id, "version": self.version, "origin": self.origin,
            "title": self.title_text(lang), "summary": self.summary_text(lang),
            "scope": list(self.scope), "trigger": self.trigger_text(lang),
            "steps": steps(self.steps), "forms": list(self.forms),
            "return_to_normal": steps(self.return_steps),
            "saved_at": self.saved_at, "saved_by": self.saved_by,
        }


# --- validation -----------------------------------------------------------------------------


class _Checker:
    """Walks a document and records every problem with where it is."""

    def __init__(self, problems: text.Problems) -> None:
        self.problems = problems

    def add(self, path: str, where: str, message: str) -> None:
        self.problems.add(path, _("{where}: {problem}", where=where, problem=message)
                          if where else message)

    def localized_text(self, value: Any, path: str, where: str, label: str, max_len: int,
                       required: bool) -> Localized:
        if value is None or value in ("", {}):
            if required:
                self.add(path, where, _("{field} is required.", field=label))
            return {}
        if isinstance(value, str):
            value = dict.fromkeys(LANGUAGES, value)
        if not isinstance(value, dict):
            self.add(path, where, _("{field} must be a text, or an object with \"fr\" and "
                                    "\"en\" texts.", field=label))
            return {}
        out: Localized = {}
        for lang, item in value.items():
            if lang not in LANGUAGES:
                self.add(f"{path}.{lang}", where,
                         _("{field}: unknown language “{lang}” (use fr or en).",
                           field=label, lang=str(lang)[:20]))
                continue
            if not isinstance(item, str):
                self.add(f"{path}.{lang}", where,
                         _("{field} ({lang}) must be a text.", field=label, lang=lang))
                continue
            local = text.Problems()
            cleaned = text.clean(item, field=f"{path}.{lang}", label=f"{label} ({lang})",
                                 max_len=max_len, multiline=True, problems=local)
            for item_path, message in local.items:
                self.add(item_path, where, message)
            if cleaned and not local:
                out[lang] = cleaned
        if required and not out and not any(p.startswith(path) for p, _m in
                                             self.problems.items):
            self.add(path, where, _("{field} is required.", field=label))
        return out

    def steps(self, value: Any, path: str, where: str, label: str, phase: str) -> list[Step]:
        if value is None:
            self.add(path, where, _("{field} is required.", field=label))
            return []
        if not isinstance(value, list):
            self.add(path, where, _("{field} must be a list.", field=label))
            return []
        if not value:
            self.add(path, where, _("{field} needs at least one step.", field=label))
        if len(value) > MAX_STEPS:
            self.add(path, where, _("{field}: {n} steps; at most {max}.", field=label,
                                    n=len(value), max=MAX_STEPS))
            value = value[:MAX_STEPS]
        out: list[Step] = []
        for index, item in enumerate(value, start=1):
            key = f"R{index}" if phase == "return" else str(index)
            step_path = f"{path}[{index - 1}]"
            step_where = _("{where}, {list} step {n}", where=where, list=label, n=index)
            if not isinstance(item, dict):
                self.add(step_path, step_where,
                         _("a step is an object with \"role\" and \"text\"."))
                continue
            for unknown in sorted(set(item) - set(STEP_FIELDS)):
                self.add(f"{step_path}.{unknown}", step_where,
                         _("unknown field “{name}”.", name=str(unknown)[:40]))
            role = item.get("role")
            if role is None or role == "":
                self.add(f"{step_path}.role", step_where,
                         _("{field} is required.", field=_("Responsible role")))
                role = ""
            elif not isinstance(role, str) or role not in STEP_ROLES:
                self.add(f"{step_path}.role", step_where,
                         _("unknown role “{role}” (roles: {roles}).", role=str(role)[:40],
                           roles=", ".join(STEP_ROLES)))
                role = ""
            step_text = self.localized_text(item.get("text"), f"{step_path}.text", step_where,
                                            _("Step text"), MAX_STEP_TEXT, True)
            performer = self.localized_text(item.get("performer"), f"{step_path}.performer",
                                            step_where, _("Performed by"), MAX_PERFORMER,
                                            False)
            out.append(Step(key, phase, role, step_text, performer))
        return out


def _check_procedure(data: Any, checker: _Checker, path: str, index: int | None,
                     origin: str) -> Procedure | None:
    where = _("procedure {n}", n=index + 1) if index is not None else _("procedure")
    if not isinstance(data, dict):
        checker.add(path, where, _("a procedure is a JSON object."))
        return None
    raw_id = data.get("id")
    if isinstance(raw_id, str) and raw_id.strip():
        where = (_("procedure {n} ({id})", n=index + 1, id=raw_id.strip()[:40])
                 if index is not None else _("procedure {id}", id=raw_id.strip()[:40]))
    before = len(checker.problems.items)
    for unknown in sorted(set(data) - set(PROCEDURE_FIELDS)):
        checker.add(f"{path}.{unknown}", where,
                    _("unknown field “{name}”.", name=str(unknown)[:40]))
    for name in REQUIRED_FIELDS:
        if name not in data:
            checker.add(f"{path}.{name}", where,
                        _("the field “{name}” is missing.", name=name))
    proc_id = ""
    if isinstance(raw_id, str) and PROCEDURE_ID_RE.match(raw_id.strip().upper()):
        proc_id = raw_id.strip().upper()
    elif "id" in data:
        checker.add(f"{path}.id", where,
                    _("the id is 2 to 40 letters, digits, dots, hyphens or underscores, "
                      "starting with a letter or digit (for example DM-ADMISSION)."))
    version = data.get("version")
    if "version" in data and (isinstance(version, bool) or not isinstance(version, int)
                              or not 1 <= version <= 100_000):
        checker.add(f"{path}.version", where,
                    _("the version is a whole number from 1 (1, 2, 3…)."))
        version = 0
    title = checker.localized_text(data.get("title"), f"{path}.title", where, _("Title"),
                                   MAX_TITLE, "title" in data)
    summary = checker.localized_text(data.get("summary"), f"{path}.summary", where,
                                     _("Summary"), MAX_SUMMARY, False)
    trigger = checker.localized_text(data.get("trigger"), f"{path}.trigger", where,
                                     _("Trigger"), MAX_TRIGGER, "trigger" in data)
    scope: list[str] = []
    raw_scope = data.get("scope")
    if "scope" in data:
        if not isinstance(raw_scope, list) or not raw_scope:
            checker.add(f"{path}.scope", where,
                        _("the scope is a non-empty list of unit kinds, or [\"all\"]."))
        else:
            for kind in raw_scope:
                if kind == ALL_UNITS or (isinstance(kind, str) and kind in UNIT_KINDS):
                    if kind not in scope:
                        scope.append(kind)
                else:
                    checker.add(f"{path}.scope", where,
                                _("unknown unit kind “{kind}” (kinds: {kinds}).",
                                  kind=str(kind)[:40],
                                  kinds=", ".join([ALL_UNITS, *UNIT_KINDS])))
    forms: list[str] = []
    raw_forms = data.get("forms")
    if "forms" in data:
        if not isinstance(raw_forms, list):
            checker.add(f"{path}.forms", where,
                        _("the forms are a list of form names (may be empty)."))
        else:
            for form in raw_forms:
                if isinstance(form, str) and form in FORM_NAMES:
                    if form not in forms:
                        forms.append(form)
                else:
                    checker.add(f"{path}.forms", where,
                                _("unknown form “{form}” (forms: {forms}).",
                                  form=str(form)[:40], forms=", ".join(FORM_NAMES)))
    steps = checker.steps(data.get("steps"), f"{path}.steps", where, _("checklist"),
                          "checklist") if "steps" in data else []
    returns = (checker.steps(data.get("return_to_normal"), f"{path}.return_to_normal", where,
                             _("return to normal"), "return")
               if "return_to_normal" in data else [])
    if len(checker.problems.items) > before:
        return None
    return Procedure(proc_id, int(version or 0), title, tuple(scope), trigger, tuple(steps),
                     tuple(forms), tuple(returns), summary, origin)


def validate_documents(data: Any, *, origin: str = ORIGIN_IMPORT) -> list[Procedure]:
    """Procedures from a decoded file (a library object, a list, or one procedure).

    Raises one `ValidationError` listing every problem (missing fields, unknown roles, unit
    kinds or forms, texts too long, duplicate ids). No side effect.
    """
    problems = text.Problems()
    checker = _Checker(problems)
    items: list[Any]
    prefix = "procedures"
    if isinstance(data, dict) and "procedures" in data:
        for unknown in sorted(set(data) - set(FILE_FIELDS)):
            checker.add(unknown, "", _("unknown field “{name}” in the file.",
                                       name=str(unknown)[:40]))
        if data.get("format", FORMAT) != FORMAT:
            checker.add("format", "", _("this is not a hospcrisis procedure file (format "
                                        "“{found}”, expected “{expected}”).",
                                        found=str(data.get("format"))[:40], expected=FORMAT))
        if data.get("format_version", FORMAT_VERSION) != FORMAT_VERSION:
            checker.add("format_version", "",
                        _("format version {found} is not supported (this program reads "
                          "version {expected}).", found=str(data.get("format_version"))[:10],
                          expected=FORMAT_VERSION))
        raw = data["procedures"]
        items = raw if isinstance(raw, list) else []
        if not isinstance(raw, list):
            checker.add("procedures", "", _("“procedures” must be a list."))
    elif isinstance(data, list):
        items = data
    elif isinstance(data, dict):
        items = [data]
    else:
        checker.add("procedures", "", _("the file holds neither a procedure nor a list of "
                                        "procedures."))
        items = []
    if not items and not problems:
        checker.add("procedures", "", _("the file holds no procedure."))
    if len(items) > MAX_PROCEDURES_PER_FILE:
        checker.add("procedures", "", _("{n} procedures in one file; at most {max}.",
                                        n=len(items), max=MAX_PROCEDURES_PER_FILE))
        items = items[:MAX_PROCEDURES_PER_FILE]
    single = isinstance(data, dict) and "procedures" not in data
    found: list[Procedure] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        path = "procedure" if single else f"{prefix}[{index}]"
        procedure = _check_procedure(item, checker, path, None if single else index, origin)
        raw_id = item.get("id") if isinstance(item, dict) else None
        if isinstance(raw_id, str) and raw_id.strip():
            key = raw_id.strip().upper()
            if key in seen:
                checker.add(f"{path}.id", _("procedure {n}", n=index + 1),
                            _("the id {id} is already used by procedure {first} of this file.",
                              id=key, first=seen[key] + 1))
            else:
                seen[key] = index
        if procedure is not None:
            found.append(procedure)
    problems.raise_if_any(_("The procedure file has {n} problem(s): nothing was saved.",
                            n=len(problems.items)))
    return found


def validate_procedure(data: Mapping[str, Any], *, origin: str = ORIGIN_EDITOR) -> Procedure:
    """One procedure as the editor hands it (same rules as a file). No side effect."""
    return validate_documents(dict(data), origin=origin)[0]


def _check_size(size: int, name: str | None = None) -> None:
    if size > MAX_FILE_BYTES:
        message = _("{name} is too large ({size} KB; at most {max} KB): nothing was saved.",
                    name=name or _("The procedure"), size=size // 1000,
                    max=MAX_FILE_BYTES // 1000)
        raise ValidationError(message, [("file", message)])


def parse_file(raw: bytes, *, name: str = "", origin: str = ORIGIN_IMPORT) -> list[Procedure]:
    """Procedures from the bytes of a JSON file; `ValidationError` listing every problem.

    Refuses files over `MAX_FILE_BYTES` before reading them. No side effect.
    """
    label = name or _("The file")
    _check_size(len(raw), label)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        message = _("{name} is not UTF-8 text: save it as UTF-8 and import it again.",
                    name=label)
        raise ValidationError(message, [("file", message)]) from exc
    except json.JSONDecodeError as exc:
        message = _("{name} is not valid JSON (line {line}, column {column}: {reason}).",
                    name=label, line=exc.lineno, column=exc.colno, reason=exc.msg)
        raise ValidationError(message, [("file", message)]) from exc
    return validate_documents(data, origin=origin)


# --- the library ----------------------------------------------------------------------------


def library_folder() -> Path:
    """Where the shipped procedures are (read-only)."""
    return resource("procedures")


@cache
def shipped_procedures() -> tuple[Procedure, ...]:
    """Procedures shipped with the application, by id (read once, cached).

    A shipped file that breaks the format is a bug of the release: it raises.
    """
    found: list[Procedure] = []
    for path in sorted(library_folder().glob("*.json")):
        found.extend(parse_file(path.read_bytes(), name=path.name, origin=ORIGIN_SHIPPED))
    return tuple(sorted(found, key=lambda p: p.id))


def _from_row(row: Mapping[str, Any]) -> Procedure:
    procedure = validate_documents(json.loads(row["document"]), origin=row["origin"])[0]
    return Procedure(procedure.id, procedure.version, procedure.title, procedure.scope,
                     procedure.trigger, procedure.steps, procedure.forms,
                     procedure.return_steps, procedure.summary, row["origin"],
                     row["created_at"], row["created_by"])


def procedure_from_document(document: str, origin: str = ORIGIN_SHIPPED) -> Procedure:
    """A procedure from its stored JSON (activation snapshots). No side effect."""
    return validate_documents(json.loads(document), origin=origin)[0]


def _current(session: Session) -> dict[str, Procedure]:
    current: dict[str, Procedure] = {p.id: p for p in shipped_procedures()}
    local: dict[str, Procedure] = {}
    for row in crisis_store.local_procedures(session.store):
        procedure = _from_row(row)
        local[procedure.id] = procedure  # rows come by version: the newest wins
    current.update(local)
    return current


def list_procedures(session: Session, *, unit_kind: str | None = None) -> list[Procedure]:
    """The procedure in force for each id, by id; optionally only those for a unit kind."""
    session.require(Permission.CRISIS_READ)
    found = sorted(_current(session).values(), key=lambda p: p.id)
    if unit_kind:
        found = [p for p in found if p.applies_to(unit_kind)]
    return found


def get_procedure(session: Session, procedure_id: str, version: int | None = None) -> Procedure:
    """The procedure in force (or one given version); `NotFound` with a message (read-only)."""
    session.require(Permission.CRISIS_READ)
    wanted = (procedure_id or "").strip().upper()
    if version is None:
        current = _current(session).get(wanted)
        if current is None:
            raise NotFound(_("There is no procedure {id}.", id=procedure_id))
        return current
    for candidate in procedure_versions(session, wanted):
        if candidate.version == version:
            return candidate
    raise NotFound(_("Procedure {id} has no version {version}.", id=procedure_id,
                     version=version))


def procedure_versions(session: Session, procedure_id: str) -> list[Procedure]:
    """Every known version of a procedure, shipped and local, oldest first (read-only)."""
    session.require(Permission.CRISIS_READ)
    wanted = (procedure_id or "").strip().upper()
    found = [p for p in shipped_procedures() if p.id == wanted]
    found += [_from_row(r) for r in crisis_store.local_procedure_versions(session.store, wanted)
              if r["voided_at"] is None]
    return sorted(found, key=lambda p: (p.version, p.origin != ORIGIN_SHIPPED))


def _newest_version(session: Session, procedure_id: str) -> int:
    """The highest version number known for an id, shipped or local, voided included."""
    versions = [p.version for p in shipped_procedures() if p.id == procedure_id]
    versions += [r["procedure_version"] for r in
                 crisis_store.local_procedure_versions(session.store, procedure_id)]
    return max(versions, default=0)


@dataclass
class ImportResult:
    """What an import did: versions saved, and versions already there (left as they were)."""

    saved: list[tuple[str, int]] = field(default_factory=list)
    unchanged: list[tuple[str, int]] = field(default_factory=list)


def import_procedures(session: Session, source: Path | bytes, *,
                      name: str | None = None) -> ImportResult:
    """Import a procedure file: each procedure becomes a new local version.

    Every procedure must carry a version above the newest known for its id; a procedure
    identical to a stored version is skipped, so importing the same file twice changes nothing.
    Any problem → `ValidationError` listing all of them and nothing saved. Otherwise one audited
    transaction for the whole file.
    """
    session.require(Permission.PROCEDURES_MANAGE)
    if isinstance(source, Path):
        label = name or source.name
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise NotFound(_("Cannot read {path}: {reason}", path=source,
                             reason=exc.strerror or exc)) from exc
        _check_size(size, label)
        raw = source.read_bytes()
    else:
        label = name or _("The file")
        raw = source
    procedures = parse_file(raw, name=label, origin=ORIGIN_IMPORT)
    result = ImportResult()
    problems = text.Problems()
    to_save: list[Procedure] = []
    for procedure in procedures:
        same = [p for p in procedure_versions(session, procedure.id)
                if p.version == procedure.version]
        if same and same[0].to_document() == procedure.to_document():
            result.unchanged.append((procedure.id, procedure.version))
            continue
        newest = _newest_version(session, procedure.id)
        if procedure.version <= newest:
            problems.add(f"{procedure.id}.version",
                         _("procedure {id}: version {version} is not newer than version "
                           "{newest} already known; give it version {next}.",
                           id=procedure.id, version=procedure.version, newest=newest,
                           next=newest + 1))
            continue
        to_save.append(procedure)
    problems.raise_if_any(_("The procedure file has {n} problem(s): nothing was saved.",
                            n=len(problems.items)))
    if not to_save:
        return result
    with session.store.transaction(session.actor, "crisis.procedures.import",
                                   "crisis_procedure") as tx:
        for procedure in to_save:
            crisis_store.insert_procedure(
                tx, procedure_id=procedure.id, version=procedure.version, origin=ORIGIN_IMPORT,
                source_name=label[:200], document=dumps(procedure.to_document()))
            result.saved.append((procedure.id, procedure.version))
        tx.note(file=label[:200], saved=[f"{i} v{v}" for i, v in result.saved])
    return result


def save_procedure(session: Session, data: Mapping[str, Any], *,
                   base_version: int | None) -> Procedure:
    """Save the editor's procedure as the next version of its id (one audited transaction).

    `base_version` is the version the editor started from (None for a new procedure); if
    someone saved another version meanwhile, `ConflictError`. The version in `data` is ignored:
    the saved version is the newest known + 1.
    """
    session.require(Permission.PROCEDURES_MANAGE)
    draft = dict(data)
    draft["version"] = 1  # validated separately from the number it will get
    procedure = validate_procedure(draft)
    newest = _newest_version(session, procedure.id)
    if base_version is None and newest:
        message = _("A procedure {id} already exists: open it to make a new version.",
                    id=procedure.id)
        raise ValidationError(message, [("id", message)])
    if base_version is not None and base_version != newest:
        raise ConflictError(_("Procedure {id} was saved as version {newest} since you opened "
                              "version {base}. Reopen it, then make your changes again.",
                              id=procedure.id, newest=newest, base=base_version))
    version = newest + 1
    document = {**procedure.to_document(), "version": version}
    with session.store.transaction(session.actor, "crisis.procedures.save",
                                   "crisis_procedure") as tx:
        row = crisis_store.insert_procedure(tx, procedure_id=procedure.id, version=version,
                                            origin=ORIGIN_EDITOR, source_name=None,
                                            document=dumps(document))
        tx.draft.entity_id = row["id"]
    return get_procedure(session, procedure.id, version)


def export_procedures(session: Session, procedure_ids: Sequence[str] = ()) -> bytes:
    """A library file (UTF-8 JSON) of the procedures in force, all or some ids (read-only).

    Edit it and import it back with a higher version to change a procedure.
    """
    session.require(Permission.CRISIS_READ)
    if procedure_ids:
        chosen = [get_procedure(session, pid) for pid in procedure_ids]
    else:
        chosen = list_procedures(session)
    data = {"format": FORMAT, "format_version": FORMAT_VERSION,
            "procedures": [p.to_document() for p in chosen]}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
