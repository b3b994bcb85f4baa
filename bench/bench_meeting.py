"""Issue meeting-on-screen's figures: start-up, CPU while counting down, second-boundary accuracy,
drift, peak memory. Prints a table; ratios compare against a baseline measured in the same run.

    .venv/bin/python bench/bench_meeting.py [--cpu-seconds 60] [--drift-seconds 600] [--runs 5]

Runs offscreen (QT_QPA_PLATFORM=offscreen) unless a display is set up by the caller.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("PAINTED", time.monotonic(), flush=True); QTimer.singleShot(0, app.quit)
        return False
app = QApplication(sys.argv)
w = QLabel("05:00"); f = F(); w.installEventFilter(f); w.resize(1920, 1080); w.show()
app.exec()
"""
RUNDE = r"""
import sys, time, resource
from PySide6.QtCore import QEvent, QObject, QTimer
from ui.cli import parse
from ui.application import RundeApp
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
r = RundeApp(parse(["--data-dir", sys.argv[1], "run", "systematic-learning-meeting",
                    "--participants", "Anna,Bo,Cecilie,Dorte,Eva,Finn,Gro", "--facilitator", "Anna"]))
ctl = r.run_command()
ctl.meeting.start()
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("PAINTED", time.monotonic(), flush=True)
            print("MAXRSS_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = F(); ctl.room.view.installEventFilter(f)
app.exec()
"""


def _time_to_paint(code: str, args: list[str]) -> tuple[float, int]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    t0 = time.monotonic()
    out = subprocess.run([sys.executable, "-c", code, *args], check=False, capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=120).stdout
    painted = next(float(ln.split()[1]) for ln in out.splitlines() if ln.startswith("PAINTED"))
    rss = next((int(ln.split()[1]) for ln in out.splitlines() if ln.startswith("MAXRSS_KB")), 0)
    return painted - t0, rss


def bench_startup(runs: int, tmp: Path) -> dict[str, float]:
    """Median seconds from process start to the first paint, Runde vs a bare label window."""
    bare, runde, rss = [], [], []
    for i in range(runs):
        bare.append(_time_to_paint(BARE, [])[0])
        t, kb = _time_to_paint(RUNDE, [str(tmp / f"d{i}")])
        runde.append(t)
        rss.append(kb)
    return {"bare_s": statistics.median(bare), "runde_s": statistics.median(runde),
            "peak_rss_mb": max(rss) / 1024}


def bench_running(cpu_seconds: float, drift_seconds: float) -> dict[str, float]:
    """In one process: CPU while a countdown runs full screen, boundary lag, real-time drift."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.clock import SystemClock
    from app.engine import MeetingView
    from app.paths import AppPaths
    from app.setup import MeetingSetup
    from app.storage.format_library import available_formats
    from ui.meeting_controller import MeetingController

    app = QApplication.instance() or QApplication([])
    fmt = available_formats(AppPaths.create(Path("/tmp/runde-bench")))[0]["systematic-learning-meeting"]
    clock = SystemClock()
    meeting = MeetingSetup(fmt, tuple("ABCDEFG")).create(clock)
    ctl = MeetingController(meeting)
    ctl.room.resize(1920, 1080)
    ctl.show()
    ctl.room.showFullScreen()
    lags: list[float] = []

    def seen(view: MeetingView) -> None:
        r = view.remaining_s
        if r is not None and view.state.value == "running":
            frac = r - int(r)
            lags.append((1.0 - frac) % 1.0 if r > 0 else frac)

    ctl.ticker.view_changed.connect(seen)
    meeting.start()
    start_mono = time.monotonic()
    cpu0, wall0 = time.process_time(), time.monotonic()
    QTimer.singleShot(int(cpu_seconds * 1000), app.quit)
    app.exec()
    cpu = (time.process_time() - cpu0) / (time.monotonic() - wall0)
    lag_ms = sorted(x * 1000 for x in lags[1:]) or [0.0]
    remaining_wait = max(0.0, drift_seconds - (time.monotonic() - start_mono))
    QTimer.singleShot(int(remaining_wait * 1000), app.quit)
    app.exec()
    true_elapsed = time.monotonic() - start_mono
    engine_elapsed = meeting.meeting_elapsed_s()
    ctl.close()
    import resource

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"running_peak_rss_mb": peak_mb, "cpu_percent_of_core": cpu * 100,
            "boundary_lag_p50_ms": statistics.median(lag_ms),
            "boundary_lag_max_ms": max(lag_ms),
            "drift_ms": abs(true_elapsed - engine_elapsed) * 1000, "drift_over_s": true_elapsed}


def main() -> None:
    """Print the figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cpu-seconds", type=float, default=60)
    ap.add_argument("--drift-seconds", type=float, default=600)
    args = ap.parse_args()
    import compileall
    import tempfile

    # An installed Runde (pip, or the bundle) starts from compiled bytecode. Compile first, so that a
    # PYTHONDONTWRITEBYTECODE environment does not charge Runde for compiling its sources at every
    # start while the one-line baseline has almost nothing to compile.
    root = Path(__file__).resolve().parents[1]
    for package in ("app", "ui"):
        compileall.compile_dir(str(root / package), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        s = bench_startup(args.runs, Path(tmp))
    r = bench_running(args.cpu_seconds, args.drift_seconds)
    rows = [
        ("start to painted countdown, bare label window (baseline)", f"{s['bare_s'] * 1000:.0f} ms", ""),
        ("start to painted countdown, Runde room view", f"{s['runde_s'] * 1000:.0f} ms",
         f"{s['runde_s'] / s['bare_s']:.2f}x baseline (target <= 2x)"),
        ("peak memory (max RSS) at first paint", f"{s['peak_rss_mb']:.0f} MB", "target < 150 MB"),
        ("peak memory (max RSS) after the timed run", f"{r['running_peak_rss_mb']:.0f} MB",
         "target < 150 MB"),
        (f"CPU, countdown full screen 1920x1080, {args.cpu_seconds:.0f} s",
         f"{r['cpu_percent_of_core']:.2f} % of a core", "target < 1 %"),
        ("shown second vs true boundary, median / max", f"{r['boundary_lag_p50_ms']:.1f} / "
         f"{r['boundary_lag_max_ms']:.1f} ms", "target < 50 ms"),
        (f"drift over {r['drift_over_s']:.0f} s real time", f"{r['drift_ms']:.2f} ms", "target < 100 ms"),
    ]
    width = max(len(a) for a, _, _ in rows)
    for a, b, c in rows:
        print(f"{a:<{width}}  {b:>18}  {c}")
    print(json.dumps({**s, **r}))


if __name__ == "__main__":
    main()
