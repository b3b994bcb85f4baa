"""Bringing in a team file: the cost of checking it, and the largest accepted meeting's sheet.

    .venv/bin/python bench/bench_import.py [--runs 3] [--meetings 2600]

1. A team file with 10 years of history (2,600 meetings, each with its capture, timings, turns and a
   pause; 260 visits) is brought into a fresh database, once as before the checks (``json.loads``
   and the same writes, the checks switched off) and once as now (the checked reading of the file,
   then the checks and the writes), interleaved so a busy machine slows both alike. The ratio
   (checked / unchecked, CPU time of this process: SQLite runs in it) is the median of the runs'
   ratios; the budget is 1.2.
2. A meeting at every limit (each long text at 10,000 characters up to the 300,000 a meeting may
   hold, every list at its longest) is checked, brought in and its PDF sheet made; the budget is 2 s.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import limits  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from app.storage import team_file  # noqa: E402
from app.storage.store import Store  # noqa: E402
from app.storage.team_transfer import import_team  # noqa: E402

WORDS = ["lyt", "pårørende", "borger", "samtale", "procedure", "vagt", "overlevering", "tryghed",
         "dialog", "aftale", "observation", "læring", "kollega", "ansvar", "Đuoŋŋa"]
PEOPLE = ["Anna Berg", "Bo Ek", "Cecilie Dahl", "Dorte Friis", "Emil Gran", "Frida Holm", "Gustav Ibsen"]
START = datetime(2016, 1, 5, 13, 0, tzinfo=UTC)


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def _meeting(rng: random.Random, k: int) -> dict[str, Any]:
    started = START + timedelta(days=k * 365.25 * 10 / 2600)
    items = lambda n, words, p: [{"id": f"{p}{i}", "text": _text(rng, words), "confidential": i == 2}  # noqa: E731
                                 for i in range(n)]
    capture = {"case_title": _text(rng, 5), "case_confidential": False, "presenters": PEOPLE[1:2],
               "questions_asked": [0, 2, 5], "own_questions": items(1, 8, "q"),
               "presenter_learning": _text(rng, 30), "presenter_learning_confidential": False,
               "round_lines": [{"participant": p, "text": _text(rng, 15), "passed": False,
                                "confidential": False} for p in PEOPLE],
               "measures": [{"id": f"m{i}", "text": _text(rng, 10), "kind": "procedure", "owner": "Bo Ek",
                             "due": None, "status": "open", "confidential": False} for i in range(2)],
               "learning_points": items(3, 14, "p"), "focus_area": "", "topic_suggestions": [],
               "feed_forward": [], "notes": _text(rng, 20), "notes_confidential": True, "extra": {}}
    steps = ["case", "questions", "presenter-learning", "round", "measures"]
    return {"format_id": "systematic-learning-meeting", "format_title": "Systematisk læringsmøde",
            "started": started.isoformat(), "ended": (started + timedelta(minutes=31)).isoformat(),
            "facilitator": PEOPLE[0], "participants": PEOPLE, "first_speaker": PEOPLE[2], "series": None,
            "capture": capture, "course": None,
            "timings": [[s, s.title(), 300.0, 290.0 + i] for i, s in enumerate(steps)],
            "turns": [["round", p, "spoke", 55.0] for p in PEOPLE],
            "pauses": [[(started + timedelta(minutes=10)).isoformat(), 30.0, "questions"]]}


def _visit(rng: random.Random, k: int) -> dict[str, Any]:
    day = (START + timedelta(days=14 * k)).date()
    return {"details": {"agent": PEOPLE[0], "colleague": PEOPLE[1], "day": day.isoformat(), "whole_day": True,
                        "start": "08:00", "end": "15:00", "goals": _text(rng, 12), "colleague_focus": "",
                        "ground_rules": [], "mode": "fly_on_the_wall", "consent": True,
                        "manager_informed": True, "agent_saw": _text(rng, 20),
                        "learning_points": [{"id": f"v{i}", "text": _text(rng, 10), "confidential": False}
                                            for i in range(3)]},
            "observations": [{"at": f"{day.isoformat()}T{9 + i:02d}:00:00+00:00", "text": _text(rng, 12),
                              "released": True} for i in range(5)]}


def team(meetings: int) -> dict[str, Any]:
    """A team's file with ``meetings`` meetings and a visit for every tenth."""
    rng = random.Random(2600)
    return {"runde_team_export": 1, "includes_private": True, "left_out": [], "name": "Afsnit 3",
            "people": PEOPLE, "formats": [], "series": [],
            "meetings": [_meeting(rng, k) for k in range(meetings)],
            "visits": [_visit(rng, k) for k in range(meetings // 10)]}


def _into_fresh_store(load: Callable[[Path], dict[str, Any]], path: Path, *, checked: bool) -> float:
    """CPU seconds to read ``path`` and bring it into a new database."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(AppPaths.create(Path(tmp)), lambda: datetime.now(UTC))
        saved = team_file.check_team
        if not checked:  # as before the checks: the same writes, nothing looked at first
            team_file.check_team = lambda *a, **k: None  # type: ignore[assignment]
        try:
            started = time.process_time()
            import_team(store, load(path), source=str(path))
            return time.process_time() - started
        finally:
            team_file.check_team = saved
            store.close()


def bench_import(runs: int, meetings: int) -> float:
    """The median ratio checked / unchecked."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "team.json"
        path.write_text(json.dumps(team(meetings), ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"team file: {meetings} meetings, {path.stat().st_size / 1e6:.1f} MB")
        ratios = []
        for run in range(runs):
            before = _into_fresh_store(lambda p: json.loads(p.read_text(encoding="utf-8")), path,
                                       checked=False)
            now = _into_fresh_store(team_file.read_team_file, path, checked=True)
            ratios.append(now / before)
            print(f"run {run + 1}: unchecked {before:.2f} s, checked {now:.2f} s, ratio {now / before:.3f}")
    ratio = statistics.median(ratios)
    print(f"checked / unchecked (median): {ratio:.3f}  (budget 1.2): {'OK' if ratio <= 1.2 else 'OVER'}")
    return ratio


def _chars(value: object) -> int:
    """Characters in every text value (what a meeting's budget counts)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        return sum(_chars(v) for v in value.values())
    if isinstance(value, list):
        return sum(_chars(v) for v in value)
    return 0


def largest_meeting() -> dict[str, Any]:
    """One meeting at every limit a team file allows: every list at its longest, names at their
    longest, and texts at 10,000 characters as far as the meeting's 300,000 go."""
    n = limits.MAX_LIST
    people = [f"Deltager {i:03d} ".ljust(limits.MAX_NAME, "x") for i in range(limits.MAX_PEOPLE)]
    item = lambda p, i: {"id": f"{p}{i}", "text": "Kort", "confidential": False}  # noqa: E731
    capture: dict[str, Any] = {
        "case_title": "Kort", "presenters": people, "questions_asked": list(range(20)),
        "presenter_learning": "Kort", "notes": "Kort", "notes_confidential": False,
        "own_questions": [item("q", i) for i in range(n)],
        "learning_points": [item("p", i) for i in range(n)],
        "topic_suggestions": [item("t", i) for i in range(n)],
        "round_lines": [{"participant": p, "text": "Kort", "passed": False, "confidential": False}
                        for p in people[:limits.MAX_ROUND_LINES]],
        "measures": [{"id": f"m{i}", "text": "Kort", "kind": "procedure", "owner": people[i],
                      "due": "2026-06-01", "status": "open", "confidential": False} for i in range(n)],
        "feed_forward": [{"id": f"f{i}", "text": "Kort", "giver": people[i], "receiver": people[-i - 1],
                          "confidential": False} for i in range(n)]}
    long = ("Lyt til pårørende og borgeren. " * 400)[:limits.MAX_TEXT]
    slots: list[tuple[dict[str, Any], str]] = [(capture, k) for k in ("case_title", "presenter_learning",
                                                                       "notes")]
    for key in ("learning_points", "round_lines", "measures", "own_questions", "feed_forward",
                "topic_suggestions"):
        slots += [(x, "text") for x in capture[key]]
    used = _chars(capture)
    for holder, key in slots:  # long texts, first where a sheet shows them most
        if used + len(long) - len(holder[key]) > limits.MAX_RECORD_TEXT:
            break
        used += len(long) - len(holder[key])
        holder[key] = long
    started = datetime(2026, 3, 10, 14, tzinfo=UTC)
    meeting = {"format_id": "systematic-learning-meeting", "format_title": "S" * limits.MAX_NAME,
               "started": started.isoformat(), "ended": (started + timedelta(hours=2)).isoformat(),
               "facilitator": people[0], "participants": people, "first_speaker": people[1],
               "capture": capture,
               "timings": [[f"s{i}", "T" * limits.MAX_TITLE, 60.0, 61.0]
                           for i in range(limits.MAX_STEPS)],
               "turns": [[f"s{i // len(people)}", people[i % len(people)], "spoke", 10.0]
                         for i in range(limits.MAX_TURNS)],  # each step's round: everyone once
               "pauses": [[started.isoformat(), 1.0, "s0"] for _ in range(limits.MAX_PAUSES)]}
    return {"runde_team_export": 1, "name": "Grænsen", "people": people, "meetings": [meeting]}


def bench_largest() -> float:
    """Seconds to make the largest accepted meeting's PDF sheet (after bringing it in)."""
    from app.export.assemble import meeting_sheet
    from app.export.pdf import build_pdf
    from app.export.sheet import ExportOptions, prepare
    from ui.sheet_labels import sheet_labels

    data = largest_meeting()
    team_file.check_team(data)  # accepted: it is at the limits, not over them
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(AppPaths.create(Path(tmp)), lambda: datetime.now(UTC))
        try:
            import_team(store, data)
            mid = store.meetings()[0].id
            started = time.perf_counter()
            sheet = prepare(meeting_sheet(store, mid, datetime.now(UTC)), ExportOptions(timings=True))
            pdf = build_pdf(sheet, sheet_labels())
            took = time.perf_counter() - started
        finally:
            store.close()
    print(f"largest accepted meeting: PDF of {len(pdf) / 1e6:.1f} MB in {took:.2f} s "
          f"(budget 2 s): {'OK' if took < 2 else 'OVER'}")
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--meetings", type=int, default=2600)
    args = parser.parse_args()
    ratio = bench_import(args.runs, args.meetings)
    took = bench_largest()
    return 0 if ratio <= 1.2 and took < 2 else 1


if __name__ == "__main__":
    sys.exit(main())
