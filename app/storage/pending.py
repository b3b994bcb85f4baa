"""Edits waiting to be written: when the disk is full or the folder read-only, nothing typed is lost.

Each edit has a key (e.g. ``capture:12``); a newer edit with the same key replaces the older one, so
the queue holds at most one write per thing. ``flush`` tries them in order and keeps what fails.
"""

from __future__ import annotations

from collections.abc import Callable


class PendingWrites:
    """A small in-memory queue of writes that failed, retried until they succeed."""

    def __init__(self) -> None:
        self._writes: dict[str, Callable[[], None]] = {}
        self.last_error: str | None = None
        self.last_exc: Exception | None = None  # the last failure itself (e.g. a server not reachable)

    def __len__(self) -> int:
        return len(self._writes)

    def put(self, key: str, write: Callable[[], None]) -> bool:
        """Try to write now; on failure keep it. True if it was written."""
        self._writes.pop(key, None)
        self._writes[key] = write
        return self.flush()

    def flush(self) -> bool:
        """Try every waiting write; True when nothing is left."""
        from app.storage.store import StorageError

        for key in list(self._writes):
            try:
                self._writes[key]()
            except StorageError as exc:
                self.last_error, self.last_exc = str(exc), exc
                return False
            del self._writes[key]
        self.last_error, self.last_exc = None, None
        return True
