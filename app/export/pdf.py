"""The sheet as an A4 PDF with reportlab: black-and-white friendly, learning points first.

Every piece of user text goes through :func:`para` (or :func:`_cell` for short table cells), which
escapes markup (docs/STACK.md, reportlab: raw text breaks it in every way tried) and keeps line breaks.
DejaVu Sans is embedded so Nordic, Sami and Cyrillic letters print; :func:`missing_glyphs` reports
what the font lacks before export, and :func:`printable` is the text exactly as it will print.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from io import BytesIO
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.export.chart import timing_chart
from app.export.fonts import FONT, FONT_BOLD, glyph_map, printable, register_fonts
from app.export.layout import (
    Chart,
    Facts,
    Heading,
    Items,
    Said,
    Text,
    blocks,
    sheet_title,
)
from app.export.layout import (
    PageBreak as PageBreakBlock,
)
from app.export.layout import Table as TableBlock
from app.export.sheet import Sheet, SheetLabels, period_text
from app.export.text import normalise

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 18 * mm, 16 * mm, 20 * mm
FRAME_PADDING = 6  # platypus' default frame padding, in points
CONTENT_LEFT = MARGIN_X + FRAME_PADDING
CONTENT_WIDTH = A4[0] - 2 * CONTENT_LEFT
MAX_PARA_CHARS = 2500  # long text is split into several paragraphs, each shorter than a page
MAX_PARA_LINES = 30
SOFT_HYPHEN = "\xad"  # a place to break a word: printed only where a line breaks
CELL_FONT_SIZE = 8.5
LABEL_FONT_SIZE = 8.5  # a fact's label, a table's column labels
WHO = 0.24  # the width of the names in the round (of CONTENT_WIDTH)
GREY_TEXT = colors.HexColor("#555555")
GREY = colors.HexColor("#333333")
CELL_MAX_LINES = 3  # short table cells (owner, type, status): wrapped, then cut with an ellipsis
FACT_LABEL = 0.24  # the width of a fact's label (of CONTENT_WIDTH)

def missing_glyphs(texts: Iterable[str]) -> set[str]:
    """Visible characters the embedded font cannot print: they are left out of the PDF.

    Invisible format characters without a glyph (bidi isolates, tag characters) are left out too,
    but not reported.
    """
    cmap = glyph_map()
    return {c for t in texts for c in set(normalise(t))
            if ord(c) not in cmap and not c.isspace() and unicodedata.category(c) != "Cf"}


def right_to_left(texts: Iterable[str]) -> set[str]:
    """Visible characters of right-to-left scripts (Arabic, Hebrew...): they print, but unjoined and
    in left-to-right order, since reportlab here has no bidi or shaping. For a warning before export
    (invisible marks such as U+200F are not reported)."""
    return {c for t in texts for c in set(t)
            if unicodedata.bidirectional(c) in ("R", "AL") and unicodedata.category(c) != "Cf"}


def scripts_of(chars: Iterable[str]) -> str:
    """The scripts some characters belong to, for a warning: "Arabic, Hebrew"."""
    names = {unicodedata.name(c, "").split(" ")[0].title() for c in chars}
    return ", ".join(sorted(n for n in names if n))


def describe_characters(chars: Iterable[str], limit: int = 12) -> str:
    """Characters as code points with their Unicode names ("U+1F642 SLIGHTLY SMILING FACE"), for a
    warning about characters that would print as empty boxes if shown themselves. At most ``limit``,
    then how many more."""
    ordered = sorted(set(chars))
    shown = [f"U+{ord(c):04X} {unicodedata.name(c, '')}".rstrip() for c in ordered[:limit]]
    more = len(ordered) - limit
    return ", ".join(shown) + (f", … (+{more})" if more > 0 else "")


def make_styles(base: float = 10.5) -> dict[str, ParagraphStyle]:
    """Every paragraph style of the sheet, in one place (black on white, sizes carry the hierarchy)."""
    register_fonts()
    grey = colors.HexColor("#333333")
    return {
        "body": ParagraphStyle("body", fontName=FONT, fontSize=base, leading=base * 1.35),
        "small": ParagraphStyle("small", fontName=FONT, fontSize=base * 0.85, leading=base * 1.15,
                                textColor=grey),
        "small_right": ParagraphStyle("small_right", fontName=FONT, fontSize=base * 0.85,
                                      leading=base * 1.15, textColor=grey, alignment=TA_RIGHT),
        "title": ParagraphStyle("title", fontName=FONT_BOLD, fontSize=base * 2, leading=base * 2.4,
                                spaceAfter=base * 0.3),
        "h2": ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=base * 1.35, leading=base * 1.7,
                             spaceBefore=base * 0.3, spaceAfter=base * 0.3, keepWithNext=1),
        "h3": ParagraphStyle("h3", fontName=FONT_BOLD, fontSize=base * 1.05, leading=base * 1.4,
                             spaceBefore=base * 0.7, spaceAfter=base * 0.2, keepWithNext=1),
        "bullet": ParagraphStyle("bullet", fontName=FONT, fontSize=base, leading=base * 1.35,
                                 leftIndent=base * 1.6, bulletIndent=base * 0.4, spaceAfter=base * 0.2),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=CELL_FONT_SIZE, leading=CELL_FONT_SIZE * 1.2),
        "question": ParagraphStyle("question", fontName=FONT_BOLD, fontSize=base, leading=base * 1.35,
                                   spaceBefore=base * 0.3, keepWithNext=1),
        "said": ParagraphStyle("said", fontName=FONT, fontSize=base, leading=base * 1.35,
                               spaceAfter=base * 0.3),
        "point": ParagraphStyle("point", fontName=FONT, fontSize=base * 1.25, leading=base * 1.65,
                                leftIndent=base * 2.2, bulletIndent=0, spaceAfter=base * 0.35,
                                bulletFontName=FONT_BOLD, bulletFontSize=base * 1.25),
    }


def _pieces(line: str) -> list[str]:
    """One line cut into pieces of at most MAX_PARA_CHARS characters, at a space where there is one."""
    pieces = []
    while len(line) > MAX_PARA_CHARS:
        space = line.rfind(" ", MAX_PARA_CHARS // 2, MAX_PARA_CHARS)
        cut = space + 1 if space >= 0 else MAX_PARA_CHARS
        pieces.append(line[:cut])
        line = line[cut:]
    return [*pieces, line]


def _chunks(text: str) -> list[str]:
    """Split text so no paragraph gets very tall: at most MAX_PARA_CHARS characters and
    MAX_PARA_LINES lines each."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        for piece in _pieces(line):
            if current and (size + len(piece) > MAX_PARA_CHARS or len(current) >= MAX_PARA_LINES):
                chunks.append("\n".join(current))
                current, size = [], 0
            current.append(piece)
            size += len(piece) + 1
    chunks.append("\n".join(current))
    return chunks


