"""Runde on a team server, on screen: others' edits show, a conflict is asked, the server may vanish."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.capture import TextItem
from app.storage.database import ServerDatabase
from app.storage.store import Store
from app.storage.versions import Conflict
from tests.pgcluster import PgCluster
from ui.application import RundeApp
from ui.cli import parse


@pytest.fixture
def runde(qtbot: QtBot, tmp_path: Path, pg_url: str):  # type: ignore[no-untyped-def]
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--database", pg_url]))
    assert r.open_store()
    assert r.store is not None and r.store.server is not None
    yield r
    r.quit()
    for w in (r.start_screen, r.controller and r.controller.room, r.controller and r.controller.console):
        if w is not None:
            w.close()


@pytest.fixture
def other(pg_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A second Runde on the same server (its own folder)."""
    from app.paths import AppPaths

    s = Store.open(AppPaths.create(tmp_path / "other"), lambda: datetime.now(UTC),
                   database=ServerDatabase(pg_url, None, "test"))
    yield s
    s.close()


def _written(r: RundeApp, qtbot: QtBot) -> None:
    """On a server the writes go on their own thread: wait until it has written them."""
    qtbot.waitUntil(lambda: len(r.writes) == 0, timeout=5000)


def _start(r: RundeApp, qtbot: QtBot) -> int:
    s = r.open_start_screen()
    qtbot.addWidget(s)
    s.team_box.setCurrentText("Afsnit 3")
    s.participants_edit.setPlainText("Anna\nBo\nCecilie")
    s.facilitator_box.setCurrentIndex(1)
    s._start()
    assert r.controller is not None and r.session is not None
    qtbot.addWidget(r.controller.room)
    qtbot.addWidget(r.controller.console)
    _written(r, qtbot)
    r.store.changed_elsewhere()  # type: ignore[union-attr]
    return r.session.meeting_id


def test_a_point_saved_elsewhere_shows_at_the_next_poll(runde: RundeApp, other: Store, qtbot: QtBot) -> None:
    mid = _start(runde, qtbot)
    panel = runde.session.panel  # type: ignore[union-attr]
    qtbot.keyClicks(panel.point_rows[0].text, "Lyt")
    panel.flush()
    _written(runde, qtbot)
    cap = other.capture(mid)
    other.save_capture(mid, cap.__class__(learning_points=(*cap.learning_points, TextItem("b1", "Fra B"))))
    runde.poll_server()
    qtbot.waitUntil(lambda: [r.text.text() for r in panel.point_rows][:2] == ["Lyt", "Fra B"], timeout=3000)


def test_the_same_point_changed_on_both_asks_which_to_keep(runde: RundeApp, other: Store,
                                                           qtbot: QtBot) -> None:
    mid = _start(runde, qtbot)
    session = runde.session
    assert session is not None
    panel = session.panel
    qtbot.keyClicks(panel.point_rows[0].text, "Lyt")
    panel.flush()
    _written(runde, qtbot)
    cap = other.capture(mid)
    point = next(p for p in cap.learning_points if p.text == "Lyt")
    other.save_capture(mid, cap.__class__(learning_points=(TextItem(point.id, "Lyt (B)"),)))
    asked: list[Conflict] = []
    session.ask_conflict = lambda c: asked.append(c) is not None  # "take theirs"
    qtbot.keyClicks(panel.point_rows[0].text, " først")
    panel.flush()
    assert panel.point_rows[0].text.text() == "Lyt først"  # shown until the user chooses
    qtbot.waitUntil(lambda: bool(asked), timeout=2000)
    qtbot.waitUntil(lambda: panel.point_rows[0].text.text() == "Lyt (B)", timeout=2000)
    _written(runde, qtbot)
    assert [(c.mine.text, c.theirs.text) for c in asked] == [("Lyt først", "Lyt (B)")]
    assert [h.text for h in other.search("lyt")] == ["Lyt (B)"]
    # and "keep mine" writes mine over theirs
    other.save_capture(mid, cap.__class__(learning_points=(TextItem(point.id, "Lyt (B2)"),)))
    session.ask_conflict = lambda c: True
    qtbot.keyClicks(panel.point_rows[0].text, "!")
    panel.flush()
    qtbot.waitUntil(lambda: [h.text for h in other.search("lyt")] == ["Lyt (B)!"], timeout=2000)


