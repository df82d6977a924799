"""The station: its code (used in provisional IDs), its settings, and first-run set-up."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hospcrisis.core import text
from hospcrisis.core.security import Permission, Role, hash_password, validate_new_password
from hospcrisis.core.session import Session
from hospcrisis.errors import ValidationError
from hospcrisis.i18n import LANGUAGES, _
from hospcrisis.store import foundation
from hospcrisis.store.database import Store, system_actor

STATION_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")

# Defaults for every setting the foundation knows; areas add their own keys.
DEFAULT_SETTINGS: dict[str, Any] = {
    "exercise": False,
    "idle_lock_minutes": 10,
    "backup_dir": None,
    "backup_interval_minutes": 5,
    "backup_generations": 12,
    "language": "fr",
}

USERNAME_RE = re.compile(r"^[A-Za-z0-9._-]{2,40}$")


def normalise_station_code(code: str) -> str:
    """Upper-cased station code, or `ValidationError` explaining the rule."""
    cleaned = (code or "").strip().upper()
    if not STATION_CODE_RE.match(cleaned):
        message = _("The station code must be 2 to 8 letters or digits, starting with a letter "
                    "(for example URG1): it appears in every provisional patient ID.")
        raise ValidationError(message, [("station", message)])
    return cleaned


def validate_username(username: str) -> str:
    cleaned = (username or "").strip()
    if not USERNAME_RE.match(cleaned):
        message = _("A user name is 2 to 40 letters, digits, dots, hyphens or underscores.")
        raise ValidationError(message, [("username", message)])
    return cleaned


def is_initialised(store: Store) -> bool:
    """True once the station has a code and an administrator (read-only)."""
    return "station" in foundation.get_settings(store) and foundation.count_users(store) > 0


def initialise(store: Store, *, station_code: str, station_name: str, admin_username: str,
               admin_password: str, admin_display_name: str = "", hospital: str = "",
               exercise: bool = False, language: str = "fr") -> Session:
    """First run: name the station and create the administrator, in one audited transaction.

    Returns a session for the new administrator. Refused if the station is already set up.
    """
    problems = text.Problems()
    try:
        code = normalise_station_code(station_code)
    except ValidationError as exc:
        problems.items.extend(exc.problems)
        code = ""
    name = text.clean(station_name, field="station_name", label=_("Station name"),
                      required=True, problems=problems)
    hospital_name = text.clean(hospital, field="hospital", label=_("Hospital"),
                               problems=problems)
    try:
        username = validate_username(admin_username)
    except ValidationError as exc:
        problems.items.extend(exc.problems)
        username = ""
    display = text.clean(admin_display_name or admin_username, field="display_name",
                         label=_("Full name"), required=True, problems=problems)
    try:
        validate_new_password(admin_password)
    except ValidationError as exc:
        problems.items.extend(exc.problems)
    if language not in LANGUAGES:
        problems.add("language", _("Unknown language {lang}.", lang=language))
    problems.raise_if_any()
    if is_initialised(store):
        raise ValidationError(_("This database already has a station and an administrator."))
    password_hash = hash_password(admin_password)
    with store.transaction(system_actor(code), "station.init", "station", code) as tx:
        foundation.put_setting(tx, "station", {"code": code, "name": name,
                                               "hospital": hospital_name})
        for key, value in {**DEFAULT_SETTINGS, "exercise": exercise,
                           "language": language}.items():
            foundation.put_setting(tx, key, value)
        admin = tx.insert("user", {
            "username": username, "display_name": display, "role": Role.ADMIN.value,
            "password_hash": password_hash, "active": 1,
        })
    settings = foundation.get_settings(store)
    return Session(store, admin["id"], username, display, Role.ADMIN.value, code, settings)


def station_code(store: Store) -> str:
    """This station's code (read-only)."""
    station = foundation.get_settings(store).get("station") or {}
    return str(station.get("code") or "")


def settings(store: Store) -> dict[str, Any]:
    """All settings with defaults filled in (read-only)."""
    return {**DEFAULT_SETTINGS, **foundation.get_settings(store)}


def update_settings(session: Session, changes: dict[str, Any]) -> None:
    """Change station settings (admin only); one audited transaction."""
    session.require(Permission.SETTINGS_MANAGE)
    problems = text.Problems()
    checked: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "idle_lock_minutes":
            if not isinstance(value, int) or not 1 <= value <= 240:
                problems.add(key, _("The idle lock delay is 1 to 240 minutes."))
            checked[key] = value
        elif key == "backup_dir":
            checked[key] = str(Path(value).expanduser()) if value else None
        elif key == "backup_interval_minutes":
            if not isinstance(value, int) or not 1 <= value <= 120:
                problems.add(key, _("The backup interval is 1 to 120 minutes."))
            checked[key] = value
        elif key == "language":
            if value not in LANGUAGES:
                problems.add(key, _("Unknown language {lang}.", lang=value))
            checked[key] = value
        elif key in ("station", "exercise"):
            problems.add(key, _("The station code and the exercise flag are set when the "
                                "database is created and cannot be changed."))
        else:
            checked[key] = value
    problems.raise_if_any()
    with session.store.transaction(session.actor, "settings.update", "setting") as tx:
        for key, value in checked.items():
            foundation.put_setting(tx, key, value)
    session.reload_settings()
