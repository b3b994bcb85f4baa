"""What the start screen decides before a meeting begins, and the checks shown beside it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.clock import Clock
from app.engine import Meeting
from app.formats import Format, StepKind
from app.rotation import round_order


class SetupNote(StrEnum):
    """Gentle notes for the facilitator; none of them blocks the start."""

    NO_PARTICIPANTS_FOR_ROUND = "no_participants_for_round"
    OVER_TARGET = "over_target"
    GROUP_TOO_SMALL = "group_too_small"
    GROUP_TOO_LARGE = "group_too_large"
    NO_FACILITATOR = "no_facilitator"


class SetupBlock(StrEnum):
    """What keeps a meeting from starting until it is put right (the start button says which)."""

    FACILITATOR_REQUIRED = "facilitator_required"  # the format's source makes one a condition


@dataclass(frozen=True)
class MeetingSetup:
    """A meeting about to start: the format, who is here and who does what."""

    format: Format
    participants: tuple[str, ...]
    facilitator: int | None = None
    presenters: tuple[int, ...] = ()
    facilitator_in_round: bool = True
    presenter_in_round: bool = True
    first_speaker: int = 0
    lang: str = "en"
    excluded: frozenset[int] = field(default_factory=frozenset)

    def round_excluded(self) -> set[int]:
        """Participants who take no turn in the round (docs/FORMATS.md, decision 1: all by default)."""
        out = set(self.excluded)
        if not self.facilitator_in_round and self.facilitator is not None:
            out.add(self.facilitator)
        if not self.presenter_in_round:
            out.update(self.presenters)
        return out

    def round_turns(self) -> int:
        """How many turns each round will have."""
        return len(round_order(self.participants, self.first_speaker, self.round_excluded()))

    def planned_total_s(self) -> int:
        """The planned length with this many turns."""
        return self.format.planned_total_s(self.round_turns())

    def notes(self) -> list[SetupNote]:
        """What to point out before starting."""
        out: list[SetupNote] = []
        has_round = any(s.kind is StepKind.ROUND for s in self.format.steps)
        if has_round and self.round_turns() == 0:
            out.append(SetupNote.NO_PARTICIPANTS_FOR_ROUND)
        target = self.format.target_total_s
        if target is not None and self.planned_total_s() > target:
            out.append(SetupNote.OVER_TARGET)
        n = len(self.participants)
        if n and n < self.format.group_size.min:
            out.append(SetupNote.GROUP_TOO_SMALL)
        if n > self.format.group_size.max:
            out.append(SetupNote.GROUP_TOO_LARGE)
        if self.facilitator is None and self.participants and not self.format.requires_facilitator:
            out.append(SetupNote.NO_FACILITATOR)  # (when the format requires one, it is a block)
        return out

    def blocks(self) -> list[SetupBlock]:
        """What must be put right before the meeting can start (empty: it can start)."""
        if self.format.requires_facilitator and self.facilitator is None:
            return [SetupBlock.FACILITATOR_REQUIRED]
        return []

    def create(self, clock: Clock) -> Meeting:
        """The engine for this meeting, ready to start."""
        return Meeting(self.format, self.participants, clock, first_speaker=self.first_speaker,
                       excluded_from_round=self.round_excluded())
