"""Find a patient from anywhere: typing searches, Enter opens the record."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hospcrisis.core import admissions
from hospcrisis.core.identity import IdentityInput
from hospcrisis.ui import i18n as ui_i18n
from hospcrisis.ui.context import AppContext


def test_typing_finds_and_enter_opens(qtbot, session) -> None:
    from hospcrisis.ui.admissions.search import PatientSearchDialog

    ui_i18n.install("fr")
    for name, first in (("D’Artagnan-Lefèvre", "Hélène"), ("Martin", "Paul")):
        admissions.register_arrival(
            session, IdentityInput(birth_name=name, first_forename=first, sex="F",
                                   birth_date="1980"), admissions.ArrivalInput())
    context = AppContext(session, None)
    opened: list[str] = []
    context.patient_requested.connect(opened.append)
    dialog = PatientSearchDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.query, "dartagnan hele")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert "D’ARTAGNAN-LEFÈVRE" in dialog.model.row(0).patient.display_name.upper()
    assert dialog.message.text() == "1 patient(s) trouvé(s)."
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert opened == [dialog.model.row(0).patient.id]


def test_a_mistyped_id_says_so(qtbot, session) -> None:
    from hospcrisis.ui.admissions.search import PatientSearchDialog

    ui_i18n.install("fr")
    dialog = PatientSearchDialog(AppContext(session, None))
    qtbot.addWidget(dialog)
    dialog.query.setText("TEST-000001-Z")
    dialog.search()
    assert dialog.model.rowCount() == 0
    assert "contrôle" in dialog.message.text()
