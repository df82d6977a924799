"""File ▸ New exercise…: a new exercise database, filled in a worker thread, then opened.

An exercise is always a new database flagged as such (red banner on screen, EXERCICE on
paper), filled with the same realistic night as `hospcrisis demo`: units, accounts, admissions,
procedures, main courante, systems status. Every exercise account shares the password chosen
here.

The exercise's story is written with the program's clock set to each moment of the night: the
progress window stays in front (modal) and the automatic backups pause meanwhile, so nothing
else is written at the story's time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock, i18n
from hospcrisis.core import demo, security
from hospcrisis.core.station import normalise_station_code
from hospcrisis.errors import ValidationError
from hospcrisis.paths import user_data_dir
from hospcrisis.ui import workers
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.crisis.common import ProblemLabel, report_failure
from hospcrisis.ui.i18n import tr


@dataclass(frozen=True)
class ExerciseRequest:
    path: Path
    station: str
    password: str


def default_path() -> Path:
    stamp = clock.local_text(clock.now(), "%Y%m%d-%H%M")
    return user_data_dir() / tr("exercise-{time}.db", time=stamp)


class NewExerciseDialog(QDialog):
    """Where the exercise goes, its station code, and the exercise accounts' password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request: ExerciseRequest | None = None
        self.setWindowTitle(tr("New exercise"))
        self.resize(620, 330)
        layout = QVBoxLayout(self)
        explain = QLabel(tr("Creates a NEW database flagged as an exercise (red banner, "
                            "EXERCICE on every printed page), filled with a realistic "
                            "ransomware night: units, staff accounts, admissions, procedures, "
                            "main courante and systems status. The current database is not "
                            "touched."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        self.path = QLineEdit(str(default_path()))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(tr("File"), row)
        self.station = QLineEdit("EXO")
        self.station.setMaxLength(8)
        form.addRow(tr("Station code"), self.station)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Password of the exercise accounts"), self.password)
        form.addRow(tr("Password again"), self.password2)
        layout.addLayout(form)
        hint = QLabel(tr("Accounts: admin, cadre.durand, ioa.martin, ide.nguyen, "
                         "cellule.bernard, dsi.petit, direction.leroy — all with this "
                         "password."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.problems = ProblemLabel()
        layout.addWidget(self.problems)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(tr("Create the exercise"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("primary")
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()

    def _browse(self) -> None:
        name, _f = QFileDialog.getSaveFileName(self, tr("New exercise"), self.path.text(),
                                               tr("hospcrisis database (*.db)"))
        if name:
            self.path.setText(name)

    def check(self) -> None:
        problems: list[tuple[str, str]] = []
        raw = self.path.text().strip()
        path = Path(raw).expanduser() if raw else None
        if path is None:
            problems.append(("path", tr("Choose the file of the exercise.")))
        elif path.exists() and path.stat().st_size > 0:
            problems.append(("path", tr("{path} already exists: an exercise is always a new "
                                        "database. Choose another file.", path=path)))
        station = ""
        try:
            station = normalise_station_code(self.station.text())
        except ValidationError as exc:
            problems.append(("station", exc.message))
        password = self.password.text()
        if len(password) < security.MIN_PASSWORD_LENGTH:
            problems.append(("password", tr("The password needs at least {n} characters.",
                                            n=security.MIN_PASSWORD_LENGTH)))
        elif password != self.password2.text():
            problems.append(("password", tr("The two passwords differ.")))
        if problems or path is None:
            self.problems.show_error(ValidationError(tr("The exercise cannot be created."),
                                                     problems))
            return
        self.request = ExerciseRequest(path, station, password)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> ExerciseRequest | None:
        dialog = cls(parent)
        dialog.exec()
        return dialog.request


def create_exercise(request: ExerciseRequest, language: str, progress: Any,
                    cancelled: Any) -> demo.DemoResult:
    """Worker: create and fill the exercise (its own connection, closed at the end)."""
    total = len(demo.FILLERS)

    def step(spec: str) -> None:
        progress(demo.FILLERS.index(spec) if spec in demo.FILLERS else 0, total)

    request.path.parent.mkdir(parents=True, exist_ok=True)
    result = demo.create(request.path, station_code=request.station,
                         admin_password=request.password, language=language, progress=step)
    progress(total, total)
    return result


def ask_open(parent: QWidget | None, result: demo.DemoResult) -> bool:
    """Offer to open the exercise now; True when the user wants to."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("Exercise created"),
                      tr("The exercise {path} is ready (station {code}).",
                         path=result.path, code=result.station),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(tr("Open it now? This database is closed first (it is backed up "
                              "as usual); log in to the exercise with one of its accounts."))
    open_button = box.addButton(tr("Open the exercise"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.exec()
    return box.clickedButton() is open_button


def new_exercise(window: QWidget, context: AppContext,
                 on_created: Callable[[demo.DemoResult], None] | None = None) -> None:
    """The File ▸ New exercise… action."""
    request = NewExerciseDialog.ask(window)
    if request is None:
        return
    timer = getattr(window, "backup_timer", None)
    if timer is not None:
        timer.stop()
    dialog = QProgressDialog(tr("Creating the exercise…"), "", 0, len(demo.FILLERS), window)
    dialog.setWindowTitle(tr("New exercise"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setValue(0)

    def finish() -> None:
        dialog.reset()
        dialog.deleteLater()
        if timer is not None:
            timer.start()

    def done(result: demo.DemoResult) -> None:
        finish()
        context.message_posted.emit(tr("Exercise created: {path}.", path=result.path))
        if on_created is not None:
            on_created(result)
        elif ask_open(window, result):
            context.open_database_requested.emit(str(result.path))

    def failed(exc: BaseException, details: str) -> None:
        finish()
        report_failure(window)(exc, details)

    job = workers.Job(create_exercise, request, i18n.language())
    job.signals.progressed.connect(lambda done_, total: dialog.setValue(done_))
    workers.start(job, done, failed)
