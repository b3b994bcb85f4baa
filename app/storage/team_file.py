"""A team file (``runde team export``, History's "Save the team's data") checked before anything is
written: every field's type, range and length, ids unique, references resolved.

A refused file is a :class:`TeamFileError` naming the file, the item (``meetings[3].capture.
learning_points[0].text``) and the problem in plain English (the windows and the command line word
it in the user's language, ``ui/error_texts.py``). A problem never quotes the file's text: it may
be confidential.

The checking itself is :mod:`app.storage.team_file_checker` (the values) and
:mod:`app.storage.team_file_parts` (formats, series, meetings, visits); the names of the problems are
here too, as the windows and the command line read them (the limits are in ``app/limits.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.limits import MAX_NAME
from app.safe_json import JsonRefusedError, parse
from app.storage.team_file_checker import (
    BAD_FORMAT,
    BAD_SERIES,
    CONFLICT,
    MISSING,
    NOT_A_TEAM_FILE,
    NOT_BOOL,
    NOT_DAY,
    NOT_ID,
    NOT_LIST,
    NOT_MOMENT,
    NOT_NUMBER,
    NOT_OBJECT,
    NOT_TEXT,
    NOT_TIME,
    NOT_WHOLE,
    OUT_OF_RANGE,
    TOO_LONG,
    TOO_MANY,
    TOO_MANY_IN_STEP,
    TOO_MUCH_TEXT,
    UNKNOWN_SERIES,
    USED_TWICE,
    Checker,
    TeamFileError,
    optional,
)

__all__ = [  # the public surface: what a file is checked against and the problems' texts
    "BAD_FORMAT",
    "BAD_SERIES",
    "check_team",
    "Checker",
    "CONFLICT",
    "MISSING",
    "NOT_A_TEAM_FILE",
    "NOT_BOOL",
    "NOT_DAY",
    "NOT_ID",
    "NOT_LIST",
    "NOT_MOMENT",
    "NOT_NUMBER",
    "NOT_OBJECT",
    "NOT_TEXT",
    "NOT_TIME",
    "NOT_WHOLE",
    "optional",
    "OUT_OF_RANGE",
    "read_team_file",
    "TEAM_EXPORT_VERSION",
    "TeamFileError",
    "TOO_LONG",
    "TOO_MANY",
    "TOO_MANY_IN_STEP",
    "TOO_MUCH_TEXT",
    "UNKNOWN_SERIES",
    "USED_TWICE",
]

TEAM_EXPORT_VERSION = 1


def read_team_file(path: Path) -> dict[str, Any]:
    """Read and check a team file (see :func:`check_team`); returns its data.

    Raises:
        TeamFileError: the file cannot be read, is not JSON, or breaks a rule.
    """
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TeamFileError(source, "", f"cannot be read ({exc.strerror or type(exc).__name__})") from None
    try:
        data = parse(raw)
    except JsonRefusedError as exc:
        raise TeamFileError(source, exc.where, exc.problem) from None
    check_team(data, source)
    assert isinstance(data, dict)
    return data


def check_team(data: object, source: str = "") -> None:
    """Raise :class:`TeamFileError` for the first problem of a team file's data (nothing else)."""
    from app.storage.team_file_parts import check_formats, check_meeting, check_series, check_visit

    c = Checker(source)
    if not isinstance(data, dict) or data.get("runde_team_export") != TEAM_EXPORT_VERSION:
        raise c.fail("", NOT_A_TEAM_FILE)
    c.fields(data, "", {"includes_private": c.flag,
                        "left_out": lambda v, w: [c.text(x, f"{w}[{i}]", MAX_NAME)
                                                  for i, x in enumerate(c.items(v, w, 100))],
                        "name": optional(lambda v, w: c.text(v, w, MAX_NAME)),
                        "people": lambda v, w: [c.text(x, f"{w}[{i}]", MAX_NAME)
                                                for i, x in enumerate(c.items(v, w))]})
    check_formats(c, c.items(data.get("formats", []), "formats"))  # top-level keys have no dot
    series = check_series(c, c.items(data.get("series", []), "series"))
    for i, raw in enumerate(c.items(data.get("meetings", []), "meetings", 1_000_000)):
        check_meeting(c, raw, f"meetings[{i}]", series)
    for i, raw in enumerate(c.items(data.get("visits", []), "visits", 1_000_000)):
        check_visit(c, raw, f"visits[{i}]")
