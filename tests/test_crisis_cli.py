"""The crisis-cell commands as a crisis cell or IT scripts them: log, status, procedures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import ADMIN_PASSWORD


@pytest.fixture
def db(station_db: Path, cli: Any) -> Path:
    """A station with two units and a nurse account."""
    from hospcrisis.core import units, users
    from hospcrisis.store.database import open_store

    s = open_store(station_db)
    try:
        admin = users.login(s, "admin", ADMIN_PASSWORD)
        units.create_unit(admin, code="URG", name="Urgences", kind="ed", beds=["Box 1"])
        units.create_unit(admin, code="MED1", name="Médecine", kind="medicine", beds=["101"])
        units.create_unit(admin, code="MAT", name="Maternité", kind="maternity", beds=["M1"])
        users.create_user(admin, username="ide", display_name="Infirmière de nuit",
                          role="nurse", password=ADMIN_PASSWORD)
    finally:
        s.close()
    return station_db


def test_log_add_and_list(db: Path, cli: Any) -> None:
    result = cli("--db", db, "log", "add", "--kind", "décision", "Déclenchement", "du",
                 "plan", "blanc")
    assert result.code == 0, result
    assert result.out.strip() == "Entrée TEST-1 enregistrée dans la main courante."
    assert cli("--db", db, "log", "add", "--kind", "alert", "--unit", "URG", "--patient",
               "TEST-000001-A", "Patient agité au box 1").code == 0
    assert cli("--db", db, "log", "add", "--kind", "decision", "--corrects", "1",
               "Déclenchement du plan blanc à 03 h 20").code == 0
    listed = json.loads(cli("--db", db, "log", "list", "--json").out)
    assert [e["ref"] for e in listed] == ["TEST-1", "TEST-2", "TEST-3"]
    assert listed[0]["text"] == "Déclenchement du plan blanc"
    assert listed[0]["corrected_by"] == ["TEST-3"] and listed[2]["corrects"] == "TEST-1"
    assert listed[1]["unit"] == "URG" and listed[1]["patient_ref"] == "TEST-000001-A"
    assert set(listed[0]) >= {"id", "kind", "event_at", "entered_at", "late", "author",
                              "author_name"}
    alerts = json.loads(cli("--db", db, "log", "list", "--json", "--kind", "alerte").out)
    assert [e["ref"] for e in alerts] == ["TEST-2"]
    found = json.loads(cli("--db", db, "log", "list", "--json", "--search", "AGITE").out)
    assert [e["ref"] for e in found] == ["TEST-2"]
    text = cli("--db", db, "log", "list").out
    assert "Décision" in text and "[corrigée par TEST-3]" in text and "(corrige TEST-1)" in text
    assert "[URG]" in text


def test_log_add_refuses_bad_input_with_every_problem(db: Path, cli: Any) -> None:
    result = cli("--db", db, "log", "add", "--kind", "rumeur", "--at", "2099-01-01T00:00",
                 "x" * 100_000)
    assert result.code == 2
    assert "Type d’entrée inconnu « rumeur »" in result.err
    assert "est dans le futur" in result.err
    assert "trop long" in result.err
    empty = cli("--db", db, "log", "add", "--kind", "info", "   ")
    assert empty.code == 2 and "obligatoire" in empty.err
    late = cli("--db", db, "log", "add", "--kind", "info", "--at", "01/01/2001 10:00", "x")
    assert late.code == 2 and "remonte à plus de 60 jours" in late.err
    assert json.loads(cli("--db", db, "log", "list", "--json").out) == []


def test_a_nurse_may_not_write_the_log(db: Path, cli: Any) -> None:
    result = cli("--db", db, "--user", "ide", "log", "add", "--kind", "info", "x")
    assert result.code == 3


def test_status_set_and_list(db: Path, cli: Any) -> None:
    result = cli("--db", db, "status", "set", "dpi", "hors service", "--note", "Chiffré")
    assert result.code == 0, result
    assert result.out.startswith("Dossier patient informatisé (DPI) : Hors service depuis")
    assert cli("--db", db, "status", "set", "lab", "partial").code == 0
    data = json.loads(cli("--db", db, "status", "list", "--json").out)
    assert data["summary"]["level"] == "critical"
    by_code = {s["code"]: s for s in data["systems"]}
    assert by_code["dpi"]["state"] == "down" and by_code["dpi"]["note"] == "Chiffré"
    assert by_code["lab"]["state"] == "partial" and by_code["adt"]["state"] == "unknown"
    assert set(by_code["dpi"]) == {"code", "name", "active", "state", "since", "note",
                                   "reported_at", "reported_by", "reported_by_name"}
    text = cli("--db", db, "status", "list").out
    assert text.splitlines()[0] == ("Hors service : 1 · Partiellement fonctionnel : 1 · "
                                    "Non renseigné : 9")
    bad = cli("--db", db, "status", "set", "fax", "cassé")
    assert bad.code == 2 and "Il n’y a pas de système « fax »" in bad.err
    assert cli("--db", db, "status", "define", "pneumatique", "--name", "Pneumatique").code == 0
    assert cli("--db", db, "status", "set", "pneumatique", "na").code == 0
    history = json.loads(cli("--db", db, "status", "history", "--json").out)
    assert [h["code"] for h in history] == ["dpi", "lab", "pneumatique"]
    # each change is also in the main courante
    logged = json.loads(cli("--db", db, "log", "list", "--json").out)
    assert [e["kind"] for e in logged] == ["alert", "information", "information"]


def test_procedures_from_library_to_board(db: Path, cli: Any, tmp_path: Path) -> None:
    listed = json.loads(cli("--db", db, "procedures", "list", "--json").out)
    assert len(listed) >= 12
    assert set(listed[0]) == {"id", "version", "origin", "title", "scope", "forms",
                              "step_count", "return_step_count"}
    ed_only = json.loads(cli("--db", db, "procedures", "list", "--kind", "ed", "--json").out)
    assert "DM-TRIAGE" in [p["id"] for p in ed_only]
    assert "DM-BIRTHS" not in [p["id"] for p in ed_only]
    shown = cli("--db", db, "procedures", "show", "DM-TRIAGE")
    assert "Tri aux urgences sur papier" in shown.out and "R1." in shown.out

    result = cli("--db", db, "procedures", "activate", "DM-ADMISSION", "DM-LAB",
                 "--unit", "URG", "MED1", "--reason", "DPI hors service")
    assert result.code == 0, result
    assert result.out.splitlines()[0] == ("TEST-A1 : procédure DM-ADMISSION active en URG "
                                          "(8 étapes).")
    refused = cli("--db", db, "procedures", "activate", "DM-TRIAGE", "--unit", "MAT",
                  "--reason", "essai")
    assert refused.code == 2 and "ne s’applique pas à l’unité MAT" in refused.err

    assert cli("--db", db, "--user", "ide", "procedures", "sign", "A1", "2",
               "--note", "Fait").code == 0
    denied = cli("--db", db, "--user", "ide", "procedures", "sign", "TEST-A1", "1")
    assert denied.code == 3 and "relève du rôle « Cadre de santé »" in denied.err
    assert cli("--db", db, "procedures", "sign", "TEST-A1", "1").code == 0

    board = json.loads(cli("--db", db, "procedures", "board", "--json").out)
    assert [u["code"] for u in board["units"]] == ["MED1", "URG"]
    cell = next(c for c in board["cells"] if c["ref"] == "TEST-A1")
    assert (cell["state"], cell["done"], cell["total"]) == ("active", 2, 8)
    assert "TEST-A1" in cli("--db", db, "procedures", "board").out

    unit = json.loads(cli("--db", db, "procedures", "unit", "URG", "--json").out)
    assert [a["procedure_id"] for a in unit] == ["DM-ADMISSION", "DM-LAB"]
    assert unit[0]["steps"][1]["signed"] is True
    checklist = cli("--db", db, "procedures", "checklist", "A1").out
    assert "[x]   2." in checklist and "[ ]   3." in checklist

    closing = cli("--db", db, "procedures", "deactivate", "A1")
    assert closing.code == 2 and "ne peut pas encore être clôturée" in closing.err
    for key in ("R1", "R2", "R3", "R4"):
        assert cli("--db", db, "procedures", "sign", "A1", key).code == 0
    assert cli("--db", db, "procedures", "deactivate", "A1", "--note", "GAP rétablie").code == 0
    assert cli("--db", db, "procedures", "unsign", "A3", "1", "--reason", "x").code == 2
    assert cli("--db", db, "procedures", "cancel", "A4", "--reason", "Erreur").code == 0
    everything = json.loads(cli("--db", db, "procedures", "board", "--all", "--json").out)
    assert {c["ref"]: c["state"] for c in everything["cells"]} == {
        "TEST-A1": "closed", "TEST-A2": "active", "TEST-A3": "active"}


def test_procedures_export_and_import(db: Path, cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "mar.json"
    assert cli("--db", db, "procedures", "export", "DM-MAR", "--out", out).code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    data["procedures"][0]["version"] = 2
    data["procedures"][0]["steps"][0]["role"] = "doctor"
    data["procedures"][0]["scope"].append("morgue")
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    refused = cli("--db", db, "procedures", "import", out)
    assert refused.code == 2
    assert "rôle inconnu « doctor »" in refused.err and "« morgue »" in refused.err
    data["procedures"][0]["steps"][0]["role"] = "nurse_manager"
    data["procedures"][0]["scope"].pop()
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = cli("--db", db, "procedures", "import", out)
    assert result.code == 0 and "Procédure DM-MAR version 2 enregistrée." in result.out
    shown = json.loads(cli("--db", db, "procedures", "show", "DM-MAR", "--json").out)
    assert (shown["version"], shown["origin"]) == (2, "import")
    old = json.loads(cli("--db", db, "procedures", "show", "DM-MAR", "--version", "1",
                         "--json").out)
    assert old["origin"] == "shipped"
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * 10_000_000)
    assert cli("--db", db, "procedures", "import", huge).code == 2


def test_sitrep_show_is_a_read_only_preview(db: Path, cli: Any) -> None:
    cli("--db", db, "log", "add", "--kind", "decision", "Plan blanc")
    cli("--db", db, "status", "set", "dpi", "down")
    data = json.loads(cli("--db", db, "sitrep", "show", "--json").out)
    assert data["number"] == 1 and data["issued"] is False
    keys = [s["key"] for s in data["sections"]]
    assert {"systems", "procedures", "decisions", "alerts"} <= set(keys)
    decisions = next(s for s in data["sections"] if s["key"] == "decisions")
    assert decisions["rows"][0][2] == "Plan blanc"
    text = cli("--db", db, "sitrep", "show").out
    assert "Point de situation n° 1" in text and "## État des systèmes" in text
    assert json.loads(cli("--db", db, "sitrep", "show", "--json").out)["number"] == 1
