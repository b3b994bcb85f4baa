"""Times of day on the wall clock: a time typed on the console (``14:00``, ``kl. 9.30``), the next such
time near now, and a day and time in a zone across daylight-saving changes."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo

_TIME_OF_DAY = re.compile(r"^\s*(?:kl\.?\s*)?(\d{1,2})(?:\s*[:.h]?\s*(\d{2}))?\s*$", re.IGNORECASE)


def parse_time_of_day(text: str) -> tuple[int, int] | None:
    """``14:00``, ``14.00``, ``1400``, ``14``, ``kl. 9.30`` as (hour, minute); None if not a time."""
    match = _TIME_OF_DAY.match(text)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def time_of_day_near(now: datetime, hour: int, minute: int, zone: tzinfo | None = None) -> datetime:
    """That time of day on the wall clock of ``zone`` (``now``'s when not given) today; tomorrow if
    today's is more than 12 hours ago. A time the clocks skip (spring) is the
    same moment after the jump; one they pass twice (autumn) is the first."""
    zone = zone or now.tzinfo or UTC
    today = now.astimezone(zone).date()
    when = wall(today, time(hour, minute), zone)
    if when < now - timedelta(hours=12):
        when = wall(today + timedelta(days=1), time(hour, minute), zone)
    return when


def wall(day: date, at: time, zone: tzinfo) -> datetime:
    """``day`` at ``at`` on the wall clock of ``zone`` (the moment it names, in that zone)."""
    return datetime.combine(day, at).replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
