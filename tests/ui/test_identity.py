"""Runde shows itself on the desktop: its icon on every window, its application id, its name.

The app is started the way ``runde`` starts it (``run_gui`` in a fresh process), and the windows are
looked at once the start screen is up.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from app.paths import APP_NAME, resources_dir
from ui.identity import APP_ID, ICON_SIZES, app_icon

ROOT = Path(__file__).resolve().parents[2]

# Starts Runde as ``runde --data-dir … --lang en`` does, and prints what the desktop would see of it
# once the start screen is shown.
LOOK = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

qapp = QApplication(sys.argv[:1])
from ui.application import run_gui
from ui.cli import parse

def icon_image(icon):
    return icon.pixmap(32, 32).toImage().convertToFormat(icon.pixmap(32, 32).toImage().Format.Format_ARGB32)

def look():
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    if not any(type(w).__name__ == "StartScreen" for w in windows):
        QTimer.singleShot(100, look)
        return
    app_icon = QApplication.windowIcon()
    print("LOOK " + json.dumps({
        "app_icon_null": app_icon.isNull(),
        "app_icon_sizes": sorted(s.width() for s in app_icon.availableSizes()),
        "desktop_file_name": QApplication.desktopFileName(),
        "application_name": QApplication.applicationName(),
        "windows": {type(w).__name__: (not w.windowIcon().isNull()
                                       and icon_image(w.windowIcon()) == icon_image(app_icon))
                    for w in windows},
        "native_icons": {type(w).__name__: not w.windowHandle().icon().isNull() for w in windows},
    }), flush=True)
    QApplication.quit()

QTimer.singleShot(0, look)
sys.exit(run_gui(parse(["--data-dir", sys.argv[1], "--lang", "en"])))
"""


def test_the_started_app_shows_its_icon_on_the_start_screen(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-c", LOOK, str(tmp_path / "data")], capture_output=True,
                         text=True, cwd=ROOT, timeout=120, check=False,
                         env={**_env(), "QT_QPA_PLATFORM": "offscreen"})
    lines = [line for line in out.stdout.splitlines() if line.startswith("LOOK ")]
    assert lines, (out.returncode, out.stdout[-2000:], out.stderr[-3000:])
    seen = json.loads(lines[0][5:])
    assert seen["app_icon_null"] is False
    assert seen["app_icon_sizes"] == list(ICON_SIZES)
    assert seen["desktop_file_name"] == APP_ID
    assert seen["application_name"] == APP_NAME  # X11 window class, StartupWMClass in the .desktop file
    assert seen["windows"] == {"StartScreen": True}  # the start screen's window carries Runde's icon
    assert seen["native_icons"] == {"StartScreen": True}  # and hands it to the window system


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "PYTHONPATH": str(ROOT)}


def test_the_icon_has_every_size_and_reads_at_16_px(qtbot: QtBot) -> None:
    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == list(ICON_SIZES)
    small = QImage(str(resources_dir() / "icons" / "runde-16.png"))
    assert (small.width(), small.height()) == (16, 16)
    colours = [QColor.fromRgba(small.pixel(x, y)) for x in range(16) for y in range(16)]

    def near(c: QColor, target: str) -> bool:
        t = QColor(target)
        return c.alpha() > 200 and abs(c.red() - t.red()) + abs(c.green() - t.green()) + abs(
            c.blue() - t.blue()) < 90

    # At 16 px the mark is still there: the blue people, the orange speaker and the white hand.
    assert sum(near(c, "#56B4E9") for c in colours) >= 12
    assert sum(near(c, "#E69F00") for c in colours) >= 3
    assert sum(near(c, "#ffffff") for c in colours) >= 3
    assert sum(c.alpha() < 64 for c in colours) >= 8  # round, not a square


def test_no_icon_folder_leaves_the_default_icon(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    from ui import identity

    monkeypatch.setattr(identity, "resources_dir", lambda: tmp_path)
    assert identity.app_icon().isNull()
