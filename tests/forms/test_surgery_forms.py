"""Operating-theatre prints: each room's day (HC-BLO-01) and the call list (HC-BLO-02), from
the renderers, through `hospcrisis print`, and the surgery section of the situation report."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from hospcrisis import clock
from hospcrisis.core import surgery
from hospcrisis.core.surgery_print import RoomDaySheet, ScheduleLine, room_day_sheets
from hospcrisis.forms import surgery as forms
from hospcrisis.forms.data import PrintInfo
from hospcrisis.i18n import use_language

NOW = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)  # Monday 07:00 in Paris
TUESDAY = date(2026, 12, 1)
HEADER = ("reference;date;heure;duree;salle;chirurgien;anesthesiste;nom;prenom;"
          "date_naissance;sexe;telephone;ipp;intervention;specialite;priorite\n")
LINES = [
    "OR-1;01/12/2026;08:00;120;B1;LEGRAND.P;DUBOIS.F;DURAND;Marie;12/03/1950;F;"
    "06 11 22 33 44;40000001;Prothèse totale de hanche;ortho;P3",
    "OR-2;01/12/2026;10:30;60;B1;LEGRAND.P;;PETIT;Jean;1961;M;06 22 33 44 55;40000002;"
    "<b>Arthroscopie</b> & lavage;ortho;P1b",
    "OR-3;01/12/2026;08:00;90;B2;BLANC.C;;ROUX;Léa;01/02/1980;F;06 33 44 55 66;40000003;"
    "Cholécystectomie;visceral;P2",
]


def _text(data: bytes) -> list[str]:
    """Each page's text, white space collapsed (titles wrap)."""
    return [" ".join((page.extract_text() or "").split())
            for page in PdfReader(io.BytesIO(data)).pages]


def _info(exercise: bool = True, lang: str = "fr") -> PrintInfo:
    return PrintInfo(station="BLOC", printed_by="Dr Anne Bernard", printed_at=NOW,
                     exercise=exercise, lang=lang, hospital="CH Dax")


@pytest.fixture
def theatre(session: Any) -> Iterator[Any]:
    clock.freeze(NOW)
    for code, name, hours, specialties in (("B1", "Bloc 1 — orthopédie", "1-5 08:00-18:00",
                                            ["ortho"]),
                                           ("B2", "Bloc 2", "1-5 08:00-16:00", []),
                                           ("B3", "Bloc 3", "1-5 08:00-18:00", ["uro"])):
        surgery.create_room(session, code=code, name=name, hours=surgery.parse_hours(hours),
                            specialties=specialties)
    for code, family, role, specialty in (("LEGRAND.P", "Legrand", "surgeon", "ortho"),
                                          ("BLANC.C", "Blanc", "surgeon", "visceral"),
                                          ("DUBOIS.F", "Dubois", "anaesthetist", "")):
        surgery.create_staff(session, code=code, family_name=family, given_name="Dr",
                             role=role, specialty=specialty)
    surgery.import_programme_bytes(session, (HEADER + "\n".join(LINES) + "\n").encode(),
                                   "p.csv")
    yield session


def _render(sheets: list[RoomDaySheet], **info: Any) -> bytes:
    out = io.BytesIO()
    result = forms.render_or_day(out, sheets, _info(**info))
    assert result.pages == len(_text(out.getvalue()))
    return out.getvalue()


def test_each_room_gets_its_page_with_times_patients_and_staff(theatre: Any) -> None:
    sheets = room_day_sheets(theatre, TUESDAY)
    assert [s.room_code for s in sheets] == ["B1", "B2", "B3"]
    pages = _text(_render(sheets))
    assert len(pages) == 3
    b1, b2, b3 = pages
    for expected in ("B1", "Bloc 1 — orthopédie", "Mardi 01/12/2026", "08:00", "→ 10:00",
                     "10:30", "DURAND Marie", "né(e) le 12/03/1950", "Prothèse totale de hanche",
                     "Legrand Dr", "Dubois Dr", "P3", "P1b", "120 min", "IPP/ID 40000001",
                     "<b>Arthroscopie</b> & lavage", "PROGRAMME OPÉRATOIRE",
                     "EXERCICE", "HC-BLO-01 v1", "Page 1/1", "état au 30/11/2026 à 07:00",
                     "Programme opératoire de la salle"):
        assert expected in b1, expected
    assert "ROUX Léa" in b2 and "ROUX" not in b1
    assert "Aucune intervention programmée" in b3
    assert "2 interventions · 08:00–11:30" in b1


