"""Nothing heavy is imported before the first window: storage, Alembic and reportlab come after."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_first_window_needs_no_database_or_pdf_modules() -> None:
    code = ("import sys, ui.application, ui.main; "
            "print(sorted(m for m in ('sqlalchemy', 'alembic', 'reportlab') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         timeout=60, check=True)
    assert out.stdout.strip() == "[]"


def test_runde_run_paints_the_room_without_the_start_screen_modules() -> None:
    """``runde run`` goes straight to the room's view: the start screen's modules (and QStyle's enums, which
    the wrapping check box names) and the chime (1.5 s later) are not loaded before its first paint
    (docs/PERFORMANCE.md)."""
    code = ("import sys, ui.application, ui.main, ui.cli; "
            "print(sorted(m for m in ('ui.start_screen', 'ui.plan_bar', 'ui.flow_layout', 'ui.wrapping', "
            "'ui.chime') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         timeout=60, check=True)
    assert out.stdout.strip() == "[]"
