"""Starting a meeting: ``runde run`` from the command line, the start screen's Start, or a resumed
meeting. The room's view and the console open at once; the meeting is stored (with what the team
carries over from last time) as soon as the data is open."""

from __future__ import annotations

import contextlib
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app.engine import Meeting, RunState
from app.formats import Format, with_warning
from app.participants import MAX_PARTICIPANTS, NameIssue, parse_participants
from app.preferences import save_preferences
from app.recovery import meeting_from_state
from app.setup import MeetingSetup
from app.typed_names import presenter_indexes, team_name_arg
from ui import smoke
from ui.error_texts import storage_error_text
from ui.i18n import tr
from ui.meeting_controller import MeetingController

if TYPE_CHECKING:
    from app.storage.api import Unfinished
    from ui.app_state import AppState
    from ui.capture_panel import CapturePanel

CHIME_DELAY_MS = 1500


def make_controller(runde: AppState, meeting: Meeting) -> MeetingController:
    """The room's view and the console for ``meeting``, as the settings say; the chime joins later."""
    prefs = runde.prefs
    ctl = MeetingController(meeting, lang=runde.lang, screen=prefs.room_screen, flash=prefs.flash)
    ctl.set_high_contrast(prefs.theme == "high_contrast")
    ctl.console.settings_requested.connect(lambda: runde.open_settings(ctl.console))
    ctl.console.new_meeting_requested.connect(lambda: runde.new_meeting(ctl))
    runde.chime = None
    if prefs.sound:  # QtMultimedia takes ~0.4 s to load: after the first paint
        QTimer.singleShot(CHIME_DELAY_MS, lambda: attach_chime(runde, ctl))
    runde.controller = ctl
    return ctl


def attach_chime(runde: AppState, ctl: MeetingController) -> None:
    """The chime of the meeting's phases (not for a meeting that is gone, nor twice)."""
    if runde.controller is not ctl or runde.chime is not None:
        return
    from ui.chime import Chime

    prefs = runde.prefs
    runde.chime = Chime(prefs.chime, volume=prefs.volume, enabled=prefs.sound, parent=ctl)
    ctl.phase_changed.connect(runde.chime.on_phase)


def start_meeting(runde: AppState, setup: MeetingSetup, team: str | None = None) -> MeetingController | None:
    """Open the room's view and the console for this meeting, ready to start (None: refused,
    the database cannot be written; said why)."""
    if runde.refuse_read_only(runde.start_screen):
        return None
    setup = replace(setup, format=with_warning(setup.format, runde.prefs.warning_s))
    meeting = setup.create(runde.clock)
    first = setup.participants[setup.first_speaker % len(setup.participants)] \
        if setup.participants else ""
    runde.last_first = first or None
    ctl = make_controller(runde, meeting)
    team = team if team is not None else (runde.start_screen.team_name() if runde.start_screen else "")
    if runde.start_screen is not None:
        runde.start_screen.hide()
    if runde.store is not None:
        store_meeting(runde, ctl, setup, team, first)
    else:
        runde.unstored = (ctl, setup, team, first)
    ctl.show()
    smoke.install(ctl)
    return ctl


def _rotate(runde: AppState, ctl: MeetingController, setup: MeetingSetup, team: str, first: str
            ) -> tuple[MeetingSetup, str]:
    """``runde run --team``: the round opens with the next person this time, and a team that has
    met before starts from the last (as the start screen does)."""
    from app.rotation import next_first_speaker
    from app.since_last import has_own_step, team_has_met, with_since_last

    assert runde.store is not None
    known = next((t for t in runde.store.teams() if t.name == team), None)
    idx = next_first_speaker(list(setup.participants), known.last_first_speaker if known else None)
    if ctl.meeting.set_first_speaker(idx):
        first = setup.participants[idx]
        ctl.ticker.refresh()
    fmt = setup.format
    if (not has_own_step(fmt) and team_has_met(runde.store, team)
            and ctl.meeting.replan(with_warning(with_since_last(fmt, True), runde.prefs.warning_s))):
        setup = replace(setup, format=ctl.meeting.format)
        ctl.ticker.refresh()
    return setup, first


