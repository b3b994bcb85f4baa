"""Sheet export: PDFs read back with pypdf (text verbatim, DejaVu embedded, A4, metadata, page
numbers), what leaves the machine (confidential items, observations, initials) in PDF, Markdown and
CSV, hostile and huge input, and files written whole or not at all. No Qt."""

from __future__ import annotations

import csv
import errno
import io
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import UTC, date, datetime
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PageObject, PdfReader

from app.atomic import ExportError, write_atomic
from app.capture import Measure, MeasureKind, MeasureStatus, RoundLine, TextItem
from app.export.html import build_html
from app.export.pdf import (
    build_pdf,
    describe_characters,
    missing_glyphs,
    printable,
    right_to_left,
    scripts_of,
)
from app.export.sheet import (
    CarriedMeasure,
    Entry,
    ExportOptions,
    Observation,
    Sheet,
    SheetKind,
    SheetLabels,
    Timing,
    all_text,
    prepare,
    presenter_learning_id,
    private_items,
)
from app.export.text_formats import build_csv, build_markdown

WHEN = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
HOSTILE = ["<b>", "</para>", "&amp;", "R&D", '<img src="/etc/passwd">', "<script>alert(1)</script>",
           "<font color=red>x</font>", "&#x41;", "]]>", "<br/>"]
SAMI = "Máret Đuoŋŋa sámegiella: ŋ ŧ đ č š ž"
CYRILLIC = "Кириллица: съешь же ещё этих мягких булок"
NORDIC = "æøå ÆØÅ äö ÄÖ"
A4_POINTS = (595, 842)


# --- helpers -------------------------------------------------------------------------------------

