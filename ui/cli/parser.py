"""Every command and option of ``runde``, each with its help in the user's language, and
:func:`parse`, which reads a command line with them."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import app
from ui.cli.language import argparse_in_language, translate, use_language


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
    add_team_parser(sub)
    return p


def add_team_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``team export TEAM -o FILE [--include-confidential]`` and ``team import FILE``."""
    team = sub.add_parser("team", help=translate(
        "cli", "save a team's whole history as one file, or bring one in"))
    tsub = team.add_subparsers(dest="team_command", required=True)
    exp = tsub.add_parser("export", help=translate(
        "cli", "write a team's whole history to a file (as History saves it)"))
    exp.add_argument("team", metavar=translate("cli", "TEAM"), help=translate("cli", "the team's name"))
    exp.add_argument("-o", "--output", type=Path, required=True, metavar=translate("cli", "FILE"),
                     help=translate("cli", "the file to write"))
    exp.add_argument("--include-confidential", action="store_true", help=translate(
        "cli", "also write confidential items and private observations (only to move your own data)"))
    imp = tsub.add_parser("import", help=translate(
        "cli", "check a team file and bring it in whole, or nothing of it (a name in use gets a number)"))
    imp.add_argument("file", type=Path, metavar=translate("cli", "FILE"),
                     help=translate("cli", "the team file to read"))


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse the command line, its help and its messages about mistakes in the user's language."""
    words = list(argv)
    use_language(words)
    with argparse_in_language():
        return build_parser().parse_args(words)
