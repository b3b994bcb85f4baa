"""Translation sources: ``update`` extracts every tr() string from ui/ (its packages too, such as
ui/cli/) into resources/i18n/*.ts, ``release`` compiles them into the .qm files Runde loads.

    .venv/bin/python scripts/i18n.py update     # pyside6-lupdate
    .venv/bin/python scripts/i18n.py release    # pyside6-lrelease
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("en", "da", "nb", "sv", "fi")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 (python3 scripts/dev.py setup)")
    return found


def sources() -> list[str]:
    """Every Python file under ui/, its packages (ui/cli/) included, relative to the repository."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("**/*.py"))


def update() -> None:
    """Refresh the .ts files from the sources (obsolete strings are dropped)."""
    I18N.mkdir(parents=True, exist_ok=True)
    files = sources()
    for lang in LANGS:
        ts = I18N / f"runde_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-target-language", lang,
                        *files, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def release() -> None:
    """Compile every .ts into .qm."""
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)


if __name__ == "__main__":
    {"update": update, "release": release}[sys.argv[1] if len(sys.argv) > 1 else "update"]()
