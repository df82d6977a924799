"""The audit chain: who did what, when, to which record — tamper-evident.

Each entry's SHA-256 covers its own content (sequence number included) and the previous entry's
hash, so editing, deleting, inserting or reordering an entry breaks the chain from that point.
Dropping the newest entries leaves a valid shorter chain: `verify` catches that only against a
head (`seq:hash`) printed earlier — the CLI prints it after every `verify`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hospcrisis import clock
from hospcrisis.i18n import _
from hospcrisis.store.database import Actor, Row, Store, dumps

if TYPE_CHECKING:
    from hospcrisis.store.database import AuditDraft

GENESIS = "0" * 64

# The columns that go into the hash, in order.
HASHED = ("seq", "id", "station", "at", "user_id", "username", "role", "action", "entity",
          "entity_id", "before", "after", "prev_hash")


def entry_hash(entry: dict[str, Any]) -> str:
    """SHA-256 of one entry's hashed columns (which include the previous hash)."""
    payload = dumps([entry[name] for name in HASHED])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(store: Store, actor: Actor, draft: AuditDraft) -> Row:
    """Write one entry at the end of the chain. Must run inside the caller's transaction."""
    last = store.query_one("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    entry: dict[str, Any] = {
        "seq": (last["seq"] + 1) if last else 1,
        "id": clock.uuid7(),
        "station": actor.station,
        "at": clock.now_iso(),
        "user_id": actor.user_id,
        "username": actor.username,
        "role": actor.role,
        "action": draft.action,
        "entity": draft.entity,
        "entity_id": draft.entity_id,
        "before": dumps(draft.before),
        "after": dumps(draft.after),
        "prev_hash": last["hash"] if last else GENESIS,
    }
    entry["hash"] = entry_hash(entry)
    cols = list(entry)
    store.conn.execute(
        f"INSERT INTO audit_log ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        [entry[c] for c in cols],
    )
    return entry


@dataclass(frozen=True)
class Head:
    """The newest entry of a chain: `seq:hash`, printed so a truncation can be proved later."""

    seq: int
    hash: str

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> Head:
        try:
            seq_text, digest = text.strip().split(":", 1)
            seq = int(seq_text)
        except ValueError as exc:
            raise ValueError(_("A chain head looks like 1234:<64 hex digits>.")) from exc
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest.lower()):
            raise ValueError(_("A chain head looks like 1234:<64 hex digits>."))
        return cls(seq, digest.lower())


def head(store: Store) -> Head | None:
    """The newest entry (read-only); None for an empty chain."""
    row = store.query_one("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    return Head(row["seq"], row["hash"]) if row else None


@dataclass
class ChainReport:
    """Result of `verify`: `ok` only when every entry checks out."""

    entries: int = 0
    head: Head | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def iter_entries(store: Store, batch: int = 5000) -> Iterator[dict[str, Any]]:
    """Every entry in physical `seq` order, streamed (read-only)."""
    cur = store.conn.execute(f"SELECT {', '.join((*HASHED, 'hash'))} FROM audit_log ORDER BY seq")
    names = [*HASHED, "hash"]
    while rows := cur.fetchmany(batch):
        for row in rows:
            yield dict(zip(names, row, strict=True))


def verify_entries(entries: Iterator[dict[str, Any]], expected_head: Head | None = None,
                   max_problems: int = 20) -> ChainReport:
    """Check a chain given as entries in `seq` order (used for databases and bundles)."""
    report = ChainReport()
    prev_hash, expected_seq = GENESIS, 1
    seen_head_hash: str | None = None
    for entry in entries:
        report.entries += 1
        seq = entry["seq"]
        if seq != expected_seq:
            report.problems.append(
                _("Entry {seq}: expected sequence number {expected} (an entry was deleted, "
                  "inserted or moved).", seq=seq, expected=expected_seq))
        if entry["prev_hash"] != prev_hash:
            report.problems.append(
                _("Entry {seq}: does not follow the previous entry (the chain was cut, "
                  "reordered or an entry removed).", seq=seq))
        if entry_hash(entry) != entry["hash"]:
            report.problems.append(
                _("Entry {seq}: its content does not match its hash (the entry was edited).",
                  seq=seq))
        if expected_head is not None and seq == expected_head.seq:
            seen_head_hash = entry["hash"]
        prev_hash, expected_seq = entry["hash"], seq + 1
        report.head = Head(seq, entry["hash"])
        if len(report.problems) >= max_problems:
            report.problems.append(_("Too many problems: verification stopped."))
            return report
    if expected_head is not None:
        if report.head is None or report.head.seq < expected_head.seq:
            report.problems.append(
                _("The chain ends at entry {last} but a head printed earlier reached entry "
                  "{seq}: the newest entries were removed.",
                  last=report.head.seq if report.head else 0, seq=expected_head.seq))
        elif seen_head_hash != expected_head.hash:
            report.problems.append(
                _("Entry {seq} differs from the head printed earlier: the chain was rewritten.",
                  seq=expected_head.seq))
    return report


# Checks that areas register when their `store/<area>.py` is imported: each compares records
# the database should never change (append-only tables) with the copies the chain holds, and
# returns a problem per record edited, added or removed outside hospcrisis.
RECORD_CHECKS: list[Callable[[Store], list[str]]] = []


def verify(store: Store, expected_head: Head | None = None) -> ChainReport:
    """Verify the whole audit chain of `store`, then the registered record checks (read-only)."""
    from hospcrisis.store import schema

    report = verify_entries(iter_entries(store), expected_head)
    schema.schema_version()  # imports every area's store module, which registers its checks
    for check in RECORD_CHECKS:
        report.problems.extend(check(store))
    return report
