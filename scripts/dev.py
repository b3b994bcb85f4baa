"""Set up a virtual environment and run Runde or its tests: the README's two Quick start commands.

    python3 scripts/dev.py run [runde arguments...]
    python3 scripts/dev.py test [pytest arguments...]

Uses only the standard library, so it works on a fresh machine with Python 3.11+ (Linux, macOS, Windows).
The environment lives in ``.venv``: every package at the version and hash ``requirements/lock.txt`` gives
(Runde's dependencies with all its optional parts, the test tools, setuptools and PyInstaller), then
Runde itself as an editable install. It is reinstalled only when ``pyproject.toml`` or the lock changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".runde-installed"
LOCK = ROOT / "requirements" / "lock.txt"


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def install_commands(py: Path, root: Path = ROOT) -> list[list[str]]:
    """pip's commands: the locked packages, hashes checked, then Runde itself without resolving
    anything again (the lock's setuptools builds it, offline)."""
    pip = [str(py), "-m", "pip", "install", "--quiet"]
    return [
        [*pip, "--upgrade", "pip"],
        [*pip, "--require-hashes", "-r", str(root / "requirements" / "lock.txt")],
        [*pip, "--no-deps", "--no-build-isolation", "-e", str(root)],
    ]


def ensure_environment() -> Path:
    """Create ``.venv`` and install the locked packages and Runde when missing or out of date."""
    if sys.version_info < (3, 11):  # noqa: UP036  (this script may run on an older python3)
        sys.exit(f"Runde needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    py = _venv_python()
    if not py.exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + LOCK.read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing Runde and its dependencies into .venv (requirements/lock.txt) ...", flush=True)
        for cmd in install_commands(py):
            subprocess.run(cmd, check=True)
        STAMP.write_text(wanted)
    compile_translations(py)
    return py


def compile_translations(py: Path) -> None:
    """Compile ``resources/i18n/*.ts`` into the ``.qm`` files Runde loads, when missing or older."""
    stale = [ts for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts"))
             if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if not stale:
        return
    lrelease = py.parent / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    print("Compiling translations ...", flush=True)
    for ts in stale:
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


def run_tests(py: Path, args: list[str]) -> int:
    """Run pytest, then ruff and mypy; the first failure decides the exit code."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    steps = [
        [str(py), "-m", "pytest", *args],
        [str(py), "-m", "ruff", "check", "."],
        [str(py), "-m", "mypy"],
    ]
    for cmd in steps:
        print("$ " + " ".join(Path(cmd[0]).name if i == 0 else c for i, c in enumerate(cmd)),
              flush=True)
        code = subprocess.run(cmd, check=False, cwd=ROOT, env=env).returncode
        if code != 0:
            return code
    return 0


def main(argv: list[str]) -> int:
    """Dispatch ``run`` or ``test``."""
    if not argv or argv[0] not in {"run", "test", "setup"}:
        print(__doc__)
        return 2
    py = ensure_environment()
    if argv[0] == "setup":
        return 0
    if argv[0] == "test":
        return run_tests(py, argv[1:])
    return subprocess.run([str(py), "-m", "ui.main", *argv[1:]], check=False, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
