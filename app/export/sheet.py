"""What a sheet contains, as plain data, and the one function that decides what leaves the machine.

The export preview, the PDF, Markdown and CSV all use :func:`prepare`'s result, so the preview is
exactly what is written. Confidential items and a visit's observation notes are left out unless
ticked for this export; names can be shown as initials.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from app.capture import Measure, RoundLine, TextItem
from app.participants import initials


class SheetKind(StrEnum):
    """The three kinds of sheet."""

    MEETING = "meeting"
    VISIT = "visit"
    STAFF = "staff"


@dataclass(frozen=True)
class Timing:
    """Planned and actual seconds of one step (the optional timing page)."""

    title: str
    planned_s: float
    actual_s: float


@dataclass(frozen=True)
class Observation:
    """A learning-visit observation: private unless released."""

    id: str
    at: datetime
    text: str
    released: bool = False


@dataclass(frozen=True)
class RoundTurn:
    """One person in the round, in speaking order: their line, a pass, or their absence.

    ``status``: "spoken", "passed", "absent", or "waiting" (the meeting ended before their turn).
    """

    participant: str
    text: str = ""
    status: str = "spoken"
    confidential: bool = False


@dataclass(frozen=True)
class PlanLine:
    """A new plan applied during the meeting: a step's length, or each waiting turn's, old and new."""

    step: str  # the step's title
    turn: bool
    old_s: float
    new_s: float


@dataclass(frozen=True)
class VisitRecord:
    """What a learning visit's sheet shows besides its people, points and observations."""

    day: date
    start: time
    end: time
    whole_day: bool = True
    goals: str = ""
    colleague_focus: str = ""
    ground_rules: tuple[str, ...] = ()  # CONFIDENTIALITY ("@confidentiality") is the suggested rule
    mode: str = ""  # app.visit.ObservationMode value
    consent: bool = False
    manager_informed: bool = False
    agent_saw: str = ""
    agent_worked: str = ""
    agent_differently: str = ""
    colleague_experience: str = ""
    colleague_thoughts: str = ""
    present_at_staff_meeting: bool = False
    present_on: date | None = None


@dataclass(frozen=True)
class Entry:
    """One meeting or learning visit on a sheet (the meeting's whole record)."""

    kind: str  # "meeting" | "visit"
    id: int
    when: datetime
    title: str  # the format's title, or "Learning visit"
    case_title: str = ""
    case_confidential: bool = False
    people: tuple[str, ...] = ()  # presenters, or agent and colleague
    learning_points: tuple[TextItem, ...] = ()
    measures: tuple[Measure, ...] = ()
    presenter_learning: str = ""
    presenter_learning_confidential: bool = False
    round_lines: tuple[RoundLine, ...] = ()
    observations: tuple[Observation, ...] = ()
    timings: tuple[Timing, ...] = ()
    tried_since_last: str = ""  # "What did you try since last time?" (a meeting's first step)
    tried_since_last_confidential: bool = False
    ended: datetime | None = None
    team: str = ""
    facilitator: str = ""
    present: tuple[str, ...] = ()  # in the round's order, then the others (the facilitator...)
    late: tuple[str, ...] = ()  # late-comers, in order of arrival
    absent: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()  # learning questions asked, in the format's own wording
    own_questions: tuple[TextItem, ...] = ()
    round: tuple[RoundTurn, ...] = ()  # the round in speaking order (else round_lines are shown)
    planned_s: float = 0.0  # the whole meeting's plan and its actual length (steps, without pauses)
    actual_s: float = 0.0
    paused_s: float = 0.0
    added: tuple[tuple[str, float], ...] = ()  # (step title, seconds) added (+) or removed (−) by hand
    plan_changes: tuple[PlanLine, ...] = ()
    visit: VisitRecord | None = None


@dataclass(frozen=True)
class CarriedMeasure:
    """An open measure from before this sheet's period, with the date it was opened."""

    measure: Measure
    opened: date


