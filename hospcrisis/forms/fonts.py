"""The fonts every form embeds: DejaVu (free licence in resources/fonts/LICENSE).

TrueType fonts are embedded (subset) in each PDF, so accents, Greek and Cyrillic names print the
same on every printer and viewer. Each font is registered with reportlab once per process, on
first use (parsing one costs ~12 ms; a wristband needs three of the five).
"""

from __future__ import annotations

import threading
import unicodedata
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hospcrisis.paths import resource

SANS = "HC-Sans"
BOLD = "HC-Sans-Bold"
COND = "HC-Cond"
COND_BOLD = "HC-Cond-Bold"
MONO = "HC-Mono"

#: Our font name → file in resources/fonts/.
FILES: dict[str, str] = {
    SANS: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    COND: "DejaVuSansCondensed.ttf",
    COND_BOLD: "DejaVuSansCondensed-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
}

_registered: dict[str, Any] = {}
_lock = threading.Lock()


def ensure(*names: str) -> None:
    """Register these fonts with reportlab if not done yet (thread-safe, idempotent)."""
    for name in names:
        if name in _registered:
            continue
        with _lock:
            if name in _registered:
                continue
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(resource("fonts", FILES[name]))))
            _registered[name] = pdfmetrics.getFont(name)


def ensure_all() -> None:
    """Register every font (the GUI may call this at start-up, off the UI thread)."""
    ensure(*FILES)


def missing_glyphs(text: str, name: str = SANS) -> str:
    """The characters of `text` (NFC) that font `name` cannot draw, in order, without repeats.

    Spaces and other separators are not counted. Empty means everything prints.
    """
    ensure(name)
    face = pdfmetrics.getFont(name).face
    cmap = face.charToGlyph
    missing: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if char in missing or unicodedata.category(char).startswith("Z"):
            continue
        if cmap.get(ord(char), 0) == 0:
            missing.append(char)
    return "".join(missing)


def width(text: str, name: str, size: float) -> float:
    """Width of `text` in points in font `name` (registered on first use)."""
    font = _registered.get(name)
    if font is None:
        ensure(name)
        font = _registered[name]
    return float(font.stringWidth(text, size))