def pdf_text(data: bytes) -> str:
    """All pages' text, pages joined by newlines."""
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def body_text(data: bytes) -> str:
    """All pages' text without the footers (title and "Page N of M", the last two lines)."""
    return "\n".join("\n".join(p.extract_text().splitlines()[:-2]) for p in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    """Text with all whitespace removed (line wrapping moves it)."""
    return re.sub(r"\s+", "", text)


def entry(points: tuple[TextItem, ...] = (), measures: tuple[Measure, ...] = (),
          **kw: object) -> Entry:
    """A meeting entry with a case and a presenter (both can be overridden)."""
    fields: dict[str, object] = {"case_title": "Svær samtale", "people": ("Anna Berg",), **kw}
    return Entry("meeting", 1, WHEN, "Systematisk læringsmøde", learning_points=points,
                 measures=measures, **fields)  # type: ignore[arg-type]


def visit(points: tuple[TextItem, ...] = (), **kw: object) -> Entry:
    """A learning-visit entry: agent and colleague."""
    return Entry("visit", 7, WHEN, "Læringsbesøg", people=("Cecilie Dam", "Dorte Holm"),
                 learning_points=points, **kw)  # type: ignore[arg-type]


def sheet(*entries: Entry, kind: SheetKind = SheetKind.STAFF,
          carried: tuple[CarriedMeasure, ...] = ()) -> Sheet:
    """A March sheet of team "Afsnit 3", generated on April 1st."""
    return Sheet(kind, "Afsnit 3", date(2026, 3, 1), date(2026, 3, 31), entries, carried,
                 generated=datetime(2026, 4, 1, tzinfo=UTC))


def points(*texts: str) -> tuple[TextItem, ...]:
    """Learning points with ids p0, p1..."""
    return tuple(TextItem(f"p{i}", t) for i, t in enumerate(texts))


def pdf_of(s: Sheet, opts: ExportOptions | None = None) -> bytes:
    """The PDF of a sheet after prepare()."""
    return build_pdf(prepare(s, opts or ExportOptions()))


def page_fonts(page: PageObject) -> list[Any]:
    """The font dictionaries a page uses."""
    resources: Any = page["/Resources"]
    return [f.get_object() for f in resources["/Font"].values()]


def has_row(text: str, *cells: str) -> bool:
    """pypdf gives a table row's cells one per line, in order."""
    return "\n".join(cells) in text


def csv_rows(data: bytes) -> list[dict[str, str]]:
    """CSV bytes (UTF-8 with BOM) as dict rows."""
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


# --- the PDF as a document -----------------------------------------------------------------------

def test_every_page_is_a4_with_dejavu_embedded() -> None:
    measures = tuple(Measure(f"m{i}", f"Tiltag {i}") for i in range(60))
    reader = PdfReader(io.BytesIO(pdf_of(sheet(entry(points("Lyt først"), measures)))))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == A4_POINTS
        fonts = page_fonts(page)
        names = {str(f["/BaseFont"]) for f in fonts}
        assert names and all("DejaVuSans" in n for n in names)  # no Helvetica fallback anywhere
        for f in fonts:  # embedded: the TrueType program is in the file
            assert "/FontFile2" in f["/FontDescriptor"].get_object()


def test_bold_face_is_used_for_headings() -> None:
    reader = PdfReader(io.BytesIO(pdf_of(sheet(entry(points("a"))))))
    names = {str(f["/BaseFont"]) for f in page_fonts(reader.pages[0])}
    assert any(n.endswith("DejaVuSans-Bold") for n in names)
    assert any(n.endswith("DejaVuSans") for n in names)


@pytest.mark.parametrize(("kind", "title"), [
    (SheetKind.MEETING, "Learning meeting – Afsnit 3"),
    (SheetKind.VISIT, "Learning visit – Afsnit 3"),
    (SheetKind.STAFF, "For the staff meeting – Afsnit 3"),
])
def test_metadata_title_and_author(kind: SheetKind, title: str) -> None:
    data = pdf_of(sheet(entry(points("a")), kind=kind))
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None and meta.title == title and meta.author == "Runde"
    assert title in pdf_text(data)


def test_page_numbers_on_every_page() -> None:
    measures = tuple(Measure(f"m{i}", f"Tiltag nummer {i}", owner="Bo Ek") for i in range(200))
    data = pdf_of(sheet(entry(points("a"), measures)))
    reader = PdfReader(io.BytesIO(data))
    n = len(reader.pages)
    assert n >= 4
    for i, page in enumerate(reader.pages, start=1):
        assert f"Page {i} of {n}" in page.extract_text()


def test_labels_are_used_for_every_heading() -> None:
    labels = SheetLabels(title_staff="Til personalemødet", learning_points="Læringspointer",
                         measures="Organisatoriske tiltag", carried="Åbne tiltag fra tidligere",
                         page="Side %(page)d af %(pages)d", age_days="%(days)d dage")
    s = prepare(sheet(entry(points("a"), (Measure("m", "t"),)),
                      carried=(CarriedMeasure(Measure("c", "gammel"), date(2026, 3, 22)),)), ExportOptions())
    text = pdf_text(build_pdf(s, labels))
    for word in ("Til personalemødet", "Læringspointer", "Organisatoriske tiltag",
                 "Åbne tiltag fra tidligere", "Side 1 af 1", "10 dage"):
        assert word in text
    for english in ("Learning points", "Organisational measures", "Page 1"):
        assert english not in text


def test_build_pdf_also_writes_to_a_stream() -> None:
    stream = io.BytesIO()
    data = build_pdf(prepare(sheet(entry(points("a"))), ExportOptions()), stream=stream)
    assert data.startswith(b"%PDF") and stream.getvalue() == data


# --- user text prints literally ------------------------------------------------------------------

def test_hostile_markup_prints_verbatim_and_embeds_nothing() -> None:
    data = pdf_of(sheet(entry(points(*HOSTILE, SAMI, CYRILLIC, NORDIC))))
    lines = pdf_text(data).splitlines()
    for i, text in enumerate(HOSTILE + [SAMI, CYRILLIC, NORDIC], start=1):
        assert f"{i}. {text}" in lines  # each point on its own line, character for character
    assert b"/Subtype /Image" not in data and b"/XObject" not in data  # no file was embedded


def test_hostile_text_in_every_field() -> None:
    evil = 'R&D <b> </para> &amp; <img src="/etc/passwd">'
    e = Entry("meeting", 1, WHEN, evil, evil, people=(evil,), learning_points=points(evil),
              measures=(Measure("m", evil, owner="R&D <b>"),), presenter_learning=evil,
              observations=(Observation("o", WHEN, evil),), timings=(Timing(evil, 60, 61),))
    s = Sheet(SheetKind.MEETING, evil, date(2026, 3, 10), date(2026, 3, 10), (e,), generated=WHEN)
    opts = ExportOptions(released_observations=frozenset({"o"}), timings=True)
    text = flat(pdf_text(pdf_of(s, opts)))
    assert text.count(flat(evil)) >= 7  # title, entry heading, case, people, point, measure, ...
    assert "R&D<b>" in text  # the owner cell


def test_sami_cyrillic_nordic_have_glyphs_emoji_do_not() -> None:
    assert missing_glyphs([SAMI, CYRILLIC, NORDIC, "€ – “ ” ‘ ’ …"]) == set()
    assert missing_glyphs(["Godt 🙂 arbejde", "中文"]) == {"🙂", "中", "文"}


def test_characters_the_font_lacks_are_left_out_not_boxes() -> None:
    text = pdf_text(pdf_of(sheet(entry(points("Godt 🙂 arbejde 中文 slut")))))
    assert "Godt  arbejde  slut" in text or "Godt arbejde slut" in text
    assert "🙂" not in text and "中" not in text


def test_controls_are_removed_and_line_breaks_kept() -> None:
    raw = "a\x00b\x07c\r\nd\re\u2028f\tg\x1bh"
    assert printable(raw) == "abc\nd\ne\nf gh"
    assert missing_glyphs([raw]) == set()  # nothing to warn about: controls never print
    lines = pdf_text(pdf_of(sheet(entry(points(raw))))).splitlines()
    assert "1. abc" in lines and "f gh" in lines


def test_right_to_left_text_prints_and_is_flagged() -> None:
    arabic = "مرحبا بالعالم"
    assert right_to_left(["abc", arabic]) == set(arabic.replace(" ", ""))
    assert missing_glyphs([arabic]) == set()
    text = pdf_text(pdf_of(sheet(entry(points(arabic)))))
    assert not Counter(flat(arabic)) - Counter(flat(text))


def test_astral_characters_can_be_copied_back() -> None:
    """DejaVu has some emoji; reportlab's ToUnicode map needed a fix for them."""
    assert missing_glyphs(["😍"]) == set()
    assert "x😍y" in pdf_text(pdf_of(sheet(entry(points("x😍y")))))


# --- bad and big input -----------------------------------------------------------------------------

def test_ten_thousand_characters_and_many_newlines() -> None:
    long_words = " ".join(["omsorg"] * 1_500)  # 10,499 characters
    data = pdf_of(sheet(entry(points("x" * 10_000, "linje\n" * 3_000, long_words))))
    text = pdf_text(data)
    assert flat(text).count("x") == 10_000
    assert text.count("linje") == 3_000
    assert text.count("omsorg") == 1_500
    assert len(PdfReader(io.BytesIO(data)).pages) > 10


def test_huge_text_in_tables_and_names_does_not_crash() -> None:
    huge = "tiltag\n" * 2_000
    e = entry(points("a"), (Measure("m1", huge, owner="Bo\n" * 2_000), Measure("m2", "W" * 10_000)),
              case_title=huge, people=("Anna " * 2_000,), timings=(Timing(huge, 60, 90),))
    s = sheet(e, carried=(CarriedMeasure(Measure("c", huge), date(2026, 1, 1)),))
    text = pdf_text(pdf_of(s, ExportOptions(timings=True)))
    assert text.count("tiltag") == 4 * 2_000  # case, measure, carried measure, timing step
    assert flat(text).count("W") >= 10_000


def test_two_hundred_measures_run_over_several_pages() -> None:
    measures = tuple(Measure(f"m{i}", f"Tiltag nummer {i}", kind=MeasureKind.STANDARD, owner="Bo Ek",
                             due=date(2026, 5, 1), status=MeasureStatus.DONE) for i in range(200))
    data = pdf_of(sheet(entry(points("a"), measures)))
    text = pdf_text(data)
    assert all(f"Tiltag nummer {i}\n" in text + "\n" for i in range(200))
    assert text.count("2026-05-01") == 200 and text.count("Standard") == 200
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 4
    assert all("Text" in p.extract_text() for p in reader.pages[1:])  # the table header repeats


def test_meeting_without_learning_points_says_so() -> None:
    assert "No learning points were written down." in pdf_text(pdf_of(sheet(entry())))
    md = build_markdown(prepare(sheet(entry()), ExportOptions()))
    assert "No learning points were written down." in md.replace("\\", "")


def test_period_without_meetings_says_so() -> None:
    s = prepare(sheet(), ExportOptions())
    text = pdf_text(build_pdf(s))
    assert "No meetings or learning visits in this period." in text
    assert "2026-03-01 – 2026-03-31" in text
    assert "No meetings or learning visits in this period." in build_markdown(s).replace("\\", "")
    rows = csv_rows(build_csv(s))
    assert [(r["kind"], r["date"]) for r in rows] == [("sheet", "2026-03-01/2026-03-31"),
                                                      ("nothing_in_period", "")]
    assert rows[1]["text"] == "No meetings or learning visits in this period."


# --- content of the three kinds of sheet -----------------------------------------------------------

def test_one_meeting_sheet() -> None:
    e = entry(points("Lyt først", "Spørg igen"), (Measure("m", "Ny tjekliste", owner="Bo Ek",
                                                          due=date(2026, 4, 1)),),
              presenter_learning="Jeg lærte at vente")
    s = Sheet(SheetKind.MEETING, "Afsnit 3", date(2026, 3, 10), date(2026, 3, 10), (e,), generated=WHEN)
    text = pdf_text(pdf_of(s))
    lines = text.splitlines()
    for line in ("Learning meeting – Afsnit 3", "2026-03-10 · Systematisk læringsmøde",
                 "Case: Svær samtale", "1. Lyt først", "2. Spørg igen", "Jeg lærte at vente"):
        assert line in lines
    assert lines[lines.index("Presented by") + 1] == "Anna Berg"  # a fact: its label, then its value
    assert has_row(text, "Ny tjekliste", "Procedure", "Bo Ek", "2026-04-01", "Open")
    assert "2026-03-10 – 2026-03-10" not in text  # one day: one date


def test_one_visit_sheet_names_agent_and_colleague() -> None:
    s = sheet(visit(points("Se borgeren først")), kind=SheetKind.VISIT)
    text = pdf_text(pdf_of(s))
    assert "Learning visit – Afsnit 3" in text and "1. Se borgeren først" in text
    assert "Learning agent and colleague: Cecilie Dam, Dorte Holm" in text
    assert "Presented by" not in text


def test_staff_sheet_carries_open_measures_with_their_age() -> None:
    s = sheet(entry(points("a")), visit(points("b")),
              carried=(CarriedMeasure(Measure("c", "Nøgleboks-procedure", owner="Eva"), date(2026, 1, 1)),))
    text = pdf_text(pdf_of(s))
    assert "Open measures carried forward" in text and "Nøgleboks-procedure" in text
    assert "90 days" in text  # 2026-01-01 to 2026-04-01
    assert text.index("1. a") < text.index("1. b") < text.index("Nøgleboks")


def test_timings_page_only_when_ticked_with_signed_difference() -> None:
    e = entry(points("a"), timings=(Timing("Casen", 300, 312), Timing("Runden", 600, 540)))
    without = pdf_of(sheet(e))
    assert "Planned and actual times" not in pdf_text(without)
    with_t = pdf_of(sheet(e), ExportOptions(timings=True))
    text = pdf_text(with_t)
    assert has_row(text, "Casen", "5:00", "5:12", "+0:12")
    assert has_row(text, "Runden", "10:00", "9:00", "−1:00")
    assert len(PdfReader(io.BytesIO(with_t)).pages) == 2  # a page of its own


# --- what leaves the machine -----------------------------------------------------------------------

def _private_sheet() -> Sheet:
    e = entry(
        (TextItem("open", "Shared point"), TextItem("sec", "SECRET point", confidential=True)),
        (Measure("m1", "Shared measure", owner="Bo Ek"),
         Measure("m2", "SECRET measure", owner="Bo Ek", confidential=True)),
        case_confidential=True, round_lines=(RoundLine("Cecilie Dam", "line"),),
    )
    v = visit(points("Visit point"),
              observations=(Observation("o1", WHEN, "PRIVATE observation of a citizen"),
                            Observation("o2", WHEN, "Released observation", released=True)))
    return sheet(e, v, carried=(CarriedMeasure(Measure("c", "SECRET carried", confidential=True),
                                               date(2026, 1, 1)),))


def html_text(html: str) -> str:
    """The text of the preview's HTML (tags dropped, entities read)."""
    return unescape(re.sub(r"<[^>]+>", " ", html))


def _exports(s: Sheet) -> dict[str, str]:
    return {"pdf": pdf_text(build_pdf(s)), "md": build_markdown(s).replace("\\", ""),
            "csv": build_csv(s).decode("utf-8-sig"), "preview": html_text(build_html(s))}


def test_confidential_items_and_private_observations_stay_out_by_default() -> None:
    prepared = prepare(_private_sheet(), ExportOptions())
    assert not [t for t in all_text(prepared) if "SECRET" in t or "PRIVATE" in t or "Svær" in t]
    for fmt, text in _exports(prepared).items():
        assert "SECRET" not in text and "PRIVATE" not in text, fmt
        assert "Svær samtale" not in text, fmt  # the confidential case title
        assert "Shared point" in text and "Shared measure" in text and "Visit point" in text, fmt
        assert "Released observation" in text, fmt  # released by the learning agent


def test_ticked_items_go_in_and_only_those() -> None:
    opts = ExportOptions(include_confidential=frozenset({"sec", "c"}),
                         released_observations=frozenset({"o1"}))
    for fmt, text in _exports(prepare(_private_sheet(), opts)).items():
        assert "SECRET point" in text and "SECRET carried" in text, fmt
        assert "SECRET measure" not in text and "Svær samtale" not in text, fmt
        assert "PRIVATE observation" in text, fmt
    everything = ExportOptions(include_all_confidential=True, released_observations=frozenset({"o1", "o2"}))
    pdf = _exports(prepare(_private_sheet(), everything))["pdf"]
    assert all(w in pdf for w in ("SECRET point", "SECRET measure", "SECRET carried", "PRIVATE",
                                  "Svær samtale"))


def test_names_as_initials_everywhere() -> None:
    for fmt, text in _exports(prepare(_private_sheet(), ExportOptions(initials=True))).items():
        assert "Anna Berg" not in text and "Bo Ek" not in text and "Cecilie Dam" not in text, fmt
        assert "B.E." in text, fmt
    pdf = _exports(prepare(_private_sheet(), ExportOptions(initials=True)))["pdf"]
    assert "A.B." in pdf and "C.D., D.H." in pdf


def test_prepared_text_is_what_the_pdf_prints() -> None:
    """The preview shows prepare()'s output; the PDF prints every piece of it (but the round,
    which is not on the sheet), and nothing else."""
    opts = ExportOptions(initials=True, include_confidential=frozenset({"sec"}))
    prepared = prepare(_private_sheet(), opts)
    text = flat(pdf_text(build_pdf(prepared)))
    rounds = {t for e in prepared.entries for r in e.round_lines for t in (r.participant, r.text)}
    for piece in set(all_text(prepared)) - rounds:
        assert flat(piece) in text, piece
    assert "SECRET measure" not in text and "PRIVATE" not in text


# --- Markdown and CSV ----------------------------------------------------------------------------

def test_markdown_cannot_inject_structure() -> None:
    evil = ("# Heading\n## Sub\n[link](http://x) ![img](file:///etc/passwd) <b>bold</b> *em* _u_\n"
            "- item\n1. one\n> quote\n```\ncode\n```\n| a | b |\n---")
    md = build_markdown(prepare(sheet(entry(points(evil))), ExportOptions()))
    body = md.split("### Learning points", 1)[1]
    for bad in ("\n# ", "\n## ", "](http", "![", "<b>", "\n- item", "\n> ", "\n```", "\n---", "*em*"):
        assert bad not in body, bad
    assert "Heading" in body and "link" in body  # the words are still there


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_guards_formula_injection(start: str) -> None:
    payload = f'{start}HYPERLINK("http://x","y")'
    s = prepare(sheet(entry(points(payload), (Measure("m", payload, owner=payload),))), ExportOptions())
    rows = [r for r in csv_rows(build_csv(s)) if r["kind"] in ("learning_point", "measure")]
    assert [r["kind"] for r in rows] == ["learning_point", "measure"]
    for cell in (rows[0]["text"], rows[1]["text"], rows[1]["owner"]):
        assert cell == "'" + payload


def test_csv_columns_and_nordic_letters() -> None:
    s = prepare(sheet(entry(points(NORDIC, SAMI), (Measure("m", "Tjekliste", owner="Bo Ek",
                                                             due=date(2026, 4, 1)),)),
                      carried=(CarriedMeasure(Measure("c", "Gammel"), date(2026, 1, 2)),)), ExportOptions())
    raw = build_csv(s)
    header = raw.decode("utf-8-sig").splitlines()[0].split(",")
    assert header == ["kind", "date", "time", "source", "format", "text", "type", "owner", "due", "status",
                      "planned_s", "actual_s"]
    rows = [r for r in csv_rows(raw) if r["kind"] in ("learning_point", "measure", "carried_measure")]
    assert [r["text"] for r in rows] == [NORDIC, SAMI, "Tjekliste", "Gammel"]
    assert rows[2] | {} == {"kind": "measure", "date": "2026-03-10", "time": "14:00", "source": "meeting",
                            "format": "Systematisk læringsmøde", "text": "Tjekliste",
                            "type": "procedure", "owner": "Bo Ek", "due": "2026-04-01", "status": "open",
                            "planned_s": "", "actual_s": ""}
    assert rows[3]["kind"] == "carried_measure" and rows[3]["date"] == "2026-01-02"


# --- property: any text -----------------------------------------------------------------------------

ADVERSARIAL = [*HOSTILE, SAMI, CYRILLIC, "مرحبا", "🙂👍🏽", "\n" * 40, "x" * 3_000, "\x00\x1b", "\u202e"]


def _comparable(text: str) -> str:
    """What pypdf can give back: no whitespace, no soft hyphens (reportlab only uses them to break)."""
    return "".join(c for c in text if not c.isspace() and c != "\xad")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(ADVERSARIAL),
                          st.text(st.characters(blacklist_categories=["Cs"]), max_size=120)),
                max_size=5).map("".join))
