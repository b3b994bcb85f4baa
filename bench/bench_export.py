"""the-sheet's figures: one meeting's sheet, a year's staff-meeting sheet, and a bare reportlab
document with the same paragraphs and tables built in the same run (the baseline).

    .venv/bin/python bench/bench_export.py [--runs 7]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table  # noqa: E402

from app.capture import Measure, TextItem  # noqa: E402
from app.export.pdf import build_pdf  # noqa: E402
from app.export.sheet import Entry, ExportOptions, Observation, Sheet, SheetKind, prepare  # noqa: E402

WORDS = ["lyt", "pårørende", "borger", "samtale", "procedure", "vagt", "overlevering", "tryghed",
         "dialog", "aftale", "observation", "læring", "kollega", "ansvar", "Đuoŋŋa"]


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def year_sheet() -> Sheet:
    """26 meetings, 10 visits, 100 measures."""
    rng = random.Random(3)
    start = datetime(2026, 1, 6, 14, tzinfo=UTC)
    entries = []
    for k in range(26):
        entries.append(Entry("meeting", k, start + timedelta(days=14 * k), "Systematisk læringsmøde",
                             case_title=_text(rng, 4), people=("Anna Berg",),
                             learning_points=tuple(TextItem(f"p{k}-{i}", _text(rng, 14)) for i in range(3)),
                             measures=tuple(Measure(f"m{k}-{i}", _text(rng, 9), owner="Bo Ek")
                                            for i in range(3))))
    for k in range(10):
        entries.append(Entry("visit", 100 + k, start + timedelta(days=30 * k), "Læringsbesøg", "",
                             people=("Cecilie", "Dorte"),
                             learning_points=tuple(TextItem(f"v{k}-{i}", _text(rng, 14)) for i in range(3)),
                             measures=tuple(Measure(f"vm{k}-{i}", _text(rng, 9)) for i in range(2)),
                             observations=(Observation(f"o{k}", start, _text(rng, 20), True),)))
    entries.sort(key=lambda e: e.when)
    return Sheet(SheetKind.STAFF, "Afsnit 3", date(2026, 1, 1), date(2026, 12, 31), tuple(entries),
                 generated=datetime(2027, 1, 2, tzinfo=UTC))


def bare(sheet: Sheet) -> bytes:
    """The same paragraphs and tables, default fonts, no escaping, no page numbers."""
    ss = getSampleStyleSheet()
    story = [Paragraph(sheet.team, ss["Title"])]
    for e in sheet.entries:
        story.append(Paragraph(e.title, ss["Heading2"]))
        story += [Paragraph(p.text, ss["BodyText"]) for p in e.learning_points]
        if e.measures:
            story.append(Table([["Text", "Type", "Owner", "Due", "Status"]] +
                               [[Paragraph(m.text, ss["BodyText"]), m.kind.value, m.owner, "", m.status.value]
                                for m in e.measures]))
        story += [Paragraph(o.text, ss["BodyText"]) for o in e.observations]
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def _median_ms(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    """Print the figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    runs = ap.parse_args().runs
    year = year_sheet()
    one = Sheet(SheetKind.MEETING, "Afsnit 3", date(2026, 3, 10), date(2026, 3, 10), year.entries[:1])
    opts = ExportOptions(include_all_confidential=True, released_observations=frozenset(
        o.id for e in year.entries for o in e.observations))
    build_pdf(prepare(one, opts))  # fonts registered once, as in the app
    one_ms = _median_ms(lambda: build_pdf(prepare(one, opts)), runs)
    year_ms = _median_ms(lambda: build_pdf(prepare(year, opts)), runs)
    bare_ms = _median_ms(lambda: bare(year), runs)
    print(f"{'one meeting sheet (PDF)':<52} {one_ms:8.0f} ms   target < 300 ms")
    print(f"{'year staff sheet: 26 meetings, 10 visits, 100 measures':<52} {year_ms:8.0f} ms   "
          "target < 1500 ms")
    print(f"{'bare reportlab, same paragraphs and tables (baseline)':<52} {bare_ms:8.0f} ms")
    print(f"{'ratio year sheet / baseline':<52} {year_ms / bare_ms:8.2f} x   target <= 1.5x")


if __name__ == "__main__":
    main()
