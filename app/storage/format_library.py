"""The formats a user can choose from: built-in files, an organisation's folder, the user's own imports,
and each team's own formats stored in the database (:mod:`app.storage.format_store`), checked by the
rules of loading; also a team's own copy of a format (a new id, a new title).

It lives in app/storage because a team's formats are read from and written to the database; the
database part is imported only when first used (start-up reads the files alone).
"""

from __future__ import annotations

import errno
import functools
import json
import os
import re
import shutil
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.atomic import ExportError, write_atomic
from app.formats import (
    Format,
    FormatError,
    LocalText,
    check_plan,
    format_to_json,
    load_format,
    load_formats,
    parse_format,
)
from app.paths import AppPaths
from app.private import private_dir, private_file

if TYPE_CHECKING:
    from app.storage.store import Store

ORG_FORMATS_ENV = "RUNDE_ORG_FORMATS"
TEAM_SOURCE = "team:"  # a team format's source is "team:<the team's name>"


def format_folders(paths: AppPaths) -> list[Path]:
    """Built-in, then an organisation folder (``RUNDE_ORG_FORMATS``), then the user's imports."""
    folders = [paths.format_folders()[0]]
    org = os.environ.get(ORG_FORMATS_ENV)
    if org:
        folders.append(Path(org))
    folders.append(paths.formats_dir)
    return folders


def available_formats(paths: AppPaths, store: Store | None = None
                      ) -> tuple[dict[str, Format], list[FormatError]]:
    """Every usable format by id, and the files (and stored team formats) that were refused.

    Built-in, organisation's and user's files as :func:`format_folders` orders them, then, with a
    ``store``, every team's own formats from the database (see :func:`team_formats`).
    """
    found, errors = load_formats(format_folders(paths))
    if store is not None:
        team, team_errors = team_formats(store, builtin_ids(paths))
        found.update(team)
        errors += team_errors
    return found, errors


def team_source(fmt: Format) -> str | None:
    """The team's name if ``fmt`` is a team's own format from the database, else None."""
    return fmt.source[len(TEAM_SOURCE):] if fmt.source.startswith(TEAM_SOURCE) else None


def team_formats(store: Store, builtin: set[str] | None = None, team_id: int | None = None
                 ) -> tuple[dict[str, Format], list[FormatError]]:
    """The teams' own formats stored in the database, each checked as a file is checked when it
    loads; a stored format that breaks a rule (or takes a built-in id) is reported, not used, and
    kept as it is."""
    from app.storage.format_store import team_formats as stored

    found: dict[str, Format] = {}
    errors: list[FormatError] = []
    for rec in stored(store, team_id):
        source = f"{TEAM_SOURCE}{rec.team_name}"
        try:
            fmt = parse_format(rec.data, source)
            check_plan(fmt)
            if builtin is not None and fmt.id in builtin:
                raise FormatError(source, "id", "is the id of a built-in format; make a copy to change it")
        except FormatError as exc:
            errors.append(exc)
            continue
        found[fmt.id] = fmt
    return found, errors


def save_team_format(fmt: Format, store: Store, team: str, paths: AppPaths) -> Format:
    """Check ``fmt`` with the rules of loading and store it as ``team``'s own format in the
    database (the team is created if it is new); returns the format as it now loads.

    Raises:
        FormatError: a rule is broken, or the id is a built-in format's; nothing is written.
        StorageError: the database could not be written, or the id is another team's format
            (:class:`~app.storage.format_store.FormatOfOtherTeamError`); nothing is written.
    """
    from app.storage.format_store import ensure_team
    from app.storage.format_store import save_team_format as store_format

    data = format_to_json(fmt)
    saved = parse_format(data, f"{TEAM_SOURCE}{team}")
    check_plan(saved)
    if saved.id in builtin_ids(paths):
        raise FormatError(saved.source, "id", "is the id of a built-in format; make a copy to change it")
    team_id = ensure_team(store, team)
    store_format(store, team_id, format_to_json(saved))
    return saved


def export_format(fmt: Format, target: Path) -> None:
    """Write a format to a file others can import (UTF-8 JSON, written atomically).

    Raises:
        ExportError: the file cannot be written (the reason in plain words); nothing is written.
    """
    data = json.dumps(format_to_json(fmt), ensure_ascii=False, indent=2) + "\n"
    write_atomic(target, data.encode("utf-8"))


