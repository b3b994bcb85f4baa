"""keep-everything's figures: open with a 10-year history vs empty, search as you type, saving an edit.

    .venv/bin/python bench/bench_storage.py

History: 10 teams x 10 years x 26 meetings = 2,600 meetings, ~20,000 learning points, ~5,000 measures.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.capture import Capture, Measure, MeasureStatus, TextItem  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from app.storage.store import Store  # noqa: E402

WORDS = ["lyt", "pårørende", "borger", "samtale", "procedure", "standard", "vagt", "overlevering",
         "medicin", "skema", "tryghed", "dialog", "aftale", "plan", "observation", "læring", "kollega",
         "ansvar", "rolle", "viden"]


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def build_history(base: Path) -> Path:
    """Fill a data folder with the 10-year history; returns the folder."""
    rng = random.Random(7)
    start = datetime(2016, 1, 5, 14, tzinfo=UTC)
    clock = {"now": start}
    store = Store.open(AppPaths.create(base), lambda: clock["now"], lock=False)
    for t in range(10):
        team = store.save_team(f"Team {t}", [f"Person {t}-{i}" for i in range(8)])
        for k in range(260):
            clock["now"] = start + timedelta(days=14 * k, hours=t)
            mid = store.start_meeting(team_id=team.id, format_id="systematic-learning-meeting",
                                      format_title="Systematic learning meeting",
                                      participants=list(team.people), facilitator=team.people[0],
                                      first_speaker=team.people[1])
            points = tuple(TextItem(f"p{i}", _text(rng, 12)) for i in range(rng.choice((7, 8, 8, 8))))
            measures = tuple(Measure(f"m{i}", _text(rng, 8), owner=team.people[2],
                                     status=MeasureStatus.DONE if rng.random() < 0.8 else MeasureStatus.OPEN)
                             for i in range(2))
            store.save_capture(mid, Capture(case_title=_text(rng, 4), learning_points=points,
                                            measures=measures))
    store.close()
    return base


APP_START = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.cli import parse
from ui.application import RundeApp
app = QApplication(sys.argv[:1])
r = RundeApp(parse(["--data-dir", sys.argv[1]]))
s = r.open_start_screen()
def ready():
    r.finish_startup()
    print("READY", time.monotonic(), s.team_box.count(), flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
r.quit()
"""


def _app_start_s(base: Path, runs: int) -> float:
    """Median seconds from launching Runde to its start screen shown with the teams loaded."""
    import os
    import subprocess

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    times = []
    for _ in range(runs):
        t0 = time.monotonic()
        out = subprocess.run([sys.executable, "-c", APP_START, str(base)], capture_output=True, text=True,
                             env=env, timeout=120, check=True, cwd=Path(__file__).resolve().parent.parent)
        painted = next(float(x.split()[1]) for x in out.stdout.splitlines() if x.startswith("READY"))
        times.append(painted - t0)
    return statistics.median(times)


def _open_s(base: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        s = Store.open(AppPaths.create(base), lambda: datetime.now(UTC), lock=False)
        s.teams()
        times.append(time.perf_counter() - t0)
        s.close()
    return statistics.median(times)


def main() -> None:
    """Print the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        empty, full = Path(tmp) / "empty", Path(tmp) / "full"
        Store.open(AppPaths.create(empty), lambda: datetime.now(UTC), lock=False).close()
        t0 = time.perf_counter()
        build_history(full)
        built = time.perf_counter() - t0
        open_empty, open_full = _open_s(empty, 5), _open_s(full, 5)
        app_empty, app_full = _app_start_s(empty, 5), _app_start_s(full, 5)
        store = Store.open(AppPaths.create(full), lambda: datetime.now(UTC), lock=False)
        counts = (len(store.meetings(limit=10_000)), )
        queries = []
        for word in ("pårørende", "procedure", "tryghed dialog", "zz", "samtale borger"):
            for i in range(1, len(word) + 1):  # as you type, letter by letter
                t = time.perf_counter()
                store.search(word[:i])
                queries.append((time.perf_counter() - t) * 1000)
        mid = store.meetings(limit=1)[0].id
        cap = store.capture(mid)
        saves = []
        for i in range(200):
            pts = (TextItem("p0", f"Edited text {i} " + "æ" * (i % 40)), *cap.learning_points[1:])
            t = time.perf_counter()
            store.save_capture(mid, Capture(case_title=cap.case_title, learning_points=pts,
                                            measures=cap.measures))
            saves.append((time.perf_counter() - t) * 1000)
        store.close()
    q = sorted(queries)
    s = sorted(saves)
    print(f"history built: {counts[0]} meetings in {built:.0f} s")
    print(f"{'start to start screen with teams, empty (baseline)':<50} {app_empty * 1000:8.1f} ms")
    print(f"{'start to start screen with teams, 10-year history':<50} {app_full * 1000:8.1f} ms   "
          f"{app_full / app_empty:.2f}x baseline (target <= 1.1x)")
    print(f"{'  of which Store.open: empty / history':<50} {open_empty * 1000:8.1f} / "
          f"{open_full * 1000:.1f} ms (quick_check grows with the file)")
    print(f"{'search as you type, median / p95 / max':<50} {statistics.median(q):8.1f} / "
          f"{q[int(len(q) * 0.95)]:.1f} / {q[-1]:.1f} ms (target < 50 ms)")
    print(f"{'save an edit, median / p95':<50} {statistics.median(s):8.1f} / "
          f"{s[int(len(s) * 0.95)]:.1f} ms (target p95 < 20 ms)")


if __name__ == "__main__":
    main()
