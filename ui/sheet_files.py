"""A sheet as a file: the formats it can be saved in, the file name suggested for it, the CSV
delimiter of the interface's language, and the write itself (whole or not at all, every failure an
:class:`ExportError` the windows and the command line word with ``export_error_text``)."""

from __future__ import annotations

import errno
import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QLocale

from app.atomic import ExportError, write_atomic
from app.export.sheet import Sheet, SheetKind, SheetLabels

FILE_FORMATS = ("pdf", "odt", "md", "csv")
MAX_NAME_CHARS = 120  # the whole suggested name, extension included
MAX_NAME_BYTES = 200  # a file system allows 255 bytes; æ, ø, å and Sámi letters take two each
_NOT_IN_NAMES = re.compile(r'[/\\:*?"<>|]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"{d}{i}" for d in ("COM", "LPT") for i in range(1, 10))}
# The languages whose spreadsheets split a CSV file on ";" (the comma is their decimal sign)
_SEMICOLON_LANGUAGES = {QLocale.Language.Danish, QLocale.Language.NorwegianBokmal,
                        QLocale.Language.NorwegianNynorsk, QLocale.Language.Swedish,
                        QLocale.Language.Finnish}


def csv_delimiter(locale: QLocale | None = None) -> str:
    """";" for Danish, Norwegian, Swedish and Finnish, "," for English: the interface's language
    (ui.i18n.Translations.install makes it the default locale)."""
    return ";" if (locale or QLocale()).language() in _SEMICOLON_LANGUAGES else ","


def _clean(text: str) -> str:
    """One line without the characters Windows, macOS or Linux refuse in a file name."""
    text = "".join(" " if unicodedata.category(c).startswith("C") else c for c in text)
    return " ".join(_NOT_IN_NAMES.sub("-", text).split())


def _fit(text: str, chars: int, max_bytes: int) -> str:
    """``text`` cut (with "…") to at most ``chars`` characters and ``max_bytes`` bytes of UTF-8."""
    if len(text) <= chars and len(text.encode("utf-8")) <= max_bytes:
        return text
    while text and (len(text) + 1 > chars or len((text + "…").encode("utf-8")) > max_bytes):
        text = text[:-1]
    return text.rstrip(" -–.") + "…" if text.strip() else ""


def _period(sheet: Sheet) -> str:
    start, end = sheet.period_start.isoformat(), sheet.period_end.isoformat()
    return start if start == end else f"{start}–{end}"


def suggested_file_name(sheet: Sheet, labels: SheetLabels, fmt: str) -> str:
    """The name a sheet is offered to be saved under: its title in the interface's language, the
    team and the date (ISO, so the files sort by date), with the format's extension, e.g.
    "Læringsmøde – Afsnit 3 – 2026-03-10.pdf". Safe on Windows, macOS and Linux: none of
    ``/\\:*?"<>|``, no control characters, not ending in a dot or a space, and at most
    :data:`MAX_NAME_CHARS` characters (a long team name is shortened, the date kept)."""
    title = _clean({SheetKind.MEETING: labels.title_meeting, SheetKind.VISIT: labels.title_visit,
                    SheetKind.STAFF: labels.title_staff}[sheet.kind]) or "Runde"
    team, period, ext = _clean(sheet.team), _period(sheet), "." + fmt
    fixed = f"{title} – " + f" – {period}{ext}"
    room = MAX_NAME_CHARS - len(fixed)
    room_bytes = MAX_NAME_BYTES - len(fixed.encode("utf-8"))
    team = _fit(team, room, room_bytes) if room > 3 and room_bytes > 6 else ""
    if not team:
        title = _fit(title, MAX_NAME_CHARS - len(f" – {period}{ext}"),
                     MAX_NAME_BYTES - len(f" – {period}{ext}".encode()))
    stem = " – ".join(x for x in (title, team, period) if x).strip(" .")
    if stem.upper() in _RESERVED:
        stem = f"Runde {stem}"
    return stem + ext


def with_extension(path: Path, fmt: str) -> Path:
    """``path`` as typed, with the format's extension added when it has none."""
    return path if path.suffix else path.with_name(path.name + "." + fmt)


def format_of(path: Path, chosen: str) -> str:
    """The format to write: the one a typed extension names ("minutes.odt" is an .odt whatever was
    chosen in the list, never an .odt named .csv), else the chosen one."""
    typed = path.suffix.lower().lstrip(".")
    return typed if typed in FILE_FORMATS else chosen


def start_folder(last: Path | None, documents: str, home: Path) -> Path:
    """Where the file dialog opens: the folder of the last sheet saved in this session, else the
    user's Documents folder, else their home folder (never the folder Runde was started from)."""
    for folder in (last, Path(documents) if documents else None, home):
        if folder is not None and folder.is_dir():
            return folder
    return home


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` whole or not at all (``write_atomic``). Every failure, a file name too long
    for the disk included, is an :class:`ExportError` naming the file and the reason."""
    try:
        write_atomic(path, data)
    except ExportError:
        raise
    except OSError as exc:  # (raised before write_atomic's own checks could word it)
        code = errno.errorcode.get(exc.errno or 0, "")
        raise ExportError(f"{path}: {exc.strerror or exc}", path=path, code=code) from exc
