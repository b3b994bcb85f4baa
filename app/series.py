"""Meeting series (docs/FORMATS.md, F3-F6 and decision 9): a team's or a circle's cadence, its roster with
join dates, moved and cancelled dates, a parent circle, and a mini-circle's "extend or dissolve?".

Plain data and pure functions, no Qt and no clock: the caller passes "now" or "today". Dates of a
series are local dates in its time zone; every occurrence has an aware local start, so a meeting at
09:15 stays at 09:15 on the wall clock across the daylight-saving changes.

Problems are :class:`SeriesError` with a :class:`Problem` code and the values it names (``params``),
so the interface can say them in the user's language; ``str()`` is a plain English sentence.
"""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "Europe/Copenhagen"
NORDIC_ZONES = ("Europe/Copenhagen", "Europe/Oslo", "Europe/Stockholm", "Europe/Helsinki",
                "Atlantic/Reykjavik", "Atlantic/Faroe", "America/Nuuk")
LAST = -1  # "the last <weekday> of the month"
MAX_EVERY_WEEKS = 52
MONTH_WEEKS = 4  # a mini-circle's month: four weekly meetings
MAX_EVERY_MONTHS = 12
MAX_DURATION_MIN = 12 * 60
MAX_SPAN_YEARS = 100  # an end (or, without one, how far an endless series is ever looked at)
FIRST_YEAR, LAST_YEAR = 1970, 2200
MAX_NAME = 200
SCHEMA = 1


class CadenceKind(StrEnum):
    """How the dates of a series come about."""

    WEEKLY = "weekly"  # every N weeks on a weekday
    MONTHLY = "monthly"  # the Nth (or last) weekday of every N months
    BY_HAND = "by_hand"  # a list of dates


class SeriesKind(StrEnum):
    """What meets: a team's own meetings or a circle (a mini-circle has a lifetime)."""

    TEAM = "team"
    LEARNING_CIRCLE = "learning_circle"
    MINI_CIRCLE = "mini_circle"
    CHALLENGE_CIRCLE = "challenge_circle"


class Choice(StrEnum):
    """The answer to a mini-circle's "extend or dissolve?"."""

    EXTEND = "extend"
    DISSOLVE = "dissolve"


class Problem(StrEnum):
    """Why a series (or a change to it) was refused; the interface words each one."""

    BAD_ZONE = "bad_zone"
    BAD_YEAR = "bad_year"
    END_BEFORE_START = "end_before_start"
    TOO_LONG = "too_long"
    BAD_INTERVAL = "bad_interval"
    BAD_WEEKDAY = "bad_weekday"
    BAD_NTH = "bad_nth"
    DATE_OUTSIDE = "date_outside"
    NEVER = "never"
    BAD_DURATION = "bad_duration"
    NO_NAME = "no_name"
    NAME_TWICE = "name_twice"
    LEFT_BEFORE_JOINED = "left_before_joined"
    CHANGED_TWICE = "changed_twice"
    NO_SUCH_MEETING = "no_such_meeting"
    MOVE_OUTSIDE = "move_outside"
    MOVE_COLLIDES = "move_collides"
    MOVE_NOWHERE = "move_nowhere"
    NOT_A_MINI_CIRCLE = "not_a_mini_circle"
    BAD_PARENT = "bad_parent"
    DAMAGED = "damaged"


class SeriesError(ValueError):
    """A series that cannot be used as it is; ``problem`` says which rule, ``params`` the values."""

    def __init__(self, problem: Problem, message: str, **params: object) -> None:
        super().__init__(message)
        self.problem = problem
        self.params = params


