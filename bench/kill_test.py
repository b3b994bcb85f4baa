"""The long kill test: SIGKILL a writer at random moments, N times in a row (default 50).

    .venv/bin/python bench/kill_test.py [--kills 50]

After each kill Runde's store is opened again: every edit whose commit returned before the kill must
be there, and ``PRAGMA integrity_check`` must say ``ok``. Prints one line per kill and a summary.
(The suite runs the same check with three kills: tests/storage/test_storage.py.)
"""

from __future__ import annotations

import argparse
import random
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.paths import AppPaths  # noqa: E402
from app.storage.sqlite import integrity_check  # noqa: E402
from app.storage.store import Store  # noqa: E402

CHILD = """
import sys
from datetime import datetime, UTC
from pathlib import Path
from app.capture import Capture, TextItem
from app.paths import AppPaths
from app.storage.store import Store
s = Store.open(AppPaths.create(Path(sys.argv[1])), lambda: datetime.now(UTC))
team = s.save_team("T", ["A"])
mid = s.start_meeting(team_id=team.id, format_id="f", format_title="F", participants=["A"],
                      facilitator="A", first_speaker="A")
points = []
for i in range(1000000):
    points.append(TextItem(f"{sys.argv[2]}-{i}", f"point {i} " + "æ" * (i % 80)))
    s.save_capture(mid, Capture(learning_points=tuple(points[-40:])))
    s.save_live_state(mid, {"i": i})
    print(f"{sys.argv[2]}-{i}", flush=True)
"""


def main() -> int:
    """Kill, reopen, check; print the figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--kills", type=int, default=50)
    kills = ap.parse_args().kills
    rng = random.Random(11)
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "data"
        for k in range(kills):
            proc = subprocess.Popen([sys.executable, "-c", CHILD, str(base), f"k{k}"],
                                    stdout=subprocess.PIPE, text=True, cwd=ROOT)
            time.sleep(rng.uniform(0.8, 2.5))
            proc.send_signal(signal.SIGKILL)
            out, _ = proc.communicate()
            committed = out.split()
            store = Store.open(AppPaths.create(base), lambda: datetime.now(UTC), lock=False)
            last = store.meetings(limit=1)[0].id
            stored = {p.id for p in store.capture(last).learning_points}
            store.close()
            # the child keeps a window of its last 40 points; one more save may have committed
            # before the kill without being printed, which shifts that window by one
            lost = [c for c in committed[-39:] if c not in stored]
            integrity = integrity_check(AppPaths.create(base).db_path)
            ok = not lost and integrity == "ok"
            bad += not ok
            print(f"kill {k + 1:2d}: {len(committed):5d} edits committed, {len(lost)} lost {lost[:3]}, "
                  f"integrity {integrity}")
    print(f"{kills - bad} of {kills} kills lost nothing and left an intact database")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
