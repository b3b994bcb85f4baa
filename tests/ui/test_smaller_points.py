"""The smaller points of "hardened": a meeting closed before it started leaves nothing behind (not
offered to resume, not exported as the latest), while one with something typed is kept; 500 names on
``--participants`` are cut to 200 with a word; ``export --team`` takes the name as ``calendar`` does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.capture import Capture, TextItem
from app.paths import AppPaths
from app.storage.store import Store
from ui.application import RundeApp
from ui.cli import parse

ROOT = Path(__file__).resolve().parents[2]
RUN = ["run", "systematic-learning-meeting", "--participants", "Anna,Bo,Cecilie", "--facilitator", "Anna",
       "--team", "Afsnit 3"]


def runde(data: Path, *args: str, keys: str | None = None) -> subprocess.CompletedProcess[str]:
    """The real ``runde`` (offscreen); ``keys``: ``runde run`` presses them (the bundle's smoke hook)
    and quits as the console's window closing would."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if keys is not None:
        env["RUNDE_SMOKE_KEYS"] = keys
    return subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(data), "--lang", "en", *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False)


def stored(data: Path) -> tuple[list[int], list[int]]:
    """The meetings stored, and those offered to resume."""
    s = Store.open(AppPaths.create(data), lambda: datetime.now(UTC))
    try:
        return [x.id for x in s.meetings()], [u.meeting_id for u in s.unfinished_meetings()]
    finally:
        s.close()


def test_a_meeting_closed_before_it_started_leaves_nothing_to_resume_or_export(tmp_path: Path) -> None:
    out = runde(tmp_path, *RUN, keys="")  # opens, nothing pressed, quits
    assert out.returncode == 0 and "SMOKE" in out.stdout, out.stderr
    assert stored(tmp_path) == ([], [])
    export = runde(tmp_path, "export", "--meeting", "latest", "-o", str(tmp_path / "m.pdf"))
    assert export.returncode != 0 and not (tmp_path / "m.pdf").exists()
    started = runde(tmp_path, *RUN, keys="space")  # a meeting that started is kept, to resume
    assert started.returncode == 0, started.stderr
    meetings, unfinished = stored(tmp_path)
    assert len(meetings) == 1 and unfinished == meetings


def test_what_is_typed_before_the_start_is_kept(qtbot: QtBot, tmp_path: Path) -> None:
    r = RundeApp(parse(["--data-dir", str(tmp_path), "--lang", "en", *RUN]))
    try:
        ctl = r.run_command()
        assert ctl is not None
        r.finish_startup()
        assert r.session is not None
        row = r.session.panel.point_rows[0]
        QTest.keyClicks(row.text, "Call the family first")
        ctl.console.close()  # the user closes the console before pressing Space
    finally:
        r.quit()
        for w in (r.start_screen, r.controller and r.controller.room, r.controller and r.controller.console):
            if w is not None:
                w.close()  # no window left for the next test
    meetings, _unfinished = stored(tmp_path)
    assert len(meetings) == 1
    s = Store.open(AppPaths.create(tmp_path), lambda: datetime.now(UTC))
    try:
        assert [p.text for p in s.capture(meetings[0]).learning_points if p.text] == ["Call the family first"]
    finally:
        s.close()


def test_a_meeting_never_started_when_runde_stopped_is_not_offered_to_resume(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = Store.open(AppPaths.create(tmp_path), lambda: datetime.now(UTC))
    team = s.save_team("Afsnit 3", ["Anna", "Bo"])
    kw = {"team_id": team.id, "format_id": "systematic-learning-meeting", "format_title": "SLM",
          "participants": ["Anna", "Bo"], "facilitator": "Anna", "first_speaker": "Bo"}
    empty = s.start_meeting(**kw, presenters=["Bo"])  # type: ignore[arg-type]
    s.save_live_state(empty, {"state": "ready", "started": None})
    typed = s.start_meeting(**kw)  # type: ignore[arg-type]
    s.save_live_state(typed, {"state": "ready", "started": None})
    s.save_capture(typed, Capture(learning_points=(TextItem("p", "Typed before the start"),)))
    s.close()
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        return 0  # (no button clicked: the meeting is left as it is)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    r = RundeApp(parse(["--data-dir", str(tmp_path), "--lang", "en"]))
    try:
        assert r.open_store()
        r.offer_resume()
    finally:
        r.quit()
    assert len(asked) == 1  # only the one with something typed
    assert stored(tmp_path)[0] == [typed]


def test_more_than_200_participants_are_told_not_cut_silently(tmp_path: Path) -> None:
    names = ",".join(f"Person {i}" for i in range(500))
    out = runde(tmp_path, "run", "systematic-learning-meeting", "--participants", names,
                "--facilitator", "Person 0", keys="")
    assert out.returncode == 0, out.stderr
    assert "at most 200 people" in out.stderr and "left out" in out.stderr
    smoke = json.loads(next(ln for ln in out.stdout.splitlines() if ln.startswith("SMOKE "))[6:])
    assert len(smoke["turns"]) <= 200


def test_export_takes_the_team_name_as_calendar_does(tmp_path: Path) -> None:
    s = Store.open(AppPaths.create(tmp_path), lambda: datetime.now(UTC))
    for name in ("Afsnit 3", "Afsnit 4"):
        team = s.save_team(name, ["Anna", "Bo"])
        s.start_meeting(team_id=team.id, format_id="systematic-learning-meeting", format_title="SLM",
                        participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
    s.close()
    out = runde(tmp_path, "export", "--team", "  Afsnit   3 ", "--since", "2000-01-01", "--format", "md",
                "-o", str(tmp_path / "s.md"))
    assert out.returncode == 0, out.stderr
    assert "Afsnit 3" in (tmp_path / "s.md").read_text(encoding="utf-8")


def test_a_meeting_stopped_a_moment_ago_is_not_said_to_have_stopped_0_minutes_ago(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen when Runde was started again at once: "… when Runde stopped, 0 minutes ago"."""
    s = Store.open(AppPaths.create(tmp_path), lambda: datetime.now(UTC))
    team = s.save_team("Afsnit 3", ["Anna", "Bo"])
    m = s.start_meeting(team_id=team.id, format_id="systematic-learning-meeting", format_title="SLM",
                        participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
    s.save_live_state(m, {"state": "running", "started": datetime.now(UTC).isoformat()})
    s.save_capture(m, Capture(learning_points=(TextItem("p", "Typed in the meeting"),)))
    s.close()
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        return 0  # (no button clicked: the meeting is left as it is)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    r = RundeApp(parse(["--data-dir", str(tmp_path), "--lang", "en"]))
    try:
        assert r.open_store()
        r.offer_resume()
    finally:
        r.quit()
    assert len(asked) == 1
    assert "0 minute" not in asked[0] and "a moment ago" in asked[0], asked[0]
