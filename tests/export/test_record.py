"""A meeting's and a visit's whole record on every kind of output, read back: the PDF with pypdf, the
preview's HTML, Markdown, plain text and CSV; privacy and initials; bad input."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime, time
from html import unescape

from pypdf import PdfReader

from app.capture import Measure, MeasureStatus, TextItem
from app.export.html import build_html
from app.export.pdf import build_pdf
from app.export.sheet import (
    CarriedMeasure,
    Entry,
    ExportOptions,
    Observation,
    PlanLine,
    RoundTurn,
    Sheet,
    SheetKind,
    Timing,
    VisitRecord,
    prepare,
    private_items,
    round_id,
)
from app.export.text_formats import build_csv, build_markdown, build_text

START = datetime(2026, 3, 10, 13, 0, tzinfo=UTC)
END = datetime(2026, 3, 10, 13, 31, tzinfo=UTC)
CREW = ("Bo Ek", "Cecilie Dam", "Dorte Holm", "Erik Lund")


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def html_text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html))


def meeting(**kw: object) -> Entry:
    base: dict[str, object] = dict(
        case_title="A hard talk with a relative", people=("Bo Ek", "Cecilie Dam"),
        learning_points=(TextItem("p1", "Ask what they know first"),),
        measures=(Measure("m1", "A checklist for relatives", owner="Anna Berg", due=date(2026, 4, 1)),),
        presenter_learning="I had not asked what she expected", ended=END, team="Afsnit 3",
        facilitator="Anna Berg", present=(*CREW, "Hanne Ry"), late=("Hanne Ry",), absent=("Ida Ny",),
        questions=("Hvad var den største udfordring?", "Hvad ville du gøre anderledes?"),
        own_questions=(TextItem("q1", "Did she know the plan?"),),
        round=(RoundTurn("Bo Ek", "Listen longer"), RoundTurn("Cecilie Dam", status="passed"),
               RoundTurn("Dorte Holm", "Write it down the same day"), RoundTurn("Ida Ny", status="absent"),
               RoundTurn("Erik Lund", status="waiting")),
        timings=(Timing("Casen", 300, 340), Timing("Runden", 300, 280)), planned_s=600, actual_s=620,
        paused_s=125, added=(("Casen", 60.0),), plan_changes=(PlanLine("Runden", True, 60, 45),),
        tried_since_last="We tried the checklist")
    base.update(kw)
    return Entry("meeting", 7, START, "Systematisk læringsmøde", **base)  # type: ignore[arg-type]


def one(e: Entry, kind: SheetKind = SheetKind.MEETING, team: str = "Afsnit 3") -> Sheet:
    return Sheet(kind, team, date(2026, 3, 10), date(2026, 3, 10), (e,), generated=END)


def outputs(s: Sheet) -> dict[str, str]:
    return {"pdf": pdf_text(build_pdf(s)), "html": html_text(build_html(s)), "text": build_text(s),
            "md": build_markdown(s).replace("\\", ""), "csv": build_csv(s).decode("utf-8-sig")}


def test_the_whole_meeting_is_on_every_output() -> None:
    typed = ["A hard talk with a relative", "Bo Ek", "Cecilie Dam", "Anna Berg", "Hanne Ry", "Ida Ny",
             "Hvad var den største udfordring?", "Hvad ville du gøre anderledes?", "Did she know the plan?",
             "I had not asked what she expected", "Listen longer", "Write it down the same day",
             "Ask what they know first", "A checklist for relatives", "We tried the checklist"]
    for name, text in outputs(prepare(one(meeting()), ExportOptions())).items():
        for t in typed:
            assert flat(t) in flat(text), (name, t)
    text = outputs(prepare(one(meeting()), ExportOptions()))["pdf"]
    for label in ("Facilitator", "Presented by", "Present", "Came later", "Absent",
                  "Learning questions asked", "The round", "passed", "did not get the word",
                  "How the time went", "Pauses", "2:05",
                  "Planned\n10 min", "Actual\n10 min", "Casen +1:00", "Runden: each turn 1:00 → 0:45"):
        assert flat(label) in flat(text), label


def test_the_round_is_in_speaking_order_with_passes_and_absences() -> None:
    text = pdf_text(build_pdf(prepare(one(meeting()), ExportOptions())))
    order = [text.index(x) for x in ("Bo Ek\nListen longer", "Cecilie Dam\npassed", "Dorte Holm\nWrite",
                                     "Ida Ny\nabsent", "Erik Lund\ndid not get the word")]
    assert order == sorted(order)
    rows = [r for r in csv.DictReader(io.StringIO(build_csv(prepare(one(meeting()), ExportOptions()))
                                                  .decode("utf-8-sig"))) if r["kind"] == "round"]
    assert [(r["owner"], r["status"]) for r in rows] == [
        ("Bo Ek", "spoken"), ("Cecilie Dam", "passed"), ("Dorte Holm", "spoken"), ("Ida Ny", "absent"),
        ("Erik Lund", "waiting")]


def test_a_meeting_sheet_has_its_step_times_inline_a_staff_sheet_only_when_ticked() -> None:
    whole = pdf_text(build_pdf(prepare(one(meeting()), ExportOptions())))
    assert "Casen\n5:00\n5:40\n+0:40" in whole
    staff = pdf_text(build_pdf(prepare(one(meeting(), SheetKind.STAFF), ExportOptions())))
    assert "5:40" not in staff and "How the time went" in staff


def test_confidential_own_questions_and_round_lines_stay_out_unless_ticked() -> None:
    e = meeting(own_questions=(TextItem("q9", "SECRET question", confidential=True),),
                round=(RoundTurn("Bo Ek", "SECRET line about a citizen", confidential=True),
                       RoundTurn("Dorte Holm", "Shared line")))
    ids = {i for i, _, _ in private_items(one(e))}
    assert {"q9", round_id(e, "Bo Ek")} <= ids
    for name, text in outputs(prepare(one(e), ExportOptions())).items():
        assert "SECRET" not in text, name
        assert "Shared line" in text, name
    shown = outputs(prepare(one(e), ExportOptions(include_confidential=frozenset(ids))))
    assert all("SECRET line about a citizen" in t and "SECRET question" in t for t in shown.values())
    assert "kept confidential" in outputs(prepare(one(e), ExportOptions()))["pdf"]


def test_initials_reach_every_name_of_the_record() -> None:
    text = outputs(prepare(one(meeting()), ExportOptions(initials=True)))
    for name, t in text.items():
        for full in ("Anna Berg", "Hanne Ry", "Ida Ny", "Dorte Holm", "Cecilie Dam"):
            assert full not in t, (name, full)
    assert "D.H.\nWrite it down the same day" in text["pdf"]


def test_fifty_people_a_huge_round_line_thirty_own_questions_and_a_name_with_a_newline() -> None:
    people = tuple(f"Person {i:02d}" for i in range(50)) + ("Åse\nØdegård",)
    e = meeting(present=people, round=tuple(RoundTurn(p, f"line {i}") for i, p in enumerate(people[:-1]))
                + (RoundTurn("Åse\nØdegård", "x" * 10_000),),
                own_questions=tuple(TextItem(f"q{i}", f"Own question {i}") for i in range(30)))
    for name, text in outputs(prepare(one(e), ExportOptions())).items():
        assert flat("Own question 29") in flat(text) and flat("Person 49") in flat(text), name
        assert flat(text).count("x") >= 10_000, name
    pdf = pdf_text(build_pdf(prepare(one(e), ExportOptions())))
    assert "Åse Ødegård: xxxx" in pdf  # a pasted line break in a name does not split the name


def visit() -> Entry:
    record = VisitRecord(date(2026, 3, 11), time(8, 0), time(12, 0), False, "See the morning round",
                         "The handover", ("@confidentiality", "Phones on silent"), "intern", True, True,
                         "Calm voices", "The board", "Fewer interruptions", "Good to explain why",
                         "I will try the board", True, date(2026, 3, 24))
    return Entry("visit", 3, START, "Learning visit", people=("Anna Berg", "Bo Ek"),
                 learning_points=(TextItem("v1", "A board at the handover"),),
                 observations=(Observation("o1", START, "PRIVATE note"),
                               Observation("o2", START, "Released note", released=True)), visit=record)


def test_the_whole_visit_is_on_every_output() -> None:
    typed = ["Anna Berg", "Bo Ek", "08:00–12:00", "See the morning round", "The handover", "Confidentiality",
             "Phones on silent", "As a kind of intern", "Calm voices", "The board", "Fewer interruptions",
             "Good to explain why", "I will try the board", "A board at the handover", "Released note"]
    for name, text in outputs(prepare(one(visit(), SheetKind.VISIT, ""), ExportOptions())).items():
        assert "PRIVATE" not in text, name
        for t in typed:
            if name == "csv" and t in ("Confidentiality", "As a kind of intern"):
                continue  # CSV keeps the stored values ("@confidentiality", "intern") for scripts
            assert flat(t) in flat(text), (name, t)
    pdf = outputs(prepare(one(visit(), SheetKind.VISIT, ""), ExportOptions()))["pdf"]
    for label in ("half day", "We both agree to the visit", "The manager is informed",
                  "For the staff meeting", "2026-03-24", "The learning agent's reflection",
                  "What did you see and hear?"):
        assert label in pdf, label


def test_the_staff_sheet_opens_with_counts_what_was_held_and_the_times() -> None:
    done = Measure("m2", "Done measure", status=MeasureStatus.DONE)
    s = Sheet(SheetKind.STAFF, "Afsnit 3", date(2026, 3, 1), date(2026, 3, 31),
              (meeting(), visit(), meeting(measures=(done,))), generated=END,
              carried=(CarriedMeasure(Measure("c", "Old"), date(2026, 1, 1)),))
    text = pdf_text(build_pdf(prepare(s, ExportOptions())))
    first = PdfReader(io.BytesIO(build_pdf(prepare(s, ExportOptions())))).pages[0].extract_text()
    for row in (("Meetings", "2"), ("Learning visits", "1"), ("Learning points", "3"),
                ("Measures opened", "2"), ("Measures done", "1"), ("Measures still open", "2")):
        assert "\n".join(row) in first, row
    assert "Held in the period" in first and "Planned and actual minutes per meeting" in first
    assert text.index("In brief") < text.index("Systematisk læringsmøde\nCase")


def test_a_long_name_in_the_round_stays_in_its_column() -> None:
    """A double name wider than the names' column is broken inside it, never drawn over the line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.export.fonts import FONT_BOLD

    e = meeting(round=(RoundTurn("Hanne Kristiansen-Lindqvist-Øvergaard", "names are handled"),))
    page = PdfReader(io.BytesIO(build_pdf(prepare(one(e), ExportOptions())))).pages[0]
    runs: list[tuple[str, float]] = []
    page.extract_text(visitor_text=lambda text, _cm, tm, _font, size: runs.append((text, tm[4])))
    line_x = next(x for t, x in runs if t.startswith("names are handled"))
    name_runs = [(t, x) for t, x in runs if t.strip() and t.strip() in "Hanne Kristiansen-Lindqvist-Øvergaard"
                 and x < line_x]
    assert len(name_runs) >= 2  # broken over two lines or more
    for text, x in name_runs:
        assert x + stringWidth(text.strip(), FONT_BOLD, 10.5) <= line_x, text


def test_a_single_text_taller_than_a_page_in_any_block_is_printed_whole() -> None:
    """A table cannot split inside a cell: a round of one huge line, one huge own question or ground
    rule, and a list of 200 people are written as paragraphs, which split across pages."""
    huge = "y" * 10_000
    people = tuple(f"Person number {i:03d} ".ljust(200, "x") for i in range(200))  # names at their limit
    e = meeting(round=(RoundTurn("Bo Ek", huge),), own_questions=(TextItem("q", huge),), present=people)
    v = replace(visit(), visit=replace(visit().visit, ground_rules=(huge,), agent_saw=huge))  # type: ignore[type-var]
    for s in (one(e), one(v, SheetKind.VISIT, "")):
        text = flat(pdf_text(build_pdf(prepare(s, ExportOptions(include_all_confidential=True)))))
        assert text.count("y") >= 10_000
    assert "Personnumber199" in flat(pdf_text(build_pdf(prepare(one(e), ExportOptions()))))
