"""Meeting series on screen and on the command line: setting a series up, moving and cancelling a date,
the calendar file, the start screen's next meeting and today's format and people, and a mini-circle's
"extend or dissolve?"."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.formats import Format
from app.paths import AppPaths
from app.series import LAST, Cadence, CadenceKind, Choice, Member, Series, SeriesKind
from app.series_dates import occurrences
from app.series_edits import cancel, move
from app.series_lifecycle import review_date
from app.storage.format_library import available_formats
from app.storage.series_store import create_series, list_series, load_series, series_meetings
from app.storage.store import Store
from tests.ui.acting import save_to
from tests.ui.screen_checks import clipped, focusable, unnamed
from ui.application import RundeApp
from ui.cli import parse
from ui.series_hook import SeriesHook
from ui.series_panel import SeriesPanel
from ui.series_texts import problem_text
from ui.start_screen import StartScreen

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("RUNDE_SHOTS", "/tmp/runde-shots"))
TUESDAY, MONDAY = 1, 0
ON_THE_DAY = datetime(2021, 8, 24, 6, 0, tzinfo=UTC)  # 08:00 in Oslo, the moved August meeting's day
BEFORE = datetime(2021, 6, 1, 10, 0, tzinfo=UTC)


class Now:
    """A wall clock the test moves."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def digital_circle() -> Series:
    s = Series("digital-learning-circle", Cadence.monthly(2, TUESDAY), date(2021, 5, 11), date(2021, 10, 31),
               time(9, 15), 135, "Europe/Oslo", kind=SeriesKind.LEARNING_CIRCLE,
               roster=(Member("Anders", date(2021, 4, 20)), Member("Marianne", date(2021, 4, 20)),
                       Member("Kari", date(2021, 5, 20)), Member("Siri", date(2021, 8, 12))))
    return move(cancel(s, date(2021, 7, 13)), date(2021, 8, 10), date(2021, 8, 24))


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.create(tmp_path / "d")


@pytest.fixture
def formats(paths: AppPaths) -> dict[str, Format]:
    return available_formats(paths)[0]


@pytest.fixture
def store(paths: AppPaths) -> Iterator[Store]:
    s = Store.open(paths, lambda: ON_THE_DAY)
    yield s
    s.close()


@pytest.fixture
def team(store: Store) -> Any:
    return store.save_team("NK-ARR", ["Anders", "Marianne", "Kari", "Siri", "Ola"])


def _panel(qtbot: QtBot, store: Store, team: Any, formats: dict[str, Format], now: Now,
           default: str = "systematic-learning-meeting") -> SeriesPanel:
    panel = SeriesPanel(store, team.id, team.name, team.people, formats, lang="en", now=now,
                        default_format=default)
    qtbot.addWidget(panel)
    panel.resize(1280, 720)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _stored(store: Store, team: Any) -> list[Series]:
    return [r.series for r in list_series(store, team.id)[0]]


# -- the series window -----------------------------------------------------------------------------------

def test_setting_up_a_series_saves_each_change(qtbot: QtBot, store: Store, team: Any,
                                               formats: dict[str, Format]) -> None:
    now = Now(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))  # a Tuesday
    panel = _panel(qtbot, store, team, formats, now)
    assert panel.empty_label.isVisibleTo(panel) and not panel.tabs.isVisibleTo(panel)
    sid = panel.new_series()
    assert sid is not None and panel.tabs.isVisibleTo(panel)
    (s,) = _stored(store, team)
    assert s.format_id == "systematic-learning-meeting" and s.cadence == Cadence.weekly(TUESDAY, 2)
    assert s.start == date(2026, 3, 10) and s.duration_min == 30
    panel.cadence_box.setCurrentIndex(panel.cadence_box.findData(CadenceKind.MONTHLY.value))
    panel.nth_box.setCurrentIndex(panel.nth_box.findData(LAST))
    panel.monthly_day.setCurrentIndex(4)  # Friday
    panel.time_edit.setTime(panel.time_edit.time().fromString("13:30", "HH:mm"))
    panel.duration.setValue(45)
    panel.name_edit.setText("Fredagsmøde")
    panel.name_edit.textEdited.emit("Fredagsmøde")
    (s,) = _stored(store, team)
    assert s.cadence == Cadence.monthly(LAST, 4) and s.time_of_day == time(13, 30) and s.duration_min == 45
    assert s.name == "Fredagsmøde" and panel.status_label.text() == "Saved."
    assert panel.series_list.item(0).text().endswith("Fredagsmøde")
    assert "last Friday" in panel.rhythm_summary.text()
    first = panel.meetings.item(0).text()
    assert "Friday" in first and "27 March 2026" in first and "13:30" in first


