"""Damaged files, restoring a backup, one Runde per data folder, network shares."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from app.capture import TextItem
from app.clock import FakeClock
from app.db.backup import backup_now, restore_backup
from app.db.engine import integrity_check
from app.db.errors import AlreadyOpenError, DatabaseCorruptError
from app.db.records import ItemKind
from app.db.safety import HealthState, InstanceLock, check_database, is_network_path, move_aside
from app.paths import AppPaths
from app.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _truncate_to_half(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])


def _random_bytes(db: Path) -> None:
    db.write_bytes(os.urandom(db.stat().st_size))


def _text_file(db: Path) -> None:
    db.write_text("This is a shopping list, not a database.\nmilk\nbread\n" * 50, encoding="utf-8")


def _history(app_paths: AppPaths, clock: FakeClock) -> int:
    """A database with one meeting and one learning point, closed cleanly with a backup."""
    store = Store.open(app_paths, clock)
    team = store.create_team("Afsnit 3", ["Anna", "Bo"])
    mid = store.start_meeting(team_id=team.id, format_id="f1", format_title="F1", present=team.people,
                              facilitator="Anna", first_speaker="Bo")
    store.save_item(mid, ItemKind.LEARNING_POINT, TextItem("p1", "Lyt først"))
    store.close()
    return mid


@pytest.mark.parametrize("damage", [_truncate_to_half, _random_bytes, _text_file],
                         ids=["truncated-to-half", "random-bytes", "text-file"])
def test_a_damaged_database_is_moved_aside_whole_and_the_newest_good_backup_restores(
        app_paths: AppPaths, fake_clock: FakeClock, damage: Callable[[Path], None]) -> None:
    mid = _history(app_paths, fake_clock)
    db = app_paths.db_path
    damage(db)
    wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
    wal.write_bytes(b"a hot journal from a crash")
    shm.write_bytes(b"shared memory")
    fake_clock.advance(3600)

    assert check_database(db).state is HealthState.CORRUPT
    with pytest.raises(DatabaseCorruptError) as broken:
        Store.open(app_paths, fake_clock)
    moved = broken.value.moved_to
    assert not db.exists() and not wal.exists() and not shm.exists()  # moved together...
    assert Path(f"{moved}-wal").read_bytes() == b"a hot journal from a crash"  # ...never deleted
    assert Path(f"{moved}-shm").exists() and moved.exists()
    assert broken.value.backups and all(b.ok for b in broken.value.backups)

    restore_backup(broken.value.backups[0].path, db)
    store = Store.open(app_paths, fake_clock)
    try:
        assert [p.text for p in store.capture(mid).learning_points] == ["Lyt først"]
    finally:
        store.close()
    assert integrity_check(db) == "ok"


def test_damage_deep_inside_is_found_by_the_background_check_and_not_backed_up(
        app_paths: AppPaths, fake_clock: FakeClock) -> None:
    store = Store.open(app_paths, fake_clock)
    team = store.create_team("Afsnit 3", ["Anna"])
    mid = store.start_meeting(team_id=team.id, format_id="f1", format_title="F1", present=["Anna"],
                              facilitator="Anna", first_speaker="Anna")
    for i in range(400):
        store.save_item(mid, ItemKind.LEARNING_POINT, TextItem(f"p{i}", f"Punkt {i} " * 40))
    store.close()
    db = app_paths.db_path
    data = bytearray(db.read_bytes())
    page = len(data) // 4096 // 2 * 4096  # a page in the middle, far from the header and schema
    data[page:page + 4096] = os.urandom(4096)
    db.write_bytes(bytes(data))
    fake_clock.advance(3600)

    damaged = Store.open(app_paths, fake_clock)  # header, size and schema are fine: it opens at once
    result = damaged.startup_result(timeout=60)
    assert result is not None and result.health.state is HealthState.CORRUPT and result.backup is None
    good = [b for b in damaged.list_backups() if b.ok]
    moved = damaged.restore(good[0].path, reason="corrupt")
    try:
        assert moved is not None and ".corrupt-" in moved.name
        assert len(damaged.capture(mid).learning_points) == 400
    finally:
        damaged.close()
    assert integrity_check(db) == "ok"


def test_restore_from_an_open_store_moves_the_current_file_aside(app_paths: AppPaths,
                                                                 fake_clock: FakeClock) -> None:
    store = Store.open(app_paths, fake_clock)
    team = store.create_team("Afsnit 3", ["Anna"])
    backup = store.list_backups()[0].path if store.list_backups() else None
    assert backup is None
    first = backup_now(app_paths.db_path, app_paths.backup_dir, fake_clock.wall())
    store.set_roster(team.id, ["Anna", "Bo"])
    moved = store.restore(first)
    try:
        assert moved is not None and moved.exists()
        assert store.team(team.id).people == ("Anna",)
        store.set_roster(team.id, ["Anna", "Cecilie"])  # the store works on after a restore
    finally:
        store.close()


def test_move_aside_keeps_names_sqlite_understands(tmp_path: Path) -> None:
    db = tmp_path / "runde.sqlite3"
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").write_text(suffix or "main", encoding="utf-8")
    first, second = move_aside(db), (db.write_text("again", encoding="utf-8"), move_aside(db))[1]
    assert first != second
    assert {p.name for p in tmp_path.iterdir()} == {
        first.name, f"{first.name}-wal", f"{first.name}-shm", f"{first.name}-journal", second.name}


def test_an_empty_or_missing_file_is_not_damage(tmp_path: Path) -> None:
    assert check_database(tmp_path / "none.sqlite3").state is HealthState.MISSING
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    assert check_database(tmp_path / "empty.sqlite3").state is HealthState.OK


CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from app.clock import FakeClock
    from app.paths import AppPaths
    from app.store import AlreadyOpenError, Store
    try:
        store = Store.open(AppPaths.create(Path(sys.argv[1])), FakeClock())
    except AlreadyOpenError as exc:
        print("refused:", exc)
        sys.exit(3)
    print("opened")
    store.close()
""")


