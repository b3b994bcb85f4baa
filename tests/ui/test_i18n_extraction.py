"""Every ``QCoreApplication.translate("Context", "text")`` in ``ui/`` is one that ``pyside6-lupdate`` finds.

lupdate reads the call by its name: ``QCoreApplication.translate(...)`` and ``translate(...)`` are found,
a shorter alias (``t = QCoreApplication.translate; t("RoomMessage", ...)``) is not, and its text then
never reaches the ``.ts`` files: it stays English in every language however it is translated (the
room's ready-made messages on a Danish console did). The calls are read from the code's syntax tree.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.ui.test_nordic import _lupdate_sources

ROOT = Path(__file__).resolve().parents[2]


def _is_translate(node: ast.expr) -> bool:
    """``QCoreApplication.translate`` (or ``QApplication.translate``) itself."""
    return (isinstance(node, ast.Attribute) and node.attr == "translate"
            and isinstance(node.value, ast.Name) and node.value.id.endswith("Application"))


def translate_calls(source: str) -> set[tuple[str, str]]:
    """The (context, text) of every translate call with literal arguments, through any alias of it."""
    tree = ast.parse(source)
    aliases = {target.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
               and _is_translate(node.value) for target in node.targets if isinstance(target, ast.Name)}
    found = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        named = isinstance(node.func, ast.Name) and node.func.id in aliases
        if not (named or _is_translate(node.func)):
            continue
        context, text = node.args[0], node.args[1]
        if isinstance(context, ast.Constant) and isinstance(text, ast.Constant) \
                and isinstance(context.value, str) and isinstance(text.value, str):
            found.add((context.value, text.value))
    return found


def test_an_alias_of_translate_is_seen_by_this_test() -> None:
    code = ("from PySide6.QtCore import QCoreApplication\n"
            "def f():\n    t = QCoreApplication.translate\n    return t('RoomMessage', 'Short break')\n")
    assert translate_calls(code) == {("RoomMessage", "Short break")}


def test_lupdate_finds_every_translate_call_in_the_code(tmp_path: Path) -> None:
    in_code = {pair for path in sorted((ROOT / "ui").glob("*.py"))
               for pair in translate_calls(path.read_text(encoding="utf-8"))}
    assert ("RoomMessage", "Please round off") in in_code  # the room's ready-made messages are looked at
    missed = in_code - _lupdate_sources(tmp_path)
    assert not missed, (f"lupdate does not see {sorted(missed)[:5]}: call QCoreApplication.translate "
                        "(or an alias named translate) by that name")
