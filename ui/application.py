"""The composition root: builds the QApplication, opens settings, formats and storage, and the first
window. Storage faults are explained here in plain words (the storage layer never shows dialogs)."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import app
from app.clock import RoomClock, SystemClock
from app.engine import RunState
from app.format_library import available_formats
from app.formats import Format, with_warning
from app.participants import MAX_PARTICIPANTS, NameIssue, parse_participants
from app.paths import AppPaths
from app.preferences import Preferences, load_preferences, save_preferences
from app.recovery import meeting_from_state
from app.setup import MeetingSetup
from app.since_last import team_has_met
from app.storage.api import BackgroundWrites, PendingWrites
from ui import shutdown, smoke
from ui.appearance import Appearance
from ui.deliver import Deliverer
from ui.error_texts import rescue_not_brought_back_text, rescue_unreadable_text, storage_error_text
from ui.i18n import Translations, tr, ui_language
from ui.meeting_controller import MeetingController
from ui.screens import fit_to_screen

if TYPE_CHECKING:  # storage, export and history load after the first window is painted
    from app.capture import Capture
    from app.storage.api import DatabaseCorruptError, OfflineNote, ServerDatabase, Store, TeamInfo, Unfinished
    from ui.capture_panel import CapturePanel
    from ui.chime import Chime  # 1.5 s after the meeting opens (QUrl's type and enums: ~1 ms)
    from ui.format_editor import FormatEditor
    from ui.history import HistoryRead, HistoryWindow
    from ui.meeting_session import MeetingSession
    from ui.series_panel import SeriesHook
    from ui.start_screen import StartScreen  # ``runde run`` paints the room's view without it

log = logging.getLogger(__name__)
STARTUP_BACKUP_DELAY_MS = 3000
CHIME_DELAY_MS = 1500
BACKUP_CHECK_MS = 5 * 60 * 1000




SERVER_POLL_MS = 2000  # a change on another computer shows within about this long


def utc_now() -> datetime:
    """Wall time for storage."""
    return datetime.now(UTC)


@dataclass
class Polled:
    """What a poll read on the writes' thread after another computer saved (None: not read)."""

    capture: tuple[int, Capture] | None = None  # the running meeting's (MeetingSession.read_for_refresh)
    history: tuple[int, HistoryRead] | None = None  # read at that HistoryWindow.generation
    teams: list[TeamInfo] | None = None


