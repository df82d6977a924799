"""Administration: users, units and beds, backups and restore, the audit trail, settings."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import audit_trail, backups, station, units, users
from hospcrisis.core.security import Permission, Role
from hospcrisis.errors import HospcrisisError, ValidationError
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import confirm, show_error, show_info
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, RowsModel


def create(context: AppContext) -> QWidget:
    """Section factory."""
    return AdminSection(context)


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None


class AdminSection(QWidget):
    """Tabs: users, units, backups, audit trail, settings — each only if the role may."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        title = QLabel(tr("Administration"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        session = context.session
        if session.can(Permission.USERS_MANAGE):
            self.users_tab = UsersTab(context)
            self.tabs.addTab(self.users_tab, tr("Users"))
        if session.can(Permission.UNITS_MANAGE):
            self.units_tab = UnitsTab(context)
            self.tabs.addTab(self.units_tab, tr("Units and beds"))
        if session.can(Permission.BACKUP_RUN):
            self.backups_tab = BackupsTab(context)
            self.tabs.addTab(self.backups_tab, tr("Backups"))
        if session.can(Permission.AUDIT_READ):
            self.audit_tab = AuditTab(context)
            self.tabs.addTab(self.audit_tab, tr("Audit trail"))
        if session.can(Permission.SETTINGS_MANAGE):
            self.settings_tab = SettingsTab(context)
            self.tabs.addTab(self.settings_tab, tr("Station settings"))


# --- users --------------------------------------------------------------------------------------


