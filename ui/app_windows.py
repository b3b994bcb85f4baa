"""The app's windows opened and brought back: the start screen, a learning visit's window, History and
the format editor. One visit at a time; Runde never stands without a window."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.since_last import team_has_met
from ui.error_texts import storage_error_text
from ui.i18n import tr
from ui.screens import fit_to_screen

if TYPE_CHECKING:
    from ui.app_state import AppState
    from ui.format_editor import FormatEditor
    from ui.history import HistoryWindow
    from ui.meeting_controller import MeetingController
    from ui.start_screen import StartScreen


def open_start_screen(runde: AppState) -> StartScreen:
    """The start screen, for choosing a team, a format and who is here."""
    from ui.start_screen import StartScreen

    screen = StartScreen(runde.formats, runde.lang)
    screen.setWindowTitle(tr("Runde"))
    screen.show_offline(runde.offline_text())
    screen.start_requested.connect(runde.start_meeting)
    screen.history_requested.connect(runde.open_history)
    screen.visit_requested.connect(lambda: runde.open_visit("", ""))
    screen.settings_requested.connect(lambda: runde.open_settings(screen))
    screen.formats_requested.connect(lambda: runde.open_format_editor(screen))
    attach_series(runde, screen)
    screen.set_last_time_lookup(lambda team: team_has_met(runde.store, team))
    if runde.store is not None:
        screen.set_teams({t.name: (t.people, t.last_first_speaker, t.last_facilitator)
                          for t in runde.store.teams()}, runde.prefs.last_team)
    screen.remember_first_speaker(runde.last_first)
    fit_to_screen(screen, 720, 680)
    screen.show()
    runde.start_screen = screen
    return screen


def show_start_screen(runde: AppState) -> StartScreen:
    """The start screen again (after a meeting or a learning visit), with the teams as stored now
    (the last team chosen, the round opening with the next person)."""
    screen = runde.start_screen
    if screen is None:
        return runde.open_start_screen()
    if runde.store is not None and not runde.store.closed:
        from app.storage.api import StorageError

        with contextlib.suppress(StorageError):  # not readable now: the teams known before stay
            screen.set_teams({t.name: (t.people, t.last_first_speaker, t.last_facilitator)
                              for t in runde.store.teams()}, runde.prefs.last_team)
    screen.remember_first_speaker(runde.last_first)
    screen.presenter_list.set_chosen([])  # the next case has its own presenters
    screen.show()
    screen.raise_()
    screen.activateWindow()
    return screen


def new_meeting(runde: AppState, ctl: MeetingController) -> StartScreen:
    """New meeting (the console, once a meeting has ended): everything of it is written (or kept
    on this computer), its windows close, and the start screen opens (first, so Runde never
    stands without a window)."""
    screen = runde.show_start_screen()
    if runde.session is not None and runde.session.ctl is ctl:
        runde.session.close()
        runde.session = None
    if runde.controller is ctl:
        runde.controller = None
    ctl.close()
    return screen


def attach_series(runde: AppState, screen: StartScreen) -> None:
    """Meeting series on the start screen, once storage is open (ui/series_panel.py)."""
    if runde.store is None or (runde.series_hook is not None and runde.series_hook.screen is screen):
        return
    from ui.series_hook import SeriesHook

    runde.series_hook = SeriesHook(screen, runde.store, lambda: runde.formats, runde.clock.wall,
                                  lambda: runde.lang)


def open_visit(runde: AppState, agent: str, colleague: str) -> QWidget | None:
    """A learning visit at its check-in: today's visit of the same two people if there is one
    (a second start of the desktop shortcut, or after a crash), else a new one (None: no data open,
    or refused)."""
    if runde.store is None:
        return None
    if runde.refuse_read_only(runde.start_screen, visit=True):
        return None
    from app.storage.api import create_visit, list_visits
    from ui.visit_window import new_visit_data

    today = runde.clock.wall().astimezone().date()
    if agent or colleague:
        for v in list_visits(runde.store, start=today, end=today):
            if (v.agent, v.colleague) == (agent, colleague):
                return runde.open_visit_id(v.id)
    team_id = runde.store.team_id(runde.prefs.last_team) if runde.prefs.last_team else None
    if team_id is None and runde.offline is not None and runde.prefs.last_team:
        # offline in a file that may not know the team: made here by name, so the visit goes to
        # the server's team of that name (without a team it would miss that team's staff sheet)
        team_id = runde.store.save_team(runde.prefs.last_team, []).id
    vid = create_visit(runde.store, new_visit_data(agent, colleague, today), team_id)
    return runde.open_visit_id(vid)


def open_visit_id(runde: AppState, visit_id: int) -> QWidget | None:
    """The window of a visit that exists (from History, or to go on with one)."""
    if runde.store is None:
        return None
    from ui.visit_window import VisitWindow

    fmt = runde.formats.get("learning-visit")
    if fmt is None:
        QMessageBox.warning(None, tr("Runde"), tr("The learning-visit format is missing."))
        return None
    if runde.visit_window is not None and getattr(runde.visit_window, "visit_id", None) == visit_id:
        runde.visit_window.show()
        runde.visit_window.raise_()
        return runde.visit_window
    if runde.visit_window is not None:  # one visit at a time (it is saved as it closes)
        runde.visit_window.close()
    from app.storage.api import StorageError

    try:
        window = VisitWindow(runde.store, visit_id, fmt, runde.clock, runde.lang,
                             background=runde.writes if runde.store.server is not None else None)
    except (StorageError, KeyError) as exc:  # not readable now, or removed on another computer
        QMessageBox.warning(runde.history or runde.start_screen, tr("Learning visit"), tr(
            "The learning visit cannot be opened now: %1").replace("%1", storage_error_text(exc)
                                                                   if isinstance(exc, StorageError)
                                                                   else tr("it is no longer there.")))
        return None
    if runde.offline is not None:
        window.setWindowTitle(tr("Runde – learning visit (offline, in this computer's own file)"))
    fit_to_screen(window, 1100, 700)
    window.start_screen_requested.connect(lambda: runde.visit_done(window))
    window.show()
    if runde.start_screen is not None:
        runde.start_screen.hide()
    runde.visit_window = window
    return window


def visit_done(runde: AppState, window: QWidget) -> StartScreen:
    """Back to the start screen (a finished learning visit): it opens, then the visit's window
    closes (saving as it does)."""
    screen = runde.show_start_screen()
    window.close()
    return screen


def open_history(runde: AppState) -> HistoryWindow | None:
    """History, search, open measures and sheets."""
    if runde.store is None:
        return None
    from app.storage.api import StorageError
    from ui.history import HistoryWindow

    try:
        runde.history = HistoryWindow(runde.store, clock=runde.clock)
    except StorageError as exc:
        QMessageBox.warning(runde.start_screen, tr("History"), tr(
            "The history cannot be shown now: %1").replace("%1", storage_error_text(exc)))
        return None
    runde.history.visit_open_requested.connect(runde.open_visit_id)
    fit_to_screen(runde.history, 1100, 700)
    runde.history.show()
    return runde.history


def open_format_editor(runde: AppState, parent: QWidget | None = None) -> FormatEditor:
    """The format editor (window-modal over ``parent``); what it saves is offered at once."""
    from ui.format_editor import FormatEditor

    screen = runde.start_screen
    current = screen.current_format() if screen is not None else None
    setup = screen.setup() if screen is not None else None
    dialog = FormatEditor(runde.paths, runde.lang, team=screen.team_name() if screen else "",
                          current_id=current.id if current else "",
                          people=len(setup.participants) if setup else 0, parent=parent,
                          store=runde.store)
    dialog.formats_changed.connect(runde.reload_formats)

    def closed() -> None:
        runde.format_editor = None
    dialog.finished.connect(closed)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    runde.format_editor = dialog
    dialog.open()
    return dialog
