"""``runde export``: a sheet written without a window, for a leader's script."""

from __future__ import annotations

import argparse
from datetime import UTC, date
from typing import TextIO

from app.atomic import ExportError
from app.clock import Clock, SystemClock
from app.export.assemble import meeting_sheet, staff_sheet, visit_sheet
from app.export.pdf import describe_characters, missing_glyphs, right_to_left, scripts_of
from app.export.sheet import ExportOptions, Sheet, SheetKind, all_text, prepare
from app.paths import AppPaths
from app.storage.api import StorageError, Store, list_visits
from app.typed_names import team_name_arg
from ui.cli import stores
from ui.error_texts import command_line_error_text, export_error_text
from ui.i18n import tr
from ui.sheet_files import write_file
from ui.sheet_labels import sheet_labels
from ui.sheet_render import render


def _sheet(store: Store, args: argparse.Namespace, err: TextIO, clock: Clock) -> Sheet | None:
    now = clock.wall().astimezone(UTC)
    if args.visit is not None:
        visits = list_visits(store)
        vid = visits[0].id if args.visit == "latest" and visits else (
            int(args.visit) if args.visit.isdigit() else None)
        if vid is None:
            print(tr("No such learning visit: %1").replace("%1", args.visit), file=err)
            return None
        return visit_sheet(store, vid, now, sheet_labels().title_visit)
    if args.meeting is not None:
        meetings = store.meetings()
        mid = meetings[0].id if args.meeting == "latest" and meetings else (
            int(args.meeting) if args.meeting.isdigit() else None)
        if mid is None:
            print(tr("No such meeting: %1").replace("%1", args.meeting), file=err)
            return None
        return meeting_sheet(store, mid, now)
    teams = store.teams()
    name = team_name_arg(args.team)
    team = teams[0] if not name and len(teams) == 1 else next((t for t in teams if t.name == name), None)
    if team is None:
        names = ", ".join(t.name for t in teams) or "-"
        print(tr("Name the team with --team (known teams: %1)").replace("%1", names), file=err)
        return None
    since = None if args.since == "last-sheet" else date.fromisoformat(args.since)
    until = date.fromisoformat(args.until) if args.until else now.astimezone().date()  # today, here
    return staff_sheet(store, team.id, team.name, since, until, now, sheet_labels().title_visit)


def _warn(prepared: Sheet, fmt: str, err: TextIO) -> None:
    """What the PDF cannot print as typed, said before it is written (Markdown and CSV keep all)."""
    if fmt != "pdf":
        return
    texts = all_text(prepared)
    missing = missing_glyphs(texts)
    if missing:
        listed = ", ".join(f"{c} ({describe_characters(c)})" for c in sorted(missing)[:12])
        print(tr("Note: these characters cannot be printed and will be missing: %1").replace(
            "%1", listed + (", …" if len(missing) > 12 else "")), file=err)
    rtl = right_to_left(texts)
    if rtl:
        print(tr("Note: right-to-left text (%1) is printed in the PDF in left-to-right order, its "
                 "letters not joined.").replace("%1", scripts_of(rtl)), file=err)


def run_export(args: argparse.Namespace, out: TextIO, err: TextIO, clock: Clock | None = None) -> int:
    """Write the sheet; exit code 0, or 1 with a clear message."""
    clock = clock if clock is not None else SystemClock()
    try:
        store = stores.open_cli_store(args, AppPaths.create(args.data_dir), clock)
    except (StorageError, RuntimeError, ValueError) as exc:
        print(tr("Runde's data cannot be opened: %1").replace("%1", command_line_error_text(exc)), file=err)
        return 1
    try:
        return _export(store, args, out, err, clock)
    finally:
        store.close()


def _export(store: Store, args: argparse.Namespace, out: TextIO, err: TextIO, clock: Clock) -> int:
    try:
        sheet = _sheet(store, args, err, clock)
    except (KeyError, ValueError) as exc:
        print(tr("Nothing to export: %1").replace("%1", str(exc)), file=err)
        return 1
    except StorageError as exc:  # nothing is written
        print(tr("The sheet was not written: %1").replace("%1", command_line_error_text(exc)), file=err)
        return 1
    if sheet is None:
        return 1
    prepared = prepare(sheet, ExportOptions(include_all_confidential=args.include_confidential,
                                            initials=args.initials, timings=args.timings))
    _warn(prepared, args.format, err)
    try:
        write_file(args.output, render(prepared, args.format))
    except ExportError as exc:
        print(tr("The sheet was not written: %1").replace("%1", export_error_text(exc)), file=err)
        return 1
    if sheet.kind is SheetKind.STAFF:
        try:
            store.record_sheet(store.team_id(sheet.team), sheet.period_start, sheet.period_end,
                               made=sheet.covers_until)
        except StorageError:  # the file is there; only the note of it is missing
            print(tr("Wrote %1, but it could not be noted in %2 as the team's last sheet: the next staff "
                     "sheet starts where this one did. Run the command again to note it.").replace(
                "%1", str(args.output)).replace("%2", store.location()), file=err)
            return 1
    print(tr("Wrote %1").replace("%1", str(args.output)), file=out)
    return 0
