"""Helpers shared by the admissions GUI tests (tests/ui/test_admissions_*.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from hospcrisis import clock
from hospcrisis.core import admissions, units
from hospcrisis.core.admissions import ArrivalInput
from hospcrisis.core.identity import IdentityInput
from hospcrisis.store import audit
from hospcrisis.ui.context import AppContext

# 04:00 in Paris on a winter night
FROZEN = datetime(2026, 11, 29, 3, 0, tzinfo=UTC)


def freeze() -> None:
    clock.freeze(FROZEN)


def context_for(session: Any) -> AppContext:
    return AppContext(session, session.store.path)


def register(session: Any, birth_name: str = "DURAND", first: str = "Marie", *,
             sex: str = "F", dob: str = "12/03/1980", level: str | None = None,
             minutes_ago: int = 0, area: str = "", complaint: str = "Douleur"
             ) -> admissions.Registration:
    """One arrival through the core, `minutes_ago` before the frozen clock."""
    # half a minute more: the board floors the minutes waited
    arrival = clock.now() - timedelta(minutes=minutes_ago, seconds=30 if minutes_ago else 0)
    return admissions.register_arrival(
        session, IdentityInput(birth_name=birth_name, first_forename=first, sex=sex,
                               birth_date=dob),
        ArrivalInput(arrival_at=arrival, triage_level=level, area=area, complaint=complaint),
        check_duplicates=False)


def make_units(session: Any) -> None:
    units.create_unit(session, code="MED1", name="Médecine polyvalente", kind="medicine",
                      beds=["101", "102", "103"])
    units.create_unit(session, code="CHIR", name="Chirurgie", kind="surgery",
                      beds=["301", "302"])


def audit_head(session: Any) -> Any:
    return audit.head(session.store)


def patient_count(session: Any) -> int:
    return admissions.counts(session)["patient"]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_keys(qtbot: Any, text: str) -> None:
    """Type into whatever has the focus, like a person at the keyboard."""
    qtbot.keyClicks(focused(), text)


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier =
          Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def show_and_focus(qtbot: Any, window: QWidget, widget: QWidget | None = None) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    if widget is not None:
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
