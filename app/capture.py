"""What a meeting captures: the case, questions asked, the presenter's learning, the round's lines,
organisational measures, learning points, and what other formats ask for (focus area, topic
suggestions, feed-forward). Plain data with small, pure edit functions; storage persists it.

Every text item can be confidential; confidential items stay out of exports unless ticked in.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

MAX_TEXT = 100_000


class MeasureKind(StrEnum):
    """What sort of organisational measure (docs/FORMATS.md, F1 step 5)."""

    PROCEDURE = "procedure"
    STANDARD = "standard"
    OTHER = "other"


class MeasureStatus(StrEnum):
    """Open until someone marks it done or dropped."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


def clean_text(text: str) -> str:
    """Normalise typed text: NFC, no NUL or other control characters except newline and tab,
    trailing whitespace per line removed, at most ``MAX_TEXT`` characters."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    kept = "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")
    lines = [ln.rstrip() for ln in kept.split("\n")]
    return "\n".join(lines).strip("\n")[:MAX_TEXT]


@dataclass(frozen=True)
class TextItem:
    """A learning point, an own question, a topic suggestion: a text that may be confidential."""

    id: str
    text: str
    confidential: bool = False


@dataclass(frozen=True)
class Measure:
    """An organisational measure: a new procedure, a standard, something to do."""

    id: str
    text: str
    kind: MeasureKind = MeasureKind.PROCEDURE
    owner: str = ""
    due: date | None = None
    status: MeasureStatus = MeasureStatus.OPEN
    confidential: bool = False


@dataclass(frozen=True)
class RoundLine:
    """One person's line in the round, or their pass (never an empty reflection)."""

    participant: str
    text: str = ""
    passed: bool = False
    confidential: bool = False


@dataclass(frozen=True)
class FeedForward:
    """A suggestion for next time, from one member to another (mini-circle)."""

    id: str
    text: str
    giver: str = ""
    receiver: str = ""
    confidential: bool = True  # private to the receiver by default (docs/FORMATS.md, 2.5 feed-forward)


@dataclass(frozen=True)
class Capture:
    """Everything captured in one meeting."""

    case_title: str = ""
    case_confidential: bool = False
    presenters: tuple[str, ...] = ()
    questions_asked: frozenset[int] = frozenset()
    own_questions: tuple[TextItem, ...] = ()
    presenter_learning: str = ""
    presenter_learning_confidential: bool = False
    round_lines: tuple[RoundLine, ...] = ()
    measures: tuple[Measure, ...] = ()
    learning_points: tuple[TextItem, ...] = ()
    focus_area: str = ""
    topic_suggestions: tuple[TextItem, ...] = ()
    feed_forward: tuple[FeedForward, ...] = ()
    notes: str = ""
    notes_confidential: bool = True
    extra: dict[str, str] = field(default_factory=dict)  # format-specific free fields

    def filled_learning_points(self) -> tuple[TextItem, ...]:
        """Learning points with text (empty slots are not points)."""
        return tuple(p for p in self.learning_points if p.text.strip())


TRIED_SINCE_LAST = "tried_since_last"  # Capture.extra: "What did you try since last time?"
TRIED_SINCE_LAST_CONFIDENTIAL = "tried_since_last_confidential"  # "1" if the meeting's data says so


def typed_chars(cap: Capture) -> int:
    """Characters of what people typed into a meeting's capture, to hold within MAX_MEETING_TYPED
    (app/limits.py): every text and name typed; ids, kinds, statuses, dates and the names a round
    line or a feed-forward is marked with are the rest of the meeting's MAX_RECORD_TEXT."""
    texts = [x.text for x in (*cap.own_questions, *cap.learning_points, *cap.topic_suggestions)]
    texts += [f.text for f in cap.feed_forward]
    return (len(cap.case_title) + sum(map(len, cap.presenters)) + len(cap.presenter_learning)
            + len(cap.focus_area) + len(cap.notes) + len(cap.extra.get(TRIED_SINCE_LAST, ""))
            + sum(map(len, texts)) + sum(len(r.text) for r in cap.round_lines)
            + sum(len(m.text) + len(m.owner) for m in cap.measures))


def tried_since_last(cap: Capture) -> tuple[str, bool]:
    """What was typed for "What did you try since last time?", and whether it is confidential.

    It is plain text and shared like the focus area, unless the meeting's data marks it confidential
    (``extra["tried_since_last_confidential"]`` set to a true value).
    """
    flag = cap.extra.get(TRIED_SINCE_LAST_CONFIDENTIAL, "").strip().lower()
    return cap.extra.get(TRIED_SINCE_LAST, ""), flag not in ("", "0", "false", "no")


def set_round_line(cap: Capture, participant: str, text: str | None = None, *,
                   passed: bool | None = None, confidential: bool | None = None) -> Capture:
    """Set or update one person's round line; a pass keeps any text typed before it."""
    lines = list(cap.round_lines)
    for i, line in enumerate(lines):
        if line.participant == participant:
            lines[i] = replace(
                line, text=clean_text(text) if text is not None else line.text,
                passed=line.passed if passed is None else passed,
                confidential=line.confidential if confidential is None else confidential)
            return replace(cap, round_lines=tuple(lines))
    lines.append(RoundLine(participant, clean_text(text or ""), bool(passed), bool(confidential)))
    return replace(cap, round_lines=tuple(lines))


