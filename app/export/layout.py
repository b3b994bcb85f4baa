"""What a sheet says, in order, as a few kinds of block: the one place that decides the content.

The PDF, the preview (HTML, also what Print, Copy and the .odt use), Markdown and plain text each draw
these blocks in their own way, so a part added here is in every one of them. Everything is built from
a sheet after :func:`app.export.sheet.prepare` (confidential and private items are already gone).

A meeting's record is its outcome first (learning points, measures), then how the meeting got there in
the order it went (what was tried since last time, the learning questions asked, what they taught the
presenter, the round), then how the time went. A learning visit's record is its plan (the check-in),
its points, both people's reflections and the observations released. A staff sheet starts with a page
a leader reads in a minute: counts, what was held, and a chart of planned against actual minutes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from app.capture import Measure, MeasureStatus
from app.export.sheet import (
    Entry,
    RoundTurn,
    Sheet,
    SheetKind,
    SheetLabels,
    VisitRecord,
    local,
    local_day,
    period_text,
    round_of,
)
from app.visit import CONFIDENTIALITY

MEASURE_COLUMNS = (0.47, 0.13, 0.17, 0.12, 0.11)  # text, type, owner, due, status (of the width)
TIMING_COLUMNS = (0.55, 0.15, 0.15, 0.15)  # step, planned, actual, difference
HELD_COLUMNS = (0.2, 0.5, 0.15, 0.15)  # day, what, how many took part, learning points


@dataclass(frozen=True)
class Heading:
    """A heading: 1 the sheet's title, 2 a meeting or visit (after a rule), 3 a part of one."""

    text: str
    level: int


@dataclass(frozen=True)
class Text:
    """User text (several lines kept), or a line we compose; ``small`` for secondary lines."""

    text: str
    small: bool = False


