"""Provisional patient identifiers: `STATION-NNNNNN-C`, unique across stations with no network.

* `STATION` is the station code (2–8 letters/digits, unique in the hospital);
* `NNNNNN` a per-station sequence (kept in the `id_sequence` record, audited);
* `C` an ISO 7064 mod 37,36 check character computed over `STATION` + `NNNNNN`, so a mistyped
  or misread ID is caught.

Blocks of IDs can be *reserved* in advance for pre-printed downtime packets; a reserved ID can
be used for one patient only. An ID printed by another station (a packet carried over) is
accepted once on this station, since that station reserved it and never issues it again.
A barcode scanner types the ID followed by Enter: `parse` accepts it with or without hyphens,
in any case, with surrounding spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum.iso7064 import mod_37_36

from hospcrisis.core import text
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import NotFound, ValidationError
from hospcrisis.i18n import _
from hospcrisis.store import admissions as store
from hospcrisis.store.database import Transaction

NUMBER_DIGITS = 6
MAX_NUMBER = 10 ** NUMBER_DIGITS - 1
MAX_BLOCK = 5000
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_FORMAT = re.compile(r"^([A-Z][A-Z0-9]{1,7})-?(\d{6})-?([0-9A-Z])$")


@dataclass(frozen=True)
class ProvisionalId:
    """A well-formed provisional ID (check character verified)."""

    station: str
    number: int
    check: str

    def __str__(self) -> str:
        return f"{self.station}-{self.number:0{NUMBER_DIGITS}d}-{self.check}"


def check_character(station: str, number: int) -> str:
    """The ISO 7064 mod 37,36 check character of `station` + zero-padded `number`."""
    return str(mod_37_36.calc_check_digit(f"{station}{number:0{NUMBER_DIGITS}d}",
                                          alphabet=_ALPHABET))


def make(station: str, number: int) -> ProvisionalId:
    """The ID of `number` in `station`'s sequence."""
    if not 1 <= number <= MAX_NUMBER:
        raise ValidationError(_("The provisional ID sequence of station {station} is "
                                "exhausted.", station=station))
    return ProvisionalId(station, number, check_character(station, number))


def format_id(station: str, number: int) -> str:
    """`URG1-000042-K`."""
    return str(make(station, number))


def parse(value: str, *, field: str = "provisional_id") -> ProvisionalId:
    """A typed or scanned ID, checked; `ValidationError` says whether the format or the check
    character is wrong. No side effect."""
    typed = re.sub(r"\s+", "", value or "").upper()
    match = _FORMAT.match(typed)
    if not match:
        message = _("“{value}” is not a provisional ID (expected STATION-NNNNNN-C, for "
                    "example URG1-000042-K).", value=(value or "").strip()[:40])
        raise ValidationError(message, [(field, message)])
    station, digits, check = match.groups()
    if check_character(station, int(digits)) != check:
        message = _("The check character of {value} is wrong: the ID was mistyped or misread. "
                    "Type or scan it again.", value=f"{station}-{digits}-{check}")
        raise ValidationError(message, [(field, message)])
    return ProvisionalId(station, int(digits), check)


def looks_like_id(value: str) -> bool:
    """True when `value` has the shape of a provisional ID (check character not verified)."""
    return bool(_FORMAT.match(re.sub(r"\s+", "", value or "").upper()))


# --- issuing -----------------------------------------------------------------------------------


def issue(tx: Transaction, station: str) -> str:
    """Take the next ID of this station's sequence inside the caller's transaction."""
    number = store.take_numbers(tx, station, 1)
    return format_id(station, number)


def claim(tx: Transaction, session: Session, typed: str,
          problems: text.Problems | None = None) -> tuple[str, str | None] | None:
    """Check a pre-printed ID can be used, inside the caller's transaction: returns the ID and
    its reservation record (None for another station's packet); call `mark_used` once the
    patient exists.

    Refused (problem added, None returned) when the check character is wrong, the ID was already
    used, it was never reserved on this station, or its block was cancelled.
    """
    problems = problems if problems is not None else text.Problems()
    try:
        pid = parse(typed)
    except ValidationError as exc:
        problems.items.extend(exc.problems)
        return None
    code = str(pid)
    holder = store.find_patient_by_provisional_id(tx.store, code)
    if holder is not None:
        problems.add("provisional_id", _("The ID {id} was already used for another patient "
                                         "(registered on {time}); take the next ID of the "
                                         "packet.", id=code, time=_local(holder["created_at"])))
        return None
    reserved = store.find_reserved(tx.store, code)
    if pid.station == session.station:
        if reserved is None:
            problems.add("provisional_id", _("The ID {id} was never reserved on this station: "
                                             "leave the field empty to get a new ID.",
                                             id=code))
            return None
        if reserved["block_voided_at"]:
            problems.add("provisional_id", _("The packet holding {id} was cancelled "
                                             "({reason}).", id=code,
                                             reason=reserved["block_void_reason"] or "?"))
            return None
        if reserved["patient_id"]:
            problems.add("provisional_id", _("The ID {id} was already used for another "
                                             "patient; take the next ID of the packet.",
                                             id=code))
            return None
        return code, reserved["id"]
    tx.note(external_provisional_id=code)
    return code, None


