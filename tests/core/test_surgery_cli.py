"""`hospcrisis surgery …`: the contract of issue 6 (commands, flags, JSON keys)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from hospcrisis import clock

PROGRAMME = (
    "reference;date;heure;duree;salle;chirurgien;nom_chirurgien;nom;prenom;telephone;"
    "intervention;specialite;priorite\n"
    "OR-1;2026-12-01;08:00;120;B1;LEGRAND.P;Legrand;DURAND;Marie;06 11 22 33 44;"
    "Prothèse de hanche;ortho;P3\n"
    "OR-2;01/12/2026;10:30;60;B1;LEGRAND.P;Legrand;PETIT;Jean;06 22 33 44 55;"
    "Arthroscopie;ortho;P4\n"
    "OR-3;2026-12-01;08:00;90;B2;BLANC.C;Blanc;ROUX;Léa;06 33 44 55 66;"
    "Cholécystectomie;visceral;P2\n"
)


@pytest.fixture
def theatre_db(station_db: Path, cli: Any) -> Path:
    clock.freeze(datetime(2026, 11, 30, 6, 0, tzinfo=UTC))
    for code, hours in (("B1", "1-5 08:00-18:00"), ("B2", "1-5 08:00-16:00")):
        result = cli("--db", station_db, "surgery", "add-room", code, "--name",
                     f"Bloc {code}", "--hours", hours)
        assert result.code == 0, result
    return station_db


@pytest.mark.parametrize("action", ["import", "cancel", "plan", "accept", "calls", "call",
                                    "rooms", "add-room", "waiting", "status"])
def test_every_surgery_command_has_help(cli: Any, action: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    result = cli("surgery", action, "--help")
    assert result.code == 0
    assert "usage" in (result.out + capsys.readouterr().out).lower()


def test_the_whole_flow_from_the_command_line(theatre_db: Path, cli: Any,
                                              tmp_path: Path) -> None:
    csv_file = tmp_path / "programme.csv"
    csv_file.write_text(PROGRAMME, encoding="utf-8-sig")
    result = cli("--db", theatre_db, "surgery", "import", csv_file)
    assert result.code == 0, result
    assert "3 interventions importées" in result.out
    assert "LEGRAND.P" in result.out  # staff created from the programme

    result = cli("--db", theatre_db, "surgery", "cancel", "--priority", "P3,P4", "--from",
                 "2026-11-30", "--to", "2026-12-13", "--reason", "Cyberattaque")
    assert result.code == 0, result
    assert "2 interventions déprogrammées" in result.out

    result = cli("--db", theatre_db, "surgery", "calls", "--json")
    calls = json.loads(result.out)
    assert {c["patient"] for c in calls} == {"DURAND Marie", "PETIT Jean"}
    assert all(c["status"] == "to_call" and c["reason"] == "Cyberattaque" for c in calls)

    number = str(calls[0]["number"])
    result = cli("--db", theatre_db, "surgery", "call", number, "--outcome", "message",
                 "--note", "Rappeler demain")
    assert result.code == 0, result
    assert "Message laissé" in result.out

    result = cli("--db", theatre_db, "surgery", "waiting", "--json")
    assert [c["priority"] for c in json.loads(result.out)] == ["P3", "P4"]

    result = cli("--db", theatre_db, "surgery", "plan", "--from", "2026-12-02", "--days", "7",
                 "--json")
    assert result.code == 0, result
    lines = json.loads(result.out)
    assert len(lines) == 2
    for line in lines:
        assert {"case_id", "priority", "deadline", "room", "start", "end",
                "lateness_min"} <= set(line)
        assert line["room"] in ("B1", "B2")
        start = datetime.fromisoformat(line["start"])
        end = datetime.fromisoformat(line["end"])
        assert start.tzinfo is not None and end > start
        assert start >= datetime(2026, 12, 2, 8, 0).astimezone()

    result = cli("--db", theatre_db, "surgery", "accept")
    assert result.code == 0, result
    result = cli("--db", theatre_db, "surgery", "status", "--json")
    counts = json.loads(result.out)
    assert counts["cancelled"] == 2 and counts["rescheduled"] == 2
    assert counts["calls_pending"] == 4  # two cancellations, two new dates
    result = cli("--db", theatre_db, "verify")
    assert result.code == 0, result


def test_unplaceable_cases_have_a_null_room(theatre_db: Path, cli: Any,
                                            tmp_path: Path) -> None:
    csv_file = tmp_path / "programme.csv"
    csv_file.write_text(PROGRAMME, encoding="utf-8")
    assert cli("--db", theatre_db, "surgery", "import", csv_file).code == 0
    assert cli("--db", theatre_db, "surgery", "cancel", "--from", "2026-12-01", "--to",
               "2026-12-01", "--reason", "Panne").code == 0
    # Saturday: every room is closed, so no case gets a slot.
    result = cli("--db", theatre_db, "surgery", "plan", "--from", "2026-12-05", "--days", "1",
                 "--json")
    lines = json.loads(result.out)
    assert len(lines) == 3
    for line in lines:
        assert line["room"] is None and line["start"] is None and line["end"] is None
        assert line["lateness_min"] >= 0 and line["reason"]


def test_a_wrong_encoding_is_a_clear_error(theatre_db: Path, cli: Any,
                                           tmp_path: Path) -> None:
    csv_file = tmp_path / "programme.csv"
    csv_file.write_bytes(PROGRAMME.encode("cp1252"))
    result = cli("--db", theatre_db, "surgery", "import", csv_file)
    assert result.code == 2
    assert "UTF-8" in result.err
    assert json.loads(cli("--db", theatre_db, "surgery", "waiting", "--json").out) == []
