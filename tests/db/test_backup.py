"""Backups: taken with the backup API (including what sits in -wal), thinned like Anki's, at most every
30 minutes while data changes, verified when listed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.capture import TextItem
from app.clock import FakeClock
from app.db.backup import (
    BackupScheduler,
    backup_now,
    list_backups,
    obsolete,
    taken_at,
    thin_backups,
)
from app.db.records import ItemKind
from app.paths import AppPaths
from app.store import Store
from tests.db.conftest import sql


def at(y: int, mo: int, d: int, h: int = 0) -> datetime:
    return datetime(y, mo, d, h, tzinfo=UTC)


def test_thinning_by_hand() -> None:
    # "now" is Sunday 2026-03-22; limits are the real ones (12 daily, 10 weekly, 9 monthly)
    now = at(2026, 3, 22, 9)
    kept_today = [at(2026, 3, 22, 8), at(2026, 3, 22, 1), at(2026, 3, 21, 23), at(2026, 3, 21, 2)]
    daily_kept, daily_gone = [at(2026, 3, 20, 18), at(2026, 3, 19)], [at(2026, 3, 20, 6)]
    gone = obsolete([*kept_today, *daily_kept, *daily_gone], now)
    assert gone == set(daily_gone)  # today and yesterday all kept; one per earlier day


def test_thinning_a_year_of_hourly_backups_keeps_about_forty() -> None:
    now = at(2026, 3, 22, 12)
    taken = [now - timedelta(hours=h) for h in range(0, 24 * 400)]
    gone = obsolete(taken, now)
    kept = sorted(set(taken) - gone, reverse=True)
    recent = [t for t in kept if t.date() >= (now - timedelta(days=1)).date()]
    older = kept[len(recent):]
    assert len(recent) == 24 + 13  # all of yesterday and today (00:00..12:00)
    assert len(older) == 12 + 10 + 9
    days = [t.date() for t in older[:12]]
    assert days == sorted(set(days), reverse=True)  # one per day
    weeks = [(t.date().toordinal() - 1) // 7 for t in older[12:22]]
    assert len(set(weeks)) == 10
    months = [(t.year, t.month) for t in older[22:]]
    assert len(set(months)) == 9
    assert obsolete(kept, now) == set()  # thinning again removes nothing


def test_thin_backups_deletes_files_and_leftover_partials(tmp_path: Path) -> None:
    now = at(2026, 3, 22, 12)
    for h in range(0, 24 * 60, 6):
        (tmp_path / f"runde-{(now - timedelta(hours=h)).strftime('%Y%m%d-%H%M%S')}.sqlite3").write_bytes(b"x")
    (tmp_path / "runde-20260322-110000.sqlite3.partial").write_bytes(b"half")
    (tmp_path / "notes.txt").write_text("not a backup", encoding="utf-8")
    removed = thin_backups(tmp_path, now)
    left = list_backups(tmp_path, verify=False)
    assert removed and len(left) + len(removed) == 240
    assert not list(tmp_path.glob("*.partial")) and (tmp_path / "notes.txt").exists()
    assert [b.taken for b in left] == sorted((b.taken for b in left), reverse=True)


def test_a_backup_holds_what_is_still_in_the_wal(store: Store, app_paths: AppPaths,
                                                 fake_clock: FakeClock) -> None:
    team = store.create_team("Afsnit 3", ["Anna"])
    mid = store.start_meeting(team_id=team.id, format_id="f1", format_title="F1", present=["Anna"],
                              facilitator="Anna", first_speaker="Anna")
    store.save_item(mid, ItemKind.LEARNING_POINT, TextItem("p1", "kun i WAL"))
    assert Path(f"{app_paths.db_path}-wal").stat().st_size > 0  # not checkpointed yet
    path = backup_now(app_paths.db_path, app_paths.backup_dir, fake_clock.wall())
    assert sql(path, "SELECT text FROM learning_point") == [("kun i WAL",)]
    assert taken_at(path) == fake_clock.wall()
    assert backup_now(app_paths.db_path, app_paths.backup_dir, fake_clock.wall()) != path  # same second


def test_list_backups_verifies_each_file(tmp_path: Path, store: Store, app_paths: AppPaths) -> None:
    good = backup_now(app_paths.db_path, tmp_path, at(2026, 3, 1))
    bad = tmp_path / "runde-20260302-000000.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    listed = list_backups(tmp_path)
    assert [(b.path, b.ok) for b in listed] == [(bad, False), (good, True)]
    assert listed[1].size == good.stat().st_size


def test_the_scheduler_backs_up_at_most_every_30_minutes_while_data_changes() -> None:
    clock = FakeClock()
    sched = BackupScheduler(clock.wall, last=clock.wall())
    clock.advance(45 * 60)
    assert not sched.due()  # nothing changed
    sched.changed()
    assert sched.due()
    sched.done()
    clock.advance(29 * 60)
    sched.changed()
    assert not sched.due()
    clock.advance(60)
    assert sched.due()


def test_the_store_backs_up_while_editing_and_on_close(app_paths: AppPaths, fake_clock: FakeClock) -> None:
    store = Store.open(app_paths, fake_clock)
    team = store.create_team("Afsnit 3", ["Anna"])
    for minute in range(0, 100, 5):  # edits at 0..95 minutes
        store.set_roster(team.id, ["Anna", f"Gæst {minute}"])
        store.wait_for_backup()  # periodic backups run on a thread of their own
        fake_clock.advance(5 * 60)
    during = list_backups(app_paths.backup_dir, verify=False)
    assert len(during) == 3  # at 30, 60 and 90 minutes of editing
    store.close()
    assert len(list_backups(app_paths.backup_dir, verify=False)) == 4  # the last edits, on close
    fake_clock.advance(60)
    reopened = Store.open(app_paths, fake_clock)
    result = reopened.startup_result(timeout=30)
    assert result is not None and result.backup is None  # nothing changed since the newest backup
    reopened.close()
