"""Meeting series as data (docs/FORMATS.md, F3-F6 and decision 9): a team's or a circle's cadence, its
roster with join dates, moved and cancelled dates, a parent circle, and a mini-circle's decisions.

Plain data, no Qt and no clock. Dates of a series are local dates in its time zone. The rest of the
series lives beside it: the calendar arithmetic in :mod:`app.series_dates`, the rules in
:mod:`app.series_checks`, moves and cancellations in :mod:`app.series_edits`, a mini-circle's "extend or
dissolve?" in :mod:`app.series_lifecycle`, the stored JSON in :mod:`app.series_json` and a new series'
suggested rhythm in :mod:`app.series_new`.

Problems are :class:`SeriesError` with a :class:`Problem` code and the values it names (``params``),
so the interface can say them in the user's language; ``str()`` is a plain English sentence.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
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
        return zone_info(self.zone)

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


def zone_info(name: str) -> ZoneInfo:
    """The time zone called ``name`` (raises :class:`SeriesError` for one Runde does not know)."""
    try:
        if not name or name != name.strip():
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise SeriesError(Problem.BAD_ZONE, f"'{name}' is not a time zone Runde knows (for example "
                          f"{DEFAULT_ZONE})", zone=name) from None

