"""Edits that could not be written yet, kept in a file on this computer until they are.

While a meeting's edits wait in memory (a full disk, a read-only folder, a database server that
cannot be reached), the meeting's capture and its engine state are also written to
``<data folder>/unsaved/meeting-<id>.json`` (or, when that folder cannot be written either, the same
name in the system's temp folder). The file goes when the edits are written; if Runde is quit or
killed first, the next start finds it and offers to bring the edits back. Plain JSON, written
atomically; a damaged file is reported and left where it is, never deleted.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.capture import Capture, capture_from_json, capture_to_json
from app.export.atomic import ExportError, write_atomic
from app.paths import AppPaths

SCHEMA = 1


@dataclass(frozen=True)
class Rescued:
    """Edits found in a rescue file: for which meeting, when kept, the capture and the live state."""

    path: Path
    meeting_id: int
    kept: datetime
    capture: Capture
    live_state: dict[str, Any] | None


def _folders(paths: AppPaths) -> list[Path]:
    return [paths.data_dir / "unsaved", Path(tempfile.gettempdir()) / f"runde-unsaved-{_tag(paths)}"]


def _tag(paths: AppPaths) -> str:
    """Which data folder a temp-folder rescue belongs to (two data folders never mix)."""
    import hashlib

    return hashlib.sha256(str(paths.data_dir.resolve()).encode("utf-8")).hexdigest()[:12]


def keep(paths: AppPaths, meeting_id: int, cap: Capture, live_state: dict[str, Any] | None,
         now: datetime) -> Path | None:
    """Write the waiting edits of a meeting to its rescue file; where it went, or None when neither
    folder could be written (then they are in memory only)."""
    data = json.dumps({"runde_unsaved": SCHEMA, "meeting_id": meeting_id, "kept": now.isoformat(),
                       "capture": capture_to_json(cap), "live_state": live_state},
                      ensure_ascii=False).encode("utf-8")
    for folder in _folders(paths):
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)  # notes may name citizens:
            folder.chmod(0o700)  # only this user reads them (the temp folder is shared)
            target = folder / f"meeting-{meeting_id}.json"
            write_atomic(target, data)
        except (OSError, ExportError):
            continue
        return target
    return None


def clear(paths: AppPaths, meeting_id: int) -> None:
    """The edits were written: the meeting's rescue files go."""
    for folder in _folders(paths):
        with contextlib.suppress(OSError):
            (folder / f"meeting-{meeting_id}.json").unlink(missing_ok=True)


def found(paths: AppPaths) -> tuple[list[Rescued], list[Path]]:
    """Every rescue file of this data folder (oldest first), and those that could not be read."""
    good: list[Rescued] = []
    bad: list[Path] = []
    for folder in _folders(paths):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("meeting-*.json")):
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
                if not isinstance(raw, dict) or raw.get("runde_unsaved") != SCHEMA:
                    raise ValueError("not a Runde rescue file")
                live = raw.get("live_state")
                good.append(Rescued(path, int(raw["meeting_id"]), datetime.fromisoformat(raw["kept"]),
                                    capture_from_json(dict(raw["capture"])),
                                    dict(live) if isinstance(live, dict) else None))
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                bad.append(path)
    good.sort(key=lambda r: r.kept)
    return good, bad


def set_aside(rescued: Rescued) -> Path:
    """Brought back (or declined): the file moves to ``done/`` beside it, kept, never deleted."""
    done = rescued.path.parent / "done"
    done.mkdir(parents=True, exist_ok=True)
    target = done / f"{rescued.path.stem}-{rescued.kept.strftime('%Y%m%dT%H%M%S')}.json"
    rescued.path.replace(target)
    return target
