"""Participants typed on the start screen, and the checks before a meeting starts."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from app.clock import FakeClock
from app.formats import Format as Fmt
from app.formats import LocalText, StepKind, StepSpec, load_format
from app.participants import MAX_NAME, MAX_PARTICIPANTS, NameIssue, initials, parse_participants
from app.paths import AppPaths, builtin_formats_dir
from app.preferences import Preferences, load_preferences, save_preferences
from app.setup import MeetingSetup, SetupNote
from app.storage.format_library import available_formats, export_format, import_format


def _fmt(target: int | None = 1800) -> Fmt:
    return Fmt("f1", 1, LocalText.plain("F1"), (
        StepSpec("case", LocalText.plain("Case"), duration_s=300),
        StepSpec("round", LocalText.plain("Round"), kind=StepKind.ROUND, duration_s=0, turn_s=60),
        StepSpec("measures", LocalText.plain("Measures"), duration_s=300),
    ), target_total_s=target)


def test_names_by_line_and_comma_in_order() -> None:
    parsed = parse_participants("Anna, Bo\n  Cecilie  \n\n;Dorte")
    assert parsed.names == ("Anna", "Bo", "Cecilie", "Dorte")
    assert parsed.issues == ()


def test_duplicates_are_numbered_and_reported() -> None:
    parsed = parse_participants("Anna\nanna\nAnna")
    assert parsed.names == ("Anna", "anna (2)", "Anna (3)")
    assert [k for k, _ in parsed.issues] == [NameIssue.DUPLICATE, NameIssue.DUPLICATE]


def test_long_names_are_shortened_and_any_script_kept() -> None:
    parsed = parse_participants("Máret Đuoŋŋa\nأحمد\n🙂 Bo\n" + "x" * 500)
    assert parsed.names[:3] == ("Máret Đuoŋŋa", "أحمد", "🙂 Bo")
    assert len(parsed.names[3]) == MAX_NAME
    assert parsed.issues[0][0] is NameIssue.SHORTENED


def test_too_many_names_keeps_the_first() -> None:
    parsed = parse_participants("\n".join(f"P{i}" for i in range(MAX_PARTICIPANTS + 5)))
    assert len(parsed.names) == MAX_PARTICIPANTS
    assert parsed.issues[-1][0] is NameIssue.TOO_MANY


@given(st.text())
def test_any_text_gives_clean_names(text: str) -> None:
    parsed = parse_participants(text)
    assert len(set(n.casefold() for n in parsed.names)) == len(parsed.names)
    for name in parsed.names:
        assert name == name.strip() and name
        assert "\n" not in name and "," not in name
        assert len(name) <= MAX_NAME + 6  # "(nnn)" suffix


def test_initials() -> None:
    assert initials("Anna-Lise Berg") == "A.L.B."
    assert initials("  ") == "?"


def test_planned_total_counts_round_turns_and_exclusions() -> None:
    people = ("Anna", "Bo", "Cecilie", "Dorte")
    setup = MeetingSetup(_fmt(), people, facilitator=0, presenters=(1,))
    assert setup.planned_total_s() == 600 + 4 * 60
    fewer = MeetingSetup(_fmt(), people, facilitator=0, presenters=(1,), facilitator_in_round=False,
                         presenter_in_round=False)
    assert fewer.round_turns() == 2
    assert fewer.planned_total_s() == 600 + 2 * 60


def test_notes_warn_but_never_block() -> None:
    assert SetupNote.NO_PARTICIPANTS_FOR_ROUND in MeetingSetup(_fmt(), ()).notes()
    many = MeetingSetup(_fmt(target=900), tuple(f"P{i}" for i in range(30)), facilitator=0)
    assert SetupNote.OVER_TARGET in many.notes()
    assert SetupNote.NO_FACILITATOR in MeetingSetup(_fmt(), ("Anna",)).notes()
    meeting = many.create(FakeClock())
    meeting.start()
    assert meeting.view().step.id == "case"


def test_builtin_f1_with_seven_fits_the_half_hour() -> None:
    fmt = load_format(builtin_formats_dir() / "systematic-learning-meeting.json")
    setup = MeetingSetup(fmt, tuple("ABCDEFG"), facilitator=0, presenters=(1,))
    assert setup.planned_total_s() == 29 * 60
    assert SetupNote.OVER_TARGET not in setup.notes()


def test_format_export_import_round_trip(app_paths: AppPaths, tmp_path: Path) -> None:
    formats, errors = available_formats(app_paths)
    assert errors == []
    original = formats["systematic-learning-meeting"]
    target = tmp_path / "ours.json"
    export_format(original, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    data["id"] = "our-tuesday"
    data["steps"][2]["duration_s"] = 60
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    imported = import_format(target, app_paths)
    assert imported.steps[2].duration_s == 60
    assert imported.steps[1].questions == original.steps[1].questions
    assert "our-tuesday" in available_formats(app_paths)[0]


def test_preferences_round_trip_and_bad_files(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.json"
    assert load_preferences(path) == Preferences()
    prefs = Preferences(language="da", room_screen=2, flash=False)
    save_preferences(prefs, path)
    assert load_preferences(path) == prefs
    path.write_text('{"language": 5, "flash": "yes", "volume": 1, "unknown": 1}', encoding="utf-8")
    loaded = load_preferences(path)
    assert loaded.language == "" and loaded.flash is True and loaded.volume == 1.0
    path.write_text("{not json", encoding="utf-8")
    assert load_preferences(path) == Preferences()
    assert (path.parent / "settings.json.broken").exists()
