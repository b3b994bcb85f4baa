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
from app.storage.store import Store, add_observation, create_visit, list_visits, load_visit, save_visit
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
    note = offline.begin(laptop, server.server.label(), clock())  # type: ignore[union-attr]
    assert offline.begin(laptop, "another", clock()) == note  # a second offline start keeps the first note
    _meeting(laptop, "Afsnit 3", "Lyt til pårørende")
    _meeting(laptop, "Hjemmeplejen", "Ring før besøget")  # a team the server does not have yet
    _visit(laptop, None, "Rolig <b>overlevering</b> ✓")  # a visit without a team
    assert offline.waiting(laptop, note) == offline.Waiting(2, 1)

    sent = offline.send(laptop, server, note, clock())
    assert (sent.meetings, sent.visits, sent.already_there) == (2, 1, 0)
    assert offline.read_note(laptop.paths) is None  # set aside, not deleted:
    assert [p.name for p in laptop.paths.data_dir.glob("offline-sent-*.json")]
    assert [h.text for h in server.search("pårørende")] == ["Lyt til pårørende"]
    assert [h.text for h in server.search("før besøget")] == ["Ring før besøget"]
    assert server.search("Fra før serveren") == []
    teams = {t.name: t for t in server.teams()}
    assert set(teams) == {"Afsnit 3", "Hjemmeplejen"} and teams["Afsnit 3"].id == server_team.id
    assert teams["Afsnit 3"].people == ("Anna", "Bo", "Cecilie")  # the server's roster is left alone
    assert teams["Hjemmeplejen"].people == ("Anna", "Bo")
    assert [x.text.split()[0] for x in server.open_measures(server_team.id)] == ["Tiltag"]
    (visit,) = list_visits(server)
    data, observations = load_visit(server, visit.id)
    assert visit.team_id is None and data.goals == "Se overleveringen" and data.present_at_staff_meeting
    assert [(o.at, o.text) for o in observations] == [(datetime(2026, 6, 3, 8, 15, tzinfo=UTC),
                                                       "Rolig <b>overlevering</b> ✓")]
    assert len(laptop.meetings()) == 3 and len(list_visits(laptop)) == 1  # the laptop keeps its copy

    # the note put back, as if the laptop had been killed after the server's commit: nothing twice
    again = offline.send(laptop, server, note, clock())
    assert (again.meetings, again.visits, again.already_there) == (0, 0, 3)
    assert len(server.meetings()) == 2 and len(list_visits(server)) == 1


def test_a_visit_planned_on_the_server_does_not_hide_the_one_made_offline(
        laptop: Store, server: Store, clock: Clock) -> None:
    """The same two people and day on the server (planned at the office) but other details: both kept."""
    planned = create_visit(server, VisitData(agent="Anna", colleague="Bo", day=date(2026, 6, 3)))
    note = offline.begin(laptop, "t", clock())
    _visit(laptop, None, "Skrevet på besøget")
    assert offline.send(laptop, server, note, clock()).visits == 1
    assert sorted(v.id for v in list_visits(server))[0] == planned and len(list_visits(server)) == 2


def test_a_meeting_still_running_offline_is_sent_as_ended_at_its_last_save(
        laptop: Store, server: Store, clock: Clock) -> None:
    note = offline.begin(laptop, "t", clock())
    mid = _meeting(laptop, "Afsnit 3", "Midt i mødet")
    laptop.save_live_state(mid, {"state": "running"})
    assert offline.send(laptop, server, note, clock()).meetings == 1
    assert server.unfinished_meetings() == []  # not offered for resuming on every computer
    (held,) = server.meetings()
    assert held.ended is not None and held.ended >= held.started


def test_a_server_gone_while_sending_sends_nothing_and_keeps_the_note(
        laptop: Store, tmp_path: Path, clock: Clock, pg_cluster, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    server = Store.open(AppPaths.create(tmp_path / "o"), clock, database=ServerDatabase(pg_url, None, "t"))
    try:
        note = offline.begin(laptop, "t", clock())
        _meeting(laptop, "Afsnit 3", "Ikke sendt endnu")
        pg_cluster.stop()
        try:
            with pytest.raises(StorageError):
                offline.send(laptop, server, note, clock())
        finally:
            pg_cluster.start()
        assert offline.read_note(laptop.paths) == note  # offered again at the next start
        deadline = time.monotonic() + 15
        while server.offline and time.monotonic() < deadline:  # found again in the background
            time.sleep(0.1)
        assert offline.send(laptop, server, note, clock()).meetings == 1
        assert [h.text for h in server.search("sendt endnu")] == ["Ikke sendt endnu"]
    finally:
        server.close()


@pytest.mark.parametrize("text", ["", "{", "[]", json.dumps({"runde_offline": 99}),
                                  json.dumps({"runde_offline": 1, "server": "x", "since_meeting": "many",
                                              "since_visit": 0, "began": "2026-06-03T07:00:00+00:00"}),
                                  "\udcff".encode("utf-8", "surrogateescape").decode("latin-1")])
def test_a_damaged_note_is_told_and_left_as_it_is(laptop: Store, clock: Clock, text: str) -> None:
    path = offline.note_path(laptop.paths)
    path.write_text(text, encoding="latin-1")
    before = path.read_bytes()
    with pytest.raises(offline.OfflineNoteError):
        offline.read_note(laptop.paths)
    with pytest.raises(offline.OfflineNoteError):
        offline.begin(laptop, "t", clock())  # not overwritten: what it named would be skipped
    assert path.read_bytes() == before


def test_offline_with_nothing_made_waits_for_nothing(laptop: Store, clock: Clock) -> None:
    _meeting(laptop, "Afsnit 3", "Gammel")
    note = offline.begin(laptop, "t", clock())
    assert not offline.waiting(laptop, note)
    vid = _visit(laptop, None, "Ny")
    save_visit(laptop, vid, VisitData(agent="Anna", colleague="Bo", day=date(2026, 6, 3), goals="Andet"))
    assert offline.waiting(laptop, note) == offline.Waiting(0, 1)
