"""Render every form in French — for a sample patient and blank — into docs/forms/.

    python tools/forms_docs.py docs/forms        # `make forms-docs`

Writes one PDF per form and variant (``admission-fr.pdf``, ``admission-blank-fr.pdf``…), a
PNG of its first page(s) at 100 dpi in 16 grey levels (small files to commit), and an index
``README.md``. Output is byte-stable (reportlab's invariant mode, a fixed print time), so
re-running it changes nothing unless a form changed.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab import rl_config  # noqa: E402

from hospcrisis.forms.data import BoardRow, CensusRow, FormPatient, PrintInfo  # noqa: E402
from hospcrisis.forms.registry import FORMS  # noqa: E402
from hospcrisis.i18n import use_language  # noqa: E402

DPI = 100
PRINTED_AT = datetime(2026, 11, 29, 2, 25, tzinfo=UTC)
#: How many pages of each sample to show as PNG (the first ones).
PNG_PAGES = {"admission": 2}


def sample_info(exercise: bool = False) -> PrintInfo:
    return PrintInfo(station="URG1", printed_by="Chloé Bérard (IDE)", printed_at=PRINTED_AT,
                     exercise=exercise, lang="fr",
                     hospital="Centre hospitalier de la Côte d’Argent (exemple)")


def sample_patient() -> FormPatient:
    return FormPatient(
        provisional_id="URG1-000042-K", birth_name="LEFÈVRE", used_name="DUPONT",
        first_name="Hélène", forenames="Hélène Marie-Thérèse", sex="F", dob="1954-03-12",
        dob_precision="exact", identity_status="PROV", birthplace_code="40088",
        sinus_number="SIN-40-0421", unit="Urgences", bed="Box 4",
        allergies="Pénicilline (urticaire), produits iodés",
        arrival=PRINTED_AT - timedelta(minutes=35), triage_level="2",
        complaint="Douleur thoracique constrictive depuis 2 h, sueurs")


def sample_board() -> list[BoardRow]:
    people = [("LEFÈVRE Hélène", "1954-03-12", "F", "2", 35, "Box 4", "Examen médical"),
              ("NÚÑEZ-O’BRIEN José", "1987-07-01", "M", "3A", 95, "Attente", "Attente médecin"),
              ("GARÇON Zoé", "2019-02-11", "F", "3B", 50, "Pédiatrie", "Attente médecin"),
              ("INCONNU (homme ~40 ans)", "", "M", "1", 5, "SAUV", "Déchocage"),
              ("de LA TOUR D’AUVERGNE Henri", "1941-12-24", "M", "4", 150, "Attente",
               "Attente médecin"),
              ("ÇELIK Ayşe", "1990", "F", "5", 260, "Circuit court", "Attente médecin"),
              ("PAPADOPOULOS Ἀλέξανδρος", "1975-05-05", "M", "3B", 40, "Box 2",
               "Attente résultats"),
              ("ЧАЙКОВСКИЙ Пётр", "1966-10-30", "M", "2", 12, "Box 1", "Examen médical")]
    return [BoardRow(f"URG1-{i + 40:06d}-{'KHAZQRTM'[i]}", name, dob, sex, level,
                     PRINTED_AT - timedelta(minutes=wait), wait,
                     wait > {"1": 0, "2": 20, "3A": 60, "3B": 60, "4": 120, "5": 240}[level],
                     status, area)
            for i, (name, dob, sex, level, wait, area, status) in enumerate(people)]


def sample_census() -> list[CensusRow]:
    rows = []
    names = [("MARTIN Paul", "M"), ("", ""), ("BERNARD Élise", "F"), ("THOMAS Gérard", "M"),
             ("", ""), ("PETIT Anaïs", "F"), ("ROBERT Noël", "M"), ("RICHARD Maëlle", "F"),
             ("", ""), ("DURAND François", "M")]
    for i, (name, sex) in enumerate(names):
        rows.append(CensusRow("Médecine polyvalente (MED2)", f"2{i + 1:02d}",
                              f"MED2-{i + 1:06d}-A" if name else "", name,
                              f"19{40 + 3 * i}-0{i % 9 + 1}-1{i % 9}" if name else "",
                              sex or "U",
                              PRINTED_AT - timedelta(days=i, hours=3) if name else None,
                              "Hospitalisé" if name else ""))
    return rows


def variants() -> list[tuple[str, str, list[Any], PrintInfo, dict[str, Any]]]:
    """(form, file stem, items, info, options) of every document to render."""
    patient = sample_patient()
    out: list[tuple[str, str, list[Any], PrintInfo, dict[str, Any]]] = []
    for name, spec in FORMS.items():
        if spec.kind == "patient":
            out.append((name, f"{name}-fr", [patient], sample_info(), {}))
            out.append((name, f"{name}-blank-fr", [None], sample_info(), {}))
        elif spec.kind == "packet":
            out.append((name, f"{name}-fr", ["URG1-000101-C"], sample_info(exercise=True), {}))
            out.append((name, f"{name}-blank-fr", [None], sample_info(), {}))
    out.append(("wristband", "wristband-child-fr", [patient], sample_info(), {"size": "child"}))
    out.append(("wristband", "wristband-sheet-fr", [patient], sample_info(), {"sheet": True}))
    out.append(("board", "board-fr", sample_board(), sample_info(), {}))
    out.append(("board", "board-blank-fr", [], sample_info(), {}))
    out.append(("census", "census-fr", sample_census(), sample_info(), {}))
    out.append(("census", "census-blank-fr", [], sample_info(), {}))
    from surgery_samples import variants as surgery_variants  # tools/surgery_samples.py

    out.extend(surgery_variants(sample_info))
    return out


def to_pngs(pdf: Path, pages: int) -> list[Path]:
    """PNG of the first `pages` pages (pypdfium2, or pdftoppm), 16 grey levels."""
    from PIL import Image

    images: list[Image.Image] = []
    try:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(str(pdf))
        for index in range(min(pages, len(document))):
            images.append(document[index].render(scale=DPI / 72).to_pil())
        document.close()
    except ImportError:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-l", str(pages), str(pdf),
                            f"{tmp}/p"], check=True)
            images = [Image.open(p).copy() for p in sorted(Path(tmp).glob("p*.png"))]
    written = []
    for index, image in enumerate(images, start=1):
        path = pdf.with_name(f"{pdf.stem}-p{index}.png")
        grey = image.convert("L").quantize(colors=16, dither=Image.Dither.NONE)
        grey.save(path, optimize=True)
        written.append(path)
    return written


#: Documents printed from an exercise database through the real print path (the data they
#: show — reports, logs, checklists, recovery lists — comes from every area of the app).
DEMO_DOCUMENTS: list[tuple[str, str, dict[str, Any], int]] = [
    ("sitrep", "sitrep-fr", {}, 2),
    ("procedures", "procedures-fr", {"units": ("URG",)}, 1),
    ("log", "log-fr", {}, 1),
    ("remaining", "remaining-fr", {}, 1),
    ("report", "report-fr", {}, 1),
]


def demo_documents(out: Path) -> list[tuple[str, str, list[Path]]]:
    """Print the reports and lists of `DEMO_DOCUMENTS` from a fresh exercise database."""
    from hospcrisis import cli, printing
    from hospcrisis.core import users

    password = "forms-docs-2026"
    os.environ["HOSPCRISIS_ADMIN_PASSWORD"] = password
    done = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "exercice.db"
        if cli.main(["--db", str(db), "demo", "--admissions", "60", "--surgery-cases", "80"],
                    out=io.StringIO()) != 0:
            raise SystemExit("the exercise database could not be made")
        from hospcrisis.store.database import open_store

        store = open_store(db)
        try:
            session = users.login(store, "admin", password)
            for form, stem, fields, pages in DEMO_DOCUMENTS:
                request = printing.PrintRequest(form, lang="fr", **fields)
                pdf = out / f"{stem}.pdf"
                printing.run(session, request, pdf)
                done.append((form, stem, to_pngs(pdf, pages)))
                print(f"{pdf.name}: {pdf.stat().st_size // 1024} KB (exercise database)")
        finally:
            store.close()
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "forms"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    if out.exists():
        for old in list(out.glob("*.pdf")) + list(out.glob("*.png")):
            old.unlink()
    out.mkdir(parents=True, exist_ok=True)
    rl_config.invariant = 1
    os.environ["TZ"] = "Europe/Paris"  # the sample hospital's local time, on any machine
    if hasattr(time, "tzset"):
        time.tzset()
    index = ["# Paper forms (generated)", "",
             "Made by `make forms-docs` (tools/forms_docs.py): every form in French, for a "
             "sample patient and blank. Open the PDFs for the real thing; the PNGs are 100 dpi "
             "previews of their first pages.", "",
             "| form | code | sample | blank |", "| --- | --- | --- | --- |"]
    rows: dict[str, dict[str, str]] = {}
    for form, stem, items, info, options in variants():
        buffer = io.BytesIO()
        FORMS[form].render(buffer, items, info, **options)
        pdf = out / f"{stem}.pdf"
        pdf.write_bytes(buffer.getvalue())
        pngs = to_pngs(pdf, PNG_PAGES.get(form, 1) if "blank" not in stem else 1)
        links = f"[PDF]({pdf.name}) · " + " ".join(f"[p{i}]({p.name})"
                                                    for i, p in enumerate(pngs, start=1))
        rows.setdefault(form, {})["blank" if "blank" in stem else stem] = links
        print(f"{pdf.relative_to(out.parent) if out.parent in pdf.parents else pdf}: "
              f"{pdf.stat().st_size // 1024} KB, {len(pngs)} PNG")
    for form, stem, pages in demo_documents(out):
        rows.setdefault(form, {})[stem] = f"[PDF]({stem}.pdf) · " + " ".join(
            f"[p{i}]({p.name})" for i, p in enumerate(pages, start=1))
    with use_language("fr"):
        for form, links in rows.items():
            spec = FORMS[form]
            samples = " · ".join(v for k, v in links.items() if k != "blank")
            index.append(f"| {spec.label} (`{form}`) | {spec.code_version} | {samples} | "
                         f"{links.get('blank', '')} |")
    (out / "README.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
