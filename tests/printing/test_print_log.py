"""The main courante prints whole: every entry, late entries and corrections visible."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader

from hospcrisis import clock, printing
from hospcrisis.core import crisis_log


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_log_prints_every_entry_with_its_links(session, tmp_path: Path) -> None:
    first = crisis_log.add_entry(session, kind="decision",
                                 text_value="Déclenchement du plan blanc <niveau 2>")
    crisis_log.add_entry(session, kind="alert",
                         text_value="Coupure électrique au bloc B & groupe démarré")
    crisis_log.add_entry(session, kind="information", text_value="Arrivée de 4 IDE en renfort",
                         event_at=clock.now() - timedelta(hours=3))
    crisis_log.add_entry(session, kind="decision",
                         text_value="Plan blanc niveau 1 (erreur de saisie)", corrects=first.id)
    crisis_log.add_entry(session, kind="action", text_value="Long compte rendu. " * 200)
    out = tmp_path / "log.pdf"
    outcome = printing.run(session, printing.PrintRequest("log"), out)
    content = text_of(out)
    assert outcome.pages >= 2  # the long entry flows onto another page, nothing cut
    assert "MAIN COURANTE" in content
    assert "<niveau 2>" in content and "bloc B & groupe" in content
    assert f"Corrige l’entrée {first.ref}" in content
    assert "écrite le" in content  # the late entry says when it was written
    assert content.count("Long compte rendu.") == 200
    last = session.store.query_one("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")
    assert last == {"action": "print.log"}


def test_the_log_print_follows_the_filters(session, tmp_path: Path) -> None:
    crisis_log.add_entry(session, kind="decision",
                         text_value="Fermeture des urgences pédiatriques")
    crisis_log.add_entry(session, kind="alert", text_value="Incendie maîtrisé au sous-sol")
    out = tmp_path / "alerts.pdf"
    printing.run(session, printing.PrintRequest("log", options={"kinds": ["alert"]}), out)
    content = text_of(out)
    assert "Incendie" in content and "pédiatriques" not in content


def test_an_empty_log_prints_ruled_lines_to_keep_it_by_hand(session, tmp_path: Path) -> None:
    out = tmp_path / "blank.pdf"
    outcome = printing.run(session, printing.PrintRequest("log", options={"search": "zzzz"}),
                           out)
    assert outcome.pages == 1
    assert "Heure · type · auteur" in text_of(out)
