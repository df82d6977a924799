"""Roles, permissions and password hashing.

Every service starts with `session.require(Permission.X)`; the table below is the single place
that says which role may do what.
"""

from __future__ import annotations

import base64
import os
from enum import StrEnum

from hospcrisis.errors import ValidationError
from hospcrisis.i18n import N_, _


class Role(StrEnum):
    ADMIN = "admin"
    CRISIS_CELL = "crisis_cell"
    NURSE_MANAGER = "nurse_manager"
    NURSE = "nurse"
    IT_RECOVERY = "it_recovery"
    VIEWER = "viewer"

    @property
    def label(self) -> str:
        return _(ROLE_LABELS[self])


ROLE_LABELS = {
    Role.ADMIN: N_("Administrator"),
    Role.CRISIS_CELL: N_("Crisis cell"),
    Role.NURSE_MANAGER: N_("Nurse manager"),
    Role.NURSE: N_("Nurse"),
    Role.IT_RECOVERY: N_("IT recovery"),
    Role.VIEWER: N_("Viewer (read-only)"),
}


class Permission(StrEnum):
    # foundation
    USERS_MANAGE = "users.manage"
    SETTINGS_MANAGE = "settings.manage"
    UNITS_MANAGE = "units.manage"
    BACKUP_RUN = "backup.run"
    BACKUP_RESTORE = "backup.restore"
    AUDIT_READ = "audit.read"
    # admissions
    PATIENT_READ = "patient.read"
    PATIENT_WRITE = "patient.write"
    PATIENT_MERGE = "patient.merge"
    IDS_RESERVE = "ids.reserve"
    CENSUS_IMPORT = "census.import"
    MASS_CASUALTY = "admissions.mass_casualty"
    # forms
    PRINT_LISTS = "print.lists"
    PRINT_PATIENT = "print.patient"
    # crisis cell
    CRISIS_LOG_WRITE = "crisis.log.write"
    CRISIS_READ = "crisis.read"
    PROCEDURES_MANAGE = "procedures.manage"
    PROCEDURES_ACTIVATE = "procedures.activate"
    PROCEDURES_SIGN = "procedures.sign"
    SYSTEMS_STATUS = "systems.status"
    # surgery
    SURGERY_READ = "surgery.read"
    SURGERY_MANAGE = "surgery.manage"
    SURGERY_CALLS = "surgery.calls"
    # recovery
    RECOVERY_BUNDLE_EXPORT = "recovery.bundle.export"
    RECOVERY_MERGE = "recovery.merge"
    RECOVERY_RECONCILE = "recovery.reconcile"
    RECOVERY_EXPORT = "recovery.export"
    RECOVERY_BACKLOAD = "recovery.backload"


_ALL = set(Role)
_STAFF = {Role.ADMIN, Role.CRISIS_CELL, Role.NURSE_MANAGER, Role.NURSE}
_MANAGERS = {Role.ADMIN, Role.CRISIS_CELL, Role.NURSE_MANAGER}
_IT = {Role.ADMIN, Role.IT_RECOVERY}

