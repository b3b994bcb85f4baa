"""requirements/lock.txt covers what pyproject.toml asks for: every dependency, every optional part,
the test tools and the build tools, at versions inside their ranges, with hashes (a lock that fell
behind a change to pyproject.toml fails here, not in a user's install)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements" / "lock.txt"
PINNED = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def _pins() -> list[tuple[str, Version, Marker | None]]:
    pins = []
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        m = PINNED.match(line)
        if m:
            pins.append((canonicalize_name(m[1]), Version(m[2]), Marker(m[3]) if m[3] else None))
    return pins


def _wanted() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        lines += extra
    build = (ROOT / "requirements" / "build.in").read_text(encoding="utf-8").splitlines()
    lines += [x for x in build if x.strip() and not x.startswith("#")]
    return [Requirement(x) for x in lines]


@pytest.mark.parametrize(("python", "platform"), [
    ("3.11", "linux"), ("3.12", "linux"), ("3.13", "win32"), ("3.11", "darwin")])
def test_the_lock_pins_every_requirement_within_its_range(python: str, platform: str) -> None:
    env = {"python_version": python, "python_full_version": f"{python}.0", "sys_platform": platform,
           "platform_python_implementation": "CPython", "implementation_name": "cpython"}
    pins = [(name, version) for name, version, marker in _pins()
            if marker is None or marker.evaluate(env)]
    for req in _wanted():
        if req.marker is not None and not req.marker.evaluate(env):
            continue
        found = [v for name, v in pins if name == canonicalize_name(req.name)]
        assert len(found) == 1, f"{req.name}: pinned {found} for Python {python} on {platform}"
        assert req.specifier.contains(found[0], prereleases=True), f"{req} but the lock has {found[0]}"


def test_the_pyside6_pin_holds_before_python_3_12() -> None:
    """The 3.11 refcount bug (tests/ui/test_pyside_refcount.py): never 6.12 on 3.11."""
    env = {"python_version": "3.11", "python_full_version": "3.11.0"}
    for name, version, marker in _pins():
        if (name.startswith("pyside6") or name == "shiboken6") and (marker is None or marker.evaluate(env)):
            assert version < Version("6.12"), (name, version)


def test_every_pin_has_a_hash() -> None:
    text = LOCK.read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[A-Za-z0-9_.-]+==)", text.split("\n", 2)[-1])
    pinned = [b for b in blocks if PINNED.match(b.splitlines()[0])]
    assert pinned and all("--hash=sha256:" in b for b in pinned)
