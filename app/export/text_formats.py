"""The same sheet as Markdown and as CSV (for a spreadsheet).

Both carry what the PDF carries, from the same prepared sheet (so the same privacy rules): the
title and period, each meeting's and visit's case, people, learning points (or that there were
none), measures, the presenter's learning, what was tried since last time and released
observations, the carried measures and,
when ticked, the planned and actual times. Days and times are local.
"""

from __future__ import annotations

import csv
import io
import re

from app.export.pdf import sheet_title
from app.export.sheet import Entry, Sheet, SheetLabels, local, local_day, people_label, period_text

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~&=])")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = ("kind", "date", "time", "source", "format", "text", "type", "owner", "due", "status",
               "planned_s", "actual_s")


def md_escape(text: str) -> str:
    """User text that cannot make headings, links, HTML, code or emphasis; line breaks kept (a line's
    leading spaces are dropped, as on paper: four would make a code block)."""
    return "  \n".join(_MD_SPECIAL.sub(r"\\\1", line.strip()) for line in text.split("\n"))


def _md_item(marker: str, text: str) -> str:
    """One list item whose lines all stay in it: continuation lines indented under the marker, and
    blank lines (which would end the item) dropped."""
    lines = [line for line in text.split("\n") if line.strip()] or [""]
    pad = " " * (len(marker) + 1)
    return f"{marker} " + "  \n".join([md_escape(lines[0])] + [pad + md_escape(x) for x in lines[1:]])


def _mmss(seconds: float) -> str:
    s = round(seconds)
    return f"{'−' if s < 0 else ''}{abs(s) // 60:d}:{abs(s) % 60:02d}"


def _md_entry(e: Entry, labels: SheetLabels) -> list[str]:
    out = [f"## {md_escape(labels.day(local_day(e.when)))} · {md_escape(e.title)}", ""]
    if e.case_title:
        out += [f"{md_escape(labels.case)}: {md_escape(e.case_title)}", ""]
    if e.people:
        out += [f"{md_escape(people_label(e, labels))}: {md_escape(', '.join(e.people))}", ""]
    out += [f"### {md_escape(labels.learning_points)}", ""]
    out += [_md_item(f"{i}.", p.text) for i, p in enumerate(e.learning_points, 1)] or [
        md_escape(labels.no_learning_points)]
    out.append("")
    if e.measures:
        out += [f"### {md_escape(labels.measures)}", ""]
        out += [_md_item("-", f"{m.text} ({labels.kinds.get(m.kind.value, '')}"
                              f"{', ' + m.owner if m.owner else ''}"
                              f"{', ' + labels.short_day(m.due) if m.due else ''}"
                              f", {labels.statuses.get(m.status.value, m.status.value)})")
                for m in e.measures]
        out.append("")
    if e.presenter_learning:
        out += [f"### {md_escape(labels.presenter_learning)}", "", md_escape(e.presenter_learning), ""]
    if e.tried_since_last:
        out += [f"### {md_escape(labels.tried_since_last)}", "", md_escape(e.tried_since_last), ""]
    if e.observations:
        out += [f"### {md_escape(labels.observations)}", ""]
        out += [_md_item("-", f"{local(o.at).strftime('%H:%M')} {o.text}") for o in e.observations]
        out.append("")
    return out


def build_markdown(sheet: Sheet, labels: SheetLabels | None = None) -> str:
    """The prepared sheet as Markdown."""
    labels = labels or SheetLabels()
    line = period_text(sheet, labels)
    if sheet.generated:
        line += " · " + labels.generated % {"date": labels.day(local_day(sheet.generated))}
    out = [f"# {md_escape(sheet_title(sheet, labels))}", "", md_escape(line), ""]
    if not sheet.entries:
        out += [md_escape(labels.nothing_in_period), ""]
    for e in sheet.entries:
        out += _md_entry(e, labels)
    if sheet.carried:
        today = local_day(sheet.generated) if sheet.generated else sheet.period_end
        out += [f"## {md_escape(labels.carried)}", ""]
        out += [_md_item("-", f"{c.measure.text} ({labels.short_day(c.opened)}, "
                              f"{labels.age_days % {'days': (today - c.opened).days}}"
                              f"{', ' + c.measure.owner if c.measure.owner else ''})")
                for c in sheet.carried]
        out.append("")
    timed = [e for e in sheet.entries if e.timings]
    if timed:
        out += [f"## {md_escape(labels.timings)}", ""]
        for e in timed:
            out += [f"### {md_escape(labels.day(local_day(e.when)))} · {md_escape(e.title)}", ""]
            out += [_md_item("-", f"{t.title}: {labels.planned} {_mmss(t.planned_s)}, "
                                  f"{labels.actual} {_mmss(t.actual_s)}") for t in e.timings]
            out.append("")
    return "\n".join(out)


