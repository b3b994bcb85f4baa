"""The command line as a leader's script uses it: formats list, export, import, --version."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import app

ROOT = Path(__file__).resolve().parents[2]


def runde(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=False)


def test_version(tmp_path: Path) -> None:
    out = runde("--version", data=tmp_path)
    assert out.returncode == 0 and out.stdout.strip() == f"Runde {app.__version__}"


def test_formats_list_has_id_first(tmp_path: Path) -> None:
    out = runde("formats", "list", data=tmp_path)
    assert out.returncode == 0, out.stderr
    ids = [line.split("\t")[0] for line in out.stdout.splitlines()]
    assert "systematic-learning-meeting" in ids and "open" in ids and "learning-visit" in ids
    assert out.stderr == ""


def test_export_change_import(tmp_path: Path) -> None:
    target = tmp_path / "ours.json"
    out = runde("formats", "export", "systematic-learning-meeting", str(target), data=tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    data["id"] = "tuesday"
    data["steps"][0]["duration_s"] = 240
    target.write_text(json.dumps(data), encoding="utf-8")
    out = runde("formats", "import", str(target), data=tmp_path)
    assert out.returncode == 0, out.stderr
    listed = runde("formats", "list", data=tmp_path).stdout
    assert any(line.startswith("tuesday\t") for line in listed.splitlines())


def test_import_refuses_a_broken_file_with_file_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema": 1, "id": "x", "title": "X", "steps": [
        {"id": "a", "title": "A", "duration_s": -5}]}), encoding="utf-8")
    out = runde("formats", "import", str(bad), data=tmp_path)
    assert out.returncode == 1
    assert "bad.json" in out.stderr and "steps[0].duration_s" in out.stderr
    assert not (tmp_path / "data" / "formats" / "x.json").exists()
    notjson = tmp_path / "notjson.json"
    notjson.write_text("{ nope", encoding="utf-8")
    out = runde("formats", "import", str(notjson), data=tmp_path)
    assert out.returncode == 1 and "notjson.json" in out.stderr and "line 1" in out.stderr


def test_export_unknown_id(tmp_path: Path) -> None:
    out = runde("formats", "export", "nope", str(tmp_path / "x.json"), data=tmp_path)
    assert out.returncode == 2 and "nope" in out.stderr


def test_a_refused_format_is_explained_in_the_chosen_language(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema": 1, "id": "x", "version": 1, "title": {"en": "X"}, "steps": [
        {"id": "a", "title": {"en": "A"}, "duration_s": 0}]}), encoding="utf-8")
    out = runde("--lang", "da", "formats", "import", str(bad), data=tmp_path / "d")
    assert out.returncode == 1
    assert "bad.json" in out.stderr and "steps[0].duration_s" in out.stderr
    assert "skal være mellem" in out.stderr and "must be between" not in out.stderr
