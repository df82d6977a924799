"""The foundation commands, as IT scripts use them; every command documented."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

from hospcrisis import __version__
from hospcrisis import cli as cli_module

ROOT = Path(__file__).resolve().parent.parent


def all_commands() -> list[str]:
    """Every (sub)command path, e.g. 'users add', from the real parser."""
    found: list[str] = []

    def walk(parser: argparse.ArgumentParser, prefix: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    path = f"{prefix} {name}".strip()
                    found.append(path)
                    walk(sub, path)

    walk(cli_module.build_parser(), "")
    return found


def test_version(capsys: pytest.CaptureFixture[str], cli) -> None:
    assert cli("--version").code == 0
    assert __version__ in capsys.readouterr().out


def test_every_command_has_help(capsys: pytest.CaptureFixture[str], cli) -> None:
    for command in all_commands():
        result = cli(*command.split(), "--help")
        assert result.code == 0, command
        assert "usage:" in capsys.readouterr().out


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in all_commands() if f"hospcrisis {c}" not in readme
               and not re.search(rf"hospcrisis {c.split()[0]} [^\n]*{c.split()[-1]}", readme)]
    assert missing == []


def test_init_verify_backup(tmp_path: Path, cli) -> None:
    db = tmp_path / "station.db"
    assert cli("--db", db, "init", "--station", "urg1", "--name", "Urgences").code == 0
    result = cli("--db", db, "verify")
    assert result.code == 0
    assert "Intégrité de la base : ok" in result.out
    head = re.search(r"(\d+:[0-9a-f]{64})", result.out)
    assert head is not None
    result = cli("--db", db, "verify", "--json", "--head", head.group(1))
    data = json.loads(result.out)
    assert data["ok"] is True and data["audit_entries"] >= 1
    result = cli("--db", db, "backup", "--to", tmp_path / "usb")
    assert result.code == 0, result
    assert list((tmp_path / "usb").glob("hospcrisis-URG1-*.db"))
    listed = json.loads(cli("--db", db, "backups", "--to", tmp_path / "usb", "--json").out)
    assert len(listed) == 1


def test_verify_fails_loudly_on_a_tampered_chain(station_db: Path, cli) -> None:
    import sqlite3

    conn = sqlite3.connect(station_db)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET username = 'intruder' WHERE seq = 1")
    conn.commit()
    conn.close()
    result = cli("--db", station_db, "verify")
    assert result.code != 0
    assert "ROMPUE" in result.out
    assert "ÉCHOUÉE" in result.err


def test_verify_a_foreign_file(tmp_path: Path, cli) -> None:
    other = tmp_path / "x.db"
    other.write_bytes(b"not a database at all" * 10)
    result = cli("--db", other, "verify")
    assert result.code == 6
    assert "n’est pas une base hospcrisis" in result.err


def test_messages_in_english_when_asked(tmp_path: Path, cli) -> None:
    result = cli("--lang", "en", "--db", tmp_path / "none.db", "verify")
    assert result.code != 0
    assert "There is no hospcrisis database" in result.err


def test_wrong_password(station_db: Path, cli) -> None:
    result = cli("--db", station_db, "backup", env={"HOSPCRISIS_PASSWORD": "wrong-one"})
    assert result.code == 3
    assert "incorrect" in result.err


def test_users_commands(station_db: Path, cli) -> None:
    result = cli("--db", station_db, "users", "add", "ioa.martin", "--full-name",
                 "Julien Martin", "--role", "nurse", env={"HOSPCRISIS_NEW_PASSWORD": "pw-nurse-1"})
    assert result.code == 0, result
    listed = json.loads(cli("--db", station_db, "users", "list", "--json").out)
    assert {"ioa.martin", "admin"} <= {u["username"] for u in listed}
    assert all("password_hash" not in u for u in listed)
    nurse = cli("--db", station_db, "--user", "ioa.martin", "users", "list",
                env={"HOSPCRISIS_PASSWORD": "pw-nurse-1"})
    assert nurse.code == 3
    assert cli("--db", station_db, "users", "disable", "ioa.martin", "--reason",
               "mutation").code == 0


def test_restore_command(tmp_path: Path, station_db: Path, cli) -> None:
    assert cli("--db", station_db, "backup", "--to", tmp_path / "b").code == 0
    backup = next((tmp_path / "b").glob("*.db"))
    result = cli("--db", station_db, "restore", backup)
    assert result.code == 0, result
    assert "restaurée" in result.out
    assert cli("--db", station_db, "verify").code == 0


def test_demo_creates_a_new_exercise_database(tmp_path: Path, cli) -> None:
    db = tmp_path / "exercise.db"
    result = cli("--db", db, "demo", "--seed", "3")
    assert result.code == 0, result
    assert cli("--db", db, "verify").code == 0
    again = cli("--db", db, "demo")
    assert again.code == 2 and "existe déjà" in again.err


def test_demo_prints_a_generated_password_when_none_given(tmp_path: Path, cli,
                                                          monkeypatch) -> None:
    monkeypatch.delenv("HOSPCRISIS_ADMIN_PASSWORD", raising=False)
    import io

    out = io.StringIO()
    code = cli_module.main(["--db", str(tmp_path / "d.db"), "demo"], out=out, err=io.StringIO())
    assert code == 0
    match = re.search(r"mot de passe : (\S+)", out.getvalue())
    assert match is not None
