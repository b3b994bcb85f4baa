"""A learning visit (docs/FORMATS.md, F2): the plan and check-in, observations through the day, the joint
reflection and three learning points. Plain data; storage keeps it, the UI edits it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from app.capture import TextItem
from app.clock import SystemClock

CONFIDENTIALITY = "@confidentiality"  # the suggested ground rule, shown in the user's language
POINT_SLOTS = 3
WHOLE_DAY = timedelta(hours=7, minutes=30)  # 08:00-15:30, the suggested working day
HALF_DAY = WHOLE_DAY / 2  # 08:00-11:45
NEAR_THE_DAY = timedelta(hours=12)  # further from the planned day, the day view names its date instead


class ObservationMode(StrEnum):
    """How the learning agent takes part in the day."""

    FLY_ON_THE_WALL = "fly_on_the_wall"
    INTERN = "intern"


@dataclass(frozen=True)
class VisitObservation:
    """A timestamped note from the day: private unless the agent releases it."""

    id: int
    at: datetime
    text: str
    released: bool = False


@dataclass(frozen=True)
class VisitData:
    """Everything about one visit except the observations (stored one by one)."""

    agent: str
    colleague: str
    day: date
    whole_day: bool = True
    start: time = time(8, 0)
    end: time = time(15, 30)
    goals: str = ""
    colleague_focus: str = ""
    ground_rules: tuple[str, ...] = (CONFIDENTIALITY,)
    mode: ObservationMode = ObservationMode.FLY_ON_THE_WALL
    consent: bool = False
    manager_informed: bool = False
    agent_saw: str = ""
    agent_worked: str = ""
    agent_differently: str = ""
    colleague_experience: str = ""
    colleague_thoughts: str = ""
    learning_points: tuple[TextItem, ...] = field(
        default_factory=lambda: tuple(TextItem(f"v{i}", "") for i in range(POINT_SLOTS)))
    present_at_staff_meeting: bool = False
    present_on: date | None = None
    observation_draft: str = ""  # an observation being typed, kept if Runde stops mid-sentence

    def filled_points(self) -> tuple[TextItem, ...]:
        """Learning points with text."""
        return tuple(p for p in self.learning_points if p.text.strip())

    def planned_seconds(self) -> float:
        """Length of the planned working day, across midnight if the end is before the start."""
        start = datetime.combine(self.day, self.start)
        end = datetime.combine(self.day, self.end)
        seconds = (end - start).total_seconds()
        return seconds if seconds > 0 else seconds + 24 * 3600

    def bounds(self, zone: tzinfo) -> tuple[datetime, datetime]:
        """When the planned day begins and ends, aware, on the wall clock of ``zone`` (the visit's time
        zone); the end on the next day when it is before the start (a night shift)."""
        start = datetime.combine(self.day, self.start, tzinfo=zone)
        end = datetime.combine(self.day, self.end, tzinfo=zone)
        if end <= start:
            end = datetime.combine(self.day + timedelta(days=1), self.end, tzinfo=zone)
        return start, end

    def is_blank(self) -> bool:
        """Nothing was typed: no names, no plan, no reflection or point (the date aside). A visit
        closed like that never happened and is not kept, as a meeting closed before it started."""
        return self == VisitData("", "", self.day)


def day_end(start: time, whole_day: bool) -> time:
    """The end of a whole or a half working day that begins at ``start``."""
    at = datetime.combine(date(2000, 1, 1), start) + (WHOLE_DAY if whole_day else HALF_DAY)
    return at.time()


@dataclass(frozen=True)
class DayProgress:
    """Where ``now`` is against the planned day, for the day view: ``kind`` is "before" (``first`` is the
    time until it starts), "during" (``first`` gone, ``second`` left), "after" (``first`` since it
    ended), or "other_day" (more than :data:`NEAR_THE_DAY` before or after it: a visit opened again
    from the history, or planned ahead; the view names its date, never thousands of hours)."""

    kind: str
    first: timedelta = timedelta(0)
    second: timedelta = timedelta(0)


def day_progress(data: VisitData, now: datetime, zone: tzinfo) -> DayProgress:
    """How far the planned day is at ``now`` (aware), in the visit's time zone."""
    start, end = data.bounds(zone)
    if now < start - NEAR_THE_DAY or now > end + NEAR_THE_DAY:
        return DayProgress("other_day")
    if now < start:
        return DayProgress("before", start - now)
    if now > end:
        return DayProgress("after", now - end)
    return DayProgress("during", now - start, end - now)


