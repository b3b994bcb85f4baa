"""The embedded font (DejaVu Sans, regular and bold) and the text exactly as it prints in it: what
the PDF and its chart both need (no other reportlab here)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from app.export.text import normalise
from app.paths import resources_dir

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"


_rl_to_unicode_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap, with characters above U+FFFF written as UTF-16BE as PDF requires.

    NOTE: WORKAROUND for reportlab 5.1 ``makeToUnicodeCMap`` writing them as 5-6 hex digits
    (``<1F60D>``), which readers reject: such characters (DejaVu has some emoji and symbols)
    printed but could not be copied, searched or read aloud.
    """
    text: str = _rl_to_unicode_cmap(fontname, subset)
    for i, cp in enumerate(subset):
        if cp > 0xFFFF:
            utf16 = chr(cp).encode("utf-16-be").hex().upper()
            text = text.replace(f"<{i:02X}> <{cp:04X}>\n", f"<{i:02X}> <{utf16}>\n")
    return text


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) once, with ``<b>`` mapped to the bold face."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@cache
def glyph_map() -> Mapping[int, int]:
    """The embedded font's character map: code point to glyph."""
    register_fonts()
    face: Any = pdfmetrics.getFont(FONT).face
    cmap: Mapping[int, int] = face.charToGlyph
    return cmap


@lru_cache(maxsize=4096)  # a sheet prints the same names and labels many times over
def printable(text: str) -> str:
    """User text exactly as it will print: normalised, and without the characters the font has no
    glyph for (they would print as boxes; :func:`missing_glyphs` reports them before export).
    A space the font lacks becomes a plain space."""
    text = normalise(text)
    cmap = glyph_map()
    absent = {ord(c): " " if c.isspace() else None for c in set(text) if ord(c) not in cmap and c != "\n"}
    return text.translate(absent) if absent else text


