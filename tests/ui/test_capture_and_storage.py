"""Capture on the console while the room view runs: saved as typed, kept across a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.engine import RunState
from ui.application import RundeApp
from ui.cli import parse


@pytest.fixture
def runde(qtbot: QtBot, tmp_path: Path):  # type: ignore[no-untyped-def]
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d")]))
    assert r.open_store()
    yield r
    r.quit()
    for w in (r.start_screen, r.controller and r.controller.room, r.controller and r.controller.console):
        if w is not None:
            w.close()


def _start(r: RundeApp, qtbot: QtBot) -> None:
    s = r.open_start_screen()
    qtbot.addWidget(s)
    s.team_box.setCurrentText("Afsnit 3")
    s.participants_edit.setPlainText("Anna\nBo\nCecilie")
    s.facilitator_box.setCurrentIndex(1)
    s.presenter_list.set_chosen(["Bo"])
    s.start_button.click()
    assert r.controller is not None and r.session is not None
    qtbot.addWidget(r.controller.room)
    qtbot.addWidget(r.controller.console)


def test_typed_point_is_saved_within_a_second(runde: RundeApp, qtbot: QtBot) -> None:
    _start(runde, qtbot)
    assert runde.session is not None and runde.store is not None
    panel = runde.session.panel
    qtbot.keyClicks(panel.point_rows[0].text, "Lyt til pårørende <b>først</b>")
    qtbot.waitUntil(lambda: [h.text for h in runde.store.search("pårørende")] ==  # type: ignore[union-attr]
                    ["Lyt til pårørende <b>først</b>"], timeout=1000)
    qtbot.keyClicks(panel.case_title, "Svær samtale")
    panel.flush()
    assert runde.store.meetings()[0].case_title == "Svær samtale"
    assert "saved" in runde.controller.console.save_label.text()  # type: ignore[union-attr]


def test_the_round_records_passes_and_lines(runde: RundeApp, qtbot: QtBot) -> None:
    _start(runde, qtbot)
    ctl, panel = runde.controller, runde.session.panel  # type: ignore[union-attr]
    assert ctl is not None
    ctl.meeting.start()
    for _ in range(3):
        ctl.meeting.next()
    ctl.ticker.refresh()
    assert panel.round_who.text() == "Anna"
    qtbot.keyClicks(panel.round_line, "Jeg vil spørge mere")
    ctl.meeting.next()
    ctl.meeting.pass_turn()  # Bo passes
    ctl.ticker.refresh()
    panel.flush()
    lines = {ln.participant: ln for ln in runde.store.capture(runde.session.meeting_id).round_lines}  # type: ignore[union-attr]
    assert lines["Anna"].text == "Jeg vil spørge mere" and not lines["Anna"].passed
    assert lines["Bo"].passed and lines["Bo"].text == ""


def test_team_and_roster_are_remembered(runde: RundeApp, qtbot: QtBot) -> None:
    _start(runde, qtbot)
    s = runde.open_start_screen()
    qtbot.addWidget(s)
    assert s.team_name() == "Afsnit 3"
    assert s.participants_edit.toPlainText().splitlines() == ["Anna", "Bo", "Cecilie"]
    assert s.facilitator_box.currentText() == "Anna"
    assert s.first_box.currentText() == "Bo"  # last time Anna opened the round


def test_a_killed_meeting_is_offered_for_resuming(qtbot: QtBot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "d"
    first = RundeApp(parse(["--data-dir", str(data)]))
    assert first.open_store()
    _start(first, qtbot)
    ctl = first.controller
    assert ctl is not None and first.session is not None
    ctl.meeting.start()
    ctl.meeting.next()
    first.session.save_live()
    first.store.close()  # type: ignore[union-attr]  # (as if killed: no finish, no flush beyond this)
    second = RundeApp(parse(["--data-dir", str(data)]))
    assert second.open_store()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: self.buttons()[0].click() or 0)
    assert not any(second.paths.backup_dir.glob("*.sqlite3"))  # no copy yet
    second.finish_startup()  # the start-up path: offered, and resumed (Resume is the first button)
    back = second.controller
    assert back is not None
    qtbot.addWidget(back.room)
    qtbot.addWidget(back.console)
    assert back.meeting.state is RunState.PAUSED and back.meeting.view().step.id == "questions"
    # a resumed meeting is backed up too: the start-up copy (3 s after the start) is there on disk
    qtbot.waitUntil(lambda: any(second.paths.backup_dir.glob("*.sqlite3")), timeout=8000)
    second.quit()


def test_second_instance_is_told_clearly(runde: RundeApp, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[1]) or 0)
    other = RundeApp(parse(["--data-dir", str(tmp_path / "d")]))
    assert other.open_store() is False
    assert shown == ["Runde is already open"]



def test_storage_opens_after_the_first_window(qtbot: QtBot, tmp_path: Path) -> None:
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "run", "systematic-learning-meeting",
                        "--participants", "Anna,Bo", "--facilitator", "Anna"]))
    ctl = r.run_command()
    assert ctl is not None and r.store is None and r.session is None
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    r.finish_startup()
    assert r.store is not None and r.session is not None
    assert r.store.meetings()[0].format_id == "systematic-learning-meeting"
    r.quit()


def test_facilitator_defaults_to_last_and_suggests_the_next(runde: RundeApp, qtbot: QtBot) -> None:
    _start(runde, qtbot)  # Anna facilitated
    s = runde.open_start_screen()
    qtbot.addWidget(s)
    assert s.facilitator_box.currentText() == "Anna"
    assert not s.rotate_button.isHidden() and "Bo" in s.rotate_button.text()
    s.rotate_button.click()
    assert s.facilitator_box.currentText() == "Bo"


def test_mini_circle_feed_forward_is_captured_and_private(runde: RundeApp, qtbot: QtBot) -> None:
    from app.setup import MeetingSetup

    fmt = runde.formats["mini-circle"]
    ctl = runde.start_meeting(MeetingSetup(fmt, ("Anna", "Bo", "Cecilie")), team="Mini")
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    assert runde.session is not None and runde.store is not None
    panel = runde.session.panel
    assert not panel.ff_box.isHidden()
    panel.ff_receiver.setCurrentIndex(1)
    qtbot.keyClicks(panel.ff_text, "Prøv at spørge åbent")
    qtbot.keyClick(panel.ff_text, Qt.Key.Key_Return)
    panel.flush()
    [ff] = runde.store.capture(runde.session.meeting_id).feed_forward
    assert (ff.giver, ff.receiver, ff.text, ff.confidential) == ("Anna", "Bo", "Prøv at spørge åbent", True)


def test_next_time_only_tick_who_is_here(runde: RundeApp, qtbot: QtBot) -> None:
    _start(runde, qtbot)
    s = runde.open_start_screen()
    qtbot.addWidget(s)
    assert s.roster_list.count() == 3 and not s.roster_list.isHidden()
    s.roster_list.item(1).setCheckState(Qt.CheckState.Unchecked)  # Bo is not here
    assert s.participants_edit.toPlainText().splitlines() == ["Anna", "Cecilie"]
    setup = s.setup()
    assert setup is not None and setup.participants == ("Anna", "Cecilie")


def test_ticks_and_buttons_in_the_capture_work_by_keyboard(runde: RundeApp, qtbot: QtBot) -> None:
    """Space on a tick ticks it (and does not pause the meeting); PageDown still moves the meeting."""
    _start(runde, qtbot)
    ctl, panel = runde.controller, runde.session.panel  # type: ignore[union-attr]
    assert ctl is not None
    ctl.console.show()
    ctl.console.tabs.setCurrentIndex(1)
    ctl.keys.windows = []  # route keys whichever window the offscreen platform calls active
    ctl.meeting.start()
    tick = panel.question_ticks[0]
    tick.setFocus()
    qtbot.keyClick(tick, Qt.Key.Key_Space)
    assert tick.isChecked() and ctl.meeting.state is RunState.RUNNING
    panel.point_rows[0].secret.setFocus()
    qtbot.keyClick(panel.point_rows[0].secret, Qt.Key.Key_Space)
    assert panel.point_rows[0].secret.isChecked() and ctl.meeting.state is RunState.RUNNING
    rows = len(panel.measure_rows)
    panel.add_measure.setFocus()
    qtbot.keyClick(panel.add_measure, Qt.Key.Key_Space)
    assert len(panel.measure_rows) == rows + 1
    step = ctl.meeting.view().step.id
    qtbot.keyClick(panel.point_rows[0].secret, Qt.Key.Key_PageDown)  # the clicker still works
    assert ctl.meeting.view().step.id != step
    ctl.console.buttons[next(iter(ctl.console.buttons))].setFocus()  # the console's own buttons:
    qtbot.keyClick(ctl.console.focusWidget(), Qt.Key.Key_Space)     # Space is start / pause there
    assert ctl.meeting.state is RunState.PAUSED
    panel.flush()
    cap = runde.store.capture(runde.session.meeting_id)  # type: ignore[union-attr]
    assert 0 in cap.questions_asked


def test_typing_without_a_pause_is_saved_within_a_second(runde: RundeApp, qtbot: QtBot) -> None:
    _start(runde, qtbot)
    assert runde.session is not None and runde.store is not None
    panel = runde.session.panel
    mid = runde.session.meeting_id
    field = panel.point_rows[0].text
    typed = ""
    for ch in "Lyt til de pårørende først, altid":  # one key every 100 ms, never a 0.6 s pause
        qtbot.keyClicks(field, ch)
        typed += ch
        qtbot.wait(100)
    stored = runde.store.capture(mid).learning_points
    assert stored and len(stored[0].text) >= len(typed) - 12  # at most the last second is unsaved


def test_resuming_keeps_every_captured_field(runde: RundeApp, qtbot: QtBot) -> None:
    from datetime import date

    from app.capture import Capture, Measure, MeasureKind, TextItem
    from ui.capture_panel import CapturePanel

    fmt = runde.formats["digital-learning-circle"]
    cap = Capture(presenter_learning="Lærte at lytte", presenter_learning_confidential=True,
                  own_questions=(TextItem("q1", "Hvad nu hvis?"),),
                  measures=(Measure("m1", "Ny procedure", MeasureKind.STANDARD, "Bo", date(2026, 9, 1)),),
                  focus_area="Overgange", topic_suggestions=(TextItem("t0", "Nattevagt"),))
    panel = CapturePanel(fmt, ["Anna", "Bo"])
    qtbot.addWidget(panel)
    seen: list[Capture] = []
    panel.changed.connect(seen.append)
    panel.load(cap)
    assert panel.learning_secret.isChecked() and panel.own_list.count() == 1
    qtbot.keyClicks(panel.focus_area, " og vagtskifte")  # an edit after resuming
    panel.flush()
    after = seen[-1]
    [m] = after.measures
    assert (m.kind, m.due, m.owner) == (MeasureKind.STANDARD, date(2026, 9, 1), "Bo")
    assert [t.text for t in after.topic_suggestions] == ["Nattevagt"]
    assert after.presenter_learning_confidential and after.focus_area == "Overgange og vagtskifte"


def test_runde_run_with_a_team_rotates_who_opens_the_round(qtbot: QtBot, tmp_path: Path) -> None:
    """The team's desktop shortcut: the round opens with the next person each meeting."""
    firsts = []
    for _ in range(3):
        r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "run", "systematic-learning-meeting",
                            "--participants", "Anna,Bo,Cecilie", "--facilitator", "Anna",
                            "--team", "Afsnit 3"]))
        ctl = r.run_command()
        assert ctl is not None
        qtbot.addWidget(ctl.room)
        qtbot.addWidget(ctl.console)
        r.finish_startup()
        ctl.meeting.start()
        while ctl.meeting.view().round is None:  # from the second meeting on, "Since last time" first
            ctl.meeting.next()
        speaker = ctl.meeting.view().round.speaker  # type: ignore[union-attr]
        assert speaker is not None
        firsts.append(speaker.name)
        r.quit()
        ctl.room.close()
        ctl.console.close()
    assert firsts == ["Anna", "Bo", "Cecilie"]


