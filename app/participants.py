"""Turning what the facilitator typed or pasted into a clean list of participant names."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from app.limits import MAX_PEOPLE

MAX_NAME = 80
MAX_PARTICIPANTS = MAX_PEOPLE  # app/limits.py: late-comers included


class NameIssue(StrEnum):
    """Something the start screen should tell the facilitator about (never a refusal)."""

    SHORTENED = "shortened"  # a name longer than MAX_NAME characters was cut
    DUPLICATE = "duplicate"  # the same name twice: numbered "Anna (2)"
    TOO_MANY = "too_many"  # more than MAX_PARTICIPANTS: the rest left out


@dataclass(frozen=True)
class ParsedNames:
    """The names, in the order typed, and what was adjusted."""

    names: tuple[str, ...]
    issues: tuple[tuple[NameIssue, str], ...]


_SPLIT = re.compile(r"[\n\r,;\t]+")
_CONTROL = {"Cc", "Cf", "Zl", "Zp"}


def clean_name(raw: str) -> str:
    """One name: Unicode NFC, control characters removed, whitespace collapsed."""
    text = unicodedata.normalize("NFC", raw)
    text = "".join(" " if unicodedata.category(c) in _CONTROL and c not in "\u200d" else c
                   for c in text)
    return " ".join(text.split())


def fit_name(name: str) -> str:
    """A name of at most MAX_NAME characters: a longer one cut, with "…" to show it was."""
    return name if len(name) <= MAX_NAME else name[:MAX_NAME - 1].rstrip() + "…"


def parse_participants(text: str) -> ParsedNames:
    """Names one per line or separated by commas or semicolons."""
    issues: list[tuple[NameIssue, str]] = []
    names: list[str] = []
    seen: dict[str, int] = {}
    for part in _SPLIT.split(text):
        name = clean_name(part)
        if not name:
            continue
        if len(name) > MAX_NAME:
            name = fit_name(name)
            issues.append((NameIssue.SHORTENED, name))
        if len(names) >= MAX_PARTICIPANTS:
            issues.append((NameIssue.TOO_MANY, name))
            break
        key = name.casefold()
        if key in seen:
            seen[key] += 1
            issues.append((NameIssue.DUPLICATE, name))
            name = f"{name} ({seen[key]})"
        else:
            seen[key] = 1
        names.append(name)
    return ParsedNames(tuple(names), tuple(issues))


def initials(name: str) -> str:
    """``Anna Berg`` -> ``A.B.``; used where names are exported as initials."""
    parts = [p for p in re.split(r"[\s\-]+", name) if p]
    return "".join(p[0].upper() + "." for p in parts) or "?"
