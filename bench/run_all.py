"""Every performance figure the issues ask for, in one run:

    .venv/bin/python bench/run_all.py            # the full run (includes 60 s CPU and 10 min drift)
    .venv/bin/python bench/run_all.py --quick    # shorter CPU and drift windows, for a first look

Each script compares against a baseline measured in the same run, since these machines are noisy.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    """Run the benches one after the other and print their tables."""
    quick = "--quick" in sys.argv
    runs = [
        ("meeting-on-screen", ["bench_meeting.py"] + (["--cpu-seconds", "15", "--drift-seconds", "30",
                                                       "--runs", "3"] if quick else [])),
        ("keep-everything", ["bench_storage.py"]),
        ("the-sheet", ["bench_export.py"]),
        ("the-record", ["bench_record.py"] + (["--runs", "3"] if quick else [])),
        ("team-server", ["bench_server.py"]),
        ("team-file", ["bench_import.py"] + (["--runs", "1"] if quick else [])),
        ("installable", ["bench_install.py"] + (["--runs", "3"] if quick else [])),
    ]
    code = 0
    for title, args in runs:
        print(f"\n== {title} ==", flush=True)
        code |= subprocess.run([sys.executable, str(HERE / args[0]), *args[1:]], check=False).returncode
    return code


if __name__ == "__main__":
    sys.exit(main())
