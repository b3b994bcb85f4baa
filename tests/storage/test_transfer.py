"""A team's history moved from the local file to a server and back, counted table by table."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.format_library import copy_format
from app.formats import format_to_json, load_format
from app.paths import AppPaths, builtin_formats_dir
from app.series import Cadence, CadenceKind, Member, Series
from app.series_json import series_to_json
from app.storage.database import ServerDatabase
from app.storage.store import Store, import_team
from app.storage.transfer import COUNTED, TeamExistsError, move_team, team_counts


def now() -> datetime:
    return datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


def _team_file(name: str = "Afsnit 3") -> dict[str, object]:
    meeting = {"format_id": "systematic-learning-meeting", "format_title": "SLM",
               "started": "2026-03-03T13:00:00+00:00", "ended": "2026-03-03T14:00:00+00:00",
               "facilitator": "Anna", "participants": ["Anna", "Bo"], "first_speaker": "Bo",
               "capture": {"case_title": "Fald", "learning_points": [{"id": "p1", "text": "Lyt"},
                                                                     {"id": "p2", "text": "Hemmeligt",
                                                                      "confidential": True}],
                           "measures": [{"id": "m1", "text": "Ny procedure", "owner": "Bo"}]},
               "timings": [["case", "Case", 300, 310], ["round", "Round", 600, 590]],
               "turns": [["round", "Anna", "spoke", 60], ["round", "Bo", "passed", 2]],
               "pauses": [["2026-03-03T13:20:00+00:00", 30, "round"]], "series": 7}
    base = load_format(builtin_formats_dir() / "systematic-learning-meeting.json")
    ours = copy_format(base, "slm-ours-1", "da", "(vores)")
    ours = replace(ours, steps=(replace(ours.steps[0], duration_s=240), *ours.steps[1:]))
    series = Series(format_id="slm-ours-1", cadence=Cadence(CadenceKind.WEEKLY, interval=2, weekday=1),
                    start=date(2026, 1, 6), name="Læringsmøder",
                    roster=(Member("Anna", date(2026, 1, 6)), Member("Bo", date(2026, 1, 6))))
    visit = {"details": {"agent": "Anna", "colleague": "Bo", "day": "2026-03-04",
                         "learning_points": [{"id": "v1", "text": "Se"}]},
             "observations": [{"at": "2026-03-04T09:00:00+00:00", "text": "Rolig", "released": False}]}
    return {"runde_team_export": 1, "includes_private": True, "left_out": [], "name": name,
            "people": ["Anna", "Bo"], "formats": [format_to_json(ours)],
            "series": [{"id": 7, "format_id": "slm-ours-1", "rule": series_to_json(series)}],
            "meetings": [meeting, dict(meeting, started="2026-03-10T13:00:00+00:00")],
            "visits": [visit]}


def _counts(store: Store, name: str) -> dict[str, int]:
    team_id = store.team_id(name)
    assert team_id is not None
    return store._read(lambda s: team_counts(s, team_id))


def test_a_team_moves_to_the_server_and_back_with_every_row(tmp_path: Path, pg_url: str) -> None:
    local = Store.open(AppPaths.create(tmp_path / "laptop"), now)
    server = Store.open(AppPaths.create(tmp_path / "x"), now, database=ServerDatabase(pg_url, None, "test"))
    back = Store.open(AppPaths.create(tmp_path / "other-laptop"), now)
    try:
        import_team(local, _team_file())
        import_team(local, _team_file("Afsnit 4"))  # another team stays where it is
        original = _counts(local, "Afsnit 3")
        assert set(original) == set(COUNTED) and all(n >= 1 for n in original.values()), original
        report = move_team(local, server, "Afsnit 3", remove_from_source=True)
        assert report.counts == original == _counts(server, "Afsnit 3")
        assert local.team_id("Afsnit 3") is None and local.team_id("Afsnit 4") is not None
        assert [h.text for h in server.search("hemmel")] == ["Hemmeligt"] * 2  # confidential too
        with pytest.raises(TeamExistsError):
            move_team(server, server, "Afsnit 3")  # already there: refused, nothing written
        move_team(server, back, "Afsnit 3")
        assert _counts(back, "Afsnit 3") == original
        assert server.team_id("Afsnit 3") is not None  # copied, not removed, unless asked
        assert _counts(local, "Afsnit 4") == original  # untouched
    finally:
        for s in (local, server, back):
            s.close()


def test_runde_move_team_on_the_command_line(tmp_path: Path, pg_url: str) -> None:
    import io

    from ui.cli import parse
    from ui.cli.commands import run_move_team

    paths = AppPaths.create(tmp_path / "d")
    local = Store.open(paths, now)
    import_team(local, _team_file())
    original = _counts(local, "Afsnit 3")
    local.close()
    out, err = io.StringIO(), io.StringIO()
    args = parse(["--data-dir", str(tmp_path / "d"), "move-team", "Afsnit 3", "--from", "local",
                  "--to", pg_url, "--remove-from-source"])
    assert run_move_team(args, out, err) == 0, err.getvalue()
    assert "meeting\t2" in out.getvalue() and "Moved 'Afsnit 3'" in out.getvalue()
    back = ["--data-dir", str(tmp_path / "d"), "--database", pg_url, "move-team", "Afsnit 3", "--to", "local"]
    assert run_move_team(parse(back), out, err) == 0, err.getvalue()
    local = Store.open(paths, now)
    try:
        assert _counts(local, "Afsnit 3") == original
    finally:
        local.close()
    assert run_move_team(parse(back), out, err) == 1  # it is there already: refused
    assert "already has a team" in err.getvalue()
