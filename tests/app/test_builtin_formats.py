"""The built-in formats in resources/formats, and the format validator against broken files."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.formats import (
    CAPTURE_KINDS,
    MAX_STEP_S,
    MAX_STEPS,
    Format,
    FormatError,
    FormatSource,
    GroupSize,
    LocalText,
    StepKind,
    StepSpec,
    format_to_json,
    load_format,
    parse_format,
)
from app.paths import builtin_formats_dir

FORMAT_FILES = sorted(builtin_formats_dir().glob("*.json"))
REQUIRED_LANGS = {"en", "da", "nb"}

EXPECTED_IDS = {
    "systematic-learning-meeting", "learning-visit", "learning-circle", "mini-circle", "challenge-circle",
    "digital-learning-circle", "after-action-review", "open",
}
HAS_ROUND = {
    "systematic-learning-meeting": True, "learning-visit": False, "learning-circle": True,
    "mini-circle": True, "challenge-circle": True, "digital-learning-circle": True,
    "after-action-review": False, "open": False,
}

# The 8 learning questions of F1's source, verbatim (docs/FORMATS.md, F1).
F1_QUESTIONS_DA = [
    "Hvad var den største udfordring?",
    "Hvad var nemt eller sjovt?",
    "Hvad var din rolle? Hvem havde også en rolle?",
    "Hvordan var relationerne?",
    "Hvilken viden eller information savnede du?",
    "Hvem havde beslutningskompetencen?",
    "Hvad ville du have gjort anderledes med den viden, du har i dag?",
    "Hvad er den vigtigste læring, du gjorde dig?",
]
# The five agenda items of F1's source, verbatim, including its own spellings (docs/FORMATS.md, F1).
F1_STEPS_DA = [
    "En eller flere medarbejdere præsenterer en case/opgave, som han/hun gerne vil lære af (5 min). "
    "Det kan fx være en vanskelig samtale med en borger eller pårørende.",
    "Kollegaerne stiller lærings spørgsmål (10 min) – find inspiration i nedenstående spørgsmål",
    "Case personen fortæller kort hvilken læring kollegaernes spørgsmål gav (1-2 min.)",
    "Medarbejderne starter en runde, hvor de reflekterer over, hvilken læring casen giver dem i forhold "
    "til deres egen opgaveløsning. Ordet går på omgang (ca. 1 min til hver).",
    "Fælles refleksion over, om casen giver anledning til nogle fælles organisatoriske tiltag, fx nye "
    "procedurer eller standarder (5 min)",
]
# The fixed agenda of F6's source, verbatim (Norwegian; docs/FORMATS.md, F6).
F6_AGENDA_NB = [
    "Innspill til dagens fokusområde",
    "Erfaringsdeling/verksted for digitale verktøy",
    "Refleksjon: Hva har jeg behov for å lære nå?",
    "Fokusområde til neste møte",
]


def _builtin(format_id: str) -> Format:
    return load_format(builtin_formats_dir() / f"{format_id}.json")


def _texts(fmt: Format) -> Iterator[tuple[str, LocalText]]:
    yield "title", fmt.title
    if fmt.description:
        yield "description", fmt.description
    for i, s in enumerate(fmt.steps):
        yield f"steps[{i}].title", s.title
        if s.instruction:
            yield f"steps[{i}].instruction", s.instruction
        for j, q in enumerate(s.questions):
            yield f"steps[{i}].questions[{j}]", q


# --- the built-in files -------------------------------------------------------------------------


def test_every_expected_format_is_there() -> None:
    assert {p.stem for p in FORMAT_FILES} >= EXPECTED_IDS


@pytest.mark.parametrize("path", FORMAT_FILES, ids=lambda p: p.stem)
def test_builtin_loads_with_id_equal_to_file_name(path: Path) -> None:
    fmt = load_format(path)
    assert fmt.id == path.stem
    assert fmt.version == 1
    assert json.loads(path.read_text(encoding="utf-8"))["schema"] == 1


def test_builtin_ids_are_unique() -> None:
    ids = [load_format(p).id for p in FORMAT_FILES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("path", FORMAT_FILES, ids=lambda p: p.stem)
def test_every_text_has_english_danish_and_norwegian(path: Path) -> None:
    fmt = load_format(path)
    assert fmt.description is not None
    for where, text in _texts(fmt):
        missing = REQUIRED_LANGS - set(text.texts)
        assert not missing, f"{path.name}: {where} lacks {sorted(missing)}"


@pytest.mark.parametrize("path", FORMAT_FILES, ids=lambda p: p.stem)
def test_every_builtin_names_its_source_in_a_field_of_its_own(path: Path) -> None:
    """The provenance is data (title, publisher, address, language, a note on what is Runde's
    proposal), not a sentence at the end of the description (docs/FORMATS.md, "Sources")."""
    fmt = load_format(path)
    assert fmt.description is not None and fmt.provenance is not None
    p = fmt.provenance
    assert any(s in f"{p.title} {p.publisher}" for s in (
        "NK-ARR", "NVL", "NLL", "læringsmøder", "Læringsbesøg", "After Action Review")), p
    assert p.language in {"da", "nb", "en"}
    assert p.note is not None and not REQUIRED_LANGS - set(p.note.texts)
    for lang in REQUIRED_LANGS:
        text = fmt.description.texts[lang]
        assert not any(w in text for w in ("Source:", "Kilde:", "Källa:", "Lähde:")), (lang, text)
        for words in (text, p.note.texts[lang], p.title):
            assert "seed" not in words.lower() and "DOMAIN" not in words  # our working words, never a user's


@pytest.mark.parametrize("format_id", sorted(HAS_ROUND))
def test_round_steps_where_the_format_has_one(format_id: str) -> None:
    rounds = [s for s in _builtin(format_id).steps if s.kind is StepKind.ROUND]
    assert bool(rounds) is HAS_ROUND[format_id]
    for s in rounds:
        assert s.duration_s == 0
        assert 0 < s.turn_warning_s < s.turn_s


@pytest.mark.parametrize("path", FORMAT_FILES, ids=lambda p: p.stem)
def test_warnings_come_before_the_end(path: Path) -> None:
    for s in load_format(path).steps:
        if s.kind is StepKind.TIMED:
            assert 0 < s.warning_s < s.duration_s, s.id


def test_f1_has_the_five_source_steps() -> None:
    fmt = _builtin("systematic-learning-meeting")
    shape = [(s.kind, s.duration_s if s.kind is not StepKind.ROUND else s.turn_s) for s in fmt.steps]
    assert shape == [(StepKind.TIMED, 300), (StepKind.TIMED, 600), (StepKind.TIMED, 120),
                     (StepKind.ROUND, 60), (StepKind.TIMED, 300)]
    assert fmt.steps[3].turn_warning_s == 15
    assert fmt.target_total_s == 1800
    assert [s.capture for s in fmt.steps] == [
        ("case",), ("questions_asked",), ("presenter_learning",), ("round_lines",),
        ("measures", "learning_points"),
    ]


def test_f1_with_seven_turns_is_29_minutes() -> None:
    fmt = _builtin("systematic-learning-meeting")
    assert fmt.planned_total_s(7) == 29 * 60
    assert fmt.target_total_s is not None and fmt.planned_total_s(8) <= fmt.target_total_s


def test_f1_learning_questions_are_the_source_questions_verbatim() -> None:
    step = _builtin("systematic-learning-meeting").steps[1]
    assert len(step.questions) == 8
    assert [q.texts["da"] for q in step.questions] == F1_QUESTIONS_DA
    assert all(q.texts["en"] and q.texts["nb"] for q in step.questions)


def test_f1_instructions_quote_the_source() -> None:
    steps = _builtin("systematic-learning-meeting").steps
    assert steps[0].instruction is not None
    assert F1_STEPS_DA[0] in steps[0].instruction.texts["da"]
    for step, sentence in zip(steps, F1_STEPS_DA, strict=True):
        assert step.instruction is not None
        assert sentence in step.instruction.texts["da"], step.id


def test_f1_titles_use_the_standard_spelling() -> None:
    steps = _builtin("systematic-learning-meeting").steps
    assert "Læringsspørgsmål" in steps[1].title.texts["da"]
    assert "casepersonen" in steps[2].title.texts["da"].lower()
    for s in steps:
        assert "lærings spørgsmål" not in s.title.texts["da"].lower()
        assert "case personen" not in s.title.texts["da"].lower()


def test_learning_visit_times_only_the_meetings() -> None:
    fmt = _builtin("learning-visit")
    assert [(s.kind, s.duration_s) for s in fmt.steps] == [
        (StepKind.TIMED, 900), (StepKind.OPEN, 0), (StepKind.TIMED, 900), (StepKind.TIMED, 900),
        (StepKind.TIMED, 600),
    ]
    assert fmt.steps[0].capture == ("agent_goals", "colleague_focus", "ground_rules")
    assert fmt.steps[1].capture == ("observations",)
    assert fmt.steps[-1].capture == ("learning_points",)
    assert fmt.group_size == GroupSize(2, 2)
    assert [q.texts["da"] for q in fmt.steps[2].questions] == [
        "Hvad så og hørte læringsagenten?",
        "Hvilke oplevelser virkede godt, og hvad kunne eventuelt gøres anderledes?",
    ]
    assert [q.texts["da"] for q in fmt.steps[3].questions] == [
        "Hvordan det var at have en læringsagent med på arbejde?",
        "Hvilke refleksioner og tanker har dagen givet?",
    ]
    assert "tre læringspointer" in (fmt.steps[-1].instruction or LocalText.plain("")).texts["da"]


def test_group_sizes() -> None:
    assert _builtin("mini-circle").group_size == GroupSize(3, 3)
    assert _builtin("challenge-circle").group_size == GroupSize(3, 5)


def test_mini_circle_is_half_an_hour_for_three() -> None:
    fmt = _builtin("mini-circle")
    assert fmt.planned_total_s(3) == 30 * 60
    assert any("feed_forward" in s.capture for s in fmt.steps)
    assert "topic_suggestions" in fmt.steps[-1].capture


def test_digital_learning_circle_has_the_fixed_agenda() -> None:
    fmt = _builtin("digital-learning-circle")
    assert [s.title.texts["nb"] for s in fmt.steps] == F6_AGENDA_NB
    assert fmt.steps[0].instruction is not None
    source_item = ("Innspill til dagens fokusområde. "
                 "Refleksjon: Hva i dagens fokusområde er relevant for meg i min jobb?")
    assert fmt.steps[0].instruction.texts["nb"] == source_item
    assert fmt.steps[-1].capture == ("focus_area",)
    assert fmt.target_total_s == 135 * 60
    assert fmt.target_total_s is not None and fmt.planned_total_s(12) <= fmt.target_total_s


def test_after_action_review_is_four_questions_without_a_round() -> None:
    fmt = _builtin("after-action-review")
    assert len(fmt.steps) == 4
    assert all(s.kind is StepKind.TIMED for s in fmt.steps)
    assert "measures" in fmt.steps[-1].capture


def test_open_format_is_one_open_step() -> None:
    fmt = _builtin("open")
    assert len(fmt.steps) == 1
    assert fmt.steps[0].kind is StepKind.OPEN
    assert fmt.steps[0].capture == ("notes", "learning_points", "measures")


@pytest.mark.parametrize("path", [
    pytest.param(p, id=p.stem) for p in FORMAT_FILES])
def test_builtin_survives_export_and_import(path: Path) -> None:
    fmt = load_format(path)
    text = json.dumps(format_to_json(fmt), ensure_ascii=False)
    assert parse_format(json.loads(text), fmt.source) == fmt


# --- the validator against broken files ---------------------------------------------------------


def _valid() -> dict[str, Any]:
    return {"schema": 1, "id": "ours", "version": 1, "title": {"en": "Ours", "da": "Vores"},
            "steps": [{"id": "talk", "title": {"en": "Talk"}, "duration_s": 300}]}


def _refused(tmp_path: Path, content: object, name: str = "ours.json") -> tuple[Path, str]:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(FormatError) as info:
        load_format(path)
    return path, str(info.value)


def test_the_valid_base_loads(tmp_path: Path) -> None:
    path = tmp_path / "ours.json"
    path.write_text(json.dumps(_valid()), encoding="utf-8")
    assert load_format(path).steps[0].duration_s == 300


def test_not_json_names_file_and_line(tmp_path: Path) -> None:
    path, msg = _refused(tmp_path, '{\n  "schema": 1,\n  "id": "ours",,\n  "steps": []\n}\n', "broken.json")
    assert path.name in msg
    assert "line 3" in msg
    assert "JSON" in msg


def test_negative_duration(tmp_path: Path) -> None:
    doc = _valid()
    doc["steps"][0]["duration_s"] = -5
    path, msg = _refused(tmp_path, doc)
    assert path.name in msg and "steps[0].duration_s" in msg and "-5" in msg


def test_zero_duration_on_a_timed_step(tmp_path: Path) -> None:
    doc = _valid()
    doc["steps"][0]["duration_s"] = 0
    path, msg = _refused(tmp_path, doc)
    assert path.name in msg and "steps[0].duration_s" in msg


def test_missing_step_title(tmp_path: Path) -> None:
    doc = _valid()
    del doc["steps"][0]["title"]
    path, msg = _refused(tmp_path, doc)
    assert path.name in msg and "steps[0].title" in msg and "missing" in msg


def test_missing_format_title(tmp_path: Path) -> None:
    doc = _valid()
    del doc["title"]
    path, msg = _refused(tmp_path, doc)
    assert path.name in msg and "title" in msg and "missing" in msg


def test_unknown_key_names_the_field_path(tmp_path: Path) -> None:
    doc = _valid()
    doc["steps"][0]["colour"] = "red"
    path, msg = _refused(tmp_path, doc)
    assert path.name in msg and "steps[0].colour" in msg and "unknown key" in msg


def test_ten_thousand_steps_are_refused_quickly(tmp_path: Path) -> None:
    doc = _valid()
    doc["steps"] = [{"id": f"s{i}", "title": "Step", "duration_s": 60} for i in range(10_000)]
    start = time.perf_counter()
    path, msg = _refused(tmp_path, doc)
    assert time.perf_counter() - start < 2.0
    assert path.name in msg and "steps" in msg and "10000" in msg and f"at most {MAX_STEPS}" in msg


def test_not_utf8(tmp_path: Path) -> None:
    path, msg = _refused(tmp_path, b'{"schema": 1, "id": "caf\xe9", "title": "Caf\xe9"}')
    assert path.name in msg and "UTF-8" in msg


def test_empty_file(tmp_path: Path) -> None:
    path, msg = _refused(tmp_path, "")
    assert path.name in msg and "line 1" in msg and "JSON" in msg


def test_a_json_list_is_not_a_format(tmp_path: Path) -> None:
    path, msg = _refused(tmp_path, [_valid()])
    assert path.name in msg and "must be an object" in msg


# --- properties ---------------------------------------------------------------------------------

_TEXT = st.text(st.characters(exclude_categories=("Cc", "Cs")) | st.sampled_from("\n\t"),  # as typed
                min_size=1, max_size=24).map(str.strip).filter(bool)
_IDENT = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_", min_size=1, max_size=16)
_LOCAL = st.builds(lambda en, rest: LocalText({"en": en, **rest}), _TEXT,
                   st.dictionaries(st.sampled_from(("da", "nb", "sv", "fi")), _TEXT, max_size=4))


@st.composite
def _step(draw: st.DrawFn) -> StepSpec:
    kind = draw(st.sampled_from(StepKind))
    turn_s, turn_warning_s = 60, 15  # what the file form gives a step that is not a round
    if kind is StepKind.ROUND:
        duration = draw(st.integers(1, MAX_STEP_S))
        turn_s, turn_warning_s = draw(st.integers(1, 3600)), draw(st.integers(0, 3600))
    else:
        duration = draw(st.integers(1 if kind is StepKind.TIMED else 0, MAX_STEP_S))
    return StepSpec(
        id=draw(_IDENT), title=draw(_LOCAL), kind=kind, duration_s=duration,
        warning_s=draw(st.integers(0, MAX_STEP_S)), turn_s=turn_s, turn_warning_s=turn_warning_s,
        instruction=draw(st.none() | _LOCAL),
        questions=tuple(draw(st.lists(_LOCAL, max_size=3))),
        capture=tuple(draw(st.lists(st.sampled_from(sorted(CAPTURE_KINDS)), max_size=4, unique=True))),
    )


_PROVENANCE = st.builds(
    FormatSource, title=_LOCAL.map(lambda t: t.get("en")),
    language=st.from_regex(r"[a-z]{2,3}", fullmatch=True),
    publisher=st.just("") | _LOCAL.map(lambda t: t.get("en")),
    address=st.just("") | st.from_regex(r"https://[a-z0-9./-]{1,40}", fullmatch=True),
    note=st.none() | _LOCAL)


@st.composite
def _format(draw: st.DrawFn) -> Format:
    lo, hi = sorted(draw(st.lists(st.integers(1, 999), min_size=2, max_size=2)))
    return Format(
        id=draw(_IDENT), version=draw(st.integers(1, 1_000_000)), title=draw(_LOCAL),
        steps=tuple(draw(st.lists(_step(), min_size=1, max_size=6, unique_by=lambda s: s.id))),
        description=draw(st.none() | _LOCAL),
        target_total_s=draw(st.none() | st.integers(60, 7 * 24 * 3600)),
        group_size=GroupSize(lo, hi),
        requires_facilitator=draw(st.booleans()),
        source="<format>",  # Format compares its source too; parse_format names it "<format>"
        provenance=draw(st.none() | _PROVENANCE),
    )


@settings(max_examples=100, deadline=None)
@given(_format())
def test_file_form_round_trip(fmt: Format) -> None:
    assert parse_format(format_to_json(fmt)) == fmt
    text = json.dumps(format_to_json(fmt), ensure_ascii=False)
    assert parse_format(json.loads(text)) == fmt


_KEYS = sorted({"schema", "id", "version", "title", "description", "target_total_s", "group_size", "steps",
                "requires_facilitator", "source", "publisher", "address", "language", "note",
                "kind", "duration_s", "warning_s", "turn_s", "turn_warning_s", "instruction", "questions",
                "capture", "min", "max", "en", "da", "nb", "sv", "fi"})
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
    | st.sampled_from(["timed", "round", "open", "case", "x"]),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(_KEYS) | st.text(max_size=8), inner, max_size=5),
    max_leaves=25,
)


@settings(max_examples=100, deadline=None)
@given(_JSON)
def test_any_json_value_gives_a_format_or_a_format_error(value: object) -> None:
    try:
        result = parse_format(value, "fuzz.json")
    except FormatError as exc:
        assert str(exc).startswith("fuzz.json: ")
    else:
        assert isinstance(result, Format)


_TOP_FIELDS = ["schema", "id", "version", "title", "description", "target_total_s", "group_size", "steps",
               "requires_facilitator", "source"]
_STEP_FIELDS = ["id", "title", "kind", "duration_s", "warning_s", "turn_s", "turn_warning_s", "instruction",
                "questions", "capture"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([("", k) for k in _TOP_FIELDS] + [("step", k) for k in _STEP_FIELDS]), _JSON)
@example(("step", "capture"), [[]])
def test_any_value_in_any_field_gives_a_format_or_a_format_error(where: tuple[str, str],
                                                                 value: object) -> None:
    doc = _valid()
    target = doc["steps"][0] if where[0] == "step" else doc
    target[where[1]] = value
    try:
        result = parse_format(doc, "fuzz.json")
    except FormatError as exc:
        assert str(exc).startswith("fuzz.json: ")
    else:
        assert isinstance(result, Format)


def test_only_the_systematic_learning_meeting_requires_a_facilitator() -> None:
    """Its source makes one a condition ("at der er en facilitator"; docs/FORMATS.md, F1 and
    decision 3); no other source does."""
    from app.formats import load_formats

    found, errors = load_formats([builtin_formats_dir()])
    assert errors == []
    assert {i for i, f in found.items() if f.requires_facilitator} == {"systematic-learning-meeting"}


@pytest.mark.parametrize("value", [1, 0, "true", None, [], {}])
def test_requires_facilitator_must_be_true_or_false(value: object) -> None:
    doc = _valid()
    doc["requires_facilitator"] = value
    with pytest.raises(FormatError, match="requires_facilitator: must be true or false"):
        parse_format(doc, "f.json")
