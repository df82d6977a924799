"""Screenshot scenes of the admissions screens (`tools/screenshots.py`, `SCENES`).

Each scene takes (main_window, context, shoot) on the demo exercise database and shoots the
real widgets, filled in as a nurse would.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from hospcrisis.core import admissions, duplicates
from hospcrisis.errors import ValidationError
from hospcrisis.ui.context import AppContext

Shoot = Callable[..., None]


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _fill_registration(dialog: Any) -> None:
    form, arrival = dialog.identity_form, dialog.arrival_form
    form.birth_name.setText("LEFÈVRE")
    form.used_name.setText("Dupont")
    form.first_forename.setText("Hélène")
    form.forenames.setText("Hélène Marie-Thérèse")
    form.sex.set_code("F")
    form.birth_date.setText("12/03/1954")
    form.birthplace_code.setText("40088")
    form.birthplace.setText("Dax")
    form.phone.setText("06 12 34 56 78")
    arrival.arrival_mode.set_code("fire_brigade")
    arrival.complaint.setText("Douleur thoracique depuis 2 h")
    arrival.triage_level.set_code("2")
    arrival.area.set_code("boxes")


def registration(window: QWidget, context: AppContext, shoot: Shoot) -> None:
    """The registration dialog: filled in, with field errors, saved."""
    from hospcrisis.ui.admissions.registration import RegistrationDialog

    dialog = RegistrationDialog(context, window)
    _fill_registration(dialog)
    shoot(dialog, "20-registration", 1120, 620)
    form = dialog.identity_form
    form.birth_date.setText("30/02/1954")
    form.birth_name.clear()
    dialog.arrival_form.packet_id.setText("URG1-000101-Z")
    dialog.save()
    _settle()
    shoot(dialog, "21-registration-errors", 1120, 640)
    unknown = RegistrationDialog(context, window)
    unknown.identity_form.unknown.setChecked(True)
    unknown.identity_form.sex.set_code("M")
    unknown.identity_form.estimated_age.setText("30-40")
    unknown.identity_form.description.setText("Blouson noir, tatouage avant-bras droit, "
                                              "trouvé sur la voie publique")
    unknown.arrival_form.arrival_mode.set_code("smur")
    unknown.arrival_form.triage_level.set_code("1")
    unknown.arrival_form.area.set_code("resus")
    unknown.arrival_form.complaint.setText("Inconscient")
    shoot(unknown, "22-registration-unknown", 1120, 620)
    unknown.save()
    _settle()
    shoot(unknown, "23-registration-saved", 1120, 620)
    unknown.close()
    dialog.close()


def duplicates_at_save(window: QWidget, context: AppContext, shoot: Shoot) -> None:
    """The duplicate question at save, for an identity typed twice."""
    from hospcrisis.core.identity import IdentityInput
    from hospcrisis.ui.admissions.registration import DuplicatesDialog

    hit = next((p for p in admissions.all_patients(context.session)
                if not p.unknown and p.birth_date_precision == "day"), None)
    if hit is None:
        return
    typed = IdentityInput(birth_name=hit.first_forename, first_forename=hit.birth_name,
                          sex=hit.sex, birth_date=hit.birth_date_text)
    from hospcrisis.core.identity import check_identity

    row = check_identity(typed)
    candidates = duplicates.check(context.session, row)
    if not candidates:
        return
    dialog = DuplicatesDialog(candidates, f"{hit.first_forename.upper()} {hit.birth_name}",
                              window)
    shoot(dialog, "24-registration-duplicates", 1000, 440)
    dialog.close()


def _busy_patient(context: AppContext) -> str | None:
    board = admissions.load_board(context.session)
    rows = sorted(board.rows, key=lambda r: (not r.overdue, r.triage_rank))
    return rows[0].patient_id if rows else None


def patient_record(window: QWidget, context: AppContext, shoot: Shoot) -> None:
    """A patient's record, and the re-triage and admission dialogs."""
    from hospcrisis.ui.admissions.record import PatientRecordDialog, StepDialog, TriageDialog

    patient_id = _busy_patient(context)
    if patient_id is None:
        return
    dialog = PatientRecordDialog(context, patient_id, window)
    shoot(dialog, "25-patient-record", 1200, 760)
    admission = dialog.current_admission()
    if admission is not None:
        step = StepDialog(context.session, admission, "admitted", dialog)
        shoot(step, "26-record-admit", 560, 300)
        step.close()
        retriage = TriageDialog(context.session, admission, dialog)
        shoot(retriage, "27-record-retriage", 560, 260)
        retriage.close()
    dialog.close()


