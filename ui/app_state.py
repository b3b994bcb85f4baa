"""What the steps of the app (``ui.store_opening``, ``ui.offline_work``, ``ui.recovery``,
``ui.meeting_start``, ``ui.server_poll``, ``ui.app_windows``, ``ui.app_settings``,
``ui.second_start``) may read and change of the running app: a Protocol, so that they never import
``ui.application`` (which imports them); ``ui.application.RundeApp`` is the one that has it all."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.clock import RoomClock
    from app.formats import Format, FormatError
    from app.paths import AppPaths
    from app.preferences import Preferences
    from app.setup import MeetingSetup
    from app.storage.api import OfflineNote, PendingWrites, Store
    from ui.appearance import Appearance
    from ui.chime import Chime
    from ui.deliver import Deliverer
    from ui.format_editor import FormatEditor
    from ui.history import HistoryWindow
    from ui.meeting_controller import MeetingController
    from ui.meeting_session import MeetingSession
    from ui.series_hook import SeriesHook
    from ui.start_screen import StartScreen


class AppState(Protocol):
    """The running app as its steps see it: its data, settings, clock, and open windows."""

    args: argparse.Namespace
    paths: AppPaths
    prefs: Preferences
    lang: str
    formats: dict[str, Format]
    format_errors: list[FormatError]
    clock: RoomClock
    appearance: Appearance
    store: Store | None
    writes: PendingWrites
    deliverer: Deliverer | None
    offline: OfflineNote | None
    start_screen: StartScreen | None
    controller: MeetingController | None
    session: MeetingSession | None
    last_first: str | None
    history: HistoryWindow | None
    series_hook: SeriesHook | None
    unstored: tuple[MeetingController, MeetingSetup, str, str] | None
    visit_window: QWidget | None
    chime: Chime | None
    chime_test: Chime | None
    settings_dialog: QWidget | None
    format_editor: FormatEditor | None
    exit_code: int

    def utc_now(self) -> datetime:
        """Now, in UTC, from the app's one clock."""
        ...

    def open_store(self) -> bool:
        """Open the data (False: Runde should not go on)."""
        ...

    def ask_server_retry(self, label: str) -> str:
        """"again", "offline" or "quit"."""
        ...

    def ask_send_offline(self, what: str, when: str) -> bool:
        """Send what was made offline now."""
        ...

    def ask_rescued(self, when: str, case: str) -> bool:
        """Bring a meeting's kept edits back."""
        ...

    def add_team_formats(self) -> None:
        """The teams' own formats join the list."""
        ...

    def reload_formats(self, select: str = "") -> None:
        """Read the formats again."""
        ...

    def read_only_text(self) -> str:
        """Why nothing can be saved."""
        ...

    def refuse_read_only(self, parent: QWidget | None, visit: bool = False) -> bool:
        """Refuse a meeting or visit on read-only data (said why)."""
        ...

    def offline_text(self) -> str:
        """The line shown while working offline."""
        ...

    def set_language(self, lang: str) -> None:
        """Every open window in ``lang``."""
        ...

    def open_start_screen(self) -> StartScreen:
        """The start screen."""
        ...

    def show_start_screen(self) -> StartScreen:
        """The start screen again."""
        ...

    def start_meeting(self, setup: MeetingSetup, team: str | None = None) -> MeetingController | None:
        """A meeting, ready to start."""
        ...

    def run_command(self) -> MeetingController | None:
        """``runde run``."""
        ...

    def new_meeting(self, ctl: MeetingController) -> StartScreen:
        """The console's New meeting."""
        ...

    def open_visit(self, agent: str, colleague: str) -> QWidget | None:
        """A learning visit at its check-in."""
        ...

    def open_visit_id(self, visit_id: int) -> QWidget | None:
        """A visit's window."""
        ...

    def visit_done(self, window: QWidget) -> StartScreen:
        """Back from a learning visit."""
        ...

    def open_history(self) -> HistoryWindow | None:
        """History."""
        ...

    def open_settings(self, parent: QWidget | None = None) -> bool:
        """The settings dialog."""
        ...

    def open_format_editor(self, parent: QWidget | None = None) -> FormatEditor:
        """The format editor."""
        ...
