"""Working offline (app.storage.offline): what a laptop made in its own file while the team server
could not be reached goes to the server at a later start, to the teams of the same names, once."""

from __future__ import annotations

import json
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.capture import Capture, Measure, TextItem
from app.paths import AppPaths
from app.storage import offline
from app.storage.database import ServerDatabase
from app.storage.errors import StorageError
from app.storage.store import Store
from app.storage.visits import add_observation, create_visit, list_visits, load_visit, save_visit
from app.visit import VisitData


class Clock:
    """A clock that moves a minute at each reading (every meeting starts at its own moment)."""

    def __init__(self) -> None:
        self.at = datetime(2026, 6, 3, 7, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.at += timedelta(minutes=1)
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(tmp_path: Path, pg_url: str, clock: Clock) -> Store:  # type: ignore[misc]
    s = Store.open(AppPaths.create(tmp_path / "office"), clock, database=ServerDatabase(pg_url, None, "t"))
    yield s
    s.close()


@pytest.fixture
def laptop(tmp_path: Path, clock: Clock) -> Store:  # type: ignore[misc]
    s = Store.open(AppPaths.create(tmp_path / "laptop"), clock, lock=False)
    yield s
    s.close()


def _offline(laptop: Store, server: str, clock: Clock) -> offline.OfflineNote:
    """What the app does on "Work offline": a note for the server, and each item made noted in it."""
    note = offline.begin(laptop.paths, server, clock())
    laptop.on_made = lambda kind, row_id, key: (
        offline.record(laptop.paths, server, kind, row_id, key) and None)
    return note


def _note(laptop: Store, server: str) -> offline.OfflineNote:
    note = offline.read_note(laptop.paths, server)
    assert note is not None
    return note


def _meeting(store: Store, team: str | None, point: str) -> int:
    team_id = store.save_team(team, ["Anna", "Bo"]).id if team else None
    mid = store.start_meeting(team_id=team_id, format_id="systematic-learning-meeting", format_title="SLM",
                              participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
    store.save_capture(mid, Capture(case_title="Fald", learning_points=(TextItem("p1", point),),
                                    measures=(Measure("m1", f"Tiltag {mid}"),)))
    return mid


def _visit(store: Store, team: str | None, text: str) -> int:
    team_id = store.team_id(team) if team else None
    vid = create_visit(store, VisitData(agent="Anna", colleague="Bo", day=date(2026, 6, 3),
                                        goals="Se overleveringen", present_at_staff_meeting=True), team_id)
    add_observation(store, vid, datetime(2026, 6, 3, 8, 15, tzinfo=UTC), text)
    return vid


def test_what_was_made_offline_goes_to_the_server_once(laptop: Store, server: Store, clock: Clock) -> None:
    _meeting(laptop, "Afsnit 3", "Fra før serveren")  # the laptop's own history from before: not sent
    server_team = server.save_team("Afsnit 3", ["Anna", "Bo", "Cecilie"])
    label = server.server.label()  # type: ignore[union-attr]
    first = _offline(laptop, label, clock)
    assert offline.begin(laptop.paths, label, clock()) == first  # a second offline start: the same note
    other = offline.begin(laptop.paths, "anna@other.example:5432/runde", clock())  # another server's
    _meeting(laptop, "Afsnit 3", "Lyt til pårørende")
    _meeting(laptop, "Hjemmeplejen", "Ring før besøget")  # a team the server does not have yet
    _visit(laptop, None, "Rolig <b>overlevering</b> ✓")  # a visit without a team
    note = _note(laptop, label)
    assert offline.waiting(laptop, note) == offline.Waiting(2, 1)
    kept = offline.note_path(laptop.paths).read_bytes()

    sent = offline.send(laptop, server, note, clock())
    assert (sent.meetings, sent.visits, sent.already_there) == (2, 1, 0)
    assert offline.read_note(laptop.paths, label) is None  # taken out, a copy kept:
    assert [p.name for p in laptop.paths.data_dir.glob("offline-sent-*.json")]
    assert offline.read_note(laptop.paths, other.server) is not None  # the other server's stays
    assert [h.text for h in server.search("pårørende")] == ["Lyt til pårørende"]
    assert [h.text for h in server.search("før besøget")] == ["Ring før besøget"]
    assert server.search("Fra før serveren") == []
    teams = {t.name: t for t in server.teams()}
    assert set(teams) == {"Afsnit 3", "Hjemmeplejen"} and teams["Afsnit 3"].id == server_team.id
    assert teams["Afsnit 3"].people == ("Anna", "Bo", "Cecilie")  # the server's roster is left alone
    assert teams["Hjemmeplejen"].people == ("Anna", "Bo")
    (measure,) = server.open_measures(server_team.id)
    assert measure.opened == date(2026, 6, 3)  # the meeting's day, not the day it was sent
    (visit,) = list_visits(server)
    data, observations = load_visit(server, visit.id)
    assert visit.team_id is None and data.goals == "Se overleveringen" and data.present_at_staff_meeting
    assert [(o.at, o.text) for o in observations] == [(datetime(2026, 6, 3, 8, 15, tzinfo=UTC),
                                                       "Rolig <b>overlevering</b> ✓")]
    assert len(laptop.meetings()) == 3 and len(list_visits(laptop)) == 1  # the laptop keeps its copy

    # the note put back, as if the laptop had been killed after the server's commit: nothing twice
    offline.note_path(laptop.paths).write_bytes(kept)
    again = offline.send(laptop, server, _note(laptop, label), clock())
    assert (again.meetings, again.visits, again.already_there) == (0, 0, 3)
    assert len(server.meetings()) == 2 and len(list_visits(server)) == 1


def test_only_what_was_made_offline_is_sent_not_what_came_in_or_is_gone(
        laptop: Store, server: Store, clock: Clock) -> None:
    """A team brought in from a file while offline is not "made" there, even when SQLite gives one of
    its meetings the id of a meeting made offline and removed since; a noted row that is gone (a
    backup restored) is skipped."""
    from sqlalchemy import delete

    from app.storage import models
    from app.storage.team_transfer import import_team

    _offline(laptop, "t", clock)
    gone = _meeting(laptop, "Afsnit 3", "Forsvinder")
    with laptop.engine.begin() as conn:  # a backup restored: the row is gone (not through the Store)
        conn.execute(delete(models.Meeting).where(models.Meeting.id == gone))
    import_team(laptop, {"runde_team_export": 1, "includes_private": True, "left_out": [], "name": "Ind",
                         "people": [], "meetings": [{"format_id": "f", "format_title": "F",
                                                     "started": "2026-05-01T10:00:00+00:00", "ended": None,
                                                     "facilitator": "A", "participants": [],
                                                     "first_speaker": "A", "capture": {}}]})
    made = _meeting(laptop, "Afsnit 3", "Lavet offline")
    note = _note(laptop, "t")
    assert [i for i, _ in note.meetings] == [gone, made]
    assert offline.waiting(laptop, note) == offline.Waiting(1, 0)  # not the imported one in gone's id
    assert offline.send(laptop, server, note, clock()).meetings == 1
    assert [h.text for h in server.search("offline")] == ["Lavet offline"] and server.team_id("Ind") is None


def test_a_visit_planned_on_the_server_does_not_hide_the_one_made_offline(
        laptop: Store, server: Store, clock: Clock) -> None:
    """The same two people and day on the server (planned at the office) but other details: both kept."""
    planned = create_visit(server, VisitData(agent="Anna", colleague="Bo", day=date(2026, 6, 3)))
    _offline(laptop, "t", clock)
    _visit(laptop, None, "Skrevet på besøget")
    assert offline.send(laptop, server, _note(laptop, "t"), clock()).visits == 1
    assert sorted(v.id for v in list_visits(server))[0] == planned and len(list_visits(server)) == 2


def test_a_meeting_still_running_offline_is_sent_as_ended_at_its_last_save(
        laptop: Store, server: Store, clock: Clock) -> None:
    _offline(laptop, "t", clock)
    mid = _meeting(laptop, "Afsnit 3", "Midt i mødet")
    laptop.save_live_state(mid, {"state": "running"})
    assert offline.send(laptop, server, _note(laptop, "t"), clock()).meetings == 1
    assert server.unfinished_meetings() == []  # not offered for resuming on every computer
    (held,) = server.meetings()
    assert held.ended is not None and held.ended >= held.started


def test_a_server_gone_while_sending_sends_nothing_and_keeps_the_note(
        laptop: Store, tmp_path: Path, clock: Clock, pg_cluster, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    server = Store.open(AppPaths.create(tmp_path / "o"), clock, database=ServerDatabase(pg_url, None, "t"))
    try:
        _offline(laptop, "t", clock)
        _meeting(laptop, "Afsnit 3", "Ikke sendt endnu")
        note = _note(laptop, "t")
        pg_cluster.stop()
        try:
            with pytest.raises(StorageError):
                offline.send(laptop, server, note, clock())
        finally:
            pg_cluster.start()
        assert offline.read_note(laptop.paths, "t") == note  # offered again at the next start
        deadline = time.monotonic() + 15
        while server.offline and time.monotonic() < deadline:  # found again in the background
            time.sleep(0.1)
        assert offline.send(laptop, server, note, clock()).meetings == 1
        assert [h.text for h in server.search("sendt endnu")] == ["Ikke sendt endnu"]
    finally:
        server.close()


@pytest.mark.parametrize("text", ["", "{", "[]", json.dumps({"runde_offline": 99}),
                                  json.dumps({"runde_offline": 2, "servers": [{
                                      "server": "x", "began": "2026-06-03T07:00:00+00:00",
                                      "meetings": [["many", "x"]], "visits": []}]}),
                                  json.dumps({"runde_offline": 2, "servers": {"x": 1}}),
                                  "\udcff".encode("utf-8", "surrogateescape").decode("latin-1")])
def test_a_damaged_note_is_told_and_left_as_it_is(laptop: Store, clock: Clock, text: str) -> None:
    path = offline.note_path(laptop.paths)
    path.write_text(text, encoding="latin-1")
    before = path.read_bytes()
    with pytest.raises(offline.OfflineNoteError):
        offline.read_note(laptop.paths, "t")
    with pytest.raises(offline.OfflineNoteError):
        offline.begin(laptop.paths, "t", clock())  # not overwritten: what it named would be lost
    with pytest.raises(offline.OfflineNoteError):
        offline.record(laptop.paths, "t", "visit", 1, "x")
    assert path.read_bytes() == before


def test_offline_with_nothing_made_waits_for_nothing(laptop: Store, clock: Clock) -> None:
    old = _meeting(laptop, "Afsnit 3", "Gammel")
    note = _offline(laptop, "t", clock)
    assert not offline.waiting(laptop, note)
    laptop.save_capture(old, Capture(case_title="Rettet offline"))  # an edit of an older item: not sent
    vid = _visit(laptop, None, "Ny")
    save_visit(laptop, vid, VisitData(agent="Anna", colleague="Bo", day=date(2026, 6, 3), goals="Andet"))
    assert offline.waiting(laptop, _note(laptop, "t")) == offline.Waiting(0, 1)
