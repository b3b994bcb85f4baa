"""The limits of app/limits.py hold on every path: the most a meeting or a learning visit can hold
through the windows (every list at its limit, every name, id and code at its longest, and the text
people type at its limit) is a team file that is accepted; the engine keeps its records within them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest

from app import limits
from app.capture import (
    TRIED_SINCE_LAST,
    TRIED_SINCE_LAST_CONFIDENTIAL,
    Capture,
    FeedForward,
    Measure,
    MeasureKind,
    MeasureStatus,
    RoundLine,
    TextItem,
    capture_to_json,
    typed_chars,
)
from app.clock import FakeClock
from app.engine import Meeting
from app.formats import Format, LocalText, StepKind, StepSpec
from app.storage.team_file import TeamFileError, check_team
from app.visit import CONFIDENTIALITY, visit_to_json

L = limits
NAME = "N" * L.MAX_NAME


def _id(prefix: str, i: int) -> str:
    return f"{prefix}{i}".ljust(L.MAX_ID, "x")


def _fill(texts: list[str], total: int) -> list[str]:
    """``texts`` with as much typed into them, in order and at most MAX_TEXT each, as ``total``."""
    out = []
    for _ in texts:
        n = min(L.MAX_TEXT, total)
        out.append("t" * n)
        total -= n
    assert total == 0
    return out


def fullest_capture(typed: int) -> Capture:
    """Every list at MAX_LIST (round lines at MAX_ROUND_LINES), every untyped part at its longest,
    and ``typed`` characters of typed text."""
    n = L.MAX_LIST
    slots = ["case", "learning", "focus", "tried"] + [f"p{i}" for i in range(n)] + [f"m{i}" for i in range(n)]
    slots += [f"r{i}" for i in range(L.MAX_ROUND_LINES)] + [f"q{i}" for i in range(n)]
    text = dict(zip(slots, _fill(slots, typed), strict=True))
    longest_status = max(MeasureStatus, key=lambda s: len(s.value))
    return Capture(
        case_title=text["case"], presenter_learning=text["learning"], focus_area=text["focus"],
        own_questions=tuple(TextItem(_id("q", i), text[f"q{i}"]) for i in range(n)),
        learning_points=tuple(TextItem(_id("p", i), text[f"p{i}"]) for i in range(n)),
        measures=tuple(Measure(_id("m", i), text[f"m{i}"], MeasureKind.PROCEDURE, due=date(2026, 6, 1),
                               status=longest_status) for i in range(n)),
        round_lines=tuple(RoundLine(f"{i:03d}".ljust(L.MAX_NAME, "n"), text[f"r{i}"])
                          for i in range(L.MAX_ROUND_LINES)),
        topic_suggestions=tuple(TextItem(_id("t", i), "") for i in range(n)),
        feed_forward=tuple(FeedForward(_id("f", i), "", NAME, NAME) for i in range(n)),
        extra={TRIED_SINCE_LAST: text["tried"], TRIED_SINCE_LAST_CONFIDENTIAL: "1"})


def team_file(capture: dict[str, Any] | None = None, visit: dict[str, Any] | None = None) -> dict[str, Any]:
    started = datetime(2026, 3, 10, 14, tzinfo=UTC)
    meetings = [] if capture is None else [{
        "format_id": "systematic-learning-meeting", "started": started.isoformat(),
        "participants": [f"{i:03d}".ljust(L.MAX_NAME, "n") for i in range(L.MAX_PEOPLE)],
        "capture": capture,
        "timings": [[f"s{i}", "T", 60.0, 61.0] for i in range(L.MAX_STEPS)],
        "turns": [[f"s{i // L.MAX_PEOPLE}", NAME, "spoke", 10.0] for i in range(L.MAX_TURNS)],
        "pauses": [[started.isoformat(), 1.0, "s0"] for _ in range(L.MAX_PAUSES)]}]
    return {"runde_team_export": 1, "name": "Grænsen", "meetings": meetings,
            "visits": [] if visit is None else [visit]}


def test_the_fullest_meeting_the_windows_allow_is_accepted() -> None:
    cap = fullest_capture(L.MAX_MEETING_TYPED)
    assert typed_chars(cap) == L.MAX_MEETING_TYPED
    check_team(team_file(capture_to_json(cap)))  # accepted: nothing the windows store is refused
    # while typing all a team file may hold as text would leave no room for the rest (ids, names...)
    with pytest.raises(TeamFileError) as err:
        check_team(team_file(capture_to_json(fullest_capture(L.MAX_RECORD_TEXT))))
    assert "characters of text in all" in err.value.problem


def test_a_step_with_more_turns_than_people_is_refused() -> None:
    data = team_file(capture_to_json(Capture()))
    data["meetings"][0]["turns"] = [["s0", NAME, "spoke", 1.0]] * (L.MAX_PEOPLE + 1)
    with pytest.raises(TeamFileError) as err:
        check_team(data)
    assert err.value.where == f"meetings[0].turns[{L.MAX_PEOPLE}]"


def test_a_list_one_past_its_limit_is_refused_so_the_windows_must_stop_there() -> None:
    cap = capture_to_json(fullest_capture(0))
    cap["learning_points"].append({"id": "extra", "text": "", "confidential": False})  # type: ignore[union-attr]
    with pytest.raises(TeamFileError) as err:
        check_team(team_file(cap))
    assert err.value.where.endswith("learning_points")


def test_the_fullest_learning_visit_the_window_allows_is_accepted() -> None:
    n, moment = L.MAX_LIST, datetime(2026, 3, 10, 14, 0, 0, 123456, tzinfo=UTC)
    longs = ("goals", "colleague_focus", "agent_saw", "agent_worked", "agent_differently",
             "colleague_experience", "colleague_thoughts", "observation_draft")
    slots = [*longs, *(f"p{i}" for i in range(n)), *(f"o{i}" for i in range(L.MAX_OBSERVATIONS))]
    text = dict(zip(slots, _fill(slots, L.MAX_VISIT_TYPED), strict=True))
    from app.visit import VisitData

    data = VisitData(agent=NAME, colleague=NAME, day=date(2026, 3, 10), start=time(7), end=time(15),
                     ground_rules=(CONFIDENTIALITY,) * n,
                     learning_points=tuple(TextItem(_id("p", i), text[f"p{i}"]) for i in range(n)),
                     present_at_staff_meeting=True, present_on=date(2026, 3, 24))
    details = {**visit_to_json(data), **{k: text[k] for k in longs}}
    visit = {"details": details, "observations": [
        {"at": (moment + timedelta(minutes=i)).isoformat(), "text": text[f"o{i}"], "released": False}
        for i in range(L.MAX_OBSERVATIONS)]}
    check_team(team_file(visit=visit))


def _one_round() -> Format:
    return Format("f", 1, LocalText.plain("F"), (
        StepSpec("round", LocalText.plain("Round"), kind=StepKind.ROUND, duration_s=0, turn_s=60),))


def test_the_engine_records_at_most_max_pauses_and_keeps_the_time_paused() -> None:
    clock = FakeClock()
    m = Meeting(_one_round(), ("Anna", "Bo"), clock)
    m.start()
    for _ in range(L.MAX_PAUSES + 20):
        m.pause()
        clock.advance(2)
        m.resume()
    pauses = m.record().pauses
    assert len(pauses) == L.MAX_PAUSES
    assert sum(p.duration_s for p in pauses) == pytest.approx(2 * (L.MAX_PAUSES + 20))
    assert pauses[-1].duration_s == pytest.approx(2 * 21)


def test_late_comers_stop_at_max_people() -> None:
    m = Meeting(_one_round(), tuple(f"P{i}" for i in range(L.MAX_PEOPLE - 1)), FakeClock())
    m.start()
    assert m.can_add_participant() and m.add_participant("Eva") is not None
    assert not m.can_add_participant() and m.add_participant("Finn") is None
    assert len(m.participants) == L.MAX_PEOPLE and "Finn" not in m.participants
    assert len(m.record().turns) <= L.MAX_TURNS
