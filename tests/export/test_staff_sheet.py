"""Sheets assembled from a real store, SQLite and PostgreSQL: "since the last sheet" continues from the
moment the last sheet was made, which learning visits go on which staff sheet, local days and times,
and the presenter's confidential learning. No Qt, no mocks: a store with a settable clock."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time

import pytest
from pypdf import PdfReader
from sqlalchemy import event

from app.capture import Capture, Measure, TextItem
from app.export.assemble import meeting_sheet, presentation_moment, staff_sheet, visit_sheet
from app.export.html import build_html
from app.export.pdf import build_pdf
from app.export.sheet import ExportOptions, Sheet, prepare, presenter_learning_id, private_items
from app.export.text_formats import build_csv, build_markdown
from app.storage.store import Store
from app.storage.team_transfer import import_team
from app.storage.visits import add_observation, create_visit, save_visit, update_observation
from app.visit import VisitData


class Clock:
    """The store's clock, set by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))


@pytest.fixture
def store(open_store, clock: Clock) -> Store:  # type: ignore[no-untyped-def]
    """A store on each engine in turn: SQLite in a temp folder, a fresh PostgreSQL database."""
    return open_store(clock)  # type: ignore[no-any-return]


@pytest.fixture
def copenhagen() -> Iterator[None]:
    """Local time is Europe/Copenhagen (UTC+1 in winter, +2 in summer) for the test."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Copenhagen"
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()


def meeting(store: Store, clock: Clock, at: datetime, team_id: int | None, *points: str,
            measures: tuple[Measure, ...] = (), **capture: object) -> int:
    """A meeting held at ``at`` with these learning points."""
    clock.now = at
    mid = store.start_meeting(team_id=team_id, format_id="f", format_title="Læringsmøde",
                              participants=["Anna Berg", "Bo Ek"], facilitator="Anna Berg",
                              first_speaker="Bo Ek")
    store.save_capture(mid, Capture(learning_points=tuple(TextItem(f"p{i}", t) for i, t in enumerate(points)),
                                    measures=measures, **capture))  # type: ignore[arg-type]
    return mid


def texts(sheet: Sheet) -> list[str]:
    """Every point, measure and carried measure on a sheet (what it says, in order)."""
    out = [p.text for e in sheet.entries for p in e.learning_points]
    out += [m.text for e in sheet.entries for m in e.measures]
    return out + [f"carried:{c.measure.text}" for c in sheet.carried]


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def make_and_record(store: Store, clock: Clock, at: datetime, team_id: int | None,
                    name: str = "Afsnit 3") -> Sheet:
    """The staff sheet since the last one, made at ``at`` and exported (as the CLI records it)."""
    clock.now = at
    sheet = staff_sheet(store, team_id, name, None, at.astimezone().date(), at)
    store.record_sheet(team_id, sheet.period_start, sheet.period_end, made=sheet.covers_until)
    return sheet


# --- since the last sheet ------------------------------------------------------------------------

def test_a_meeting_twenty_minutes_after_a_sheet_is_on_the_next_one(store: Store, clock: Clock) -> None:
    team = store.save_team("Afsnit 3", ["Anna Berg", "Bo Ek"]).id
    day = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    meeting(store, clock, day, team, "Before the sheet",
            measures=(Measure("m1", "Early measure"),))
    first = make_and_record(store, clock, day + timedelta(minutes=5), team)
    meeting(store, clock, day + timedelta(minutes=25), team, "Twenty minutes later",
            measures=(Measure("m2", "Late measure"),))
    second = make_and_record(store, clock, day + timedelta(hours=2), team)
    assert texts(first) == ["Before the sheet", "Early measure"]
    # the later meeting is on the next sheet; the earlier one's open measure is carried, once
    assert texts(second) == ["Twenty minutes later", "Late measure", "carried:Early measure"]
    third = staff_sheet(store, team, "Afsnit 3", None, date(2026, 3, 10), day + timedelta(hours=3))
    assert [e.id for e in third.entries] == []


def test_a_sheet_recorded_without_its_moment_still_continues_that_day(store: Store, clock: Clock) -> None:
    """Rows as Runde always wrote them (period_end the day, exported the saving moment)."""
    team = store.save_team("Afsnit 3", []).id
    day = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    meeting(store, clock, day, team, "Before")
    sheet = staff_sheet(store, team, "Afsnit 3", None, date(2026, 3, 10), day + timedelta(minutes=5))
    clock.now = day + timedelta(minutes=6)
    store.record_sheet(team, sheet.period_start, sheet.period_end)  # no moment: "now"
    meeting(store, clock, day + timedelta(minutes=26), team, "After")
    nxt = staff_sheet(store, team, "Afsnit 3", None, date(2026, 3, 10), day + timedelta(hours=1))
    assert texts(nxt) == ["After"]


def test_an_old_sheet_for_an_earlier_period_ends_at_the_end_of_its_last_day(store: Store,
                                                                            clock: Clock) -> None:
    team = store.save_team("Afsnit 3", []).id
    meeting(store, clock, datetime(2026, 3, 9, 11, tzinfo=UTC), team, "On the old sheet's last day")
    meeting(store, clock, datetime(2026, 3, 11, 11, tzinfo=UTC), team, "After its last day")
    clock.now = datetime(2026, 3, 12, 10, tzinfo=UTC)  # made on the 12th for the period up to the 9th
    store.record_sheet(team, date(2026, 3, 1), date(2026, 3, 9))
    end = store.last_sheet_end(team)
    assert end == datetime.combine(date(2026, 3, 10), clock_time.min).astimezone()
    nxt = staff_sheet(store, team, "Afsnit 3", None, date(2026, 3, 12), clock.now)
    assert texts(nxt) == ["After its last day"]


def test_a_one_day_period_prints_the_day_once(store: Store, clock: Clock) -> None:
    team = store.save_team("Afsnit 3", []).id
    day = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    make_and_record(store, clock, day, team)
    meeting(store, clock, day + timedelta(minutes=20), team, "Same day")
    sheet = prepare(staff_sheet(store, team, "Afsnit 3", None, date(2026, 3, 10), day + timedelta(hours=1)),
                    ExportOptions())
    assert sheet.period_start == sheet.period_end == date(2026, 3, 10)
    for text in (pdf_text(build_pdf(sheet)), build_markdown(sheet).replace("\\", ""), build_html(sheet)):
        assert "2026-03-10 – 2026-03-10" not in text
        assert "2026-03-10" in text
    assert "2026-03-10/" not in build_csv(sheet).decode("utf-8-sig")


# --- which learning visits go on which staff sheet -------------------------------------------------

def visit(store: Store, day: date, point: str, team_id: int | None, *, marked: bool = True,
          present_on: date | None = None) -> int:
    data = VisitData("Cecilie Dam", "Dorte Holm", day, learning_points=(TextItem("v0", point),),
                     present_at_staff_meeting=marked, present_on=present_on)
    vid = create_visit(store, data, team_id)
    save_visit(store, vid, data)
    return vid


def visit_points(sheet: Sheet) -> list[str]:
    return [p.text for e in sheet.entries if e.kind == "visit" for p in e.learning_points]


def test_visits_go_on_the_sheet_of_their_presentation_day_or_the_first_after_them(
        store: Store, clock: Clock) -> None:
    team = store.save_team("Afsnit 3", []).id
    noon = clock_time(12, 0)
    at = lambda d: datetime.combine(d, noon).astimezone()  # noqa: E731
    make_and_record(store, clock, at(date(2026, 3, 1)), team)
    visit(store, date(2026, 3, 3), "On the 17th", team, present_on=date(2026, 3, 17))
    visit(store, date(2026, 3, 4), "Next sheet after the visit", team)
    visit(store, date(2026, 3, 5), "Not marked", team, marked=False)
    visit(store, date(2026, 3, 6), "From a laptop without a team", None)
    visit(store, date(2026, 3, 10), "Still going on", team)  # 08:00-15:30: not over at noon
    first = make_and_record(store, clock, at(date(2026, 3, 10)), team)
    assert visit_points(first) == ["Next sheet after the visit", "From a laptop without a team"]
    second = make_and_record(store, clock, datetime.combine(date(2026, 3, 17), clock_time(9)).astimezone(),
                             team)
    assert visit_points(second) == ["On the 17th", "Still going on"]
    third = make_and_record(store, clock, at(date(2026, 3, 30)), team)
    assert visit_points(third) == []


def test_a_visit_without_a_team_goes_on_the_only_team_s_sheet_or_the_sheet_without_a_team(
        store: Store, clock: Clock) -> None:
    a = store.save_team("Afsnit 3", []).id
    visit(store, date(2026, 3, 3), "Teamless", None)
    visit(store, date(2026, 3, 3), "Afsnit 3's", a)
    now = datetime(2026, 3, 10, 12, tzinfo=UTC)
    only = staff_sheet(store, a, "Afsnit 3", None, date(2026, 3, 10), now)
    assert sorted(visit_points(only)) == ["Afsnit 3's", "Teamless"]
    b = store.save_team("Afsnit 4", []).id
    assert visit_points(staff_sheet(store, a, "Afsnit 3", None, date(2026, 3, 10), now)) == ["Afsnit 3's"]
    assert visit_points(staff_sheet(store, b, "Afsnit 4", None, date(2026, 3, 10), now)) == []
    assert sorted(visit_points(staff_sheet(store, None, "", None, date(2026, 3, 10), now))) == [
        "Afsnit 3's", "Teamless"]


def test_an_explicit_period_has_the_visits_to_present_in_it(store: Store) -> None:
    team = store.save_team("Afsnit 3", []).id
    visit(store, date(2026, 2, 20), "Presented in March", team, present_on=date(2026, 3, 3))
    visit(store, date(2026, 3, 20), "Presented in April", team, present_on=date(2026, 4, 7))
    now = datetime(2026, 5, 1, tzinfo=UTC)
    march = staff_sheet(store, team, "Afsnit 3", date(2026, 3, 1), date(2026, 3, 31), now)
    assert visit_points(march) == ["Presented in March"]


def test_presentation_moment() -> None:
    base = VisitData("A", "B", date(2026, 3, 4), present_at_staff_meeting=True)
    assert presentation_moment(base) == datetime(2026, 3, 4, 15, 30).astimezone()  # the visit's end
    on = VisitData("A", "B", date(2026, 3, 4), present_at_staff_meeting=True, present_on=date(2026, 3, 17))
    assert presentation_moment(on) == datetime(2026, 3, 17).astimezone()
    before = VisitData("A", "B", date(2026, 3, 4), present_at_staff_meeting=True, present_on=date(2026, 3, 1))
    assert presentation_moment(before) == presentation_moment(base)  # a day before the visit: ignored


# --- local days and times -----------------------------------------------------------------------------

def csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_sheets_show_local_days_and_times_around_midnight(store: Store, clock: Clock,
                                                          copenhagen: None) -> None:
    team = store.save_team("Afsnit 3", []).id
    late = meeting(store, clock, datetime(2026, 3, 9, 23, 30, tzinfo=UTC), team, "After midnight here")
    meeting(store, clock, datetime(2026, 3, 10, 22, 30, tzinfo=UTC), team, "Before midnight here")
    meeting(store, clock, datetime(2026, 3, 10, 23, 30, tzinfo=UTC), team, "The next day here")
    now = datetime(2026, 3, 31, 23, 30, tzinfo=UTC)  # 00:30 on April 1st in Copenhagen
    one = prepare(meeting_sheet(store, late, now), ExportOptions())
    assert one.period_start == date(2026, 3, 10)
    pdf = pdf_text(build_pdf(one))
    assert "2026-03-10 · Læringsmøde" in pdf and "2026-03-09" not in pdf
    assert "Made with Runde on 2026-04-01" in pdf
    assert "2026-03-10 · Læringsmøde" in build_markdown(one).replace("\\", "")
    assert "2026-03-10 · Læringsmøde" in build_html(one)
    row = next(r for r in csv_rows(build_csv(one)) if r["kind"] == "learning_point")
    assert (row["date"], row["time"]) == ("2026-03-10", "00:30")
    day = staff_sheet(store, team, "Afsnit 3", date(2026, 3, 10), date(2026, 3, 10), now)
    assert texts(day) == ["After midnight here", "Before midnight here"]


def test_observation_times_are_local(store: Store, copenhagen: None) -> None:
    data = VisitData("Cecilie Dam", "Dorte Holm", date(2026, 3, 10), learning_points=(TextItem("v0", "p"),))
    vid = create_visit(store, data)
    save_visit(store, vid, data)
    obs = add_observation(store, vid, datetime(2026, 3, 9, 23, 45, tzinfo=UTC), "Rolig nat")
    update_observation(store, obs, released=True)
    sheet = prepare(visit_sheet(store, vid, datetime(2026, 3, 10, 12, tzinfo=UTC)), ExportOptions())
    assert sheet.entries[0].when == datetime(2026, 3, 10, 7, 0, tzinfo=UTC)  # 08:00 in Copenhagen
    assert "00:45 Rolig nat" in pdf_text(build_pdf(sheet))
    assert "00:45 Rolig nat" in build_markdown(sheet)
    assert "00:45 Rolig nat" in build_html(sheet)
    row = next(r for r in csv_rows(build_csv(sheet)) if r["kind"] == "observation")
    assert (row["date"], row["time"], row["text"]) == ("2026-03-10", "00:45", "Rolig nat")


def test_a_staff_sheet_s_days_are_local_days(store: Store, clock: Clock, copenhagen: None) -> None:
    team = store.save_team("Afsnit 3", []).id
    meeting(store, clock, datetime(2026, 3, 9, 23, 30, tzinfo=UTC), team, "00:30 on the 10th here")
    # a sheet made at 00:10 on the 10th, Copenhagen time (23:10 UTC on the 9th)
    made = datetime(2026, 3, 9, 23, 10, tzinfo=UTC)
    clock.now = made
    sheet = staff_sheet(store, team, "Afsnit 3", None, date(2026, 3, 10), made)
    store.record_sheet(team, sheet.period_start, sheet.period_end, made=sheet.covers_until)
    assert sheet.period_end == date(2026, 3, 10) and texts(sheet) == []
    nxt = staff_sheet(store, team, "Afsnit 3", None, date(2026, 3, 10), datetime(2026, 3, 10, 8, tzinfo=UTC))
    assert texts(nxt) == ["00:30 on the 10th here"]
    assert nxt.period_start == nxt.period_end == date(2026, 3, 10)


# --- the presenter's confidential learning -----------------------------------------------------------

def _plain_html(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text)


def test_the_presenter_s_confidential_learning_stays_out_unless_ticked(store: Store, clock: Clock) -> None:
    team = store.save_team("Afsnit 3", []).id
    mid = meeting(store, clock, datetime(2026, 3, 10, 9, tzinfo=UTC), team, "Shared point",
                  presenter_learning="PRIVATE: what I learned about my own reactions",
                  presenter_learning_confidential=True, presenters=("Anna Berg",))
    open_mid = meeting(store, clock, datetime(2026, 3, 10, 11, tzinfo=UTC), team, "Another",
                       presenter_learning="Shared learning")
    now = datetime(2026, 3, 10, 12, tzinfo=UTC)
    for raw in (meeting_sheet(store, mid, now),
                staff_sheet(store, team, "Afsnit 3", date(2026, 3, 10), date(2026, 3, 10), now)):
        [entry] = [e for e in raw.entries if e.id == mid]
        assert entry.presenter_learning_confidential
        assert private_items(raw)[0] == (presenter_learning_id(entry), "presenter_learning",
                                         "PRIVATE: what I learned about my own reactions")
        out = prepare(raw, ExportOptions())
        for text in (pdf_text(build_pdf(out)), build_markdown(out), build_csv(out).decode("utf-8-sig"),
                     _plain_html(build_html(out))):
            assert "PRIVATE" not in text
            if raw.kind.value == "meeting":  # no heading left without its text
                assert "What the questions taught the presenter" not in text
        ticked = prepare(raw, ExportOptions(include_confidential=frozenset({presenter_learning_id(entry)})))
        for text in (pdf_text(build_pdf(ticked)), build_markdown(ticked).replace("\\", ""),
                     build_csv(ticked).decode("utf-8-sig"), _plain_html(build_html(ticked))):
            assert "PRIVATE: what I learned" in text
    shared = prepare(meeting_sheet(store, open_mid, now), ExportOptions())
    assert "Shared learning" in pdf_text(build_pdf(shared))
    assert private_items(meeting_sheet(store, open_mid, now)) == []


def test_a_sheet_without_a_team_continues_only_from_the_last_such_sheet(store: Store, clock: Clock) -> None:
    team = store.save_team("Afsnit 3", []).id
    day = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    meeting(store, clock, day, team, "Afsnit 3's meeting")
    make_and_record(store, clock, day + timedelta(hours=1), team)
    everyone = make_and_record(store, clock, day + timedelta(hours=2), None, "")
    assert texts(everyone) == ["Afsnit 3's meeting"]  # the team's own sheet does not end it
    meeting(store, clock, day + timedelta(hours=3), None, "Later")
    assert texts(staff_sheet(store, None, "", None, date(2026, 3, 10), day + timedelta(hours=4))) == ["Later"]


# --- what a sheet costs the database ---------------------------------------------------------------

@contextlib.contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """Every statement the store sends while the block runs (on a server each is a round trip)."""
    sent: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        sent.append(statement)
    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


def team_file(name: str, meetings: int) -> dict[str, object]:
    """A team with fortnightly meetings in 2026, each with points, an open measure and timings, and a
    learning visit (marked for the staff meeting, with two observations) for every other meeting."""
    start = datetime(2026, 1, 6, 13, tzinfo=UTC)
    visits = [{"details": {"agent": "Bo Ek", "colleague": "Anna Berg", "whole_day": False,
                           "day": (start + timedelta(days=28 * i + 2)).date().isoformat(),
                           "learning_points": [{"id": "v0", "text": f"Visit point {i}"}],
                           "present_at_staff_meeting": True},
               "observations": [{"at": (start + timedelta(days=28 * i + 2, hours=j)).isoformat(),
                                 "text": f"Seen {i}.{j}", "released": j == 1} for j in range(2)]}
              for i in range(meetings // 2)]
    return {"runde_team_export": 1, "includes_private": True, "left_out": [], "name": name,
            "people": ["Anna Berg", "Bo Ek"], "visits": visits, "meetings": [{
                "format_id": "f", "format_title": "Læringsmøde",
                "started": (start + timedelta(days=14 * i)).isoformat(),
                "ended": (start + timedelta(days=14 * i, hours=1)).isoformat(),
                "facilitator": "Anna Berg", "participants": ["Anna Berg", "Bo Ek"], "first_speaker": "Bo Ek",
                "capture": {"learning_points": [{"id": "p0", "text": f"Point {i}"}],
                            "measures": [{"id": "m0", "text": f"Measure {i}", "owner": "Bo Ek"}]},
                "timings": [[f"s{j}", f"Step {j}", 300, 290 + j] for j in range(5)],
            } for i in range(meetings)]}


def test_a_staff_sheet_costs_a_few_statements_however_many_meetings_measures_timings_and_visits(
        store: Store, clock: Clock) -> None:
    now = datetime(2026, 6, 1, tzinfo=UTC)
    small, large = (import_team(store, team_file(n, k)).id for n, k in (("Small", 2), ("Large", 10)))
    counts = []
    for team, name in ((small, "Small"), (large, "Large")):
        with statements(store) as explicit:  # meetings with their timings, carried measures, visits with
            sheet = staff_sheet(store, team, name, date(2026, 1, 20), date(2026, 5, 31), now)  # observations
        meetings = [e for e in sheet.entries if e.kind == "meeting"]
        visits = [e for e in sheet.entries if e.kind == "visit"]
        assert len(meetings) == (1 if team == small else 9) and len(sheet.carried) == 1
        assert len(visits) == (0 if team == small else 4)  # each team's first visit is before the 20th
        assert all([(t.title, t.planned_s, t.actual_s) for t in e.timings]
                   == [(f"Step {j}", 300.0, 290.0 + j) for j in range(5)] for e in meetings)  # in order
        in_order = sorted(visits, key=lambda e: e.when)
        assert [[(o.text, o.released) for o in v.observations] for v in in_order] == [
            [(f"Seen {i}.0", False), (f"Seen {i}.1", True)] for i in range(1, len(visits) + 1)]
        assert all(o.at.tzinfo is not None for v in visits for o in v.observations)
        with statements(store) as since_last:  # and where the last sheet ended
            staff_sheet(store, team, name, None, date(2026, 5, 31), now)
        counts.append((len(explicit), len(since_last)))
    assert counts == [(3, 4), (3, 4)], counts
    with statements(store) as empty:  # nothing in the period
        staff_sheet(store, large, "Large", date(2027, 1, 1), date(2027, 1, 31), now)
    assert len(empty) == 3
    first = sheet.entries[0].id
    with statements(store) as one:  # a meeting's own sheet: the meeting with its team and timings
        meeting_sheet(store, first, now)
    assert len(one) == 1
