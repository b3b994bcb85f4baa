"""A learning visit on a 1366x768 laptop, keyboard only; observations never leave unless released."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.export.assemble import staff_sheet, visit_sheet
from app.export.pdf import build_pdf
from app.export.sheet import ExportOptions, prepare
from app.export.text_formats import build_csv, build_markdown
from ui.application import RundeApp
from ui.cli import parse

SECRET = "Fru Hansen faldt i badet"


@pytest.fixture
def runde(qtbot: QtBot, tmp_path: Path):  # type: ignore[no-untyped-def]
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "visit", "--agent", "Anna",
                        "--colleague", "Bo"]))
    r._pending_visit = ("Anna", "Bo")
    r.finish_startup()
    assert r.visit_window is not None
    qtbot.addWidget(r.visit_window)
    r.visit_window.resize(1366, 768)
    r.visit_window.show()
    qtbot.waitExposed(r.visit_window)
    yield r
    r.quit()


def test_visit_by_keyboard(runde: RundeApp, qtbot: QtBot, tmp_path: Path) -> None:
    w = runde.visit_window
    assert w is not None
    assert w.agent.text() == "Anna" and w.colleague.text() == "Bo"
    assert w.rules.toPlainText() == "Confidentiality"  # suggested, kept unless removed
    w.goals.setFocus()
    qtbot.keyClicks(w.goals, "Blive bedre til at observere")
    qtbot.keyClick(w, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # Ctrl+O from anywhere
    assert w.tabs.currentIndex() == 1 and w.obs_edit.hasFocus()
    qtbot.keyClicks(w.obs_edit, SECRET)
    qtbot.keyClick(w.obs_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(w.obs_edit, "Rolig overlevering")
    qtbot.keyClick(w.obs_edit, Qt.Key.Key_Return)
    assert w.obs_list.count() == 2
    row = next(i for i in range(2) if "Rolig" in w.obs_list.item(i).text())
    w.obs_list.setFocus()
    qtbot.keyClick(w.obs_list, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(w.obs_list, Qt.Key.Key_Down)
    qtbot.keyClick(w.obs_list, Qt.Key.Key_Space)  # Space releases the observation at the cursor
    assert w.obs_list.item(row).checkState() == Qt.CheckState.Checked
    qtbot.keyClick(w.obs_list, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # next page
    assert w.tabs.currentIndex() == 2
    for edit, text in zip(w.point_edits, ("Spørg før du hjælper", "Ro smitter"), strict=False):
        qtbot.keyClicks(edit, text)
    w.present.setFocus()
    qtbot.keyClick(w.present, Qt.Key.Key_Space)
    assert w.present.isChecked()
    qtbot.waitUntil(lambda: "2 learning point" in w.points_note.text(), timeout=1500)  # saved
    assert "saved" in w.saved_label.text()
    store = runde.store
    assert store is not None
    sheet = visit_sheet(store, w.visit_id, datetime.now(UTC))
    texts = [pdf_text(build_pdf(prepare(sheet, ExportOptions()))),
             build_markdown(prepare(sheet, ExportOptions())),
             build_csv(prepare(sheet, ExportOptions())).decode("utf-8-sig")]
    for text in texts:
        assert SECRET not in text
        assert "Ro smitter" in text
    assert "Rolig overlevering" in texts[0]  # released
    # the window plans the presentation two weeks after the visit: the sheet whose period holds that day
    staff = staff_sheet(store, None, "", sheet.period_start, sheet.period_end + timedelta(days=14),
                        datetime.now(UTC))
    staff_texts = [pdf_text(build_pdf(prepare(staff, ExportOptions()))),
                   build_markdown(prepare(staff, ExportOptions())),
                   build_csv(prepare(staff, ExportOptions())).decode("utf-8-sig")]
    for text in staff_texts:  # every kind of staff sheet: the point, never the private observation
        assert "Spørg før du hjælper" in text and SECRET not in text
    w.grab().save(str(tmp_path / "visit.png"))


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(BytesIO(data)).pages)


def test_reflection_timers_run(runde: RundeApp, qtbot: QtBot) -> None:
    w = runde.visit_window
    assert w is not None
    w.tabs.setCurrentIndex(2)
    assert w.step_clock.text() == "15:00"
    assert "see and hear" in w.prompts.text()
    w.step_button.click()
    assert w.reflection.view().state.value == "running"
    w.next_step_button.click()
    w._refresh_step()
    assert "having a learning agent" in w.prompts.text() or "learning agent along" in w.prompts.text()


def test_huge_observation_and_many(runde: RundeApp, qtbot: QtBot) -> None:
    w = runde.visit_window
    assert w is not None
    w.obs_edit.setText("ø" * 20_000)
    w._add_observation()
    for i in range(300):
        w.obs_edit.setText(f"obs {i}")
        w._add_observation()
    assert w.obs_list.count() == 301
    assert len(w.observations[0].text) == 10_000  # the limit a team file holds too


def test_half_typed_observation_survives(runde: RundeApp, qtbot: QtBot) -> None:
    from ui.visit_window import VisitWindow

    w = runde.visit_window
    assert isinstance(w, VisitWindow) and runde.store is not None
    w.begin_observation()
    qtbot.keyClicks(w.obs_edit, "Halvt skrevet")
    qtbot.waitUntil(lambda: "saved" in w.saved_label.text(), timeout=1500)
    again = VisitWindow(runde.store, w.visit_id, w.fmt, w.clock)  # as after a restart
    qtbot.addWidget(again)
    assert again.obs_edit.text() == "Halvt skrevet"


def test_visit_in_history_and_its_sheet(runde: RundeApp, qtbot: QtBot) -> None:
    w = runde.visit_window
    assert w is not None
    w.obs_edit.setText("Privat")
    w._add_observation()
    history = runde.open_history()
    assert history is not None
    qtbot.addWidget(history)
    assert history.visits.count() == 1 and "Anna" in history.visits.item(0).text()
    dialog = history.export_visit()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "Privat" not in dialog.preview.toPlainText()
    assert dialog.private.count() == 1  # the observation can be ticked in for this export


def test_fits_1366x768_at_200_percent(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.cli import parse\n"
        "from ui.application import RundeApp\n"
        "app = QApplication([])\n"
        "r = RundeApp(parse(['--data-dir', sys.argv[1]]))\n"
        "r._pending_visit = ('Anna', 'Bo'); r.finish_startup()\n"
        "w = r.visit_window; w.resize(1366, 768); w.show(); app.processEvents()\n"
        "h = w.minimumSizeHint(); print('MIN', h.width(), h.height(), w.devicePixelRatioF())\n"
        "r.quit()\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "d")], capture_output=True, text=True,
                         env=env, timeout=60, check=False, cwd=Path(__file__).resolve().parents[2])
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("MIN"))
    _, width, height, dpr = line.split()
    assert float(dpr) == 2.0
    assert int(width) <= 1366 and int(height) <= 768  # logical pixels of a 200% laptop screen


def test_a_visit_is_taken_up_again_not_started_twice(runde: RundeApp, qtbot: QtBot) -> None:
    """The shortcut started twice the same day, or after a crash, and from History: the same visit."""
    first = runde.visit_window
    assert first is not None
    first.obs_edit.setFocus()
    qtbot.keyClicks(first.obs_edit, "Stille morgen")
    qtbot.keyClick(first.obs_edit, Qt.Key.Key_Return)
    vid = first.visit_id
    first.close()
    runde.visit_window = None
    again = runde.open_visit("Anna", "Bo")
    assert again is not None and again.visit_id == vid  # type: ignore[attr-defined]
    qtbot.addWidget(again)
    assert [o.text for o in again.observations] == ["Stille morgen"]  # type: ignore[attr-defined]
    other = runde.open_visit("Cecilie", "Bo")
    assert other is not None and other.visit_id != vid  # type: ignore[attr-defined]
    qtbot.addWidget(other)
    history = runde.open_history()
    assert history is not None
    qtbot.addWidget(history)
    row = next(i for i in range(history.visits.count()) if "Anna" in history.visits.item(i).text())
    history.visits.setCurrentRow(row)
    history.visit_open_button.click()
    assert runde.visit_window is not None and runde.visit_window.visit_id == vid  # type: ignore[attr-defined]


def test_the_reflection_times_can_be_changed_and_more_points_written(runde: RundeApp, qtbot: QtBot) -> None:
    w = runde.visit_window
    assert w is not None
    planned = w.reflection.view().remaining_s or 0
    w.more_button.click()
    w.more_button.click()  # before the start: the planned time of the agent's part
    assert w.reflection.view().remaining_s == pytest.approx(planned + 120)
    w.step_button.click()  # start
    w.less_button.click()
    assert w.reflection.view().remaining_s == pytest.approx(planned + 60, abs=1)
    for i, text in enumerate(("Spørg først", "Vent på svar", "Sig hvad du gør")):
        w.point_edits[i].setText(text)
    w.add_point_button.click()
    assert len(w.point_edits) == 4
    w.point_edits[3].setText("Et fjerde punkt")
    w.save()
    vid = w.visit_id
    w.close()
    runde.visit_window = None
    again = runde.open_visit_id(vid)
    assert again is not None
    qtbot.addWidget(again)
    assert [e.text() for e in again.point_edits] == [  # type: ignore[attr-defined]
        "Spørg først", "Vent på svar", "Sig hvad du gør", "Et fjerde punkt"]
    assert "4" in again.points_note.text()  # type: ignore[attr-defined]  # a gentle note, never a block


def test_ctrl_o_from_another_runde_window_goes_to_the_observation(runde: RundeApp, qtbot: QtBot) -> None:
    w = runde.visit_window
    assert w is not None
    from PySide6.QtWidgets import QApplication

    from ui.visit_window import VisitWindow
    for other in QApplication.topLevelWidgets():  # visits of earlier tests in this process
        if isinstance(other, VisitWindow) and other is not w:
            other.close()
    w.tabs.setCurrentIndex(0)
    history = runde.open_history()
    assert history is not None
    qtbot.addWidget(history)
    history.show()
    history.activateWindow()
    qtbot.waitActive(history)
    history.search.setFocus()
    qtbot.keyClick(history.search, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentIndex() == 1


def test_the_agreed_focus_is_in_sight_on_every_page(runde: RundeApp, qtbot: QtBot) -> None:
    w = runde.visit_window
    assert w is not None
    w.goals.setPlainText("Se hvordan Bo forbereder besøg")
    w._changed()
    w.save()
    w._refresh_clocks()
    for page in range(w.tabs.count()):
        w.tabs.setCurrentIndex(page)
        assert w.focus_view.isVisible() and "forbereder" in w.focus_view.text()


def test_the_day_view_across_midnight_and_after_the_lid_was_closed(runde: RundeApp, qtbot: QtBot) -> None:
    """A night shift from 22:00 to 06:00, and an hour with the laptop closed: the day view shows the
    time that really passed (it is computed from the wall clock, nothing counts ticks)."""
    from dataclasses import replace
    from datetime import time

    from app.clock import FakeClock
    from ui.visit_window import VisitWindow

    assert runde.store is not None and runde.visit_window is not None
    local = datetime(2026, 3, 10, 23, 0).astimezone()
    clock = FakeClock(now=local.astimezone(UTC))
    w = VisitWindow(runde.store, runde.visit_window.visit_id, runde.visit_window.fmt, clock)
    qtbot.addWidget(w)
    w.data = replace(w.data, day=local.date(), whole_day=True, start=time(22, 0), end=time(6, 0))
    w._refresh_clocks()
    assert w.day_progress.text() == "1 h gone · 7 h left"
    clock.sleep(3600)  # the lid closed for an hour: wall time passes, the monotonic clock stops
    w._refresh_clocks()
    assert w.day_progress.text() == "2 h gone · 6 h left"
    clock.sleep(7 * 3600)
    w._refresh_clocks()
    assert "ended" in w.day_progress.text()


def test_a_visit_quit_while_writes_fail_comes_back_at_the_next_start(qtbot: QtBot, tmp_path: Path) -> None:
    """The data folder turns read-only mid-visit (SQLite's own refusal): the observation stays in
    sight, marked as not saved yet; quitting keeps it in a file; the next start brings it back."""
    from sqlalchemy import event

    from ui.recovery import offer_rescued_visits
    from ui.visit_window import VisitWindow

    def read_only(dbapi_conn, *_: object) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.execute("PRAGMA query_only=1")

    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "visit", "--agent", "Anna", "--colleague", "Bo"]))
    r._pending_visit = ("Anna", "Bo")
    r.finish_startup()
    w, store = r.visit_window, r.store
    assert isinstance(w, VisitWindow) and store is not None
    qtbot.addWidget(w)
    event.listen(store.engine, "checkout", read_only)
    try:
        w.begin_observation()
        qtbot.keyClicks(w.obs_edit, SECRET)
        qtbot.keyClick(w.obs_edit, Qt.Key.Key_Return)
        assert w.obs_list.count() == 1 and "not saved yet" in w.obs_list.item(0).text()
        assert w.saved_label.text().startswith("⚠ Not saved yet")
        w.close()
        r.quit()
    finally:
        event.remove(store.engine, "checkout", read_only)
    kept = r.paths.data_dir / "unsaved" / f"visit-{w.visit_id}.json"
    assert kept.is_file()
    r2 = RundeApp(parse(["--data-dir", str(tmp_path / "d")]))
    assert r2.open_store() and r2.store is not None
    try:
        assert offer_rescued_visits(r2.store, ask=lambda _r, visit: visit.agent == "Anna") == 1
        again = r2.open_visit_id(w.visit_id)
        assert isinstance(again, VisitWindow)
        qtbot.addWidget(again)
        assert [o.text for o in again.observations] == [SECRET] and not kept.exists()
        assert "not saved yet" not in again.obs_list.item(0).text()
    finally:
        r2.quit()
