"""Build Runde's wheel and install it into a fresh virtual environment, as ``pip install .`` would on
a user's machine; used by tests/test_install.py and bench/bench_install.py.

    .venv/bin/python scripts/wheel_install.py /tmp/runde-wheel    # prints the installed runde command

The wheel is built from a clean copy of the files a build reads (never the working tree's ``build/``).
The fresh environment gets Runde from the wheel alone; its third-party packages (PySide6, SQLAlchemy,
reportlab ...) come from the running environment through a ``.pth`` line, so nothing is downloaded
and ``app``, ``ui`` and ``resources`` can only come from the wheel (a ``.pth`` line adds a folder to
the path but runs none of the ``.pth`` files in it, such as an editable install's finder).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What the build reads: pyproject.toml names the packages, the backend and the README.
BUILD_INPUTS = ("pyproject.toml", "README.md", "MANIFEST.in", "app", "ui", "resources",
                "scripts/build_backend.py")


def _pip_env() -> dict[str, str]:
    """pip's environment without PYTHONPATH: a source tree on it (with a ``runde.egg-info`` from an
    editable build) would look to pip like Runde already installed in the fresh environment."""
    return {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}


def _ignore(_folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n in {"__pycache__", ".mypy_cache"} or n.endswith(".pyc")}


def _can_build_here() -> bool:
    """setuptools 70.1+ (bdist_wheel built in), or an older one with the wheel package."""
    try:
        from importlib.metadata import version

        major, minor = (int(x) for x in version("setuptools").split(".")[:2])
    except (ImportError, ValueError):
        return False
    return (major, minor) >= (70, 1) or importlib.util.find_spec("wheel") is not None


def build_wheel(out: Path, root: Path = ROOT) -> Path:
    """Copy the build's inputs to ``out/src`` and build the wheel there (no build isolation: the
    running environment has setuptools, and PySide6's lrelease for translations not yet compiled)."""
    src = out / "src"
    shutil.rmtree(src, ignore_errors=True)
    for name in BUILD_INPUTS:
        path = root / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=_ignore)
        elif path.exists():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, src / name)
    dist = out / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    # The locked environment (scripts/dev.py) builds offline; an older setuptools without the wheel
    # package cannot build a wheel, and pip then fetches setuptools into an isolated build.
    isolation = ["--no-build-isolation"] if _can_build_here() else []
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", *isolation,
                    "--wheel-dir", str(dist), str(src)], check=True, cwd=out, env=_pip_env())
    wheels = sorted(dist.glob("runde-*.whl"))
    if len(wheels) != 1:
        raise RuntimeError(f"expected one wheel in {dist}, found {wheels}")
    return wheels[0]


def venv_python(env: Path) -> Path:
    """The environment's interpreter."""
    return env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def venv_runde(env: Path) -> Path:
    """The ``runde`` command the wheel's entry point installed."""
    return env / ("Scripts/runde.exe" if os.name == "nt" else "bin/runde")


def site_packages(env: Path) -> Path:
    """The environment's own site-packages."""
    code = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    out = subprocess.run([str(venv_python(env)), "-c", code], check=True, capture_output=True, text=True,
                         env=_pip_env())
    return Path(out.stdout.strip())


def _with_dependencies(env: Path) -> None:
    """This environment's packages, visible to ``env`` after its own."""
    here = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site_packages(env) / "zz_runde_dependencies.pth").write_text(
        "".join(f"{p}\n" for p in sorted(here)), encoding="utf-8")


def install_editable(env: Path, root: Path = ROOT) -> Path:
    """A fresh environment at ``env`` with ``root`` installed editable (as scripts/dev.py does) and
    this environment's third-party packages visible; returns its ``runde`` command."""
    shutil.rmtree(env, ignore_errors=True)
    venv.EnvBuilder(with_pip=False).create(env)
    _with_dependencies(env)  # first: pip builds the editable wheel in ``env``, with this setuptools
    isolation = ["--no-build-isolation"] if _can_build_here() else []
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv_python(env)), "install", "--quiet",
                    "--no-deps", *isolation, "-e", str(root)], check=True, env=_pip_env())
    return venv_runde(env)


def install_wheel(wheel: Path, env: Path) -> Path:
    """A fresh environment at ``env`` with ``wheel`` installed and this environment's third-party
    packages visible; returns its ``runde`` command."""
    shutil.rmtree(env, ignore_errors=True)
    venv.EnvBuilder(with_pip=False).create(env)
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv_python(env)), "install", "--quiet",
                    "--no-deps", "--no-index", str(wheel)], check=True, env=_pip_env())
    _with_dependencies(env)
    return venv_runde(env)


def main(argv: list[str]) -> int:
    """Build into the folder given, install, print the runde command."""
    if len(argv) != 1:
        print(__doc__)
        return 2
    out = Path(argv[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    print(install_wheel(build_wheel(out), out / "venv"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
