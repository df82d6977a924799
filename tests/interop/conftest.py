"""Fixtures of the recovery and interop tests (see `recovery_support`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from hospcrisis.core.session import Session
from tests.interop import recovery_support


@pytest.fixture
def fast_bundles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bundles at a cheap scrypt cost."""
    recovery_support.lower_bundle_cost(monkeypatch)


@pytest.fixture
def stations(fast_bundles: None) -> Iterator[Callable[..., Session]]:
    """`stations("URG1")` → the administrator's session on a new in-memory station."""
    yield from recovery_support.station_maker()
