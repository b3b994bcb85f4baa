"""``runde team export|import``: a team's whole history as one file, as History's "Save the team's
data…" and "Bring in a team's data…" make and read it (for IT departments and scripts)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from app.atomic import ExportError, write_atomic
from app.clock import Clock
from app.paths import AppPaths
from app.storage.api import StorageError, TeamFileError, read_team_file
from ui.cli import stores
from ui.i18n import tr


def run_team(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr,
             clock: Clock | None = None) -> int:
    """Run ``runde team …``; returns the exit code (0 done, 1 refused or failed)."""
    from ui.error_texts import command_line_error_text, team_file_error_text, write_reason

    paths = AppPaths.create(args.data_dir)
    try:
        store = stores.open_place(None, args, paths, clock)
    except (StorageError, RuntimeError) as exc:
        print(command_line_error_text(exc), file=err)
        return 1
    try:
        if args.team_command == "export":
            return _export(store, args, out, err)
        info = store_import(store, args.file)
        print(tr("Brought in '%1'.").replace("%1", info), file=out)
        return 0
    except TeamFileError as exc:
        print(tr("Nothing was brought in: %1").replace("%1", team_file_error_text(exc)), file=err)
    except ExportError as exc:
        print(tr("Could not write %1: %2").replace("%1", str(args.output))
              .replace("%2", write_reason(exc.code) or str(exc)), file=err)
    except (StorageError, RuntimeError) as exc:
        print(command_line_error_text(exc), file=err)
    finally:
        store.close()
    return 1


def store_import(store: object, path: Path) -> str:
    """Check ``path`` whole and bring it in; the name the team has here."""
    from app.storage.api import Store, import_team

    assert isinstance(store, Store)
    return import_team(store, read_team_file(path), source=str(path)).name


def _export(store: object, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from app.storage.api import Store, export_team

    assert isinstance(store, Store)
    name = " ".join(args.team.split())
    team_id = store.team_id(name)
    if team_id is None:
        print(tr("No team called '%1' there.").replace("%1", name), file=err)
        return 1
    data = export_team(store, team_id, include_private=args.include_confidential)
    write_atomic(args.output, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    print(tr("Wrote %1").replace("%1", str(args.output)), file=out)
    return 0
