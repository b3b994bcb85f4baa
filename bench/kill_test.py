"""Kill test: SIGKILL Runde's store 50 times at random moments while it writes edits.

After each kill the database must pass ``PRAGMA integrity_check`` and hold every edit whose commit had
returned before the kill (the child prints an edit's id only after its commit returned).

Run: ``.venv/bin/python bench/kill_test.py [--kills 50] [--seed N]``. POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.storage.kill_child import kill_and_check  # noqa: E402


def main() -> None:
    """Kill, check, print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="runde-kill-"))
    try:
        t0 = time.perf_counter()
        report = kill_and_check(base / "runde", args.kills, args.seed)
        spent = time.perf_counter() - t0
        print(f"kills:                 {args.kills} (seed {args.seed}, {spent:.0f} s)")
        print(f"edits committed:       {len(report.committed)}")
        print(f"edits found after:     {report.found}")
        lost = f" e.g. {report.lost[:5]}" if report.lost else ""
        print(f"committed edits lost:  {len(report.lost)}{lost}")
        print(f"integrity_check:       {dict(Counter(report.integrity))}")
        sys.exit(0 if not report.lost and set(report.integrity) == {"ok"} else 1)
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
