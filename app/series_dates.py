"""The calendar arithmetic of a series: the dates its cadence gives, the meetings held (moved and
cancelled ones applied, who takes part on each day), and the next ones. Pure functions, no clock: the
caller passes "now"; every meeting has an aware local start, so a meeting at 09:15 stays at 09:15 on
the wall clock across the daylight-saving changes."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.series import LAST, MAX_SPAN_YEARS, MONTH_WEEKS, CadenceKind, Occurrence, Series


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



def local_start(day: date, at: time, zone: ZoneInfo) -> datetime:
    """``day`` at ``at`` on the wall clock of ``zone``. A time that does not exist that day (in the hour
    the clocks jump forward) becomes the same moment after the jump, unless that is already the next
    day (Nuuk jumps from 23:00 on a Saturday): then the moment before the jump, so the meeting keeps
    its day. A time that happens twice (the hour they go back) is the first of the two."""
    naive = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    after = naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
    if after.date() == day:
        return after
    return naive.replace(tzinfo=zone, fold=1).astimezone(UTC).astimezone(zone)


def horizon(series: Series) -> date:
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
    hi = min(hi, horizon(replace(series, end=None) if beyond_end else series))
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
    if not series.start <= d <= horizon(series):
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
    last = max(today, horizon(series))
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



def meetings_ahead(series: Series, now: datetime, limit: int, months: int = 24) -> list[Occurrence]:
    """The meetings from the one going on at ``now`` (aware) on, at most ``limit`` and ``months`` ahead,
    the cancelled ones among them included (on their regular date, marked): what the series window
    lists to move or cancel."""
    first = next_occurrence(series, now)
    lo = first.day if first else series.start
    today = now.astimezone(series.tz()).date()  # a cancelled meeting before the next held one is listed too
    since = min(lo, first.regular_date, max(today, series.start)) if first else lo
    return [o for o in occurrences(series, since, add_months(lo, months), include_cancelled=True)
            if o.end > now][:limit]
