"""Messages to the user: errors in their language, confirmations, and the unexpected."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hospcrisis.errors import HospcrisisError, ValidationError
from hospcrisis.ui.i18n import tr

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Show a `HospcrisisError` as it is; anything else as an unexpected error."""
    if isinstance(error, HospcrisisError):
        box = QMessageBox(QMessageBox.Icon.Warning if isinstance(error, ValidationError)
                          else QMessageBox.Icon.Critical, title or tr("hospcrisis"),
                          error.message, QMessageBox.StandardButton.Ok, parent)
        if isinstance(error, ValidationError) and error.problems:
            box.setInformativeText("\n".join(f"• {m}" for _f, m in error.problems))
        box.setObjectName("errorBox")
        box.exec()
        return
    show_unexpected(parent, error, "".join(traceback.format_exception(error)))


def show_unexpected(parent: QWidget | None, error: BaseException, details: str) -> None:
    log.error("unexpected error: %s\n%s", error, details)
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Unexpected error"),
                      tr("An unexpected error occurred; the action in progress was not saved. "
                         "What was saved before is safe. Please tell IT (details below)."),
                      QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(details)
    box.exec()


def report_failure(parent: QWidget | None) -> Callable[[BaseException, str], None]:
    """An `on_error` callback for workers: a `HospcrisisError` as it is, anything else as an
    unexpected error with its details."""
    def failed(exc: BaseException, details: str) -> None:
        if isinstance(exc, HospcrisisError):
            show_error(parent, exc)
        else:
            show_unexpected(parent, exc, details)
    return failed


def show_info(parent: QWidget | None, message: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or tr("hospcrisis"), message)


def confirm(parent: QWidget | None, message: str, title: str | None = None,
            yes: str | None = None) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title or tr("hospcrisis"), message,
                      QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes or tr("Yes"), QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def excepthook(kind: type[BaseException], value: BaseException,
               tb: TracebackType | None) -> None:
    """Unexpected exceptions in slots show a dialog instead of vanishing into stderr."""
    details = "".join(traceback.format_exception(kind, value, tb))
    if sys.__stderr__:
        sys.__stderr__.write(details)
    if QApplication.instance() is not None:
        if isinstance(value, HospcrisisError):
            show_error(QApplication.activeWindow(), value)
        else:
            show_unexpected(QApplication.activeWindow(), value, details)


def install_excepthook() -> None:
    sys.excepthook = excepthook
