"""Storage against real SQLite files: migrations, faults, backups, the lock, crash recovery."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.capture import Capture, Measure, TextItem
from app.clock import FakeClock
from app.formats import load_format
from app.paths import AppPaths, builtin_formats_dir
from app.recovery import meeting_from_state, meeting_to_state
from app.setup import MeetingSetup
from app.storage.backup import BackupInfo, backup_now, list_backups, restore_backup, to_keep
from app.storage.errors import StorageError
from app.storage.faults import DatabaseCorruptError
from app.storage.migrate import DatabaseTooNewError, head_revision, upgrade
from app.storage.pending import PendingWrites
from app.storage.safety import AlreadyOpenError, is_network_path
from app.storage.sqlite import integrity_check
from app.storage.store import Store
from tests.storage.kill_child import kill_and_check

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("team", "person", "series", "meeting", "step_timing", "turn", "pause", "visit", "observation",
          "learning_point", "measure", "sheet")


def now() -> datetime:
    return datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


@pytest.fixture
def store(open_store) -> Store:  # type: ignore[no-untyped-def]
    """A store on SQLite and, as a second case, on a PostgreSQL server."""
    return open_store(now)  # type: ignore[no-any-return]


@pytest.fixture
def sqlite_store(app_paths: AppPaths):  # type: ignore[no-untyped-def]
    """A store on the local SQLite file (for what only SQLite has: pages, the WAL, the backup API)."""
    s = Store.open(app_paths, now)
    yield s
    s.close()


def _meeting(store: Store) -> int:
    team = store.save_team("Afsnit 3", ["Anna", "Bo", "Cecilie"])
    return store.start_meeting(team_id=team.id, format_id="systematic-learning-meeting",
                               format_title="Systematic learning meeting", participants=list(team.people),
                               facilitator="Anna", first_speaker="Bo")


def _counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def test_new_database_is_at_head_and_reopens(app_paths: AppPaths) -> None:
    s = Store.open(app_paths, now)
    assert s.revision() == head_revision()
    s.close()
    s = Store.open(app_paths, now)
    assert s.revision() == head_revision()
    s.close()
    assert integrity_check(app_paths.db_path) == "ok"


def _fill_first_schema(db: Path) -> None:
    upgrade(f"sqlite:///{db}", target="0001")
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys=ON")
    ts = "2025-01-07 14:00:00"
    con.execute("INSERT INTO team VALUES (1, 'Afsnit 3', ?, 'Bo', 'Anna')", (ts,))
    con.execute("INSERT INTO person VALUES (1, 1, 'Anna', 0, 1, NULL)")
    con.execute("INSERT INTO series VALUES (1, 1, 'systematic-learning-meeting', '{}')")
    con.execute("INSERT INTO meeting (id, team_id, format_id, format_title, started, ended, facilitator,"
                " participants, first_speaker, case_title, capture) VALUES (1, 1, 'f', 'F', ?, ?, 'Anna',"
                " '[\"Anna\"]', 'Anna', 'Case', '{}')", (ts, ts))
    con.execute("INSERT INTO step_timing VALUES (1, 1, 0, 'case', 'Case', 300, 310)")
    con.execute("INSERT INTO turn VALUES (1, 1, 0, 'round', 'Anna', 'passed', 3)")
    con.execute("INSERT INTO pause VALUES (1, 1, ?, 20, 'case')", (ts,))
    con.execute("INSERT INTO visit VALUES (1, 1, 'Anna', 'Bo', '2025-01-08', '{}', NULL)")
    con.execute("INSERT INTO observation VALUES (1, 1, ?, 'note', 0)", (ts,))
    con.execute("INSERT INTO learning_point VALUES (1, 'u1', 1, NULL, 0, 'Lyt', 'lyt', 0)")
    con.execute("INSERT INTO learning_point VALUES (2, 'u2', NULL, 1, 0, 'Se', 'se', 0)")
    con.execute("INSERT INTO measure VALUES (1, 'm1', 1, 1, 'Ny', 'ny', 'procedure', 'Bo', NULL, 'open',"
                " '2025-01-07', NULL, 0)")
    con.execute("INSERT INTO sheet VALUES (1, 1, '2025-01-01', '2025-01-31', ?)", (ts,))
    con.commit()
    con.close()


def test_oldest_schema_with_data_upgrades_without_losing_a_row(app_paths: AppPaths) -> None:
    app_paths.data_dir.mkdir(parents=True)
    db = app_paths.db_path
    _fill_first_schema(db)
    before = _counts(db)
    assert all(n >= 1 for n in before.values())
    s = Store.open(app_paths, now)  # backs up, then migrates 0001 -> head (0002 rebuilds meeting)
    assert s.revision() == head_revision()
    s.close()
    assert _counts(db) == before  # the foreign-key trap would have emptied the meeting's children
    assert list_backups(app_paths.backup_dir), "a backup is taken before migrating"


def test_failed_migration_rolls_back_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "x.sqlite3"
    _fill_first_schema(db)
    before = _counts(db)
    from app.storage import migrate

    real = migrate.command.upgrade

    def broken(cfg, target):  # type: ignore[no-untyped-def]
        real(cfg, target)
        raise RuntimeError("boom after the DDL")

    monkeypatch.setattr(migrate.command, "upgrade", broken)
    with pytest.raises(migrate.MigrationFailedError):
        upgrade(f"sqlite:///{db}")
    con = sqlite3.connect(db)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    cols = [r[1] for r in con.execute("PRAGMA table_info(meeting)")]
    con.close()
    assert "series_id" not in cols
    assert _counts(db) == before


def test_newer_database_is_refused_untouched(app_paths: AppPaths) -> None:
    Store.open(app_paths, now).close()
    con = sqlite3.connect(app_paths.db_path)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    data = app_paths.db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as err:
        Store.open(app_paths, now)
    assert err.value.revision == "9999"
    assert app_paths.db_path.read_bytes() == data


@pytest.mark.parametrize("damage", ["truncate", "random", "text"])
def test_corrupt_database_is_moved_aside_and_a_backup_offered(app_paths: AppPaths, damage: str) -> None:
    s = Store.open(app_paths, now)
    mid = _meeting(s)
    s.save_capture(mid, Capture(learning_points=(TextItem("p", "Keep me"),)))
    s.close()
    s = Store.open(app_paths, lambda: now() + timedelta(hours=1))
    assert s.startup_backup() is not None  # the app takes it once its window shows
    s.close()
    db = app_paths.db_path
    raw = db.read_bytes()
    if damage == "truncate":
        db.write_bytes(raw[: len(raw) // 2])
    elif damage == "random":
        db.write_bytes(os.urandom(len(raw)))
    else:
        db.write_text("this is not a database\n" * 100)
    Path(str(db) + "-wal").write_bytes(b"wal bytes")
    with pytest.raises(DatabaseCorruptError) as err:
        Store.open(app_paths, lambda: now() + timedelta(hours=2))
    moved = err.value.moved_to
    assert moved.exists() and Path(str(moved) + "-wal").read_bytes() == b"wal bytes"
    assert not db.exists()
    assert err.value.backups, "a good backup is offered"
    restore_backup(err.value.backups[0].path, db, now() + timedelta(hours=3))
    s = Store.open(app_paths, lambda: now() + timedelta(hours=4))
    assert [h.text for h in s.search("keep")] == ["Keep me"]
    s.close()


def test_backups_are_thinned_like_anki() -> None:
    start = datetime(2026, 1, 1)
    backups = [BackupInfo(Path(f"b{i}"), start + timedelta(hours=6 * i), 1) for i in range(4 * 400)]
    last = backups[-1].taken
    kept = to_keep(backups, last)
    recent = [b for b in backups if last - b.taken <= timedelta(days=1)]
    assert all(b.path in kept for b in recent)
    assert len(kept) <= len(recent) + 12 + 10 + 9
    assert backups[0].path not in kept


def test_a_second_runde_on_the_same_data_is_refused(app_paths: AppPaths) -> None:
    s = Store.open(app_paths, now)
    script = textwrap.dedent(f"""
        from datetime import datetime, UTC
        from pathlib import Path
        from app.paths import AppPaths
        from app.storage.store import Store
        from app.storage.safety import AlreadyOpenError
        try:
            Store.open(AppPaths.create(Path({str(app_paths.data_dir.parent)!r})), lambda: datetime.now(UTC))
        except AlreadyOpenError:
            print("REFUSED")
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                         timeout=60, check=False)
    assert out.stdout.strip() == "REFUSED", out.stderr
    s.close()
    with pytest.raises(AlreadyOpenError):
        s2 = Store.open(app_paths, now)
        Store.open(app_paths, now)
    s2.close()


