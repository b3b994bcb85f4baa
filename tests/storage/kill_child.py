"""The kill test's two halves: a child that saves edits through Runde's store until it is SIGKILLed, and the
parent that kills it at random moments and checks what survived. Shared by the suite (a few kills) and
``bench/kill_test.py`` (50 kills).

The child prints an edit's id only after the store's commit returned, so every printed id must be in the
database after the kill, and ``PRAGMA integrity_check`` must say ``ok``.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from app.capture import Capture, Measure, RoundLine, TextItem
from app.paths import AppPaths
from app.storage.sqlite import integrity_check
from app.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]


def say(line: str) -> None:
    """One line to the parent, at once."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(base: Path, run: int) -> None:
    """Edit until killed: a learning point each time; a measure, a round line, the live state now and then."""
    store = Store.open(AppPaths.create(base), lambda: datetime.now(UTC))
    teams = store.teams()
    team = teams[0] if teams else store.save_team("Afsnit 3", ["Anna", "Bo", "Cecilie"])
    mid = store.start_meeting(team_id=team.id, format_id="systematic-learning-meeting",
                              format_title="Systematic learning meeting", participants=list(team.people),
                              facilitator="Anna", first_speaker="Bo")
    say("ready")
    points: list[TextItem] = []
    measures: list[Measure] = []
    lines: list[RoundLine] = []
    i = 0
    while True:
        key = f"{run}-{i}"
        points.append(TextItem(key, f"Læringspunkt {key} " + "ærø " * (i % 50)))
        if i % 3 == 0:
            measures.append(Measure(f"m{key}", f"Tiltag {key}"))
        if i % 5 == 0:
            lines = [RoundLine("Anna", f"linje {key}")]
            store.save_live_state(mid, {"edit": key})
        store.save_capture(mid, Capture(learning_points=tuple(points), measures=tuple(measures),
                                        round_lines=tuple(lines)))
        say(key)
        i += 1


@dataclass
class KillReport:
    """What the kills did: edits printed as committed, how many of them were found, integrity results."""

    committed: list[str] = field(default_factory=list)
    found: int = 0
    integrity: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)


def run_child(base: Path, run: int, rng: random.Random) -> list[str]:
    """Start the child, let it write for a random while, SIGKILL it; the edit ids it printed."""
    errors = base.parent / f"child-{run}.err"
    lines: list[str] = []
    with errors.open("w") as err, subprocess.Popen(
            [sys.executable, "-m", "tests.storage.kill_child", str(base), str(run)], stdout=subprocess.PIPE,
            stderr=err, text=True, cwd=ROOT) as child:
        reader = threading.Thread(target=lambda: lines.extend(line.strip() for line in child.stdout or []))
        reader.start()
        deadline = time.monotonic() + 60
        while "ready" not in lines and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.01)
        time.sleep(rng.uniform(0.05, 0.6) if "ready" in lines else 0)
        child.send_signal(signal.SIGKILL)
        child.wait()
        reader.join()
    if "ready" not in lines:
        raise RuntimeError(errors.read_text(encoding="utf-8"))
    return [x for x in lines if x != "ready"]


def kill_and_check(base: Path, runs: int, seed: int) -> KillReport:
    """Kill the writer ``runs`` times; after each restart check the database and every printed edit."""
    rng = random.Random(seed)
    report = KillReport()
    db = base / "data" / "runde.sqlite3"
    for run in range(runs):
        report.committed += run_child(base, run, rng)
        report.integrity.append(integrity_check(db))
        with closing(sqlite3.connect(db)) as con:
            stored = {str(r[0]).split()[1] for r in con.execute("SELECT text FROM learning_point")}
        report.lost = [k for k in report.committed if k not in stored]
        report.found = len(report.committed) - len(report.lost)
    return report


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
