"""The sheet as an A4 PDF with reportlab: black-and-white friendly, learning points first.

Every piece of user text goes through :func:`para`, which escapes markup (FIELD-NOTES.md: raw text
breaks reportlab in every way tried) and keeps line breaks. DejaVu Sans is embedded so Nordic, Sami
and Cyrillic letters print; :func:`missing_glyphs` reports what the font lacks before export.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.capture import Measure
from app.export.sheet import Entry, Sheet, SheetKind, SheetLabels
from app.paths import resources_dir

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
MAX_PARA_CHARS = 2500  # long text is split so no single flowable is taller than a page
MAX_PARA_LINES = 30


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) once, with ``<b>`` mapped to the bold face."""
    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def missing_glyphs(texts: Iterable[str]) -> set[str]:
    """Characters the embedded font cannot print (they would come out as boxes)."""
    register_fonts()
    face: Any = pdfmetrics.getFont(FONT).face
    cmap = face.charToGlyph
    return {c for t in texts for c in t if not c.isspace() and ord(c) not in cmap}


def make_styles(base: float = 10.5) -> dict[str, ParagraphStyle]:
    """Every paragraph style of the sheet, in one place."""
    register_fonts()
    s = {
        "body": ParagraphStyle("body", fontName=FONT, fontSize=base, leading=base * 1.35),
        "small": ParagraphStyle("small", fontName=FONT, fontSize=base * 0.85, leading=base * 1.15,
                                textColor=colors.HexColor("#333333")),
        "title": ParagraphStyle("title", fontName=FONT_BOLD, fontSize=base * 2, leading=base * 2.4,
                                spaceAfter=base * 0.3),
        "h2": ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=base * 1.35, leading=base * 1.7,
                             spaceBefore=base * 1.2, spaceAfter=base * 0.3),
        "h3": ParagraphStyle("h3", fontName=FONT_BOLD, fontSize=base * 1.05, leading=base * 1.4,
                             spaceBefore=base * 0.7, spaceAfter=base * 0.2),
        "point": ParagraphStyle("point", fontName=FONT, fontSize=base * 1.25, leading=base * 1.65,
                                leftIndent=base * 1.8, bulletIndent=0, spaceAfter=base * 0.35,
                                bulletFontName=FONT_BOLD, bulletFontSize=base * 1.25, alignment=TA_LEFT),
    }
    return s


