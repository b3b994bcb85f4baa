"""Series stored in real SQLite files: create, read back, update, list, delete, damaged rows."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest

from app.paths import AppPaths
from app.series import LAST, Cadence, Member, Problem, Series, SeriesError, SeriesKind
from app.series_dates import occurrences
from app.series_edits import cancel, move
from app.storage.series_store import (
    child_series,
    create_series,
    delete_series,
    link_meeting,
    list_series,
    load_series,
    series_meetings,
    update_series,
)
from app.storage.store import StorageError, Store

TUESDAY, MONDAY = 1, 0


def now() -> datetime:
    return datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


@pytest.fixture
def store(open_store) -> Store:  # type: ignore[no-untyped-def]
    """A store on SQLite and, as a second case, on a PostgreSQL server."""
    return open_store(now)  # type: ignore[no-any-return]


@pytest.fixture
def sqlite_store(app_paths: AppPaths):  # type: ignore[no-untyped-def]
    """A store on the local SQLite file (the tests that damage rows with sqlite3)."""
    s = Store.open(app_paths, now)
    yield s
    s.close()


def _circle() -> Series:
    s = Series("digital-learning-circle", Cadence.monthly(2, TUESDAY), date(2021, 5, 11), date(2021, 10, 31),
               time(9, 15), 135, "Europe/Oslo", kind=SeriesKind.LEARNING_CIRCLE,
               name="Bærekraftige møteplasser",
               roster=(Member("Anders", date(2021, 4, 20)), Member("Kari", date(2021, 5, 20))))
    return move(cancel(s, date(2021, 7, 13)), date(2021, 8, 10), date(2021, 8, 24))


def test_a_series_is_stored_and_read_back_after_reopening(app_paths: AppPaths) -> None:
    store = Store.open(app_paths, now)
    team = store.save_team("NK-ARR", ["Anders", "Kari"])
    original = _circle()
    sid = create_series(store, team.id, original)
    store.close()
    store = Store.open(app_paths, now)
    try:
        rec = load_series(store, sid)
        assert rec.team_id == team.id and rec.series == original
        assert rec.series.format_id == "digital-learning-circle"
        assert [o.day for o in occurrences(rec.series, date(2021, 1, 1), date(2021, 12, 31))] == [
            date(2021, 5, 11), date(2021, 6, 8), date(2021, 8, 24), date(2021, 9, 14), date(2021, 10, 12)]
        assert rec.series.roster[1] == Member("Kari", date(2021, 5, 20))
    finally:
        store.close()
    con = sqlite3.connect(app_paths.db_path)
    try:
        fmt, rule = con.execute("SELECT format_id, rule FROM series WHERE id = ?", (sid,)).fetchone()
    finally:
        con.close()
    assert fmt == "digital-learning-circle" and '"cadence"' in rule and "2021-08-24" in rule


def test_same_uid_on_every_read(store: Store) -> None:
    original = _circle()
    sid = create_series(store, None, original)
    assert load_series(store, sid).series.uid == original.uid == load_series(store, sid).series.uid
    assert load_series(store, sid).series == original


def test_update_list_and_delete_per_team(store: Store) -> None:
    a = store.save_team("Afsnit 3", ["Anna", "Bo"])
    b = store.save_team("Afsnit 4", ["Cecilie"])
    slm = Series("systematic-learning-meeting", Cadence.weekly(TUESDAY, every=2), date(2026, 3, 10),
                 time_of_day=time(14, 0), duration_min=30)
    s1 = create_series(store, a.id, slm)
    s2 = create_series(store, a.id, replace(slm, format_id="after-action-review", uid="aar"))
    s3 = create_series(store, b.id, replace(slm, uid="other"))
    good, bad = list_series(store, a.id)
    assert [r.id for r in good] == [s1, s2] and bad == []
    assert [r.id for r in list_series(store, b.id)[0]] == [s3]
    assert list_series(store, None)[0] == []
    assert len(list_series(store, all_teams=True)[0]) == 3
    update_series(store, s1, replace(slm, time_of_day=time(13, 30), end=date(2026, 12, 31)))
    rec = load_series(store, s1)
    assert rec.series.time_of_day == time(13, 30) and rec.series.end == date(2026, 12, 31)
    update_series(store, s2, load_series(store, s2).series, team_id=b.id)
    assert [r.id for r in list_series(store, b.id)[0]] == [s2, s3]
    delete_series(store, s1)
    with pytest.raises(KeyError):
        load_series(store, s1)
    with pytest.raises(KeyError):
        update_series(store, s1, slm)
    delete_series(store, s1)  # twice is fine
    assert [r.id for r in list_series(store, a.id)[0]] == []


def test_invalid_series_are_refused_before_anything_is_written(store: Store) -> None:
    bad = Series("x", Cadence.weekly(TUESDAY), date(2026, 3, 10), date(2026, 3, 1))
    with pytest.raises(SeriesError) as info:
        create_series(store, None, bad)
    assert info.value.problem is Problem.END_BEFORE_START
    assert list_series(store, all_teams=True) == ([], [])
    sid = create_series(store, None, replace(bad, end=None))
    with pytest.raises(SeriesError):
        update_series(store, sid, replace(bad, cadence=Cadence.weekly(TUESDAY, 0)))
    assert load_series(store, sid).series.end is None


def test_parent_circle_must_exist_and_never_loops(store: Store) -> None:
    team = store.save_team("Åpen arena", ["Marianne", "Toril"])
    every_other_month = Cadence.monthly(LAST, 3, every=2)  # the last Thursday
    lc = create_series(store, team.id, Series("learning-circle", every_other_month, date(2026, 1, 1),
                                              kind=SeriesKind.LEARNING_CIRCLE))
    mini = Series("mini-circle", Cadence.weekly(MONDAY), date(2026, 3, 2), date(2026, 4, 2),
                  kind=SeriesKind.MINI_CIRCLE, parent_id=lc)
    mc = create_series(store, team.id, mini)
    assert [r.id for r in child_series(store, lc)] == [mc]
    with pytest.raises(SeriesError) as missing:
        create_series(store, team.id, replace(mini, parent_id=9999))
    assert missing.value.problem is Problem.BAD_PARENT
    with pytest.raises(SeriesError) as loop:
        update_series(store, lc, replace(load_series(store, lc).series, parent_id=mc))
    assert loop.value.problem is Problem.BAD_PARENT
    with pytest.raises(SeriesError):
        update_series(store, mc, replace(mini, parent_id=mc))
    delete_series(store, lc)  # the mini-circle stays, without a parent
    assert load_series(store, mc).series.parent_id is None


def test_damaged_rows_are_reported_and_kept(sqlite_store: Store, app_paths: AppPaths) -> None:
    store = sqlite_store
    team = store.save_team("Afsnit 3", ["Anna"])
    good = create_series(store, team.id, _circle())
    broken = create_series(store, team.id, replace(_circle(), uid="b"))
    con = sqlite3.connect(app_paths.db_path)
    con.execute("UPDATE series SET rule = json_set(rule, '$.start', 'soon') WHERE id = ?", (broken,))
    con.commit()
    con.close()
    ok, bad = list_series(store, team.id)
    assert [r.id for r in ok] == [good]
    assert [d.id for d in bad] == [broken] and bad[0].error.problem is Problem.DAMAGED
    assert "start" in str(bad[0].error)
    with pytest.raises(SeriesError):
        load_series(store, broken)
    con = sqlite3.connect(app_paths.db_path)
    con.execute("UPDATE series SET rule = '[1, 2]' WHERE id = ?", (broken,))
    con.commit()
    con.close()
    assert [d.id for d in list_series(store, team.id)[1]] == [broken]


def test_meetings_link_to_their_series_and_outlive_it(store: Store) -> None:
    team = store.save_team("Afsnit 3", ["Anna", "Bo"])
    sid = create_series(store, team.id, _circle())
    mid = store.start_meeting(team_id=team.id, format_id="digital-learning-circle", format_title="Digital",
                              participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
    link_meeting(store, mid, sid)
    assert series_meetings(store, sid) == [mid]
    link_meeting(store, mid, 4242)  # no such series: left as it was
    assert series_meetings(store, sid) == [mid]
    delete_series(store, sid)
    assert [x.id for x in store.meetings(team.id)] == [mid]
    assert series_meetings(store, sid) == []


def test_team_removed_takes_its_series(sqlite_store: Store, app_paths: AppPaths) -> None:
    store = sqlite_store
    team = store.save_team("Afsnit 3", ["Anna"])
    create_series(store, team.id, _circle())
    con = sqlite3.connect(app_paths.db_path)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("DELETE FROM team WHERE id = ?", (team.id,))
    con.commit()
    con.close()
    assert list_series(store, all_teams=True) == ([], [])


def test_a_closed_store_refuses_to_write(app_paths: AppPaths) -> None:
    store = Store.open(app_paths, now)
    store.close()
    with pytest.raises(StorageError):
        create_series(store, None, _circle())
