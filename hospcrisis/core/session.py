"""A logged-in user at this station: what every service receives first."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hospcrisis.core.security import Permission, Role, role_may
from hospcrisis.errors import PermissionDenied
from hospcrisis.i18n import _
from hospcrisis.store.database import Actor, Store


@dataclass
class Session:
    """The open database, who is logged in, and the station's settings."""

    store: Store
    user_id: str
    username: str
    display_name: str
    role: str
    station: str
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def actor(self) -> Actor:
        return Actor(self.user_id, self.username, self.role, self.station)

    @property
    def is_exercise(self) -> bool:
        return bool(self.settings.get("exercise"))

    def can(self, permission: Permission) -> bool:
        """True when this user's role holds `permission` (no side effect)."""
        return role_may(self.role, permission)

    def require(self, permission: Permission) -> None:
        """Raise `PermissionDenied` unless the role holds `permission`."""
        if not self.can(permission):
            raise PermissionDenied(
                _("Your role ({role}) may not do this ({permission}). Ask a colleague "
                  "with the right role, or an administrator.",
                  role=Role(self.role).label if self.role in Role.__members__.values()
                  else self.role, permission=permission.value))

    def reload_settings(self) -> None:
        """Re-read the station settings after a change (read-only)."""
        from hospcrisis.store import foundation

        self.settings = foundation.get_settings(self.store)
