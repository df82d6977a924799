"""Recovery GUI test support: three small stations and their bundle files, a recovery database
in a file (so the screens' workers really run), and waiting for them.

URG1 (with the demo units) registers three patients; URG2 received URG1's data by USB mid-night
and both then corrected the same patient (a conflict); URG2 and URG3 register one patient each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from hospcrisis.core import admissions, crisis_log, recovery, station, users
from hospcrisis.core.identity import IdentityInput
from hospcrisis.core.session import Session
from hospcrisis.interop import bundle
from hospcrisis.store.database import open_store
from hospcrisis.ui.context import AppContext
from tests.interop.recovery_support import (
    PASSPHRASE,
    PASSWORD,
    bundle_of,
    lower_bundle_cost,
    station_maker,
)

__all__ = ["PASSPHRASE", "Stations", "make_stations", "recovery_database", "station_files",
           "wait_idle"]


@dataclass
class Stations:
    files: list[Path]
    shared_patient: str  # the patient both URG1 and URG2 corrected
    provisional_ids: dict[str, str]  # birth name → provisional ID


def _register(session: Session, name: str, first: str, sex: str, born: str,
              **arrival: Any) -> admissions.Registration:
    return admissions.register_arrival(
        session, IdentityInput(birth_name=name, first_forename=first, sex=sex,
                               birth_date=born), admissions.ArrivalInput(**arrival))


def make_stations(folder: Path, make: Callable[..., Session]) -> Stations:
    """Three stations' data and their bundle files in `folder` (passphrase `PASSPHRASE`)."""
    urg1 = make("URG1", units=True)
    urg2 = make("URG2")
    urg3 = make("URG3")
    shared = _register(urg1, "DUPONT", "Marie", "F", "12/05/1980", complaint="Chute",
                       triage_level="3B")
    martin = _register(urg1, "MARTIN", "Paul", "M", "12/03/1955", complaint="Dyspnée",
                       triage_level="2")
    admissions.mark_seen(urg1, martin.admission.id)
    admissions.admit_to_unit(urg1, martin.admission.id, "MED1", "101")
    nasty = _register(urg1, "D'ARC|^~\\&", "+Jé@nne", "F", "06/01/1980", complaint="=1+1")
    crisis_log.add_entry(urg1, kind="decision", text_value="Plan blanc déclenché", unit="URG")
    recovery.merge_bundles(urg2, [bundle_of(urg1)])  # URG2 receives URG1's data by USB
    admissions.update_identity(urg1, shared.patient.id, IdentityInput(
        birth_name="DUPOND", first_forename="Marie", sex="F", birth_date="12/05/1980"))
    admissions.update_identity(urg2, shared.patient.id, IdentityInput(
        birth_name="DUPONT", first_forename="Marie-Anne", sex="F", birth_date="12/05/1980"))
    nguyen = _register(urg2, "NGUYEN", "Linh", "F", "1992", complaint="Fièvre")
    durand = _register(urg3, "DURAND", "Louis", "M", "02/02/2002", complaint="Plaie")
    files = []
    for session in (urg1, urg2, urg3):
        path = folder / f"{session.station}.hcbundle"
        bundle.export_station_bundle(session, path, PASSPHRASE)
        files.append(path)
    ids = {"DUPONT": shared.patient.provisional_id, "MARTIN": martin.patient.provisional_id,
           "NASTY": nasty.patient.provisional_id, "NGUYEN": nguyen.patient.provisional_id,
           "DURAND": durand.patient.provisional_id}
    return Stations(files, shared.patient.id, ids)


def station_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Stations]:
    """For a fixture: the three stations' bundle files (cheap scrypt cost)."""
    lower_bundle_cost(monkeypatch)
    folder = tmp_path / "usb"
    folder.mkdir()
    gen = station_maker()
    make = next(gen)
    yield make_stations(folder, make)
    for _ in gen:
        pass


def recovery_database(tmp_path: Path) -> Iterator[AppContext]:
    """For a fixture: IT logged in on a new recovery database (station RECOV) in a file."""
    path = tmp_path / "recovery.db"
    store = open_store(path, create=True)
    station.initialise(store, station_code="RECOV", station_name="Reprise",
                       admin_username="admin", admin_password=PASSWORD)
    session = users.login(store, "admin", PASSWORD)
    yield AppContext(session, path)
    store.close()


def wait_idle(qtbot: Any, panel: Any, timeout: int = 60_000) -> None:
    """Wait for a panel's worker to end (and the deferred refreshes after it)."""
    qtbot.waitUntil(lambda: getattr(panel, "job", None) is None, timeout=timeout)
    qtbot.wait(10)


def audit_actions(context: AppContext) -> list[str]:
    """Every audit action of the database, oldest first."""
    return [r["action"] for r in context.store.query(
        "SELECT action FROM audit_log ORDER BY seq")]
