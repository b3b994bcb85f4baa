"""The parts of a team file, each checked as :mod:`app.storage.team_file` describes: formats, meeting
series, meetings with their capture, and learning visits."""

from __future__ import annotations

from typing import Any

from app.storage.team_file import (
    BAD_FORMAT,
    BAD_SERIES,
    MAX_CODE,
    MAX_LIST,
    MAX_NAME,
    MAX_OBSERVATIONS,
    MAX_PAUSES,
    MAX_PEOPLE,
    MAX_RECORD_TEXT,
    MAX_ROUND_LINES,
    MAX_STEPS,
    MAX_TITLE,
    MAX_TURNS,
    TOO_MANY_IN_STEP,
    UNKNOWN_SERIES,
    USED_TWICE,
    Checker,
    budget,
    check_day,
    check_time,
    optional,
)


def check_formats(c: Checker, raws: list[Any]) -> None:
    """Each format as a format file is checked (its own problem, without the file's text)."""
    from app.formats import FormatError, parse_format

    for i, raw in enumerate(raws):
        try:
            parse_format(raw, c.source)
        except FormatError as exc:
            problem = exc.problem.split(", got ")[0].split(", not ")[0]
            if problem.startswith("unknown capture"):
                problem = "unknown capture"
            where = f"formats[{i}].{exc.where}" if exc.where else f"formats[{i}]"
            raise c.fail(where, BAD_FORMAT.format(problem)) from None


def check_series(c: Checker, raws: list[Any]) -> set[int]:
    """The series (each rule as a stored one is checked); returns their ids in the file."""
    from app.series import SeriesError
    from app.series_json import series_from_json

    ids: set[int] = set()
    for i, raw in enumerate(raws):
        where = f"series[{i}]"
        d = c.obj(raw, where)
        c.fields(d, where, {}, ("id", "format_id", "rule"))
        sid = c.whole(d["id"], f"{where}.id")
        if sid in ids:
            raise c.fail(f"{where}.id", USED_TWICE)
        ids.add(sid)
        format_id = c.text(d["format_id"], f"{where}.format_id", MAX_CODE)
        rule = c.obj(d["rule"], f"{where}.rule")
        c.free(rule, f"{where}.rule")
        try:
            series_from_json(format_id, dict(rule))
        except (SeriesError, ValueError, TypeError, KeyError, AttributeError):
            raise c.fail(f"{where}.rule", BAD_SERIES) from None
    return ids


def _names(c: Checker) -> Any:
    return lambda v, w: [c.text(x, f"{w}[{i}]", MAX_NAME) for i, x in enumerate(c.items(v, w, MAX_PEOPLE))]


def _rows(c: Checker, v: object, where: str, checks: tuple[Any, ...], limit: int) -> None:
    """A list of fixed-length rows (``[step, title, planned, actual]``...)."""
    for i, row in enumerate(c.items(v, where, limit)):
        if not isinstance(row, list) or len(row) != len(checks):
            raise c.fail(f"{where}[{i}]", f"must be a list of {len(checks)} values")
        for j, (value, check) in enumerate(zip(row, checks, strict=True)):
            check(value, f"{where}[{i}][{j}]")


def check_meeting(c: Checker, raw: object, where: str, series: set[int]) -> None:
    """One meeting: its facts, capture, course, timings, turns and pauses."""
    d = c.obj(raw, where)
    code = lambda v, w: c.text(v, w, MAX_CODE)  # noqa: E731
    name = lambda v, w: c.text(v, w, MAX_NAME)  # noqa: E731
    capture = lambda v, w: budget(c, w, lambda: check_capture(c, v, w), MAX_RECORD_TEXT)  # noqa: E731
    c.fields(d, where, {
        "format_id": code, "format_title": name, "started": c.moment, "ended": optional(c.moment),
        "facilitator": name, "participants": _names(c), "first_speaker": name,
        "capture": capture, "course": c.free,  # a malformed course comes in empty
    }, ("format_id", "started"))
    if (s := d.get("series")) is not None and (isinstance(s, bool) or not isinstance(s, int)
                                              or s not in series):
        raise c.fail(f"{where}.series", UNKNOWN_SERIES)
    title = lambda v, w: c.text(v, w, MAX_TITLE)  # noqa: E731  (a step's title from its format)
    _rows(c, d.get("timings", []), f"{where}.timings", (code, title, c.number, c.number), MAX_STEPS)
    _rows(c, d.get("turns", []), f"{where}.turns", (code, name, code, c.number), MAX_TURNS)
    per_step: dict[str, int] = {}  # a step's round has one turn per participant (app/limits.py)
    for i, row in enumerate(d.get("turns", [])):
        per_step[row[0]] = per_step.get(row[0], 0) + 1
        if per_step[row[0]] > MAX_PEOPLE:
            raise c.fail(f"{where}.turns[{i}]", TOO_MANY_IN_STEP.format(MAX_PEOPLE))
    _rows(c, d.get("pauses", []), f"{where}.pauses", (c.moment, c.number, code), MAX_PAUSES)


