"""Recovery test support: stations in memory, bundles at a cheap scrypt cost, table dumps.

tests/interop/conftest.py turns these into the fixtures `fast_bundles` and `stations`; the
recovery tests of tests/core declare the same two fixtures with them. `lower_bundle_cost` lowers
the bundle's scrypt cost the way tests/conftest.py lowers the password one (a test checks the
real default).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from hospcrisis.core import demo, recovery, station, users
from hospcrisis.core.session import Session
from hospcrisis.interop import bundle
from hospcrisis.store import recovery as rstore
from hospcrisis.store.database import open_store

PASSPHRASE = "une phrase secrète, assez longue"
PASSWORD = "admin-pass-1"
TEST_LOG_N = 10


def lower_bundle_cost(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bundles derive their key at scrypt n = 2^10 (the real cost is checked elsewhere)."""
    monkeypatch.setattr(bundle, "SCRYPT_LOG_N", TEST_LOG_N)


def station_maker() -> Iterator[Callable[..., Session]]:
    """For a fixture: yields `make("URG1")` → the administrator's session on a new in-memory
    station (`units=True`: the demo hospital's units and staff); closes them afterwards."""
    made: list[Session] = []

    def make(code: str, *, units: bool = False) -> Session:
        store = open_store(None, create=True)
        station.initialise(store, station_code=code, station_name=f"Station {code}",
                           hospital="CH Test", admin_username="admin", admin_password=PASSWORD)
        session = users.login(store, "admin", PASSWORD)
        if units:
            demo.fill_foundation(session, random.Random(1), {"admin_password": PASSWORD})
        made.append(session)
        return session

    yield make
    for session in made:
        session.store.close()


def bundle_bytes(session: Session, passphrase: str = PASSPHRASE) -> bytes:
    """The bytes of a bundle of `session`'s station (no file, nothing audited)."""
    data, _key, _sha = bundle.encode_bundle(recovery.snapshot(session), passphrase)
    return data


def bundle_of(session: Session, name: str = "") -> recovery.BundleContent:
    """A bundle of the station, written and read back through the real format."""
    return bundle.decode_bundle(bundle_bytes(session), PASSPHRASE,
                                name or f"{session.station}.hcbundle")


def dump(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every record table (local columns left out), rows sorted: to compare two databases."""
    infos = rstore.record_tables(session.store)
    out = {}
    for name, info in sorted(infos.items()):
        if info.staged_only:
            continue
        out[name] = list(rstore.iter_values(session.store, name, info.canonical))
    return out


def audit_count(session: Session) -> int:
    """Audit entries of the database."""
    from hospcrisis.store import audit

    head = audit.head(session.store)
    return head.seq if head else 0
