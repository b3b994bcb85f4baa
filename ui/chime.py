"""An optional chime at phase changes. Fails quietly: no QtMultimedia, no sound device, no sound."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from app.engine import Phase
from app.paths import resources_dir

SOUNDS = {"soft": "chime-soft.wav", "two-tone": "chime-two-tone.wav"}


class Chime(QObject):
    """Plays a short sound when the countdown reaches its warning phase or runs over time."""

    def __init__(self, sound: str = "soft", volume: float = 0.6, enabled: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.available = False
        self._effect = None
        try:  # QtMultimedia lives in PySide6-Addons; without it Runde is silent, not broken
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            return
        effect = QSoundEffect(self)
        path = resources_dir() / "sounds" / SOUNDS.get(sound, SOUNDS["soft"])
        effect.setSource(QUrl.fromLocalFile(str(Path(path))))
        effect.setVolume(max(0.0, min(1.0, volume)))
        self._effect = effect
        self.available = True

    def set_sound(self, sound: str) -> None:
        """Use another of the chimes in ``SOUNDS``."""
        if self._effect is not None:
            path = resources_dir() / "sounds" / SOUNDS.get(sound, SOUNDS["soft"])
            self._effect.setSource(QUrl.fromLocalFile(str(Path(path))))

    def play(self) -> bool:
        """Play once now (the settings' try button); False if there is nothing to play on."""
        if self._effect is None:
            return False
        try:
            self._effect.play()
        except RuntimeError:
            return False
        return True

    def set_volume(self, volume: float) -> None:
        """0.0 to 1.0."""
        if self._effect is not None:
            self._effect.setVolume(max(0.0, min(1.0, volume)))

    def on_phase(self, phase: object) -> bool:
        """Chime for the warning phase and for over time; True if a sound was asked for."""
        if not self.enabled or self._effect is None:
            return False
        if phase not in (Phase.WARNING, Phase.OVERTIME):
            return False
        try:
            self._effect.play()
        except RuntimeError:  # a broken audio backend: stay silent
            return False
        return True
