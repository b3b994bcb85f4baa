"""A meeting's whole record in storage, on SQLite and PostgreSQL: the presenters chosen at the start,
the course (language, learning questions, late-comers, time added, plan changes), everyone who took
part, turns and pauses, read back in one statement; in the team file, a move and an offline send;
erased with a person."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import event, text

from app.capture import Capture, TextItem
from app.clock import FakeClock
from app.engine import Meeting, MeetingRecord, PlanChange
from app.paths import AppPaths
from app.record import Course, PlanNote, course_to_json
from app.storage import offline
from app.storage.database import ServerDatabase
from app.storage.meeting_history import MeetingDetail, TurnRow
from app.storage.migrate import upgrade
from app.storage.store import Store
from app.storage.team_transfer import export_team, import_team
from app.storage.transfer import move_team
from tests.app.test_meeting_engine import f1

QUESTIONS = ("Hvad tænkte du?", "Hvad gjorde du så?")


def now() -> datetime:
    return datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    sent: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        sent.append(statement)
    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


def _record(clock: FakeClock) -> MeetingRecord:
    """A real meeting: a late-comer, a minute more and one less, a plan change, a pause, a round."""
    m = Meeting(f1(), ("Anna", "Bo", "Cecilie"), clock, first_speaker=1)
    m.start()
    clock.advance(40)
    m.extend(2)
    m.add_participant("Dorte")
    m.next()  # questions
    m.pause()
    clock.advance(90)
    m.resume()
    assert m.apply_plan([PlanChange(2, allotted_s=60)])
    m.next()  # learning
    m.next()  # round: Bo first
    clock.advance(50)
    m.extend(-1)
    m.next()
    m.pass_turn()
    m.finish()
    return m.record()


def _start(store: Store, **kw: object) -> int:
    team = store.save_team("Afsnit 3", ["Anna", "Bo", "Cecilie"])
    return store.start_meeting(team_id=team.id, format_id="slm", format_title="SLM",
                               participants=["Anna", "Bo", "Cecilie"], facilitator="Anna",
                               first_speaker="Bo", **kw)  # type: ignore[arg-type]


def _detail(store: Store, mid: int) -> MeetingDetail:
    [d] = store.meeting_details(None, now(), now(), meeting_id=mid)
    return d


def _finished(store: Store) -> int:
    mid = _start(store, presenters=("Bo", "Cecilie"), course=Course("da", QUESTIONS))
    store.finish_meeting(mid, _record(FakeClock()), {"case": "Casen"})
    return mid


def test_presenters_and_course_are_kept_from_the_start(open_store) -> None:  # type: ignore[no-untyped-def]
    store = open_store(now)
    mid = _start(store, presenters=("Bo", "Cecilie"), course=Course("da", QUESTIONS))
    assert store.capture(mid).presenters == ("Bo", "Cecilie")  # no one typed in the case fields
    d = _detail(store, mid)
    assert d.capture.presenters == ("Bo", "Cecilie")
    assert d.course == Course("da", QUESTIONS) and d.ended is None
    assert d.participants == ("Anna", "Bo", "Cecilie") and d.first_speaker == "Bo"
    assert d.turns == () and d.paused_s == 0.0
    plain = _start(store)  # as before: no presenters, no course
    assert store.capture(plain).presenters == () and _detail(store, plain).course == Course()


def test_finish_keeps_the_course_late_comers_turns_and_pauses(open_store) -> None:  # type: ignore[no-untyped-def]
    store = open_store(now)
    mid = _finished(store)
    d = _detail(store, mid)
    assert d.ended == datetime(2026, 3, 10, 14, 3, tzinfo=UTC)  # 40 + 90 + 50 s of FakeClock
    assert d.participants == ("Anna", "Bo", "Cecilie", "Dorte")
    assert d.course == Course("da", QUESTIONS, ("Dorte",), (("case", 120.0), ("round", -60.0)),
                              (PlanNote("learning", False, 120.0, 60.0),))
    assert d.turns == (TurnRow("round", "Bo", "spoken", 50.0), TurnRow("round", "Cecilie", "passed", 0.0),
                       TurnRow("round", "Dorte", "speaking", 0.0), TurnRow("round", "Anna", "waiting", 0.0))
    assert d.paused_s == 90.0
    assert d.capture.presenters == ("Bo", "Cecilie") and d.timings[0] == ("Casen", 300.0, 40.0)


def test_a_meeting_resumed_after_a_crash_still_names_its_late_comers(open_store) -> None:  # type: ignore[no-untyped-def]
    store = open_store(now)
    mid = _start(store, course=Course("en", ()))
    record = _record(FakeClock())
    resumed = MeetingRecord(record.format_id, record.participants, record.started, record.ended,
                            record.steps, record.turns, record.pauses, events=())  # events are not kept
    store.finish_meeting(mid, resumed, {})
    assert _detail(store, mid).course.late == ("Dorte",)


def test_the_sheets_one_statement_reads_everything(open_store) -> None:  # type: ignore[no-untyped-def]
    store = open_store(now)
    ids = [_finished(store) for _ in range(3)]
    with statements(store) as one:
        [d] = store.meeting_details(None, now(), now(), meeting_id=ids[0])
    assert len(one) == 1 and len(d.turns) == 4
    with statements(store) as period:
        many = store.meeting_details(None, now() - timedelta(days=1), now() + timedelta(days=1))
    assert len(period) == 1 and [x.id for x in many] == ids
    assert all(x.course.late == ("Dorte",) and x.paused_s == 90.0 for x in many)


def test_the_team_file_carries_the_course(open_store) -> None:  # type: ignore[no-untyped-def]
    store = open_store(now)
    mid = _finished(store)
    team_id = store.team_id("Afsnit 3")
    assert team_id is not None
    data = export_team(store, team_id)  # without private items: the course is not private
    assert data["meetings"][0]["course"] == course_to_json(_detail(store, mid).course)
    other = open_store(now)
    info = import_team(other, dict(data, name="Kopi"))
    [d] = other.meeting_details(info.id, now() - timedelta(days=1), now() + timedelta(days=1))
    assert d.course == _detail(store, mid).course and d.course.late == ("Dorte",)
    assert d.participants == ("Anna", "Bo", "Cecilie", "Dorte")


def test_an_old_file_without_course_and_a_malformed_course_still_import(open_store) -> None:  # type: ignore[no-untyped-def]
    store = open_store(now)
    _finished(store)
    team_id = store.team_id("Afsnit 3")
    assert team_id is not None
    data = export_team(store, team_id)
    old = dict(data["meetings"][0])
    del old["course"]
    bad = [dict(old, course=value, started=f"2026-03-0{i + 1}T10:00:00+00:00")
           for i, value in enumerate(("x", [1, 2], {"late": "Eva", "added_s": [["q"]], "lang": 3}))]
    info = import_team(store, dict(data, name="Gammel", meetings=[old, *bad]))
    details = store.meeting_details(info.id, datetime(2026, 1, 1, tzinfo=UTC), now() + timedelta(days=1))
    assert len(details) == 4 and all(d.course == Course() for d in details)


def test_erasing_a_person_reaches_the_late_comers(open_store) -> None:  # type: ignore[no-untyped-def]
    store = open_store(now)
    mid = _finished(store)
    store.save_capture(mid, Capture(presenters=("Bo", "Cecilie"),
                                    learning_points=(TextItem("p", "Dorte kom sent"),)))
    store.erase_person("Dorte")
    d = _detail(store, mid)
    assert d.course.late == ("—",) and "Dorte" not in d.participants
    assert [t.participant for t in d.turns] == ["Bo", "Cecilie", "—", "Anna"]
    assert d.course.questions == QUESTIONS  # the rest of the course stays
    assert d.capture.learning_points[0].text == "Dorte kom sent"  # free text is not changed (told)


def test_a_meeting_from_before_courses_reads_as_an_empty_course(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from app.storage.migrate import MIGRATIONS

    paths = AppPaths.create(tmp_path / "d")
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade(f"sqlite:///{paths.db_path}", target="0005")
    engine = create_engine(f"sqlite:///{paths.db_path}")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO meeting (format_id, format_title, started, facilitator, participants, "
                          "first_speaker, case_title, capture) VALUES ('slm', 'SLM', '2026-03-10 13:00:00', "
                          "'Anna', '[\"Anna\", \"Bo\"]', 'Bo', '', '{}')"))
    store = Store.open(paths, now)  # migrated at open
    try:
        [d] = store.meeting_details(None, now() - timedelta(days=1), now())
        assert d.course == Course() and d.participants == ("Anna", "Bo") and d.turns == ()
        mid = _finished(store)
        assert _detail(store, mid).course.lang == "da"
    finally:
        store.close()
    with engine.begin() as conn:  # and back down (the column goes, the meetings stay)
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
        assert conn.execute(text("SELECT count(*) FROM meeting")).scalar() == 2
        assert conn.execute(text("SELECT count(*) FROM turn")).scalar() == 4
    engine.dispose()


def test_moving_a_team_and_sending_it_from_offline_keep_the_course(tmp_path: Path, pg_url: str) -> None:
    at = [now()]

    def ticking() -> datetime:  # every meeting starts at its own moment
        at[0] += timedelta(minutes=1)
        return at[0]
    local = Store.open(AppPaths.create(tmp_path / "laptop"), ticking)
    server = Store.open(AppPaths.create(tmp_path / "x"), ticking, database=ServerDatabase(pg_url, None, "t"))
    week = (now() - timedelta(days=1), now() + timedelta(days=7))
    try:
        mid = _finished(local)
        move_team(local, server, "Afsnit 3")
        [d] = server.meeting_details(server.team_id("Afsnit 3"), *week)
        assert d.course == _detail(local, mid).course and d.course.late == ("Dorte",)
        assert d.turns == _detail(local, mid).turns
        label = server.location()
        offline.begin(local.paths, label, ticking())

        def made(kind: str, row_id: int, key: str) -> None:  # as the app does on "Work offline"
            offline.record(local.paths, label, kind, row_id, key)
        local.on_made = made
        later = _start(local, presenters=("Anna",), course=Course("sv", ("Varför?",)))
        local.finish_meeting(later, _record(FakeClock()), {})
        note = offline.read_note(local.paths, label)
        assert note is not None and offline.send(local, server, note, ticking()).meetings == 1
        [sent] = [x for x in server.meeting_details(None, *week) if x.course.lang == "sv"]
        assert sent.course.late == ("Dorte",) and sent.capture.presenters == ("Anna",)
    finally:
        local.close()
        server.close()
