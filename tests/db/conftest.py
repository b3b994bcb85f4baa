"""Fixtures for the data layer: real SQLite files under ``tmp_path`` (never mocks)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from app.clock import FakeClock
from app.paths import AppPaths
from app.store import Store


@pytest.fixture
def store(app_paths: AppPaths, fake_clock: FakeClock) -> Iterator[Store]:
    """An open store on a new database."""
    s = Store.open(app_paths, fake_clock)
    yield s
    s.close()


def counts(db: Path) -> dict[str, int]:
    """Rows per table (every table but Alembic's own)."""
    with closing(sqlite3.connect(db)) as con:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY name")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def sql(db: Path, query: str, *args: object) -> list[tuple[object, ...]]:
    """Rows of one query on a plain connection."""
    with closing(sqlite3.connect(db)) as con:
        return [tuple(r) for r in con.execute(query, args).fetchall()]
