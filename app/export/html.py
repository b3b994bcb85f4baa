"""The prepared sheet as simple HTML, for the export preview and for printing through Qt.

It has the PDF's structure, item for item (title, period, each meeting's and visit's heading, case,
people, numbered learning points, measures, the presenter's learning, what was tried since last time,
released observations, carried
measures with their age, the optional times), in the subset of HTML that Qt's rich text renders.
Every piece of text is escaped and its line breaks kept as ``<br>``, so a point of many lines is one
point and nothing typed can become markup, a link or an image.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from app.capture import Measure
from app.export.pdf import normalise, sheet_title
from app.export.sheet import Entry, Sheet, SheetLabels, local, local_day, people_label, period_text

STYLE = ("body { color: #000; background: #fff; } h1 { font-size: x-large; margin-bottom: 2px; } "
         "h2 { font-size: large; margin-top: 14px; margin-bottom: 4px; } "
         "h3 { font-size: medium; margin-top: 10px; margin-bottom: 2px; } "
         ".small { color: #333; font-size: small; } li { font-size: large; margin-bottom: 4px; } "
         "th { text-align: left; font-size: small; border-bottom: 1px solid #000; } "
         "td { vertical-align: top; font-size: small; }")


def text_html(text: str) -> str:
    """User text as HTML: escaped, line breaks as ``<br>``, blank lines at the ends dropped."""
    return "<br>".join(escape(line) for line in normalise(text).strip("\n").split("\n"))


def _p(text: str, cls: str = "") -> str:
    return f'<p class="{cls}">{text_html(text)}</p>' if cls else f"<p>{text_html(text)}</p>"


def _table(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{text_html(c)}</td>" for c in row) + "</tr>" for row in rows)
    return (f'<table width="100%" cellspacing="0" cellpadding="3" border="0"><tr>{head}</tr>'
            f"{body}</table>")


def _measures(measures: Iterable[Measure], labels: SheetLabels, ages: dict[str, int] | None = None) -> str:
    rows = []
    for m in measures:
        status = labels.statuses.get(m.status.value, m.status.value)
        if ages is not None and m.id in ages:
            status += "\n" + labels.age_days % {"days": ages[m.id]}
        rows.append((m.text, labels.kinds.get(m.kind.value, m.kind.value), m.owner,
                     labels.short_day(m.due) if m.due else "", status))
    return _table((labels.text, labels.kind, labels.owner, labels.due, labels.status), rows)


def _entry(e: Entry, labels: SheetLabels) -> list[str]:
    out = ["<hr>", f"<h2>{text_html(f'{labels.day(local_day(e.when))} · {e.title}')}</h2>"]
    if e.case_title:
        out.append(_p(f"{labels.case}: {e.case_title}"))
    if e.people:
        out.append(_p(f"{people_label(e, labels)}: {', '.join(e.people)}", "small"))
    out.append(f"<h3>{text_html(labels.learning_points)}</h3>")
    if e.learning_points:
        out.append("<ol>" + "".join(f"<li>{text_html(p.text)}</li>" for p in e.learning_points) + "</ol>")
    else:
        out.append(_p(labels.no_learning_points, "small"))
    if e.measures:
        out += [f"<h3>{text_html(labels.measures)}</h3>", _measures(e.measures, labels)]
    if e.presenter_learning:
        out += [f"<h3>{text_html(labels.presenter_learning)}</h3>", _p(e.presenter_learning)]
    if e.tried_since_last:
        out += [f"<h3>{text_html(labels.tried_since_last)}</h3>", _p(e.tried_since_last)]
    if e.observations:
        out.append(f"<h3>{text_html(labels.observations)}</h3>")
        out += [_p(f"{local(o.at).strftime('%H:%M')}  {o.text}") for o in e.observations]
    return out


def _mmss(seconds: float, sign: bool = False) -> str:
    s = round(seconds)
    prefix = ("+" if s > 0 else "−" if s < 0 else "±") if sign else ""
    return f"{prefix}{abs(s) // 60:d}:{abs(s) % 60:02d}"


def build_html(sheet: Sheet, labels: SheetLabels | None = None) -> str:
    """The prepared sheet as one HTML document."""
    labels = labels or SheetLabels()
    line = period_text(sheet, labels)
    if sheet.generated:
        line += "   ·   " + labels.generated % {"date": labels.day(local_day(sheet.generated))}
    out = [f"<html><head><style>{STYLE}</style></head><body>",
           f"<h1>{text_html(sheet_title(sheet, labels))}</h1>", _p(line, "small")]
    if not sheet.entries:
        out.append(_p(labels.nothing_in_period))
    for e in sheet.entries:
        out += _entry(e, labels)
    if sheet.carried:
        today = local_day(sheet.generated) if sheet.generated else sheet.period_end
        ages = {c.measure.id: (today - c.opened).days for c in sheet.carried}
        out += ["<hr>", f"<h2>{text_html(labels.carried)}</h2>",
                _measures([c.measure for c in sheet.carried], labels, ages)]
    timed = [e for e in sheet.entries if e.timings]
    if timed:
        out += ["<hr>", f"<h2>{text_html(labels.timings)}</h2>"]
        for e in timed:
            out.append(f"<h3>{text_html(f'{labels.day(local_day(e.when))} · {e.title}')}</h3>")
            out.append(_table((labels.step, labels.planned, labels.actual, "±"),
                              [(t.title, _mmss(t.planned_s), _mmss(t.actual_s),
                                _mmss(t.actual_s - t.planned_s, sign=True)) for t in e.timings]))
    out.append("</body></html>")
    return "\n".join(out)
