"""The record's speed, end to end: sheets read from a real SQLite store, prepared and written as PDF.

    .venv/bin/python bench/bench_record.py [--runs 7] [--keep DIR]

The store is filled through the public API only, in a temp folder: a team of 8, 26 meetings a year
apart by two weeks, each run on a fake clock through the meeting engine (steps, 8 turns with a pass,
a pause; ``finish_meeting`` keeps the record) with a full capture (case, questions asked, own
questions, the presenter's learning, 8 round lines, measures, learning points), 100 measures in all,
and 10 learning visits marked for the staff meeting with their observations. Timed, with the planned
and actual times ticked in and everything confidential included:

- one meeting's sheet: ``meeting_sheet`` + ``prepare`` + ``build_pdf``;
- the year's staff sheet: ``staff_sheet`` + ``prepare`` + ``build_pdf``;
- the baseline: a bare ``SimpleDocTemplate`` in the same fonts with one Paragraph per text of the
  prepared year sheet (``all_text``) and the same tables' text (measures, carried measures, timings).

Runs are interleaved (year sheet, baseline, ...) and timed in CPU time, so a busy machine slows both
alike; the ratio is the median of the per-run ratios. Only the sheets' data is read, never what the
PDF prints, so the bench holds while the sheet's layout grows. ``--keep DIR`` writes the two sheets
there to look at.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table  # noqa: E402

from app.capture import Capture, Measure, MeasureKind, RoundLine, TextItem  # noqa: E402
from app.clock import FakeClock  # noqa: E402
from app.engine import Meeting  # noqa: E402
from app.export.assemble import meeting_sheet, staff_sheet  # noqa: E402
from app.export.pdf import FONT, build_pdf, make_styles  # noqa: E402
from app.export.sheet import ExportOptions, Sheet, all_text, local_day, prepare  # noqa: E402
from app.formats import Format, load_format  # noqa: E402
from app.paths import AppPaths, builtin_formats_dir  # noqa: E402
from app.storage.store import Store  # noqa: E402
from app.storage.visits import add_observation, create_visit, save_visit  # noqa: E402
from app.visit import VisitData  # noqa: E402

WORDS = ["lyt", "pårørende", "borger", "samtale", "procedure", "vagt", "overlevering", "tryghed",
         "dialog", "aftale", "observation", "læring", "kollega", "ansvar", "Đuoŋŋa", "ærlig", "øvelse"]
PEOPLE = ["Anna Berg", "Bo Ek", "Cecilie Dam", "Dorte Holm", "Eva Lund", "Finn Ås", "Gro Næss", "Hans Øberg"]
START = datetime(2026, 1, 6, 13, 0, tzinfo=UTC)  # a Tuesday; every other week from here
MEETINGS, VISITS, MEASURES = 26, 10, 100
FRAME_WIDTH = A4[0] - 2 * 72 - 12  # SimpleDocTemplate's default margins and frame padding
COLUMNS = {5: (0.5, 0.12, 0.16, 0.12, 0.1), 4: (0.55, 0.15, 0.15, 0.15)}  # measures; timings


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


@dataclass
class _Now:
    """The store's clock, moved by the bench."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now


def _run(fmt: Format, rng: random.Random, at: datetime) -> tuple[Meeting, FakeClock]:
    """The meeting run through the engine on a fake clock: every step a little over or under its
    time, 8 turns in the round (one passes), one pause of two minutes in the questions."""
    clock = FakeClock(now=at)
    meeting = Meeting(fmt, PEOPLE, clock, first_speaker=1)
    meeting.start()
    for step in fmt.steps:
        if step.turn_s and step.duration_s == 0:  # the round: one turn per person
            for i in range(len(PEOPLE)):
                clock.advance(step.turn_s * rng.uniform(0.6, 1.4))
                meeting.pass_turn() if i == 5 else meeting.next()
        else:
            clock.advance(step.duration_s * rng.uniform(0.8, 1.3))
            if step.id == "questions":
                meeting.pause()
                clock.advance(120)
                meeting.resume()
        meeting.next()
    meeting.finish()
    return meeting, clock