# A soft hyphen is a place to break a word: one with no letter before or after it has no word to break,
# yet reportlab breaks a long line there and prints the hyphen.
_LOOSE_SOFT_HYPHENS = re.compile(rf"(?<!\w){SOFT_HYPHEN}|{SOFT_HYPHEN}(?!\w)")


def para(text: str, style: ParagraphStyle, **kw: Any) -> list[Paragraph]:
    """User text as paragraphs: escaped, inner line breaks kept (blank lines around dropped), split
    so none is taller than a page.

    Keyword arguments (such as ``bulletText``) go to the first paragraph only.
    """
    out = []
    text = _LOOSE_SOFT_HYPHENS.sub("", printable(text))  # one not inside a word would print as "-"
    for i, chunk in enumerate(_chunks(text.strip())):
        visible = chunk.replace(SOFT_HYPHEN, "").strip()
        markup = escape(chunk).replace("\n", "<br/>") if visible else "&#160;"  # keeps the bullet
        out.append(Paragraph(markup, style, **(kw if i == 0 else {})))
    return out


class _Line(Flowable):  # type: ignore[misc]  # reportlab ships no type stubs: Flowable is Any
    """One line of text in a paragraph style, drawn as a string: a heading or label that fits the
    width needs none of a Paragraph's parsing and line breaking (most of a sheet's headings)."""

    def __init__(self, text: str, style: ParagraphStyle, bullet: str = "") -> None:
        super().__init__()
        self.text, self.style, self.bullet = text, style, bullet
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return availWidth, self.style.leading

    def draw(self) -> None:
        st = self.style
        self.canv.setFont(st.fontName, st.fontSize)
        self.canv.setFillColor(st.textColor)
        baseline = st.leading - st.fontSize  # where a one-line Paragraph puts it
        if self.bullet:  # a numbered point: its number where a Paragraph's bullet goes, on the same
            t = self.canv.beginText(st.bulletIndent, baseline)  # line of text ("1. Lyt først")
            t.setFont(st.bulletFontName, st.bulletFontSize)
            t.textOut(self.bullet + " ")  # the space a reader copies; the text's place is the indent
            t.moveCursor(st.leftIndent - st.bulletIndent, 0)
            t.setFont(st.fontName, st.fontSize)
            t.textOut(self.text)
            self.canv.drawText(t)
        elif st.alignment == TA_RIGHT:
            self.canv.drawRightString(self.width, baseline, self.text)
        else:
            self.canv.drawString(st.leftIndent, baseline, self.text)


