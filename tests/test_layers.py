"""The dependency rule of DESIGN.md: no Qt below ui/, no SQL above store/, nothing imports ui/."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "hospcrisis"
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|BEGIN|WITH)\s",
                 re.MULTILINE)


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml")],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_sql_outside_store() -> None:
    offenders = []
    for file in PACKAGE.rglob("*.py"):
        if file.is_relative_to(PACKAGE / "store"):
            continue
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and SQL.search(node.value):
                offenders.append(f"{file.relative_to(ROOT)}:{node.lineno}")
            if isinstance(node, ast.Attribute) and node.attr in ("execute", "executemany",
                                                                  "executescript"):
                offenders.append(f"{file.relative_to(ROOT)}:{node.lineno} .{node.attr}()")
    assert offenders == []


def test_core_and_forms_import_without_qt() -> None:
    code = ("import sys, pkgutil, importlib, hospcrisis\n"
            "for pkg in ('core','store','forms','interop','commands'):\n"
            "    mod = importlib.import_module('hospcrisis.' + pkg)\n"
            "    for info in pkgutil.walk_packages(mod.__path__, mod.__name__ + '.'):\n"
            "        importlib.import_module(info.name)\n"
            "import hospcrisis.cli\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "assert not bad, bad\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_no_network_modules_in_the_app() -> None:
    """The app never talks to the network: no module that could is imported anywhere."""
    forbidden = {"socket", "ssl", "http", "urllib", "requests", "httpx", "ftplib", "smtplib",
                 "xmlrpc", "asyncio", "PySide6.QtNetwork", "PySide6.QtWebEngineCore",
                 "PySide6.QtWebSockets"}
    offenders = []
    for file in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                if name in forbidden or name.split(".")[0] in forbidden - {"PySide6"}:
                    offenders.append(f"{file.relative_to(ROOT)}:{node.lineno} {name}")
    assert offenders == []
