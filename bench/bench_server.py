"""Team server figures, on a throwaway PostgreSQL cluster on loopback (tests/pgcluster.py):

- saving an edit (a meeting's capture with its learning points and measures): p50 / p95, over
  loopback TCP, alone and with 20 other instances polling the same server;
- a change visible on another instance: from the commit on one to the other seeing it, polling as
  the app does (every 2 s), and reading the capture;
- the staff-meeting sheet for a year (26 meetings, 12 learning visits with their observations): from
  the server vs from the SQLite file, and the statements it sends (each a round trip to the server;
  the server's reads run without a transaction, so there is no BEGIN or ROLLBACK besides).

    .venv/bin/python bench/bench_server.py [--saves 300] [--trials 8]

Targets (issue #9): save p95 < 50 ms; change visible < 3 s; staff sheet from the server < 1.5 x SQLite.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import event

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.capture import Capture, Measure, TextItem  # noqa: E402
from app.export.assemble import staff_sheet  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from app.storage.database import ServerDatabase  # noqa: E402
from app.storage.store import Store  # noqa: E402
from app.storage.team_transfer import import_team  # noqa: E402
from tests.pgcluster import PgCluster, find_bin_dir  # noqa: E402

POLL_S = 2.0  # ui/application.py SERVER_POLL_MS
WORDS = ["lyt", "pårørende", "borger", "samtale", "procedure", "vagt", "overlevering", "tryghed"]


def now() -> datetime:
    return datetime.now(UTC)


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def _year(rng: random.Random) -> dict[str, object]:
    """A team with a year of fortnightly meetings, each with points, measures, timings and turns."""
    meetings = []
    start = datetime(2025, 3, 4, 13, tzinfo=UTC)
    for i in range(26):
        when = start + timedelta(days=14 * i)
        cap = {"case_title": _text(rng, 4), "presenter_learning": _text(rng, 40), "notes": _text(rng, 30),
               "learning_points": [{"id": f"p{j}", "text": _text(rng, 15)} for j in range(5)],
               "measures": [{"id": f"m{j}", "text": _text(rng, 10), "owner": "Bo"} for j in range(3)],
               "round_lines": [{"participant": f"P{j}", "text": _text(rng, 12)} for j in range(8)]}
        meetings.append({"format_id": "systematic-learning-meeting", "format_title": "Systematic learning",
                         "started": when.isoformat(), "ended": (when + timedelta(hours=1)).isoformat(),
                         "facilitator": "Anna", "participants": [f"P{j}" for j in range(8)],
                         "first_speaker": "P1", "capture": cap,
                         "timings": [[f"s{j}", f"Step {j}", 300, 310] for j in range(7)],
                         "turns": [["round", f"P{j}", "spoke", 60] for j in range(8)]})
    visits = []
    for i in range(12):  # a learning visit a month, marked for the staff meeting, a day of observations
        day = (start + timedelta(days=30 * i)).date()
        visits.append({"details": {"agent": "P1", "colleague": f"P{2 + i % 6}", "day": day.isoformat(),
                                   "whole_day": True, "goals": _text(rng, 12),
                                   "learning_points": [{"id": f"v{j}", "text": _text(rng, 15)}
                                                       for j in range(3)],
                                   "present_at_staff_meeting": True},
                       "observations": [{"at": datetime.combine(day, datetime.min.time(), UTC).replace(
                                             hour=8 + j).isoformat(), "text": _text(rng, 20),
                                         "released": j % 2 == 0} for j in range(8)]})
    return {"runde_team_export": 1, "includes_private": True, "left_out": [], "name": "Afsnit 3",
            "people": [f"P{j}" for j in range(8)], "meetings": meetings, "visits": visits}


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def _save_times(store: Store, mid: int, n: int, rng: random.Random) -> list[float]:
    cap = Capture(case_title="Fald",
                  learning_points=tuple(TextItem(f"p{j}", _text(rng, 12)) for j in range(5)),
                  measures=tuple(Measure(f"m{j}", _text(rng, 8)) for j in range(3)))
    out = []
    for i in range(n):
        points = list(cap.learning_points)
        points[i % 5] = TextItem(f"p{i % 5}", _text(rng, 12))  # one point edited, as typing does
        cap = replace(cap, learning_points=tuple(points), notes=f"note {i}")
        t = time.perf_counter()
        store.save_capture(mid, cap)
        out.append((time.perf_counter() - t) * 1000)
    return out


def _visible_latency(a: Store, b: Store, mid: int, trials: int, rng: random.Random) -> list[float]:
    """Seconds from A's commit to B showing it, B polling every POLL_S with a random phase."""
    out = []
    for i in range(trials):
        b.changed_elsewhere()
        time.sleep(rng.uniform(0, POLL_S))  # A saves at any moment of B's polling cycle
        committed: list[float] = []

        def poll() -> None:
            while True:
                if b.changed_elsewhere():
                    b.capture(mid)  # what the app then reads to show it
                    return
                time.sleep(POLL_S)
        poller = threading.Thread(target=poll)
        poller.start()
        time.sleep(rng.uniform(0, POLL_S))
        a.save_capture(mid, Capture(learning_points=(TextItem("x", f"trial {i}"),)))
        committed.append(time.perf_counter())
        poller.join()
        out.append(time.perf_counter() - committed[0])
    return out


