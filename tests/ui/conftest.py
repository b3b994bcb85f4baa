"""Fixtures for every test of the windows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ui.acting import language_as_before


@pytest.fixture(autouse=True)
def language_restored() -> Iterator[None]:
    """Each test leaves the language as it found it. Tests switch languages, and "back to English"
    installs Runde's English translation, whose plurals differ from the source texts: left installed,
    a later test (in any file) read "1 copy … was removed" where it reads "were removed" alone."""
    with language_as_before():
        yield
