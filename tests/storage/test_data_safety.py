"""Data safety on real SQLite files in a temp folder (nothing mocked but what root cannot be denied):
a locked or unreadable database is never taken for a damaged one, a read-only folder is explained, a
person is erased from learning visits too, a team import is all or nothing, backups carry aware times
and any good one can be restored, and a team file leaves private things out unless asked."""

from __future__ import annotations

import ast
import builtins
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.capture import Capture, FeedForward, Measure, RoundLine, TextItem
from app.paths import AppPaths
from app.storage import sqlite as sq
from app.storage.backup import list_backups, restore_backup
from app.storage.erase_rows import ERASE_LEAVES
from app.storage.errors import DataFolderError, DataInUseError, StorageError
from app.storage.faults import DatabaseCorruptError
from app.storage.opening import restore_choices, restore_from_backup
from app.storage.sqlite import integrity_check
from app.storage.store import Store
from app.storage.team_transfer import export_team, import_team
from app.storage.visits import (
    add_observation,
    create_visit,
    list_visits,
    load_visit,
    save_visit,
    update_observation,
)
from app.visit import VisitData

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("team", "person", "meeting", "step_timing", "turn", "visit", "observation", "learning_point",
          "measure")


def now() -> datetime:
    return datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wait 0.2 s (not 5 s) for another program's lock, so a locked database is quick to test."""
    monkeypatch.setattr(sq, "BUSY_TIMEOUT_S", 0.2)


def _filled(paths: AppPaths) -> None:
    """A database with one meeting and a learning point, closed cleanly."""
    s = Store.open(paths, now)
    team = s.save_team("Afsnit 3", ["Anna", "Bo"])
    mid = s.start_meeting(team_id=team.id, format_id="systematic-learning-meeting", format_title="SLM",
                          participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
    s.save_capture(mid, Capture(learning_points=(TextItem("p", "Keep me"),)))
    s.close()


def _snapshot(folder: Path) -> dict[str, bytes | None]:
    return {p.name: (p.read_bytes() if p.is_file() else None) for p in sorted(folder.iterdir())}


def _kept(paths: AppPaths) -> None:
    """The data is where it was and still opens with everything in it."""
    assert not list(paths.data_dir.glob("*.corrupt-*")), "a healthy database was moved aside"
    s = Store.open(paths, now)
    try:
        assert [h.text for h in s.search("keep")] == ["Keep me"]
    finally:
        s.close()


def _counts(db: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db)) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


# -- 1. only real damage moves a database aside --------------------------------------------------------

