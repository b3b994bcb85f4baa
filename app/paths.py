"""Where Runde reads and writes: one module owns every path, and tests redirect it."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Runde"


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (source tree, editable install or PyInstaller bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def builtin_formats_dir() -> Path:
    """Formats shipped with Runde."""
    return resources_dir() / "formats"


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
