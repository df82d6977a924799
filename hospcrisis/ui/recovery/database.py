"""File ▸ New recovery database…: an empty database for IT to merge the station bundles into.

It is what `hospcrisis --db RECOVERY.db bundle import` creates when the file does not exist: a
station (code RECOV unless chosen) with its own administrator. It is created in a worker, then
opened through `context.open_database_requested` (this database is closed first, backed up as
usual); IT logs in to it and imports the bundles from the Recovery section. An existing file is
never touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock, i18n
from hospcrisis.core import security, station
from hospcrisis.errors import ValidationError
from hospcrisis.paths import user_data_dir
from hospcrisis.store.database import open_store
from hospcrisis.ui import workers
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.recovery.common import (
    STYLESHEET,
    RefusalPanel,
    add_row,
    choose_save_file,
    hint,
    report_failure,
)

DEFAULT_STATION = "RECOV"


@dataclass(frozen=True)
class RecoveryDatabaseRequest:
    path: Path
    station: str
    station_name: str
    hospital: str
    username: str
    password: str
    exercise: bool


@dataclass(frozen=True)
class RecoveryDatabase:
    path: Path
    station: str
    username: str


def default_path() -> Path:
    stamp = clock.local_text(clock.now(), "%Y%m%d-%H%M")
    return user_data_dir() / tr("recovery-{time}.db", time=stamp)


class NewRecoveryDatabaseDialog(QDialog):
    """Where the recovery database goes, its station code, and its administrator."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request: RecoveryDatabaseRequest | None = None
        session = context.session
        self.setObjectName("newRecoveryDialog")
        self.setWindowTitle(tr("New recovery database"))
        self.setStyleSheet(STYLESHEET)
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        explain = QLabel(tr("Creates a NEW, empty database where IT merges the bundles of "
                            "every station, settles conflicts, reconciles identities and "
                            "exports to the information system. The current database is not "
                            "touched; once created, the new one opens at its login."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        self.path = QLineEdit(str(default_path()))
        self.path.setObjectName("databasePath")
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        add_row(form, tr("&File"), row, self.path)
        self.station = QLineEdit(DEFAULT_STATION)
        self.station.setMaxLength(8)
        add_row(form, tr("&Station code"), self.station)
        info = session.settings.get("station") or {}
        self.hospital = QLineEdit(str(info.get("hospital") or ""))
        add_row(form, tr("&Hospital"), self.hospital)
        self.username = QLineEdit("admin")
        add_row(form, tr("&Administrator"), self.username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        add_row(form, tr("&Password"), self.password)
        add_row(form, tr("Password a&gain"), self.password2)
        self.exercise = QCheckBox(tr("E&xercise (training data, marked EXERCICE)"))
        self.exercise.setChecked(session.is_exercise)
        form.addRow("", self.exercise)
        layout.addLayout(form)
        layout.addWidget(hint(tr("Keep it on this computer's own disk (never a network share). "
                                 "Its code must differ from every station's code.")))
        self.problems = RefusalPanel()
        layout.addWidget(self.problems)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(tr("Create the database"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("primary")
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()

    def _browse(self) -> None:
        chosen = choose_save_file(self, tr("New recovery database"), self.path.text(),
                                  tr("hospcrisis database (*.db)"))
        if chosen is not None:
            self.path.setText(str(chosen))

    def check(self) -> None:
        problems: list[tuple[str, str]] = []
        raw = self.path.text().strip()
        path = Path(raw).expanduser() if raw else None
        if path is None:
            problems.append(("path", tr("Choose the file of the recovery database.")))
        elif path.exists() and (path.is_dir() or path.stat().st_size > 0):
            problems.append(("path", tr("{path} already exists: a recovery database is always "
                                        "a new file. Choose another name.", path=path)))
        code = ""
        try:
            code = station.normalise_station_code(self.station.text())
        except ValidationError as exc:
            problems.append(("station", exc.message))
        username = self.username.text().strip()
        if not username:
            problems.append(("username", tr("Give the administrator's user name.")))
        password = self.password.text()
        if len(password) < security.MIN_PASSWORD_LENGTH:
            problems.append(("password", tr("The password needs at least {n} characters.",
                                            n=security.MIN_PASSWORD_LENGTH)))
        elif password != self.password2.text():
            problems.append(("password", tr("The two passwords differ.")))
        if problems or path is None:
            self.problems.show_error(ValidationError(
                tr("The recovery database cannot be created yet."), problems))
            return
        self.request = RecoveryDatabaseRequest(path, code, tr("Recovery"),
                                               self.hospital.text().strip(),
                                               username, password, self.exercise.isChecked())
        self.accept()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None) -> RecoveryDatabaseRequest | None:
        dialog = cls(context, parent)
        dialog.exec()
        return dialog.request


def create_database(request: RecoveryDatabaseRequest, language: str, *, progress: Any,
                    cancelled: Any) -> RecoveryDatabase:
    """Worker: create and initialise the recovery database (its own connection, closed at the
    end). A file left half-made by a failure is removed."""
    request.path.parent.mkdir(parents=True, exist_ok=True)
    progress(0, 2)
    store = open_store(request.path, create=True)
    try:
        station.initialise(store, station_code=request.station,
                           station_name=request.station_name, hospital=request.hospital,
                           admin_username=request.username, admin_password=request.password,
                           admin_display_name=request.username, exercise=request.exercise,
                           language=language)
    except BaseException:
        store.close()
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{request.path}{suffix}").unlink(missing_ok=True)
        raise
    store.close()
    progress(2, 2)
    return RecoveryDatabase(request.path, request.station, request.username)


def ask_open(parent: QWidget | None, made: RecoveryDatabase) -> bool:
    """Offer to open the new database now; True when the user wants to."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("Recovery database created"),
                      tr("The recovery database {path} is ready (station {code}).",
                         path=made.path, code=made.station),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(tr("Open it now? This database is closed first (it is backed up as "
                              "usual); log in as {user}, then import the bundles in "
                              "“Data recovery”.", user=made.username))
    open_button = box.addButton(tr("Open the recovery database"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.exec()
    return box.clickedButton() is open_button


def new_recovery_database(window: QWidget, context: AppContext) -> workers.Job | None:
    """The File ▸ New recovery database… action."""
    request = NewRecoveryDatabaseDialog.ask(context, window)
    if request is None:
        return None

    def done(made: RecoveryDatabase) -> None:
        context.message_posted.emit(tr("Recovery database created: {path}.", path=made.path))
        if ask_open(window, made):
            context.open_database_requested.emit(str(made.path))

    job = workers.Job(create_database, request, i18n.language())
    return workers.with_progress(window, tr("Creating the recovery database…"), job, done,
                                 report_failure(window))
