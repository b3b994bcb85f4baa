"""Typed, versioned user settings, saved as JSON in the config folder."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from app.private import private_dir, write_private

PREFERENCES_VERSION = 1


@dataclass(frozen=True)
class Preferences:
    """Every setting with its default. Unknown keys in a file are ignored, missing ones filled in."""

    version: int = PREFERENCES_VERSION
    language: str = ""  # "" follows the system
    room_screen: int = -1  # -1: the first screen that is not the primary one
    flash: bool = True
    sound: bool = True
    chime: str = "soft"  # "soft" | "two-tone" (ui/chime.py SOUNDS)
    volume: float = 0.6
    warning_s: int = -1  # -1: the warning time each format sets; else seconds before a step's end
    theme: str = "dark"  # "dark" | "high_contrast"
    text_scale: float = 1.0  # the app's text size on top of the system's (the room's view fits itself)
    last_team: str = ""


def _coerce(default: object, value: object) -> object:
    """Keep a value only if it has the default's type (bool is not an int here)."""
    if isinstance(default, bool):
        return value if isinstance(value, bool) else default
    if isinstance(default, float):
        return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else default
    if isinstance(default, int):
        return value if isinstance(value, int) and not isinstance(value, bool) else default
    if isinstance(default, str):
        return value if isinstance(value, str) else default
    return default


def load_preferences(path: Path) -> Preferences:
    """Read settings; a missing or broken file gives the defaults (the broken file is kept aside)."""
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.replace(path, path.with_name(path.name + ".broken"))
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    base = Preferences()
    values = {f.name: _coerce(getattr(base, f.name), raw.get(f.name, getattr(base, f.name)))
              for f in fields(Preferences) if f.name != "version"}
    return _clamped(replace(base, **values))  # type: ignore[arg-type]


THEMES = ("dark", "high_contrast")
CHIMES = ("soft", "two-tone")
TEXT_SCALES = (0.75, 2.5)


def _clamped(prefs: Preferences) -> Preferences:
    """Values a hand-edited file could put out of range, brought back into it."""
    lo, hi = TEXT_SCALES
    return replace(
        prefs,
        volume=min(1.0, max(0.0, prefs.volume)),
        text_scale=min(hi, max(lo, prefs.text_scale)),
        warning_s=prefs.warning_s if -1 <= prefs.warning_s <= 3600 else -1,
        theme=prefs.theme if prefs.theme in THEMES else "dark",
        chime=prefs.chime if prefs.chime in CHIMES else "soft",
        language=prefs.language if prefs.language in {"", "en", "da", "nb", "sv", "fi"} else "",
    )


def save_preferences(prefs: Preferences, path: Path) -> None:
    """Write settings atomically, readable by this user only (app.private)."""
    private_dir(path.parent)
    write_private(path, json.dumps(asdict(prefs), indent=2).encode("utf-8"))