def census(window: QWidget, context: AppContext, shoot: Shoot) -> None:
    """The census of a busy unit, and a refused census file."""
    from hospcrisis.ui.admissions.census import CensusProblemsDialog

    section = getattr(window, "show_section", lambda key: None)("census")
    if section is not None:
        occupancy = admissions.occupancy(context.session)
        if occupancy:
            section.select_unit(max(occupancy, key=lambda code: occupancy[code]))
        shoot(window, "28-census-unit")
    import tempfile

    from hospcrisis.core import census_import

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "recensement.csv"
        path.write_text("ipp;nom;prenom;sexe;date_naissance;unite;lit;date_entree\n"
                        "100234;MARTIN;Paul;M;12/03/1950;MED1;101;27/11/2026 10:00\n"
                        "100235;;Anne;F;30/02/1960;MED1;102;27/11/2026 11:00\n"
                        "100236;PETIT;Jules;X;1948;CARDIO;7;27/11/2026 12:00\n",
                        encoding="utf-8")
        try:
            census_import.import_census(context.session, path)
        except ValidationError as exc:
            dialog = CensusProblemsDialog(exc, window)
            shoot(dialog, "29-census-refused", 820, 480)
            dialog.close()


def identity(window: QWidget, context: AppContext, shoot: Shoot) -> None:
    """Identitovigilance: the merge confirmation of the first candidate pair."""
    from hospcrisis.core.identity import IdentityInput
    from hospcrisis.ui.admissions.duplicates import MergeDialog

    session = context.session
    first = next((p for p in admissions.all_patients(session)
                  if not p.unknown and p.birth_date and p.birth_date_precision == "day"
                  and int(p.birth_date[8:10]) <= 12), None)
    if first is not None:  # the same woman typed again, day and month swapped, married name
        day, month, year = first.birth_date_text.split("/")
        admissions.register_arrival(session, IdentityInput(
            birth_name=first.birth_name.title(), used_name="Marchand",
            first_forename=first.first_forename, sex=first.sex,
            birth_date=f"{month}/{day}/{year}", birthplace_code=first.birthplace_code),
            admissions.ArrivalInput(complaint="Vertiges"), check_duplicates=False)
    pairs = duplicates.find_all(session)
    if not pairs:
        return
    pair = next((p for p in pairs if first is not None and first.id in (p.a.id, p.b.id)),
                pairs[0])
    dialog = MergeDialog(session, pair.a, pair.b, pair.score, window)
    shoot(dialog, "30-identity-merge", 900, 540)
    dialog.close()


def board_overdue(window: QWidget, context: AppContext, shoot: Shoot) -> None:
    """The board showing only overdue patients."""
    section = getattr(window, "show_section", lambda key: None)("ed")
    if section is None:
        return
    section.overdue_only.setChecked(True)
    shoot(window, "31-board-overdue")
    section.overdue_only.setChecked(False)


ALL = [registration, duplicates_at_save, patient_record, census, identity, board_overdue]


def all_scenes(window: QWidget, context: AppContext, shoot: Shoot) -> None:
    """Every admissions scene (the one line in `tools/screenshots.py`)."""
    for scene in ALL:
        scene(window, context, shoot)
