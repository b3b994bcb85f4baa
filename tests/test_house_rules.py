"""House rules a reader of the code relies on, checked on the source (docs/ARCHITECTURE.md):

- no module of ``app/`` or ``ui/`` is over 600 lines (alembic's migrations aside);
- every reading of "now" goes through the injected clock (``app/clock.py``), so that tests and the
  room's sleep-proof clock see the same time as the code; a wait on a lock that measures its own
  deadline is named below with its reason (the second start's socket waits read the app's clock);
- the code cites only files in the repository: a path to a ``.md``/``.py``/``.json`` file names a file
  that is here, a dotted module name (``app.storage.api``) a module that is here, and nothing points
  to notes outside the repository.

Each check is a function of a folder or a text, and is seen failing on made-up input below.
"""

from __future__ import annotations

import ast
import io
import re
import subprocess
import tokenize
from pathlib import Path, PurePosixPath

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 600


def repo_files(root: Path = ROOT) -> list[str]:
    """The repository's files (tracked or new, ignored ones left out), as posix paths; without git (a
    source archive), every file but caches, environments and builds."""
    try:
        out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=root,
                             capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        skipped = {".git", ".venv", "build", "dist", "__pycache__", ".mypy_cache", ".ruff_cache",
                   ".hypothesis", ".pytest_cache"}
        out = "\n".join(p.relative_to(root).as_posix() for p in root.rglob("*")
                        if not skipped & set(p.relative_to(root).parts))
    return sorted({line for line in out.splitlines() if (root / line).is_file()})


def code_modules(root: Path = ROOT) -> list[Path]:
    """The modules of ``app/`` and ``ui/``, alembic's migrations aside."""
    return sorted(p for top in ("app", "ui") for p in (root / top).rglob("*.py")
                  if "migrations" not in p.relative_to(root).parts)


# -- size ----------------------------------------------------------------------------------------------
def too_long(paths: list[Path], root: Path, limit: int = MAX_LINES) -> list[str]:
    """The modules over ``limit`` lines, longest first."""
    sizes = [(len(p.read_text(encoding="utf-8").splitlines()), p) for p in paths]
    return [f"{p.relative_to(root).as_posix()}: {n} lines (at most {limit})"
            for n, p in sorted(sizes, key=lambda s: -s[0]) if n > limit]


def test_no_module_is_over_600_lines():
    problems = too_long(code_modules(), ROOT)
    assert not problems, "split these by what they hold:\n" + "\n".join(problems)


def test_a_long_module_is_named(tmp_path):
    (tmp_path / "long.py").write_text("x = 1\n" * 601)
    (tmp_path / "short.py").write_text("x = 1\n" * 600)
    assert too_long(sorted(tmp_path.glob("*.py")), tmp_path) == ["long.py: 601 lines (at most 600)"]


# -- one clock -----------------------------------------------------------------------------------------
CLOCK_MODULE = "app/clock.py"
NOW_CALLS = {
    "datetime.now", "datetime.utcnow", "datetime.today", "date.today",
    "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today", "datetime.date.today",
    "time.time", "time.time_ns", "time.monotonic", "time.monotonic_ns", "time.perf_counter",
    "QDate.currentDate", "QTime.currentTime", "QDateTime.currentDateTime", "QDateTime.currentDateTimeUtc",
    "QDateTime.currentMSecsSinceEpoch", "QDateTime.currentSecsSinceEpoch",
}
TIME_FUNCTIONS = {"time", "time_ns", "monotonic", "monotonic_ns", "perf_counter"}
# Waits that measure their own deadline on the machine's clock: no meeting time, nothing a test sets.
OWN_DEADLINES = {
    ("app/storage/pending.py", "time.monotonic"): "flush(): how long to wait on the writer's condition",
}


