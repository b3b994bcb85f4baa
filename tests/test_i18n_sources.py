"""``scripts/i18n.py update`` reads every module of ui/, those in its packages too: the command line's
words (ui/cli/) are translated like the windows'."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def i18n(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    return importlib.import_module("i18n")


def test_update_reads_the_command_line_package_and_every_window(i18n: ModuleType) -> None:
    files = i18n.sources()
    assert "ui/cli/parser.py" in files and "ui/cli/export.py" in files
    assert "ui/start_screen.py" in files
    assert set(files) == {str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py")}
