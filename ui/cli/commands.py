"""``runde move-team`` (a team's history between this computer's file and a server) and ``runde
calendar`` (a team's meeting series as an .ics file): headless commands, no window."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

from app.clock import Clock, SystemClock
from app.format_library import available_formats
from app.paths import AppPaths
from app.typed_names import team_name_arg
from ui.cli import stores
from ui.i18n import tr

if TYPE_CHECKING:
    from app.storage.api import Store


def run_move_team(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr,
                  clock: Clock | None = None) -> int:
    """``runde move-team TEAM --to URL|local``: copy (and with --remove-from-source move) a team."""
    from app.storage.api import StorageError, move_team
    from ui.error_texts import command_line_error_text

    paths = AppPaths.create(args.data_dir)
    opened: list[Store] = []
    name = team_name_arg(args.team)
    was_there = True  # the target had the team before (then a failure cannot have copied it)
    try:
        for place in (args.source, args.to):
            opened.append(stores.open_place(place, args, paths, clock))
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


def run_calendar(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr,
                 clock: Clock | None = None) -> int:
    """``runde calendar --team TEAM -o FILE.ics``: the team's series, written whole or not at all."""
    from datetime import UTC

    from app.atomic import ExportError, write_atomic
    from app.calendar_ics import CalendarEntry, calendar_ics, meetings_in, series_summary
    from app.preferences import load_preferences
    from app.storage.api import StorageError, list_series
    from ui.error_texts import command_line_error_text, export_error_text
    from ui.i18n import ui_language

    paths = AppPaths.create(args.data_dir)
    lang = ui_language(args.lang, load_preferences(paths.settings_path))
    try:
        store = stores.open_cli_store(args, paths, clock)
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
    now = (clock if clock is not None else SystemClock()).wall().astimezone(UTC)
    data = calendar_ics(entries, now, name=team.name, utc=args.utc)
    try:
        write_atomic(args.output, data)
    except ExportError as exc:
        print(tr("The calendar was not written: %1").replace("%1", export_error_text(exc)), file=err)
        return 1
    print(tr("Wrote %n meeting(s) to %1", "", meetings_in(data)).replace("%1", str(args.output)),
          file=out)
    return 0
