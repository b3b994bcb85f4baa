"""A team's own copy of a format: its id and title, the checks before saving, and the atomic write
into the user's formats folder (never over a built-in)."""

from __future__ import annotations

import errno
import hashlib
import json
from dataclasses import replace

import pytest

from app.atomic import ExportError
from app.clock import FakeClock
from app.engine import Meeting
from app.formats import (
    MAX_STEP_S,
    Format,
    FormatError,
    LocalText,
    StepKind,
    check_plan,
    format_to_json,
    load_format,
    parse_format,
)
from app.paths import AppPaths, builtin_formats_dir
from app.storage.format_library import (
    available_formats,
    builtin_ids,
    copy_format,
    copy_id,
    id_part,
    save_user_format,
)

SLM = "systematic-learning-meeting"
MARKUP = "<b>Fælles</b> &amp; <i>læring</i> ✓ Máret Ðuoŋŋa 日本語 🙂 \u202eRTL"


def _builtin(fmt_id: str = SLM) -> Format:
    return load_format(builtin_formats_dir() / f"{fmt_id}.json")


def _hashes() -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in builtin_formats_dir().glob("*")}


def test_id_parts_from_team_names() -> None:
    assert id_part("Afsnit 3") == "afsnit-3"
    assert id_part("  Æblegården / Øst ") == "aeblegaarden-oest"
    assert id_part("Máret Ðuoŋŋa") == "maret-duongnga"
    assert id_part("日本語") == ""
    assert id_part("<b>&amp;</b>") == "b-amp-b"


def test_copy_ids_are_new_valid_and_do_not_grow() -> None:
    taken = {SLM}
    first = copy_id(SLM, "Afsnit 3", taken)
    assert first == f"{SLM}-afsnit-3-1"
    assert copy_id(SLM, "Afsnit 3", taken | {first}) == f"{SLM}-afsnit-3-2"
    assert copy_id(SLM, "", taken) == f"{SLM}-own-1"
    assert copy_id(SLM, "日本語", taken) == f"{SLM}-own-1"
    assert copy_id(first, "Afsnit 3", taken | {first}) == f"{SLM}-afsnit-3-2"  # a copy of a copy
    long = copy_id("x" * 64, "a team with a very long name indeed, longer than anyone types", set())
    assert len(long) <= 64
    doc = format_to_json(replace(_builtin(), id=long))
    assert parse_format(doc).id == long  # a valid id


def test_a_copy_changes_the_title_in_one_language_and_keeps_the_rest() -> None:
    original = _builtin()
    before = format_to_json(original)
    copy = copy_format(original, f"{SLM}-own-1", "da", "(vores version)")
    assert copy.id == f"{SLM}-own-1" and copy.version == 1
    assert copy.title.get("da") == "Systematisk læringsmøde (vores version)"
    assert copy.title.get("en") == "Systematic learning meeting"
    assert copy.title.get("fi") == original.title.get("fi")
    assert copy.steps == original.steps and copy.description == original.description
    assert format_to_json(original) == before  # the original (and its dicts) untouched


def test_saving_writes_a_file_that_loads_back(app_paths: AppPaths) -> None:
    copy = copy_format(_builtin(), f"{SLM}-own-1", "en", "(our version)")
    saved = save_user_format(copy, app_paths)
    path = app_paths.formats_dir / f"{SLM}-own-1.json"
    assert saved.source == str(path)
    assert load_format(path) == saved
    formats, errors = available_formats(app_paths)
    assert not errors and formats[saved.id].title.get("en") == "Systematic learning meeting (our version)"
    assert sorted(p.name for p in app_paths.formats_dir.iterdir()) == [path.name]  # no temp file left


def test_any_unicode_and_markup_is_kept_exactly(app_paths: AppPaths) -> None:
    fmt = copy_format(_builtin(), "markup", "en", "")
    step = replace(fmt.steps[1], title=LocalText({"en": MARKUP}), instruction=LocalText({"en": MARKUP}),
                   questions=(LocalText({"en": MARKUP}),))
    saved = save_user_format(replace(fmt, title=LocalText({"en": MARKUP}),
                                     steps=(fmt.steps[0], step, *fmt.steps[2:])), app_paths)
    again = load_format(app_paths.formats_dir / "markup.json")
    assert again.title.get("en") == MARKUP and again.steps[1].questions[0].get("en") == MARKUP
    assert again == saved
    assert MARKUP in (app_paths.formats_dir / "markup.json").read_text(encoding="utf-8")


def test_a_built_in_id_is_refused_and_the_built_in_file_never_touched(app_paths: AppPaths) -> None:
    before = _hashes()
    assert SLM in builtin_ids(app_paths)
    changed = replace(_builtin(), steps=(replace(_builtin().steps[0], duration_s=60),
                                         *_builtin().steps[1:]))
    with pytest.raises(FormatError) as err:
        save_user_format(changed, app_paths)
    assert err.value.where == "id"
    assert not app_paths.formats_dir.exists() or not any(app_paths.formats_dir.iterdir())
    assert _hashes() == before


