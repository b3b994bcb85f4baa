"""The room's view's rows: from the top the header and a message or the step's instruction, from the
bottom the one-screen hint and the round's names or the next step, the body between; they never
overlap. Worked out once per size and content (:class:`Content`: a step, a language, a message, the
names) and kept, so the second that changes each tick only repaints its texts."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from ui.room_chips import Roster, roster_layout
from ui.room_fonts import Fonts, lines_height
from ui.room_layout import short_form

INSTRUCTION_LINES = 3  # the step's instruction in short form: at most this many lines
MESSAGE_LINES = 3


@dataclass(frozen=True)
class Content:
    """What the rows depend on; the rows are worked out again only when it changes."""

    mode: str  # "gather" (before the start, with a planned start) | "ended" | "run"
    width: int
    height: int
    font_key: str
    step_index: int
    instruction: str
    message: str
    end_prompt: bool  # the prompt to end the meeting, in the message's place
    focus: str
    names: tuple[str, ...]  # the round's
    questions: tuple[str, ...]
    expected: tuple[str, ...]  # before the start: who is expected
    hint: bool
    has_round: bool
    last_step: bool


@dataclass
class Rows:
    """Rows and fonts that stay while the size and content stay (worked out once, kept)."""

    rects: dict[str, QRectF]
    band: list[str] = field(default_factory=list)  # the instruction's or message's lines
    band_font: QFont | None = None
    focus_font: QFont | None = None
    roster: Roster | None = None
    questions: list[tuple[str, QRectF]] = field(default_factory=list)
    question_font: QFont | None = None
    expected: list[str] = field(default_factory=list)  # before the start: who is expected, wrapped
    expected_font: QFont | None = None


def make_rows(fonts: Fonts, k: Content) -> Rows:
    """The rows from the top (header, message or instruction) and from the bottom (hint, the
    round's names or the next step); the body takes what is between them."""
    w, h = float(k.width), float(k.height)
    m = min(w, h) * 0.03
    lay = Rows({})
    rects = lay.rects
    y = _header(fonts, lay, m, w - 2 * m, h, k.focus)
    bottom = h - m
    if k.hint:
        rects["hint"] = QRectF(m, h - m * 0.4 - h * 0.04, w - 2 * m, h * 0.04)
        bottom = rects["hint"].top() - h * 0.006
    y = _band(fonts, lay, QRectF(m, y, w - 2 * m, bottom - y), h, k.message, k.instruction,
              k.end_prompt and k.mode == "run")
    if k.mode == "gather" and k.expected:
        bottom = _expected(fonts, lay, QRectF(m, y, w - 2 * m, bottom - y), h, k.expected)
    elif k.mode == "run":
        bottom = _footer(fonts, lay, QRectF(m, y, w - 2 * m, bottom - y), h, k.names, k.last_step)
    body = rects["body"] = QRectF(m, y, w - 2 * m, max(1.0, bottom - y))
    if k.mode != "run":
        return lay
    if k.questions and not k.has_round:
        left = QRectF(body.left(), body.top(), body.width() * 0.4, body.height())
        right = QRectF(left.right() + m, body.top(), body.width() * 0.6 - m, body.height())
        rects["clock_block"], rects["questions_area"] = left, right
        _questions(fonts, lay, k.questions, right)
    elif k.has_round:
        rects["speaker"] = QRectF(body.left(), body.top(), body.width(), body.height() * 0.2)
        rects["clock_block"] = QRectF(body.left(), rects["speaker"].bottom(), body.width(),
                                      body.height() * 0.62)
        rects["next_speaker"] = QRectF(body.left(), rects["clock_block"].bottom(), body.width(),
                                       body.height() * 0.18)
    else:
        rects["clock_block"] = body
    return lay


def _header(fonts: Fonts, lay: Rows, m: float, width: float, h: float, focus: str) -> float:
    """Title and time of day; under them the focus area and the pace with the expected end. Returns
    where the next row starts."""
    row1, row2 = h * 0.085, h * 0.065
    rects = lay.rects
    rects["title"] = QRectF(m, m, width * 0.72, row1)
    rects["time_of_day"] = QRectF(m + width * 0.74, m, width * 0.26, row1)
    rects["focus"] = QRectF(m, m + row1, width * 0.5, row2)
    rects["pace"] = QRectF(m + width * 0.52, m + row1, width * 0.48, row2)
    if focus:
        lay.focus_font = fonts.fit(fonts.plain(), focus, rects["focus"], row2 * 0.62)
    return m + row1 + row2 + h * 0.012


def _band(fonts: Fonts, lay: Rows, space: QRectF, h: float, message: str, instruction: str,
          prompt: bool = False) -> float:
    """A message to the room, large (``prompt``: the prompt to end the meeting, in its place); else
    the step's instruction in short form. Returns where the next row starts."""
    if message:
        lines, font = fonts.fit_block(message, space.width() * 0.94, h * 0.24, h * 0.085, h * 0.03,
                                      MESSAGE_LINES, bold=True)
        height = lines_height(font, lines, space.width()) + font.pixelSize() * 0.8
        name = "end_prompt" if prompt else "message"
    elif instruction:
        font = fonts.plain()
        font.setPixelSize(max(9, int(h * 0.036)))
        lines = short_form(" ".join(instruction.split()), font, space.width(), INSTRUCTION_LINES)
        height = lines_height(font, lines, space.width()) + font.pixelSize() * 0.2
        name = "instruction"
    else:
        return space.top()
    lay.rects[name] = QRectF(space.left(), space.top(), space.width(), height)
    lay.band, lay.band_font = lines, font
    return space.top() + height + h * 0.012


def _expected(fonts: Fonts, lay: Rows, space: QRectF, h: float, expected: tuple[str, ...]) -> float:
    """Before the start: who is expected, at the bottom. Returns where the body ends."""
    footer = QRectF(space.left(), space.bottom() - h * 0.15, space.width(), h * 0.15)
    lay.rects["footer"] = footer
    names = QCoreApplication.translate("RoomView", "Expected: %1").replace("%1", ", ".join(expected))
    lay.expected, lay.expected_font = fonts.fit_block(
        names, footer.width(), footer.height(), footer.height() * 0.36, 8,
        max(1, int(footer.height() // (h * 0.02))))
    return footer.top() - h * 0.012


def _footer(fonts: Fonts, lay: Rows, space: QRectF, h: float, names: tuple[str, ...], last: bool) -> float:
    """The round's names as chips (a long roster wraps into rows, at most about a fifth of the
    height), or the next step. Returns where the body ends."""
    if names:
        lay.roster = roster_layout(fonts.base, names, space.width(), h * 0.22, h * 0.036, max(11.0, h * 0.02))
        used = lay.roster.visible_rows * lay.roster.row_h
        lay.rects["roster"] = QRectF(space.left(), space.bottom() - used, space.width(), used)
        return space.bottom() - used - h * 0.012
    if last:
        return space.bottom()
    lay.rects["next_step"] = QRectF(space.left(), space.bottom() - h * 0.075, space.width(), h * 0.075)
    return space.bottom() - h * 0.075 - h * 0.012


def _questions(fonts: Fonts, lay: Rows, questions: tuple[str, ...], rect: QRectF) -> None:
    """The step's questions, numbered, as large as fits with none cut off."""
    texts = [f"{i}. {q}" for i, q in enumerate(questions, start=1)]
    font = fonts.plain()
    px = max(8.0, min(rect.height() / (len(texts) * 1.45), rect.width() / 18))
    flags = int(Qt.TextFlag.TextWordWrap)
    while True:  # shrink until every question fits: none may be cut off
        font.setPixelSize(int(px))
        fm = QFontMetricsF(font)
        heights = [fm.boundingRect(QRectF(0, 0, rect.width(), 1e6), flags, t).height() for t in texts]
        total = sum(heights) + px * 0.4 * (len(texts) - 1)
        if total <= rect.height() or px <= 8:
            break
        px *= 0.92
    y = rect.top() + max(0.0, (rect.height() - total) / 2)
    for text, height in zip(texts, heights, strict=True):
        lay.questions.append((text, QRectF(rect.left(), y, rect.width(), height)))
        y += height + px * 0.4
    lay.question_font = font
