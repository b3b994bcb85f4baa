"""The kill test: a child process opens the store and saves edits in a loop, printing the id of each
edit after its commit returned; the parent SIGKILLs it at a random moment, several times, and after
each kill checks ``PRAGMA integrity_check`` and that every printed edit is in the database.

Used by ``tests/db/test_faults.py`` (3 kills) and ``bench/kill_test.py`` (50). The child runs as
``python -m tests.db.kill_child <data folder> <run number>``.
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
from pathlib import Path

from app.capture import Measure, RoundLine, TextItem
from app.clock import SystemClock
from app.db.engine import integrity_check
from app.db.records import ItemKind, MeetingField
from app.paths import AppPaths
from app.store import Store


def say(line: str) -> None:
    """One line to the parent, at once."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(base: Path, run: int) -> None:
    """Edit until killed."""
    store = Store.open(AppPaths.create(base), SystemClock())
    teams = store.teams()
    team = teams[0] if teams else store.create_team("Afsnit 3", ["Anna", "Bo", "Cecilie"])
    mid = store.start_meeting(team_id=team.id, format_id="f1", format_title="F1", present=team.people,
                              facilitator="Anna", first_speaker="Bo")
    say("ready")
    i = 0
    while True:
        key = f"{run}-{i}"
        text = f"Læringspunkt {key} " + "ærø " * (i % 50)
        store.save_item(mid, ItemKind.LEARNING_POINT, TextItem(key, text))
        if i % 3 == 0:
            store.save_measure(mid, Measure(f"m{key}", f"Tiltag {key}"))
        if i % 5 == 0:
            store.set_text(mid, MeetingField.NOTES, f"noter {key}")
            store.save_round_line(mid, RoundLine("Anna", f"linje {key}"))
            store.save_live_state(mid, {"edit": key})
        say(key)
        i += 1


ROOT = Path(__file__).resolve().parents[2]


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
            [sys.executable, "-m", "tests.db.kill_child", str(base), str(run)], stdout=subprocess.PIPE,
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
            stored = {str(r[0]) for r in con.execute("SELECT item_id FROM learning_point")}
        report.lost = [k for k in report.committed if k not in stored]
        report.found = len(report.committed) - len(report.lost)
    return report


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
