"""What a meeting's record needs beyond the capture and the step timings: the language it ran in,
the format's learning questions word for word, who came late, the time added or removed with the
+ and − keys, and the plan changes applied while it ran. Pure data, read from the engine's events
(``app/engine.py``) and kept as plain JSON (the ``meeting.course`` column, the team file).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.engine import Event, MeetingRecord
from app.formats import Format
from app.since_last import is_since_last


@dataclass(frozen=True)
class PlanNote:
    """A plan change that was applied during the meeting (Meeting.apply_plan's 'adapt' event)."""

    step_id: str
    turn: bool  # True: each waiting turn of the round got new_s; False: a timed step's length
    old_s: float
    new_s: float


@dataclass(frozen=True)
class Course:
    """What a meeting's record needs beyond the capture and the step timings."""

    lang: str = ""  # the language the meeting ran in ("da")
    questions: tuple[str, ...] = ()  # the format's learning questions in `lang`, word for word;
    # Capture.questions_asked holds indexes into this
    late: tuple[str, ...] = ()  # late-comers, in order of arrival (engine 'join' events)
    added_s: tuple[tuple[str, float], ...] = ()  # (step_id, seconds added + / removed − with the
    # + and − keys), nonzero sums only, in step order
    plan_changes: tuple[PlanNote, ...] = ()


def learning_questions(fmt: Format, lang: str) -> tuple[str, ...]:
    """The format's learning questions in ``lang``, in the order of the capture panel's ticks: every
    step's questions except the since-last-time step's (its questions are prompts)."""
    return tuple(q.get(lang) for step in fmt.steps if not is_since_last(step) for q in step.questions)


# -- from the engine's events ------------------------------------------------------------------------

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)"
_CHANGE = re.compile(rf"^(?P<id>.+?)(?P<turn>/turn)?:(?P<old>{_NUMBER})->(?P<new>{_NUMBER})$")


def _seconds(text: str) -> float | None:
    """A finite number of seconds from an event's detail, or None."""
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def plan_notes(detail: str) -> tuple[PlanNote, ...]:
    """The changes an 'adapt' event lists (``questions:600->420 round/turn:60->45``); a part that
    does not read as one is left out."""
    out = []
    for part in detail.split():
        match = _CHANGE.match(part)
        if match is None:
            continue
        old, new = _seconds(match["old"]), _seconds(match["new"])
        if old is not None and new is not None:
            out.append(PlanNote(match["id"], match["turn"] is not None, old, new))
    return tuple(out)


def _added(events: Iterable[Event], step_ids: list[str]) -> tuple[tuple[str, float], ...]:
    sums: dict[str, float] = {}
    for e in events:
        delta = _seconds(e.detail) if e.kind == "extend" else None
        if delta is not None and 0 <= e.step < len(step_ids):
            sums[step_ids[e.step]] = sums.get(step_ids[e.step], 0.0) + delta
    order = {sid: i for i, sid in reversed(list(enumerate(step_ids)))}
    return tuple((sid, s) for sid, s in sorted(sums.items(), key=lambda kv: order[kv[0]]) if s != 0)


def course_from_record(record: MeetingRecord, start: Course) -> Course:
    """``start`` (its language and questions) with what the record's events tell: the late-comers
    ('join'), the time added or removed per step ('extend') and the plan changes ('adapt')."""
    step_ids = [st.step_id for st in record.steps]
    late = tuple(e.detail for e in record.events if e.kind == "join" and e.detail)
    changes = tuple(n for e in record.events if e.kind == "adapt" for n in plan_notes(e.detail))
    return Course(start.lang, start.questions, late, _added(record.events, step_ids), changes)


# -- plain JSON -------------------------------------------------------------------------------------

def course_to_json(c: Course) -> dict[str, object]:
    """The course as plain JSON (round-trips through :func:`course_from_json`)."""
    return {
        "lang": c.lang, "questions": list(c.questions), "late": list(c.late),
        "added_s": [[sid, s] for sid, s in c.added_s],
        "plan_changes": [{"step_id": n.step_id, "turn": n.turn, "old_s": n.old_s, "new_s": n.new_s}
                         for n in c.plan_changes],
    }


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer too large for a float
        return None
    return number if math.isfinite(number) else None


def _texts(value: object) -> tuple[str, ...]:
    return tuple(x for x in value if isinstance(x, str)) if isinstance(value, list) else ()


def _added_from(value: object) -> tuple[tuple[str, float], ...]:
    out = []
    for pair in value if isinstance(value, list) else ():
        if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str):
            seconds = _number(pair[1])
            if seconds is not None and seconds != 0:
                out.append((pair[0], seconds))
    return tuple(out)


def _note(value: object) -> PlanNote | None:
    if not isinstance(value, Mapping):
        return None
    step_id, turn = value.get("step_id"), value.get("turn")
    old, new = _number(value.get("old_s")), _number(value.get("new_s"))
    if not isinstance(step_id, str) or not isinstance(turn, bool) or old is None or new is None:
        return None
    return PlanNote(step_id, turn, old, new)


def course_from_json(d: object) -> Course:
    """Read a course back; anything malformed is dropped (never raises)."""
    if not isinstance(d, Mapping):
        return Course()
    lang = d.get("lang")
    changes = d.get("plan_changes")
    notes = (_note(x) for x in changes) if isinstance(changes, list) else iter(())
    return Course(lang if isinstance(lang, str) else "", _texts(d.get("questions")), _texts(d.get("late")),
                  _added_from(d.get("added_s")), tuple(n for n in notes if n is not None))
