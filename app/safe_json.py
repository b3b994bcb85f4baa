"""JSON that comes from outside (format files, team files), read without surprises.

A UTF-8 byte order mark is accepted; the nesting depth is checked before the text is parsed (by
counting brackets outside strings, so a deeply nested file never reaches the parser's recursion);
a key written twice in one object, ``NaN`` and ``Infinity`` are refused. :func:`bad_character`
finds what no text of Runde's may hold: a lone surrogate or a control character. Problems are
plain English for :class:`~app.formats.FormatError` and the team file's error, and never quote
the file's text (it may be private).
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

MAX_DEPTH = 40

NOT_UTF8 = "is not UTF-8 text"
TOO_DEEP = f"is nested too deeply (more than {MAX_DEPTH} levels of {{ }} and [ ])"
DUPLICATE_KEY = "has a key written twice in one object { ... }"
NOT_A_NUMBER = "holds NaN or Infinity, which are not numbers"
BAD_CHARACTER = "holds a control character or a lone surrogate, which no text may hold"

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_BAD_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_BAD_IN_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class JsonRefusedError(ValueError):
    """A JSON text that is refused: ``where`` (``line 3 column 5`` or empty) and ``problem``."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}" if where else problem)
        self.where, self.problem = where, problem


def nesting_depth(text: str) -> int:
    """The deepest nesting of ``{`` and ``[`` outside strings (0 for a plain value)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    if not brackets:
        return 0
    return max(0, *accumulate(1 if c in "[{" else -1 for c in brackets))


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise JsonRefusedError("", DUPLICATE_KEY)
    return out


def _no_constant(_: str) -> float:
    raise JsonRefusedError("", NOT_A_NUMBER)


def parse(raw: bytes | str, max_depth: int = MAX_DEPTH) -> object:
    """The value of a JSON text (bytes as UTF-8, with or without a byte order mark).

    Raises:
        JsonRefusedError: not UTF-8, not JSON (with line and column), nested deeper than ``max_depth``,
            a key twice in one object, or NaN/Infinity.
    """
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw.removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise JsonRefusedError("", NOT_UTF8) from None
    if nesting_depth(text) > max_depth:
        raise JsonRefusedError("", TOO_DEEP)
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise JsonRefusedError(where, f"not valid JSON ({exc.msg})") from None
    except RecursionError:  # only if the interpreter's own limit is lower than max_depth
        raise JsonRefusedError("", TOO_DEEP) from None


def bad_character(text: str, *, lines: bool = False) -> bool:
    """True if ``text`` holds a lone surrogate or a control character (newline, carriage return
    and tab are allowed where ``lines``: a long text)."""
    return bool((_BAD_IN_LINES if lines else _BAD_IN_LINE).search(text))

