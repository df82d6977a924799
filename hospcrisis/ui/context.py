"""What every screen receives: the logged-in session and the app-wide signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hospcrisis.core.session import Session
from hospcrisis.store.database import Store


class AppContext(QObject):
    """The session plus signals screens use to talk without knowing each other.

    Signals:
        data_changed(str): an area ("admissions", "crisis", …) saved something; lists refresh.
        patient_requested(str): open a patient's record (by provisional ID or record id).
        section_requested(str): show a section of the main window (by key).
        message_posted(str): a short confirmation for the status bar ("Saved at 14:02").
        restore_requested(str): restore this backup file (the app closes the database first).
        print_requested(object): print a `hospcrisis.printing.PrintRequest` (preview first).
        section_reset_requested(str): build a section again (its settings changed).
        open_database_requested(str): close this database and open that one at its login
            (a new exercise).
    """

    data_changed = Signal(str)
    patient_requested = Signal(str)
    section_requested = Signal(str)
    message_posted = Signal(str)
    restore_requested = Signal(str)
    print_requested = Signal(object)
    section_reset_requested = Signal(str)
    open_database_requested = Signal(str)

    def __init__(self, session: Session, db_path: Path | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.db_path = db_path

    @property
    def store(self) -> Store:
        return self.session.store
