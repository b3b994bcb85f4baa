"""The wording of a format file's problems for people: :func:`format_error_text` and
:func:`format_reason` put a :class:`~app.formats.FormatError` (file, field, reason) into the current
language. The format editor, the start-up notice about refused format files and the command line's
``runde formats`` use them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.formats import FormatError
from app.timefmt import format_elapsed

_BETWEEN = re.compile(r"must be between (-?\d+) and (-?\d+), got (-?\d+)")
_LONGER = re.compile(r"is longer than (\d+) characters")
_TOO_MANY = re.compile(r"has (\d+) steps; at most (\d+) are allowed")


def format_reason(where: str, problem: str) -> str:
    """A FormatError's reason in the current language where it is a known one (else as given).

    Every reason app/formats.py and app/format_library.py give is known here (a test walks them)."""
    from ui.error_texts import json_problem_text

    if (known := json_problem_text(problem)) is not None:
        return known
    translate = QCoreApplication.translate  # lupdate reads translate("FormatEditor", "...") calls
    fixed = {"must be a non-empty text": translate("FormatEditor", "must not be empty"),
             "is longer than the step": translate("FormatEditor", "is longer than the step itself"),
             "is longer than the turn": translate("FormatEditor", "is longer than the turn itself"),
             "is the id of a built-in format": translate(
                 "FormatEditor", "is the id of a built-in format, which is never replaced: make a copy")}
    for start, text in fixed.items():
        if problem.startswith(start):
            return text
    exact = {
        "must be an object { ... }": translate("FormatEditor", "must be a group of fields in braces { … }"),
        "is missing (every text needs English)": translate(
            "FormatEditor", "is missing (every text needs English)"),
        "must be 1-64 letters a-z, digits, '-' or '_'": translate(
            "FormatEditor", "must be 1 to 64 letters a–z, digits, “-” or “_”"),
        "is missing": translate("FormatEditor", "is missing"),
        "must be a list": translate("FormatEditor", "must be a list [ … ]"),
        "must be a list with at least one step": translate(
            "FormatEditor", "must be a list with at least one step"),
        "min is larger than max": translate("FormatEditor", "the smallest number is larger than the largest"),
        "only a round's turns have parts": translate("FormatEditor", "only a round's turns have parts"),
        "needs a title and duration_s": translate("FormatEditor", "needs a title and a length (duration_s)"),
        "is not UTF-8 text": translate("FormatEditor", "is not UTF-8 text"),
        "must be empty or a web address (http:// or https://)": translate(
            "FormatEditor", "must be empty or a web address that starts with https:// or http://"),
        "must be a language code of 2 or 3 letters a-z": translate(
            "FormatEditor", "must be a language code of 2 or 3 letters, such as “da” or “nb”"),
        "the user's formats folder is the built-in one": translate(
            "FormatEditor", "your formats folder is the folder of the built-in formats")}
    if problem in exact:
        return exact[problem]
    if m := _BETWEEN.fullmatch(problem):
        lo, hi, got = (int(g) for g in m.groups())
        show = format_elapsed if where.endswith("_s") else str
        return translate("FormatEditor", "must be between %1 and %2, not %3").replace(
            "%1", show(lo)).replace("%2", show(hi)).replace("%3", show(got))
    patterns = (  # the reason's varying part, and its wording with that part as %1 (and %2)
        (_LONGER, translate("FormatEditor", "is longer than %1 characters")),
        (_TOO_MANY, translate("FormatEditor", "has %1 steps; at most %2 are allowed")),
        (r"unknown key \(allowed: (.*)\)", translate("FormatEditor", "is not a known field (these are: %1)")),
        (r"must be a whole number, got (.*)", translate("FormatEditor", "must be a whole number, not %1")),
        (r"must be true or false, got (.*)", translate("FormatEditor", "must be true or false, not %1")),
        (r"has (\d+) parts \(at most (\d+)\)", translate("FormatEditor", "has %1 parts (at most %2)")),
        (r"must be one of (.*), got (.*)", translate("FormatEditor", "must be one of %1, not %2")),
        (r"unknown capture (.*)", translate("FormatEditor", "is not a known kind of note: %1")),
        (r"(.*) is used twice", translate("FormatEditor", "%1 is used twice")),
        (r"is larger than (\d+) MB", translate("FormatEditor", "is larger than %1 MB")),
        (r"cannot be read \((.*)\)", translate("FormatEditor", "cannot be read (%1)")),
        (r"not valid JSON \((.*)\)", translate("FormatEditor", "is not valid JSON (%1)")))
    for pattern, wording in patterns:
        if found := re.fullmatch(pattern, problem):
            parts = found.groups()
            return re.sub(r"%([12])", lambda g: str(parts[int(g.group(1)) - 1]), wording)  # noqa: B023
    return problem


def format_error_text(exc: FormatError) -> str:
    """``file: field: reason``, the reason (and a line and column) in the current language where it
    is a known one."""
    reason = format_reason(exc.where, exc.problem)
    where = exc.where
    if m := re.fullmatch(r"line (\d+) column (\d+)", where):
        where = QCoreApplication.translate("FormatEditor", "line %1, column %2").replace(
            "%1", m.group(1)).replace("%2", m.group(2))
    return ": ".join(x for x in (exc.source, where, reason) if x)
