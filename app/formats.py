"""Meeting formats as data: the model, loading and validation of format files.

A format file is JSON (schema 1). Every mistake is reported as a :class:`FormatError` that names the
file, the field (a dotted path such as ``steps[2].duration_s``) and what is wrong. A format may name
where it comes from in the optional field ``source`` (:class:`FormatSource`, ``Format.provenance``;
``Format.source`` is the file it was read from).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.limits import MAX_STEPS
from app.safe_json import BAD_CHARACTER, JsonRefusedError, bad_character, parse

SCHEMA_VERSION = 1
MAX_STEP_S = 12 * 3600
MAX_TEXT = 2000
MAX_FILE_BYTES = 2_000_000
LANGS = ("en", "da", "nb", "sv", "fi")


class StepKind(StrEnum):
    """How a step is timed."""

    TIMED = "timed"  # one countdown for the whole step
    ROUND = "round"  # the word goes around: one countdown per participant
    OPEN = "open"  # no fixed length: the clock counts up


class FormatError(ValueError):
    """A format file that cannot be used; ``str()`` is a message for people."""

    def __init__(self, source: str, where: str, problem: str) -> None:
        self.source, self.where, self.problem = source, where, problem
        super().__init__(f"{source}: {where}: {problem}" if where else f"{source}: {problem}")


@dataclass(frozen=True)
class LocalText:
    """A text in several languages; English is always present."""

    texts: Mapping[str, str]

    def get(self, lang: str) -> str:
        """The text in ``lang`` (``nb_NO`` and ``nb-NO`` match ``nb``), else English."""
        base = lang.replace("-", "_").partition("_")[0]
        return self.texts.get(base) or self.texts["en"]

    @classmethod
    def plain(cls, text: str) -> LocalText:
        """A text with English only."""
        return cls({"en": text})

    def to_json(self) -> dict[str, str]:
        """Plain dict for a file."""
        return dict(self.texts)


@dataclass(frozen=True)
class TurnPart:
    """One timed part of a round's turn, e.g. the mini-circle's "describe the challenge (3 min)"."""

    title: LocalText
    seconds: int


@dataclass(frozen=True)
class StepSpec:
    """One agenda step of a format."""

    id: str
    title: LocalText
    kind: StepKind = StepKind.TIMED
    duration_s: int = 300
    warning_s: int = 60
    turn_s: int = 60
    turn_warning_s: int = 15
    instruction: LocalText | None = None
    questions: tuple[LocalText, ...] = ()
    capture: tuple[str, ...] = ()
    turn_parts: tuple[TurnPart, ...] = ()  # a round: the parts of each turn (scaled to the turn's time)


@dataclass(frozen=True)
class GroupSize:
    """The group size a format advises (a warning outside it, never a refusal)."""

    min: int = 1
    max: int = 99


@dataclass(frozen=True)
class FormatSource:
    """Where a format comes from (its provenance), as a reader can find it: the public ``title``, the
    ``publisher`` (may be empty: docs/FORMATS.md, "Sources"), the web ``address`` (may be empty), the
    ``language`` the source is written in (a code such as ``da`` or ``nb``), and a ``note`` for users
    on what is the source's word for word and what is Runde's proposal. In a file it is the optional
    field ``source``."""

    title: str
    language: str
    publisher: str = ""
    address: str = ""
    note: LocalText | None = None


@dataclass(frozen=True)
class Format:
    """A meeting format: an ordered list of steps plus what its source says (docs/FORMATS.md)."""

    id: str
    version: int
    title: LocalText
    steps: tuple[StepSpec, ...]
    description: LocalText | None = None
    target_total_s: int | None = None
    group_size: GroupSize = field(default_factory=GroupSize)
    source: str = field(default="", compare=False)
    requires_facilitator: bool = False  # no start without one (docs/FORMATS.md, decision 3)
    provenance: FormatSource | None = None  # the file's "source" field (``source`` above is the file)

    def planned_total_s(self, round_turns: int) -> int:
        """Planned length in seconds when every round has ``round_turns`` turns."""
        return sum(planned_step_s(s, round_turns) for s in self.steps)

    def step(self, step_id: str) -> StepSpec:
        """The step with this id."""
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(step_id)


def with_warning(fmt: Format, warning_s: int) -> Format:
    """``fmt`` with the warning phase of every timed step starting ``warning_s`` before its end (a
    user's setting; never longer than the step). Turns in a round keep the format's own warning;
    a negative ``warning_s`` leaves the format as it is."""
    if warning_s < 0:
        return fmt
    steps = tuple(step if step.kind is StepKind.ROUND
                  else replace(step, warning_s=min(warning_s, step.duration_s)) for step in fmt.steps)
    return replace(fmt, steps=steps)


def with_times(fmt: Format, durations: Mapping[str, int] | None = None,
               turns: Mapping[str, int] | None = None) -> Format:
    """``fmt`` with some timed steps (``durations``, by step id) and the turns of some rounds
    (``turns``, by step id) set for one meeting. A warning never starts before its step or turn does;
    ids the format does not have, and times that are not positive, are left out."""
    durations, turns = durations or {}, turns or {}

    def timed(s: StepSpec) -> StepSpec:
        if s.kind is StepKind.TIMED and durations.get(s.id, 0) > 0:
            d = durations[s.id]
            return replace(s, duration_s=d, warning_s=min(s.warning_s, d))
        if s.kind is StepKind.ROUND and turns.get(s.id, 0) > 0:
            t = turns[s.id]
            return replace(s, turn_s=t, turn_warning_s=min(s.turn_warning_s, t))
        return s
    steps = tuple(timed(s) for s in fmt.steps)
    return fmt if steps == fmt.steps else replace(fmt, steps=steps)


def planned_step_s(step: StepSpec, round_turns: int) -> int:
    """Planned seconds of one step; a round is one turn per participant."""
    if step.kind is StepKind.ROUND:
        return step.turn_s * max(round_turns, 0)
    if step.kind is StepKind.OPEN:
        return step.duration_s
    return step.duration_s


def check_plan(fmt: Format) -> None:
    """The rules a format editor keeps on top of the file's: a warning never longer than its step
    (timed) or its turn (round). Loading does not refuse such files (a warning then starts at once).

    Raises:
        FormatError: naming ``fmt.source`` and the field, e.g. ``steps[2].warning_s``.
    """
    for i, s in enumerate(fmt.steps):
        if s.kind is StepKind.TIMED and s.warning_s > s.duration_s:
            raise FormatError(fmt.source, f"steps[{i}].warning_s",
                              f"is longer than the step ({s.warning_s} s > {s.duration_s} s)")
        if s.kind is StepKind.ROUND and s.turn_warning_s > s.turn_s:
            raise FormatError(fmt.source, f"steps[{i}].turn_warning_s",
                              f"is longer than the turn ({s.turn_warning_s} s > {s.turn_s} s)")


# --- parsing --------------------------------------------------------------------------------------

_FORMAT_KEYS = {"schema", "id", "version", "title", "description", "target_total_s", "group_size",
                "requires_facilitator", "steps", "source"}
_SOURCE_KEYS = {"title", "publisher", "address", "language", "note"}
_ADDRESS = re.compile(r"https?://[^\s\x00-\x1f\x7f]{1,500}")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
_STEP_KEYS = {"id", "title", "kind", "duration_s", "warning_s", "turn_s", "turn_warning_s",
              "instruction", "questions", "capture", "turn_parts"}
CAPTURE_KINDS = {
    "case", "questions_asked", "presenter_learning", "round_lines", "measures", "learning_points",
    "focus_area", "topic_suggestions", "feed_forward", "notes", "agent_goals", "colleague_focus",
    "ground_rules", "observations", "agent_reflections", "colleague_reflections", "tried_since",
}


def _shown(value: object) -> str:
    """A wrong value as a message shows it: a number, true, false or null as it is; a text, a list or
    an object only by its kind (never the words in it)."""
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list | dict):
        return "a list" if isinstance(value, list) else "an object"
    return json.dumps(value)[:40]


class _Reader:
    """Walks a parsed JSON document and raises FormatError with a precise field path."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> FormatError:
        return FormatError(self.source, where, problem)

    def obj(self, value: object, where: str, allowed: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "must be an object { ... }")
        unknown = sorted(set(value) - allowed)
        if unknown:  # named when it looks like a misspelt field (lower-case a-z and '_'), else not
            key = unknown[0] if re.fullmatch(r"[a-z_]{1,32}", unknown[0]) else "(a key)"
            raise self.fail(f"{where}.{key}" if where else key,
                            f"unknown key (allowed: {', '.join(sorted(allowed))})")
        return value

    def integer(self, value: object, where: str, lo: int, hi: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, f"must be a whole number, got {_shown(value)}")
        if not lo <= value <= hi:
            raise self.fail(where, f"must be between {lo} and {hi}, got {value}")
        return value

    def flag(self, value: object, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where, f"must be true or false, got {_shown(value)}")
        return value

    def text(self, value: object, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "must be a non-empty text")
        if len(value) > MAX_TEXT:
            raise self.fail(where, f"is longer than {MAX_TEXT} characters")
        if bad_character(value, lines=True):
            raise self.fail(where, BAD_CHARACTER)
        return value.strip()

    def local(self, value: object, where: str) -> LocalText:
        if isinstance(value, str):
            return LocalText({"en": self.text(value, where)})
        obj = self.obj(value, where, set(LANGS))
        if "en" not in obj:
            raise self.fail(f"{where}.en", "is missing (every text needs English)")
        return LocalText({k: self.text(v, f"{where}.{k}") for k, v in obj.items()})

    def ident(self, value: object, where: str) -> str:
        text = self.text(value, where)
        if len(text) > 64 or not all(c.isalnum() and c.isascii() or c in "-_" for c in text):
            raise self.fail(where, "must be 1-64 letters a-z, digits, '-' or '_'")
        return text


def _parse_step(r: _Reader, raw: object, where: str) -> StepSpec:
    obj = r.obj(raw, where, _STEP_KEYS)
    if "id" not in obj:
        raise r.fail(f"{where}.id", "is missing")
    if "title" not in obj:
        raise r.fail(f"{where}.title", "is missing")
    kind_raw = obj.get("kind", "timed")
    try:
        kind = StepKind(kind_raw)
    except ValueError:
        raise r.fail(f"{where}.kind", f"must be one of {', '.join(k.value for k in StepKind)}, "
                                      f"got {_shown(kind_raw)}") from None
    lo = 1 if kind is StepKind.TIMED else 0  # a round's length comes from its turns
    duration = r.integer(obj.get("duration_s", 0 if kind is not StepKind.TIMED else None),
                         f"{where}.duration_s", lo, MAX_STEP_S) if (
        "duration_s" in obj or kind is StepKind.TIMED) else 0
    turn = r.integer(obj.get("turn_s", 60), f"{where}.turn_s", 1, 3600)
    questions = obj.get("questions", [])
    if not isinstance(questions, list):
        raise r.fail(f"{where}.questions", "must be a list")
    capture = obj.get("capture", [])
    if not isinstance(capture, list):
        raise r.fail(f"{where}.capture", "must be a list")
    for i, c in enumerate(capture):
        if not isinstance(c, str) or c not in CAPTURE_KINDS:
            raise r.fail(f"{where}.capture[{i}]", f"unknown capture {_shown(c)}")
    parts = _turn_parts(r, obj.get("turn_parts", []), f"{where}.turn_parts", kind)
    return StepSpec(
        id=r.ident(obj["id"], f"{where}.id"),
        title=r.local(obj["title"], f"{where}.title"),
        kind=kind,
        duration_s=duration,
        warning_s=r.integer(obj.get("warning_s", min(60, duration // 5)), f"{where}.warning_s",
                            0, MAX_STEP_S),
        turn_s=turn,
        turn_warning_s=r.integer(obj.get("turn_warning_s", min(15, turn // 4)),
                                 f"{where}.turn_warning_s", 0, 3600),
        instruction=(r.local(obj["instruction"], f"{where}.instruction")
                     if "instruction" in obj else None),
        questions=tuple(r.local(q, f"{where}.questions[{i}]") for i, q in enumerate(questions)),
        capture=tuple(capture),
        turn_parts=parts,
    )


def _turn_parts(r: _Reader, raw: object, where: str, kind: StepKind) -> tuple[TurnPart, ...]:
    """A round's turn in timed parts (optional): each a title and seconds, as planned for the turn
    (``app/turn_parts.py`` scales them to the turn's time, so a turn changed in the editor keeps them)."""
    if not isinstance(raw, list):
        raise r.fail(where, "must be a list")
    if not raw:
        return ()
    if kind is not StepKind.ROUND:
        raise r.fail(where, "only a round's turns have parts")
    if len(raw) > 12:
        raise r.fail(where, f"has {len(raw)} parts (at most 12)")
    parts = []
    for i, item in enumerate(raw):
        obj = r.obj(item, f"{where}[{i}]", {"title", "duration_s"})
        if "title" not in obj or "duration_s" not in obj:
            raise r.fail(f"{where}[{i}]", "needs a title and duration_s")
        parts.append(TurnPart(r.local(obj["title"], f"{where}[{i}].title"),
                              r.integer(obj["duration_s"], f"{where}[{i}].duration_s", 1, 3600)))
    return tuple(parts)  # as planned for the turn; a turn of another length scales them alike


def _provenance(r: _Reader, raw: object) -> FormatSource:
    """The optional ``source`` field: where the format comes from (see :class:`FormatSource`)."""
    obj = r.obj(raw, "source", _SOURCE_KEYS)
    for key in ("title", "language"):
        if key not in obj:
            raise r.fail(f"source.{key}", "is missing")
    address = obj.get("address", "")
    if not isinstance(address, str) or (address and (
            not _ADDRESS.fullmatch(address) or bad_character(address))):
        raise r.fail("source.address", "must be empty or a web address (http:// or https://)")
    language = obj["language"]
    if not isinstance(language, str) or not _LANGUAGE.fullmatch(language):
        raise r.fail("source.language", "must be a language code of 2 or 3 letters a-z")
    return FormatSource(
        title=r.text(obj["title"], "source.title"),
        language=language,
        publisher=r.text(obj["publisher"], "source.publisher") if "publisher" in obj else "",
        address=address,
        note=r.local(obj["note"], "source.note") if "note" in obj else None,
    )


def parse_format(data: object, source: str = "<format>") -> Format:
    """Validate a parsed JSON document and build a :class:`Format`.

    Raises:
        FormatError: naming ``source``, the field and the problem.
    """
    r = _Reader(source)
    obj = r.obj(data, "", _FORMAT_KEYS)
    for key in ("schema", "id", "title", "steps"):
        if key not in obj:
            raise r.fail(key, "is missing")
    r.integer(obj["schema"], "schema", SCHEMA_VERSION, SCHEMA_VERSION)
    steps_raw = obj["steps"]
    if not isinstance(steps_raw, list) or not steps_raw:
        raise r.fail("steps", "must be a list with at least one step")
    if len(steps_raw) > MAX_STEPS:
        raise r.fail("steps", f"has {len(steps_raw)} steps; at most {MAX_STEPS} are allowed")
    steps = tuple(_parse_step(r, s, f"steps[{i}]") for i, s in enumerate(steps_raw))
    seen: set[str] = set()
    for i, s in enumerate(steps):
        if s.id in seen:
            raise r.fail(f"steps[{i}].id", f"{s.id!r} is used twice")
        seen.add(s.id)
    gs = r.obj(obj.get("group_size", {}), "group_size", {"min", "max"})
    group = GroupSize(r.integer(gs.get("min", 1), "group_size.min", 1, 999),
                      r.integer(gs.get("max", 99), "group_size.max", 1, 999))
    if group.min > group.max:
        raise r.fail("group_size", "min is larger than max")
    return Format(
        id=r.ident(obj["id"], "id"),
        version=r.integer(obj.get("version", 1), "version", 1, 1_000_000),
        title=r.local(obj["title"], "title"),
        description=r.local(obj["description"], "description") if "description" in obj else None,
        target_total_s=(r.integer(obj["target_total_s"], "target_total_s", 60, 7 * 24 * 3600)
                        if "target_total_s" in obj else None),
        group_size=group,
        steps=steps,
        source=source,
        requires_facilitator=r.flag(obj.get("requires_facilitator", False), "requires_facilitator"),
        provenance=_provenance(r, obj["source"]) if "source" in obj else None,
    )


def load_format(path: Path) -> Format:
    """Read and validate one format file.

    Raises:
        FormatError: the file cannot be read, is not JSON, or breaks a rule.
    """
    source = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise FormatError(source, "", f"is larger than {MAX_FILE_BYTES // 1_000_000} MB")
        raw = path.read_bytes()
    except FormatError:
        raise
    except OSError as exc:
        raise FormatError(source, "", f"cannot be read ({exc.strerror or exc})") from None
    try:  # a byte order mark is fine; too deep a nesting and a key written twice are not
        data = parse(raw)
    except JsonRefusedError as exc:
        raise FormatError(source, exc.where, exc.problem) from None
    return parse_format(data, source)


def format_to_json(fmt: Format) -> dict[str, Any]:
    """The file form of a format; ``parse_format(format_to_json(f))`` gives ``f`` back."""
    out: dict[str, Any] = {"schema": SCHEMA_VERSION, "id": fmt.id, "version": fmt.version,
                           "title": fmt.title.to_json()}
    if fmt.description:
        out["description"] = fmt.description.to_json()
    if fmt.target_total_s is not None:
        out["target_total_s"] = fmt.target_total_s
    out["group_size"] = {"min": fmt.group_size.min, "max": fmt.group_size.max}
    if fmt.requires_facilitator:
        out["requires_facilitator"] = True
    if fmt.provenance is not None:
        out["source"] = _provenance_to_json(fmt.provenance)
    out["steps"] = [_step_to_json(s) for s in fmt.steps]
    return out


def _provenance_to_json(p: FormatSource) -> dict[str, Any]:
    out: dict[str, Any] = {"title": p.title}
    if p.publisher:
        out["publisher"] = p.publisher
    out.update(address=p.address, language=p.language)
    if p.note is not None:
        out["note"] = p.note.to_json()
    return out


def _step_to_json(s: StepSpec) -> dict[str, Any]:
    d: dict[str, Any] = {"id": s.id, "title": s.title.to_json(), "kind": s.kind.value,
                         "duration_s": s.duration_s, "warning_s": s.warning_s}
    if s.kind is StepKind.ROUND:
        d.update(turn_s=s.turn_s, turn_warning_s=s.turn_warning_s)
    if s.instruction:
        d["instruction"] = s.instruction.to_json()
    if s.questions:
        d["questions"] = [q.to_json() for q in s.questions]
    if s.capture:
        d["capture"] = list(s.capture)
    if s.turn_parts:
        d["turn_parts"] = [{"title": pt.title.to_json(), "duration_s": pt.seconds} for pt in s.turn_parts]
    return d


def load_formats(folders: Iterable[Path]) -> tuple[dict[str, Format], list[FormatError]]:
    """Load every ``*.json`` in ``folders``; later folders override earlier ones by id.

    Returns the formats by id and the errors of files that were refused (the rest still load).
    """
    found: dict[str, Format] = {}
    errors: list[FormatError] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                fmt = load_format(path)
            except FormatError as exc:
                errors.append(exc)
                continue
            found[fmt.id] = fmt
    return found, errors
