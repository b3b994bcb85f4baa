"""Text as every writer takes it: one kind of line break, no control characters (no reportlab here,
so the preview, Markdown and CSV load without it)."""

from __future__ import annotations

import re

# Line and paragraph separators all become "\n"; a tab prints as a space.
_LINE_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x1c": "\n", "\x1d": "\n",
                              "\x1e": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n", "\t": " "})

# Characters that never print: controls (but newline) and lone surrogates.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def normalise(text: str) -> str:
    """Line breaks as "\\n", tabs as spaces, controls and lone surrogates removed."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").translate(_LINE_BREAKS))