def _chunks(text: str) -> list[str]:
    """Split text so no paragraph is taller than a page: at most MAX_PARA_CHARS characters and
    MAX_PARA_LINES lines each."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        for piece in [line[i:i + MAX_PARA_CHARS] for i in range(0, len(line), MAX_PARA_CHARS)] or [""]:
            if current and (size + len(piece) > MAX_PARA_CHARS or len(current) >= MAX_PARA_LINES):
                chunks.append("\n".join(current))
                current, size = [], 0
            current.append(piece)
            size += len(piece) + 1
    chunks.append("\n".join(current))
    return chunks


def para(text: str, style: ParagraphStyle, **kw: Any) -> list[Paragraph]:
    """User text as paragraphs: escaped, line breaks kept, split so none is taller than a page."""
    out = []
    for i, chunk in enumerate(_chunks(text)):
        markup = escape(chunk).replace("\n", "<br/>") or "&#160;"
        out.append(Paragraph(markup, style, **(kw if i == 0 else {})))
    return out


def _label(text: str, style: ParagraphStyle) -> Paragraph:
    """A heading we wrote ourselves (translated labels): escaped too."""
    return Paragraph(escape(text), style)


def _measures_table(measures: Iterable[Measure], labels: SheetLabels, st: dict[str, ParagraphStyle],
                    ages: dict[str, int] | None = None) -> Table:
    head = [_label(x, st["small"]) for x in (labels.text, labels.kind, labels.owner, labels.due,
                                             labels.status)]
    rows: list[list[Any]] = [head]
    for m in measures:
        status = labels.statuses.get(m.status.value, m.status.value)
        if ages is not None and m.id in ages:
            status += "\n" + labels.age_days % {"days": ages[m.id]}
        # short cells are plain strings: a Table draws them as text, never as markup
        rows.append([para(m.text, st["body"]), labels.kinds.get(m.kind.value, m.kind.value),
                     _short(m.owner), m.due.isoformat() if m.due else "", _short(status)])
    table = Table(rows, colWidths=[78 * mm, 24 * mm, 30 * mm, 22 * mm, 26 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.grey),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("FONTNAME", (1, 1), (-1, -1), FONT), ("FONTSIZE", (1, 1), (-1, -1), 8.5),
    ]))
    return table


def _short(text: str, limit: int = 28) -> str:
    """Short table cells: each line cut with an ellipsis past ``limit`` characters."""
    lines = [" ".join(part.split()) for part in text.split("\n")]
    return "\n".join(ln if len(ln) <= limit else ln[:limit - 1] + "…" for ln in lines)


def _entry_story(e: Entry, labels: SheetLabels, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    heading = f"{e.when.date().isoformat()} · {e.title}"
    story: list[Flowable] = [_label(heading, st["h2"])]
    if e.case_title:
        story += para(f"{labels.case}: {e.case_title}", st["body"])
    if e.people:
        story += para(f"{labels.presented_by}: {', '.join(e.people)}", st["small"])
    story.append(_label(labels.learning_points, st["h3"]))
    if e.learning_points:
        for i, p in enumerate(e.learning_points, start=1):
            story += para(p.text, st["point"], bulletText=f"{i}.")
    else:
        story += para(labels.no_learning_points, st["small"])
    if e.measures:
        story += [_label(labels.measures, st["h3"]), _measures_table(e.measures, labels, st)]
    if e.presenter_learning:
        story += [_label(labels.presenter_learning, st["h3"]), *para(e.presenter_learning, st["body"])]
    if e.observations:
        story.append(_label(labels.observations, st["h3"]))
        for o in e.observations:
            story += para(f"{o.at.strftime('%H:%M')} {o.text}", st["body"])
    return story


def _timings_story(sheet: Sheet, labels: SheetLabels, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    entries = [e for e in sheet.entries if e.timings]
    if not entries:
        return []
    story: list[Flowable] = [PageBreak(), _label(labels.timings, st["h2"])]
    for e in entries:
        rows: list[list[Any]] = [[_label(x, st["small"]) for x in (labels.step, labels.planned,
                                                                   labels.actual)]]
        for t in e.timings:
            rows.append([para(t.title, st["body"]), _label(_mmss(t.planned_s), st["body"]),
                         _label(_mmss(t.actual_s), st["body"])])
        table = Table(rows, colWidths=[110 * mm, 30 * mm, 30 * mm])
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [_label(f"{e.when.date().isoformat()} · {e.title}", st["h3"]), table]
    return story


def _mmss(seconds: float) -> str:
    s = max(0, round(seconds))
    return f"{s // 60:d}:{s % 60:02d}"


def sheet_title(sheet: Sheet, labels: SheetLabels) -> str:
    """The title line (also the PDF's title metadata)."""
    base = {SheetKind.MEETING: labels.title_meeting, SheetKind.VISIT: labels.title_visit,
            SheetKind.STAFF: labels.title_staff}[sheet.kind]
    return f"{base} – {sheet.team}" if sheet.team else base


def build_story(sheet: Sheet, labels: SheetLabels, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """All flowables of a prepared sheet."""
    story: list[Flowable] = [_label(sheet_title(sheet, labels), st["title"])]
    period = labels.period % {"start": sheet.period_start.isoformat(), "end": sheet.period_end.isoformat()}
    story.append(_label(period, st["small"]))
    story.append(Spacer(1, 4 * mm))
    if not sheet.entries:
        story += para(labels.nothing_in_period, st["body"])
    for e in sheet.entries:
        parts = _entry_story(e, labels, st)
        story.append(KeepTogether(parts[:4]))  # a heading never sits alone at a page's foot
        story += parts[4:]
    if sheet.carried:
        today = (sheet.generated.date() if sheet.generated else sheet.period_end)
        ages = {c.measure.id: (today - c.opened).days for c in sheet.carried}
        story += [_label(labels.carried, st["h2"]),
                  _measures_table([c.measure for c in sheet.carried], labels, st, ages)]
    story += _timings_story(sheet, labels, st)
    return story


class _NumberedCanvas(Canvas):
    """Two-pass canvas: "Page N of M" needs the page count."""

    labels: SheetLabels = SheetLabels()

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
            self.setFont(FONT, 8)
            self.drawRightString(A4[0] - 18 * mm, 10 * mm,
                                 self.labels.page % {"page": self._pageNumber, "pages": total})
            super().showPage()
        super().save()


def build_pdf(sheet: Sheet, labels: SheetLabels | None = None) -> bytes:
    """The prepared sheet as PDF bytes (A4, fonts embedded, title and author set)."""
    labels = labels or SheetLabels()
    st = make_styles()
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title=sheet_title(sheet, labels),
                            author="Runde", subject=labels.title_staff, creator="Runde")
    canvas_cls = type("SheetCanvas", (_NumberedCanvas,), {"labels": labels})
    doc.build(build_story(sheet, labels, st), canvasmaker=canvas_cls)
    return out.getvalue()

