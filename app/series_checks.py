"""The rules a series keeps (docs/FORMATS.md, F3-F6): dates within the years Runde handles, an end
after the start, a cadence that gives meetings, a roster without doubles, moves that do not collide.
Each broken rule is a :class:`~app.series.SeriesError` naming its values, so the form can say it."""

from __future__ import annotations

from datetime import date

from app.series import (
    FIRST_YEAR,
    LAST,
    LAST_YEAR,
    MAX_DURATION_MIN,
    MAX_EVERY_MONTHS,
    MAX_EVERY_WEEKS,
    MAX_SPAN_YEARS,
    CadenceKind,
    Change,
    Problem,
    Series,
    SeriesError,
)
from app.series_dates import add_months, horizon, is_regular, regular_dates


def _check_dates(series: Series) -> list[SeriesError]:
    out: list[SeriesError] = []
    for label, d in (("start", series.start), ("end", series.end)):
        if d is not None and not FIRST_YEAR <= d.year <= LAST_YEAR:
            out.append(SeriesError(Problem.BAD_YEAR, f"The {label} date {d.isoformat()} is not between "
                                   f"{FIRST_YEAR} and {LAST_YEAR}", date=d))
    if out:
        return out
    if series.end is not None and series.end < series.start:
        out.append(SeriesError(Problem.END_BEFORE_START, f"The series ends ({series.end.isoformat()}) "
                               f"before it starts ({series.start.isoformat()})",
                               start=series.start, end=series.end))
    elif series.end is not None and series.end > add_months(series.start, 12 * MAX_SPAN_YEARS):
        out.append(SeriesError(Problem.TOO_LONG, f"A series can last at most {MAX_SPAN_YEARS} years",
                               years=MAX_SPAN_YEARS))
    return out


def _check_cadence(series: Series) -> list[SeriesError]:
    cad, out = series.cadence, []
    if cad.kind is CadenceKind.WEEKLY and not 1 <= cad.interval <= MAX_EVERY_WEEKS:
        out.append(SeriesError(Problem.BAD_INTERVAL, f"Every {cad.interval} weeks is not possible: choose "
                               f"1 to {MAX_EVERY_WEEKS} weeks", value=cad.interval, most=MAX_EVERY_WEEKS))
    if cad.kind is CadenceKind.MONTHLY and not 1 <= cad.interval <= MAX_EVERY_MONTHS:
        out.append(SeriesError(Problem.BAD_INTERVAL, f"Every {cad.interval} months is not possible: "
                               f"choose 1 to {MAX_EVERY_MONTHS} months", value=cad.interval,
                               most=MAX_EVERY_MONTHS))
    if cad.kind is not CadenceKind.BY_HAND and not 0 <= cad.weekday <= 6:
        out.append(SeriesError(Problem.BAD_WEEKDAY, f"Weekday {cad.weekday} does not exist (0 is Monday, "
                               "6 is Sunday)", value=cad.weekday))
    if cad.kind is CadenceKind.MONTHLY and cad.nth not in (1, 2, 3, 4, 5, LAST):
        out.append(SeriesError(Problem.BAD_NTH, f"The {cad.nth}th weekday of a month does not exist: "
                               "choose the 1st to the 5th, or the last", value=cad.nth))
    if cad.kind is CadenceKind.BY_HAND:
        for d in cad.dates:
            if d < series.start or (series.end is not None and d > series.end):
                out.append(SeriesError(Problem.DATE_OUTSIDE, f"The meeting on {d.isoformat()} is outside "
                                       "the series' start and end", date=d))
    if out:
        return out
    if next(regular_dates(series, series.start, horizon(series)), None) is None:
        out.append(SeriesError(Problem.NEVER, "These settings never give a meeting date: check the "
                               "weekday, the start and the end", start=series.start, end=series.end))
    return out


def _check_roster(series: Series) -> list[SeriesError]:
    out: list[SeriesError] = []
    seen: set[str] = set()
    for m in series.roster:
        if not m.name.strip():
            out.append(SeriesError(Problem.NO_NAME, "Someone on the roster has no name"))
        elif m.name.casefold() in seen:
            out.append(SeriesError(Problem.NAME_TWICE, f"{m.name} is on the roster twice", name=m.name))
        seen.add(m.name.casefold())
        if m.left is not None and m.left < m.joined:
            out.append(SeriesError(Problem.LEFT_BEFORE_JOINED, f"{m.name} left before joining",
                                   name=m.name))
    return out


def check_changes(series: Series) -> list[SeriesError]:
    """What is wrong with the moved and cancelled meetings (also after each edit, see
    :mod:`app.series_edits`)."""
    out: list[SeriesError] = []
    seen: set[date] = set()
    held: dict[date, list[date]] = {}  # the day a meeting is held -> the regular dates of those held then
    moved: list[Change] = []
    for c in series.changes:
        if c.original in seen:
            out.append(SeriesError(Problem.CHANGED_TWICE, f"The meeting of {c.original.isoformat()} is "
                                   "changed twice", date=c.original))
            continue
        seen.add(c.original)
        if not is_regular(series, c.original):
            out.append(SeriesError(Problem.NO_SUCH_MEETING, f"There is no meeting on "
                                   f"{c.original.isoformat()} to move or cancel", date=c.original))
        elif c.cancelled:
            continue
        elif c.new_date is None and c.new_time is None:
            out.append(SeriesError(Problem.MOVE_NOWHERE, f"The meeting of {c.original.isoformat()} is "
                                   "moved, but not to another date or time", date=c.original))
        elif c.target < series.start or (series.end is not None and c.target > series.end):
            out.append(SeriesError(Problem.MOVE_OUTSIDE, f"The meeting of {c.original.isoformat()} cannot "
                                   f"move to {c.target.isoformat()}: that is outside the series' start "
                                   "and end", date=c.original, to=c.target))
        else:
            held.setdefault(c.target, []).append(c.original)
            moved.append(c)
    changed = {c.original for c in series.changes}
    for day, originals in held.items():
        if day not in changed and is_regular(series, day):  # the meeting regularly held that day stays
            originals.insert(0, day)
    for c in moved:  # the later of two meetings on one day is the one refused
        holders = held[c.target]
        others = holders[:holders.index(c.original)]
        if c.new_date is not None and others:
            out.append(SeriesError(Problem.MOVE_COLLIDES, f"The meeting of {c.original.isoformat()} cannot "
                                   f"move to {c.target.isoformat()}: the meeting of {others[0].isoformat()} "
                                   "is held that day. Move or cancel that one first.",
                                   date=c.original, to=c.target, other=others[0]))
    return out


def problems(series: Series) -> list[SeriesError]:
    """Everything wrong with ``series``, in the order the form shows its fields (empty: fine)."""
    out: list[SeriesError] = []
    try:
        series.tz()
    except SeriesError as exc:
        out.append(exc)
    if not 1 <= series.duration_min <= MAX_DURATION_MIN:
        out.append(SeriesError(Problem.BAD_DURATION, f"A meeting of {series.duration_min} minutes is not "
                               f"possible: choose 1 to {MAX_DURATION_MIN} minutes",
                               value=series.duration_min, most=MAX_DURATION_MIN))
    dates = _check_dates(series)
    out += dates
    if not dates:
        cadence = _check_cadence(series)
        out += cadence
        if not cadence:
            out += check_changes(series)
    out += _check_roster(series)
    return out


def validate(series: Series) -> Series:
    """``series`` if it can be used; otherwise raises the first of its :func:`problems`."""
    found = problems(series)
    if found:
        raise found[0]
    return series

