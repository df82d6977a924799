"""Translations in the Qt layer.

`tr("…")` goes through Qt's translators (the compiled `hospcrisis_fr.qm`, context `hospcrisis`),
so every widget string is looked up exactly like Qt expects. When the `.qm` is missing (a source
checkout run without `make`), a Python translator serves the same `.ts` catalogue, so the app is
never half-translated. Qt's own strings (standard buttons, file dialogs) come from `qtbase_fr`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from hospcrisis import i18n
from hospcrisis.paths import resource

_installed: list[QTranslator] = []


def tr(source: str, /, **kwargs: Any) -> str:
    """Translate `source` with Qt's translators, then fill `{placeholders}`."""
    text = QCoreApplication.translate(i18n.CONTEXT, source)
    return text.format(**kwargs) if kwargs else text


class CatalogTranslator(QTranslator):
    """A translator backed by the `.ts` sources (fallback when the `.qm` is not built)."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = i18n.catalog(lang)

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if context != i18n.CONTEXT:
            return ""
        return self._catalog.get(source, "")

    def isEmpty(self) -> bool:
        return not self._catalog


def install(lang: str) -> str:
    """Make `lang` the language of the app (Qt and Python layers). Returns how it was loaded."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    i18n.set_language(lang)
    QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr"
                               else QLocale.Language.English))
    if lang == i18n.SOURCE_LANGUAGE:
        return "source"
    how = "qm"
    ours = QTranslator(app)
    qm = resource("i18n", f"hospcrisis_{lang}.qm")
    if not (qm.exists() and ours.load(str(qm))):
        ours = CatalogTranslator(lang, app)
        how = "ts"
    app.installTranslator(ours)
    _installed.append(ours)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return how
