"""The sheet as an A4 PDF with reportlab: black-and-white friendly, learning points first.

Every piece of user text goes through :func:`para` (or :func:`_cell` for short table cells), which
escapes markup (FIELD-NOTES.md: raw text breaks reportlab in every way tried) and keeps line breaks.
DejaVu Sans is embedded so Nordic, Sami and Cyrillic letters print; :func:`missing_glyphs` reports
what the font lacks before export, and :func:`printable` is the text exactly as it will print.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import cache
from io import BytesIO
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.capture import Measure
from app.export.sheet import (
    Entry,
    Sheet,
    SheetKind,
    SheetLabels,
    Timing,
    local,
    local_day,
    people_label,
    period_text,
)
from app.paths import resources_dir

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 18 * mm, 16 * mm, 20 * mm
FRAME_PADDING = 6  # platypus' default frame padding, in points
CONTENT_LEFT = MARGIN_X + FRAME_PADDING
CONTENT_WIDTH = A4[0] - 2 * CONTENT_LEFT
MAX_PARA_CHARS = 2500  # long text is split into several paragraphs, each shorter than a page
MAX_PARA_LINES = 30
SOFT_HYPHEN = "\xad"  # a place to break a word: printed only where a line breaks
CELL_FONT_SIZE = 8.5
CELL_MAX_LINES = 3  # short table cells (owner, type, status): wrapped, then cut with an ellipsis
MEASURE_COLUMNS = (0.47, 0.13, 0.17, 0.12, 0.11)  # text, type, owner, due, status (of CONTENT_WIDTH)
TIMING_COLUMNS = (0.55, 0.15, 0.15, 0.15)  # step, planned, actual, difference

# Line and paragraph separators all become "\n"; a tab prints as a space.
_LINE_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x1c": "\n", "\x1d": "\n",
                              "\x1e": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n", "\t": " "})


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
def _cmap() -> Mapping[int, int]:
    """The embedded font's character map: code point to glyph."""
    register_fonts()
    face: Any = pdfmetrics.getFont(FONT).face
    cmap: Mapping[int, int] = face.charToGlyph
    return cmap


