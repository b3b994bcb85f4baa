"""The export preview's buttons as a leader clicks them: Save… (the file dialog, the file on disk),
Copy (the clipboard), the Nordic CSV, the editable document, and saves that fail (a message, never a
traceback, nothing half-written)."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.capture import Capture, Measure, TextItem
from app.export.sheet import Sheet, SheetKind
from app.export.text_formats import CSV_COLUMNS
from app.paths import AppPaths
from app.storage.store import Store
from ui.export_dialog import ExportDialog
from ui.history import HistoryWindow
from ui.i18n import Translations
from ui.sheet_files import MAX_NAME_CHARS, suggested_file_name
from ui.sheet_labels import sheet_labels

ROOT = Path(__file__).resolve().parents[2]
POINT = "Lyt til pårørende først"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(AppPaths.create(tmp_path / "d"), lambda: datetime.now(UTC))
    team = s.save_team("Afsnit 3", ["Anna Berg", "Bo"])
    mid = s.start_meeting(team_id=team.id, format_id="f", format_title="Læringsmøde",
                          participants=["Anna Berg", "Bo"], facilitator="Anna Berg", first_speaker="Bo")
    s.save_capture(mid, Capture(case_title="Svær samtale", presenters=("Anna Berg",),
                                learning_points=(TextItem("p1", POINT),),
                                measures=(Measure("m1", "Ny procedure", owner="Bo"),)))
    yield s
    s.close()


def _preview(qtbot: QtBot, store: Store) -> ExportDialog:
    """History → the meeting → Sheet of this meeting…, as the leader clicks it."""
    w = HistoryWindow(store)
    qtbot.addWidget(w)
    w.meetings.setCurrentRow(0)
    w.meeting_sheet_button.click()
    dialog = next(d for d in w.findChildren(ExportDialog))
    qtbot.addWidget(dialog)
    return dialog


def _answer_modal(kind: type, answer: Callable[[object], None], seen: list[object]) -> None:
    """Answer the next modal window of ``kind`` as the user would (it opens inside the click)."""
    tries = iter(range(250))  # five seconds at most: a modal that never opens is not waited for

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind):
            seen.append(modal)
            answer(modal)
        elif next(tries, None) is not None:
            QTimer.singleShot(20, look)
    QTimer.singleShot(20, look)


def _choose(dialog: ExportDialog, fmt: str) -> None:
    dialog.file_format.setCurrentIndex(dialog.file_format.findData(fmt))


def _save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[tuple[object, ...]]:
    """The file dialog answered with ``target``; what it was called with is returned."""
    asked: list[tuple[object, ...]] = []

    def dialog(*args: object, **_kw: object) -> tuple[str, str]:
        asked.append(args)
        return str(target), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return asked


def test_save_opens_qts_file_dialog_with_a_sensible_name(qtbot: QtBot, store: Store, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # (the dialog starts in the Documents folder if any)
    dialog = _preview(qtbot, store)
    day = store.meetings()[0].started.astimezone().date().isoformat()
    target = tmp_path / "out" / "for the minutes.pdf"
    target.parent.mkdir()
    seen: list[object] = []

    def fill_in(file_dialog: object) -> None:
        assert isinstance(file_dialog, QFileDialog)
        name_edit = next(e for e in file_dialog.findChildren(QLineEdit) if e.objectName() == "fileNameEdit")
        seen.append(name_edit.text())  # what the user sees offered
        file_dialog.setDirectory(str(target.parent))  # the user goes to the folder, types a name
        name_edit.setFocus()
        name_edit.selectAll()
        QTest.keyClicks(name_edit, target.name)
        QTimer.singleShot(5000, file_dialog, file_dialog.reject)  # (left open: fails, never hangs)
        file_dialog.accept()  # Save
    _answer_modal(QFileDialog, fill_in, seen)
    dialog.save_button.click()  # the real button: clicked(bool) must not become the path
    assert seen[1] == f"Learning meeting – Afsnit 3 – {day}.pdf"
    text = PdfReader(BytesIO(target.read_bytes())).pages[0].extract_text()
    assert POINT in text and "Ny procedure" in text


def test_a_name_typed_without_extension_gets_the_formats(qtbot: QtBot, store: Store, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _preview(qtbot, store)
    _choose(dialog, "md")
    asked = _save_as(monkeypatch, tmp_path / "referat")
    dialog.save_button.click()
    assert str(asked[0][2]).endswith(".md") and asked[0][3] == "Markdown (*.md)"
    assert POINT in (tmp_path / "referat.md").read_text(encoding="utf-8")


def test_the_editable_document_is_the_preview(qtbot: QtBot, store: Store, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _preview(qtbot, store)
    _choose(dialog, "odt")
    asked = _save_as(monkeypatch, tmp_path / "sheet.odt")
    dialog.save_button.click()
    assert str(asked[0][2]).endswith(".odt")
    with zipfile.ZipFile(tmp_path / "sheet.odt") as odt:
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = odt.read("content.xml").decode("utf-8")
    for text in (POINT, "Ny procedure", "Learning points", "Organisational measures", "Afsnit 3"):
        assert text in content
    assert "<text:list" in content  # the points stay a list in Word and LibreOffice


def test_a_typed_extension_decides_the_format_and_the_next_save_starts_there(
        qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ExportDialog, "last_folder", None)
    monkeypatch.setenv("HOME", str(tmp_path))  # no Documents folder: the home folder, not the cwd
    dialog = _preview(qtbot, store)
    _choose(dialog, "pdf")
    asked = _save_as(monkeypatch, tmp_path / "kept" / "referat.odt")
    (tmp_path / "kept").mkdir()
    dialog.save_button.click()
    assert Path(str(asked[0][2])).parent == tmp_path
    with zipfile.ZipFile(tmp_path / "kept" / "referat.odt") as odt:  # an .odt, not a PDF named .odt
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        xml = b"".join(odt.read(n) for n in ("content.xml", "styles.xml") if n in odt.namelist())
        assert b"Arial" in xml  # a font Word and LibreOffice have, not the generic "Sans"
    assert dialog.note.text() == f"Saved: {tmp_path / 'kept' / 'referat.odt'}"
    again = _preview(qtbot, store)
    again.save_button.click()
    assert Path(str(asked[1][2])).parent == tmp_path / "kept"  # where the last sheet went


@pytest.mark.parametrize(("lang", "delimiter", "heading"), [("da", ";", "Organisatoriske tiltag"),
                                                            ("en", ",", "Organisational measures")])
def test_csv_splits_as_the_spreadsheets_of_that_language_do(
        qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        lang: str, delimiter: str, heading: str) -> None:
    translations = Translations()
    translations.install(lang)
    try:
        dialog = _preview(qtbot, store)
        assert heading in dialog.preview.toPlainText()
        _choose(dialog, "csv")
        _save_as(monkeypatch, tmp_path / "sheet.csv")
        dialog.save_button.click()
    finally:
        translations.install("en")
    lines = (tmp_path / "sheet.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(delimiter) == list(CSV_COLUMNS)
    point = next(line for line in lines if line.startswith("learning_point"))
    assert point.split(delimiter)[5] == POINT


def test_copy_puts_formatted_text_on_the_clipboard(qtbot: QtBot, store: Store) -> None:
    dialog = _preview(qtbot, store)
    dialog.copy_button.click()
    data = QApplication.clipboard().mimeData()
    try:
        assert data.hasHtml() and data.hasText()
        html, text = data.html(), data.text()
    finally:  # offscreen Qt keeps clipboard data past Python's exit and crashes there (not on a desktop)
        QApplication.clipboard().clear()
    assert "<h1>" in html and "<ol>" in html and f"<li>{POINT}</li>" in html.replace("&aring;", "å")
    assert "# Learning meeting – Afsnit 3" in text and f"1. {POINT}" in text
    assert "Copied" in dialog.note.text()


def _refused(qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, target: Path) -> str:
    """Save… to ``target``: the message box the user reads (answered from the test)."""
    dialog = _preview(qtbot, store)
    _save_as(monkeypatch, target)
    seen: list[object] = []
    texts: list[str] = []

    def read_and_close(box: object) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()
    _answer_modal(QMessageBox, read_and_close, seen)
    dialog.save_button.click()
    assert len(texts) == 1
    return texts[0]


def test_a_read_only_folder_is_a_message(qtbot: QtBot, store: Store, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):  # root writes anywhere: the folder refuses as it would
            def denied(*_a: object, **_k: object) -> tuple[int, str]:
                raise PermissionError(errno.EACCES, "Permission denied")
            monkeypatch.setattr("app.atomic.tempfile.mkstemp", denied)
        text = _refused(qtbot, store, monkeypatch, folder / "sheet.pdf")
    finally:
        folder.chmod(0o755)
    assert str(folder / "sheet.pdf") in text and "read-only" in text
    assert list(folder.iterdir()) == []


def test_a_name_too_long_for_the_disk_is_a_message(qtbot: QtBot, store: Store, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    text = _refused(qtbot, store, monkeypatch, folder / ("Læringsmøde " * 30 + ".pdf"))
    assert "the file name is too long" in text
    assert list(folder.iterdir()) == []


def test_a_full_disk_is_a_message(qtbot: QtBot, store: Store, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_a: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr("app.atomic.os.fsync", full)
    text = _refused(qtbot, store, monkeypatch, tmp_path / "sheet.pdf")
    assert "the disk is full" in text
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*.tmp")) == []


def test_suggested_names_are_safe_everywhere() -> None:
    from datetime import date

    labels = sheet_labels()
    sheet = Sheet(SheetKind.STAFF, 'Afd. 3/B: "Nat" <*?|\\>\ttil ' + "Sønderborg " * 30,
                  date(2026, 2, 1), date(2026, 3, 3), ())
    name = suggested_file_name(sheet, labels, "odt")
    assert not set('/\\:*?"<>|\t') & set(name)
    assert len(name) <= MAX_NAME_CHARS and len(name.encode("utf-8")) < 255
    assert name.startswith("For the staff meeting – Afd. 3-B- -Nat-") and name.endswith(
        "… – 2026-02-01–2026-03-03.odt")
    visit = Sheet(SheetKind.VISIT, "", date(2026, 3, 3), date(2026, 3, 3), ())
    assert suggested_file_name(visit, labels, "pdf") == "Learning visit – 2026-03-03.pdf"


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}}
    return subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=False)


def test_the_command_line_writes_the_document_without_a_screen(store: Store, tmp_path: Path) -> None:
    data = store.paths.data_dir.parent
    store.close()
    out = _cli(data, "export", "--meeting", "latest", "--format", "odt", "-o", str(tmp_path / "m.odt"))
    assert out.returncode == 0, out.stderr
    with zipfile.ZipFile(io.BytesIO((tmp_path / "m.odt").read_bytes())) as odt:
        assert POINT in odt.read("content.xml").decode("utf-8")
    out = _cli(data, "--lang", "da", "export", "--meeting", "latest", "--format", "csv",
               "-o", str(tmp_path / "m.csv"))
    assert out.returncode == 0, out.stderr
    first = (tmp_path / "m.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert first.split(";") == list(CSV_COLUMNS)
    out = _cli(data, "export", "--meeting", "latest", "-o", str(tmp_path / ("x" * 300 + ".pdf")))
    assert out.returncode == 1 and "the file name is too long" in out.stderr and "Traceback" not in out.stderr


def test_the_preview_fits_the_screen_it_opens_on(qtbot: QtBot, store: Store) -> None:
    """On a small screen (the offscreen one is 800x600; a 1366x768 laptop at 125 % has 1093x614) the
    preview is no taller or wider than the screen, so Copy, Print… and Save… can be reached."""
    dialog = _preview(qtbot, store)
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    for button in (dialog.copy_button, dialog.print_button, dialog.save_button):
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(corner), button.text()
