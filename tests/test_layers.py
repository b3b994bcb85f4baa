"""The layers of Runde, checked on the source (docs/ARCHITECTURE.md draws them).

The import graph of ``app/`` and ``ui/`` is read with ``ast``: every import, at the top of a module,
inside a function or under ``TYPE_CHECKING`` alike (each is an arrow a later change can turn into a
cycle), relative imports resolved, and ``from pkg import name`` taken as an import of the submodule
``pkg.name`` when that is a module. On it:

- no import cycle between modules, nor between packages (``app`` being the top-level ``app/*.py``
  modules, then ``app.storage``, ``app.export``, ``ui``, ``ui.cli``…; ``ui/main.py``, the entry
  point, is a node of its own, as it may import everything);
- ``app/`` never imports Qt (PySide6, shiboken6) nor ``ui``;
- ``app.storage`` never imports ``app.export``;
- a domain module (``app/*.py``) never imports ``app.storage`` nor ``app.export``;
- a window of ``ui/`` never imports the command line (the ``ui.cli`` package, ``ui/cli*.py``);
- ``ui/`` reaches storage only through ``app.storage.api``.

The rules are functions of a folder, so the last test runs them on a small made-up tree where each
is broken once, and sees each reported.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOP_PACKAGES = ("app", "ui")
SKIPPED_DIRS = {"migrations", "__pycache__"}  # alembic's generated scripts
ENTRY_POINT = "ui.main"
QT = ("PySide6", "shiboken6")


@dataclass
class Graph:
    """The modules under ``root`` (dotted name -> file) and, per module, the imports it makes:
    ``local`` to other modules of the tree, ``outside`` to anything else (as written)."""

    root: Path
    files: dict[str, Path] = field(default_factory=dict)
    local: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    outside: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # (importer, imported) -> where the import is written when not at the top of the module:
    # "in a function", "under TYPE_CHECKING" (shown in a cycle's message: they are cycles all the same)
    where: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))

    def is_package(self, module: str) -> bool:
        """Whether ``module`` is a package (its ``__init__.py``)."""
        return self.files[module].name == "__init__.py"


def module_files(root: Path) -> dict[str, Path]:
    """Every module of ``app/`` and ``ui/`` under ``root`` by its dotted name."""
    files: dict[str, Path] = {}
    for top in TOP_PACKAGES:
        for path in sorted((root / top).rglob("*.py")):
            rel = path.relative_to(root)
            if SKIPPED_DIRS & set(rel.parts):
                continue
            parts = list(rel.with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            files[".".join(parts)] = path
    return files


def _places(tree: ast.Module) -> dict[int, str]:
    """id() of each import statement written inside a function or under ``if TYPE_CHECKING:`` -> which."""
    places: dict[int, str] = {}

    def visit(node: ast.AST, place: str) -> None:
        for child in ast.iter_child_nodes(node):
            here = place
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                here = place or "in a function"
            elif isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for sub in child.body:
                    visit_one(sub, "under TYPE_CHECKING")
                for sub in child.orelse:
                    visit_one(sub, place)
                continue
            visit_one(child, here)

    def visit_one(node: ast.AST, place: str) -> None:
        if isinstance(node, ast.Import | ast.ImportFrom) and place:
            places[id(node)] = place
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            place = place or "in a function"
        visit(node, place)

    visit(tree, "")
    return places


def imported_names(module: str, path: Path, files: dict[str, Path]) -> list[tuple[str, str]]:
    """The absolute dotted names ``module`` imports, anywhere in its file, each with where it is
    written ("" at the top of the module, "in a function", "under TYPE_CHECKING")."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    places = _places(tree)
    names: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        place = places.get(id(node), "")
        if isinstance(node, ast.Import):
            names += [(alias.name, place) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join([*package, base] if base else package)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                names.append((full if full in files else base, place))
    return names


def build_graph(root: Path) -> Graph:
    """The import graph of ``app/`` and ``ui/`` under ``root``."""
    graph = Graph(root, module_files(root))
    for module, path in graph.files.items():
        for name, place in imported_names(module, path, graph.files):
            target = name
            while target and target not in graph.files:
                target = target.rpartition(".")[0]
            if not target:
                graph.outside[module].add(name)
            elif target != module:
                graph.local[module].add(target)
                graph.where[module, target].add(place)
    return graph


def strongly_connected(nodes: Iterable[str], arrows: dict[str, set[str]]) -> list[list[str]]:
    """The cycles of a graph: its strongly connected components of more than one node (Tarjan's,
    without recursion), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(nodes):
        if start in index:
            continue
        work = [(start, iter(sorted(arrows.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(arrows.get(target, ())))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return sorted(found)


def package_of(graph: Graph, module: str) -> str:
    """The package a module belongs to as a node of the package graph: a package's ``__init__`` is
    the package; ``ui.main`` (the entry point) stands alone."""
    if module == ENTRY_POINT or graph.is_package(module):
        return module
    return module.rpartition(".")[0]


def _arrow(graph: Graph, module: str, target: str) -> str:
    """``target``, with where ``module`` imports it when only inside a function or for type checking."""
    places = graph.where.get((module, target), {""})
    return target if "" in places else f"{target} ({', '.join(sorted(places))})"


def module_cycles(graph: Graph) -> list[str]:
    """Import cycles between modules, each member with the members it imports."""
    out = []
    for component in strongly_connected(graph.files, graph.local):
        members = set(component)
        lines = [f"module import cycle between {', '.join(component)}:"]
        lines += [f"    {m} -> {', '.join(_arrow(graph, m, t) for t in sorted(graph.local[m] & members))}"
                  for m in component]
        out.append("\n".join(lines))
    return out


def package_arrows(graph: Graph) -> dict[str, set[str]]:
    """Package -> the packages its modules import (the modules that do it are in ``package_culprits``)."""
    arrows: dict[str, set[str]] = defaultdict(set)
    for module, targets in graph.local.items():
        for target in targets:
            a, b = package_of(graph, module), package_of(graph, target)
            if a != b:
                arrows[a].add(b)
    return arrows


def package_cycles(graph: Graph, shown: int = 3) -> list[str]:
    """Import cycles between packages, each arrow with (the first ``shown`` of) the module imports
    that make it: the arrow with the fewest is most often the one to remove."""
    arrows = package_arrows(graph)
    nodes = {package_of(graph, m) for m in graph.files}
    out = []
    for component in strongly_connected(nodes, arrows):
        members = set(component)
        lines = [f"package import cycle between {', '.join(component)}:"]
        for a in component:
            for b in sorted(arrows.get(a, set()) & members):
                made = sorted(f"{m} imports {t}" for m, targets in graph.local.items() for t in targets
                              if package_of(graph, m) == a and package_of(graph, t) == b)
                more = f" (and {len(made) - shown} more)" if len(made) > shown else ""
                lines.append(f"    {a} -> {b}: {'; '.join(made[:shown])}{more}")
        out.append("\n".join(lines))
    return out


def _arrows(graph: Graph, source: Callable[[str], bool], target: Callable[[str], bool],
            why: str) -> list[str]:
    """Every local import from a module ``source`` accepts to one ``target`` accepts, as a line."""
    return [f"{m} imports {t}: {why}" for m in sorted(graph.local) if source(m)
            for t in sorted(graph.local[m]) if target(t)]


def _in(package: str) -> Callable[[str], bool]:
    return lambda m: m == package or m.startswith(package + ".")


def is_cli(module: str) -> bool:
    """The command line: the ``ui.cli`` package, or a ``ui/cli*.py`` module."""
    return _in("ui.cli")(module) or (module.count(".") == 1 and module.startswith("ui.cli"))


def is_domain(graph: Graph, module: str) -> bool:
    """A top-level module of ``app/`` (formats, the engine, rotation...): not storage nor export."""
    return package_of(graph, module) == "app" and module != "app"


def app_imports_qt_or_ui(graph: Graph) -> list[str]:
    """``app/`` importing Qt or ``ui``."""
    qt = [f"{m} imports {name}: app/ never imports Qt (it runs without a screen)"
          for m in sorted(graph.outside) if _in("app")(m)
          for name in sorted(graph.outside[m]) if name.split(".")[0] in QT]
    return qt + _arrows(graph, _in("app"), _in("ui"), "app/ never imports ui/")


def storage_imports_export(graph: Graph) -> list[str]:
    """``app.storage`` importing ``app.export``."""
    return _arrows(graph, _in("app.storage"), _in("app.export"),
                   "storage keeps the data; sheets are made from it, never the other way")


def domain_imports_storage_or_export(graph: Graph) -> list[str]:
    """A domain module importing storage or export."""
    return _arrows(graph, lambda m: is_domain(graph, m),
                   lambda t: _in("app.storage")(t) or _in("app.export")(t),
                   "the domain (app/*.py) is plain data and rules; storage and export build on it")


def gui_imports_cli(graph: Graph) -> list[str]:
    """A window (any ``ui`` module but the command line and the entry point) importing the CLI."""
    return _arrows(graph, lambda m: _in("ui")(m) and not is_cli(m) and m != ENTRY_POINT, is_cli,
                   "the windows never import the command line (ui/main.py, the entry point, may)")


def ui_imports_storage_inside(graph: Graph) -> list[str]:
    """``ui`` importing a storage module other than ``app.storage.api``."""
    return _arrows(graph, _in("ui"), lambda t: _in("app.storage")(t) and t != "app.storage.api",
                   "ui/ reaches storage only through app.storage.api (add the name there)")


RULES: dict[str, Callable[[Graph], list[str]]] = {
    "module cycles": module_cycles,
    "package cycles": package_cycles,
    "app imports Qt or ui": app_imports_qt_or_ui,
    "storage imports export": storage_imports_export,
    "domain imports storage or export": domain_imports_storage_or_export,
    "GUI imports CLI": gui_imports_cli,
    "ui imports storage past the api": ui_imports_storage_inside,
}


def _report(problems: list[str]) -> str:
    return f"{len(problems)} problem(s):\n" + "\n".join(problems)


GRAPH = build_graph(ROOT)


def test_the_graph_is_read():
    """The graph holds what it should: else every rule below would pass on nothing."""
    assert "app.engine" in GRAPH.files and "ui.main" in GRAPH.files
    assert not any("migrations" in m for m in GRAPH.files)
    assert "app.clock" in GRAPH.local["ui.history"]
    assert "app.storage.api" in GRAPH.local["ui.history"]
    assert any(name.startswith("PySide6") for name in GRAPH.outside["ui.history"])


def test_no_import_cycle_between_modules():
    problems = module_cycles(GRAPH)
    assert not problems, _report(problems)


def test_no_import_cycle_between_packages():
    problems = package_cycles(GRAPH)
    assert not problems, _report(problems)


def test_app_never_imports_qt_or_ui():
    problems = app_imports_qt_or_ui(GRAPH)
    assert not problems, _report(problems)


def test_storage_never_imports_export():
    problems = storage_imports_export(GRAPH)
    assert not problems, _report(problems)


def test_domain_never_imports_storage_or_export():
    problems = domain_imports_storage_or_export(GRAPH)
    assert not problems, _report(problems)


def test_windows_never_import_the_command_line():
    problems = gui_imports_cli(GRAPH)
    assert not problems, _report(problems)


def test_ui_reaches_storage_only_through_its_api():
    problems = ui_imports_storage_inside(GRAPH)
    assert not problems, _report(problems)


# -- the rules can fail -------------------------------------------------------------------------------
SMALL_TREE = {
    "app/__init__.py": "",
    "app/clock.py": "import time\n",
    "app/engine.py": "from app import clock\nfrom . import rotation\n",
    "app/rotation.py": "def f():\n    from app.engine import x  # a cycle made inside a function\n",
    "app/rules.py": ("from typing import TYPE_CHECKING\n"
                     "if TYPE_CHECKING:\n    from app.storage.store import Store\n"),
    "app/qtless.py": "from PySide6.QtCore import QObject\n",
    "app/storage/__init__.py": "",
    "app/storage/api.py": "from .store import Store\n",
    "app/storage/store.py": "from app.export import sheet\n",
    "app/export/__init__.py": "",
    "app/export/sheet.py": "import app.clock\n",
    "ui/__init__.py": "",
    "ui/main.py": "from ui import cli\nfrom ui.cli import commands\n",  # the entry point may
    "ui/window.py": "from app.storage.api import Store\nfrom app.storage import store\n",
    "ui/console.py": "from .cli.commands import run\n",
    "ui/cli_team.py": "from ui.window import x\n",
    "ui/cli/__init__.py": "",
    "ui/cli/commands.py": "from ui.window import x\n",
}


def test_each_rule_finds_what_it_forbids(tmp_path):
    """On a made-up tree breaking each rule once, each rule names the modules that break it."""
    for name, text in SMALL_TREE.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "app" / "storage" / "migrations").mkdir()
    (tmp_path / "app" / "storage" / "migrations" / "env.py").write_text("import ui.window\n")
    graph = build_graph(tmp_path)
    found = {name: rule(graph) for name, rule in RULES.items()}

    assert found["module cycles"] == [
        "module import cycle between app.engine, app.rotation:\n"
        "    app.engine -> app.rotation\n"
        "    app.rotation -> app.engine (in a function)"]
    packages = "\n".join(found["package cycles"])
    # app.rules -> app.storage.store -> app.export.sheet -> app.clock
    assert "package import cycle between app, app.export, app.storage:" in packages
    assert "    app -> app.storage: app.rules imports app.storage.store\n" in packages
    assert "package import cycle between ui, ui.cli:" in packages  # ui.console <-> ui.cli.commands
    assert "    ui -> ui.cli: ui.console imports ui.cli.commands\n" in packages
    assert "ui.main" not in packages  # the entry point imports the CLI and is no part of a cycle
    assert found["app imports Qt or ui"] == [
        "app.qtless imports PySide6.QtCore: app/ never imports Qt (it runs without a screen)"]
    assert found["storage imports export"] == [
        "app.storage.store imports app.export.sheet: storage keeps the data; sheets are made from it, "
        "never the other way"]
    assert [p.split(":")[0] for p in found["domain imports storage or export"]] == [
        "app.rules imports app.storage.store"]
    assert [p.split(":")[0] for p in found["GUI imports CLI"]] == ["ui.console imports ui.cli.commands"]
    assert [p.split(":")[0] for p in found["ui imports storage past the api"]] == [
        "ui.window imports app.storage.store"]
    assert graph.where["app.rules", "app.storage.store"] == {"under TYPE_CHECKING"}
    assert graph.where["app.engine", "app.rotation"] == {""}  # at the top
    assert "app.storage.migrations.env" not in graph.files  # alembic's scripts are not modules of Runde


def test_from_package_import_module_is_an_arrow_to_the_module(tmp_path):
    """``from app import clock`` is an import of ``app.clock``; ``from app.clock import x`` too; a
    name that is no module is an import of the package."""
    for name, text in {"app/__init__.py": "", "app/clock.py": "",
                       "app/a.py": "from app import clock, VERSION\n",
                       "app/b.py": "from .clock import now\nimport app.clock as c\n"}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    graph = build_graph(tmp_path)
    assert graph.local["app.a"] == {"app.clock", "app"}
    assert graph.local["app.b"] == {"app.clock"}
