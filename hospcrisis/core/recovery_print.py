"""What recovery prints, gathered for `hospcrisis.printing` (its `BUILDERS`).

* form ``remaining``: the records still to re-enter in the information system, by unit (all
  units, or those given with ``--unit``), kind and time;
* form ``report``: the end-of-downtime report (`core.backload.report`, which is audited).

Builders only read (the report writes its own audit entry); `forms/recovery.py` draws.
"""

from __future__ import annotations

from typing import Protocol

from hospcrisis.core import backload
from hospcrisis.core.session import Session


class Request(Protocol):
    """The parts of `hospcrisis.printing.PrintRequest` the builders read."""

    @property
    def units(self) -> tuple[str, ...]: ...


def remaining_items(session: Session, request: Request) -> list[backload.BackloadItem]:
    """Records not yet re-entered, sorted by unit, kind and time (read-only)."""
    items = backload.remaining(session)
    wanted = {u.strip().casefold() for u in request.units if u.strip()}
    if wanted:
        items = [i for i in items if i.unit.casefold() in wanted]
    return items


def report_items(session: Session, request: Request) -> list[backload.DowntimeReport]:
    """The end-of-downtime report, drawn up now (one audit entry `recovery.report`)."""
    return [backload.report(session)]
