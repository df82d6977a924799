"""Logging in, the idle lock, and managing user accounts. Every attempt is audited."""

from __future__ import annotations

from dataclasses import dataclass

from hospcrisis.core import station as station_mod
from hospcrisis.core import text
from hospcrisis.core.security import (
    Permission,
    check_password,
    hash_password,
    parse_role,
    validate_new_password,
)
from hospcrisis.core.session import Session
from hospcrisis.errors import AuthenticationFailed, NotFound, ValidationError
from hospcrisis.i18n import _
from hospcrisis.store import foundation
from hospcrisis.store.database import Actor, Store

# A hash to compare against when the user name is unknown, so the answer takes as long.
_DUMMY_HASH = "scrypt$14$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="


@dataclass(frozen=True)
class UserView:
    """What screens may show of a user (never the hash)."""

    id: str
    username: str
    display_name: str
    role: str
    active: bool
    last_login_at: str | None
    created_at: str


def _failed(store: Store, station: str, username: str, reason: str) -> AuthenticationFailed:
    actor = Actor(None, username[:40] or "?", "anonymous", station)
    with store.transaction(actor, "user.login_failed", "user", None) as tx:
        tx.note(username=username[:40], reason=reason)
        user = foundation.find_user(store, username)
        if user is not None:
            foundation.record_failed_login(tx, user["id"])
    return AuthenticationFailed(_("Wrong user name or password."))


def login(store: Store, username: str, password: str) -> Session:
    """Check credentials and open a session; audits the success or the failure."""
    code = station_mod.station_code(store)
    user = foundation.find_user(store, (username or "").strip())
    if user is None:
        check_password(password, _DUMMY_HASH)
        raise _failed(store, code, username or "", "unknown user")
    if not check_password(password, user["password_hash"]):
        raise _failed(store, code, username, "wrong password")
    if not user["active"]:
        raise _failed(store, code, username, "account disabled")
    session = Session(store, user["id"], user["username"], user["display_name"], user["role"],
                      code, station_mod.settings(store))
    with store.transaction(session.actor, "user.login", "user", user["id"]) as tx:
        foundation.record_login(tx, user["id"])
    return session


def unlock(session: Session, password: str) -> None:
    """Re-check the password after the idle lock; audited either way."""
    user = session.store.get("user", session.user_id)
    if not user["active"] or not check_password(password, user["password_hash"]):
        raise _failed(session.store, session.station, session.username, "unlock refused")
    with session.store.transaction(session.actor, "user.unlock", "user", session.user_id):
        pass


def logout(session: Session, reason: str = "logout") -> None:
    """Record the end of a session (explicit logout, idle lock, exit)."""
    with session.store.transaction(session.actor, f"user.{reason}", "user", session.user_id):
        pass


def _view(row: dict) -> UserView:
    return UserView(row["id"], row["username"], row["display_name"], row["role"],
                    bool(row["active"]), row.get("last_login_at"), row["created_at"])


def list_users(session: Session) -> list[UserView]:
    """Every account (admin only; read-only)."""
    session.require(Permission.USERS_MANAGE)
    return [_view(r) for r in foundation.list_users(session.store)]


def create_user(session: Session, *, username: str, display_name: str, role: str,
                password: str) -> UserView:
    """Create an account (admin only); one audited transaction (the hash is not audited)."""
    session.require(Permission.USERS_MANAGE)
    problems = text.Problems()
    try:
        name = station_mod.validate_username(username)
    except ValidationError as exc:
        problems.items.extend(exc.problems)
        name = ""
    display = text.clean(display_name, field="display_name", label=_("Full name"),
                         required=True, problems=problems)
    try:
        role_value = parse_role(role).value
    except ValidationError as exc:
        problems.items.extend(exc.problems)
        role_value = ""
    try:
        validate_new_password(password)
    except ValidationError as exc:
        problems.items.extend(exc.problems)
    if name and foundation.find_user(session.store, name) is not None:
        problems.add("username", _("The user name {name} is already taken.", name=name))
    problems.raise_if_any()
    password_hash = hash_password(password)
    with session.store.transaction(session.actor, "user.create", "user") as tx:
        row = tx.insert("user", {"username": name, "display_name": display, "role": role_value,
                                 "password_hash": password_hash, "active": 1,
                                 "must_change_password": 1}, audit=False)
        tx.draft.entity_id = row["id"]
        tx.note(user={"username": name, "display_name": display, "role": role_value})
    return _view(row)


def _user(session: Session, user_id: str) -> dict:
    try:
        return session.store.get("user", user_id)
    except NotFound as exc:
        raise NotFound(_("This user does not exist.")) from exc


def set_password(session: Session, user_id: str, new_password: str,
                 current_password: str | None = None) -> None:
    """Change a password: your own (with the current one) or anyone's (admin)."""
    own = user_id == session.user_id
    if not own:
        session.require(Permission.USERS_MANAGE)
    validate_new_password(new_password, "new_password")
    row = _user(session, user_id)
    if own and not session.can(Permission.USERS_MANAGE) and not check_password(
            current_password or "", row["password_hash"]):
        raise AuthenticationFailed(_("The current password is wrong."))
    with session.store.transaction(session.actor, "user.password", "user", user_id) as tx:
        foundation.set_password_hash(tx, user_id, hash_password(new_password), not own)
        tx.note(password_changed_for=row["username"])


def set_role(session: Session, user_id: str, role: str) -> None:
    """Give a user another role (admin only; an admin cannot demote themself)."""
    session.require(Permission.USERS_MANAGE)
    new_role = parse_role(role).value
    if user_id == session.user_id and new_role != session.role:
        raise ValidationError(_("You cannot change your own role; ask another administrator."))
    with session.store.transaction(session.actor, "user.role", "user", user_id) as tx:
        tx.update("user", user_id, {"role": new_role})


def set_active(session: Session, user_id: str, active: bool, reason: str = "") -> None:
    """Disable or re-enable an account (accounts are never deleted)."""
    session.require(Permission.USERS_MANAGE)
    if user_id == session.user_id and not active:
        raise ValidationError(_("You cannot disable your own account."))
    why = text.clean(reason, field="reason", label=_("Reason"), max_len=text.MEDIUM,
                     required=not active)
    with session.store.transaction(session.actor,
                                   "user.enable" if active else "user.disable",
                                   "user", user_id) as tx:
        tx.update("user", user_id, {"active": 1 if active else 0})
        tx.note(reason=why)
