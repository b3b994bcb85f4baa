"""Build Runde's one-folder bundle with PyInstaller: the same command on Linux, Windows and macOS.

    .venv/bin/python scripts/build_bundle.py        # Linux, macOS
    .venv\\Scripts\\python scripts\\build_bundle.py   # Windows

Installs the locked packages (``requirements/lock.txt``: PyInstaller and everything the bundle holds,
at the versions and hashes the lock gives) into the running Python when PyInstaller is missing, compiles
the translations, runs PyInstaller on ``build.spec`` and prints the bundle's size. Build on each OS for
that OS; the result is ``dist/Runde/`` (plus ``dist/Runde.app`` on macOS). Extra arguments go to
PyInstaller. On Linux it then packs ``dist/runde-<version>-linux-<arch>.tar.gz`` with the install script
(packaging/linux/); the Windows installer and the macOS disk image are made from the bundle by
packaging/windows/runde.iss and packaging/macos/make_dmg.sh (see .github/workflows/release.yml).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
DIST = ROOT / "dist"
BUNDLE_NAME = "Runde"
LOCK = ROOT / "requirements" / "lock.txt"  # pins PyInstaller (requirements/build.in) with the rest
MIN_PYINSTALLER = (6, 10)  # Analysis(optimize=...) and the 6.x one-folder layout (_internal/)


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", text)[:3])


def ensure_pyinstaller() -> None:
    """Install the lock into this Python if PyInstaller is missing or older than the spec needs (the
    bundle is then built from exactly the locked packages, the same next month)."""
    installed = importlib.util.find_spec("PyInstaller") is not None
    if installed and _version_tuple(metadata.version("pyinstaller")) >= MIN_PYINSTALLER:
        return
    print(f"Installing {LOCK.relative_to(ROOT)} (PyInstaller with it) into this environment ...", flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--require-hashes", "-r", str(LOCK)],
                   check=True)


def compile_translations() -> None:
    """Fresh .qm files from the .ts sources (scripts/i18n.py release, with this Python's tools)."""
    tools = str(Path(sys.executable).parent)  # pyside6-lrelease(.exe) even in a venv that is not activated
    env = dict(os.environ, PATH=tools + os.pathsep + os.environ.get("PATH", ""))
    subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "release"], cwd=ROOT, env=env,
                   check=True)


def folder_bytes(folder: Path) -> int:
    """Bytes of every file under ``folder`` (symbolic links not followed, counted once)."""
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def bundle_dir(dist: Path = DIST) -> Path:
    """The one-folder bundle the build produces."""
    return dist / BUNDLE_NAME


def build(extra: list[str]) -> Path:
    """Run PyInstaller on build.spec; returns the bundle folder."""
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(ROOT / "build"), *extra, str(SPEC)]
    print("$ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)
    return bundle_dir()


def main(argv: list[str]) -> int:
    """Build and report the size."""
    ensure_pyinstaller()
    compile_translations()
    folder = build(argv)
    size_mb = folder_bytes(folder) / 1e6
    print(f"Bundle: {folder}  {size_mb:.1f} MB", flush=True)
    if sys.platform.startswith("linux") and size_mb >= 200:
        print("WARNING: the Linux bundle is over its 200 MB target", flush=True)
    if sys.platform.startswith("linux"):
        archive = linux_tarball(folder)
        print(f"Linux archive: {archive}  {archive.stat().st_size / 1e6:.1f} MB", flush=True)
    return 0


def linux_tarball(folder: Path) -> Path:
    """The bundle with its menu entry, icon and install.sh (packaging/linux/make_tarball.py)."""
    path = ROOT / "packaging" / "linux" / "make_tarball.py"
    spec = importlib.util.spec_from_file_location("make_tarball", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result: Path = module.make_tarball(folder, DIST)
    return result


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
