"""The reasons ``app/`` gives for a failed write or a storage problem, in the user's language.

``app/`` never imports Qt, so its errors carry a code (the errno name, or a storage problem's name)
beside their English text; the windows and the command line word them here with ``tr()``. An unknown
code keeps the English text.
"""

from __future__ import annotations

import re

from app.atomic import ExportError
from app.storage.api import StorageError
from ui.i18n import tr


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
        "ENODEV": tr("the disk is gone (unplugged?)"), "ENXIO": tr("the disk is gone (unplugged?)"),
        "EIO": tr("the disk could not be written (unplugged, or failing?)"),
    }
    return reasons.get(code)


def json_problem_text(problem: str) -> str | None:
    """A problem of a JSON file from outside (:mod:`app.safe_json`) in the user's language, or None."""
    from app import safe_json as j

    return {
        j.NOT_UTF8: tr("is not UTF-8 text"),
        j.TOO_DEEP: tr("is nested too deeply (more than %1 levels of { } and [ ])").replace(
            "%1", str(j.MAX_DEPTH)),
        j.DUPLICATE_KEY: tr("has a key written twice in one object { … }"),
        j.NOT_A_NUMBER: tr("holds NaN or Infinity, which are not numbers"),
        j.BAD_CHARACTER: tr("holds a control character or a lone surrogate, which no text may hold"),
    }.get(problem)


def team_file_error_text(exc: BaseException) -> str:
    """A refused team file (:class:`~app.storage.team_file.TeamFileError`) as the user reads it:
    the file, the item and the problem in their language (the English text where it is unknown)."""
    from app.limits import MAX_ID
    from app.storage.api import team_file as t

    if not isinstance(exc, t.TeamFileError):
        return str(exc)
    fixed = {
        t.NOT_A_TEAM_FILE: tr("is not a Runde team file (or is from a newer Runde)"),
        t.MISSING: tr("is missing"), t.NOT_TEXT: tr("must be a text"),
        t.NOT_WHOLE: tr("must be a whole number"), t.NOT_NUMBER: tr("must be a number"),
        t.NOT_BOOL: tr("must be true or false"), t.NOT_LIST: tr("must be a list [ … ]"),
        t.NOT_OBJECT: tr("must be a group of fields in braces { … }"),
        t.NOT_MOMENT: tr("must be a date and time (ISO 8601, e.g. 2026-03-10T14:00:00+01:00)"),
        t.NOT_DAY: tr("must be a date (ISO 8601, e.g. 2026-03-10)"),
        t.NOT_TIME: tr("must be a time of day (e.g. 14:00)"),
        t.NOT_ID: tr("must be at most %1 letters, digits, “-” or “_”").replace("%1", str(MAX_ID)),
        t.USED_TWICE: tr("is an id used twice"),
        t.UNKNOWN_SERIES: tr("names a meeting series that is not in the file"),
        t.BAD_SERIES: tr("is not a usable meeting series"),
        t.CONFLICT: tr("conflicts with data already here"),
    }
    patterns = ((t.TOO_LONG, tr("is longer than %1 characters")),
                (t.TOO_MANY, tr("has more than %1 entries")),
                (t.TOO_MUCH_TEXT, tr("holds more than %1 characters of text in all")),
                (t.TOO_MANY_IN_STEP, tr("is more than %1 turns in one step")),
                (t.OUT_OF_RANGE, tr("must be between 0 and %1")),
                (t.BAD_FORMAT, tr("is not a usable format (%1)")))
    problem = fixed.get(exc.problem) or json_problem_text(exc.problem)
    for pattern, wording in patterns:
        if problem is None and (m := re.fullmatch(re.escape(pattern).replace(r"\{\}", "(.*)"), exc.problem)):
            problem = wording.replace("%1", m.group(1))
    return ": ".join(x for x in (exc.source, exc.where, problem or exc.problem) if x)


def export_error_text(exc: ExportError) -> str:
    """``exc`` as the user reads it: the file and the reason, translated where the code is known."""
    reason = write_reason(exc.code)
    if reason is None or exc.path is None:
        return str(exc)
    return tr("%1: %2").replace("%1", str(exc.path)).replace("%2", reason)


