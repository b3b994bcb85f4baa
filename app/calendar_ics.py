"""A series as an ``.ics`` calendar file (RFC 5545) that Outlook and the phone calendars import.

One VEVENT per meeting held: a stable UID (the series' uid and the date the cadence gave, so a moved
meeting keeps its event), DTSTART and DTEND in the series' time zone (with its VTIMEZONE) or in UTC, and
a SUMMARY the caller gives in the user's language. A cancelled meeting stays in the file as
``STATUS:CANCELLED``, and every event carries the series' revision as its SEQUENCE (raised by each stored
change): a calendar that imported an earlier file takes a moved meeting's new time and removes a cancelled
one on the next import, instead of keeping it as it was. Nothing personal goes in: no notes, no captures,
no names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import icalendar

import app
from app.series import Occurrence, Series
from app.series_dates import add_months, occurrences

DEFAULT_MONTHS = 12
PRODID = f"-//Runde//Runde {app.__version__}//EN"


@dataclass(frozen=True)
class CalendarEntry:
    """One series to put in the file, with the title its meetings get."""

    series: Series
    summary: str


def series_summary(series: Series, format_title: str) -> str:
    """A meeting's title in a calendar: the format's title (in the user's language), then the series'
    own name if it has one."""
    parts = [t for t in (format_title.strip() or series.format_id, series.name.strip()) if t]
    return " – ".join(dict.fromkeys(parts))


def default_window(series: Series, today: date) -> tuple[date, date]:
    """From the series' start to its end; an endless series up to ``DEFAULT_MONTHS`` after today."""
    return series.start, series.end if series.end is not None else add_months(today, DEFAULT_MONTHS)


def event_uid(series: Series, occ: Occurrence) -> str:
    """The same meeting gets the same UID in every export, wherever it was moved."""
    return f"{series.uid}-{occ.regular_date:%Y%m%d}@runde"


def calendar_ics(entries: Sequence[CalendarEntry], now: datetime, *, name: str = "",
                 window: tuple[date, date] | None = None, utc: bool = False) -> bytes:
    """The calendar file for ``entries``.

    Args:
        entries: the series and their meeting titles.
        now: the export time (aware), written as each event's DTSTAMP.
        name: the calendar's name (X-WR-CALNAME), e.g. the team.
        window: local dates (both included); by default :func:`default_window` of each series.
        utc: times in UTC instead of the series' own zone (for a calendar that ignores VTIMEZONE).
    """
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if name:
        cal.add("x-wr-calname", name)
    stamp = now.astimezone(UTC)
    first: date | None = None
    last: date | None = None
    for entry in entries:
        lo, hi = window or default_window(entry.series, now.astimezone(entry.series.tz()).date())
        for occ in occurrences(entry.series, lo, hi, include_cancelled=True):
            event = icalendar.Event()
            event.add("uid", event_uid(entry.series, occ))
            event.add("dtstamp", stamp)
            event.add("sequence", entry.series.revision)
            event.add("status", "CANCELLED" if occ.cancelled else "CONFIRMED")
            event.add("dtstart", occ.start.astimezone(UTC) if utc else occ.start)
            event.add("dtend", occ.end.astimezone(UTC) if utc else occ.end)
            event.add("summary", entry.summary)
            cal.add_component(event)
            first = occ.day if first is None else min(first, occ.day)
            last = occ.day if last is None else max(last, occ.day)
    if not utc and first is not None and last is not None:  # each zone's rules for the years used
        cal.add_missing_timezones(first_date=date(first.year, 1, 1), last_date=date(last.year + 1, 12, 31))
    data: bytes = cal.to_ical()  # to_ical() is untyped in icalendar
    return data


def meetings_in(data: bytes) -> int:
    """How many meetings a file from :func:`calendar_ics` holds (the cancelled ones not counted)."""
    return data.count(b"BEGIN:VEVENT") - data.count(b"\r\nSTATUS:CANCELLED\r\n")
