"""Each team's own variants of formats are team data: stored in the database, checked when read back,
carried in the team's file (with the team's series), and never allowed to take a built-in's id."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.capture import Capture, TextItem
from app.formats import FormatError, LocalText, format_to_json, load_format
from app.paths import AppPaths, builtin_formats_dir
from app.series import Cadence, CadenceKind, Member, Series, SeriesKind
from app.storage import models as m
from app.storage.format_library import available_formats, copy_format, save_team_format, team_source
from app.storage.format_store import FormatOfOtherTeamError, delete_team_format, team_formats
from app.storage.migrate import head_revision, upgrade
from app.storage.series_store import create_series, link_meeting, list_series, series_meetings
from app.storage.store import Store
from app.storage.team_transfer import export_team, import_team

SLM = "systematic-learning-meeting"
MARKUP = "<b>Fælles</b> &amp; <i>læring</i> ✓ Máret Ðuoŋŋa 日本語 🙂"


def now() -> datetime:
    return datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


def _ours(fmt_id: str = f"{SLM}-afsnit-3-1", first_step_s: int = 240) -> object:
    base = load_format(builtin_formats_dir() / f"{SLM}.json")
    fmt = copy_format(base, fmt_id, "da", "(vores udgave)")
    steps = (replace(fmt.steps[0], duration_s=first_step_s, warning_s=60), *fmt.steps[1:])
    return replace(fmt, steps=steps, title=LocalText({**fmt.title.texts, "en": MARKUP}))


@pytest.fixture
def store(open_store) -> Store:  # type: ignore[no-untyped-def]
    """A store on SQLite and, as a second case, on a PostgreSQL server."""
    return open_store(now)  # type: ignore[no-any-return]


def test_a_team_format_is_stored_in_the_database_not_as_a_file(store: Store, app_paths: AppPaths) -> None:
    saved = save_team_format(_ours(), store, "Afsnit 3", app_paths)  # type: ignore[arg-type]
    assert team_source(saved) == "Afsnit 3"
    assert not app_paths.formats_dir.exists() or list(app_paths.formats_dir.iterdir()) == []
    formats, errors = available_formats(app_paths, store)
    assert errors == []
    got = formats[f"{SLM}-afsnit-3-1"]
    assert got.steps[0].duration_s == 240 and got.steps[0].warning_s == 60
    assert got.title.get("en") == MARKUP  # markup is text, kept as typed
    assert SLM in formats  # the built-in is still there, unchanged
    assert formats[SLM].steps[0].duration_s != 240 or load_format(
        builtin_formats_dir() / f"{SLM}.json").steps[0].duration_s == 240
    assert [t.name for t in store.teams()] == ["Afsnit 3"]  # the team was created for its format


def test_team_formats_survive_a_restart_and_a_second_save_replaces_the_first(
        open_store, app_paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    s = open_store(now)
    save_team_format(_ours(), s, "Afsnit 3", app_paths)  # type: ignore[arg-type]
    save_team_format(_ours(first_step_s=300), s, "Afsnit 3", app_paths)  # type: ignore[arg-type]
    s.close()
    s = open_store(now)  # another start (or, on a server, another computer)
    [rec] = team_formats(s)
    assert rec.version == 2 and rec.team_name == "Afsnit 3"
    assert available_formats(app_paths, s)[0][f"{SLM}-afsnit-3-1"].steps[0].duration_s == 300


def test_an_id_of_another_team_or_a_built_in_is_refused_and_nothing_is_written(
        store: Store, app_paths: AppPaths) -> None:
    save_team_format(_ours(), store, "Afsnit 3", app_paths)  # type: ignore[arg-type]
    with pytest.raises(FormatOfOtherTeamError) as caught:
        save_team_format(_ours(first_step_s=60), store, "Afsnit 4", app_paths)  # type: ignore[arg-type]
    assert caught.value.team_name == "Afsnit 3"
    assert available_formats(app_paths, store)[0][f"{SLM}-afsnit-3-1"].steps[0].duration_s == 240
    with pytest.raises(FormatError, match="built-in"):
        save_team_format(_ours(SLM), store, "Afsnit 3", app_paths)  # type: ignore[arg-type]
    assert [r.format_id for r in team_formats(store)] == [f"{SLM}-afsnit-3-1"]


def test_a_damaged_stored_format_is_reported_kept_and_not_used(store: Store, app_paths: AppPaths) -> None:
    save_team_format(_ours(), store, "Afsnit 3", app_paths)  # type: ignore[arg-type]
    save_team_format(_ours(f"{SLM}-afsnit-3-2"), store, "Afsnit 3", app_paths)  # type: ignore[arg-type]
    def damage(s: Session) -> None:  # as a hand-edited database or a newer Runde could leave it
        row = s.scalar(select(m.TeamFormat).where(m.TeamFormat.format_id == f"{SLM}-afsnit-3-2"))
        assert row is not None
        data = dict(row.data)
        data["steps"] = [dict(data["steps"][0], duration_s=-5), *data["steps"][1:]]  # type: ignore[index]
        row.data = data
    with Session(store.engine) as s, s.begin():  # another writer of the database, not Runde's Store
        damage(s)
    formats, errors = available_formats(app_paths, store)
    assert f"{SLM}-afsnit-3-1" in formats and f"{SLM}-afsnit-3-2" not in formats
    assert len(errors) == 1 and errors[0].source == "team:Afsnit 3" and "duration" in errors[0].where
    assert len(team_formats(store)) == 2  # kept, for a person to repair or remove
    assert delete_team_format(store, f"{SLM}-afsnit-3-2") and len(team_formats(store)) == 1


def _series(name: str, format_id: str, parent: int | None = None) -> Series:
    return Series(format_id=format_id, kind=SeriesKind.MINI_CIRCLE if parent else SeriesKind.TEAM,
                  name=name, cadence=Cadence(CadenceKind.WEEKLY, interval=2, weekday=1),
                  start=date(2026, 1, 6), time_of_day=time(13, 30), duration_min=30,
                  zone="Europe/Copenhagen",
                  roster=(Member("Anna", date(2026, 1, 6)), Member("Bo", date(2026, 1, 6))),
                  parent_id=parent)


def _team_with_everything(s: Store, paths: AppPaths) -> int:
    team = s.save_team("Afsnit 3", ["Anna", "Bo"])
    save_team_format(_ours(), s, "Afsnit 3", paths)  # type: ignore[arg-type]
    parent = create_series(s, team.id, _series("Læringsmøder", f"{SLM}-afsnit-3-1"))
    create_series(s, team.id, _series("Minicirkel", "mini-circle", parent))
    mid = s.start_meeting(team_id=team.id, format_id=f"{SLM}-afsnit-3-1", format_title="SLM (vores)",
                          participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
    s.save_capture(mid, Capture(learning_points=(TextItem("p", "Punkt"),)))
    link_meeting(s, mid, parent)
    return team.id


def test_the_team_file_carries_its_formats_and_series_to_another_computer(tmp_path: Path) -> None:
    src_paths = AppPaths.create(tmp_path / "src")
    src = Store.open(src_paths, now)
    data = export_team(src, _team_with_everything(src, src_paths))
    src.close()
    assert [f["id"] for f in data["formats"]] == [f"{SLM}-afsnit-3-1"]
    assert len(data["series"]) == 2

    dst_paths = AppPaths.create(tmp_path / "dst")
    dst = Store.open(dst_paths, now)
    try:
        team = import_team(dst, data)
        fmt = available_formats(dst_paths, dst)[0][f"{SLM}-afsnit-3-1"]
        assert fmt.steps[0].duration_s == 240 and team_source(fmt) == "Afsnit 3"
        good, bad = list_series(dst, team.id)
        assert bad == [] and [r.series.name for r in good] == ["Læringsmøder", "Minicirkel"]
        parent, child = good
        assert child.series.parent_id == parent.id  # the link follows the new row ids
        assert parent.series.format_id == f"{SLM}-afsnit-3-1"
        assert len(series_meetings(dst, parent.id)) == 1
    finally:
        dst.close()


def test_importing_a_team_twice_renames_its_formats_and_calendar_uids(tmp_path: Path) -> None:
    paths = AppPaths.create(tmp_path / "one")
    s = Store.open(paths, now)
    try:
        data = export_team(s, _team_with_everything(s, paths))
        copy = import_team(s, data)
        assert copy.name == "Afsnit 3 (2)"
        ids = sorted(r.format_id for r in team_formats(s))
        assert ids == [f"{SLM}-afsnit-3-1", f"{SLM}-afsnit-3-2"]  # the first team's format untouched
        good, _ = list_series(s, copy.id)
        assert good[0].series.format_id == f"{SLM}-afsnit-3-2"  # follows its renamed format
        assert [m.format_id for m in s.meetings(copy.id)] == [f"{SLM}-afsnit-3-2"]
        all_uids = [r.series.uid for r in list_series(s, all_teams=True)[0]]
        assert len(set(all_uids)) == 4
    finally:
        s.close()


@pytest.mark.parametrize("damage", ["format", "series"])
def test_a_team_file_with_a_bad_format_or_series_brings_nothing_in(tmp_path: Path, damage: str) -> None:
    paths = AppPaths.create(tmp_path / "one")
    s = Store.open(paths, now)
    try:
        data = export_team(s, _team_with_everything(s, paths))
        if damage == "format":
            data["formats"][0]["steps"][0]["duration_s"] = "soon"
        else:
            data["series"][1]["rule"]["cadence"] = "every now and then"
        where = r"formats\[0\]\.steps\[0\]\.duration_s" if damage == "format" else r"series\[1\]\.rule"
        with pytest.raises(ValueError, match=where + ": is not a usable"):  # the item, no text of it
            import_team(s, data)
        assert [t.name for t in s.teams()] == ["Afsnit 3"] and len(team_formats(s)) == 1
    finally:
        s.close()


def test_a_team_file_with_a_built_in_id_brings_it_in_as_a_copy(tmp_path: Path) -> None:
    paths = AppPaths.create(tmp_path / "one")
    s = Store.open(paths, now)
    try:
        fmt = _ours(SLM, first_step_s=420)
        data = {"runde_team_export": 1, "name": "Afsnit 9", "people": [], "meetings": [], "visits": [],
                "formats": [format_to_json(fmt)]}  # type: ignore[arg-type]
        import_team(s, data)
        [rec] = team_formats(s)
        assert rec.format_id == f"{SLM}-afsnit-9-1"
        assert available_formats(paths, s)[0][SLM].steps[0].duration_s != 420  # the built-in stays
    finally:
        s.close()


def test_erasing_a_person_reaches_the_series_rosters(store: Store, app_paths: AppPaths) -> None:
    _team_with_everything(store, app_paths)
    store.erase_person("Bo")
    store.erase_person("Anna")
    for rec in list_series(store, all_teams=True)[0]:
        assert [m.name for m in rec.series.roster] == ["— 2", "—"]  # still two people, no names


def test_an_older_database_gets_the_team_format_table(app_paths: AppPaths) -> None:
    app_paths.data_dir.mkdir(parents=True)
    upgrade(f"sqlite:///{app_paths.db_path}", target="0002")
    s = Store.open(app_paths, now)
    try:
        assert s.revision() == head_revision()
        assert team_formats(s) == []
        save_team_format(_ours(), s, "Afsnit 3", app_paths)  # type: ignore[arg-type]
        assert len(team_formats(s)) == 1
    finally:
        s.close()
