"""Translations for every layer, without Qt.

Source strings are English; French is the default language. Translations live in Qt Linguist
`.ts` files under `resources/i18n/<lang>/` (one file per area of the app, context
``hospcrisis``). The GUI loads the same catalogue through a `QTranslator` (the build compiles the
`.qm`); the core, the forms and the CLI read the `.ts` files directly with this module.

Usage::

    from hospcrisis.i18n import _, N_
    raise ValidationError(_("Date of birth is in the future"))
    _("{count} patients waiting", count=3)

`N_` only marks a string for extraction (module-level constants); translate it later with `_`.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import Any

from hospcrisis.paths import resource

LANGUAGES: tuple[str, ...] = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
SOURCE_LANGUAGE = "en"
CONTEXT = "hospcrisis"

_state = threading.local()
_process_language = DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    """Set the language for the whole process (GUI start, CLI `--lang`)."""
    global _process_language
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    _process_language = lang
    _state.lang = None


def language() -> str:
    """The current language code."""
    return getattr(_state, "lang", None) or _process_language


class use_language:
    """Temporarily switch the language of this thread (e.g. to print an English form)."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        self.lang = lang
        self._previous: str | None = None

    def __enter__(self) -> str:
        self._previous = getattr(_state, "lang", None)
        _state.lang = self.lang
        return self.lang

    def __exit__(self, *exc: object) -> None:
        _state.lang = self._previous


@cache
def catalog(lang: str) -> dict[str, str]:
    """All finished translations for `lang`, source text → translation (read-only)."""
    if lang == SOURCE_LANGUAGE:
        return {}
    import xml.etree.ElementTree as ET  # only when a message is first translated

    folder = resource("i18n", lang)
    entries: dict[str, str] = {}
    if not folder.is_dir():
        return entries
    for ts_file in sorted(folder.glob("*.ts")):
        for message in ET.parse(ts_file).getroot().iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not node.text:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            entries[source] = node.text
    return entries


def translate(source: str, lang: str | None = None) -> str:
    """The translation of `source` in `lang` (current language by default); the source if none."""
    return catalog(lang or language()).get(source, source)


def _(source: str, /, **kwargs: Any) -> str:
    """Translate `source` into the current language, then fill `{placeholders}` from kwargs."""
    text = translate(source)
    return text.format(**kwargs) if kwargs else text


def N_(source: str, /) -> str:
    """Mark `source` for translation without translating it now."""
    return source
