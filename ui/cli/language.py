"""The command line's language: its help and argparse's own words in the user's language, loaded
before any application exists (``--lang``, else the settings', else the system's)."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from app.paths import AppPaths

_help_language: list[QTranslator] = []  # the command line's language (see parse); empty: English


def translate(context: str, text: str) -> str:
    """A help text in the user's language. The parser is built before any application exists (a
    window's QApplication must be the first one made), so :func:`parse` loads the language into
    translators of its own, asked first; ``QCoreApplication.translate`` answers otherwise."""
    for translator in _help_language:
        found = translator.translate(context, text)
        if found:
            return found
    return QCoreApplication.translate(context, text)


# argparse's own words (it asks gettext for them), in the user's language too: what a user meets in
# ``--help`` and in the messages about a mistyped command. Listed here for lupdate (context "argparse").
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
)


def _argparse_word(text: str) -> str:
    return translate("argparse", text)


@contextlib.contextmanager
def argparse_in_language() -> Iterator[None]:
    """argparse's words through :func:`translate` while the parser is built and used (argparse looks
    its ``_`` up at each use; the original is put back after, also when parsing ends the program)."""
    original = getattr(argparse, "_", None)
    setattr(argparse, "_", _argparse_word)  # noqa: B010  (a private name of argparse's)
    try:
        yield
    finally:
        if original is not None:
            setattr(argparse, "_", original)  # noqa: B010


def early_options(argv: Sequence[str]) -> tuple[str | None, Path | None]:
    """``--lang`` and ``--data-dir`` as typed (``--lang da`` or ``--lang=da``; the last one counts, as
    in argparse), read before the parser is built so that its help is in the chosen language."""
    lang: str | None = None
    data: Path | None = None
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == "--":
            break
        name, eq, value = word.partition("=")
        if name in ("--lang", "--data-dir"):
            if not eq:
                i += 1
                if i >= len(argv):
                    break
                value = argv[i]
            if name == "--lang":
                lang = value
            else:
                data = Path(value)
        i += 1
    return lang, data


def use_language(argv: Sequence[str]) -> str:
    """Load the command line's language before the parser is built: ``--lang``, else the settings'
    language (of ``--data-dir``'s settings when given), else the system's (as the app chooses it)."""
    from app.preferences import load_preferences
    from ui.i18n import standalone_translators, ui_language

    lang, data = early_options(argv)
    try:
        prefs = load_preferences(AppPaths.create(data).settings_path)
    except (OSError, ValueError):  # an unusable --data-dir is told by the command itself
        from app.preferences import Preferences

        prefs = Preferences()
    chosen = ui_language(lang, prefs)
    _help_language[:] = standalone_translators(chosen)
    return chosen
