"""What an incomplete installation tells the user, and the optional parts Runde can run without.

A package built without ``resources/`` (formats, fonts, sounds, translations) would otherwise list no
formats and say nothing: the command line and the start of the app refuse with a worded message and a
non-zero exit code instead. The chime (QtMultimedia, ``runde[sound]``) and the team database server
(psycopg and keyring, ``runde[server]``) are optional: Settings says when they are not installed.
"""

from __future__ import annotations

import importlib.util
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from app.paths import builtin_format_files, builtin_formats_dir


def formats_missing_text() -> str | None:
    """The message when Runde's built-in formats cannot be found, else None."""
    if builtin_format_files():
        return None
    return QCoreApplication.translate(
        "InstallCheck",
        "Runde is not installed completely: its built-in meeting formats are missing (looked in %1). "
        "Please install Runde again, or ask whoever installed it.").replace("%1", str(builtin_formats_dir()))


def refuse_without_formats(err: TextIO) -> bool:
    """Print the message to ``err`` and return True when the built-in formats are missing."""
    text = formats_missing_text()
    if text is None:
        return False
    print(text, file=err)
    return True


def refuse_without_formats_gui() -> bool:
    """Show the message in a dialog and return True when the built-in formats are missing (a
    QApplication with the user's language installed must exist)."""
    text = formats_missing_text()
    if text is None:
        return False
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, QCoreApplication.translate("InstallCheck", "Runde cannot start"), text)
    return True


def _installed(module: str) -> bool:
    """The module is there to import (found, not imported: Qt Multimedia takes 0.4 s to load, and
    Settings must open at once)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def sound_available() -> bool:
    """Qt Multimedia, which plays the chime (PySide6-Addons, the ``runde[sound]`` extra)."""
    return _installed("PySide6.QtMultimedia")


def server_available() -> bool:
    """The PostgreSQL driver for a team database server (the ``runde[server]`` extra)."""
    return _installed("psycopg")


def sound_missing_text() -> str:
    """Settings' sentence when the chime cannot play because Qt Multimedia is not installed."""
    return QCoreApplication.translate(
        "InstallCheck",
        "The chime is not installed on this computer, so Runde stays silent. To hear it, install Runde "
        "with its sound part (runde[sound]) or use the Runde program for your computer.")


def server_missing_text() -> str:
    """Settings' sentence when the database server part is not installed."""
    return QCoreApplication.translate(
        "InstallCheck",
        "The database server part is not installed on this computer, so Runde keeps everything in this "
        "computer's own file. To use a team database server, install Runde with its server part "
        "(runde[server]).")
