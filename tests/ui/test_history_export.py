"""History, search as you type, open measures, and the export preview as a leader uses them."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
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

    from app.storage.store import add_observation, create_visit, list_visits, load_visit
    from app.visit import VisitData

    vid = create_visit(store, VisitData("Anna Berg", "Bo", date(2026, 3, 3)), w.team_id())
    add_observation(store, vid, datetime.now(UTC), "Private note")
    target = tmp_path / "afsnit.runde-team.json"
    assert w.export_team(target)
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