@dataclass(frozen=True)
class Sheet:
    """A whole sheet before (or after) :func:`prepare`."""

    kind: SheetKind
    team: str
    period_start: date
    period_end: date
    entries: tuple[Entry, ...]
    carried: tuple[CarriedMeasure, ...] = ()
    generated: datetime | None = None
    # The exact moments a staff sheet covers, [covers_from, covers_until): what "since the last
    # sheet" continues from. period_start and period_end are the local days printed.
    covers_from: datetime | None = None
    covers_until: datetime | None = None
    lang: str = ""  # the language a meeting ran in: its sheet is written in it ("" the reader's)


@dataclass(frozen=True)
class ExportOptions:
    """What the person exporting ticked in the preview."""

    include_confidential: frozenset[str] = frozenset()  # ids of confidential items ticked in
    include_all_confidential: bool = False
    released_observations: frozenset[str] = frozenset()  # observation ids ticked in
    initials: bool = False
    timings: bool = False


@dataclass(frozen=True)
class SheetLabels:
    """Every heading the writers print; the UI fills these from Qt translations."""

    title_meeting: str = "Learning meeting"
    title_visit: str = "Learning visit"
    title_staff: str = "For the staff meeting"
    period: str = "%(start)s – %(end)s"
    team: str = "Team"
    learning_points: str = "Learning points"
    no_learning_points: str = "No learning points were written down."
    measures: str = "Organisational measures"
    carried: str = "Open measures carried forward"
    age_days: str = "%(days)d days"
    case: str = "Case"
    presented_by: str = "Presented by"
    visit_people: str = "Learning agent and colleague"
    presenter_learning: str = "What the questions taught the presenter"
    tried_since_last: str = "What was tried since last time"
    round: str = "The round"
    passed: str = "passed"
    observations: str = "Observations released by the learning agent"
    nothing_in_period: str = "No meetings or learning visits in this period."
    timings: str = "Planned and actual times"
    step: str = "Step"
    planned: str = "Planned"
    actual: str = "Actual"
    kind: str = "Type"
    owner: str = "Owner"
    due: str = "Due"
    status: str = "Status"
    text: str = "Text"
    page: str = "Page %(page)d of %(pages)d"
    generated: str = "Made with Runde on %(date)s"
    date_column: str = "Date"
    time_of_day: str = "Time"
    facilitator: str = "Facilitator"
    present: str = "Present"
    late: str = "Came later"
    absent: str = "Absent"
    questions_asked: str = "Learning questions asked"
    own_question: str = "own question"
    turn_absent: str = "absent"
    turn_waiting: str = "did not get the word"
    turn_no_line: str = "spoke (no line written)"
    not_shared: str = "kept confidential"
    time_went: str = "How the time went"
    pauses: str = "Pauses"
    added: str = "Minutes added or removed"
    plan_changes: str = "New plan applied"
    turn_change: str = "%(step)s: each turn %(old)s → %(new)s"
    step_change: str = "%(step)s: %(old)s → %(new)s"
    minutes: str = "%(n)s min"
    agent: str = "Learning agent"
    colleague: str = "Colleague being followed"
    day_hours: str = "Day and hours"
    whole_day: str = "whole day"
    half_day: str = "half day"
    goals: str = "What the agent wants from the day"
    colleague_focus: str = "What the colleague suggests to focus on"
    ground_rules: str = "Ground rules agreed"
    confidentiality: str = "Confidentiality"
    mode: str = "How the agent takes part"
    agreed: str = "Agreed"
    consent: str = "We both agree to the visit"
    manager_informed: str = "The manager is informed"
    agent_reflection: str = "The learning agent's reflection"
    agent_saw: str = "What did you see and hear?"
    agent_worked: str = "What worked well?"
    agent_differently: str = "What could perhaps be done differently?"
    colleague_reflection: str = "The colleague's reflection"
    colleague_experience: str = "What was it like to have a learning agent along?"
    colleague_thoughts: str = "What thoughts has the day given you?"
    for_staff_meeting: str = "For the staff meeting"
    next_staff_meeting: str = "the next staff meeting"
    in_brief: str = "In brief"
    held: str = "Held in the period"
    meetings_held: str = "Meetings"
    visits_held: str = "Learning visits"
    measures_opened: str = "Measures opened"
    measures_done: str = "Measures done"
    measures_open: str = "Measures still open"
    took_part: str = "Took part"
    what: str = "What"
    chart: str = "Planned and actual minutes per meeting"
    chart_minutes: str = "minutes"
    modes: dict[str, str] = field(default_factory=lambda: {
        "fly_on_the_wall": "As a fly on the wall", "intern": "As a kind of intern"})
    kinds: dict[str, str] = field(default_factory=lambda: {
        "procedure": "Procedure", "standard": "Standard", "other": "Other"})
    statuses: dict[str, str] = field(default_factory=lambda: {
        "open": "Open", "done": "Done", "dropped": "Dropped"})
    # How a day is written on paper: the UI passes the chosen language's own (weekday included);
    # the default is ISO. CSV keeps ISO whatever this is, for spreadsheets.
    day: Callable[[date], str] = field(default=date.isoformat, compare=False)
    short_day: Callable[[date], str] = field(default=date.isoformat, compare=False)  # table cells


