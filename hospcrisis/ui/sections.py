"""The sections of the main window, in navigation order.

Each area of the app adds one `Section` here. The widget is built the first time the section is
shown (`factory` is "module:function", imported then), so start-up stays fast however many
sections exist. `permission`: the section only appears for roles holding it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from hospcrisis.core.security import Permission
from hospcrisis.i18n import N_
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.i18n import tr


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # marked with N_, translated when shown
    factory: str  # "module:function" taking an AppContext, returning a QWidget
    permission: Permission | None = None
    shortcut: str | None = None

    @property
    def label(self) -> str:
        return tr(self.title)

    def create(self, context: AppContext) -> QWidget:
        module_name, func_name = self.factory.split(":")
        factory: Callable[[AppContext], QWidget] = getattr(
            importlib.import_module(module_name), func_name)
        return factory(context)


SECTIONS: list[Section] = [
    Section("ed", N_("Emergency department"), "hospcrisis.ui.admissions:create_board", Permission.PATIENT_READ),  # noqa: E501
    Section("census", N_("Units"), "hospcrisis.ui.admissions:create_census", Permission.PATIENT_READ),  # noqa: E501
    Section("identity", N_("Identity vigilance"), "hospcrisis.ui.admissions:create_identity", Permission.PATIENT_READ),  # noqa: E501
    Section("packets", N_("Packets and blank forms"), "hospcrisis.ui.packets:create",
            Permission.PRINT_PATIENT),
    Section("crisis", N_("Crisis cell"), "hospcrisis.ui.crisis.section:create", Permission.CRISIS_READ),  # noqa: E501
    Section("dashboard", N_("Dashboard"), "hospcrisis.ui.crisis.dashboard:create", Permission.CRISIS_READ),  # noqa: E501
    Section("surgery", N_("Operating theatres"), "hospcrisis.ui.surgery.section:create",
            Permission.SURGERY_READ),
    Section("recovery", N_("Data recovery"), "hospcrisis.ui.recovery.section:create",
            Permission.RECOVERY_MERGE),
    Section("admin", N_("Administration"), "hospcrisis.ui.admin:create",
            Permission.BACKUP_RUN),
]

# Permanent widgets in the status bar ("module:function" taking an AppContext).
STATUS_WIDGETS: list[str] = ["hospcrisis.ui.admissions:install_opener",
                             "hospcrisis.ui.crisis.indicator:systems_indicator"]


def visible_sections(context: AppContext) -> list[Section]:
    """The sections this user may open, in order."""
    return [s for s in SECTIONS if s.permission is None or context.session.can(s.permission)]
