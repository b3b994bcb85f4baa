"""Changing single meetings of a series: move one to another date or time, cancel it, or undo that.
Each edit returns a new series, or raises the :class:`~app.series.SeriesError` it would cause."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from app.series import Change, Series
from app.series_checks import check_changes


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
    found = check_changes(series)
    mine = [p for p in found if original is not None and p.params.get("date") == original]
    if found:
        raise (mine + found)[0]