def _capture(rng: random.Random, k: int, n_measures: int) -> Capture:
    """Everything typed in one meeting."""
    lines = tuple(RoundLine(p, "" if i == 5 else _text(rng, 18), passed=i == 5) for i, p in enumerate(PEOPLE))
    kinds = (MeasureKind.STANDARD, MeasureKind.PROCEDURE)
    measures = tuple(Measure(f"m{i}", _text(rng, 10), kinds[i % 2],
                             owner=PEOPLE[(k + i) % 8], due=date(2026, 12, 1) if i == 0 else None)
                     for i in range(n_measures))
    return Capture(case_title=_text(rng, 5), case_confidential=k % 5 == 0, presenters=(PEOPLE[k % 8],),
                   questions_asked=frozenset({0, 2, 3}),
                   own_questions=tuple(TextItem(f"q{i}", _text(rng, 9) + "?") for i in range(2)),
                   presenter_learning=_text(rng, 30), round_lines=lines, measures=measures,
                   learning_points=tuple(TextItem(f"p{i}", _text(rng, 16), confidential=i == 3)
                                         for i in range(4)))


def _meetings(store: Store, now: _Now, team_id: int, rng: random.Random) -> list[int]:
    fmt = load_format(builtin_formats_dir() / "systematic-learning-meeting.json")
    titles = {s.id: s.title.get("da") for s in fmt.steps}
    ids = []
    for k in range(MEETINGS):
        now.now = START + timedelta(days=14 * k)
        mid = store.start_meeting(team_id=team_id, format_id=fmt.id, format_title=fmt.title.get("da"),
                                  participants=PEOPLE, facilitator=PEOPLE[0], first_speaker=PEOPLE[1])
        meeting, clock = _run(fmt, rng, now.now)
        store.save_capture(mid, _capture(rng, k, 4 if k < MEASURES - 3 * MEETINGS else 3))
        now.now = clock.now
        store.finish_meeting(mid, meeting.record(), titles)
        ids.append(mid)
    return ids


def _visits(store: Store, now: _Now, team_id: int, rng: random.Random) -> None:
    for k in range(VISITS):
        day = (START + timedelta(days=35 * k + 2)).date()
        data = VisitData(PEOPLE[k % 8], PEOPLE[(k + 3) % 8], day, goals=_text(rng, 12),
                         agent_saw=_text(rng, 25), colleague_experience=_text(rng, 20),
                         learning_points=tuple(TextItem(f"v{i}", _text(rng, 16)) for i in range(3)),
                         present_at_staff_meeting=True, consent=True)
        now.now = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=8)
        vid = create_visit(store, data, team_id)
        save_visit(store, vid, data)
        for i in range(3):
            add_observation(store, vid, now.now + timedelta(minutes=40 * i), _text(rng, 20))


