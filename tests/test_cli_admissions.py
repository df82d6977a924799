"""Admissions commands end to end: search, duplicates, admit, ids, import census, board, census,
demo --admissions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hospcrisis.core import provisional_ids


@pytest.mark.parametrize("command", [["search"], ["duplicates"], ["admit"], ["ids", "reserve"],
                                     ["import", "census"], ["board"], ["census"]])
def test_every_command_has_help(cli: Any, command: list[str],
                                capsys: pytest.CaptureFixture[str]) -> None:
    result = cli(*command, "--help")
    assert result.code == 0 and "usage" in capsys.readouterr().out


def test_admit_search_board_census_round_trip(cli: Any, station_db: Path) -> None:
    result = cli("--db", station_db, "admit", "--birth-name", "Lefèvre", "--first-forename",
                 "Hélène", "--sex", "F", "--birth-date", "12/03/1950", "--triage", "2",
                 "--complaint", "Dyspnée")
    assert result.code == 0, result
    code = result.out.strip()
    assert provisional_ids.parse(code).station == "TEST"

    result = cli("--db", station_db, "search", "lefevre", "--json")
    assert result.code == 0, result
    hits = json.loads(result.out)
    assert hits[0]["provisional_id"] == code and hits[0]["birth_name"] == "Lefèvre"
    assert hits[0]["status"] == "triaged" and hits[0]["birth_date_precision"] == "day"

    result = cli("--db", station_db, "board", "--json")
    board = json.loads(result.out)
    assert board["counts"] == {"2": 1}
    assert board["rows"][0]["provisional_id"] == code
    assert board["rows"][0]["triage_level"] == "2" and board["rows"][0]["target_minutes"] == 20

    result = cli("--db", station_db, "--lang", "en", "search", "zzz")
    assert result.code == 0 and "No patient found." in result.out


def test_admit_bad_input_exits_2_and_saves_nothing(cli: Any, station_db: Path) -> None:
    result = cli("--db", station_db, "admit", "--birth-name", "Durand", "--first-forename",
                 "Paul", "--sex", "M", "--birth-date", "30/02/1990")
    assert result.code == 2
    assert "n’existe pas" in result.err
    assert json.loads(cli("--db", station_db, "search", "durand", "--json").out) == []


def test_admit_unknown_patient(cli: Any, station_db: Path) -> None:
    result = cli("--db", station_db, "admit", "--unknown", "--sex", "M", "--estimated-age",
                 "30-40", "--description", "Blouson noir", "--json")
    assert result.code == 0, result
    patient = json.loads(result.out)["patient"]
    assert patient["unknown"] is True and patient["birth_date"] is None
    assert (patient["estimated_age_min"], patient["estimated_age_max"]) == (30, 40)


def test_ids_reserve_then_use_once(cli: Any, station_db: Path) -> None:
    result = cli("--db", station_db, "ids", "reserve", "--count", "3", "--json")
    assert result.code == 0, result
    block = json.loads(result.out)
    assert block["count"] == 3 and len(block["ids"]) == 3 and block["station"] == "TEST"
    args = ["--db", station_db, "admit", "--birth-name", "Roux", "--first-forename", "Léa",
            "--sex", "F", "--birth-date", "1999", "--id", block["ids"][0]]
    assert cli(*args).out.strip() == block["ids"][0]
    again = cli(*args)
    assert again.code == 2 and "déjà été utilisé" in again.err


def test_duplicates_json(cli: Any, station_db: Path) -> None:
    for name, first in (("Le Gall", "Anne"), ("Anne", "Le-Gall")):
        assert cli("--db", station_db, "admit", "--birth-name", name, "--first-forename",
                   first, "--sex", "F", "--birth-date", "04/03/1980").code == 0
    result = cli("--db", station_db, "duplicates", "--json")
    assert result.code == 0, result
    pairs = json.loads(result.out)
    assert len(pairs) == 1 and pairs[0]["score"] >= 75
    assert set(pairs[0]) == {"score", "reasons", "patient_a", "patient_b"}
    assert "swapped_names" in pairs[0]["reasons"]
    text = cli("--db", station_db, "duplicates")
    assert "Score" in text.out


def test_import_census(cli: Any, station_db: Path, tmp_path: Path) -> None:
    # a unit to admit into
    from hospcrisis.core import units, users
    from hospcrisis.store.database import open_store

    store = open_store(station_db)
    try:
        session = users.login(store, "admin", "admin-pass-1")
        units.create_unit(session, code="MED1", name="Médecine", kind="medicine",
                          beds=["101"])
    finally:
        store.close()
    csv_file = tmp_path / "census.csv"
    csv_file.write_text("ipp;nom_naissance;prenom;sexe;date_naissance;unite;lit;date_entree\n"
                        "123;MARTIN;Paul;H;01/02/1950;MED1;101;01/03/2026 10:00\n",
                        encoding="utf-8")
    result = cli("--db", station_db, "import", "census", csv_file)
    assert result.code == 0, result
    assert "1 patients importés" in result.out
    census = json.loads(cli("--db", station_db, "census", "MED1", "--json").out)
    assert census["beds"][0]["occupant"]["patient"]["ipp"] == "123"
    assert census["occupied"] == 1 and census["free"] == 0
    again = cli("--db", station_db, "import", "census", csv_file)
    assert again.code == 2 and "déjà été importé" in again.err


def test_demo_with_admissions(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "exercise.db"
    result = cli("--db", path, "demo", "--admissions", "150")
    assert result.code == 0, result
    assert "admissions: 150" in result.out
    hits = json.loads(cli("--db", path, "search", "mar", "--json").out)
    assert hits
    assert cli("--db", path, "verify").code == 0


def test_triage_scale_and_mass_casualty_plan(station_db, cli) -> None:
    import json as _json

    shown = _json.loads(cli("--db", station_db, "triage", "show", "--json").out)
    assert shown["scale"] == "FRENCH" and shown["mass_casualty"] is False
    assert [lv["code"] for lv in shown["levels"]] == ["1", "2", "3A", "3B", "4", "5"]
    assert cli("--db", station_db, "triage", "mass-casualty", "on", "--reason",
               "Accident de car").code == 0
    assert cli("--db", station_db, "triage", "scale", "ESI").code == 0
    shown = _json.loads(cli("--db", station_db, "triage", "show", "--json").out)
    assert shown == {**shown, "scale": "ESI", "mass_casualty": True}
    bad = cli("--db", station_db, "triage", "scale", "ABC")
    assert bad.code == 2
