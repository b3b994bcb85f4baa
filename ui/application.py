"""The composition root: builds the QApplication, the one clock, settings and formats, and the first
window; storage opens after the first paint. What happens on the way lives in modules of its own:
``ui.store_opening`` (opening the data, its questions, a backup restored), ``ui.offline_work`` (work
done while the team server could not be reached), ``ui.recovery`` (rescued edits, a meeting to
resume), ``ui.meeting_start``, ``ui.server_poll``, ``ui.app_windows`` and ``ui.app_settings``.
:class:`RundeApp` holds what lives as long as the app and names what each step may ask of it."""

from __future__ import annotations

import argparse
import contextlib
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import app
from app.clock import Clock, RoomClock, SystemClock
from app.format_library import available_formats
from app.paths import AppPaths
from app.preferences import Preferences, load_preferences
from app.setup import MeetingSetup
from app.storage.api import PendingWrites
from ui import app_settings, app_windows, meeting_start, recovery, shutdown, store_opening
from ui.appearance import Appearance
from ui.error_texts import storage_error_text
from ui.i18n import Translations, tr, ui_language
from ui.meeting_controller import MeetingController

if TYPE_CHECKING:  # storage, export and history load after the first window is painted
    from app.storage.api import OfflineNote, Store
    from ui.chime import Chime  # 1.5 s after the meeting opens (QUrl's type and enums: ~1 ms)
    from ui.deliver import Deliverer
    from ui.format_editor import FormatEditor
    from ui.history import HistoryWindow
    from ui.meeting_session import MeetingSession
    from ui.series_hook import SeriesHook
    from ui.start_screen import StartScreen  # ``runde run`` paints the room's view without it

STARTUP_BACKUP_DELAY_MS = 3000
BACKUP_CHECK_MS = 5 * 60 * 1000