# Characters that never print: controls (but newline) and lone surrogates.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def normalise(text: str) -> str:
    """Line breaks as "\\n", tabs as spaces, controls and lone surrogates removed."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").translate(_LINE_BREAKS))


def printable(text: str) -> str:
    """User text exactly as it will print: normalised, and without the characters the font has no
    glyph for (they would print as boxes; :func:`missing_glyphs` reports them before export).
    A space the font lacks becomes a plain space."""
    text = normalise(text)
    cmap = _cmap()
    absent = {ord(c): " " if c.isspace() else None for c in set(text) if ord(c) not in cmap and c != "\n"}
    return text.translate(absent) if absent else text


def missing_glyphs(texts: Iterable[str]) -> set[str]:
    """Visible characters the embedded font cannot print: they are left out of the PDF.

    Invisible format characters without a glyph (bidi isolates, tag characters) are left out too,
    but not reported.
    """
    cmap = _cmap()
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


def para(text: str, style: ParagraphStyle, **kw: Any) -> list[Paragraph]:
    """User text as paragraphs: escaped, inner line breaks kept (blank lines around dropped), split
    so none is taller than a page.

    Keyword arguments (such as ``bulletText``) go to the first paragraph only.
    """
    out = []
    for i, chunk in enumerate(_chunks(printable(text).strip())):
        visible = chunk.replace(SOFT_HYPHEN, "").strip()
        markup = escape(chunk).replace("\n", "<br/>") if visible else "&#160;"  # keeps the bullet
        out.append(Paragraph(markup, style, **(kw if i == 0 else {})))
    return out


def _label(text: str, style: ParagraphStyle) -> Paragraph:
    """One line we compose ourselves (a translated label, perhaps with a date or a name): escaped."""
    return Paragraph(escape(" ".join(printable(text).split())) or "&#160;", style)


def _cell(text: str, width: float) -> str:
    """A short table cell as a plain string (a Table draws it as text, never as markup): wrapped to
    the column, at most CELL_MAX_LINES lines, the last cut with an ellipsis if needed."""
    lines: list[str] = []
    for part in printable(text).replace(SOFT_HYPHEN, "").split("\n"):
        lines += simpleSplit(" ".join(part.split()), FONT, CELL_FONT_SIZE, width) or [""]
    if len(lines) > CELL_MAX_LINES:
        lines = lines[:CELL_MAX_LINES]
        lines[-1] = lines[-1][:-1] + "…" if lines[-1] else "…"
    return "\n".join(lines)


def _table(heading: Paragraph, rows: list[list[Any]], fractions: Sequence[float], extra: list[Any],
           rule: bool = False) -> Table:
    """A full-width table whose first row is its heading (spanning all columns) and second its
    column labels; both repeat on each page, so the heading never sits alone at a page's foot
    (and no KeepTogether has to lay the whole table out twice). Tall rows split across pages."""
    top = heading.style
    table = Table([[heading] + [""] * (len(fractions) - 1), *rows],
                  colWidths=[f * CONTENT_WIDTH for f in fractions], repeatRows=2, splitInRow=1,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, 0), top.spaceBefore), ("BOTTOMPADDING", (0, 0), (-1, 0), top.spaceAfter),
        ("LINEBELOW", (0, 1), (-1, 1), 1.2, colors.black),
        ("LINEBELOW", (0, 2), (-1, -1), 0.4, colors.grey),
        ("LEFTPADDING", (0, 1), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 2), (-1, -1), CELL_FONT_SIZE),
        ("LEADING", (0, 2), (-1, -1), CELL_FONT_SIZE * 1.2), *extra,
        *([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black)] if rule else []),
    ]))
    return table


def _head(titles: Sequence[str], st: dict[str, ParagraphStyle], right_from: int = 99) -> list[Any]:
    """A header row of labels; columns from ``right_from`` on are right-aligned."""
    return [_label(t, st["small_right" if i >= right_from else "small"]) for i, t in enumerate(titles)]


def _measures_table(heading: Paragraph, measures: Iterable[Measure], labels: SheetLabels,
                    st: dict[str, ParagraphStyle], ages: Mapping[str, int] | None = None) -> Table:
    """Measures as a table: text, type, owner, due date, status (and age, for carried ones)."""
    widths = [f * CONTENT_WIDTH - 6 for f in MEASURE_COLUMNS]
    rows = [_head((labels.text, labels.kind, labels.owner, labels.due, labels.status), st)]
    for m in measures:
        status = labels.statuses.get(m.status.value, m.status.value)
        if ages is not None and m.id in ages:
            status += "\n" + labels.age_days % {"days": ages[m.id]}
        rows.append([para(m.text, st["body"]),
                     _cell(labels.kinds.get(m.kind.value, m.kind.value), widths[1]),
                     _cell(m.owner, widths[2]), labels.short_day(m.due) if m.due else "",
                     _cell(status, widths[4])])
    return _table(heading, rows, MEASURE_COLUMNS, [], rule=ages is not None)


def _people_line(e: Entry, labels: SheetLabels) -> str:
    names = ", ".join(" ".join(p.split()) for p in e.people)
    return f"{people_label(e, labels)}: {names}"


def _entry_head(e: Entry, labels: SheetLabels, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Rule, date and format, case, people: kept with the entry's first learning point."""
    head: list[Flowable] = [HRFlowable(width="100%", thickness=0.8, color=colors.black,
                                       spaceBefore=12, spaceAfter=4),
                            _label(f"{labels.day(local_day(e.when))} · {e.title}", st["h2"])]
    if e.case_title:
        head += para(f"{labels.case}: {e.case_title}", st["body"])
    if e.people:
        head += para(_people_line(e, labels), st["small"])
    for f in head:
        f.keepWithNext = True  # read by platypus: keep with the next flowable
    return head