def test_network_share_is_recognised(tmp_path: Path) -> None:
    mounts = "server:/export /mnt/team nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n"
    assert is_network_path(Path("/mnt/team/runde"), mounts)
    assert not is_network_path(Path("/home/anna/runde"), mounts)
    assert is_network_path(Path("//fileserver/share/runde"), "")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=300).filter(lambda t: t.strip()))
def test_any_unicode_round_trips(store: Store, text: str) -> None:
    # NOTE: PostgreSQL text cannot hold NUL; typed text never has it (clean_text drops it).
    assume(store.server is None or "\x00" not in text)
    mid = _meeting(store)
    cap = Capture(case_title=text, learning_points=(TextItem("p1", text),),
                  measures=(Measure("m1" + str(mid), text, owner=text),))
    store.save_capture(mid, cap)
    assert store.capture(mid) == cap


def test_huge_points_and_hostile_names(store: Store) -> None:
    mid = _meeting(store)
    big = "æøå Đuoŋŋa " * 9_000 + "x" * 1_000
    hostile = "Robert'); DROP TABLE meeting;-- <b>&amp;"
    cap = Capture(learning_points=(TextItem("p", big),), measures=(Measure("m", "ok", owner=hostile),))
    store.save_capture(mid, cap)
    assert store.capture(mid).learning_points[0].text == big
    assert store.open_measures()[0].owner == hostile
    assert store.erase_person(hostile) >= 1
    assert store.open_measures()[0].owner == "—"
    assert store.meetings()[0].id == mid