def _dotted(node: ast.expr) -> str:
    """``a.b.c`` for a chain of attributes on a name, else ""."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return ""
    return ".".join([node.id, *reversed(parts)])


def readings_of_now(source: str) -> list[tuple[int, str]]:
    """(line, call) for each reading of the time of day or a clock in ``source``."""
    tree = ast.parse(source)
    bare = {a.asname or a.name: f"time.{a.name}" for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "time"
            for a in node.names if a.name in TIME_FUNCTIONS}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _dotted(node.func)
            name = bare.get(name, name)
            if name in NOW_CALLS:
                found.append((node.lineno, name))
    return sorted(found)


def clock_problems(root: Path) -> list[str]:
    """Readings of now outside ``app/clock.py`` and the named deadlines."""
    out = []
    for path in code_modules(root):
        rel = path.relative_to(root).as_posix()
        if rel == CLOCK_MODULE:
            continue
        out += [f"{rel}:{line}: {call}() reads the time: take it from the injected Clock (app/clock.py)"
                for line, call in readings_of_now(path.read_text(encoding="utf-8"))
                if (rel, call) not in OWN_DEADLINES]
    return out


def test_now_is_read_only_through_the_clock():
    problems = clock_problems(ROOT)
    assert not problems, "\n".join(problems)


def test_the_named_deadlines_are_still_there():
    """Each exception is still needed (else it goes from the list)."""
    for rel, call in OWN_DEADLINES:
        assert call in {c for _, c in readings_of_now((ROOT / rel).read_text(encoding="utf-8"))}, rel


def test_every_way_of_reading_now_is_seen():
    source = """
