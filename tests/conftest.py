"""Shared fixtures. Qt runs offscreen; Runde is offline by design, so any network socket fails a test."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.clock import FakeClock  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from tests.pgcluster import PgCluster, find_bin_dir  # noqa: E402  (before the network guard patches bind)

NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}


class NetworkAttemptError(AssertionError):
    """Raised when code under test tries to use the network."""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[object, ...]]]:
    """Every test fails if anything opens an internet socket (local AF_UNIX sockets are fine)."""
    attempts: list[tuple[object, ...]] = []
    real_connect = socket.socket.connect
    real_bind = socket.socket.bind

    def guard(real):  # type: ignore[no-untyped-def]
        def wrapper(self: socket.socket, address: object) -> object:
            if self.family in NETWORK_FAMILIES:
                attempts.append((self.family, address))
                raise NetworkAttemptError(f"Runde must not open network sockets: {address!r}")
            return real(self, address)
        return wrapper

    monkeypatch.setattr(socket.socket, "connect", guard(real_connect))
    monkeypatch.setattr(socket.socket, "bind", guard(real_bind))
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: (_ for _ in ()).throw(
        NetworkAttemptError(f"Runde must not open network connections: {a!r}")))
    yield attempts


@pytest.fixture(autouse=True, scope="session")
def memory_keyring() -> Iterator[dict[tuple[str, str], str]]:
    """Tests never touch the computer's real keyring: passwords go to a keyring held in memory."""
    import keyring
    from keyring.backend import KeyringBackend

    kept: dict[tuple[str, str], str] = {}

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            kept.pop((service, username), None)

    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield kept
    keyring.set_keyring(before)


@pytest.fixture
def fake_clock() -> FakeClock:
    """A clock that moves only when told."""
    return FakeClock()


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    """Paths under a temp folder, as ``--data-dir`` gives."""
    return AppPaths.create(tmp_path / "runde")


# -- PostgreSQL: a throwaway cluster for the whole session ----------------------------------------

@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """A PostgreSQL cluster in a temp folder (loopback and a Unix socket there), started once.

    Skipped when PostgreSQL is not installed, unless ``RUNDE_REQUIRE_POSTGRES=1`` (CI): then it fails.
    """
    bin_dir = find_bin_dir()
    if bin_dir is None:
        if os.environ.get("RUNDE_REQUIRE_POSTGRES") == "1":
            pytest.fail("RUNDE_REQUIRE_POSTGRES=1 but no PostgreSQL (initdb, pg_ctl) is installed")
        pytest.skip("PostgreSQL is not installed (initdb, pg_ctl)")
    cluster = PgCluster(bin_dir).init()
    yield cluster
    cluster.destroy()


@pytest.fixture
def pg_url(pg_cluster) -> str:  # type: ignore[no-untyped-def]
    """The URL of a fresh, empty database on the test cluster."""
    return pg_cluster.url(pg_cluster.new_database())  # type: ignore[no-any-return]


@pytest.fixture(params=["sqlite", "postgres"])
def engine_kind(request: pytest.FixtureRequest) -> str:
    """Each database test runs on both engines."""
    return str(request.param)


@pytest.fixture
def open_store(engine_kind: str, app_paths: AppPaths, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """``open_store(now)`` opens a Store on this test's database (SQLite in app_paths, or a fresh
    PostgreSQL database); every call opens another Store on the same one (as another instance)."""
    from app.storage.database import ServerDatabase
    from app.storage.store import Store

    url = request.getfixturevalue("pg_url") if engine_kind == "postgres" else None
    opened: list[Store] = []

    def opener(now, *, paths: AppPaths | None = None):  # type: ignore[no-untyped-def]
        db = ServerDatabase(url, None, "test") if url else None
        s = Store.open(paths or app_paths, now, lock=False, database=db)
        opened.append(s)
        return s
    yield opener
    for s in opened:
        s.close()
