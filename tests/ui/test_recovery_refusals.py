"""Bad bundles from the GUI: the core's clear message, every file listed, nothing changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hospcrisis.core import recovery
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui.context import AppContext
from tests.ui.recovery_helpers import (
    PASSPHRASE,
    Stations,
    audit_actions,
    recovery_database,
    station_files,
    wait_idle,
)


@pytest.fixture(autouse=True)
def _french_ui(qapp: QApplication) -> None:
    ui_i18n.install("fr")

@pytest.fixture
def stations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Stations]:
    yield from station_files(tmp_path, monkeypatch)


@pytest.fixture
def recovery_context(tmp_path: Path) -> Iterator[AppContext]:
    yield from recovery_database(tmp_path)



_kept: list[object] = []


def _panel(qtbot, context: AppContext):
    from hospcrisis.ui.recovery.section import RecoverySection

    section = RecoverySection(context)
    qtbot.addWidget(section)  # a weak reference: keep the section alive for the test
    _kept[:] = [section]
    section.show()
    return section.bundles


def _refused(qtbot, panel, context: AppContext, phrases: list[tuple[Path, str]]) -> str:
    before = audit_actions(context)
    digest = recovery.content_hash(context.session)
    panel.import_files(phrases)
    wait_idle(qtbot, panel)
    assert panel.refusal.isVisible()
    assert not panel.result.isVisible()
    assert panel.model.rowCount() == 0
    assert audit_actions(context) == before
    assert recovery.content_hash(context.session) == digest
    assert panel.import_button.isEnabled()
    return panel.refusal.title.text()


def test_a_wrong_passphrase_imports_nothing(qtbot, stations: Stations,
                                            recovery_context: AppContext) -> None:
    panel = _panel(qtbot, recovery_context)
    message = _refused(qtbot, panel, recovery_context,
                       [(stations.files[0], "pas la bonne phrase du tout")])
    assert message.startswith("Phrase secrète incorrecte pour URG1.hcbundle")
    assert "Rien n’a été importé" in message
    # the right one then works
    panel.import_files([(stations.files[0], PASSPHRASE)])
    wait_idle(qtbot, panel)
    assert not panel.refusal.isVisible() and panel.result.isVisible()


def test_a_flipped_byte_refuses_every_bundle(qtbot, stations: Stations,
                                             recovery_context: AppContext) -> None:
    damaged = stations.files[1].with_name("URG2-copie.hcbundle")
    data = bytearray(stations.files[1].read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    panel = _panel(qtbot, recovery_context)
    message = _refused(qtbot, panel, recovery_context,
                       [(stations.files[0], PASSPHRASE), (damaged, PASSPHRASE)])
    assert message.startswith("URG2-copie.hcbundle a été modifié, ou est endommagé ou tronqué")


def test_every_bad_file_is_listed(qtbot, stations: Stations, recovery_context: AppContext,
                                  tmp_path: Path) -> None:
    cut = tmp_path / "URG1-coupé.hcbundle"
    cut.write_bytes(stations.files[0].read_bytes()[:20])
    other = tmp_path / "tableur.hcbundle"
    other.write_text("nom;prénom\nDUPONT;Marie\n", encoding="utf-8")
    newer = tmp_path / "URG3-v9.hcbundle"
    newer.write_bytes(stations.files[2].read_bytes().replace(b'"format_version":1',
                                                             b'"format_version":9', 1))
    database = tmp_path / "URG2.db"
    database.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    panel = _panel(qtbot, recovery_context)
    message = _refused(qtbot, panel, recovery_context,
                       [(p, PASSPHRASE) for p in (cut, other, newer, database,
                                                  stations.files[1])])
    assert message == ("Aucun lot n’a été importé : 4 fichier(s) illisible(s), listé(s) "
                       "ci-dessous. Rien n’a été modifié.")
    problems = panel.refusal.problems
    assert len(problems) == 4
    assert problems[0].startswith("URG1-coupé.hcbundle est endommagé ou tronqué")
    assert problems[1].startswith("tableur.hcbundle n’est pas un lot de poste hospcrisis")
    assert problems[2].startswith("URG3-v9.hcbundle a été écrit par une version plus récente")
    assert problems[3].startswith("URG2.db est une base de données, pas un lot de poste")
    panel.refusal.clear()
    assert not panel.refusal.isVisible()


def test_one_passphrase_for_all_or_one_per_bundle(qtbot, stations: Stations) -> None:
    from hospcrisis.ui.recovery.bundles import ImportBundlesDialog

    dialog = ImportBundlesDialog(stations.files, None)
    qtbot.addWidget(dialog)
    dialog.common.setText(PASSPHRASE)
    dialog.check()
    assert dialog.result_phrases == [(f, PASSPHRASE) for f in stations.files]
    dialog.result_phrases = None
    dialog.each.setChecked(True)
    assert not dialog.common.isEnabled() and dialog.per_file_box.isEnabled()
    dialog.fields[0].setText("une")
    dialog.fields[1].setText("deux")
    dialog.check()
    assert dialog.result_phrases is None
    assert dialog.error.text() == "Tapez la phrase secrète de chaque lot."
    dialog.fields[2].setText("trois")
    dialog.check()
    assert [p for _f, p in dialog.result_phrases or []] == ["une", "deux", "trois"]


def test_a_bundle_of_this_very_station_is_refused(qtbot, recovery_context: AppContext,
                                                  tmp_path: Path, monkeypatch) -> None:
    from hospcrisis.interop import bundle
    from tests.interop.recovery_support import lower_bundle_cost

    lower_bundle_cost(monkeypatch)
    own = tmp_path / "RECOV.hcbundle"
    bundle.export_station_bundle(recovery_context.session, own, PASSPHRASE)
    panel = _panel(qtbot, recovery_context)
    message = _refused(qtbot, panel, recovery_context, [(own, PASSPHRASE)])
    assert message.startswith("Aucun lot n’a été importé")
    assert panel.refusal.problems == ["RECOV.hcbundle vient de ce poste même (RECOV) : il n’y a "
                                      "rien à fusionner."]
