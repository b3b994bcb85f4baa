"""The room's view shows what the room needs at every step, and nothing overlaps: the step's instruction in
short form, the questions, the focus area chosen last time, the speaker and who is next, the time of day
and the expected end; at 1024x600 up to 2560x1440, with rosters of 1, 9 and 30, names of 200 characters
and an instruction of 2,000. Each element's rectangle and font come from the view's own record of what it
painted (``RoomView.painted``)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.engine import Meeting, RunState
from app.formats import Format, LocalText, load_format
from app.paths import builtin_formats_dir
from app.setup import MeetingSetup
from ui.application import RundeApp
from ui.cli import parse
from ui.i18n import Translations
from ui.keys import Action
from ui.meeting_controller import MeetingController
from ui.room_fonts import fit_font
from ui.room_layout import Painted, overflows, overlaps, sentences, short_form
from ui.room_message import RoomMessage, clean_message
from ui.room_view import RoomView

SHOTS = Path(os.environ.get("RUNDE_SHOTS", "/tmp/runde-shots"))
ZONE = ZoneInfo("Europe/Copenhagen")
SIZES = ((1024, 600), (1366, 768), (1920, 1080), (2560, 1440))
NINE = ("Anna", "Bo", "Cecilie", "Dorte", "Åse Ødegård", "Finn", "Gro", "Hans", "Máret Đuoŋŋa")
MESSAGE = clean_message("Ambulancen holder ved indgang B – Bo og Cecilie, kom venligst ud og tag mappen med "
                        "til stue 12. Vi fortsætter runden imens, og I får ordet, når I er tilbage. " * 3)[0]
LONG_INSTRUCTION = ("Each of you describes one situation from the last week in which a citizen or a "
                    "relative surprised you, and what you did then. ") * 16 + "The end."


def slm() -> Format:
    return load_format(builtin_formats_dir() / "systematic-learning-meeting.json")


def roster(n: int, long: bool = False) -> tuple[str, ...]:
    names = NINE[:n] if n <= 9 else tuple(f"{NINE[i % 9]} {i}" for i in range(n))
    if long:
        names = tuple((f"{x} " + "Lindqvist-Østergaard " * 12)[:200] for x in names)
    return names


def clock() -> FakeClock:
    return FakeClock(now=datetime(2026, 3, 10, 13, 0, tzinfo=ZONE))


def meeting(names: tuple[str, ...], fmt: Format | None = None, c: FakeClock | None = None) -> Meeting:
    return MeetingSetup(fmt or slm(), names, facilitator=0 if len(names) > 1 else None).create(c or clock())


def render(rv: RoomView, m: Meeting, size: tuple[int, int]) -> list[Painted]:
    rv.resize(*size)
    end = m.planned_end()
    running = m.state in (RunState.RUNNING, RunState.PAUSED)
    rv.set_times(m.clock.wall(), end + timedelta(seconds=m.behind_s()) if end and running else None)
    rv.set_view(m.view())
    rv.grab()  # paints at this size
    return rv.painted()


def check(rv: RoomView, items: list[Painted], size: tuple[int, int], where: str) -> None:
    w, h = size
    assert not list(overlaps(items)), f"{where}: {list(overlaps(items))}"
    assert not overflows(items), f"{where}: {overflows(items)}"
    bounds = QRectF(0, 0, w, h).adjusted(-1, -1, 1, 1)
    assert all(bounds.contains(it.rect) for it in items), where
    disc = rv.layout_rects().get("disc")
    if disc is not None:
        assert not [it.name for it in items if it.rect.intersects(disc)], where
    names = [it.name for it in items]
    assert "time_of_day" in names and ("clock" in names or "thanks" in names), where


def walk(rv: RoomView, m: Meeting, c: FakeClock, size: tuple[int, int]) -> dict[str, list[Painted]]:
    """Render every kind of moment of a systematic learning meeting at ``size``, a message to the room
    of 200 characters among them."""
    seen: dict[str, list[Painted]] = {}
    seen["ready"] = render(rv, m, size)
    m.set_planned_start(c.wall() + timedelta(minutes=4))
    seen["gathering"] = render(rv, m, size)
    rv.set_message(RoomMessage(3))
    seen["gathering-message"] = render(rv, m, size)
    rv.set_message(None)
    m.start()
    c.advance(250)
    seen["case-warning"] = render(rv, m, size)
    c.advance(100)
    seen["case-over"] = render(rv, m, size)
    m.next()
    seen["questions"] = render(rv, m, size)
    m.pause()
    seen["questions-paused"] = render(rv, m, size)
    m.resume()
    m.next()
    m.next()
    seen["round"] = render(rv, m, size)
    m.pass_turn()
    c.advance(75)
    seen["round-over"] = render(rv, m, size)
    rv.set_message(RoomMessage(text=MESSAGE))
    seen["round-message"] = render(rv, m, size)
    rv.set_message(None)
    m.pause()
    seen["round-paused"] = render(rv, m, size)
    m.resume()
    for _ in range(40):
        m.next()
    seen["last"] = render(rv, m, size)
    m.finish()
    seen["ended"] = render(rv, m, size)
    rv.set_message(RoomMessage(text=MESSAGE))
    seen["ended-message"] = render(rv, m, size)
    rv.set_message(None)
    return seen


@pytest.mark.parametrize("n,long", [(1, False), (9, False), (30, False), (9, True), (30, True)])
def test_nothing_overlaps_and_every_text_fits(qtbot: QtBot, n: int, long: bool) -> None:
    rv = RoomView()
    qtbot.addWidget(rv)
    rv.set_flash_enabled(False)
    rv.set_hint("F1 keys · F2 console · Esc leave full screen")
    for size in SIZES:
        c = clock()
        m = meeting(roster(n, long), c=c)
        for moment, items in walk(rv, m, c, size).items():
            check(rv, items, size, f"{n} names{' of 200' if long else ''} at {size}, {moment}")


def test_nine_names_are_whole_and_the_speaker_and_next_are_shown(qtbot: QtBot) -> None:
    rv = RoomView()
    qtbot.addWidget(rv)
    c = clock()
    m = meeting(NINE, c=c)
    m.start()
    for _ in range(4):
        m.next()  # into the round (the facilitator, Anna, takes no turn)
    SHOTS.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        items = render(rv, m, size)
        rv.grab().save(str(SHOTS / f"room-round-nine-{size[0]}x{size[1]}.png"))
        chips = [it.text for it in items if it.name.startswith("chip")]
        assert len(chips) == 9 and not any("…" in t for t in chips), (size, chips)  # "Åse Ødegård" whole
        texts = {it.name: it.text for it in items}
        assert texts["speaker"] == "Bo" and texts["next_speaker"] == "Next: Cecilie"
        phase = next(it for it in items if it.name == "next_speaker")
        assert phase.font.pixelSize() >= size[1] * 0.03  # "Next: …" readable from the back wall


def test_the_phase_is_large_and_paused_is_never_smaller_than_next(qtbot: QtBot) -> None:
    rv = RoomView()
    qtbot.addWidget(rv)
    for size in SIZES:
        c = clock()
        m = meeting(NINE, c=c)
        seen = walk(rv, m, c, size)
        for moment in ("case-over", "round-over", "questions-paused", "round-paused"):
            items = {it.name: it for it in seen[moment]}
            phase = items["phase"]
            assert phase.font.pixelSize() >= size[1] * 0.04, (size, moment, phase.font.pixelSize())
            nxt = items.get("next_speaker") or items.get("next_step")
            if nxt is not None:
                assert phase.font.pixelSize() >= nxt.font.pixelSize(), (size, moment)
        over = {it.name: it for it in seen["case-over"]}["phase"]
        assert over.text.replace("\n", " ") == "Over time – the clock keeps counting"
        assert over.font.pixelSize() >= 40 * size[1] / 1080  # was about 20 px at 1080p


def test_the_instruction_in_short_form_never_pushes_the_clock_off(qtbot: QtBot) -> None:
    fmt = slm()
    steps = (replace(fmt.steps[0], instruction=LocalText.plain(LONG_INSTRUCTION)), *fmt.steps[1:])
    fmt = replace(fmt, steps=steps)
    rv = RoomView()
    qtbot.addWidget(rv)
    for size in SIZES:
        c = clock()
        m = meeting(NINE, fmt, c)
        m.start()
        items = render(rv, m, size)
        check(rv, items, size, f"2,000 characters at {size}")
        shown = next(it for it in items if it.name == "instruction")
        lines = shown.text.split("\n")
        assert 1 <= len(lines) <= 3
        assert shown.text.startswith("Each of you describes one situation")
        assert "The end." not in shown.text
        clock_item = next(it for it in items if it.name == "clock")
        assert clock_item.rect.height() >= size[1] * 0.3
        assert shown.font.pixelSize() >= size[1] * 0.03


def test_the_rounds_instruction_says_about_one_minute_each(qtbot: QtBot) -> None:
    rv = RoomView()
    qtbot.addWidget(rv)
    m = meeting(NINE)
    m.start()
    for _ in range(3):
        m.next()
    items = render(rv, m, (1920, 1080))
    shown = next(it for it in items if it.name == "instruction").text.replace("\n", " ")
    assert "The word goes around (about 1 min each)." in shown


def test_the_time_of_day_and_the_expected_end_follow_the_meeting(qtbot: QtBot) -> None:
    c = clock()
    m = meeting(NINE, c=c)
    ctl = MeetingController(m)
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    ctl.room.view.set_flash_enabled(False)

    def texts() -> dict[str, str]:
        ctl.ticker.refresh()
        ctl.room.view.resize(1920, 1080)
        ctl.room.view.grab()
        return {it.name: it.text for it in ctl.room.view.painted()}
    planned = round(m.planned_total_s / 60)
    assert texts()["time_of_day"] == "13:00" and texts()["pace"] == f"Planned {planned} of 30 min"  # 9 people
    m.start()
    c.advance(60)
    end = 13 * 60 + planned  # in minutes after midnight
    assert texts()["pace"] == f"Ends {end // 60}:{end % 60:02d} · On time"
    c.advance(7 * 60)  # the case (5 min) runs 3 min over
    assert texts()["time_of_day"] == "13:08"
    end += 3
    assert texts()["pace"] == f"Ends {end // 60}:{end % 60:02d} · 3 min behind · {planned + 3} of 30 min"
    m.next()
    m.next()  # the questions' 10 minutes skipped after none: 10 min ahead, minus the 3
    end -= 10
    assert texts()["pace"] == f"Ends {end // 60}:{end % 60:02d} · 7 min ahead"
    m.finish()
    ended = texts()
    assert "Thank you" in ended.values() and "The meeting has ended" in ended.values()
    assert "pace" not in ended and ended["time_of_day"] == "13:08"


def test_the_layout_is_not_worked_out_again_every_second(qtbot: QtBot) -> None:
    c = clock()
    m = meeting(roster(30), c=c)
    ctl = MeetingController(m)
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    view = ctl.room.view
    view.resize(1920, 1080)
    m.start()
    for _ in range(3):
        m.next()
    ctl.ticker.refresh()
    view.grab()
    made = view.layouts_made
    for _ in range(90):  # a minute and a half of the round, a turn and a half
        c.advance(1)
        ctl.ticker.refresh()
        view.grab()
    assert view.layouts_made == made  # the names, the step and the size stayed: the rows stay


def test_the_focus_area_chosen_last_time_is_shown_in_the_digital_learning_circle(qtbot: QtBot) -> None:
    fmt = load_format(builtin_formats_dir() / "digital-learning-circle.json")
    rv = RoomView()
    qtbot.addWidget(rv)
    rv.set_focus_area("Velfærdsteknologi i\nhjemmeplejen")
    m = meeting(NINE, fmt)
    m.start()
    for size in SIZES:
        items = render(rv, m, size)
        check(rv, items, size, f"focus at {size}")
        shown = {it.name: it.text for it in items}["focus"]
        assert shown == "Today's focus area: Velfærdsteknologi i hjemmeplejen"
    for _ in range(60):
        m.next()  # the last step chooses the next focus area: today's is not shown there
    assert m.view().step.id == "next-focus"
    assert not any(it.name == "focus" for it in render(rv, m, (1920, 1080)))
    plain = meeting(NINE)  # a format without a focus area does not show one
    plain.start()
    assert not any(it.name == "focus" for it in render(rv, plain, (1920, 1080)))


def test_danish_at_1024x600_fits(qtbot: QtBot) -> None:
    translations = Translations()
    try:
        assert translations.install("da")
        rv = RoomView()
        qtbot.addWidget(rv)
        rv.set_language("da")
        for n in (1, 9, 30):
            for size in ((1024, 600), (1920, 1080)):
                c = clock()
                m = meeting(roster(n), c=c)
                for moment, items in walk(rv, m, c, size).items():
                    check(rv, items, size, f"da, {n} names at {size}, {moment}")
        assert any(it.text.startswith("Punkt 1 af 5") for it in render(rv, meeting(NINE), (1024, 600)))
    finally:
        translations.install("en")


def test_every_part_of_the_room_speaks_danish(qtbot: QtBot) -> None:
    """The header, the clock's phase, the round, its chips, the gathering and the end are each painted
    by a part of their own: every one of them is in Danish, none left in English."""
    translations = Translations()
    try:
        assert translations.install("da")
        rv = RoomView()
        qtbot.addWidget(rv)
        rv.set_language("da")
        c = clock()
        m = meeting(NINE, c=c)
        painted = " | ".join(it.text for items in walk(rv, m, c, (1920, 1080)).values() for it in items)
        for danish in ("Punkt 1 af 5", "Forventes:", "Mødet begynder om", "▲ Tiden er næsten gået",
                       "Tiden er gået – uret tæller videre", "❚❚ På pause", "Næste:",
                       "Tak", "Mødet er slut", "Det varede", "min bagud"):
            assert danish in painted, danish
        for english in ("Step ", "Expected", "starts in", "Time is almost up", "Over time", "Paused",
                        "Next:", "Thank you", "has ended", "It took", "behind", "ahead"):
            assert english not in painted, english
    finally:
        translations.install("en")


# -- the short form, for any instruction a format file may hold -------------------------------------

def test_sentences_keep_abbreviations() -> None:
    assert sentences("Fælles refleksion, fx nye procedurer (5 min). Ordet går (ca. 1 min. pr. person).") == [
        "Fælles refleksion, fx nye procedurer (5 min).", "Ordet går (ca. 1 min. pr. person)."]
    assert sentences("Measures, e.g. new procedures. Next one!") == [
        "Measures, e.g. new procedures.", "Next one!"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=2000).filter(str.strip))
def test_the_short_form_of_any_text_is_three_lines_that_fit(qapp: QCoreApplication, text: str) -> None:
    font = QFont()
    font.setPixelSize(30)
    width = 900.0
    lines = short_form(" ".join(text.split()), font, width, 3)
    assert 1 <= len(lines) <= 3
    fm = QFontMetricsF(font)
    assert all(fm.horizontalAdvance(line) <= width + 1 for line in lines)


# -- the focus area, from the team's last meeting to the room ----------------------------------------

@pytest.fixture
def runde(qtbot: QtBot, tmp_path: Path) -> Iterator[RundeApp]:
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    assert r.open_store()
    yield r
    r.quit()
    for w in (r.start_screen, r.controller and r.controller.room, r.controller and r.controller.console):
        if w is not None:
            w.close()


def _circle(r: RundeApp, qtbot: QtBot) -> MeetingController:
    s = r.open_start_screen()
    qtbot.addWidget(s)
    s.team_box.setCurrentText("Digital cirkel")
    s.select_format("digital-learning-circle")
    s.participants_edit.setPlainText("Anna\nBo\nCecilie")
    qtbot.keyClick(s.participants_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ctl = r.controller
    assert ctl is not None and r.session is not None
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    ctl.room.view.set_flash_enabled(False)
    return ctl


def test_the_focus_area_chosen_last_time_reaches_the_room(runde: RundeApp, qtbot: QtBot) -> None:
    ctl = _circle(runde, qtbot)
    qtbot.keyClick(ctl.room, Qt.Key.Key_Space)
    panel = runde.session.panel  # type: ignore[union-attr]
    ctl.console.show()
    panel.focus_area.setFocus()
    qtbot.keyClicks(panel.focus_area, "Skærmbesøg om natten")  # chosen for the next meeting
    panel.flush()
    ctl.finish()
    qtbot.waitUntil(lambda: runde.session.waiting() == 0, timeout=3000)  # type: ignore[union-attr]
    runde.session.close()  # type: ignore[union-attr]
    ctl = _circle(runde, qtbot)
    qtbot.keyClick(ctl.room, Qt.Key.Key_Space)
    ctl.ticker.refresh()
    ctl.room.view.resize(1366, 768)
    ctl.room.view.grab()
    shown = {it.name: it.text for it in ctl.room.view.painted()}
    assert shown["focus"] == "Today's focus area: Skærmbesøg om natten"
    assert shown["title"].startswith("Step 1 of 5")  # "Since last time" first, then the focus input


def test_a_roster_longer_than_the_rows_scrolls_to_the_speaker_never_the_clock(qtbot: QtBot) -> None:
    rv = RoomView()
    qtbot.addWidget(rv)
    names = tuple(f"Deltager nummer {i}" for i in range(150))
    m = meeting(names)
    m.start()
    for _ in range(3 + 120):
        m.next()  # the round, and 120 turns into it
    speaker = m.view().round.speaker  # type: ignore[union-attr]
    assert speaker is not None and speaker.name == "Deltager nummer 120"
    for size in ((1024, 600), (1920, 1080)):
        items = render(rv, m, size)
        check(rv, items, size, f"150 names at {size}")
        chips = {it.name: it.text for it in items if it.name.startswith("chip")}
        assert chips[f"chip{speaker.id}"] == "▶ Deltager nummer 120", chips  # whole, in the rows shown
        assert len(chips) < 150 and all(t.rstrip("…")[-1:] != " " for t in chips.values())
        clock_item = next(it for it in items if it.name == "clock")
        assert clock_item.rect.height() >= size[1] * 0.15


def test_the_consoles_small_room_view_keeps_the_whole_pace_line_when_behind(qtbot: QtBot) -> None:
    """Seen at 1366x768 at 125 %: in the console's small picture of the room, "Ends 01:35 · 2 min
    behind · 33 of 30 min" lost its first letters (the shrunk font was still a little too wide)."""
    c = clock()
    m = meeting(NINE, c=c)
    ctl = MeetingController(m)
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    ctl.console.preview.set_flash_enabled(False)
    ctl.console.show()
    m.start()
    for _ in range(3):
        m.next()  # to the round
    for _ in range(22):
        ctl.console.buttons[Action.MORE].click()  # the facilitator gives the speaker more time
    c.advance(30)
    ctl.ticker.refresh()
    for width in range(320, 560, 3):  # the console's picture of the room, as wide as the window lets it
        ctl.console.preview.resize(width, 272)
        ctl.console.preview.grab()
        items = ctl.console.preview.painted()
        pace = [it for it in items if it.name == "pace"]
        assert pace and "of 30 min" in pace[0].text, [it.text for it in items]
        assert not overflows(pace), (width, overflows(pace))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), min_size=1, max_size=60),
       w=st.floats(60, 2000), h=st.floats(8, 200), cap=st.sampled_from([None, 0.62, 0.72]))
def test_a_fitted_font_fits(qapp: QCoreApplication, text: str, w: float, h: float, cap: float | None) -> None:
    """Whatever the text and the box, the fitted size is one at which the text fits (down to the
    smallest size, 6 px)."""
    font = fit_font(QFont(), text, QRectF(0, 0, w, h), cap and h * cap)
    need = QFontMetricsF(font).horizontalAdvance(text)
    assert need <= w + 0.5 or font.pixelSize() == 6
