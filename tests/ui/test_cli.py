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


def test_the_command_line_knows_the_teams_own_formats(tmp_path: Path) -> None:
    """``formats list`` and ``formats export`` see a team's own format (it lives in the database),
    and ``calendar`` names a series of it by its title, not its id; a list never creates a database."""
    from dataclasses import replace
    from datetime import UTC, date, datetime

    import icalendar

    from app.format_library import copy_format, save_team_format
    from app.formats import LocalText, load_format
    from app.paths import AppPaths, builtin_formats_dir
    from app.series import Cadence, CadenceKind, Series
    from app.storage.series_store import create_series
    from app.storage.store import Store

    empty = tmp_path / "empty"
    assert runde("formats", "list", data=empty).returncode == 0
    assert not AppPaths.create(empty).db_path.exists()

    paths = AppPaths.create(tmp_path / "d")
    store = Store.open(paths, lambda: datetime.now(UTC))
    base = load_format(builtin_formats_dir() / "systematic-learning-meeting.json")
    ours = copy_format(base, "slm-afsnit-3-1", "en", "")
    save_team_format(replace(ours, title=LocalText({"en": "Our <b>own</b> & meeting"})), store, "Afsnit 3",
                     paths)
    team_id = store.team_id("Afsnit 3")
    assert team_id is not None
    create_series(store, team_id, Series(format_id="slm-afsnit-3-1", name="Fredage",
                                         cadence=Cadence(CadenceKind.WEEKLY, interval=2, weekday=4),
                                         start=date(2026, 1, 2), end=date(2026, 3, 1)))
    store.close()

    out = runde("--lang", "en", "formats", "list", data=tmp_path / "d")
    assert out.returncode == 0, out.stderr
    assert "slm-afsnit-3-1\tOur <b>own</b> & meeting\t5 steps, about 29 min" in out.stdout.splitlines()
    target = tmp_path / "ours.json"
    out = runde("formats", "export", "slm-afsnit-3-1", str(target), data=tmp_path / "d")
    assert out.returncode == 0, out.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "slm-afsnit-3-1"
    ics = tmp_path / "x.ics"
    out = runde("--lang", "en", "calendar", "--team", "Afsnit 3", "-o", str(ics), data=tmp_path / "d")
    assert out.returncode == 0, out.stderr
    summaries = {str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")}
    assert summaries and all(s.startswith("Our <b>own</b> & meeting") for s in summaries), summaries


def test_a_server_out_of_reach_is_told_truthfully_on_the_command_line(tmp_path: Path) -> None:
    """A command keeps nothing to write later: not the window's "edits are kept on this computer",
    but nothing changed, and try again when the server is reachable."""
    url = f"postgresql://runde@/runde?host={tmp_path / 'no-server-here'}&port=5432"  # no socket there
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RUNDE_DB_PASSWORD="x")  # never the keyring
    said = ("cannot be reached. Nothing was changed; try again when the server is reachable.")
    for args, code in ((["export", "--meeting", "latest", "-o", str(tmp_path / "x.pdf")], 1),
                       (["calendar", "--team", "Afsnit 3", "-o", str(tmp_path / "x.ics")], 1),
                       (["move-team", "Afsnit 3", "--to", "local"], 1),
                       (["formats", "list"], 0)):  # the built-in formats still listed
        out = subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(tmp_path / "d"), "--lang",
                              "en", "--database", url, *args], capture_output=True, text=True, env=env,
                             cwd=ROOT, timeout=60, check=False)
        assert out.returncode == code, (args, out.stderr)
        assert said in out.stderr and "runde@" in out.stderr, (args, out.stderr)
        assert "kept" not in out.stderr and "written when" not in out.stderr, (args, out.stderr)
        assert "Traceback" not in out.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.ics").exists()


def test_a_server_lost_during_a_command_is_told_truthfully(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The server went away after the command opened it: a plain message and exit code 1, no
    traceback, no file, and no promise to keep anything."""
    from datetime import UTC, datetime
    from io import StringIO

    import ui.cli.stores
    from app.paths import AppPaths
    from app.storage.errors import ServerUnreachableError
    from app.storage.store import Store
    from ui.cli import parse
    from ui.cli.commands import run_calendar
    from ui.cli.export import run_export

    paths = AppPaths.create(tmp_path / "d")
    first = Store.open(paths, lambda: datetime.now(UTC))
    first.save_team("Afsnit 3", ["Anna"])
    first.close()

    def gone(*_a: object, **_k: object) -> object:
        raise ServerUnreachableError("runde@db.example:5432/runde", "server closed the connection")

    def opened(*_a: object) -> Store:
        store = Store.open(paths, lambda: datetime.now(UTC), lock=False)
        for name in ("meetings", "teams"):
            monkeypatch.setattr(store, name, gone)
        return store
    monkeypatch.setattr(ui.cli.stores, "open_cli_store", opened)
    for run, argv in ((run_export, ["export", "--meeting", "latest", "-o", str(tmp_path / "x.pdf")]),
                      (run_calendar, ["calendar", "-o", str(tmp_path / "x.ics")])):
        out, err = StringIO(), StringIO()
        assert run(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en", *argv]), out, err) == 1
        assert "db.example:5432/runde cannot be reached. Nothing was changed" in err.getvalue()
        assert "kept" not in err.getvalue() and out.getvalue() == ""
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.ics").exists()