@pytest.mark.parametrize(("change", "where"), [
    (lambda f: replace(f, title=LocalText({"en": "  "})), "title.en"),
    (lambda f: replace(f, title=LocalText({"en": "Ok", "da": ""})), "title.da"),
    (lambda f: _step(f, duration_s=0), "steps[0].duration_s"),
    (lambda f: _step(f, duration_s=-5), "steps[0].duration_s"),
    (lambda f: _step(f, duration_s=10**9), "steps[0].duration_s"),
    (lambda f: _step(f, duration_s=MAX_STEP_S + 1), "steps[0].duration_s"),
    (lambda f: _step(f, warning_s=301), "steps[0].warning_s"),
    (lambda f: _step(f, kind=StepKind.ROUND, turn_s=60, turn_warning_s=61), "steps[0].turn_warning_s"),
    (lambda f: _step(f, kind=StepKind.ROUND, turn_s=0), "steps[0].turn_s"),
    (lambda f: _step(f, title=LocalText({"en": "x" * 2001})), "steps[0].title.en"),
    (lambda f: replace(f, steps=tuple(replace(f.steps[0], id=f"s{i}") for i in range(500))), "steps"),
    (lambda f: replace(f, steps=()), "steps"),
])
def test_bad_input_is_refused_with_its_field_and_nothing_is_written(app_paths: AppPaths, change,  # type: ignore[no-untyped-def]
                                                                    where: str) -> None:
    fmt = change(copy_format(_builtin(), "mine", "en", "(our version)"))
    with pytest.raises(FormatError) as err:
        save_user_format(fmt, app_paths)
    assert err.value.where == where, err.value
    assert not (app_paths.formats_dir / "mine.json").exists()


def _step(fmt: Format, **changes: object) -> Format:
    return replace(fmt, steps=(replace(fmt.steps[0], **changes), *fmt.steps[1:]))  # type: ignore[arg-type]


def test_check_plan_allows_a_warning_as_long_as_the_step() -> None:
    fmt = _step(copy_format(_builtin(), "mine", "en", ""), duration_s=60, warning_s=60)
    check_plan(fmt)
    check_plan(_step(fmt, kind=StepKind.OPEN, duration_s=0, warning_s=60))  # an open step has no warning


def test_a_read_only_folder_is_reported_and_the_old_file_kept(app_paths: AppPaths,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    fmt = copy_format(_builtin(), "mine", "en", "(our version)")
    save_user_format(fmt, app_paths)
    path = app_paths.formats_dir / "mine.json"
    old = path.read_bytes()

    def denied(*_a: object, **_k: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("app.atomic.tempfile.mkstemp", denied)
    with pytest.raises(ExportError) as err:
        save_user_format(replace(fmt, version=2), app_paths)
    assert err.value.code == "EACCES" and "read-only" in str(err.value)
    assert path.read_bytes() == old
    assert sorted(p.name for p in app_paths.formats_dir.iterdir()) == ["mine.json"]


def test_a_formats_folder_that_is_a_file_is_reported(app_paths: AppPaths) -> None:
    app_paths.data_dir.mkdir(parents=True)
    app_paths.formats_dir.write_text("not a folder", encoding="utf-8")
    with pytest.raises(ExportError):
        save_user_format(copy_format(_builtin(), "mine", "en", ""), app_paths)
    assert app_paths.formats_dir.read_text(encoding="utf-8") == "not a folder"


def test_a_file_name_keeps_the_user_s_own_file(app_paths: AppPaths) -> None:
    app_paths.formats_dir.mkdir(parents=True)
    fmt = copy_format(_builtin(), "mine", "en", "")
    (app_paths.formats_dir / "zz-shared.json").write_text(json.dumps(format_to_json(fmt)), encoding="utf-8")
    save_user_format(replace(fmt, version=2), app_paths, "zz-shared.json")
    assert [p.name for p in app_paths.formats_dir.iterdir()] == ["zz-shared.json"]
    assert available_formats(app_paths)[0]["mine"].version == 2
    save_user_format(replace(fmt, version=3), app_paths, "../escape.json")  # not a plain name: <id>.json
    assert not (app_paths.data_dir / "escape.json").exists()
    assert (app_paths.formats_dir / "mine.json").exists()


def test_a_running_meeting_keeps_its_own_format(app_paths: AppPaths) -> None:
    fmt = save_user_format(copy_format(_builtin(), "mine", "en", "(our version)"), app_paths)
    snapshot = format_to_json(fmt)
    meeting = Meeting(fmt, ("Anna", "Bo", "Cecilie"), FakeClock())
    meeting.start()
    planned = meeting.planned_total_s
    edited = replace(fmt, version=2, steps=(replace(fmt.steps[0], duration_s=60,
                                                    title=LocalText({"en": "Changed"})),
                                            *fmt.steps[2:]))
    save_user_format(edited, app_paths)
    assert available_formats(app_paths)[0]["mine"].steps[0].duration_s == 60
    assert meeting.format is fmt and format_to_json(meeting.format) == snapshot
    assert meeting.planned_total_s == planned
    view = meeting.view()
    assert view.step.title.get("en") == "Case presentation" and view.step_allotted_s == 300
    assert len(meeting.format.steps) == 5
    with pytest.raises(AttributeError):
        fmt.steps[0].duration_s = 1  # type: ignore[misc]  # frozen
