"""The reasons ``app/`` gives for a failed write, in the user's language.

``app/`` never imports Qt, so its errors carry a code (the errno name) beside their English text; the
windows and the command line word them here with ``tr()``. An unknown code keeps the English text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.export.atomic import ExportError


def tr(text: str) -> str:
    """Translate (lupdate files module-level ``tr()`` calls under the empty context)."""
    return QCoreApplication.translate("", text)


def write_reason(code: str) -> str | None:
    """A plain reason for an errno name, or None when there is no translated one."""
    denied = tr("permission denied: the folder is read-only, or the file is open in another program")
    in_use = tr("the file is in use by another program")
    reasons = {
        "ENOSPC": tr("the disk is full"),
        "EDQUOT": tr("the disk quota is used up"),
        "EROFS": tr("the disk is read-only"),
        "EACCES": denied, "EPERM": denied,
        "EBUSY": in_use, "ETXTBSY": in_use,
        "EISDIR": tr("that is a folder, not a file name"),
        "ENOENT": tr("the folder does not exist"),
        "ENOTDIR": tr("part of the path is a file, not a folder"),
        "ENAMETOOLONG": tr("the file name is too long"),
        "EINVAL": tr("the file name is not allowed there"),
        "NOTREG": tr("that is not an ordinary file (it is a device, a pipe or a socket)"),
        "ELOOP": tr("the link points at itself (a loop of links)"),
    }
    return reasons.get(code)


def export_error_text(exc: ExportError) -> str:
    """``exc`` as the user reads it: the file and the reason, translated where the code is known."""
    reason = write_reason(exc.code)
    if reason is None or exc.path is None:
        return str(exc)
    return tr("%1: %2").replace("%1", str(exc.path)).replace("%2", reason)
