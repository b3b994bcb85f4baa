"""Issue installable's start-up figure: the installed wheel (and the bundle, when built) vs the editable
install, launch to the room's view shown, same run. Target: at most 1.1x the editable install.

    .venv/bin/python bench/bench_install.py [--runs 9] [--bundle dist/Runde]

Builds the wheel and installs it into a fresh environment, installs this tree editable into another
(scripts/wheel_install.py: the same interpreter and third-party packages for both, only Runde differs),
then launches ``runde run`` in each by turns, as scripts/smoke_bundle.py does: the time is Qt's own
log line for the first paint of the room's view, offscreen, on a fresh data folder per install (one
warm-up launch each creates the database). Median of ``--runs`` launches; the ratio is wheel (or
bundle) / editable.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import smoke_bundle  # noqa: E402  (scripts/ on the path)
import wheel_install  # noqa: E402

TARGET = 1.1


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=9, help="launches per install (median)")
    p.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Runde",
                   help="a built bundle folder to time as well, when it exists")
    return p.parse_args(argv)


def time_to_room(exes: dict[str, Path], runs: int, tmp: Path) -> dict[str, list[float]]:
    """Seconds from launch to the room's view shown, per install, launched by turns."""
    env = {**smoke_bundle.clean_env(tmp / "home"), **smoke_bundle.PAINT_LOG, smoke_bundle.SMOKE_ENV: ""}
    data = {name: tmp / f"data-{name}" for name in exes}
    for name, exe in exes.items():  # warm-up: creates the database, fills the OS's file cache
        smoke_bundle.launch(smoke_bundle.meeting_cmd(exe, data[name]), env)
    times: dict[str, list[float]] = {name: [] for name in exes}
    for _ in range(runs):
        for name, exe in exes.items():
            run = smoke_bundle.launch(smoke_bundle.meeting_cmd(exe, data[name]), env)
            if run.room_shown_s is None:
                raise SystemExit(f"{name}: the room's view was not shown:\n{run.output[-1500:]}")
            times[name].append(run.room_shown_s)
    return times


def main(argv: list[str]) -> int:
    """Install both ways, time them, print the table."""
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="runde-bench-install-") as name:
        tmp = Path(name)
        print("Building the wheel and the two environments ...", flush=True)
        exes = {"editable": wheel_install.install_editable(tmp / "editable")}
        exes["wheel"] = wheel_install.install_wheel(wheel_install.build_wheel(tmp), tmp / "wheel")
        # pip compiled the wheel's modules; the editable install reads this tree, whose bytecode a
        # PYTHONDONTWRITEBYTECODE machine never writes: compile it too, or it would pay for compiling.
        for folder in ("app", "ui", "resources"):
            compileall.compile_dir(ROOT / folder, quiet=1)
        bundle_exe = smoke_bundle.executables(args.bundle)[1]
        if bundle_exe.exists():
            exes["bundle"] = bundle_exe
        times = time_to_room(exes, args.runs, tmp)
    base = statistics.median(times["editable"])
    print(f"\n| Launch to the room's view shown (median of {args.runs}) | seconds | vs editable |")
    print("|---|---|---|")
    code = 0
    raw: dict[str, str] = {}
    for key, label in (("editable", "editable install (pip install -e)"), ("wheel", "installed wheel"),
                       ("bundle", "bundle (dist/Runde)")):
        if key not in times:
            continue
        med = statistics.median(times[key])
        ratio = med / base
        print(f"| {label} | {med:.3f} (min {min(times[key]):.3f}) | **{ratio:.2f}x** |")
        raw[key] = " ".join(f"{t:.2f}" for t in times[key])
        if key != "editable" and ratio > TARGET:
            code = 1
    print(f"\nTarget: at most {TARGET}x the editable install. Each launch, in order:")
    for key, line in raw.items():
        print(f"  {key}: {line}")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
