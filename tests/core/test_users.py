"""Station set-up, logins, roles and passwords."""

from __future__ import annotations

import hashlib

import pytest

from hospcrisis.core import security, station, units, users
from hospcrisis.core.security import Permission, Role
from hospcrisis.errors import AuthenticationFailed, PermissionDenied, ValidationError
from hospcrisis.store import audit
from hospcrisis.store.database import Store, open_store

from ..conftest import ADMIN_PASSWORD


def test_password_hashes_use_scrypt_with_the_required_cost(monkeypatch) -> None:
    monkeypatch.undo()  # the real cost, not the test one
    assert security.SCRYPT_LOG_N == 17 and security.SCRYPT_R == 8 and security.SCRYPT_P == 1
    stored = security.hash_password("correct horse")
    scheme, log_n, r, p, _salt, _digest = stored.split("$")
    assert (scheme, log_n, r, p) == ("scrypt", "17", "8", "1")
    assert security.check_password("correct horse", stored)
    assert not security.check_password("correct horsE", stored)


def test_passwords_are_never_stored_or_audited_in_clear(store: Store) -> None:
    admin = users.login(store, "admin", ADMIN_PASSWORD)
    users.create_user(admin, username="ioa", display_name="Julie", role="nurse",
                      password="Secret-Urgences-42")
    dump = "\n".join(store.conn.iterdump())
    assert "Secret-Urgences-42" not in dump
    assert ADMIN_PASSWORD not in dump
    assert hashlib.sha256(b"Secret-Urgences-42").hexdigest() not in dump


def test_initialise_refuses_bad_input_and_writes_nothing() -> None:
    s = open_store(None, create=True)
    with pytest.raises(ValidationError) as err:
        station.initialise(s, station_code="urgences-du-nord", station_name="",
                           admin_username="a", admin_password="short")
    fields = err.value.fields
    assert {"station", "station_name", "username", "password"} <= fields
    assert audit.head(s) is None
    assert not station.is_initialised(s)
    s.close()


def test_initialise_twice_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError, match="déjà un poste"):
        station.initialise(store, station_code="OTHER", station_name="x", admin_username="bob",
                           admin_password="long enough")


def test_station_code_is_normalised() -> None:
    assert station.normalise_station_code(" urg1 ") == "URG1"
    for bad in ("", "1URG", "U", "URGENCES1", "URG-1", "ÉCHO"):
        with pytest.raises(ValidationError):
            station.normalise_station_code(bad)


def test_wrong_password_and_disabled_account(session, make_session) -> None:
    nurse = make_session("nurse")
    with pytest.raises(AuthenticationFailed, match="incorrect"):
        users.login(session.store, nurse.username, "not-it-at-all")
    users.set_active(session, nurse.user_id, False, "left the hospital")
    with pytest.raises(AuthenticationFailed):
        users.login(session.store, nurse.username, ADMIN_PASSWORD)
    users.set_active(session, nurse.user_id, True)
    users.login(session.store, nurse.username, ADMIN_PASSWORD)


@pytest.mark.parametrize("role", [r.value for r in Role if r != Role.ADMIN])
def test_only_an_admin_manages_users(make_session, role: str) -> None:
    someone = make_session(role)
    with pytest.raises(PermissionDenied, match="ne permet pas"):
        users.create_user(someone, username="x1", display_name="X", role="nurse",
                          password="long enough")


def test_every_permission_names_at_least_one_role() -> None:
    for permission in Permission:
        assert security.PERMISSIONS[permission], permission
        assert security.role_may(Role.ADMIN, permission) or permission.value.startswith(
            ("recovery.", "crisis.", "procedures.", "surgery."))


def test_the_admin_cannot_lock_themself_out(session) -> None:
    with pytest.raises(ValidationError):
        users.set_active(session, session.user_id, False, "oops")
    with pytest.raises(ValidationError):
        users.set_role(session, session.user_id, "viewer")


def test_duplicate_user_names_are_refused_case_insensitively(session) -> None:
    users.create_user(session, username="Ioa.Martin", display_name="J", role="nurse",
                      password="long enough")
    with pytest.raises(ValidationError, match="déjà pris"):
        users.create_user(session, username="ioa.martin", display_name="J", role="nurse",
                          password="long enough")


def test_own_password_change_needs_the_current_one(make_session) -> None:
    nurse = make_session("nurse")
    with pytest.raises(AuthenticationFailed):
        users.set_password(nurse, nurse.user_id, "brand new pass", current_password="wrong")
    users.set_password(nurse, nurse.user_id, "brand new pass", current_password=ADMIN_PASSWORD)
    users.login(nurse.store, nurse.username, "brand new pass")


def test_units_and_beds(session) -> None:
    unit = units.create_unit(session, code="med2", name="Cardiologie", kind="medicine",
                             beds=["201", "202", "202", " 203 "])
    assert unit.code == "MED2" and unit.beds == ("201", "202", "203")
    with pytest.raises(ValidationError):
        units.create_unit(session, code="MED2", name="Again", kind="medicine")
    with pytest.raises(ValidationError) as err:
        units.create_unit(session, code="bad code!", name="", kind="spa")
    assert {"code", "name", "kind"} <= err.value.fields
    with pytest.raises(ValidationError, match="n’existe pas"):
        units.require_bed(session.store, "MED2", "999")
    units.update_unit(session, "MED2", active=False)
    with pytest.raises(ValidationError, match="fermée"):
        units.require_bed(session.store, "MED2", "201")
