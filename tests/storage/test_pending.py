"""The queue of writes a server's meeting uses (app.storage.pending.BackgroundWrites), on its thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator

import pytest

from app.storage.errors import StorageError
from app.storage.pending import BackgroundWrites


@pytest.fixture
def writes() -> Iterator[BackgroundWrites]:
    w = BackgroundWrites(lambda fn: fn())  # "the GUI thread" is whichever thread delivers
    yield w
    w.stop()


def test_the_newest_edit_of_a_thing_wins_and_done_gets_what_was_written(writes: BackgroundWrites) -> None:
    written: list[str] = []
    gate = threading.Event()
    writes.put("block", gate.wait)  # holds the thread, so the next two meet in the queue
    writes.put("capture:1", lambda: written.append("old") or "old")
    got: list[object] = []
    writes.put("capture:1", lambda: written.append("new") or "new", got.append)
    gate.set()
    assert writes.flush(timeout=5)
    assert written == ["new"] and got == ["new"] and len(writes) == 0 and not writes.failed


def test_a_failed_write_is_kept_until_it_can_be_written(writes: BackgroundWrites) -> None:
    down = [True]

    def write() -> None:
        if down[0]:
            raise StorageError("The server cannot be reached.", code=StorageError.SERVER_UNREACHABLE)
    writes.put("capture:1", write)
    assert writes.flush(timeout=5) is False
    assert "capture:1" in writes and writes.failed
    down[0] = False
    writes.retry()
    assert writes.flush(timeout=5) and not writes.failed


def test_a_write_that_fails_by_a_bug_is_logged_and_holds_up_nothing(
        writes: BackgroundWrites, caplog: pytest.LogCaptureFixture) -> None:
    later: list[str] = []

    def broken() -> Callable[[], None]:
        raise KeyError("no such meeting")
    with caplog.at_level(logging.ERROR, logger="app.storage.pending"):
        writes.put("capture:1", broken)
        writes.put("capture:2", lambda: later.append("written"))
        assert writes.flush(timeout=5)
    assert later == ["written"] and len(writes) == 0
    assert any("capture:1" in r.getMessage() for r in caplog.records)
