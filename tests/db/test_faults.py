"""Faults: a full disk and a read-only database keep edits in memory until writing works again; a
process killed with SIGKILL while writing loses no committed edit and leaves an intact database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from app.capture import TextItem
from app.clock import FakeClock
from app.db.errors import Problem, StorageError
from app.db.pending import PendingWrites
from app.db.records import ItemKind
from app.paths import AppPaths
from app.store import Store
from tests.db.kill_child import kill_and_check


def _meeting(store: Store) -> int:
    team = store.create_team("Afsnit 3", ["Anna"])
    return store.start_meeting(team_id=team.id, format_id="f1", format_title="F1", present=["Anna"],
                               facilitator="Anna", first_speaker="Anna")


def _with_pragma(store: Store, pragma: str) -> object:
    """Every new connection of the store runs ``pragma`` (a full disk, a read-only file)."""
    def hook(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute(pragma).close()

    event.listen(store.engine, "connect", hook)
    store.engine.dispose()
    return hook


def _lift(store: Store, hook: object) -> None:
    event.remove(store.engine, "connect", hook)
    store.engine.dispose()


@pytest.mark.parametrize(("pragma", "problem"), [
    ("PRAGMA max_page_count = 1", Problem.DISK_FULL),  # cannot go below the current size: no growth
    ("PRAGMA query_only = 1", Problem.READ_ONLY),
])
def test_edits_wait_in_memory_until_writing_works_again(store: Store, pragma: str, problem: Problem) -> None:
    mid = _meeting(store)
    pending = PendingWrites()
    hook = _with_pragma(store, pragma)
    big = "Ærø " * 20_000  # needs new pages

    def edit(key: str, text: str) -> None:
        item = TextItem(key, text)
        pending.put(f"point:{key}", lambda: store.save_item(mid, ItemKind.LEARNING_POINT, item))

    edit("a", big)
    edit("b", "second")
    edit("a", big + "more")  # a newer edit of the same point replaces the waiting one
    assert len(pending) == 2 and pending.keys() == ["point:a", "point:b"]
    assert pending.last_error is not None and pending.last_error.problem is problem
    plain = "The disk is full" if problem is Problem.DISK_FULL else "Runde may not write"
    assert str(pending.last_error).startswith(plain)
    assert pending.flush() is False
    with pytest.raises(StorageError) as failed:
        store.save_item(mid, ItemKind.LEARNING_POINT, TextItem("c", big))
    assert failed.value.problem is problem

    _lift(store, hook)
    assert pending.flush() is True and len(pending) == 0 and pending.last_error is None
    saved = [(p.id, p.text) for p in store.capture(mid).learning_points]
    assert saved == [("a", big + "more"), ("b", "second")]


def test_a_write_that_is_not_a_storage_problem_is_not_kept(store: Store) -> None:
    pending = PendingWrites()
    with pytest.raises(LookupError):
        pending.put("x", lambda: store.save_item(999, ItemKind.LEARNING_POINT, TextItem("p", "t")))
    assert len(pending) == 0


def test_killing_runde_while_it_writes_loses_no_committed_edit(tmp_path: Path) -> None:
    report = kill_and_check(tmp_path / "runde", runs=3, seed=20260310)
    assert report.integrity == ["ok"] * 3
    assert report.committed and report.found == len(report.committed) and not report.lost
    store = Store.open(AppPaths.create(tmp_path / "runde"), FakeClock())  # and it opens as usual after
    try:
        assert len(store.unfinished_meetings()) == 3
    finally:
        store.close()
