"""Keep the French catalogue complete.

Source strings are English, marked in code with `_("…")`, `N_("…")` (any layer) or `tr("…")`
(the Qt layer). Translations live in `resources/i18n/fr/<area>.ts` (Qt Linguist format, context
`hospcrisis`), one file per area so people working on different areas never edit the same file.

    python tools/i18n.py check                      # every marked string translated? (tests run it)
    python tools/i18n.py todo --area admissions     # JSON {source: ""} of strings still missing
    python tools/i18n.py apply --area admissions FILE.json   # write translations into <area>.ts

`todo` lists marked strings that no `.ts` file translates yet, restricted with `--paths` to some
files if you like; fill the JSON values in French and `apply` it.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "hospcrisis"
FR = ROOT / "resources" / "i18n" / "fr"
MARKERS = {"_", "N_", "tr"}

HEADER = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    '<TS version="2.1" language="fr_FR" sourcelanguage="en">\n'
)


def extract(paths: list[Path] | None = None) -> dict[str, list[str]]:
    """Marked strings → where they appear (`file:line`)."""
    found: dict[str, list[str]] = {}
    files = []
    for base in paths or [PACKAGE]:
        files.extend([base] if base.is_file() else sorted(base.rglob("*.py")))
    for file in files:
        tree = ast.parse(file.read_text(encoding="utf-8"), str(file))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) and func.attr == "tr" else None)
            if name not in MARKERS:
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                rel = file.relative_to(ROOT) if file.is_relative_to(ROOT) else file
                found.setdefault(arg.value, []).append(f"{rel}:{node.lineno}")
    return found


def load(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def catalogue() -> dict[str, tuple[str | None, str | None, Path]]:
    """source → (translation, type attribute, file) over every fr/*.ts."""
    entries: dict[str, tuple[str | None, str | None, Path]] = {}
    for ts in sorted(FR.glob("*.ts")):
        for message in load(ts).getroot().iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None:
                continue
            entries[source] = (node.text if node is not None else None,
                               node.get("type") if node is not None else "unfinished", ts)
    return entries


def placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def problems() -> list[str]:
    """Everything wrong with the French catalogue (empty when complete)."""
    found = extract()
    cat = catalogue()
    out = []
    for source, where in sorted(found.items()):
        entry = cat.get(source)
        if entry is None or not entry[0] or entry[1] in ("unfinished", "obsolete", "vanished"):
            out.append(f"untranslated: {source!r} ({where[0]})")
            continue
        if placeholders(source) != placeholders(entry[0]):
            out.append(f"placeholders differ: {source!r} -> {entry[0]!r}")
    seen: dict[str, Path] = {}
    for ts in sorted(FR.glob("*.ts")):
        for message in load(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            if source in seen and seen[source] != ts:
                out.append(f"duplicate: {source!r} in {seen[source].name} and {ts.name}")
            seen[source] = ts
    return out


def _indent(elem: ET.Element, level: int = 0) -> None:
    pad = "\n" + "    " * level
    if len(elem):
        if not (elem.text or "").strip():
            elem.text = pad + "    "
        for child in elem:
            _indent(child, level + 1)
        last = elem[-1]
        last.tail = pad
    if level and not (elem.tail or "").strip():
        elem.tail = pad


def write(path: Path, entries: dict[str, str]) -> None:
    """Write a whole area file from source → translation (sorted, stable diff)."""
    root = ET.Element("TS", version="2.1", language="fr_FR", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "hospcrisis"
    for source in sorted(entries):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        node = ET.SubElement(message, "translation")
        if entries[source]:
            node.text = entries[source]
        else:
            node.set("type", "unfinished")
    _indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(HEADER + body.split("\n", 1)[1] + "\n", encoding="utf-8")


def area_entries(area: str) -> dict[str, str]:
    path = FR / f"{area}.ts"
    if not path.exists():
        return {}
    out = {}
    for message in load(path).getroot().iter("message"):
        node = message.find("translation")
        finished = node is not None and node.get("type") != "unfinished"
        text = (node.text or "") if finished and node is not None else ""
        out[message.findtext("source") or ""] = text
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("check")
    todo = sub.add_parser("todo")
    todo.add_argument("--area", required=True)
    todo.add_argument("--paths", nargs="*", type=Path)
    apply = sub.add_parser("apply")
    apply.add_argument("--area", required=True)
    apply.add_argument("file", type=Path)
    args = parser.parse_args(argv)

    if args.cmd == "check":
        found = problems()
        for line in found:
            print(line)
        print(f"{len(found)} problem(s)" if found else "French catalogue complete.")
        return 1 if found else 0
    if not re.fullmatch(r"[a-z_]+", args.area):
        parser.error("area is lower-case letters")
    if args.cmd == "todo":
        cat = catalogue()
        missing = {s: "" for s in extract([p.resolve() for p in args.paths] if args.paths else None)
                   if s not in cat or not cat[s][0] or cat[s][1] == "unfinished"}
        json.dump(missing, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
        print()
        return 0
    translations = json.loads(args.file.read_text(encoding="utf-8"))
    entries = area_entries(args.area)
    cat = catalogue()
    for source, text in translations.items():
        other = cat.get(source)
        if other is not None and other[2].name != f"{args.area}.ts":
            print(f"skipped (already in {other[2].name}): {source!r}")
            continue
        if text and placeholders(source) != placeholders(text):
            print(f"placeholders differ, skipped: {source!r}")
            continue
        entries[source] = text
    FR.mkdir(parents=True, exist_ok=True)
    write(FR / f"{args.area}.ts", entries)
    print(f"{len(translations)} entries applied to {args.area}.ts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
