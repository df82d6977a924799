"""File ▸ Export the station bundle…: this station's data, encrypted, onto a USB key for IT.

The passphrase is typed twice and never kept (it lives in this dialog and the worker only);
the file is written by `interop.bundle.export_station_bundle` in a worker (temporary name,
fsync, re-read, rename, audited). Then the manifest summary — counts, audit chain head,
fingerprints — is shown so it can be written on the key's label and checked at import.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hospcrisis import clock
from hospcrisis.core import recovery
from hospcrisis.core.session import Session
from hospcrisis.errors import ValidationError
from hospcrisis.interop import bundle
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.models import Column, RowsModel
from hospcrisis.ui.recovery.common import (
    STYLESHEET,
    RefusalPanel,
    add_row,
    banner,
    choose_save_file,
    fit_to_contents,
    grouped,
    hint,
    report_failure,
    right,
    run_job,
    start_folder,
    table,
    table_label,
)

# --- the passphrase -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Strength:
    level: int  # 0 too short, 1 weak, 2 fair, 3 strong
    text: str


def passphrase_strength(value: str) -> Strength:
    """A hint of how hard the passphrase is to guess (length, kinds of characters, words)."""
    if len(value) < bundle.MIN_PASSPHRASE:
        return Strength(0, tr("Too short: at least {n} characters.", n=bundle.MIN_PASSPHRASE))
    kinds = sum((any(c.islower() for c in value), any(c.isupper() for c in value),
                 any(c.isdigit() for c in value), any(not c.isalnum() for c in value)))
    words = len([w for w in value.split() if len(w) >= 3])
    if len(value) >= 24 or words >= 4 or (len(value) >= 16 and kinds >= 3):
        return Strength(3, tr("Strong."))
    if len(value) >= 14 or kinds >= 3:
        return Strength(2, tr("Fair: a few more words make it much stronger."))
    return Strength(1, tr("Weak: use a sentence of four or five words."))


STRENGTH_COLOURS = {0: "#c62828", 1: "#ef6c00", 2: "#b7950b", 3: "#2e7d32"}


def default_bundle_name(station: str) -> str:
    return f"{station}-{clock.local_text(clock.now(), '%Y%m%d-%H%M')}{bundle.SUFFIX}"


@dataclass(frozen=True)
class BundleExportRequest:
    path: Path
    passphrase: str


class BundleExportDialog(QDialog):
    """Where the bundle goes and its passphrase (typed twice, never kept)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.request: BundleExportRequest | None = None
        self.setObjectName("bundleExportDialog")
        self.setWindowTitle(tr("Export the station bundle"))
        self.setStyleSheet(STYLESHEET)
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        explain = QLabel(tr(
            "Writes everything this station ({code}) holds — every record and the whole audit "
            "trail — into ONE encrypted file for the recovery team, for example on a USB key. "
            "Without the passphrase the file cannot be read: give the passphrase to IT apart "
            "from the key (by phone or on paper), never on the key itself.",
            code=context.session.station))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        self.path = QLineEdit(str(Path(start_folder(context)) /
                                  default_bundle_name(context.session.station)))
        self.path.setObjectName("bundlePath")
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        add_row(form, tr("&File"), row, self.path)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.textChanged.connect(self._update_strength)
        add_row(form, tr("&Passphrase"), self.passphrase)
        self.passphrase2 = QLineEdit()
        self.passphrase2.setObjectName("passphrase2")
        self.passphrase2.setEchoMode(QLineEdit.EchoMode.Password)
        add_row(form, tr("Passphrase &again"), self.passphrase2)
        self.strength = QLabel()
        self.strength.setObjectName("strength")
        form.addRow(tr("Strength"), self.strength)
        self.show_text = QCheckBox(tr("&Show the passphrase"))
        self.show_text.toggled.connect(self._toggle_echo)
        form.addRow("", self.show_text)
        layout.addLayout(form)
        layout.addWidget(hint(tr("A sentence of four or five words is easy to type and hard "
                                 "to guess, e.g. “le café de la garde est froid”. It is "
                                 "asked again when IT imports the bundle.")))
        self.problems = RefusalPanel()
        layout.addWidget(self.problems)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(tr("Write the bundle"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("primary")
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_strength("")
        self.passphrase.setFocus()

    def _browse(self) -> None:
        chosen = choose_save_file(self, tr("Export the station bundle"), self.path.text(),
                                  tr("Station bundle (*.hcbundle)"))
        if chosen is not None:
            self.path.setText(str(chosen))

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.passphrase2.setEchoMode(mode)

    def _update_strength(self, value: str) -> None:
        strength = passphrase_strength(value)
        self.strength.setText(strength.text)
        self.strength.setStyleSheet(f"color: {STRENGTH_COLOURS[strength.level]}; "
                                    "font-weight: bold;")

    def check(self) -> None:
        problems: list[tuple[str, str]] = []
        raw = self.path.text().strip()
        path = Path(raw).expanduser() if raw else None
        if path is None:
            problems.append(("path", tr("Choose the file to write.")))
        elif path.is_dir():
            problems.append(("path", tr("{path} is a folder: give a file name.", path=path)))
        elif not path.suffix:
            path = path.with_suffix(bundle.SUFFIX)
        value = self.passphrase.text()
        if len(value) < bundle.MIN_PASSPHRASE:
            problems.append(("passphrase", tr(
                "The passphrase must have at least {n} characters: the bundle holds patient "
                "data and may be lost on the way.", n=bundle.MIN_PASSPHRASE)))
        elif value != self.passphrase2.text():
            problems.append(("passphrase", tr("The two passphrases differ: type them again.")))
        if problems or path is None:
            self.problems.show_error(ValidationError(tr("The bundle cannot be written yet."),
                                                     problems))
            return
        self.request = BundleExportRequest(path, value)
        self.accept()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None) -> BundleExportRequest | None:
        dialog = cls(context, parent)
        dialog.exec()
        return dialog.request


# --- the result -----------------------------------------------------------------------------------


def summary_text(written: recovery.WrittenBundle) -> str:
    """What to keep with the key (copied to the clipboard, or written on its label)."""
    lines = [tr("Station bundle {station} — {time}", station=written.station,
                time=clock.local_text(clock.now())),
             tr("File: {path} ({size} KiB)", path=written.path, size=max(1, written.size // 1024)),
             tr("Records: {n}", n=sum(written.counts.values()))]
    lines += [f"  {table_label(t)}: {n}" for t, n in sorted(written.counts.items())]
    lines += [tr("Audit chain head: {head}", head=written.audit_head or "—"),
              tr("Content fingerprint (SHA-256): {sha}", sha=written.payload_sha256),
              tr("SHA-256 of the file: {sha}", sha=written.file_sha256)]
    return "\n".join(lines)


class BundleWrittenDialog(QDialog):
    """The bundle's manifest summary: counts, audit chain head, fingerprints."""

    def __init__(self, written: recovery.WrittenBundle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.written = written
        self.setObjectName("bundleWrittenDialog")
        self.setWindowTitle(tr("Bundle written and verified"))
        self.setStyleSheet(STYLESHEET)
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        done = banner("okBanner")
        done.setText(tr("The bundle of station {station} was written, read back and verified. "
                        "Write on the key's label: {station}, today's date and the fingerprint "
                        "{short}.", station=written.station,
                        short=written.payload_sha256[:8].upper()))
        layout.addWidget(done)
        form = QFormLayout()
        self.file_label = QLabel(written.path)
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(tr("File"), self.file_label)
        form.addRow(tr("Size"), QLabel(tr("{n} KiB", n=max(1, written.size // 1024))))
        self.total = QLabel(str(sum(written.counts.values())))
        self.total.setObjectName("bigCount")
        form.addRow(tr("Records"), self.total)
        head = QLabel(written.audit_head or "—")
        head.setObjectName("hashValue")
        head.setWordWrap(True)
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(tr("Audit chain head"), head)
        self.fingerprint = QLabel(grouped(written.payload_sha256).upper())
        self.fingerprint.setObjectName("hashValue")
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setToolTip(tr("Shown again by the recovery database when the bundle "
                                       "is imported."))
        form.addRow(tr("Content fingerprint"), self.fingerprint)
        file_sha = QLabel(grouped(written.file_sha256))
        file_sha.setObjectName("hashValue")
        file_sha.setWordWrap(True)
        file_sha.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(tr("SHA-256 of the file"), file_sha)
        layout.addLayout(form)
        self.model: RowsModel[tuple[str, int]] = RowsModel([
            Column(tr("Kind of record"), lambda r: table_label(r[0])),
            right(tr("Records"), lambda r: str(r[1])),
        ])
        self.model.set_rows(sorted(written.counts.items(), key=lambda kv: table_label(kv[0])))
        view = table(self.model, stretch=0)
        fit_to_contents(view, (1,))
        layout.addWidget(view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(tr("&Copy the summary"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(summary_text(self.written))

    @classmethod
    def ask(cls, written: recovery.WrittenBundle, parent: QWidget | None) -> None:
        cls(written, parent).exec()


# --- the action -----------------------------------------------------------------------------------


def write_bundle(session: Session, request: BundleExportRequest, *, progress: Any,
                 cancelled: Any) -> recovery.WrittenBundle:
    """Worker: the bundle written and verified (one audit entry `recovery.bundle.export`)."""
    return bundle.export_station_bundle(session, request.path, request.passphrase,
                                        progress=progress)


def export_station_bundle(window: QWidget, context: AppContext) -> None:
    """The File ▸ Export the station bundle… action."""
    request = BundleExportDialog.ask(context, window)
    if request is None:
        return

    def done(written: recovery.WrittenBundle) -> None:
        context.message_posted.emit(tr("Bundle written and verified: {path}.",
                                       path=written.path))
        BundleWrittenDialog.ask(written, window)

    run_job(context, lambda session, progress, cancelled: write_bundle(
        session, request, progress=progress, cancelled=cancelled), done,
        report_failure(window), parent=window, label=tr("Writing the station bundle…"))