@pytest.mark.parametrize("how", ["rollback-journal", "wal-exclusive-locking"])
def test_a_database_locked_by_another_program_is_not_moved_aside(app_paths: AppPaths, how: str) -> None:
    _filled(app_paths)
    db = app_paths.db_path
    if how == "rollback-journal":  # e.g. a database tool switched it out of WAL and holds a write lock
        with closing(sqlite3.connect(db)) as con:
            assert con.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    other = sqlite3.connect(db, isolation_level=None)
    try:
        if how == "wal-exclusive-locking":
            other.execute("PRAGMA locking_mode=EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        before = _snapshot(app_paths.data_dir)
        with pytest.raises(DataInUseError) as err:
            Store.open(app_paths, now)
        assert "Another program is using Runde's data" in str(err.value)
        assert err.value.folder == app_paths.data_dir
        after = _snapshot(app_paths.data_dir)
        assert {k: v for k, v in after.items() if k != "runde.lock"} == \
            {k: v for k, v in before.items() if k != "runde.lock"}, "nothing is moved or changed"
    finally:
        other.close()
    _kept(app_paths)


def test_a_side_file_that_cannot_be_opened_is_a_disk_problem_not_damage(app_paths: AppPaths) -> None:
    _filled(app_paths)
    wal = app_paths.db_path.with_name(app_paths.db_path.name + "-wal")
    wal.unlink(missing_ok=True)
    wal.mkdir()  # SQLite cannot open its WAL: "unable to open database file" (a disk problem)
    with pytest.raises(DataFolderError) as err:
        Store.open(app_paths, now)
    assert str(app_paths.data_dir) in str(err.value) and "--data-dir" in str(err.value)
    assert app_paths.db_path.exists() and not list(app_paths.data_dir.glob("*.corrupt-*"))
    wal.rmdir()
    _kept(app_paths)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB file system (tmpfs), so a full disk is a real one; skipped where mounting is not
    allowed (not root, or a container without the capability)."""
    point = tmp_path / "disk"
    point.mkdir()
    if shutil.which("mount") is None or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(point)],
            capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


@pytest.mark.parametrize("lock", [True, False])
def test_a_full_disk_is_explained_and_nothing_is_moved(small_disk: Path, lock: bool) -> None:
    paths = AppPaths.create(small_disk / "runde")
    _filled(paths)
    filler = _fill(small_disk)
    with pytest.raises(DataFolderError) as err:
        Store.open(paths, now, lock=lock)  # the lock file, or SQLite's "disk I/O error" growing -shm
    assert err.value.full and "is full" in str(err.value) and str(paths.data_dir) in str(err.value)
    assert paths.db_path.exists() and not list(paths.data_dir.glob("*.corrupt-*"))
    filler.unlink()
    _kept(paths)


CRASH_MID_TRANSACTION = textwrap.dedent("""
    import os, sqlite3, sys
    con = sqlite3.connect(sys.argv[1], isolation_level=None)
    con.execute("PRAGMA cache_size=1")  # spill to the file: the journal is hot
    con.execute("BEGIN")
    con.execute("UPDATE learning_point SET text = 'half-written ' || hex(randomblob(2000))")
    os._exit(0)  # killed mid-transaction
""")


def test_a_hot_journal_left_by_a_crash_is_recovered_not_moved_aside(app_paths: AppPaths) -> None:
    _filled(app_paths)
    db = app_paths.db_path
    with closing(sqlite3.connect(db)) as con:  # rollback-journal mode, as while a new database is built
        con.execute("PRAGMA journal_mode=DELETE")
        con.executemany("INSERT INTO learning_point (uid, position, text, search_text, confidential, "
                        "version) VALUES (?, 0, ?, '', 0, 1)", [(f"x{i}", "x" * 1000) for i in range(300)])
        con.commit()
    subprocess.run([sys.executable, "-c", CRASH_MID_TRANSACTION, str(db)], check=True, timeout=60)
    assert db.with_name(db.name + "-journal").stat().st_size > 0, "the crash left a hot journal"
    _kept(app_paths)  # was: "attempt to write a readonly database" -> moved aside as damaged
    assert integrity_check(db) == "ok"


def test_problems_are_told_apart_from_real_sqlite_errors(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    with closing(sqlite3.connect(db)) as con:
        con.execute("CREATE TABLE t (a)")
        con.execute("PRAGMA max_page_count=2")
        with pytest.raises(sqlite3.Error) as full:
            con.execute("INSERT INTO t VALUES (randomblob(100000))")
    assert sq.classify(full.value).kind == sq.FULL
    (tmp_path / "n.sqlite3").write_text("not a database " * 500)
    assert sq.check_health(tmp_path / "n.sqlite3").kind == sq.CORRUPT
    assert sq.check_health(db).kind == sq.OK


# -- 3. a read-only data folder ------------------------------------------------------------------------

def test_a_read_only_data_folder_is_explained(app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    _filled(app_paths)
    (app_paths.data_dir / "runde.lock").unlink()
    folder = app_paths.data_dir
    folder.chmod(0o555)
    lock_opens: list[str] = []
    try:
        probe = folder / "probe"
        try:
            probe.write_text("x")
            probe.unlink()
            writable = True  # root (as in CI) may write anyway: make the lock's open fail as it would
        except OSError:
            writable = False
        real_open = builtins.open

        def write_protected(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
            if Path(file).name == "runde.lock":
                lock_opens.append(mode)
                if writable:
                    raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, mode, *args, **kwargs)

        from app.storage import safety

        monkeypatch.setattr(safety, "open", write_protected, raising=False)
        with pytest.raises(DataFolderError) as err:
            Store.open(app_paths, now)
    finally:
        folder.chmod(0o755)
    assert lock_opens, "the lock file's open was really reached"
    text = str(err.value)
    assert text.startswith(f"Runde cannot write in {folder}") and err.value.read_only
    assert "choose another folder with --data-dir or make it writable" in text
    monkeypatch.undo()
    _kept(app_paths)


# -- 4. removing a person everywhere ---------------------------------------------------------------------

def test_a_person_is_removed_from_learning_visits_and_feed_forward(app_paths: AppPaths) -> None:
    s = Store.open(app_paths, now)
    try:
        team = s.save_team("Afsnit 3", ["Anna", "Bo"])
        mid = s.start_meeting(team_id=team.id, format_id="mini-circle", format_title="Mini",
                              participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
        s.save_capture(mid, Capture(feed_forward=(FeedForward("f", "Spørg først", giver="Bo",
                                                              receiver="Anna"),)))
        s.save_live_state(mid, {"participants": ["Anna", "Bo"], "index": 1})
        v1 = create_visit(s, VisitData("Bo", "Anna", date(2026, 3, 3)), team.id)
        v2 = create_visit(s, VisitData("Anna", "Bo", date(2026, 3, 4)), team.id)
        obs = add_observation(s, v2, now(), "Bo hjalp fru Hansen")
        assert obs
        s.erase_person("Bo")
        assert {(v.agent, v.colleague) for v in list_visits(s)} == {("—", "Anna"), ("Anna", "—")}
        assert load_visit(s, v1)[0].agent == "—" and load_visit(s, v2)[0].colleague == "—"
        assert load_visit(s, v2)[1][0].text == "Bo hjalp fru Hansen"  # free text: not changed (told)
        ff = s.capture(mid).feed_forward[0]
        assert (ff.giver, ff.receiver) == ("—", "Anna")
        assert s.unfinished_meetings()[0].state["participants"] == ["Anna", "—"]
    finally:
        s.close()
    with closing(sqlite3.connect(app_paths.db_path)) as con:
        rows = con.execute("SELECT agent, colleague, details FROM visit").fetchall()
    for agent, colleague, details in rows:
        d = json.loads(details)
        assert "Bo" not in (agent, colleague, d["agent"], d["colleague"])
    assert "free text" in ERASE_LEAVES and "backups" in ERASE_LEAVES and "rewritten" in ERASE_LEAVES


# -- 5. a team import is all or nothing ------------------------------------------------------------------

def _team_file(s: Store) -> dict:  # type: ignore[type-arg]
    team = s.save_team("Afsnit 3", ["Anna", "Bo"])
    for day in (3, 4):
        mid = s.start_meeting(team_id=team.id, format_id="systematic-learning-meeting", format_title="SLM",
                              participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
        s.save_capture(mid, Capture(learning_points=(TextItem("p", f"Punkt {day}"),),
                                    measures=(Measure("m", f"Tiltag {day}"),)))
    vid = create_visit(s, VisitData("Anna", "Bo", date(2026, 3, 5)), team.id)
    update_observation(s, add_observation(s, vid, now(), "Rolig overlevering"), released=True)
    return export_team(s, team.id)


@pytest.mark.parametrize("where", ["meeting", "visit", "observation"])
def test_a_refused_team_import_leaves_nothing_behind(tmp_path: Path, where: str) -> None:
    src = Store.open(AppPaths.create(tmp_path / "src"), now)
    data = _team_file(src)
    src.close()
    if where == "meeting":
        data["meetings"][-1]["started"] = "2026-02-30T10:00:00+00:00"  # a bad date in a later record
    elif where == "visit":
        data["visits"][-1]["details"]["day"] = "2026-13-01"
    else:
        data["visits"][-1]["observations"][-1]["at"] = "yesterday"
    dst_paths = AppPaths.create(tmp_path / "dst")
    dst = Store.open(dst_paths, now)
    try:
        with pytest.raises(ValueError, match=r"\]\.(started|details\.day|at): must be a date"):
            import_team(dst, data)
        assert dst.teams() == [] and dst.meetings() == [] and list_visits(dst) == []
    finally:
        dst.close()
    assert set(_counts(dst_paths.db_path).values()) == {0}


# -- 6. backups: aware times, and any good one can be restored --------------------------------------------

def test_any_good_backup_can_be_restored_and_the_current_data_is_kept_aside(app_paths: AppPaths) -> None:
    clock = {"t": now()}
    s = Store.open(app_paths, lambda: clock["t"])
    team = s.save_team("Afsnit 3", ["Anna"])
    mid = s.start_meeting(team_id=team.id, format_id="f", format_title="F", participants=["Anna"],
                          facilitator="Anna", first_speaker="Anna")
    for i in range(3):
        s.save_capture(mid, Capture(learning_points=(TextItem("p", f"Version {i}"),)))
        clock["t"] = now() + timedelta(hours=i)
        assert s.startup_backup() is not None
    s.save_capture(mid, Capture(learning_points=(TextItem("p", "Current"),)))
    choices = restore_choices(app_paths)
    assert [b.taken for b in choices] == [now() + timedelta(hours=h) for h in (2, 1, 0)]  # newest first
    assert all(b.taken.tzinfo is not None and b.taken.utcoffset() == timedelta(0) for b in choices)
    middle = choices[1]
    moved = s.restore(middle.path)
    assert moved is not None and moved.exists() and ".replaced-" in moved.name
    with closing(sqlite3.connect(moved)) as con:  # the current data, moved aside, not deleted
        assert con.execute("SELECT text FROM learning_point").fetchone()[0] == "Current"
    assert len(list_backups(app_paths.backup_dir)) == 3, "no backup was used up"
    s = Store.open(app_paths, now)
    try:
        assert [h.text for h in s.search("version")] == ["Version 1"]
    finally:
        s.close()


def test_a_restore_that_cannot_be_done_changes_nothing(app_paths: AppPaths, tmp_path: Path) -> None:
    _filled(app_paths)
    s = Store.open(app_paths, now)
    backup = s.startup_backup()
    s.close()
    assert backup is not None
    before = app_paths.db_path.read_bytes()
    stranger = tmp_path / "elsewhere.sqlite3"
    shutil.copy(backup, stranger)
    with pytest.raises(StorageError, match="not a good backup"):
        restore_from_backup(app_paths, stranger, now())
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\0" + os.urandom(8000))
    with pytest.raises((ValueError, sqlite3.Error)):
        restore_backup(damaged, app_paths.db_path, now())
    assert app_paths.db_path.read_bytes() == before
    left = [p.name for p in app_paths.data_dir.iterdir()]
    assert not [n for n in left if ".replaced-" in n or n.endswith(".restoring")]


def test_backup_times_show_as_local_time(app_paths: AppPaths) -> None:
    _filled(app_paths)
    s = Store.open(app_paths, now)
    s.startup_backup()
    s.close()
    [b] = restore_choices(app_paths)
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Oslo"
    time.tzset()
    try:
        assert b.taken == now()
        assert b.local_time() == datetime(2026, 3, 10, 15, 0)  # 14:00 UTC is 15:00 in Oslo in March
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


def test_moving_aside_twice_in_one_second_overwrites_nothing(tmp_path: Path) -> None:
    db = tmp_path / "runde.sqlite3"
    db.write_text("first")
    first = sq.move_aside(db, now())
    db.write_text("second")
    second = sq.move_aside(db, now())
    assert first != second and first.read_text() == "first" and second.read_text() == "second"


# -- 7. a team file leaves private things out unless asked -----------------------------------------------

SECRETS = ("Fru Hansens navn", "Hemmeligt tiltag", "Fortrolig sag", "Det lærte jeg privat",
           "Fortrolig runde", "Kun til dig", "Privat observation", "Halvt skrevet", "Jeg så noget",
           "Fortroligt punkt", "Kolleganote")
PUBLIC = ("Lyt til pårørende", "Ny procedure", "Åben runde", "Rolig overlevering", "Åbent punkt")


def _private_team(s: Store) -> int:
    team = s.save_team("Afsnit 3", ["Anna", "Bo"])
    mid = s.start_meeting(team_id=team.id, format_id="systematic-learning-meeting", format_title="SLM",
                          participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
    s.save_capture(mid, Capture(
        case_title="Fortrolig sag", case_confidential=True,
        presenter_learning="Det lærte jeg privat", presenter_learning_confidential=True,
        round_lines=(RoundLine("Anna", "Åben runde"), RoundLine("Bo", "Fortrolig runde", confidential=True)),
        measures=(Measure("m1", "Ny procedure"), Measure("m2", "Hemmeligt tiltag", confidential=True)),
        learning_points=(TextItem("p1", "Lyt til pårørende"),
                         TextItem("p2", "Fru Hansens navn", confidential=True)),
        feed_forward=(FeedForward("f", "Kun til dig", giver="Anna", receiver="Bo"),)))
    vid = create_visit(s, VisitData("Anna", "Bo", date(2026, 3, 5)), team.id)
    save_visit(s, vid, replace(VisitData("Anna", "Bo", date(2026, 3, 5)), observation_draft="Halvt skrevet",
                               agent_saw="Jeg så noget", colleague_thoughts="Kolleganote",
                               learning_points=(TextItem("v0", "Åbent punkt"),
                                                TextItem("v1", "Fortroligt punkt", confidential=True))))
    add_observation(s, vid, now(), "Privat observation")
    update_observation(s, add_observation(s, vid, now() + timedelta(minutes=5), "Rolig overlevering"),
                       released=True)
    return team.id


def test_a_team_file_leaves_confidential_and_private_items_out_by_default(tmp_path: Path) -> None:
    s = Store.open(AppPaths.create(tmp_path / "src"), now)
    try:
        team_id = _private_team(s)
        shared = export_team(s, team_id)
        full = export_team(s, team_id, include_private=True)
        original = s.capture(s.meetings()[0].id)
    finally:
        s.close()
    text = json.dumps(shared, ensure_ascii=False)
    assert shared["includes_private"] is False and "unreleased observations" in shared["left_out"]
    assert not [x for x in SECRETS if x in text]
    assert all(x in text for x in PUBLIC)
    full_text = json.dumps(full, ensure_ascii=False)
    assert full["includes_private"] is True and full["left_out"] == []
    assert all(x in full_text for x in SECRETS + PUBLIC)
    for data, private in ((shared, False), (full, True)):  # import takes both kinds
        other = Store.open(AppPaths.create(tmp_path / f"dst-{private}"), now)
        try:
            team = import_team(other, data)
            cap = other.capture(other.meetings(team.id)[0].id)
            [visit] = list_visits(other)
            vdata, observations = load_visit(other, visit.id)
            if private:
                assert cap == original and vdata.observation_draft == "Halvt skrevet"
                assert [o.text for o in observations] == ["Privat observation", "Rolig overlevering"]
            else:
                assert [p.text for p in cap.learning_points] == ["Lyt til pårørende"]
                assert [m.text for m in cap.measures] == ["Ny procedure"] and cap.case_title == ""
                assert [o.text for o in observations] == ["Rolig overlevering"]
                assert vdata.agent_saw == "" and [p.text for p in vdata.filled_points()] == ["Åbent punkt"]
            assert [h.text for h in other.search("pårørende")] == ["Lyt til pårørende"]
        finally:
            other.close()


# -- 8. SQLite-only SQL lives in sqlite.py ---------------------------------------------------------------

def test_migrations_emit_no_sqlite_sql_of_their_own() -> None:
    tree = ast.parse((ROOT / "app" / "storage" / "migrate.py").read_text(encoding="utf-8"))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, ast.Module | ast.FunctionDef | ast.ClassDef) and n.body
                  and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    sql = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
           and id(n) not in docstrings and any(w in n.value.upper() for w in ("PRAGMA", "BEGIN"))]
    assert sql == []


def test_a_damaged_database_is_still_moved_aside(app_paths: AppPaths) -> None:
    _filled(app_paths)
    raw = bytearray(app_paths.db_path.read_bytes())
    raw[4096:8192] = os.urandom(4096)  # a table page overwritten: "malformed"
    app_paths.db_path.write_bytes(bytes(raw))
    with pytest.raises(DatabaseCorruptError) as err:
        Store.open(app_paths, now)
    assert err.value.moved_to.exists() and not app_paths.db_path.exists()


def test_a_closed_store_backs_up_nothing_and_writes_nothing(app_paths: AppPaths) -> None:
    _filled(app_paths)
    s = Store.open(app_paths, now)
    s.close()
    s.close()  # a second close does nothing
    assert s.startup_backup() is None and s.maybe_backup() is None  # a late timer after quit is quiet
    with pytest.raises(StorageError):
        s.save_team("Nyt", [])  # never written behind a restore's back
