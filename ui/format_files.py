"""Format files to share: asking where to write or read one, bringing a shared file in, and the
wording of what went wrong with a file. The format editor (``ui/format_editor.py``) uses these for
"Save as file…", "Open a file…" and Save.

A file is checked as loading checks it (:func:`app.formats.load_format`); a file with the id of a
built-in format comes in as a copy under a new id, so the built-in stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.atomic import ExportError
from app.format_library import import_format, save_user_format
from app.formats import Format, FormatError, load_format
from app.paths import AppPaths
from app.storage.api import StorageError
from ui.error_texts import storage_error_text, write_reason
from ui.format_errors import format_reason

translate = QCoreApplication.translate  # lupdate reads translate("FormatEditor", "...") calls


def ask_save_path(parent: QWidget, fmt_id: str) -> Path | None:
    """Where to write the format ``fmt_id`` (None: the user cancelled)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("FormatEditor", "Save the format as a file"), f"{fmt_id}.json",
        translate("FormatEditor", "Runde formats (*.json)"))
    return Path(name) if name else None


def ask_open_path(parent: QWidget) -> Path | None:
    """Which format file to bring in (None: the user cancelled)."""
    name, _ = QFileDialog.getOpenFileName(parent, translate("FormatEditor", "Open a format file"), "",
                                          translate("FormatEditor", "Runde formats (*.json)"))
    return Path(name) if name else None


def bring_in(path: Path, paths: AppPaths, builtin: set[str], new_id: Callable[[str], str],
             may_replace: Callable[[str], bool]) -> tuple[Format, bool] | None:
    """Bring the format file ``path`` into the user's formats folder: the format as saved, and
    whether it came in under a new id (its id was a built-in's: ``new_id(id)`` gives the copy's).
    None if the user kept their own format of the same id (``may_replace(id)`` said no).

    Raises:
        FormatError: the file cannot be used (named with the field and reason).
        ExportError, OSError: the file could not be written into the folder.
    """
    fmt = load_format(path)
    if fmt.id in builtin:
        return save_user_format(replace(fmt, id=new_id(fmt.id)), paths), True
    if not may_replace(fmt.id):
        return None
    return import_format(path, paths), False


def unusable_file_text(exc: FormatError) -> str:
    """A shared file that was refused: its name, the field and the reason."""
    return translate("FormatEditor", "This file cannot be used: %1").replace(
        "%1", f"{Path(exc.source).name}: {exc.where + ': ' if exc.where else ''}"
              f"{format_reason(exc.where, exc.problem)}")


def renamed_text(new_id: str) -> str:
    """A shared file with a built-in's id came in as a copy."""
    return translate("FormatEditor", "It has the id of a built-in format, so it came in as “%1”; the "
                                     "built-in format stays as it is.").replace("%1", new_id)


def not_written_text(exc: ExportError, folder: Path) -> str:
    """Save could not write into the user's formats folder ``folder``."""
    if exc.code in {"EACCES", "EPERM", "EROFS"}:
        reason = translate("FormatEditor", "the folder is read-only")
    elif exc.code in {"ENOSPC", "EDQUOT"}:
        reason = translate("FormatEditor", "the disk is full")
    else:
        reason = write_reason(exc.code) or str(exc)
    text = translate("FormatEditor", "The format was not saved: Runde cannot write in %1 (%2). Nothing was "
                                     "changed. “Save as file…” can keep it somewhere else.")
    return text.replace("%1", str(folder)).replace("%2", reason)


def not_stored_text(exc: StorageError) -> str:
    """Save could not keep the format with the team's data."""
    text = translate("FormatEditor", "The format was not saved with the team's data: %1 Nothing was changed. "
                                     "“Save as file…” can keep it somewhere else.")
    return text.replace("%1", storage_error_text(exc))
