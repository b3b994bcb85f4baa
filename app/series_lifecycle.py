"""A mini-circle's lifetime (docs/FORMATS.md, F5): after a month it is asked "extend or dissolve?";
extending gives it another month, dissolving ends it. Pure functions: the caller passes "today"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from app.series import Change, Choice, Decision, Problem, Series, SeriesError, SeriesKind
from app.series_dates import month_of_weeks, regular_dates


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

