"""Every OSError of an export or a save is a message that names the file and the reason, never a
traceback: a name too long, a path too long, no permission, a full disk, a disk that is gone."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.atomic import ExportError, write_atomic
from app.capture import Capture, TextItem
from app.formats import Format, LocalText, StepSpec
from app.paths import AppPaths
from app.storage.format_library import export_format
from app.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]
FMT = Format("f", 1, LocalText.plain("F"), (StepSpec("a", LocalText.plain("A")),))


def test_a_file_name_over_255_bytes_is_a_message(tmp_path: Path) -> None:
    target = tmp_path / ("ø" * 200 + ".pdf")  # 400 bytes in UTF-8
    with pytest.raises(ExportError, match="file name is too long") as caught:
        write_atomic(target, b"x")
    assert caught.value.code == "ENAMETOOLONG"
    assert list(tmp_path.iterdir()) == []


def test_a_path_too_long_is_a_message(tmp_path: Path) -> None:
    target = tmp_path.joinpath(*["d" * 200] * 25, "sheet.pdf")  # over PATH_MAX (4096)
    with pytest.raises(ExportError, match="too long"):
        write_atomic(target, b"x")


@pytest.mark.parametrize(("code", "words"), [
    (errno.EACCES, "permission denied"), (errno.ENOSPC, "disk is full"),
    (errno.ENODEV, "disk is gone"), (errno.EIO, "could not be written")])
def test_each_failure_of_the_write_is_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                code: int, words: str) -> None:
    def fail(*_: object, **__: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("tempfile.mkstemp", fail)
    with pytest.raises(ExportError, match=words):
        write_atomic(tmp_path / "sheet.pdf", b"x")


def test_saving_a_format_as_a_file_with_a_long_name_is_a_message(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="too long"):
        export_format(FMT, tmp_path / ("x" * 300 + ".json"))


def runde(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=False)


def test_the_command_line_says_a_name_is_too_long(tmp_path: Path) -> None:
    base = tmp_path / "d"
    store = Store.open(AppPaths.create(base), lambda: datetime(2026, 3, 10, 14, tzinfo=UTC))
    mid = store.start_meeting(team_id=None, format_id="f", format_title="F", participants=["A"],
                              facilitator="A", first_speaker="A")
    store.save_capture(mid, Capture(learning_points=(TextItem("a", "Lyt"),)))
    store.close()
    long_name = str(tmp_path / ("ø" * 200 + ".pdf"))
    out = runde(base, "export", "--meeting", "latest", "-o", long_name)
    assert out.returncode != 0
    assert "Traceback" not in out.stderr and "too long" in out.stderr
    fmt = runde(base, "formats", "export", "systematic-learning-meeting", str(tmp_path / ("x" * 300)))
    assert fmt.returncode == 1
    assert "Traceback" not in fmt.stderr and "too long" in fmt.stderr
