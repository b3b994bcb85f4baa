"""A learning visit (docs/FORMATS.md, F2): the plan and check-in, observations through the day, the joint
reflection and three learning points. Plain data; storage keeps it, the UI edits it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from app.capture import TextItem

CONFIDENTIALITY = "@confidentiality"  # the suggested ground rule, shown in the user's language
POINT_SLOTS = 3


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


def visit_from_json(d: dict[str, Any]) -> VisitData:
    """Back from :func:`visit_to_json`; damaged fields fall back to defaults."""
    base = VisitData(str(d.get("agent", "")), str(d.get("colleague", "")),
                     date.fromisoformat(str(d.get("day", date.today().isoformat()))))
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
