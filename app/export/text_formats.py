"""The same sheet as Markdown and as CSV (for a spreadsheet)."""

from __future__ import annotations

import csv
import io
import re

from app.export.pdf import sheet_title
from app.export.sheet import Sheet, SheetLabels, people_label

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~&])")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def md_escape(text: str) -> str:
    """User text that cannot make headings, links, HTML or emphasis; line breaks kept."""
    return "  \n".join(_MD_SPECIAL.sub(r"\\\1", line) for line in text.split("\n"))


def build_markdown(sheet: Sheet, labels: SheetLabels | None = None) -> str:
    """The prepared sheet as Markdown."""
    labels = labels or SheetLabels()
    out = [f"# {md_escape(sheet_title(sheet, labels))}", "",
           md_escape(labels.period % {"start": labels.day(sheet.period_start),
                                      "end": labels.day(sheet.period_end)}), ""]
    if not sheet.entries:
        out += [md_escape(labels.nothing_in_period), ""]
    for e in sheet.entries:
        out += [f"## {md_escape(labels.day(e.when.date()))} · {md_escape(e.title)}", ""]
        if e.case_title:
            out += [f"{md_escape(labels.case)}: {md_escape(e.case_title)}", ""]
        if e.people:
            out += [f"{md_escape(people_label(e, labels))}: {md_escape(', '.join(e.people))}", ""]
        out += [f"### {md_escape(labels.learning_points)}", ""]
        out += [f"{i}. {md_escape(p.text)}" for i, p in enumerate(e.learning_points, 1)] or [
            md_escape(labels.no_learning_points)]
        out.append("")
        if e.measures:
            out += [f"### {md_escape(labels.measures)}", ""]
            out += [f"- {md_escape(m.text)} ({md_escape(labels.kinds.get(m.kind.value, ''))}"
                    f"{', ' + md_escape(m.owner) if m.owner else ''}"
                    f"{', ' + md_escape(labels.short_day(m.due)) if m.due else ''})" for m in e.measures]
            out.append("")
        if e.presenter_learning:
            out += [f"### {md_escape(labels.presenter_learning)}", "", md_escape(e.presenter_learning), ""]
        if e.observations:
            out += [f"### {md_escape(labels.observations)}", ""]
            out += [f"- {o.at.strftime('%H:%M')} {md_escape(o.text)}" for o in e.observations]
            out.append("")
    if sheet.carried:
        out += [f"## {md_escape(labels.carried)}", ""]
        out += [f"- {md_escape(c.measure.text)} ({md_escape(labels.short_day(c.opened))})"
                for c in sheet.carried]
        out.append("")
    return "\n".join(out)


def _cell(text: str) -> str:
    """Guard against spreadsheet formula injection."""
    return "'" + text if text.startswith(FORMULA_START) else text


def build_csv(sheet: Sheet, labels: SheetLabels | None = None) -> bytes:
    """One row per learning point and measure; UTF-8 with BOM so spreadsheets read æøå."""
    labels = labels or SheetLabels()
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["kind", "date", "source", "format", "text", "type", "owner", "due", "status"])
    for e in sheet.entries:
        day = e.when.date().isoformat()
        for p in e.learning_points:
            w.writerow([_cell(x) for x in ("learning_point", day, e.kind, e.title, p.text, "", "", "", "")])
        for m in e.measures:
            w.writerow([_cell(x) for x in ("measure", day, e.kind, e.title, m.text, m.kind.value, m.owner,
                                           m.due.isoformat() if m.due else "", m.status.value)])
    for c in sheet.carried:
        m = c.measure
        w.writerow([_cell(x) for x in ("carried_measure", c.opened.isoformat(), "", "", m.text,
                                       m.kind.value, m.owner, m.due.isoformat() if m.due else "",
                                       m.status.value)])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