def _second_instance(base: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CHILD, str(base)], capture_output=True, text=True,
                          timeout=60, cwd=ROOT, check=False)


def test_a_second_runde_on_the_same_data_is_refused(tmp_path: Path, fake_clock: FakeClock) -> None:
    base = tmp_path / "runde"
    store = Store.open(AppPaths.create(base), fake_clock)
    try:
        team = store.create_team("Afsnit 3", ["Anna"])
        second = _second_instance(base)
        assert second.returncode == 3, second.stderr
        assert "already open" in second.stdout
        store.set_roster(team.id, ["Anna", "Bo"])  # the first one carries on undisturbed
    finally:
        store.close()
    assert _second_instance(base).stdout.strip() == "opened"
    assert integrity_check(AppPaths.create(base).db_path) == "ok"


def test_the_lock_dies_with_a_killed_process(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys, time
        from pathlib import Path
        from app.db.safety import InstanceLock
        lock = InstanceLock(Path(sys.argv[1]))
        lock.acquire()
        print("held", flush=True)
        time.sleep(60)
    """), str(tmp_path)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(AlreadyOpenError):
            InstanceLock(tmp_path).acquire()
    finally:
        holder.kill()
        holder.communicate()
    lock = InstanceLock(tmp_path)
    assert lock.try_acquire()
    lock.release()


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/home /home/anna nfs4 rw,relatime 0 0
//nas/teams /mnt/team\\040share cifs rw 0 0
anna@host:/data /media/ssh fuse.sshfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""
MAC = """\
/dev/disk3s1 on / (apfs, local, journaled)
//anna@nas/Runde on /Volumes/Runde (smbfs, nodev, nosuid, mounted by anna)
"""


@pytest.mark.parametrize(("path", "mounts", "remote"), [
    (Path("/home/anna/Runde"), MOUNTS, True),
    (Path("/mnt/team share/Runde"), MOUNTS, True),
    (Path("/media/ssh/x"), MOUNTS, True),
    (Path("/tmp/x"), MOUNTS, False),
    (Path("/home/bo"), MOUNTS, False),
    (Path("/Volumes/Runde/data"), MAC, True),
    (Path("/Users/anna"), MAC, False),
    (Path("//server/share/Runde"), "", True),
    (Path("\\\\server\\share\\Runde"), "", True),
])
def test_network_shares_are_recognised(path: Path, mounts: str, remote: bool) -> None:
    assert is_network_path(path, mounts) is remote


def test_this_machine_s_temp_folder_is_local(tmp_path: Path) -> None:
    assert is_network_path(tmp_path) is False
