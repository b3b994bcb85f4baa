"""Injectable clocks: the meeting engine never reads ``time`` directly.

``monotonic()`` drives every countdown; ``wall()`` is only for dates and for noticing a laptop sleep.
"""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Clock(Protocol):
    """What the engine needs to know about time."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards."""
        ...

    def wall(self) -> datetime:
        """The current time of day, timezone-aware."""
        ...


class SystemClock:
    """The real clocks of this machine."""

    def monotonic(self) -> float:
        """``time.monotonic()``."""
        return time.monotonic()

    def wall(self) -> datetime:
        """Local time, aware."""
        return datetime.now(UTC).astimezone()


@dataclass
class FakeClock:
    """A clock for tests: time moves only when ``advance`` or ``sleep`` says so."""

    mono: float = 1000.0
    now: datetime = field(default_factory=lambda: datetime(2026, 3, 10, 14, 0, tzinfo=UTC))

    def monotonic(self) -> float:
        """The fake monotonic reading."""
        return self.mono

    def wall(self) -> datetime:
        """The fake wall time."""
        return self.now

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass on both clocks."""
        self.mono += seconds
        self.now += timedelta(seconds=seconds)

    def sleep(self, seconds: float) -> None:
        """A laptop sleep as Linux and macOS see it: wall time passes, the monotonic clock stops."""
        self.now += timedelta(seconds=seconds)


SLEEP_THRESHOLD_S = 2.0


@dataclass(frozen=True)
class SleepGap:
    """Real time that passed while the monotonic clock stood still (a suspended laptop)."""

    at_wall: datetime
    seconds: float


class RoomClock:
    """Monotonic time as the room lived it: a laptop sleep counts, because the meeting went on.

    On Linux and macOS the monotonic clock stops during suspend; on Windows it keeps counting
    (docs/STACK.md, Time). Each reading compares the wall-clock and monotonic deltas since the
    previous reading; when the wall clock moved more than ``SLEEP_THRESHOLD_S`` further, the
    difference is added once and recorded in ``gaps``. A wall clock set backwards is ignored.
    """

    def __init__(self, base: Clock) -> None:
        self._base = base
        self._offset = 0.0
        self._last_mono = base.monotonic()
        self._last_wall = base.wall()
        self.gaps: list[SleepGap] = []

    def monotonic(self) -> float:
        """The base monotonic reading plus every sleep gap noticed so far."""
        mono, wall = self._base.monotonic(), self._base.wall()
        gap = (wall - self._last_wall).total_seconds() - (mono - self._last_mono)
        if gap > SLEEP_THRESHOLD_S:
            self._offset += gap
            self.gaps.append(SleepGap(at_wall=wall, seconds=gap))
        self._last_mono, self._last_wall = mono, wall
        return mono + self._offset

    def wall(self) -> datetime:
        """The base wall clock."""
        return self._base.wall()


def _zone_names() -> list[str]:
    """The computer's zone names, most telling first: ``TZ``, ``/etc/localtime``, ``/etc/timezone``."""
    names = [os.environ.get("TZ", "").lstrip(":")]
    try:
        link = os.path.realpath("/etc/localtime")
        names.append(link.partition("zoneinfo/")[2])
    except OSError:
        pass
    with contextlib.suppress(OSError, UnicodeDecodeError):
        names.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    return [n for n in names if n]


def local_zone(now: datetime) -> tzinfo:
    """The time zone wall-clock times are computed in: the computer's zone by its IANA name
    (daylight saving included) when it agrees with ``now``'s offset, else ``now``'s own zone (a
    clock in another zone, a system without zone names)."""
    if isinstance(now.tzinfo, ZoneInfo):
        return now.tzinfo
    for name in _zone_names():
        try:
            zone = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
        if now.tzinfo is not None and now.astimezone(zone).utcoffset() == now.utcoffset():
            return zone
        break
    return now.tzinfo or UTC