def _points(e: Entry, labels: SheetLabels, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [_label(labels.learning_points, st["h3"])]
    if not e.learning_points:
        return story + para(labels.no_learning_points, st["small"])
    for i, p in enumerate(e.learning_points, start=1):
        story += para(p.text, st["point"], bulletText=f"{i}.")
    return story


def _entry_story(e: Entry, labels: SheetLabels, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """One meeting or visit: its learning points first and largest, then measures and notes (the
    presenter's learning, what was tried since last time, released observations)."""
    story = _entry_head(e, labels, st) + _points(e, labels, st)
    if e.measures:
        story.append(_measures_table(_label(labels.measures, st["h3"]), e.measures, labels, st))
    if e.presenter_learning:
        story += [_label(labels.presenter_learning, st["h3"]), *para(e.presenter_learning, st["body"])]
    if e.tried_since_last:
        story += [_label(labels.tried_since_last, st["h3"]), *para(e.tried_since_last, st["body"])]
    if e.observations:
        story.append(_label(labels.observations, st["h3"]))
        for o in e.observations:
            story += para(f"{local(o.at).strftime('%H:%M')}  {o.text}", st["body"])
    return story


def _mmss(seconds: float, sign: bool = False) -> str:
    s = round(seconds)
    prefix = ("+" if s > 0 else "−" if s < 0 else "±") if sign else ""
    s = abs(s)
    return f"{prefix}{s // 60:d}:{s % 60:02d}"


def _timings_table(heading: Paragraph, timings: Sequence[Timing], labels: SheetLabels,
                   st: dict[str, ParagraphStyle]) -> Table:
    """Planned and actual time per step, and the difference (OnlyT-style)."""
    rows = [_head((labels.step, labels.planned, labels.actual, "±"), st, right_from=1)]
    for t in timings:
        rows.append([para(t.title, st["body"]), _mmss(t.planned_s), _mmss(t.actual_s),
                     _mmss(t.actual_s - t.planned_s, sign=True)])
    return _table(heading, rows, TIMING_COLUMNS, [("ALIGN", (1, 2), (-1, -1), "RIGHT"),
                                                  ("FONTSIZE", (1, 2), (-1, -1), 10)])


def _timings_story(sheet: Sheet, labels: SheetLabels, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The optional page of planned and actual times (only entries that have timings)."""
    entries = [e for e in sheet.entries if e.timings]
    if not entries:
        return []
    story: list[Flowable] = [PageBreak(), _label(labels.timings, st["h2"])]
    for e in entries:
        story.append(_timings_table(_label(f"{labels.day(local_day(e.when))} · {e.title}", st["h3"]),
                                    e.timings, labels, st))
    return story


def sheet_title(sheet: Sheet, labels: SheetLabels) -> str:
    """The title line (also the PDF's title metadata)."""
    base = {SheetKind.MEETING: labels.title_meeting, SheetKind.VISIT: labels.title_visit,
            SheetKind.STAFF: labels.title_staff}[sheet.kind]
    team = " ".join(printable(sheet.team).split())
    return f"{base} – {team}" if team else base


def _header(sheet: Sheet, labels: SheetLabels, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    line = period_text(sheet, labels)
    if sheet.generated:
        line += "   ·   " + labels.generated % {"date": labels.day(local_day(sheet.generated))}
    return [_label(sheet_title(sheet, labels), st["title"]), _label(line, st["small"]), Spacer(1, 3 * mm)]


def _carried_story(sheet: Sheet, labels: SheetLabels, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Open measures from earlier sheets, each with its age in days."""
    if not sheet.carried:
        return []
    today: date = local_day(sheet.generated) if sheet.generated else sheet.period_end
    ages = {c.measure.id: (today - c.opened).days for c in sheet.carried}
    return [Spacer(1, 12), _measures_table(_label(labels.carried, st["h2"]),
                                           [c.measure for c in sheet.carried], labels, st, ages)]


def build_story(sheet: Sheet, labels: SheetLabels, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """All flowables of a prepared sheet."""
    story = _header(sheet, labels, st)
    if not sheet.entries:
        story += para(labels.nothing_in_period, st["body"])
    for e in sheet.entries:
        story += _entry_story(e, labels, st)
    return story + _carried_story(sheet, labels, st) + _timings_story(sheet, labels, st)


class _NumberedCanvas(Canvas):
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
    title = sheet_title(sheet, labels)
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
