"""``runde formats list|export|import``: the meeting formats, the teams' own from the database
included, listed, written to a file to share, or checked and added from one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from app.atomic import ExportError
from app.format_library import available_formats, export_format, import_format
from app.formats import Format, FormatError
from app.paths import AppPaths
from ui.cli import stores
from ui.i18n import tr

TYPICAL_GROUP = 7  # the planned length a list shows: a round of this many, within the format's advice


def run_formats(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """``runde formats list|export|import``; returns the exit code."""
    from app.preferences import load_preferences
    from ui.i18n import ui_language
    from ui.install_check import refuse_without_formats

    if refuse_without_formats(err):  # a package built without resources/: said, never an empty list
        return 1
    paths = AppPaths.create(args.data_dir)
    lang = ui_language(args.lang, load_preferences(paths.settings_path))  # the titles as the messages
    if args.formats_command == "list":
        return _list_formats(paths, lang, out, err, args)
    if args.formats_command == "export":
        return _export_format(paths, args.id, args.file, out, err, args)
    return _import_format(paths, args.file, lang, out, err)


def _formats_with_teams(args: argparse.Namespace | None, paths: AppPaths, err: TextIO
                        ) -> tuple[dict[str, Format], list[FormatError]]:
    """Every format, the teams' own from the database included when there is one (a list command
    never creates a database: with no data yet there are no team formats)."""
    from app.storage.api import DatabaseSettingError, configured_url

    try:
        has_data = (bool(getattr(args, "database", None)) or configured_url(paths) is not None
                    or paths.db_path.exists())
    except DatabaseSettingError:
        has_data = paths.db_path.exists()
    if args is None or not has_data:
        return available_formats(paths)
    from app.storage.api import StorageError
    from ui.error_texts import command_line_error_text

    try:
        store = stores.open_cli_store(args, paths)
        try:
            return available_formats(paths, store)
        finally:
            store.close()
    except (StorageError, RuntimeError, ValueError) as exc:
        print(tr("The teams' own formats are left out: %1").replace("%1", command_line_error_text(exc)),
              file=err)
        return available_formats(paths)


def _format_error(exc: FormatError) -> str:
    """A refused file's reason in the user's language where it is a known one."""
    from ui.format_errors import format_error_text

    return format_error_text(exc)


def _list_formats(paths: AppPaths, lang: str, out: TextIO, err: TextIO,
                  args: argparse.Namespace | None = None) -> int:
    formats, errors = _formats_with_teams(args, paths, err)
    for fmt in sorted(formats.values(), key=lambda f: f.id):
        group = min(max(TYPICAL_GROUP, fmt.group_size.min), fmt.group_size.max)  # turns in a round
        minutes = round(fmt.planned_total_s(group) / 60)
        length = (tr("%n step(s), about %1 min", "", len(fmt.steps)).replace("%1", str(minutes)) if minutes
                  else tr("%n step(s), no fixed length", "", len(fmt.steps)))
        print(f"{fmt.id}\t{fmt.title.get(lang)}\t{length}", file=out)
    for e in errors:
        print(tr("Refused: %1").replace("%1", _format_error(e)), file=err)
    return 0


def _export_format(paths: AppPaths, fmt_id: str, target: Path, out: TextIO, err: TextIO,
                   args: argparse.Namespace | None = None) -> int:
    fmt = available_formats(paths)[0].get(fmt_id) or _formats_with_teams(args, paths, err)[0].get(fmt_id)
    if fmt is None:
        print(tr("No format with the id '%1'. See: runde formats list").replace("%1", fmt_id), file=err)
        return 2
    try:
        export_format(fmt, target)
    except ExportError as exc:
        from ui.error_texts import write_reason

        print(tr("Could not write %1: %2").replace("%1", str(target))
              .replace("%2", write_reason(exc.code) or str(exc)), file=err)
        return 1
    print(tr("Wrote %1").replace("%1", str(target)), file=out)
    return 0


def _import_format(paths: AppPaths, source: Path, lang: str, out: TextIO, err: TextIO) -> int:
    try:
        fmt = import_format(source, paths)
    except FormatError as exc:
        print(tr("The format was not imported: %1").replace("%1", _format_error(exc)), file=err)
        return 1
    except OSError as exc:
        print(tr("Could not save the format: %1").replace("%1", exc.strerror or str(exc)), file=err)
        return 1
    print(tr("Imported '%1' (%2)").replace("%1", fmt.title.get(lang)).replace("%2", fmt.id), file=out)
    return 0
