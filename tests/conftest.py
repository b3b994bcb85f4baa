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


@pytest.fixture
def fake_clock() -> FakeClock:
    """A clock that moves only when told."""
    return FakeClock()


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    """Paths under a temp folder, as ``--data-dir`` gives."""
    return AppPaths.create(tmp_path / "runde")
