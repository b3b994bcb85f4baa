"""The next meeting starts from the last (issue #8; docs/FORMATS.md, 2.2 and decision 9): a short first step
that asks what people tried since last time, for a meeting that follows an earlier meeting of the
same team (a team's series meets as that team).

The step is plain data with its texts in the five languages, like a built-in format's steps. It is
timed (3 minutes, as the check-in of the mini-circle agenda in docs/FORMATS.md, F4) and it makes the
planned total longer: the steps of a format are kept as their source gives them (F1's 5 + 10 + 2 + N + 5
minutes are not trimmed behind the facilitator's back), the start screen shows the new total before
the start (with the usual note when it is longer than the meeting's usual length), and the room's
ahead/behind compares with a plan that includes it. The facilitator skips it like any step.

A format with a step of its own that captures ``tried_since`` (the learning circle, the challenge
circle, the mini-circle) keeps that step and gets no second one; left out, that step is left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from app.formats import Format, LocalText, StepKind, StepSpec

STEP_ID = "tried-since-last"
CAPTURE = "tried_since"
DURATION_S = 180  # docs/FORMATS.md, F4: "Check-in: what have you tried since last week?" 3 min
WARNING_S = 30

# The Finnish texts are drafts for a native reviewer (docs/FORMATS.md, 3: Finnish is the least certain).
SINCE_LAST_STEP = StepSpec(
    id=STEP_ID,
    title=LocalText({
        "en": "Since last time",
        "da": "Siden sidst",
        "nb": "Siden sist",
        "sv": "Sedan sist",
        "fi": "Viime kerran jälkeen",  # draft
    }),
    kind=StepKind.TIMED,
    duration_s=DURATION_S,
    warning_s=WARNING_S,
    instruction=LocalText({
        "en": "The meeting starts from the last one: what did you try since last time, and what "
              "happened? Look at the open measures from last time too: done, still open or dropped?",
        "da": "Mødet tager udgangspunkt i det sidste: Hvad har I afprøvet siden sidst, og hvad skete "
              "der? Se også på de åbne tiltag fra sidst: udført, stadig åbne eller opgivet?",
        "nb": "Møtet tar utgangspunkt i det forrige: Hva har dere prøvd ut siden sist, og hva skjedde? "
              "Se også på de åpne tiltakene fra sist: utført, fortsatt åpne eller forkastet?",
        "sv": "Mötet utgår från det förra: Vad har ni prövat sedan sist, och vad hände? Titta också "
              "på de öppna åtgärderna från förra gången: klara, fortfarande öppna eller strukna?",
        "fi": "Tapaaminen jatkuu siitä, mihin viimeksi jäätiin: mitä olette kokeilleet viime kerran "  # draft
              "jälkeen, ja mitä tapahtui? Katsokaa myös viime kerran avoimet toimenpiteet: tehty, "
              "yhä avoinna vai hylätty?",
    }),
    questions=(
        LocalText({
            "en": "What did you try since last time?",
            "da": "Hvad har I afprøvet siden sidst?",
            "nb": "Hva har dere prøvd ut siden sist?",
            "sv": "Vad har ni prövat sedan sist?",
            "fi": "Mitä olette kokeilleet viime kerran jälkeen?",  # draft
        }),
        LocalText({
            "en": "What happened, and what did you learn from it?",
            "da": "Hvad skete der, og hvad lærte I af det?",
            "nb": "Hva skjedde, og hva lærte dere av det?",
            "sv": "Vad hände, och vad lärde ni er av det?",
            "fi": "Mitä tapahtui, ja mitä opitte siitä?",  # draft
        }),
        LocalText({
            "en": "The measures from last time: done, still open or dropped?",
            "da": "Tiltagene fra sidst: udført, stadig åbne eller opgivet?",
            "nb": "Tiltakene fra sist: utført, fortsatt åpne eller forkastet?",
            "sv": "Åtgärderna från förra gången: klara, fortfarande öppna eller strukna?",
            "fi": "Viime kerran toimenpiteet: tehty, yhä avoinna vai hylätty?",  # draft
        }),
    ),
    capture=(CAPTURE,),
)


def is_since_last(step: StepSpec) -> bool:
    """A step that asks what was tried since last time (ours, or a format's own)."""
    return step.id == STEP_ID or CAPTURE in step.capture


def has_own_step(fmt: Format) -> bool:
    """The format has a since-last-time step of its own (it is not given a second one)."""
    return any(is_since_last(s) for s in fmt.steps)


def with_since_last(fmt: Format, on: bool) -> Format:
    """The format a meeting runs: with ``on``, starting with the since-last-time step (a format with
    a step of its own keeps just that one); without, with no such step (a format that has nothing
    else keeps its steps). The id, title and version stay the format's."""
    if on:
        return fmt if has_own_step(fmt) else replace(fmt, steps=(SINCE_LAST_STEP, *fmt.steps))
    kept = tuple(s for s in fmt.steps if not is_since_last(s))
    return replace(fmt, steps=kept) if kept and len(kept) != len(fmt.steps) else fmt


def plan_from_step_ids(fmt: Format, step_ids: Sequence[str] | None) -> Format:
    """The format a meeting ran, from the step ids it kept (crash recovery): ``fmt`` with the
    since-last-time step added or left out as it was. Ids that do not fit (the format was changed
    since) give ``fmt`` back as it is."""
    if step_ids is None or list(step_ids) == [s.id for s in fmt.steps]:
        return fmt
    known = {s.id: s for s in fmt.steps}
    known.setdefault(STEP_ID, SINCE_LAST_STEP)
    if not step_ids or any(i not in known for i in step_ids) or len(set(step_ids)) != len(step_ids):
        return fmt
    return replace(fmt, steps=tuple(known[i] for i in step_ids))


class MeetingHistory(Protocol):
    """What :func:`team_has_met` reads (``app.storage.store.Store``)."""

    def team_id(self, name: str) -> int | None: ...

    def meetings(self, team_id: int | None = None, limit: int = 200) -> Sequence[object]: ...


def team_has_met(store: MeetingHistory | None, team: str) -> bool:
    """There is a last time: the team has a stored meeting (the one its "From last time" carries
    over from). No team, no storage, or storage that cannot be read: False (a first meeting)."""
    name = " ".join(team.split())
    if store is None or not name:
        return False
    try:
        team_id = store.team_id(name)
        return team_id is not None and bool(store.meetings(team_id, limit=1))
    except (OSError, RuntimeError):  # StorageError is a RuntimeError: a convenience, never a crash
        return False