class RundeApp:
    """Holds what lives as long as the app: paths, settings, formats, storage, the open windows."""

    def __init__(self, args: argparse.Namespace, clock: Clock | None = None) -> None:
        self.args = args
        self.paths = AppPaths.create(args.data_dir)
        self.prefs = load_preferences(self.paths.settings_path)
        self.lang = ui_language(args.lang, self.prefs)
        self.formats, self.format_errors = available_formats(self.paths)
        self.clock = RoomClock(clock if clock is not None else SystemClock())  # the app's one clock
        self.translations = Translations()
        self.store: Store | None = None
        self.writes: PendingWrites = PendingWrites()  # on a server: BackgroundWrites (open_store)
        self.deliverer: Deliverer | None = None
        self.start_screen: StartScreen | None = None
        self.controller: MeetingController | None = None
        self.session: MeetingSession | None = None
        self.last_first: str | None = None
        self.history: HistoryWindow | None = None
        self.series_hook: SeriesHook | None = None
        self.unstored: tuple[MeetingController, MeetingSetup, str, str] | None = None  # before storage
        self._pending_visit: tuple[str, str] | None = None
        self.visit_window: QWidget | None = None
        self.chime: Chime | None = None
        self.chime_test: Chime | None = None
        self.settings_dialog: QWidget | None = None
        self.format_editor: FormatEditor | None = None
        self.offline: OfflineNote | None = None  # working offline (the server could not be reached)
        self.exit_code = 0  # the process's, once the event loop ends (1: the data could not be opened)
        self._startup_backup_timer: QTimer | None = None  # timers made once storage is open
        self._backup_timer: QTimer | None = None
        self._poll_timer: QTimer | None = None
        qapp = QApplication.instance()
        assert isinstance(qapp, QApplication)
        self.appearance = Appearance(qapp)

    def utc_now(self) -> datetime:
        """Now, for storage (in UTC, as it keeps times), from the app's one clock."""
        return self.clock.wall().astimezone(UTC)

    # -- storage (ui/store_opening.py, ui/offline_work.py) ----------------------------------------
    def open_store(self) -> bool:
        """Open the data, explaining any problem; False: Runde should not go on."""
        return store_opening.open_store(self)

    def ask_server_retry(self, label: str) -> str:
        """"again", "offline" or "quit" when the server does not answer at start. (Tests answer it.)"""
        return store_opening.ask_server_retry(label)

    def read_only_text(self) -> str:
        """Why nothing can be saved, where, and what to do."""
        return store_opening.read_only_text(self)

    def offline_text(self) -> str:
        """The line shown while working offline ("" when not)."""
        from ui.offline_work import offline_text

        return offline_text(self.offline)

    def offer_offline_sent(self) -> int:
        """On the server again: what was made offline here is offered for sending."""
        from ui.offline_work import offer_offline_sent

        return offer_offline_sent(self)

    def ask_send_offline(self, what: str, when: str) -> bool:
        """Send what was made offline now (True) or at a later start. (Tests answer it.)"""
        from ui.offline_work import ask_send_offline

        return ask_send_offline(what, when)

    # -- what an earlier run left (ui/recovery.py) -------------------------------------------------
    def offer_rescued(self) -> int:
        """Edits of meetings and visits kept in files: brought back if the user agrees."""
        return recovery.offer_rescued(self)

    def ask_rescued(self, when: str, case: str) -> bool:
        """Whether to bring back a meeting's edits found in a file. (Tests answer it.)"""
        return recovery.ask_rescued(when, case)

    def offer_resume(self) -> bool:
        """A meeting was running when Runde stopped: resume it (True), or end it there."""
        return recovery.offer_resume(self)

    # -- windows (ui/app_windows.py) ---------------------------------------------------------------
    def open_start_screen(self) -> StartScreen:
        """The start screen, for choosing a team, a format and who is here."""
        return app_windows.open_start_screen(self)

    def show_start_screen(self) -> StartScreen:
        """The start screen again, with the teams as stored now."""
        return app_windows.show_start_screen(self)

    def new_meeting(self, ctl: MeetingController) -> StartScreen:
        """The console's New meeting: the meeting's windows close, the start screen opens."""
        return app_windows.new_meeting(self, ctl)

    def open_visit(self, agent: str, colleague: str) -> QWidget | None:
        """A learning visit at its check-in: today's of the same two people, else a new one (before
        the data is open: once it is)."""
        if self.store is None:
            self._pending_visit = (agent, colleague)
            return None
        return app_windows.open_visit(self, agent, colleague)

    def open_visit_id(self, visit_id: int) -> QWidget | None:
        """The window of a visit that exists."""
        return app_windows.open_visit_id(self, visit_id)

    def visit_done(self, window: QWidget) -> StartScreen:
        """Back to the start screen from a finished learning visit."""
        return app_windows.visit_done(self, window)

    def open_history(self) -> HistoryWindow | None:
        """History, search, open measures and sheets."""
        return app_windows.open_history(self)

    def open_format_editor(self, parent: QWidget | None = None) -> FormatEditor:
        """The format editor (window-modal over ``parent``)."""
        return app_windows.open_format_editor(self, parent)

    # -- meetings (ui/meeting_start.py) ------------------------------------------------------------
    def start_meeting(self, setup: MeetingSetup, team: str | None = None) -> MeetingController | None:
        """Open the room's view and the console, ready to start (None: refused, said why)."""
        return meeting_start.start_meeting(self, setup, team)

    def run_command(self) -> MeetingController | None:
        """``runde run FORMAT --participants ...``: straight into the meeting."""
        return meeting_start.run_command(self)

    # -- settings (ui/app_settings.py) -------------------------------------------------------------
    def open_settings(self, parent: QWidget | None = None) -> bool:
        """The settings dialog; True if the user chose OK (saved and applied)."""
        return app_settings.open_settings(self, parent)

    def _save_server_setting(self, url: str, password: str) -> None:
        app_settings.save_server_setting(self, url, password)

    def apply_preferences(self, prefs: Preferences) -> None:
        """Save ``prefs`` and apply them at once; a running meeting goes on untouched."""
        app_settings.apply_preferences(self, prefs)

    def set_language(self, lang: str) -> None:
        """Every open window in ``lang`` at once; a running meeting goes on untouched."""
        self.lang = lang
        self.translations.install(lang)  # Qt sends every widget a LanguageChange
        if self.start_screen is not None:
            self.start_screen.set_language(lang)
        if self.controller is not None:
            self.controller.set_language(lang)
        if self.session is not None:
            self.session.panel.set_language(lang)

    def refuse_read_only(self, parent: QWidget | None, visit: bool = False) -> bool:
        """A meeting (or a learning visit) cannot be started on a read-only database: said why. True
        when refused."""
        if self.store is None or not self.store.read_only:
            return False
        if visit:
            QMessageBox.warning(parent, tr("The learning visit cannot start"), tr(
                "A learning visit cannot be started, because it could not be saved. %1").replace(
                "%1", self.read_only_text()))
        else:
            QMessageBox.warning(parent, tr("The meeting cannot start"), tr(
                "A meeting cannot be started, because it could not be saved. %1").replace(
                "%1", self.read_only_text()))
        return True

    # -- formats ---------------------------------------------------------------------------------
    def add_team_formats(self) -> None:
        """The teams' own formats from the database join the files read before the first paint."""
        from app.format_library import builtin_ids, team_formats
        from app.storage.api import StorageError

        assert self.store is not None
        try:
            team, refused = team_formats(self.store, builtin_ids(self.paths))
        except StorageError:
            return  # unreadable now: the files' formats are all there is; saving tells the rest
        self.formats = {**self.formats, **team}
        self.format_errors = [*self.format_errors, *refused]

    def reload_formats(self, select: str = "") -> None:
        """Read the formats again and refresh the start screen's list. A running meeting keeps the
        Format it started with (formats are frozen; the engine holds its own)."""
        self.formats, self.format_errors = available_formats(self.paths, self.store)
        if self.start_screen is not None:
            self.start_screen.set_formats(self.formats, select)

    def report_format_errors(self, parent: QWidget | None) -> None:
        """Tell which format files were refused and why (they are not used)."""
        if not self.format_errors:
            return
        from ui.format_errors import format_error_text

        text = "\n\n".join(format_error_text(e) for e in self.format_errors[:10])
        QMessageBox.warning(parent, tr("Some formats could not be used"), text)

    def finish_startup(self) -> None:
        """After the first paint: storage, teams, a meeting to resume, the start-up backup."""
        if not self.open_store():
            self.exit_code = 1  # the data could not be opened (told): a script sees it failed
            QApplication.quit()
            return
        if self.start_screen is not None:  # the teams' own formats join the list
            self.start_screen.set_formats(self.formats)
        self.offer_rescued()  # edits kept in a file because they could not be saved: back first
        self.offer_offline_sent()  # on the server again: what was made offline here, if any
        resumed = False
        if self.unstored is not None:
            unstored, self.unstored = self.unstored, None
            if self.refuse_read_only(unstored[0].console):  # ``runde run`` on a read-only file
                self.open_start_screen()  # first: Runde never stands without a window
                unstored[0].close()
            else:
                meeting_start.store_meeting(self, *unstored, rotate=True)
        elif self._pending_visit is not None:
            visit, self._pending_visit = self._pending_visit, None
            if self.open_visit(*visit) is None and self.start_screen is None:  # refused (read-only)
                self.open_start_screen()  # Runde never stands without a window
        elif self.offer_resume():
            resumed = True
            if self.start_screen is not None:
                self.start_screen.hide()
        # (a resumed meeting gets the backups and the server's poll too: before, it returned here)
        if not resumed and self.start_screen is not None and self.store is not None:
            app_windows.attach_series(self, self.start_screen)
            self.start_screen.set_teams({t.name: (t.people, t.last_first_speaker, t.last_facilitator)
                                         for t in self.store.teams()}, self.prefs.last_team)
            self.report_format_errors(self.start_screen)
        self._start_timers()

    def _start_timers(self) -> None:
        """The start-up backup (once the window is up), the backup check, and on a server its poll."""
        self._startup_backup_timer = QTimer()
        self._startup_backup_timer.setSingleShot(True)
        self._startup_backup_timer.timeout.connect(self.startup_backup)
        self._startup_backup_timer.start(STARTUP_BACKUP_DELAY_MS)
        self._backup_timer = QTimer()
        self._backup_timer.setObjectName("backup-timer")
        self._backup_timer.setInterval(BACKUP_CHECK_MS)  # backs up only if data changed, 30 min apart
        self._backup_timer.timeout.connect(self._maybe_backup)
        self._backup_timer.start()
        if self.store is not None and self.store.server is not None:  # others may write there too
            from ui.server_poll import SERVER_POLL_MS

            self._poll_timer = QTimer()
            self._poll_timer.setObjectName("server-poll-timer")
            self._poll_timer.setInterval(SERVER_POLL_MS)
            self._poll_timer.timeout.connect(self.poll_server)
            self._poll_timer.start()

    def poll_server(self) -> None:
        """Every two seconds on a server: retry what waits, show what others saved (ui/server_poll.py)."""
        from ui.server_poll import poll_server

        poll_server(self)

    def _maybe_backup(self) -> None:
        if self.store is not None:
            with contextlib.suppress(OSError, RuntimeError):
                self.store.maybe_backup()

    def startup_backup(self) -> None:
        """Back up once the window is up (never in the way of the first paint)."""
        if self.store is None or self.store.closed:  # quit (or restored) before the timer fired
            return
        from app.storage.api import StorageError

        try:
            self.store.startup_backup()
        except (StorageError, OSError) as exc:
            QMessageBox.warning(None, tr("No backup was made"), tr(
                "Runde could not make its start-up backup: %1").replace("%1", storage_error_text(exc)))

    def save_pending(self) -> None:
        """Write everything typed and the live state now (the desktop session ends; quit)."""
        if self.session is not None:
            self.session.close()  # waits a few seconds at most for the server; the rest goes to a file
        from ui.visit_window import VisitWindow

        if isinstance(self.visit_window, VisitWindow):  # its last typing (on a server through the
            with contextlib.suppress(RuntimeError):  # writes' thread, after what is on its way there)
                self.visit_window.save(wait=True)
        self.writes.flush(timeout=5)  # what waits outside a meeting (nothing, once the session flushed)

    def quit(self) -> None:
        """Save everything and close the database cleanly (no backup timer fires after this)."""
        for timer in (self._startup_backup_timer, self._backup_timer, self._poll_timer):
            if timer is not None:
                timer.stop()
        if self.session is not None and self.session.discard_if_untouched():
            self.session = None  # closed before it started, nothing typed: it never happened
        from ui.visit_window import VisitWindow

        with contextlib.suppress(RuntimeError):  # (its window may be gone already)
            if isinstance(self.visit_window, VisitWindow) and self.visit_window.discard_if_blank():
                self.visit_window = None  # a learning visit opened with nothing typed: neither
        self.save_pending()
        self.writes.stop()
        if self.store is not None:
            self.store.close()
            self.store = None


