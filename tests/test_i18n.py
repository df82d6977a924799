"""French is the default language: every string marked for translation must have French."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hospcrisis import i18n

ROOT = Path(__file__).resolve().parent.parent


def test_french_catalogue_is_complete() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "check"],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-5000:]


def test_french_is_the_default_and_english_is_the_source() -> None:
    assert i18n.DEFAULT_LANGUAGE == "fr"
    assert i18n.language() == "fr"
    assert i18n._("Wrong user name or password.") == "Nom d’utilisateur ou mot de passe incorrect."
    with i18n.use_language("en"):
        assert i18n._("Wrong user name or password.") == "Wrong user name or password."


def test_placeholders_are_filled_in_both_languages() -> None:
    assert "42" in i18n._("Record {id} not found.", id="42")
    with i18n.use_language("en"):
        assert i18n._("Record {id} not found.", id="42") == "Record 42 not found."


def test_compiled_catalogue_is_built_from_the_sources() -> None:
    """`make` compiles resources/i18n/hospcrisis_fr.qm from the .ts files for Qt."""
    qm = ROOT / "resources" / "i18n" / "hospcrisis_fr.qm"
    sources = list((ROOT / "resources" / "i18n" / "fr").glob("*.ts"))
    assert qm.exists(), "run make (it compiles the .qm)"
    assert qm.stat().st_mtime >= max(s.stat().st_mtime for s in sources)
