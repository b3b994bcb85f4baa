"""Every window fits the screen it opens on, from a laptop at 125 % (1280x720 and 1366x768: 1024x576 and
1093x614 logical pixels; 1024x600) to a large screen (2560x1440), in English and in Danish (longer):
the window inside the screen's free area, no label, button, table cell or tab title cut.

Qt's offscreen platform takes its screen from a file given when Qt starts, so each screen size runs
``tests/ui/fit_probe.py`` in a process of its own; that opens the windows as a user reaches them (the
start screen, the console on F2 before, during and after the meeting, History, the export preview,
Settings with "Organisation / IT…" open, the format editor, restoring a backup, a team's file, a
learning visit, the meeting series) and saves a picture of each in ``$RUNDE_SHOTS/fit-WxH``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.i18n import i18n_dir

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("RUNDE_SHOTS", "/tmp/runde-shots"))
SIZES = ("1024x576", "1024x600", "1093x614", "2560x1440")
LANGS = ("en", "da")
WINDOWS = {"start", "start-anyway", "console-ready", "console-round", "console-capture", "console-ended",
           "history", "export-preview", "erase", "team-export", "restore", "settings", "settings-it",
           "format-editor", "visit", "series"}

pytestmark = pytest.mark.slow


def run_probe(size: str, tmp: Path) -> dict[str, list[str]]:
    """What ``fit_probe`` found on a screen of ``size`` ("WxH" logical pixels)."""
    width, height = (int(n) for n in size.split("x"))
    config = tmp / f"screen-{size}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-m", "tests.ui.fit_probe", str(SHOTS / f"fit-{size}"), *LANGS],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=300, check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    found: dict[str, list[str]] = json.loads(out.stdout.strip().splitlines()[-1])
    return found


@pytest.fixture(scope="module", params=SIZES)
def found(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    if not (i18n_dir() / "runde_da.qm").exists():
        pytest.fail("the translations are not built (scripts/dev.py builds them): Danish would be English")
    return run_probe(str(request.param), tmp_path_factory.mktemp("screen"))


def test_every_window_fits_the_screen_and_cuts_no_text(found: dict[str, list[str]]) -> None:
    opened = {key.partition(":")[2] for key in found}
    assert opened >= WINDOWS, WINDOWS - opened  # each window was really opened and looked at
    assert {key.partition(":")[0] for key in found} == set(LANGS)
    problems = [f"{key}: {p}" for key, ps in found.items() for p in ps]
    assert not problems, "\n".join(problems)