def run_gui(args: argparse.Namespace, clock: Clock | None = None) -> int:
    """Paint the first window, then open storage (the heavy imports come after the first paint).
    ``clock`` is the app's one clock (the system's unless given), handed to all that reads the time."""
    clock = clock if clock is not None else SystemClock()
    found = QApplication.instance()
    qapp = found if isinstance(found, QApplication) else QApplication(sys.argv[:1])
    from ui.single_instance import SingleInstance

    instance = SingleInstance.begin(args, clock=clock)  # open already on this data: told, this start ends
    if instance.exit_code is not None:
        return instance.exit_code
    from ui import crash

    crash.install(AppPaths.create(args.data_dir))  # the log, private folders, the calm error dialog
    from ui import identity

    identity.apply()  # name, desktop id and icon, before the first window
    QApplication.setApplicationVersion(app.__version__)
    runde = RundeApp(args, clock)
    runde.translations.install(runde.lang)
    from ui.install_check import refuse_without_formats_gui

    if refuse_without_formats_gui():  # a package built without resources/: said in a dialog, exit 1
        return 1
    runde.appearance.apply(runde.prefs.theme, runde.prefs.text_scale)
    if args.command == "run":
        if runde.run_command() is None and runde.exit_code:  # refused on the command line: told there
            instance.close()
            return runde.exit_code
    elif args.command == "visit":
        runde._pending_visit = (args.agent, args.colleague)
    else:
        runde.open_start_screen()
    qapp.aboutToQuit.connect(runde.quit)  # every quit; on Windows WM_ENDSESSION too (ui/shutdown.py)
    guard = shutdown.install(qapp, runde.save_pending)  # SIGTERM, Ctrl+C, logout: the same quit
    QTimer.singleShot(0, runde.finish_startup)
    from ui.second_start import answer

    QTimer.singleShot(0, lambda: instance.serve(lambda request: answer(runde, request)))  # after the paint
    code = qapp.exec()
    instance.close()
    guard.uninstall()
    return code or runde.exit_code