def test_a_change_that_breaks_a_rule_is_explained_and_not_saved(qtbot: QtBot, store: Store, team: Any,
                                                                formats: dict[str, Format]) -> None:
    now = Now(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))
    panel = _panel(qtbot, store, team, formats, now)
    panel.new_series()
    panel.ends_check.setChecked(True)
    assert _stored(store, team)[0].end == date(2026, 9, 9)  # half a year to start with
    panel.end_edit.setDate(QDate(2026, 3, 1))  # before the start
    assert "before it starts" in panel.problems_label.text()
    assert panel.status_label.text() == "Not saved until this is fixed."
    assert _stored(store, team)[0].end == date(2026, 9, 9)
    panel.end_edit.setDate(QDate(2026, 6, 30))
    assert panel.problems_label.text() == "" and _stored(store, team)[0].end == date(2026, 6, 30)
    panel.zone_box.setCurrentText("Mars/Olympus")
    assert "time zone" in panel.problems_label.text()
    panel.zone_box.setCurrentText("Europe/Helsinki")
    assert _stored(store, team)[0].zone == "Europe/Helsinki"
    panel.cadence_box.setCurrentIndex(panel.cadence_box.findData(CadenceKind.BY_HAND.value))
    assert "never give a meeting date" in panel.problems_label.text()  # no dates chosen yet
    panel.hand_date.setDate(QDate(2026, 4, 2))
    panel.add_date_button.click()
    panel.hand_date.setDate(QDate(2026, 3, 20))
    panel.add_date_button.click()
    assert _stored(store, team)[0].cadence == Cadence.by_hand([date(2026, 3, 20), date(2026, 4, 2)])


def test_moving_and_cancelling_a_meeting(qtbot: QtBot, store: Store, team: Any,
                                         formats: dict[str, Format]) -> None:
    now = Now(datetime(2026, 3, 10, 6, 0, tzinfo=UTC))  # 07:00 in Copenhagen
    panel = _panel(qtbot, store, team, formats, now)
    panel.new_series()  # every other Tuesday from 10 March, 09:00
    panel.tabs.setCurrentIndex(2)
    assert panel.choose_meeting(date(2026, 3, 24))
    assert not panel.move_chosen(date(2026, 4, 7))  # where the next one is held
    assert "Move or cancel that one first" in panel.problems_label.text()
    assert _stored(store, team)[0].changes == ()
    assert panel.move_chosen(date(2026, 3, 26), time(13, 0))
    assert "moved from" in panel.meetings.item(1).text() and "26 March 2026" in panel.meetings.item(1).text()
    assert panel.choose_meeting(date(2026, 4, 7))
    panel.cancel_button.click()
    assert "cancelled" in panel.meetings.item(2).text()
    s = _stored(store, team)[0]
    assert [o.day for o in occurrences(s, date(2026, 3, 1), date(2026, 4, 30))] == [
        date(2026, 3, 10), date(2026, 3, 26), date(2026, 4, 21)]
    assert panel.choose_meeting(date(2026, 4, 7)) and panel.restore_button.isEnabled()
    panel.restore_button.click()
    assert date(2026, 4, 7) in [o.day for o in occurrences(_stored(store, team)[0], date(2026, 4, 1),
                                                           date(2026, 4, 30))]


def test_the_next_meeting_cancelled_can_be_brought_back(qtbot: QtBot, store: Store, team: Any,
                                                        formats: dict[str, Format]) -> None:
    """Cancelling the very next meeting keeps it in the list, marked, so it can be brought back (it used
    to leave the list, and with it the only way to undo the cancellation)."""
    now = Now(datetime(2026, 3, 10, 6, 0, tzinfo=UTC))  # 07:00 in Copenhagen, the first is at 09:00
    panel = _panel(qtbot, store, team, formats, now)
    panel.new_series()  # every other Tuesday from 10 March, 09:00
    panel.tabs.setCurrentIndex(2)
    assert panel.choose_meeting(date(2026, 3, 10))
    panel.cancel_button.click()
    assert "cancelled" in panel.meetings.item(0).text() and "10 March 2026" in panel.meetings.item(0).text()
    assert panel.choose_meeting(date(2026, 3, 10)) and panel.restore_button.isEnabled()
    panel.restore_button.click()
    assert "cancelled" not in panel.meetings.item(0).text()
    assert [o.day for o in occurrences(_stored(store, team)[0], date(2026, 3, 1), date(2026, 3, 31))] == [
        date(2026, 3, 10), date(2026, 3, 24)]


