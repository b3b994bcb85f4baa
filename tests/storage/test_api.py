"""app.storage.api: every name ui/ may use resolves to its owner's object, and importing the module
alone loads no storage (the names are looked up when first asked for)."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

from app.storage import api

ROOT = Path(__file__).resolve().parents[2]


def _imported_for_type_checkers() -> dict[str, str]:
    """Each name the ``if TYPE_CHECKING:`` block imports, and the module it comes from."""
    tree = ast.parse((ROOT / "app" / "storage" / "api.py").read_text(encoding="utf-8"))
    block = next(n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING")
    names: dict[str, str] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom) and node.module is not None
        for alias in node.names:
            names[alias.name] = f"app.storage.{alias.name}" if node.module == "app.storage" else node.module
    return names


def test_the_imports_all_and_the_lazy_look_up_name_the_same_things() -> None:
    typed = _imported_for_type_checkers()
    assert set(typed) == set(api.__all__)
    for name, home in typed.items():
        want = importlib.import_module(home) if home == f"app.storage.{name}" else getattr(
            importlib.import_module(home), name)
        assert getattr(api, name) is want, name


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        api.__getattr__("no_such_name")
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("an unknown name was found")


def test_importing_the_api_loads_no_database_module() -> None:
    code = ("import sys, app.storage.api; "
            "print(sorted(m for m in ('sqlalchemy', 'alembic', 'app.storage.store') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         timeout=60, check=True)
    assert out.stdout.strip() == "[]"