def _text_items(c: Checker, v: object, where: str, *, more: dict[str, Any] | None = None) -> None:
    """Items with an id unique in the list, a text and a confidential mark (and ``more`` fields)."""
    ids: set[str] = set()
    for i, raw in enumerate(c.items(v, where, MAX_LIST)):
        w = f"{where}[{i}]"
        item = c.obj(raw, w)
        c.fields(item, w, {"id": c.ident, "text": c.text, "confidential": c.flag, **(more or {})})
        item_id = item.get("id", "")
        if item_id and item_id in ids:
            raise c.fail(f"{w}.id", USED_TWICE)
        ids.add(item_id)


def check_capture(c: Checker, raw: object, where: str) -> None:
    """What was captured in a meeting."""
    d = c.obj(raw, where)
    name = lambda v, w: c.text(v, w, MAX_NAME)  # noqa: E731
    code = lambda v, w: c.text(v, w, MAX_CODE)  # noqa: E731
    items = lambda v, w: _text_items(c, v, w)  # noqa: E731
    c.fields(d, where, {
        "case_title": c.text, "case_confidential": c.flag, "presenters": _names(c),
        "questions_asked": lambda v, w: [c.whole(x, f"{w}[{i}]", 1000) for i, x in enumerate(c.items(v, w))],
        "own_questions": items, "presenter_learning": c.text, "presenter_learning_confidential": c.flag,
        "round_lines": lambda v, w: _round_lines(c, v, w),
        "measures": lambda v, w: _text_items(c, v, w, more={
            "kind": code, "owner": name, "due": optional(lambda x, y: check_day(c, x, y)), "status": code}),
        "learning_points": items, "focus_area": c.text, "topic_suggestions": items,
        "feed_forward": lambda v, w: _text_items(c, v, w, more={"giver": name, "receiver": name}),
        "notes": c.text, "notes_confidential": c.flag,
        "extra": lambda v, w: [(c.text(k, w, MAX_CODE), c.text(x, w))  # a key is never quoted
                               for k, x in c.obj(v, w).items()],
    })


def _round_lines(c: Checker, v: object, where: str) -> None:
    for i, x in enumerate(c.items(v, where, MAX_ROUND_LINES)):
        w = f"{where}[{i}]"
        c.fields(c.obj(x, w), w, {"participant": lambda t, y: c.text(t, y, MAX_NAME), "text": c.text,
                                  "passed": c.flag, "confidential": c.flag})


def check_visit(c: Checker, raw: object, where: str) -> None:
    """One learning visit: its details and observations (at most MAX_RECORD_TEXT characters)."""
    budget(c, where, lambda: _visit(c, raw, where), MAX_RECORD_TEXT)


def _visit(c: Checker, raw: object, where: str) -> None:
    d = c.obj(raw, where)
    name = lambda v, w: c.text(v, w, MAX_NAME)  # noqa: E731
    day = lambda v, w: check_day(c, v, w)  # noqa: E731
    at = lambda v, w: check_time(c, v, w)  # noqa: E731
    details = c.obj(d.get("details", {}), f"{where}.details")
    long_texts = ("goals", "colleague_focus", "agent_saw", "agent_worked", "agent_differently",
                  "colleague_experience", "colleague_thoughts", "observation_draft")
    c.fields(details, f"{where}.details", {
        "agent": name, "colleague": name, "day": day, "whole_day": c.flag, "start": at, "end": at,
        **dict.fromkeys(long_texts, c.text),
        "ground_rules": lambda v, w: [c.text(x, f"{w}[{i}]") for i, x in enumerate(c.items(v, w, MAX_LIST))],
        "mode": lambda v, w: c.text(v, w, MAX_CODE), "consent": c.flag, "manager_informed": c.flag,
        "learning_points": lambda v, w: _text_items(c, v, w), "present_at_staff_meeting": c.flag,
        "present_on": optional(day)})
    for i, o in enumerate(c.items(d.get("observations", []), f"{where}.observations", MAX_OBSERVATIONS)):
        w = f"{where}.observations[{i}]"
        c.fields(c.obj(o, w), w, {"at": c.moment, "text": c.text, "released": c.flag}, ("at", "text"))