def hours_minutes(span: timedelta, *, up: bool = False) -> tuple[int, int]:
    """A span as whole hours and minutes, the minutes rounded down (``up``: up, for time left)."""
    seconds = max(0.0, span.total_seconds())
    minutes = math.ceil(seconds / 60 - 1e-9) if up else math.floor(seconds / 60)
    return divmod(minutes, 60)


def visit_to_json(v: VisitData) -> dict[str, Any]:
    """Plain JSON for storage and team exports."""
    return {
        "agent": v.agent, "colleague": v.colleague, "day": v.day.isoformat(), "whole_day": v.whole_day,
        "start": v.start.isoformat(timespec="minutes"), "end": v.end.isoformat(timespec="minutes"),
        "goals": v.goals, "colleague_focus": v.colleague_focus, "ground_rules": list(v.ground_rules),
        "mode": v.mode.value, "consent": v.consent, "manager_informed": v.manager_informed,
        "agent_saw": v.agent_saw, "agent_worked": v.agent_worked, "agent_differently": v.agent_differently,
        "colleague_experience": v.colleague_experience, "colleague_thoughts": v.colleague_thoughts,
        "learning_points": [{"id": p.id, "text": p.text, "confidential": p.confidential}
                            for p in v.learning_points],
        "present_at_staff_meeting": v.present_at_staff_meeting,
        "present_on": v.present_on.isoformat() if v.present_on else None,
        "observation_draft": v.observation_draft,
    }


def _time(value: object, default: time) -> time:
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        return default


def visit_from_json(d: dict[str, Any], day: date | None = None) -> VisitData:
    """Back from :func:`visit_to_json`; damaged fields fall back to defaults. ``day``: the visit's day
    when ``d`` has none (its row's own day); without it, today on this computer's clock."""
    if "day" in d:
        when = date.fromisoformat(str(d["day"]))
    else:
        when = day if day is not None else SystemClock().wall().date()
    base = VisitData(str(d.get("agent", "")), str(d.get("colleague", "")), when)
    points = tuple(TextItem(str(p.get("id", f"v{i}")), str(p.get("text", "")), bool(p.get("confidential")))
                   for i, p in enumerate(d.get("learning_points", [])) if isinstance(p, dict))
    mode = str(d.get("mode", ObservationMode.FLY_ON_THE_WALL.value))
    present_on = d.get("present_on")
    return VisitData(
        agent=base.agent, colleague=base.colleague, day=base.day, whole_day=bool(d.get("whole_day", True)),
        start=_time(d.get("start"), base.start), end=_time(d.get("end"), base.end),
        goals=str(d.get("goals", "")), colleague_focus=str(d.get("colleague_focus", "")),
        ground_rules=tuple(str(r) for r in d.get("ground_rules", [CONFIDENTIALITY])),
        mode=ObservationMode(mode) if mode in {m.value for m in ObservationMode}
        else ObservationMode.FLY_ON_THE_WALL,
        consent=bool(d.get("consent")), manager_informed=bool(d.get("manager_informed")),
        agent_saw=str(d.get("agent_saw", "")), agent_worked=str(d.get("agent_worked", "")),
        agent_differently=str(d.get("agent_differently", "")),
        colleague_experience=str(d.get("colleague_experience", "")),
        colleague_thoughts=str(d.get("colleague_thoughts", "")),
        learning_points=points or base.learning_points,
        present_at_staff_meeting=bool(d.get("present_at_staff_meeting")),
        present_on=date.fromisoformat(present_on) if isinstance(present_on, str) and present_on else None,
        observation_draft=str(d.get("observation_draft", "")),
    )
