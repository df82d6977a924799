"""Reading and verifying the audit trail (IT, crisis cell, administrators)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.store import audit, foundation


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    username: str
    role: str
    action: str
    entity: str | None
    entity_id: str | None
    before: str
    after: str

    @property
    def summary(self) -> str:
        """A short, readable line of what changed (first keys of `after`)."""
        try:
            after = json.loads(self.after)
        except ValueError:
            return ""
        if not isinstance(after, dict) or not after:
            return ""
        parts = []
        for key, value in list(after.items())[:3]:
            if isinstance(value, dict):
                shown = ", ".join(f"{k}={v}" for k, v in list(value.items())[:4]
                                  if k not in ("id", "station", "created_at", "updated_at",
                                               "version", "created_by", "updated_by"))
                parts.append(f"{key.split(':')[0]}: {shown}")
            else:
                parts.append(f"{key}={value}")
        text = "; ".join(parts)
        return text if len(text) <= 160 else text[:157] + "…"

    @property
    def details(self) -> str:
        return f"before: {self.before}\nafter: {self.after}"[:4000]


def latest(session: Session, *, limit: int = 500, entity: str | None = None,
           entity_id: str | None = None) -> list[AuditEntry]:
    """Newest entries first (read-only; needs AUDIT_READ)."""
    session.require(Permission.AUDIT_READ)
    return [AuditEntry(r["seq"], r["at"], r["username"], r["role"], r["action"], r["entity"],
                       r["entity_id"], r["before"], r["after"])
            for r in foundation.audit_entries(session.store, entity=entity,
                                              entity_id=entity_id, limit=limit)]


def verify(session: Session, expected_head: audit.Head | None = None) -> audit.ChainReport:
    """Verify the whole chain (read-only; needs AUDIT_READ)."""
    session.require(Permission.AUDIT_READ)
    return audit.verify(session.store, expected_head)