def storage_wording(code: str) -> tuple[str, tuple[str, ...]] | None:
    """The translated text for a storage problem's code and which of the error's ``folder``, ``path``
    and ``reason`` fill its ``%1``, ``%2``; None when the code has no wording."""
    s = StorageError
    wordings = {
        s.CLOSED: (tr("Runde's data is closed; nothing more is saved until Runde starts again."), ()),
        s.DISK_FULL: (tr("The disk is full: nothing more can be saved until there is space again."), ()),
        s.READ_ONLY: (tr("The data folder is read-only: Runde cannot save there."), ()),
        s.FILE_READ_ONLY: (tr("Runde's database file %1 is read-only: history and sheets can be read, but "
                              "nothing can be saved. Make the file writable (its properties or "
                              "permissions, or ask the IT department) and start Runde again."), ("path",)),
        s.DATA_FOLDER_READ_ONLY: (tr(
            "Runde's data folder %1 is read-only: history and sheets can be read and sheets saved "
            "elsewhere, but nothing can be saved there, so no meeting or learning visit can start. Ask "
            "the IT department to make the folder writable, make it writable yourself (its properties "
            "or permissions), or start Runde with --data-dir and a folder you can write."), ("folder",)),
        s.BUSY: (tr("The database is busy (another program holds it); Runde will try again."), ()),
        s.WRITE_FAILED: (tr("The database could not be written: %1"), ("reason",)),
        s.NOT_A_BACKUP: (tr("%1 is not a good backup in %2; nothing was changed."), ("path", "folder")),
        s.BACKUP_DAMAGED: (tr("The backup %1 is damaged; nothing was changed."), ("path",)),
        s.OPEN_FAILED: (tr("Runde could not open its data in %1 (%2). Nothing was moved or changed."),
                        ("folder", "reason")),
        s.IN_USE: (tr("Another program is using Runde's data in %1 (perhaps a database tool, or a "
                      "backup or sync program). Nothing was moved or changed. Close that program "
                      "and start Runde again."), ("folder",)),
        s.FOLDER_FULL: (tr("The disk that holds %1 is full. Free some space there, or choose another "
                           "folder with --data-dir. Nothing was moved or changed."), ("folder",)),
        s.FOLDER_READ_ONLY: (tr("Runde cannot write in %1: choose another folder with --data-dir or make "
                                "it writable. Nothing was moved or changed."), ("folder",)),
        s.FOLDER_ERROR: (tr("Runde cannot read or write its data in %1 (%2). Check the disk, or "
                            "choose another folder with --data-dir. Nothing was moved or changed."),
                         ("folder", "reason")),
        s.SERVER_UNREACHABLE: (tr("The database server %1 cannot be reached; edits are kept on this "
                                  "computer and written when it is back."), ("label",)),
        s.SERVER_LOGIN: (tr("The database server %1 refused the user name or password. Set the password "
                            "in Settings…, or in the environment variable RUNDE_DB_PASSWORD."), ("label",)),
        s.SERVER_TLS: (tr("Runde could not set up a secure connection to the database server %1: the "
                          "server's certificate or the connection's TLS settings do not fit. Nothing was "
                          "changed. Ask the IT department to check them."), ("label",)),
        s.SERVER_RESTORE: (tr("A database server keeps its own backups; Runde restores only its own "
                              "local data."), ()),
        s.SERVER_OPEN_FAILED: (tr("The database server could not be opened: %1"), ("reason",)),
        s.SERVER_PART_MISSING: (tr("A database server is set up, but the server part of Runde is not "
                                   "installed on this computer. Install Runde with its server part "
                                   "(runde[server]), or empty the server in Settings to use this "
                                   "computer's own file."), ()),
        s.KEEPS_CHANGING: (tr("Another computer keeps changing the same items; Runde will try again."), ()),
        s.VISIT_GONE: (tr("This learning visit is no longer in the database (it was removed, perhaps on "
                          "another computer). What was typed is kept in a file on this computer."), ()),
        s.OTHER_TEAMS_FORMAT: (tr("The id “%1” is already used by a format of the team “%2”."),
                               ("format_id", "team_name")),
    }
    return wordings.get(code)