@dataclass(frozen=True)
class Facts:
    """Label and value pairs: when, who, how long."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Items:
    """A list; ``numbered`` lists (the learning points) print large."""

    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Said:
    """Who said what, one line each (the round); ``muted`` lines are a status. ``stacked``: the
    question on a line of its own, its answer under it (the reflections)."""

    rows: tuple[tuple[str, str, bool], ...]
    stacked: bool = False


@dataclass(frozen=True)
class Table:
    """A table under its heading; the ``long`` columns hold long text, the others short cells."""

    heading: str
    level: int
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    right_from: int = 99  # columns from this one on are right-aligned (numbers)
    ruled: bool = False  # a rule above (a part of its own, not of a meeting)
    long: tuple[int, ...] = (0,)
    whole: bool = False  # kept on one page when it fits (a short table split after a row reads badly)


@dataclass(frozen=True)
class Chart:
    """Planned against actual minutes, one pair of bars per meeting (label, planned, actual)."""

    title: str
    rows: tuple[tuple[str, float, float], ...]
    planned: str
    actual: str
    minutes: str


@dataclass(frozen=True)
class PageBreak:
    """The rest starts on a new page (on paper only)."""


Block = Heading | Text | Facts | Items | Said | Table | Chart | PageBreak


def minutes(seconds: float) -> str:
    """Whole minutes as a number ("31")."""
    return f"{round(seconds / 60):d}"


def mmss(seconds: float, sign: bool = False) -> str:
    """m:ss, with a sign for a difference."""
    s = round(seconds)
    prefix = ("+" if s > 0 else "−" if s < 0 else "±") if sign else ""
    return f"{prefix}{abs(s) // 60:d}:{abs(s) % 60:02d}"


def entry_title(e: Entry, labels: SheetLabels) -> str:
    """"Tuesday 10 March 2026 · Systematic learning meeting"."""
    return f"{labels.day(local_day(e.when))} · {e.title}"


def sheet_title(sheet: Sheet, labels: SheetLabels) -> str:
    """The title line (also the PDF's title metadata and the file name offered)."""
    base = {SheetKind.MEETING: labels.title_meeting, SheetKind.VISIT: labels.title_visit,
            SheetKind.STAFF: labels.title_staff}[sheet.kind]
    team = " ".join(sheet.team.split())
    return f"{base} – {team}" if team else base


def header_line(sheet: Sheet, labels: SheetLabels, sep: str = " · ") -> str:
    """The period (a staff sheet's; one meeting's or visit's day is in its own heading) and when the
    sheet was made."""
    made = labels.generated % {"date": labels.day(local_day(sheet.generated))} if sheet.generated else ""
    if sheet.kind is not SheetKind.STAFF and sheet.entries and made:
        return made
    return sep.join(x for x in (period_text(sheet, labels), made) if x)


def _names(names: Iterable[str]) -> str:
    return ", ".join(" ".join(n.split()) for n in names)


def measure_rows(measures: Iterable[Measure], labels: SheetLabels,
                 ages: dict[str, int] | None = None) -> tuple[tuple[str, ...], ...]:
    """Measures as table rows: text, type, owner, due, status (with the age of a carried one)."""
    rows = []
    for m in measures:
        status = labels.statuses.get(m.status.value, m.status.value)
        if ages is not None and m.id in ages:
            status += "\n" + labels.age_days % {"days": ages[m.id]}
        rows.append((m.text, labels.kinds.get(m.kind.value, m.kind.value), m.owner,
                     labels.short_day(m.due) if m.due else "", status))
    return tuple(rows)


def _measures_table(heading: str, level: int, measures: Sequence[Measure], labels: SheetLabels,
                    ages: dict[str, int] | None = None) -> Table:
    return Table(heading, level, (labels.text, labels.kind, labels.owner, labels.due, labels.status),
                 measure_rows(measures, labels, ages), MEASURE_COLUMNS, ruled=ages is not None)


def _clock(e: Entry) -> str:
    start = local(e.when).strftime("%H:%M")
    return f"{start}–{local(e.ended).strftime('%H:%M')}" if e.ended else start


def _meeting_facts(e: Entry, sheet: Sheet, labels: SheetLabels) -> Facts:
    rows = [(labels.time_of_day, _clock(e))]
    if e.team and e.team != sheet.team:
        rows.append((labels.team, e.team))
    if e.facilitator:
        rows.append((labels.facilitator, e.facilitator))
    if e.people:
        rows.append((labels.presented_by, _names(e.people)))
    if e.present:
        rows.append((labels.present, f"{_names(e.present)} ({len(e.present)})"))
    if e.late:
        rows.append((labels.late, _names(e.late)))
    if e.absent:
        rows.append((labels.absent, _names(e.absent)))
    return Facts(tuple(rows))


def _points(e: Entry, labels: SheetLabels) -> list[Block]:
    out: list[Block] = [Heading(labels.learning_points, 3)]
    if not e.learning_points:
        return [*out, Text(labels.no_learning_points, small=True)]
    return [*out, Items(tuple(p.text for p in e.learning_points), numbered=True)]


def _turn_line(t: RoundTurn, labels: SheetLabels) -> tuple[str, str, bool]:
    status = {"passed": labels.passed, "absent": labels.turn_absent, "waiting": labels.turn_waiting,
              "hidden": labels.not_shared}.get(t.status)
    if status is not None:
        return (t.participant, status, True)
    return (t.participant, t.text, False) if t.text.strip() else (t.participant, labels.turn_no_line, True)


def _questions(e: Entry, labels: SheetLabels) -> list[Block]:
    if not e.questions and not e.own_questions:
        return []
    items = (*e.questions, *(f"{q.text} ({labels.own_question})" for q in e.own_questions))
    return [Heading(labels.questions_asked, 3), Items(items)]


def _timing_table(e: Entry, labels: SheetLabels, heading: str = "") -> Table:
    """Each step's planned and actual time; under its heading (a staff sheet's page of times), else
    as part of "How the time went", kept on one page when it fits."""
    rows = tuple((t.title, mmss(t.planned_s), mmss(t.actual_s), mmss(t.actual_s - t.planned_s, sign=True))
                 for t in e.timings)
    return Table(heading, 3, (labels.step, labels.planned, labels.actual, "±"), rows, TIMING_COLUMNS,
                 right_from=1, whole=not heading)


def _time_went(e: Entry, sheet: Sheet, labels: SheetLabels) -> list[Block]:
    """Planned and actual, pauses, minutes added or removed, a new plan applied; and on a meeting's
    own sheet each step's planned and actual time (a staff sheet has them on a page of their own)."""
    if not (e.planned_s or e.actual_s):
        return []
    def mins(seconds: float) -> str:
        return labels.minutes % {"n": minutes(seconds)}

    rows = [(labels.planned, mins(e.planned_s)), (labels.actual, mins(e.actual_s))]
    if e.paused_s >= 1:
        rows.append((labels.pauses, mmss(e.paused_s)))
    if e.added:
        rows.append((labels.added, "; ".join(f"{step} {mmss(s, sign=True)}" for step, s in e.added)))
    if e.plan_changes:
        rows.append((labels.plan_changes, "; ".join(
            (labels.turn_change if c.turn else labels.step_change)
            % {"step": c.step, "old": mmss(c.old_s), "new": mmss(c.new_s)} for c in e.plan_changes)))
    out: list[Block] = [Heading(labels.time_went, 3), Facts(tuple(rows))]
    if e.timings and sheet.kind is SheetKind.MEETING:
        out.append(_timing_table(e, labels))
    return out


def _timings_page(sheet: Sheet, labels: SheetLabels) -> list[Block]:
    """A staff sheet's page of planned and actual times per step (when ticked for the export)."""
    timed = [e for e in sheet.entries if e.timings]
    if sheet.kind is SheetKind.MEETING or not timed:
        return []
    return [PageBreak(), Heading(labels.timings, 2), *(_timing_table(e, labels, entry_title(e, labels))
                                                     for e in timed)]


def _meeting(e: Entry, sheet: Sheet, labels: SheetLabels) -> list[Block]:
    out: list[Block] = [Heading(entry_title(e, labels), 2)]
    if e.case_title:
        out.append(Text(f"{labels.case}: {e.case_title}"))
    out += [_meeting_facts(e, sheet, labels), *_points(e, labels)]
    if e.measures:
        out.append(_measures_table(labels.measures, 3, e.measures, labels))
    if e.tried_since_last:
        out += [Heading(labels.tried_since_last, 3), Text(e.tried_since_last)]
    out += _questions(e, labels)
    if e.presenter_learning:
        out += [Heading(labels.presenter_learning, 3), Text(e.presenter_learning)]
    turns = round_of(e)
    if turns:
        out += [Heading(labels.round, 3), Said(tuple(_turn_line(t, labels) for t in turns))]
    return out + _observations(e, labels) + _time_went(e, sheet, labels)


def _visit_facts(e: Entry, v: VisitRecord, labels: SheetLabels) -> Facts:
    agent, colleague = (list(e.people) + ["", ""])[:2]
    hours = f"{v.start.strftime('%H:%M')}–{v.end.strftime('%H:%M')}"
    rows = [(labels.agent, agent), (labels.colleague, colleague),
            (labels.day_hours, f"{labels.day(v.day)}, {hours} "
                               f"({labels.whole_day if v.whole_day else labels.half_day})")]
    if v.mode:
        rows.append((labels.mode, labels.modes.get(v.mode, v.mode)))
    agreed = [t for ok, t in ((v.consent, labels.consent), (v.manager_informed, labels.manager_informed))
              if ok]
    if agreed:  # one line each: two sentences of their own, not run together
        rows.append((labels.agreed, "\n".join(agreed)))
    if v.present_at_staff_meeting:
        rows.append((labels.for_staff_meeting,
                     labels.day(v.present_on) if v.present_on else labels.next_staff_meeting))
    return Facts(tuple((k, val) for k, val in rows if val.strip()))


def _reflection(title: str, parts: Iterable[tuple[str, str]]) -> list[Block]:
    said = tuple((q, a, False) for q, a in parts if a.strip())
    return [Heading(title, 3), Said(said, stacked=True)] if said else []


def _visit(e: Entry, v: VisitRecord, labels: SheetLabels) -> list[Block]:
    out: list[Block] = [Heading(entry_title(e, labels), 2), _visit_facts(e, v, labels)]
    out += _points(e, labels)
    if v.goals.strip():
        out += [Heading(labels.goals, 3), Text(v.goals)]
    if v.colleague_focus.strip():
        out += [Heading(labels.colleague_focus, 3), Text(v.colleague_focus)]
    rules = tuple(labels.confidentiality if r == CONFIDENTIALITY else r for r in v.ground_rules if r.strip())
    if rules:
        out += [Heading(labels.ground_rules, 3), Items(rules)]
    out += _reflection(labels.agent_reflection, ((labels.agent_saw, v.agent_saw),
                                                 (labels.agent_worked, v.agent_worked),
                                                 (labels.agent_differently, v.agent_differently)))
    out += _reflection(labels.colleague_reflection, ((labels.colleague_experience, v.colleague_experience),
                                                     (labels.colleague_thoughts, v.colleague_thoughts)))
    return out + _observations(e, labels)


def _observations(e: Entry, labels: SheetLabels) -> list[Block]:
    if not e.observations:
        return []
    return [Heading(labels.observations, 3),
            Items(tuple(f"{local(o.at).strftime('%H:%M')} {o.text}" for o in e.observations))]


def _plain_visit(e: Entry, labels: SheetLabels) -> list[Block]:
    """A visit known only by its people (a sheet built without its details)."""
    out: list[Block] = [Heading(entry_title(e, labels), 2)]
    if e.people:
        out.append(Text(f"{labels.visit_people}: {_names(e.people)}", small=True))
    return out + _points(e, labels) + _observations(e, labels)


def entry_blocks(e: Entry, sheet: Sheet, labels: SheetLabels) -> list[Block]:
    """One meeting's or visit's whole record."""
    if e.kind == "visit":
        return _visit(e, e.visit, labels) if e.visit is not None else _plain_visit(e, labels)
    return _meeting(e, sheet, labels)


def _took_part(e: Entry) -> tuple[str, ...]:
    """Who took part in a meeting (those present) or a visit (its two people)."""
    return e.people if e.kind == "visit" else e.present or e.people


def _summary(sheet: Sheet, labels: SheetLabels) -> list[Block]:
    """The staff sheet's first page: what was held, what was learned and decided, how the time went."""
    meetings = [e for e in sheet.entries if e.kind == "meeting"]
    measures = [m for e in sheet.entries for m in e.measures]
    done = sum(m.status is MeasureStatus.DONE for m in measures)
    still_open = sum(m.status is MeasureStatus.OPEN for m in measures) + len(sheet.carried)
    counts = ((labels.meetings_held, len(meetings)),
              (labels.visits_held, len(sheet.entries) - len(meetings)),
              (labels.learning_points, sum(len(e.learning_points) for e in sheet.entries)),
              (labels.measures_opened, len(measures)), (labels.measures_done, done),
              (labels.measures_open, still_open))
    out: list[Block] = [Heading(labels.in_brief, 2), Facts(tuple((k, str(n)) for k, n in counts))]
    bars = tuple((labels.short_day(local_day(e.when)), round(e.planned_s / 60), round(e.actual_s / 60))
                 for e in meetings if e.planned_s or e.actual_s)
    if bars:
        out.append(Chart(labels.chart, bars, labels.planned, labels.actual, labels.chart_minutes))
    columns = (labels.date_column, labels.what, labels.took_part, labels.learning_points)
    out.append(Table(labels.held, 3, columns,
                     tuple((labels.short_day(local_day(e.when)), e.title, str(len(_took_part(e))),
                            str(len(e.learning_points))) for e in sheet.entries),
                     HELD_COLUMNS, right_from=2, long=()))
    return out


def _carried(sheet: Sheet, labels: SheetLabels) -> list[Block]:
    if not sheet.carried:
        return []
    today: date = local_day(sheet.generated) if sheet.generated else sheet.period_end
    ages = {c.measure.id: (today - c.opened).days for c in sheet.carried}
    return [_measures_table(labels.carried, 2, [c.measure for c in sheet.carried], labels, ages)]


def blocks(sheet: Sheet, labels: SheetLabels) -> list[Block]:
    """The whole prepared sheet, in order."""
    out: list[Block] = [Heading(sheet_title(sheet, labels), 1), Text(header_line(sheet, labels), small=True)]
    if sheet.kind is SheetKind.STAFF and sheet.entries:
        out += _summary(sheet, labels)
    if not sheet.entries:
        out.append(Text(labels.nothing_in_period))
    for e in sheet.entries:
        out += entry_blocks(e, sheet, labels)
    return out + _carried(sheet, labels) + _timings_page(sheet, labels)
