"""Runs one meeting: connects the engine, the room's view, the console, the keys and the screens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from app.adaptive import Nudge, Proposal, propose
from app.engine import Meeting, MeetingView, Phase, RunState
from app.limits import MAX_PEOPLE
from app.time_of_day import parse_time_of_day
from app.timefmt import seconds_to_next_change
from ui.console import Console
from ui.help_overlay import HelpOverlay
from ui.keys import Action, KeyRouter
from ui.room_message import RoomMessage
from ui.screens import RoomWindow, ScreenRouter, fit_to_screen
from ui.ticker import Ticker

END_CONFIRM_S = 10.0  # the second Page Down that ends the meeting comes within this after the first
END_BOUNCE_S = 0.4  # a second press sooner than this is the clicker's bounce, not a decision


class MeetingController(QObject):
    """The controller of a running meeting.

    Signals:
        finished(object): the meeting ended; carries the engine's ``MeetingRecord``.
        phase_changed(object): the countdown entered another ``Phase`` (for the chime and screen readers).
    """

    finished = Signal(object)
    phase_changed = Signal(object)

    def __init__(self, meeting: Meeting, *, lang: str = "en", screen: int = -1,
                 flash: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.lang = lang
        self.room = RoomWindow()
        self.room.view.set_language(lang)
        self.room.view.set_flash_enabled(flash)
        self.console = Console(lang)
        fit_to_screen(self.console, 1100, 720)  # on F2 too (one screen), within a laptop's screen
        self.router = ScreenRouter(self.room, preferred=screen)
        self.ticker = Ticker(meeting, self)
        self.keys = KeyRouter(self)
        self.keys.windows = [self.room, self.console]
        self.keys.meeting_controls = {*self.console.buttons.values(), self.console.screen_button,
                                      self.console.settings_button, self.console.finish_button}
        self.blackout = False
        self._closing = False  # close(): both windows go, nothing takes over
        self._console_closes = 0
        self._last_phase: Phase | None = None
        self._help: dict[int, HelpOverlay] = {}
        self.last_announcement = ""
        self.message: RoomMessage | None = None  # on the room's view until cleared; never stored
        self.end_prompt_at: float | None = None  # when Page Down at the very end asked for a second one
        self.nudge = Nudge()  # when to offer a shorter plan for what is left
        self.proposal: Proposal | None = None  # the plan open on the console, or None
        self._start_timer = QTimer(self)  # the countdown to the planned start, on its second boundary
        self._start_timer.setObjectName("start-countdown-timer")
        self._start_timer.setSingleShot(True)
        self._start_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._start_timer.timeout.connect(self.ticker.refresh)
        self._connect()

    def _connect(self) -> None:
        self.ticker.view_changed.connect(self._show)
        self.room.destroyed.connect(self.ticker.stop)  # no repaint of a window that is gone
        self.console.destroyed.connect(self.ticker.stop)
        self.keys.triggered.connect(self.on_key)
        self.keys.other_key.connect(self.cancel_end_prompt)
        self.console.action.connect(self.on_action)
        self.console.absent_toggled.connect(self._toggle_absent)
        self.console.moved.connect(self._move)
        self.console.latecomer.connect(self._add_late)
        self._late_limit()
        self.console.finish_requested.connect(self.confirm_finish)
        self.console.move_screen_requested.connect(self.router.move_to_next_screen)
        self.router.placement_changed.connect(self._placed)
        self.console.adapt_requested.connect(self.open_adaptive)
        self.console.adapt_applied.connect(self.apply_adaptive)
        self.console.adapt_dismissed.connect(self.dismiss_adaptive)
        self.console.start_time_entered.connect(self.set_start_text)
        self.console.message_panel.text_chosen.connect(lambda text: self.show_message(RoomMessage(text=text)))
        self.room.destroyed.connect(self._start_timer.stop)
        self.room.closing.connect(self._room_closing)
        self.console.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.keys)
        self.room.destroyed.connect(self._release_keys)  # the clicker's keys go nowhere once it is gone
        self.console.destroyed.connect(self._release_keys)

    def _release_keys(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.keys)

    # -- showing ---------------------------------------------------------------------------------
    def show(self) -> None:
        """Room view on the projector and the console on the laptop; one screen: room view only."""
        self.router.place()
        if len(QGuiApplication.screens()) > 1:
            fit_to_screen(self.console, 1100, 720)
            self.console.show()
        else:
            self.room.view.set_hint(self.tr("F1 keys · F2 console · Esc leave full screen"))
        self.ticker.refresh()

    def single_screen(self) -> bool:
        """Only one screen: the room's view fills it and the console is on F2."""
        return len(QGuiApplication.screens()) < 2

    # -- settings, applied to a running meeting without touching it ---------------------------------
    def set_language(self, lang: str) -> None:
        """Format texts in ``lang``; the interface's own texts follow the translators by themselves."""
        self.lang = lang
        self.room.view.set_language(lang)
        self.console.set_language(lang)
        if self.single_screen():
            self.room.view.set_hint(self.tr("F1 keys · F2 console · Esc leave full screen"))
        self.ticker.refresh()

    def set_flash(self, on: bool) -> None:
        """Allow or stop the short flash at a phase change."""
        self.room.view.set_flash_enabled(on)

    def set_high_contrast(self, on: bool) -> None:
        """The room's view in black, white and yellow."""
        self.room.view.set_high_contrast(on)

    def set_room_screen(self, preferred: int) -> None:
        """Put the room's view on this screen (-1: the first that is not the primary one)."""
        self.router.preferred = preferred
        if self.room.isFullScreen():
            self.router.place()

    def _announce(self, view: MeetingView) -> None:
        """Tell assistive technology that the phase changed (a screen reader says it)."""
        step = view.step.title.get(self.lang)
        texts = {Phase.WARNING: self.tr("Time is almost up: %1").replace("%1", step),
                 Phase.OVERTIME: self.tr("Time is up: %1").replace("%1", step)}
        text = texts.get(view.phase)
        if text is None:
            return
        self.last_announcement = text
        event = QAccessibleAnnouncementEvent(self.console, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)

    def _placed(self, name: str) -> None:
        self.console.set_screen_text(self.tr("Room view on: %1").replace("%1", name))

    def _times(self, view: MeetingView) -> tuple[datetime, datetime | None]:
        """The time of day in the meeting's zone, and when the meeting is now expected to end (the
        planned end moved by what it is behind or ahead; None before the start and after the end)."""
        now = self.meeting.clock.wall()
        if now.tzinfo is not None:
            now = now.astimezone(self.meeting.zone)
        planned = self.meeting.planned_end()
        if planned is None or view.state not in (RunState.RUNNING, RunState.PAUSED):
            return now, None
        return now, planned + timedelta(seconds=view.behind_s)

    def _show(self, view: MeetingView) -> None:
        now, end = self._times(view)
        self.room.view.set_times(now, end)
        self.console.preview.set_times(now, end)
        self.room.view.set_view(view)
        if self.console.isVisible():
            self.console.show_view(view)
        if view.phase is not self._last_phase:
            if self._last_phase is not None and view.state is RunState.RUNNING:
                self.phase_changed.emit(view.phase)
                self._announce(view)
            self._last_phase = view.phase
        self._follow_adaptive(view)
        self._aim_start_countdown(view)
        if self.end_prompt_at is not None and (not self._at_the_end(view) or self.meeting.clock.monotonic()
                                               - self.end_prompt_at > END_CONFIRM_S):
            self.cancel_end_prompt()

    # -- before the start: the room's countdown ------------------------------------------------------
    def set_planned_start(self, when: datetime | None) -> bool:
        """The planned start (from a series, say); the room counts down to it. Only before the start."""
        ok = self.meeting.set_planned_start(when)
        if ok:
            self.console.show_start_time(self.meeting.planned_start)
            self.ticker.refresh()
        return ok

    def set_start_text(self, text: str) -> None:
        """The planned start as typed on the console ("14:00", "14.00", "1400"; empty: none)."""
        if not text.strip():
            self.set_planned_start(None)
            return
        hm = parse_time_of_day(text)
        if hm is None:
            self.console.show_start_time(None, ok=False)
            return
        if self.meeting.set_planned_start_at(*hm):
            self.console.show_start_time(self.meeting.planned_start)
            self.ticker.refresh()

    def _aim_start_countdown(self, view: MeetingView) -> None:
        """Repaint when the countdown's shown second changes (the ticker looks once a second)."""
        self.console.start_row.setVisible(view.state is RunState.READY)  # even while the console is hidden
        c = view.before_start
        if c is None or c.seconds_left <= 0:
            self._start_timer.stop()
            return
        self._start_timer.start(max(1, int(seconds_to_next_change(c.seconds_left) * 1000) + 4))

    # -- adaptive timing: shorten what is left so the meeting ends on time ---------------------------
    def _follow_adaptive(self, view: MeetingView) -> None:
        if view.state not in (RunState.RUNNING, RunState.PAUSED):
            if self.proposal is not None:
                self.proposal = None
                self.console.show_proposal(None)
            self.console.show_adapt_offer(None)
            return
        plan = propose(self.meeting.outlook())
        if self.proposal is not None:  # the plan is open: keep it true to the meeting as it goes
            self.proposal = plan
            self.console.show_proposal(plan, self.meeting.usual_end())
            return
        self.console.show_adapt_offer(view.behind_s if self.nudge.wants(view.behind_s, plan) else None)

    def open_adaptive(self) -> None:
        """Show the new plan on the console (nothing changes until it is applied)."""
        if self.meeting.state not in (RunState.RUNNING, RunState.PAUSED):
            return
        self.proposal = propose(self.meeting.outlook())
        self.console.show_proposal(self.proposal, self.meeting.usual_end())

    def apply_adaptive(self) -> None:
        """Apply the plan shown; if the meeting moved on meanwhile, show the plan for what is left now."""
        if self.proposal is None or not self.proposal.changes:
            return
        if self.meeting.apply_plan(self.proposal.plan()):
            self.nudge.applied()
            self.proposal = None
            self.console.show_proposal(None)
        else:
            self.open_adaptive()
        self.ticker.refresh()

    def dismiss_adaptive(self) -> None:
        """Not now: keep the plan; quiet until the meeting is a further two minutes behind."""
        self.nudge.dismiss(self.meeting.behind_s())
        self.proposal = None
        self.console.show_proposal(None)
        self.console.show_adapt_offer(None)
        self.ticker.refresh()

    # -- what the room is told: a message, the focus area ----------------------------------------------
    def show_message(self, message: RoomMessage | None) -> None:
        """Show ``message`` large on the room's view (and the console's preview) until it is cleared
        (None). Kept only here, in memory: it moves with the room's window from screen to screen."""
        self.message = message
        self.room.view.set_message(message)
        self.console.preview.set_message(message)
        self.console.message_panel.show_current(message)

    def set_focus_area(self, text: str) -> None:
        """The focus area the team chose last time: the room shows it where the format uses one."""
        self.room.view.set_focus_area(text)
        self.console.preview.set_focus_area(text)

    # -- actions ---------------------------------------------------------------------------------
    def on_key(self, action: Action) -> None:
        """One key or clicker button. At the very end Page Down asks first ("Press Page Down again to
        end the meeting" on the room's view) and a second press within END_CONFIRM_S ends the meeting as
        Finish meeting… does; Page Up only takes the prompt away, any other key takes it away and acts."""
        if action is Action.NEXT and self._at_the_end(self.meeting.view()):
            if self.end_prompt_at is None:
                self._show_end_prompt(True)
                self.end_prompt_at = self.meeting.clock.monotonic()
            elif self.meeting.clock.monotonic() - self.end_prompt_at >= END_BOUNCE_S:
                self.finish()
            return
        if self.end_prompt_at is not None:
            self.cancel_end_prompt()
            if action is Action.PREVIOUS:
                return
        self.on_action(action)

    def _at_the_end(self, view: MeetingView) -> bool:
        """Running or paused on the last step, outside a round or after its last speaker: Page Down
        has nowhere to go."""
        if view.state not in (RunState.RUNNING, RunState.PAUSED) or not view.is_last_step:
            return False
        return view.round is None or view.round.speaker is None

    def cancel_end_prompt(self) -> None:
        """Take the prompt to end the meeting off the room's view (nothing else changes)."""
        if self.end_prompt_at is None:
            return
        self.end_prompt_at = None
        self._show_end_prompt(False)

    def _show_end_prompt(self, on: bool) -> None:
        self.room.view.set_end_prompt(on)
        self.console.preview.set_end_prompt(on)
        if on:
            text = self.room.view.end_prompt_text()
            self.last_announcement = text
            event = QAccessibleAnnouncementEvent(self.console, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
            QAccessible.updateAccessibility(event)

    def on_action(self, action: Action) -> None:
        """One key or button."""
        self.cancel_end_prompt()
        handlers: dict[Action, Callable[[], object]] = {
            Action.NEXT: self.meeting.next,
            Action.PREVIOUS: self.meeting.previous,
            Action.TOGGLE: self.meeting.toggle,
            Action.MORE: self.meeting.extend,
            Action.LESS: self.meeting.shorten,
            Action.PASS: self.meeting.pass_turn,
            Action.BLACKOUT: self._toggle_blackout,
            Action.FULLSCREEN: self.router.place,
            Action.LEAVE_FULLSCREEN: self._leave_fullscreen,
            Action.HELP: self._toggle_help,
            Action.CONSOLE: self._show_console,
            Action.MESSAGE_1: lambda: self.show_message(RoomMessage(1)),
            Action.MESSAGE_2: lambda: self.show_message(RoomMessage(2)),
            Action.MESSAGE_3: lambda: self.show_message(RoomMessage(3)),
            Action.CLEAR_MESSAGE: lambda: self.show_message(None),
        }
        handlers[action]()
        self.ticker.refresh()

    def _toggle_blackout(self) -> None:
        self.blackout = not self.blackout
        self.room.view.set_blackout(self.blackout)

    def _leave_fullscreen(self) -> None:
        if self._help_visible():
            self._close_help()
            return
        if self.room.isFullScreen():
            self.room.showNormal()
            self.room.resize(960, 540)
            self._show_console()

    def _show_console(self) -> None:
        self.console.show()
        self.console.raise_()
        self.console.activateWindow()
        self.console.show_view(self.meeting.view())

    def _help_target(self) -> QWidget:
        active = QApplication.activeWindow()
        return active if active in (self.console, self.room) else (
            self.console if self.console.isVisible() else self.room)

    def _help_visible(self) -> bool:
        return any(h.isVisible() for h in self._help.values())

    def _close_help(self) -> None:
        for h in self._help.values():
            h.hide()

    def _toggle_help(self) -> None:
        target = self._help_target()
        overlay = self._help.get(id(target))
        if overlay is None:
            overlay = HelpOverlay(target)
            self._help[id(target)] = overlay
        overlay.toggle()

    def _toggle_absent(self, pid: int) -> None:
        rnd = self.meeting.upcoming_round()
        if rnd is None:
            return
        from app.rotation import TurnStatus

        if rnd.by_id(pid).status is TurnStatus.ABSENT:
            self.meeting.rejoin(pid)
        else:
            self.meeting.set_absent(pid)
        self.ticker.refresh()

    def _move(self, pid: int, index: int) -> None:
        self.meeting.move_in_round(pid, index)
        self.ticker.refresh()

    def _add_late(self, name: str) -> None:
        """A late-comer, named as the start screen names people (cleaned, cut to its length); none
        past app/limits.py's MAX_PEOPLE: the field is then disabled and says why."""
        from app.participants import clean_name, fit_name

        name = fit_name(clean_name(name))
        if name and self.meeting.add_participant(name) is not None:
            self.ticker.refresh()
        self._late_limit()

    def _late_limit(self) -> None:
        full = not self.meeting.can_add_participant()
        why = self.tr("A meeting holds at most %n people.", "", MAX_PEOPLE) if full else ""
        for w in (self.console.late_edit, self.console.late_button):
            w.setEnabled(not full)
            w.setToolTip(why)
        if full:
            self.console.late_edit.setPlaceholderText(why)

    def confirm_finish(self) -> None:
        """Ask, then end the meeting."""
        parent = self.console if self.console.isVisible() else self.room
        answer = QMessageBox.question(
            parent, self.tr("Finish the meeting?"),
            self.tr("The meeting ends now and its times are kept. You can still add learning "
                    "points and measures afterwards."))
        if answer == QMessageBox.StandardButton.Yes:
            self.finish()

    def finish(self) -> None:
        """End the meeting now: the room thanks everyone, the console shows what was captured and
        offers the sheet and a new meeting."""
        self.cancel_end_prompt()
        self.meeting.finish()
        if self.message is not None and self.message.preset:  # "2 minutes left" is over with the meeting
            self.show_message(None)  # (a typed message, "Coffee in the canteen", stays until cleared)
        self.ticker.refresh()
        self.finished.emit(self.meeting.record())
        self._bring_console()

    def _room_closing(self) -> None:
        """The room's window is being closed (not by :meth:`close`): the console takes over, so Runde
        goes on (it quits when its last window closes). Qt would quit as the room goes when nothing
        else is shown (one screen: the console waits on F2), so quitting waits for the console."""
        if self._closing:
            return
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        app.setQuitOnLastWindowClosed(False)
        closes = self._console_closes

        def take_over() -> None:
            try:
                if isValid(self) and isValid(self.console) and not self._closing \
                        and self._console_closes == closes:  # (not closed meanwhile by code)
                    self._bring_console()
                elif not any(w.isVisible() for w in app.topLevelWidgets()):
                    app.quit()  # nothing is left to take over: quit as Qt would have
            finally:
                app.setQuitOnLastWindowClosed(True)
        QTimer.singleShot(0, take_over)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Count the console's closes (a close by code after the room's: nothing takes over)."""
        if watched is self.console and event.type() == QEvent.Type.Close:
            self._console_closes += 1
        return False

    def _bring_console(self) -> None:
        """The console shown and in front, up to date (the window that has the focus keeps it)."""
        self.console.show()
        self.console.raise_()
        self.console.show_view(self.meeting.view())

    def close(self) -> None:
        """Stop repainting and close both windows."""
        self._closing = True
        self.ticker.stop()
        self._release_keys()
        self.room.close()
        self.console.close()
