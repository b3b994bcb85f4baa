"""A hook for the bundle's smoke test: ``RUNDE_SMOKE_KEYS="space,pagedown,p"`` presses those keys in a
``runde run`` meeting, prints one line ``SMOKE {json}`` with the resulting state, and quits.

Only active when the environment variable is set; nothing of it runs in normal use.
"""

from __future__ import annotations

import json
import os

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ui.keys import action_for
from ui.meeting_controller import MeetingController

ENV = "RUNDE_SMOKE_KEYS"
KEY_NAMES = {
    "space": Qt.Key.Key_Space, "pagedown": Qt.Key.Key_PageDown, "pageup": Qt.Key.Key_PageUp,
    "right": Qt.Key.Key_Right, "left": Qt.Key.Key_Left, "plus": Qt.Key.Key_Plus,
    "minus": Qt.Key.Key_Minus, "p": Qt.Key.Key_P, "b": Qt.Key.Key_B,
}


def install(ctl: MeetingController) -> bool:
    """Schedule the keys if the variable is set; True if it was."""
    spec = os.environ.get(ENV)
    if spec is None:
        return False
    keys = [KEY_NAMES[k.strip().lower()] for k in spec.split(",") if k.strip()]

    def run() -> None:
        for key in keys:
            action = action_for(key, Qt.KeyboardModifier.NoModifier, typing=False)
            if action is not None:
                ctl.on_action(action)
        view = ctl.meeting.view()
        print("SMOKE " + json.dumps({  # noqa: T201  (the smoke test reads stdout)
            "state": view.state.value, "step": view.step.id,
            "speaker": view.round.speaker.name if view.round and view.round.speaker else None,
            "turns": [[t.name, t.status.value] for t in view.round.turns] if view.round else [],
            "screen": ctl.router.current.name() if ctl.router.current else None,
            "room_visible": ctl.room.isVisible(),
        }, ensure_ascii=False), flush=True)
        QApplication.quit()

    QTimer.singleShot(200, run)
    return True