import time, datetime as dt
from datetime import UTC, date, datetime
from time import monotonic as mono
from PySide6.QtCore import QDate
a = datetime.now(UTC); b = date.today(); c = time.time(); d = mono()
e = dt.datetime.now()  # (dt is not seen through: written as datetime.datetime it is)
f = QDate.currentDate(); g = datetime.datetime.utcnow()
h = self.edit.time(); i = datetime.fromisoformat("2026-03-10"); j = clock.wall()
"""
    assert readings_of_now(source) == [
        (6, "date.today"), (6, "datetime.now"), (6, "time.monotonic"), (6, "time.time"),
        (8, "QDate.currentDate"), (8, "datetime.datetime.utcnow")]


# -- citations -----------------------------------------------------------------------------------------
CITING = ("app/", "ui/", "resources/", "scripts/", "packaging/", "build.spec")
NOT_READ = (".ts", ".qm", ".png", ".svg", ".ico", ".icns", ".ttf", ".wav", ".gz")  # .ts: made by lupdate
PATH = re.compile(r"(?<![\w./*$%-])((?:\.\./|\./)?[\w*][\w./*-]*\.(?:md|py|json))(?![\w-])")
MODULE = re.compile(r"(?<![\w.])((?:app|ui|tests|scripts|bench)(?:\.[A-Za-z_]\w*)+)")
OUTSIDE = re.compile(r"\.\./shared|DOMAIN\.md|FIELD-NOTES|\bseed\b", re.IGNORECASE)
# Files Runde writes or a build makes at run time: names, not citations.
MADE_AT_RUN_TIME = {"settings.json", "database.json", "offline.json", "runde_entry.py"}


def prose(path: str, text: str) -> list[tuple[int, str]]:
    """(line, text) of what may cite: a Python file's comments and strings, any other file's lines."""
    if not path.endswith((".py", ".spec")):
        return list(enumerate(text.splitlines(), 1))
    kinds = {tokenize.COMMENT, tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
    out = []
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type in kinds:
            out += [(tok.start[0] + i, line) for i, line in enumerate(tok.string.splitlines())]
    return out


def _module_names(files: list[str]) -> dict[str, str]:
    """Dotted module name -> its file, for every Python file of the repository."""
    names = {}
    for f in files:
        if f.endswith(".py"):
            name = f[:-3].replace("/", ".")
            names[name.removesuffix(".__init__")] = f
    return names


def _path_exists(ref: str, here: str, root: Path, files: list[str]) -> bool:
    """Whether ``ref`` (as cited in the file ``here``) names a file of the repository: from the top,
    from ``here``'s folder, as the end of a path (``migrations/env.py``), a bare file name found
    anywhere, or a glob matching something."""
    ref = ref.removeprefix("./")
    if "*" in ref:
        return "/" not in ref or any(PurePosixPath(f).match(ref) for f in files)
    if "/" not in ref:
        return ref in MADE_AT_RUN_TIME or any(PurePosixPath(f).name == ref for f in files)
    near = (root / PurePosixPath(here).parent / ref).resolve()
    return ((root / ref).is_file() or near.is_file() or any(f.endswith("/" + ref) for f in files))


def _module_exists(ref: str, root: Path, modules: dict[str, str]) -> bool:
    """Whether ``ref`` is a module, or a module and a name defined in it (``app.clock.SystemClock``)."""
    parts = ref.rstrip(".").split(".")
    for k in range(len(parts), 0, -1):
        module = ".".join(parts[:k])
        if module in modules:
            if k == len(parts):
                return True
            return re.search(rf"\b{re.escape(parts[k])}\b", (root / modules[module]).read_text(
                encoding="utf-8")) is not None
    return False


def citation_problems(root: Path, files: list[str]) -> list[str]:
    """Every citation in the code that names no file or module of the repository."""
    modules = _module_names(files)
    out = []
    for f in files:
        if not f.startswith(CITING) or f.endswith(NOT_READ):
            continue
        try:
            text = (root / f).read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for line, chunk in prose(f, text):
            out += [f"{f}:{line}: {m.group(0)!r} points outside the repository"
                    for m in OUTSIDE.finditer(chunk)]
            out += [f"{f}:{line}: {m.group(1)!r} is no file of the repository"
                    for m in PATH.finditer(chunk) if not _path_exists(m.group(1), f, root, files)]
            out += [f"{f}:{line}: {m.group(1)!r} is no module of the repository"
                    for m in MODULE.finditer(chunk) if not _module_exists(m.group(1), root, modules)]
    return out


def test_code_cites_only_files_in_the_repository():
    problems = citation_problems(ROOT, repo_files())
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("text", "expected"), [
    ('"""As docs/FORMATS.md says."""\n', ""),
    ('"""As docs/NOWHERE.md says."""\n', "'docs/NOWHERE.md' is no file"),
    ("# the rules are in DOMAIN.md\n", "'DOMAIN.md' points outside"),
    ("# see ../shared/STYLE.md\n", "'../shared' points outside"),
    ("# as the seed said\n", "'seed' points outside"),
    ("# from FIELD-NOTES\n", "'FIELD-NOTES' points outside"),
    ('X = "settings.json"  # written by Runde\n', ""),
    ('X = "notes.json"\n', "'notes.json' is no file"),
    ("# (app.storage.worker) runs the writes\n", "'app.storage.worker' is no module"),
    ("# app.clock.SystemClock and app.storage.api\n", ""),
    ("# app.clock.NoSuchClock\n", "'app.clock.NoSuchClock' is no module"),
    ("app.quit()  # a variable named app is code, not a citation\n", ""),
    ('glob("*.json"); glob("docs/*.md"); glob("nowhere/*.md")\n', "'nowhere/*.md' is no file"),
])
def test_a_citation_that_names_nothing_is_found(tmp_path, text, expected):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "FORMATS.md").write_text("# Formats\n")
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text("")
    (tmp_path / "app" / "clock.py").write_text("class SystemClock: ...\n")
    (tmp_path / "app" / "storage").mkdir()
    (tmp_path / "app" / "storage" / "__init__.py").write_text("")
    (tmp_path / "app" / "storage" / "api.py").write_text("")
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "x.py").write_text(text)
    files = ["docs/FORMATS.md", "app/__init__.py", "app/clock.py", "app/storage/__init__.py",
             "app/storage/api.py", "ui/x.py"]
    problems = citation_problems(tmp_path, files)
    if expected:
        assert any(expected in p for p in problems), problems
        assert all(p.startswith("ui/x.py:1: ") for p in problems), problems
    else:
        assert problems == []


def architecture_misses(text: str, root: Path = ROOT) -> list[str]:
    """The code files docs/ARCHITECTURE.md names that are not there: a path (``app/storage/api.py``),
    or a bare module file name (``series_dates.py``) that no folder of app/ or ui/ holds."""
    modules = {p.name for p in (root / "app").rglob("*.py")} | {p.name for p in (root / "ui").rglob("*.py")}
    missing = []
    for name in sorted(set(re.findall(r"`([A-Za-z0-9_/.*]+\.py)`", text))):
        if "/" in name:
            if "*" not in name and not (root / name).exists():
                missing.append(name)
        elif name not in modules:
            missing.append(name)
    return missing


def test_the_architecture_page_names_only_modules_that_exist():
    """A new engineer finds the file to change from docs/ARCHITECTURE.md alone: every module it names is
    there, and it answers the two questions it promises."""
    text = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    assert architecture_misses(text) == []
    assert "Add a column to the measures table on the sheet" in text and "A new key on the clicker" in text


def test_a_module_the_architecture_page_names_wrongly_is_found(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "ui").mkdir()
    (tmp_path / "app" / "engine.py").write_text("")
    text = "`app/engine.py`, `engine.py`, `app/gone.py`, `gone.py`, `ui/room_*.py`"
    assert architecture_misses(text, tmp_path) == ["app/gone.py", "gone.py"]
