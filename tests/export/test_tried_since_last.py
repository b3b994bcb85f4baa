"""What was typed for "What did you try since last time?" on the meeting's sheet and the staff sheet:
PDF (read back with pypdf), Markdown, CSV and the preview's HTML, with its heading, markup kept as
text, 10,000 characters whole, and the confidential rule when the meeting's data marks it. A real
store, SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from app.capture import TRIED_SINCE_LAST, TRIED_SINCE_LAST_CONFIDENTIAL, Capture, TextItem
from app.export.assemble import meeting_sheet, staff_sheet
from app.export.html import build_html
from app.export.pdf import build_pdf
from app.export.sheet import ExportOptions, Sheet, all_text, prepare, private_items, tried_since_last_id
from app.export.text_formats import build_csv, build_markdown
from app.storage.store import Store

HEADING = "What was tried since last time"
HOSTILE = ('Vi prøvede <b>&amp; en tjekliste</b> <img src="/etc/passwd"> & R&D\n'
           "anden linje: <script>x</script>")
LONG = HOSTILE + "\n" + " ".join(f"ord{i:05d}" for i in range(1200))  # well over 10,000 characters


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> _Clock:
    return _Clock()


@pytest.fixture
def store(open_store, clock: _Clock) -> Store:  # type: ignore[no-untyped-def]
    """A store on each engine in turn: SQLite in a temp folder, a fresh PostgreSQL database."""
    return open_store(clock)  # type: ignore[no-any-return]


def _meeting(store: Store, clock: _Clock, team: int, tried: str, *, confidential: str | None = None) -> int:
    mid = store.start_meeting(team_id=team, format_id="systematic-learning-meeting",
                              format_title="Systematisk læringsmøde", participants=["Anna", "Bo"],
                              facilitator="Anna", first_speaker="Bo")
    extra = {TRIED_SINCE_LAST: tried}
    if confidential is not None:
        extra[TRIED_SINCE_LAST_CONFIDENTIAL] = confidential
    store.save_capture(mid, Capture(learning_points=(TextItem("p1", "Et læringspunkt"),), extra=extra))
    return mid


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def squeeze(text: str) -> str:
    """Text without any whitespace (a PDF wraps lines where it likes)."""
    return re.sub(r"\s+", "", text)


def csv_rows(sheet: Sheet) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(build_csv(sheet).decode("utf-8-sig"))))


def test_it_reaches_every_format_of_the_meeting_sheet(store: Store, clock: _Clock) -> None:
    team = store.save_team("Afsnit 3", ["Anna", "Bo"]).id
    mid = _meeting(store, clock, team, HOSTILE)
    sheet = prepare(meeting_sheet(store, mid, clock.now), ExportOptions())
    assert sheet.entries[0].tried_since_last == HOSTILE
    assert HOSTILE in all_text(sheet)  # the missing-glyph check sees it
    text = pdf_text(build_pdf(sheet))
    assert HEADING in text
    assert '<b>&amp; en tjekliste</b> <img src="/etc/passwd"> & R&D' in text  # printed, not parsed
    assert "anden linje: <script>x</script>" in text  # its line break kept
    md = build_markdown(sheet)
    assert f"### {HEADING}" in md
    assert r"\<b\>\&amp; en tjekliste\</b\>" in md  # no HTML can come out of it
    assert not re.search(r"(?<!\\)<", md)  # every "<" escaped
    assert md.replace("\\", "").count("anden linje") == 1
    rows = [r for r in csv_rows(sheet) if r["kind"] == "tried_since_last"]
    assert [r["text"] for r in rows] == [HOSTILE]
    html = build_html(sheet)
    assert HEADING in html and "&lt;b&gt;&amp;amp; en tjekliste" in html and "<img" not in html


def test_ten_thousand_characters_survive_whole(store: Store, clock: _Clock) -> None:
    assert len(LONG) > 10_000
    team = store.save_team("Afsnit 3", ["Anna", "Bo"]).id
    mid = _meeting(store, clock, team, LONG)
    sheet = prepare(meeting_sheet(store, mid, clock.now), ExportOptions())
    data = build_pdf(sheet)
    assert len(PdfReader(io.BytesIO(data)).pages) >= 2
    body = re.sub(r"Learning meeting – Afsnit 3\nPage \d+ of \d+\n", "", pdf_text(data))  # footers
    assert squeeze(LONG) in squeeze(body)
    assert [r["text"] for r in csv_rows(sheet) if r["kind"] == "tried_since_last"] == [LONG]
    md = build_markdown(sheet).replace("\\", "")
    assert "ord00000" in md and "ord01199" in md and squeeze(LONG) in squeeze(md)


def test_the_staff_sheet_has_it_for_each_meeting(store: Store, clock: _Clock) -> None:
    team = store.save_team("Afsnit 3", ["Anna", "Bo"]).id
    clock.now = datetime(2026, 3, 3, 9, tzinfo=UTC)
    _meeting(store, clock, team, "")  # the team's first meeting: nothing to print, no heading
    clock.now = datetime(2026, 3, 10, 9, tzinfo=UTC)
    _meeting(store, clock, team, "Vi prøvede overlevering ved sengen")
    sheet = prepare(staff_sheet(store, team, "Afsnit 3", date(2026, 3, 1), date(2026, 3, 10), clock.now),
                    ExportOptions())
    assert [e.tried_since_last for e in sheet.entries] == ["", "Vi prøvede overlevering ved sengen"]
    text = pdf_text(build_pdf(sheet))
    assert text.count(HEADING) == 1 and "Vi prøvede overlevering ved sengen" in text
    md = build_markdown(sheet)
    assert md.count(f"### {HEADING}") == 1 and "Vi prøvede overlevering ved sengen" in md
    rows = [r for r in csv_rows(sheet) if r["kind"] == "tried_since_last"]
    assert [(r["date"], r["text"]) for r in rows] == [("2026-03-10", "Vi prøvede overlevering ved sengen")]


def test_shared_unless_the_meeting_s_data_marks_it_confidential(store: Store, clock: _Clock) -> None:
    team = store.save_team("Afsnit 3", ["Anna", "Bo"]).id
    shared = _meeting(store, clock, team, "Delt", confidential="")
    secret = _meeting(store, clock, team, "Hemmeligt: navnet på borgeren", confidential="1")
    raw = staff_sheet(store, team, "Afsnit 3", date(2026, 3, 1), date(2026, 3, 10), clock.now)
    assert private_items(raw) == [(f"tried_since_last:meeting:{secret}", "tried_since_last",
                                   "Hemmeligt: navnet på borgeren")]
    sheet = prepare(raw, ExportOptions())
    assert [e.tried_since_last for e in sheet.entries] == ["Delt", ""]
    for text in (pdf_text(build_pdf(sheet)), build_markdown(sheet), build_csv(sheet).decode("utf-8-sig"),
                 build_html(sheet)):
        assert "Hemmeligt" not in text and "Delt" in text
    tick = frozenset({tried_since_last_id(raw.entries[1])})
    ticked = prepare(raw, ExportOptions(include_confidential=tick))
    assert [e.tried_since_last for e in ticked.entries] == ["Delt", "Hemmeligt: navnet på borgeren"]
    assert "Hemmeligt" in pdf_text(build_pdf(ticked))
    assert shared != secret
