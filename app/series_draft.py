"""The series being edited, as the series window's form holds it: every field as the user left it,
and the :class:`~app.series.Series` it makes. No Qt: the window reads its fields into a
:class:`SeriesDraft` and shows a draft back (:func:`draft_of`); what a draft makes is checked by
:func:`app.series_checks.problems` before it is stored.

Also the form's small pieces of judgement: whether an end follows the start when the start moves
(:func:`end_follows_start`, :func:`moved_end`), and the first end offered when "Ends" is ticked
(:func:`first_end`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from app.series import Cadence, CadenceKind, Member, Series, SeriesError, SeriesKind
from app.series_dates import add_months, is_regular, month_of_weeks

FIRST_END_MONTHS = 6  # "Ends" ticked: a first end half a year on (a month of meetings for a mini-circle)
FOLLOWING_MONTHS = 12 * 10  # an end whole months after the start (up to this many) follows the start


@dataclass(frozen=True)
class SeriesDraft:
    """What the form says: each field as it is, before it is made into a series.

    The weekly and the monthly fields are both kept (the form keeps both pages); ``cadence`` says
    which one counts. ``parent_id`` None is "no parent circle"; ``roster`` is the names as typed with
    the day each joined.
    """

    format_id: str  # "": the series' own
    kind: SeriesKind | None  # None: the series' own
    name: str
    cadence: CadenceKind
    every_weeks: int
    weekly_day: int
    nth: int
    monthly_day: int
    every_months: int
    hand_dates: tuple[date, ...]
    start: date
    ends: bool
    end: date
    time_of_day: time
    duration_min: int
    zone: str
    parent_id: int | None
    roster: tuple[tuple[str, date | None], ...]  # no date: joined when the series began


def draft_of(series: Series) -> SeriesDraft:
    """The form filled in for ``series`` (a field the cadence does not use shows its default)."""
    cad = series.cadence
    return SeriesDraft(
        format_id=series.format_id, kind=series.kind, name=series.name, cadence=cad.kind,
        every_weeks=cad.interval if cad.kind is CadenceKind.WEEKLY else 1, weekly_day=cad.weekday,
        nth=cad.nth, monthly_day=cad.weekday,
        every_months=cad.interval if cad.kind is CadenceKind.MONTHLY else 1,
        hand_dates=cad.dates, start=series.start, ends=series.end is not None,
        end=series.end or series.start, time_of_day=series.time_of_day, duration_min=series.duration_min,
        zone=series.zone, parent_id=series.parent_id, roster=tuple((m.name, m.joined) for m in series.roster))


def _one_line(text: str) -> str:
    """Spaces as one: "  Anna   Berg " is "Anna Berg"."""
    return " ".join(text.split())


def cadence_of(draft: SeriesDraft) -> Cadence:
    """The rhythm the form's chosen page says."""
    if draft.cadence is CadenceKind.WEEKLY:
        return Cadence.weekly(draft.weekly_day, draft.every_weeks)
    if draft.cadence is CadenceKind.MONTHLY:
        return Cadence.monthly(draft.nth, draft.monthly_day, draft.every_months)
    return Cadence.by_hand(draft.hand_dates)


def series_of(draft: SeriesDraft, base: Series) -> Series:
    """The series the form makes of ``base`` (the one being edited: its uid, changes and decisions
    stay). Names and the series' name are taken with their spaces tidied; moves and cancellations that
    no longer fit the rhythm are dropped. The result is not checked: see
    :func:`app.series_checks.problems`."""
    s = replace(base, format_id=draft.format_id or base.format_id, kind=draft.kind or base.kind,
                name=_one_line(draft.name), cadence=cadence_of(draft), start=draft.start,
                end=draft.end if draft.ends else None, time_of_day=draft.time_of_day,
                duration_min=draft.duration_min, zone=draft.zone.strip(),
                roster=tuple(Member(_one_line(name), joined or base.start) for name, joined in draft.roster),
                parent_id=draft.parent_id)
    try:
        return replace(s, changes=tuple(c for c in s.changes if is_regular(s, c.original)))
    except SeriesError:  # e.g. an unknown zone: reported by problems()
        return s


def end_follows_start(start: date, end: date | None) -> bool:
    """Whether an end is one Runde would have suggested (whole weeks, or whole months, up to the day
    before): then it moves with the start; any other end is the user's and stays."""
    if end is None or end < start:
        return False
    if ((end - start).days + 1) % 7 == 0:
        return True
    return any(add_months(start, n) - timedelta(days=1) == end for n in range(1, FOLLOWING_MONTHS + 1))


def moved_end(old_start: date, new_start: date, end: date) -> date:
    """An end that follows the start, after the start moved: the length kept."""
    return end + (new_start - old_start)


def first_end(start: date, *, mini_circle: bool) -> date:
    """The end offered when the user says the series ends: a month of meetings for a mini-circle
    (:func:`app.series_dates.month_of_weeks`), else half a year."""
    if mini_circle:
        return month_of_weeks(start)[1]
    return add_months(start, FIRST_END_MONTHS) - timedelta(days=1)