def _label(text: str, style: ParagraphStyle) -> Flowable:
    """One line we compose ourselves (a translated label, perhaps with a date or a name): drawn as
    a string when it fits the page's width, else as an escaped Paragraph that wraps."""
    line = " ".join(printable(text).split())
    if line and pdfmetrics.stringWidth(line, style.fontName, style.fontSize) <= CONTENT_WIDTH:
        return _Line(line, style)
    return Paragraph(escape(line) or "&#160;", style)


def _fit(line: str, font: str, size: float, width: float) -> list[str]:
    """One line wrapped at spaces to ``width``; a word wider than that (a long double name, a URL)
    is broken between its letters rather than drawn across the next column."""
    if pdfmetrics.stringWidth(line, font, size) <= width:  # most cells: one measure, no splitting
        return [line]
    out: list[str] = []
    for piece in simpleSplit(line, font, size, width) or [""]:
        # simpleSplit overflows only with a single word: a piece with a space in it fits
        if " " in piece or pdfmetrics.stringWidth(piece, font, size) <= width:
            out.append(piece)
            continue
        current = ""
        for ch in piece:
            if current and pdfmetrics.stringWidth(current + ch, font, size) > width:
                out.append(current)
                current = ""
            current += ch
        out.append(current)
    return out


def _cell(text: str, width: float, size: float = CELL_FONT_SIZE, most: int | None = CELL_MAX_LINES,
          font: str = FONT) -> str:
    """A table cell as a plain string (a Table draws it as text, never as markup, and far faster than
    a Paragraph): wrapped to the column in the font it is drawn in, at most ``most`` lines, the last
    cut with an ellipsis if needed."""
    lines: list[str] = []
    for part in printable(text).replace(SOFT_HYPHEN, "").split("\n"):
        lines += _fit(" ".join(part.split()), font, size, width)
    if most is not None and len(lines) > most:
        lines = lines[:most]
        lines[-1] = lines[-1][:-1] + "…" if lines[-1] else "…"
    return "\n".join(lines)


def _table(heading: Paragraph | None, rows: list[list[Any]], fractions: Sequence[float],
           extra: Sequence[Any] = (), rule: bool = False) -> Table:
    """A full-width table whose first row is its heading (spanning all columns) and the next its
    column labels; both repeat on each page, so the heading never sits alone at a page's foot
    (and no KeepTogether has to lay the whole table out twice). Tall rows split across pages."""
    top = heading.style if heading is not None else None
    data = ([[heading] + [""] * (len(fractions) - 1)] if heading is not None else []) + rows
    first = 1 if heading is not None else 0  # the row of column labels
    table = Table(data, colWidths=[f * CONTENT_WIDTH for f in fractions], repeatRows=first + 1,
                  splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *([("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (-1, 0), 0),
           ("TOPPADDING", (0, 0), (-1, 0), top.spaceBefore),
           ("BOTTOMPADDING", (0, 0), (-1, 0), top.spaceAfter)] if top is not None else []),
        ("LINEBELOW", (0, first), (-1, first), 1.2, colors.black),
        ("LINEBELOW", (0, first + 1), (-1, -1), 0.4, colors.grey),
        ("LEFTPADDING", (0, first), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, first + 1), (-1, -1), CELL_FONT_SIZE),
        ("LEADING", (0, first + 1), (-1, -1), CELL_FONT_SIZE * 1.2),
        ("FONTSIZE", (0, first), (-1, first), LABEL_FONT_SIZE),
        ("LEADING", (0, first), (-1, first), LABEL_FONT_SIZE * 1.2),
        ("TEXTCOLOR", (0, first), (-1, first), GREY), *extra,
        *([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black)] if rule else []),
    ]))
    return table


