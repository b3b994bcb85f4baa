"""The team server's poll: every two seconds on a server, what waits is tried again and what other
computers saved is shown in the windows that are open (the running meeting's capture, History, the
start screen's teams). The server is asked on the writes' thread, never the GUI thread."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.capture import Capture
    from app.storage.api import TeamInfo
    from ui.app_state import AppState
    from ui.history import HistoryRead, HistoryWindow
    from ui.meeting_session import MeetingSession
    from ui.start_screen import StartScreen

SERVER_POLL_MS = 2000  # a change on another computer shows within about this long


@dataclass
class Polled:
    """What a poll read on the writes' thread after another computer saved (None: not read)."""

    capture: tuple[int, Capture] | None = None  # the running meeting's (MeetingSession.read_for_refresh)
    history: tuple[int, HistoryRead] | None = None  # read at that HistoryWindow.generation
    teams: list[TeamInfo] | None = None


def poll_server(runde: AppState) -> None:
    """Retry what waits, and show what others saved. A silent network must not stop the room's
    countdown: the server is asked on the writes' thread; what changed is shown when the answer
    comes."""
    store = runde.store
    if store is None or store.closed:
        return
    session = runde.session
    if session is not None:
        session.panel.flush()  # own edits go first
    runde.writes.retry()
    if session is not None:
        session.show_state()

    history = runde.history if runde.history is not None and runde.history.isVisible() else None
    query = history.query() if history is not None else None  # what it shows, asked here
    if history is not None:
        from ui.history import read_history
    screen = runde.start_screen if runde.start_screen is not None and runde.start_screen.isVisible() \
        else None

    def ask() -> Polled | None:
        from app.storage.api import StorageError

        try:
            if not store.changed_elsewhere():
                return None
        except StorageError:  # not reachable: the console says so in its one line
            return None
        polled = Polled(session.read_for_refresh() if session is not None else None)
        with contextlib.suppress(StorageError):  # what the open windows show, read here too:
            if query is not None:  # a network that goes silent now holds up this thread only
                polled.history = (query[0], read_history(store, query[1], query[2]))
            if screen is not None:
                polled.teams = store.teams()
        return polled

    runde.writes.run("poll", ask, lambda polled: _changed_elsewhere(runde, session, history, screen, polled))


def _changed_elsewhere(runde: AppState, session: MeetingSession | None, history: HistoryWindow | None,
                       screen: StartScreen | None, polled: Polled | None) -> None:
    """Another computer saved: show it in the windows open when the poll asked (the GUI thread;
    what was read on the writes' thread), unless they were closed since."""
    if polled is None or runde.store is None or runde.store.closed:
        return
    if history is not None and history is runde.history and polled.history is not None:
        history.show_read(polled.history[1], polled.history[0])
    if screen is not None and screen is runde.start_screen and polled.teams is not None:
        screen.update_teams({t.name: (t.people, t.last_first_speaker, t.last_facilitator)
                             for t in polled.teams})
    if session is not None and session is runde.session and polled.capture is not None:
        session.show_from_store(polled.capture)
