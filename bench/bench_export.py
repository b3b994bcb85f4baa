"""Sheet export figures: one meeting's sheet, a year's staff-meeting sheet, and a bare reportlab
document with the same paragraphs and tables built in the same run (the baseline).

    .venv/bin/python bench/bench_export.py [--runs 9] [--png /tmp/sheets]

Runs are interleaved (sheet, baseline, sheet, ...) so a busy machine slows both alike; the ratio is
the median of the per-run ratios. ``--png DIR`` also writes sample PDFs to DIR and renders them to
PNG at 60 dpi with ``pdftoppm`` (poppler-utils), to look at.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, StyleSheet1, getSampleStyleSheet  # noqa: E402
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table  # noqa: E402

from app.capture import Measure, MeasureKind, MeasureStatus, TextItem  # noqa: E402
from app.export.pdf import build_pdf  # noqa: E402
from app.export.sheet import (  # noqa: E402
    CarriedMeasure,
    Entry,
    ExportOptions,
    Observation,
    Sheet,
    SheetKind,
    Timing,
    local_day,
    prepare,
)

WORDS = ["lyt", "pårørende", "borger", "samtale", "procedure", "vagt", "overlevering", "tryghed",
         "dialog", "aftale", "observation", "læring", "kollega", "ansvar", "Đuoŋŋa"]
START = datetime(2026, 1, 6, 14, tzinfo=UTC)


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def _meeting(rng: random.Random, k: int) -> Entry:
    return Entry("meeting", k, START + timedelta(days=14 * k), "Systematisk læringsmøde",
                 case_title=_text(rng, 4), people=("Anna Berg",),
                 learning_points=tuple(TextItem(f"p{k}-{i}", _text(rng, 14)) for i in range(3)),
                 measures=tuple(Measure(f"m{k}-{i}", _text(rng, 9), owner="Bo Ek",
                                        due=date(2026, 6, 1) if i == 0 else None) for i in range(3)),
                 presenter_learning=_text(rng, 12),
                 timings=(Timing("Casen", 300, 312), Timing("Spørgsmål", 300, 280),
                          Timing("Runden", 600, 655), Timing("Læringspointer", 300, 290)))


def _visit(rng: random.Random, k: int) -> Entry:
    return Entry("visit", 100 + k, START + timedelta(days=30 * k), "Læringsbesøg", "",
                 people=("Cecilie Dam", "Dorte Holm"),
                 learning_points=tuple(TextItem(f"v{k}-{i}", _text(rng, 14)) for i in range(3)),
                 measures=tuple(Measure(f"vm{k}-{i}", _text(rng, 9), kind=MeasureKind.STANDARD)
                                for i in range(2)),
                 observations=(Observation(f"o{k}", START, _text(rng, 20), True),))


def year_sheet() -> Sheet:
    """26 meetings, 10 visits, 100 measures (78 + 20 in the entries, 2 carried)."""
    rng = random.Random(3)
    entries = [_meeting(rng, k) for k in range(26)] + [_visit(rng, k) for k in range(10)]
    entries.sort(key=lambda e: e.when)
    carried = tuple(CarriedMeasure(Measure(f"c{i}", _text(rng, 9), owner="Eva Lund"), date(2025, 10, 1))
                    for i in range(2))
    return Sheet(SheetKind.STAFF, "Afsnit 3", date(2026, 1, 1), date(2026, 12, 31), tuple(entries),
                 carried, generated=datetime(2027, 1, 2, tzinfo=UTC))


def _bare_table(measures: list[Measure], style: ParagraphStyle) -> Table:
    return Table([["Text", "Type", "Owner", "Due", "Status"]]
                 + [[Paragraph(m.text, style), m.kind.value, m.owner, m.due.isoformat() if m.due else "",
                     m.status.value] for m in measures], repeatRows=1)


def _bare_entry(e: Entry, ss: StyleSheet1) -> list[Flowable]:
    s = ss.__getitem__
    story: list[Flowable] = [Paragraph(f"{local_day(e.when)} {e.title}", s("Heading2"))]
    if e.case_title:
        story.append(Paragraph(e.case_title, s("BodyText")))
    story += [Paragraph(", ".join(e.people), s("BodyText")), Paragraph("Learning points", s("Heading3"))]
    story += [Paragraph(p.text, s("BodyText"), bulletText=f"{i}.")
              for i, p in enumerate(e.learning_points, 1)]
    if e.measures:
        story += [Paragraph("Measures", s("Heading3")), _bare_table(list(e.measures), s("BodyText"))]
    if e.presenter_learning:
        story += [Paragraph("Presenter", s("Heading3")), Paragraph(e.presenter_learning, s("BodyText"))]
    if e.observations:
        story.append(Paragraph("Observations", s("Heading3")))
        story += [Paragraph(o.text, s("BodyText")) for o in e.observations]
    return story


def bare(sheet: Sheet) -> bytes:
    """The same paragraphs and tables: default Helvetica, no escaping, no page numbers."""
    ss = getSampleStyleSheet()
    story: list[Flowable] = [Paragraph(sheet.team, ss["Title"]), Paragraph("period", ss["BodyText"])]
    for e in sheet.entries:
        story += _bare_entry(e, ss)
    if sheet.carried:
        story += [Paragraph("Carried", ss["Heading2"]),
                  _bare_table([c.measure for c in sheet.carried], ss["BodyText"])]
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def _ms(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def _samples(year: Sheet) -> dict[str, Sheet]:
    """The sheets to look at: one meeting (with timings), one visit, the year, and hostile text."""
    hostile = ("R&D <b> </para> &amp; <img src=\"/etc/passwd\"> <script>alert(1)</script>\n"
               "Sámegiella: Đuoŋŋa ŧ ŋ č š ž á — Кириллица — العربية — 🙂")
    meeting = next(e for e in year.entries if e.kind == "meeting")
    visit = next(e for e in year.entries if e.kind == "visit")
    rough = Entry("meeting", 999, START, "Systematisk læringsmøde", "Lang tekst",
                  learning_points=(TextItem("h", hostile), TextItem("l", "x" * 10_000),
                                   TextItem("n", "linje\n" * 300)),
                  measures=tuple(Measure(f"r{i}", f"Tiltag {i}", owner="Bo Ek",
                                         status=MeasureStatus.DONE if i % 3 else MeasureStatus.OPEN)
                                 for i in range(200)))
    day, visit_day = local_day(meeting.when), local_day(visit.when)  # the days a reader sees
    return {
        "one-meeting": Sheet(SheetKind.MEETING, "Afsnit 3", day, day, (meeting,), year.carried,
                             generated=year.generated),
        "one-visit": Sheet(SheetKind.VISIT, "Afsnit 3", visit_day, visit_day, (visit,),
                           generated=year.generated),
        "year": year,
        "month": Sheet(SheetKind.STAFF, "Afsnit 3", date(2026, 1, 1), date(2026, 2, 5),
                       year.entries[:4], year.carried, generated=year.generated),
        "rough": Sheet(SheetKind.STAFF, "Afsnit 3", day, day, (rough,), generated=year.generated),
        "empty": Sheet(SheetKind.STAFF, "Afsnit 3", day, day, (), generated=year.generated),
    }


def write_pngs(folder: Path, year: Sheet) -> None:
    """Write sample PDFs to ``folder`` and render each page to PNG at 60 dpi."""
    folder.mkdir(parents=True, exist_ok=True)
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm is missing: apt-get install -y poppler-utils")
    everything = ExportOptions(include_all_confidential=True, timings=True, released_observations=frozenset(
        o.id for e in year.entries for o in e.observations))
    for name, sheet in _samples(year).items():
        pdf = folder / f"{name}.pdf"
        pdf.write_bytes(build_pdf(prepare(sheet, everything)))
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(folder / name)], check=True)
    print(f"PDFs and PNGs in {folder}")


def main() -> None:
    """Print the figures (and render the samples with ``--png``)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--png", type=Path, default=None, metavar="DIR")
    args = ap.parse_args()
    year = year_sheet()
    if args.png:
        write_pngs(args.png, year)
    one = _samples(year)["one-meeting"]
    opts = ExportOptions(include_all_confidential=True, released_observations=frozenset(
        o.id for e in year.entries for o in e.observations))
    first_ms = _ms(lambda: build_pdf(prepare(one, opts)))  # loads and registers the fonts, once
    bare(one)
    one_ms, year_ms, bare_ms, ratios = [], [], [], []
    for _ in range(args.runs):
        one_ms.append(_ms(lambda: build_pdf(prepare(one, opts))))
        year_ms.append(_ms(lambda: build_pdf(prepare(year, opts))))
        bare_ms.append(_ms(lambda: bare(year)))
        ratios.append(year_ms[-1] / bare_ms[-1])
    med = statistics.median
    print(f"{'figure (median of ' + str(args.runs) + ' interleaved runs)':<56} {'value':>9}   target")
    print(f"{'first sheet in this process (loads DejaVu Sans)':<56} {first_ms:6.0f} ms   < 300 ms")
    print(f"{'one meeting sheet (PDF)':<56} {med(one_ms):6.0f} ms   < 300 ms")
    print(f"{'year staff sheet: 26 meetings, 10 visits, 100 measures':<56} {med(year_ms):6.0f} ms   "
          "< 1500 ms")
    print(f"{'bare reportlab, same paragraphs and tables (baseline)':<56} {med(bare_ms):6.0f} ms")
    print(f"{'ratio year sheet / baseline':<56} {med(ratios):6.2f} x    <= 1.5 x")


if __name__ == "__main__":
    main()
