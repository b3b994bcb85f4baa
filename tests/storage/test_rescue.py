"""The file that keeps edits which could not be written yet (app.storage.rescue)."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
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


def test_a_file_brought_back_is_deleted_with_an_older_runde_s_done_copies(app_paths: AppPaths) -> None:
    rescue.keep(app_paths, 1, Capture(notes="x"), None, NOW)
    done = app_paths.data_dir / "unsaved" / "done"
    done.mkdir()
    (done / "meeting-0-20250101T000000.json").write_text("{}", encoding="utf-8")  # an older Runde's
    [r], _ = rescue.found(app_paths)
    rescue.discard(r)
    assert not r.path.exists() and not done.exists() and rescue.found(app_paths) == ([], [])
    assert list((app_paths.data_dir / "unsaved").iterdir()) == []


def test_the_temp_folder_fallback_is_emptied_and_removed_once_saved(
        app_paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The data folder cannot be written: the notes go to the temp folder, and leave it (and its
    folder) the moment they are written."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    app_paths.data_dir.mkdir(parents=True)
    (app_paths.data_dir / "unsaved").write_text("a file where the folder would be", encoding="utf-8")
    kept = rescue.keep(app_paths, 4, Capture(notes="Privat"), None, NOW)
    assert kept is not None and kept.parent.parent == tmp_path / "tmp"
    if os.name == "posix":
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
        assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    rescue.clear(app_paths, 4)
    assert list((tmp_path / "tmp").iterdir()) == []


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