def _head(titles: Sequence[str], widths: Sequence[float]) -> list[Any]:
    """A header row of labels, as plain cells (right-aligned with their column by the table's style)."""
    return [_cell(t, w, LABEL_FONT_SIZE) for t, w in zip(titles, widths, strict=True)]


def _grid(b: TableBlock, st: dict[str, ParagraphStyle]) -> Table:
    """A table block: its first column as paragraphs (long text), the others as short cells."""
    widths = [f * CONTENT_WIDTH - 6 for f in b.widths]
    rows = [_head(b.columns, widths)]
    rows += [[para(c, st["body"] if i == 0 else st["cell"]) if i in b.long else _cell(c, widths[i])
              for i, c in enumerate(row)] for row in b.rows]
    heading = _label(b.heading, st[f"h{b.level}"]) if b.heading else None
    extra = [("ALIGN", (b.right_from, 0), (-1, -1), "RIGHT")] if b.right_from < len(b.columns) else []
    return _table(heading, rows, b.widths, extra, rule=b.ruled)


def _plain(rows: list[list[Any]], widths: Sequence[float], cmds: list[Any],
           heading: Flowable | None) -> Table:
    """A table of plain cells, under its part's heading when given: the heading is the table's first
    row (spanning it, repeated on the next page when the table runs on), so it never stands alone at
    a page's foot without the doubled layout of keeping it with what follows."""
    top = 1 if heading is not None else 0
    data = ([[heading] + [""] * (len(widths) - 1)] if heading is not None else []) + rows
    table = Table(data, colWidths=list(widths), splitInRow=1, hAlign="LEFT", repeatRows=top)
    head = ([("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (-1, 0), 0),
             ("TOPPADDING", (0, 0), (-1, 0), heading.spaceBefore or 0),
             ("BOTTOMPADDING", (0, 0), (-1, 0), heading.spaceAfter or 0)] if heading is not None else [])
    moved = [(c[0], (c[1][0], c[1][1] + top), (c[2][0], c[2][1] + top if c[2][1] >= 0 else c[2][1]), *c[3:])
             for c in cmds]
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("FONTNAME", (0, 0), (-1, -1), FONT), *moved, *head]))
    return table


def _too_tall(rows: list[list[str]]) -> bool:
    """A cell of more lines than a page holds: a table cannot split inside it (reportlab's
    LayoutError), so the block is written as paragraphs, which split anywhere."""
    return any(cell.count("\n") >= MAX_PARA_LINES for row in rows for cell in row)