def test_roster_with_join_dates(qtbot: QtBot, store: Store, team: Any, formats: dict[str, Format]) -> None:
    now = Now(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))
    panel = _panel(qtbot, store, team, formats, now, default="mini-circle")
    panel.new_series()
    panel.tabs.setCurrentIndex(1)
    panel.take_team_people()
    s = _stored(store, team)[0]
    assert [m.name for m in s.roster] == list(team.people) and all(m.joined == s.start for m in s.roster)
    assert "at most 3 people" in panel.size_note.text()  # a mini-circle is three people: a gentle note
    while panel.roster.rowCount() > 2:
        panel.roster.setCurrentCell(panel.roster.rowCount() - 1, 0)
        panel.remove_person_button.click()
    assert "at least 3 people" in panel.size_note.text()
    panel.add_person("Nora", date(2026, 3, 20))
    s = _stored(store, team)[0]
    assert s.roster[-1] == Member("Nora", date(2026, 3, 20))
    assert panel.size_note.isHidden()
    people = {o.day: o.participants for o in occurrences(s, s.start, s.end or s.start)}
    assert "Nora" not in people[date(2026, 3, 17)] and "Nora" in people[date(2026, 3, 24)]
    panel.roster.item(2, 0).setText("Anna")  # the same name twice is refused
    panel.roster.item(2, 0).setText("Anders")
    assert "twice" in panel.problems_label.text()