@dataclass(frozen=True)
class Cadence:
    """The rule that gives a series its dates.

    ``interval`` is in weeks (weekly) or months (monthly); ``weekday`` 0 is Monday; ``nth`` is 1-5 or
    :data:`LAST`; ``dates`` are the meetings of a series made by hand.
    """

    kind: CadenceKind
    interval: int = 1
    weekday: int = 1
    nth: int = 1
    dates: tuple[date, ...] = ()

    @classmethod
    def weekly(cls, weekday: int, every: int = 1) -> Cadence:
        """Every ``every`` weeks on ``weekday`` (the first one on or after the start)."""
        return cls(CadenceKind.WEEKLY, interval=every, weekday=weekday)

    @classmethod
    def monthly(cls, nth: int, weekday: int, every: int = 1) -> Cadence:
        """The ``nth`` (1-5, or LAST) ``weekday`` of every ``every`` months, counted from the start's."""
        return cls(CadenceKind.MONTHLY, interval=every, weekday=weekday, nth=nth)

    @classmethod
    def by_hand(cls, dates: tuple[date, ...] | list[date]) -> Cadence:
        """Exactly these dates."""
        return cls(CadenceKind.BY_HAND, dates=tuple(sorted(set(dates))))


@dataclass(frozen=True)
class Member:
    """Someone on a series' roster. Who joined after the series began takes part from the first meeting
    after the day they joined (docs/FORMATS.md, F6: "deltar fra påfølgende møte"); who left, until then."""

    name: str
    joined: date
    left: date | None = None

    def takes_part(self, day: date, series_start: date) -> bool:
        """True if this person is expected at a meeting on ``day``."""
        started = self.joined <= series_start or self.joined < day
        return started and (self.left is None or day < self.left)


@dataclass(frozen=True)
class Change:
    """One meeting that is not as the cadence says: cancelled, or moved to another date and/or time.

    ``original`` is the date the cadence gives; it stays the meeting's identity (a calendar keeps its
    event when it moves).
    """

    original: date
    cancelled: bool = False
    new_date: date | None = None
    new_time: time | None = None

    @property
    def target(self) -> date:
        """The date the meeting is held (its own date if only the time moved)."""
        return self.new_date or self.original


@dataclass(frozen=True)
class Decision:
    """A mini-circle's answer to "extend or dissolve?", and when it was given."""

    on: date
    choice: Choice


@dataclass(frozen=True)
class Series:
    """A meeting series of one format for a team or a circle."""

    format_id: str
    cadence: Cadence
    start: date
    end: date | None = None
    time_of_day: time = time(9, 0)
    duration_min: int = 30
    zone: str = DEFAULT_ZONE
    kind: SeriesKind = SeriesKind.TEAM
    name: str = ""
    roster: tuple[Member, ...] = ()
    changes: tuple[Change, ...] = ()
    parent_id: int | None = None
    decisions: tuple[Decision, ...] = ()
    uid: str = field(default_factory=lambda: uuid.uuid4().hex)
    revision: int = 0  # raised by every stored change: the calendar file's SEQUENCE (RFC 5545)

    def tz(self) -> ZoneInfo:
        """The series' time zone (raises :class:`SeriesError` for an unknown name)."""
        return _zone(self.zone)

    def change_for(self, original: date) -> Change | None:
        """The change recorded for the meeting the cadence puts on ``original``."""
        return next((c for c in self.changes if c.original == original), None)

    @property
    def dissolved(self) -> bool:
        """A mini-circle whose last decision was to dissolve."""
        return bool(self.decisions) and self.decisions[-1].choice is Choice.DISSOLVE


@dataclass(frozen=True)
class Occurrence:
    """One meeting of a series: where the cadence put it, when it is held, and who takes part.

    ``participants`` lists the roster members expected that day (empty when the series has no roster:
    then the whole team is meant).
    """

    regular_date: date
    start: datetime
    end: datetime
    participants: tuple[str, ...]
    moved: bool = False
    cancelled: bool = False

    @property
    def day(self) -> date:
        """The local date it is held."""
        return self.start.date()


# -- dates ------------------------------------------------------------------------------------------

