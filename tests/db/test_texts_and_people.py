"""Whatever people type comes back exactly: any Unicode, 100,000 characters, names that look like SQL or
markup. A person can be erased everywhere at once; a team moves to another machine as one JSON file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.capture import MAX_TEXT, FeedForward, Measure, MeasureStatus, RoundLine, TextItem
from app.clock import FakeClock
from app.db.records import ItemKind, MeetingField, SeriesSpec, VisitField, VisitPlan
from app.db.transfer import TeamImportError
from app.engine import MeetingRecord, PauseRecord, StepRecord, TurnRecord
from app.paths import AppPaths
from app.rotation import TurnStatus
from app.store import Store
from tests.db.conftest import counts

HOSTILE = ["Robert'); DROP TABLE team;--", '<b onmouseover="x">Anna</b>', "100% _sikker_ \\", "O'Brien",
           "Åse Ødegård-Ærø", "李小龙", "عائشة", "Zoë 👩🏽‍⚕️", "  name\twith\ttabs  ", "${jndi:x}", "%s%n"]
ANY_TEXT = st.text(max_size=300)


def _meeting(store: Store, people: list[str]) -> tuple[int, int]:
    team = store.create_team("Afsnit 3", people)
    mid = store.start_meeting(team_id=team.id, format_id="f1", format_title="F1", present=team.people,
                              facilitator=team.people[0], first_speaker=team.people[-1])
    return team.id, mid


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ANY_TEXT, flag=st.booleans())
def test_any_unicode_round_trips_exactly(store: Store, text: str, flag: bool) -> None:
    teams = store.teams()
    mid = store.meetings()[0].id if teams else _meeting(store, ["Anna"])[1]
    store.save_item(mid, ItemKind.LEARNING_POINT, TextItem("p", text, flag))
    store.set_text(mid, MeetingField.NOTES, text, flag)
    store.save_measure(mid, Measure("m", text, owner=text[:200]))
    cap = store.capture(mid)
    assert cap.learning_points[0] == TextItem("p", text, flag)
    assert (cap.notes, cap.notes_confidential) == (text, flag)
    assert (cap.measures[0].text, cap.measures[0].owner) == (text, text[:200])
    if text.strip():
        assert any(h.kind == "point" for h in store.search(None, text))


def test_a_100000_character_learning_point_is_kept_whole(store: Store) -> None:
    _, mid = _meeting(store, ["Anna"])
    text = ("Æ ø å 😀 \u0301 " * (MAX_TEXT // 10))[:MAX_TEXT]
    assert len(text) == MAX_TEXT
    store.save_item(mid, ItemKind.LEARNING_POINT, TextItem("big", text))
    store.save_round_line(mid, RoundLine("Anna", text))
    cap = store.capture(mid)
    assert cap.learning_points[0].text == text and cap.round_lines[0].text == text


def test_names_that_look_like_sql_or_markup_are_only_names(store: Store) -> None:
    tid, mid = _meeting(store, HOSTILE)
    assert store.team(tid).people == tuple(" ".join(n.split()) for n in HOSTILE)
    names = store.team(tid).people
    for name in names:
        store.save_round_line(mid, RoundLine(name, f"linje fra {name}"))
        store.save_measure(mid, Measure(f"m{names.index(name)}", f"tiltag for {name}", owner=name))
    assert [r.participant for r in store.capture(mid).round_lines] == list(names)
    assert {m.owner for m in store.open_measures(tid)} == set(names)
    for name in names:
        assert store.search(tid, name), name
    assert {t.name for t in store.teams()} == {"Afsnit 3"}  # no table was dropped


def test_a_person_is_erased_everywhere_at_once(store: Store, app_paths: AppPaths) -> None:
    tid, mid = _meeting(store, ["Bo", "Anna", "Bodil"])
    store.set_presenters(mid, ["Bo"])
    store.set_text(mid, MeetingField.CASE_TITLE, "Bo og borgeren")
    store.save_round_line(mid, RoundLine("Bo", "Jeg, Bo, lærte noget"))
    store.save_round_line(mid, RoundLine("(removed)", "en tidligere slettet person"))
    store.save_item(mid, ItemKind.LEARNING_POINT, TextItem("p", "Spørg Bo. Bodil ved det også. Bolig!"))
    store.save_measure(mid, Measure("m", "Bo laver tjekliste", owner="Bo"))
    store.save_feed_forward(mid, FeedForward("f", "Prøv det", giver="Anna", receiver="Bo"))
    store.save_live_state(mid, {"participants": ["Bo", "Anna"], "note": "Bo"})
    store.finish_meeting(mid, MeetingRecord("f1", ("Bo", "Anna"), None, None, (StepRecord("s", 60, 61, 0),),
                                            (TurnRecord("s", "Bo", TurnStatus.SPOKEN, 40),), ()))
    vid = store.create_visit(tid, "Bo", "Anna", VisitPlan(date(2026, 3, 1)))
    store.set_visit_text(vid, VisitField.COLLEAGUE_THOUGHTS, "Bo var god")
    store.create_series(SeriesSpec(tid, "f1", "manual", date(2026, 3, 1), members=(("Bo", None),)))

    assert store.erase_person("Bo") > 10
    detail = store.meeting(mid)
    text = json.dumps(store.export_team(tid), ensure_ascii=False)
    assert '"Bo"' not in text and "Bo " not in text and "Bo," not in text and "Bo." not in text
    assert "Bodil" in text and "Bolig" in text  # other words that start with the name stay
    assert store.team(tid).people == ("Anna", "Bodil")
    assert detail.present == ("(removed)", "Anna") and detail.capture.presenters == ("(removed)",)
    assert {r.participant for r in detail.capture.round_lines} == {"(removed)", "(removed) 2"}
    assert detail.turns[0].participant == "(removed)"
    assert store.visit(vid).summary.agent == "(removed)"
    assert not store.search(None, "spørg bo.")
    assert store.search(None, "spørg (removed)")


def _full_team(store: Store) -> int:
    tid, mid = _meeting(store, ["Anna", "Bo"])
    store.update_team(tid, rotate_facilitator=True)
    store.set_text(mid, MeetingField.FOCUS_AREA, "Fokus", confidential=True)
    store.set_question_asked(mid, 3, True)
    store.save_item(mid, ItemKind.LEARNING_POINT, TextItem("p", "Punkt 🙂", True))
    store.save_item(mid, ItemKind.TOPIC_SUGGESTION, TextItem("t", "Emne"))
    measure = store.save_measure(mid, Measure("m", "Tiltag", owner="Bo", due=date(2026, 5, 1)))
    store.set_measure_status(measure, MeasureStatus.DONE)
    store.save_round_line(mid, RoundLine("Bo", passed=True))
    store.save_feed_forward(mid, FeedForward("f", "Prøv", "Anna", "Bo"))
    store.finish_meeting(mid, MeetingRecord("f1", ("Anna", "Bo"), None, None, (StepRecord("s", 60, 61, 1),),
                                            (TurnRecord("s", "Bo", TurnStatus.PASSED, 2),),
                                            (PauseRecord(FakeClock().wall(), 30, "s"),)))
    vid = store.create_visit(tid, "Anna", "Bo", VisitPlan(date(2026, 3, 1), "half"))
    store.add_observation(vid, "obs")
    store.save_visit_point(vid, TextItem("v", "Besøgspunkt"))
    store.set_visit_text(vid, VisitField.AGENT_GOALS, "Mål", confidential=True)
    store.create_series(SeriesSpec(tid, "f1", "weekly_n", date(2026, 3, 2), members=(("Anna", None),)))
    store.record_sheet(tid, date(2026, 3, 1), date(2026, 3, 31))
    return tid


def test_a_team_exported_and_imported_elsewhere_is_the_same(store: Store, tmp_path: Path,
                                                            fake_clock: FakeClock) -> None:
    tid = _full_team(store)
    target = tmp_path / "afsnit 3.json"
    store.export_team_file(tid, target)
    elsewhere = Store.open(AppPaths.create(tmp_path / "other machine"), fake_clock)
    try:
        imported = elsewhere.import_team_file(target)
        again = elsewhere.export_team(imported.id)
        assert again == json.loads(target.read_text(encoding="utf-8"))
        assert counts(elsewhere.paths.db_path) == counts(store.paths.db_path)
        assert elsewhere.import_team_file(target).name == "Afsnit 3 (2)"
    finally:
        elsewhere.close()


@pytest.mark.parametrize("doc", [{}, {"kind": "something else"}, {"kind": "runde-team", "version": 99},
                                 {"kind": "runde-team", "version": 1, "team": {}}])
def test_a_file_that_is_not_a_team_export_is_refused_whole(store: Store, doc: dict[str, object]) -> None:
    with pytest.raises(TeamImportError):
        store.import_team(doc)
    assert store.teams() == []


def test_a_missing_or_broken_file_is_refused_plainly(store: Store, tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    for path in (tmp_path / "broken.json", tmp_path / "missing.json"):
        with pytest.raises(TeamImportError, match="cannot be read"):
            store.import_team_file(path)