def test_the_next_meeting_starts_from_the_last(runde: RundeApp, qtbot: QtBot) -> None:
    """Open measures to review, the focus area chosen last time, the topic ideas, what was tried."""
    from app.capture import Capture, Measure, TextItem

    _start(runde, qtbot)
    assert runde.session is not None and runde.store is not None
    first = runde.session.meeting_id
    runde.store.save_capture(first, Capture(
        measures=(Measure("m1", "Ny tjekliste ved vagtskifte"), Measure("m2", "Hemmelig", confidential=True)),
        focus_area="Overgange", topic_suggestions=(TextItem("t0", "Nattevagt"),)))
    runde.session.close()
    _start(runde, qtbot)
    panel = runde.session.panel
    assert not panel.last_box.isHidden()
    assert "Overgange" in panel.last_focus.text() and "Nattevagt" in panel.last_focus.text()
    assert panel.review_list.count() == 1  # the confidential measure is not put on the screen
    assert "Ny tjekliste" in panel.review_list.item(0).text()
    panel.review_list.setCurrentRow(0)
    panel.review_done.click()
    still_open = [x.text for x in runde.store.open_measures(runde.store.team_id("Afsnit 3"))]
    assert still_open == ["Hemmelig"]  # the reviewed one is done; the confidential one waits
    qtbot.keyClicks(panel.tried, "Vi prøvede tjeklisten to gange")
    panel.flush()
    assert runde.store.capture(runde.session.meeting_id).extra["tried_since_last"] == \
        "Vi prøvede tjeklisten to gange"


