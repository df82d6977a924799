"""The audit chain proves afterwards who did what: any tampering with an entry is detected."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest

from hospcrisis.core import users
from hospcrisis.store import audit
from hospcrisis.store.database import Store, open_store, system_actor

from ..conftest import ADMIN_PASSWORD

ENTRIES = 12


def chain_db(tmp_path: Path) -> Path:
    from hospcrisis.core import station

    path = tmp_path / "chain.db"
    s = open_store(path, create=True)
    station.initialise(s, station_code="URG1", station_name="Urgences",
                       admin_username="admin", admin_password=ADMIN_PASSWORD)
    for i in range(ENTRIES - 1):
        with s.transaction(system_actor("URG1"), "test.write", "setting", str(i)) as tx:
            tx.insert("setting", {"key": f"k{i}", "value": str(i)})
    s.close()
    return path


def tamper(path: Path, *statements: str) -> None:
    """What someone with the file and the sqlite3 shell could do: drop the guards, edit."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def verify(path: Path, head: audit.Head | None = None) -> audit.ChainReport:
    s = open_store(path, lock=False, migrate=False, check=False)
    try:
        return audit.verify(s, head)
    finally:
        s.close()


def test_a_fresh_chain_verifies(tmp_path: Path) -> None:
    report = verify(chain_db(tmp_path))
    assert report.ok, report.problems
    assert report.entries == ENTRIES
    assert report.head is not None and report.head.seq == ENTRIES


def test_the_database_refuses_to_edit_or_delete_audit_entries(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE audit_log SET username = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        store.conn.execute("DELETE FROM audit_log")


@pytest.mark.parametrize("seq", range(1, ENTRIES + 1))
@pytest.mark.parametrize("column", ["username", "action", "after", "at"])
def test_every_single_entry_edit_is_detected(tmp_path: Path, seq: int, column: str) -> None:
    path = chain_db(tmp_path)
    tamper(path, f"UPDATE audit_log SET {column} = {column} || ' ' WHERE seq = {seq}")
    report = verify(path)
    assert not report.ok
    assert any(f"Entrée {seq}" in p for p in report.problems)


@pytest.mark.parametrize("seq", range(1, ENTRIES))
def test_every_single_entry_deletion_is_detected(tmp_path: Path, seq: int) -> None:
    path = chain_db(tmp_path)
    tamper(path, f"DELETE FROM audit_log WHERE seq = {seq}")
    assert not verify(path).ok


def test_deleting_the_newest_entries_is_detected_against_a_printed_head(tmp_path: Path) -> None:
    path = chain_db(tmp_path)
    head = verify(path).head
    tamper(path, f"DELETE FROM audit_log WHERE seq >= {ENTRIES - 2}")
    assert verify(path).ok  # a shorter chain is still a chain…
    report = verify(path, head)  # …but not the one printed earlier
    assert not report.ok
    assert any("supprimées" in p for p in report.problems)


@pytest.mark.parametrize(("a", "b"), list(itertools.pairwise(range(1, ENTRIES + 1))))
def test_every_swap_of_neighbours_is_detected(tmp_path: Path, a: int, b: int) -> None:
    path = chain_db(tmp_path)
    tamper(path, f"UPDATE audit_log SET seq = -1 WHERE seq = {a}",
           f"UPDATE audit_log SET seq = {a} WHERE seq = {b}",
           f"UPDATE audit_log SET seq = {b} WHERE seq = -1")
    assert not verify(path).ok


def test_an_inserted_forged_entry_is_detected(tmp_path: Path) -> None:
    path = chain_db(tmp_path)
    conn = sqlite3.connect(path)
    last = conn.execute("SELECT * FROM audit_log WHERE seq = 5").fetchone()
    names = [d[0] for d in conn.execute("SELECT * FROM audit_log LIMIT 1").description]
    conn.close()
    forged = dict(zip(names, last, strict=True))
    tamper(path, "UPDATE audit_log SET seq = -seq WHERE seq > 5",
           "UPDATE audit_log SET seq = 1 - seq WHERE seq < 0")
    conn = sqlite3.connect(path)
    forged.update(seq=6, id="forged", action="user.create", username="intruder")
    forged["hash"] = audit.entry_hash(forged)
    cols = ", ".join(forged)
    conn.execute(f"INSERT INTO audit_log ({cols}) VALUES ({', '.join('?' * len(forged))})",
                 list(forged.values()))
    conn.commit()
    conn.close()
    assert not verify(path).ok


def test_a_rewritten_chain_is_caught_by_the_printed_head(tmp_path: Path) -> None:
    """Even recomputing every hash after an edit cannot match a head printed before."""
    path = chain_db(tmp_path)
    head = verify(path).head
    conn = sqlite3.connect(path)
    rows = conn.execute(f"SELECT {', '.join((*audit.HASHED, 'hash'))} FROM audit_log "
                        "ORDER BY seq").fetchall()
    conn.close()
    entries = [dict(zip((*audit.HASHED, "hash"), r, strict=True)) for r in rows]
    entries[3]["username"] = "someone-else"
    prev = audit.GENESIS
    statements = []
    for e in entries:
        e["prev_hash"] = prev
        e["hash"] = audit.entry_hash(e)
        prev = e["hash"]
        statements.append(f"UPDATE audit_log SET username = '{e['username']}', "
                          f"prev_hash = '{e['prev_hash']}', hash = '{e['hash']}' "
                          f"WHERE seq = {e['seq']}")
    tamper(path, *statements)
    assert verify(path).ok
    assert not verify(path, head).ok


def test_logins_and_failed_logins_are_audited(store: Store) -> None:
    users.login(store, "admin", ADMIN_PASSWORD)
    with pytest.raises(Exception, match="incorrect"):
        users.login(store, "admin", "wrong password")
    with pytest.raises(Exception, match="incorrect"):
        users.login(store, "nobody", "whatever1")
    actions = [r["action"] for r in store.query(
        "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 3")]
    assert actions == ["user.login_failed", "user.login_failed", "user.login"]
    assert audit.verify(store).ok


def test_head_parsing() -> None:
    head = audit.Head.parse("12:" + "ab" * 32)
    assert head.seq == 12
    assert str(head) == "12:" + "ab" * 32
    for bad in ("12", "x:" + "a" * 64, "3:abc", "3:" + "z" * 64):
        with pytest.raises(ValueError, match="1234"):
            audit.Head.parse(bad)