def test_search_as_you_type(store: Store) -> None:
    mid = _meeting(store)
    store.save_capture(mid, Capture(learning_points=(TextItem("a", "Lyt til PÅRØRENDE først"),
                                                     TextItem("b", "100% sikker? Nej")),
                                    measures=(Measure("m", "Ny procedure", owner="Bo"),)))
    assert [h.text for h in store.search("pårør")] == ["Lyt til PÅRØRENDE først"]
    assert [h.text for h in store.search("100%")] == ["100% sikker? Nej"]
    assert [h.kind for h in store.search("procedure")] == ["measure"]
    assert store.search("") == [] and store.search("%") == [h for h in store.search("%")]


def test_erase_person_everywhere(store: Store) -> None:
    mid = _meeting(store)
    store.save_capture(mid, Capture(presenters=("Bo",), measures=(Measure("m", "x", owner="Bo"),)))
    store.erase_person("Bo")
    cap = store.capture(mid)
    assert cap.presenters == ("—",) and cap.measures[0].owner == "—"
    assert "Bo" not in store.teams()[0].people
    assert "Bo" not in (store.meetings()[0].facilitator,)


def test_measure_done_leaves_the_open_list(store: Store) -> None:
    mid = _meeting(store)
    store.save_capture(mid, Capture(measures=(Measure("m", "Ny procedure"),)))
    assert len(store.open_measures()) == 1
    store.set_measure_status(store.open_measures()[0].uid, "done")
    assert store.open_measures() == []
    assert store.capture(mid).measures[0].status.value == "done"


def test_disk_full_keeps_the_edit_and_writes_it_later(sqlite_store: Store) -> None:
    store = sqlite_store
    mid = _meeting(store)
    pending = PendingWrites()
    with store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    big = Capture(learning_points=(TextItem("p", "ø" * 90_000),))

    def limit(n: int) -> None:
        for c in [store.engine.raw_connection()]:
            c.execute(f"PRAGMA max_page_count={n}")
            c.close()

    store.engine.dispose()
    from sqlalchemy import event

    cap_limit = {"n": int(pages or 1) + 1}

    @event.listens_for(store.engine, "connect")
    def _limit(dbapi_conn, _rec):  # type: ignore[no-untyped-def]
        dbapi_conn.execute(f"PRAGMA max_page_count={cap_limit['n']}")

    assert pending.put("capture", lambda: store.save_capture(mid, big)) is False
    assert len(pending) == 1 and pending.last_error and "full" in pending.last_error
    cap_limit["n"] = 1_000_000
    store.engine.dispose()
    assert pending.flush() is True
    assert store.capture(mid) == big
    with pytest.raises(StorageError):
        cap_limit["n"] = 1
        store.engine.dispose()
        store.save_capture(mid, Capture(learning_points=(TextItem("q", "y" * 50_000),)))


def test_running_meeting_survives_and_resumes(store: Store, fake_clock: FakeClock) -> None:
    fmt = load_format(builtin_formats_dir() / "systematic-learning-meeting.json")
    meeting = MeetingSetup(fmt, ("Anna", "Bo", "Cecilie")).create(fake_clock)
    mid = _meeting(store)
    meeting.start()
    fake_clock.advance(200)
    meeting.next()
    fake_clock.advance(30)
    store.save_live_state(mid, meeting_to_state(meeting))
    shown, behind = meeting.view().remaining_s, meeting.view().behind_s
    fake_clock.advance(600)  # Runde was gone for ten minutes
    [unfinished] = store.unfinished_meetings()
    back, gap = meeting_from_state(fmt, unfinished.state, fake_clock)
    assert gap == 600
    assert back.view().remaining_s == shown and back.view().step.id == "questions"
    assert back.view().behind_s == pytest.approx(behind + 600)  # the lost ten minutes, honestly


