"""The IT flow from the GUI, end to end: gather three bundles, see what came in, settle the
conflict, reconcile identities (by hand, by the admissions office's file — and a refused one),
export HL7 / FHIR / CSV, mark records re-entered, print the end-of-downtime report."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from hospcrisis.core import backload, reconcile, recovery
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



def _section(qtbot, context: AppContext):
    from hospcrisis.ui.recovery.section import RecoverySection

    section = RecoverySection(context)
    qtbot.addWidget(section)
    section.resize(1070, 760)
    section.show()
    return section


def _import(qtbot, section, files: list[Path]) -> None:
    section.bundles.import_files([(f, PASSPHRASE) for f in files])
    wait_idle(qtbot, section.bundles)
    qtbot.waitUntil(lambda: section.bundles.model.rowCount() == len(files), timeout=10_000)


def test_three_bundles_are_merged_and_summarised(qtbot, stations: Stations,
                                                 recovery_context: AppContext) -> None:
    section = _section(qtbot, recovery_context)
    assert section.bundles.empty.isVisible()
    _import(qtbot, section, stations.files)
    panel = section.bundles
    assert not panel.refusal.isVisible()
    assert panel.result.text().startswith("Importé à")
    assert "URG1, URG2, URG3" in panel.result.text() and "1 conflit(s)" in panel.result.text()
    assert [b.station for b in panel.model.rows] == ["URG1", "URG2", "URG3"]
    assert not panel.empty.isVisible()
    # what URG2 brought, per kind of record
    panel.view.selectRow(1)
    assert panel.details.tabText(0) == "Apport du lot URG2"
    brought = {r.table: r.counts for r in panel.brought_model.rows}
    assert brought["patient"]["conflicts"] == 1 and brought["patient"]["new"] == 1
    assert panel.brought_model.data(panel.brought_model.index(
        [r.table for r in panel.brought_model.rows].index("patient"), 0)) == "Patients"
    # the proof: content hash and the three chain heads
    digest = recovery.content_hash(recovery_context.session)
    assert panel.hash_label.text().replace(" ", "").replace("\n", "") == digest
    assert [r.station for r in panel.chain_model.rows] == ["URG1", "URG2", "URG3"]
    assert all(r.heads for r in panel.chain_model.rows)
    assert "1 ouvert(s)" in panel.counts_label.text()
    assert section.tabs.tabText(1) == "2. &Conflits (1)"
    assert audit_actions(recovery_context).count("recovery.bundle.import") == 1
    # importing the same bundles again changes nothing
    panel.import_files([(stations.files[0], PASSPHRASE)])
    wait_idle(qtbot, panel)
    assert "était déjà importé" in panel.result.text()
    assert panel.model.rowCount() == 3
    assert recovery.content_hash(recovery_context.session) == digest


def test_a_conflict_is_compared_side_by_side_and_settled(qtbot, stations: Stations,
                                                         recovery_context: AppContext,
                                                         monkeypatch) -> None:
    from hospcrisis.ui.recovery import conflicts as conflicts_ui

    section = _section(qtbot, recovery_context)
    _import(qtbot, section, stations.files)
    section.show_tab("conflicts")
    panel = section.conflicts
    assert panel.model.rowCount() == 1 and panel.summary.text() == "1 conflit(s) à trancher"
    conflict = panel.current()
    assert conflict is not None and conflict.record_id == stations.shared_patient
    view = panel.versions
    assert set(view.differing) >= {"birth_name", "first_forename"}
    cells = [view.cells[("birth_name", n)].text() for n in range(len(conflict.versions))]
    assert "DUPOND" in cells and "DUPONT" in cells
    assert view.cells[("birth_name", 0)].property("differs") is True
    assert view.cells[("birth_date", 0)].text() == "12/05/1980"

    # the dialog: keep URG2's version, take URG1's birth name, say why
    dialog = conflicts_ui.SettleDialog(conflict, None)
    qtbot.addWidget(dialog)
    urg2 = next(n for n, v in enumerate(conflict.versions) if v.stations == ("URG2",)
                and v.version == 2)
    dialog.radios[urg2].setChecked(True)
    assert dialog.value_combos["first_forename"].currentData() == "Marie-Anne"
    birth = dialog.value_combos["birth_name"]
    birth.setCurrentIndex(birth.findData("DUPOND"))
    dialog.check()
    assert dialog.choice is None and dialog.error.text().startswith("Donnez un motif")
    dialog.reason.setText("Vérifié sur la carte d'identité")
    dialog.check()
    choice = dialog.choice
    assert choice is not None and choice.keep == "URG2"
    assert choice.values == {"birth_name": "DUPOND"}

    monkeypatch.setattr(conflicts_ui.SettleDialog, "ask", classmethod(
        lambda cls, c, parent: choice))
    panel.settle_selected()
    qtbot.waitUntil(lambda: panel.open_count == 0, timeout=5000)
    assert panel.done.text().startswith("Conflit C-")
    assert panel.summary.text() == "Aucun conflit à trancher"
    assert section.tabs.tabText(1) == "2. &Conflits"
    settled = recovery.list_conflicts(recovery_context.session, include_settled=True)
    assert [c.state for c in settled] == ["settled"]
    patient = next(r for r in reconcile.list_reconciliations(recovery_context.session)
                   if r.patient_id == stations.shared_patient)
    assert patient.name.startswith("DUPOND Marie-Anne")
    assert "recovery.conflict.settle" in audit_actions(recovery_context)
    # settled conflicts stay visible on demand
    panel.show_settled.setChecked(True)
    assert panel.model.rowCount() == 1
    assert panel.model.data(panel.model.index(0, 2)) == "tranché"
    assert not panel.settle_button.isEnabled()


def test_identities_by_hand_by_file_and_a_refused_file(qtbot, stations: Stations,
                                                       recovery_context: AppContext,
                                                       tmp_path: Path) -> None:
    from hospcrisis.ui.recovery.identities import SetIdentityDialog

    section = _section(qtbot, recovery_context)
    _import(qtbot, section, stations.files)
    section.show_tab("identities")
    panel = section.identities
    assert panel.model.rowCount() == 5
    assert panel.counts.text() == "0 identifiants provisoires rapprochés sur 5"
    martin_id = stations.provisional_ids["MARTIN"]
    item = panel.find_item(martin_id)
    assert item is not None

    # by hand: a bad IPP is refused in the dialog, nothing saved; a good one is saved
    dialog = SetIdentityDialog(recovery_context, item, None)
    qtbot.addWidget(dialog)
    dialog.ipp.setText("80 01|")
    dialog.save()
    assert dialog.result_value is None and not dialog.problems.isHidden()
    assert "n’est pas valide" in dialog.problems.title.text()
    dialog.ipp.setText("800001")
    dialog.visit.setText("V0001")
    dialog.status.setCurrentIndex(dialog.status.findData("VALI"))
    dialog.save()
    assert dialog.result_value is not None and dialog.result_value.created == 1
    recovery_context.data_changed.emit("recovery")
    qtbot.waitUntil(lambda: panel.counts.text().startswith("1 "), timeout=5000)
    row = panel.find_item(martin_id)
    assert row is not None and row.ipp == "800001" and row.visits
    shown = [panel.model.data(panel.model.index(r, 7)) for r in range(panel.model.rowCount())]
    assert shown.count("IPP renseigné") == 1

    # the admissions office's file, refused whole with every bad line listed
    bad = tmp_path / "bad.csv"
    bad.write_text("provisional_id;ipp\n"
                   f"{stations.provisional_ids['NGUYEN']};800002\n"
                   "URG9-000001-X;800003\n"
                   f"{stations.provisional_ids['DURAND']};800004\n"
                   f"{stations.provisional_ids['DURAND']};800005\n", encoding="utf-8")
    before = audit_actions(recovery_context)
    panel.import_file(bad)
    wait_idle(qtbot, panel)
    assert panel.refusal.isVisible()
    assert "bad.csv n’a pas été importé" in panel.refusal.title.text()
    lines = panel.refusal.problems
    assert any(line.startswith("Ligne 3") for line in lines)
    assert any(line.startswith("Ligne 5") and "deux IPP" in line for line in lines)
    assert audit_actions(recovery_context) == before
    assert panel.counts.text().startswith("1 ")

    good = tmp_path / "good.csv"
    good.write_text("id_provisoire,numero_patient,numero_venue\n"
                    f"{stations.provisional_ids['NGUYEN']},800002,V0002\n"
                    f"{stations.provisional_ids['DURAND']},800004,\n", encoding="utf-8")
    panel.import_file(good)
    wait_idle(qtbot, panel)
    assert not panel.refusal.isVisible()
    assert panel.message.text() == ("good.csv : 2 rapproché(s), 0 remplacé(s), 0 inchangé(s), "
                                    "1 numéro(s) de venue.")
    qtbot.waitUntil(lambda: panel.counts.text().startswith("3 "), timeout=5000)
    assert "recovery.reconcile.import" in audit_actions(recovery_context)
    panel.filter.setCurrentIndex(panel.filter.findData("pending"))
    assert panel.model.rowCount() == 2


def test_proposals_are_confirmed_and_duplicates_merged(qtbot, stations: Stations,
                                                       recovery_context: AppContext,
                                                       tmp_path: Path, monkeypatch) -> None:
    from hospcrisis.ui.recovery import identities as identities_ui

    section = _section(qtbot, recovery_context)
    _import(qtbot, section, stations.files)
    panel = section.identities
    listing = tmp_path / "sih.csv"
    listing.write_text("ipp;nom;prenom;sexe;date_naissance\n"
                       "900001;NGUYEN;Linh;F;1992\n"
                       "900002;DURAND;Louis;M;02/02/2002\n"
                       "900003;LEGRAND;Zoé;F;01/01/1970\n", encoding="utf-8")
    shown: list[identities_ui.ProposalsDialog] = []

    def ask(cls, context, proposals, file_name, parent):
        dialog = cls(context, proposals, file_name, parent)  # owned by the panel
        shown.append(dialog)
        durand = stations.provisional_ids["DURAND"]
        row = next(n for n, p in enumerate(dialog.model.rows) if p.provisional_id == durand)
        dialog.view.selectRow(row)
        candidate = dialog.current_candidate()
        assert candidate is not None and candidate.ipp == "900002"
        assert dialog.compare.differing == []
        assert "Système d’information — score" in dialog.findChildren(
            identities_ui.QLabel, "versionHead")[1].text()
        dialog.confirm_current()
        return dialog.confirmed

    monkeypatch.setattr(identities_ui.ProposalsDialog, "ask", classmethod(ask))
    panel.propose_from(listing)
    wait_idle(qtbot, panel)
    assert shown and shown[0].confirmed == {stations.provisional_ids["DURAND"]: "900002"}
    shown[0].close()
    qtbot.waitUntil(lambda: panel.counts.text().startswith("1 "), timeout=5000)
    assert "recovery.reconcile.propose" in audit_actions(recovery_context)

    # two records of the same patient, merged through the core (audited, both kept)
    dialog = identities_ui.MergeDialog(recovery_context, stations.provisional_ids["DUPONT"],
                                       stations.provisional_ids["NASTY"], None)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.done_record is None and not dialog.problems.isHidden()  # no reason
    dialog.reason.setText("Même patiente, vérifié au dossier papier")
    dialog.save()
    assert dialog.done_record is not None
    recovery_context.data_changed.emit("recovery")
    qtbot.waitUntil(lambda: "fusionnés" in panel.counts.text(), timeout=5000)
    assert "patient.merge" in audit_actions(recovery_context)


def test_exports_hl7_fhir_csv_with_their_counts(qtbot, stations: Stations,
                                                recovery_context: AppContext,
                                                tmp_path: Path, monkeypatch) -> None:
    from hospcrisis.ui.recovery import export as export_ui

    section = _section(qtbot, recovery_context)
    _import(qtbot, section, stations.files)
    section.show_tab("export")
    panel = section.export
    assert panel.conflicts.isVisible() and "1 conflit(s)" in panel.conflicts.text()
    out = tmp_path / "exports"
    panel.folder.setText(str(out))

    # refused while a conflict is open, unless explicitly allowed
    asked: list[int] = []
    monkeypatch.setattr(export_ui, "ask_allow_conflicts",
                        lambda parent, n: asked.append(n) or False)
    panel.export_requested()
    assert asked == [1] and panel.last_result is None and not out.exists()
    monkeypatch.setattr(export_ui, "ask_allow_conflicts", lambda parent, n: True)
    panel.set_format("hl7")
    panel.batch.setChecked(True)
    panel.export_requested()
    wait_idle(qtbot, panel)
    result = panel.last_result
    assert result is not None and result.conflicts_open == 1
    assert result.folder.is_dir() and len(list(result.folder.glob("*.hl7"))) == 1
    assert "Export n° 1 (HL7 v2.5) écrit : 1 fichier(s)" in panel.result_banner.text()
    counts = dict(panel.counts_model.rows)
    assert counts["patient"] == 5 and counts["messages"] > 5
    assert "MSH-10 de" in panel.details.text()
    assert "étaient encore ouverts" in panel.details.text()

    # settle, then FHIR and CSV without being asked
    conflict = recovery.list_conflicts(recovery_context.session)[0]
    recovery.settle_conflict(recovery_context.session, conflict.id, keep="URG1", reason="Vu")
    monkeypatch.setattr(export_ui, "ask_allow_conflicts", lambda parent, n: pytest.fail(
        "asked although no conflict is open"))
    panel.set_format("fhir")
    panel.bundle_size.setValue(2)
    panel.export_requested()
    wait_idle(qtbot, panel)
    fhir_result = panel.last_result
    assert fhir_result is not None and fhir_result.record.format == "fhir"
    bundles = sorted(fhir_result.folder.glob("bundle-*.json"))
    assert len(bundles) == 3  # 5 patients, 2 per bundle
    assert json.loads(bundles[0].read_text(encoding="utf-8"))["type"] == "transaction"
    assert dict(panel.counts_model.rows)["patients"] == 5

    panel.set_format("csv")
    panel.comma.setChecked(True)
    panel.export_requested()
    wait_idle(qtbot, panel)
    csv_result = panel.last_result
    assert csv_result is not None and csv_result.record.format == "csv"
    patients = (csv_result.folder / "patients.csv").read_bytes()
    assert patients.startswith(b"\xef\xbb\xbf") and b"'=1+1" not in patients
    assert b"'+J" in patients  # a name starting with + is neutralised
    assert (csv_result.folder / "manifest.json").exists()
    qtbot.waitUntil(lambda: panel.history.rowCount() == 3, timeout=5000)
    assert [e.format for e in panel.history.rows] == ["csv", "fhir", "hl7"]
    assert audit_actions(recovery_context).count("recovery.export") == 3


def test_back_loading_progress_marks_and_printed_report(qtbot, stations: Stations,
                                                        recovery_context: AppContext,
                                                        monkeypatch) -> None:
    from pypdf import PdfReader

    from hospcrisis.ui.printing import PrintController
    from hospcrisis.ui.recovery import backload as backload_ui

    window = QWidget()
    qtbot.addWidget(window)
    controller = PrintController(recovery_context, window)
    controller.preview_enabled = False
    section = _section(qtbot, recovery_context)
    _import(qtbot, section, stations.files)
    section.show_tab("backload")
    panel = section.backload
    progress = backload.progress(recovery_context.session)
    assert panel.overall_label.text() == f"Ressaisis : 0 sur {progress.captured}"
    types = {t.type: t for t in panel.type_model.rows}
    assert types["patient"].captured == 5
    assert panel.type_model.data(panel.type_model.index(0, 3)) == "0 / 5 (0 %)"
    assert {u.unit for u in panel.unit_model.rows} >= {"URG1", "URG2", "URG3"}

    # select every remaining patient, mark them re-entered by the admissions office
    panel.kind.setCurrentIndex(panel.kind.findData("patient"))
    assert panel.model.rowCount() == 5
    panel.view.selectAll()
    assert panel.mark_button.isEnabled() and not panel.withdraw_button.isEnabled()
    from datetime import datetime

    value = backload_ui.MarkInput("Bureau des entrées", datetime.now().astimezone(), "")
    monkeypatch.setattr(backload_ui.MarkDialog, "ask", classmethod(
        lambda cls, n, by, parent: value))
    panel.mark_selected()
    wait_idle(qtbot, panel)
    qtbot.waitUntil(lambda: panel.overall_label.text().startswith("Ressaisis : 5 "),
                    timeout=5000)
    types = {t.type: t for t in panel.type_model.rows}
    assert types["patient"].reentered == 5
    patient_row = [t.type for t in panel.type_model.rows].index("patient")
    assert panel.type_model.data(panel.type_model.index(patient_row, 3)) == "5 / 5 (100 %)"
    assert "5 enregistrement(s) marqué(s)" in panel.message.text()
    assert panel.model.rowCount() == 0  # "still to re-enter" shows none of them now
    panel.state.setCurrentIndex(panel.state.findData("done"))
    assert panel.model.rowCount() == 5
    assert panel.model.data(panel.model.index(0, 5)).startswith("Bureau des entrées, le ")

    # a mark withdrawn by mistake
    panel.view.selectRow(0)
    monkeypatch.setattr(backload_ui.WithdrawDialog, "ask", classmethod(
        lambda cls, n, parent: "Erreur de sélection"))
    panel.withdraw_selected()
    qtbot.waitUntil(lambda: panel.overall_label.text().startswith("Ressaisis : 4 "),
                    timeout=5000)

    # the end-of-downtime report, through the app's print framework
    panel.print_report_button.click()
    qtbot.waitUntil(lambda: controller.running is None and controller.last_path is not None,
                    timeout=60_000)
    path = controller.last_path
    assert path is not None and path.name.startswith("report-")
    text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert "BILAN DE FIN DE MODE DÉGRADÉ" in text
    for code in ("URG1", "URG2", "URG3"):
        assert code in text
    assert recovery.content_hash(recovery_context.session)[:16] in text.replace("\n", "")
    controller.last_path = None
    panel.unit.setCurrentIndex(panel.unit.findData("URG2"))
    panel.print_remaining_button.click()
    qtbot.waitUntil(lambda: controller.running is None and controller.last_path is not None,
                    timeout=60_000)
    remaining = "\n".join(p.extract_text() for p in PdfReader(str(controller.last_path)).pages)
    assert "URG2" in remaining and "URG3" not in remaining
    actions = audit_actions(recovery_context)
    assert "recovery.backload.mark" in actions and "recovery.backload.unmark" in actions
    assert "recovery.report" in actions
