"""The learning-visit window when the data cannot be written: a read-only SQLite file (as on a
read-only folder or a full disk: reads work, writes fail) or a team server that is stopped. Nothing
typed is lost: it is shown, kept in a file on this computer, written when writing works again, and
brought back after a quit."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from app.clock import FakeClock
from app.formats import Format, load_format
from app.paths import AppPaths, builtin_formats_dir
from app.storage import rescue
from app.storage.errors import StorageError
from app.storage.store import Store, add_observation, create_visit, load_visit
from app.visit import VisitData
from ui import visit_saving
from ui.recovery import offer_rescued_visits
from ui.visit_window import VisitWindow

SERVER_TEXT = "Server not reachable: edits are kept on this computer and saved when it is back."
SECRET = "Fru Hansen faldt i badet"


def now() -> datetime:
    return datetime.now(UTC)


class Outage:
    """Writing fails from :meth:`begin` to :meth:`end`: SQLite's connections turn read-only
    (``PRAGMA query_only``: SQLite's own "attempt to write a readonly database"), or the server stops."""

    def __init__(self, store: Store, cluster: Any | None) -> None:
        self.store, self.cluster = store, cluster
        self.down = False

    @staticmethod
    def _read_only(dbapi_conn: Any, _record: object, _proxy: object) -> None:
        dbapi_conn.execute("PRAGMA query_only=1")

    def begin(self) -> None:
        self.down = True
        if self.cluster is not None:
            self.cluster.stop()
        else:
            event.listen(self.store.engine, "checkout", self._read_only)

    def end(self, qtbot: QtBot | None = None) -> None:
        if not self.down:
            return
        self.down = False
        if self.cluster is not None:
            self.cluster.start()
            if qtbot is not None and not self.store.closed:
                qtbot.waitUntil(lambda: not self.store.offline, timeout=15_000)  # the probe found it
        else:
            event.remove(self.store.engine, "checkout", self._read_only)
            self.store.engine.dispose()  # no read-only connection stays in the pool


@dataclass
class Visit:
    store: Store
    visit_id: int
    fmt: Format
    outage: Outage
    paths: AppPaths
    reopen: Callable[[], Store]
    server: bool

    @property
    def kept(self) -> Path:
        return self.paths.data_dir / "unsaved" / f"visit-{self.visit_id}.json"


@pytest.fixture
def visit(open_store, engine_kind: str, app_paths: AppPaths, request: pytest.FixtureRequest,  # type: ignore[no-untyped-def]
          monkeypatch: pytest.MonkeyPatch) -> Iterator[Visit]:
    monkeypatch.setattr(visit_saving, "RETRY_MS", 200)  # the 5 s of the app, shorter for the tests
    store = open_store(now)
    cluster = request.getfixturevalue("pg_cluster") if engine_kind == "postgres" else None
    vid = create_visit(store, VisitData("Anna", "Bo", date.today()))
    outage = Outage(store, cluster)
    v = Visit(store, vid, load_format(builtin_formats_dir() / "learning-visit.json"), outage, app_paths,
              lambda: open_store(now), cluster is not None)
    try:
        yield v
    finally:
        outage.end()  # the server runs again for the next test, whatever happened


def _window(v: Visit, qtbot: QtBot, store: Store | None = None) -> VisitWindow:
    w = VisitWindow(store or v.store, v.visit_id, v.fmt, FakeClock(now=now()))
    qtbot.addWidget(w)
    w.show()
    return w


def _add(w: VisitWindow, qtbot: QtBot, text: str) -> None:
    w.begin_observation()
    qtbot.keyClicks(w.obs_edit, text)
    qtbot.keyClick(w.obs_edit, Qt.Key.Key_Return)


def _texts(w: VisitWindow) -> list[str]:
    return [w.obs_list.item(i).text() for i in range(w.obs_list.count())]


def test_an_observation_typed_while_writing_fails_is_shown_kept_and_written_when_it_works(
        visit: Visit, qtbot: QtBot) -> None:
    w = _window(visit, qtbot)
    _add(w, qtbot, "Rolig morgen")
    assert "Everything is saved" in w.saved_label.text()
    w.clock.sleep(60)  # type: ignore[attr-defined]
    visit.outage.begin()
    try:
        w.goals.setPlainText("Se overleveringen")
        _add(w, qtbot, SECRET)
        assert w.obs_edit.text() == ""  # taken, as when it is written
        texts = _texts(w)  # oldest first, as the day is lived
        assert len(texts) == 2 and SECRET in texts[1] and "not saved yet" in texts[1]
        assert "Rolig morgen" in texts[0] and "not saved yet" not in texts[0]
        assert any(SECRET in w.obs_at_hand.item(i).text() for i in range(w.obs_at_hand.count()))
        label = w.saved_label.text()
        if visit.server:
            assert label == SERVER_TEXT
        else:
            assert label.startswith("⚠ Not saved yet") and "keeps trying" in label
        assert visit.kept.is_file()
        kept = json.loads(visit.kept.read_text(encoding="utf-8"))
        assert [o["text"] for o in kept["observations"]] == [SECRET]
        assert kept["visit"]["goals"] == "Se overleveringen"
        # both released while writing still fails: the one waiting and the one stored
        w.obs_list.item(0).setCheckState(Qt.CheckState.Checked)
        w.obs_list.item(1).setCheckState(Qt.CheckState.Checked)
        qtbot.waitUntil(lambda: json.loads(visit.kept.read_text(encoding="utf-8"))["releases"] != {},
                        timeout=3000)
        kept = json.loads(visit.kept.read_text(encoding="utf-8"))
        assert kept["observations"][0]["released"] is True and list(kept["releases"].values()) == [True]
        assert all(w.obs_list.item(i).checkState() == Qt.CheckState.Checked for i in range(2))
        if not visit.server:  # reads still work on SQLite: nothing of it is in the file yet
            assert [o.text for o in load_visit(visit.store, visit.visit_id)[1]] == ["Rolig morgen"]
    finally:
        visit.outage.end(qtbot)
    qtbot.waitUntil(lambda: "Everything is saved" in w.saved_label.text(), timeout=15_000)  # retried
    other = visit.reopen()  # another Runde on the same data: it is really written
    data, stored = load_visit(other, visit.visit_id)
    assert [(o.text, o.released) for o in stored] == [("Rolig morgen", True), (SECRET, True)]
    assert data.goals == "Se overleveringen"
    assert not visit.kept.exists()
    assert not any("not saved yet" in t for t in _texts(w)) and len(_texts(w)) == 2
    assert [o.text for o in w.observations] == ["Rolig morgen", SECRET]


def test_closing_while_writing_fails_keeps_the_edits_in_a_file_that_brings_them_back(
        visit: Visit, qtbot: QtBot) -> None:
    """A quit while the data cannot be written: the next start offers the edits back."""
    w = _window(visit, qtbot)
    visit.outage.begin()
    try:
        w.tabs.setCurrentIndex(2)
        qtbot.keyClicks(w.point_edits[0], "Spørg før du hjælper")
        _add(w, qtbot, "Skrevet uden forbindelse")
        w.close()  # saves: fails
        assert visit.kept.is_file()
        assert rescue.found(visit.paths) == ([], [])  # not a meeting's file
        qtbot.wait(500)
        assert not w._save_timer.isActive()  # a closed window does not go on writing
        visit.store.close()  # Runde quits
    finally:
        visit.outage.end()
    [found], bad = rescue.found_visits(visit.paths)
    assert bad == [] and found.visit_id == visit.visit_id
    again = visit.reopen()  # the next start
    asked: list[VisitData] = []
    assert offer_rescued_visits(again, ask=lambda r, d: asked.append(d) or True) == 1
    assert [(d.agent, d.colleague) for d in asked] == [("Anna", "Bo")]
    data, stored = load_visit(again, visit.visit_id)
    assert [p.text for p in data.filled_points()] == ["Spørg før du hjælper"]
    assert [o.text for o in stored] == ["Skrevet uden forbindelse"]
    assert not visit.kept.exists() and list(visit.kept.parent.iterdir()) == []  # deleted once back
    assert offer_rescued_visits(again, ask=lambda r, d: True) == 0  # asked once only


def test_reopening_the_visit_takes_up_what_was_kept_for_it(visit: Visit, qtbot: QtBot) -> None:
    w = _window(visit, qtbot)
    visit.outage.begin()
    try:
        w.goals.setPlainText("Lytte mere")
        _add(w, qtbot, "Ventede på svar")
        w.close()
    finally:
        visit.outage.end(qtbot)
    assert visit.kept.is_file()
    again = _window(visit, qtbot)  # opened again (from History, or the shortcut) once it works
    assert again.goals.toPlainText() == "Lytte mere"
    assert "Everything is saved" in again.saved_label.text() and not visit.kept.exists()
    assert [o.text for o in again.observations] == ["Ventede på svar"]
    assert not any("not saved yet" in t for t in _texts(again))
    data, stored = load_visit(visit.reopen(), visit.visit_id)
    assert data.goals == "Lytte mere" and [o.text for o in stored] == ["Ventede på svar"]


def test_declining_sets_the_file_aside_and_another_databases_file_is_left(
        visit: Visit, qtbot: QtBot) -> None:
    fine = rescue.keep_visit(visit.paths, visit.visit_id, None, (rescue.KeptObservation("k", now(), "Nej"),),
                             {}, now(), rescue.database_of(visit.store))
    assert fine is not None
    assert offer_rescued_visits(visit.store, ask=lambda r, d: False) == 0
    assert not fine.exists() and load_visit(visit.store, visit.visit_id)[1] == []
    elsewhere = rescue.keep_visit(visit.paths, visit.visit_id, None, (), {}, now(), "server:x@y:5432/z")
    gone = rescue.keep_visit(visit.paths, visit.visit_id + 1000, None, (), {}, now(),
                             rescue.database_of(visit.store))
    assert offer_rescued_visits(visit.store, ask=lambda r, d: pytest.fail("not asked")) == 0
    assert elsewhere is not None and elsewhere.exists() and gone is not None and gone.exists()


def test_a_damaged_visit_file_is_reported_and_left(visit: Visit, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    folder = visit.paths.data_dir / "unsaved"
    folder.mkdir(parents=True)
    (folder / "visit-3.json").write_text('{"runde_unsaved": 1, "kind": "visit"', encoding="utf-8")
    assert offer_rescued_visits(visit.store) == 0
    assert len(shown) == 1 and "visit-3.json" in shown[0] and (folder / "visit-3.json").exists()


def test_nothing_is_written_twice(visit: Visit) -> None:
    """A write that failed may have reached the database (the answer was lost): bringing the same
    edits back again, or after such a write, adds no second observation."""
    at = now() - timedelta(minutes=5)
    add_observation(visit.store, visit.visit_id, at, "Allerede skrevet")  # the lost answer's write
    waiting = (rescue.KeptObservation("a", at, "Allerede skrevet", released=True),
               rescue.KeptObservation("b", at + timedelta(seconds=1), "Ny"))
    path = rescue.keep_visit(visit.paths, visit.visit_id, None, waiting, {}, now(),
                             rescue.database_of(visit.store))
    assert path is not None
    [r], _ = rescue.found_visits(visit.paths)
    assert r.observations == waiting  # the times come back exactly (no duplicate from rounding)
    assert rescue.bring_back_visit(visit.store, r) and rescue.bring_back_visit(visit.store, r)
    stored = load_visit(visit.store, visit.visit_id)[1]
    assert [(o.text, o.released) for o in stored] == [("Allerede skrevet", True), ("Ny", False)]


@pytest.mark.parametrize("engine_kind", ["postgres"])
def test_a_visit_opened_while_the_server_is_gone(visit: Visit, qtbot: QtBot) -> None:
    """Its edits kept in the file: the window opens from them; nothing kept: it says it cannot."""
    w = _window(visit, qtbot)
    _add(w, qtbot, "Gemt")
    visit.outage.begin()
    try:
        with pytest.raises(StorageError):
            VisitWindow(visit.store, visit.visit_id, visit.fmt, FakeClock(now=now()))
        w.goals.setPlainText("Fra filen")
        w.close()
        assert visit.kept.is_file()
        again = _window(visit, qtbot)
        assert again.goals.toPlainText() == "Fra filen" and again.saved_label.text() == SERVER_TEXT
    finally:
        visit.outage.end(qtbot)
    qtbot.waitUntil(lambda: "Everything is saved" in again.saved_label.text(), timeout=15_000)
    assert [o.text for o in again.observations] == ["Gemt"]  # read once the server is back
    assert load_visit(visit.store, visit.visit_id)[0].goals == "Fra filen" and not visit.kept.exists()


def _remove(store: Store, visit_id: int) -> None:
    """As another computer's team import does (app.storage.transfer): the visit's rows go."""
    from sqlalchemy import delete

    from app.storage import models as m

    def op(s: Any) -> None:
        s.execute(delete(m.Observation).where(m.Observation.visit_id == visit_id))
        s.execute(delete(m.Visit).where(m.Visit.id == visit_id))
    store._write(op)


def test_a_visit_removed_elsewhere_keeps_what_was_typed_says_so_and_stops_trying(
        visit: Visit, qtbot: QtBot) -> None:
    w = _window(visit, qtbot)
    _remove(visit.store, visit.visit_id)
    w.goals.setPlainText("Se overleveringen")
    _add(w, qtbot, SECRET)  # a save with an observation and the visit's own text
    assert "no longer in the database" in w.saved_label.text()
    kept = json.loads(visit.kept.read_text(encoding="utf-8"))
    assert kept["visit"]["goals"] == "Se overleveringen"
    assert [o["text"] for o in kept["observations"]] == [SECRET]
    assert not w._save_timer.isActive()  # trying again cannot help
    w.observations, w._unsaved = [], []  # only the visit's own text waits now
    w.goals.setPlainText("Noget andet")
    assert w.save() is False and "no longer in the database" in w.saved_label.text()


def test_opening_a_visit_that_is_gone_says_so(qtbot: QtBot, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.application import RundeApp
    from ui.cli import parse

    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    assert r.open_store() and r.store is not None
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text) or 0)
    try:
        assert r.open_visit_id(4242) is None
        assert shown == ["The learning visit cannot be opened now: it is no longer there."]
    finally:
        r.quit()


def test_on_a_server_the_window_never_waits_for_the_network(visit: Visit, qtbot: QtBot,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """With the app's writes thread (``background``) an observation typed while the server is gone
    returns to the window at once; it is kept, written when the server is back, and closing writes
    what was typed last."""
    import threading
    import time

    from app.storage.pending import BackgroundWrites
    from ui.deliver import Deliverer

    if not visit.server:
        pytest.skip("the local file is written at once, on the GUI thread")
    deliver = Deliverer()
    writes = BackgroundWrites(deliver)
    w = VisitWindow(visit.store, visit.visit_id, visit.fmt, FakeClock(now=now()), background=writes)
    qtbot.addWidget(w)
    w.show()
    real = rescue.write_visit

    def silent_network(*args: Any) -> None:  # a network gone quiet: the writes' thread waits seconds
        if threading.current_thread() is not threading.main_thread():
            time.sleep(2)
        real(*args)
    monkeypatch.setattr(rescue, "write_visit", silent_network)
    try:
        started = time.monotonic()
        _add(w, qtbot, "Rolig morgen")
        assert time.monotonic() - started < 1.0  # the window is not held up by the wait
        qtbot.waitUntil(lambda: "Everything is saved" in w.saved_label.text(), timeout=5000)
        monkeypatch.setattr(rescue, "write_visit", real)
        visit.outage.begin()
        started = time.monotonic()
        _add(w, qtbot, SECRET)
        assert time.monotonic() - started < 1.0  # not the seconds a silent network may take
        assert SECRET in _texts(w)[-1] and "not saved yet" in _texts(w)[-1]  # the newest, last
        qtbot.waitUntil(lambda: w.saved_label.text() == SERVER_TEXT and visit.kept.is_file(), timeout=15_000)
        visit.outage.end(qtbot)
        qtbot.waitUntil(lambda: "Everything is saved" in w.saved_label.text(), timeout=15_000)
        assert [o.text for o in load_visit(visit.store, visit.visit_id)[1]] == ["Rolig morgen", SECRET]
        assert "not saved yet" not in _texts(w)[-1] and not visit.kept.exists()
        monkeypatch.setattr(rescue, "write_visit", silent_network)
        w.goals.setPlainText("Skrevet først")
        w.save()  # on its way, slowly
        w.goals.setPlainText("Skrevet lige før lukning")
        w.close()  # waits for it, after the older one: the newest text lands last
        qtbot.wait(2500)  # (the older write's wait is over by now)
        assert load_visit(visit.store, visit.visit_id)[0].goals == "Skrevet lige før lukning"
        assert [o.text for o in load_visit(visit.store, visit.visit_id)[1]] == ["Rolig morgen", SECRET]
    finally:
        writes.stop()