class UserDialog(QDialog):
    """New account: user name, full name, role, password twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New user"))
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.username.setMaxLength(40)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(100)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.label, role.value)
        self.role.setCurrentIndex(self.role.findData(Role.NURSE.value))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("User name"), self.username)
        form.addRow(tr("Full name"), self.full_name)
        form.addRow(tr("Role"), self.role)
        form.addRow(tr("Password"), self.password)
        form.addRow(tr("Password again"), self.password2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class UsersTab(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.model: RowsModel[users.UserView] = RowsModel([
            Column(tr("User name"), lambda u: u.username),
            Column(tr("Full name"), lambda u: u.display_name),
            Column(tr("Role"), lambda u: Role(u.role).label if u.role in set(Role) else u.role),
            Column(tr("State"), lambda u: tr("active") if u.active else tr("disabled")),
            Column(tr("Last login"), lambda u: clock.local_text(u.last_login_at)),
        ], foreground=lambda u: None if u.active else "#9e9e9e")
        self.view = _table(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        for label, slot in ((tr("New user…"), self.new_user),
                            (tr("Set password…"), self.set_password),
                            (tr("Change role…"), self.change_role),
                            (tr("Disable / enable…"), self.toggle_active)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(users.list_users(self.context.session))

    def _current(self) -> users.UserView | None:
        row = _selected_row(self.view)
        return None if row is None else self.model.row(row)

    def new_user(self) -> None:
        dialog = UserDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if dialog.password.text() != dialog.password2.text():
                show_error(self, ValidationError(tr("The two passwords differ.")))
                continue
            try:
                users.create_user(self.context.session, username=dialog.username.text(),
                                  display_name=dialog.full_name.text(),
                                  role=dialog.role.currentData(),
                                  password=dialog.password.text())
            except HospcrisisError as exc:
                show_error(self, exc)
                continue
            self.refresh()
            self.context.message_posted.emit(tr("User {name} created.",
                                                name=dialog.username.text()))
            return

    def set_password(self) -> None:
        user = self._current()
        if user is None:
            return
        password, ok = QInputDialog.getText(self, tr("Set password"),
                                            tr("New password for {name}:", name=user.username),
                                            QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            users.set_password(self.context.session, user.id, password)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.context.message_posted.emit(tr("Password of {name} changed.", name=user.username))

    def change_role(self) -> None:
        user = self._current()
        if user is None:
            return
        labels = [r.label for r in Role]
        current = labels.index(Role(user.role).label) if user.role in set(Role) else 0
        label, ok = QInputDialog.getItem(self, tr("Change role"), tr("Role of {name}:",
                                                                     name=user.username),
                                         labels, current, False)
        if not ok:
            return
        try:
            users.set_role(self.context.session, user.id, list(Role)[labels.index(label)].value)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.refresh()

    def toggle_active(self) -> None:
        user = self._current()
        if user is None:
            return
        reason = ""
        if user.active:
            reason, ok = QInputDialog.getText(self, tr("Disable an account"),
                                              tr("Why disable {name}?", name=user.username))
            if not ok:
                return
        try:
            users.set_active(self.context.session, user.id, not user.active, reason)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.refresh()


# --- units --------------------------------------------------------------------------------------


def parse_beds(text: str) -> list[str]:
    """Beds typed as `1-12`, `Box 1-4`, or one label per line / comma."""
    beds: list[str] = []
    for raw in text.replace(",", "\n").splitlines():
        chunk = raw.strip()
        if not chunk:
            continue
        prefix, _sep, span = chunk.rpartition(" ")
        target = span if span else chunk
        if "-" in target and all(p.strip().isdigit() for p in target.split("-", 1)):
            low, high = (int(p) for p in target.split("-", 1))
            if 0 < high - low < 500:
                beds.extend(f"{prefix} {n}".strip() for n in range(low, high + 1))
                continue
        beds.append(chunk)
    return beds


class UnitDialog(QDialog):
    def __init__(self, unit: units.Unit | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit unit") if unit else tr("New unit"))
        form = QFormLayout(self)
        self.code = QLineEdit(unit.code if unit else "")
        self.code.setMaxLength(12)
        self.code.setEnabled(unit is None)
        self.name = QLineEdit(unit.name if unit else "")
        self.name.setMaxLength(100)
        self.kind = QComboBox()
        for code, label in units.UNIT_KINDS.items():
            self.kind.addItem(tr(label), code)
        if unit:
            self.kind.setCurrentIndex(self.kind.findData(unit.kind))
        self.beds = QPlainTextEdit("\n".join(unit.beds) if unit else "")
        self.beds.setPlaceholderText(tr("One bed per line, or a range such as 1-24 or Box 1-12"))
        form.addRow(tr("Code"), self.code)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Beds"), self.beds)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class UnitsTab(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.model: RowsModel[units.Unit] = RowsModel([
            Column(tr("Code"), lambda u: u.code),
            Column(tr("Name"), lambda u: u.name),
            Column(tr("Kind"), lambda u: u.kind_label),
            Column(tr("Beds"), lambda u: str(len(u.beds)),
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(tr("State"), lambda u: tr("open") if u.active else tr("closed")),
        ], foreground=lambda u: None if u.active else "#9e9e9e")
        self.view = _table(self.model)
        self.view.doubleClicked.connect(lambda _i: self.edit_unit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        for label, slot in ((tr("New unit…"), self.new_unit), (tr("Edit…"), self.edit_unit),
                            (tr("Close / reopen"), self.toggle_unit)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(units.list_units(self.context.store, include_inactive=True))

    def _current(self) -> units.Unit | None:
        row = _selected_row(self.view)
        return None if row is None else self.model.row(row)

    def new_unit(self) -> None:
        dialog = UnitDialog(None, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                units.create_unit(self.context.session, code=dialog.code.text(),
                                  name=dialog.name.text(), kind=dialog.kind.currentData(),
                                  beds=parse_beds(dialog.beds.toPlainText()))
            except HospcrisisError as exc:
                show_error(self, exc)
                continue
            self.refresh()
            self.context.data_changed.emit("units")
            return

    def edit_unit(self) -> None:
        unit = self._current()
        if unit is None:
            return
        dialog = UnitDialog(unit, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                units.update_unit(self.context.session, unit.code, name=dialog.name.text(),
                                  kind=dialog.kind.currentData(),
                                  beds=parse_beds(dialog.beds.toPlainText()),
                                  expected_version=unit.version)
            except HospcrisisError as exc:
                show_error(self, exc)
                continue
            self.refresh()
            self.context.data_changed.emit("units")
            return

    def toggle_unit(self) -> None:
        unit = self._current()
        if unit is None:
            return
        try:
            units.update_unit(self.context.session, unit.code, active=not unit.active,
                              expected_version=unit.version)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.context.data_changed.emit("units")


# --- backups ------------------------------------------------------------------------------------


class RestoreDialog(QDialog):
    """Choose a verified backup and give the credentials of an admin/IT account in it."""

    def __init__(self, db_path: Path, folder: Path | None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.setWindowTitle(tr("Restore a verified backup"))
        layout = QVBoxLayout(self)
        explain = QLabel(tr("The current database is kept (backed up, or renamed aside if it "
                            "is damaged) before the backup replaces it. Give the user name and "
                            "password of an administrator or IT account of that backup."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.setMinimumWidth(460)
        for info in backups.store_backup.read_manifest(folder) if folder else []:
            self.source.addItem(f"{clock.local_text(info.at)} — {info.file}",
                                str(folder / info.file) if folder else info.file)
        browse = QPushButton(tr("Choose a file…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.source, 1)
        row.addWidget(browse)
        form.addRow(tr("Backup"), row)
        self.username = QLineEdit("admin")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("User name"), self.username)
        form.addRow(tr("Password"), self.password)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton(tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setObjectName("primary")
        buttons.accepted.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.result_text = ""

    def _browse(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, tr("Choose a backup"),
                                               str(self.db_path.parent),
                                               tr("hospcrisis database (*.db);;All files (*)"))
        if name:
            self.source.insertItem(0, name, name)
            self.source.setCurrentIndex(0)

    def chosen_path(self) -> Path | None:
        data = self.source.currentData()
        text = data or self.source.currentText()
        return Path(text) if text else None

    def _restore(self) -> None:
        source = self.chosen_path()
        if source is None:
            return
        try:
            result = backups.restore(self.db_path, source, self.username.text(),
                                     self.password.text())
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.result_text = tr("Restored {source}.", source=source.name)
        if result.previous_kept_as:
            self.result_text += "\n" + tr("The previous database was kept as {kept}.",
                                          kept=result.previous_kept_as)
        show_info(self, self.result_text)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, db_path: Path) -> bool:
        """Run the dialog; True when a backup was restored into `db_path`."""
        from hospcrisis.paths import default_backup_dir

        dialog = cls(db_path, default_backup_dir(db_path), parent)
        return dialog.exec() == QDialog.DialogCode.Accepted


class BackupsTab(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        self.folder_label = QLabel("")
        self.folder_label.setWordWrap(True)
        layout.addWidget(self.folder_label)
        self.model: RowsModel[backups.BackupInfo] = RowsModel([
            Column(tr("Time"), lambda b: clock.local_text(b.at, "%d/%m/%Y %H:%M:%S")),
            Column(tr("File"), lambda b: b.file),
            Column(tr("Size"), lambda b: tr("{n} KiB", n=b.size // 1024),
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(tr("Audit entries"), lambda b: str(b.audit_seq),
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        ])
        self.view = _table(self.model)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        now = QPushButton(tr("Back up now"))
        now.setObjectName("primary")
        now.clicked.connect(self.backup_now)
        row.addWidget(now)
        if context.session.can(Permission.BACKUP_RESTORE):
            restore = QPushButton(tr("Restore the selected backup…"))
            restore.clicked.connect(self.restore_selected)
            row.addWidget(restore)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        store = self.context.store
        if store.path is None:
            self.folder_label.setText(tr("In-memory database: no backups."))
            return
        folder = backups.backup_folder(store)
        self.folder_label.setText(tr("Backups go to {folder} (12 generations kept, each "
                                     "verified). Change the folder in the station settings, "
                                     "for example to a USB key.", folder=folder))
        self.model.set_rows(backups.list_backups(store, folder))

    def backup_now(self) -> None:
        try:
            info = backups.backup_now(self.context.session)
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.context.message_posted.emit(tr("Backup written and verified at {time}.",
                                            time=clock.local_text(info.at)))

    def restore_selected(self) -> None:
        row = _selected_row(self.view)
        if row is None or self.context.store.path is None:
            show_info(self, tr("Select a backup in the list first."))
            return
        info = self.model.row(row)
        if not confirm(self, tr("Restore the backup of {time}? Everything entered since then "
                                "on this workstation will be replaced (the current database "
                                "is kept aside first). The app will restart at the login.",
                                time=clock.local_text(info.at)), yes=tr("Restore")):
            return
        source = backups.backup_folder(self.context.store) / info.file
        self.context.restore_requested.emit(str(source))


# --- audit trail --------------------------------------------------------------------------------


class AuditTab(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.verify_button = QPushButton(tr("Verify the chain"))
        self.verify_button.clicked.connect(self.verify)
        top.addWidget(self.verify_button)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.result, 1)
        layout.addLayout(top)
        self.model: RowsModel[audit_trail.AuditEntry] = RowsModel([
            Column("#", lambda e: str(e.seq),
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(tr("Time"), lambda e: clock.local_text(e.at, "%d/%m %H:%M:%S")),
            Column(tr("User"), lambda e: e.username),
            Column(tr("Action"), lambda e: e.action),
            Column(tr("Record"), lambda e: f"{e.entity or ''} {e.entity_id or ''}".strip()),
            Column(tr("Details"), lambda e: e.summary, tooltip=lambda e: e.details),
        ])
        self.view = _table(self.model)
        layout.addWidget(self.view, 1)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(audit_trail.latest(self.context.session, limit=500))

    def verify(self) -> None:
        report = audit_trail.verify(self.context.session)
        if report.ok:
            self.result.setObjectName("okLabel")
            self.result.setText(tr("Chain intact: {n} entries. Head to keep: {head}",
                                   n=report.entries, head=report.head))
        else:
            self.result.setObjectName("errorLabel")
            self.result.setText(tr("CHAIN BROKEN: {problems}",
                                   problems="; ".join(report.problems[:3])))
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)


# --- settings -----------------------------------------------------------------------------------


class SettingsTab(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        current = station.settings(context.store)
        form = QFormLayout(self)
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(tr(" min"))
        self.idle.setValue(int(current.get("idle_lock_minutes") or 10))
        self.interval = QSpinBox()
        self.interval.setRange(1, 120)
        self.interval.setSuffix(tr(" min"))
        self.interval.setValue(int(current.get("backup_interval_minutes") or 5))
        self.folder = QLineEdit(current.get("backup_dir") or "")
        self.folder.setPlaceholderText(tr("beside the database"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(current.get("language"))))
        from hospcrisis.core import triage

        self.triage_scale = QComboBox()
        self.triage_scale.setObjectName("triageScale")
        for code, scale in triage.TRIAGE_SCALES.items():
            self.triage_scale.addItem(scale.label, code)
        self.triage_scale.setCurrentIndex(max(0, self.triage_scale.findData(
            triage.station_scale(context.session).code)))
        form.addRow(tr("Triage scale"), self.triage_scale)
        form.addRow(tr("Lock after inactivity"), self.idle)
        form.addRow(tr("Back up every"), self.interval)
        form.addRow(tr("Backup folder"), row)
        form.addRow(tr("Language of forms"), self.language)
        save = QPushButton(tr("Save"))
        save.setObjectName("primary")
        save.clicked.connect(self.save)
        form.addRow("", save)
        info = QLabel(json.dumps(current.get("station", {}), ensure_ascii=False))
        info.setObjectName("hint")
        form.addRow(tr("Station"), info)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Backup folder"),
                                                  self.folder.text() or str(Path.home()))
        if folder:
            self.folder.setText(folder)

    def save(self) -> None:
        from hospcrisis.core import triage

        try:
            if self.triage_scale.currentData() != triage.station_scale(
                    self.context.session).code:
                triage.set_scale(self.context.session, self.triage_scale.currentData())
                self.context.section_reset_requested.emit("ed")
            station.update_settings(self.context.session, {
                "idle_lock_minutes": self.idle.value(),
                "backup_interval_minutes": self.interval.value(),
                "backup_dir": self.folder.text().strip() or None,
                "language": self.language.currentData(),
            })
        except HospcrisisError as exc:
            show_error(self, exc)
            return
        self.context.message_posted.emit(tr("Settings saved; the lock delay applies at the "
                                            "next login."))
