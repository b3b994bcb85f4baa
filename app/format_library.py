"""The formats a user can choose from: built-in files, an organisation's folder, the user's own imports."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from app.formats import Format, FormatError, format_to_json, load_format, load_formats
from app.paths import AppPaths

ORG_FORMATS_ENV = "RUNDE_ORG_FORMATS"


def format_folders(paths: AppPaths) -> list[Path]:
    """Built-in, then an organisation folder (``RUNDE_ORG_FORMATS``), then the user's imports."""
    folders = [paths.format_folders()[0]]
    org = os.environ.get(ORG_FORMATS_ENV)
    if org:
        folders.append(Path(org))
    folders.append(paths.formats_dir)
    return folders


def available_formats(paths: AppPaths) -> tuple[dict[str, Format], list[FormatError]]:
    """Every usable format by id, and the files that were refused."""
    return load_formats(format_folders(paths))


def export_format(fmt: Format, target: Path) -> None:
    """Write a format to a file others can import (UTF-8 JSON, written atomically)."""
    data = json.dumps(format_to_json(fmt), ensure_ascii=False, indent=2) + "\n"
    tmp = target.with_name(target.name + ".tmp")
    try:
        tmp.write_text(data, encoding="utf-8")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def import_format(source: Path, paths: AppPaths) -> Format:
    """Validate a format file and copy it into the user's formats folder.

    Raises:
        FormatError: the file is refused; nothing is copied.
    """
    fmt = load_format(source)
    paths.formats_dir.mkdir(parents=True, exist_ok=True)
    target = paths.formats_dir / f"{fmt.id}.json"
    tmp = target.with_name(target.name + ".tmp")
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return fmt
