"""A small chart of each meeting's planned against actual minutes, for the staff sheet's first page.

Horizontal bars, one group per meeting (oldest at the top): planned as a light grey, outlined bar,
actual as a darker, striped, black-outlined bar under it, so the two differ in pattern, outline and
order as well as shade and read the same on a black-and-white printer. The value is printed at each
bar's end, a minutes axis with light gridlines runs along the foot, a legend sits on top. Drawn with
reportlab's own graphics in DejaVu Sans (:func:`app.export.fonts.register_fonts`); labels are user
text, drawn as plain strings (never markup) and cut with an ellipsis when too long.

With 26 meetings (a year of meetings every other week) the drawing is about 400 points tall: within
half an A4 page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.export.fonts import FONT, FONT_BOLD, printable, register_fonts

PLOT_BUDGET = 340.0  # points of bars at most: 26 meetings fit within half an A4 page
MAX_PITCH = 30.0  # points per meeting at most (one or a few meetings)
MAX_MINUTES = 9999.0  # longer is drawn as this, and written "≥9999"
LABEL_SHARE = 0.22  # of the width at most, for the meetings' labels
MIN_VALUE_BAR = 3.5  # points: thinner bars (over about 35 meetings) get no values
STRIPE_STEP = 2.4  # points from one stripe of the actual bar to the next
STRIPE_INK = 0.9  # points: each stripe's width
PLANNED_FILL = colors.HexColor("#d4d4d4")
ACTUAL_FILL = colors.HexColor("#9a9a9a")  # under the stripes: dark grey where dots blur them
GRID = colors.HexColor("#bdbdbd")
INK = colors.black


@dataclass(frozen=True)
class _Layout:
    """Where things go, in points from the drawing's bottom left."""

    width: float
    pitch: float  # one meeting's height
    bar: float  # one bar's thickness
    label_font: float
    value_font: float
    plot_left: float
    plot_width: float
    axis_y: float  # the minutes axis; the bars start above it
    top: float  # the top of the bars' area
    height: float


def _minutes(value: float) -> float | None:
    """A drawable number of minutes: None when not a number, 0 when below 0, at most MAX_MINUTES."""
    try:
        v = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if math.isnan(v):
        return None
    return min(max(v, 0.0), MAX_MINUTES)


def _value_text(value: float | None) -> str:
    if value is None:
        return "–"
    if value >= MAX_MINUTES:
        return f"≥{MAX_MINUTES:.0f}"
    return f"{value:.0f}" if value >= 10 or value == round(value) else f"{value:.1f}"


def _one_line(text: str) -> str:
    """User or translated text as one printable line."""
    return " ".join(printable(str(text)).split())


def _clip(text: str, font: str, size: float, room: float) -> str:
    """``text`` cut with an ellipsis to fit ``room`` points."""
    if stringWidth(text, font, size) <= room:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid].rstrip() + "…", font, size) <= room:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…" if lo else ""


def _nice_step(top: float, ticks: int = 6) -> float:
    """A round gridline step (1, 2 or 5 times a power of ten) giving at most ``ticks`` steps."""
    raw = max(top, 1.0) / ticks
    power: float = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _layout(n: int, width: float, labels: Sequence[str], value_room: float) -> _Layout:
    pitch = min(MAX_PITCH, PLOT_BUDGET / n)
    bar = pitch * 0.34
    label_font = min(9.0, max(7.0, pitch * 0.6))
    value_font = min(8.0, max(6.0, bar * 1.2))
    widest = max((stringWidth(t, FONT, label_font) for t in labels), default=0.0)
    label_w = min(widest, width * LABEL_SHARE) + 6
    plot_left = label_w
    plot_width = max(10.0, width - plot_left - value_room - 4)
    axis_y = 24.0
    top = axis_y + 2 + n * pitch
    return _Layout(width, pitch, bar, label_font, value_font, plot_left, plot_width, axis_y, top,
                   top + 22.0)


def _stripes(x: float, y: float, w: float, h: float) -> Line:
    """Thin upright stripes filling the rectangle: one dashed line as thick as the bar, so a year of
    bars costs 26 drawing operations rather than thousands of short lines."""
    return Line(x, y + h / 2, x + w, y + h / 2, strokeColor=INK, strokeWidth=h, strokeLineCap=0,
                strokeDashArray=[STRIPE_INK, STRIPE_STEP - STRIPE_INK])


def _planned_bar(d: Drawing, x: float, y: float, w: float, h: float) -> None:
    d.add(Rect(x, y, w, h, fillColor=PLANNED_FILL, strokeColor=INK, strokeWidth=0.5))


def _actual_bar(d: Drawing, x: float, y: float, w: float, h: float) -> None:
    d.add(Rect(x, y, w, h, fillColor=ACTUAL_FILL, strokeColor=None))
    d.add(_stripes(x, y, w, h))
    d.add(Rect(x, y, w, h, fillColor=None, strokeColor=INK, strokeWidth=0.8))


