"""Every text given to ``QCoreApplication.translate`` reaches the translation files.

Seen on the room's Danish console: the ready-made messages ("2 minutes left", "Please round off",
"Short break") stayed English, because they were translated through a short alias (``t = ...``)
that pyside6-lupdate does not read, so they never reached resources/i18n/*.ts.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.ui.test_nordic import ROOT, _lupdate_sources


def _translate_calls() -> set[tuple[str, str, str]]:
    """(file, context, source) of every call, under any name, of ``QCoreApplication.translate``
    with literal texts."""
    found = set()
    for path in sorted((ROOT / "ui").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {"translate"}
        for node in ast.walk(tree):  # names bound to QCoreApplication.translate
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute)
                    and node.value.attr == "translate"):
                names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            f = node.func
            called = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            ctx, src = node.args[0], node.args[1]
            if (called in names and isinstance(ctx, ast.Constant) and isinstance(ctx.value, str)
                    and isinstance(src, ast.Constant) and isinstance(src.value, str)):
                found.add((path.name, ctx.value, src.value))
    return found


def test_every_translated_text_is_found_by_lupdate(tmp_path: Path) -> None:
    calls = _translate_calls()
    assert ("room_message.py", "RoomMessage", "Short break") in calls
    found = _lupdate_sources(tmp_path)
    missed = sorted(c for c in calls if (c[1], c[2]) not in found)
    assert not missed, f"pyside6-lupdate does not see {missed[:5]}"
