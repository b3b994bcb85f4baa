"""What search compares, and the short piece of text a search hit shows."""

from __future__ import annotations

import unicodedata

SNIPPET = 240


def search_key(text: str) -> str:
    """NFKC and case-folded, so "Ærø", "ÆRØ" and "ærø" match, and "ß" finds "ss". Accents stay:
    ø is not o in Nordic languages."""
    return unicodedata.normalize("NFKC", text).casefold()


def snippet(text: str, key: str, needle: str, width: int = SNIPPET) -> str:
    """Up to ``width`` characters of ``text`` around the first match of ``needle`` in ``key``.

    ``key`` is ``search_key(text)``; folding can change lengths (ß -> ss), so the window is placed by
    the proportional position, which is exact for the usual case of equal lengths.
    """
    if len(text) <= width:
        return text
    at = max(key.find(needle) if needle else 0, 0)
    pos = at * len(text) // max(len(key), 1)
    start = max(0, min(pos - width // 3, len(text) - width))
    piece = text[start:start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")