def test_any_text_builds_and_prints_exactly_what_the_font_has(text: str) -> None:
    s = prepare(sheet(entry(points(text), (Measure("m", text, owner=text),), case_title=text)),
                ExportOptions())
    data = build_pdf(s)
    assert data.startswith(b"%PDF")
    build_markdown(s)
    build_csv(s)
    want = _comparable(printable(text))
    body = _comparable(body_text(data))  # the point's own stretch of the sheet:
    start = body.index("Learningpoints1.") + len("Learningpoints1.")
    got = body[start:body.index("Organisationalmeasures", start)]
    assert not set(want) & missing_glyphs([text])  # what is printed has glyphs
    if "\xad" in printable(text):  # a soft hyphen inside a word prints as "-" where the line breaks there
        want, got = want.replace("-", ""), got.replace("-", "")
    if right_to_left([text]):  # pypdf reorders right-to-left runs: compare the letters only
        assert Counter(want) == Counter(got)
    else:
        assert want == got


# --- atomic files --------------------------------------------------------------------------------

def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_atomic_write_replaces_whole_and_keeps_mode(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    write_atomic(target, b"one")
    assert target.read_bytes() == b"one" and (target.stat().st_mode & 0o777) == 0o644
    target.chmod(0o600)
    write_atomic(str(target), b"two")
    assert target.read_bytes() == b"two" and (target.stat().st_mode & 0o777) == 0o600
    assert _names(tmp_path) == ["sheet.pdf"]


def test_path_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "sheet.pdf").mkdir()
    with pytest.raises(ExportError, match="is a folder") as info:
        write_atomic(tmp_path / "sheet.pdf", b"x")
    assert str(tmp_path / "sheet.pdf") in str(info.value) and info.value.code == "EISDIR"
    assert _names(tmp_path) == ["sheet.pdf"]


