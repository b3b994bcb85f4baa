"""The prepared sheet as simple HTML: the export preview, what Print prints, what Copy puts on the
clipboard and what the editable document (.odt) is made from.

It draws the blocks of :mod:`app.export.layout`, so it says what the PDF says, item for item, in the
subset of HTML that Qt's rich text renders (and Word and Outlook paste). Every piece of text is
escaped and its line breaks kept as ``<br>``, so a point of many lines is one point and nothing typed
can become markup, a link or an image. The chart of a staff sheet is a small table here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from app.export.layout import (
    Chart,
    Facts,
    Heading,
    Items,
    PageBreak,
    Said,
    Table,
    Text,
    blocks,
)
from app.export.sheet import Sheet, SheetLabels
from app.export.text import normalise

STYLE = ("body { color: #000; background: #fff; } h1 { font-size: x-large; margin-bottom: 2px; } "
         "h2 { font-size: large; margin-top: 14px; margin-bottom: 4px; } "
         "h3 { font-size: medium; margin-top: 10px; margin-bottom: 2px; } "
         ".small { color: #333; font-size: small; } li { font-size: large; margin-bottom: 4px; } "
         "li.item { font-size: medium; margin-bottom: 2px; } .who { font-weight: bold; } "
         "th { text-align: left; font-size: small; border-bottom: 1px solid #000; } "
         "td { vertical-align: top; font-size: small; } td.label { color: #333; padding-right: 10px; } "
         ".muted { color: #444; font-style: italic; }")


def text_html(text: str) -> str:
    """User text as HTML: escaped, line breaks as ``<br>``, blank lines at the ends dropped."""
    return "<br>".join(escape(line) for line in normalise(text).strip("\n").split("\n"))


def _p(text: str, cls: str = "") -> str:
    return f'<p class="{cls}">{text_html(text)}</p>' if cls else f"<p>{text_html(text)}</p>"


def _table(columns: Sequence[str], rows: Sequence[Sequence[str]], right_from: int = 99) -> str:
    def cell(tag: str, i: int, text: str) -> str:
        align = ' align="right"' if i >= right_from else ""
        return f"<{tag}{align}>{text_html(text)}</{tag}>"
    head = "".join(cell("th", i, c) for i, c in enumerate(columns))
    body = "".join("<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>" for row in rows)
    return (f'<table width="100%" cellspacing="0" cellpadding="3" border="0"><tr>{head}</tr>'
            f"{body}</table>")


def _heading(b: Heading) -> str:
    return ("<hr>" if b.level == 2 else "") + f"<h{b.level}>{text_html(b.text)}</h{b.level}>"


def _facts(b: Facts) -> str:
    rows = "".join(f'<tr><td class="label">{text_html(k)}</td><td>{text_html(v)}</td></tr>'
                   for k, v in b.rows)
    return f'<table cellspacing="0" cellpadding="2" border="0">{rows}</table>'


def _items(b: Items) -> str:
    tag, cls = ("ol", "") if b.numbered else ("ul", ' class="item"')
    return f"<{tag}>" + "".join(f"<li{cls}>{text_html(i)}</li>" for i in b.items) + f"</{tag}>"


def _said(b: Said) -> str:
    if b.stacked:
        return "".join(f'<p><span class="who">{text_html(q)}</span><br>{text_html(a)}</p>'
                       for q, a, _ in b.rows)
    return "".join(f'<p><span class="who">{text_html(who)}:</span> '
                   + (f'<span class="muted">{text_html(what)}</span>' if muted else text_html(what)) + "</p>"
                   for who, what, muted in b.rows)


def _grid(b: Table) -> str:
    head = f"<h{b.level}>{text_html(b.heading)}</h{b.level}>" if b.heading else ""
    return ("<hr>" if b.ruled else "") + head + _table(b.columns, b.rows, b.right_from)


def _chart(b: Chart) -> str:
    return f"<h3>{text_html(b.title)}</h3>" + _table(
        ("", b.planned, b.actual, "±"),
        [(label, f"{p:.0f}", f"{a:.0f}", f"{a - p:+.0f}".replace("-", "−")) for label, p, a in b.rows],
        right_from=1)


_DRAW: dict[type, Callable[[Any], str]] = {
    Heading: _heading, Text: lambda b: _p(b.text, "small" if b.small else ""), Facts: _facts,
    Items: _items, Said: _said, Table: _grid, Chart: _chart, PageBreak: lambda _b: ""}


def build_html(sheet: Sheet, labels: SheetLabels | None = None) -> str:
    """The prepared sheet as one HTML document."""
    labels = labels or SheetLabels()
    body = "\n".join(x for x in (_DRAW[type(b)](b) for b in blocks(sheet, labels)) if x)
    return f"<html><head><style>{STYLE}</style></head><body>\n{body}\n</body></html>"
