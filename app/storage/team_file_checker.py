"""How a team file's values are checked (:mod:`app.storage.team_file` describes the rules): the
:class:`Checker` reading one file's values, its helpers, and the problems in plain English
(:class:`TeamFileError` and the message texts, which ``ui/error_texts.py`` words in the user's
language through :mod:`app.storage.team_file`). A problem never quotes the file's text.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any, TypeVar

from app.limits import MAX_ID, MAX_ITEMS, MAX_MOMENT, MAX_NAME, MAX_TEXT
from app.safe_json import BAD_CHARACTER, bad_character

T = TypeVar("T")
MAX_NUMBER = 1e9  # seconds: far more than any meeting
MAX_FREE_NODES = 10_000  # values in a meeting's course or a series' rule


class TeamFileError(ValueError):
    """A team file that cannot be brought in (nothing was written); ``str()`` is the English text,
    ``source``, ``where`` and ``problem`` its parts."""

    def __init__(self, source: str, where: str, problem: str) -> None:
        self.source, self.where, self.problem = source, where, problem
        super().__init__(": ".join(x for x in (source, where, problem) if x))


NOT_A_TEAM_FILE = "is not a Runde team file (or is from a newer Runde)"
MISSING = "is missing"
NOT_TEXT = "must be a text"
NOT_WHOLE = "must be a whole number"
NOT_NUMBER = "must be a number"
NOT_BOOL = "must be true or false"
NOT_LIST = "must be a list [ ... ]"
NOT_OBJECT = "must be an object { ... }"
NOT_MOMENT = "must be a date and time (ISO 8601, e.g. 2026-03-10T14:00:00+01:00)"
NOT_DAY = "must be a date (ISO 8601, e.g. 2026-03-10)"
NOT_TIME = "must be a time of day (e.g. 14:00)"
NOT_ID = f"must be at most {MAX_ID} letters, digits, '-' or '_'"
TOO_LONG = "is longer than {} characters"
TOO_MANY = "has more than {} entries"
TOO_MUCH_TEXT = "holds more than {} characters of text in all"
TOO_MANY_IN_STEP = "is more than {} turns in one step"
OUT_OF_RANGE = "must be between 0 and {}"
USED_TWICE = "is an id used twice"
UNKNOWN_SERIES = "names a meeting series that is not in the file"
BAD_FORMAT = "is not a usable format ({})"
BAD_SERIES = "is not a usable meeting series"
CONFLICT = "conflicts with data already here"


class Checker:
    """Reads one team file's values, raising :class:`TeamFileError` at the first problem."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.chars = 0  # characters of every text checked so far (a record's budget is counted on it)

    def fail(self, where: str, problem: str) -> TeamFileError:
        return TeamFileError(self.source, where, problem)

    def obj(self, value: object, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, NOT_OBJECT)
        return value

    def items(self, value: object, where: str, limit: int = MAX_ITEMS) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, NOT_LIST)
        if len(value) > limit:
            raise self.fail(where, TOO_MANY.format(limit))
        return value

    def text(self, value: object, where: str, limit: int = MAX_TEXT) -> str:
        if not isinstance(value, str):
            raise self.fail(where, NOT_TEXT)
        if len(value) > limit:
            raise self.fail(where, TOO_LONG.format(limit))
        if bad_character(value, lines=limit > MAX_NAME):
            raise self.fail(where, BAD_CHARACTER)
        self.chars += len(value)
        return value

    def ident(self, value: object, where: str) -> str:
        text = self.text(value, where, MAX_ID)
        if not all(c.isascii() and (c.isalnum() or c in "-_") for c in text):
            raise self.fail(where, NOT_ID)
        return text

    def whole(self, value: object, where: str, hi: int = 1_000_000_000) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, NOT_WHOLE)
        if not 0 <= value <= hi:
            raise self.fail(where, OUT_OF_RANGE.format(hi))
        return value

    def number(self, value: object, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(where, NOT_NUMBER)
        if not (math.isfinite(value) and -MAX_NUMBER <= value <= MAX_NUMBER):
            raise self.fail(where, OUT_OF_RANGE.format(int(MAX_NUMBER)))
        return float(value)

    def flag(self, value: object, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where, NOT_BOOL)
        return value

    def parsed(self, value: object, where: str, reader: Callable[[str], T], problem: str) -> T:
        text = self.text(value, where, MAX_MOMENT)
        try:
            return reader(text)
        except ValueError:
            raise self.fail(where, problem) from None

    def moment(self, value: object, where: str) -> datetime:
        return self.parsed(value, where, datetime.fromisoformat, NOT_MOMENT)

    def fields(self, d: dict[str, Any], where: str, spec: dict[str, Callable[[object, str], object]],
               required: tuple[str, ...] = ()) -> None:
        """Check each key of ``spec`` that ``d`` has (``None`` is allowed only where the spec says)."""
        at = f"{where}." if where else ""
        for key in required:
            if key not in d:
                raise self.fail(f"{at}{key}", MISSING)
        for key, check in spec.items():
            if key in d:
                check(d[key], f"{at}{key}")

    def free(self, value: object, where: str) -> None:
        """A value whose shape is the caller's business (a course, a series' rule): every text in it
        (keys too) checked, and not too many values."""
        todo, seen = [value], 0
        while todo:
            v = todo.pop()
            seen += 1
            if seen > MAX_FREE_NODES:
                raise self.fail(where, TOO_MANY.format(MAX_FREE_NODES))
            if isinstance(v, str):
                self.text(v, where)
            elif isinstance(v, float):
                self.number(v, where)
            elif isinstance(v, dict):
                todo.extend(v.keys())
                todo.extend(v.values())
            elif isinstance(v, list):
                todo.extend(v)


def budget(c: Checker, where: str, check: Callable[[], object], limit: int) -> None:
    """Run ``check``; the texts it checked hold at most ``limit`` characters in all."""
    before = c.chars
    check()
    if c.chars - before > limit:
        raise c.fail(where, TOO_MUCH_TEXT.format(limit))


def optional(check: Callable[[object, str], object]) -> Callable[[object, str], object]:
    """``check``, with ``null`` allowed."""
    return lambda v, w: None if v is None else check(v, w)


def check_day(c: Checker, value: object, where: str) -> date:
    return c.parsed(value, where, date.fromisoformat, NOT_DAY)


def check_time(c: Checker, value: object, where: str) -> time:
    return c.parsed(value, where, time.fromisoformat, NOT_TIME)