def test_parent_is_a_file_or_missing(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_bytes(b"keep")
    with pytest.raises(ExportError, match="part of the path is a file"):
        write_atomic(tmp_path / "notes.txt" / "sheet.pdf", b"x")
    with pytest.raises(ExportError, match="folder does not exist"):
        write_atomic(tmp_path / "missing" / "sheet.pdf", b"x")
    assert (tmp_path / "notes.txt").read_bytes() == b"keep" and _names(tmp_path) == ["notes.txt"]


@pytest.mark.parametrize(("where", "code", "message"), [
    ("fsync", errno.ENOSPC, "the disk is full"),
    ("write", errno.ENOSPC, "the disk is full"),
    ("replace", errno.EACCES, "open in another program"),  # Windows: target open elsewhere
    ("replace", errno.EBUSY, "in use by another program"),
    ("mkstemp", errno.EROFS, "read-only"),
    ("mkstemp", errno.EACCES, "folder is read-only"),
    ("replace", errno.EIO, "could not be written \\(unplugged, or failing\\?\\)"),
])
def test_failures_leave_the_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  where: str, code: int, message: str) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")

    def fail(*args: object, **kw: object) -> None:
        raise OSError(code, os.strerror(code))

    if where == "write":
        class FullDisk(io.FileIO):
            def write(self, data: object) -> int:
                fail()
                return 0

        monkeypatch.setattr(os, "fdopen", FullDisk)
    elif where == "mkstemp":
        monkeypatch.setattr("tempfile.mkstemp", fail)
    else:
        monkeypatch.setattr(os, where, fail)
    with pytest.raises(ExportError, match=message) as info:
        write_atomic(target, b"new")
    assert str(target) in str(info.value)
    monkeypatch.undo()
    assert target.read_bytes() == b"old" and _names(tmp_path) == ["sheet.pdf"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="as root, a read-only folder does not block writes")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "sheet.pdf").write_bytes(b"old")
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="permission denied"):
            write_atomic(folder / "sheet.pdf", b"new")
    finally:
        folder.chmod(0o700)
    assert (folder / "sheet.pdf").read_bytes() == b"old" and _names(folder) == ["sheet.pdf"]


