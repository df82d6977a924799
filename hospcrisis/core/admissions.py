"""Emergency admissions under provisional identities: registration, triage, movements, the ED
board, unit census, patient lookup and search.

The GUI (registration dialog, ED board, census screen), the CLI, the forms (wristbands, labels,
admission sheet) and the recovery export (HL7 PAM FR, FHIR) all go through these services.

* One user action = one transaction = one audit entry; nothing is erased: a movement entered by
  mistake is cancelled by a new movement (`cancelled`) that points to it, a re-triage is a new
  triage entry.
* Bad input raises one `ValidationError` listing every problem; nothing is written.
* Times are stored UTC; `arrival_at` is when the patient came (typed for a late entry),
  `entered_at` when it was typed.
* Opening a patient's record (`open_patient`) writes a `patient.open` audit entry: access to
  patient data is traced. Searching and the board are not audited (they show lists, not
  records); the GUI opens the record, which is.

Station settings (defaults in `DEFAULTS`): `admissions.ed_areas`, the ED zones of the board.
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from hospcrisis import clock
from hospcrisis.core import duplicates, identity, provisional_ids, text, triage, units
from hospcrisis.core.duplicates import DuplicateCandidate
from hospcrisis.core.identity import IdentityInput, Patient
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import NotFound, ValidationError
from hospcrisis.i18n import N_, _
from hospcrisis.store import admissions as store
from hospcrisis.store.database import Row, Transaction

SETTING_ED_AREAS = "admissions.ed_areas"
DEFAULTS: dict[str, Any] = {
    SETTING_ED_AREAS: ["reception", "waiting_room", "fast_track", "boxes", "resus",
                       "corridor", "uhcd"],
    **triage.DEFAULTS,
}

# ED zones known by code (a station may add its own labels in the setting).
ED_AREAS: dict[str, str] = {
    "reception": N_("Reception"),
    "waiting_room": N_("Waiting room"),
    "fast_track": N_("Fast track"),
    "boxes": N_("Examination boxes"),
    "resus": N_("Resuscitation room"),
    "corridor": N_("Corridor"),
    "uhcd": N_("Short-stay unit (UHCD)"),
}

# How the patient came (French ED summary "mode de transport").
ARRIVAL_MODES: dict[str, str] = {
    "personal": N_("Own means"),
    "ambulance": N_("Private ambulance"),
    "fire_brigade": N_("Fire brigade (VSAV)"),
    "smur": N_("Mobile emergency unit (SMUR)"),
    "police": N_("Police"),
    "helicopter": N_("Helicopter"),
    "other": N_("Other"),
}

STATUSES: dict[str, str] = {
    "arrived": N_("Arrived"),
    "triaged": N_("Triaged"),
    "seen": N_("Seen by a doctor"),
    "admitted": N_("Admitted"),
    "transferred": N_("Transferred out"),
    "discharged": N_("Discharged"),
    "left": N_("Left without being seen"),
    "deceased": N_("Deceased"),
    "cancelled": N_("Registration cancelled"),
}
ED_STATUSES = ("arrived", "triaged", "seen")
OPEN_STATUSES = store.OPEN_STATUSES
CLOSED_STATUSES = ("transferred", "discharged", "left", "deceased", "cancelled")


@dataclass(frozen=True)
class MovementKind:
    """A kind of movement: stable code, label, the statuses it may follow, the status it
    leads to (None: unchanged), and its IHE PAM FR event (the export maps it)."""

    code: str
    label_source: str
    from_statuses: tuple[str, ...]
    to_status: str | None
    hl7_event: str
    needs_unit: bool = False

    @property
    def label(self) -> str:
        return _(self.label_source)


# Stable codes: exports and the forms rely on them. Never rename one; add a new one.
MOVEMENT_KINDS: dict[str, MovementKind] = {
    "arrival": MovementKind("arrival", N_("Arrival"), (), "arrived", "A04"),
    "triaged": MovementKind("triaged", N_("Triaged"), ("arrived",), "triaged", "A08"),
    "seen": MovementKind("seen", N_("Seen by a doctor"), ("arrived", "triaged"), "seen",
                         "A08"),
    "admitted": MovementKind("admitted", N_("Admitted to a unit"), ED_STATUSES, "admitted",
                             "A01", needs_unit=True),
    "moved": MovementKind("moved", N_("Moved to another unit or bed"), ("admitted",),
                          None, "A02", needs_unit=True),
    "transferred_out": MovementKind("transferred_out", N_("Transferred to another hospital"),
                                    OPEN_STATUSES, "transferred", "A03"),
    "discharged": MovementKind("discharged", N_("Discharged"), OPEN_STATUSES, "discharged",
                               "A03"),
    "left": MovementKind("left", N_("Left without being seen"), ED_STATUSES, "left", "A03"),
    "deceased": MovementKind("deceased", N_("Deceased"), OPEN_STATUSES, "deceased", "A03"),
    "cancelled": MovementKind("cancelled", N_("Cancellation"), (), None, "A11"),
}
# HL7 event cancelling each kind (A11 cancel admit/visit, A12 cancel transfer, A13 cancel
# discharge); `A08` updates are cancelled by another update.
HL7_CANCEL_EVENTS: dict[str, str] = {
    "arrival": "A11", "admitted": "A11", "moved": "A12", "transferred_out": "A13",
    "discharged": "A13", "left": "A13", "deceased": "A13", "triaged": "A08", "seen": "A08",
}

MAX_FUTURE = timedelta(minutes=5)
MAX_LATE_ENTRY = timedelta(days=60)


# =============================================================================================
# Records


@dataclass(frozen=True)
class Admission:
    """One visit (encounter): from arrival to leaving the hospital."""

    id: str
    patient_id: str
    station: str
    arrival_at: str
    entered_at: str
    arrival_mode: str
    complaint: str
    area: str
    status: str
    status_at: str
    triage_scale: str | None
    triage_level: str | None
    triage_at: str | None
    mci_category: str | None
    seen_at: str | None
    unit_code: str | None
    bed: str | None
    bed_since: str | None
    closed_at: str | None
    destination: str
    origin: str
    created_by: str | None
    version: int

    @classmethod
    def from_row(cls, row: Row) -> Admission:
        get = row.get
        return cls(row["id"], row["patient_id"], row["station"], row["arrival_at"],
                   row["entered_at"], row["arrival_mode"], get("complaint") or "",
                   get("area") or "", row["status"], row["status_at"], get("triage_scale"),
                   get("triage_level"), get("triage_at"), get("mci_category"), get("seen_at"),
                   get("unit_code"), get("bed"), get("bed_since"), get("closed_at"),
                   get("destination") or "", get("origin") or "registration",
                   get("created_by"), row["version"])

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def status_label(self) -> str:
        return _(STATUSES.get(self.status, self.status))

    @property
    def arrival_mode_label(self) -> str:
        return _(ARRIVAL_MODES.get(self.arrival_mode, self.arrival_mode))

    @property
    def area_label(self) -> str:
        return area_label(self.area)

    @property
    def late_entry(self) -> bool:
        """True when typed more than 15 minutes after the arrival (paper written back)."""
        return clock.from_iso(self.entered_at) - clock.from_iso(self.arrival_at) > \
            timedelta(minutes=15)

    @property
    def triage_label(self) -> str:
        level = triage.level_of(self.triage_scale, self.triage_level)
        return level.label if level else ""

    @property
    def target_minutes(self) -> int | None:
        return triage.target_minutes(self.triage_scale, self.triage_level)


@dataclass(frozen=True)
class Movement:
    """One step of an admission, with who recorded it and when it happened (`at`)."""

    id: str
    admission_id: str
    patient_id: str
    kind: str
    at: str
    unit_code: str | None
    bed: str | None
    area: str
    destination: str
    cancels: str | None
    note: str
    created_at: str
    created_by: str | None
    cancelled_by: str | None = None

    @classmethod
    def from_row(cls, row: Row) -> Movement:
        get = row.get
        return cls(row["id"], row["admission_id"], row["patient_id"], row["kind"], row["at"],
                   get("unit_code"), get("bed"), get("area") or "", get("destination") or "",
                   get("cancels"), get("note") or "", row["created_at"], get("created_by"),
                   get("cancelled_by"))

    @property
    def kind_label(self) -> str:
        return MOVEMENT_KINDS[self.kind].label if self.kind in MOVEMENT_KINDS else self.kind

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_by is not None

    @property
    def hl7_event(self) -> str:
        return MOVEMENT_KINDS[self.kind].hl7_event


@dataclass(frozen=True)
class TriageEntry:
    """One triage (or re-triage) of an admission; entries are never changed."""

    id: str
    admission_id: str
    scale: str
    level: str | None
    mci_category: str | None
    at: str
    note: str
    created_at: str
    created_by: str | None

    @classmethod
    def from_row(cls, row: Row) -> TriageEntry:
        return cls(row["id"], row["admission_id"], row["scale"], row.get("level"),
                   row.get("mci_category"), row["at"], row.get("note") or "",
                   row["created_at"], row.get("created_by"))

    @property
    def level_label(self) -> str:
        level = triage.level_of(self.scale, self.level)
        return level.label if level else ""

    @property
    def target_minutes(self) -> int | None:
        return triage.target_minutes(self.scale, self.level)


@dataclass(frozen=True)
class AdmissionRecord:
    admission: Admission
    movements: tuple[Movement, ...]
    triage: tuple[TriageEntry, ...]


@dataclass(frozen=True)
class PatientRecord:
    """Everything about one patient, as the record screen shows it."""

    patient: Patient
    admissions: tuple[AdmissionRecord, ...]
    survivor: Patient | None
    merged: tuple[Patient, ...]
    merges: tuple[duplicates.MergeRecord, ...]


@dataclass(frozen=True)
class Registration:
    """What a save returns: the records, and possible duplicates to show (never blocking)."""

    patient: Patient
    admission: Admission
    duplicates: tuple[DuplicateCandidate, ...]


@dataclass(frozen=True)
class ArrivalInput:
    """The visit part of the registration dialog.

    `arrival_at`: an aware datetime, stored ISO text, or local text `DD/MM/YYYY HH:MM`,
    `YYYY-MM-DD HH:MM` or `HH:MM` (today); None = now. `provisional_id`: a pre-printed ID from a
    downtime packet (empty = the next ID of the station's sequence).
    """

    arrival_at: datetime | str | None = None
    arrival_mode: str = "personal"
    complaint: str = ""
    area: str = ""
    triage_level: str | None = None
    mci_category: str | None = None
    provisional_id: str = ""
    note: str = ""


def area_label(code: str) -> str:
    """Translated label of a known ED area; a station's own label as is."""
    return _(ED_AREAS[code]) if code in ED_AREAS else code


def ed_areas(session: Session) -> list[str]:
    """The station's ED areas (codes or labels), in board order (read-only)."""
    value = session.settings.get(SETTING_ED_AREAS)
    return list(value) if isinstance(value, list) and value else \
        list(DEFAULTS[SETTING_ED_AREAS])


def set_ed_areas(session: Session, areas: list[str]) -> None:
    """Set the station's ED areas (admin); one audited transaction."""
    session.require(Permission.SETTINGS_MANAGE)
    from hospcrisis.store import foundation

    problems = text.Problems()
    cleaned: list[str] = []
    for area in areas:
        value = text.clean(area, field="ed_areas", label=_("ED area"), max_len=40,
                           required=True, problems=problems)
        if value and value not in cleaned:
            cleaned.append(value)
    if not cleaned:
        problems.add("ed_areas", _("Give at least one ED area."))
    problems.raise_if_any()
    with session.store.transaction(session.actor, "admissions.ed_areas", "setting") as tx:
        foundation.put_setting(tx, SETTING_ED_AREAS, cleaned)
    session.reload_settings()


# =============================================================================================
# Checking input


_LOCAL_FORMATS = ("%d/%m/%Y %H:%M", "%d/%m/%Y %Hh%M", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M:%S",
                  "%Y-%m-%dT%H:%M")


def parse_time(value: datetime | str | None, *, field: str, label: str,
               problems: text.Problems, not_before: str | None = None) -> str:
    """Stored UTC text for a typed time (local wall-clock time unless it says its zone);
    refuses the future and entries older than 60 days. None → now."""
    now = clock.now()
    if value is None or (isinstance(value, str) and not value.strip()):
        return clock.to_iso(now)
    moment: datetime | None = None
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.astimezone()
    else:
        typed = value.strip()
        if re.fullmatch(r"\d{1,2}[:h]\d{2}", typed):
            hours, minutes = (int(p) for p in re.split("[:h]", typed))
            if hours < 24 and minutes < 60:
                moment = clock.local(now).replace(hour=hours, minute=minutes, second=0,
                                                  microsecond=0)
        else:
            try:
                parsed = datetime.fromisoformat(typed.replace("Z", "+00:00"))
                moment = parsed if parsed.tzinfo else parsed.astimezone()
            except ValueError:
                for fmt in _LOCAL_FORMATS:
                    try:
                        moment = datetime.strptime(typed, fmt).astimezone()
                        break
                    except ValueError:
                        continue
        if moment is None:
            problems.add(field, _("{field}: “{value}” is not a date and time; type it as "
                                  "DD/MM/YYYY HH:MM.", field=label, value=typed[:40]))
            return clock.to_iso(now)
    if moment > now + MAX_FUTURE:
        problems.add(field, _("{field} is in the future.", field=label))
    elif moment < now - MAX_LATE_ENTRY:
        problems.add(field, _("{field} is more than {days} days ago: check the date.",
                              field=label, days=MAX_LATE_ENTRY.days))
    iso = clock.to_iso(moment)
    if not_before and iso < not_before:
        problems.add(field, _("{field} cannot be earlier than the previous step ({time}).",
                              field=label, time=clock.local_text(not_before)))
    return iso


def _check_arrival(session: Session, arrival: ArrivalInput, problems: text.Problems
                   ) -> dict[str, Any]:
    out: dict[str, Any] = {}
    out["arrival_at"] = parse_time(arrival.arrival_at, field="arrival_at",
                                   label=_("Arrival time"), problems=problems)
    mode = text.choice(arrival.arrival_mode or "personal", ARRIVAL_MODES, field="arrival_mode",
                       label=_("Arrival mode"), problems=problems)
    out["arrival_mode"] = mode or "personal"
    out["complaint"] = text.clean(arrival.complaint, field="complaint", label=_("Complaint"),
                                  max_len=text.MEDIUM, multiline=True, problems=problems)
    area = text.clean(arrival.area, field="area", label=_("ED area"), max_len=40,
                      problems=problems)
    if area and area not in ed_areas(session) and area not in ED_AREAS:
        problems.add("area", _("Unknown ED area {area}.", area=area))
    out["area"] = area
    scale = triage.station_scale(session)
    level, category = triage.check_level(
        scale, arrival.triage_level, arrival.mci_category,
        mass_casualty=triage.mass_casualty_active(session), problems=problems)
    out["triage_scale"] = scale.code
    out["triage_level"] = level
    out["mci_category"] = category
    out["note"] = text.clean(arrival.note, field="note", label=_("Note"),
                             max_len=text.MEDIUM, multiline=True, problems=problems)
    typed_id = (arrival.provisional_id or "").strip()
    if typed_id:
        try:
            out["provisional_id"] = str(provisional_ids.parse(typed_id))
        except ValidationError as exc:
            problems.items.extend(exc.problems)
    return out


# =============================================================================================
# Indexes (search, duplicates) derived from a patient row


def search_document(row: dict[str, Any]) -> dict[str, str]:
    """The FTS row of a patient: folded names (also compacted, so `Le Gall` is found by
    `legall`), identifiers, and description/phone."""
    words: list[str] = []
    for key in ("birth_name", "used_name", "first_forename", "forenames"):
        value = row.get(key) or ""
        if not value:
            continue
        words.append(identity.fold_name(value))
        compact = identity.compact_name(value)
        if len(identity.name_words(value)) > 1:
            words.append(compact)
    ids = []
    for key in ("provisional_id", "ipp", "sinus_number"):
        value = row.get(key) or ""
        if value:
            ids.append(value)
            ids.append(re.sub(r"[^0-9A-Za-z]", "", value))
    other = " ".join(p for p in (identity.fold_name(row.get("description") or ""),
                                 re.sub(r"\D", "", row.get("phone") or "")) if p)
    return {"names": " ".join(words), "ids": " ".join(ids), "other": other}


# =============================================================================================
# Registration


def register_arrival(session: Session, patient: IdentityInput, arrival: ArrivalInput, *,
                     check_duplicates: bool = True) -> Registration:
    """Register a new patient and their arrival (the registration dialog's Save).

    Side effects, in one transaction with one audit entry (`patient.register`): a provisional ID
    (next of the station's sequence, or the pre-printed one typed, marked used), the patient,
    the admission, the arrival movement, and the triage entry (plus a `triaged` movement) when a
    level was given. Returns the records and ranked duplicate candidates, which never block.
    """
    session.require(Permission.PATIENT_WRITE)
    problems = text.Problems()
    row = identity.check_identity(patient, problems=problems)
    visit = _check_arrival(session, arrival, problems)
    problems.raise_if_any()
    candidates = duplicates.candidates_for(session.store, row) if check_duplicates else []
    with session.store.transaction(session.actor, "patient.register", "patient") as tx:
        patient_id = clock.uuid7()
        reservation: str | None = None
        if visit.get("provisional_id"):
            claim_problems = text.Problems()
            claimed = provisional_ids.claim(tx, session, visit["provisional_id"],
                                            claim_problems)
            claim_problems.raise_if_any()
            assert claimed is not None
            code, reservation = claimed
        else:
            code = provisional_ids.issue(tx, session.station)
        tx.draft.entity_id = patient_id
        full = {**row, "id": patient_id, "provisional_id": code, "origin": "registration"}
        stored = store.insert_patient(tx, full, search_document(full),
                                      duplicates.keys_for_row(full))
        provisional_ids.mark_used(tx, reservation, patient_id)
        admission = _open_admission(tx, patient_id, visit)
    return Registration(Patient.from_row(stored), Admission.from_row(admission),
                        tuple(candidates))


def register_return(session: Session, patient_id: str, arrival: ArrivalInput
                    ) -> Registration:
    """A new visit for a patient already known (same record, new admission). One transaction,
    one audit entry (`admission.create`). Refused while the patient has an open admission."""
    session.require(Permission.PATIENT_WRITE)
    problems = text.Problems()
    visit = _check_arrival(session, arrival, problems)
    if visit.get("provisional_id"):
        problems.add("provisional_id", _("This patient already has an ID; leave the packet "
                                         "ID empty."))
    problems.raise_if_any()
    row = _patient_row(session, patient_id)
    if row["merged_into"]:
        raise ValidationError(_("This record was merged into another one: register the visit "
                                "on the surviving record."))
    open_ones = [a for a in store.admissions_of(session.store, [patient_id])
                 if a["status"] in OPEN_STATUSES]
    if open_ones:
        raise ValidationError(_("This patient is still in the hospital (admission of {time}): "
                                "close that admission first.",
                                time=clock.local_text(open_ones[0]["arrival_at"])))
    with session.store.transaction(session.actor, "admission.create", "patient",
                                   patient_id) as tx:
        admission = _open_admission(tx, patient_id, visit)
    return Registration(Patient.from_row(row), Admission.from_row(admission), ())


def _open_admission(tx: Transaction, patient_id: str, visit: dict[str, Any]) -> Row:
    triaged = bool(visit["triage_level"] or visit["mci_category"])
    at = visit["arrival_at"]
    admission = store.insert_admission(tx, {
        "patient_id": patient_id, "arrival_at": at, "entered_at": tx.now,
        "arrival_mode": visit["arrival_mode"], "complaint": visit["complaint"],
        "area": visit["area"], "status": "triaged" if triaged else "arrived",
        "status_at": at,
        "triage_scale": visit["triage_scale"] if triaged else None,
        "triage_level": visit["triage_level"], "triage_at": at if triaged else None,
        "mci_category": visit["mci_category"], "origin": "registration",
    })
    store.insert_movement(tx, {"admission_id": admission["id"], "patient_id": patient_id,
                               "kind": "arrival", "at": at, "area": visit["area"],
                               "note": visit["note"]})
    if triaged:
        store.insert_triage(tx, {"admission_id": admission["id"],
                                 "scale": visit["triage_scale"],
                                 "level": visit["triage_level"],
                                 "mci_category": visit["mci_category"], "at": at})
        store.insert_movement(tx, {"admission_id": admission["id"], "patient_id": patient_id,
                                   "kind": "triaged", "at": at, "area": visit["area"]})
    return admission


def update_identity(session: Session, patient_id: str, patient: IdentityInput, *,
                    expected_version: int | None = None
                    ) -> tuple[Patient, tuple[DuplicateCandidate, ...]]:
    """Correct or complete a patient's identity (e.g. an unknown patient identified, a
    document checked → VALI). One transaction, one audit entry with before/after
    (`patient.update`); returns the patient and fresh duplicate candidates."""
    session.require(Permission.PATIENT_WRITE)
    current = _patient_row(session, patient_id)
    allowed: tuple[str, ...] = identity.REGISTRATION_STATUSES
    if current["identity_status"] not in allowed:
        allowed = (*allowed, current["identity_status"])
    row = identity.check_identity(patient, allowed_statuses=allowed)
    if current["merged_into"]:
        raise ValidationError(_("This record was merged into another one: correct the "
                                "surviving record."))
    new_full = {**current, **row}
    with session.store.transaction(session.actor, "patient.update", "patient",
                                   patient_id) as tx:
        stored = store.update_patient(
            tx, patient_id, row, expected_version=expected_version,
            search=search_document(new_full),
            old_keys=duplicates.keys_for_row(current),
            new_keys=duplicates.keys_for_row(new_full))
    candidates = duplicates.candidates_for(session.store, stored, exclude=[patient_id])
    return Patient.from_row(stored), tuple(candidates)


# =============================================================================================
# Triage and movements


def _patient_row(session: Session, patient_id: str) -> Row:
    row = store.get_patient(session.store, patient_id)
    if row is None:
        raise NotFound(_("There is no patient {id}.", id=patient_id))
    return row


def _admission_row(session: Session, admission_id: str) -> Row:
    row = store.get_admission(session.store, admission_id)
    if row is None:
        raise NotFound(_("There is no admission {id}.", id=admission_id))
    return row


def record_triage(session: Session, admission_id: str, level: str | None, *,
                  mci_category: str | None = None, at: datetime | str | None = None,
                  note: str = "", expected_version: int | None = None) -> TriageEntry:
    """Triage or re-triage (a new entry each time; history kept) with the station's scale.

    Side effects, one transaction, one audit entry (`admission.triage`): the triage entry, the
    admission's current triage, and a `triaged` movement the first time.
    """
    session.require(Permission.PATIENT_WRITE)
    current = _admission_row(session, admission_id)
    problems = text.Problems()
    scale = triage.station_scale(session)
    code, category = triage.check_level(scale, level, mci_category,
                                        mass_casualty=triage.mass_casualty_active(session),
                                        problems=problems, required=True)
    when = parse_time(at, field="at", label=_("Triage time"), problems=problems,
                      not_before=current["arrival_at"])
    why = text.clean(note, field="note", label=_("Note"), max_len=text.MEDIUM,
                     multiline=True, problems=problems)
    if current["status"] not in OPEN_STATUSES:
        problems.add("status", _("This admission is closed ({status}): it cannot be "
                                 "triaged.", status=_(STATUSES[current["status"]])))
    problems.raise_if_any()
    with session.store.transaction(session.actor, "admission.triage", "admission",
                                   admission_id) as tx:
        entry = store.insert_triage(tx, {"admission_id": admission_id, "scale": scale.code,
                                         "level": code, "mci_category": category, "at": when,
                                         "note": why})
        changes: dict[str, Any] = {"triage_scale": scale.code, "triage_level": code,
                                   "triage_at": when, "mci_category": category}
        if current["status"] == "arrived":
            store.insert_movement(tx, {"admission_id": admission_id,
                                       "patient_id": current["patient_id"], "kind": "triaged",
                                       "at": when, "area": current["area"]})
            changes.update(status="triaged", status_at=when)
        store.update_admission(tx, admission_id, changes, expected_version=expected_version)
    return TriageEntry.from_row(entry)


def record_movement(session: Session, admission_id: str, kind: str, *,
                    at: datetime | str | None = None, unit_code: str | None = None,
                    bed: str | None = None, destination: str = "", note: str = "",
                    expected_version: int | None = None) -> Movement:
    """Record one step: `seen`, `admitted` (unit, optional bed), `moved` (unit/bed change),
    `transferred_out` (destination), `discharged`, `left` (without being seen), `deceased`.

    Side effects, one transaction, one audit entry (`admission.<kind>`): the movement and the
    admission's current state. A bed already taken is refused.
    """
    session.require(Permission.PATIENT_WRITE)
    if kind not in MOVEMENT_KINDS or kind in ("arrival", "triaged", "cancelled"):
        raise ValidationError(_("Unknown movement {kind}.", kind=str(kind)[:30]))
    spec = MOVEMENT_KINDS[kind]
    current = _admission_row(session, admission_id)
    problems = text.Problems()
    if current["status"] not in spec.from_statuses:
        problems.add("status", _("“{movement}” is not possible for an admission that is "
                                 "{status}.", movement=spec.label,
                                 status=_(STATUSES[current["status"]]).lower()))
    when = parse_time(at, field="at", label=_("Time"), problems=problems,
                      not_before=current["status_at"])
    clean_note = text.clean(note, field="note", label=_("Note"), max_len=text.MEDIUM,
                            multiline=True, problems=problems)
    where = text.clean(destination, field="destination", label=_("Destination"),
                       max_len=text.SHORT, problems=problems,
                       required=kind == "transferred_out")
    unit: units.Unit | None = None
    bed_label = (bed or "").strip() or None
    if spec.needs_unit:
        if not unit_code:
            problems.add("unit_code", _("Choose the unit."))
        else:
            try:
                unit = units.require_bed(session.store, unit_code, bed_label)
            except (ValidationError, NotFound) as exc:
                problems.items.extend(getattr(exc, "problems", []) or [("unit_code", str(exc))])
        if unit is not None and kind == "moved" and unit.code == current["unit_code"] and \
                bed_label == current["bed"]:
            problems.add("bed", _("The patient is already in this unit and bed."))
    problems.raise_if_any()
    with session.store.transaction(session.actor, f"admission.{kind}", "admission",
                                   admission_id) as tx:
        if unit is not None and bed_label:
            occupant = store.bed_occupant(tx.store, unit.code, bed_label)
            if occupant is not None and occupant["id"] != admission_id:
                message = _("Bed {bed} of {unit} is taken by another patient: free it first.",
                            bed=bed_label, unit=unit.code)
                raise ValidationError(message, [("bed", message)])
        movement = store.insert_movement(tx, {
            "admission_id": admission_id, "patient_id": current["patient_id"], "kind": kind,
            "at": when, "unit_code": unit.code if unit else None, "bed": bed_label,
            "area": current["area"], "destination": where, "note": clean_note})
        state = _apply(_state_of(current), movement)
        store.update_admission(tx, admission_id, _changes(current, state),
                               expected_version=expected_version)
    return Movement.from_row(movement)


def mark_seen(session: Session, admission_id: str, at: datetime | str | None = None
              ) -> Movement:
    """First medical contact (stops the triage clock)."""
    return record_movement(session, admission_id, "seen", at=at)


def admit_to_unit(session: Session, admission_id: str, unit_code: str, bed: str | None = None,
                  at: datetime | str | None = None) -> Movement:
    """Admit an ED patient to a unit (and bed)."""
    return record_movement(session, admission_id, "admitted", at=at, unit_code=unit_code,
                           bed=bed)


def move_patient(session: Session, admission_id: str, unit_code: str, bed: str | None = None,
                 at: datetime | str | None = None) -> Movement:
    """Move an admitted patient to another unit and/or bed."""
    return record_movement(session, admission_id, "moved", at=at, unit_code=unit_code,
                           bed=bed)


def cancel_movement(session: Session, movement_id: str, reason: str) -> Movement:
    """Cancel the latest step of an admission entered by mistake: a `cancelled` movement points
    to it and the admission returns to its previous state (cancelling the arrival cancels the
    registration). History is never erased. One transaction, one audit entry
    (`admission.cancel`)."""
    session.require(Permission.PATIENT_WRITE)
    why = text.clean(reason, field="reason", label=_("Reason"), max_len=text.MEDIUM,
                     required=True)
    target = store.get_movement(session.store, movement_id)
    if target is None:
        raise NotFound(_("There is no movement {id}.", id=movement_id))
    if target["kind"] == "cancelled":
        raise ValidationError(_("A cancellation cannot be cancelled: record the step again."))
    if target["cancelled_by"]:
        raise ValidationError(_("This step was already cancelled."))
    admission = _admission_row(session, target["admission_id"])
    history = store.movements_of(session.store, [admission["id"]])
    effective = [m for m in history if m["kind"] != "cancelled" and not m["cancelled_by"]]
    if not effective or effective[-1]["id"] != movement_id:
        raise ValidationError(_("Only the latest step can be cancelled: cancel the later "
                                "steps first."))
    with session.store.transaction(session.actor, "admission.cancel", "admission",
                                   admission["id"]) as tx:
        movement = store.insert_movement(tx, {
            "admission_id": admission["id"], "patient_id": admission["patient_id"],
            "kind": "cancelled", "at": tx.now, "cancels": movement_id,
            "area": admission["area"], "note": why})
        state: dict[str, Any] = {}
        for step in effective[:-1]:
            state = _apply(state, step)
        if not state:
            state = {"status": "cancelled", "status_at": tx.now, "closed_at": tx.now,
                     "unit_code": None, "bed": None, "bed_since": None, "seen_at": None,
                     "destination": ""}
        store.update_admission(tx, admission["id"], _changes(admission, state))
    return Movement.from_row(movement)


def set_area(session: Session, admission_id: str, area: str) -> Admission:
    """Place an ED patient in another area (waiting room, box…); one audited transaction."""
    session.require(Permission.PATIENT_WRITE)
    current = _admission_row(session, admission_id)
    value = text.clean(area, field="area", label=_("ED area"), max_len=40)
    if value and value not in ed_areas(session) and value not in ED_AREAS:
        raise ValidationError(_("Unknown ED area {area}.", area=value))
    with session.store.transaction(session.actor, "admission.area", "admission",
                                   admission_id) as tx:
        row = store.update_admission(tx, admission_id, {"area": value},
                                     expected_version=current["version"])
    return Admission.from_row(row)


_STATE_KEYS = ("status", "status_at", "seen_at", "unit_code", "bed", "bed_since",
               "closed_at", "destination")


def _state_of(row: Row) -> dict[str, Any]:
    return {k: row[k] for k in _STATE_KEYS}


def _apply(state: dict[str, Any], movement: Row) -> dict[str, Any]:
    """The admission state after one (effective) movement."""
    kind = movement["kind"]
    at = movement["at"]
    new = dict(state) if state else {"status": "arrived", "status_at": at, "seen_at": None,
                                     "unit_code": None, "bed": None, "bed_since": None,
                                     "closed_at": None, "destination": ""}
    spec = MOVEMENT_KINDS[kind]
    if spec.to_status:
        new["status"] = spec.to_status
    new["status_at"] = at
    if kind == "seen":
        new["seen_at"] = at
    if kind in ("admitted", "moved"):
        new["unit_code"] = movement["unit_code"]
        new["bed"] = movement["bed"]
        new["bed_since"] = at
    if kind in ("transferred_out", "discharged", "left", "deceased"):
        new["closed_at"] = at
        new["destination"] = movement["destination"]
    return new


def _changes(current: Row, state: dict[str, Any]) -> dict[str, Any]:
    return {k: state.get(k) if k != "destination" else (state.get(k) or "")
            for k in _STATE_KEYS if current.get(k) != state.get(k)}


# =============================================================================================
# Reading: records, lookup, search


def get_patient(session: Session, patient_id: str) -> Patient:
    """One patient's identity (read-only, not audited: for services such as printing, which
    audit their own action)."""
    session.require(Permission.PATIENT_READ)
    return Patient.from_row(_patient_row(session, patient_id))


def get_admission(session: Session, admission_id: str) -> Admission:
    """One admission (read-only)."""
    session.require(Permission.PATIENT_READ)
    return Admission.from_row(_admission_row(session, admission_id))


def latest_admission(session: Session, patient_id: str) -> Admission | None:
    """The patient's most recent admission, or None (read-only, not audited: printing audits
    its own action)."""
    session.require(Permission.PATIENT_READ)
    rows = store.admissions_of(session.store, [patient_id])
    return Admission.from_row(rows[0]) if rows else None


def open_patient(session: Session, patient_id: str) -> PatientRecord:
    """A patient's whole record: identity, admissions with their movements and triage, merges.

    Side effect: one audit entry `patient.open` (access to patient data is traced).
    """
    session.require(Permission.PATIENT_READ)
    row = _patient_row(session, patient_id)
    with session.store.transaction(session.actor, "patient.open", "patient",
                                   patient_id) as tx:
        tx.note(provisional_id=row["provisional_id"], ipp=row["ipp"])
    return _record(session, row)


def _record(session: Session, row: Row) -> PatientRecord:
    st = session.store
    admissions = store.admissions_of(st, [row["id"]])
    ids = [a["id"] for a in admissions]
    moves: dict[str, list[Movement]] = {i: [] for i in ids}
    for m in store.movements_of(st, ids):
        moves[m["admission_id"]].append(Movement.from_row(m))
    triages: dict[str, list[TriageEntry]] = {i: [] for i in ids}
    for t in store.triage_of(st, ids):
        triages[t["admission_id"]].append(TriageEntry.from_row(t))
    records = tuple(AdmissionRecord(Admission.from_row(a), tuple(moves[a["id"]]),
                                    tuple(triages[a["id"]])) for a in admissions)
    survivor = duplicates.survivor_of(session, row["id"]) if row["merged_into"] else None
    merged = tuple(Patient.from_row(r) for r in
                   store.get_patients(st, store.merged_into_ids(st, row["id"])))
    merges = tuple(duplicates.MergeRecord.from_row(m) for m in store.merges_of(st, row["id"]))
    return PatientRecord(Patient.from_row(row), records, survivor, merged, merges)


def find_by_id(session: Session, typed: str) -> Patient:
    """The patient with a scanned or typed provisional ID (or IPP). A wrong check character
    raises `ValidationError`; an unknown ID `NotFound`. Read-only: the caller then opens the
    record (`open_patient`), which is audited."""
    session.require(Permission.PATIENT_READ)
    value = (typed or "").strip()
    if provisional_ids.looks_like_id(value):
        code = str(provisional_ids.parse(value))
        row = store.find_patient_by_provisional_id(session.store, code)
        if row is None:
            raise NotFound(_("No patient has the ID {id} on this station.", id=code))
        return Patient.from_row(row)
    row = store.find_patient_by_ipp(session.store, value) if value else None
    if row is None:
        raise NotFound(_("No patient has the ID {id} on this station.", id=value[:40]))
    return Patient.from_row(row)


@dataclass(frozen=True)
class SearchHit:
    """A patient found by the search box, with where their latest admission stands."""

    patient: Patient
    status: str | None
    unit_code: str | None
    bed: str | None

    @property
    def status_label(self) -> str:
        return _(STATUSES[self.status]) if self.status in STATUSES else ""


MAX_SEARCH_WORDS = 6


def search(session: Session, typed: str, limit: int = 50) -> list[SearchHit]:
    """Patients whose name starts with, or any forename starts with, or ID contains the typed
    words (accents and case ignored), newest first, at most `limit`. Read-only, not audited.
    A full provisional ID with a wrong check character raises `ValidationError`."""
    session.require(Permission.PATIENT_READ)
    value = (typed or "").strip()
    if not value:
        return []
    if provisional_ids.looks_like_id(value):
        try:
            patient = find_by_id(session, value)
        except NotFound:
            return []
        return [_hit(patient, store.last_admission_summary(session.store, patient.id))]
    words = identity.name_words(value)[:MAX_SEARCH_WORDS]
    if not words:
        return []
    match = " AND ".join(f'"{w}"*' for w in words)
    rows = store.search_patients(session.store, match, max(1, min(int(limit), 500)))
    return [_hit(Patient.from_row(r), r.get("last_admission")) for r in rows]


def _hit(patient: Patient, summary: str | None) -> SearchHit:
    if not summary:
        return SearchHit(patient, None, None, None)
    status, unit, bed = [*summary.split("|"), "", ""][:3]
    return SearchHit(patient, status or None, unit or None, bed or None)


# =============================================================================================
# ED board


class BoardRow(NamedTuple):
    """One line of the ED board. A named tuple, not a dataclass: the board builds 100,000 of
    them in a fraction of a second. Display text (name, age) is computed on access."""

    admission_id: str
    patient_id: str
    arrival_at: str
    status: str
    status_at: str
    triage_scale: str | None
    triage_level: str | None
    mci_category: str | None
    area: str
    complaint: str
    seen_at: str | None
    unit_code: str | None
    bed: str | None
    arrival_mode: str
    provisional_id: str | None
    ipp: str | None
    birth_name: str
    used_name: str
    first_forename: str
    sex: str
    birth_date: str | None
    birth_date_precision: str
    estimated_age_min: int | None
    estimated_age_max: int | None
    unknown: int
    identity_status: str
    merged_into: str | None
    sinus_number: str
    waiting_minutes: int
    target_minutes: int | None
    triage_rank: int
    overdue: bool

    @property
    def name(self) -> str:
        return identity.display_name(self.birth_name, self.used_name, self.first_forename,
                                     bool(self.unknown), self.sex, self.age_text)

    @property
    def age_text(self) -> str:
        return identity.age_text(self.birth_date, self.birth_date_precision,
                                 self.estimated_age_min, self.estimated_age_max)

    @property
    def identifier(self) -> str:
        return self.provisional_id or self.ipp or ""

    @property
    def triage_label(self) -> str:
        level = triage.level_of(self.triage_scale, self.triage_level)
        return level.label if level else ""

    @property
    def overdue_minutes(self) -> int:
        """How far past the triage target (0 when not overdue)."""
        if not self.overdue or self.target_minutes is None:
            return 0
        return self.waiting_minutes - self.target_minutes


_STATUS = BoardRow._fields.index("status")
_LEVEL = BoardRow._fields.index("triage_level")
_AREA = BoardRow._fields.index("area")
_OVERDUE = BoardRow._fields.index("overdue")

SORT_KEYS: dict[str, Callable[[BoardRow], Any]] = {
    "waiting": operator.attrgetter("arrival_at"),
    "arrival": operator.attrgetter("arrival_at"),
    "triage": operator.attrgetter("triage_rank", "arrival_at"),
    "name": lambda r: (r.birth_name.casefold(), r.first_forename.casefold()),
    "status": operator.attrgetter("status", "arrival_at"),
    "area": operator.attrgetter("area", "arrival_at"),
    "overdue": lambda r: (not r.overdue, -(r.waiting_minutes - (r.target_minutes or 0)),
                          r.arrival_at),
    "id": lambda r: r.provisional_id or r.ipp or "",
}


@dataclass(frozen=True)
class BoardSnapshot:
    """The ED board loaded once (every minute): filter and sort it in memory, no new query.

    `counts` holds, per triage level of the station's scale (and `untriaged`), how many rows
    there are; `mci_counts` the same per mass-casualty category.
    """

    rows: tuple[BoardRow, ...]
    loaded_at: str
    scale: str
    counts: dict[str, int]
    mci_counts: dict[str, int]

    def view(self, *, statuses: Collection[str] | None = None,
             levels: Collection[str] | None = None, areas: Collection[str] | None = None,
             overdue_only: bool = False, sort: str = "waiting",
             descending: bool = False) -> list[BoardRow]:
        """Rows matching the filters (None = all), sorted. `levels` may hold `untriaged`.
        Read-only, pure Python."""
        wanted_s = set(statuses) if statuses is not None else None
        wanted_l: set[str | None] | None = set(levels) if levels is not None else None
        wanted_a = set(areas) if areas is not None else None
        rows: list[BoardRow] | tuple[BoardRow, ...] = self.rows
        if wanted_s is not None or wanted_l is not None or wanted_a is not None or \
                overdue_only:
            if wanted_l is not None and "untriaged" in wanted_l:
                wanted_l.add(None)
            # one pass, tuple indexes (100,000 rows: attribute lookups would double the time)
            rows = [r for r in rows
                    if (wanted_s is None or r[_STATUS] in wanted_s)
                    and (wanted_l is None or r[_LEVEL] in wanted_l)
                    and (wanted_a is None or r[_AREA] in wanted_a)
                    and (not overdue_only or r[_OVERDUE])]
        key = SORT_KEYS.get(sort)
        if key is None:
            raise ValidationError(_("Unknown sort order {sort}.", sort=sort))
        return sorted(rows, key=key, reverse=descending)


def load_board(session: Session, *, statuses: Collection[str] | None = ED_STATUSES
               ) -> BoardSnapshot:
    """The ED board: admissions in `statuses` (default: still in the ED; None = all) with
    waiting time since arrival, triage target and an overdue flag (not yet seen and waiting
    longer than the target). Merged patients show their surviving identity. Read-only."""
    session.require(Permission.PATIENT_READ)
    now_iso = clock.now_iso()
    raw = store.board_rows(session.store, list(statuses) if statuses is not None else None,
                           now_iso)
    targets = triage.TARGETS
    ranks = triage.RANKS
    waiting_statuses = {"arrived", "triaged"}
    rows: list[BoardRow] = []
    append = rows.append
    untriaged_rank = triage.UNTRIAGED_RANK
    make = BoardRow._make
    for r in raw:
        key = (r[5], r[6])
        target = targets.get(key)
        waited = r[28]
        append(make((*r, target, ranks.get(key, untriaged_rank),
                     target is not None and r[3] in waiting_statuses and waited > target)))
    if any(row.merged_into for row in rows):
        rows = _with_survivors(session, rows)
    scale = triage.station_scale(session).code
    level_counts: Counter[str] = Counter()
    mci_counts: Counter[str] = Counter()
    for row in rows:
        if row.triage_level is None:
            level_counts["untriaged"] += 1
        elif row.triage_scale == scale:
            level_counts[row.triage_level] += 1
        else:
            level_counts[f"{row.triage_scale}:{row.triage_level}"] += 1
        if row.mci_category:
            mci_counts[row.mci_category] += 1
    return BoardSnapshot(tuple(rows), now_iso, scale, dict(level_counts), dict(mci_counts))


_IDENTITY_FIELDS = ("provisional_id", "ipp", "birth_name", "used_name", "first_forename",
                    "sex", "birth_date", "birth_date_precision", "estimated_age_min",
                    "estimated_age_max", "unknown", "identity_status", "sinus_number")


def _with_survivors(session: Session, rows: list[BoardRow]) -> list[BoardRow]:
    survivors: dict[str, Patient] = {}
    out = []
    for row in rows:
        if not row.merged_into:
            out.append(row)
            continue
        if row.patient_id not in survivors:
            survivors[row.patient_id] = duplicates.survivor_of(session, row.patient_id)
        alive = survivors[row.patient_id]
        values = {f: getattr(alive, f) for f in _IDENTITY_FIELDS}
        values["unknown"] = int(alive.unknown)
        out.append(row._replace(**values))
    return out


# =============================================================================================
# Unit census


@dataclass(frozen=True)
class CensusEntry:
    """A patient in a unit: since when in this bed."""

    admission_id: str
    patient: Patient
    bed: str | None
    since: str
    arrival_at: str
    complaint: str


@dataclass(frozen=True)
class CensusBed:
    bed: str
    occupant: CensusEntry | None


@dataclass(frozen=True)
class UnitCensus:
    """Who is in which bed of a unit, free beds, and patients waiting for a bed."""

    unit: units.Unit
    beds: tuple[CensusBed, ...]
    without_bed: tuple[CensusEntry, ...]

    @property
    def occupied(self) -> int:
        return sum(1 for b in self.beds if b.occupant) + len(self.without_bed)

    @property
    def free(self) -> int:
        return sum(1 for b in self.beds if b.occupant is None)


def unit_census(session: Session, unit_code: str) -> UnitCensus:
    """The census of one unit (read-only)."""
    session.require(Permission.PATIENT_READ)
    unit = units.get_unit(session.store, unit_code)
    by_bed: dict[str, CensusEntry] = {}
    loose: list[CensusEntry] = []
    for row in store.unit_admissions(session.store, unit.code):
        entry = CensusEntry(row["admission_id"], Patient.from_row(row), row["bed"],
                            row["bed_since"] or row["status_at"], row["arrival_at"],
                            row["complaint"])
        if row["bed"] and row["bed"] in unit.beds and row["bed"] not in by_bed:
            by_bed[row["bed"]] = entry
        else:
            loose.append(entry)
    beds = tuple(CensusBed(b, by_bed.get(b)) for b in unit.beds)
    return UnitCensus(unit, beds, tuple(loose))


def occupancy(session: Session) -> dict[str, int]:
    """Admitted patients per unit code (read-only; situation reports)."""
    session.require(Permission.PATIENT_READ)
    return store.occupancy_by_unit(session.store)


# =============================================================================================
# For the recovery export and the forms


def all_patients(session: Session) -> Iterator[Patient]:
    """Every patient, oldest first, streamed (read-only)."""
    session.require(Permission.PATIENT_READ)
    for row in store.iter_patients(session.store):
        yield Patient.from_row(row)


def all_admissions(session: Session) -> Iterator[Admission]:
    """Every admission in creation order, streamed (read-only)."""
    session.require(Permission.PATIENT_READ)
    for row in store.iter_table(session.store, "admission"):
        yield Admission.from_row(row)


def all_movements(session: Session) -> Iterator[Movement]:
    """Every movement in the order recorded (cancellations point to what they cancel)."""
    session.require(Permission.PATIENT_READ)
    for row in store.iter_table(session.store, "movement"):
        yield Movement.from_row({**row, "cancelled_by": None})


def all_triage(session: Session) -> Iterator[TriageEntry]:
    """Every triage entry in the order recorded (read-only)."""
    session.require(Permission.PATIENT_READ)
    for row in store.iter_table(session.store, "triage"):
        yield TriageEntry.from_row(row)


def counts(session: Session) -> dict[str, int]:
    """Records per admissions table (read-only; recovery proofs, demo summary)."""
    session.require(Permission.PATIENT_READ)
    return store.counts(session.store)


def rebuild_indexes(session: Session) -> int:
    """Rebuild the search index and the duplicate blocking keys from the patient records
    (after an upgrade of the key rules). One audited transaction; returns the patients
    indexed."""
    session.require(Permission.SETTINGS_MANAGE)
    search_rows: list[tuple[int, str, str, str, str]] = []
    block_rows: list[tuple[str, str]] = []
    rowids: list[tuple[int, str]] = []
    for n, row in enumerate(store.iter_patients(session.store), 1):
        doc = search_document(row)
        search_rows.append((n, row["id"], doc["names"], doc["ids"], doc["other"]))
        rowids.append((n, row["id"]))
        block_rows.extend((k, row["id"]) for k in duplicates.keys_for_row(row))
    with session.store.transaction(session.actor, "admissions.rebuild_indexes") as tx:
        store.rebuild_search_and_blocks(tx, search_rows, block_rows, rowids)
        tx.note(patients=len(rowids))
    return len(rowids)
