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
    from app.storage.visits import add_observation, create_visit, save_visit, update_observation
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


def test_output_through_a_symlink_and_never_over_a_device(data: Path, tmp_path: Path) -> None:
    real = tmp_path / "sheets" / "latest.pdf"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    out = runde(data, "--meeting", "latest", "-o", str(link))
    assert out.returncode == 0, out.stderr
    assert link.is_symlink() and real.read_bytes().startswith(b"%PDF")
    if Path("/dev/full").exists():
        before = os.lstat("/dev/full")
        out = runde(data, "--meeting", "latest", "-o", "/dev/full")
        assert out.returncode == 1 and "/dev/full" in out.stderr and "not an ordinary file" in out.stderr
        assert os.lstat("/dev/full").st_ino == before.st_ino


def test_staff_sheets_since_the_last_one_miss_no_meeting(data: Path, tmp_path: Path) -> None:
    first = runde(data, "--team", "Afsnit 3", "--since", "last-sheet", "--format", "md",
                  "-o", str(tmp_path / "1.md"))
    assert first.returncode == 0, first.stderr
    assert "Svær samtale" in (tmp_path / "1.md").read_text(encoding="utf-8")
    store = Store.open(AppPaths.create(data), lambda: datetime.now(UTC))
    team = store.teams()[0].id
    mid = store.start_meeting(team_id=team, format_id="f", format_title="Læringsmøde",
                              participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Anna")
    store.save_capture(mid, Capture(learning_points=(TextItem("a", "Right after the sheet"),)))
    store.close()
    second = runde(data, "--team", "Afsnit 3", "--since", "last-sheet", "--format", "md",
                   "-o", str(tmp_path / "2.md"))
    assert second.returncode == 0, second.stderr
    md = (tmp_path / "2.md").read_text(encoding="utf-8")
    assert "Right after the sheet" in md and "Svær samtale" not in md
    today = datetime.now().astimezone().date().isoformat()
    assert f"{today} – {today}" not in md  # one day: printed once


def test_notes_before_a_pdf_name_missing_characters_and_right_to_left_text(tmp_path: Path) -> None:
    base = tmp_path / "r"
    store = Store.open(AppPaths.create(base), lambda: datetime.now(UTC))
    mid = store.start_meeting(team_id=None, format_id="f", format_title="Læringsmøde",
                              participants=["Anna"], facilitator="Anna", first_speaker="Anna")
    store.save_capture(mid, Capture(learning_points=(TextItem("a", "Godt 🙂"), TextItem("b", "שלום"))))
    store.close()
    out = runde(base, "--meeting", "latest", "-o", str(tmp_path / "m.pdf"))
    assert out.returncode == 0, out.stderr
    assert "U+1F642 SLIGHTLY SMILING FACE" in out.stderr
    assert "right-to-left" in out.stderr and "Hebrew" in out.stderr
    md = runde(base, "--meeting", "latest", "--format", "md", "-o", str(tmp_path / "m.md"))
    assert md.returncode == 0 and "right-to-left" not in md.stderr and "U+" not in md.stderr


def test_days_on_the_sheet_are_local(tmp_path: Path) -> None:
    base = tmp_path / "tz"
    at = datetime(2026, 3, 9, 23, 30, tzinfo=UTC)  # 00:30 on the 10th in Copenhagen
    store = Store.open(AppPaths.create(base), lambda: at)
    mid = store.start_meeting(team_id=None, format_id="f", format_title="Læringsmøde",
                              participants=["Anna"], facilitator="Anna", first_speaker="Anna")
    store.save_capture(mid, Capture(learning_points=(TextItem("a", "Nattevagt"),)))
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TZ="Europe/Copenhagen", LANG="C", LC_ALL="C")
    out = subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(base), "--lang", "en", "export",
                          "--meeting", "latest", "--format", "csv", "-o", str(tmp_path / "m.csv")],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    csv_text = (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    assert "learning_point,2026-03-10,00:30," in csv_text and "2026-03-09" not in csv_text