def test_calendar_file_from_the_window(qtbot: QtBot, store: Store, team: Any, formats: dict[str, Format],
                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    create_series(store, team.id, digital_circle())
    panel = _panel(qtbot, store, team, formats, Now(BEFORE))
    target = tmp_path / "kalender.ics"
    monkeypatch.setattr("ui.series_panel.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    assert panel.save_calendar() == target
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    days = [e.decoded("DTSTART").date() for e in cal.walk("VEVENT") if str(e["STATUS"]) == "CONFIRMED"]
    assert days == [date(2021, 5, 11), date(2021, 6, 8), date(2021, 8, 24), date(2021, 9, 14),
                    date(2021, 10, 12)]
    assert [e.decoded("DTSTART").date() for e in cal.walk("VEVENT") if str(e["STATUS"]) == "CANCELLED"] == [
        date(2021, 7, 13)]
    title = formats["digital-learning-circle"].title.get("en")
    assert str(next(iter(cal.walk("VEVENT")))["SUMMARY"]) == title
    assert "5 meeting" in panel.status_label.text()


def test_delete_a_series(qtbot: QtBot, store: Store, team: Any, formats: dict[str, Format],
                         monkeypatch: pytest.MonkeyPatch) -> None:
    create_series(store, team.id, digital_circle())
    panel = _panel(qtbot, store, team, formats, Now(BEFORE))
    monkeypatch.setattr("ui.series_panel.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    panel.delete_button.click()
    assert len(_stored(store, team)) == 1
    monkeypatch.setattr("ui.series_panel.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.delete_button.click()
    assert _stored(store, team) == [] and panel.empty_label.isVisibleTo(panel)


def test_problem_texts_name_the_dates() -> None:
    from app.series import SeriesError
    from app.series_checks import validate

    with pytest.raises(SeriesError) as info:
        move(digital_circle(), date(2021, 9, 14), date(2021, 10, 12))
    text = problem_text(info.value)
    assert "%" not in text and "Move or cancel that one first" in text
    with pytest.raises(SeriesError) as info:
        validate(Series("x", Cadence.weekly(TUESDAY, 60), date(2026, 1, 1)))
    assert problem_text(info.value) == "Choose a number from 1 to 52."


# -- the start screen --------------------------------------------------------------------------------------

def _start(qtbot: QtBot, store: Store, formats: dict[str, Format],
           now: Now) -> tuple[StartScreen, SeriesHook]:
    screen = StartScreen(formats, "en")
    qtbot.addWidget(screen)
    hook = SeriesHook(screen, store, lambda: formats, now, lambda: "en")
    screen.set_teams({t.name: (t.people, t.last_first_speaker, t.last_facilitator) for t in store.teams()},
                     "NK-ARR")
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitExposed(screen)
    return screen, hook


def _ticked(screen: StartScreen) -> list[str]:
    return [screen.roster_list.item(i).text() for i in range(screen.roster_list.count())
            if screen.roster_list.item(i).checkState() == Qt.CheckState.Checked]


def test_start_screen_shows_the_next_meeting(qtbot: QtBot, store: Store, team: Any,
                                             formats: dict[str, Format]) -> None:
    create_series(store, team.id, digital_circle())
    screen, _hook = _start(qtbot, store, formats, Now(BEFORE))
    text = screen.series_label.text()
    assert text.startswith("Next meeting: Tuesday, 8 June 2021, 09:15–11:30") or "8 June 2021" in text
    assert screen.series_label.isVisibleTo(screen)
    assert screen.format_box.currentData() == "systematic-learning-meeting"  # not today: nothing chosen
    assert _ticked(screen) == list(team.people)


def test_on_the_day_its_format_and_people_are_chosen(qtbot: QtBot, store: Store, team: Any,
                                                     formats: dict[str, Format]) -> None:
    sid = create_series(store, team.id, digital_circle())
    screen, hook = _start(qtbot, store, formats, Now(ON_THE_DAY))
    assert screen.series_label.text().startswith("Today 09:15–11:30")
    assert screen.format_box.currentData() == "digital-learning-circle"
    assert _ticked(screen) == ["Anders", "Marianne", "Kari", "Siri"]  # Ola is not in the circle
    assert list(screen.setup().participants) == ["Anders", "Marianne", "Kari", "Siri"]  # type: ignore[union-attr]
    assert hook.today is not None and hook.today[0] == sid
    SHOTS.mkdir(parents=True, exist_ok=True)
    screen.grab().save(str(SHOTS / "series-start-today-1280x720.png"))
    screen.roster_list.item(4).setCheckState(Qt.CheckState.Checked)  # the facilitator's own choice stays
    hook.refresh()
    assert "Ola" in screen.setup().participants  # type: ignore[union-attr]


def test_a_month_old_mini_circle_asks_gently(qtbot: QtBot, store: Store, team: Any,
                                             formats: dict[str, Format]) -> None:
    mini = Series("mini-circle", Cadence.weekly(MONDAY), date(2021, 7, 19), date(2021, 8, 19), time(12, 0),
                  kind=SeriesKind.MINI_CIRCLE, name="Mini-sirkel A")
    sid = create_series(store, team.id, mini)
    other = create_series(store, team.id, mini.__class__(**{**mini.__dict__, "uid": "b", "name": "B"}))
    screen, hook = _start(qtbot, store, formats, Now(ON_THE_DAY))
    assert hook.banner.isVisibleTo(screen) and "Mini-sirkel A" in hook.banner.text.text()
    assert "Either is fine" in hook.banner.text.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    screen.grab().save(str(SHOTS / "series-start-mini-circle-1280x720.png"))
    hook.banner.extend_button.click()
    s = load_series(store, sid).series
    assert [d.choice for d in s.decisions] == [Choice.EXTEND] and s.decisions[0].on == date(2021, 8, 24)
    assert s.end == date(2021, 9, 20)  # a month (four weekly meetings) from the answer, given late
    assert review_date(s) == date(2021, 9, 21)  # asked again a month after the answer, not at once
    assert hook.banner.isVisibleTo(screen) and "“B”" in hook.banner.text.text()  # the other one next
    hook.banner.later_button.click()
    assert not hook.banner.isVisibleTo(screen)
    assert load_series(store, other).series.decisions == ()  # "not now" records nothing
    hook.refresh()
    assert not hook.banner.isVisibleTo(screen)  # ... and is not asked again this time
    assert "Mini-sirkel A" in screen.series_label.text() or "Next meeting" in screen.series_label.text()


def test_the_panel_dissolves_a_mini_circle(qtbot: QtBot, store: Store, team: Any,
                                           formats: dict[str, Format]) -> None:
    mini = Series("mini-circle", Cadence.weekly(MONDAY), date(2021, 7, 19), None, time(12, 0),
                  kind=SeriesKind.MINI_CIRCLE)
    sid = create_series(store, team.id, mini)
    panel = _panel(qtbot, store, team, formats, Now(ON_THE_DAY))
    assert panel.banner.isVisibleTo(panel)
    panel.banner.dissolve_button.click()
    s = load_series(store, sid).series
    assert s.dissolved and s.end == date(2021, 8, 24)
    assert not panel.banner.isVisibleTo(panel) and "Dissolved" in panel.rhythm_summary.text()
    assert "No more meetings" in panel.meetings.item(0).text()


def test_series_button_needs_a_team_and_saves_a_new_one(qtbot: QtBot, store: Store,
                                                        formats: dict[str, Format],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr("ui.series_panel.QMessageBox.information", lambda *a, **k: said.append(a[2]))
    screen = StartScreen(formats, "en")
    qtbot.addWidget(screen)
    hook = SeriesHook(screen, store, lambda: formats, Now(BEFORE), lambda: "en")
    screen.series_button.click()
    assert said and "team's name first" in said[0] and hook.panel is None
    screen.team_box.setEditText("Afsnit 7")
    screen.participants_edit.setPlainText("Anna, Bo, Cecilie")
    screen.series_button.click()
    assert hook.panel is not None
    qtbot.addWidget(hook.panel)
    assert store.team_id("Afsnit 7") is not None and hook.panel.people == ["Anna", "Bo", "Cecilie"]


# -- keyboard, screen readers, 1280x720 -------------------------------------------------------------------

def test_every_tab_fits_is_named_and_is_shot(qtbot: QtBot, store: Store, team: Any,
                                             formats: dict[str, Format]) -> None:
    create_series(store, team.id, digital_circle())
    panel = _panel(qtbot, store, team, formats, Now(BEFORE))
    SHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    for i, name in enumerate(("rhythm", "people", "meetings")):
        panel.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        assert panel.width() <= 1280 and panel.height() <= 720
        problems += [f"{name}: {p}" for p in clipped(panel) + unnamed_in(panel)]
        panel.grab().save(str(SHOTS / f"series-{name}-1280x720.png"))
    panel.cadence_box.setCurrentIndex(2)
    panel.cadence_box.setCurrentIndex(0)
    panel.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    problems += clipped(panel) + unnamed_in(panel)
    assert not problems, problems


def test_the_window_works_from_the_keyboard(qtbot: QtBot, store: Store, team: Any,
                                            formats: dict[str, Format]) -> None:
    create_series(store, team.id, digital_circle())
    panel = _panel(qtbot, store, team, formats, Now(BEFORE))
    chain, w = [], panel.series_list.nextInFocusChain()
    while w is not panel.series_list and len(chain) < 500:  # what Tab visits, in order
        if w.isVisibleTo(panel) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(w)
        w = w.nextInFocusChain()
    for wanted in (panel.new_button, panel.delete_button, panel.calendar_button, panel.tabs.tabBar(),
                   panel.format_box, panel.cadence_box, panel.start_edit, panel.ends_check, panel.time_edit,
                   panel.duration, panel.zone_box, panel.close_button):
        assert wanted in chain, type(wanted).__name__
    assert chain.index(panel.format_box) < chain.index(panel.start_edit) < chain.index(panel.time_edit)
    for i in range(panel.tabs.count()):  # Alt+R, Alt+P, Alt+M reach the tabs
        assert "&" in panel.tabs.tabText(i)
    for label in (*panel.rhythm_labels, panel.parent_label, panel.list_label, panel.move_to_label):
        assert label.buddy() is not None or not label.text(), label.text()
    shown = [*panel.rhythm_labels, panel.parent_label, panel.list_label, panel.new_button,
             panel.delete_button, panel.calendar_button, panel.close_button]
    mnemonics = [t.text().lower().split("&")[1][:1] for t in shown if "&" in t.text()]
    mnemonics += [panel.tabs.tabText(i).lower().split("&")[1][:1] for i in range(panel.tabs.count())]
    assert len(mnemonics) == len(set(mnemonics)), mnemonics  # no two controls share an Alt key
    panel.tabs.setCurrentIndex(2)
    panel.meetings.setFocus()
    qtbot.keyClick(panel.meetings, Qt.Key.Key_Down)
    assert panel.meetings.currentRow() == 1


# -- the app wiring ----------------------------------------------------------------------------------------

def test_the_app_links_today_s_meeting_to_its_series(qtbot: QtBot, tmp_path: Path) -> None:
    runde = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    assert runde.open_store() and runde.store is not None
    try:
        team = runde.store.save_team("NK-ARR", ["Anders", "Marianne", "Kari", "Siri"])
        today = datetime.now(UTC).astimezone().date()
        s = Series("digital-learning-circle", Cadence.by_hand([today]), today, today, time(23, 59), 1,
                   zone="UTC")
        sid = create_series(runde.store, team.id, s)
        runde.prefs = runde.prefs.__class__(**{**runde.prefs.__dict__, "last_team": "NK-ARR"})
        screen = runde.open_start_screen()
        qtbot.addWidget(screen)
        assert runde.series_hook is not None and runde.series_hook.screen is screen
        if runde.series_hook.today is None:
            pytest.skip("the one-minute meeting is over already (a run at midnight)")
        assert screen.format_box.currentData() == "digital-learning-circle"
        screen.facilitator_box.setCurrentIndex(1)
        screen.start_button.click()
        assert runde.controller is not None
        qtbot.addWidget(runde.controller.room)
        qtbot.addWidget(runde.controller.console)
        assert series_meetings(runde.store, sid) == [runde.session.meeting_id]  # type: ignore[union-attr]
        planned = runde.controller.meeting.planned_start  # the room counts down to the series' time
        assert planned is not None and (planned.hour, planned.minute) == (23, 59)
    finally:
        runde.quit()
        for w in QApplication.topLevelWidgets():
            w.close()


def test_mini_circles_topic_suggestions_reach_their_learning_circle(qtbot: QtBot, tmp_path: Path) -> None:
    from app.capture import Capture, TextItem
    from app.storage.series_store import link_meeting

    runde = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    assert runde.open_store() and runde.store is not None
    try:
        store = runde.store
        today = datetime.now(UTC).astimezone().date()
        circle = store.save_team("Læringscirkel", ["Anders", "Marianne", "Kari"])
        parent = create_series(store, circle.id, Series(
            "learning-circle", Cadence.by_hand([today]), today, today, time(23, 59), 1, zone="UTC"))
        mini = store.save_team("Minicirkel 1", ["Kari", "Siri", "Ole"])
        child = create_series(store, mini.id, Series(
            "mini-circle", Cadence.by_hand([today]), today, today, time(8, 0), 30, zone="UTC",
            parent_id=parent))
        mid = store.start_meeting(team_id=mini.id, format_id="mini-circle", format_title="Mini-circle",
                                  participants=["Kari", "Siri", "Ole"], facilitator="Kari",
                                  first_speaker="Kari")
        store.save_capture(mid, Capture(topic_suggestions=(TextItem("t0", "Overgange ved vagtskifte"),
                                                           TextItem("t1", "Hemmeligt", confidential=True))))
        link_meeting(store, mid, child)
        runde.prefs = runde.prefs.__class__(**{**runde.prefs.__dict__, "last_team": "Læringscirkel"})
        screen = runde.open_start_screen()
        qtbot.addWidget(screen)
        if runde.series_hook is None or runde.series_hook.today is None:
            pytest.skip("the one-minute meeting is over already (a run at midnight)")
        screen.facilitator_box.setCurrentIndex(1)
        screen.start_button.click()
        assert runde.controller is not None and runde.session is not None
        qtbot.addWidget(runde.controller.room)
        qtbot.addWidget(runde.controller.console)
        text = runde.session.panel.last_focus.text()
        assert "Overgange ved vagtskifte" in text and "Hemmeligt" not in text
    finally:
        runde.quit()
        for w in QApplication.topLevelWidgets():
            w.close()


# -- runde calendar ---------------------------------------------------------------------------------------

def runde_cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(data), "--lang", "en",
                           "calendar", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60,
                          check=False)


def test_runde_calendar_writes_the_team_s_series(tmp_path: Path) -> None:
    data = tmp_path / "d"
    store = Store.open(AppPaths.create(data), lambda: BEFORE)
    team = store.save_team("NK-ARR", ["Anders"])
    store.save_team("Afsnit 3", ["Anna"])
    create_series(store, team.id, digital_circle())
    store.close()
    out = tmp_path / "nk-arr.ics"
    done = runde_cli(data, "--team", "NK-ARR", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "5 meeting" in done.stdout and str(out) in done.stdout
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    held = [e.decoded("DTSTART").date() for e in cal.walk("VEVENT") if str(e["STATUS"]) != "CANCELLED"]
    assert held[2] == date(2021, 8, 24)
    assert str(cal["X-WR-CALNAME"]) == "NK-ARR"
    utc = runde_cli(data, "--team", "NK-ARR", "-o", str(out), "--utc")
    assert utc.returncode == 0 and b"TZID" not in out.read_bytes()
    assert b"DTSTART:20210511T071500Z" in out.read_bytes()


def test_runde_calendar_says_clearly_what_is_wrong(tmp_path: Path) -> None:
    data = tmp_path / "d"
    store = Store.open(AppPaths.create(data), lambda: BEFORE)
    team = store.save_team("NK-ARR", ["Anders"])
    store.save_team("Afsnit 3", ["Anna"])
    create_series(store, team.id, digital_circle())
    store.close()
    out = tmp_path / "x.ics"
    none = runde_cli(data, "--team", "Afsnit 3", "-o", str(out))
    assert none.returncode == 1 and "has no meeting series" in none.stderr and not out.exists()
    unknown = runde_cli(data, "--team", "Afsnit 9", "-o", str(out))
    assert unknown.returncode == 1 and "Afsnit 3, NK-ARR" in unknown.stderr
    nowhere = runde_cli(data, "--team", "NK-ARR", "-o", str(tmp_path / "no" / "such" / "x.ics"))
    assert nowhere.returncode == 1 and "folder does not exist" in nowhere.stderr
    out.write_bytes(b"old")
    folder = runde_cli(data, "--team", "NK-ARR", "-o", str(tmp_path))
    assert folder.returncode == 1 and "not written" in folder.stderr and out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def unnamed_in(window: QWidget) -> list[str]:
    return unnamed(focusable(window))


# -- counting like people do, the calendar after changes, and a laptop's screen ------------------------------

MONDAY_7_SEPTEMBER = datetime(2026, 9, 7, 6, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))


def _imported(calendar: dict[str, tuple[int, str, date]], raw: bytes) -> None:
    """A calendar program importing a file: an event it has is replaced by one with a higher SEQUENCE
    (RFC 5545, 3.8.7.4), and a cancelled one is removed; an event it lacks is added unless cancelled."""
    for ev in icalendar.Calendar.from_ical(raw).walk("VEVENT"):
        uid, seq, status = str(ev["UID"]), int(ev.get("SEQUENCE", 0)), str(ev.get("STATUS", "CONFIRMED"))
        had = calendar.get(uid)
        if had is not None and seq <= had[0]:
            continue
        if status == "CANCELLED":
            calendar.pop(uid, None)
        else:
            calendar[uid] = (seq, status, ev.decoded("DTSTART").date())


def test_a_mini_circle_of_a_month_and_a_cancelled_meeting_in_the_calendar(
        qtbot: QtBot, store: Store, team: Any, formats: dict[str, Format], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _panel(qtbot, store, team, formats, Now(MONDAY_7_SEPTEMBER), default="mini-circle")
    panel.new_button.click()
    (s,) = _stored(store, team)
    assert s.kind is SeriesKind.MINI_CIRCLE and s.end == date(2026, 10, 4)
    panel.tabs.setCurrentIndex(2)
    shown = [panel.meetings.item(i).text() for i in range(panel.meetings.count())]
    assert len(shown) == 4 and [d in t for d, t in zip(("7 September", "14 September", "21 September",
                                                        "28 September"), shown, strict=True)]
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    save_to(monkeypatch, first)
    panel.calendar_button.click()
    assert "4 meeting" in panel.status_label.text()
    phone: dict[str, tuple[int, str, date]] = {}
    _imported(phone, first.read_bytes())
    assert sorted(d for _s, _st, d in phone.values()) == [date(2026, 9, 7), date(2026, 9, 14),
                                                         date(2026, 9, 21), date(2026, 9, 28)]
    assert panel.choose_meeting(date(2026, 9, 21))
    panel.cancel_button.click()
    assert "cancelled" in panel.meetings.item(2).text()
    save_to(monkeypatch, second)
    panel.calendar_button.click()
    assert "3 meeting" in panel.status_label.text()
    before = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(first.read_bytes()).walk("VEVENT")}
    after = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(second.read_bytes()).walk("VEVENT")}
    assert before.keys() == after.keys()  # the cancelled meeting is published, not dropped
    (gone,) = [uid for uid, e in after.items() if str(e["STATUS"]) == "CANCELLED"]
    assert after[gone].decoded("DTSTART").date() == date(2026, 9, 21)
    assert int(after[gone]["SEQUENCE"]) > int(before[gone]["SEQUENCE"])
    _imported(phone, second.read_bytes())
    assert sorted(d for _s, _st, d in phone.values()) == [date(2026, 9, 7), date(2026, 9, 14),
                                                         date(2026, 9, 28)]
    panel.restore_button.click()  # undone: the calendar takes it back
    third = tmp_path / "third.ics"
    save_to(monkeypatch, third)
    panel.calendar_button.click()
    _imported(phone, third.read_bytes())
    assert date(2026, 9, 21) in [d for _s, _st, d in phone.values()]


def test_a_new_start_moves_the_end_and_the_weekday_unless_the_user_set_them(
        qtbot: QtBot, store: Store, team: Any, formats: dict[str, Format]) -> None:
    panel = _panel(qtbot, store, team, formats, Now(MONDAY_7_SEPTEMBER), default="mini-circle")
    panel.new_button.click()
    panel.start_edit.setFocus()
    panel.start_edit.setDate(QDate(2026, 9, 9))  # a Wednesday
    (s,) = _stored(store, team)
    assert (s.start, s.end, s.cadence.weekday) == (date(2026, 9, 9), date(2026, 10, 6), 2)
    assert panel.weekly_day.currentText() == "Wednesday"
    panel.tabs.setCurrentIndex(2)
    assert [panel.meetings.item(i).text().split(",")[0] for i in range(panel.meetings.count())] == [
        "Wednesday"] * 4
    panel.tabs.setCurrentIndex(0)
    panel.weekly_day.setFocus()
    qtbot.keyClick(panel.weekly_day, Qt.Key.Key_Down)  # the user's own weekday: Thursday
    panel.end_edit.setDate(QDate(2026, 10, 30))  # and the user's own end
    panel.start_edit.setDate(QDate(2026, 9, 14))
    (s,) = _stored(store, team)
    assert (s.start, s.end, s.cadence.weekday) == (date(2026, 9, 14), date(2026, 10, 30), 3)


def test_a_new_series_takes_the_computers_time_zone_or_the_languages_country(
        qtbot: QtBot, store: Store, team: Any, formats: dict[str, Format],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.series_panel.system_zones", lambda now: [str(getattr(now.tzinfo, "key", ""))])
    helsinki = Now(datetime(2026, 9, 7, 9, 0, tzinfo=ZoneInfo("Europe/Helsinki")))
    panel = SeriesPanel(store, team.id, team.name, team.people, formats, lang="da", now=helsinki,
                        default_format="mini-circle")
    qtbot.addWidget(panel)
    panel.new_button.click()
    assert _stored(store, team)[-1].zone == "Europe/Helsinki" == panel.zone_box.currentText()
    for lang, zone in (("nb", "Europe/Oslo"), ("sv", "Europe/Stockholm"), ("fi", "Europe/Helsinki"),
                       ("da", "Europe/Copenhagen")):  # a computer that names no zone
        panel = SeriesPanel(store, team.id, team.name, team.people, formats, lang=lang,
                            now=Now(datetime(2026, 9, 7, 7, 0, tzinfo=UTC)), default_format="mini-circle")
        qtbot.addWidget(panel)
        panel.new_button.click()
        assert panel.zone_box.currentText() == zone, lang


def test_the_start_screen_follows_the_team_that_is_typed(qtbot: QtBot, store: Store, team: Any,
                                                         formats: dict[str, Format]) -> None:
    create_series(store, team.id, digital_circle())
    store.save_team("Nattevagten", ["Bo", "Eva"])
    screen, hook = _start(qtbot, store, formats, Now(ON_THE_DAY))
    assert screen.series_label.text().startswith("Today 09:15–11:30")
    assert screen.format_box.currentData() == "digital-learning-circle"
    line = screen.team_box.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "Nattevagten")  # typed, not chosen from the list
    qtbot.waitUntil(lambda: not screen.series_label.isVisibleTo(screen), timeout=3000)
    assert screen.series_label.text() == ""
    assert screen.format_box.currentData() == "systematic-learning-meeting"  # the one before the series'
    line.selectAll()
    qtbot.keyClicks(line, "NK-ARR")
    qtbot.waitUntil(lambda: screen.series_label.text().startswith("Today 09:15"), timeout=3000)
    assert screen.format_box.currentData() == "digital-learning-circle"
    screen.select_format("mini-circle")  # the user's own choice stays, whatever team comes next
    line.selectAll()
    qtbot.keyClicks(line, "A new team")
    qtbot.waitUntil(lambda: not screen.series_label.isVisibleTo(screen), timeout=3000)
    assert screen.format_box.currentData() == "mini-circle"


@pytest.mark.parametrize("lang", ["en", "da"])
def test_tab_titles_and_joined_on_dates_fit_a_laptop(qtbot: QtBot, store: Store, team: Any,
                                                     formats: dict[str, Format], lang: str) -> None:
    """1366x768 at 125 % leaves about 1093x614 logical pixels; the window fits 1024x600."""
    from ui.i18n import Translations

    translations = Translations()
    translations.install(lang)
    try:
        create_series(store, team.id, digital_circle())
        panel = SeriesPanel(store, team.id, team.name, team.people, formats, lang=lang, now=Now(BEFORE))
        qtbot.addWidget(panel)
        panel.resize(1024, 600)
        panel.show()
        qtbot.waitExposed(panel)
        bar = panel.tabs.tabBar()
        for i in range(bar.count()):
            assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), bar.tabText(i)
        panel.tabs.setCurrentIndex(1)
        QApplication.processEvents()
        for row in range(panel.roster.rowCount()):
            edit = panel.roster.cellWidget(row, 1)
            assert edit.width() >= edit.sizeHint().width(), (row, edit.width(), edit.sizeHint().width())
        panel.grab().save(str(SHOTS / f"series-people-1024x600-{lang}.png"))
    finally:
        translations.install("en")