PERMISSIONS: dict[Permission, frozenset[Role]] = {
    Permission.USERS_MANAGE: frozenset({Role.ADMIN}),
    Permission.SETTINGS_MANAGE: frozenset({Role.ADMIN}),
    Permission.UNITS_MANAGE: frozenset({Role.ADMIN, Role.CRISIS_CELL}),
    Permission.BACKUP_RUN: frozenset(_ALL - {Role.VIEWER}),
    Permission.BACKUP_RESTORE: frozenset(_IT),
    Permission.AUDIT_READ: frozenset(_IT | {Role.CRISIS_CELL}),
    Permission.PATIENT_READ: frozenset(_ALL),
    Permission.PATIENT_WRITE: frozenset(_STAFF | {Role.IT_RECOVERY}),
    Permission.PATIENT_MERGE: frozenset({Role.ADMIN, Role.NURSE_MANAGER, Role.IT_RECOVERY}),
    Permission.IDS_RESERVE: frozenset(_MANAGERS),
    Permission.CENSUS_IMPORT: frozenset(_MANAGERS | {Role.IT_RECOVERY}),
    Permission.MASS_CASUALTY: frozenset(_MANAGERS),
    Permission.PRINT_LISTS: frozenset(_ALL),
    Permission.PRINT_PATIENT: frozenset(_STAFF),
    Permission.CRISIS_LOG_WRITE: frozenset(_MANAGERS),
    Permission.CRISIS_READ: frozenset(_ALL),
    Permission.PROCEDURES_MANAGE: frozenset({Role.ADMIN, Role.CRISIS_CELL}),
    Permission.PROCEDURES_ACTIVATE: frozenset(_MANAGERS),
    Permission.PROCEDURES_SIGN: frozenset(_STAFF | {Role.IT_RECOVERY}),
    Permission.SYSTEMS_STATUS: frozenset({Role.ADMIN, Role.CRISIS_CELL, Role.IT_RECOVERY}),
    Permission.SURGERY_READ: frozenset(_ALL),
    Permission.SURGERY_MANAGE: frozenset(_MANAGERS),
    Permission.SURGERY_CALLS: frozenset(_STAFF),
    Permission.RECOVERY_BUNDLE_EXPORT: frozenset(_IT | _MANAGERS),
    Permission.RECOVERY_MERGE: frozenset(_IT),
    Permission.RECOVERY_RECONCILE: frozenset(_IT),
    Permission.RECOVERY_EXPORT: frozenset(_IT),
    Permission.RECOVERY_BACKLOAD: frozenset(_IT),
}


def role_may(role: str, permission: Permission) -> bool:
    """True when `role` holds `permission`."""
    return role in PERMISSIONS[permission]


def parse_role(text: str) -> Role:
    """A role from its code (`nurse`) or its label in either language."""
    cleaned = text.strip().lower()
    for role in Role:
        if cleaned in (role.value, _(ROLE_LABELS[role]).lower(), ROLE_LABELS[role].lower()):
            return role
    raise ValidationError(
        _("Unknown role {role}. Roles: {roles}.", role=text,
          roles=", ".join(r.value for r in Role)),
        [("role", _("Unknown role {role}.", role=text))],
    )


# --- passwords -----------------------------------------------------------------------------

SCRYPT_LOG_N = 17  # n = 2**17, r = 8, p = 1 (DOMAIN.md); tests lower it to keep the suite fast
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256


def _scrypt(password: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    import hashlib  # OpenSSL is loaded on the first login, after the first window paints

    n = 1 << log_n
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * n * r * p + (1 << 20), dklen=32)


def hash_password(password: str) -> str:
    """`scrypt$<log2 n>$<r>$<p>$<salt>$<hash>`, parameters kept so they can be raised later."""
    salt = os.urandom(16)
    digest = _scrypt(password, salt, SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P)
    b64 = base64.b64encode
    return (f"scrypt${SCRYPT_LOG_N}${SCRYPT_R}${SCRYPT_P}$"
            f"{b64(salt).decode()}${b64(digest).decode()}")


def check_password(password: str, stored: str) -> bool:
    """Constant-time check of `password` against a stored hash."""
    try:
        scheme, log_n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = _scrypt(password, base64.b64decode(salt), int(log_n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    import hmac

    return hmac.compare_digest(actual, expected)


def validate_new_password(password: str, field: str = "password") -> None:
    """Refuse passwords too short or too long to be sensible."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            _("The password must have at least {n} characters.", n=MIN_PASSWORD_LENGTH),
            [(field, _("At least {n} characters.", n=MIN_PASSWORD_LENGTH))])
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(
            _("The password must have at most {n} characters.", n=MAX_PASSWORD_LENGTH),
            [(field, _("At most {n} characters.", n=MAX_PASSWORD_LENGTH))])