def test_killed_while_typing_loses_nothing_committed(tmp_path: Path) -> None:
    """SIGKILL the store three times mid-write (bench/kill_test.py does it 50 times)."""
    report = kill_and_check(tmp_path / "kill", runs=3, seed=7)
    assert report.committed, "the child wrote nothing before the kills"
    assert report.lost == [] and report.found == len(report.committed)
    assert report.integrity == ["ok"] * 3


def test_backup_uses_the_backup_api_with_wal_content(sqlite_store: Store, app_paths: AppPaths) -> None:
    store = sqlite_store
    mid = _meeting(store)
    store.save_capture(mid, Capture(learning_points=(TextItem("p", "only in the WAL yet"),)))
    path = backup_now(app_paths.db_path, app_paths.backup_dir, datetime(2030, 1, 1, tzinfo=UTC))
    con = sqlite3.connect(path)
    assert con.execute("SELECT text FROM learning_point").fetchone()[0] == "only in the WAL yet"
    con.close()
    assert date(2030, 1, 1).isoformat().replace("-", "") in path.name


def test_a_meeting_runs_elsewhere_only_on_a_server_and_while_its_runner_saves(
        open_store, engine_kind: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """On a server several computers share the meetings: one saving its live state every few seconds
    is running it; after a minute and a half without, it may have stopped (offered for resuming)."""
    from datetime import timedelta

    clock = [datetime(2026, 3, 10, 13, 0, tzinfo=UTC)]
    room = open_store(lambda: clock[0])
    mid = room.start_meeting(team_id=None, format_id="f", format_title="F", participants=["Anna"],
                             facilitator="Anna", first_speaker="Anna")
    room.save_live_state(mid, {"step": 2})
    [u] = room.unfinished_meetings()
    assert u.state == {"step": 2} and u.runner == room.computer_id
    assert not room.runs_elsewhere(u)  # its own: offered after a crash, at once
    if engine_kind == "sqlite":
        return  # one Runde at a time on a local file
    assert open_store(lambda: clock[0]).computer_id == room.computer_id  # the same folder: the same
    office = open_store(lambda: clock[0], paths=AppPaths.create(tmp_path / "office"))
    assert office.computer_id != room.computer_id
    assert office.runs_elsewhere(office.unfinished_meetings()[0])
    clock[0] += timedelta(seconds=89)
    assert office.runs_elsewhere(office.unfinished_meetings()[0])
    clock[0] += timedelta(seconds=2)
    assert not office.runs_elsewhere(office.unfinished_meetings()[0])


def test_which_meetings_exist_is_asked_in_one_statement(store: Store) -> None:
    """What a rescue file at start is checked against: its meeting in this database (one query,
    not every meeting read)."""
    from sqlalchemy import event

    ids = {store.start_meeting(team_id=None, format_id="f", format_title="F", participants=["A"],
                               facilitator="A", first_speaker="A") for _ in range(3)}
    sent: list[str] = []

    def note(*args: object) -> None:
        sent.append(str(args[2]))
    event.listen(store.engine, "before_cursor_execute", note)
    try:
        assert store.existing_meetings(ids | {max(ids) + 1, 10_000}) == ids
    finally:
        event.remove(store.engine, "before_cursor_execute", note)
    assert len(sent) == 1
    assert store.existing_meetings(set()) == set()


_NAMES = st.lists(st.sampled_from(["Anna", "Bo", "Cecilie", "Dorte", "Else", "Máret Ðuoŋŋa"]), unique=True,
                  max_size=6)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_NAMES, st.lists(_NAMES, min_size=1, max_size=4))
def test_a_meeting_never_takes_anyone_off_the_team(store: Store, first: list[str],
                                                   meetings: list[list[str]]) -> None:
    """join_team: the team's list keeps its order and everyone on it; those new to it come last."""
    name = f"Team {len(store.teams())}"
    store.save_team(name, first)
    expected = list(first)
    for here in meetings:
        team = store.join_team(name, here)
        expected += [n for n in here if n not in expected]
        assert list(team.people) == expected
    assert [t.people for t in store.teams() if t.name == name] == [tuple(expected)]