def upsert(items: tuple[TextItem, ...], item: TextItem) -> tuple[TextItem, ...]:
    """Replace the item with the same id, or append it."""
    out = [item if i.id == item.id else i for i in items]
    if not any(i.id == item.id for i in items):
        out.append(item)
    return tuple(out)


def upsert_measure(items: tuple[Measure, ...], item: Measure) -> tuple[Measure, ...]:
    """Replace the measure with the same id, or append it."""
    out = [item if i.id == item.id else i for i in items]
    if not any(i.id == item.id for i in items):
        out.append(item)
    return tuple(out)


def remove(items: tuple[TextItem, ...], item_id: str) -> tuple[TextItem, ...]:
    """Without the item of this id."""
    return tuple(i for i in items if i.id != item_id)


def toggle_question(cap: Capture, index: int) -> Capture:
    """Tick or untick one of the format's learning questions."""
    asked = set(cap.questions_asked)
    asked.symmetric_difference_update({index})
    return replace(cap, questions_asked=frozenset(asked))


# -- plain JSON form (storage, team export) -------------------------------------------------------

def _item(d: dict[str, object]) -> TextItem:
    return TextItem(str(d.get("id", "")), str(d.get("text", "")), bool(d.get("confidential", False)))


def _measure(d: dict[str, object]) -> Measure:
    due = d.get("due")
    kind, status = str(d.get("kind", "procedure")), str(d.get("status", "open"))
    return Measure(str(d.get("id", "")), str(d.get("text", "")),
                   MeasureKind(kind) if kind in MeasureKind.__members__.values() else MeasureKind.OTHER,
                   str(d.get("owner", "")), date.fromisoformat(due) if isinstance(due, str) and due else None,
                   MeasureStatus(status) if status in MeasureStatus.__members__.values()
                   else MeasureStatus.OPEN, bool(d.get("confidential", False)))


def measure_to_json(m: Measure) -> dict[str, object]:
    """One measure as plain JSON."""
    return {"id": m.id, "text": m.text, "kind": m.kind.value, "owner": m.owner,
            "due": m.due.isoformat() if m.due else None, "status": m.status.value,
            "confidential": m.confidential}


def capture_to_json(cap: Capture) -> dict[str, object]:
    """The capture as plain JSON (round-trips through :func:`capture_from_json`)."""
    def items(xs: tuple[TextItem, ...]) -> list[dict[str, object]]:
        return [{"id": i.id, "text": i.text, "confidential": i.confidential} for i in xs]

    return {
        "case_title": cap.case_title, "case_confidential": cap.case_confidential,
        "presenters": list(cap.presenters), "questions_asked": sorted(cap.questions_asked),
        "own_questions": items(cap.own_questions), "presenter_learning": cap.presenter_learning,
        "presenter_learning_confidential": cap.presenter_learning_confidential,
        "round_lines": [{"participant": r.participant, "text": r.text, "passed": r.passed,
                         "confidential": r.confidential} for r in cap.round_lines],
        "measures": [measure_to_json(m) for m in cap.measures],
        "learning_points": items(cap.learning_points), "focus_area": cap.focus_area,
        "topic_suggestions": items(cap.topic_suggestions),
        "feed_forward": [{"id": f.id, "text": f.text, "giver": f.giver, "receiver": f.receiver,
                          "confidential": f.confidential} for f in cap.feed_forward],
        "notes": cap.notes, "notes_confidential": cap.notes_confidential, "extra": dict(cap.extra),
    }


def _list(d: dict[str, object], key: str) -> list[dict[str, object]]:
    value = d.get(key, [])
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def capture_from_json(d: dict[str, object]) -> Capture:
    """Read a capture back; unknown or missing keys fall back to empty values."""
    presenters = d.get("presenters", [])
    asked = d.get("questions_asked", [])
    extra = d.get("extra", {})
    return Capture(
        case_title=str(d.get("case_title", "")), case_confidential=bool(d.get("case_confidential", False)),
        presenters=tuple(str(p) for p in presenters) if isinstance(presenters, list) else (),
        questions_asked=frozenset(int(i) for i in asked if isinstance(i, int))
        if isinstance(asked, list) else frozenset(),
        own_questions=tuple(_item(x) for x in _list(d, "own_questions")),
        presenter_learning=str(d.get("presenter_learning", "")),
        presenter_learning_confidential=bool(d.get("presenter_learning_confidential", False)),
        round_lines=tuple(RoundLine(str(x.get("participant", "")), str(x.get("text", "")),
                                    bool(x.get("passed", False)), bool(x.get("confidential", False)))
                          for x in _list(d, "round_lines")),
        measures=tuple(_measure(x) for x in _list(d, "measures")),
        learning_points=tuple(_item(x) for x in _list(d, "learning_points")),
        focus_area=str(d.get("focus_area", "")),
        topic_suggestions=tuple(_item(x) for x in _list(d, "topic_suggestions")),
        feed_forward=tuple(FeedForward(str(x.get("id", "")), str(x.get("text", "")),
                                       str(x.get("giver", "")), str(x.get("receiver", "")),
                                       bool(x.get("confidential", True)))
                           for x in _list(d, "feed_forward")),
        notes=str(d.get("notes", "")), notes_confidential=bool(d.get("notes_confidential", True)),
        extra={str(k): str(v) for k, v in extra.items()} if isinstance(extra, dict) else {},
    )