def test_one_room_only_and_a_closed_room(theatre: Any) -> None:
    surgery.close_room(theatre, "B2", TUESDAY, TUESDAY, "Panne de bras", cancel_cases=False)
    sheets = room_day_sheets(theatre, TUESDAY, "B2")
    assert [s.room_code for s in sheets] == ["B2"] and sheets[0].hours is None
    page = _text(_render(sheets))[0]
    assert "SALLE FERMÉE" in page and "Panne de bras" in page
    assert "1 interventions sont encore programmées ici" in page
    assert [s.room_code for s in room_day_sheets(theatre, TUESDAY)] == ["B1", "B2", "B3"]
    saturday = room_day_sheets(theatre, date(2026, 12, 5))
    assert saturday == []


def test_a_long_day_continues_on_a_second_page_numbered_per_room() -> None:
    start = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)
    lines = tuple(ScheduleLine(start.replace(hour=7 + k // 2, minute=30 * (k % 2)),
                               start.replace(hour=7 + k // 2, minute=30 * (k % 2) + 25),
                               k, "", f"PATIENT{k:02d} Test", "1950", "F", "", "Acte", "ortho",
                               "", (), "Legrand", "", "P2", None, 25, "")
                  for k in range(forms.DAY_PER_PAGE + 2))
    sheet = RoomDaySheet(TUESDAY, "B1", "Bloc 1", ("08:00", "18:00"), "", lines)
    other = RoomDaySheet(TUESDAY, "B2", "Bloc 2", ("08:00", "16:00"), "", ())
    pages = _text(_render([sheet, other], exercise=False))
    assert len(pages) == 3
    assert "Page 1/2" in pages[0] and "Page 2/2" in pages[1] and "Page 1/1" in pages[2]
    assert "PATIENT00" in pages[0] and f"PATIENT{forms.DAY_PER_PAGE + 1:02d}" in pages[1]
    assert "EXERCICE" not in pages[0]


def test_the_day_in_english(theatre: Any) -> None:
    with use_language("en"):
        sheets = room_day_sheets(theatre, TUESDAY, "B1")
    page = _text(_render(sheets, lang="en"))[0]
    assert "OR PROGRAMME" in page and "Operating room day schedule" in page
    assert "Tuesday 01 Dec 2026" in page
    assert "born 12 Mar 1950" in page and "General anaesthesia" in page


def test_the_pdf_is_byte_stable(theatre: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    sheets = room_day_sheets(theatre, TUESDAY)
    assert _render(sheets) == _render(sheets)


def test_the_call_list_to_work_with_a_pen(theatre: Any) -> None:
    surgery.cancel_by_rule(theatre, surgery.CancelRule(NOW.date(), date(2026, 12, 13),
                                                       ("P3", "P1b")), "Cyberattaque")
    entries = surgery.list_calls(theatre)
    surgery.record_call(theatre, entries[0].id, "unreachable", caller="Secrétariat")
    entries = surgery.list_calls(theatre)
    out = io.BytesIO()
    result = forms.render_calls(out, entries, _info())
    pages = _text(out.getvalue())
    assert result.pages == len(pages) == 1 and result.rows == 2
    page = pages[0]
    for expected in ("LISTE D’APPELS DES PATIENTS", "DURAND Marie", "06 11 22 33 44",
                     "PETIT Jean", "06 22 33 44 55", "Intervention déprogrammée",
                     "Cyberattaque", "mar. 01/12/2026 08:00", "Joint", "Message laissé",
                     "Injoignable", "1 tentative(s)", "Secrétariat", "aucun pour l’instant",
                     "2 patients à appeler", "07:00", "HC-BLO-02 v1", "EXERCICE"):
        assert expected in page, expected


def test_an_empty_call_list_prints_a_blank_sheet() -> None:
    out = io.BytesIO()
    result = forms.render_calls(out, [], _info(exercise=False))
    page = _text(out.getvalue())[0]
    assert result.blank_copies == 1 and "noter l’heure" in page


def test_hospcrisis_print_or_day_and_calls(cli: Any, station_db: Path, tmp_path: Path) -> None:
    from hospcrisis.core import users
    from hospcrisis.store.database import open_store

    from ..conftest import ADMIN_PASSWORD

    store = open_store(station_db)
    session = users.login(store, "admin", ADMIN_PASSWORD)
    surgery.create_room(session, code="B1", name="Bloc 1", hours=surgery.parse_hours(
        "1-7 08:00-18:00"))
    surgery.create_staff(session, code="LEGRAND.P", family_name="Legrand", role="surgeon",
                         specialty="ortho", weekdays=range(1, 8))
    tomorrow = date.fromordinal(clock.local(clock.now()).date().toordinal() + 1)
    surgery.create_case(session, patient_family_name="DURAND", procedure="Hanche",
                        surgeon="LEGRAND.P", duration_min=90, priority="P3", room="B1",
                        planned_start=f"{tomorrow.isoformat()}T09:15",
                        patient_phone="06 11 22 33 44")
    store.close()
    day = tmp_path / "day.pdf"
    result = cli("--db", station_db, "print", "or-day", "--day", tomorrow.strftime("%d/%m/%Y"),
                 "--room", "B1", "--out", day)
    assert result.code == 0, result
    page = _text(day.read_bytes())[0]
    assert "DURAND" in page and "09:15" in page and "B1" in page
    result = cli("--db", station_db, "surgery", "cancel", "--from", tomorrow.isoformat(),
                 "--to", tomorrow.isoformat(), "--reason", "Cyberattaque")
    assert result.code == 0, result
    calls = tmp_path / "calls.pdf"
    assert cli("--db", station_db, "print", "calls", "--out", calls).code == 0
    assert "06 11 22 33 44" in _text(calls.read_bytes())[0]
    refused = cli("--db", station_db, "print", "board", "--day", "2026-12-01", "--out",
                  tmp_path / "x.pdf")
    assert refused.code != 0 and "--day" in refused.err
    bad_day = cli("--db", station_db, "print", "or-day", "--day", "demain", "--out",
                  tmp_path / "y.pdf")
    assert bad_day.code != 0 and "demain" in bad_day.err


def test_the_situation_report_has_the_surgery_section(theatre: Any) -> None:
    from hospcrisis.core import sitrep

    surgery.cancel_by_rule(theatre, surgery.CancelRule(NOW.date(), date(2026, 12, 13),
                                                       ("P3", "P1b")), "Cyberattaque")
    entry = surgery.list_calls(theatre)[0]
    surgery.record_call(theatre, entry.id, "reached")
    report = sitrep.build_sitrep(theatre)
    section = report.section("surgery")
    assert section is not None and section.available
    text = "\n".join(section.lines)
    assert "2 interventions déprogrammées" in text
    assert "joints 1" in text and "1 appels restent à passer" in text
    assert section.data["cancelled"] == 2 and section.data["called"] == 1
    assert section.data["waiting_by_priority"]["P3"] == 1
    assert section.charts[0].series[0].values == (0.0, 1.0, 0.0, 1.0, 0.0)
    from hospcrisis.forms.sitrep import render_sitrep

    out = io.BytesIO()
    render_sitrep(out, [report], _info())
    assert "INTERVENTIONS DÉPROGRAMMÉES ET REPROGRAMMÉES" in "\n".join(
        _text(out.getvalue())).upper()
