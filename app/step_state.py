"""The meeting engine's bookkeeping of one step (:class:`StepState`) and the small rules it applies: the
phase of a countdown and what counts as a valid time. Used by :class:`app.engine.Meeting` and by the
crash recovery (``app/recovery.py``)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.formats import StepSpec
from app.meeting_view import Phase
from app.rotation import Round


@dataclass
class StepState:
    """One step as the meeting runs it: its time added or taken, its time so far, whether it was
    entered, and its round once it has one."""

    spec: StepSpec
    extra_s: float = 0.0
    elapsed_s: float = 0.0
    entered: bool = False
    round: Round | None = None


def valid_seconds(value: float) -> bool:
    """A time in seconds that can be allotted: finite, not negative."""
    return math.isfinite(value) and value >= 0


def phase_of(remaining: float, warning_s: float) -> Phase:
    """The countdown's phase with ``remaining`` seconds left and a warning from ``warning_s``."""
    if remaining <= 0:
        return Phase.OVERTIME
    if remaining <= warning_s:
        return Phase.WARNING
    return Phase.NORMAL
