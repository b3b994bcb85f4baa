"""The series window's form as data (app/series_draft.py): a series shown in the form and read back
is the same series; whatever the form's fields hold makes a series that is checked, never a crash;
names are tidied; moves that no longer fit the rhythm are dropped; the end follows the start only
when Runde suggested it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.series import (
    LAST,
    MAX_DURATION_MIN,
    MAX_EVERY_MONTHS,
    MAX_EVERY_WEEKS,
    NORDIC_ZONES,
    Cadence,
    CadenceKind,
    Member,
    Problem,
    Series,
    SeriesKind,
)
from app.series_checks import problems
from app.series_dates import add_months, occurrences
from app.series_draft import (
    SeriesDraft,
    draft_of,
    end_follows_start,
    first_end,
    moved_end,
    series_of,
)
from app.series_edits import move

DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))
FORM_DAYS = st.dates(min_value=date(1970, 1, 1), max_value=date(2200, 12, 31))  # the date fields' range
TIDY = st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=12)
NTHS = st.sampled_from([1, 2, 3, 4, 5, LAST])


def base_series() -> Series:
    return Series("mini-circle", Cadence.weekly(0), date(2026, 9, 7), date(2026, 10, 4),
                  kind=SeriesKind.MINI_CIRCLE, name="Nattevagt")


@st.composite
def valid_series(draw: st.DrawFn) -> Series:
    start = draw(DAYS)
    kind = draw(st.sampled_from(CadenceKind))
    if kind is CadenceKind.WEEKLY:
        cadence = Cadence.weekly(draw(st.integers(0, 6)), draw(st.integers(1, MAX_EVERY_WEEKS)))
    elif kind is CadenceKind.MONTHLY:
        cadence = Cadence.monthly(draw(NTHS), draw(st.integers(0, 6)), draw(st.integers(1, MAX_EVERY_MONTHS)))
    else:
        cadence = Cadence.by_hand(draw(st.lists(st.dates(start, start + timedelta(days=400)), min_size=1,
                                                max_size=5)))
    end = draw(st.none() | st.dates(start + timedelta(days=400), start + timedelta(days=4000)))
    names = draw(st.lists(TIDY, max_size=4, unique_by=str.casefold))
    roster = tuple(Member(n, draw(st.dates(start - timedelta(days=30), start + timedelta(days=30))))
                   for n in names)
    return Series(draw(st.sampled_from(["mini-circle", "learning-circle", "systematic-learning-meeting"])),
                  cadence, start, end, time(draw(st.integers(0, 23)), draw(st.integers(0, 59))),
                  draw(st.integers(1, MAX_DURATION_MIN)), draw(st.sampled_from(NORDIC_ZONES)),
                  kind=draw(st.sampled_from(SeriesKind)), name=draw(st.sampled_from(["", "Nattevagt"])),
                  roster=roster, parent_id=draw(st.none() | st.integers(1, 50)))


@settings(max_examples=300, deadline=None)
@given(valid_series())
def test_a_series_shown_in_the_form_and_read_back_is_the_same(series: Series) -> None:
    assume(not problems(series))  # e.g. a 5th Monday every 3 months may never come before the end
    assert series_of(draft_of(series), series) == series


@st.composite
def form_drafts(draw: st.DrawFn) -> SeriesDraft:
    """Anything the form's fields can hold: the spin boxes' and the lists' ranges, any typed text."""
    return SeriesDraft(
        format_id=draw(st.sampled_from(["", "mini-circle", "digital-learning-circle"])),
        kind=draw(st.none() | st.sampled_from(SeriesKind)), name=draw(st.text(max_size=30)),
        cadence=draw(st.sampled_from(CadenceKind)), every_weeks=draw(st.integers(1, MAX_EVERY_WEEKS)),
        weekly_day=draw(st.integers(0, 6)), nth=draw(NTHS), monthly_day=draw(st.integers(0, 6)),
        every_months=draw(st.integers(1, MAX_EVERY_MONTHS)),
        hand_dates=tuple(draw(st.lists(FORM_DAYS, max_size=4))), start=draw(FORM_DAYS),
        ends=draw(st.booleans()), end=draw(FORM_DAYS), time_of_day=draw(st.times()).replace(second=0,
                                                                                        microsecond=0),
        duration_min=draw(st.integers(1, MAX_DURATION_MIN)), zone=draw(st.sampled_from(NORDIC_ZONES)
                                                                       | st.text(max_size=20)),
        parent_id=draw(st.none() | st.integers(1, 9)),
        roster=tuple(draw(st.lists(st.tuples(st.text(max_size=15), st.none() | FORM_DAYS), max_size=4))))


