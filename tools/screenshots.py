"""`make screenshots`: the real app, on an exercise database, captured to docs/screenshots/.

    python tools/screenshots.py docs/screenshots [--lang fr] [--only NAME…]

Runs offscreen. Makes a fresh exercise database with `demo`, then captures the first-run wizard,
the login, and every section of the main window; areas add scenes (dialogs, other tabs) in
`SCENES` below as "module:function" taking (main_window, context, shoot).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "exercice2026"
# Extra scenes: "module:function"(main_window, context, shoot) — areas add theirs.
SCENES: list[str] = ["hospcrisis.ui.admissions.scenes:all_scenes",
                     "hospcrisis.ui.crisis.scenes:crisis",
                     "hospcrisis.ui.surgery.scenes:surgery_scenes",
                     "hospcrisis.ui.recovery.scenes:recovery_scenes"]


def _shrink(path: Path) -> None:
    """Keep committed screenshots small: 256 colours are plenty for a GUI."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--demo-args", default="", help="extra demo options, e.g. '--seed 3'")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from hospcrisis import cli, i18n
    from hospcrisis.core import users
    from hospcrisis.store.database import open_store
    from hospcrisis.ui import i18n as ui_i18n
    from hospcrisis.ui import style
    from hospcrisis.ui.context import AppContext
    from hospcrisis.ui.login import LoginWindow
    from hospcrisis.ui.main_window import MainWindow
    from hospcrisis.ui.wizard import FirstRunWizard

    tmp = Path(tempfile.mkdtemp(prefix="hospcrisis-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["HOSPCRISIS_ADMIN_PASSWORD"] = PASSWORD
    db = tmp / "exercice.db"
    code = cli.main(["--db", str(db), "--lang", args.lang, "demo", *args.demo_args.split()])
    if code != 0:
        return code

    app = QApplication.instance() or QApplication(["hospcrisis"])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    style.apply(app)
    ui_i18n.install(args.lang)
    i18n.set_language(args.lang)

    def wanted(name: str) -> bool:
        return not args.only or name in args.only

    def shoot(widget: QWidget, name: str, width: int = 1280, height: int = 800) -> None:
        if not wanted(name):
            return
        widget.resize(width, height)
        widget.show()
        for _ in range(5):
            app.processEvents()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        _shrink(path)
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    fresh = open_store(tmp / "new.db", create=True)
    wizard = FirstRunWizard(fresh, str(tmp / "new.db"))
    shoot(wizard, "01-first-run-wizard", 640, 480)
    wizard.next()
    wizard.code.setText("URG1")
    wizard.name.setText("Urgences — accueil")
    wizard.hospital.setText("Centre hospitalier de Dax")
    shoot(wizard, "02-first-run-wizard-station", 640, 480)
    wizard.close()
    fresh.close()

    store = open_store(db)
    from hospcrisis.core import station

    settings = station.settings(store)
    login = LoginWindow(store, settings["station"], exercise=True, lang=args.lang,
                        username="cadre.durand")
    shoot(login, "03-login", 480, 400)
    login.close()

    session = users.login(store, "admin", PASSWORD)
    context = AppContext(session, db)
    window = MainWindow(context)
    from hospcrisis.ui import workers

    for section in window.sections:
        window.show_section(section.key)
        for _round in range(3):  # sections that load in a worker (dashboard) get their data
            app.processEvents()
            workers.wait_all(30_000)
        shoot(window, f"main-{section.key}")
    for spec in SCENES:
        module_name, func_name = spec.split(":")
        scene: Callable[..., None] = getattr(importlib.import_module(module_name), func_name)
        scene(window, context, shoot)
    window.backup_timer.stop()
    window._closing_done = True  # no final backup for a throw-away database
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