def test_the_server_stopped_mid_meeting(runde: RundeApp, other: Store, qtbot: QtBot,
                                        pg_cluster: PgCluster) -> None:
    _start(runde, qtbot)
    ctl, session, store = runde.controller, runde.session, runde.store
    assert ctl is not None and session is not None and store is not None
    ctl.meeting.start()
    panel = session.panel
    pg_cluster.stop()
    try:
        qtbot.keyClicks(panel.point_rows[0].text, "Skrevet uden server")
        panel.flush()
        qtbot.waitUntil(lambda: ctl.console.save_label.text().startswith("Server not reachable"),
                        timeout=10_000)
        assert "\n" not in ctl.console.save_label.text()  # one calm line
        assert store.offline
        ctl.meeting.next()  # the meeting goes on
        session.save_live()
        qtbot.waitUntil(lambda: session.pending.failed and session.waiting() == 2, timeout=5000)
    finally:
        pg_cluster.start()
    qtbot.waitUntil(lambda: not store.offline, timeout=10_000)  # found again in the background
    runde.poll_server()
    qtbot.waitUntil(lambda: session.waiting() == 0 and "saved" in ctl.console.save_label.text(),
                    timeout=5000)
    assert [h.text for h in other.search("uden server")] == ["Skrevet uden server"]


def test_the_history_window_shows_a_meeting_held_elsewhere(runde: RundeApp, other: Store,
                                                           qtbot: QtBot) -> None:
    history = runde.open_history()
    assert history is not None
    qtbot.addWidget(history)
    assert history.meetings.count() == 0
    team = other.save_team("Afsnit 3", ["Anna"])
    other.start_meeting(team_id=team.id, format_id="f", format_title="Held on the other laptop",
                        participants=["Anna"], facilitator="Anna", first_speaker="Anna")
    runde.poll_server()  # what the 2 s timer does
    qtbot.waitUntil(lambda: any("Held on the other laptop" in history.meetings.item(i).text()
                                for i in range(history.meetings.count())), timeout=3000)


