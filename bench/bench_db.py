"""Benchmark of the data layer on a realistic history.

Builds 10 teams x 10 years x 26 meetings (2,600 meetings, about 20,000 learning points and 5,000
measures, with round lines, turns and step timings) in a temporary folder through the same repository
functions the store uses, then measures:

* ``Store.open`` on an empty database and on the full one (median of several opens; the ratio is the
  budget: at most 1.1), both when nothing changed since the newest backup and when the start-up
  backup has to be taken;
* search as you type: every prefix of a set of words, for all teams and for one team (median, p95);
* saving an edit: a learning point typed character by character, and the notes field (p50, p95).

Run: ``.venv/bin/python bench/bench_db.py`` (add ``--keep`` to keep the folder).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.capture import Measure, MeasureStatus, RoundLine, TextItem  # noqa: E402
from app.clock import FakeClock  # noqa: E402
from app.db import capture, meetings, teams  # noqa: E402
from app.db.engine import make_session_factory  # noqa: E402
from app.db.records import ItemKind, MeetingField  # noqa: E402
from app.engine import MeetingRecord, StepRecord, TurnRecord  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from app.rotation import TurnStatus  # noqa: E402
from app.store import Store  # noqa: E402

TEAMS, YEARS, PER_YEAR = 10, 10, 26
WORDS = (
    "pårørende", "borger", "medicin", "overlevering", "tjekliste", "vagt", "nat", "dag", "aften",
    "samtale", "journal", "hjemmepleje", "plejehjem", "demens", "smerte", "fald", "forebyggelse",
    "kollega", "leder", "rutine", "standard", "procedure", "telefon", "bekymring", "tryghed", "tillid",
    "tid", "travlhed", "ro", "mad", "søvn", "besøg", "læge", "sygeplejerske", "ergoterapeut",
    "hjælpemiddel", "seng", "bad", "toilet", "sår", "insulin", "ernæring", "dokumentation", "møde",
    "aftale", "ansvar", "Ærø", "Øst",
)
PREFIX_WORDS = ("pårørende", "overlevering", "tjekliste", "ERNÆRING", "sygeplejerske", "zzzq")


def sentence(rng: random.Random, lo: int, hi: int) -> str:
    """A plausible line of a learning point."""
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(lo, hi))).capitalize() + "."


def build_history(store: Store, rng: random.Random) -> tuple[int, int, int]:
    """Fill the store; returns (meetings, learning points, measures)."""
    sessions = make_session_factory(store.engine)
    start = datetime(2016, 1, 5, 13, 0, tzinfo=UTC)
    counts = [0, 0, 0]
    for t in range(TEAMS):
        names = [f"{rng.choice(WORDS).capitalize()} {t}-{i}" for i in range(8)]
        with sessions.begin() as s:
            team = teams.create_team(s, f"Team {t + 1}", names, start)
        for year in range(YEARS):
            with sessions.begin() as s:
                for k in range(PER_YEAR):
                    when = start + timedelta(days=365 * year + 14 * k, hours=t)
                    _meeting(s, rng, team.id, names, when, counts)
    return counts[0], counts[1], counts[2]


def _meeting(s: object, rng: random.Random, team_id: int, names: list[str], when: datetime,
             counts: list[int]) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    mid = meetings.start_meeting(s, team_id=team_id, format_id="systematic-learning-meeting",
                                 format_title="Systematic learning meeting", present=names,
                                 facilitator=names[0], first_speaker=names[1], series_id=None,
                                 started_at=when, now=when)
    capture.set_text(s, mid, MeetingField.CASE_TITLE, sentence(rng, 3, 8), False, when)
    capture.set_text(s, mid, MeetingField.PRESENTER_LEARNING, sentence(rng, 10, 30), False, when)
    for name in names:
        capture.save_round_line(s, mid, RoundLine(name, sentence(rng, 5, 20), rng.random() < 0.1))
    points = 7 + (rng.random() < 0.7)
    for i in range(points):
        capture.save_item(s, mid, ItemKind.LEARNING_POINT, TextItem(f"p{i}", sentence(rng, 8, 30)), i, when)
    measures = 1 + (rng.random() < 0.92)
    for i in range(measures):
        status = MeasureStatus.DONE if rng.random() < 0.8 else MeasureStatus.OPEN
        capture.save_measure(s, mid, Measure(f"m{i}", sentence(rng, 5, 15), owner=rng.choice(names),
                                             status=status), i, when)
    steps = tuple(StepRecord(step, 300, 300 + rng.uniform(-60, 90), 0)
                  for step in ("case", "questions", "learning", "round", "measures"))
    turns = tuple(TurnRecord("round", n, TurnStatus.SPOKEN, rng.uniform(20, 90)) for n in names)
    meetings.finish_meeting(s, mid, MeetingRecord("systematic-learning-meeting", tuple(names), when,
                                                  when + timedelta(minutes=31), steps, turns, ()), {}, when)
    counts[0] += 1
    counts[1] += points
    counts[2] += measures


def timed(fn: Callable[[], object]) -> float:
    """Milliseconds one call takes."""
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def open_once(paths: AppPaths, clock: FakeClock, touch: bool) -> tuple[float, float]:
    """Milliseconds for ``Store.open``, and until its background check (and backup) finished."""
    if touch:  # written since the newest backup (as after a crash): the start-up backup is due
        with closing(sqlite3.connect(paths.db_path)) as con:
            con.execute("INSERT INTO sheet (team_id, period_start, period_end, exported_at) "
                        "VALUES (NULL, '2026-01-01', '2026-01-31', '2026-02-01 12:00:00')")
            con.commit()
    clock.advance(60)
    t0 = time.perf_counter()
    store = Store.open(paths, clock)
    opened = (time.perf_counter() - t0) * 1000
    result = store.startup_result()
    checked = (time.perf_counter() - t0) * 1000
    assert result is not None and (result.backup is not None) == touch, result
    store.close()
    return opened, checked


def spread(times: list[float], budget: str) -> str:
    """Median, p95 and max of some timings."""
    return (f"median {statistics.median(times):.2f} ms, p95 {pct(times, 95):.2f} ms, max {max(times):.2f} ms "
            f"over {len(times)} calls (budget {budget})")


def measure_open(empty: AppPaths, full: AppPaths, clock: FakeClock, runs: int) -> list[tuple[str, str]]:
    """Open times, empty against full, with and without a start-up backup due."""
    med = statistics.median
    rows = []
    for label, touch, n in (("unchanged since last backup", False, runs),
                            ("start-up backup due", True, max(3, runs // 3))):
        pairs = [(open_once(empty, clock, touch), open_once(full, clock, touch)) for _ in range(n)]
        e_open, e_done = [e[0] for e, _ in pairs], [e[1] for e, _ in pairs]
        f_open, f_done = [f[0] for _, f in pairs], [f[1] for _, f in pairs]
        rows.append((f"Store.open, {label}",
                     f"median empty {med(e_open):.1f} ms, full {med(f_open):.1f} ms, ratio "
                     f"{med(f_open) / med(e_open):.2f}; best {min(e_open):.1f} / {min(f_open):.1f} ms, ratio "
                     f"{min(f_open) / min(e_open):.2f} (budget 1.10)"))
        rows.append(("  then in the background: quick_check" + (" + backup" if touch else ""),
                     f"done after empty {med(e_done):.0f} ms, full {med(f_done):.0f} ms"))
    return rows


def measure_use(full: AppPaths, clock: FakeClock, rng: random.Random) -> list[tuple[str, str]]:
    """Search as you type and saving edits on the full history."""
    rows = []
    store = Store.open(full, clock)
    try:
        team = store.teams()[3].id
        for label, scope in (("search as you type, all teams", None), ("search as you type, one team", team)):
            times = [timed(partial(store.search, scope, w[:n], 50))
                     for _ in range(3) for w in PREFIX_WORDS for n in range(1, len(w) + 1)]
            rows.append((label, spread(times, "50 ms")))
        mid = store.meetings(team, limit=1)[0].id
        typed = sentence(rng, 30, 40)
        saves = [timed(partial(store.save_item, mid, ItemKind.LEARNING_POINT, TextItem("t", typed[:n])))
                 for n in range(1, len(typed) + 1)]
        saves += [timed(partial(store.set_text, mid, MeetingField.NOTES, typed[:n]))
                  for n in range(1, len(typed) + 1)]
        rows.append(("saving an edit (one keystroke)", spread(saves, "p95 20 ms")))
    finally:
        store.close()
    return rows


def main() -> None:
    """Build, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--reuse", type=Path, help="a folder kept by an earlier --keep run: skip building")
    args = parser.parse_args()
    base = args.reuse or Path(tempfile.mkdtemp(prefix="runde-bench-"))
    rng = random.Random(2026)
    clock = FakeClock(now=datetime(2026, 3, 10, 14, 0, tzinfo=UTC))
    try:
        empty, full = AppPaths.create(base / "empty"), AppPaths.create(base / "full")
        Store.open(empty, clock).close()
        t0 = time.perf_counter()
        if not args.reuse:
            store = Store.open(full, clock)
            build_history(store, rng)
            store.close()
        build_s = time.perf_counter() - t0
        with closing(sqlite3.connect(full.db_path)) as con:
            n = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("meeting", "learning_point", "measure")]
        size = full.db_path.stat().st_size / 1e6
        rows = [("history", f"{n[0]} meetings, {n[1]} learning points, {n[2]} measures, {size:.1f} MB "
                            f"(built in {build_s:.1f} s)")]
        rows += measure_open(empty, full, clock, args.runs)
        rows += measure_use(full, clock, rng)
        width = max(len(k) for k, _ in rows)
        for key, value in rows:
            print(f"{key:<{width}}  {value}")
    finally:
        if args.keep or args.reuse:
            print(f"kept {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
