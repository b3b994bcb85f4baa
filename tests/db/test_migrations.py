"""Migrations on real SQLite files: from empty, from the first schema full of data, the foreign-key trap,
failures that roll back whole, and a database from a newer Runde left byte for byte as it was."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import textwrap
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.clock import FakeClock
from app.db.backup import list_backups
from app.db.base import Base
from app.db.engine import integrity_check, make_engine
from app.db.errors import DatabaseTooNewError, MigrationFailedError, UnknownDatabaseError
from app.db.migrate import (
    MIGRATIONS,
    alembic_config,
    current_revision,
    ensure_schema,
    head_revision,
    upgrade_to,
)
from app.db.safety import InstanceLock
from app.paths import AppPaths
from app.store import Store
from tests.db.conftest import counts, sql

FIRST = "0001_initial"
TS = "2025-01-07 14:00:00.000000"
MEETING_CHILDREN = ("attendance", "presenter", "question_tick", "meeting_item", "round_line", "feed_forward",
                    "learning_point", "measure", "step_timing", "turn", "pause")


def _insert(con: sqlite3.Connection, table: str, **values: object) -> None:
    cols = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    con.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(values.values()))


def fill_first_schema(db: Path) -> None:
    """A database at revision 0001 with at least one row in every table."""
    upgrade_to(make_engine(db), FIRST)
    with closing(sqlite3.connect(db)) as con:
        con.execute("PRAGMA foreign_keys=ON")
        _insert(con, "team", id=1, name="Afsnit 3", rotate_facilitator=0, created_at=TS, updated_at=TS,
                version_id=1)
        _insert(con, "person", id=1, team_id=1, name="Anna", position=0, active=1, joined="2025-01-01")
        _insert(con, "format_variant", id=1, team_id=1, format_id="f1", data='{"id": "f1"}', updated_at=TS)
        _insert(con, "series", id=1, team_id=1, format_id="f1", title="", cadence="weekly_n", every_n=2,
                weekday=1, nth=None, start_date="2025-01-07", end_date=None, time_of_day="14:00:00",
                duration_s=1800, created_at=TS, version_id=1)
        _insert(con, "series_member", id=1, series_id=1, position=0, name="Anna", joined=None)
        _insert(con, "series_exception", id=1, series_id=1, day="2025-02-04", kind="cancelled", moved_to=None)
        _insert(con, "meeting", id=1, team_id=1, series_id=1, format_id="f1", format_title="F1",
                started_at=TS, ended_at=TS, facilitator="Anna", first_speaker="Anna",
                case_title="Svær samtale", case_confidential=0, presenter_learning="",
                presenter_learning_confidential=0, focus_area="", focus_area_confidential=0, notes="",
                notes_confidential=1, extra="{}", live_state=None, live_saved_at=None, updated_at=TS,
                version_id=1)
        for table, row in (
            ("attendance", {"position": 0, "name": "Anna"}), ("presenter", {"position": 0, "name": "Anna"}),
            ("question_tick", {"question": 3}),
            ("meeting_item", {"kind": "question", "item_id": "q", "position": 0, "text": "Hvorfor?",
                              "confidential": 0}),
            ("round_line", {"position": 0, "participant": "Anna", "text": "", "passed": 1,
                            "confidential": 0}),
            ("feed_forward", {"item_id": "f", "position": 0, "text": "Prøv", "giver": "Anna",
                              "receiver": "Bo", "confidential": 1}),
            ("learning_point", {"team_id": 1, "at": TS, "item_id": "p", "position": 0,
                                "text": "LYT TIL ÆRØ", "confidential": 0, "updated_at": TS, "version_id": 1}),
            ("measure", {"team_id": 1, "at": TS, "item_id": "m", "position": 0, "text": "Ny Standard",
                         "kind": "standard", "owner": "Anna", "due": None, "status": "open",
                         "closed_on": None, "confidential": 0, "updated_at": TS, "version_id": 1}),
            ("step_timing", {"position": 0, "step_id": "case", "title": "Case", "planned_s": 300.0,
                             "actual_s": 310.5, "extra_s": 0.0}),
            ("turn", {"position": 0, "step_id": "round", "participant": "Anna", "status": "passed",
                      "spoken_s": 3.0}),
            ("pause", {"position": 0, "started_at": TS, "duration_s": 20.0, "step_id": "case"}),
        ):
            _insert(con, table, id=1, meeting_id=1, **row)
        _insert(con, "visit", id=1, team_id=1, agent="Anna", colleague="Bo", day="2025-01-08", length="half",
                start_time=None, end_time=None, agent_goals="", colleague_focus="", ground_rules="[]",
                observation_mode="intern", consent_given=1, manager_informed=0, agent_saw_heard="",
                agent_worked_well="", agent_differently="", colleague_experience="", colleague_thoughts="",
                confidential_fields="[]", present_at_staff_meeting=0, present_on=None, created_at=TS,
                updated_at=TS, version_id=1)
        _insert(con, "observation", id=1, visit_id=1, at=TS, text="note", released=0)
        _insert(con, "learning_point", id=2, meeting_id=None, visit_id=1, team_id=1, at=TS, item_id="v",
                position=0, text="Se", confidential=0, updated_at=TS, version_id=1)
        _insert(con, "sheet", id=1, team_id=1, period_start="2025-01-01", period_end="2025-01-31",
                exported_at=TS)
        con.commit()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_made_by_the_migrations_and_matches_the_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "new.sqlite3")
    report = ensure_schema(engine, tmp_path / "backups")
    assert (report.before, report.after, report.backup) == (None, head_revision(), None)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    assert ensure_schema(engine, tmp_path / "backups").before == head_revision()  # second run: nothing
    engine.dispose()


def test_first_schema_full_of_data_upgrades_through_every_migration_without_losing_a_row(
        app_paths: AppPaths, fake_clock: FakeClock) -> None:
    app_paths.data_dir.mkdir(parents=True)
    fill_first_schema(app_paths.db_path)
    before = counts(app_paths.db_path)
    assert len(before) == len(Base.metadata.tables) and all(n >= 1 for n in before.values())

    store = Store.open(app_paths, fake_clock)  # backs up, then 0001 -> 0002 (which rebuilds meeting)
    try:
        assert store.schema.before == FIRST and store.schema.after == head_revision()
        assert counts(app_paths.db_path) == before
        assert [h.snippet for h in store.search(None, "ærø")] == ["LYT TIL ÆRØ"]  # backfilled search text
        assert store.capture(1).case_title == "Svær samtale"
        assert store.meeting(1).steps[0].actual_s == 310.5
    finally:
        store.close()
    backups = list_backups(app_paths.backup_dir)
    assert backups and backups[-1].ok
    assert sql(backups[-1].path, "SELECT version_num FROM alembic_version") == [(FIRST,)]
    assert integrity_check(app_paths.db_path) == "ok"


def test_the_foreign_key_trap_is_real_and_the_upgrade_avoids_it(tmp_path: Path) -> None:
    # GIVEN two copies of a first-schema database with data under every meeting
    naive_db, safe_db = tmp_path / "naive.sqlite3", tmp_path / "safe.sqlite3"
    fill_first_schema(naive_db)
    shutil.copy(naive_db, safe_db)
    # WHEN 0002 (which rebuilds the meeting table) runs on an app connection with foreign keys ON
    naive = make_engine(naive_db)
    with naive.begin() as conn:
        command.upgrade(alembic_config(MIGRATIONS, conn), "head")
    naive.dispose()
    # THEN the DROP TABLE of the batch rebuild cascaded: the meeting's children are gone, silently
    lost = counts(naive_db)
    assert lost["meeting"] == 1 and all(lost[t] == 0 for t in MEETING_CHILDREN if t != "learning_point")
    # ...while ensure_schema (foreign keys OFF, foreign_key_check before commit) keeps every row
    before = counts(safe_db)
    ensure_schema(make_engine(safe_db), tmp_path / "backups")
    assert counts(safe_db) == before


def _broken_migrations(tmp_path: Path, body: str) -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0003_broken.py").write_text(textwrap.dedent('''
        import sqlalchemy as sa
        from alembic import op

        revision = "0003_broken"
        down_revision = "0002_search_text"
        branch_labels = None
        depends_on = None


        def upgrade() -> None:
    ''') + textwrap.indent(textwrap.dedent(body), "    "), encoding="utf-8")
    return scripts


def _schema(db: Path) -> list[tuple[object, ...]]:
    return sql(db, "SELECT type, name, sql FROM sqlite_master ORDER BY name")


@pytest.mark.parametrize("body", [
    """
    op.create_table("scratch", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("meeting", recreate="always") as batch:
        batch.add_column(sa.Column("x", sa.Integer))
    op.execute("DELETE FROM learning_point")
    raise RuntimeError("boom")
    """,
    """
    op.execute("INSERT INTO learning_point (meeting_id, team_id, at, item_id, position, text, search_text,"
               " confidential, updated_at, version_id) VALUES (999, 1, '2025-01-01', 'orphan', 0, '', '', 0,"
               " '2025-01-01', 1)")
    """,
], ids=["raises-midway", "leaves-an-orphan"])
def test_a_failing_migration_rolls_back_whole(tmp_path: Path, body: str) -> None:
    db = tmp_path / "x.sqlite3"
    fill_first_schema(db)
    ensure_schema(make_engine(db), tmp_path / "backups")
    before_rows, before_schema = counts(db), _schema(db)

    engine = make_engine(db)
    with pytest.raises(MigrationFailedError) as failed:
        ensure_schema(engine, tmp_path / "backups", script_location=_broken_migrations(tmp_path, body))
    assert failed.value.backup is not None and failed.value.backup.exists()
    assert counts(db) == before_rows and _schema(db) == before_schema
    assert current_revision(engine) == head_revision()
    assert integrity_check(db) == "ok"


def test_a_database_from_a_newer_runde_is_refused_and_not_touched(app_paths: AppPaths,
                                                                  fake_clock: FakeClock) -> None:
    Store.open(app_paths, fake_clock).close()
    with closing(sqlite3.connect(app_paths.db_path)) as con:
        con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
        con.commit()
    before = _digest(app_paths.db_path)
    backups_before = list_backups(app_paths.backup_dir, verify=False)

    with pytest.raises(DatabaseTooNewError) as refused:
        Store.open(app_paths, fake_clock)
    assert refused.value.revision == "0099_from_the_future"
    assert "newer version of Runde" in str(refused.value)
    assert _digest(app_paths.db_path) == before
    assert list_backups(app_paths.backup_dir, verify=False) == backups_before
    wal = Path(f"{app_paths.db_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    probe = InstanceLock(app_paths.data_dir)  # the refused open let go of the lock
    assert probe.try_acquire()
    probe.release()


def test_an_sqlite_file_runde_did_not_write_is_refused_untouched(app_paths: AppPaths,
                                                                  fake_clock: FakeClock) -> None:
    app_paths.data_dir.mkdir(parents=True)
    with closing(sqlite3.connect(app_paths.db_path)) as con:
        con.execute("CREATE TABLE notes (x)")
        con.commit()
    before = _digest(app_paths.db_path)
    with pytest.raises(UnknownDatabaseError):
        Store.open(app_paths, fake_clock)
    assert _digest(app_paths.db_path) == before