def _sheet_times(store: Store, team_id: int, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        staff_sheet(store, team_id, "Afsnit 3", date(2025, 1, 1), date(2026, 3, 1), now())
        out.append((time.perf_counter() - t) * 1000)
    return out


def _sheet_statements(store: Store, team_id: int) -> int:
    """The statements one staff sheet sends (before_cursor_execute: not BEGIN and ROLLBACK)."""
    sent: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        sent.append(statement)
    event.listen(store.engine, "before_cursor_execute", note)
    try:
        _sheet_times(store, team_id, 1)
    finally:
        event.remove(store.engine, "before_cursor_execute", note)
    return len(sent)


def main() -> int:  # noqa: PLR0915  (one straight run of figures)
    """Run every figure and print them."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--saves", type=int, default=300)
    ap.add_argument("--trials", type=int, default=8)
    ap.add_argument("--pollers", type=int, default=20)
    args = ap.parse_args()
    bin_dir = find_bin_dir()
    if bin_dir is None:
        print("PostgreSQL (initdb, pg_ctl) is not installed: nothing to measure")
        return 1
    rng = random.Random(9)
    cluster = PgCluster(bin_dir).init()
    tmp = Path(tempfile.mkdtemp(prefix="runde-bench-"))
    try:
        cluster.psql("CREATE DATABASE bench")
        server = ServerDatabase(cluster.tcp_url("bench"), "secret", "bench")  # loopback TCP, a password
        pg = Store.open(AppPaths.create(tmp / "a"), now, database=server)
        lite = Store.open(AppPaths.create(tmp / "lite"), now)
        data = _year(rng)
        for s in (pg, lite):
            import_team(s, data)
        team_pg, team_lite = pg.team_id("Afsnit 3"), lite.team_id("Afsnit 3")
        assert team_pg is not None and team_lite is not None
        mid = pg.start_meeting(team_id=team_pg, format_id="f", format_title="F", participants=["Anna"],
                               facilitator="Anna", first_speaker="Anna")
        mid_lite = lite.start_meeting(team_id=team_lite, format_id="f", format_title="F",
                                      participants=["Anna"], facilitator="Anna", first_speaker="Anna")
        _save_times(pg, mid, 20, rng)  # warm up
        alone = _save_times(pg, mid, args.saves, rng)
        lite_saves = _save_times(lite, mid_lite, args.saves, rng)

        stop = threading.Event()
        others = [Store.open(AppPaths.create(tmp / f"o{i}"), now, database=server)
                  for i in range(args.pollers)]

        def poll(s: Store) -> None:
            while not stop.wait(POLL_S * rng.uniform(0.9, 1.1)):
                if s.changed_elsewhere():
                    s.capture(mid)
        threads = [threading.Thread(target=poll, args=(s,), daemon=True) for s in others]
        for t in threads:
            t.start()
        crowded = _save_times(pg, mid, args.saves, rng)
        stop.set()
        for t in threads:
            t.join()
        b = others[0]
        visible = _visible_latency(pg, b, mid, args.trials, rng)
        for s in others:
            s.close()

        _sheet_times(pg, team_pg, 2)
        _sheet_times(lite, team_lite, 2)
        statements = _sheet_statements(pg, team_pg)
        on_sheet = staff_sheet(pg, team_pg, "Afsnit 3", date(2025, 1, 1), date(2026, 3, 1), now()).entries
        kinds = [e.kind for e in on_sheet]
        sheet_pg, sheet_lite, ratios = [], [], []
        for _ in range(21):  # interleaved: a busy machine slows both alike
            p = statistics.median(_sheet_times(pg, team_pg, 1))
            q = statistics.median(_sheet_times(lite, team_lite, 1))
            sheet_pg.append(p)
            sheet_lite.append(q)
            ratios.append(p / q)
        pg.close()
        lite.close()
    finally:
        cluster.destroy()

    print(f"{'figure':58} {'value':>14}  target")
    print(f"{'save an edit, PG loopback TCP: p50 / p95 (ms)':58} "
          f"{statistics.median(alone):6.1f} / {_pct(alone, 95):5.1f}  p95 < 50")
    print(f"{'save an edit, PG, ' + str(args.pollers) + ' instances polling: p50 / p95 (ms)':58} "
          f"{statistics.median(crowded):6.1f} / {_pct(crowded, 95):5.1f}  p95 < 50")
    print(f"{'save an edit, SQLite (reference): p50 / p95 (ms)':58} "
          f"{statistics.median(lite_saves):6.1f} / {_pct(lite_saves, 95):5.1f}")
    print(f"{'change visible on another instance: median / max (s)':58} "
          f"{statistics.median(visible):6.2f} / {max(visible):5.2f}  < 3")
    print(f"{'staff sheet, a year: PG / SQLite median (ms)':58} "
          f"{statistics.median(sheet_pg):6.1f} / {statistics.median(sheet_lite):5.1f}")
    print(f"{'staff sheet PG / SQLite: median ratio':58} {statistics.median(ratios):14.2f}  < 1.5")
    print(f"{'staff sheet: statements sent to the server':58} {statements:14d}")
    print(f"{'staff sheet: meetings / learning visits on it':58} "
          f"{kinds.count('meeting'):6d} / {kinds.count('visit'):5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
