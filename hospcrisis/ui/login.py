"""The login window: the first window on every start but the very first (kept light)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hospcrisis.errors import HospcrisisError
from hospcrisis.store.database import Store
from hospcrisis.ui.i18n import tr

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


class LoginWindow(QWidget):
    """User name + password for this station. Every attempt is audited by the core.

    Signals:
        logged_in(Session): the credentials were accepted.
        language_changed(str): the user picked another language (the window is rebuilt).
    """

    logged_in = Signal(object)
    language_changed = Signal(str)

    def __init__(self, store: Store, station: dict, *, exercise: bool, lang: str,
                 username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("loginWindow")
        self.setWindowTitle(tr("hospcrisis — log in"))
        # No `Qt.*` enum is touched before the first paint: PySide6 builds all of them (~25 ms)
        # on first access; alignment comes from the stylesheet instead.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        if exercise:
            banner = QLabel(tr("EXERCICE — exercise database, not real patients"))
            banner.setObjectName("exerciseBanner")
            outer.addWidget(banner)
        body = QVBoxLayout()
        body.setContentsMargins(40, 30, 40, 30)
        body.setSpacing(14)
        outer.addLayout(body)

        title = QLabel("hospcrisis")
        title.setObjectName("loginTitle")
        body.addWidget(title)
        where = QLabel(tr("Station {code} — {name}", code=station.get("code", "?"),
                          name=station.get("name", "")))
        where.setObjectName("centered")
        body.addWidget(where)
        if station.get("hospital"):
            hospital = QLabel(station["hospital"])
            hospital.setObjectName("centeredHint")
            body.addWidget(hospital)

        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.username.setMaxLength(40)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.language.currentData()))
        form.addRow(tr("User name"), self.username)
        form.addRow(tr("Password"), self.password)
        form.addRow(tr("Language"), self.language)
        body.addLayout(form)

        self.error = QLabel("")
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        body.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.submit = QPushButton(tr("Log in"))
        self.submit.setObjectName("primary")
        self.submit.setDefault(True)
        self.submit.clicked.connect(self.try_login)
        row.addWidget(self.submit)
        body.addLayout(row)
        body.addStretch(1)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.try_login)
        (self.password if username else self.username).setFocus()
        self.resize(460, 380)

    def try_login(self) -> None:
        from hospcrisis.core import users  # after the first paint: start-up stays fast

        self.error.setText("")
        try:
            session = users.login(self.store, self.username.text(), self.password.text())
        except HospcrisisError as exc:
            self.error.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.password.clear()
        self.logged_in.emit(session)
