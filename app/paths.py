"""Where Runde reads and writes: one module owns every path, and tests redirect it."""

from __future__ import annotations

import importlib.resources
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Runde"
RESOURCES_PACKAGE = "resources"  # the top-level resources/ folder, a package so a wheel carries it


def resources_dir() -> Path:
    """Runde's ``resources`` package: formats, fonts, sounds and compiled translations.

    Found through the import system (``importlib.resources``), so the same call works from an
    installed wheel, an editable install and the source tree; the PyInstaller bundle keeps the folder
    beside its modules (``sys._MEIPASS``). Qt and reportlab read these files by path, and a wheel is
    always installed unpacked, so the package's folder is returned as a real path. A missing folder is
    told by :func:`builtin_format_files` being empty, not here.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    try:
        found = Path(str(importlib.resources.files(RESOURCES_PACKAGE)))
    except (ImportError, TypeError):  # not installed (or a namespace folder of another project)
        found = None
    if found is not None and (found / "formats").is_dir():
        return found
    return Path(__file__).resolve().parent.parent / "resources"  # the source tree beside app/


def builtin_formats_dir() -> Path:
    """Formats shipped with Runde."""
    return resources_dir() / "formats"


def builtin_format_files() -> list[Path]:
    """The built-in format files; empty means Runde is installed without its resources (a broken
    package), which the command line and the start of the app tell the user instead of listing nothing."""
    folder = builtin_formats_dir()
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


@dataclass(frozen=True)
class AppPaths:
    """The folders Runde writes to. ``base_dir`` (``--data-dir``) keeps everything under one folder."""

    data_dir: Path
    config_dir: Path
    logs: Path | None = None  # the log folder; None: ``<data folder>/logs`` (``--data-dir``, tests)

    @classmethod
    def create(cls, base_dir: Path | None = None) -> AppPaths:
        """Paths under ``base_dir`` if given, else the platform's user folders."""
        if base_dir is not None:
            base = base_dir.expanduser().resolve()
            return cls(data_dir=base / "data", config_dir=base / "config")
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @property
    def formats_dir(self) -> Path:
        """The user's own and imported formats."""
        return self.data_dir / "formats"

    @property
    def db_path(self) -> Path:
        """The SQLite database."""
        return self.data_dir / "runde.sqlite3"

    @property
    def backup_dir(self) -> Path:
        """Automatic backups of the database."""
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        """Where unexpected errors are logged: the platform's user log folder, or ``<data folder>/logs``
        with ``--data-dir`` (a USB stick, a test stays self-contained)."""
        return self.logs if self.logs is not None else self.data_dir / "logs"

    def private_folders(self) -> list[Path]:
        """The folders that hold only Runde's files, each readable by this user only (POSIX)."""
        return list(dict.fromkeys([self.data_dir, self.config_dir, self.log_dir]))

    @property
    def settings_path(self) -> Path:
        """The settings file."""
        return self.config_dir / "settings.json"

    def format_folders(self) -> list[Path]:
        """Folders formats are read from, in override order (built-in first)."""
        return [builtin_formats_dir(), self.formats_dir]
