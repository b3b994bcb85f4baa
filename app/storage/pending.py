"""Edits waiting to be written: when the disk is full, the folder read-only or the server gone,
nothing typed is lost.

Each edit has a key (e.g. ``capture:12``); a newer edit with the same key replaces the older one, so
the queue holds at most one write per thing. A write may come with ``done``, called with what the
write returned once it is written.

:class:`PendingWrites` writes at once, on the caller's thread (the local SQLite file: a write takes a
millisecond). :class:`BackgroundWrites` writes on a thread of its own, for a server: there a statement
may wait seconds for a network that went silent (libpq's ``tcp_user_timeout`` and ``connect_timeout``),
which on the GUI thread would stop the countdown on the projector. Both keep what fails and try it
again on :meth:`~PendingWrites.retry`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any

log = logging.getLogger(__name__)

Write = Callable[[], Any]
Done = Callable[[Any], None]


class PendingWrites:
    """A small in-memory queue of writes that failed, retried until they succeed (on the caller's
    thread)."""

    def __init__(self) -> None:
        self._writes: dict[str, tuple[Write, Done | None]] = {}
        self.last_error: str | None = None  # the English text, for logs
        self.last_exception: Exception | None = None  # its code words it in the user's language

    def __len__(self) -> int:
        return len(self._writes)

    def __contains__(self, key: object) -> bool:
        return key in self._writes

    @property
    def failed(self) -> bool:
        """Writes wait because the last try failed (not merely because they are on their way)."""
        return bool(self._writes) and self.last_exception is not None

    def put(self, key: str, write: Write, done: Done | None = None) -> bool:
        """Try to write now; on failure keep it. True if everything is written."""
        self._writes.pop(key, None)
        self._writes[key] = (write, done)
        return self.flush()

    def retry(self) -> None:
        """Try the waiting writes again (here: now)."""
        if self._writes:
            self.flush()

    def flush(self, timeout: float = 10.0) -> bool:  # noqa: ARG002  (the background one waits)
        """Try every waiting write; True when nothing is left."""
        from app.storage.errors import StorageError

        for key in list(self._writes):
            write, done = self._writes[key]
            try:
                result = write()
            except StorageError as exc:
                self.last_error, self.last_exception = str(exc), exc
                return False
            del self._writes[key]
            if done is not None:
                done(result)
        self.last_error = self.last_exception = None
        return True

    def run(self, key: str, job: Callable[[], Any], done: Done) -> None:
        """A read that should not hold up the caller (e.g. a poll of the server): here, at once."""
        del key
        done(job())

    def stop(self, timeout: float = 5.0) -> None:
        """Nothing to stop here."""


class BackgroundWrites(PendingWrites):
    """The same queue, written by a thread of its own; ``deliver`` hands a callable back to the
    owner's thread (the GUI's event loop), where every ``done`` and ``on_change`` runs.

    Writes go first, in the order they came; reads given to :meth:`run` go between them (a newer
    read with the same key replaces one not yet run). After a failed write the thread waits for
    :meth:`retry` or a new :meth:`put` instead of trying again in a loop.
    """

    def __init__(self, deliver: Callable[[Callable[[], None]], None],
                 on_change: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._deliver = deliver
        self.on_change = on_change  # the state changed: written, or failed (runs on the owner's thread)
        self._cond = threading.Condition()
        self._jobs: dict[str, tuple[Callable[[], Any], Done]] = {}
        self._try = False  # the waiting writes are to be tried (a new one came, or retry was asked)
        self._failures = 0  # failed tries so far: :meth:`flush` stops waiting at the next
        self._stopped = False
        self._thread = threading.Thread(target=self._loop, name="runde-background-writes", daemon=True)
        self._thread.start()

    def __len__(self) -> int:
        with self._cond:
            return len(self._writes)  # a write on its way stays counted until it is written

    def __contains__(self, key: object) -> bool:
        with self._cond:
            return key in self._writes

    @property
    def failed(self) -> bool:
        with self._cond:
            return bool(self._writes) and self.last_exception is not None

    def put(self, key: str, write: Write, done: Done | None = None) -> bool:
        """Queue the write (a waiting one with the same key is replaced); False: not written yet."""
        with self._cond:
            self._writes.pop(key, None)
            self._writes[key] = (write, done)
            self._try = True
            self._cond.notify_all()
        return False

    def retry(self) -> None:
        with self._cond:
            if self._writes:
                self._try = True
                self._cond.notify_all()

    def flush(self, timeout: float = 10.0) -> bool:
        """Try the waiting writes and wait until they are written, one fails, or ``timeout`` seconds
        pass (for quitting: afterwards what is left is the caller's to keep). True: all written."""
        end = time.monotonic() + timeout
        with self._cond:
            self._try = True
            failures = self._failures
            self._cond.notify_all()
            while self._writes and self._failures == failures and not self._stopped:
                left = end - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            return not self._writes

    def run(self, key: str, job: Callable[[], Any], done: Done) -> None:
        """Run ``job`` on the thread (after the writes to be tried); ``done`` gets what it returned.
        A job that raises is logged and its ``done`` not called."""
        with self._cond:
            self._jobs[key] = (job, done)
            self._cond.notify_all()

    def stop(self, timeout: float = 5.0) -> None:
        """No more writes or reads (what waits stays in the queue, for the caller to keep)."""
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
        self._thread.join(timeout)

    def _next(self) -> tuple[str, str, tuple[Any, Any]] | None:
        with self._cond:
            while not self._stopped and not self._jobs and not (self._try and self._writes):
                self._cond.wait()
            if self._stopped:
                return None
            if self._try and self._writes:
                key = next(iter(self._writes))
                return "write", key, self._writes[key]
            key = next(iter(self._jobs))
            return "job", key, self._jobs.pop(key)

    def _loop(self) -> None:
        while (item := self._next()) is not None:
            kind, key, entry = item
            fn, done = entry
            try:
                result = fn()
            except Exception as exc:  # noqa: BLE001  (kept and shown; the thread must go on)
                from app.storage.errors import StorageError

                if kind == "job":
                    if not isinstance(exc, StorageError):
                        log.exception("a background read failed")
                    continue
                if not isinstance(exc, StorageError):
                    # A bug, not a store that cannot be written: trying it again would fail the same
                    # way and hold up every write behind it. Logged and dropped (the next edit of the
                    # same thing writes it whole again).
                    log.exception("a background write failed: %s", key)
                    with self._cond:
                        if self._writes.get(key) is entry:
                            del self._writes[key]
                        self._cond.notify_all()
                    self._tell()
                    continue
                with self._cond:
                    self.last_error, self.last_exception = str(exc), exc
                    self._try = False
                    self._failures += 1
                    self._cond.notify_all()
                self._tell()
                continue
            if kind == "write":
                with self._cond:
                    if self._writes.get(key) is entry:  # not replaced by a newer edit meanwhile
                        del self._writes[key]
                    if not self._writes:
                        self.last_error = self.last_exception = None
                    self._cond.notify_all()
            if done is not None:
                self._deliver(partial(done, result))
            if kind == "write":
                self._tell()

    def _tell(self) -> None:
        if self.on_change is not None:
            self._deliver(self.on_change)
