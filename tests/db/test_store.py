"""The store's verbs against a real SQLite file: rosters remembered, roles in turn, a whole meeting,
resuming after a crash, history, search as you type, open measures, visits, series, sheets."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from app.capture import FeedForward, Measure, MeasureKind, MeasureStatus, RoundLine, TextItem
from app.clock import FakeClock
from app.db.errors import NotFoundError
from app.db.records import HitKind, ItemKind, MeetingField, SeriesException, SeriesSpec, VisitField, VisitPlan
from app.engine import meeting_from_state, meeting_to_state
from app.formats import load_format
from app.paths import builtin_formats_dir
from app.rotation import TurnStatus
from app.setup import MeetingSetup
from app.store import Store

F1 = "systematic-learning-meeting"


def _start(store: Store, team_id: int, present: tuple[str, ...], facilitator: str = "Anna",
           first: str = "Anna") -> int:
    return store.start_meeting(team_id=team_id, format_id=F1, format_title="Systematic learning meeting",
                               present=present, facilitator=facilitator, first_speaker=first)


def test_rosters_are_remembered_and_people_who_left_come_back(store: Store) -> None:
    team = store.create_team("  Afsnit 3 ", ["Anna", "Bo", "Cecilie", "Bo"])
    assert team.name == "Afsnit 3" and team.people == ("Anna", "Bo", "Cecilie")
    assert store.set_roster(team.id, ["Cecilie", "Anna"]).people == ("Cecilie", "Anna")
    assert store.set_roster(team.id, ["Cecilie", "Anna", "Bo"]).people == ("Cecilie", "Anna", "Bo")
    assert [t.name for t in store.teams()] == ["Afsnit 3"]
    with pytest.raises(ValueError, match="already"):
        store.create_team("Afsnit 3")
    with pytest.raises(NotFoundError):
        store.set_roster(999, ["x"])


def test_the_round_starts_with_the_next_person_and_the_facilitator_can_rotate(store: Store,
                                                                              fake_clock: FakeClock) -> None:
    team = store.create_team("Afsnit 3", ["Anna", "Bo", "Cecilie", "Dorte"])
    first = store.suggest_roles(team.id)
    assert (first.facilitator, first.first_speaker) == ("Anna", "Anna")
    _start(store, team.id, team.people, facilitator="Anna", first="Anna")
    fake_clock.advance(14 * 86400)
    here = ["Anna", "Cecilie", "Dorte"]  # Bo is away: the round skips to the next present person
    nxt = store.suggest_roles(team.id, here)
    assert (nxt.facilitator, nxt.first_speaker, nxt.last_first_speaker) == ("Anna", "Cecilie", "Anna")
    store.update_team(team.id, rotate_facilitator=True)
    assert store.suggest_roles(team.id, here).facilitator == "Cecilie"
    _start(store, team.id, tuple(here), facilitator="Cecilie", first="Cecilie")
    fake_clock.advance(14 * 86400)
    after = store.suggest_roles(team.id)
    assert (after.facilitator, after.first_speaker) == ("Dorte", "Dorte")


def test_a_whole_meeting_is_kept_edit_by_edit(store: Store, fake_clock: FakeClock) -> None:
    fmt = load_format(builtin_formats_dir() / f"{F1}.json")
    team = store.create_team("Afsnit 3", ["Anna", "Bo", "Cecilie"])
    meeting = MeetingSetup(fmt, team.people).create(fake_clock)
    mid = _start(store, team.id, team.people)
    meeting.start()
    store.set_text(mid, MeetingField.CASE_TITLE, "En svær samtale", confidential=True)
    store.set_presenters(mid, ["Bo", "Cecilie"])
    store.set_question_asked(mid, 0, True)
    store.set_question_asked(mid, 6, True)
    store.set_question_asked(mid, 0, False)
    store.save_item(mid, ItemKind.OWN_QUESTION, TextItem("q1", "Hvem ringede?"))
    store.set_text(mid, MeetingField.PRESENTER_LEARNING, "At spørge før jeg svarer")
    store.save_round_line(mid, RoundLine("Anna", "Jeg tager det med"))
    store.save_round_line(mid, RoundLine("Bo", passed=True))
    store.save_round_line(mid, RoundLine("Anna", "Jeg tager det med hjem", confidential=True))
    store.save_item(mid, ItemKind.LEARNING_POINT, TextItem("p2", "Andet punkt"))
    store.save_item(mid, ItemKind.LEARNING_POINT, TextItem("p1", "Første punkt"), position=0)
    store.save_item(mid, ItemKind.LEARNING_POINT, TextItem("p2", "Andet punkt, rettet"), position=1)
    store.save_item(mid, ItemKind.LEARNING_POINT, TextItem("p3", "Væk igen"))
    store.delete_item(mid, ItemKind.LEARNING_POINT, "p3")
    checklist = Measure("m1", "Tjekliste ved udskrivelse", MeasureKind.STANDARD, "Bo", date(2026, 4, 1))
    measure_id = store.save_measure(mid, checklist)
    store.save_feed_forward(mid, FeedForward("ff", "Prøv at vente", "Anna", "Bo"))
    store.set_text(mid, MeetingField.FOCUS_AREA, "Pårørende", confidential=True)
    store.save_item(mid, ItemKind.TOPIC_SUGGESTION, TextItem("t1", "Overlevering"))
    store.set_text(mid, MeetingField.NOTES, "Husk kaffe", confidential=False)
    store.set_extra(mid, "mood", "god")
    for _ in range(12):
        fake_clock.advance(150)
        meeting.next()
    meeting.finish()
    store.finish_meeting(mid, meeting.record(), {s.id: s.title.get("da") for s in fmt.steps})

    detail = store.meeting(mid)
    cap = detail.capture
    assert (cap.case_title, cap.case_confidential) == ("En svær samtale", True)
    assert cap.presenters == ("Bo", "Cecilie")
    assert cap.questions_asked == {6} and [q.text for q in cap.own_questions] == ["Hvem ringede?"]
    assert cap.round_lines == (RoundLine("Anna", "Jeg tager det med hjem", False, True),
                               RoundLine("Bo", "", True))
    assert [p.text for p in cap.learning_points] == ["Første punkt", "Andet punkt, rettet"]
    assert cap.measures[0].owner == "Bo" and cap.measures[0].due == date(2026, 4, 1)
    assert (cap.focus_area, detail.focus_area_confidential) == ("Pårørende", True)
    assert [t.text for t in cap.topic_suggestions] == ["Overlevering"]
    assert cap.feed_forward[0].receiver == "Bo" and cap.extra == {"mood": "god"}
    assert (cap.notes, cap.notes_confidential) == ("Husk kaffe", False)
    assert detail.summary.ended_at is not None and detail.present == ("Anna", "Bo", "Cecilie")
    assert [s.step_id for s in detail.steps] == [s.id for s in fmt.steps]
    assert [s.actual_s for s in detail.steps] == [s.actual_s for s in meeting.record().steps]
    assert [s.planned_s for s in detail.steps] == [s.planned_s for s in meeting.record().steps]
    assert {t.status for t in detail.turns} <= {s.value for s in TurnStatus}
    assert len(detail.turns) == 3
    assert store.unfinished_meetings() == []
    summary = store.meetings(team.id)[0]
    assert (summary.learning_points, summary.open_measures) == (2, 1)
    assert store.set_measure_status(measure_id, MeasureStatus.DONE).closed_on == fake_clock.wall().date()


def test_a_running_meeting_survives_a_crash_and_resumes(store: Store, fake_clock: FakeClock) -> None:
    fmt = load_format(builtin_formats_dir() / f"{F1}.json")
    team = store.create_team("Afsnit 3", ["Anna", "Bo", "Cecilie"])
    meeting = MeetingSetup(fmt, team.people).create(fake_clock)
    mid = _start(store, team.id, team.people)
    meeting.start()
    fake_clock.advance(200)
    meeting.next()
    store.save_live_state(mid, meeting_to_state(meeting))
    shown = meeting.view().remaining_s
    fake_clock.advance(600)
    [unfinished] = store.unfinished_meetings()
    assert (unfinished.meeting_id, unfinished.team_name, unfinished.format_id) == (mid, "Afsnit 3", F1)
    back, gap = meeting_from_state(fmt, unfinished.state, fake_clock)
    assert gap == 600 and back.view().remaining_s == shown
    store.end_unfinished(mid)
    assert store.unfinished_meetings() == []
    assert store.meeting(mid).summary.ended_at == unfinished.saved_at


def _history(store: Store, clock: FakeClock) -> tuple[int, int]:
    a = store.create_team("Afsnit 3", ["Anna"])
    b = store.create_team("Hjemmeplejen", ["Bo"])
    for i, (team, text) in enumerate([(a, "Lyt til PÅRØRENDE først"), (b, "Pårørende ringer ofte"),
                                      (a, "Skriv i journalen"), (a, "100% sikker? Brug _altid_ tjeklisten")]):
        mid = _start(store, team.id, team.people)
        store.save_item(mid, ItemKind.LEARNING_POINT, TextItem("p", text))
        store.save_measure(mid, Measure("m", f"Tiltag {i}: {text}"))
        clock.advance(86400)
    return a.id, b.id


def test_search_as_you_type_any_case_any_script_newest_first(store: Store, fake_clock: FakeClock) -> None:
    a, b = _history(store, fake_clock)
    hits = store.search(None, "pårørende")
    assert [(h.kind, h.team_id) for h in hits] == [
        (HitKind.LEARNING_POINT, b), (HitKind.MEASURE, b), (HitKind.LEARNING_POINT, a), (HitKind.MEASURE, a)]
    assert [h.snippet for h in store.search(a, "PÅRØ", limit=1)] == ["Lyt til PÅRØRENDE først"]
    assert store.search(a, "100%")[1].snippet.startswith("Tiltag 3")
    assert len(store.search(None, "%")) == 2 and store.search(None, "_altid_")  # wildcards are literal
    assert store.search(None, "") == [] and store.search(None, "   ") == []
    assert store.search(None, "ingenting her") == []


def test_a_long_point_is_found_and_shown_as_a_snippet(store: Store) -> None:
    team = store.create_team("Afsnit 3", ["Anna"])
    mid = _start(store, team.id, team.people)
    text = "x" * 50_000 + " nål i høstakken " + "y" * 50_000
    store.save_item(mid, ItemKind.LEARNING_POINT, TextItem("p", text))
    [hit] = store.search(team.id, "NÅL I HØ")
    assert "nål i høstakken" in hit.snippet and len(hit.snippet) < 300
    assert store.capture(mid).learning_points[0].text == text


def test_open_measures_stay_listed_until_marked_done(store: Store, fake_clock: FakeClock) -> None:
    a, _ = _history(store, fake_clock)
    listed = store.open_measures(a)
    assert len(listed) == 3 and listed == sorted(listed, key=lambda x: x.at)
    store.set_measure_status(listed[0].id, MeasureStatus.DONE)
    store.set_measure_status(listed[1].id, MeasureStatus.DROPPED)
    assert [x.id for x in store.open_measures(a)] == [listed[2].id]
    store.set_measure_status(listed[1].id, MeasureStatus.OPEN)
    assert len(store.open_measures(a)) == 2 and len(store.open_measures()) == 3


def test_history_pages_back(store: Store, fake_clock: FakeClock) -> None:
    a, _ = _history(store, fake_clock)
    newest = store.meetings(a, limit=2)
    assert len(newest) == 2 and newest[0].started_at > newest[1].started_at
    older = store.meetings(a, limit=2, before=newest[-1].started_at)
    assert len(older) == 1
    store.delete_meeting(older[0].id)
    assert len(store.meetings(a)) == 2


def test_a_learning_visit_keeps_observations_private_until_released(store: Store) -> None:
    team = store.create_team("Afsnit 3", ["Anna", "Bo"])
    vid = store.create_visit(team.id, "Anna", "Bo", VisitPlan(date(2026, 3, 12), "half", time(8), time(12)))
    store.set_visit_text(vid, VisitField.AGENT_GOALS, "Blive bedre til at observere")
    store.set_visit_text(vid, VisitField.AGENT_SAW_HEARD, "Borger i seng 4", confidential=True)
    obs = store.add_observation(vid, "09:12 samtale med pårørende")
    store.add_observation(vid, "10:40 medicin")
    store.update_observation(obs, released=True)
    for i in range(3):
        store.save_visit_point(vid, TextItem(f"p{i}", f"Punkt {i + 1}"))
    store.set_visit_presentation(vid, True, date(2026, 4, 2))
    store.set_visit_plan(vid, VisitPlan(date(2026, 3, 13), "whole", consent_given=True, manager_informed=True,
                                        observation_mode="intern"))
    visit = store.visit(vid)
    assert [o.released for o in visit.observations] == [True, False]
    assert visit.confidential == {VisitField.AGENT_SAW_HEARD}
    assert visit.plan.day == date(2026, 3, 13) and visit.plan.observation_mode == "intern"
    assert [p.text for p in visit.learning_points] == ["Punkt 1", "Punkt 2", "Punkt 3"]
    assert (visit.present_at_staff_meeting, visit.present_on) == (True, date(2026, 4, 2))
    assert store.visits(team.id)[0].learning_points == 3
    assert store.search(team.id, "punkt 2")[0].visit_id == vid


def test_series_and_sheets(store: Store, fake_clock: FakeClock) -> None:
    team = store.create_team("Cirkel", ["Anna", "Bo", "Cecilie"])
    spec = SeriesSpec(team.id, "mini-circle", "weekly_n", date(2026, 3, 2), every_n=2, weekday=0,
                      time_of_day=time(14), members=(("Anna", date(2026, 3, 2)),))
    sid = store.create_series(spec)
    store.add_series_exception(sid, SeriesException(date(2026, 3, 16), "moved",
                                                    datetime(2026, 3, 17, 13, tzinfo=fake_clock.now.tzinfo)))
    store.set_series_roster(sid, [("Anna", date(2026, 3, 2)), ("Bo", date(2026, 3, 16))])
    store.end_series(sid, date(2026, 4, 30))
    [info] = store.series(team.id)
    assert info.spec.members[1] == ("Bo", date(2026, 3, 16)) and info.spec.end_date == date(2026, 4, 30)
    assert info.spec.exceptions[0].kind == "moved"
    with pytest.raises(ValueError, match="cadence"):
        store.create_series(SeriesSpec(team.id, "x", "fortnightly", date(2026, 3, 2)))
    assert store.last_sheet(team.id) is None
    store.record_sheet(team.id, date(2026, 3, 1), date(2026, 3, 31))
    store.record_sheet(team.id, date(2026, 2, 1), date(2026, 2, 28))
    last = store.last_sheet(team.id)
    assert last is not None and last.period_end == date(2026, 3, 31)


def test_a_team_keeps_its_own_format_variants(store: Store) -> None:
    fmt = load_format(builtin_formats_dir() / f"{F1}.json")
    team = store.create_team("Afsnit 3", ["Anna"])
    from dataclasses import replace

    shorter = replace(fmt, steps=(replace(fmt.steps[0], duration_s=240),) + fmt.steps[1:])
    store.set_format_variant(team.id, shorter)
    assert store.format_variants(team.id)[F1].steps[0].duration_s == 240
    store.delete_format_variant(team.id, F1)
    assert store.format_variants(team.id) == {}


def test_measures_between_for_the_sheet(store: Store, fake_clock: FakeClock) -> None:
    start = fake_clock.wall()
    a, _ = _history(store, fake_clock)
    assert [x.text[:8] for x in store.measures_between(a, start, start + timedelta(days=2))] == ["Tiltag 0"]
    assert len(store.measures_between(None, start, start + timedelta(days=2))) == 2
