"""Runde's command line: ``runde``, ``runde run``, ``runde formats``; headless commands need no window."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

import app
from app.atomic import ExportError
from app.format_library import available_formats, export_format, import_format
from app.formats import Format, FormatError
from app.paths import AppPaths
from ui.i18n import tr

if TYPE_CHECKING:
    from app.storage.api import Store




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
def _argparse_in_language() -> Iterator[None]:
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


TYPICAL_GROUP = 7  # the planned length a list shows: a round of this many, within the format's advice


def build_parser() -> argparse.ArgumentParser:
    """Every command and option, each with its help in the user's language (see :func:`parse`)."""
    p = argparse.ArgumentParser(prog="runde", description=translate(
        "cli", "Runde: a meeting timer and reflection app for learning meetings."))
    # what the usage line and the help call the values (ID, N and URL are the same in every language)
    file_, team, name, names = (translate("cli", "FILE"), translate("cli", "TEAM"), translate("cli", "NAME"),
                                translate("cli", "NAMES"))
    day = translate("cli", "DATE")
    p.add_argument("--version", action="version", version=f"Runde {app.__version__}",
                   help=translate("cli", "show Runde's version and exit"))
    p.add_argument("--data-dir", type=Path, metavar=translate("cli", "DIR"), help=translate(
        "cli", "keep everything Runde writes under DIR (a USB stick, a test)"))
    p.add_argument("--lang", metavar=translate("cli", "CODE"),
                   help=translate("cli", "interface language: en, da, nb, sv or fi"))
    p.add_argument("--database", metavar="URL", help=translate(
        "cli", "use a PostgreSQL server instead of this computer's own file, e.g. "
        "postgresql://user@host/runde?sslmode=verify-full (the password from RUNDE_DB_PASSWORD or the "
        "keyring)"))
    sub = p.add_subparsers(dest="command")
    run = sub.add_parser("run", help=translate("cli", "open straight into a meeting, ready to start"))
    run.add_argument("format", metavar=translate("cli", "FORMAT"),
                     help=translate("cli", "format id (see: runde formats list)"))
    run.add_argument("--participants", required=True, metavar=names,
                     help=translate("cli", "names separated by commas"))
    run.add_argument("--facilitator", metavar=name, help=translate(
        "cli", "who leads the meeting; one of --participants"))
    run.add_argument("--presenter", metavar=names, help=translate(
        "cli", "the case presenter, or several separated by commas; each must be one of --participants"))
    run.add_argument("--team", metavar=team, help=translate(
        "cli", "the team: remembered, and the round opens with the next person each time"))
    run.add_argument("--screen", type=int, metavar="N",
                     help=translate("cli", "screen number for the room's view (1 is the first)"))
    visit = sub.add_parser("visit", help=translate("cli", "open a new learning visit's check-in"))
    visit.add_argument("--agent", default="", metavar=name, help=translate("cli", "the learning agent"))
    visit.add_argument("--colleague", default="", metavar=name,
                       help=translate("cli", "the colleague being followed"))
    fmts = sub.add_parser("formats", help=translate("cli", "list, export or import meeting formats"))
    fsub = fmts.add_subparsers(dest="formats_command", required=True)
    fsub.add_parser("list", help=translate("cli", "one format a line, its id first"))
    exp = fsub.add_parser("export", help=translate("cli", "write a format to a file to share"))
    exp.add_argument("id", metavar="ID", help=translate("cli", "the format's id (see: runde formats list)"))
    exp.add_argument("file", type=Path, metavar=file_, help=translate("cli", "the file to write"))
    imp = fsub.add_parser("import", help=translate("cli", "check a format file and add it"))
    imp.add_argument("file", type=Path, metavar=file_, help=translate("cli", "the format file to read"))
    ex = sub.add_parser("export", help=translate("cli", "write a sheet without opening a window"))
    which = ex.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", metavar="ID|latest", help=translate(
        "cli", "one meeting's sheet: its number, or latest"))
    which.add_argument("--visit", metavar="ID|latest", help=translate(
        "cli", "one learning visit's sheet: its number, or latest"))
    which.add_argument("--team", metavar=team, nargs="?", const="", help=translate(
        "cli", "a team's sheet of its learning points over a time (no name: the only team)"))
    ex.add_argument("--since", metavar=f"{day}|last-sheet", default="last-sheet", help=translate(
        "cli", "with --team: from this date (YYYY-MM-DD), or last-sheet: what is new since the "
        "team's last sheet (the default)"))
    ex.add_argument("--until", metavar=day, help=translate(
        "cli", "with --team: up to this date (YYYY-MM-DD; the default is today)"))
    ex.add_argument("--format", choices=["pdf", "odt", "md", "csv"], default="pdf", help=translate(
        "cli", "pdf to print, odt to edit (LibreOffice, Word), md text, csv a spreadsheet"))
    ex.add_argument("-o", "--output", type=Path, required=True, metavar=file_,
                    help=translate("cli", "the file to write"))
    ex.add_argument("--include-confidential", action="store_true",
                    help=translate("cli", "also export items marked confidential"))
    ex.add_argument("--initials", action="store_true", help=translate("cli", "show names as initials"))
    ex.add_argument("--timings", action="store_true",
                    help=translate("cli", "add the planned and actual times"))
    cal = sub.add_parser("calendar", help=translate(
        "cli", "write a team's meeting series as a calendar file (.ics)"))
    cal.add_argument("--team", metavar=team, default="",
                     help=translate("cli", "the team (may be left out when there is only one)"))
    cal.add_argument("-o", "--output", type=Path, required=True, metavar=file_,
                     help=translate("cli", "the calendar file to write (.ics)"))
    cal.add_argument("--utc", action="store_true",
                     help=translate("cli", "times in UTC, for a calendar program that ignores time zones"))
    mv = sub.add_parser("move-team", help=translate(
        "cli", "move a team's history between this computer's file and a database server, counted table by "
        "table"))
    mv.add_argument("team", metavar=team, help=translate("cli", "the team's name"))
    mv.add_argument("--to", required=True, metavar="URL|local",
                    help=translate("cli", "where to: a server URL, or local for this computer's own file"))
    mv.add_argument("--from", dest="source", metavar="URL|local",
                    help=translate("cli", "where from (default: the database Runde uses)"))
    mv.add_argument("--remove-from-source", action="store_true",
                    help=translate("cli", "remove the team where it came from once the copy is checked"))
    from ui.cli_team import add_team_parser

    add_team_parser(sub)
    return p