def _as_paragraphs(heading: Flowable | None, rows: list[tuple[str, str]],
                   st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Label and text as paragraphs ("Anna: …", split as :func:`para`), for a block too tall for a table."""
    return [*([heading] if heading is not None else []),
            *(p for who, what in rows for p in para(f"{' '.join(who.split())}: {what}", st["said"]))]


def _facts(b: Facts, st: dict[str, ParagraphStyle], heading: Flowable | None = None) -> list[Flowable]:
    """Label and value pairs, labels small and grey at the left."""
    if not b.rows:
        return [heading] if heading is not None else []
    label_w, value_w = FACT_LABEL * CONTENT_WIDTH, (1 - FACT_LABEL) * CONTENT_WIDTH
    size = st["body"].fontSize
    rows = [[_cell(k, label_w - 6, LABEL_FONT_SIZE, None), _cell(v, value_w - 6, size, None)]
            for k, v in b.rows]
    if _too_tall(rows):
        return _as_paragraphs(heading, [(k, v) for k, v in b.rows], st)
    return [_plain(rows, (label_w, value_w), [
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("FONTSIZE", (0, 0), (0, -1), LABEL_FONT_SIZE), ("LEADING", (0, 0), (0, -1), LABEL_FONT_SIZE * 1.2),
        ("TEXTCOLOR", (0, 0), (0, -1), GREY),
        ("TOPPADDING", (0, 0), (0, -1), 2.5),  # the small label sits on the value's first line
        ("FONTSIZE", (1, 0), (1, -1), size), ("LEADING", (1, 0), (1, -1), st["body"].leading)], heading)]


def _said(b: Said, st: dict[str, ParagraphStyle], heading: Flowable | None = None) -> list[Flowable]:
    """Who said what: the round as a table of plain cells, the name in bold at the left and the line
    (a status in grey) beside it; the reflections as a question in bold with its answer under it."""
    if b.stacked:
        return [*([heading] if heading is not None else []),
                *(f for q, a, _ in b.rows for f in (Paragraph(escape(" ".join(printable(q).split())),
                                                              st["question"]), *para(a, st["body"])))]
    size, lead = st["body"].fontSize, st["body"].leading
    name_w, line_w = WHO * CONTENT_WIDTH, (1 - WHO) * CONTENT_WIDTH
    rows = [[_cell(" ".join(who.split()), name_w - 6, size, None, FONT_BOLD),
             _cell(what, line_w - 6, size, None)] for who, what, _ in b.rows]
    if _too_tall(rows):
        return _as_paragraphs(heading, [(who, what) for who, what, _ in b.rows], st)
    muted = [("TEXTCOLOR", (1, i), (1, i), GREY_TEXT) for i, (_, _, m) in enumerate(b.rows) if m]
    return [_plain(rows, (name_w, line_w), [
        ("FONTNAME", (0, 0), (0, -1), FONT_BOLD), ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), lead), ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5), *muted], heading)]


def _one_line(text: str, style: ParagraphStyle) -> str | None:
    """The text as it prints, when it is one line that fits the page (beside the style's indent)."""
    one = printable(text).strip()
    if "\n" in one or SOFT_HYPHEN in one or one != " ".join(one.split()):
        return None
    fits = pdfmetrics.stringWidth(one, style.fontName, style.fontSize) <= CONTENT_WIDTH - style.leftIndent
    return one if fits else None


def _point(text: str, number: str, style: ParagraphStyle) -> list[Flowable]:
    """A numbered learning point: one line that fits is drawn as a string, a longer one wraps."""
    one = _one_line(text, style)
    return [_Line(one, style, number)] if one else list(para(text, style, bulletText=number))


def _text(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Text in a style: one line that fits is drawn as a string, anything longer as paragraphs."""
    one = _one_line(text, style)
    return [_Line(one, style)] if one else list(para(text, style))


def _chart(b: Chart, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The staff sheet's chart of planned against actual minutes, under its heading."""
    drawing = timing_chart(b.rows, width=CONTENT_WIDTH, planned=b.planned, actual=b.actual, minutes=b.minutes)
    return [_label(b.title, st["h3"]), drawing] if drawing is not None else []


def _heading(b: Heading, st: dict[str, ParagraphStyle], first: bool) -> list[Flowable]:
    """The title; a meeting's heading under a rule (but at the top of a page); a part's heading."""
    if b.level == 1:
        return [_label(b.text, st["title"])]
    head: list[Flowable] = [_label(b.text, st[f"h{b.level}"])]
    if b.level == 2 and not first:
        head.insert(0, HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=12,
                                  spaceAfter=4))
    return head


def _items(b: Items, st: dict[str, ParagraphStyle], heading: Flowable | None = None) -> list[Flowable]:
    """The learning points numbered and large, as paragraphs; other lists as a light table of plain
    cells behind a bullet (far cheaper to lay out)."""
    if b.numbered:
        return [*([heading] if heading is not None else []),
                *(p for i, item in enumerate(b.items, start=1) for p in _point(item, f"{i}.", st["point"]))]
    size, indent = st["body"].fontSize, st["bullet"].leftIndent
    rows = [["•", _cell(item, CONTENT_WIDTH - indent - 6, size, None)] for item in b.items]
    if _too_tall(rows):
        return [*([heading] if heading is not None else []),
                *(p for item in b.items for p in para(item, st["bullet"], bulletText="•"))]
    return [_plain(rows, (indent, CONTENT_WIDTH - indent), [
        ("LEFTPADDING", (0, 0), (0, -1), st["bullet"].bulletIndent), ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), st["body"].leading), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)], heading)]


