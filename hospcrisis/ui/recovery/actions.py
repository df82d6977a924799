"""The recovery actions of the File menu (kept light: dialogs are imported when triggered).

* Export the station bundle… — every station (RECOVERY_BUNDLE_EXPORT): its data onto a USB key;
* New recovery database… — IT (RECOVERY_MERGE): an empty database to merge the bundles into.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from hospcrisis.core.security import Permission
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.i18n import tr


def export_bundle(window: QWidget, context: AppContext) -> None:
    from hospcrisis.ui.recovery.station import export_station_bundle

    export_station_bundle(window, context)


def new_database(window: QWidget, context: AppContext) -> None:
    from hospcrisis.ui.recovery.database import new_recovery_database

    new_recovery_database(window, context)


def file_actions(window: QWidget, context: AppContext) -> list[QAction]:
    """The File-menu actions this user may use (object names `exportBundleAction`,
    `newRecoveryDatabaseAction`)."""
    actions: list[QAction] = []
    session = context.session
    if session.can(Permission.RECOVERY_BUNDLE_EXPORT):
        action = QAction(tr("Export the station &bundle…"), window)
        action.setObjectName("exportBundleAction")
        action.setStatusTip(tr("This station's data, encrypted, for the recovery team"))
        action.triggered.connect(lambda _c=False: export_bundle(window, context))
        actions.append(action)
    if session.can(Permission.RECOVERY_MERGE):
        action = QAction(tr("New &recovery database…"), window)
        action.setObjectName("newRecoveryDatabaseAction")
        action.setStatusTip(tr("An empty database to merge every station's bundle into"))
        action.triggered.connect(lambda _c=False: new_database(window, context))
        actions.append(action)
    return actions