def test_what_others_saved_is_read_on_the_writes_thread_not_the_gui_thread(
        runde: RundeApp, other: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The poll reads the history's lists and the start screen's teams on the writes' thread: a
    network that goes silent just after the poll found the server holds up that thread, never the
    window (before, both were read on the GUI thread once the poll said something changed)."""
    import threading

    screen = runde.open_start_screen()
    qtbot.addWidget(screen)
    screen.show()
    history = runde.open_history()
    assert history is not None and runde.store is not None
    qtbot.addWidget(history)
    history.search.setText("tryg")
    history._debounce.stop()  # (its search as you type is the GUI thread's own)
    history.run_search()
    store = runde.store
    read_on: list[str] = []

    def spy(name: str):  # type: ignore[no-untyped-def]
        real = getattr(store, name)

        def read(*a: object, **k: object) -> object:
            read_on.append(f"{name}:{threading.current_thread() is threading.main_thread()}")
            return real(*a, **k)
        return read
    for name in ("teams", "meetings", "open_measures", "search"):
        monkeypatch.setattr(store, name, spy(name))
    team = other.save_team("Hjemmeplejen", ["Gitte"])
    mid = other.start_meeting(team_id=team.id, format_id="f", format_title="Held on the other laptop",
                              participants=["Gitte"], facilitator="Gitte", first_speaker="Gitte")
    other.save_capture(mid, other.capture(mid).__class__(learning_points=(TextItem("p1", "Tryghed først"),)))
    runde.poll_server()
    qtbot.waitUntil(lambda: any("Held on the other laptop" in history.meetings.item(i).text()
                                for i in range(history.meetings.count())), timeout=5000)
    qtbot.waitUntil(lambda: screen.team_box.findText("Hjemmeplejen") >= 0, timeout=2000)
    assert any("Tryghed først" in history.results.item(i).text() for i in range(history.results.count()))
    assert read_on and all(r.endswith("False") for r in read_on), read_on  # none on the GUI thread
    assert {r.split(":")[0] for r in read_on} == {"teams", "meetings", "open_measures", "search"}


def test_a_poll_answer_read_before_the_window_refreshed_itself_is_not_shown(
        runde: RundeApp, other: Store, qtbot: QtBot) -> None:
    """The poll reads on another thread; meanwhile the window refreshed (its own write, a team
    chosen). The older answer must not replace the newer lists."""
    from ui.history import read_history

    history = runde.open_history()
    assert history is not None and runde.store is not None
    qtbot.addWidget(history)
    generation, team_id, text = history.query()
    old = read_history(runde.store, team_id, text)  # what the poll read: no meeting yet
    team = other.save_team("Afsnit 3", ["Anna"])
    other.start_meeting(team_id=team.id, format_id="f", format_title="Held meanwhile", participants=["Anna"],
                        facilitator="Anna", first_speaker="Anna")
    history.refresh()  # newer: shows the meeting
    assert history.meetings.count() == 1
    history.show_read(old, generation)  # the poll's answer arrives late
    assert history.meetings.count() == 1 and "Held meanwhile" in history.meetings.item(0).text()
    history.show_read(read_history(runde.store, team_id, text), history.query()[0])  # a current one is
    assert history.meetings.count() == 1


def test_the_settings_keep_the_server_and_its_password_apart(
        runde: RundeApp, qtbot: QtBot, memory_keyring: dict[tuple[str, str], str]) -> None:
    from app.storage.database import resolve_database, user_config_file

    runde._save_server_setting("postgresql://anna@db.example/runde?sslmode=verify-full", "hemmelig")
    text = user_config_file(runde.paths).read_text()
    assert "hemmelig" not in text and "sslmode=verify-full" in text
    assert memory_keyring[("Runde database", "anna@db.example:5432/runde")] == "hemmelig"
    found = resolve_database(runde.paths)
    assert found is not None and found.password == "hemmelig"
    runde._save_server_setting("", "")  # back to this computer's own file
    assert resolve_database(runde.paths) is None


def test_a_server_not_there_at_start_is_offered_again_not_quit(qtbot: QtBot, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Not "could not open its data folder": the server's own words, and "Try again" tries again."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a: shown.append((title, text)))
    url = "postgresql://runde@192.0.2.1:5432/runde?connect_timeout=1"  # TEST-NET-1: no one there
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en", "--database", url]))
    monkeypatch.setenv("RUNDE_DB_PASSWORD", "x")
    asked: list[str] = []
    r.ask_server_retry = lambda label: (  # type: ignore[method-assign]
        "again" if asked.append(label) is None and len(asked) < 2 else "quit")
    assert r.open_store() is False  # "Try again" once, then "Quit"
    assert asked == ["runde@192.0.2.1:5432/runde"] * 2 and shown == []
    assert r.store is None


def test_the_retry_question_names_the_server(qtbot: QtBot, tmp_path: Path) -> None:
    """The question itself: the server, calm words, "Try again" first."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    seen: list[tuple[str, list[str]]] = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        box.defaultButton().click()
    QTimer.singleShot(200, answer)
    assert r.ask_server_retry("anna@db.example:5432/runde") == "again"
    text, buttons = seen[0]
    assert "anna@db.example:5432/runde" in text and "data folder" not in text
    assert "Try again" in buttons and "Work offline" in buttons and "Quit" in buttons


def test_a_learning_visit_done_offline_reaches_the_server_at_the_next_start(
        qtbot: QtBot, tmp_path: Path, pg_url: str, pg_cluster: PgCluster, other: Store,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The agent's laptop starts Runde away from the office network: "Work offline" opens this
    computer's own file and says so; the visit's observations are typed there. The next start on the
    network offers to send them, and the office sees them (before: only "Try again" or "Quit")."""
    from PySide6.QtWidgets import QMessageBox

    from app.storage.store import list_visits, load_visit

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _title, text, *a: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text, *a: told.append("warning: " + text))
    args = ["--data-dir", str(tmp_path / "laptop"), "--lang", "en", "--database", pg_url]
    pg_cluster.stop()
    try:
        r = RundeApp(parse(args))
        r.ask_server_retry = lambda label: "offline"  # type: ignore[method-assign]
        assert r.open_store() and r.store is not None and r.store.server is None  # its own file
        screen = r.open_start_screen()
        qtbot.addWidget(screen)
        screen.show()
        assert screen.offline_label.isVisible() and "offline" in screen.offline_label.text()
        r.prefs = replace(r.prefs, last_team="Afsnit 3")  # the team this laptop last met with
        window = r.open_visit("Anna", "Bo")
        assert window is not None and "offline" in window.windowTitle()
        qtbot.addWidget(window)
        window.tabs.setCurrentIndex(1)
        qtbot.keyClicks(window.obs_edit, "Borgeren blev spurgt først")
        window._add_observation()
        window.close()
        r.quit()
    finally:
        pg_cluster.start()
    assert other.search("Borgeren") == [] and list_visits(other) == []  # not on the server yet
    team = other.save_team("Afsnit 3", ["Anna", "Bo", "Cecilie"])

    r2 = RundeApp(parse(args))
    asked: list[tuple[str, str]] = []
    r2.ask_send_offline = lambda what, when: asked.append((what, when)) is None  # type: ignore[method-assign]
    assert r2.open_store() and r2.store is not None and r2.store.server is not None
    try:
        assert r2.offer_offline_sent() == 1
        assert asked and asked[0][0].startswith("1 learning visit")  # (no "meetings" part)
        assert "meeting" not in asked[0][0]
        assert told and told[-1].startswith("Sent to the team server: 1 learning visit")
        (visit,) = list_visits(other)
        assert [o.text for o in load_visit(other, visit.id)[1]] == ["Borgeren blev spurgt først"]
        assert visit.team_id == team.id  # the server's team of that name: on its staff sheet
        assert r2.offer_offline_sent() == 0 and len(asked) == 1  # sent: not offered again
    finally:
        r2.quit()


def test_sending_the_work_done_offline_never_stops_start_up(
        runde: RundeApp, monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged local file or a bug while sending: told in words, the note stays for the next start."""
    from PySide6.QtWidgets import QMessageBox

    from app.storage import offline

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text, *a: told.append(text))
    assert runde.store is not None and runde.store.server is not None
    label = runde.store.server.label()
    offline.begin(runde.paths, label, datetime.now(UTC))
    offline.record(runde.paths, label, "visit", 1, "x")

    def broken(*_a: object) -> None:
        raise RuntimeError("a bug")
    monkeypatch.setattr(offline, "waiting", broken)
    assert runde.offer_offline_sent() == 0
    assert told == ["The work done offline could not be sent: a bug. Nothing was sent; Runde asks again "
                    "at the next start."]
    assert offline.read_note(runde.paths, label) is not None


def test_a_meeting_going_on_in_another_room_is_not_offered_for_resuming_or_ended(
        runde: RundeApp, other: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The leader starts Runde in the office while the meeting room's Runde runs a meeting on the
    same server: no "resume or end it?" (ending it there would end the room's meeting)."""
    from datetime import timedelta

    from PySide6.QtWidgets import QMessageBox

    team = other.save_team("Afsnit 3", ["Anna", "Bo"])
    mid = other.start_meeting(team_id=team.id, format_id="systematic-learning-meeting",
                              format_title="Læringsmøde", participants=["Anna", "Bo"],
                              facilitator="Anna", first_speaker="Bo")
    state = {"format_id": "systematic-learning-meeting", "participants": ["Anna", "Bo"]}
    other.save_live_state(mid, state)
    asked: list[list[str]] = []

    def answer(box: QMessageBox) -> int:
        asked.append([b.text() for b in box.buttons()])
        next(b for b in box.buttons() if b.text() == "Leave it").click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert runde.offer_resume() is False
    assert asked == []  # it saved its state seconds ago: it is going on there
    [going] = runde.store.unfinished_meetings()  # type: ignore[union-attr]
    assert going.runner == other.computer_id != runde.store.computer_id  # type: ignore[union-attr]
    assert going.state == state  # the runner's name is not part of the engine's state

    later = datetime.now(UTC) + timedelta(minutes=10)  # the room's Runde has not saved for 10 min
    monkeypatch.setattr(runde.store, "_now", lambda: later)
    monkeypatch.setattr(runde.clock, "wall", lambda: later)  # the app's one clock
    assert runde.offer_resume() is False
    assert len(asked) == 1 and "Leave it" in asked[0] and "Resume" in asked[0]
    assert [u.meeting_id for u in other.unfinished_meetings()] == [mid]  # left as it was


def test_a_password_typed_for_the_organisations_server_does_not_copy_its_address(
        runde: RundeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        memory_keyring: dict[tuple[str, str], str]) -> None:
    """IT deploys the address; the user types only the password. The user's own file stays unwritten,
    so the day IT moves the server, this computer follows."""
    import json

    from app.storage.database import resolve_database, user_config_file
    from ui.settings_dialog import SettingsDialog

    site = tmp_path / "it" / "database.json"
    site.parent.mkdir()
    site.write_text(json.dumps({"url": "postgresql://anna@db.example/runde?sslmode=verify-full"}))
    monkeypatch.setenv("RUNDE_DATABASE_CONFIG", str(site))
    user_config_file(runde.paths).unlink(missing_ok=True)

    def typed(dialog: SettingsDialog) -> int:
        assert dialog.server_url.text() == "postgresql://anna@db.example/runde?sslmode=verify-full"
        dialog.server_password.setText("hemmelig")
        return SettingsDialog.DialogCode.Accepted
    monkeypatch.setattr(SettingsDialog, "exec", typed)
    assert runde.open_settings()
    assert not user_config_file(runde.paths).exists()
    assert memory_keyring[("Runde database", "anna@db.example:5432/runde")] == "hemmelig"
    site.write_text(json.dumps({"url": "postgresql://anna@db2.example/runde"}))  # IT moves it
    found = resolve_database(runde.paths)
    assert found is not None and found.label() == "anna@db2.example:5432/runde"


def test_a_meeting_resumed_at_start_follows_the_server_on_its_own_timer(
        qtbot: QtBot, tmp_path: Path, pg_url: str, other: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real start-up path and the real 2 s poll timer (no poll_server() by hand): a meeting
    resumed after a crash shows a point saved on another computer. (Before, a resumed meeting never
    polled, and on the local file took no backups.)"""
    from PySide6.QtWidgets import QMessageBox

    args = ["--data-dir", str(tmp_path / "d"), "--database", pg_url]
    first = RundeApp(parse(args))
    assert first.open_store()
    mid = _start(first, qtbot)
    first.controller.meeting.start()  # type: ignore[union-attr]
    first.session.save_live()  # type: ignore[union-attr]
    _written(first, qtbot)
    first.writes.stop()
    first.store.close()  # type: ignore[union-attr]  # as if killed
    again = RundeApp(parse(args))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.buttons()[0].click() or 0)  # Resume
    again.finish_startup()
    try:
        assert again.session is not None and again.session.meeting_id == mid
        qtbot.addWidget(again.controller.room)  # type: ignore[union-attr]
        qtbot.addWidget(again.controller.console)  # type: ignore[union-attr]
        assert again._poll_timer.isActive()
        qtbot.wait(100)
        other.save_capture(mid, other.capture(mid).__class__(learning_points=(TextItem("b1", "Fra B"),)))
        panel = again.session.panel
        qtbot.waitUntil(lambda: "Fra B" in [r.text.text() for r in panel.point_rows], timeout=6000)
    finally:
        again.quit()
