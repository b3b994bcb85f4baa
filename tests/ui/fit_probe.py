"""Opens every window of Runde as a user reaches it, on a screen of a given size, and reports what does
not fit: a window larger than the screen's free area or off it, a label or button narrower than its text,
a tab title that is cut. Run in a process of its own, because the screen's size is fixed when Qt starts:

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.ui.fit_probe OUT_DIR en da

(``tests/ui/test_windows_fit.py`` writes the screen file and runs it.) Prints one JSON object:
``{"lang:window": ["problem", ...]}``, and saves a picture of each window in OUT_DIR.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QTabBar, QWidget

from tests.ui.screen_checks import clipped, cut_cells, cut_tabs

NAMES = ["Anna Østergaard", "Bo", "Cecilie", "Dorthe", "Erik", "Frida", "Gunnar", "Hanne",
         "Máret Ðuoŋŋa"]


def off_screen(window: QWidget) -> list[str]:
    """The window is larger than the screen's free area (less the taskbar), or not inside it."""
    screen = QWidget.screen(window) or QGuiApplication.primaryScreen()  # (a field may be called screen)
    room = screen.availableGeometry()
    frame = window.frameGeometry()
    out = []
    if window.width() > room.width() or window.height() > room.height():
        out.append(f"{window.width()}x{window.height()} does not fit {room.width()}x{room.height()}")
    elif not room.contains(frame.topLeft()) or not room.contains(window.geometry().bottomRight()):
        out.append(f"at {frame.x()},{frame.y()} {window.width()}x{window.height()} is not inside "
                   f"{room.x()},{room.y()} {room.width()}x{room.height()}")
    return out


def settle() -> None:
    """Two passes: a label given its text on a tick lays out on the next pass."""
    for _ in range(3):
        QApplication.processEvents()


class Probe:
    """Checks windows and keeps what it found."""

    def __init__(self, out: Path, lang: str) -> None:
        self.out = out
        self.lang = lang
        self.found: dict[str, list[str]] = {}

    def check(self, name: str, window: QWidget) -> None:
        """What does not fit in ``window`` as it is shown now (and its picture)."""
        if not window.isVisible():
            window.show()
        settle()
        problems = off_screen(window) + clipped(window) + cut_tabs(window) + cut_cells(window)
        self.found[f"{self.lang}:{name}"] = problems
        window.grab().save(str(self.out / f"{name}-{self.lang}.png"))


def check_modal(p: Probe, name: str, trigger: Callable[[], object]) -> None:
    """The modal dialog that ``trigger`` opens (a click), checked, then closed with Cancel."""
    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, look)
            return
        try:
            p.check(name, modal)
        finally:
            modal.close()
    QTimer.singleShot(20, look)
    trigger()


@contextmanager
def opened(factory: Callable[[], QWidget | None]) -> Iterator[QWidget]:
    """A window opened by ``factory``, closed afterwards."""
    window = factory()
    assert window is not None
    try:
        yield window
    finally:
        window.close()


def probe_language(out: Path, lang: str, data: Path) -> dict[str, list[str]]:
    """Every window in ``lang``: start screen, console (before, during and after the meeting, both
    tabs), history, export preview, settings (with the Organisation / IT section open), the format
    editor, restoring a backup, a team's file, a learning visit, the meeting series."""
    from app.storage.opening import restore_choices
    from ui.application import RundeApp
    from ui.cli import parse
    from ui.data_dialogs import RestoreDialog, TeamExportDialog
    from ui.settings_dialog import SettingsDialog

    p = Probe(out, lang)
    r = RundeApp(parse(["--data-dir", str(data), "--lang", lang]))
    r.translations.install(lang)
    assert r.open_store()
    s = r.open_start_screen()
    s.team_box.setCurrentText("Afsnit 3 – Demensafdelingen")
    s.participants_edit.setPlainText("\n".join(NAMES))
    s.facilitator_box.setCurrentIndex(1)
    s.presenter_list.set_chosen(["Bo"])
    p.check("start", s)

    def start_anyway() -> None:  # nine people plan 31 of 30 minutes: the question is checked, answered
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, start_anyway)
            return
        p.check("start-anyway", box)
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    QTimer.singleShot(20, start_anyway)
    s.start_button.click()
    ctl = r.controller
    assert ctl is not None
    QTest.keyClick(ctl.room, Qt.Key.Key_F2)  # one screen: the console is on F2
    settle()
    ctl.console.show_view(ctl.meeting.view())
    p.check("console-ready", ctl.console)
    m = ctl.meeting
    m.start()
    for _ in range(3):
        m.next()
    ctl.ticker.refresh()
    p.check("console-round", ctl.console)
    ctl.console.tabs.setCurrentIndex(1)
    p.check("console-capture", ctl.console)
    ctl.console.tabs.setCurrentIndex(0)
    ctl.finish()
    settle()
    p.check("console-ended", ctl.console)
    if r.session is not None:
        r.session.close()
        r.session = None
    ctl.close()
    r.controller = None

    r.store.startup_backup()  # type: ignore[union-attr]
    with opened(r.open_history) as history:
        p.check("history", history)
        check_modal(p, "erase", history.erase_button.click)  # "Remove a person everywhere…"
        history.meetings.setCurrentRow(0)
        with opened(history.export_meeting) as sheet:
            p.check("export-preview", sheet)
        with opened(lambda: TeamExportDialog(history.tr("Save the team's data"), history)) as dialog:
            p.check("team-export", dialog)
        with opened(lambda: RestoreDialog(restore_choices(r.paths), history.tr("Restore a backup"),
                                          history)) as dialog:
            p.check("restore", dialog)

    with opened(lambda: SettingsDialog(r.prefs, s, server_url="")) as settings:
        p.check("settings", settings)
        settings.it_button.click()  # "Organisation / IT…"
        p.check("settings-it", settings)

    with opened(lambda: r.open_format_editor(s)) as editor:
        p.check("format-editor", editor)

    s.show()
    s.series_button.click()
    hook = r.series_hook
    panel = getattr(hook, "panel", None) if hook is not None else None
    if panel is not None:
        with opened(lambda: panel):
            p.check("series", panel)
            tabs = panel.findChild(QTabBar)
            for i in range(tabs.count() if tabs is not None else 0):
                tabs.setCurrentIndex(i)
                p.check(f"series-tab{i}", panel)

    with opened(lambda: r.open_visit("Anna Østergaard", "Cecilie Bødker-Sørensen")) as visit:
        p.check("visit", visit)
        tabs = visit.findChild(QTabBar)
        for i in range(tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(i)
            p.check(f"visit-tab{i}", visit)
    r.quit()
    for w in QApplication.topLevelWidgets():
        w.close()
    return p.found


def main(argv: list[str]) -> int:
    """``OUT_DIR LANG...``"""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    found: dict[str, list[str]] = {}
    for lang in argv[1:]:
        with tempfile.TemporaryDirectory() as data:
            found.update(probe_language(out, lang, Path(data)))
    del app
    sys.stdout.write(json.dumps(found, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