def local(moment: datetime) -> datetime:
    """A moment as the person reading the sheet knows it: in this computer's time zone (Runde
    stores UTC; a naive datetime is taken as local already)."""
    return moment.astimezone()


def local_day(moment: datetime) -> date:
    """The local day of a moment (a meeting at 00:30 in Copenhagen is on that day, not the UTC one)."""
    return local(moment).date()


def day_start(day: date) -> datetime:
    """Local midnight at the start of a day, as an aware datetime (daylight saving time included)."""
    return datetime.combine(day, time.min).astimezone()


def day_end(day: date) -> datetime:
    """Local midnight at the end of a day (the start of the next one)."""
    return day_start(day + timedelta(days=1))


def case_id(e: Entry) -> str:
    """The id a confidential case title is ticked in by."""
    return f"case:{e.kind}:{e.id}"


def presenter_learning_id(e: Entry) -> str:
    """The id the confidential "what the presenter learned" is ticked in by."""
    return f"presenter_learning:{e.kind}:{e.id}"


def tried_since_last_id(e: Entry) -> str:
    """The id a confidential "what was tried since last time" is ticked in by."""
    return f"tried_since_last:{e.kind}:{e.id}"


def _keep(item_id: str, confidential: bool, opts: ExportOptions) -> bool:
    return not confidential or opts.include_all_confidential or item_id in opts.include_confidential


def _name(name: str, opts: ExportOptions) -> str:
    return initials(name) if opts.initials and name else name


def round_id(e: Entry, participant: str) -> str:
    """The id a confidential line of the round is ticked in by."""
    return f"round:{e.id}:{participant}"


def round_of(e: Entry) -> tuple[RoundTurn, ...]:
    """The round in speaking order: the stored turns, or (a meeting without them) the lines typed."""
    if e.round:
        return e.round
    return tuple(RoundTurn(r.participant, r.text, "passed" if r.passed else "spoken", r.confidential)
                 for r in e.round_lines)


def _turn(e: Entry, t: RoundTurn, opts: ExportOptions) -> RoundTurn:
    hidden = t.confidential and not _keep(round_id(e, t.participant), True, opts)
    return replace(t, participant=_name(t.participant, opts), text="" if hidden else t.text,
                   status="hidden" if hidden else t.status, confidential=False)


def _names(names: tuple[str, ...], opts: ExportOptions) -> tuple[str, ...]:
    return tuple(_name(n, opts) for n in names)


def _prepare_entry(e: Entry, opts: ExportOptions, whole: bool) -> Entry:
    return replace(
        e,
        case_title=e.case_title if _keep(case_id(e), e.case_confidential, opts) else "",
        presenter_learning=e.presenter_learning
        if _keep(presenter_learning_id(e), e.presenter_learning_confidential, opts) else "",
        tried_since_last=e.tried_since_last
        if _keep(tried_since_last_id(e), e.tried_since_last_confidential, opts) else "",
        people=_names(e.people, opts), facilitator=_name(e.facilitator, opts),
        present=_names(e.present, opts), late=_names(e.late, opts), absent=_names(e.absent, opts),
        own_questions=tuple(q for q in e.own_questions if _keep(q.id, q.confidential, opts)),
        learning_points=tuple(p for p in e.learning_points if _keep(p.id, p.confidential, opts)),
        measures=tuple(replace(m, owner=_name(m.owner, opts)) for m in e.measures
                       if _keep(m.id, m.confidential, opts)),
        round=tuple(_turn(e, t, opts) for t in round_of(e)), round_lines=(),
        observations=tuple(o for o in e.observations if o.released or o.id in opts.released_observations),
        timings=e.timings if opts.timings or whole else (),
    )


