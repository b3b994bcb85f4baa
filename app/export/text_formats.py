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
from collections.abc import Callable
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
    sheet_title,
)
from app.export.sheet import Entry, Sheet, SheetLabels, local, round_of
from app.export.text import normalise

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~&=])")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = ("kind", "date", "time", "source", "format", "text", "type", "owner", "due", "status",
               "planned_s", "actual_s")


def md_escape(text: str) -> str:
    """User text that cannot make headings, links, HTML, code or emphasis; line breaks kept (a line's
    leading spaces are dropped, as on paper: four would make a code block)."""
    return "  \n".join(_MD_SPECIAL.sub(r"\\\1", line.strip()) for line in text.split("\n"))


def _md_item(marker: str, text: str, esc: Callable[[str], str] = md_escape) -> str:
    """One list item whose lines all stay in it: continuation lines indented under the marker, and
    blank lines (which would end the item) dropped."""
    lines = [line for line in text.split("\n") if line.strip()] or [""]
    pad = " " * (len(marker) + 1)
    return f"{marker} " + "  \n".join([esc(lines[0])] + [pad + esc(x) for x in lines[1:]])


def _md_table(b: Table, esc: Callable[[str], str]) -> list[str]:
    head = [f"{'#' * b.level} {esc(b.heading)}", ""] if b.heading else []
    def line(row: tuple[str, ...]) -> str:  # each value with its column's name: "Owner Bo, Due 1 Apr"
        named = (f"{col} {' '.join(c.split())}".strip()
                 for col, c in zip(b.columns[1:], row[1:], strict=False) if c.strip())
        return f"{row[0]} ({', '.join(named)})"
    return [*head, *(_md_item("-", line(row), esc) for row in b.rows), ""]


def _md_chart(b: Chart, esc: Callable[[str], str]) -> list[str]:
    return [f"### {esc(b.title)}", "", *(_md_item("-", f"{label}: {b.planned} {p:.0f}, {b.actual} {a:.0f} "
                                                        f"{b.minutes}", esc) for label, p, a in b.rows), ""]


_MD: dict[type, Callable[[Any, Callable[[str], str]], list[str]]] = {
    Heading: lambda b, esc: [f"{'#' * b.level} {esc(b.text)}", ""],
    Text: lambda b, esc: [esc(b.text), ""],
    Facts: lambda b, esc: [*(_md_item("-", f"{k}: {v}", esc) for k, v in b.rows), ""],
    Items: lambda b, esc: [*(_md_item(f"{i}." if b.numbered else "-", t, esc)
                             for i, t in enumerate(b.items, 1)), ""],
    Said: lambda b, esc: [*(_md_item("-", f"{who}{chr(10) if b.stacked else ': '}{what}", esc)
                            for who, what, _ in b.rows), ""],
    Table: _md_table, Chart: _md_chart, PageBreak: lambda _b, _esc: [],
}


def _lines(sheet: Sheet, labels: SheetLabels | None, esc: Callable[[str], str]) -> str:
    labels = labels or SheetLabels()
    return "\n".join(line for b in blocks(sheet, labels) for line in _MD[type(b)](b, esc))


def build_markdown(sheet: Sheet, labels: SheetLabels | None = None) -> str:
    """The prepared sheet as Markdown (the same blocks as the PDF)."""
    return _lines(sheet, labels, md_escape)


def build_text(sheet: Sheet, labels: SheetLabels | None = None) -> str:
    """The prepared sheet as plain text (what Copy puts beside the HTML on the clipboard): the
    Markdown's structure, without its escapes."""
    return _lines(sheet, labels, lambda t: "\n".join(line.strip() for line in normalise(t).split("\n")))


def _cell(text: str) -> str:
    """Guard against spreadsheet formula injection."""
    return "'" + text if text.startswith(FORMULA_START) else text


