"""Screenshot scenes of the recovery screens (`tools/screenshots.py` SCENES).

The scene builds what IT meets when the information system is back: three small stations
(adult ED, medicine, paediatric ED) that worked through one night, one bundle file each (the
medicine ward had received the ED's bundle mid-night, and both then corrected the same patient:
a conflict), and a new recovery database where the bundles are imported from the GUI. For
speed, the scene alone lowers the scrypt cost of the bundles and the station passwords while it
builds them (`bundle.SCRYPT_LOG_N`, `security.SCRYPT_LOG_N`), then puts them back.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog

from hospcrisis import clock
from hospcrisis.core import admissions, crisis_log, demo, recovery, security, station, users
from hospcrisis.core.identity import IdentityInput
from hospcrisis.core.recovery import WrittenBundle
from hospcrisis.core.session import Session
from hospcrisis.interop import bundle
from hospcrisis.store.database import open_store
from hospcrisis.ui.context import AppContext

Shoot = Callable[..., None]
PASSPHRASE = "le café de la garde est froid"
PASSWORD = "exercice2026"
HOSPITAL = "Centre hospitalier de Dax"

# (birth name, first forename, sex, date of birth, complaint, triage, what happened)
URG1_PATIENTS = [
    ("LEFEVRE", "Jean", "M", "14/02/1951", "Douleur thoracique", "2", "MED1"),
    ("MARTIN", "Sophie", "F", "03/07/1984", "Entorse cheville droite", "5", "home"),
    ("DUBOIS", "Pierre", "M", "22/11/1967", "Malaise au travail", "3B", "MED1"),
    ("BERNARD", "Lucie", "F", "1993", "Douleur abdominale", "3A", "CHIR"),
    ("PETIT", "Marcel", "M", "08/05/1938", "Chute à domicile", "3A", "MED1"),
    ("ROUX", "Camille", "F", "17/09/2001", "Plaie de la main", "4", "home"),
    ("FOURNIER", "Michel", "M", "30/01/1959", "Dyspnée", "2", "REA"),
    ("GIRARD", "Nathalie", "F", "12/12/1976", "Céphalées", "3B", "seen"),
    ("", "", "M", "", "Retrouvé sur la voie publique", "2", "unknown"),
]
PED1_PATIENTS = [
    ("MOREAU", "Léa", "F", "04/03/2016", "Fièvre", "3B", "home"),
    ("LAURENT", "Hugo", "M", "21/08/2012", "Traumatisme du poignet", "4", "home"),
    ("SIMON", "Inès", "F", "2019", "Toux, gêne respiratoire", "3A", "seen"),
    ("MICHEL", "Noah", "M", "11/06/2010", "Douleur abdominale", "3B", "arrived"),
]
MED1_PATIENTS = [
    ("GARCIA", "Rosa", "F", "09/10/1945", "Entrée directe : décompensation cardiaque", "",
     "MED1"),
    ("DAVID", "André", "M", "27/04/1949", "Entrée directe : pneumopathie", "", "MED1"),
]


def _settle(rounds: int = 8) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def _wait(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    _settle()


def _station(code: str, name: str, *, units: bool) -> Session:
    store = open_store(None, create=True)
    station.initialise(store, station_code=code, station_name=name, hospital=HOSPITAL,
                       admin_username="admin", admin_password=PASSWORD,
                       admin_display_name="Administrateur")
    session = users.login(store, "admin", PASSWORD)
    if units:
        import random

        demo.fill_foundation(session, random.Random(1), {"admin_password": PASSWORD})
    return session


def _register(session: Session, rows: Sequence[tuple[str, ...]], start: Any,
              step_min: int) -> list[admissions.Registration]:
    out = []
    for n, (name, first, sex, born, complaint, level, fate) in enumerate(rows):
        clock.freeze(start + timedelta(minutes=step_min * n))
        unknown = not name
        identity = IdentityInput(birth_name=name, first_forename=first, sex=sex,
                                 birth_date=born or None, unknown=unknown,
                                 estimated_age_min=40 if unknown else None,
                                 estimated_age_max=50 if unknown else None,
                                 description="Veste bleue, tatouage avant-bras gauche"
                                 if unknown else "")
        arrival = admissions.ArrivalInput(complaint=complaint, triage_level=level or None,
                                          arrival_mode="ambulance" if level in ("2",)
                                          else "personal")
        registration = admissions.register_arrival(session, identity, arrival)
        out.append(registration)
        clock.freeze(start + timedelta(minutes=step_min * n + 25))
        admission = registration.admission.id
        if fate == "arrived":
            continue
        admissions.mark_seen(session, admission)
        clock.freeze(start + timedelta(minutes=step_min * n + 70))
        if fate == "home":
            admissions.record_movement(session, admission, "discharged")
        elif fate in ("MED1", "CHIR", "REA", "unknown"):
            unit = "REA" if fate == "unknown" else fate
            admissions.admit_to_unit(session, admission, unit, None)
    return out


def build_stations(folder: Path) -> tuple[list[Path], list[WrittenBundle]]:
    """Three stations' night, and their bundles written in `folder` (the passphrase is
    `PASSPHRASE`). Returns the files and what was written."""
    saved = bundle.SCRYPT_LOG_N, security.SCRYPT_LOG_N
    bundle.SCRYPT_LOG_N, security.SCRYPT_LOG_N = 12, 12
    night = clock.now().replace(minute=0, second=0, microsecond=0) - timedelta(hours=30)
    sessions: list[Session] = []
    try:
        clock.freeze(night)
        urg1 = _station("URG1", "Urgences adultes — accueil", units=True)
        med1 = _station("MED1", "Médecine polyvalente", units=False)
        ped1 = _station("PED1", "Urgences pédiatriques", units=False)
        sessions = [urg1, med1, ped1]
        crisis_log.add_entry(urg1, kind="decision", text_value="Passage en mode dégradé : "
                             "dossiers papier, identifiants provisoires", unit="URG")
        ed = _register(urg1, URG1_PATIENTS, night + timedelta(minutes=20), 35)
        ped = _register(ped1, PED1_PATIENTS, night + timedelta(minutes=50), 55)
        crisis_log.add_entry(ped1, kind="information", text_value="Téléphones coupés aux "
                             "urgences pédiatriques")
        clock.freeze(night + timedelta(hours=7))
        # the ED's key goes to the medicine ward, which now holds the ED's patients too
        recovery.merge_bundles(med1, [bundle.decode_bundle(
            bundle.encode_bundle(recovery.snapshot(urg1), PASSPHRASE)[0], PASSPHRASE,
            "URG1-matin.hcbundle")])
        _register(med1, MED1_PATIENTS, night + timedelta(hours=7, minutes=10), 40)
        # both correct the same patient without seeing each other's correction
        first = ed[0].patient.id
        clock.freeze(night + timedelta(hours=9))
        admissions.update_identity(urg1, first, IdentityInput(
            birth_name="LEFÈVRE", first_forename="Jean", sex="M", birth_date="14/02/1951"))
        clock.freeze(night + timedelta(hours=9, minutes=20))
        admissions.update_identity(med1, first, IdentityInput(
            birth_name="LEFEVRE", first_forename="Jean-Pierre", forenames="Jean-Pierre Louis",
            sex="M", birth_date="14/02/1951"))
        clock.freeze(night + timedelta(hours=10))
        admissions.move_patient(med1, ed[2].admission.id, "MED1", "112")
        clock.freeze(night + timedelta(hours=11))
        admissions.record_movement(ped1, ped[2].admission.id, "discharged")
        clock.freeze(night + timedelta(hours=26))
        files: list[Path] = []
        written: list[WrittenBundle] = []
        for session in sessions:
            path = folder / f"{session.station}-fin-de-crise.hcbundle"
            written.append(bundle.export_station_bundle(session, path, PASSPHRASE))
            files.append(path)
        return files, written
    finally:
        clock.freeze(None)
        bundle.SCRYPT_LOG_N, security.SCRYPT_LOG_N = saved
        for session in sessions:
            session.store.close()


IS_PATIENTS = """ipp;nom;prenom;sexe;date_naissance
40012345;LEFEVRE;Jean-Pierre;M;14/02/1951
40023456;MARTIN;Sophie;F;03/07/1984
40034567;DUBOIS;Pierre;M;22/11/1967
40045678;BERNARD;Lucie;F;12/05/1993
40056789;PETIT;Marcel;M;05/08/1938
40067890;ROUX;Camille;F;17/09/2001
40078901;FOURNIER;Michel;M;30/01/1959
40089012;GIRARD;Nathalie;F;12/12/1976
40090123;MOREAU;Léa;F;04/03/2016
40101234;LAURENT;Hugo;M;21/08/2012
40112345;GARCIA;Rosa;F;09/10/1945
40123456;DAVID;André;M;27/04/1949
40134567;DUPONT;Marie;F;01/02/1980
"""


def _dialog(dialog: QDialog, shoot: Shoot, name: str, width: int, height: int) -> None:
    shoot(dialog, name, width, height)
    dialog.close()
    dialog.deleteLater()


def recovery_scenes(window: Any, context: AppContext, shoot: Shoot) -> None:
    """The station side on the exercise database, then the whole IT flow on a recovery
    database made here."""
    from hospcrisis.ui.main_window import MainWindow
    from hospcrisis.ui.recovery.database import NewRecoveryDatabaseDialog
    from hospcrisis.ui.recovery.station import BundleExportDialog, BundleWrittenDialog

    folder = Path(tempfile.mkdtemp(prefix="hospcrisis-recovery-"))
    files, written = build_stations(folder)

    export_dialog = BundleExportDialog(context, window)
    export_dialog.path.setText(str(Path("/media/usb-cle/") / f"{context.session.station}-"
                                   f"{clock.local_text(clock.now(), '%Y%m%d-%H%M')}.hcbundle"))
    export_dialog.passphrase.setText(PASSPHRASE)
    export_dialog.passphrase2.setText(PASSPHRASE)
    _dialog(export_dialog, shoot, "recovery-01-bundle-export", 640, 420)
    _dialog(BundleWrittenDialog(written[0], window), shoot, "recovery-02-bundle-written",
            720, 600)
    _dialog(NewRecoveryDatabaseDialog(context, window), shoot, "recovery-03-new-database",
            640, 440)

    db = folder / "reprise.db"
    store = open_store(db, create=True)
    station.initialise(store, station_code="RECOV", station_name="Reprise", hospital=HOSPITAL,
                       admin_username="dsi.petit", admin_password=PASSWORD,
                       admin_display_name="Julien Petit (DSI)")
    session = users.login(store, "dsi.petit", PASSWORD)
    recov_context = AppContext(session, db)
    recov = MainWindow(recov_context)
    try:
        _flow(recov, recov_context, shoot, files, folder)
    finally:
        recov.backup_timer.stop()
        recov._closing_done = True
        recov.close()
        recov.deleteLater()
        _settle()
        store.close()


def _flow(recov: Any, context: AppContext, shoot: Shoot, files: list[Path],
          folder: Path) -> None:
    from hospcrisis.core import backload, reconcile
    from hospcrisis.ui.recovery.conflicts import SettleChoice, SettleDialog, keep_key
    from hospcrisis.ui.recovery.identities import ProposalsDialog
    from hospcrisis.ui.recovery.section import RecoverySection

    recov.resize(1280, 800)
    recov.show()
    section = recov.show_section("recovery")
    assert isinstance(section, RecoverySection)
    _settle()
    shoot(recov, "recovery-04-empty")
    section.bundles.import_files([(f, PASSPHRASE) for f in files])
    _wait(lambda: not section.bundles.busy)
    _wait(lambda: section.bundles.model.rowCount() == len(files))
    row = next((n for n, b in enumerate(section.bundles.model.rows) if b.station == "MED1"), 0)
    section.bundles.view.selectRow(row)
    _settle()
    shoot(recov, "recovery-05-bundles")

    section.show_tab("conflicts")
    section.conflicts.view.selectRow(0)
    _settle()
    shoot(recov, "recovery-06-conflict")
    conflict = section.conflicts.current()
    if conflict is not None:
        # IT keeps the medicine ward's identity (checked on the ID card) with the ED's accent
        reason = "Vérifié sur la carte d'identité : LEFÈVRE Jean-Pierre"
        newest = max(v.version for v in conflict.versions)
        keep = next((n for n, v in enumerate(conflict.versions)
                     if "MED1" in v.stations and v.version == newest), None)
        dialog = SettleDialog(conflict, recov)
        dialog.reason.setText(reason)
        if keep is not None:
            dialog.radios[keep].setChecked(True)
        combo = dialog.value_combos.get("birth_name")
        if combo is not None:
            combo.setCurrentIndex(max(combo.findData("LEFÈVRE"), 0))
        _dialog(dialog, shoot, "recovery-07-settle", 940, 700)
        if keep is not None:
            section.conflicts.settle(conflict, SettleChoice(
                keep_key(conflict, conflict.versions[keep]), {"birth_name": "LEFÈVRE"},
                reason))
    _wait(lambda: section.conflicts.open_count == 0, 10)

    session = context.session
    pending = [r for r in reconcile.list_reconciliations(session) if not r.reconciled]
    by_name = {r.name.split()[0]: r for r in pending}
    for name, ipp, visit in (("MARTIN", "40023456", "V2600101"),
                             ("ROUX", "40067890", "V2600102"),
                             ("GARCIA", "40112345", "V2600103")):
        item = by_name.get(name)
        if item is not None:
            reconcile.set_identity(session, item.provisional_id, ipp, visit_number=visit,
                                   identity_status="VALI")
    listing = folder / "patients-SIH.csv"
    listing.write_text(IS_PATIENTS, encoding="utf-8")
    context.data_changed.emit("recovery")
    section.show_tab("identities")
    _settle()
    shoot(recov, "recovery-08-identities")
    proposals = reconcile.propose(session, listing)
    found = ProposalsDialog(context, proposals, listing.name, recov)
    wanted = next((n for n, p in enumerate(found.model.rows)
                   if p.name.startswith("PETIT")), 0)
    found.view.selectRow(wanted)
    _settle()
    _dialog(found, shoot, "recovery-09-proposals", 1180, 720)
    for proposal in proposals:
        if proposal.candidates and proposal.candidates[0].score >= 95 and \
                not proposal.name.startswith(("BERNARD", "PETIT")):
            reconcile.set_identity(session, proposal.provisional_id, proposal.candidates[0].ipp)
    context.data_changed.emit("recovery")

    section.show_tab("export")
    export = section.export
    export.folder.setText(str(folder / "exports"))
    export.set_format("hl7")
    export.batch.setChecked(False)
    export.start(export.request())
    _wait(lambda: export.job is None and export.last_result is not None)
    _settle()
    shoot(recov, "recovery-10-export")

    for type_code in ("patient", "admission"):
        items = [i for i in backload.items(session) if i.type == type_code
                 and i.unit in ("MED1", "URG1")]
        backload.mark(session, type_code, [i.record_id for i in items],
                      by="Bureau des entrées")
    context.data_changed.emit("recovery")
    section.show_tab("backload")
    _settle()
    panel = section.backload
    panel.state.setCurrentIndex(max(panel.state.findData("all"), 0))
    panel.unit.setCurrentIndex(max(panel.unit.findData("URG1"), 0))
    panel.view.selectRow(0)
    _settle()
    shoot(recov, "recovery-11-backload")

