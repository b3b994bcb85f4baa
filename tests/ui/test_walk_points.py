"""Smaller points from a keyboard walk through the app (issue 21): the plan bar's numbers in line, the
keys help clear of the top edge, the room's screen named usefully, the series dialog without empty
space, one order for a visit's observations, and the visit sheet's agreements each on their own line.
Screenshots go to /tmp/runde-shots (RUNDE_SHOTS)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.export.assemble import visit_sheet
from app.export.pdf import build_pdf
from app.export.sheet import ExportOptions, prepare
from app.export.text_formats import build_markdown
from tests.ui.test_series_ui import Now, _panel
from tests.ui.test_visit import pdf_text
from ui.application import RundeApp
from ui.cli import parse
from ui.help_overlay import HelpOverlay
from ui.plan_bar import BarStep, PlanBar

SHOTS = Path(os.environ.get("RUNDE_SHOTS", "/tmp/runde-shots"))
from tests.ui.test_series_ui import formats, paths, store, team  # noqa: E402,F401  (fixtures)


def _rows_where(img: QImage, x0: int, x1: int, kind: Callable[[QColor], bool]) -> list[int]:
    """The rows in which some pixel between x0 and x1 is of this kind."""
    return [y for y in range(img.height()) if any(kind(QColor(img.pixel(x, y))) for x in range(x0, x1))]


def _text(c: QColor) -> bool:  # white letters (antialiased on blue: still light in every channel)
    return min(c.red(), c.green(), c.blue()) > 150


def _mark(c: QColor) -> bool:  # the marks are drawn in the window's colour, red here
    return c.red() > 120 and c.green() < 100


def test_the_round_number_sits_in_line_with_the_others_and_no_mark_crosses_it(qtbot: QtBot) -> None:
    bar = PlanBar()
    qtbot.addWidget(bar)
    pal = bar.palette()  # colours told apart at a glance: blue steps, white numbers, red marks
    pal.setColor(QPalette.ColorRole.Highlight, QColor(0, 0, 200))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    pal.setColor(QPalette.ColorRole.Window, QColor(255, 0, 0))
    bar.setPalette(pal)
    bar.resize(640, bar.sizeHint().height())
    steps = [BarStep("Check-in", 180), BarStep("Case", 600), BarStep("Questions", 180),
             BarStep("Round", 420, 7), BarStep("Points", 300)]
    bar.set_plan(steps, 1680, "Planned: 28 min")
    bar.show()
    qtbot.waitExposed(bar)
    img = bar.grab().toImage()
    img.save(str(SHOTS / "plan-bar.png")) if SHOTS.is_dir() else None
    per = (bar.width() - 2) / 1680
    spans, x = [], 1.0
    for s in steps:
        spans.append((int(x) + 3, int(x + s.seconds * per) - 3))
        x += s.seconds * per
    first, round_ = _rows_where(img, *spans[0], _text), _rows_where(img, *spans[3], _text)
    assert first and round_
    assert abs(min(round_) - min(first)) <= 1 and abs(max(round_) - max(first)) <= 1  # the same line
    mid = (spans[3][0] + spans[3][1]) // 2
    number_w = bar.fontMetrics().horizontalAdvance("4")
    box = [(xx, y) for y in range(min(round_), max(round_) + 1)
           for xx in range(mid - number_w // 2 - 1, mid + number_w // 2 + 2)]
    assert not any(_mark(QColor(img.pixel(xx, y))) for xx, y in box), "a turn mark runs through the number"
    assert _rows_where(img, *spans[3], _mark), "the turns are marked"


def test_the_keys_help_keeps_a_margin_at_the_top_on_a_small_laptop(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1093, 614)  # 1366x768 at 125 %
    window.show()
    qtbot.waitExposed(window)
    help_ = HelpOverlay(window)
    help_.toggle()  # what F1 does
    img = help_.grab().toImage()
    img.save(str(SHOTS / "keys-help-1093x614.png")) if SHOTS.is_dir() else None

    def bright(y: int) -> bool:
        return any(QColor(img.pixel(x, y)).lightness() > 128 for x in range(0, img.width(), 2))
    lit = [y for y in range(img.height()) if bright(y)]
    assert lit, "nothing painted"
    assert min(lit) >= 12, f"the heading starts {min(lit)} px from the top edge"
    assert max(lit) <= img.height() - 12, "the last line touches the bottom edge"


def test_the_room_view_is_said_to_be_on_a_screen_people_can_tell(qtbot: QtBot) -> None:
    from tests.ui.test_adaptive_ui import make
    from tests.ui.test_in_the_room import clock
    ctl = make(qtbot, clock())
    text = ctl.console.screen_label.text()
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    size = screen.size()
    assert f"Screen 1 ({size.width()} × {size.height()})" in text, text
    assert text != "Room view on: screen"


def test_every_week_is_one_line_not_the_height_of_the_dates_by_hand(
        qtbot: QtBot, store, team, formats) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    panel = _panel(qtbot, store, team, formats, Now(datetime(2026, 12, 7, 9, 0, tzinfo=UTC)),
                   default="mini-circle")
    panel.new_button.click()
    panel.cadence_box.setCurrentIndex(0)  # every few weeks on a weekday
    qtbot.waitUntil(panel.every_weeks.isVisible)
    pages = panel.cadence_pages
    line = max(panel.every_weeks.height(), panel.weekly_day.height())
    assert pages.height() <= line + 4, f"{pages.height()} px for a line of {line} px"
    panel.grab().save(str(SHOTS / "series-every-week.png")) if SHOTS.is_dir() else None
    panel.cadence_box.setCurrentIndex(panel.cadence_box.count() - 1)  # the dates by hand: all in view
    qtbot.waitUntil(panel.hand_dates.isVisible)
    qtbot.waitUntil(lambda: pages.height() >= panel.hand_dates.height() >= 60)


@pytest.fixture
def runde(qtbot: QtBot, tmp_path: Path):  # type: ignore[no-untyped-def]
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "visit", "--agent", "Anna",
                        "--colleague", "Bo"]))
    assert r.open_visit("Anna", "Bo") is None  # asked before the data is open, as ``runde visit`` does
    r.finish_startup()
    assert r.visit_window is not None
    qtbot.addWidget(r.visit_window)
    r.visit_window.resize(1366, 768)
    r.visit_window.show()
    qtbot.waitExposed(r.visit_window)
    yield r
    r.quit()


def test_the_day_and_the_meeting_list_observations_oldest_first(runde: RundeApp, qtbot: QtBot) -> None:
    w = runde.visit_window
    assert w is not None
    qtbot.keyClick(w, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    for text in ("Rolig morgen", "Overlevering kl. 14"):
        qtbot.keyClicks(w.obs_edit, text)
        qtbot.keyClick(w.obs_edit, Qt.Key.Key_Return)
    day = [w.obs_list.item(i).text() for i in range(w.obs_list.count())]
    meeting = [w.obs_at_hand.item(i).text() for i in range(w.obs_at_hand.count())]
    assert "Rolig" in day[0] and "Overlevering" in day[1]
    assert "Rolig" in meeting[0] and "Overlevering" in meeting[1]


def test_the_sheet_lists_the_agreements_each_on_its_own_line(runde: RundeApp, qtbot: QtBot) -> None:
    w = runde.visit_window
    assert w is not None
    for box in (w.consent, w.manager):
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    w.goals.setFocus()
    qtbot.keyClicks(w.goals, "Se overleveringen")
    qtbot.waitUntil(lambda: "saved" in w.saved_label.text(), timeout=3000)
    assert runde.store is not None
    sheet = prepare(visit_sheet(runde.store, w.visit_id, datetime.now(UTC)), ExportOptions())
    for text in (pdf_text(build_pdf(sheet)), build_markdown(sheet)):
        assert "We both agree to the visit" in text and "The manager is informed" in text
        assert "visit; The manager" not in text
        lines = text.splitlines()
        assert any(line.rstrip().endswith("We both agree to the visit") for line in lines), text


def test_the_room_shows_the_part_of_a_mini_circle_turn_and_its_own_time_left(qtbot: QtBot) -> None:
    from app.formats import load_format
    from app.paths import builtin_formats_dir
    from app.setup import MeetingSetup
    from tests.ui.test_in_the_room import clock
    from ui.meeting_controller import MeetingController
    c = clock()
    fmt = load_format(builtin_formats_dir() / "mini-circle.json")
    ctl = MeetingController(MeetingSetup(fmt, ("Anna", "Bo", "Cecilie")).create(c))
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    ctl.room.view.set_flash_enabled(False)
    ctl.show()

    def shown(size: tuple[int, int] = (1920, 1080)) -> dict[str, str]:
        ctl.ticker.refresh()
        ctl.room.view.resize(*size)
        img = ctl.room.view.grab()
        if SHOTS.is_dir():
            img.save(str(SHOTS / f"mini-circle-turn-part-{size[0]}x{size[1]}.png"))
        return {it.name: it.text for it in ctl.room.view.painted()}
    qtbot.waitExposed(ctl.room)
    ctl.room.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ctl.room)
    qtbot.keyClick(ctl.room, Qt.Key.Key_Space)  # start: the check-in
    qtbot.keyClick(ctl.room, Qt.Key.Key_Right)  # on to the feed-forward round, Anna first
    c.advance(60)
    assert shown()["next_speaker"] == ("Describe the challenge (1 of 4) · 02:00 left in this part"
                                       " · Next: Bo")
    c.advance(180 + 120 + 40 - 60)  # 40 s into the second person's two suggestions
    assert shown()["next_speaker"] == ("Two suggestions from the second (3 of 4) · 01:20 left in this part"
                                       " · Next: Bo")
    assert shown((1280, 720))["next_speaker"].startswith("Two suggestions from the second (3 of 4)")
    c.advance(480)  # over the turn's time: the clock and the phase say it, the row names who is next
    assert shown()["next_speaker"] == "Next: Bo"