@settings(max_examples=300, deadline=None)
@given(form_drafts())
def test_whatever_the_form_holds_makes_a_series_that_is_checked_not_a_crash(draft: SeriesDraft) -> None:
    base = base_series()
    series = series_of(draft, base)
    found = problems(series)
    assert all(isinstance(p.problem, Problem) for p in found)
    assert series.uid == base.uid and series.name == " ".join(series.name.split())
    assert all(m.name == " ".join(m.name.split()) for m in series.roster)
    assert series.kind is (draft.kind or base.kind)
    assert series.end == (draft.end if draft.ends else None)
    if not found:
        occurrences(series, series.start, add_months(series.start, 3))


def test_names_are_taken_with_their_spaces_tidied_and_a_missing_date_is_the_start() -> None:
    base = base_series()
    draft = replace(draft_of(base), name="  Natte   vagt ", roster=(("  Anna \t Berg ", None),
                                                                      ("Bo", date(2026, 9, 9))))
    series = series_of(draft, base)
    assert series.name == "Natte vagt"
    assert series.roster == (Member("Anna Berg", base.start), Member("Bo", date(2026, 9, 9)))


def test_a_move_that_no_longer_fits_the_rhythm_is_dropped_and_one_that_fits_stays() -> None:
    base = move(move(base_series(), date(2026, 9, 14), date(2026, 9, 15)), date(2026, 9, 21),
                new_time=time(11, 0))
    assert len(base.changes) == 2
    same = series_of(draft_of(base), base)
    assert same.changes == base.changes
    tuesdays = series_of(replace(draft_of(base), weekly_day=1), base)  # now on Tuesdays: none fits
    assert tuesdays.changes == ()
    assert not problems(tuesdays)


def test_an_unknown_time_zone_is_a_problem_not_a_crash() -> None:
    base = move(base_series(), date(2026, 9, 14), date(2026, 9, 15))
    series = series_of(replace(draft_of(base), zone=" Mars/Olympus "), base)
    assert series.zone == "Mars/Olympus"
    assert [p.problem for p in problems(series)] == [Problem.BAD_ZONE]


def test_the_form_shows_the_fields_the_cadence_does_not_use_at_their_defaults() -> None:
    monthly = replace(base_series(), cadence=Cadence.monthly(2, 1, every=3), end=None)
    draft = draft_of(monthly)
    assert (draft.cadence, draft.every_months, draft.every_weeks, draft.nth) == (CadenceKind.MONTHLY, 3, 1, 2)
    assert (draft.weekly_day, draft.monthly_day, draft.ends, draft.end) == (1, 1, False, monthly.start)


@given(DAYS, st.integers(1, 520))
def test_an_end_of_whole_weeks_follows_the_start(start: date, weeks: int) -> None:
    end = start + timedelta(weeks=weeks) - timedelta(days=1)
    assert end_follows_start(start, end)
    assert moved_end(start, start + timedelta(days=3), end) - (start + timedelta(days=3)) == end - start


@given(DAYS, st.integers(1, 120))
def test_an_end_of_whole_months_follows_the_start(start: date, months: int) -> None:
    assert end_follows_start(start, add_months(start, months) - timedelta(days=1))


def test_an_end_of_the_users_own_stays() -> None:
    start = date(2026, 9, 7)
    assert not end_follows_start(start, None)
    assert not end_follows_start(start, start - timedelta(days=1))
    assert not end_follows_start(start, date(2026, 9, 30))  # 24 days: neither weeks nor a month


def test_the_first_end_is_a_month_of_meetings_for_a_mini_circle_else_half_a_year() -> None:
    start = date(2026, 9, 7)
    assert first_end(start, mini_circle=True) == date(2026, 10, 4)
    assert first_end(start, mini_circle=False) == date(2027, 3, 6)