def import_format(source: Path, paths: AppPaths) -> Format:
    """Validate a format file and copy it into the user's formats folder.

    Raises:
        FormatError: the file is refused; nothing is copied.
    """
    fmt = load_format(source)
    private_dir(paths.formats_dir)
    target = paths.formats_dir / f"{fmt.id}.json"
    tmp = target.with_name(target.name + ".tmp")
    try:
        shutil.copyfile(source, tmp)
        private_file(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return fmt


# --- a team's own copy --------------------------------------------------------------------------

MAX_ID = 64
_LETTERS = {"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss", "ð": "d", "þ": "th", "ŋ": "ng", "đ": "d",
            "ł": "l", "œ": "oe"}


def id_part(text: str) -> str:
    """``text`` as a piece of a format id: lower-case a-z, digits and '-' ("Afsnit 3" -> "afsnit-3")."""
    low = "".join(_LETTERS.get(c, c) for c in text.casefold())
    ascii_text = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def copy_id(base_id: str, team: str, taken: set[str]) -> str:
    """A new id ``<base>-<team or 'own'>-N`` not in ``taken`` (a copy of a copy does not grow)."""
    who = id_part(team)[:24].strip("-") or "own"
    base = re.sub(rf"-{re.escape(who)}-\d+$", "", base_id) or base_id
    n = 1
    while True:
        tail = f"-{who}-{n}"
        candidate = base[:MAX_ID - len(tail)].rstrip("-_") + tail
        if candidate not in taken:
            return candidate
        n += 1


def copy_format(fmt: Format, new_id: str, lang: str, suffix: str) -> Format:
    """A copy to change: ``new_id``, version 1, the title in ``lang`` followed by ``suffix`` (such
    as "(our version)" in that language); every other text and language is kept."""
    base = lang.replace("-", "_").partition("_")[0]
    texts = dict(fmt.title.texts)
    texts[base] = f"{fmt.title.get(base)} {suffix}".strip()
    return replace(fmt, id=new_id, version=1, title=LocalText(texts), source="")


def builtin_ids(paths: AppPaths) -> set[str]:
    """The ids of the formats shipped with Runde (a user's format never takes one of them)."""
    return set(_ids_in(format_folders(paths)[0]))


@functools.lru_cache(maxsize=4)
def _ids_in(folder: Path) -> frozenset[str]:
    """The ids in a folder of shipped formats (read once: shipped data does not change while Runde
    runs)."""
    return frozenset(load_formats([folder])[0])


def save_user_format(fmt: Format, paths: AppPaths, file_name: str | None = None) -> Format:
    """Check ``fmt`` with the rules of loading (and :func:`~app.formats.check_plan`) and write it
    whole into the user's formats folder, as ``<id>.json`` or as ``file_name`` (the file it was
    loaded from there, a plain ``*.json`` name); returns the format as it now loads.

    Raises:
        FormatError: a rule is broken, or the id is a built-in format's (a built-in is never
            replaced); nothing is written.
        ExportError: the folder cannot be written (read-only, full...); nothing is written.
    """
    plain = file_name is not None and Path(file_name).name == file_name and file_name.endswith(".json")
    target = paths.formats_dir / (file_name if plain and file_name else f"{fmt.id}.json")
    saved = parse_format(format_to_json(fmt), str(target))
    check_plan(saved)
    builtin = format_folders(paths)[0]
    if saved.id in builtin_ids(paths):
        raise FormatError(str(target), "id", "is the id of a built-in format; make a copy to change it")
    if paths.formats_dir.resolve() == builtin.resolve():
        raise FormatError(str(target), "", "the user's formats folder is the built-in one")
    try:
        private_dir(paths.formats_dir)
    except OSError as exc:
        raise ExportError(f"{paths.formats_dir}: {exc.strerror or exc}", path=paths.formats_dir,
                          code=errno.errorcode.get(exc.errno or 0, "")) from exc
    data = json.dumps(format_to_json(saved), ensure_ascii=False, indent=2) + "\n"
    write_atomic(target, data.encode("utf-8"), private=True)
    return saved