def _cell(text: str) -> str:
    """Guard against spreadsheet formula injection."""
    return "'" + text if text.startswith(FORMULA_START) else text


def _csv_entry(e: Entry, labels: SheetLabels) -> list[list[str]]:
    when = local(e.when)
    day, at = when.date().isoformat(), when.strftime("%H:%M")

    def row(kind: str, text: str, *rest: str, moment: tuple[str, str] = (day, at)) -> list[str]:
        cells = [kind, *moment, e.kind, e.title, text, *rest]
        return cells + [""] * (len(CSV_COLUMNS) - len(cells))

    rows = [row(e.kind, e.title)]
    if e.case_title:
        rows.append(row("case", e.case_title))
    roles = ("learning_agent", "colleague") if e.kind == "visit" else ()
    rows += [row(roles[min(i, len(roles) - 1)] if roles else "presenter", p) for i, p in enumerate(e.people)]
    rows += [row("learning_point", p.text) for p in e.learning_points]
    if not e.learning_points:
        rows.append(row("no_learning_points", labels.no_learning_points))
    rows += [row("measure", m.text, m.kind.value, m.owner, m.due.isoformat() if m.due else "", m.status.value)
             for m in e.measures]
    if e.presenter_learning:
        rows.append(row("presenter_learning", e.presenter_learning))
    if e.tried_since_last:
        rows.append(row("tried_since_last", e.tried_since_last))
    for o in e.observations:
        at_o = local(o.at)
        rows.append(row("observation", o.text, moment=(at_o.date().isoformat(), at_o.strftime("%H:%M"))))
    rows += [row("timing", t.title, "", "", "", "", f"{t.planned_s:g}", f"{t.actual_s:g}") for t in e.timings]
    return rows


def build_csv(sheet: Sheet, labels: SheetLabels | None = None, delimiter: str = ",") -> bytes:
    """One row per item, its ``kind`` in the first column: the sheet itself (``date`` is the period
    as an ISO 8601 interval), each meeting or visit, then its case, people, learning points (or
    ``no_learning_points``), measures, the presenter's learning, what was tried since last time
    (``tried_since_last``), released observations and timings;
    ``carried_measure`` rows last. Dates ISO, times local. UTF-8 with BOM so spreadsheets read æøå.
    ``delimiter``: "," for English, ";" where the decimal comma rules (Danish, Norwegian, Swedish,
    Finnish: what a spreadsheet there splits into columns on opening)."""
    labels = labels or SheetLabels()
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter)
    w.writerow(CSV_COLUMNS)
    start, end = sheet.period_start.isoformat(), sheet.period_end.isoformat()
    rows = [["sheet", start if start == end else f"{start}/{end}", "", sheet.kind.value, "",
             sheet_title(sheet, labels)]]
    if not sheet.entries:
        rows.append(["nothing_in_period", "", "", "", "", labels.nothing_in_period])
    for e in sheet.entries:
        rows += _csv_entry(e, labels)
    for c in sheet.carried:
        m = c.measure
        rows.append(["carried_measure", c.opened.isoformat(), "", "", "", m.text, m.kind.value, m.owner,
                     m.due.isoformat() if m.due else "", m.status.value])
    for r in rows:
        w.writerow([_cell(x) for x in r + [""] * (len(CSV_COLUMNS) - len(r))])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def build_text(sheet: Sheet, labels: SheetLabels | None = None) -> str:
    """The prepared sheet as plain text (what Copy puts beside the HTML on the clipboard): the
    Markdown's structure, without its escapes."""
    return re.sub(r"\\(.)", r"\1", build_markdown(sheet, labels))