def store_meeting(runde: AppState, ctl: MeetingController, setup: MeetingSetup, team: str, first: str,
                  rotate: bool = False) -> None:
    """Store the meeting that opened (its team, who is here, the course) and give it its session:
    the capture panel, with what the team carries over from last time."""
    from app.capture import Capture
    from app.record import Course, learning_questions
    from app.storage.api import StorageError
    from ui.capture_panel import CapturePanel
    from ui.meeting_session import MeetingSession

    store = runde.store
    assert store is not None
    fac = setup.participants[setup.facilitator] if setup.facilitator is not None else ""
    if rotate and team:
        setup, first = _rotate(runde, ctl, setup, team, first)
    presenters = tuple(setup.participants[i] for i in setup.presenters)
    try:
        team_id = store.join_team(team, list(setup.participants)).id if team else None
        mid = store.start_meeting(
            team_id=team_id, format_id=setup.format.id,
            format_title=setup.format.title.get(runde.lang), participants=list(setup.participants),
            facilitator=fac, first_speaker=first, presenters=presenters,
            course=Course(lang=runde.lang, questions=learning_questions(setup.format, runde.lang)))
    except StorageError as exc:
        QMessageBox.warning(ctl.console, tr("The meeting is not being saved"), tr(
            "The meeting runs, but Runde cannot save it: %1").replace("%1", storage_error_text(exc)))
        return
    if runde.series_hook is not None:  # today's meeting of the team's series belongs to it
        runde.series_hook.meeting_started(mid, setup.format.id)
        start = runde.series_hook.planned_start(setup.format.id)
        if start is not None and ctl.meeting.state is RunState.READY:
            ctl.set_planned_start(start)  # the room counts down to it while people gather
    if team:
        runde.prefs = replace(runde.prefs, last_team=team)
        with contextlib.suppress(OSError):  # settings are a convenience; the meeting is stored
            save_preferences(runde.prefs, runde.paths.settings_path)
    panel = CapturePanel(setup.format, list(setup.participants), runde.lang, clock=runde.clock)
    if presenters:  # as stored: the panel's next save keeps them
        panel.load(Capture(presenters=presenters))
    if team_id is not None:
        _carry_over(runde, panel, team_id, mid, ctl)
    runde.session = MeetingSession(ctl, store, mid, panel, pending=runde.writes)


def _carry_over(runde: AppState, panel: CapturePanel, team_id: int, meeting_id: int,
                ctl: MeetingController | None = None) -> None:
    """The next meeting starts from the last: its open measures, focus area and topic ideas."""
    from app.storage.api import StorageError

    store = runde.store
    assert store is not None
    today = runde.utc_now().astimezone().date()
    try:
        measures = [(x.uid, x.text, (today - x.opened).days) for x in store.open_measures(team_id)
                    if x.meeting_id != meeting_id and not x.confidential]
        last = next((m for m in store.meetings(team_id, limit=5) if m.id != meeting_id), None)
        cap = store.capture(last.id) if last is not None else None
    except StorageError:
        return  # a convenience: the meeting itself is stored
    panel.set_last_time(measures, cap.focus_area if cap else "",
                        [t.text for t in cap.topic_suggestions if not t.confidential] if cap else [],
                        _circle_topics(runde, last.id if last is not None else 0))
    panel.measure_reviewed.connect(lambda uid, status: _review_measure(runde, uid, status))
    if ctl is not None and cap is not None:  # the room shows it where the format uses a focus area
        ctl.set_focus_area(cap.focus_area)


