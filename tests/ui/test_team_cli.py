"""``runde team export|import`` as an IT department's script runs it, and a tampered team file
brought in from History: a worded refusal naming the item, nothing written, no private text."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.capture import Capture, Measure, TextItem
from app.paths import AppPaths
from app.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]
MARK = "PATIENT-1234"


def runde(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=False)


def rows(data: Path) -> int:
    con = sqlite3.connect(AppPaths.create(data).db_path)
    try:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type = 'table'")]
        return sum(con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables)
    finally:
        con.close()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    base = tmp_path / "d"
    store = Store.open(AppPaths.create(base), lambda: datetime(2026, 3, 10, 14, tzinfo=UTC))
    team = store.save_team("Afsnit 3", ["Anna", "Bo"])
    mid = store.start_meeting(team_id=team.id, format_id="f", format_title="Læringsmøde",
                              participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
    store.save_capture(mid, Capture(learning_points=(TextItem("a", "Lyt til pårørende"),
                                                     TextItem("b", "Secret", confidential=True)),
                                    measures=(Measure("m", "Tjekliste"),)))
    store.close()
    return base


def test_a_team_goes_out_and_comes_back_in_from_the_command_line(data: Path, tmp_path: Path) -> None:
    shared, whole = tmp_path / "shared.json", tmp_path / "whole.json"
    out = runde(data, "team", "export", " Afsnit  3 ", "-o", str(shared))
    assert out.returncode == 0, out.stderr
    capture = json.loads(shared.read_text("utf-8"))["meetings"][0]["capture"]
    texts = [p["text"] for p in capture["learning_points"]]
    assert texts == ["Lyt til pårørende"]  # confidential items stay out unless asked for
    everything = ("team", "export", "Afsnit 3", "-o", str(whole), "--include-confidential")
    assert runde(data, *everything).returncode == 0
    assert "Secret" in whole.read_text("utf-8")
    other = tmp_path / "other"
    back = runde(other, "team", "import", str(whole))
    assert back.returncode == 0 and "Afsnit 3" in back.stdout, back.stderr
    store = Store.open(AppPaths.create(other), lambda: datetime.now(UTC))
    try:
        assert [t.name for t in store.teams()] == ["Afsnit 3"]
        assert [p.text for p in store.capture(store.meetings()[0].id).learning_points] == [
            "Lyt til pårørende", "Secret"]
    finally:
        store.close()
    assert runde(data, "team", "export", "Nobody", "-o", str(tmp_path / "n.json")).returncode == 1


def test_a_tampered_file_is_refused_by_the_command_line_with_the_item_and_no_text(data: Path,
                                                                                  tmp_path: Path) -> None:
    whole = tmp_path / "whole.json"
    everything = ("team", "export", "Afsnit 3", "-o", str(whole), "--include-confidential")
    assert runde(data, *everything).returncode == 0
    doc = json.loads(whole.read_text("utf-8"))
    points = doc["meetings"][0]["capture"]["learning_points"]
    points[1].update(id=points[0]["id"], text=f"{MARK} was upset")
    whole.write_bytes(b"\xef\xbb\xbf" + json.dumps(doc).encode("utf-8"))  # a BOM is fine
    before = rows(data)
    out = runde(data, "team", "import", str(whole))
    assert out.returncode == 1 and "Traceback" not in out.stderr and MARK not in out.stderr + out.stdout
    assert "meetings[0].capture.learning_points[1].id" in out.stderr and "used twice" in out.stderr
    assert rows(data) == before


def test_history_words_a_tampered_file_and_brings_nothing_in(qtbot: QtBot, data: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from app.storage.team_transfer import export_team
    from ui.history import HistoryWindow

    store = Store.open(AppPaths.create(data), lambda: datetime.now(UTC))
    try:
        doc = export_team(store, store.teams()[0].id, include_private=True)
        doc["meetings"][0]["capture"]["measures"].append({"id": "m", "text": MARK})
        path = tmp_path / "tampered.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        warned: list[str] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
        w = HistoryWindow(store)
        qtbot.addWidget(w)
        w.show()
        before = rows(data)
        w.import_team_button.click()
        assert len(warned) == 1 and "measures[1].id" in warned[0] and MARK not in warned[0]
        assert rows(data) == before and [t.name for t in store.teams()] == ["Afsnit 3"]
    finally:
        store.close()