_UNDER: dict[type, Callable[[Any, dict[str, ParagraphStyle], Flowable | None], list[Flowable]]] = {
    Facts: _facts, Items: _items, Said: _said}  # blocks that take the heading above them in


_DRAW: dict[type, Callable[[Any, dict[str, ParagraphStyle]], list[Flowable]]] = {
    Text: lambda b, st: _text(b.text, st["small" if b.small else "body"]),
    Facts: _facts,
    Items: _items,
    Said: _said,
    TableBlock: lambda b, st: [KeepTogether([_grid(b, st)]) if b.whole else _grid(b, st)],
    Chart: _chart,
    PageBreakBlock: lambda _b, _st: [PageBreak()],
}


def build_story(sheet: Sheet, labels: SheetLabels, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """All flowables of a prepared sheet (the blocks of :mod:`app.export.layout`). A part's heading
    goes into the table of facts, lines or list under it; other headings are kept with what follows
    by their style."""
    story: list[Flowable] = []
    after_break = True
    items = blocks(sheet, labels)
    taken = False  # the heading before was taken into this block
    for i, b in enumerate(items):
        if taken:
            taken = False
            continue
        after = items[i + 1] if i + 1 < len(items) else None
        if isinstance(b, Heading) and b.level == 3 and type(after) in _UNDER:
            story += _UNDER[type(after)](after, st, _label(b.text, st["h3"]))
            taken = True
        elif isinstance(b, Heading):
            story += _heading(b, st, after_break)
        else:
            story += _DRAW[type(b)](b, st)
        after_break = isinstance(b, PageBreakBlock) or (isinstance(b, Text | Heading) and after_break)
        if isinstance(b, Text) and b.small and len(story) <= 2:
            story.append(Spacer(1, 3 * mm))
    return story


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type stubs: Canvas is Any
    """Two-pass canvas: "Page N of M" needs the page count, so pages are drawn at save()."""

    labels: SheetLabels = SheetLabels()
    footer: str = ""

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        """The sheet's title at the left, "Page N of M" at the right, under a thin rule."""
        y = MARGIN_BOTTOM - 9 * mm
        page = self.labels.page % {"page": self._pageNumber, "pages": total}
        room = CONTENT_WIDTH - pdfmetrics.stringWidth(page, FONT, 8) - 10 * mm
        self.setLineWidth(0.4)
        self.line(CONTENT_LEFT, y + 3.5 * mm, A4[0] - CONTENT_LEFT, y + 3.5 * mm)
        self.setFont(FONT, 8)
        self.drawString(CONTENT_LEFT, y, (simpleSplit(self.footer, FONT, 8, room) or [""])[0])
        self.drawRightString(A4[0] - CONTENT_LEFT, y, page)


def build_pdf(sheet: Sheet, labels: SheetLabels | None = None, stream: IO[bytes] | None = None) -> bytes:
    """The prepared sheet as PDF bytes (A4, fonts embedded, title and author set).

    Args:
        sheet: the sheet after :func:`app.export.sheet.prepare`.
        labels: translated headings (English by default).
        stream: if given, the PDF is also written to it.

    Returns:
        The whole PDF.
    """
    labels = labels or SheetLabels()
    printable.cache_clear()  # reused within one sheet (names, labels), never carried to the next
    title = " ".join(printable(sheet_title(sheet, labels)).split())
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title,
                            author="Runde", subject=period_text(sheet, labels), creator="Runde",
                            initialFontName=FONT)  # no Helvetica reference on any page
    canvas_cls = type("SheetCanvas", (_NumberedCanvas,), {"labels": labels, "footer": title})
    doc.build(build_story(sheet, labels, make_styles()), canvasmaker=canvas_cls)
    data = out.getvalue()
    if stream is not None:
        stream.write(data)
    return data
