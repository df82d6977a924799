"""Shared fixtures. Every test runs headless, offline, in Europe/Paris time, in French.

* The network is cut: any attempt to open an IP connection or resolve a name fails the test.
* scrypt runs at a lower cost (2**12) so the suite stays fast; one test checks the real default.
* `store` is a fresh in-memory station database (station TEST, administrator `admin`).
"""

from __future__ import annotations

import io
import os
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "Europe/Paris"
time.tzset()
for _var in ("HOSPCRISIS_DB", "HOSPCRISIS_USER", "HOSPCRISIS_PASSWORD", "HOSPCRISIS_LANG",
             "HOSPCRISIS_ADMIN_PASSWORD", "HOSPCRISIS_PASSPHRASE"):
    os.environ.pop(_var, None)

from hospcrisis import i18n  # noqa: E402
from hospcrisis.core import security  # noqa: E402

ADMIN_PASSWORD = "admin-pass-1"
TEST_STATION = "TEST"


class NetworkAccessAttempted(AssertionError):
    """hospcrisis must never touch the network."""


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise NetworkAccessAttempted(f"network access attempted: {args!r}")


_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _refuse(address)
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    monkeypatch.setattr(socket, "gethostbyname", _refuse)


@pytest.fixture(autouse=True)
def _fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "SCRYPT_LOG_N", 12)


@pytest.fixture(autouse=True)
def _french(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    i18n.set_language("fr")
    yield
    i18n.set_language("fr")


@pytest.fixture(autouse=True)
def _clock() -> Iterator[None]:
    from hospcrisis import clock

    yield
    clock.freeze(None)


@pytest.fixture(autouse=True)
def _home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the user's real data folder out of reach of every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))


@pytest.fixture
def store() -> Iterator[Any]:
    """A fresh, initialised in-memory station database."""
    from hospcrisis.core import station
    from hospcrisis.store.database import open_store

    s = open_store(None, create=True)
    station.initialise(s, station_code=TEST_STATION, station_name="Test station",
                       admin_username="admin", admin_password=ADMIN_PASSWORD)
    yield s
    s.close()


@pytest.fixture
def file_store(tmp_path: Path) -> Iterator[Any]:
    """A fresh, initialised station database in a file (WAL, lock, backups…)."""
    from hospcrisis.core import station
    from hospcrisis.store.database import open_store

    s = open_store(tmp_path / "station.db", create=True)
    station.initialise(s, station_code=TEST_STATION, station_name="Test station",
                       admin_username="admin", admin_password=ADMIN_PASSWORD)
    yield s
    s.close()


@pytest.fixture
def session(store: Any) -> Any:
    """The administrator logged in on `store`."""
    from hospcrisis.core import users

    return users.login(store, "admin", ADMIN_PASSWORD)


@pytest.fixture
def make_session(session: Any) -> Callable[[str], Any]:
    """`make_session("nurse")` → a session for a new user with that role on the same store."""
    from hospcrisis.core import users

    made: dict[str, Any] = {}

    def make(role: str) -> Any:
        if role not in made:
            name = f"{role.replace('_', '-')}-user"
            users.create_user(session, username=name, display_name=f"Test {role}", role=role,
                              password=ADMIN_PASSWORD)
            made[role] = users.login(session.store, name, ADMIN_PASSWORD)
        return made[role]

    return make


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"CliResult(code={self.code}, out={self.out!r}, err={self.err!r})"


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., CliResult]:
    """Run `hospcrisis` in-process: `cli("--db", path, "verify")` → CliResult."""
    from hospcrisis import cli as cli_module

    monkeypatch.setenv("HOSPCRISIS_ADMIN_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("HOSPCRISIS_PASSWORD", ADMIN_PASSWORD)

    def run(*argv: str | Path, env: dict[str, str] | None = None) -> CliResult:
        """`env` applies to this call only."""
        saved = {key: os.environ.get(key) for key in env or {}}
        os.environ.update(env or {})
        out, err = io.StringIO(), io.StringIO()
        try:
            code = cli_module.main([str(a) for a in argv], out=out, err=err)
        except SystemExit as exc:  # argparse errors and --help
            code = int(exc.code or 0)
        finally:
            i18n.set_language("fr")
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        return CliResult(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture
def station_db(tmp_path: Path, cli: Callable[..., CliResult]) -> Path:
    """A station database file created through `hospcrisis init` (station TEST)."""
    path = tmp_path / "station.db"
    result = cli("--db", path, "init", "--station", TEST_STATION, "--name", "Test station")
    assert result.code == 0, result
    return path
