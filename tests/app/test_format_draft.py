"""The format editor's drafts (app/format_draft.py): a draft of a format gives its file form back, an
edit in one language keeps the others, and whatever is typed gives a format or a FormatError."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.format_draft import NEW, OWN, TEAM, FormatDraft, StepDraft, local_json
from app.formats import LANGS, Format, FormatError, LocalText, StepKind, load_formats, parse_format
from app.paths import builtin_formats_dir

BUILTINS: dict[str, Format] = load_formats([builtin_formats_dir()])[0]


def test_an_unchanged_text_stays_exactly_as_it_was() -> None:
    original = LocalText({"en": "Case", "da": "Case", "nb": "Sak"})
    assert local_json(original, "nb", "Sak") == {"en": "Case", "da": "Case", "nb": "Sak"}
    assert local_json(original, "sv", "Case") == {"en": "Case", "da": "Case", "nb": "Sak"}  # English shown


def test_an_edit_in_one_language_keeps_the_others_and_a_new_text_gets_english() -> None:
    original = LocalText({"en": "Case", "da": "Case"})
    assert local_json(original, "da", "Sagen") == {"en": "Case", "da": "Sagen"}
    assert local_json(None, "da", "Ny") == {"en": "Ny", "da": "Ny"}
    assert local_json(None, "en", "New") == {"en": "New"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt_id", sorted(BUILTINS))
def test_a_draft_left_as_it_is_gives_the_format_back(fmt_id: str, lang: str) -> None:
    fmt = BUILTINS[fmt_id]
    assert parse_format(FormatDraft.of(fmt, NEW, lang).to_json(lang), fmt.source) == fmt
    assert parse_format(FormatDraft.of(fmt, TEAM, lang).to_json(lang), fmt.source) == fmt


def test_saving_ones_own_format_counts_its_version_up_and_keeps_its_source() -> None:
    fmt = BUILTINS["learning-circle"]
    out = parse_format(FormatDraft.of(fmt, OWN, "da").to_json("da"))
    assert out.version == fmt.version + 1 and out.provenance == fmt.provenance


def test_a_round_made_timed_drops_its_turn_parts_and_a_step_is_written_as_its_kind() -> None:
    fmt = BUILTINS["mini-circle"]
    draft = FormatDraft.of(fmt, NEW, "en")
    [round_step] = [s for s in draft.steps if s.kind is StepKind.ROUND]
    round_step.kind, round_step.duration_s = StepKind.TIMED, 300  # as the editor does (a round has no length)
    out = parse_format(draft.to_json("en"))
    step = out.step(round_step.id)
    assert step.kind is StepKind.TIMED and step.turn_parts == () and step.duration_s == round_step.duration_s


def test_a_new_step_has_english_and_the_language_it_was_written_in() -> None:
    draft = FormatDraft.of(BUILTINS["open"], NEW, "sv")
    draft.steps.append(StepDraft("step-9", None, "Paus", StepKind.OPEN, duration_s=600))
    step = parse_format(draft.to_json("sv")).step("step-9")
    assert step.title.texts == {"en": "Paus", "sv": "Paus"} and step.duration_s == 600


@settings(max_examples=150, deadline=None)
@given(fmt_id=st.sampled_from(sorted(BUILTINS)), lang=st.sampled_from(LANGS),
       title=st.text(max_size=40), step_title=st.text(max_size=40), question=st.text(max_size=40),
       duration=st.integers(-5, 13 * 3600), kind=st.sampled_from(StepKind))
def test_whatever_is_typed_gives_a_format_or_a_format_error(fmt_id: str, lang: str, title: str,
                                                             step_title: str, question: str,
                                                             duration: int, kind: StepKind) -> None:
    fmt = BUILTINS[fmt_id]
    draft = FormatDraft.of(fmt, NEW, lang)
    draft.title = title
    step = draft.steps[0]
    step.title, step.kind, step.duration_s = step_title, kind, duration
    step.questions.append((None, question))
    try:
        out = parse_format(draft.to_json(lang), "draft.json")
    except FormatError as exc:
        assert str(exc).startswith("draft.json: ")
        return
    assert out.title.get(lang) == title.strip()
    assert {k: v for k, v in out.title.texts.items() if k not in {lang, "en"}} == {
        k: v for k, v in fmt.title.texts.items() if k not in {lang, "en"}}  # the other languages kept
    assert out.provenance == fmt.provenance
