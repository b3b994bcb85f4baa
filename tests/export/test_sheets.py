"""Sheets read back with pypdf: text verbatim, font embedded, A4; privacy; bad input; atomic files."""

from __future__ import annotations

import errno
import os
import re
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.atomic import ExportError, write_atomic
from app.capture import Measure, RoundLine, TextItem
from app.export.pdf import build_pdf, missing_glyphs
from app.export.sheet import (
    CarriedMeasure,
    Entry,
    ExportOptions,
    Observation,
    Sheet,
    SheetKind,
    Timing,
    all_text,
    prepare,
)
from app.export.text_formats import build_csv, build_markdown

WHEN = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
HOSTILE = ["<b>", "</para>", "&amp;", "R&D", '<img src="/etc/passwd">', "<script>alert(1)</script>"]


def pdf_text(data: bytes) -> str:
    reader = PdfReader(BytesIO(data))
    return "\n".join(p.extract_text() for p in reader.pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def entry(points: tuple[TextItem, ...] = (), measures: tuple[Measure, ...] = (), **kw: object) -> Entry:
    return Entry("meeting", 1, WHEN, "Systematisk læringsmøde", "Svær samtale", people=("Anna Berg",),
                 learning_points=points, measures=measures, **kw)  # type: ignore[arg-type]


def sheet(*entries: Entry, carried: tuple[CarriedMeasure, ...] = ()) -> Sheet:
    return Sheet(SheetKind.STAFF, "Afsnit 3", date(2026, 3, 1), date(2026, 3, 31), entries, carried,
                 generated=datetime(2026, 4, 1, tzinfo=UTC))


def test_pdf_is_a4_with_embedded_font_metadata_and_page_numbers() -> None:
    data = build_pdf(prepare(sheet(entry((TextItem("a", "Lyt først"),))), ExportOptions()))
    reader = PdfReader(BytesIO(data))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    fonts = {str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in f for f in fonts)
    assert reader.metadata is not None
    assert reader.metadata.title == "For the staff meeting – Afsnit 3"
    assert reader.metadata.author == "Runde"
    assert "Page 1 of 1" in pdf_text(data)


def test_hostile_text_prints_literally() -> None:
    points = tuple(TextItem(str(i), t) for i, t in enumerate(HOSTILE + ["Máret Đuoŋŋa ŧ", "Кириллица"]))
    text = flat(pdf_text(build_pdf(prepare(sheet(entry(points)), ExportOptions()))))
    for t in HOSTILE + ["Máret Đuoŋŋa ŧ", "Кириллица"]:
        assert flat(t) in text


def test_long_text_many_lines_and_many_measures_paginate() -> None:
    points = (TextItem("a", "x" * 10_000), TextItem("b", "linje\n" * 3_000))
    measures = tuple(Measure(f"m{i}", f"Tiltag nummer {i}", owner="Bo") for i in range(200))
    data = build_pdf(prepare(sheet(entry(points, measures)), ExportOptions()))
    reader = PdfReader(BytesIO(data))
    assert len(reader.pages) > 5
    text = pdf_text(data)
    assert "Tiltag nummer 199" in text and f"Page {len(reader.pages)} of {len(reader.pages)}" in text
    assert flat(text).count("x") >= 10_000


def test_no_learning_points_and_empty_period_say_so() -> None:
    assert "No learning points were written down." in pdf_text(build_pdf(prepare(sheet(entry()),
                                                                                 ExportOptions())))
    assert "No meetings or learning visits in this period." in pdf_text(build_pdf(sheet()))


def _private_sheet() -> Sheet:
    e = entry((TextItem("open", "Shared point"), TextItem("sec", "SECRET point", confidential=True)),
              (Measure("m1", "Shared measure", owner="Bo Ek"),
               Measure("m2", "SECRET measure", confidential=True)),
              round_lines=(RoundLine("Cecilie", "line"),),
              observations=(Observation("o1", WHEN, "PRIVATE observation of a citizen"),
                            Observation("o2", WHEN, "Released observation", released=True)))
    return sheet(e, carried=(CarriedMeasure(Measure("c", "SECRET carried", confidential=True),
                                            date(2026, 1, 1)),))


def _all_exports(s: Sheet) -> list[str]:
    return [pdf_text(build_pdf(s)), build_markdown(s), build_csv(s).decode("utf-8-sig")]


def test_confidential_and_observations_stay_out_unless_ticked() -> None:
    for text in _all_exports(prepare(_private_sheet(), ExportOptions())):
        assert "SECRET" not in text and "PRIVATE" not in text
        assert "Shared" in text.replace("\\", "")
    ticked = prepare(_private_sheet(), ExportOptions(include_confidential=frozenset({"sec"}),
                                                     released_observations=frozenset({"o2"})))
    pdf = pdf_text(build_pdf(ticked))
    assert "SECRET point" in pdf and "SECRET measure" not in pdf and "SECRET carried" not in pdf
    assert "Released observation" in pdf and "PRIVATE" not in pdf


def test_names_as_initials() -> None:
    text = pdf_text(build_pdf(prepare(_private_sheet(), ExportOptions(initials=True))))
    assert "A.B." in text and "B.E." in text and "Anna Berg" not in text


def test_timings_page_only_when_asked() -> None:
    e = entry((TextItem("a", "p"),), timings=(Timing("Casen", 300, 312),))
    assert "Planned and actual times" not in pdf_text(build_pdf(prepare(sheet(e), ExportOptions())))
    with_t = pdf_text(build_pdf(prepare(sheet(e), ExportOptions(timings=True))))
    assert "Planned and actual times" in with_t and "5:12" in with_t


def test_carried_measures_show_their_age() -> None:
    s = sheet(carried=(CarriedMeasure(Measure("c", "Old measure"), date(2026, 3, 2)),))
    assert "30 days" in pdf_text(build_pdf(s))


def test_missing_glyphs_are_reported() -> None:
    assert missing_glyphs(["Hej 🙂", "Đuoŋŋa"]) == {"🙂"}
    assert missing_glyphs(all_text(_private_sheet())) == set()


def test_csv_guards_formulas_and_keeps_nordic_letters() -> None:
    s = sheet(entry((TextItem("a", "=HYPERLINK(\"x\")"), TextItem("b", "æøå"))))
    raw = build_csv(s)
    assert raw.startswith("\ufeff".encode())
    text = raw.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "æøå" in text


def test_markdown_cannot_inject_structure() -> None:
    md = build_markdown(sheet(entry((TextItem("a", "# Heading\n[link](http://x) <b>"),))))
    assert "\n# Heading" not in md and "](http" not in md and "<b>" not in md


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_unicode_text_builds_and_prints_what_the_font_has(text: str) -> None:
    data = build_pdf(prepare(sheet(entry((TextItem("a", text),))), ExportOptions()))
    assert data.startswith(b"%PDF")
    printable = "".join(c for c in text if c.isalnum() and c.isascii())
    if printable:
        assert printable in re.sub(r"[^0-9A-Za-z]", "", pdf_text(data))


def test_atomic_write_replaces_whole(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


def test_atomic_write_failures_leave_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ExportError, match="folder"):
        write_atomic(tmp_path, b"x")
    with pytest.raises(ExportError, match="does not exist"):
        write_atomic(tmp_path / "missing" / "x.pdf", b"x")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError, match="disk is full"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]
