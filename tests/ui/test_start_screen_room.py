"""The start screen uses the room a screen has: on a full HD screen the whole form is in view (seen at
1920x1080: a 720x680 window whose form scrolled, the facilitator below the fold); on a laptop at
125 % (1093x614) it still fits and scrolls."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _scroll_and_height(size: tuple[int, int], tmp: Path) -> tuple[int, int]:
    config = tmp / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "screen", "x": 0, "y": 0, "width": size[0], "height": size[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-m", "tests.ui.start_room_child"], capture_output=True, text=True,
                         cwd=ROOT, env=env, timeout=120, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    scroll, height = out.stdout.strip().splitlines()[-1].split()
    return int(scroll), int(height)


def test_on_a_full_hd_screen_the_whole_start_screen_is_in_view(tmp_path: Path) -> None:
    scroll, height = _scroll_and_height((1920, 1080), tmp_path)
    assert scroll == 0, f"the form scrolls by {scroll} px in a window {height} px high on 1920x1080"


@pytest.mark.parametrize("size", [(1093, 614), (1024, 600)])
def test_on_a_laptop_the_start_screen_stays_on_the_screen(tmp_path: Path, size: tuple[int, int]) -> None:
    _scroll, height = _scroll_and_height(size, tmp_path)
    assert height <= size[1]
