"""Shared set-up of the operating-theatre GUI tests: an exercise station in a file (so the
worker threads really run, each with its own connection), three rooms, surgeons, an
anaesthetist, a programme file, and helpers to drive dialogs and read PDFs."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hospcrisis import clock
from hospcrisis.core import station, surgery, users
from hospcrisis.store.database import Store, open_store
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui import workers
from hospcrisis.ui.context import AppContext

from ..conftest import ADMIN_PASSWORD

#: Monday 30 November 2026, 07:00 in Paris: the crisis cell's "now".
NOW = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)

HEADER = ("reference;date;heure;duree;salle;chirurgien;anesthesiste;nom;prenom;"
          "date_naissance;sexe;telephone;ipp;intervention;specialite;priorite\n")
PROGRAMME = [
    "OR-1;01/12/2026;08:00;120;B1;LEGRAND.P;DUBOIS.F;DURAND;Marie;12/03/1950;F;"
    "06 11 22 33 44;40000001;Prothèse totale de hanche;ortho;P3",
    "OR-2;01/12/2026;10:30;60;B1;LEGRAND.P;;PETIT;Jean;1961;M;06 22 33 44 55;40000002;"
    "Arthroscopie du genou;ortho;P4",
    "OR-3;01/12/2026;08:00;90;B2;BLANC.C;;ROUX;Léa;01/02/1980;F;06 33 44 55 66;40000003;"
    "Cholécystectomie;visceral;P2",
    "OR-4;02/12/2026;08:00;45;B3;MOREL.J;;N’GUYEN;Anh;1975-05-05;M;;40000004;Cystoscopie;"
    "uro;P3",
    "OR-5;03/12/2026;09:00;60;B2;BLANC.C;;MARTIN;Paul;1990-01-01;M;06 44 55 66 77;40000005;"
    "Hernie inguinale;visceral;P1b",
    "OR-6;04/12/2026;14:00;90;B3;BLANC.C;;LEROY;Anne;02/02/1962;F;06 55 66 77 88;40000006;"
    "Colectomie;visceral;P3",
    "OR-7;21/12/2026;08:00;60;B1;LEGRAND.P;;GARNIER;Luc;1948;M;06 66 77 88 99;40000007;"
    "Canal carpien;ortho;P3",
]
#: The cases a P3/P4 cancellation of the next 14 days takes.
CANCELLED_REFS = ("OR-1", "OR-2", "OR-4", "OR-6")


def programme_bytes(lines: list[str] | None = None) -> bytes:
    return (HEADER + "".join(line + "\n" for line in (lines or PROGRAMME))).encode("utf-8")


@pytest.fixture
def theatre_store(tmp_path: Path, qapp: QApplication) -> Iterator[Store]:
    """An exercise station in a file (EXO, CH Dax), three rooms, staff; clock frozen."""
    ui_i18n.install("fr")
    clock.freeze(NOW)
    store = open_store(tmp_path / "station.db", create=True)
    station.initialise(store, station_code="EXO", station_name="Bloc", hospital="CH Dax",
                       admin_username="admin", admin_password=ADMIN_PASSWORD, exercise=True)
    admin = users.login(store, "admin", ADMIN_PASSWORD)
    surgery.create_room(admin, code="B1", name="Bloc 1 — orthopédie",
                        hours=surgery.parse_hours("1-5 08:00-18:00"), specialties=["ortho"],
                        equipment=["c-arm"])
    surgery.create_room(admin, code="B2", name="Bloc 2 — polyvalent",
                        hours=surgery.parse_hours("1-5 08:00-16:00"))
    surgery.create_room(admin, code="B3", name="Bloc 3 — viscéral",
                        hours=surgery.parse_hours("1-5 08:00-18:00"),
                        specialties=["visceral", "uro"])
    for code, family, given, specialty in (("LEGRAND.P", "Legrand", "Pierre", "ortho"),
                                           ("BLANC.C", "Blanc", "Camille", "visceral"),
                                           ("MOREL.J", "Morel", "Julien", "uro")):
        surgery.create_staff(admin, code=code, family_name=family, given_name=given,
                             role="surgeon", specialty=specialty, weekdays=[1, 2, 3, 4, 5])
    surgery.create_staff(admin, code="DUBOIS.F", family_name="Dubois", given_name="François",
                         role="anaesthetist", weekdays=[1, 2, 3, 4, 5])
    users.create_user(admin, username="secretariat", display_name="Secrétariat du bloc",
                      role="nurse", password=ADMIN_PASSWORD)
    yield store
    workers.wait_all(30_000)
    store.close()


def admin_session(store: Store) -> Any:
    return users.login(store, "admin", ADMIN_PASSWORD)


@pytest.fixture
def context(theatre_store: Store, tmp_path: Path) -> AppContext:
    return AppContext(admin_session(theatre_store), tmp_path / "station.db")


@pytest.fixture
def printer(qtbot: Any, context: AppContext) -> Any:
    """The main window's print controller, without the preview dialog."""
    from hospcrisis.ui.printing import PrintController

    window = QWidget()
    qtbot.addWidget(window)
    controller = PrintController(context, window)
    controller.preview_enabled = False
    return controller


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


def pdf_pages(source: Path | bytes) -> list[str]:
    from pypdf import PdfReader

    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    return [page.extract_text() or "" for page in PdfReader(stream).pages]


def audit_actions(store: Store, after_seq: int = 0) -> list[str]:
    rows = store.query("SELECT action FROM audit_log WHERE seq > ? ORDER BY seq", (after_seq,))
    return [r["action"] for r in rows]


def audit_seq(store: Store) -> int:
    return int(store.scalar("SELECT max(seq) FROM audit_log") or 0)
