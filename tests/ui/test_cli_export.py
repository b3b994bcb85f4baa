"""``runde export`` as a leader's script runs it: no window, a clear message on every failure."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.capture import Capture, Measure, TextItem
from app.paths import AppPaths
from app.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]


def runde(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(data), "export", *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=False)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    base = tmp_path / "d"
    now = datetime.now(UTC)
    store = Store.open(AppPaths.create(base), lambda: now - timedelta(days=40))
    team = store.save_team("Afsnit 3", ["Anna", "Bo"])
    old = store.start_meeting(team_id=team.id, format_id="f", format_title="Læringsmøde",
                              participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
    store.save_capture(old, Capture(measures=(Measure("m0", "Old open measure"),)))
    store.close()
    store = Store.open(AppPaths.create(base), lambda: now)
    mid = store.start_meeting(team_id=team.id, format_id="f", format_title="Læringsmøde",
                              participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Anna")
    store.save_capture(mid, Capture(case_title="Svær samtale", learning_points=(
        TextItem("a", "R&D <b>lyt</b>"), TextItem("s", "Secret", confidential=True))))
    store.close()
    return base


def test_latest_meeting_as_pdf(data: Path, tmp_path: Path) -> None:
    out = runde(data, "--meeting", "latest", "--format", "pdf", "-o", str(tmp_path / "m.pdf"))
    assert out.returncode == 0, out.stderr
    text = PdfReader(BytesIO((tmp_path / "m.pdf").read_bytes())).pages[0].extract_text()
    assert "R&D <b>lyt</b>" in text and "Secret" not in text


def test_staff_sheet_since_last_sheet_carries_old_measures(data: Path, tmp_path: Path) -> None:
    since = (datetime.now(UTC) - timedelta(days=7)).date().isoformat()
    out = runde(data, "--team", "Afsnit 3", "--since", since, "--format", "md", "-o", str(tmp_path / "s.md"))
    assert out.returncode == 0, out.stderr
    md = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert "Open measures carried forward" in md and "Old open measure" in md
    assert "Svær samtale" in md
    again = runde(data, "--team", "--format", "csv", "-o", str(tmp_path / "s.csv"))  # only one team
    assert again.returncode == 0, again.stderr


def test_failures_are_plain_and_write_nothing(data: Path, tmp_path: Path) -> None:
    out = runde(data, "--meeting", "999", "-o", str(tmp_path / "x.pdf"))
    assert out.returncode == 1 and "999" in out.stderr
    out = runde(data, "--meeting", "latest", "-o", str(tmp_path))
    assert out.returncode == 1 and "folder" in out.stderr
    out = runde(data, "--team", "Nobody", "-o", str(tmp_path / "y.pdf"))
    assert out.returncode == 1 and "Afsnit 3" in out.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_visit_sheet_keeps_private_observations_out(tmp_path: Path) -> None:
    from datetime import date

    from app.capture import TextItem
    from app.storage.store import add_observation, create_visit, save_visit, update_observation
    from app.visit import VisitData

    base = tmp_path / "v"
    store = Store.open(AppPaths.create(base), lambda: datetime.now(UTC))
    data = VisitData("Anna", "Bo", date(2026, 3, 3), learning_points=(TextItem("a", "Spørg først"),))
    vid = create_visit(store, data)
    save_visit(store, vid, data)
    add_observation(store, vid, datetime.now(UTC), "Fru Hansen faldt")
    shared = add_observation(store, vid, datetime.now(UTC), "Rolig overlevering")
    update_observation(store, shared, released=True)
    store.close()
    out = runde(base, "--visit", "latest", "--format", "md", "-o", str(tmp_path / "v.md"))
    assert out.returncode == 0, out.stderr
    md = (tmp_path / "v.md").read_text(encoding="utf-8")
    assert "Spørg først" in md and "Rolig overlevering" in md and "Hansen" not in md
    bad = runde(base, "--visit", "42", "-o", str(tmp_path / "x.md"))
    assert bad.returncode == 1 and not (tmp_path / "x.md").exists()
