"""Shared set-up of the crisis GUI tests: an exercise station with units and staff."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QDialog

from hospcrisis import clock
from hospcrisis.core import station, units, users
from hospcrisis.store.database import Store, open_store

from ..conftest import ADMIN_PASSWORD

PARIS = ZoneInfo("Europe/Paris")
#: 10 March 2026, 14:00 in Paris: the exercise's "now".
NOW = datetime(2026, 3, 10, 14, 0, tzinfo=PARIS)
UNITS = (("URG", "Urgences adultes", "ed"), ("MED1", "Médecine polyvalente", "medicine"),
         ("REA", "Réanimation", "icu"), ("LABO", "Laboratoire", "laboratory"))


@pytest.fixture
def exercise_store() -> Iterator[Store]:
    """An in-memory exercise station (EXO) with four units and a nurse, clock frozen."""
    clock.freeze(NOW)
    store = open_store(None, create=True)
    station.initialise(store, station_code="EXO", station_name="Exercice", hospital="CH Dax",
                       admin_username="admin", admin_password=ADMIN_PASSWORD, exercise=True)
    admin = users.login(store, "admin", ADMIN_PASSWORD)
    for code, name, kind in UNITS:
        units.create_unit(admin, code=code, name=name, kind=kind, beds=["1", "2"])
    users.create_user(admin, username="ide.nguyen", display_name="Linh Nguyen", role="nurse",
                      password=ADMIN_PASSWORD)
    users.create_user(admin, username="cellule.bernard", display_name="Dr Anne Bernard",
                      role="crisis_cell", password=ADMIN_PASSWORD)
    yield store
    store.close()


def login(store: Store, username: str) -> Any:
    return users.login(store, username, ADMIN_PASSWORD)


def drive(monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog],
          fill: Callable[[Any], None]) -> list[Any]:
    """Replace `dialog_class.exec` by `fill(dialog)` (which clicks what a user would)."""
    seen: list[Any] = []

    def fake_exec(self: QDialog) -> int:
        seen.append(self)
        fill(self)
        return int(self.result())

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    return seen


def pdf_pages(path_or_bytes: Any) -> list[str]:
    from pypdf import PdfReader

    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    return [page.extract_text() or "" for page in PdfReader(source).pages]
