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
class Entry:
    """One meeting or learning visit on a sheet."""

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


def _prepare_entry(e: Entry, opts: ExportOptions) -> Entry:
    return replace(
        e,
        case_title=e.case_title if _keep(case_id(e), e.case_confidential, opts) else "",
        presenter_learning=e.presenter_learning
        if _keep(presenter_learning_id(e), e.presenter_learning_confidential, opts) else "",
        tried_since_last=e.tried_since_last
        if _keep(tried_since_last_id(e), e.tried_since_last_confidential, opts) else "",
        people=tuple(_name(p, opts) for p in e.people),
        learning_points=tuple(p for p in e.learning_points if _keep(p.id, p.confidential, opts)),
        measures=tuple(replace(m, owner=_name(m.owner, opts)) for m in e.measures
                       if _keep(m.id, m.confidential, opts)),
        round_lines=tuple(replace(r, participant=_name(r.participant, opts)) for r in e.round_lines
                          if _keep(f"round:{e.id}:{r.participant}", r.confidential, opts)),
        observations=tuple(o for o in e.observations if o.released or o.id in opts.released_observations),
        timings=e.timings if opts.timings else (),
    )


def prepare(sheet: Sheet, opts: ExportOptions) -> Sheet:
    """The sheet exactly as it will be written: confidential and private items only if ticked."""
    return replace(
        sheet,
        entries=tuple(_prepare_entry(e, opts) for e in sheet.entries),
        carried=tuple(replace(c, measure=replace(c.measure, owner=_name(c.measure.owner, opts)))
                      for c in sheet.carried if _keep(c.measure.id, c.measure.confidential, opts)),
    )


def private_items(sheet: Sheet) -> list[tuple[str, str, str]]:
    """(id, kind, text) of everything :func:`prepare` leaves out unless ticked: confidential case
    titles, presenter's learning, what was tried since last time (when the meeting's data marks it
    so), learning points and measures, and unreleased observations. The export preview lists exactly
    these to tick."""
    out: list[tuple[str, str, str]] = []
    for e in sheet.entries:
        if e.case_confidential and e.case_title:
            out.append((case_id(e), "case", e.case_title))
        if e.presenter_learning_confidential and e.presenter_learning.strip():
            out.append((presenter_learning_id(e), "presenter_learning", e.presenter_learning))
        if e.tried_since_last_confidential and e.tried_since_last.strip():
            out.append((tried_since_last_id(e), "tried_since_last", e.tried_since_last))
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
        out += [t for r in e.round_lines for t in (r.participant, r.text)]
        out += [o.text for o in e.observations]
    out += [t for c in sheet.carried for t in (c.measure.text, c.measure.owner)]
    return [t for t in out if t]
