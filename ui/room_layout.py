"""The room's view's geometry that needs no widget: a long text in a few lines (whole sentences first),
the round's names as chips in rows, and the record of what was painted where, with the checks a test
makes on it (nothing overlaps, every text fits)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption


def sentences(text: str) -> list[str]:
    """``text`` split after each full stop, question or exclamation mark that a capital letter follows
    ("e.g. new procedures" and "ca. 1 min." stay in their sentence)."""
    out, start = [], 0
    for m in re.finditer(r"[.!?…][)\]»”\"']?\s+", text):
        following = text[m.end():m.end() + 1]
        if following.isupper():
            out.append(text[start:m.end()].strip())
            start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def wrap_lines(text: str, font: QFont, width: float) -> list[tuple[int, str]]:
    """``text`` broken into lines no wider than ``width`` (between words, inside a word only when it is
    longer than a line): (where the line starts in ``text``, the line)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start = line.textStart()
        lines.append((start, text[start:start + line.textLength()].strip()))
    layout.endLayout()
    return lines


def short_form(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """A long text as the room reads it in ``max_lines`` lines: all of it if it fits, else as many whole
    sentences from the start as fit, else the first sentence cut with "…" at the end of the last line."""
    lines = wrap_lines(text, font, width)
    if len(lines) <= max_lines:
        return [line for _, line in lines]
    kept: list[str] = []
    so_far = ""
    for sentence in sentences(text):
        longer = f"{so_far} {sentence}".strip()
        wrapped = wrap_lines(longer, font, width)
        if len(wrapped) > max_lines:
            break
        so_far, kept = longer, [line for _, line in wrapped]
    if kept:
        return kept
    first = sentences(text)[0]
    wrapped = wrap_lines(first, font, width)[:max_lines]
    last_start = wrapped[-1][0]
    tail = QFontMetricsF(font).elidedText(first[last_start:].strip(), Qt.TextElideMode.ElideRight, width)
    return [line for _, line in wrapped[:-1]] + [tail]


@dataclass(frozen=True)
class Painted:
    """One element as it was painted: where, what, and in which font (``flags`` as given to drawText)."""

    name: str
    rect: QRectF
    text: str
    font: QFont
    flags: int

    def needs(self) -> QRectF:
        """The room its text takes, laid out as it was painted."""
        return QFontMetricsF(self.font).boundingRect(self.rect, self.flags, self.text)


def _rows(widths: list[float], width: float, gap: float) -> list[list[int]]:
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, w in enumerate(widths):
        if rows[-1] and used + gap + w > width:
            rows.append([])
            used = 0.0
        used += (gap if rows[-1] else 0.0) + w
        rows[-1].append(i)
    return rows


def flow_chips(widths: list[float], width: float, row_h: float, gap: float) -> tuple[list[QRectF], list[int]]:
    """Chips of these widths in as few rows no wider than ``width`` as they need, the rows about as long
    as each other (nine names in rows of five and four, not eight and one), each row centred."""
    rows = _rows(widths, width, gap)
    narrow, wide = max(widths), width  # the narrowest width that still needs no more rows
    for _ in range(12):
        mid = (narrow + wide) / 2
        if len(_rows(widths, mid, gap)) <= len(rows):
            wide = mid
        else:
            narrow = mid
    rows = _rows(widths, wide, gap)
    chips: list[QRectF] = [QRectF()] * len(widths)
    row_of = [0] * len(widths)
    for r, members in enumerate(rows):
        total = sum(widths[i] for i in members) + gap * (len(members) - 1)
        x = (width - total) / 2
        for i in members:
            chips[i] = QRectF(x, r * row_h + gap / 2, widths[i], row_h - gap)
            row_of[i] = r
            x += widths[i] + gap
    return chips, row_of


def overlaps(items: list[Painted]) -> Iterator[tuple[str, str]]:
    """Pairs of painted elements whose rectangles intersect (for tests)."""
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if a.rect.intersected(b.rect).width() > 0.5 and a.rect.intersected(b.rect).height() > 0.5:
                yield a.name, b.name


def overflows(items: list[Painted]) -> list[str]:
    """Elements whose text needs more room than they were given (for tests)."""
    out = []
    for it in items:
        need = it.needs()
        if need.width() > it.rect.width() + 1 or need.height() > it.rect.height() + 1:
            out.append(f"{it.name}: {it.text[:40]!r} needs {need.width():.0f}x{need.height():.0f} "
                       f"in {it.rect.width():.0f}x{it.rect.height():.0f}")
    return out
