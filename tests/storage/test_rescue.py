"""The file that keeps edits which could not be written yet (app.storage.rescue)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.capture import Capture, TextItem
from app.paths import AppPaths
from app.storage import rescue

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)


def test_kept_found_and_cleared(app_paths: AppPaths) -> None:
    cap = Capture(case_title="Fald", learning_points=(TextItem("p", "Lyt <b>først</b> & så"),))
    path = rescue.keep(app_paths, 7, cap, {"state": "running"}, NOW)
    assert path == app_paths.data_dir / "unsaved" / "meeting-7.json"
    [got], bad = rescue.found(app_paths)
    assert bad == [] and (got.meeting_id, got.kept, got.capture, got.live_state) == (
        7, NOW, cap, {"state": "running"})
    rescue.keep(app_paths, 7, Capture(case_title="Fald 2"), None, NOW)  # a newer copy replaces it
    assert [r.capture.case_title for r in rescue.found(app_paths)[0]] == ["Fald 2"]
    rescue.clear(app_paths, 7)
    assert rescue.found(app_paths) == ([], [])


def test_a_damaged_file_is_reported_and_left_where_it_is(app_paths: AppPaths) -> None:
    folder = app_paths.data_dir / "unsaved"
    folder.mkdir(parents=True)
    (folder / "meeting-3.json").write_text("{half a file", encoding="utf-8")
    (folder / "meeting-4.json").write_bytes(b"\xff\xfe not text")
    good, bad = rescue.found(app_paths)
    assert good == [] and sorted(p.name for p in bad) == ["meeting-3.json", "meeting-4.json"]
    assert (folder / "meeting-3.json").exists()


def test_set_aside_keeps_the_file(app_paths: AppPaths) -> None:
    rescue.keep(app_paths, 1, Capture(notes="x"), None, NOW)
    [r], _ = rescue.found(app_paths)
    moved = rescue.set_aside(r)
    assert moved.is_file() and moved.parent.name == "done" and rescue.found(app_paths) == ([], [])


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=3000))
def test_any_text_comes_back_as_it_was(app_paths: AppPaths, text: str) -> None:
    cap = Capture(case_title=text[:200], notes=text, learning_points=(TextItem("p", text),))
    rescue.keep(app_paths, 2, cap, None, NOW)
    [got], _ = rescue.found(app_paths)
    assert got.capture.notes == cap.notes and got.capture.learning_points == cap.learning_points


def test_measure_reviews_come_back_and_a_damaged_list_of_them_is_ignored(app_paths: AppPaths) -> None:
    import json

    rescue.keep(app_paths, 5, Capture(), None, NOW, {"3/m1": "done", "4/m2": "dropped"})
    [got], _ = rescue.found(app_paths)
    assert got.measure_reviews == {"3/m1": "done", "4/m2": "dropped"}
    path = app_paths.data_dir / "unsaved" / "meeting-5.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    for damaged, left in (([1, 2], {}), ({"3/m1": "<b>gone</b>", "4/m2": "open"}, {"4/m2": "open"})):
        raw["measure_reviews"] = damaged  # not a mapping; a status Runde does not know
        path.write_text(json.dumps(raw), encoding="utf-8")
        [got], bad = rescue.found(app_paths)
        assert bad == [] and got.measure_reviews == left
    del raw["measure_reviews"]  # a file from before they were kept
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert rescue.found(app_paths)[0][0].measure_reviews == {}
