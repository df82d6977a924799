"""Opening a patient's record from anywhere: `context.patient_requested` and wristband scans.

The main window shows `ScannerStatus` in its status bar (`sections.STATUS_WIDGETS`). While the
window is shown it listens to the barcode scanner (`ui/scan.py`) with the provisional-ID
pattern of `core/provisional_ids.py`: a scanned wristband opens that patient; a misread ID
(wrong check character) says so clearly. A scan landing in a field that takes IDs (the
pre-printed packet field of the registration) fills that field instead. The watcher stops
while the window is hidden (locked), so a scan never reveals a record behind the lock.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QWidget,
)

from hospcrisis.core import admissions, provisional_ids
from hospcrisis.errors import HospcrisisError, NotFound
from hospcrisis.ui.admissions.record import PatientRecordDialog, open_record
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import show_error
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.scan import ScanWatcher

# STATION-NNNNNN-C as printed on wristbands and labels (hyphens included), found anywhere in a
# scanned text (a QR code carries the ID first, then the strict traits).
SCAN_PATTERN = re.compile(rf"[A-Z][A-Z0-9]{{1,7}}-\d{{{provisional_ids.NUMBER_DIGITS}}}-"
                          r"[0-9A-Z]")


class PatientOpener(QObject):
    """Opens record windows (one per patient: asking again brings it to the front)."""

    def __init__(self, context: AppContext, host: QWidget) -> None:
        super().__init__(host)
        self.context = context
        self.host = host
        self.records: dict[str, PatientRecordDialog] = {}
        self.watcher = ScanWatcher(SCAN_PATTERN, self)
        self.watcher.scanned.connect(self.scanned)
        context.patient_requested.connect(self.open)

    def _parent(self) -> QWidget:
        modal = QApplication.activeModalWidget()
        return modal if modal is not None else self.host.window()

    def open(self, key: str) -> PatientRecordDialog | None:
        """Open the record of a patient id, or of a provisional ID / IPP typed or scanned."""
        key = (key or "").strip()
        if not key:
            return None
        if provisional_ids.looks_like_id(key):
            try:
                patient_id = admissions.find_by_id(self.context.session, key).id
            except NotFound as exc:
                self._not_found(key, exc)
                return None
            except HospcrisisError as exc:
                show_error(self._parent(), exc, tr("Wristband or ID not recognised"))
                return None
        else:
            patient_id = key
        existing = self.records.get(patient_id)
        if existing is not None:
            existing.reload()
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        dialog = open_record(self.context, patient_id, self._parent())
        if dialog is not None:
            self.records[patient_id] = dialog
            dialog.destroyed.connect(lambda _o=None, p=patient_id: self.records.pop(p, None))
        return dialog

    def scanned(self, code: str) -> None:
        if not self.host.window().isVisible():
            return
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and focus.property("scanTarget"):
            focus.setText(code)  # a pre-printed packet scanned into the registration
            return
        self.open(code)

    def _not_found(self, code: str, error: HospcrisisError) -> None:
        """An ID nobody has yet: maybe a pre-printed packet; offer to register with it."""
        box = QMessageBox(QMessageBox.Icon.Information, tr("No patient with this ID"),
                          error.message, QMessageBox.StandardButton.NoButton, self._parent())
        box.setObjectName("notFoundBox")
        register = box.addButton(tr("Register an arrival with this ID"),
                                 QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is register:
            from hospcrisis.ui.admissions.registration import RegistrationDialog

            dialog = RegistrationDialog(self.context, self._parent())
            dialog.arrival_form.packet_id.setText(code)
            dialog.exec()


class ScannerStatus(QLabel):
    """Status-bar label "wristband scanner ready"; owns the opener of its main window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Scanner ready"), parent)
        self.setObjectName("statusScanner")
        # never the widget that makes the status bar wider than the screen
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(tr("A barcode scanner works anywhere in the app: scanning a "
                           "patient's wristband or label opens their record."))
        self.opener = PatientOpener(context, self)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.opener.watcher.start()

    def hideEvent(self, event: Any) -> None:
        self.opener.watcher.stop()
        super().hideEvent(event)