def build_store(folder: Path) -> tuple[Store, int, int]:
    """A store with the year's record; returns it, the team's id and one meeting's id."""
    rng = random.Random(5)
    now = _Now(START)
    store = Store.open(AppPaths.create(folder), now, lock=False)
    team_id = store.save_team("Afsnit 3", PEOPLE).id
    ids = _meetings(store, now, team_id, rng)
    _visits(store, now, team_id, rng)
    return store, team_id, ids[len(ids) // 2]


def _options(sheet: Sheet) -> ExportOptions:
    """Everything in: timings ticked, confidential items and observations released."""
    return ExportOptions(include_all_confidential=True, timings=True, released_observations=frozenset(
        o.id for e in sheet.entries for o in e.observations))


def _tables(sheet: Sheet, style: ParagraphStyle) -> list[Flowable]:
    """The tables' text of a prepared sheet: measures (their text wrapped, as any document must) and
    carried measures, and the step timings."""
    def measure_row(m: Measure) -> list[object]:
        return [Paragraph(escape(m.text), style), m.kind.value, m.owner, m.due.isoformat() if m.due else "",
                m.status.value]
    tables = [[measure_row(m) for m in e.measures] for e in sheet.entries if e.measures]
    tables += [[[t.title, f"{t.planned_s:.0f}", f"{t.actual_s:.0f}", f"{t.actual_s - t.planned_s:+.0f}"]
                for t in e.timings] for e in sheet.entries if e.timings]
    if sheet.carried:
        tables.append([measure_row(c.measure) for c in sheet.carried])
    return [Table(rows, colWidths=[f * FRAME_WIDTH for f in COLUMNS[len(rows[0])]],
                  style=[("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8.5)])
            for rows in tables]


def bare(sheet: Sheet) -> bytes:
    """The baseline: DejaVu Sans, one Paragraph per text, the same tables, nothing else."""
    body = make_styles()["body"]
    story: list[Flowable] = [Paragraph(escape(t), body) for t in all_text(sheet)]
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4, initialFontName=FONT).build(story + _tables(sheet, body))
    return out.getvalue()


def _ms(fn: Callable[[], object]) -> float:
    """CPU milliseconds of this process (everything timed is single-threaded): other work on a shared
    machine slows the wall clock of both sides unevenly, much less their CPU time."""
    t = time.process_time()
    fn()
    return (time.process_time() - t) * 1000


def main() -> None:
    """Fill a store, then print the figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--keep", type=Path, default=None, metavar="DIR")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        store, team_id, meeting_id = build_store(Path(tmp))
        fill_s = time.perf_counter() - t
        try:
            _report(store, team_id, meeting_id, args.runs, args.keep, fill_s)
        finally:
            store.close()


def _report(store: Store, team_id: int, meeting_id: int, runs: int, keep: Path | None,
            fill_s: float) -> None:
    now = START + timedelta(days=365)
    since, until = local_day(START), local_day(now)

    def one() -> bytes:
        sheet = meeting_sheet(store, meeting_id, now)
        return build_pdf(prepare(sheet, _options(sheet)))

    def year() -> bytes:
        sheet = staff_sheet(store, team_id, "Afsnit 3", since, until, now)
        return build_pdf(prepare(sheet, _options(sheet)))

    raw = staff_sheet(store, team_id, "Afsnit 3", since, until, now)
    prepared = prepare(raw, _options(raw))
    first_ms = _ms(one)  # loads and registers the fonts, once
    bare(prepared)
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
        (keep / "record-one-meeting.pdf").write_bytes(one())
        (keep / "record-year.pdf").write_bytes(year())
        (keep / "record-baseline.pdf").write_bytes(bare(prepared))
    ms: dict[str, list[float]] = {"one": [], "year": [], "read": [], "bare": [], "ratio": [], "chart": []}
    for _ in range(runs):
        ms["one"].append(_ms(one))
        ms["year"].append(_ms(year))
        ms["bare"].append(_ms(lambda: bare(prepared)))
        ms["ratio"].append(ms["year"][-1] / ms["bare"][-1])
        ms["read"].append(_ms(lambda: staff_sheet(store, team_id, "Afsnit 3", since, until, now)))
        ms["chart"].append(_ms(lambda: _chart(prepared)))
    print(f"store filled through the API in {fill_s:.1f} s: {_counts(raw)}")
    _print(runs, first_ms, {k: statistics.median(v) for k, v in ms.items()})


def _chart(sheet: Sheet) -> None:
    """The staff sheet's chart of the year's meetings, alone on a page (for a sense of its share)."""
    from app.export.chart import timing_chart
    from app.export.pdf import CONTENT_WIDTH
    rows = [(local_day(e.when).isoformat(), sum(t.planned_s for t in e.timings) / 60,
             sum(t.actual_s for t in e.timings) / 60) for e in sheet.entries if e.timings]
    drawing = timing_chart(rows, width=CONTENT_WIDTH, planned="Planned", actual="Actual", minutes="minutes")
    SimpleDocTemplate(BytesIO(), pagesize=A4).build([drawing] if drawing else [])


def _counts(sheet: Sheet) -> str:
    meetings = sum(e.kind == "meeting" for e in sheet.entries)
    visits = sum(e.kind == "visit" for e in sheet.entries)
    measures = sum(len(e.measures) for e in sheet.entries) + len(sheet.carried)
    return (f"the year sheet has {meetings} meetings, {visits} visits, {measures} measures, "
            f"{len(all_text(sheet))} texts")


def _print(runs: int, first_ms: float, med: dict[str, float]) -> None:
    rows = [
        ("first meeting sheet in this process (loads DejaVu Sans)", f"{first_ms:6.0f} ms", ""),
        ("one meeting: meeting_sheet + prepare + build_pdf", f"{med['one']:6.0f} ms", "< 300 ms"),
        ("the year: staff_sheet + prepare + build_pdf", f"{med['year']:6.0f} ms", "< 1500 ms"),
        ("  of which staff_sheet (reading the store)", f"{med['read']:6.0f} ms", ""),
        ("bare reportlab, same texts and tables (baseline)", f"{med['bare']:6.0f} ms", ""),
        ("ratio year sheet / baseline", f"{med['ratio']:6.2f} x ", "<= 1.5 x"),
        ("the chart of 26 meetings alone, on a page (app.export.chart)", f"{med['chart']:6.0f} ms", ""),
    ]
    print(f"{'figure (median of ' + str(runs) + ' interleaved runs)':<62} {'value':>9}   target")
    for name, value, target in rows:
        print(f"{name:<62} {value:>9}   {target}".rstrip())


if __name__ == "__main__":
    main()