def add_months(d: date, months: int) -> date:
    """``d`` moved by whole months, the day kept where the month has it (31 Jan + 1 = 28/29 Feb)."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def month_of_weeks(start: date, months: int = 1) -> tuple[date, date]:
    """A mini-circle's month as people count a month of weekly meetings: four weeks (docs/FORMATS.md,
    F5: "½ time i uken", "opprettes for en måned"). From Monday 7 September that is 7 September to
    4 October, four meetings (7, 14, 21, 28 September), not five. Returns the first and the last day
    (both included)."""
    return start, start + timedelta(weeks=MONTH_WEEKS * months) - timedelta(days=1)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The ``nth`` (1-5, or LAST) ``weekday`` of a month; None if the month has no such day (a 5th
    Tuesday in most months)."""
    days = calendar.monthrange(year, month)[1]
    if nth == LAST:
        last = date(year, month, days)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    day = 1 + (weekday - first.weekday()) % 7 + 7 * (nth - 1)
    return date(year, month, day) if day <= days else None


def _zone(name: str) -> ZoneInfo:
    try:
        if not name or name != name.strip():
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise SeriesError(Problem.BAD_ZONE, f"'{name}' is not a time zone Runde knows (for example "
                          f"{DEFAULT_ZONE})", zone=name) from None


def local_start(day: date, at: time, zone: ZoneInfo) -> datetime:
    """``day`` at ``at`` on the wall clock of ``zone``. A time that does not exist that day (in the hour
    the clocks jump forward) becomes the same moment after the jump; one that happens twice (the hour
    they go back) is the first of the two."""
    naive = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    return naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)


def _horizon(series: Series) -> date:
    """The last date the cadence is ever asked about: the end, or MAX_SPAN_YEARS after the start."""
    far = add_months(series.start, 12 * MAX_SPAN_YEARS)
    return min(series.end, far) if series.end is not None else far


