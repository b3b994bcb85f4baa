"""How seconds are shown: ``05:00`` counting down, ``+01:20`` over time, ``1:02:03`` past an hour."""

from __future__ import annotations

import math


def _hms(total: int) -> str:
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes:02d}:{seconds:02d}"


def shown_seconds(remaining_s: float) -> int:
    """The whole second on display: counting down it rounds up (05:00 for the first second)."""
    if remaining_s > 0:
        return math.ceil(remaining_s)
    return -math.floor(-remaining_s)  # over time: seconds completed, as a negative number


def format_countdown(remaining_s: float) -> str:
    """``MM:SS`` while time is left, ``+MM:SS`` over time (never an error)."""
    shown = shown_seconds(remaining_s)
    if remaining_s > 0:
        return _hms(shown)
    return "+" + _hms(-shown)


def format_elapsed(elapsed_s: float) -> str:
    """A count-up clock, ``MM:SS``."""
    return _hms(max(0, math.floor(elapsed_s)))


def format_delta_minutes(delta_s: float) -> int:
    """Ahead/behind in whole minutes, rounded towards zero past half a minute."""
    return int(round(delta_s / 60.0))


def seconds_to_next_change(remaining_s: float) -> float:
    """Time until the shown second changes, so a repaint can land on the boundary."""
    if remaining_s > 0:
        frac = remaining_s - math.floor(remaining_s)
    else:
        over = -remaining_s
        frac = math.ceil(over) - over
    return frac if frac > 0 else 1.0