# After a backup is restored, IDs handed out between that backup and the failure are unknown
# (their wristbands are on patients): the sequence jumps this far so none is ever issued twice.
RESTORE_GAP = 10_000


def skip_after_restore(tx: Transaction, station: str, gap: int = RESTORE_GAP) -> int:
    """Advance `station`'s sequence by `gap` inside the restore's transaction; returns the first
    number that will be issued next."""
    first = store.take_numbers(tx, station, gap)
    if first + gap > MAX_NUMBER:
        raise ValidationError(_("The provisional ID sequence of station {station} is "
                                "exhausted.", station=station))
    return first + gap


def is_reserved_unused(session: Session, typed: str) -> bool:
    """True when `typed` is a valid ID of this station, reserved for a packet and not yet given
    to a patient (read-only). A wrong check character raises `ValidationError`."""
    session.require(Permission.PATIENT_READ)
    code = str(parse(typed))
    reserved = store.find_reserved(session.store, code)
    return bool(reserved is not None and not reserved["block_voided_at"]
                and not reserved["patient_id"]
                and store.find_patient_by_provisional_id(session.store, code) is None)


def mark_used(tx: Transaction, reservation_id: str | None, patient_id: str) -> None:
    """Record that a reserved ID now belongs to `patient_id` (no-op for a foreign packet)."""
    if reservation_id is not None:
        store.mark_reserved_used(tx, reservation_id, patient_id)


def _local(iso: str) -> str:
    from hospcrisis import clock

    return clock.local_text(iso)


# --- reserving blocks ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ReservedBlock:
    """A block of consecutive IDs reserved for pre-printed packets."""

    id: str
    station: str
    first_number: int
    last_number: int
    purpose: str
    created_at: str
    created_by: str | None
    codes: tuple[str, ...]
    used: int = 0
    voided: bool = False

    @property
    def count(self) -> int:
        return self.last_number - self.first_number + 1


def reserve(session: Session, count: int, purpose: str = "") -> ReservedBlock:
    """Reserve `count` consecutive IDs of this station (1–5000) for pre-printed packets.

    Side effects: advances the station's sequence and writes the block and one record per ID,
    in one transaction with one audit entry (`ids.reserve`).
    """
    session.require(Permission.IDS_RESERVE)
    problems = text.Problems()
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MAX_BLOCK:
        problems.add("count", _("Reserve between 1 and {max} IDs at a time.", max=MAX_BLOCK))
    label = text.clean(purpose, field="purpose", label=_("Purpose"), max_len=text.SHORT,
                       problems=problems)
    problems.raise_if_any()
    station = session.station
    with session.store.transaction(session.actor, "ids.reserve", "id_block") as tx:
        first = store.take_numbers(tx, station, count)
        last = first + count - 1
        if last > MAX_NUMBER:
            raise ValidationError(_("The provisional ID sequence of station {station} is "
                                    "exhausted.", station=station))
        block = tx.insert("id_block", {"station_code": station, "first_number": first,
                                       "last_number": last, "purpose": label})
        tx.draft.entity_id = block["id"]
        codes = [format_id(station, n) for n in range(first, last + 1)]
        tx.insert_many("reserved_id", ({"code": code, "number": first + i,
                                        "block_id": block["id"]}
                                       for i, code in enumerate(codes)))
        tx.note(first=codes[0], last=codes[-1], count=count)
    return ReservedBlock(block["id"], station, first, last, label, block["created_at"],
                         block["created_by"], tuple(codes))


def list_blocks(session: Session) -> list[ReservedBlock]:
    """Reserved blocks of this database, newest first (read-only)."""
    session.require(Permission.PATIENT_READ)
    out = []
    for row in store.list_blocks(session.store):
        codes = tuple(format_id(row["station_code"], n)
                      for n in range(row["first_number"], row["last_number"] + 1))
        out.append(ReservedBlock(row["id"], row["station_code"], row["first_number"],
                                 row["last_number"], row["purpose"], row["created_at"],
                                 row["created_by"], codes, int(row["used"]),
                                 bool(row["voided_at"])))
    return out


def cancel_block(session: Session, block_id: str, reason: str) -> None:
    """Cancel a reserved block (packets lost or destroyed): its unused IDs can no longer be
    used. One audited transaction."""
    session.require(Permission.IDS_RESERVE)
    why = text.clean(reason, field="reason", label=_("Reason"), max_len=text.MEDIUM,
                     required=True)
    try:
        session.store.get("id_block", block_id)
    except NotFound as exc:
        raise NotFound(_("There is no reserved block {id}.", id=block_id)) from exc
    with session.store.transaction(session.actor, "ids.cancel_block", "id_block",
                                   block_id) as tx:
        tx.void("id_block", block_id, why)