def _first_weekly(series: Series) -> date:
    return series.start + timedelta(days=(series.cadence.weekday - series.start.weekday()) % 7)


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def regular_dates(series: Series, lo: date, hi: date, *, beyond_end: bool = False) -> Iterator[date]:
    """The dates the cadence gives between ``lo`` and ``hi`` (both included), within the series' start
    and end (``beyond_end``: not stopped by the end), oldest first; moves and cancellations are not
    applied."""
    lo = max(lo, series.start)
    hi = min(hi, _horizon(replace(series, end=None) if beyond_end else series))
    if lo > hi:
        return
    cad = series.cadence
    if cad.kind is CadenceKind.BY_HAND:
        yield from (d for d in sorted(set(cad.dates)) if lo <= d <= hi)
    elif cad.kind is CadenceKind.WEEKLY:
        first, step = _first_weekly(series), 7 * cad.interval
        k = max(0, -(-(lo - first).days // step))
        d = first + timedelta(days=k * step)
        while d <= hi:
            yield d
            d += timedelta(days=step)
    else:
        base = _month_index(series.start)
        k = max(0, -(-(_month_index(lo) - base) // cad.interval))
        while True:
            year, month = divmod(base + k * cad.interval, 12)
            if date(year, month + 1, 1) > hi:
                return
            found = nth_weekday(year, month + 1, cad.weekday, cad.nth)
            if found is not None and lo <= found <= hi:  # a month without a 5th Tuesday is skipped
                yield found
            k += 1


def is_regular(series: Series, d: date) -> bool:
    """True if the cadence puts a meeting on ``d`` (before any move or cancellation)."""
    if not series.start <= d <= _horizon(series):
        return False
    cad = series.cadence
    if cad.kind is CadenceKind.BY_HAND:
        return d in cad.dates
    if cad.kind is CadenceKind.WEEKLY:
        delta = (d - _first_weekly(series)).days
        return delta >= 0 and delta % (7 * cad.interval) == 0
    steps = _month_index(d) - _month_index(series.start)
    return steps % cad.interval == 0 and nth_weekday(d.year, d.month, cad.weekday, cad.nth) == d


def _as_date(value: date | datetime, zone: ZoneInfo) -> date:
    if isinstance(value, datetime):
        return value.astimezone(zone).date() if value.tzinfo else value.date()
    return value


def _occurrence(series: Series, zone: ZoneInfo, regular: date, day: date, at: time, *,
                moved: bool = False, cancelled: bool = False) -> Occurrence:
    start = local_start(day, at, zone)
    end = (start.astimezone(UTC) + timedelta(minutes=series.duration_min)).astimezone(zone)
    people = tuple(m.name for m in series.roster if m.takes_part(day, series.start))
    return Occurrence(regular, start, end, people, moved=moved, cancelled=cancelled)


def occurrences(series: Series, start: date | datetime, end: date | datetime, *,
                include_cancelled: bool = False) -> list[Occurrence]:
    """The meetings held between ``start`` and ``end`` (local dates, both included), oldest first.

    Moved meetings appear on their new date and time; cancelled ones are left out unless
    ``include_cancelled`` (then on their regular date, marked). Who takes part is worked out for the
    day each meeting is actually held.
    """
    zone = series.tz()
    lo, hi = _as_date(start, zone), _as_date(end, zone)
    changes = {c.original: c for c in series.changes}
    out: list[Occurrence] = []
    for d in regular_dates(series, lo, hi):
        change = changes.get(d)
        if change is None:
            out.append(_occurrence(series, zone, d, d, series.time_of_day))
        elif change.cancelled and include_cancelled:
            out.append(_occurrence(series, zone, d, d, series.time_of_day, cancelled=True))
    for change in changes.values():
        if not change.cancelled and lo <= change.target <= hi and is_regular(series, change.original):
            out.append(_occurrence(series, zone, change.original, change.target,
                                   change.new_time or series.time_of_day, moved=True))
    out.sort(key=lambda o: (o.start, o.regular_date))
    return out


def upcoming(series: Series, now: datetime, count: int = 3) -> list[Occurrence]:
    """The meeting going on at ``now`` (aware) and the next ones, ``count`` in all, soonest first."""
    zone = series.tz()
    today = now.astimezone(zone).date()
    last = max(today, _horizon(series))
    span = 62
    while True:
        found = [o for o in occurrences(series, today - timedelta(days=1), today + timedelta(days=span))
                 if o.end > now]
        if len(found) >= count or today + timedelta(days=span) >= last:
            return found[:count]
        span *= 4


def next_occurrence(series: Series, now: datetime) -> Occurrence | None:
    """The meeting going on at ``now`` (aware), or else the next one; None if there are no more."""
    found = upcoming(series, now, 1)
    return found[0] if found else None


def occurrence_on(series: Series, day: date) -> Occurrence | None:
    """The meeting held on ``day`` (a local date), if there is one."""
    found = occurrences(series, day, day)
    return found[0] if found else None


# -- validation --------------------------------------------------------------------------------------

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
    if next(regular_dates(series, series.start, _horizon(series)), None) is None:
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


def _check_changes(series: Series) -> list[SeriesError]:
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
            out += _check_changes(series)
    out += _check_roster(series)
    return out


def validate(series: Series) -> Series:
    """``series`` if it can be used; otherwise raises the first of its :func:`problems`."""
    found = problems(series)
    if found:
        raise found[0]
    return series


# -- editing ------------------------------------------------------------------------------------------

def _without_change(series: Series, original: date) -> tuple[Change, ...]:
    return tuple(c for c in series.changes if c.original != original)


def move(series: Series, original: date, new_date: date | None = None,
         new_time: time | None = None) -> Series:
    """The meeting the cadence puts on ``original`` held on ``new_date`` and/or at ``new_time`` instead
    (a move back to its own date and time removes the change).

    Raises:
        SeriesError: there is no such meeting, the new date is outside the series, or another meeting
            is held that day.
    """
    if new_date == original:
        new_date = None
    if new_time == series.time_of_day:
        new_time = None
    rest = _without_change(series, original)
    if new_date is None and new_time is None:
        changed = replace(series, changes=rest)
    else:
        changed = replace(series, changes=(*rest, Change(original, new_date=new_date, new_time=new_time)))
    _raise_change_problem(changed, original)
    return changed


def cancel(series: Series, original: date) -> Series:
    """The meeting the cadence puts on ``original`` is not held."""
    changed = replace(series, changes=(*_without_change(series, original), Change(original, cancelled=True)))
    _raise_change_problem(changed, original)
    return changed


def restore(series: Series, original: date) -> Series:
    """Undo a move or a cancellation: the meeting is back where the cadence puts it.

    Raises:
        SeriesError: a meeting moved meanwhile onto that date (move it first).
    """
    changed = replace(series, changes=_without_change(series, original))
    _raise_change_problem(changed, None)
    return changed


def _raise_change_problem(series: Series, original: date | None) -> None:
    """Raise the problem the latest edit caused (one about ``original`` first)."""
    found = _check_changes(series)
    mine = [p for p in found if original is not None and p.params.get("date") == original]
    if found:
        raise (mine + found)[0]


# -- a mini-circle's lifetime ----------------------------------------------------------------------

def review_date(series: Series) -> date | None:
    """When a mini-circle asks "extend or dissolve?": a month (:func:`month_of_weeks`) after it started,
    and a month after each decision to extend it, however late that decision came. None for other
    series and for a dissolved mini-circle."""
    if series.kind is not SeriesKind.MINI_CIRCLE or series.dissolved:
        return None
    extended = [d.on for d in series.decisions if d.choice is Choice.EXTEND]
    return month_of_weeks(extended[-1] if extended else series.start)[1] + timedelta(days=1)


def review_due(series: Series, today: date) -> bool:
    """True if the mini-circle should be asked "extend or dissolve?" now."""
    due = review_date(series)
    return due is not None and today >= due


def decide(series: Series, choice: Choice, on: date) -> Series:
    """Record a mini-circle's answer. Extending gives it another month (:func:`month_of_weeks`, if it
    has an end): from the day after its end, or from ``on`` when the answer came after that (the dates
    it did not meet while it waited are kept as cancelled, so no calendar shows them as held);
    dissolving ends it on ``on`` (no meetings after that day).

    Raises:
        SeriesError: ``series`` is not a mini-circle.
    """
    if series.kind is not SeriesKind.MINI_CIRCLE:
        raise SeriesError(Problem.NOT_A_MINI_CIRCLE, "Only a mini-circle is extended or dissolved")
    decisions = (*series.decisions, Decision(on, choice))
    if choice is Choice.DISSOLVE:
        end = max(series.start, on if series.end is None else min(series.end, on))
        return replace(series, decisions=decisions, end=end)
    if series.end is None:
        return replace(series, decisions=decisions)
    after_end = series.end + timedelta(days=1)
    missed = tuple(Change(d, cancelled=True)
                   for d in regular_dates(series, after_end, on - timedelta(days=1), beyond_end=True)
                   if series.change_for(d) is None)
    return replace(series, decisions=decisions, end=month_of_weeks(max(after_end, on))[1],
                   changes=(*series.changes, *missed))


# -- JSON (the ``rule`` column) -----------------------------------------------------------------------

def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def series_to_json(s: Series) -> dict[str, Any]:
    """Everything about a series except its team and format (those are columns of their own)."""
    return {
        "schema": SCHEMA, "uid": s.uid, "kind": s.kind.value, "name": s.name,
        "cadence": {"kind": s.cadence.kind.value, "interval": s.cadence.interval,
                    "weekday": s.cadence.weekday, "nth": s.cadence.nth,
                    "dates": [d.isoformat() for d in s.cadence.dates]},
        "start": s.start.isoformat(), "end": _iso(s.end),
        "time": s.time_of_day.isoformat(timespec="minutes"), "duration_min": s.duration_min,
        "zone": s.zone,
        "roster": [{"name": m.name, "joined": m.joined.isoformat(), "left": _iso(m.left)} for m in s.roster],
        "changes": [{"date": c.original.isoformat(), "cancelled": c.cancelled, "new_date": _iso(c.new_date),
                     "new_time": c.new_time.isoformat(timespec="minutes") if c.new_time else None}
                    for c in s.changes],
        "parent": s.parent_id,
        "decisions": [{"on": d.on.isoformat(), "choice": d.choice.value} for d in s.decisions],
        "revision": s.revision,
    }


class _Reader:
    """Strict reading of stored JSON: a wrong field names itself."""

    def fail(self, where: str, why: str) -> SeriesError:
        return SeriesError(Problem.DAMAGED, f"The stored series is damaged at '{where}': {why}",
                           where=where, why=why)

    def obj(self, value: object, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected an object")
        return value

    def items(self, value: object, where: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(where, "expected a list")
        return value

    def integer(self, value: object, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, "expected a whole number")
        return value

    def day(self, value: object, where: str) -> date:
        try:
            return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else _no(value)
        except ValueError:
            raise self.fail(where, "expected a date like 2026-03-10") from None

    def maybe_day(self, value: object, where: str) -> date | None:
        return None if value is None else self.day(value, where)

    def clock(self, value: object, where: str) -> time:
        try:
            return time.fromisoformat(value) if isinstance(value, str) else _no(value)
        except ValueError:
            raise self.fail(where, "expected a time like 09:15") from None

    def enum(self, kind: type[StrEnum], value: object, where: str) -> Any:
        try:
            return kind(str(value)) if isinstance(value, str) else _no(value)
        except ValueError:
            raise self.fail(where, "expected one of " + ", ".join(k.value for k in kind)) from None

    def text(self, value: object, where: str) -> str:
        if not isinstance(value, str):
            raise self.fail(where, "expected text")
        return value[:MAX_NAME]


def _no(value: object) -> Any:
    raise ValueError(value)


def series_from_json(format_id: str, data: object) -> Series:
    """A stored series back as data, checked like a new one.

    Raises:
        SeriesError: a field is missing or of the wrong kind (``Problem.DAMAGED``, naming the field), or
            the series breaks one of the rules :func:`problems` checks.
    """
    r = _Reader()
    d = r.obj(data, "rule")
    if d.get("schema") != SCHEMA:
        raise r.fail("schema", f"expected {SCHEMA} (written by a newer Runde?)")
    c = r.obj(d.get("cadence"), "cadence")
    cadence = Cadence(r.enum(CadenceKind, c.get("kind"), "cadence.kind"),
                      interval=r.integer(c.get("interval", 1), "cadence.interval"),
                      weekday=r.integer(c.get("weekday", 1), "cadence.weekday"),
                      nth=r.integer(c.get("nth", 1), "cadence.nth"),
                      dates=tuple(sorted({r.day(x, f"cadence.dates[{i}]")
                                          for i, x in enumerate(r.items(c.get("dates"), "cadence.dates"))})))
    roster = tuple(Member(r.text(m.get("name"), f"roster[{i}].name"),
                          r.day(m.get("joined"), f"roster[{i}].joined"),
                          r.maybe_day(m.get("left"), f"roster[{i}].left"))
                   for i, m in ((i, r.obj(x, f"roster[{i}]"))
                                for i, x in enumerate(r.items(d.get("roster"), "roster"))))
    changes = tuple(Change(r.day(x.get("date"), f"changes[{i}].date"), bool(x.get("cancelled")),
                           r.maybe_day(x.get("new_date"), f"changes[{i}].new_date"),
                           None if x.get("new_time") is None
                           else r.clock(x.get("new_time"), f"changes[{i}].new_time"))
                    for i, x in ((i, r.obj(y, f"changes[{i}]"))
                                 for i, y in enumerate(r.items(d.get("changes"), "changes"))))
    decisions = tuple(Decision(r.day(x.get("on"), f"decisions[{i}].on"),
                               r.enum(Choice, x.get("choice"), f"decisions[{i}].choice"))
                      for i, x in ((i, r.obj(y, f"decisions[{i}]"))
                                   for i, y in enumerate(r.items(d.get("decisions"), "decisions"))))
    parent = d.get("parent")
    uid = d.get("uid")
    revision = r.integer(d.get("revision", 0), "revision")
    series = Series(
        format_id=format_id, cadence=cadence, start=r.day(d.get("start"), "start"),
        end=r.maybe_day(d.get("end"), "end"), time_of_day=r.clock(d.get("time"), "time"),
        duration_min=r.integer(d.get("duration_min"), "duration_min"),
        zone=r.text(d.get("zone", DEFAULT_ZONE), "zone"), kind=r.enum(SeriesKind, d.get("kind"), "kind"),
        name=r.text(d.get("name", ""), "name"), roster=roster, changes=changes,
        parent_id=None if parent is None else r.integer(parent, "parent"), decisions=decisions,
        uid=r.text(uid, "uid") if uid else uuid.uuid4().hex, revision=max(0, revision))
    return validate(series)


# -- a new series ---------------------------------------------------------------------------------------

_KINDS = {"mini-circle": SeriesKind.MINI_CIRCLE, "learning-circle": SeriesKind.LEARNING_CIRCLE,
          "digital-learning-circle": SeriesKind.LEARNING_CIRCLE,
          "challenge-circle": SeriesKind.CHALLENGE_CIRCLE}


def kind_for_format(format_id: str) -> SeriesKind:
    """What kind of series a format's meetings usually make."""
    return _KINDS.get(format_id, SeriesKind.TEAM)


# the time zone of the language's country, for a computer that names none (docs/FORMATS.md)
LANGUAGE_ZONES = {"da": "Europe/Copenhagen", "nb": "Europe/Oslo", "nn": "Europe/Oslo", "no": "Europe/Oslo",
                  "sv": "Europe/Stockholm", "fi": "Europe/Helsinki", "is": "Atlantic/Reykjavik",
                  "fo": "Atlantic/Faroe", "kl": "America/Nuuk"}


def zone_for_new_series(system_zones: Sequence[str], lang: str) -> str:
    """The time zone a new series starts in: the computer's (the first of ``system_zones`` Runde knows
    as a place; "UTC" and the ``Etc/`` zones, which a computer without a set zone reports, are no
    place), else the one of the language's country, else :data:`DEFAULT_ZONE`."""
    for raw in system_zones:
        name = (raw or "").strip()
        if not name or name.upper() in ("UTC", "GMT", "Z", "UCT") or name.startswith("Etc/"):
            continue
        try:
            _zone(name)
        except SeriesError:
            continue
        return name
    return LANGUAGE_ZONES.get(lang.split("_", maxsplit=1)[0].split("-", maxsplit=1)[0].lower(), DEFAULT_ZONE)


def suggested_series(format_id: str, start: date, duration_min: int = 0, zone: str = DEFAULT_ZONE) -> Series:
    """A first series for a format, in the rhythm its source gives (docs/FORMATS.md, F1, F3-F6); every value
    can be changed. ``duration_min`` 0: the format's own length (30 min, or 135 for the digital circle).

    - systematic learning meeting: every other week ("hver anden uge"), half an hour;
    - mini-circle: every week for one month ("½ time i uken", "opprettes for en måned"), counted as
      people count a month of weekly meetings (:func:`month_of_weeks`: four meetings);
    - digital learning circle: the 2nd Tuesday of each month, 09:15-11:30;
    - learning circle: towards the end of each two-month mini-circle period (the last weekday of every
      second month) [derived]; challenge circle: every other week [proposal, "regelmessig"].
    """
    kind = kind_for_format(format_id)
    weekday = start.weekday()
    end: date | None = None
    at, minutes = time(9, 0), duration_min or 30
    if format_id == "digital-learning-circle":
        cadence, at, minutes = Cadence.monthly(2, 1), time(9, 15), duration_min or 135
    elif format_id == "learning-circle":
        cadence = Cadence.monthly(LAST, weekday, every=2)
    elif kind is SeriesKind.MINI_CIRCLE:
        cadence, end = Cadence.weekly(weekday), month_of_weeks(start)[1]
    elif format_id in ("systematic-learning-meeting", "challenge-circle"):
        cadence = Cadence.weekly(weekday, every=2)
    else:
        cadence = Cadence.weekly(weekday)
    return Series(format_id, cadence, start, end, at, minutes, zone, kind=kind)
