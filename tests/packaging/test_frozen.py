"""The PyInstaller build (build.spec) runs with no Python around it: --version, init, verify."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hospcrisis import __version__

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/hospcrisis/hospcrisis if `make dist` was run, else a fresh build in a temp folder."""
    built = ROOT / "dist" / "hospcrisis" / "hospcrisis"
    if os.environ.get("HOSPCRISIS_USE_DIST") == "1" and built.exists():
        return built
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.fail("PyInstaller is missing: it is part of the test extra (make test installs it)")
    out = tmp_path_factory.mktemp("frozen")
    result = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--distpath", str(out / "dist"), "--workpath",
         str(out / "work"), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-4000:]
    return out / "dist" / "hospcrisis" / "hospcrisis"


def clean_env(tmp_path: Path) -> dict[str, str]:
    """No Python of ours on the path: the build must carry everything."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = "/usr/bin:/bin"
    env["HOME"] = str(tmp_path)
    env["HOSPCRISIS_ADMIN_PASSWORD"] = "frozen-password"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.mark.slow
@pytest.mark.frozen
def test_frozen_build_runs_version_init_verify_and_paints(frozen: Path, tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    version = subprocess.run([str(frozen), "--version"], capture_output=True, text=True,
                             env=env, check=False)
    assert version.returncode == 0 and __version__ in version.stdout
    db = tmp_path / "station.db"
    init = subprocess.run([str(frozen), "--db", str(db), "init", "--station", "FRZ"],
                          capture_output=True, text=True, env=env, check=False)
    assert init.returncode == 0, init.stderr
    assert "Poste FRZ créé" in init.stdout  # translations travelled with the build
    verify = subprocess.run([str(frozen), "--db", str(db), "verify"], capture_output=True,
                            text=True, env=env, check=False)
    assert verify.returncode == 0, verify.stderr
    assert "Chaîne d’audit : 1 entrées, intacte" in verify.stdout
    gui = subprocess.run([str(frozen), "--db", str(db)], capture_output=True, text=True,
                         env={**env, "HOSPCRISIS_BENCH_FIRST_PAINT": "1"}, timeout=60,
                         check=False)
    assert gui.returncode == 0 and "first-paint" in gui.stdout, gui.stderr


@pytest.mark.slow
@pytest.mark.frozen
def test_frozen_build_refuses_a_foreign_file(frozen: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    other.write_bytes(b"x" * 4096)
    result = subprocess.run([str(frozen), "--db", str(other), "verify"], capture_output=True,
                            text=True, env=clean_env(tmp_path), check=False)
    assert result.returncode == 6
    assert "n’est pas une base hospcrisis" in result.stderr
