"""History, search as you type, open measures, and the export preview as a leader uses them."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from pytestqt.qtbot import QtBot

from app.capture import Capture, Measure, TextItem
from app.paths import AppPaths
from app.storage.store import Store
from ui.history import HistoryWindow


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    s = Store.open(AppPaths.create(tmp_path / "d"), lambda: datetime.now(UTC))
    team = s.save_team("Afsnit 3", ["Anna Berg", "Bo"])
    mid = s.start_meeting(team_id=team.id, format_id="f", format_title="Læringsmøde",
                          participants=["Anna Berg", "Bo"], facilitator="Anna Berg", first_speaker="Bo")
    s.save_capture(mid, Capture(
        case_title="Svær samtale", presenters=("Anna Berg",),
        learning_points=(TextItem("p1", "Lyt til pårørende"), TextItem("p2", "Borgerens navn", True)),
        measures=(Measure("m1", "Ny procedure", owner="Bo"),)))
    yield s
    s.close()


def test_search_answers_as_you_type(qtbot: QtBot, store: Store) -> None:
    w = HistoryWindow(store)
    qtbot.addWidget(w)
    qtbot.keyClicks(w.search, "pårør")
    qtbot.waitUntil(lambda: w.results.count() == 1, timeout=1000)
    assert "Lyt til pårørende" in w.results.item(0).text()
    assert w.meetings.count() == 1 and "Svær samtale" in w.meetings.item(0).text()


def test_open_measure_marked_done(qtbot: QtBot, store: Store) -> None:
    w = HistoryWindow(store)
    qtbot.addWidget(w)
    assert w.measures.count() == 1
    w.measures.setCurrentRow(0)
    w.done_button.click()
    assert w.measures.count() == 0 and store.open_measures() == []


def test_export_preview_is_what_is_written(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    w = HistoryWindow(store)
    qtbot.addWidget(w)
    w.meetings.setCurrentRow(0)
    dialog = w.export_meeting()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "Borgerens navn" not in dialog.preview.toPlainText()
    assert dialog.private.count() == 1
    target = tmp_path / "sheet.pdf"
    assert dialog.save(target)
    text = PdfReader(BytesIO(target.read_bytes())).pages[0].extract_text()
    assert "Lyt til pårørende" in text and "Borgerens navn" not in text
    dialog.private.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.initials.setChecked(True)
    assert "Borgerens navn" in dialog.preview.toPlainText()
    assert "A.B." in dialog.preview.toPlainText()
    assert dialog.save(target)
    text = PdfReader(BytesIO(target.read_bytes())).pages[0].extract_text()
    assert "Borgerens navn" in text and "Anna Berg" not in text


def test_staff_sheet_recorded_so_the_next_starts_after_it(qtbot: QtBot, store: Store,
                                                          tmp_path: Path) -> None:
    w = HistoryWindow(store)
    qtbot.addWidget(w)
    w.team.setCurrentIndex(1)
    dialog = w.export_staff()
    qtbot.addWidget(dialog)
    dialog.file_format.setCurrentIndex(1)  # Markdown
    assert dialog.save(tmp_path / "staff.md")
    assert "Ny procedure" in (tmp_path / "staff.md").read_text(encoding="utf-8")
    assert store.last_sheet_end(w.team_id()) is not None


def test_saving_into_a_folder_path_explains(qtbot: QtBot, store: Store, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]) or 0)
    w = HistoryWindow(store)
    qtbot.addWidget(w)
    dialog = w.export_meeting()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.save(tmp_path) is False
    assert shown and "folder" in shown[0]


def test_team_data_moves_to_another_machine(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    w = HistoryWindow(store)
    qtbot.addWidget(w)
    w.team.setCurrentIndex(1)
    from datetime import date

    from app.storage.visits import add_observation, create_visit, list_visits, load_visit
    from app.visit import VisitData

    vid = create_visit(store, VisitData("Anna Berg", "Bo", date(2026, 3, 3)), w.team_id())
    add_observation(store, vid, datetime.now(UTC), "Private note")
    target = tmp_path / "afsnit.runde-team.json"
    assert w.export_team(target, include_private=True)  # everything, confidential items too
    other = Store.open(AppPaths.create(tmp_path / "other"), lambda: datetime.now(UTC))
    try:
        w2 = HistoryWindow(other)
        qtbot.addWidget(w2)
        assert w2.import_team(target)
        assert [t.name for t in other.teams()] == ["Afsnit 3"]
        assert [h.text for h in other.search("pårørende")] == ["Lyt til pårørende"]
        assert other.capture(other.meetings()[0].id) == store.capture(store.meetings()[0].id)
        [visit] = list_visits(other)
        data, observations = load_visit(other, visit.id)
        assert data.agent == "Anna Berg" and [o.text for o in observations] == ["Private note"]
        assert not observations[0].released
        assert w2.import_team(target)  # a second time: a numbered copy, nothing overwritten
        assert sorted(t.name for t in other.teams()) == ["Afsnit 3", "Afsnit 3 (2)"]
        bad = tmp_path / "bad.json"
        bad.write_text('{"hello": 1}', encoding="utf-8")
        from PySide6.QtWidgets import QMessageBox

        shown: list[str] = []
        orig = QMessageBox.warning
        QMessageBox.warning = lambda *a: shown.append(a[2]) or 0  # type: ignore[method-assign]
        try:
            assert w2.import_team(bad) is False
        finally:
            QMessageBox.warning = orig  # type: ignore[method-assign]
        assert shown and "not a Runde team file" in shown[0]
    finally:
        other.close()


def test_a_person_is_removed_everywhere(qtbot: QtBot, store: Store) -> None:
    w = HistoryWindow(store)
    qtbot.addWidget(w)
    assert w.erase_person("Anna Berg") > 0
    cap = store.capture(store.meetings()[0].id)
    assert cap.presenters == ("—",)
    assert "Anna Berg" not in store.teams()[0].people
    assert store.meetings()[0].facilitator == "—"


# --- the preview and Print show the sheet's own structure; warnings; the presenter's learning -----

def _sheet_with(*points: str, **kw: object):  # type: ignore[no-untyped-def]
    from datetime import UTC, date, datetime

    from app.export.sheet import Entry, Sheet, SheetKind

    kw.setdefault("learning_points", tuple(TextItem(f"p{i}", t) for i, t in enumerate(points)))
    e = Entry("meeting", 1, datetime(2026, 3, 10, 14, tzinfo=UTC), "Læringsmøde", **kw)  # type: ignore[arg-type]
    return Sheet(SheetKind.MEETING, "Afsnit 3", date(2026, 3, 10), date(2026, 3, 10), (e,),
                 generated=datetime(2026, 3, 10, 15, tzinfo=UTC))


def _list_items(doc) -> list[str]:  # type: ignore[no-untyped-def]
    """The text of each list item of a QTextDocument (a <br> stays inside its item)."""
    items = []
    block = doc.begin()
    while block.isValid():
        if block.textList() is not None:
            items.append(block.text())
        block = block.next()
    return items


LONG_POINT = "\n".join(f"linje {i}" + ("\n" if i % 10 == 0 else "") for i in range(60))


def test_a_sixty_line_point_is_one_point_in_the_preview_and_on_paper(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(_sheet_with(LONG_POINT, "<b>Anden</b> pointe & mere"))
    qtbot.addWidget(dialog)
    items = _list_items(dialog.preview.document())
    assert len(items) == 2
    assert [line for line in items[0].split("\u2028") if line] == [f"linje {i}" for i in range(60)]
    assert items[1] == "<b>Anden</b> pointe & mere"  # literally, not bold
    assert "1." not in dialog.preview.toPlainText().replace("linje 1", "")  # numbers are the list's own
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog.print_to(printer)
    reader = PdfReader(str(tmp_path / "printed.pdf"))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = "\n".join(p.extract_text() for p in reader.pages)
    numbers = [ln.strip() for ln in text.splitlines() if ln.strip() in {f"{n}." for n in range(1, 70)}]
    # two points; (Qt's PDF keeps the clipped marker of an item that runs over a page: "1." again)
    assert set(numbers) == {"1.", "2."} and numbers.count("2.") == 1
    lines = {" ".join(ln.split()) for ln in text.splitlines()}  # Qt's PDF separates words by tabs
    assert {f"linje {i}" for i in range(60)} <= lines and "<b>Anden</b> pointe & mere" in lines


def test_print_dialog_offers_a4_whatever_the_printer_s_default(qtbot: QtBot,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6 import QtPrintSupport
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    from ui.export_dialog import ExportDialog

    class LetterPrinter(QPrinter):  # a printer set up for US Letter, as many are
        def __init__(self, *args: object) -> None:
            super().__init__(*args)  # type: ignore[call-overload]
            self.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))

    seen: list[QPageSize.PageSizeId] = []

    def fake_exec(self: QPrintDialog) -> int:
        seen.append(self.printer().pageLayout().pageSize().id())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QtPrintSupport, "QPrinter", LetterPrinter)
    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    dialog = ExportDialog(_sheet_with("a"))
    qtbot.addWidget(dialog)
    dialog.print_sheet()
    assert seen == [QPageSize.PageSizeId.A4]


def test_warnings_name_missing_characters_and_right_to_left_text(qtbot: QtBot) -> None:
    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(_sheet_with("Godt 🙂 arbejde", "مرحبا"))
    qtbot.addWidget(dialog)
    text = dialog.warning.text()
    assert "U+1F642 SLIGHTLY SMILING FACE" in text and "🙂" not in text
    assert "Right-to-left" in text and "Arabic" in text
    plain = ExportDialog(_sheet_with("Lyt først, Đuoŋŋa"))
    qtbot.addWidget(plain)
    assert plain.warning.text() == ""


def test_the_presenter_s_confidential_learning_is_listed_to_tick(qtbot: QtBot, store: Store) -> None:
    from datetime import UTC, datetime

    from app.export.assemble import meeting_sheet
    from ui.export_dialog import ExportDialog

    mid = store.meetings()[0].id
    store.save_capture(mid, Capture(presenters=("Anna Berg",), learning_points=(TextItem("p1", "Lyt"),),
                                    presenter_learning="Min egen reaktion",
                                    presenter_learning_confidential=True))
    dialog = ExportDialog(meeting_sheet(store, mid, datetime.now(UTC)))
    qtbot.addWidget(dialog)
    assert dialog.private.count() == 1
    assert "Min egen reaktion" in dialog.private.item(0).text()
    assert "Min egen reaktion" not in dialog.preview.toPlainText()
    assert "Min egen reaktion" not in dialog.document_html()
    dialog.private.item(0).setCheckState(Qt.CheckState.Checked)
    assert "Min egen reaktion" in dialog.preview.toPlainText()


def _ids(widget) -> list[object]:  # type: ignore[no-untyped-def]
    from ui.history import ROLE

    return [widget.item(i).data(ROLE) for i in range(widget.count())]


def _chosen(widget) -> object:  # type: ignore[no-untyped-def]
    from ui.history import ROLE

    item = widget.currentItem()
    return item.data(ROLE) if item is not None else None


def test_what_is_chosen_stays_chosen_when_another_computer_saves(qtbot: QtBot, tmp_path: Path) -> None:
    """A leader reading a meeting in History keeps their place: each refresh (on a server every time
    another computer saves) keeps the chosen meeting, visit and measure and the lines in view, and
    touches nothing when nothing changed."""
    from datetime import UTC, date, datetime, timedelta

    from PySide6.QtCore import QPoint

    from app.storage.visits import create_visit
    from app.visit import VisitData
    from ui.history import ROLE

    base = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    clock = [base]
    s = Store.open(AppPaths.create(tmp_path / "d"), lambda: clock[0])
    try:
        team = s.save_team("Afsnit 3", ["Anna", "Bo"])
        for n in range(30):
            clock[0] = base + timedelta(days=n)
            mid = s.start_meeting(team_id=team.id, format_id="f", format_title=f"Møde {n}",
                                  participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
            s.save_capture(mid, Capture(measures=(Measure(f"m{n}", f"Tiltag {n}"),)))
        for n in range(3):
            create_visit(s, VisitData(agent="Anna", colleague=f"Kollega {n}", day=date(2026, 2, 1 + n)),
                         team.id)
        w = HistoryWindow(s)
        qtbot.addWidget(w)
        w.resize(900, 500)
        w.show()
        qtbot.waitExposed(w)
        assert w.meetings.count() == 30
        w.meetings.setCurrentRow(17)
        w.meetings.scrollToItem(w.meetings.item(12), w.meetings.ScrollHint.PositionAtTop)
        w.visits.setCurrentRow(1)
        w.measures.setCurrentRow(20)
        chosen = (_chosen(w.meetings), _chosen(w.visits), _chosen(w.measures))
        top = w.meetings.itemAt(QPoint(2, 2)).data(ROLE)
        assert top != _ids(w.meetings)[0]  # scrolled down
        w.meetings.item(0).setData(ROLE + 1, "untouched")

        w.refresh()  # nothing changed: nothing rebuilt
        assert w.meetings.item(0).data(ROLE + 1) == "untouched"
        assert (_chosen(w.meetings), _chosen(w.visits), _chosen(w.measures)) == chosen

        clock[0] = base + timedelta(days=40)  # "another computer" saves: a new meeting on top, a visit
        mid = s.start_meeting(team_id=team.id, format_id="f", format_title="Holdt på den anden pc",
                              participants=["Anna"], facilitator="Anna", first_speaker="Anna")
        s.save_capture(mid, Capture(measures=(Measure("new", "Nyt tiltag"),)))
        create_visit(s, VisitData(agent="Bo", colleague="Ny kollega", day=date(2026, 3, 1)), team.id)
        w.refresh()
        assert w.meetings.count() == 31 and "Holdt på den anden pc" in w.meetings.item(0).text()
        assert w.visits.count() == 4 and w.measures.count() == 31
        assert (_chosen(w.meetings), _chosen(w.visits), _chosen(w.measures)) == chosen
        assert w.meetings.currentItem().isSelected()
        assert w.meetings.itemAt(QPoint(2, 2)).data(ROLE) == top  # the same line first in view
        assert not w.status.isVisible()
    finally:
        s.close()


def test_history_stays_calm_while_the_server_cannot_be_reached(qtbot: QtBot, pg_cluster, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The server stops while History is open: a refresh, a search, marking a measure done, a sheet
    and removing a person raise nothing; one calm line says so, what was shown stays shown (and
    chosen), and the line goes once the server is back."""
    from datetime import UTC, datetime

    from PySide6.QtWidgets import QMessageBox

    from app.storage.database import ServerDatabase

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    s = Store.open(AppPaths.create(tmp_path / "d"), lambda: datetime.now(UTC),
                   database=ServerDatabase(pg_cluster.url(pg_cluster.new_database()), None, "test"))
    try:
        team = s.save_team("Afsnit 3", ["Anna", "Bo"])
        for title in ("Første", "Anden"):
            mid = s.start_meeting(team_id=team.id, format_id="f", format_title=title,
                                  participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
            s.save_capture(mid, Capture(learning_points=(TextItem("p", "Lyt til pårørende"),),
                                        measures=(Measure("m" + title, "Ny procedure " + title),)))
        w = HistoryWindow(s)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        w.meetings.setCurrentRow(1)
        w.measures.setCurrentRow(0)
        shown = [w.meetings.item(i).text() for i in range(w.meetings.count())]
        chosen = _chosen(w.meetings)
        pg_cluster.stop()
        try:
            w.refresh()
            assert w.status.isVisible()
            assert w.status.text() == "The server cannot be reached; showing what was read before."
            assert [w.meetings.item(i).text() for i in range(w.meetings.count())] == shown
            assert _chosen(w.meetings) == chosen and w.measures.count() == 2
            w.search.setText("pårør")
            w.run_search()
            w.mark_done()
            assert w.measures.count() == 2 and "nothing was changed" in w.status.text()
            assert "\n" not in w.status.text() and "kept" not in w.status.text()
            assert w.export_meeting() is None and w.export_staff() is None
            assert "sheet cannot be made" in w.status.text()
            assert w.erase_person("Bo") == 0
            w.team.setCurrentIndex(w.team.findText("Afsnit 3"))  # choosing a team refreshes too
            w.changeEvent(QEvent(QEvent.Type.LanguageChange))
            assert w.export_team(tmp_path / "team.json", include_private=False) is False
            assert warned and "cannot be reached" in warned[-1] and "kept" not in warned[-1]
            assert not (tmp_path / "team.json").exists()
        finally:
            pg_cluster.start()
        qtbot.waitUntil(lambda: not w.status.isVisible(), timeout=15_000)  # back: read again by itself
        assert [w.meetings.item(i).text() for i in range(w.meetings.count())] == shown
        assert _chosen(w.meetings) == chosen
        assert w.results.count() == 2  # the search answered again
        assert "Bo" in s.teams()[0].people  # nothing was removed while it was gone
    finally:
        s.close()


def test_a_long_confidential_item_is_read_whole_in_the_list_to_tick(qtbot: QtBot) -> None:
    """Seen with a learning visit's observations: the list to tick cut each line at its right edge
    (a sideways scroll bar), so what is released could not be read."""
    from ui.export_dialog import ExportDialog

    long = "Mr. B says no twice; she waits, offers tea first, and asks again in his own words for the washing"
    dialog = ExportDialog(_sheet_with(learning_points=(TextItem("p0", long, confidential=True),)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    listed = dialog.private
    assert listed.count() == 1 and long in listed.item(0).text()
    assert listed.horizontalScrollBar().maximum() == 0, "the line runs out sideways"
    rect = listed.visualItemRect(listed.item(0))
    assert rect.right() <= listed.viewport().width() and rect.height() > listed.fontMetrics().height() * 1.5


def test_the_age_of_an_open_measure_is_counted_on_the_windows_clock(qtbot: QtBot, tmp_path: Path) -> None:
    """The history reads "today" from the clock it is given (the system's when none is)."""
    from app.clock import FakeClock

    clock = FakeClock()
    s = Store.open(AppPaths.create(tmp_path / "c"), clock.wall)
    try:
        team = s.save_team("Afsnit 3", ["Anna Berg", "Bo"])
        mid = s.start_meeting(team_id=team.id, format_id="f", format_title="Læringsmøde",
                              participants=["Anna Berg", "Bo"], facilitator="Anna Berg", first_speaker="Bo")
        s.save_capture(mid, Capture(measures=(Measure("m1", "Ny procedure", owner="Bo"),)))
        clock.advance(12 * 24 * 3600)
        w = HistoryWindow(s, clock=clock)
        qtbot.addWidget(w)
        assert w.measures.count() == 1
        assert "open for 12 day" in w.measures.item(0).text()
    finally:
        s.close()
