"""Installs Qt's own translations and Runde's for a language, and switches them at run time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resources_dir
from app.preferences import Preferences

LANGUAGES = ("en", "da", "nb", "sv", "fi")
# Qt ships no Bokmål translation of its standard buttons; Nynorsk is the closest it has, and
# resources/i18n/qtbase_nb.ts puts the texts Runde shows into Bokmål over it.
QT_FALLBACK = {"nb": "nn"}


def i18n_dir() -> Path:
    """Where Runde's compiled ``.qm`` files are."""
    return resources_dir() / "i18n"


class Translations:
    """Owns the installed translators so a language change replaces them cleanly."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.lang = "en"

    def install(self, lang: str) -> bool:
        """Install ``lang``; True if Runde's own translation was found (English needs none)."""
        app = QCoreApplication.instance()
        if app is None:
            return False
        for t in self._installed:
            app.removeTranslator(t)
        self._installed.clear()
        self.lang = lang if lang in LANGUAGES else "en"
        found = self.lang == "en"
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_lang = QT_FALLBACK.get(self.lang, self.lang)
        own = QTranslator(app)
        if own.load(str(i18n_dir() / f"runde_{self.lang}.qm")):
            app.installTranslator(own)
            self._installed.append(own)
            found = True
        qt = QTranslator(app)
        if self.lang != "en" and qt.load(f"qtbase_{qt_lang}", qt_dir):
            app.installTranslator(qt)
            self._installed.append(qt)
        ours = QTranslator(app)  # installed last, so asked first: Bokmål over Qt's Nynorsk
        if self.lang in QT_FALLBACK and ours.load(str(i18n_dir() / f"qtbase_{self.lang}.qm")):
            app.installTranslator(ours)
            self._installed.append(ours)
        QLocale.setDefault(QLocale(locale_name(self.lang)))
        return found


def standalone_translators(lang: str) -> list[QTranslator]:
    """Runde's own translation of ``lang`` in a translator that is installed nowhere, asked directly
    (the command line's help is made before any application exists). Empty for English, or when the
    translation cannot be found (the help is then in English)."""
    if lang not in LANGUAGES or lang == "en":
        return []
    own = QTranslator()
    return [own] if own.load(str(i18n_dir() / f"runde_{lang}.qm")) else []


def locale_name(lang: str) -> str:
    return {"en": "en_GB", "da": "da_DK", "nb": "nb_NO", "sv": "sv_SE", "fi": "fi_FI"}.get(lang, "en_GB")


def ui_language(args_lang: str | None, prefs: Preferences) -> str:
    """The chosen language, else the system's (en, da, nb, sv, fi), else English."""
    for cand in (args_lang, prefs.language, QLocale.system().name()):
        if cand:
            base = cand.replace("-", "_").partition("_")[0].lower()
            if base in {"no", "nn"}:
                base = "nb"
            if base in {"en", "da", "nb", "sv", "fi"}:
                return base
    return "en"


def install_for_command_line(args_lang: str | None, prefs: Preferences) -> Translations:
    """A QCoreApplication (no window) with the chosen language, for ``runde formats`` and ``runde
    export``: their messages and the sheets they write are in the user's language too."""
    if QCoreApplication.instance() is None:
        QCoreApplication([])
    translations = Translations()
    translations.install(ui_language(args_lang, prefs))
    return translations


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate one of Runde's texts: the one ``tr()`` of the whole program, GUI and command line.

    lupdate files calls of a module-level ``tr()`` under the empty context, so that is the context
    used. A ``%n`` text is a plural message only when called with three arguments,
    ``tr(text, "", n)``: lupdate reads the third argument as the count."""
    return QCoreApplication.translate("", text, disambiguation or None, n)
