"""The README for users first: "Install" before the developers' Quick start, which stays two commands;
the optional parts it names are the package's extras; the command it gives for updating the lock file
is the one the lock file was made with."""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    """The text under ``## title`` up to the next ``## `` heading."""
    match = re.search(rf"^## {re.escape(title)}\b.*?$(.*?)(?=^## |\Z)", README, re.MULTILINE | re.DOTALL)
    assert match, f'the README has no "## {title}" section'
    return match.group(1)


def _commands(block: str) -> list[str]:
    """The command lines of a shell block (continued lines joined, comments and blank lines left out)."""
    joined = re.sub(r"\\\n\s*", " ", block)
    return [line.split(" #")[0].strip() for line in joined.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def test_install_comes_first_and_quick_start_is_two_commands() -> None:
    headings = re.findall(r"^## (.+)$", README, re.MULTILINE)
    assert headings[0] == "Install"
    assert headings.index("Install") < headings.index("Quick start (developers)")
    first_block = re.search(r"```sh\n(.*?)```", _section("Quick start"), re.DOTALL)
    assert first_block
    assert _commands(first_block.group(1)) == ["python3 scripts/dev.py run", "python3 scripts/dev.py test"]


def test_the_optional_parts_named_are_the_package_extras() -> None:
    extras = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
                 ["project"]["optional-dependencies"]) - {"test"}
    table = set(re.findall(r"^\| `(\w+)` \|", _section("Install"), re.MULTILINE))
    assert table == extras
    chosen = [set(b.split(",")) for b in re.findall(r'"\./runde\[([\w,]+)\]"', _section("Install"))]
    assert extras in chosen  # how to choose them all


def test_the_lock_is_updated_with_the_command_it_was_made_with() -> None:
    block = re.search(r"```sh\n\s*(uv pip compile .*?)```", README, re.DOTALL)
    assert block, "the README no longer says how to update the lock"
    (command,) = _commands(block.group(1))
    lock_header = (ROOT / "requirements" / "lock.txt").read_text(encoding="utf-8").splitlines()[1]
    made_with = shlex.split(lock_header.lstrip("# "))
    assert [a for a in shlex.split(command) if a != "--upgrade"] == made_with