# --- no Qt -------------------------------------------------------------------------------------------

def test_export_package_does_not_import_qt() -> None:
    code = ("import sys, app.export.pdf, app.export.sheet, app.export.text_formats, app.atomic; "
            "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], check=False, cwd=Path(__file__).parents[2])
    assert run.returncode == 0


# --- the presenter's learning, CSV content, the preview's HTML, warnings (audit fixes) ------------

def test_the_presenter_s_confidential_learning_is_left_out_unless_ticked() -> None:
    e = entry(points("Shared point"), presenter_learning="SECRET reflection\nsecond line",
              presenter_learning_confidential=True)
    s = sheet(e)
    item = (presenter_learning_id(e), "presenter_learning", "SECRET reflection\nsecond line")
    assert item in private_items(s)
    for fmt, text in _exports(prepare(s, ExportOptions())).items():
        assert "SECRET" not in text and "What the questions taught the presenter" not in text, fmt
        assert "Shared point" in text, fmt
    assert not [t for t in all_text(prepare(s, ExportOptions())) if "SECRET" in t]
    for opts in (ExportOptions(include_confidential=frozenset({item[0]})),
                 ExportOptions(include_all_confidential=True)):
        for fmt, text in _exports(prepare(s, opts)).items():
            assert "SECRET reflection" in text, fmt
            assert fmt == "csv" or "What the questions taught the presenter" in text, fmt  # CSV: its kind
    other = entry(points("x"), presenter_learning="Open reflection")
    assert private_items(sheet(other)) == []
    assert "Open reflection" in pdf_text(pdf_of(sheet(other)))


def test_csv_carries_what_the_pdf_carries() -> None:
    e = entry(points("Lyt først"), (Measure("m", "Ny tjekliste", owner="Bo Ek"),),
              presenter_learning="Jeg lærte at vente", timings=(Timing("Casen", 300, 312),))
    empty = Entry("meeting", 2, WHEN, "Læringsmøde uden pointer", people=("Eva Lund",))
    v = visit(points("Se borgeren"), observations=(Observation("o1", WHEN, "Released note", released=True),
                                                   Observation("o2", WHEN, "PRIVATE note")))
    s = prepare(sheet(e, empty, v, carried=(CarriedMeasure(Measure("c", "Gammel"), date(2026, 1, 2)),)),
                ExportOptions(timings=True))
    rows = csv_rows(build_csv(s))
    got = [(r["kind"], r["text"]) for r in rows]
    assert got == [
        ("sheet", "For the staff meeting – Afsnit 3"),
        ("meeting", "Systematisk læringsmøde"), ("case", "Svær samtale"), ("presenter", "Anna Berg"),
        ("learning_point", "Lyt først"), ("measure", "Ny tjekliste"),
        ("presenter_learning", "Jeg lærte at vente"), ("timing", "Casen"),
        ("meeting", "Læringsmøde uden pointer"), ("presenter", "Eva Lund"),
        ("no_learning_points", "No learning points were written down."),
        ("visit", "Læringsbesøg"), ("learning_agent", "Cecilie Dam"), ("colleague", "Dorte Holm"),
        ("learning_point", "Se borgeren"), ("observation", "Released note"),
        ("carried_measure", "Gammel"),
    ]
    assert rows[0]["date"] == "2026-03-01/2026-03-31" and rows[0]["source"] == "staff"
    timing = next(r for r in rows if r["kind"] == "timing")
    assert (timing["planned_s"], timing["actual_s"]) == ("300", "312")
    assert {r["date"] for r in rows[1:-1]} == {"2026-03-10"}
    assert all(r["source"] == "meeting" for r in rows[1:11]) and rows[11]["source"] == "visit"
    assert all(r["format"] == "Systematisk læringsmøde" for r in rows[1:8])


def test_csv_privacy_matches_the_pdf() -> None:
    prepared = prepare(_private_sheet(), ExportOptions(initials=True))
    text = build_csv(prepared).decode("utf-8-sig")
    assert "PRIVATE" not in text and "SECRET" not in text and "Svær samtale" not in text
    assert "Released observation" in text and "C.D." in text and "Cecilie Dam" not in text


def test_a_multi_line_point_is_one_point_in_markdown_and_the_preview() -> None:
    long_point = "\n".join(f"linje {i}" + ("\n" if i % 10 == 0 else "") for i in range(60))
    s = prepare(sheet(entry(points(long_point, "Anden pointe"))), ExportOptions())
    md = build_markdown(s)
    body = md.split("### Learning points", 1)[1].split("###", 1)[0]
    items = [ln for ln in body.splitlines() if re.match(r"\d+\. ", ln)]
    assert items == ["1. linje 0  ", "2. Anden pointe"]
    assert all(ln.startswith("   ") for ln in body.strip().splitlines()[1:-1])  # inside item 1
    html = build_html(s)
    assert html.count("<li>") == 2 and html.count("<ol>") == 1
    first = html.split("<li>")[1].split("</li>")[0]
    assert first.count("<br>") == 59 + 6 and "linje 59" in first  # inner blank lines kept, as in the PDF


def test_the_preview_html_escapes_every_text() -> None:
    evil = '<img src="/etc/passwd"> <a href="http://x">link</a> <b>R&D</b> <script>x</script>'
    e = Entry("meeting", 1, WHEN, evil, evil, people=(evil,), learning_points=points(evil),
              measures=(Measure("m", evil, owner=evil),), presenter_learning=evil,
              observations=(Observation("o", WHEN, evil, released=True),), timings=(Timing(evil, 1, 2),))
    s = prepare(Sheet(SheetKind.MEETING, evil, date(2026, 3, 10), date(2026, 3, 10), (e,),
                      carried=(CarriedMeasure(Measure("c", evil, owner=evil), date(2026, 1, 1)),),
                      generated=WHEN), ExportOptions(timings=True))
    html = build_html(s)
    for tag in ("<img", "<a ", "<b>", "<script"):
        assert tag not in html
    assert html_text(html).count(evil) >= 10


def test_missing_characters_are_named_by_code_point() -> None:
    assert describe_characters({"🙂", "中"}) == ("U+4E2D CJK UNIFIED IDEOGRAPH-4E2D, "
                                                "U+1F642 SLIGHTLY SMILING FACE")
    assert describe_characters({"\ue000"}) == "U+E000"  # private use: no name
    many = describe_characters({chr(0x4E00 + i) for i in range(20)}, limit=3)
    assert many.startswith("U+4E00 CJK") and many.endswith(", … (+17)")


def test_right_to_left_scripts_are_named_and_invisible_marks_ignored() -> None:
    assert scripts_of(right_to_left(["مرحبا", "שלום", "abc"])) == "Arabic, Hebrew"
    assert right_to_left(["a\u200fb"]) == set()  # a right-to-left mark alone: nothing to warn about


def test_symlinks_are_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real" / "sheet.pdf"
    real.parent.mkdir()
    real.write_bytes(b"old")
    real.chmod(0o600)
    link = tmp_path / "link.pdf"
    link.symlink_to(Path("real") / "sheet.pdf")  # relative, as ln -s makes it
    chain = tmp_path / "chain.pdf"
    chain.symlink_to(link)
    write_atomic(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new" and (real.stat().st_mode & 0o777) == 0o600
    write_atomic(chain, b"newer")
    assert chain.is_symlink() and link.is_symlink() and real.read_bytes() == b"newer"
    dangling = tmp_path / "dangling.pdf"
    dangling.symlink_to(tmp_path / "real" / "new.pdf")
    write_atomic(dangling, b"made")
    assert dangling.is_symlink() and (tmp_path / "real" / "new.pdf").read_bytes() == b"made"
    assert _names(tmp_path / "real") == ["new.pdf", "sheet.pdf"]
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(tmp_path / "loop2.pdf")
    (tmp_path / "loop2.pdf").symlink_to(loop)
    with pytest.raises(ExportError, match="loop"):
        write_atomic(loop, b"x")
    assert loop.is_symlink()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_target_that_is_not_an_ordinary_file_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "to-pipe.pdf"
    link.symlink_to(fifo)
    for target in (fifo, link, *([Path("/dev/full")] if Path("/dev/full").exists() else [])):
        before = os.lstat(target)
        with pytest.raises(ExportError, match="not an ordinary file") as info:
            write_atomic(target, b"x")
        assert str(target) in str(info.value) and info.value.code == "NOTREG"
        after = os.lstat(target)
        assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)  # not replaced
    assert _names(tmp_path) == ["pipe", "to-pipe.pdf"]
