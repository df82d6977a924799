"""Every table of the recovery screens is a sound Qt model; the screens speak English too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hospcrisis.core import reconcile, recovery
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui.context import AppContext
from tests.ui.recovery_helpers import (
    PASSPHRASE,
    Stations,
    recovery_database,
    station_files,
    wait_idle,
)


@pytest.fixture(autouse=True)
def _french_ui(qapp: QApplication):
    ui_i18n.install("fr")
    yield
    ui_i18n.install("fr")

@pytest.fixture
def stations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Stations]:
    yield from station_files(tmp_path, monkeypatch)


@pytest.fixture
def recovery_context(tmp_path: Path) -> Iterator[AppContext]:
    yield from recovery_database(tmp_path)



def _merged_section(qtbot, context: AppContext, files: list[Path]):
    from hospcrisis.ui.recovery.section import RecoverySection

    section = RecoverySection(context)
    qtbot.addWidget(section)
    section.show()
    section.bundles.import_files([(f, PASSPHRASE) for f in files])
    wait_idle(qtbot, section.bundles)
    qtbot.waitUntil(lambda: section.bundles.model.rowCount() == len(files), timeout=10_000)
    return section


def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, stations: Stations,
                                             recovery_context: AppContext,
                                             tmp_path: Path) -> None:
    from hospcrisis.ui.recovery.identities import ProposalsDialog

    section = _merged_section(qtbot, recovery_context, stations.files)
    bundles = section.bundles
    section.export.folder.setText(str(tmp_path / "out"))
    section.export.start(section.export.request(allow_conflicts=True))
    wait_idle(qtbot, section.export)
    qtbot.waitUntil(lambda: section.export.history.rowCount() == 1, timeout=5000)
    models = [bundles.model, bundles.brought_model, bundles.records_model, bundles.aside_model,
              bundles.chain_model, section.conflicts.model, section.identities.model,
              section.export.counts_model, section.export.history,
              section.backload.type_model, section.backload.unit_model,
              section.backload.model]
    for model in models:
        assert model.rowCount() > 0 or model is bundles.aside_model, model
        qtmodeltester.check(model)
    listing = tmp_path / "sih.csv"
    listing.write_text("ipp;nom;prenom;sexe;date_naissance\n900001;NGUYEN;Linh;F;1992\n",
                       encoding="utf-8")
    proposals = reconcile.propose(recovery_context.session, listing)
    dialog = ProposalsDialog(recovery_context, proposals, listing.name, None)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.candidates_model)
    # the progress column carries its fraction for the bar
    from hospcrisis.ui.recovery.common import ProgressRole

    model = section.backload.type_model
    assert model.data(model.index(0, 3), ProgressRole) == 0.0


def test_the_recovery_screens_in_english(qtbot, stations: Stations,
                                         recovery_context: AppContext) -> None:
    ui_i18n.install("en")
    section = _merged_section(qtbot, recovery_context, stations.files)
    assert [section.tabs.tabText(i) for i in range(5)] == [
        "1. &Bundles", "2. &Conflicts (1)", "3. &Identities", "4. &Export", "5. Back-&loading"]
    assert section.bundles.result.text().startswith("Imported at")
    assert "1 conflict(s)" in section.bundles.result.text()
    assert section.bundles.details.tabText(0).startswith("What ")
    assert section.conflicts.summary.text() == "1 conflict(s) to settle"
    assert section.identities.counts.text() == "0 of 5 provisional IDs reconciled"
    assert section.backload.overall_label.text().startswith("Re-entered: 0 of ")
    model = section.backload.type_model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Kind of record"
    conflict = recovery.list_conflicts(recovery_context.session)[0]
    section.conflicts.select(conflict.id)
    assert section.conflicts.versions.cells[("birth_date", 0)].text() == "12/05/1980"


def test_the_main_window_fits_1280_pixels_on_every_tab(qtbot, stations: Stations,
                                                       recovery_context: AppContext) -> None:
    from hospcrisis.ui.main_window import MainWindow
    from hospcrisis.ui.recovery.section import RecoverySection

    window = MainWindow(recovery_context)
    qtbot.addWidget(window)
    window.show()
    section = window.show_section("recovery")
    assert isinstance(section, RecoverySection)
    section.bundles.import_files([(f, PASSPHRASE) for f in stations.files])
    wait_idle(qtbot, section.bundles)
    qtbot.waitUntil(lambda: section.bundles.model.rowCount() == 3, timeout=10_000)
    for key in section.TABS:
        section.show_tab(key)
        qtbot.wait(5)
        assert window.minimumSizeHint().width() <= 1280, key
    window.backup_timer.stop()
    window._closing_done = True
