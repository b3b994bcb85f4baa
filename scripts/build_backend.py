"""Runde's build backend: setuptools, plus the compiled translations a wheel must carry.

``pyproject.toml`` names this module (``backend-path = ["scripts"]``), so ``pip install .``, ``pipx
install .``, ``uv tool install .`` and ``python -m build`` all build through it. Before setuptools
collects ``resources/`` it compiles ``resources/i18n/*.ts`` into the ``.qm`` files Runde loads (they are
not kept in git). Qt's ``lrelease`` comes with PySide6-Essentials, which is asked for as a build
requirement only when a ``.qm`` file is missing or older than its source, so a tree whose translations
are already compiled (``scripts/dev.py`` does it) builds without it.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (  # noqa: F401  (the hooks passed through unchanged)
    build_sdist,
    get_requires_for_build_sdist,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
QT_PACKAGE = "PySide6-Essentials"  # has lrelease; the version range is the one Runde runs with


def stale_translations(folder: Path = I18N) -> list[Path]:
    """The ``.ts`` sources whose ``.qm`` is missing or older."""
    return [ts for ts in sorted(folder.glob("*.ts"))
            if not ts.with_suffix(".qm").exists()
            or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]


def qt_requirements(root: Path = ROOT) -> list[str]:
    """PySide6-Essentials as ``[project] dependencies`` pins it, markers and all (one place for the
    version range)."""
    deps = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    found = [str(d) for d in deps if re.match(rf"{re.escape(QT_PACKAGE)}\b", d, re.IGNORECASE)]
    return found or [QT_PACKAGE]


def compile_translations(folder: Path = I18N) -> None:
    """Run lrelease on every stale ``.ts`` (through PySide6's own launcher, the same on every OS)."""
    stale = stale_translations(folder)
    if not stale:
        return
    launcher = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"
    for ts in stale:
        qm = ts.with_suffix(".qm")
        done = subprocess.run([sys.executable, "-c", launcher, "-silent", str(ts), "-qm", str(qm)],
                              check=False)
        if done.returncode != 0 or not qm.exists():
            raise SystemExit(f"Runde's build: lrelease could not compile {ts.name}; the package would "
                             "have no translations (is PySide6-Essentials installed in the build?)")


def _with_qt(requires: list[str]) -> list[str]:
    return [*requires, *qt_requirements()] if stale_translations() else requires


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    """setuptools' requirements, and PySide6-Essentials when translations must be compiled."""
    return _with_qt(_setuptools.get_requires_for_build_wheel(config_settings))


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    """As for a wheel."""
    return _with_qt(_setuptools.get_requires_for_build_editable(config_settings))


def build_wheel(wheel_directory: str, config_settings: dict[str, Any] | None = None,
                metadata_directory: str | None = None) -> str:
    """Compile the translations, then let setuptools build the wheel."""
    compile_translations()
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_editable(wheel_directory: str, config_settings: dict[str, Any] | None = None,
                   metadata_directory: str | None = None) -> str:
    """Compile the translations, then let setuptools build the editable wheel."""
    compile_translations()
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