class RundeApp:
    """Holds what lives as long as the app: paths, settings, formats, storage, the open windows."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.paths = AppPaths.create(args.data_dir)
        self.prefs = load_preferences(self.paths.settings_path)
        self.lang = ui_language(args.lang, self.prefs)
        self.formats, self.format_errors = available_formats(self.paths)
        self.clock = RoomClock(SystemClock())
        self.translations = Translations()
        self.store: Store | None = None
        self.writes: PendingWrites = PendingWrites()  # on a server: BackgroundWrites (open_store)
        self._deliverer: Deliverer | None = None
        self.start_screen: StartScreen | None = None
        self.controller: MeetingController | None = None
        self.session: MeetingSession | None = None
        self.last_first: str | None = None
        self.history: HistoryWindow | None = None
        self.series_hook: SeriesHook | None = None
        self._unstored: tuple[MeetingController, MeetingSetup, str, str] | None = None
        self._pending_visit: tuple[str, str] | None = None
        self.visit_window: QWidget | None = None
        self.chime: Chime | None = None
        self._chime_test: Chime | None = None
        self.settings_dialog: QWidget | None = None
        self.format_editor: FormatEditor | None = None
        self.offline: OfflineNote | None = None  # working offline (the server could not be reached)
        self.exit_code = 0  # the process's, once the event loop ends (1: the data could not be opened)
        qapp = QApplication.instance()
        assert isinstance(qapp, QApplication)
        self.appearance = Appearance(qapp)

    # -- storage ---------------------------------------------------------------------------------
    def open_store(self) -> bool:
        """Open the database (the local file, or the server of ``--database`` or the config files),
        explaining any problem. False: Runde should not go on. (Opened already, e.g. for ``runde run``
        with a team's own format: True.)"""
        if self.store is not None:
            return True
        from app.storage.api import DatabaseSettingError, resolve_database

        try:
            database = resolve_database(self.paths, getattr(self.args, "database", None))
        except DatabaseSettingError as exc:
            QMessageBox.critical(None, tr("Runde cannot open its data"), tr(
                "The database setting cannot be used: %1").replace("%1", str(exc)))
            return False
        return self._open_asking(database)

    def _open_asking(self, database: ServerDatabase | None) -> bool:
        """Open, asking again (or offline) while the server cannot be reached."""
        from app.storage.api import ServerLoginError, ServerTlsError, ServerUnreachableError
        from ui.error_texts import server_tls_message

        while True:
            try:
                opened = self._open_store(database)
            except ServerUnreachableError as exc:
                answer = self.ask_server_retry(exc.label)
                if answer == "offline" and database is not None and self._open_offline(database):
                    return True
                if answer == "quit":
                    return False
                continue  # "again", or offline could not be had (said why): asked again
            except ServerTlsError as exc:
                QMessageBox.critical(None, *server_tls_message(exc))
                return False
            except ServerLoginError as exc:
                QMessageBox.critical(None, tr("The database server refused the login"),
                                     storage_error_text(exc))
                return False
            if opened:
                self._start_writes()
            return opened

    def _open_offline(self, database: ServerDatabase) -> bool:
        """Work in this computer's own file, noting from where on, so that what is made now is sent
        to the server at a later start (app.storage.offline). False: it could not (said why)."""
        from app.atomic import ExportError
        from app.storage.api import offline

        if not self._open_store(None):
            return False
        assert self.store is not None
        try:
            self.offline = offline.begin(self.paths, database.label(), utc_now())
        except (offline.OfflineNoteError, ExportError) as exc:
            self.store.close()
            self.store = None
            QMessageBox.critical(None, tr("Runde cannot work offline"), tr(
                "Runde cannot note what is done offline, to send it to the team server later: %1. "
                "Nothing was changed.").replace("%1", str(exc)))
            return False
        self.store.on_made = self._made_offline
        self._show_offline()
        return True

    def _made_offline(self, kind: str, row_id: int, key: str) -> None:
        """A meeting or visit was made while offline: noted, to be sent to the server later."""
        from app.atomic import ExportError
        from app.storage.api import offline

        if self.offline is None:
            return
        try:
            self.offline = offline.record(self.paths, self.offline.server, kind, row_id, key)
        except (offline.OfflineNoteError, ExportError) as exc:
            QMessageBox.warning(None, tr("Work done offline"), tr(
                "Runde cannot note this for sending to the team server later: %1. It is kept in this "
                "computer's own file; “runde move-team” can bring a team's history to the server.").replace(
                "%1", str(exc)))

    def offline_text(self) -> str:
        """The line shown while working offline ("" when not)."""
        if self.offline is None:
            return ""
        return tr("Working offline, in this computer's own file: the team server %1 could not be reached. "
                  "What you do now is sent to it the next time Runde starts and reaches it.").replace(
            "%1", self.offline.server)

    def _show_offline(self) -> None:
        if self.start_screen is not None:
            self.start_screen.show_offline(self.offline_text())

    def offer_offline_sent(self) -> int:
        """On the server again: what was made offline on this computer is offered for sending (asked
        at every start until sent). Returns how many meetings and visits were sent. Never stops
        start-up: whatever goes wrong is told, and the note stays for the next start."""
        from app.storage.api import Store, offline

        store = self.store
        if store is None or store.server is None:
            return 0
        try:
            note = offline.read_note(self.paths, store.server.label())
        except offline.OfflineNoteError as exc:
            QMessageBox.warning(None, tr("Work done offline"), tr(
                "Runde cannot read its note of what was done offline on this computer (%1). Nothing "
                "was sent; the note is left as it is.").replace("%1", str(exc)))
            return 0
        if note is None:
            return 0  # nothing waits for this server (a note for another one stays for that one)
        try:
            local = Store.open(self.paths, utc_now, lock=False)
        except Exception as exc:  # noqa: BLE001  (damaged, too new, unreadable: told, never fatal here)
            return self._offline_failed(exc, tr(
                "The work done offline cannot be read from this computer's own file: %1. Nothing was "
                "sent; Runde asks again at the next start."))
        try:
            return self._send_offline(local, store, note)
        except Exception as exc:  # noqa: BLE001  (a bug or a surprise must not stop start-up)
            return self._offline_failed(exc, tr(
                "The work done offline could not be sent: %1. Nothing was sent; Runde asks again "
                "at the next start."))
        finally:
            local.close()

    def _offline_failed(self, exc: BaseException, text: str) -> int:
        """Tell why the work done offline was not sent (and log it): nothing was sent."""
        log.warning("the work done offline was not sent", exc_info=exc)
        QMessageBox.warning(None, tr("Work done offline"), text.replace("%1", storage_error_text(exc)))
        return 0

    def _send_offline(self, local: Store, store: Store, note: OfflineNote) -> int:
        """Ask, send, tell (:meth:`offer_offline_sent` catches the rest)."""
        from app.atomic import ExportError
        from app.storage.api import offline

        count = offline.waiting(local, note)
        if not count:  # offline, but nothing was made (or it is gone): nothing to send
            offline.sent(self.paths, note.server, utc_now())
            return 0
        what = self._offline_counts(count.meetings, count.visits)
        when = QLocale().toString(note.began.astimezone(), QLocale.FormatType.ShortFormat)
        if not self.ask_send_offline(what, when):
            return 0
        try:
            sent = offline.send(local, store, note, utc_now())
        except (ExportError, offline.OfflineNoteError) as exc:  # sent; the note stays (harmless again)
            QMessageBox.warning(None, tr("Work done offline"), tr(
                "The work done offline was sent, but its note could not be set aside (%1). Runde "
                "will offer it again; sending it again changes nothing.").replace("%1", str(exc)))
            return 0
        QMessageBox.information(None, tr("Work done offline"), tr(
            "Sent to the team server: %1. It is in the team's history there now; this computer "
            "keeps its own copy.").replace("%1", self._offline_counts(sent.meetings, sent.visits)))
        return sent.meetings + sent.visits

    def _offline_counts(self, meetings: int, visits: int) -> str:
        """"2 meetings and 1 learning visit", "1 learning visit" (no part that is none)."""
        parts = ([tr("%n meeting(s)", "", meetings)] if meetings else []) + (
            [tr("%n learning visit(s)", "", visits)] if visits else [])
        if len(parts) == 2:
            return tr("%1 and %2").replace("%1", parts[0]).replace("%2", parts[1])
        return parts[0] if parts else tr("nothing new")

    def ask_send_offline(self, what: str, when: str) -> bool:
        """Send what was made offline now (True) or at a later start. (Tests answer it.)"""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Send the work done offline?"), tr(
            "While the team server could not be reached (from %1), Runde worked in this computer's own "
            "file: %2. Send it to the team server now? Nothing is removed from this computer.").replace(
            "%1", when).replace("%2", what))
        send = box.addButton(tr("Send now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(send)
        box.exec()
        return box.clickedButton() is send

    def _start_writes(self) -> None:
        """On a server, writes and polls go to a thread of their own (never the GUI thread)."""
        store = self.store
        if store is not None and store.server is not None:
            self._deliverer = Deliverer()
            self.writes = BackgroundWrites(
                self._deliverer, lambda: self.session.show_state() if self.session else None)

    def ask_server_retry(self, label: str) -> str:
        """The server did not answer at start: "again", "offline" (this computer's own file for now)
        or "quit". (Tests answer it.)"""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("The database server cannot be reached"), tr(
            "Runde cannot reach the database server %1. Check the network connection, or ask "
            "the IT department whether the server is running. Nothing was changed.\n\n"
            "You can also work offline: Runde then keeps what you do in this computer's own file "
            "and sends it to the server the next time it starts and reaches it.").replace("%1", label))
        again = box.addButton(tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        offline = box.addButton(tr("Work offline"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(again)
        box.exec()
        clicked = box.clickedButton()
        return "again" if clicked is again else "offline" if clicked is offline else "quit"

    def _open_store(self, database: ServerDatabase | None) -> bool:
        from app.storage.api import (
            AlreadyOpenError,
            DatabaseCorruptError,
            DatabaseTooNewError,
            DataFolderError,
            DataInUseError,
            MigrationFailedError,
            ServerLoginError,
            ServerTlsError,
            ServerUnreachableError,
            StorageError,
            Store,
        )
        from ui.busy import busy

        connecting = tr("Connecting to the team's database server %1…").replace(
            "%1", database.label() if database is not None else "")
        for _attempt in range(3):
            try:  # a server may take seconds to answer: a busy cursor, and a window saying so
                with busy(self.start_screen, connecting, window=database is not None):
                    self.store = Store.open(self.paths, utc_now, database=database)
            except AlreadyOpenError:
                QMessageBox.information(None, tr("Runde is already open"), tr(
                    "Runde is already open on this computer with the same data. Switch to that "
                    "window (it may be on another screen) instead of starting it twice."))
                return False
            except DatabaseTooNewError:
                QMessageBox.critical(None, tr("A newer Runde wrote this data"), tr(
                    "The data was saved by a newer version of Runde. This version leaves it untouched. "
                    "Please install the newer version."))
                return False
            except DatabaseCorruptError as exc:
                self._offer_backup(exc)  # the damaged file is aside: a restored backup or a new database
                continue
            except (DataInUseError, DataFolderError) as exc:  # locked, read-only, full: nothing moved
                if isinstance(exc, DataInUseError):
                    text = tr("Another program is using Runde's data in %1 (perhaps a database tool, or a "
                              "backup or sync program). Nothing was moved or changed. Close that program "
                              "and start Runde again.")
                elif exc.full:
                    text = tr("The disk that holds %1 is full. Free some space there, or choose another "
                              "folder with --data-dir. Nothing was moved or changed.")
                elif exc.read_only:
                    text = tr("Runde cannot write in %1: choose another folder with --data-dir or make "
                              "it writable. Nothing was moved or changed.")
                else:
                    text = tr("Runde cannot read or write its data in %1 (%2). Check the disk, or "
                              "choose another folder with --data-dir. Nothing was moved or changed.")
                QMessageBox.critical(None, tr("Runde cannot open its data"), text.replace(
                    "%1", str(exc.folder)).replace("%2", getattr(exc, "reason", "")))
                return False
            except (ServerUnreachableError, ServerLoginError, ServerTlsError):
                raise  # told by open_store in its own words (not as a "data folder" problem)
            except (StorageError, MigrationFailedError) as exc:
                QMessageBox.critical(None, tr("Runde cannot open its data"), tr(
                    "Runde could not open its data folder:\n%1\n\nNothing was changed.").replace(
                    "%1", storage_error_text(exc)))
                return False
            self._add_team_formats()
            if self.store.read_only:
                QMessageBox.warning(None, tr("Runde's data is read-only"), self.read_only_text())
            if self.store.on_network_share:
                QMessageBox.warning(None, tr("Data on a network drive"), tr(
                    "Runde's data is on a network drive. Databases can be damaged there; keep the "
                    "data on this computer (or use --data-dir with a local folder)."))
            return True
        return self.store is not None

    def _offer_backup(self, exc: DatabaseCorruptError) -> bool:
        """Tell what happened; restore the newest good backup if the user agrees. True if restored;
        otherwise the next open starts a new, empty database (the damaged one stays aside)."""
        text = tr("Runde's database was damaged, perhaps by a crash or a full disk. It was moved "
                  "aside, not deleted:\n%1").replace("%1", str(exc.moved_to))
        if not exc.backups:
            QMessageBox.warning(None, tr("The data was damaged"), text + "\n\n" + tr(
                "There is no backup to restore. Runde starts with empty data."))
            return False
        newest = exc.backups[0]
        answer = QMessageBox.question(None, tr("The data was damaged"), text + "\n\n" + tr(
            "Restore the newest good backup, from %1?").replace(
            "%1", QLocale().toString(newest.local_time(), QLocale.FormatType.ShortFormat)))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        from app.storage.api import StorageError, restore_from_backup

        try:
            restore_from_backup(self.paths, newest.path, utc_now())
        except StorageError as err:
            QMessageBox.warning(None, tr("The data was damaged"), storage_error_text(err))
            return False
        return True

    def ask_rescued(self, when: str, case: str) -> bool:
        """Whether to bring back edits found in a file (tests answer it)."""
        text = tr("Some edits of the meeting of %1 could not be saved before Runde closed (%2). "
                  "They were kept on this computer. Bring them back into that meeting now?").replace(
            "%1", when).replace("%2", case or tr("no case title"))
        answer = QMessageBox.question(None, tr("Edits that were not saved"), text)
        return answer == QMessageBox.StandardButton.Yes

    def offer_rescued(self) -> int:
        """Edits kept in a file because they could not be written (app.storage.rescue): brought back
        into their meeting if the user agrees; the file is then deleted (rescue.discard). Returns how
        many were brought back."""
        from app.storage.api import StorageError, rescue

        if self.store is None or self.store.read_only:
            return 0  # read-only data: they could not be brought back, and stay for a later start
        good, bad = rescue.found(self.paths)
        brought = 0
        try:
            known = self.store.existing_meetings({r.meeting_id for r in good})
        except StorageError:  # cannot be read now: the files stay, offered at the next start
            known = set()
        here = rescue.database_of(self.store)
        for r in good:
            if r.database not in (None, here) or r.meeting_id not in known:
                continue  # another database's meeting (a server set up since): left where it is
            when = QLocale().toString(r.kept.astimezone(), QLocale.FormatType.ShortFormat)
            if self.ask_rescued(when, r.capture.case_title):
                try:
                    self.store.save_capture(r.meeting_id, r.capture)
                    for uid, status in r.measure_reviews.items():
                        self.store.set_measure_status(uid, status)
                    if r.live_state is not None and any(
                            u.meeting_id == r.meeting_id for u in self.store.unfinished_meetings()):
                        self.store.save_live_state(r.meeting_id, r.live_state)
                except StorageError as exc:
                    QMessageBox.warning(None, tr("Edits that were not saved"),
                                        rescue_not_brought_back_text(exc, r.path))
                    continue
                brought += 1
            with contextlib.suppress(OSError):
                rescue.discard(r)
        for path in bad:
            QMessageBox.warning(None, tr("Edits that were not saved"), rescue_unreadable_text(path))
        from ui.visit_window import offer_rescued_visits

        return brought + offer_rescued_visits(self.store)

    def offer_resume(self) -> bool:
        """A meeting was running when Runde stopped: resume it, or end it there (not while the data
        is read-only: it could be neither saved nor ended; asked again once it is writable)."""
        if self.store is None or self.store.read_only:
            return False
        for unfinished in self.store.unfinished_meetings():
            fmt = self.formats.get(unfinished.format_id)
            if fmt is None or self.store.runs_elsewhere(unfinished):
                continue  # on a server: going on in another room; not this Runde's to resume or end
            here = unfinished.runner in (None, self.store.computer_id)
            if here and self._discard_unstarted(unfinished.meeting_id):
                continue  # never started, nothing typed (Runde stopped before Space): not offered
            saved = unfinished.saved or unfinished.started
            gap_min = max(0, round((utc_now() - saved).total_seconds() / 60))
            box = QMessageBox(QMessageBox.Icon.Question, tr("Resume the meeting?"), tr(
                "A meeting was still running when Runde stopped a moment ago. Resume it where it was "
                "(paused, with the time that passed shown), or end it there?") if here and gap_min == 0
                else tr(
                "A meeting was still running when Runde stopped, %n minute(s) ago. Resume it where "
                "it was (paused, with the time that passed shown), or end it there?", "", gap_min) if here
                else tr("A meeting started on another computer has not been saved there for %n minute(s): "
                        "Runde there may have stopped. Resume it here (paused, with the time that passed "
                        "shown), end it there, or leave it?", "", gap_min))
            resume = box.addButton(tr("Resume"), QMessageBox.ButtonRole.AcceptRole)
            end = box.addButton(tr("End it there"), QMessageBox.ButtonRole.RejectRole)
            box.setEscapeButton(end)  # (as before: Escape ends a meeting this computer left)
            if not here:  # another computer's: Escape leaves it as it is
                box.setEscapeButton(box.addButton(tr("Leave it"), QMessageBox.ButtonRole.NoRole))
            box.exec()
            if box.clickedButton() is resume:
                self._resume(fmt, unfinished)
                return True
            if box.clickedButton() is not end:
                continue  # left for the other computer: nothing changes
            meeting, _gap = meeting_from_state(fmt, unfinished.state, self.clock)
            meeting.finish()
            titles = {s.id: s.title.get(self.lang) for s in meeting.format.steps}
            self.store.finish_meeting(unfinished.meeting_id, meeting.record(), titles)
        return False

    def _discard_unstarted(self, meeting_id: int) -> bool:
        """Remove a meeting that was never started and holds nothing typed (True: removed)."""
        from app.storage.api import StorageError

        assert self.store is not None
        try:
            return self.store.discard_unstarted(meeting_id)
        except StorageError:
            return False

    def _resume(self, fmt: Format, unfinished: Unfinished) -> None:
        from ui.capture_panel import CapturePanel
        from ui.meeting_session import MeetingSession

        assert self.store is not None
        meeting, _gap = meeting_from_state(fmt, unfinished.state, self.clock)
        ctl = self._controller(meeting)
        panel = CapturePanel(fmt, list(meeting.participants), self.lang)
        panel.load(self.store.capture(unfinished.meeting_id))
        self.session = MeetingSession(ctl, self.store, unfinished.meeting_id, panel, pending=self.writes)
        ctl.show()

    # -- windows ---------------------------------------------------------------------------------
    def open_start_screen(self) -> StartScreen:
        """The start screen, for choosing a team, a format and who is here."""
        from ui.start_screen import StartScreen

        screen = StartScreen(self.formats, self.lang)
        screen.setWindowTitle(tr("Runde"))
        screen.show_offline(self.offline_text())
        screen.start_requested.connect(self.start_meeting)
        screen.history_requested.connect(self.open_history)
        screen.visit_requested.connect(lambda: self.open_visit("", ""))
        screen.settings_requested.connect(lambda: self.open_settings(screen))
        screen.formats_requested.connect(lambda: self.open_format_editor(screen))
        self._attach_series(screen)
        screen.set_last_time_lookup(lambda team: team_has_met(self.store, team))
        if self.store is not None:
            screen.set_teams({t.name: (t.people, t.last_first_speaker, t.last_facilitator)
                              for t in self.store.teams()}, self.prefs.last_team)
        screen.remember_first_speaker(self.last_first)
        fit_to_screen(screen, 720, 680)
        screen.show()
        self.start_screen = screen
        return screen

    def show_start_screen(self) -> StartScreen:
        """The start screen again (after a meeting or a learning visit), with the teams as stored now
        (the last team chosen, the round opening with the next person)."""
        screen = self.start_screen
        if screen is None:
            return self.open_start_screen()
        if self.store is not None and not self.store.closed:
            from app.storage.api import StorageError

            with contextlib.suppress(StorageError):  # not readable now: the teams known before stay
                screen.set_teams({t.name: (t.people, t.last_first_speaker, t.last_facilitator)
                                  for t in self.store.teams()}, self.prefs.last_team)
        screen.remember_first_speaker(self.last_first)
        screen.presenter_list.set_chosen([])  # the next case has its own presenters
        screen.show()
        screen.raise_()
        screen.activateWindow()
        return screen

    def new_meeting(self, ctl: MeetingController) -> StartScreen:
        """New meeting (the console, once a meeting has ended): everything of it is written (or kept
        on this computer), its windows close, and the start screen opens (first, so Runde never
        stands without a window)."""
        screen = self.show_start_screen()
        if self.session is not None and self.session.ctl is ctl:
            self.session.close()
            self.session = None
        if self.controller is ctl:
            self.controller = None
        ctl.close()
        return screen

    def _attach_series(self, screen: StartScreen) -> None:
        """Meeting series on the start screen, once storage is open (ui/series_panel.py)."""
        if self.store is None or (self.series_hook is not None and self.series_hook.screen is screen):
            return
        from ui.series_panel import SeriesHook

        self.series_hook = SeriesHook(screen, self.store, lambda: self.formats, self.clock.wall,
                                      lambda: self.lang)

    def open_visit(self, agent: str, colleague: str) -> QWidget | None:
        """A learning visit at its check-in: today's visit of the same two people if there is one
        (a second start of the desktop shortcut, or after a crash), else a new one."""
        if self.store is None:
            self._pending_visit = (agent, colleague)
            return None
        if self.refuse_read_only(self.start_screen, visit=True):
            return None
        from app.storage.api import create_visit, list_visits
        from ui.visit_window import new_visit_data

        today = self.clock.wall().astimezone().date()
        if agent or colleague:
            for v in list_visits(self.store, start=today, end=today):
                if (v.agent, v.colleague) == (agent, colleague):
                    return self.open_visit_id(v.id)
        team_id = self.store.team_id(self.prefs.last_team) if self.prefs.last_team else None
        if team_id is None and self.offline is not None and self.prefs.last_team:
            # offline in a file that may not know the team: made here by name, so the visit goes to
            # the server's team of that name (without a team it would miss that team's staff sheet)
            team_id = self.store.save_team(self.prefs.last_team, []).id
        vid = create_visit(self.store, new_visit_data(agent, colleague, today), team_id)
        return self.open_visit_id(vid)

    def open_visit_id(self, visit_id: int) -> QWidget | None:
        """The window of a visit that exists (from History, or to go on with one)."""
        if self.store is None:
            return None
        from ui.visit_window import VisitWindow

        fmt = self.formats.get("learning-visit")
        if fmt is None:
            QMessageBox.warning(None, tr("Runde"), tr("The learning-visit format is missing."))
            return None
        if self.visit_window is not None and getattr(self.visit_window, "visit_id", None) == visit_id:
            self.visit_window.show()
            self.visit_window.raise_()
            return self.visit_window
        if self.visit_window is not None:  # one visit at a time (it is saved as it closes)
            self.visit_window.close()
        from app.storage.api import StorageError

        try:
            window = VisitWindow(self.store, visit_id, fmt, self.clock, self.lang,
                                 background=self.writes if self.store.server is not None else None)
        except (StorageError, KeyError) as exc:  # not readable now, or removed on another computer
            QMessageBox.warning(self.history or self.start_screen, tr("Learning visit"), tr(
                "The learning visit cannot be opened now: %1").replace("%1", storage_error_text(exc)
                                                                       if isinstance(exc, StorageError)
                                                                       else tr("it is no longer there.")))
            return None
        if self.offline is not None:
            window.setWindowTitle(tr("Runde – learning visit (offline, in this computer's own file)"))
        fit_to_screen(window, 1100, 700)
        window.start_screen_requested.connect(lambda: self.visit_done(window))
        window.show()
        if self.start_screen is not None:
            self.start_screen.hide()
        self.visit_window = window
        return window

    def visit_done(self, window: QWidget) -> StartScreen:
        """Back to the start screen (a finished learning visit): it opens, then the visit's window
        closes (saving as it does)."""
        screen = self.show_start_screen()
        window.close()
        return screen

    def open_history(self) -> HistoryWindow | None:
        """History, search, open measures and sheets."""
        if self.store is None:
            return None
        from app.storage.api import StorageError
        from ui.history import HistoryWindow

        try:
            self.history = HistoryWindow(self.store)
        except StorageError as exc:
            QMessageBox.warning(self.start_screen, tr("History"), tr(
                "The history cannot be shown now: %1").replace("%1", storage_error_text(exc)))
            return None
        self.history.visit_open_requested.connect(self.open_visit_id)
        fit_to_screen(self.history, 1100, 700)
        self.history.show()
        return self.history

    def _controller(self, meeting) -> MeetingController:  # type: ignore[no-untyped-def]
        ctl = MeetingController(meeting, lang=self.lang, screen=self.prefs.room_screen,
                                flash=self.prefs.flash)
        ctl.set_high_contrast(self.prefs.theme == "high_contrast")
        ctl.console.settings_requested.connect(lambda: self.open_settings(ctl.console))
        ctl.console.new_meeting_requested.connect(lambda: self.new_meeting(ctl))
        self.chime = None
        if self.prefs.sound:  # QtMultimedia takes ~0.4 s to load: after the first paint
            QTimer.singleShot(CHIME_DELAY_MS, lambda: self._attach_chime(ctl))
        self.controller = ctl
        return ctl

    def _attach_chime(self, ctl: MeetingController) -> None:
        if self.controller is not ctl or self.chime is not None:
            return
        from ui.chime import Chime

        self.chime = Chime(self.prefs.chime, volume=self.prefs.volume, enabled=self.prefs.sound, parent=ctl)
        ctl.phase_changed.connect(self.chime.on_phase)

    # -- formats ---------------------------------------------------------------------------------
    def open_format_editor(self, parent: QWidget | None = None) -> FormatEditor:
        """The format editor (window-modal over ``parent``); what it saves is offered at once."""
        from ui.format_editor import FormatEditor

        screen = self.start_screen
        current = screen.current_format() if screen is not None else None
        setup = screen.setup() if screen is not None else None
        dialog = FormatEditor(self.paths, self.lang, team=screen.team_name() if screen else "",
                              current_id=current.id if current else "",
                              people=len(setup.participants) if setup else 0, parent=parent,
                              store=self.store)
        dialog.formats_changed.connect(self.reload_formats)
        dialog.finished.connect(lambda *_: setattr(self, "format_editor", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.format_editor = dialog
        dialog.open()
        return dialog

    def _add_team_formats(self) -> None:
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

    # -- settings --------------------------------------------------------------------------------
    def open_settings(self, parent: QWidget | None = None) -> bool:
        """The settings dialog; True if the user chose OK (what they chose is saved and applied)."""
        from app.storage.api import configured_url
        from ui.settings_dialog import SettingsDialog

        try:
            found = configured_url(self.paths)
        except ValueError:
            found = None
        server_url = found[0] if found else ""
        dialog = SettingsDialog(self.prefs, parent, server_url=server_url)
        dialog.chime_test.connect(self._test_chime)
        self.settings_dialog = dialog
        accepted = dialog.exec() == SettingsDialog.DialogCode.Accepted
        if accepted:
            self.apply_preferences(dialog.preferences())
            url, password = dialog.server_setting()
            if url != server_url:
                self._save_server_setting(url, password)
            elif url and password:  # only the password: the URL's file (perhaps IT's) is not copied
                self._save_server_password(url, password)
        self.settings_dialog = None
        return accepted

    def _save_server_setting(self, url: str, password: str) -> None:
        """Keep the database setting for the next start (the password in the keyring only)."""
        from app.storage.api import DatabaseSettingError, save_database_setting

        try:
            kept = save_database_setting(self.paths, url or None, password or None)
        except (DatabaseSettingError, OSError) as exc:
            QMessageBox.warning(None, tr("The database setting was not saved"), str(exc))
            return
        if not kept:
            self._no_keyring()

    def _save_server_password(self, url: str, password: str) -> None:
        """Keep a password for the server already set (in the keyring only)."""
        from app.storage.api import DatabaseSettingError, save_database_password

        try:
            kept = save_database_password(url, password)
        except DatabaseSettingError as exc:
            QMessageBox.warning(None, tr("The database setting was not saved"), str(exc))
            return
        if not kept:
            self._no_keyring()

    def _no_keyring(self) -> None:
        QMessageBox.information(None, tr("The password was not saved"), tr(
            "This computer has no keyring to keep the password in. Set the environment variable "
            "RUNDE_DB_PASSWORD instead; the password is never written into a file."))

    def _test_chime(self, sound: str, volume: float) -> None:
        from ui.chime import Chime

        self._chime_test = Chime(sound, volume=volume)
        self._chime_test.play()

    def apply_preferences(self, prefs: Preferences) -> None:
        """Save ``prefs`` and apply them at once; a running meeting goes on untouched."""
        old, self.prefs = self.prefs, prefs
        try:
            save_preferences(prefs, self.paths.settings_path)
        except OSError as exc:
            QMessageBox.warning(None, tr("Settings not saved"), tr(
                "The settings apply now but could not be saved for next time: %1").replace("%1", str(exc)))
        if prefs.theme != old.theme or prefs.text_scale != old.text_scale:
            self.appearance.apply(prefs.theme, prefs.text_scale)
        # --lang is this run's language until the language itself is changed in the settings
        lang = ui_language(None, prefs) if prefs.language != old.language else self.lang
        if lang != self.lang:
            self.set_language(lang)
        ctl = self.controller
        if ctl is not None:
            ctl.set_flash(prefs.flash)
            ctl.set_high_contrast(prefs.theme == "high_contrast")
            if prefs.room_screen != old.room_screen:
                ctl.set_room_screen(prefs.room_screen)
            if prefs.sound and self.chime is None:
                self._attach_chime(ctl)
        if self.chime is not None:
            self.chime.enabled = prefs.sound
            self.chime.set_volume(prefs.volume)
            if prefs.chime != old.chime:
                self.chime.set_sound(prefs.chime)

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

    def read_only_text(self) -> str:
        """Why nothing can be saved: the data folder or the database file is read-only (where it is,
        what to do)."""
        from app.storage.api import DatabaseReadOnlyError, DataFolderReadOnlyError

        if self.store is not None and self.store.read_only_folder:
            return storage_error_text(DataFolderReadOnlyError(self.paths.data_dir))
        return storage_error_text(DatabaseReadOnlyError(self.paths.db_path))

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

    def start_meeting(self, setup: MeetingSetup, team: str | None = None) -> MeetingController | None:
        """Open the room's view and the console for this meeting, ready to start (None: refused,
        the database cannot be written; said why)."""
        if self.refuse_read_only(self.start_screen):
            return None
        setup = replace(setup, format=with_warning(setup.format, self.prefs.warning_s))
        meeting = setup.create(self.clock)
        first = setup.participants[setup.first_speaker % len(setup.participants)] \
            if setup.participants else ""
        self.last_first = first or None
        ctl = self._controller(meeting)
        team = team if team is not None else (self.start_screen.team_name() if self.start_screen else "")
        if self.start_screen is not None:
            self.start_screen.hide()
        if self.store is not None:
            self._store_meeting(ctl, setup, team, first)
        else:
            self._unstored = (ctl, setup, team, first)
        ctl.show()
        smoke.install(ctl)
        return ctl

    def _store_meeting(self, ctl: MeetingController, setup: MeetingSetup, team: str, first: str,
                       rotate: bool = False) -> None:
        from app.storage.api import StorageError
        from ui.capture_panel import CapturePanel
        from ui.meeting_session import MeetingSession

        assert self.store is not None
        fac = setup.participants[setup.facilitator] if setup.facilitator is not None else ""
        if rotate and team:  # ``runde run --team``: the round opens with the next person this time
            from app.rotation import next_first_speaker

            known = next((t for t in self.store.teams() if t.name == team), None)
            idx = next_first_speaker(list(setup.participants), known.last_first_speaker if known else None)
            if ctl.meeting.set_first_speaker(idx):
                first = setup.participants[idx]
                ctl.ticker.refresh()
            from app.since_last import has_own_step, team_has_met, with_since_last

            fmt = setup.format
            if (not has_own_step(fmt) and team_has_met(self.store, team)
                    and ctl.meeting.replan(with_warning(with_since_last(fmt, True), self.prefs.warning_s))):
                # the team has met before: the meeting starts from the last (as the start screen does)
                setup = replace(setup, format=ctl.meeting.format)
                ctl.ticker.refresh()
        from app.capture import Capture
        from app.record import Course, learning_questions

        presenters = tuple(setup.participants[i] for i in setup.presenters)
        try:
            team_id = self.store.save_team(team, list(setup.participants)).id if team else None
            mid = self.store.start_meeting(
                team_id=team_id, format_id=setup.format.id,
                format_title=setup.format.title.get(self.lang), participants=list(setup.participants),
                facilitator=fac, first_speaker=first, presenters=presenters,
                course=Course(lang=self.lang, questions=learning_questions(setup.format, self.lang)))
        except StorageError as exc:
            QMessageBox.warning(ctl.console, tr("The meeting is not being saved"), tr(
                "The meeting runs, but Runde cannot save it: %1").replace("%1", storage_error_text(exc)))
            return
        if self.series_hook is not None:  # today's meeting of the team's series belongs to it
            self.series_hook.meeting_started(mid, setup.format.id)
            start = self.series_hook.planned_start(setup.format.id)
            if start is not None and ctl.meeting.state is RunState.READY:
                ctl.set_planned_start(start)  # the room counts down to it while people gather
        if team:
            self.prefs = replace(self.prefs, last_team=team)
            with contextlib.suppress(OSError):  # settings are a convenience; the meeting is stored
                save_preferences(self.prefs, self.paths.settings_path)
        panel = CapturePanel(setup.format, list(setup.participants), self.lang)
        if presenters:  # as stored: the panel's next save keeps them
            panel.load(Capture(presenters=presenters))
        if team_id is not None:
            self._carry_over(panel, team_id, mid, ctl)
        self.session = MeetingSession(ctl, self.store, mid, panel, pending=self.writes)

    def _carry_over(self, panel: CapturePanel, team_id: int, meeting_id: int,
                    ctl: MeetingController | None = None) -> None:
        """The next meeting starts from the last: its open measures, focus area and topic ideas."""
        from app.storage.api import StorageError

        assert self.store is not None
        today = utc_now().astimezone().date()
        try:
            measures = [(x.uid, x.text, (today - x.opened).days) for x in self.store.open_measures(team_id)
                        if x.meeting_id != meeting_id and not x.confidential]
            last = next((m for m in self.store.meetings(team_id, limit=5) if m.id != meeting_id), None)
            cap = self.store.capture(last.id) if last is not None else None
        except StorageError:
            return  # a convenience: the meeting itself is stored
        panel.set_last_time(measures, cap.focus_area if cap else "",
                            [t.text for t in cap.topic_suggestions if not t.confidential] if cap else [],
                            self._circle_topics(last.id if last is not None else 0))
        panel.measure_reviewed.connect(self._review_measure)
        if ctl is not None and cap is not None:  # the room shows it where the format uses a focus area
            ctl.set_focus_area(cap.focus_area)

    def _circle_topics(self, since_meeting: int) -> list[str]:
        """Topic suggestions from the mini-circles of today's series (docs/FORMATS.md, F4: they flow to the
        parent learning circle), from their meetings held since this circle's last meeting."""
        from app.storage.api import StorageError, child_series, series_meetings

        hook = self.series_hook
        if self.store is None or hook is None or hook.today is None:
            return []
        out: list[str] = []
        try:
            for child in child_series(self.store, hook.today[0]):
                for mid in series_meetings(self.store, child.id):
                    if mid > since_meeting:
                        out += [t.text for t in self.store.capture(mid).topic_suggestions
                                if t.text.strip() and not t.confidential]
        except StorageError:
            return out
        return out

    def _review_measure(self, uid: str, status: str) -> None:
        """Last time's measure marked done or dropped: written like the meeting's own edits (kept
        and tried again while the server cannot be reached; the console's line tells)."""
        if self.session is not None:  # (the panel that asks belongs to the session)
            self.session.review_measure(uid, status)  # kept in the meeting's rescue file too

    def run_command(self) -> MeetingController | None:
        """``runde run FORMAT --participants ...``: straight into the meeting."""
        fmt: Format | None = self.formats.get(self.args.format)
        if fmt is None and self.store is None and self.open_store():  # a team's own format
            fmt = self.formats.get(self.args.format)
        if fmt is None:
            QMessageBox.warning(None, tr("Runde"), tr(
                "There is no format with the id '%1'. Choose one on the start screen.").replace(
                "%1", self.args.format))
            self.open_start_screen()
            return None
        from ui.cli import presenter_indexes, team_name_arg

        parsed = parse_participants(self.args.participants)
        names = list(parsed.names)
        if any(issue is NameIssue.TOO_MANY for issue, _name in parsed.issues):  # told, never cut silently
            sys.stderr.write(tr("--participants: a meeting takes at most %1 people; only the first %1 take "
                                "part, the rest are left out.").replace("%1", str(MAX_PARTICIPANTS)) + "\n")
            sys.stderr.flush()
        fac = names.index(self.args.facilitator) if self.args.facilitator in names else None
        if fmt.requires_facilitator and fac is None:  # refused: the format's source makes one a condition
            sys.stderr.write((tr("runde run: --facilitator must be one of the names in --participants.")
                              if self.args.facilitator else tr(
                "runde run: the format '%1' needs a facilitator: name one of --participants with "
                "--facilitator NAME.").replace("%1", fmt.id)) + "\n")
            sys.stderr.flush()
            self.exit_code = 2
            return None
        pres, unknown = presenter_indexes(self.args.presenter, names)
        if unknown is not None:  # refused: the meeting would run without a presenter it was told of
            QMessageBox.warning(None, tr("Runde"), tr(
                "--presenter: '%1' is not one of --participants. Choose the presenters on the start "
                "screen.").replace("%1", unknown))
            self.open_start_screen()
            return None
        setup = MeetingSetup(fmt, tuple(names), facilitator=fac, presenters=pres, lang=self.lang)
        if self.args.screen is not None:
            self.prefs = replace(self.prefs, room_screen=self.args.screen - 1)
        return self.start_meeting(setup, team=team_name_arg(self.args.team))

    def report_format_errors(self, parent: QWidget | None) -> None:
        """Tell which format files were refused and why (they are not used)."""
        if not self.format_errors:
            return
        from ui.format_editor import format_error_text

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
        if self._unstored is not None:
            unstored, self._unstored = self._unstored, None
            if self.refuse_read_only(unstored[0].console):  # ``runde run`` on a read-only file
                self.open_start_screen()  # first: Runde never stands without a window
                unstored[0].close()
            else:
                self._store_meeting(*unstored, rotate=True)
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
            self._attach_series(self.start_screen)
            self.start_screen.set_teams({t.name: (t.people, t.last_first_speaker, t.last_facilitator)
                                         for t in self.store.teams()}, self.prefs.last_team)
            self.report_format_errors(self.start_screen)
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
            self._poll_timer = QTimer()
            self._poll_timer.setObjectName("server-poll-timer")
            self._poll_timer.setInterval(SERVER_POLL_MS)
            self._poll_timer.timeout.connect(self.poll_server)
            self._poll_timer.start()

    def poll_server(self) -> None:
        """Every two seconds on a server: retry what waits, and show what others saved. The server
        is asked on the writes' thread (a silent network must not stop the room's countdown); what
        changed is shown when the answer comes."""
        store = self.store
        if store is None or store.closed:
            return
        session = self.session
        if session is not None:
            session.panel.flush()  # own edits go first
        self.writes.retry()
        if session is not None:
            session.show_state()

        history = self.history if self.history is not None and self.history.isVisible() else None
        query = history.query() if history is not None else None  # what it shows, asked here
        if history is not None:
            from ui.history import read_history
        screen = self.start_screen if self.start_screen is not None and self.start_screen.isVisible() \
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

        self.writes.run("poll", ask, lambda polled: self._changed_elsewhere(session, history, screen, polled))

    def _changed_elsewhere(self, session: MeetingSession | None, history: HistoryWindow | None,
                           screen: StartScreen | None, polled: Polled | None) -> None:
        """Another computer saved: show it in the windows open when the poll asked (the GUI thread;
        what was read on the writes' thread)."""
        if polled is None or self.store is None or self.store.closed:
            return
        if history is not None and history is self.history and polled.history is not None:
            history.show_read(polled.history[1], polled.history[0])
        if screen is not None and screen is self.start_screen and polled.teams is not None:
            screen.update_teams({t.name: (t.people, t.last_first_speaker, t.last_facilitator)
                                 for t in polled.teams})
        if session is not None and session is self.session and polled.capture is not None:
            session.show_from_store(polled.capture)

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
        for name in ("_startup_backup_timer", "_backup_timer", "_poll_timer"):
            timer = getattr(self, name, None)
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


def run_gui(args: argparse.Namespace) -> int:
    """Paint the first window, then open storage (the heavy imports come after the first paint)."""
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.single_instance import SingleInstance

    instance = SingleInstance.begin(args)  # open already on this data: it was told, this start ends
    if instance.exit_code is not None:
        return instance.exit_code
    from ui import crash

    crash.install(AppPaths.create(args.data_dir))  # the log, private folders, the calm error dialog
    from ui import identity

    identity.apply()  # name, desktop id and icon, before the first window
    QApplication.setApplicationVersion(app.__version__)
    runde = RundeApp(args)
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
