"""The plain frozen dataclasses the store returns: never ORM rows, so the UI never meets a detached or
expired object, and nothing it holds changes under it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from app.capture import Capture, TextItem


class MeetingField(StrEnum):
    """A single text of a meeting's capture, each with its own confidential flag."""

    CASE_TITLE = "case_title"
    PRESENTER_LEARNING = "presenter_learning"
    FOCUS_AREA = "focus_area"
    NOTES = "notes"


class ItemKind(StrEnum):
    """A listed text of a meeting's capture."""

    OWN_QUESTION = "question"
    LEARNING_POINT = "point"
    TOPIC_SUGGESTION = "topic"


class VisitField(StrEnum):
    """A free text of a learning visit (DOMAIN.md F2: check-in, reflections)."""

    AGENT_GOALS = "agent_goals"
    COLLEAGUE_FOCUS = "colleague_focus"
    AGENT_SAW_HEARD = "agent_saw_heard"
    AGENT_WORKED_WELL = "agent_worked_well"
    AGENT_DIFFERENTLY = "agent_differently"
    COLLEAGUE_EXPERIENCE = "colleague_experience"
    COLLEAGUE_THOUGHTS = "colleague_thoughts"


class HitKind(StrEnum):
    """What a search hit is."""

    LEARNING_POINT = "point"
    MEASURE = "measure"


@dataclass(frozen=True)
class TeamInfo:
    """A team and its current roster, in order."""

    id: int
    name: str
    people: tuple[str, ...]
    rotate_facilitator: bool


@dataclass(frozen=True)
class RoleSuggestion:
    """Who should facilitate and open the round this time, from the team's last meeting."""

    facilitator: str | None  # the last facilitator, or the next one in turn if the team rotates
    first_speaker: str | None  # the present person after last time's first speaker
    last_facilitator: str | None
    last_first_speaker: str | None


@dataclass(frozen=True)
class MeetingSummary:
    """One line of a team's history."""

    id: int
    team_id: int | None
    format_id: str
    format_title: str
    started_at: datetime
    ended_at: datetime | None
    facilitator: str
    case_title: str
    case_confidential: bool
    learning_points: int
    open_measures: int


@dataclass(frozen=True)
class StepTime:
    """Planned and actual seconds of one step."""

    step_id: str
    title: str
    planned_s: float
    actual_s: float
    extra_s: float


@dataclass(frozen=True)
class TurnInfo:
    """One turn of a round as it happened."""

    step_id: str
    participant: str
    status: str  # spoken | passed | absent
    spoken_s: float


@dataclass(frozen=True)
class PauseInfo:
    """A pause as it happened."""

    started_at: datetime
    duration_s: float
    step_id: str


@dataclass(frozen=True)
class MeetingDetail:
    """A meeting with everything captured and how it went."""

    summary: MeetingSummary
    series_id: int | None
    present: tuple[str, ...]
    first_speaker: str
    capture: Capture
    focus_area_confidential: bool  # the one flag Capture has no field for
    steps: tuple[StepTime, ...]
    turns: tuple[TurnInfo, ...]
    pauses: tuple[PauseInfo, ...]


@dataclass(frozen=True)
class UnfinishedMeeting:
    """A meeting that was running when Runde stopped: offered for resuming at the next start."""

    meeting_id: int
    team_id: int | None
    team_name: str
    format_id: str
    format_title: str
    started_at: datetime
    saved_at: datetime | None
    state: dict[str, Any]


@dataclass(frozen=True)
class MeasureInfo:
    """An organisational measure with the meeting it came from."""

    id: int
    meeting_id: int | None
    team_id: int | None
    item_id: str
    text: str
    kind: str
    owner: str
    due: date | None
    status: str
    closed_on: date | None
    confidential: bool
    at: datetime  # when its meeting took place


@dataclass(frozen=True)
class SearchHit:
    """A learning point or measure whose text contains what was typed."""

    kind: HitKind
    id: int
    snippet: str
    meeting_id: int | None
    visit_id: int | None
    team_id: int | None
    at: datetime
    confidential: bool
    status: str | None  # measures only


@dataclass(frozen=True)
class ObservationInfo:
    """An observation of a visit: private unless released."""

    id: int
    at: datetime
    text: str
    released: bool


@dataclass(frozen=True)
class VisitPlan:
    """The check-in facts of a learning visit (one form, saved together)."""

    day: date
    length: str = "whole"  # half | whole
    start_time: time | None = None
    end_time: time | None = None
    ground_rules: tuple[str, ...] = ("confidentiality",)
    observation_mode: str = "fly_on_wall"  # fly_on_wall | intern
    consent_given: bool = False
    manager_informed: bool = False


@dataclass(frozen=True)
class VisitSummary:
    """One line of a team's history of learning visits."""

    id: int
    team_id: int | None
    agent: str
    colleague: str
    day: date
    learning_points: int


@dataclass(frozen=True)
class VisitDetail:
    """A learning visit with everything written down."""

    summary: VisitSummary
    plan: VisitPlan
    texts: dict[VisitField, str]
    confidential: frozenset[VisitField]
    present_at_staff_meeting: bool
    present_on: date | None
    observations: tuple[ObservationInfo, ...]
    learning_points: tuple[TextItem, ...]


@dataclass(frozen=True)
class SeriesException:
    """A date of a series moved (to ``moved_to``) or cancelled."""

    day: date
    kind: str  # moved | cancelled
    moved_to: datetime | None = None


@dataclass(frozen=True)
class SeriesSpec:
    """A meeting series: cadence, lifetime, time of day, roster."""

    team_id: int
    format_id: str
    cadence: str  # weekly_n | monthly_nth_weekday | manual
    start_date: date
    title: str = ""
    every_n: int = 1
    weekday: int | None = None
    nth: int | None = None
    end_date: date | None = None
    time_of_day: time | None = None
    duration_s: int = 1800
    members: tuple[tuple[str, date | None], ...] = ()
    exceptions: tuple[SeriesException, ...] = ()


@dataclass(frozen=True)
class SeriesInfo:
    """A stored series."""

    id: int
    spec: SeriesSpec


@dataclass(frozen=True)
class SheetInfo:
    """A staff-meeting sheet that was exported."""

    id: int
    team_id: int | None
    period_start: date
    period_end: date
    exported_at: datetime
