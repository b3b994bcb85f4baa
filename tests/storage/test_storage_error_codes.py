"""Storage problems carry a code beside their English text, so the windows can word them in the
user's language (app/ has no Qt)."""

from __future__ import annotations

import errno
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.paths import AppPaths
from app.storage.errors import DataFolderError, DataInUseError, StorageError
from app.storage.faults import open_problem, plain_error
from app.storage.opening import restore_from_backup


@pytest.mark.parametrize(("exc", "code"), [
    (sqlite3.OperationalError("database or disk is full"), StorageError.DISK_FULL),
    (OSError(errno.ENOSPC, "No space left on device"), StorageError.DISK_FULL),
    (sqlite3.OperationalError("attempt to write a readonly database"), StorageError.READ_ONLY),
    (OSError(errno.EACCES, "Permission denied"), StorageError.READ_ONLY),
    (sqlite3.OperationalError("database is locked"), StorageError.BUSY),
    (sqlite3.OperationalError("no such table: team"), StorageError.WRITE_FAILED),
])
def test_a_failed_write_says_which_problem_it_is(exc: Exception, code: str) -> None:
    err = plain_error(exc)  # type: ignore[arg-type]
    assert err.code == code and str(err) and err.reason


def test_an_open_problem_names_its_folder(tmp_path: Path) -> None:
    assert open_problem("busy", tmp_path, "locked").code == StorageError.IN_USE
    assert isinstance(open_problem("busy", tmp_path, "locked"), DataInUseError)
    full = open_problem("full", tmp_path, "No space left on device")
    assert isinstance(full, DataFolderError)
    assert (full.code, full.folder) == (StorageError.FOLDER_FULL, tmp_path)
    assert open_problem("read_only", tmp_path, "x").code == StorageError.FOLDER_READ_ONLY
    other = open_problem("other", tmp_path, "odd")
    assert (other.code, other.folder, other.reason) == (StorageError.OPEN_FAILED, tmp_path, "odd")
    assert str(tmp_path) in str(other)  # the English text for logs is unchanged


def test_a_backup_from_elsewhere_is_refused_with_its_code(app_paths: AppPaths, tmp_path: Path) -> None:
    stray = tmp_path / "stray.db"
    stray.write_bytes(b"")
    with pytest.raises(StorageError, match="not a good backup") as err:
        restore_from_backup(app_paths, stray, datetime(2026, 3, 3, tzinfo=UTC))
    assert (err.value.code, err.value.path, err.value.folder) == (
        StorageError.NOT_A_BACKUP, stray, app_paths.backup_dir)
