"""The chime: asked for at warning and over time, silent otherwise, never a crash without sound."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.engine import Phase
from ui.chime import Chime


def test_chime_only_for_warning_and_overtime(qtbot: QtBot) -> None:
    chime = Chime()
    if not chime.available:  # no QtMultimedia here: it must stay silent, not fail
        assert chime.on_phase(Phase.WARNING) is False
        return
    assert chime.on_phase(Phase.NORMAL) is False
    assert chime.on_phase(Phase.WARNING) is True
    assert chime.on_phase(Phase.OVERTIME) is True
    chime.enabled = False
    assert chime.on_phase(Phase.OVERTIME) is False


def test_chime_without_a_sound_device_is_quiet(qtbot: QtBot) -> None:
    chime = Chime(volume=5.0)  # absurd volume is clamped; no audio server on CI
    if chime.available:  # (the loudness is heard, not shown: read from Qt's sound effect it plays on)
        from PySide6.QtMultimedia import QSoundEffect

        effect = chime.findChild(QSoundEffect)
        assert effect is not None and effect.volume() == 1.0
        chime.set_volume(-1)
        assert effect.volume() == 0.0
    chime.on_phase(Phase.OVERTIME)
    qtbot.wait(50)  # the effect reports its error asynchronously; the app must still be alive
    assert chime.enabled