def _csv_entry(e: Entry, labels: SheetLabels) -> list[list[str]]:
    when = local(e.when)
    day, at = when.date().isoformat(), when.strftime("%H:%M")

    def row(kind: str, text: str, *rest: str, moment: tuple[str, str] = (day, at)) -> list[str]:
        cells = [kind, *moment, e.kind, e.title, text, *rest]
        return cells + [""] * (len(CSV_COLUMNS) - len(cells))

    def timed(kind: str, text: str, planned: float | None, actual: float | None) -> list[str]:
        # whole seconds: no decimal point for a spreadsheet that expects a decimal comma to misread
        return row(kind, text, "", "", "", "", "" if planned is None else f"{round(planned)}",
                   "" if actual is None else f"{round(actual)}")

    rows = [row(e.kind, e.title)]
    if e.ended is not None:
        end = local(e.ended)
        rows.append(row("ended", "", moment=(end.date().isoformat(), end.strftime("%H:%M"))))
    if e.team:
        rows.append(row("team", e.team))
    if e.facilitator:
        rows.append(row("facilitator", e.facilitator))
    if e.case_title:
        rows.append(row("case", e.case_title))
    roles = ("learning_agent", "colleague") if e.kind == "visit" else ()
    rows += [row(roles[min(i, len(roles) - 1)] if roles else "presenter", p) for i, p in enumerate(e.people)]
    groups = (("present", e.present), ("late", e.late), ("absent", e.absent))
    rows += [row(kind, name) for kind, names in groups for name in names]
    rows += [row("learning_point", p.text) for p in e.learning_points]
    if not e.learning_points:
        rows.append(row("no_learning_points", labels.no_learning_points))
    rows += [row("measure", m.text, m.kind.value, m.owner, m.due.isoformat() if m.due else "", m.status.value)
             for m in e.measures]
    if e.tried_since_last:
        rows.append(row("tried_since_last", e.tried_since_last))
    rows += [row("question", q) for q in e.questions] + [row("own_question", q.text) for q in e.own_questions]
    if e.presenter_learning:
        rows.append(row("presenter_learning", e.presenter_learning))
    rows += [row("round", t.text, "", t.participant, "", t.status) for t in round_of(e)]
    rows += _csv_visit(e, row)
    for o in e.observations:
        at_o = local(o.at)
        rows.append(row("observation", o.text, moment=(at_o.date().isoformat(), at_o.strftime("%H:%M"))))
    if e.planned_s or e.actual_s:
        rows.append(timed("meeting_time", "", e.planned_s, e.actual_s))
    if e.paused_s:
        rows.append(timed("pauses", "", None, e.paused_s))
    rows += [timed("added", step, None, s) for step, s in e.added]
    rows += [timed("plan_change_turn" if c.turn else "plan_change", c.step, c.old_s, c.new_s)
             for c in e.plan_changes]
    rows += [timed("timing", t.title, t.planned_s, t.actual_s) for t in e.timings]
    return rows


def _csv_visit(e: Entry, row: Callable[..., list[str]]) -> list[list[str]]:
    v = e.visit
    if v is None:
        return []
    rows = [row("hours", f"{v.start.strftime('%H:%M')}–{v.end.strftime('%H:%M')}",
                "whole_day" if v.whole_day else "half_day")]
    if v.mode:
        rows.append(row("mode", v.mode))
    rows += [row(kind, text) for kind, text in (
        ("goals", v.goals), ("colleague_focus", v.colleague_focus), ("agent_saw", v.agent_saw),
        ("agent_worked", v.agent_worked), ("agent_differently", v.agent_differently),
        ("colleague_experience", v.colleague_experience), ("colleague_thoughts", v.colleague_thoughts))
        if text.strip()]
    rows += [row("ground_rule", r) for r in v.ground_rules if r.strip()]
    if v.present_at_staff_meeting:
        rows.append(row("for_staff_meeting", v.present_on.isoformat() if v.present_on else ""))
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

