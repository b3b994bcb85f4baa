"""The composition root: builds the QApplication, loads settings and formats, opens the first window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import app
from app.clock import RoomClock, SystemClock
from app.format_library import available_formats
from app.formats import Format
from app.participants import parse_participants
from app.paths import AppPaths
from app.preferences import Preferences, load_preferences
from app.setup import MeetingSetup
from ui import smoke
from ui.chime import Chime
from ui.i18n import Translations
from ui.meeting_controller import MeetingController
from ui.start_screen import StartScreen


def tr(text: str) -> str:
    """Translate in the ``Application`` context."""
    return QCoreApplication.translate("Application", text)


def ui_language(args_lang: str | None, prefs: Preferences) -> str:
    """The chosen language, else the system's (en, da, nb, sv, fi), else English."""
    for cand in (args_lang, prefs.language, QLocale.system().name()):
        if cand:
            base = cand.replace("-", "_").partition("_")[0].lower()
            if base in {"no", "nn"}:
                base = "nb"
            if base in {"en", "da", "nb", "sv", "fi"}:
                return base
    return "en"


class RundeApp:
    """Holds what lives as long as the app: paths, settings, formats, the open windows."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.paths = AppPaths.create(args.data_dir)
        self.prefs = load_preferences(self.paths.settings_path)
        self.lang = ui_language(args.lang, self.prefs)
        self.formats, self.format_errors = available_formats(self.paths)
        self.clock = RoomClock(SystemClock())
        self.translations = Translations()
        self.start_screen: StartScreen | None = None
        self.controller: MeetingController | None = None
        self.last_first: str | None = None

    def open_start_screen(self) -> StartScreen:
        """The start screen, for choosing a format and who is here."""
        screen = StartScreen(self.formats, self.lang)
        screen.setWindowTitle(tr("Runde"))
        screen.start_requested.connect(self.start_meeting)
        screen.remember_first_speaker(self.last_first)
        screen.resize(720, 640)
        screen.show()
        self.start_screen = screen
        return screen

    def start_meeting(self, setup: MeetingSetup) -> MeetingController:
        """Open the room's view and the console for this meeting, ready to start."""
        meeting = setup.create(self.clock)
        if setup.participants:
            self.last_first = setup.participants[setup.first_speaker % len(setup.participants)]
        ctl = MeetingController(meeting, lang=self.lang, screen=self.prefs.room_screen,
                                flash=self.prefs.flash)
        ctl.finished.connect(lambda _record: None)
        if self.prefs.sound:
            chime = Chime(volume=self.prefs.volume, parent=ctl)
            ctl.phase_changed.connect(chime.on_phase)
        self.controller = ctl
        if self.start_screen is not None:
            self.start_screen.hide()
        ctl.show()
        smoke.install(ctl)
        return ctl

    def run_command(self) -> MeetingController | None:
        """``runde run FORMAT --participants ...``: straight into the meeting."""
        fmt: Format | None = self.formats.get(self.args.format)
        if fmt is None:
            QMessageBox.warning(None, tr("Runde"), tr(
                "There is no format with the id '%1'. Choose one on the start screen.").replace(
                "%1", self.args.format))
            self.open_start_screen()
            return None
        names = list(parse_participants(self.args.participants).names)
        fac = names.index(self.args.facilitator) if self.args.facilitator in names else None
        pres = (names.index(self.args.presenter),) if self.args.presenter in names else ()
        setup = MeetingSetup(fmt, tuple(names), facilitator=fac, presenters=pres, lang=self.lang)
        if self.args.screen is not None:
            self.prefs = Preferences(**{**self.prefs.__dict__, "room_screen": self.args.screen - 1})
        return self.start_meeting(setup)

    def report_format_errors(self, parent: QWidget | None) -> None:
        """Tell which format files were refused and why (they are not used)."""
        if not self.format_errors:
            return
        text = "\n\n".join(str(e) for e in self.format_errors[:10])
        QMessageBox.warning(parent, tr("Some formats could not be used"), text)


def run_gui(args: argparse.Namespace) -> int:
    """Open Runde's windows and run until the last one closes."""
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setApplicationName("Runde")
    QApplication.setApplicationVersion(app.__version__)
    runde = RundeApp(args)
    runde.translations.install(runde.lang)
    if args.command == "run":
        runde.run_command()
    else:
        runde.report_format_errors(runde.open_start_screen())
    return qapp.exec()