def _open_place(place: str | None, args: argparse.Namespace, paths: AppPaths) -> Store:
    """``local``: this computer's file (locked: not while Runde is open on it); a URL: that server;
    None: the database Runde uses."""
    from datetime import UTC, datetime

    from app.storage.api import Store, resolve_database

    def now() -> datetime:
        return datetime.now(UTC)
    if place == "local":
        return Store.open(paths, now)
    database = resolve_database(paths, place or getattr(args, "database", None))
    return Store.open(paths, now, database=database)


def run_move_team(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """``runde move-team TEAM --to URL|local``: copy (and with --remove-from-source move) a team."""
    from app.storage.api import StorageError, move_team
    from ui.error_texts import command_line_error_text

    paths = AppPaths.create(args.data_dir)
    opened: list[Store] = []
    name = team_name_arg(args.team)
    was_there = True  # the target had the team before (then a failure cannot have copied it)
    try:
        for place in (args.source, args.to):
            opened.append(_open_place(place, args, paths))
        source, target = opened
        if source.location() == target.location():
            print(tr("The team is already there: choose another place with --to."), file=err)
            return 1
        was_there = target.team_id(name) is not None
        print(tr("Copying '%1' to %2 and checking every table; a large team takes a while…").replace(
            "%1", name).replace("%2", target.location()), file=err, flush=True)
        report = move_team(source, target, name, remove_from_source=args.remove_from_source)
    except KeyError:
        print(tr("No team called '%1' there.").replace("%1", args.team), file=err)
        return 1
    except (StorageError, RuntimeError, ValueError) as exc:
        if not was_there and args.remove_from_source and _has_team(opened[-1], name):
            print(tr("'%1' was copied to %2 and checked, but could not be removed from %3: it is still "
                     "there, whole.").replace("%1", name).replace("%2", opened[1].location()).replace(
                "%3", opened[0].location()), file=err)
        else:
            print(tr("The team was not moved: %1").replace("%1", command_line_error_text(exc)), file=err)
        return 1
    finally:
        for s in opened:
            s.close()
    for table, n in report.counts.items():
        print(f"{table}\t{n}", file=out)
    print((tr("Moved '%1' to %2; every table counted the same on both sides.")
           if report.removed_from_source else
           tr("Copied '%1' to %2; every table counted the same on both sides.")).replace(
        "%1", report.team).replace("%2", target.location()), file=out)
    return 0


def _has_team(store: Store, name: str) -> bool:
    """The team is in ``store`` (False when that cannot be read either)."""
    from app.storage.api import StorageError

    try:
        return store.team_id(name) is not None
    except (StorageError, RuntimeError):
        return False


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
        store = open_cli_store(args, paths)
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


def run_calendar(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """``runde calendar --team TEAM -o FILE.ics``: the team's series, written whole or not at all."""
    from datetime import UTC, datetime

    from app.atomic import ExportError, write_atomic
    from app.calendar_ics import CalendarEntry, calendar_ics, meetings_in, series_summary
    from app.preferences import load_preferences
    from app.storage.api import StorageError, list_series
    from ui.error_texts import command_line_error_text, export_error_text
    from ui.i18n import ui_language

    paths = AppPaths.create(args.data_dir)
    lang = ui_language(args.lang, load_preferences(paths.settings_path))
    try:
        store = open_cli_store(args, paths)
    except (StorageError, RuntimeError, ValueError) as exc:
        print(tr("Runde's data cannot be opened: %1").replace("%1", command_line_error_text(exc)), file=err)
        return 1
    try:
        teams = store.teams()
        team = teams[0] if not args.team and len(teams) == 1 else next(
            (t for t in teams if t.name == team_name_arg(args.team)), None)
        good, bad = list_series(store, team.id) if team is not None else ([], [])
        formats = available_formats(paths, store)[0]  # a series of a team's own format: its title
    except StorageError as exc:
        print(tr("The calendar was not written: %1").replace("%1", command_line_error_text(exc)), file=err)
        return 1
    finally:
        store.close()
    if team is None:
        names = ", ".join(t.name for t in teams) or "-"
        print(tr("Name the team with --team (known teams: %1)").replace("%1", names), file=err)
        return 1
    for damaged in bad:
        print(tr("A series could not be read and is left out: %1").replace("%1", str(damaged.error)),
              file=err)
    if not good:
        print(tr("The team '%1' has no meeting series yet. Set one up with Meeting series… on the start "
                 "screen.").replace("%1", team.name), file=err)
        return 1
    entries = [CalendarEntry(r.series, series_summary(
        r.series, formats[r.series.format_id].title.get(lang) if r.series.format_id in formats else ""))
        for r in good]
    data = calendar_ics(entries, datetime.now(UTC), name=team.name, utc=args.utc)
    try:
        write_atomic(args.output, data)
    except ExportError as exc:
        print(tr("The calendar was not written: %1").replace("%1", export_error_text(exc)), file=err)
        return 1
    print(tr("Wrote %n meeting(s) to %1", "", meetings_in(data)).replace("%1", str(args.output)),
          file=out)
    return 0


def open_cli_store(args: argparse.Namespace, paths: AppPaths) -> Store:
    """The store a headless command uses: the server of ``--database`` or the config files, else the
    local file (without the instance lock: a command may run beside the open app)."""
    from datetime import UTC, datetime

    from app.storage.api import Store, resolve_database

    database = resolve_database(paths, getattr(args, "database", None))
    return Store.open(paths, lambda: datetime.now(UTC), lock=False, database=database)


def team_name_arg(text: str | None) -> str:
    """A team's name given on the command line, as the start screen takes a typed one: spaces at the
    ends and runs of spaces inside do not count (``--team " Afsnit  3"`` is "Afsnit 3")."""
    return " ".join((text or "").split())


def presenter_indexes(text: str | None, names: Sequence[str]) -> tuple[tuple[int, ...], str | None]:
    """``--presenter "A,B"``: where each named presenter is among ``names`` (in the order given, each
    once), and the first name that is not among them (None when all are). A name matches as typed,
    else ignoring case."""
    from app.participants import clean_name

    found: list[int] = []
    folded = [n.casefold() for n in names]
    for part in (text or "").split(","):
        name = clean_name(part)
        if not name:
            continue
        index = names.index(name) if name in names else (
            folded.index(name.casefold()) if name.casefold() in folded else None)
        if index is None:
            return tuple(found), name
        if index not in found:
            found.append(index)
    return tuple(found), None


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse the command line, its help and its messages about mistakes in the user's language."""
    words = list(argv)
    use_language(words)
    with _argparse_in_language():
        return build_parser().parse_args(words)
