"""Where a turn is among its parts: the mini-circle's 8-minute turn is 3 minutes to describe a
challenge, two suggestions from each of the other two (2 × 2 min) and a minute to say thank you and note
them (docs/FORMATS.md, F4). The engine times the turn as one; the room shows the part in progress and
its own time left, from the turn's elapsed time. A turn made longer or shorter (a new plan, +1 min)
stretches or shrinks every part alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PartNow:
    """The part in progress: its index (0-based), how many parts there are, and its seconds left."""

    index: int
    count: int
    left_s: float


def part_now(seconds: Sequence[int], allotted_s: float, elapsed_s: float) -> PartNow | None:
    """The part of a turn at ``elapsed_s`` into it, the parts' planned ``seconds`` scaled to the
    ``allotted_s`` the turn has now. None without parts or without time; past the end, the last part
    with nothing left (the turn's own clock shows the overtime)."""
    planned = sum(seconds)
    if not seconds or planned <= 0 or allotted_s <= 0:
        return None
    scale = allotted_s / planned
    at = max(0.0, elapsed_s)
    end = 0.0
    for i, s in enumerate(seconds):
        end = allotted_s if i == len(seconds) - 1 else end + s * scale
        if at < end:
            return PartNow(i, len(seconds), end - at)
    return PartNow(len(seconds) - 1, len(seconds), 0.0)