def _grid(d: Drawing, lay: _Layout, scale: float, step: float, minutes: str) -> None:
    """Gridlines, the axis line, its numbers and its title."""
    right = lay.plot_left + lay.plot_width
    tick = 0.0
    while tick * scale <= lay.plot_width + 0.01:
        x = lay.plot_left + tick * scale
        d.add(Line(x, lay.axis_y, x, lay.top, strokeColor=GRID, strokeWidth=0.4,
                   strokeDashArray=None if tick == 0 else [1.5, 1.5]))
        d.add(String(x, lay.axis_y - 9, f"{tick:g}", fontName=FONT, fontSize=7,
                     textAnchor="middle"))
        tick += step
    d.add(Line(lay.plot_left, lay.axis_y, right, lay.axis_y, strokeColor=INK, strokeWidth=0.6))
    d.add(String(right, 2, _clip(minutes, FONT, 7.5, lay.plot_width), fontName=FONT,
                 fontSize=7.5, textAnchor="end"))


def _legend(d: Drawing, lay: _Layout, planned: str, actual: str) -> None:
    """Two swatches with their labels, above the bars."""
    y, size, x = lay.top + 8, 9.0, lay.plot_left
    room = max(20.0, (lay.width - lay.plot_left) / 2 - size * 1.8 - 20)  # both fit beside each other
    for label, bar in ((planned, _planned_bar), (actual, _actual_bar)):
        bar(d, x, y, size * 1.8, size)
        text = _clip(label, FONT, 8.5, room)
        d.add(String(x + size * 1.8 + 4, y + 1.5, text, fontName=FONT, fontSize=8.5))
        x += size * 1.8 + 4 + stringWidth(text, FONT, 8.5) + 16


def _group(d: Drawing, lay: _Layout, i: int, label: str, values: tuple[float | None, float | None],
           scale: float) -> None:
    """One meeting: its label, the planned bar on top, the actual bar under it, their values.

    With more meetings than fit (over about 40), only every so many is labelled, and values are
    left out where bars are too thin to tell them apart."""
    middle = lay.top - (i + 0.5) * lay.pitch
    if i % math.ceil(lay.label_font * 1.15 / lay.pitch) == 0:
        d.add(String(lay.plot_left - 6, middle - lay.label_font * 0.35, label, fontName=FONT,
                     fontSize=lay.label_font, textAnchor="end"))
    looks = ((_planned_bar, FONT), (_actual_bar, FONT_BOLD))
    for k, (value, (bar, font)) in enumerate(zip(values, looks, strict=True)):
        y = middle + 0.5 if k == 0 else middle - 0.5 - lay.bar
        w = (value or 0.0) * scale
        if w > 0:
            bar(d, lay.plot_left, y, w, lay.bar)
        if lay.bar >= MIN_VALUE_BAR:
            d.add(String(lay.plot_left + w + 3, y + lay.bar / 2 - lay.value_font * 0.35,
                         _value_text(value), fontName=font, fontSize=lay.value_font))


def timing_chart(rows: Sequence[tuple[str, float, float]], *, width: float, planned: str, actual: str,
                 minutes: str) -> Drawing | None:
    """Each meeting's planned against actual minutes as a bar chart ``width`` points wide.

    Args:
        rows: (label such as "12 Mar", planned minutes, actual minutes) per meeting, oldest first.
            Minutes that are not a number print as "–"; below 0 as 0; above MAX_MINUTES as "≥9999".
        width: the drawing's width in points (the page's content width).
        planned, actual, minutes: the translated legend and axis labels.

    Returns:
        The drawing (a platypus flowable), or None for no rows.
    """
    if not rows:
        return None
    register_fonts()
    width = max(float(width), 120.0) if math.isfinite(width) else 510.0
    labels = [_one_line(r[0]) for r in rows]
    values = [(_minutes(r[1]), _minutes(r[2])) for r in rows]
    top_value = max((v or 0.0 for pair in values for v in pair), default=0.0)
    value_room = max(stringWidth(_value_text(v), FONT_BOLD, 8.0) for pair in values for v in pair)
    value_room += 4
    lay = _layout(len(rows), width, labels, value_room)
    step = _nice_step(top_value)
    scale = lay.plot_width / (math.ceil(max(top_value, 1.0) / step) * step)
    d = Drawing(width, lay.height)
    _grid(d, lay, scale, step, _one_line(minutes))
    label_room = lay.plot_left - 6
    for i, (label, pair) in enumerate(zip(labels, values, strict=True)):
        _group(d, lay, i, _clip(label, FONT, lay.label_font, label_room), pair, scale)
    _legend(d, lay, _one_line(planned), _one_line(actual))
    return d

