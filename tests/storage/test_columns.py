"""Columns that behave the same on both engines: a moment is the same instant whatever offset it was
written with and whichever engine keeps it; a name longer than its column is cut at the same length
on both (PostgreSQL refused it, SQLite kept it whole); step timings and observations read in the
sheet's one statement (JSON folded) come back exactly as written, whatever their text.

The test server runs in Europe/Copenhagen (tests/pgcluster.py), as a Danish one would, so
PostgreSQL gives moments back with +01:00 or +02:00, not in UTC."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.capture import clean_text
from app.paths import AppPaths
from app.storage.database import ServerDatabase
from app.storage.store import Store
from app.storage.team_transfer import export_team, import_team
from app.storage.transfer import move_team
from app.storage.visits import add_observation, create_visit, load_visit, marked_visits
from app.visit import VisitData

SUMMER = timezone(timedelta(hours=2))  # Copenhagen in summer
MEETING = datetime(2026, 6, 2, 13, 0, tzinfo=UTC)


def now() -> datetime:
    return datetime(2026, 6, 10, 9, 0, tzinfo=UTC)


def _team(name: str, started: str, at: str, pause: str) -> dict[str, object]:
    return {"runde_team_export": 1, "includes_private": True, "left_out": [], "name": name,
            "people": ["Anna", "Bo"],
            "meetings": [{"format_id": "f", "format_title": "Læringsmøde", "started": started,
                          "ended": None, "facilitator": "Anna", "participants": ["Anna", "Bo"],
                          "first_speaker": "Bo", "capture": {}, "pauses": [[pause, 30, "round"]],
                          "timings": [["s0", "Case", 300, 310]]}],
            "visits": [{"details": {"agent": "Anna", "colleague": "Bo", "day": "2026-06-03",
                                    "present_at_staff_meeting": True},
                        "observations": [{"at": at, "text": "Rolig", "released": True}]}]}


@pytest.fixture
def store(open_store) -> Store:  # type: ignore[no-untyped-def]
    """One store for every example of a test (each example adds its own visit)."""
    return open_store(now)  # type: ignore[no-any-return]


def _period() -> tuple[datetime, datetime]:
    return datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)


def test_a_moment_written_with_an_offset_is_the_same_instant_on_both_engines(open_store) -> None:  # type: ignore[no-untyped-def]
    # before: SQLite kept the wall-clock digits and dropped the offset, so 15:00+02:00 came back as
    # 15:00 UTC, two hours late, on the sheet, the history and the visit's day
    store = open_store(now)
    import_team(store, _team("T", "2026-06-02T15:00:00+02:00", "2026-06-03T10:30:00+02:00",
                             "2026-06-02T15:20:00+02:00"))
    (detail,) = store.meeting_details(None, *_period())
    assert detail.started == MEETING and detail.started.utcoffset() == timedelta(0)
    ((summary, _data, observations),) = marked_visits(store, None, date(2026, 12, 31), teamless=False)
    assert [o.at for o in observations] == [datetime(2026, 6, 3, 8, 30, tzinfo=UTC)]
    _stored, loaded = load_visit(store, summary.id)
    assert [o.at for o in loaded] == [datetime(2026, 6, 3, 8, 30, tzinfo=UTC)]
    visit = create_visit(store, VisitData(agent="Bo", colleague="Anna", day=date(2026, 6, 4)))
    add_observation(store, visit, datetime(2026, 6, 4, 9, 0, tzinfo=SUMMER), "Ved sengen")
    assert [o.at for o in load_visit(store, visit)[1]] == [datetime(2026, 6, 4, 7, 0, tzinfo=UTC)]
    assert store.meeting_details(None, MEETING, MEETING + timedelta(seconds=1))  # found by the instant
    assert not store.meeting_details(None, MEETING + timedelta(seconds=1), MEETING + timedelta(hours=3))


def test_a_team_moved_from_a_danish_server_to_a_laptop_keeps_its_times(tmp_path: Path, pg_url: str) -> None:
    # before: the server gave 15:00+02:00, the laptop kept 15:00 and read it as UTC
    server = Store.open(AppPaths.create(tmp_path / "office"), now, database=ServerDatabase(pg_url, None, "t"))
    laptop = Store.open(AppPaths.create(tmp_path / "laptop"), now)
    try:
        import_team(server, _team("Afsnit 3", "2026-06-02T13:00:00+00:00", "2026-06-03T08:30:00+00:00",
                                  "2026-06-02T13:20:00+00:00"))
        sent = export_team(server, server.team_id("Afsnit 3") or 0, include_private=True)
        assert [m["started"] for m in sent["meetings"]] == ["2026-06-02T13:00:00+00:00"]  # UTC in the file
        move_team(server, laptop, "Afsnit 3")
        (detail,) = laptop.meeting_details(None, *_period())
        assert detail.started == MEETING
        ((_, _, observations),) = marked_visits(laptop, None, date(2026, 12, 31), teamless=False)
        assert [o.at for o in observations] == [datetime(2026, 6, 3, 8, 30, tzinfo=UTC)]
        back = export_team(laptop, laptop.team_id("Afsnit 3") or 0, include_private=True)
        assert back["meetings"][0]["pauses"][0][0] == "2026-06-02T13:20:00+00:00"
    finally:
        server.close()
        laptop.close()


def test_names_over_their_limit_are_refused_and_at_the_limit_come_in_on_both_engines(open_store) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    # before: the server refused the whole team file ("value too long for type character varying(200)");
    # then they were cut without a word; now the file is refused, naming the item
    store = open_store(now)
    changes = (("name", lambda t: t.update(name="T" * 250)),
               ("people[0]", lambda t: t.update(people=["Å" * 260])),
               ("meetings[0].facilitator", lambda t: t["meetings"][0].update(facilitator="Ø" * 300)),
               ("meetings[0].turns[0][1]",
                lambda t: t["meetings"][0].update(turns=[["round", "P" * 201, "spoke", 60]])),
               ("visits[0].details.agent", lambda t: t["visits"][0]["details"].update(agent="A" * 500)))
    for where, change in changes:
        team = _team("T", "2026-06-02T13:00:00+00:00", "2026-06-03T08:00:00+00:00",
                     "2026-06-02T13:20:00+00:00")
        change(team)
        with pytest.raises(ValueError, match=re.escape(where) + ": is longer than"):
            import_team(store, team)
    assert store.teams() == []
    team = _team("T" * 190, "2026-06-02T13:00:00+00:00", "2026-06-03T08:00:00+00:00",
                 "2026-06-02T13:20:00+00:00")
    team["people"] = ["Å" * 200]
    meeting = team["meetings"][0]  # type: ignore[index]
    meeting.update(format_title="F" * 200, facilitator="Ø" * 200,
                   timings=[["s" * 64, "Step " * 60, 300, 310]], turns=[["round", "P" * 200, "spoke", 60]])
    team["visits"][0]["details"]["agent"] = "A" * 200  # type: ignore[index]
    info = import_team(store, team)
    (detail,) = store.meeting_details(None, *_period())
    assert (detail.team, detail.format_title, detail.facilitator) == ("T" * 190, "F" * 200, "Ø" * 200)
    assert detail.timings == (("Step " * 60, 300.0, 310.0),)
    ((summary, _, _),) = marked_visits(store, None, date(2026, 12, 31), teamless=False)
    assert summary.agent == "A" * 200
    sent = export_team(store, info.id, include_private=True)
    assert sent["people"] == ["Å" * 200] and sent["meetings"][0]["turns"][0][1] == "P" * 200
    assert import_team(open_store(now), dict(sent, name="Again")).id  # and it goes in again as it came out


AWKWARD = ['Case "Fru Ø" \\ <b>&amp;</b> {json: [1, 2]}', "Line one\nline two\ttab", "Pårørende 👩‍⚕️ ﷽ עברית",
           "'; DROP TABLE step_timing; --", "x" * 290, "Ṩ̈ combining e\u0301"]


def test_timings_and_observations_folded_into_one_statement_come_back_exactly(open_store) -> None:  # type: ignore[no-untyped-def]
    store = open_store(now)
    team = _team("T", "2026-06-02T13:00:00+00:00", "2026-06-03T08:00:00+00:00", "2026-06-02T13:20:00+00:00")
    meeting = team["meetings"][0]  # type: ignore[index]
    meeting["timings"] = [[f"s{i}", title, 300.25 + i, 1e-3 * i] for i, title in enumerate(AWKWARD)]
    visit = team["visits"][0]  # type: ignore[index]
    start = datetime(2026, 6, 3, 8, 0, 0, 123456, tzinfo=UTC)
    visit["observations"] = [{"at": (start + timedelta(minutes=5 * (len(AWKWARD) - i))).isoformat(),
                              "text": t, "released": i % 2 == 0}  # newest first
                             for i, t in enumerate(AWKWARD)]
    visit["observations"].append({"at": start.isoformat(), "text": "same moment", "released": False})
    visit["observations"].append({"at": start.isoformat(), "text": "same moment, later", "released": True})
    import_team(store, team)
    (detail,) = store.meeting_details(None, *_period())
    assert list(detail.timings) == [(title, 300.25 + i, 1e-3 * i)  # in step order
                                    for i, title in enumerate(AWKWARD)]
    ((_, _, observations),) = marked_visits(store, None, date(2026, 12, 31), teamless=False)
    assert [(o.at, o.text, o.released) for o in observations] == [
        (start, "same moment", False), (start, "same moment, later", True),  # same moment: as written
        *[(start + timedelta(minutes=5 * (len(AWKWARD) - i)), clean_text(t), i % 2 == 0)
          for i, t in reversed(list(enumerate(AWKWARD)))]]  # oldest first, microseconds kept
    assert observations == load_visit(store, _visit_id(store))[1]  # the same as the visit's own read


def _visit_id(store: Store) -> int:
    ((summary, _, _),) = marked_visits(store, None, date(2026, 12, 31), teamless=False)
    return summary.id


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(max_size=400), min_size=1, max_size=4))
def test_any_observation_text_comes_back_from_the_fold_as_from_the_row(
        store: Store, texts: list[str]) -> None:
    visit = create_visit(store, VisitData(agent="A", colleague="B", day=date(2026, 6, 3),
                                          present_at_staff_meeting=True))
    for i, text in enumerate(texts):
        add_observation(store, visit, datetime(2026, 6, 3, 8, i, tzinfo=UTC), text)
    folded = {s.id: obs for s, _, obs in marked_visits(store, None, date(2026, 12, 31), teamless=False)}
    assert folded[visit] == load_visit(store, visit)[1]
    assert [o.text for o in folded[visit]] == [clean_text(t) for t in texts]


def test_a_sheet_reads_only_the_visits_that_can_be_due_in_its_period(store: Store) -> None:
    """Not every marked visit of the team's years: the visit's day, or its chosen presentation day,
    near or after the period's start (the sheet then checks the exact moment)."""
    old = create_visit(store, VisitData(agent="A", colleague="B", day=date(2024, 3, 1),
                                        present_at_staff_meeting=True))
    old_for_now = create_visit(store, VisitData(agent="A", colleague="C", day=date(2024, 3, 2),
                                                present_at_staff_meeting=True, present_on=date(2026, 6, 9)))
    recent = create_visit(store, VisitData(agent="A", colleague="D", day=date(2026, 6, 1),
                                           present_at_staff_meeting=True))
    ids = {s.id for s, _, _ in marked_visits(store, None, date(2026, 12, 31), teamless=False,
                                             due_from=date(2026, 6, 2))}
    assert ids == {old_for_now, recent}  # the day before the start is near enough (its end may be later)
    everything = {s.id for s, _, _ in marked_visits(store, None, date(2026, 12, 31), teamless=False)}
    assert everything == {old, old_for_now, recent}
