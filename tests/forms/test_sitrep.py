"""The situation report PDF (HC-PDS-01) and a unit's procedures (HC-PDM-01): pure renderers,
read back with pypdf; and `hospcrisis print sitrep|procedures` end to end."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest

from hospcrisis.core.sitrep import Chart, Section, Series, Sitrep, TimelineRow
from hospcrisis.errors import ValidationError
from hospcrisis.forms.sitrep import key_figures, number, render_sitrep, sitrep_from_dict
from tests.forms.conftest import flat, make_info, page_texts

T0 = "2026-11-28T19:00:00.000Z"
T1 = "2026-11-28T23:00:00.000Z"
T2 = "2026-11-29T03:00:00.000Z"


def _report(decisions: int = 3, exercise: bool = True) -> Sitrep:
    systems = Section(
        "systems", "État des systèmes", 40, lines=("Hors service : 1 · Fonctionnel : 1",),
        columns=("Système", "État", "Depuis", "Remarque"),
        rows=(("Dossier patient (DPI)", "Hors service", "28/11/2026 20:00", "Chiffré."),
              ("Téléphonie", "Fonctionnel", "28/11/2026 20:00", "")),
        charts=(Chart("systems_timeline", "État des systèmes dans le temps", "timeline",
                      (T0, T2), ("19:00", "03:00"),
                      rows=(TimelineRow("dpi", "Dossier patient (DPI)",
                                        ((T0, T1, "partial"), (T1, None, "down"))),
                            TimelineRow("phones", "Téléphonie", ((T0, None, "functional"),))),
                      colours={"down": "red", "partial": "orange", "functional": "green"}),),
        data={"summary": {"counts": {"down": 1, "partial": 0}, "total": 2},
              "systems": [{"state": "down"}, {"state": "functional"}]})
    procedures = Section(
        "procedures", "Procédures de mode dégradé par unité", 50,
        lines=("2 procédure(s) active(s) dans 2 unité(s) ; 5 étapes validées sur 14.",),
        columns=("Unité", "Procédure", "Titre", "État", "Étapes", "Retour à la normale",
                 "Depuis"),
        rows=(("URG", "DM-LAB", "Biologie par coursier", "Active", "3/7", "0/3", "28/11 20:00"),
              ("MED1", "DM-BEDS", "Gestion des lits", "Active", "2/7", "0/3", "28/11 20:10")),
        charts=(Chart("procedures_by_unit", "Étapes validées par unité", "bar",
                      ("MED1", "URG"), ("MED1", "URG"),
                      (Series("progress", "% d’étapes validées", (28.6, 42.9)),),
                      y_label="% d’étapes validées", y_max=100.0),
                Chart("procedures_progress", "Avancement dans le temps", "line",
                      (T0, T1, T2), ("19:00", "23:00", "03:00"),
                      (Series("all", "Toutes les unités", (None, 20.0, 35.7)),
                       Series("URG", "URG", (None, 30.0, 42.9))), y_max=100.0)),
        data={"activations": [{"unit": "URG", "done": 3, "total": 7},
                              {"unit": "MED1", "done": 2, "total": 7}]})
    rows = tuple((f"29/11/2026 0{i % 10}:00", f"EXO-{i}",
                  f"Décision n° {i} <b>gras</b> & « guillemets » — " + "texte long " * 12,
                  "Dr Anne Bernard", "URG") for i in range(1, decisions + 1))
    decisions_section = Section(
        "decisions", "Décisions depuis le point précédent", 60,
        lines=("Depuis le point précédent (28/11/2026 23:00).",),
        columns=("Heure", "N°", "Entrée", "Auteur", "Unité"), rows=rows,
        data={"entries": [{} for _ in rows]})
    arrivals = Section("arrivals_by_triage", "Arrivées par heure et par niveau de tri", 10,
                       available=False, note="Pas encore disponible sur ce poste.")
    return Sitrep("EXO", "Exercice", "CH Dax", 2, T2, T1, exercise,
                  (arrivals, systems, procedures, decisions_section), issued=True,
                  issued_by_name="Dr Anne Bernard")


def _render(report: Sitrep, lang: str = "fr", exercise: bool = True) -> bytes:
    out = io.BytesIO()
    render_sitrep(out, [report], make_info(lang, exercise=exercise))
    return out.getvalue()


def test_every_section_is_printed_with_its_furniture() -> None:
    pages = page_texts(_render(_report()))
    text = "\n".join(pages)
    assert len(pages) >= 2
    assert "POINT DE SITUATION N° 2" in text and "HC-PDS-01 v1" in text
    assert "Période : depuis le point précédent, 29/11/2026 00:00" in " ".join(text.split())
    for title in ("ARRIVÉES PAR HEURE ET PAR NIVEAU DE TRI", "ÉTAT DES SYSTÈMES",
                  "PROCÉDURES DE MODE DÉGRADÉ PAR UNITÉ", "DÉCISIONS DEPUIS LE POINT PRÉCÉDENT"):
        assert title in text
    assert "Pas encore disponible sur ce poste." in text
    assert "État des systèmes dans le temps" in text and "Étapes validées par unité" in text
    assert "42,9 %" in text  # French decimals on the bars
    for number_, page in enumerate(pages, start=1):
        assert f"Page {number_}/{len(pages)}" in page
        assert "EXERCICE" in page
        assert "Imprimé le 29/11/2026 03:25 par Marie Curie — poste URG1" in page
    # key figures first: systems down, steps signed off, decisions
    first = " ".join(pages[0].split())
    assert "systèmes hors service" in first and "36 %" in first


def test_data_is_printed_literally_and_long_tables_continue() -> None:
    pages = page_texts(_render(_report(decisions=40)))
    text = "\n".join(pages)
    assert "<b>gras</b> & « guillemets »" in text
    assert "Décision n° 40" in flat(text) or "Décisionn°40" in flat(text)
    assert "(suite)" in text
    assert sum("Heure" in p and "Entrée" in p for p in pages) >= 2  # header repeated


def test_the_watermark_only_on_an_exercise_and_english() -> None:
    real = page_texts(_render(replace(_report(), exercise=False), exercise=False))
    assert not any("EXERCICE" in p for p in real)
    english = "\n".join(page_texts(_render(_report(), lang="en")))
    assert "SITUATION REPORT NO. 2" in english and "EXERCISE" in english
    assert "Period: since the previous report" in english
    assert number(42.857, True) == "42,9 %"


def test_an_issued_report_prints_again_from_its_record(tmp_path: Path) -> None:
    report = _report()
    again = sitrep_from_dict(report.to_dict())
    assert again == report
    path = tmp_path / "point.pdf"
    render_sitrep(path, [report.to_dict()], make_info(exercise=True))
    assert path.read_bytes() == _render(report)
    assert [(f.value, f.label, f.detail) for f in key_figures(report)] == [
        ("1", "systèmes hors service", "0 partiel(s) · sur 2 suivis"),
        ("2", "procédures actives", "dans 2 unité(s)"),
        ("36 %", "étapes validées", "5 sur 14"),
        ("3", "décisions", "depuis le point précédent")]


def test_nothing_to_print_is_refused() -> None:
    with pytest.raises(ValidationError, match="aucun point de situation"):
        render_sitrep(io.BytesIO(), [], make_info())


# --- from the database, through `hospcrisis print` ---------------------------------------------


def test_print_sitrep_issues_a_report_and_prints_it_again(cli, station_db: Path,
                                                          tmp_path: Path) -> None:
    assert cli("--db", station_db, "log", "add", "--kind", "decision",
               "Plan blanc déclenché.").code == 0
    assert cli("--db", station_db, "status", "set", "dpi", "down").code == 0
    first = tmp_path / "pds-1.pdf"
    result = cli("--db", station_db, "print", "sitrep", "--out", first)
    assert result.code == 0, result
    text = "\n".join(page_texts(first.read_bytes()))
    assert "POINT DE SITUATION N° 1" in text and "Plan blanc déclenché." in text
    assert cli("--db", station_db, "log", "add", "--kind", "decision",
               "Cellule de crise levée à 18 h.").code == 0
    second = tmp_path / "pds-2.pdf"
    assert cli("--db", station_db, "print", "sitrep", "--out", second).code == 0
    text = "\n".join(page_texts(second.read_bytes()))
    assert "N° 2" in text and "Cellule de crise levée" in text
    assert "Plan blanc déclenché." not in text
    again = tmp_path / "pds-1-again.pdf"
    assert cli("--db", station_db, "print", "sitrep", "--id", "1", "--out", again).code == 0
    text = "\n".join(page_texts(again.read_bytes()))
    assert "POINT DE SITUATION N° 1" in text and "Plan blanc déclenché." in text
    missing = cli("--db", station_db, "print", "sitrep", "--id", "9", "--out",
                  tmp_path / "x.pdf")
    assert missing.code == 4 and "Aucun point de situation émis" in missing.err


def test_print_a_units_procedures(cli, station_db: Path, tmp_path: Path) -> None:
    from hospcrisis.core import activations, units, users
    from hospcrisis.store.database import open_store

    from ..conftest import ADMIN_PASSWORD

    store = open_store(station_db)
    try:
        admin = users.login(store, "admin", ADMIN_PASSWORD)
        units.create_unit(admin, code="URG", name="Urgences adultes", kind="ed")
        made = activations.activate(admin, ["DM-TRIAGE"], ["URG"], "DPI hors service.")
        activations.sign_step(admin, made[0].id, "1", "Fiches en place.")
    finally:
        store.close()
    out = tmp_path / "urg.pdf"
    result = cli("--db", station_db, "print", "procedures", "--unit", "URG", "--out", out)
    assert result.code == 0, result
    pages = page_texts(out.read_bytes())
    text = "\n".join(pages)
    assert "URG — Urgences adultes" in text and "DM-TRIAGE" in text
    assert "CHECK-LIST" in text.upper() and "Retour à la normale" in text
    assert "Fichesenplace." in flat(text)
    empty = cli("--db", station_db, "print", "procedures", "--unit", "ZZZ", "--out",
                tmp_path / "z.pdf")
    assert empty.code != 0
