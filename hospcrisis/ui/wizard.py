"""First run: name the station and create the administrator (the GUI twin of `init`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from hospcrisis.core import station
from hospcrisis.core.session import Session
from hospcrisis.errors import HospcrisisError, ValidationError
from hospcrisis.store.database import Store
from hospcrisis.ui.i18n import tr


def _line(name: str, max_length: int, password: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(max_length)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class FirstRunWizard(QWizard):
    """Three pages: welcome, station, administrator. Finishing creates both in one transaction.

    Signals:
        initialised(Session): the station exists; the administrator is logged in.
    """

    initialised = Signal(object)

    def __init__(self, store: Store, db_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(tr("hospcrisis — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Create the station"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Quit"))

        welcome = QWizardPage()
        welcome.setTitle(tr("Welcome to hospcrisis"))
        text = QLabel(tr(
            "This workstation has no hospcrisis database yet. In two short steps you will "
            "name the station and create its administrator.\n\nhospcrisis works entirely "
            "offline: every record stays on this computer, in\n{path}\nand is backed up "
            "every 5 minutes while there are changes.", path=db_path))
        text.setWordWrap(True)
        QVBoxLayout(welcome).addWidget(text)
        self.addPage(welcome)

        page = QWizardPage()
        page.setTitle(tr("The station"))
        page.setSubTitle(tr("The station code is unique in the hospital: it starts every "
                            "provisional patient ID made here (for example URG1-000042-K)."))
        form = QFormLayout(page)
        self.code = _line("stationCode", 8)
        self.code.setPlaceholderText("URG1")
        self.name = _line("stationName", 100)
        self.name.setPlaceholderText(tr("Emergency department — reception"))
        self.hospital = _line("hospital", 100)
        self.exercise = QCheckBox(tr("Exercise database (training, not real patients)"))
        form.addRow(tr("Station code"), self.code)
        form.addRow(tr("Station name"), self.name)
        form.addRow(tr("Hospital"), self.hospital)
        form.addRow("", self.exercise)
        page.registerField("code*", self.code)
        page.registerField("name*", self.name)
        self.addPage(page)

        admin = QWizardPage()
        admin.setTitle(tr("The administrator"))
        admin.setSubTitle(tr("The administrator creates the other accounts. At least 8 "
                             "characters for the password; keep it somewhere safe on paper."))
        form = QFormLayout(admin)
        self.username = _line("adminUsername", 40)
        self.full_name = _line("adminFullName", 100)
        self.password = _line("adminPassword", 256, password=True)
        self.password2 = _line("adminPassword2", 256, password=True)
        form.addRow(tr("User name"), self.username)
        form.addRow(tr("Full name"), self.full_name)
        form.addRow(tr("Password"), self.password)
        form.addRow(tr("Password again"), self.password2)
        self.error = QLabel("")
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        admin.registerField("username*", self.username)
        admin.registerField("full_name*", self.full_name)
        admin.registerField("password*", self.password)
        self.addPage(admin)
        # A mandatory field counts as filled once it differs from its value when the page joins
        # the wizard: propose "admin" only now, or the Finish button would stay disabled.
        self.username.setText("admin")
        self.resize(620, 460)

    def validateCurrentPage(self) -> bool:
        if self.currentId() != 2:
            if self.currentId() == 1:
                try:
                    station.normalise_station_code(self.code.text())
                except ValidationError as exc:
                    self.currentPage().setSubTitle(exc.message)
                    return False
            return True
        self.error.setText("")
        if self.password.text() != self.password2.text():
            self.error.setText(tr("The two passwords differ."))
            return False
        try:
            session = station.initialise(
                self.store, station_code=self.code.text(), station_name=self.name.text(),
                hospital=self.hospital.text(), admin_username=self.username.text(),
                admin_password=self.password.text(), admin_display_name=self.full_name.text(),
                exercise=self.exercise.isChecked())
        except HospcrisisError as exc:
            self.error.setText(str(exc))
            return False
        self._session = session
        return True

    def accept(self) -> None:
        super().accept()
        session: Session | None = getattr(self, "_session", None)
        if session is not None:
            self.initialised.emit(session)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)
