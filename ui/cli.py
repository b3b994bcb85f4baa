"""Runde's command line: ``runde``, ``runde run``, ``runde formats``; headless commands need no window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication

import app
from app.format_library import available_formats, export_format, import_format
from app.formats import FormatError
from app.paths import AppPaths


def tr(text: str) -> str:
    """Translate a command-line text (lupdate files module-level ``tr()`` under the empty context)."""
    return QCoreApplication.translate("", text)


def build_parser() -> argparse.ArgumentParser:
    """Every command and option."""
    p = argparse.ArgumentParser(prog="runde", description=tr(
        "Runde: a meeting timer and reflection app for learning meetings."))
    p.add_argument("--version", action="version", version=f"Runde {app.__version__}")
    p.add_argument("--data-dir", type=Path, metavar="DIR",
                   help=tr("keep everything Runde writes under DIR (a USB stick, a test)"))
    p.add_argument("--lang", metavar="CODE", help=tr("interface language: en, da, nb, sv or fi"))
    sub = p.add_subparsers(dest="command")
    run = sub.add_parser("run", help=tr("open straight into a meeting, ready to start"))
    run.add_argument("format", metavar="FORMAT", help=tr("format id (see: runde formats list)"))
    run.add_argument("--participants", required=True, metavar="NAMES",
                     help=tr("names separated by commas"))
    run.add_argument("--facilitator", metavar="NAME")
    run.add_argument("--presenter", metavar="NAME")
    run.add_argument("--team", metavar="TEAM",
                     help=tr("the team: remembered, and the round opens with the next person each time"))
    run.add_argument("--screen", type=int, metavar="N",
                     help=tr("screen number for the room's view (1 is the first)"))
    visit = sub.add_parser("visit", help=tr("open a new learning visit's check-in"))
    visit.add_argument("--agent", default="", metavar="NAME", help=tr("the learning agent"))
    visit.add_argument("--colleague", default="", metavar="NAME", help=tr("the colleague being followed"))
    fmts = sub.add_parser("formats", help=tr("list, export or import meeting formats"))
    fsub = fmts.add_subparsers(dest="formats_command", required=True)
    fsub.add_parser("list", help=tr("one format a line, its id first"))
    exp = fsub.add_parser("export", help=tr("write a format to a file to share"))
    exp.add_argument("id", metavar="ID")
    exp.add_argument("file", type=Path, metavar="FILE")
    imp = fsub.add_parser("import", help=tr("check a format file and add it"))
    imp.add_argument("file", type=Path, metavar="FILE")
    ex = sub.add_parser("export", help=tr("write a sheet without opening a window"))
    which = ex.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", metavar="ID|latest")
    which.add_argument("--visit", metavar="ID|latest")
    which.add_argument("--team", metavar="TEAM", nargs="?", const="")
    ex.add_argument("--since", metavar="DATE|last-sheet", default="last-sheet")
    ex.add_argument("--until", metavar="DATE")
    ex.add_argument("--format", choices=["pdf", "md", "csv"], default="pdf")
    ex.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    ex.add_argument("--include-confidential", action="store_true",
                    help=tr("also export items marked confidential"))
    ex.add_argument("--initials", action="store_true", help=tr("show names as initials"))
    ex.add_argument("--timings", action="store_true", help=tr("add the planned and actual times"))
    return p


def run_formats(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """``runde formats list|export|import``; returns the exit code."""
    paths = AppPaths.create(args.data_dir)
    lang = args.lang or "en"
    if args.formats_command == "list":
        return _list_formats(paths, lang, out, err)
    if args.formats_command == "export":
        return _export_format(paths, args.id, args.file, out, err)
    return _import_format(paths, args.file, lang, out, err)


def _list_formats(paths: AppPaths, lang: str, out: TextIO, err: TextIO) -> int:
    formats, errors = available_formats(paths)
    for fmt in sorted(formats.values(), key=lambda f: f.id):
        minutes = round(fmt.planned_total_s(7) / 60)
        print(f"{fmt.id}\t{fmt.title.get(lang)}\t" + tr("%1 steps, about %2 min")
              .replace("%1", str(len(fmt.steps))).replace("%2", str(minutes)), file=out)
    for e in errors:
        print(tr("Refused: %1").replace("%1", str(e)), file=err)
    return 0


def _export_format(paths: AppPaths, fmt_id: str, target: Path, out: TextIO, err: TextIO) -> int:
    fmt = available_formats(paths)[0].get(fmt_id)
    if fmt is None:
        print(tr("No format with the id '%1'. See: runde formats list").replace("%1", fmt_id), file=err)
        return 2
    try:
        export_format(fmt, target)
    except OSError as exc:
        print(tr("Could not write %1: %2").replace("%1", str(target))
              .replace("%2", exc.strerror or str(exc)), file=err)
        return 1
    print(tr("Wrote %1").replace("%1", str(target)), file=out)
    return 0


def _import_format(paths: AppPaths, source: Path, lang: str, out: TextIO, err: TextIO) -> int:
    try:
        fmt = import_format(source, paths)
    except FormatError as exc:
        print(tr("The format was not imported: %1").replace("%1", str(exc)), file=err)
        return 1
    except OSError as exc:
        print(tr("Could not save the format: %1").replace("%1", exc.strerror or str(exc)), file=err)
        return 1
    print(tr("Imported '%1' (%2)").replace("%1", fmt.title.get(lang)).replace("%2", fmt.id), file=out)
    return 0


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse the command line."""
    return build_parser().parse_args(list(argv))