def prepare(sheet: Sheet, opts: ExportOptions) -> Sheet:
    """The sheet exactly as it will be written: confidential and private items only if ticked."""
    return replace(
        sheet,
        entries=tuple(_prepare_entry(e, opts, sheet.kind is SheetKind.MEETING) for e in sheet.entries),
        carried=tuple(replace(c, measure=replace(c.measure, owner=_name(c.measure.owner, opts)))
                      for c in sheet.carried if _keep(c.measure.id, c.measure.confidential, opts)),
    )


def private_items(sheet: Sheet) -> list[tuple[str, str, str]]:
    """(id, kind, text) of everything :func:`prepare` leaves out unless ticked: confidential case
    titles, presenter's learning, what was tried since last time (when the meeting's data marks it
    so), own questions, lines of the round, learning points and measures, and unreleased
    observations. The export preview lists exactly
    these to tick."""
    out: list[tuple[str, str, str]] = []
    for e in sheet.entries:
        if e.case_confidential and e.case_title:
            out.append((case_id(e), "case", e.case_title))
        if e.presenter_learning_confidential and e.presenter_learning.strip():
            out.append((presenter_learning_id(e), "presenter_learning", e.presenter_learning))
        if e.tried_since_last_confidential and e.tried_since_last.strip():
            out.append((tried_since_last_id(e), "tried_since_last", e.tried_since_last))
        out += [(q.id, "question", q.text) for q in e.own_questions if q.confidential]
        out += [(round_id(e, t.participant), "round", f"{t.participant}: {t.text}")
                for t in round_of(e) if t.confidential and t.text.strip()]
        out += [(p.id, "point", p.text) for p in e.learning_points if p.confidential]
        out += [(m.id, "measure", m.text) for m in e.measures if m.confidential]
        out += [(o.id, "observation", o.text) for o in e.observations if not o.released]
    out += [(c.measure.id, "measure", c.measure.text) for c in sheet.carried if c.measure.confidential]
    return out


def period_text(sheet: Sheet, labels: SheetLabels) -> str:
    """The period, or the one day if the sheet covers a single day (never "X – X")."""
    if sheet.period_start == sheet.period_end:
        return labels.day(sheet.period_start)
    return labels.period % {"start": labels.day(sheet.period_start), "end": labels.day(sheet.period_end)}


def people_label(e: Entry, labels: SheetLabels) -> str:
    """How the people of an entry are introduced."""
    return labels.visit_people if e.kind == "visit" else labels.presented_by


def all_text(sheet: Sheet) -> list[str]:
    """Every piece of user text on a sheet (for the missing-glyph check)."""
    out = [sheet.team]
    for e in sheet.entries:
        out += [e.title, e.case_title, e.presenter_learning, e.tried_since_last, *e.people]
        out += [p.text for p in e.learning_points]
        out += [t for m in e.measures for t in (m.text, m.owner)]
        out += [t for r in round_of(e) for t in (r.participant, r.text)]
        out += [e.team, e.facilitator, *e.present, *e.late, *e.absent, *e.questions]
        out += [q.text for q in e.own_questions] + [c.step for c in e.plan_changes]
        out += [step for step, _ in e.added] + [t.title for t in e.timings]
        if e.visit is not None:
            v = e.visit
            out += [v.goals, v.colleague_focus, *v.ground_rules, v.agent_saw, v.agent_worked,
                    v.agent_differently, v.colleague_experience, v.colleague_thoughts]
        out += [o.text for o in e.observations]
    out += [t for c in sheet.carried for t in (c.measure.text, c.measure.owner)]
    return [t for t in out if t]
