"""Edits waiting to be written: when the disk is full or the folder read-only, nothing typed is lost.

The UI hands every save to :meth:`PendingWrites.put` with a key naming what it changes (for example
``"point:12:a3f"``). A newer edit with the same key replaces the waiting one in its place in the queue,
so the queue holds at most one write per thing and replays them in the order they were first made.
Call :meth:`flush` from a timer (or on the next edit) until it returns True.
"""

from __future__ import annotations

from collections.abc import Callable

from app.db.errors import StorageError


class PendingWrites:
    """A small in-memory queue of writes that failed, retried in order until they succeed."""

    def __init__(self) -> None:
        self._writes: dict[str, Callable[[], object]] = {}
        self.last_error: StorageError | None = None

    def __len__(self) -> int:
        return len(self._writes)

    def keys(self) -> list[str]:
        """What is waiting, oldest first."""
        return list(self._writes)

    def put(self, key: str, write: Callable[[], object]) -> bool:
        """Write now if nothing older is waiting, else queue behind it. True when all is written.

        Raises:
            Exception: anything the write raises that is not a :class:`StorageError` (a bug, or the
                meeting was deleted): that write is dropped, the rest stay queued.
        """
        self._writes[key] = write
        return self.flush()

    def flush(self) -> bool:
        """Try every waiting write in order; stop at the first that still fails. True when empty."""
        for key in list(self._writes):
            write = self._writes[key]
            try:
                write()
            except StorageError as exc:
                self.last_error = exc
                return False
            except Exception:
                del self._writes[key]
                raise
            if self._writes.get(key) is write:
                del self._writes[key]
        self.last_error = None
        return True