def _kill(r: RundeApp) -> None:
    """As SIGKILL leaves it: nothing flushed, nothing said; only the folder's lock let go."""
    assert r.store is not None
    r.session = None
    r.store.closed = False
    r.store.close()
    r.store = None


@pytest.mark.parametrize("how", ["killed", "quit"])
def test_edits_that_could_not_be_written_are_kept_in_a_file_and_come_back(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    """Writing fails (a full disk, a read-only folder, a server gone): the waiting edits are also in
    a file on this computer, so neither quitting nor a kill before they are written loses them."""
    from app.storage import rescue

    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    assert r.open_store() and r.store is not None
    _start(r, qtbot)
    assert r.session is not None
    panel, mid = r.session.panel, r.session.meeting_id
    qtbot.keyClicks(panel.point_rows[0].text, "Skrevet før")
    panel.flush()
    r.store.closed = True  # from now on every write fails, as on a full disk
    qtbot.keyClicks(panel.case_title, "Fald <b>om natten</b>")
    panel.flush()
    assert len(r.session.pending) > 0
    kept = r.paths.data_dir / "unsaved" / f"meeting-{mid}.json"
    assert kept.is_file() and "om natten" in kept.read_text(encoding="utf-8")
    assert "Not saved yet" in r.controller.console.save_label.text()  # type: ignore[union-attr]
    if how == "quit":
        store = r.store
        r.quit()  # the flush at quit fails too: the file stays
        assert kept.is_file()
        store.closed = False  # (our stand-in for the full disk) then the folder's lock let go
        store.close()
    else:
        _kill(r)
    r.controller.room.close()  # type: ignore[union-attr]
    r.controller.console.close()  # type: ignore[union-attr]

    asked: list[tuple[str, str]] = []
    r2 = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    monkeypatch.setattr(r2, "ask_rescued", lambda when, case: asked.append((when, case)) or True)
    assert r2.open_store() and r2.store is not None
    try:
        assert r2.offer_rescued() == 1 and asked[0][1] == "Fald <b>om natten</b>"
        cap = r2.store.capture(mid)
        assert cap.case_title == "Fald <b>om natten</b>"
        assert [p.text for p in cap.learning_points if p.text] == ["Skrevet før"]
        assert not kept.exists() and list(kept.parent.iterdir()) == []  # deleted once back
        assert rescue.found(r2.paths) == ([], [])
        assert r2.offer_rescued() == 0  # asked once only
    finally:
        r2.quit()


@pytest.mark.parametrize("how", ["killed", "quit"])
def test_last_times_measure_marked_done_while_writing_fails_is_kept_in_the_file_and_comes_back(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    from app.capture import Capture, Measure

    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    assert r.open_store() and r.store is not None
    team = r.store.save_team("Afsnit 3", ["Anna", "Bo", "Cecilie"])
    before = r.store.start_meeting(team_id=team.id, format_id="systematic-learning-meeting",
                                   format_title="Læringsmøde", participants=["Anna", "Bo"],
                                   facilitator="Anna", first_speaker="Bo")
    r.store.save_capture(before, Capture(measures=(Measure("m1", "Ny procedure for fald"),)))
    [measure] = r.store.open_measures(team.id)
    _start(r, qtbot)
    assert r.session is not None
    mid = r.session.meeting_id
    r.store.closed = True  # every write fails from now on, as on a full disk
    r.session.panel.measure_reviewed.emit(measure.uid, "done")  # as its button does
    kept = r.paths.data_dir / "unsaved" / f"meeting-{mid}.json"
    assert kept.is_file() and measure.uid in kept.read_text(encoding="utf-8")
    if how == "quit":
        store = r.store
        r.quit()
        store.closed = False
        store.close()
    else:
        _kill(r)
    r.controller.room.close()  # type: ignore[union-attr]
    r.controller.console.close()  # type: ignore[union-attr]
    r2 = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    monkeypatch.setattr(r2, "ask_rescued", lambda when, case: True)
    assert r2.open_store() and r2.store is not None
    try:
        assert r2.store.open_measures(team.id) == [measure]  # not written before
        assert r2.offer_rescued() == 1
        assert r2.store.open_measures(team.id) == []  # done now
    finally:
        r2.quit()


def test_a_rescue_file_kept_for_another_database_is_not_brought_into_this_one(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Meeting 1 on the server is not meeting 1 in this computer's own file (a server set up since,
    or given up): its kept edits stay in their file."""
    from datetime import UTC, datetime

    from app.capture import Capture
    from app.storage import rescue

    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    assert r.open_store() and r.store is not None
    mid = r.store.start_meeting(team_id=None, format_id="f", format_title="F", participants=["Anna"],
                                facilitator="Anna", first_speaker="Anna")
    kept = rescue.keep(r.paths, mid, Capture(case_title="Fra serveren"), None, datetime.now(UTC), None,
                       "server:anna@db.example:5432/runde")
    asked: list[str] = []
    monkeypatch.setattr(r, "ask_rescued", lambda when, case: asked.append(case) or True)
    try:
        assert r.offer_rescued() == 0 and asked == [] and kept is not None and kept.is_file()
        assert r.store.capture(mid).case_title == ""
        rescue.keep(r.paths, mid, Capture(case_title="Herfra"), None, datetime.now(UTC), None,
                    rescue.database_of(r.store))
        assert r.offer_rescued() == 1 and asked == ["Herfra"]
    finally:
        r.quit()


def test_the_rescue_file_is_written_again_only_when_what_waits_changes(
        runde: RundeApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.storage import rescue

    _start(runde, qtbot)
    session = runde.session
    assert session is not None and runde.store is not None
    writes: list[int] = []
    real = rescue.keep
    monkeypatch.setattr(rescue, "keep", lambda *a, **k: writes.append(1) or real(*a, **k))
    runde.store.closed = True  # every write fails from now on
    qtbot.keyClicks(session.panel.case_title, "Fald")
    session.panel.flush()
    assert len(writes) == 1
    for _ in range(5):  # what the 2 s poll and the console's line do
        session.show_state()
    assert len(writes) == 1
    qtbot.keyClicks(session.panel.case_title, " om natten")
    session.panel.flush()
    assert len(writes) == 2
    runde.store.closed = False


def test_a_meeting_whose_edits_were_written_leaves_no_file(runde: RundeApp, qtbot: QtBot) -> None:
    _start(runde, qtbot)
    assert runde.session is not None and runde.store is not None
    panel = runde.session.panel
    runde.store.closed = True
    qtbot.keyClicks(panel.case_title, "Venter")
    panel.flush()
    kept = runde.paths.data_dir / "unsaved" / f"meeting-{runde.session.meeting_id}.json"
    assert kept.is_file()
    runde.store.closed = False
    runde.session.retry()  # writing works again
    assert len(runde.session.pending) == 0 and not kept.exists()


def _finish(r: RundeApp, qtbot: QtBot) -> None:
    """Finish the running meeting from the console: Finish the meeting… and Yes."""
    from tests.ui.acting import answer_modal

    ctl = r.controller
    assert ctl is not None
    qtbot.keyClick(ctl.room, Qt.Key.Key_Space)  # it starts
    qtbot.keyClick(ctl.room, Qt.Key.Key_F2)  # the console
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    ctl.console.finish_button.click()
    assert ctl.meeting.state is RunState.FINISHED


def test_who_was_not_here_stays_on_the_team(runde: RundeApp, qtbot: QtBot) -> None:
    """Unticking Bo because he is not here today starts the meeting without him; the team's list keeps
    him for next time (it used to drop him), and a substitute typed in joins the list at its end."""
    _start(runde, qtbot)
    _finish(runde, qtbot)
    s = runde.open_start_screen()
    qtbot.addWidget(s)
    s.roster_list.setCurrentRow(1)
    qtbot.keyClick(s.roster_list, Qt.Key.Key_Space)  # Bo is not here: unticked as by the keyboard
    assert s.roster_list.item(1).checkState() == Qt.CheckState.Unchecked
    s.participants_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(s.participants_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(s.participants_edit, "Else")  # a substitute, typed in on a line of her own
    s.start_button.click()
    assert runde.controller is not None
    assert runde.controller.meeting.participants == ["Anna", "Cecilie", "Else"]
    qtbot.addWidget(runde.controller.room)
    qtbot.addWidget(runde.controller.console)
    _finish(runde, qtbot)

    again = runde.open_start_screen()
    qtbot.addWidget(again)
    assert again.team_name() == "Afsnit 3"
    assert [again.roster_list.item(i).text() for i in range(again.roster_list.count())] == [
        "Anna", "Bo", "Cecilie", "Else"]
