"""Where a headless command finds Runde's data: the store it opens (``--database``, the config
files, or this computer's own file), with storage's "now" read from the one clock."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.clock import Clock, SystemClock
from app.paths import AppPaths

if TYPE_CHECKING:
    from app.storage.api import Store


def utc_reader(clock: Clock | None = None) -> Callable[[], datetime]:
    """Storage's "now" (in UTC, as it keeps times), read from ``clock`` (the system's by default)."""
    source = clock if clock is not None else SystemClock()
    return lambda: source.wall().astimezone(UTC)


def open_cli_store(args: argparse.Namespace, paths: AppPaths, clock: Clock | None = None) -> Store:
    """The store a headless command uses: the server of ``--database`` or the config files, else the
    local file (without the instance lock: a command may run beside the open app)."""
    from app.storage.api import Store, resolve_database

    database = resolve_database(paths, getattr(args, "database", None))
    return Store.open(paths, utc_reader(clock), lock=False, database=database)


def open_place(place: str | None, args: argparse.Namespace, paths: AppPaths,
               clock: Clock | None = None) -> Store:
    """``local``: this computer's file (locked: not while Runde is open on it); a URL: that server;
    None: the database Runde uses."""
    from app.storage.api import Store, resolve_database

    now = utc_reader(clock)
    if place == "local":
        return Store.open(paths, now)
    database = resolve_database(paths, place or getattr(args, "database", None))
    return Store.open(paths, now, database=database)
