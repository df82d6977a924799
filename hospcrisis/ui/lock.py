"""The lock screen shown after the idle delay (or Ctrl+L)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hospcrisis.core import users
from hospcrisis.core.session import Session
from hospcrisis.errors import HospcrisisError
from hospcrisis.ui.i18n import tr


class LockWindow(QWidget):
    """Shown after the idle delay: the same user unlocks, or someone else logs in.

    Signals:
        unlocked(): the password was right.
        switch_user_requested(): log this user out and show the login window.
    """

    unlocked = Signal()
    switch_user_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("lockWindow")
        self.setWindowTitle(tr("hospcrisis — locked"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.setSpacing(12)
        if session.is_exercise:
            banner = QLabel(tr("EXERCICE — exercise database, not real patients"))
            banner.setObjectName("exerciseBanner")
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(banner)
        title = QLabel(tr("Workstation locked"))
        title.setObjectName("pageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        who = QLabel(tr("Locked after inactivity. {name} ({user}), enter your password to go "
                        "on; anyone else: switch user.", name=session.display_name,
                        user=session.username))
        who.setWordWrap(True)
        layout.addWidget(who)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.password)
        self.error = QLabel("")
        self.error.setObjectName("errorLabel")
        layout.addWidget(self.error)
        row = QHBoxLayout()
        switch = QPushButton(tr("Switch user"))
        switch.clicked.connect(self.switch_user_requested.emit)
        unlock = QPushButton(tr("Unlock"))
        unlock.setObjectName("primary")
        unlock.clicked.connect(self.try_unlock)
        row.addWidget(switch)
        row.addStretch(1)
        row.addWidget(unlock)
        layout.addLayout(row)
        self.password.setFocus()
        self.resize(460, 300)

    def try_unlock(self) -> None:
        try:
            users.unlock(self.session, self.password.text())
        except HospcrisisError as exc:
            self.error.setText(exc.message)
            self.password.clear()
            return
        self.password.clear()
        self.unlocked.emit()