def storage_error_text(exc: BaseException) -> str:
    """A :class:`StorageError` as the user reads it in a window, in their language; an unknown code (or
    another exception) keeps the English ``str()``. (The command line: :func:`command_line_error_text`.)"""
    from app.storage.api import DatabaseTooNewError

    if isinstance(exc, DatabaseTooNewError):
        return tr("The data was saved by a newer version of Runde. This version leaves it untouched. "
                  "Please install the newer version.")
    if type(exc).__name__ == "DatabaseCorruptError":  # app.storage.faults (not imported here: heavy)
        return tr("Runde's database was damaged, perhaps by a crash or a full disk. It was moved aside, "
                  "not deleted:\n%1").replace("%1", str(getattr(exc, "moved_to", "")))
    if type(exc).__name__ == "DatabaseSettingError":
        return tr("The database setting cannot be used: %1").replace("%1", database_setting_reason(exc))
    wording = storage_wording(exc.code) if isinstance(exc, StorageError) else None
    if wording is None:
        return str(exc)
    text, names = wording
    values = [str(getattr(exc, name, None) or "") for name in names]
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), text)


def database_setting_reason(exc: BaseException) -> str:
    """Why a database server address or setting file cannot be used
    (:class:`~app.storage.database.DatabaseSettingError`), in the user's language."""
    problem, detail = str(getattr(exc, "problem", "")), str(getattr(exc, "detail", ""))
    reasons = {
        "not_url": tr("this is not a database server address (it looks like "
                      "postgresql://user@server/runde)"),
        "not_postgresql": tr("Runde works with PostgreSQL servers only, not “%1”").replace("%1", detail),
        "no_database": tr("the address names no database (…/runde at its end)"),
        "unreadable": tr("the file %1 cannot be read").replace("%1", detail),
        "url_not_text": tr("the file %1 holds no address as text").replace("%1", detail),
    }
    return reasons.get(problem, str(exc))


def command_line_error_text(exc: BaseException) -> str:
    """:func:`storage_error_text` for a command-line run: a command keeps nothing to write later and
    does not try again, so the problems a window waits out are told with what to do instead."""
    code = exc.code if isinstance(exc, StorageError) else ""
    if code == StorageError.SERVER_UNREACHABLE:
        return tr("The database server %1 cannot be reached. Nothing was changed; try again when the "
                  "server is reachable.").replace("%1", str(getattr(exc, "label", "") or ""))
    if code == StorageError.BUSY:
        return tr("The database is busy (another program holds it). Nothing was changed; try again in a "
                  "moment.")
    if code == StorageError.KEEPS_CHANGING:
        return tr("Another computer kept changing the same items. Nothing was changed; try again in a "
                  "moment.")
    return storage_error_text(exc)


def server_tls_message(exc: StorageError) -> tuple[str, str]:
    """The title and text of the message at start when the secure connection to the server could not
    be set up (:class:`app.storage.errors.ServerTlsError`): the server named, nothing changed, the IT
    department asked; libpq's own reason (English, for IT) on a line of its own."""
    text = storage_error_text(exc)
    if exc.reason:
        text += "\n\n" + tr("For the IT department: %1").replace("%1", exc.reason)
    return tr("No secure connection to the database server"), text


def rescue_not_brought_back_text(exc: BaseException, path: object) -> str:
    """Edits kept in a file (app.storage.rescue) could not be written back at start-up."""
    return tr("They could not be brought back now: %1 They stay in %2.").replace(
        "%1", storage_error_text(exc)).replace("%2", str(path))


def rescue_unreadable_text(path: object) -> str:
    """A file of kept edits that cannot be read (it is left where it is)."""
    return tr("A file of edits that were not saved cannot be read; it is left where it is: %1").replace(
        "%1", str(path))
