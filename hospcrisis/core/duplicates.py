"""Identitovigilance: finding patients registered twice, and the audited merge / unmerge.

Never automatic. At every save the registration returns ranked *candidates*; on demand the whole
database is scanned for candidate *pairs*. A user who confirms "same patient" merges them: the
merged record stays intact with `merged_into` pointing to the survivor (exports carry it: HL7
A40, FHIR `Patient.link`), and an unmerge restores both exactly.

How candidates are found (fast over 200,000 patients): every patient has a few *blocking keys*
stored in `patient_block`; a new identity's keys select the few patients sharing one, and only
those are scored. Keys and scores work on folded, compacted names (accents NFC or NFD, ' or ’,
hyphen or space, case, ligatures all vanish), take names in both orders (swapped first and last
names), compare birth and used names crosswise (a married name typed as birth name), and treat
day and month of birth as an unordered pair (day/month swapped):

* `n:` the two names (name, first forename) in sorted order;
* `y:` year of birth + first three letters of both names, sorted (typos further in);
* `d:` year + {day, month} (names mistyped beyond recognition, same birth date);
* `s:` the SINUS victim number.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz.fuzz import ratio

from hospcrisis import clock
from hospcrisis.core import text
from hospcrisis.core.identity import Patient, compact_name
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import NotFound, ValidationError
from hospcrisis.i18n import N_, _
from hospcrisis.store import admissions as store
from hospcrisis.store.database import Store

# A pair scoring at least this (0–100) is shown as a candidate.
THRESHOLD = 75
# Blocks larger than this (a very common name) are scored against the new identity only.
MAX_BLOCK_PAIRS = 400
_W_NAME, _W_DOB, _W_SEX, _W_PLACE = 0.55, 0.30, 0.10, 0.05

REASONS: dict[str, str] = {
    "same_names": N_("same names"),
    "similar_names": N_("similar names"),
    "swapped_names": N_("first and last names swapped"),
    "used_name": N_("birth name of one is the used name of the other"),
    "same_birth_date": N_("same date of birth"),
    "swapped_day_month": N_("day and month of birth swapped"),
    "close_birth_date": N_("close date of birth"),
    "same_birth_year": N_("same year of birth"),
    "birth_date_unknown": N_("date of birth unknown on one side"),
    "sex_differs": N_("sex differs"),
    "same_sinus": N_("same SINUS victim number"),
}


def reason_labels(codes: Iterable[str]) -> list[str]:
    """Translated reasons."""
    return [_(REASONS[c]) for c in codes if c in REASONS]


@dataclass(frozen=True, slots=True)
class Traits:
    """What the detector compares, precomputed (compact folded names, split birth date)."""

    id: str
    names: tuple[str, ...]
    birth_name: str
    forename: str
    forename_parts: frozenset[str]
    sex: str
    year: int | None
    month: int | None
    day: int | None
    birthplace: str
    sinus: str

    @classmethod
    def from_values(cls, patient_id: str, birth_name: str, used_name: str,
                    first_forename: str, forenames: str, sex: str, birth_date: str | None,
                    precision: str, birthplace_code: str, sinus_number: str) -> Traits:
        birth = compact_name(birth_name)
        used = compact_name(used_name)
        names = tuple(n for n in dict.fromkeys((birth, used)) if n)
        forename = compact_name(first_forename)
        parts: set[str] = set()
        for word in (forenames or "").replace("-", " ").split() + \
                (first_forename or "").replace("-", " ").split():
            compact = compact_name(word)
            if compact:
                parts.add(compact)
        year = month = day = None
        if birth_date and precision in ("day", "year"):
            year = int(birth_date[:4])
            if precision == "day":
                month, day = int(birth_date[5:7]), int(birth_date[8:10])
        return cls(patient_id, names, birth, forename, frozenset(parts), sex, year, month, day,
                   birthplace_code or "", (sinus_number or "").upper())

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Traits:
        return cls.from_values(row.get("id") or "", row.get("birth_name") or "",
                               row.get("used_name") or "", row.get("first_forename") or "",
                               row.get("forenames") or "", row.get("sex") or "U",
                               row.get("birth_date"),
                               row.get("birth_date_precision") or "unknown",
                               row.get("birthplace_code") or "",
                               row.get("sinus_number") or "")

    @classmethod
    def from_tuple(cls, values: Sequence[Any]) -> Traits:
        """From a `store.PATIENT_TRAIT_COLUMNS` tuple."""
        (pid, _prov, _ipp, birth, used, first, forenames, sex, dob, precision, place, sinus,
         _merged, _unknown) = values
        return cls.from_values(pid, birth, used, first, forenames, sex, dob, precision, place,
                               sinus)


def blocking_keys(traits: Traits) -> set[str]:
    """The keys under which this identity is filed (see the module docstring)."""
    keys: set[str] = set()
    first = traits.forename
    for name in traits.names:
        if first:
            a, b = sorted((name, first))
            keys.add(f"n:{a}|{b}")
            if traits.year:
                a3, b3 = sorted((name[:3], first[:3]))
                keys.add(f"y:{traits.year}:{a3}|{b3}")
        elif traits.year:
            keys.add(f"y:{traits.year}:{name[:3]}")
    if traits.year and traits.day and traits.month:
        low, high = sorted((traits.day, traits.month))
        keys.add(f"d:{traits.year}:{low}:{high}")
    if traits.sinus:
        keys.add(f"s:{traits.sinus}")
    return keys


def keys_for_row(row: dict[str, Any]) -> set[str]:
    """Blocking keys of a patient row."""
    return blocking_keys(Traits.from_row(row))


# --- scoring ---------------------------------------------------------------------------------


def _sim(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    return ratio(a, b) / 100.0


def _forename_sim(a: Traits, b: Traits) -> float:
    best = _sim(a.forename, b.forename)
    if best < 0.9 and a.forename_parts & b.forename_parts:
        best = 0.9
    return best


def score(a: Traits, b: Traits) -> tuple[int, tuple[str, ...]]:
    """Similarity 0–100 of two identities and the reasons, strict traits weighted first."""
    reasons: list[str] = []
    if a.sinus and a.sinus == b.sinus:
        reasons.append("same_sinus")
    # names: name similarity × forename similarity, best of straight, swapped and crosswise
    name_score = 0.0
    name_reason = ""
    first_sim = _forename_sim(a, b)
    for na in a.names:
        for nb in b.names:
            straight = _sim(na, nb) * first_sim
            if straight > name_score:
                name_score = straight
                crosswise = (na != a.birth_name) != (nb != b.birth_name)
                name_reason = "used_name" if crosswise else (
                    "same_names" if straight >= 0.999 else "similar_names")
    if not a.forename and not b.forename:
        for na in a.names:
            for nb in b.names:
                name_score = max(name_score, _sim(na, nb) * 0.7)
    for na in a.names:
        for nb in b.names:
            swapped = _sim(na, b.forename) * _sim(a.forename, nb)
            if swapped > name_score:
                name_score, name_reason = swapped, "swapped_names"
    if name_reason and name_score >= 0.6:
        reasons.append(name_reason)
    # date of birth
    if a.year is None or b.year is None:
        dob = 0.5
        reasons.append("birth_date_unknown")
    elif a.day is None or b.day is None:
        dob = 0.8 if a.year == b.year else 0.0
        if dob:
            reasons.append("same_birth_year")
    elif (a.year, a.month, a.day) == (b.year, b.month, b.day):
        dob = 1.0
        reasons.append("same_birth_date")
    elif a.year == b.year and (a.month, a.day) == (b.day, b.month):
        dob = 0.85
        reasons.append("swapped_day_month")
    elif a.year == b.year and (a.month == b.month or a.day == b.day):
        dob = 0.6
        reasons.append("close_birth_date")
    elif (a.month, a.day) == (b.month, b.day) and _year_typo(a.year, b.year):
        dob = 0.5
        reasons.append("close_birth_date")
    else:
        dob = 0.0
    if a.sex in ("F", "M") and b.sex in ("F", "M"):
        sex = 1.0 if a.sex == b.sex else 0.0
        if not sex:
            reasons.append("sex_differs")
    else:
        sex = 0.5
    place = 0.5 if not (a.birthplace and b.birthplace) else float(a.birthplace == b.birthplace)
    total = _W_NAME * name_score + _W_DOB * dob + _W_SEX * sex + _W_PLACE * place
    if "same_sinus" in reasons:
        total = max(total, 0.9)
    return round(total * 100), tuple(reasons)


def _year_typo(a: int, b: int) -> bool:
    """Years differing by one digit or by two swapped digits (1985/1958, 1985/1986)."""
    sa, sb = f"{a:04d}", f"{b:04d}"
    diff = [i for i in range(4) if sa[i] != sb[i]]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and
                              sa[diff[0]] == sb[diff[1]] and sa[diff[1]] == sb[diff[0]])


# --- candidates --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DuplicateCandidate:
    """An existing patient who may be the same person as the identity being saved."""

    patient: Patient
    score: int
    reasons: tuple[str, ...]

    @property
    def reason_text(self) -> str:
        return ", ".join(reason_labels(self.reasons))


@dataclass(frozen=True)
class DuplicatePair:
    """Two patients who may be the same person (ids sorted: `a.id < b.id`)."""

    a: Patient
    b: Patient
    score: int
    reasons: tuple[str, ...]

    @property
    def reason_text(self) -> str:
        return ", ".join(reason_labels(self.reasons))


def candidates_for(store_: Store, row: dict[str, Any], *, exclude: Iterable[str] = (),
                   threshold: int = THRESHOLD, limit: int = 20) -> list[DuplicateCandidate]:
    """Existing patients resembling the identity `row` (patient columns), best first.
    Read-only; merged patients and pairs declared different are left out."""
    traits = Traits.from_row(row)
    keys = sorted(blocking_keys(traits))
    skip = set(exclude)
    ids = [i for i in store.patients_sharing_keys(store_, keys) if i not in skip]
    if not ids:
        return []
    scored: list[tuple[int, tuple[str, ...], str]] = []
    for values in store.patient_traits(store_, ids):
        other = Traits.from_tuple(values)
        value, reasons = score(traits, other)
        if value >= threshold:
            scored.append((value, reasons, other.id))
    if not scored:
        return []
    own_id = row.get("id")
    if own_id:
        decided = store.decided_pairs(store_)
        scored = [s for s in scored if tuple(sorted((own_id, s[2]))) not in decided]
    scored.sort(key=lambda s: (-s[0], s[2]))
    scored = scored[:limit]
    patients = {r["id"]: Patient.from_row(r)
                for r in store.get_patients(store_, [s[2] for s in scored])}
    return [DuplicateCandidate(patients[pid], value, reasons) for value, reasons, pid in scored]


def check(session: Session, row_or_patient_id: dict[str, Any] | str) -> list[DuplicateCandidate]:
    """Candidates for a patient (by id) or for identity columns being typed (read-only)."""
    session.require(Permission.PATIENT_READ)
    if isinstance(row_or_patient_id, str):
        row = store.get_patient(session.store, row_or_patient_id)
        if row is None:
            raise NotFound(_("There is no patient {id}.", id=row_or_patient_id))
        return candidates_for(session.store, row, exclude=[row["id"]])
    return candidates_for(session.store, row_or_patient_id)


def find_all(session: Session, *, threshold: int = THRESHOLD,
             progress: Any = None) -> list[DuplicatePair]:
    """Every candidate pair over the whole database, best first (read-only; may take a few
    seconds on 100,000 patients). `progress(done, total)` is called now and then."""
    session.require(Permission.PATIENT_READ)
    traits: dict[str, Traits] = {}
    for values in store.all_patient_traits(session.store):
        traits[values[0]] = Traits.from_tuple(values)
    decided = store.decided_pairs(session.store)
    seen: set[tuple[str, str]] = set()
    found: dict[tuple[str, str], tuple[int, tuple[str, ...]]] = {}
    blocks = list(store.iter_blocks(session.store))
    for done, (_key, ids) in enumerate(blocks, 1):
        members = [traits[i] for i in ids if i in traits]
        if len(members) * (len(members) - 1) // 2 > MAX_BLOCK_PAIRS * 50:
            continue  # a key so common it tells nothing (other keys still pair these)
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                a, b = members[x], members[y]
                pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                if pair in seen:
                    continue
                seen.add(pair)
                if pair in decided:
                    continue
                value, reasons = score(a, b)
                if value >= threshold:
                    found[pair] = (value, reasons)
        if progress is not None and done % 1000 == 0:
            progress(done, len(blocks))
    rows = {r["id"]: Patient.from_row(r)
            for r in store.get_patients(session.store, [i for p in found for i in p])}
    pairs = [DuplicatePair(rows[a], rows[b], v, r) for (a, b), (v, r) in found.items()]
    pairs.sort(key=lambda p: (-p.score, p.a.id, p.b.id))
    return pairs


# --- decisions: merge, unmerge, "different patients" ----------------------------------------


@dataclass(frozen=True)
class MergeRecord:
    """A user-confirmed merge: `merged_id` is the same person as `survivor_id`."""

    id: str
    survivor_id: str
    merged_id: str
    score: float | None
    reason: str
    created_at: str
    created_by: str | None
    voided_at: str | None
    voided_by: str | None
    void_reason: str | None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> MergeRecord:
        return cls(row["id"], row["survivor_id"], row["merged_id"], row.get("score"),
                   row["reason"], row["created_at"], row.get("created_by"),
                   row.get("voided_at"), row.get("voided_by"), row.get("void_reason"))

    @property
    def active(self) -> bool:
        return self.voided_at is None


def _patient_row(session: Session, patient_id: str) -> dict[str, Any]:
    row = store.get_patient(session.store, patient_id)
    if row is None:
        raise NotFound(_("There is no patient {id}.", id=patient_id))
    return row


def merge(session: Session, survivor_id: str, merged_id: str, reason: str, *,
          score_value: float | None = None) -> MergeRecord:
    """Record that `merged_id` is the same person as `survivor_id` (user-confirmed).

    Side effects, in one transaction with one audit entry (`patient.merge`): a merge record, and
    the merged patient's `merged_into`. Both identities are kept intact.
    """
    session.require(Permission.PATIENT_MERGE)
    why = text.clean(reason, field="reason", label=_("Reason"), max_len=text.MEDIUM,
                     required=True)
    if survivor_id == merged_id:
        raise ValidationError(_("A patient cannot be merged with itself."))
    survivor = _patient_row(session, survivor_id)
    merged = _patient_row(session, merged_id)
    if survivor["merged_into"]:
        raise ValidationError(_("The patient kept ({id}) was itself merged into another "
                                "record: merge into that record instead.",
                                id=survivor["provisional_id"] or survivor["ipp"] or survivor_id))
    if merged["merged_into"]:
        raise ValidationError(_("The patient {id} is already merged into another record.",
                                id=merged["provisional_id"] or merged["ipp"] or merged_id))
    with session.store.transaction(session.actor, "patient.merge", "patient",
                                   merged_id) as tx:
        record = tx.insert("patient_merge", {"survivor_id": survivor_id,
                                             "merged_id": merged_id, "score": score_value,
                                             "reason": why})
        tx.update("patient", merged_id, {"merged_into": survivor_id},
                  expected_version=merged["version"])
        tx.note(survivor=survivor["provisional_id"] or survivor["ipp"],
                merged=merged["provisional_id"] or merged["ipp"])
    return MergeRecord.from_row(record)


def unmerge(session: Session, merge_id: str, reason: str) -> MergeRecord:
    """Undo a merge: the merge record is voided and the merged patient stands alone again,
    exactly as before. One transaction, one audit entry (`patient.unmerge`)."""
    session.require(Permission.PATIENT_MERGE)
    why = text.clean(reason, field="reason", label=_("Reason"), max_len=text.MEDIUM,
                     required=True)
    row = store.get_merge(session.store, merge_id)
    if row is None:
        raise NotFound(_("There is no merge {id}.", id=merge_id))
    if row["voided_at"]:
        raise ValidationError(_("This merge was already undone on {time}.",
                                time=clock.local_text(row["voided_at"])))
    merged = _patient_row(session, row["merged_id"])
    if merged["merged_into"] != row["survivor_id"]:
        raise ValidationError(_("The patient no longer points to the record it was merged "
                                "into; nothing was changed."))
    with session.store.transaction(session.actor, "patient.unmerge", "patient",
                                   row["merged_id"]) as tx:
        tx.void("patient_merge", merge_id, why)
        tx.update("patient", row["merged_id"], {"merged_into": None},
                  expected_version=merged["version"])
    fresh = store.get_merge(session.store, merge_id)
    assert fresh is not None
    return MergeRecord.from_row(fresh)


def mark_different(session: Session, patient_a: str, patient_b: str, reason: str) -> None:
    """Record that two candidates are different people (homonyms, twins): the pair is no
    longer proposed. One audited transaction (`patient.not_duplicate`)."""
    session.require(Permission.PATIENT_MERGE)
    why = text.clean(reason, field="reason", label=_("Reason"), max_len=text.MEDIUM,
                     required=True)
    a, b = sorted((patient_a, patient_b))
    if a == b:
        raise ValidationError(_("A patient cannot be compared with itself."))
    _patient_row(session, a)
    _patient_row(session, b)
    if store.find_decision(session.store, a, b) is not None:
        return
    with session.store.transaction(session.actor, "patient.not_duplicate", "patient", a) as tx:
        tx.insert("duplicate_decision", {"patient_a": a, "patient_b": b,
                                         "decision": "different", "reason": why})


def merges(session: Session, *, include_undone: bool = False) -> list[MergeRecord]:
    """Merges, newest first (read-only; the recovery export reads them)."""
    session.require(Permission.PATIENT_READ)
    return [MergeRecord.from_row(r)
            for r in store.list_merges(session.store, include_voided=include_undone)]


def survivor_of(session: Session, patient_id: str) -> Patient:
    """The record a patient was (possibly repeatedly) merged into; itself if never merged."""
    session.require(Permission.PATIENT_READ)
    row = _patient_row(session, patient_id)
    seen = {row["id"]}
    while row["merged_into"]:
        row = _patient_row(session, row["merged_into"])
        if row["id"] in seen:  # pragma: no cover - merge refuses cycles
            break
        seen.add(row["id"])
    return Patient.from_row(row)
