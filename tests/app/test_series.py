"""Meeting series: cadences over many years, Nordic daylight saving, moves, rosters, lifecycles, and the
digital learning circle of F6's source (docs/FORMATS.md, F6) reproduced."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.series import (
    LAST,
    NORDIC_ZONES,
    Cadence,
    CadenceKind,
    Change,
    Choice,
    Member,
    Problem,
    Series,
    SeriesError,
    SeriesKind,
)
from app.series_checks import problems, validate
from app.series_dates import (
    add_months,
    is_regular,
    month_of_weeks,
    next_occurrence,
    nth_weekday,
    occurrence_on,
    occurrences,
    upcoming,
)
from app.series_edits import cancel, move, restore
from app.series_json import series_from_json, series_to_json
from app.series_lifecycle import decide, review_date, review_due
from app.series_new import suggested_series, zone_for_new_series

TUESDAY, FRIDAY, MONDAY = 1, 4, 0
OSLO = ZoneInfo("Europe/Oslo")
CPH = ZoneInfo("Europe/Copenhagen")


# -- the source's digital learning circle (docs/FORMATS.md, F6) ------------------------------------------

def digital_circle() -> Series:
    """"to timer hver måned, primært 2. tirsdag i måneden fra kl. 09.15-11.30", May-October 2021, on
    Zoom (Norway); no July meeting; 24 August instead of the 2nd Tuesday (10 August)."""
    s = Series("digital-learning-circle", Cadence.monthly(2, TUESDAY), date(2021, 5, 11), date(2021, 10, 31),
               time(9, 15), 135, "Europe/Oslo", kind=SeriesKind.LEARNING_CIRCLE,
               roster=(Member("Anders", date(2021, 4, 20)), Member("Marianne", date(2021, 4, 20)),
                       Member("Kari", date(2021, 5, 20)),  # signed up after the first meeting
                       Member("Per", date(2021, 6, 8)),  # signed up on the day of the June meeting
                       Member("Siri", date(2021, 8, 12))))  # after 10 August, before the moved meeting
    s = cancel(s, date(2021, 7, 13))
    return move(s, date(2021, 8, 10), date(2021, 8, 24))


def test_digital_circle_dates_from_the_source() -> None:
    s = digital_circle()
    got = occurrences(s, s.start, date(2021, 9, 30))
    assert [o.day for o in got] == [date(2021, 5, 11), date(2021, 6, 8), date(2021, 8, 24), date(2021, 9, 14)]
    for o in got:
        assert o.start.weekday() == TUESDAY
        assert (o.start.hour, o.start.minute, o.end.hour, o.end.minute) == (9, 15, 11, 30)  # 135 min
        assert o.start.utcoffset() == timedelta(hours=2)  # Norwegian summer time
    assert [o.moved for o in got] == [False, False, True, False]
    assert got[2].regular_date == date(2021, 8, 10)  # the 2nd Tuesday it replaces
    assert nth_weekday(2021, 8, TUESDAY, 4) == date(2021, 8, 24)  # the 4th Tuesday (docs/FORMATS.md, F6)
    assert all(nth_weekday(o.day.year, o.day.month, TUESDAY, 2) == o.day for o in got if not o.moved)
    assert [o.day for o in occurrences(s, s.start, s.end)][-1] == date(2021, 10, 12)
    cancelled = [o for o in occurrences(s, s.start, s.end, include_cancelled=True) if o.cancelled]
    assert [o.day for o in cancelled] == [date(2021, 7, 13)]  # no July meeting


def test_digital_circle_newcomers_join_from_the_following_meeting() -> None:
    people = {o.day: o.participants for o in occurrences(digital_circle(), date(2021, 1, 1),
                                                          date(2021, 12, 31))}
    assert people[date(2021, 5, 11)] == ("Anders", "Marianne")
    assert people[date(2021, 6, 8)] == ("Anders", "Marianne", "Kari")
    assert "Per" not in people[date(2021, 6, 8)]  # joined that day: from the next one (July was cancelled)
    assert people[date(2021, 8, 24)] == ("Anders", "Marianne", "Kari", "Per", "Siri")  # the moved meeting
    assert people[date(2021, 10, 12)] == ("Anders", "Marianne", "Kari", "Per", "Siri")


def test_digital_circle_next_meeting_and_the_day_itself() -> None:
    s = digital_circle()
    assert next_occurrence(s, datetime(2021, 8, 10, 8, 0, tzinfo=OSLO)).day == date(2021, 8, 24)  # type: ignore[union-attr]
    during = next_occurrence(s, datetime(2021, 8, 24, 10, 0, tzinfo=OSLO))
    assert during is not None and during.day == date(2021, 8, 24)  # still going on
    after = next_occurrence(s, datetime(2021, 8, 24, 11, 31, tzinfo=OSLO))
    assert after is not None and after.day == date(2021, 9, 14)
    assert next_occurrence(s, datetime(2021, 10, 12, 12, 0, tzinfo=OSLO)) is None  # the series is over
    assert occurrence_on(s, date(2021, 8, 10)) is None
    assert occurrence_on(s, date(2021, 8, 24)) is not None
    assert [o.day for o in upcoming(s, datetime(2021, 6, 1, tzinfo=UTC), 3)] == [
        date(2021, 6, 8), date(2021, 8, 24), date(2021, 9, 14)]


def test_digital_circle_survives_storage_as_json() -> None:
    s = digital_circle()
    assert series_from_json(s.format_id, series_to_json(s)) == s


# -- cadences --------------------------------------------------------------------------------------------

def test_every_other_week_as_the_learning_meeting_source_says() -> None:
    s = Series("slm", Cadence.weekly(TUESDAY, every=2), date(2026, 3, 4), date(2026, 4, 30), time(14, 0))
    days = [o.day for o in occurrences(s, s.start, s.end)]
    assert days == [date(2026, 3, 10), date(2026, 3, 24), date(2026, 4, 7), date(2026, 4, 21)]


def test_fifth_tuesday_skips_months_without_one() -> None:
    s = Series("x", Cadence.monthly(5, TUESDAY), date(2026, 1, 1), date(2026, 12, 31))
    assert validate(s) is s
    days = [o.day for o in occurrences(s, s.start, s.end)]
    assert days == [date(2026, 3, 31), date(2026, 6, 30), date(2026, 9, 29), date(2026, 12, 29)]


def test_last_friday_and_every_second_month() -> None:
    s = Series("x", Cadence.monthly(LAST, FRIDAY, every=2), date(2026, 1, 15), date(2026, 12, 31))
    days = [o.day for o in occurrences(s, s.start, s.end)]
    assert days == [date(2026, 1, 30), date(2026, 3, 27), date(2026, 5, 29), date(2026, 7, 31),
                    date(2026, 9, 25), date(2026, 11, 27)]


def test_a_month_whose_meeting_falls_before_the_start_is_skipped() -> None:
    s = Series("x", Cadence.monthly(1, MONDAY), date(2026, 3, 10), date(2026, 5, 31))
    assert [o.day for o in occurrences(s, s.start, s.end)] == [date(2026, 4, 6), date(2026, 5, 4)]


def test_by_hand_dates() -> None:
    s = Series("x", Cadence.by_hand([date(2026, 5, 5), date(2026, 3, 3), date(2026, 3, 3)]), date(2026, 3, 1))
    assert [o.day for o in occurrences(s, s.start, date(2027, 1, 1))] == [date(2026, 3, 3), date(2026, 5, 5)]


def test_window_in_the_middle_of_a_long_series_and_datetimes_as_bounds() -> None:
    s = Series("x", Cadence.weekly(MONDAY), date(2001, 1, 1))
    got = occurrences(s, datetime(2080, 6, 1, 12, tzinfo=UTC), date(2080, 6, 30))
    assert [o.day for o in got] == [date(2080, 6, 3), date(2080, 6, 10), date(2080, 6, 17), date(2080, 6, 24)]


# -- daylight saving in the Nordic zones -----------------------------------------------------------------

def test_wall_clock_time_stays_across_both_changes() -> None:
    s = Series("x", Cadence.weekly(TUESDAY), date(2026, 3, 17), date(2026, 11, 3), time(9, 15), 30)
    got = occurrences(s, s.start, s.end)
    assert all((o.start.hour, o.start.minute) == (9, 15) for o in got)
    utc_hours = {o.day: o.start.astimezone(UTC).hour for o in got}
    assert utc_hours[date(2026, 3, 24)] == 8 and utc_hours[date(2026, 3, 31)] == 7  # summer time from 29 Mar
    assert utc_hours[date(2026, 10, 20)] == 7 and utc_hours[date(2026, 10, 27)] == 8  # back on 25 Oct
    assert all(o.end - o.start == timedelta(minutes=30) for o in got)


def test_a_time_the_clocks_skip_and_one_they_repeat() -> None:
    spring, autumn = date(2026, 3, 29), date(2026, 10, 25)
    s = Series("x", Cadence.by_hand([spring, autumn]), spring, autumn, time(2, 30), 60)
    first, second = occurrences(s, spring, autumn)
    assert (first.start.hour, first.start.minute) == (3, 30)  # 02:30 does not exist: the same moment after
    assert first.start.utcoffset() == timedelta(hours=2)
    assert (second.start.hour, second.start.minute) == (2, 30)  # happens twice: the first of the two
    assert second.start.utcoffset() == timedelta(hours=2)
    assert second.end.astimezone(UTC) - second.start.astimezone(UTC) == timedelta(hours=1)


def test_helsinki_is_an_hour_ahead_and_reykjavik_has_no_summer_time() -> None:
    hel = Series("x", Cadence.weekly(TUESDAY), date(2026, 3, 24), date(2026, 4, 1), time(9, 0),
                 zone="Europe/Helsinki")
    assert [o.start.astimezone(UTC).hour for o in occurrences(hel, hel.start, hel.end)] == [7, 6]
    rey = Series("x", Cadence.weekly(TUESDAY), date(2026, 3, 24), date(2026, 4, 1), time(9, 0),
                 zone="Atlantic/Reykjavik")
    assert [o.start.astimezone(UTC).hour for o in occurrences(rey, rey.start, rey.end)] == [9, 9]


# -- property-based: the recurrence rules over many years -------------------------------------------------

@st.composite
def cadences(draw: st.DrawFn) -> Cadence:
    kind = draw(st.sampled_from(list(CadenceKind)))
    weekday = draw(st.integers(0, 6))
    if kind is CadenceKind.WEEKLY:
        return Cadence.weekly(weekday, draw(st.integers(1, 52)))
    if kind is CadenceKind.MONTHLY:
        nth = draw(st.sampled_from([1, 2, 3, 4, 5, LAST]))
        return Cadence.monthly(nth, weekday, draw(st.integers(1, 12)))
    return Cadence.by_hand(draw(st.lists(st.dates(date(2000, 1, 1), date(2040, 12, 31)), min_size=1,
                                         max_size=40)))


@st.composite
def series_st(draw: st.DrawFn) -> Series:
    cad = draw(cadences())
    if cad.kind is CadenceKind.BY_HAND:
        start = draw(st.dates(date(1999, 1, 1), min(cad.dates)))
        end = draw(st.one_of(st.none(), st.dates(max(cad.dates), date(2041, 1, 1))))
    else:
        start = draw(st.dates(date(2000, 1, 1), date(2090, 12, 31)))
        end = draw(st.one_of(st.none(), st.integers(0, 40 * 366).map(lambda n: start + timedelta(days=n))))
    at = time(draw(st.integers(0, 23)), draw(st.sampled_from([0, 5, 15, 30, 45, 59])))
    s = Series("x", cad, start, end, at, draw(st.integers(1, 720)), draw(st.sampled_from(NORDIC_ZONES)))
    assume(not [p for p in problems(s) if p.problem is Problem.NEVER])
    return s


def _in_gap(day: date, at: time, zone: ZoneInfo) -> bool:
    """True if ``at`` does not exist on ``day`` in ``zone`` (the hour the clocks jump forward)."""
    naive = datetime.combine(day, at)
    there = naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    return there != naive


@settings(max_examples=300, deadline=None)
@given(series_st(), st.integers(1, 30))
def test_occurrences_obey_the_cadence(s: Series, years: int) -> None:
    assert validate(s) is s
    hi = s.end or add_months(s.start, 12 * years)
    beyond = hi + timedelta(days=40) if s.end else hi  # a bounded series is clipped at its end
    got = occurrences(s, s.start - timedelta(days=40), beyond)
    assume(got or s.end is None)  # an endless series may start its dates after the first years
    assert got or s.end is None, "a valid series has meetings"
    starts = [o.start for o in got]
    assert starts == sorted(starts)
    assert len({o.day for o in got}) == len(got)  # one meeting a day at most
    zone = s.tz()
    for o in got:
        assert s.start <= o.day <= hi
        assert is_regular(s, o.day) and o.regular_date == o.day and not o.moved
        assert o.start.tzinfo is not None
        assert o.start.utcoffset() == zone.utcoffset(o.start.replace(tzinfo=None))
        assert o.end.astimezone(UTC) - o.start.astimezone(UTC) == timedelta(minutes=s.duration_min)
        if not _in_gap(o.day, s.time_of_day, zone):  # the wall clock is the same all year
            assert (o.start.hour, o.start.minute) == (s.time_of_day.hour, s.time_of_day.minute)
        cad = s.cadence
        if cad.kind is not CadenceKind.BY_HAND:
            assert o.day.weekday() == cad.weekday
        if cad.kind is CadenceKind.MONTHLY:
            assert o.day == nth_weekday(o.day.year, o.day.month, cad.weekday, cad.nth)
            months = (o.day.year - s.start.year) * 12 + o.day.month - s.start.month
            assert months % cad.interval == 0
        if cad.kind is CadenceKind.BY_HAND:
            assert o.day in cad.dates
    if s.cadence.kind is CadenceKind.WEEKLY:  # none skipped: exactly N weeks apart
        assert {(b.day - a.day).days for a, b in zip(got, got[1:], strict=False)} <= {7 * s.cadence.interval}
        assert (got[0].day - s.start).days < 7
    if s.cadence.kind is CadenceKind.BY_HAND:
        assert [o.day for o in got] == [d for d in s.cadence.dates if d <= hi]


@settings(max_examples=150, deadline=None)
@given(series_st(), st.data())
def test_a_window_is_a_slice_of_the_whole_and_next_is_the_first_not_over(s: Series,
                                                                         data: st.DataObject) -> None:
    hi = s.end or add_months(s.start, 12 * 5)
    whole = occurrences(s, s.start, hi)
    a = data.draw(st.dates(s.start - timedelta(days=30), hi))
    b = data.draw(st.dates(a, hi + timedelta(days=30) if s.end else hi))
    assert occurrences(s, a, b) == [o for o in whole if a <= o.day <= b]
    now = datetime.combine(a, time(data.draw(st.integers(0, 23))), tzinfo=UTC)
    expected = next((o for o in whole if o.end > now), None)
    found = next_occurrence(s, now)
    if expected is not None or s.end is not None:
        assert found == expected


@settings(max_examples=150, deadline=None)
@given(series_st(), st.data())
def test_moves_and_cancellations_keep_meetings_sorted_and_one_a_day(s: Series, data: st.DataObject) -> None:
    hi = s.end or add_months(s.start, 12 * 3)
    regular = occurrences(s, s.start, hi)
    assume(regular)
    for _ in range(data.draw(st.integers(1, 6))):
        o = data.draw(st.sampled_from(regular))
        try:
            if data.draw(st.booleans()):
                s = cancel(s, o.regular_date)
            else:
                s = move(s, o.regular_date, data.draw(st.dates(s.start, hi)),
                         data.draw(st.one_of(st.none(), st.just(time(18, 0)))))
        except SeriesError as exc:
            assert exc.problem in {Problem.MOVE_COLLIDES, Problem.MOVE_OUTSIDE}
            assert str(exc)
    assert validate(s) is s
    got = occurrences(s, s.start, hi)
    assert [o.start for o in got] == sorted(o.start for o in got)
    assert len({o.day for o in got}) == len(got)
    cancelled = {c.original for c in s.changes if c.cancelled}
    assert not cancelled & {o.regular_date for o in got}
    moved = {c.original: c for c in s.changes if not c.cancelled}
    for o in got:
        if o.regular_date in moved:
            assert o.moved and o.day == moved[o.regular_date].target
    assert series_from_json(s.format_id, series_to_json(s)) == s


# -- what is refused, and how it is said ----------------------------------------------------------------

def _problem(s: Series) -> SeriesError:
    with pytest.raises(SeriesError) as info:
        validate(s)
    assert str(info.value)
    return info.value


def test_a_cadence_that_never_gives_a_date() -> None:
    err = _problem(Series("x", Cadence.monthly(5, TUESDAY), date(2022, 2, 1), date(2022, 2, 28)))
    assert err.problem is Problem.NEVER and "never" in str(err)
    monday_only = Series("x", Cadence.weekly(TUESDAY), date(2026, 3, 9), date(2026, 3, 9))
    assert _problem(monday_only).problem is Problem.NEVER
    assert _problem(Series("x", Cadence.by_hand([]), date(2026, 3, 9))).problem is Problem.NEVER


def test_a_series_ending_before_it_starts() -> None:
    err = _problem(Series("x", Cadence.weekly(TUESDAY), date(2026, 3, 9), date(2026, 3, 1)))
    assert err.problem is Problem.END_BEFORE_START
    assert "2026-03-01" in str(err) and "2026-03-09" in str(err)


@pytest.mark.parametrize(("cadence", "problem"), [
    (Cadence.weekly(TUESDAY, 0), Problem.BAD_INTERVAL),
    (Cadence.weekly(TUESDAY, -2), Problem.BAD_INTERVAL),
    (Cadence.weekly(TUESDAY, 53), Problem.BAD_INTERVAL),
    (Cadence.weekly(TUESDAY, 10**9), Problem.BAD_INTERVAL),
    (Cadence.monthly(2, TUESDAY, 13), Problem.BAD_INTERVAL),
    (Cadence.monthly(0, TUESDAY), Problem.BAD_NTH),
    (Cadence.monthly(6, TUESDAY), Problem.BAD_NTH),
    (Cadence.monthly(-2, TUESDAY), Problem.BAD_NTH),
    (Cadence.weekly(7), Problem.BAD_WEEKDAY),
    (Cadence.by_hand([date(2025, 1, 1)]), Problem.DATE_OUTSIDE),
])
def test_absurd_cadences(cadence: Cadence, problem: Problem) -> None:
    err = _problem(Series("x", cadence, date(2026, 1, 1), date(2026, 12, 31)))
    assert err.problem is problem


def test_other_absurd_values() -> None:
    base = Series("x", Cadence.weekly(TUESDAY), date(2026, 1, 1))
    from dataclasses import replace
    assert _problem(replace(base, duration_min=0)).problem is Problem.BAD_DURATION
    assert _problem(replace(base, duration_min=100_000)).problem is Problem.BAD_DURATION
    assert _problem(replace(base, zone="Mars/Olympus_Mons")).problem is Problem.BAD_ZONE
    assert _problem(replace(base, zone="")).problem is Problem.BAD_ZONE
    assert _problem(replace(base, zone="../../etc/passwd")).problem is Problem.BAD_ZONE
    assert _problem(replace(base, start=date(1, 1, 1))).problem is Problem.BAD_YEAR
    assert _problem(replace(base, end=date(2200, 1, 1))).problem is Problem.TOO_LONG
    assert _problem(replace(base, roster=(Member("Anna", date(2026, 1, 1)), Member("anna", date(2026, 2, 1))))
                    ).problem is Problem.NAME_TWICE
    assert _problem(replace(base, roster=(Member(" ", date(2026, 1, 1)),))).problem is Problem.NO_NAME
    assert _problem(replace(base, roster=(Member("Bo", date(2026, 2, 1), left=date(2026, 1, 1)),))
                    ).problem is Problem.LEFT_BEFORE_JOINED
    assert len(problems(replace(base, duration_min=0, zone="Nowhere"))) == 2  # every problem, not just one


def test_a_moved_meeting_landing_on_another_is_refused() -> None:
    s = Series("slm", Cadence.weekly(TUESDAY, every=2), date(2026, 3, 10), date(2026, 6, 30), time(14, 0))
    with pytest.raises(SeriesError) as info:
        move(s, date(2026, 3, 10), date(2026, 3, 24))
    err = info.value
    assert err.problem is Problem.MOVE_COLLIDES
    assert "2026-03-10" in str(err) and "2026-03-24" in str(err) and "first" in str(err)
    assert err.params == {"date": date(2026, 3, 10), "to": date(2026, 3, 24), "other": date(2026, 3, 24)}
    ok = move(s, date(2026, 3, 10), date(2026, 3, 12))  # another day of the same week is fine
    with pytest.raises(SeriesError) as again:
        move(ok, date(2026, 3, 24), date(2026, 3, 12))  # ... but not twice
    assert again.value.problem is Problem.MOVE_COLLIDES and again.value.params["other"] == date(2026, 3, 10)
    cancelled = cancel(s, date(2026, 3, 24))  # onto a cancelled date it may go
    moved = move(cancelled, date(2026, 3, 10), date(2026, 3, 24), time(9, 0))
    assert [(o.day, o.start.hour) for o in occurrences(moved, date(2026, 3, 1), date(2026, 3, 31))] == [
        (date(2026, 3, 24), 9)]
    with pytest.raises(SeriesError) as back:  # the cancelled one cannot come back onto the moved one
        restore(moved, date(2026, 3, 24))
    assert back.value.problem is Problem.MOVE_COLLIDES
    assert restore(moved, date(2026, 3, 10)).changes == (Change(date(2026, 3, 24), cancelled=True),)
    only_time = move(s, date(2026, 3, 24), new_time=time(15, 0))  # the same day, a later hour
    assert occurrence_on(only_time, date(2026, 3, 24)).start.hour == 15  # type: ignore[union-attr]
    assert move(only_time, date(2026, 3, 24), new_time=time(14, 0)).changes == ()


def test_moves_outside_the_series_or_of_no_meeting_are_refused() -> None:
    s = Series("slm", Cadence.weekly(TUESDAY, every=2), date(2026, 3, 10), date(2026, 6, 30))
    with pytest.raises(SeriesError) as outside:
        move(s, date(2026, 6, 30), date(2026, 7, 2))
    assert outside.value.problem is Problem.MOVE_OUTSIDE
    with pytest.raises(SeriesError) as none:
        cancel(s, date(2026, 3, 17))
    assert none.value.problem is Problem.NO_SUCH_MEETING and "2026-03-17" in str(none.value)
    twice = Series("slm", s.cadence, s.start, s.end, changes=(Change(date(2026, 3, 10), cancelled=True),
                                                             Change(date(2026, 3, 10), cancelled=True)))
    assert _problem(twice).problem is Problem.CHANGED_TWICE


# -- rosters ------------------------------------------------------------------------------------------

def test_who_left_stops_and_an_empty_roster_means_the_whole_team() -> None:
    s = Series("x", Cadence.weekly(MONDAY), date(2026, 3, 2), date(2026, 3, 31),
               roster=(Member("Anna", date(2026, 1, 1), left=date(2026, 3, 16)),
                       Member("Bo", date(2026, 3, 2))))
    people = [o.participants for o in occurrences(s, s.start, s.end)]
    assert people == [("Anna", "Bo"), ("Anna", "Bo"), ("Bo",), ("Bo",), ("Bo",)]
    bare = Series("x", Cadence.weekly(MONDAY), date(2026, 3, 2), date(2026, 3, 31))
    assert all(o.participants == () for o in occurrences(bare, bare.start, bare.end))


# -- a mini-circle's month ----------------------------------------------------------------------------

def test_a_month_of_weekly_meetings_from_monday_7_september_is_four() -> None:
    mini = suggested_series("mini-circle", date(2026, 9, 7), 30)
    assert mini.end == date(2026, 10, 4)
    assert [o.day for o in occurrences(mini, mini.start, date(2027, 1, 1))] == [
        date(2026, 9, 7), date(2026, 9, 14), date(2026, 9, 21), date(2026, 9, 28)]
    assert review_date(mini) == date(2026, 10, 5)  # the day its month is over
    assert not review_due(mini, date(2026, 10, 4)) and review_due(mini, date(2026, 10, 5))
    march = suggested_series("mini-circle", date(2026, 3, 2), 30)  # five Mondays in March: still four
    assert len(occurrences(march, march.start, date(2027, 1, 1))) == 4


def test_mini_circle_asks_a_month_after_each_decision_to_extend() -> None:
    s = suggested_series("mini-circle", date(2026, 9, 7), 30)
    on_time = decide(s, Choice.EXTEND, date(2026, 10, 5))
    assert on_time.end == date(2026, 11, 1) and review_date(on_time) == date(2026, 11, 2)
    assert [o.day for o in occurrences(on_time, s.start, date(2027, 1, 1))][4:] == [
        date(2026, 10, 5), date(2026, 10, 12), date(2026, 10, 19), date(2026, 10, 26)]
    late = decide(s, Choice.EXTEND, date(2026, 10, 20))  # answered two weeks late, on a Tuesday
    assert review_date(late) == date(2026, 11, 17)  # not at once (counted from the start, it was due)
    assert not review_due(late, date(2026, 10, 21)) and not review_due(late, date(2026, 11, 16))
    assert review_due(late, date(2026, 11, 17))
    assert late.end == date(2026, 11, 16)
    held = [o.day for o in occurrences(late, s.start, date(2027, 1, 1))]
    assert held[4:] == [date(2026, 10, 26), date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)]
    missed = [o.day for o in occurrences(late, s.start, date(2027, 1, 1), include_cancelled=True)
              if o.cancelled]
    assert missed == [date(2026, 10, 5), date(2026, 10, 12), date(2026, 10, 19)]  # not met while it waited
    twice = decide(late, Choice.EXTEND, date(2026, 11, 17))
    assert review_date(twice) == date(2026, 12, 15) and twice.end == date(2026, 12, 14)
    dissolved = decide(twice, Choice.DISSOLVE, date(2026, 12, 1))
    assert dissolved.dissolved and dissolved.end == date(2026, 12, 1)
    assert review_date(dissolved) is None and not review_due(dissolved, date(2027, 1, 1))
    assert [d.choice for d in dissolved.decisions] == [Choice.EXTEND, Choice.EXTEND, Choice.DISSOLVE]
    back = series_from_json(dissolved.format_id, series_to_json(dissolved))
    assert back == dissolved
    endless = Series("mini-circle", Cadence.weekly(MONDAY), date(2026, 3, 2), kind=SeriesKind.MINI_CIRCLE)
    assert review_date(decide(endless, Choice.EXTEND, date(2026, 4, 9))) == date(2026, 5, 7)
    early = decide(endless, Choice.DISSOLVE, date(2026, 3, 20))
    assert early.end == date(2026, 3, 20)
    assert occurrences(early, early.start, date(2027, 1, 1))[-1].day == date(2026, 3, 16)
    with pytest.raises(SeriesError) as info:
        decide(digital_circle(), Choice.EXTEND, date(2021, 6, 11))
    assert info.value.problem is Problem.NOT_A_MINI_CIRCLE


@settings(max_examples=400, deadline=None)
@given(st.dates(date(1971, 1, 1), date(2190, 12, 31)), st.integers(1, 104), st.integers(1, 4))
def test_a_length_of_weeks_counts_meetings_as_a_calendar_does(start: date, weeks: int, every: int) -> None:
    """Any start and length: the meetings are strictly inside [start, start + length), ``every`` weeks
    apart, and as many as a calendar shows on that weekday."""
    stop = start + timedelta(weeks=weeks)
    s = replace(suggested_series("mini-circle", start, 30), cadence=Cadence.weekly(start.weekday(), every),
                end=stop - timedelta(days=1))
    held = [o.day for o in occurrences(s, start - timedelta(days=40), stop + timedelta(days=40))]
    assert held and held[0] == start
    assert all(start <= d < stop for d in held)
    assert all((b - a).days == 7 * every for a, b in zip(held, held[1:], strict=False))
    on_calendar = [start + timedelta(days=n) for n in range((stop - start).days)
                   if (start + timedelta(days=n)).weekday() == start.weekday() and n // 7 % every == 0]
    assert held == on_calendar
    assert len(held) == -(-weeks // every)


@settings(max_examples=300, deadline=None)
@given(st.dates(date(1971, 1, 1), date(2190, 12, 31)), st.integers(1, 12))
def test_a_month_of_weekly_meetings_is_four_from_any_start(start: date, months: int) -> None:
    first, last = month_of_weeks(start, months)
    mini = replace(suggested_series("mini-circle", start, 30), end=last)
    held = [o.day for o in occurrences(mini, start - timedelta(days=40), last + timedelta(days=40))]
    assert first == start and len(held) == 4 * months
    assert all(start <= d <= last for d in held) and held[-1] == last - timedelta(days=6)


@settings(max_examples=200, deadline=None)
@given(st.dates(date(1971, 1, 1), date(2150, 12, 31)), st.lists(st.integers(0, 90), min_size=1, max_size=5))
def test_extending_asks_a_month_after_each_answer_and_never_at_once(start: date, delays: list[int]) -> None:
    s = suggested_series("mini-circle", start, 30)
    for delay in delays:
        due = review_date(s)
        assert due is not None and due == (s.end or start) + timedelta(days=1)
        on = due + timedelta(days=delay)
        s = decide(s, Choice.EXTEND, on)
        month_later = on + timedelta(weeks=4)
        assert review_date(s) == month_later
        assert not review_due(s, on) and not review_due(s, month_later - timedelta(days=1))
        assert review_due(s, month_later)
        assert s.end == month_later - timedelta(days=1)
        assert all(on <= o.day < month_later for o in occurrences(s, on, s.end))
        assert all(o.day < due or o.day >= on for o in occurrences(s, start, s.end))  # none while it waited
    assert validate(s) is s


def test_a_new_series_takes_the_computers_time_zone_or_the_languages() -> None:
    assert zone_for_new_series(["Europe/Oslo"], "da") == "Europe/Oslo"
    assert zone_for_new_series(["", "Etc/UTC", "UTC", "Nowhere/Atlantis", "Europe/Helsinki"], "da") == (
        "Europe/Helsinki")
    for lang, zone in (("da", "Europe/Copenhagen"), ("nb", "Europe/Oslo"), ("sv", "Europe/Stockholm"),
                       ("fi", "Europe/Helsinki"), ("nb_NO", "Europe/Oslo"), ("en", "Europe/Copenhagen")):
        assert zone_for_new_series([], lang) == zone
        assert zone_for_new_series(["Etc/UTC"], lang) == zone
    assert suggested_series("mini-circle", date(2026, 9, 7), 30, "Europe/Oslo").zone == "Europe/Oslo"


def test_month_arithmetic_keeps_the_day_where_it_can() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)


# -- stored JSON --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("damage", "where"), [
    (lambda d: d.pop("start"), "start"),
    (lambda d: d.update(start="11 May"), "start"),
    (lambda d: d.update(time=915), "time"),
    (lambda d: d.update(duration_min="135"), "duration_min"),
    (lambda d: d.update(kind="book_club"), "kind"),
    (lambda d: d["cadence"].update(kind="fortnightly"), "cadence.kind"),
    (lambda d: d["cadence"].update(interval=True), "cadence.interval"),
    (lambda d: d.update(roster="Anna"), "roster"),
    (lambda d: d["roster"][0].update(joined=None), "roster[0].joined"),
    (lambda d: d["changes"][0].update(date="2021-02-30"), "changes[0].date"),
    (lambda d: d.update(decisions=[{"on": "2021-06-01", "choice": "maybe"}]), "decisions[0].choice"),
    (lambda d: d.update(schema=99), "schema"),
])
def test_damaged_json_names_the_field(damage, where: str) -> None:  # type: ignore[no-untyped-def]
    data = series_to_json(digital_circle())
    damage(data)
    with pytest.raises(SeriesError) as info:
        series_from_json("digital-learning-circle", data)
    assert info.value.problem is Problem.DAMAGED and info.value.params["where"] == where
    assert where in str(info.value)


def test_json_that_breaks_a_rule_is_refused_on_load() -> None:
    data = series_to_json(digital_circle())
    data["end"] = "2021-01-01"
    with pytest.raises(SeriesError) as info:
        series_from_json("digital-learning-circle", data)
    assert info.value.problem is Problem.END_BEFORE_START
    assert series_from_json("x", {**series_to_json(digital_circle()), "uid": None}).uid  # a new uid, not none


# -- the calendar file -----------------------------------------------------------------------------------

SUMMARY = "Digital læringssirkel; bærekraftige møteplasser, på Zoom"
EXPORTED = datetime(2021, 5, 1, 12, 0, tzinfo=UTC)


def _unfold(raw: bytes) -> list[str]:
    """A second, minimal reader: RFC 5545 lines are CRLF-ended, at most 75 octets, and a line that
    starts with a space or a tab continues the one before."""
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    physical = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in physical)
    out: list[bytes] = []
    for line in physical:
        if line[:1] in (b" ", b"\t"):
            out[-1] += line[1:]
        else:
            out.append(line)
    return [line.decode("utf-8") for line in out]


def _events(raw: bytes) -> list[dict[str, tuple[dict[str, str], str]]]:
    events: list[dict[str, tuple[dict[str, str], str]]] = []
    current: dict[str, tuple[dict[str, str], str]] | None = None
    for line in _unfold(raw):
        head, _, value = line.partition(":")
        name, *params = head.split(";")
        if (name, value) == ("BEGIN", "VEVENT"):
            current = {}
        elif (name, value) == ("END", "VEVENT"):
            assert current is not None
            events.append(current)
            current = None
        elif current is not None:
            current[name] = (dict(p.split("=", 1) for p in params), value)
    return events


def _when(params: dict[str, str], value: str) -> datetime:
    if value.endswith("Z"):
        return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=ZoneInfo(params["TZID"]))


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def test_calendar_file_of_the_digital_circle_read_back_by_icalendar() -> None:
    import icalendar

    from app.calendar_ics import CalendarEntry, calendar_ics, event_uid

    s = digital_circle()
    raw = calendar_ics([CalendarEntry(s, SUMMARY)], EXPORTED, name="NK-ARR")
    cal = icalendar.Calendar.from_ical(raw)
    assert str(cal["VERSION"]) == "2.0" and "Runde" in str(cal["PRODID"])
    every = list(cal.walk("VEVENT"))
    events = [ev for ev in every if str(ev["STATUS"]) == "CONFIRMED"]
    cancelled = [ev for ev in every if str(ev["STATUS"]) == "CANCELLED"]
    expected = occurrences(s, s.start, s.end)
    assert len(events) == len(expected) == 5
    assert [ev.decoded("DTSTART").date() for ev in cancelled] == [date(2021, 7, 13)]  # July: cancelled
    for ev, occ in zip(events, expected, strict=True):
        start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
        assert start == occ.start and end == occ.end
        assert str(start.tzinfo) == "Europe/Oslo" and (start.hour, start.minute) == (9, 15)
        assert str(ev["SUMMARY"]) == SUMMARY
        assert str(ev["UID"]) == event_uid(s, occ)
        assert "DESCRIPTION" not in ev and "ATTENDEE" not in ev  # nothing personal
    assert date(2021, 8, 24) in [ev.decoded("DTSTART").date() for ev in events]
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Oslo"]
    for name in ("Anders", "Kari", "Siri"):
        assert name.encode() not in raw


def test_calendar_file_read_back_by_a_second_parser() -> None:
    from app.calendar_ics import CalendarEntry, calendar_ics

    s = digital_circle()
    expected = occurrences(s, s.start, s.end)
    for utc in (False, True):
        events = [e for e in _events(calendar_ics([CalendarEntry(s, SUMMARY)], EXPORTED, utc=utc))
                  if e["STATUS"][1] == "CONFIRMED"]
        assert [_when(*e["DTSTART"]) for e in events] == [o.start for o in expected]
        assert [_when(*e["DTEND"]) for e in events] == [o.end for o in expected]
        assert all(_unescape(e["SUMMARY"][1]) == SUMMARY for e in events)
        assert all(e["DTSTAMP"][1] == "20210501T120000Z" for e in events)
        assert all(("TZID" in e["DTSTART"][0]) != utc for e in events)
        assert len({e["UID"][1] for e in events}) == len(events)


def test_uids_are_stable_and_a_moved_meeting_keeps_its_event() -> None:
    from app.calendar_ics import CalendarEntry, calendar_ics

    s = digital_circle()
    later = datetime(2021, 9, 1, tzinfo=UTC)

    def starts(series: Series, now: datetime) -> dict[str, datetime]:
        raw = calendar_ics([CalendarEntry(series, "x")], now)
        return {e["UID"][1]: _when(*e["DTSTART"]) for e in _events(raw)}

    before = starts(s, EXPORTED)
    s2 = move(s, date(2021, 9, 14), date(2021, 9, 21), time(13, 0))
    after = starts(s2, later)
    assert before.keys() == after.keys()
    changed = [uid for uid in before if before[uid] != after[uid]]
    assert len(changed) == 1 and after[changed[0]] == datetime(2021, 9, 21, 13, 0, tzinfo=OSLO)


def test_calendar_window_of_an_endless_series_and_of_several_series() -> None:
    import icalendar

    from app.calendar_ics import CalendarEntry, calendar_ics, default_window

    weekly = Series("slm", Cadence.weekly(TUESDAY, every=2), date(2026, 1, 6), None, time(14, 0), 30)
    assert default_window(weekly, date(2026, 3, 10)) == (date(2026, 1, 6), date(2027, 3, 10))
    mini = Series("mini-circle", Cadence.weekly(MONDAY), date(2026, 3, 2), date(2026, 4, 2), time(12, 0),
                  zone="Europe/Stockholm", kind=SeriesKind.MINI_CIRCLE)
    raw = calendar_ics([CalendarEntry(weekly, "Læringsmøde"), CalendarEntry(mini, "Minicirkel")],
                       datetime(2026, 3, 10, tzinfo=UTC), name="Afsnit 3")
    cal = icalendar.Calendar.from_ical(raw)
    summaries = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
    assert summaries.count("Minicirkel") == 5
    every_other_week = occurrences(weekly, date(2026, 1, 6), date(2027, 3, 10))
    assert summaries.count("Læringsmøde") == len(every_other_week) == 31
    assert every_other_week[-1].day == date(2027, 3, 2)
    zones = sorted(str(tz["TZID"]) for tz in cal.walk("VTIMEZONE"))
    assert zones == ["Europe/Copenhagen", "Europe/Stockholm"]
    assert str(cal["X-WR-CALNAME"]) == "Afsnit 3"
    march = (date(2026, 3, 1), date(2026, 3, 31))
    window = calendar_ics([CalendarEntry(weekly, "x")], EXPORTED, window=march)
    assert len(_events(window)) == 3  # 3, 17 and 31 March
    empty = icalendar.Calendar.from_ical(calendar_ics([], EXPORTED))
    assert list(empty.walk("VEVENT")) == []


def test_suggested_series_follow_the_sources() -> None:
    from app.series_new import kind_for_format

    tuesday = date(2026, 3, 10)
    slm = suggested_series("systematic-learning-meeting", tuesday)
    assert (slm.cadence, slm.duration_min, slm.kind) == (Cadence.weekly(TUESDAY, 2), 30, SeriesKind.TEAM)
    mini = suggested_series("mini-circle", tuesday, 30)
    assert mini.kind is SeriesKind.MINI_CIRCLE and mini.end == date(2026, 4, 6)
    assert len(occurrences(mini, mini.start, date(2027, 1, 1))) == 4
    assert review_date(mini) == date(2026, 4, 7)
    digital = suggested_series("digital-learning-circle", date(2021, 5, 1))
    assert [o.day for o in occurrences(digital, digital.start, date(2021, 6, 30))] == [
        date(2021, 5, 11), date(2021, 6, 8)]
    assert (digital.time_of_day, digital.duration_min) == (time(9, 15), 135)
    assert kind_for_format("challenge-circle") is SeriesKind.CHALLENGE_CIRCLE
    assert kind_for_format("learning-circle") is SeriesKind.LEARNING_CIRCLE
    for fmt in ("systematic-learning-meeting", "mini-circle", "learning-circle", "challenge-circle",
                "digital-learning-circle", "open", "after-action-review"):
        assert validate(suggested_series(fmt, tuesday)).format_id == fmt


def test_a_meeting_in_the_jump_at_midnight_keeps_its_day() -> None:
    """Nuuk's clocks jump from 23:00 to 00:00 on the last Saturday of March (found by the test above): a
    Saturday 23:00 meeting stays on Saturday, at the moment before the jump, and the week goes on."""
    s = Series("x", Cadence(CadenceKind.WEEKLY, 1, 5), date(2024, 3, 2), date(2024, 4, 30), time(23, 0), 60,
               "America/Nuuk")
    got = occurrences(s, date(2024, 3, 20), date(2024, 4, 10))
    assert [o.day for o in got] == [date(2024, 3, 23), date(2024, 3, 30), date(2024, 4, 6)]
    jump = got[1]
    assert jump.start.date() == date(2024, 3, 30) and jump.start.weekday() == 5
    assert jump.start.astimezone(UTC) == datetime(2024, 3, 31, 0, 0, tzinfo=UTC)
    assert is_regular(s, jump.day) and not jump.moved