def _circle_topics(runde: AppState, since_meeting: int) -> list[str]:
    """Topic suggestions from the mini-circles of today's series (docs/FORMATS.md, F4: they flow to the
    parent learning circle), from their meetings held since this circle's last meeting."""
    from app.storage.api import StorageError, child_series, series_meetings

    hook, store = runde.series_hook, runde.store
    if store is None or hook is None or hook.today is None:
        return []
    out: list[str] = []
    try:
        for child in child_series(store, hook.today[0]):
            for mid in series_meetings(store, child.id):
                if mid > since_meeting:
                    out += [t.text for t in store.capture(mid).topic_suggestions
                            if t.text.strip() and not t.confidential]
    except StorageError:
        return out
    return out


def _review_measure(runde: AppState, uid: str, status: str) -> None:
    """Last time's measure marked done or dropped: written like the meeting's own edits (kept
    and tried again while the server cannot be reached; the console's line tells)."""
    if runde.session is not None:  # (the panel that asks belongs to the session)
        runde.session.review_measure(uid, status)  # kept in the meeting's rescue file too


def resume(runde: AppState, fmt: Format, unfinished: Unfinished) -> None:
    """Go on with a meeting that was running when Runde stopped: paused, where it was."""
    from ui.capture_panel import CapturePanel
    from ui.meeting_session import MeetingSession

    assert runde.store is not None
    meeting, _gap = meeting_from_state(fmt, unfinished.state, runde.clock)
    ctl = make_controller(runde, meeting)
    panel = CapturePanel(fmt, list(meeting.participants), runde.lang, clock=runde.clock)
    panel.load(runde.store.capture(unfinished.meeting_id))
    runde.session = MeetingSession(ctl, runde.store, unfinished.meeting_id, panel, pending=runde.writes)
    ctl.show()


def run_command(runde: AppState) -> MeetingController | None:
    """``runde run FORMAT --participants ...``: straight into the meeting. A format, facilitator or
    presenter that is not there is refused in words."""
    args = runde.args
    fmt: Format | None = runde.formats.get(args.format)
    if fmt is None and runde.store is None and runde.open_store():  # a team's own format
        fmt = runde.formats.get(args.format)
    if fmt is None:
        QMessageBox.warning(None, tr("Runde"), tr(
            "There is no format with the id '%1'. Choose one on the start screen.").replace(
            "%1", args.format))
        runde.open_start_screen()
        return None
    parsed = parse_participants(args.participants)
    names = list(parsed.names)
    if any(issue is NameIssue.TOO_MANY for issue, _name in parsed.issues):  # told, never cut silently
        sys.stderr.write(tr("--participants: a meeting takes at most %1 people; only the first %1 take "
                            "part, the rest are left out.").replace("%1", str(MAX_PARTICIPANTS)) + "\n")
        sys.stderr.flush()
    fac = names.index(args.facilitator) if args.facilitator in names else None
    if fmt.requires_facilitator and fac is None:  # refused: the format's source makes one a condition
        sys.stderr.write((tr("runde run: --facilitator must be one of the names in --participants.")
                          if args.facilitator else tr(
            "runde run: the format '%1' needs a facilitator: name one of --participants with "
            "--facilitator NAME.").replace("%1", fmt.id)) + "\n")
        sys.stderr.flush()
        runde.exit_code = 2
        return None
    pres, unknown = presenter_indexes(args.presenter, names)
    if unknown is not None:  # refused: the meeting would run without a presenter it was told of
        QMessageBox.warning(None, tr("Runde"), tr(
            "--presenter: '%1' is not one of --participants. Choose the presenters on the start "
            "screen.").replace("%1", unknown))
        runde.open_start_screen()
        return None
    setup = MeetingSetup(fmt, tuple(names), facilitator=fac, presenters=pres, lang=runde.lang)
    if args.screen is not None:
        runde.prefs = replace(runde.prefs, room_screen=args.screen - 1)
    return start_meeting(runde, setup, team=team_name_arg(args.team))
