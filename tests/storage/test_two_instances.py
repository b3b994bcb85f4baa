"""Two Runde instances on one database (both engines): no edit silently overwritten."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from app.capture import Capture, Measure, MeasureStatus, TextItem
from app.storage.store import Store


def now() -> datetime:
    return datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


def _meeting(store: Store) -> int:
    team = store.save_team("Afsnit 3", ["Anna", "Bo"])
    return store.start_meeting(team_id=team.id, format_id="f", format_title="F", participants=["Anna", "Bo"],
                               facilitator="Anna", first_speaker="Bo")


def test_the_later_save_of_the_same_point_is_a_conflict_not_an_overwrite(open_store) -> None:  # type: ignore[no-untyped-def]
    a, b = open_store(now), open_store(now)
    mid = _meeting(a)
    a.save_capture(mid, Capture(learning_points=(TextItem("p", "Lyt"),)))
    cap_b = b.capture(mid)
    assert a.save_capture(mid, Capture(learning_points=(TextItem("p", "Lyt først"),))).conflicts == ()
    result = b.save_capture(mid, Capture(learning_points=(TextItem("p", "Lyt altid"),)))  # B saw "Lyt"
    [conflict] = result.conflicts
    assert conflict.kind == "point" and conflict.mine.text == "Lyt altid"
    assert conflict.theirs.text == "Lyt først"
    assert [h.text for h in b.search("lyt")] == ["Lyt først"]  # A's save stands
    assert result.stored is not None and result.stored.learning_points[0].text == "Lyt først"
    assert cap_b.learning_points[0].text == "Lyt"
    b.keep_mine(conflict)  # "keep mine": B's next save writes its text
    assert b.save_capture(mid, Capture(learning_points=(TextItem("p", "Lyt altid"),))).conflicts == ()
    assert a.capture(mid).learning_points[0].text == "Lyt altid"
    # "take theirs" is saving their text: no conflict, nothing lost
    r = a.save_capture(mid, Capture(learning_points=(TextItem("p", "Lyt altid"),)))
    assert r.conflicts == () and r.stored is None


def test_an_untouched_stale_item_takes_the_other_edit_and_new_items_are_kept(open_store) -> None:  # type: ignore[no-untyped-def]
    a, b = open_store(now), open_store(now)
    mid = _meeting(a)
    a.save_capture(mid, Capture(learning_points=(TextItem("p", "Lyt"),),
                                measures=(Measure("m", "Ny procedure"),)))
    b.capture(mid)
    a.save_capture(mid, Capture(learning_points=(TextItem("p", "Lyt først"), TextItem("q", "Spørg")),
                                measures=(Measure("m", "Ny procedure"),)))
    b.set_measure_status(b.open_measures()[0].uid, "done")  # from the history window on B
    # A still shows the measure open and types its notes: neither B's status nor B's point is lost
    r = b.save_capture(mid, Capture(notes="Noter", learning_points=(TextItem("p", "Lyt"),),
                                    measures=(Measure("m", "Ny procedure"),)))
    assert r.conflicts == ()
    assert r.stored is not None and [p.text for p in r.stored.learning_points] == ["Lyt først", "Spørg"]
    points = (TextItem("p", "Lyt først"), TextItem("q", "Spørg"))
    measures = (Measure("m", "Ny procedure"),)
    r = a.save_capture(mid, Capture(notes="A", learning_points=points, measures=measures))
    assert r.conflicts == () and r.stored is not None
    assert r.stored.measures[0].status is MeasureStatus.DONE
    assert a.open_measures() == []
    assert sorted(h.text for h in a.search("")) == [] and len(a.search("sp")) == 1


def test_a_point_removed_here_but_changed_elsewhere_is_kept(open_store) -> None:  # type: ignore[no-untyped-def]
    a, b = open_store(now), open_store(now)
    mid = _meeting(a)
    a.save_capture(mid, Capture(learning_points=(TextItem("p", "Lyt"),)))
    b.capture(mid)
    a.save_capture(mid, Capture(learning_points=(TextItem("p", "Lyt først"),)))
    r = b.save_capture(mid, Capture())  # B cleared it, not knowing A had changed it
    assert r.stored is not None and [p.text for p in r.stored.learning_points] == ["Lyt først"]
    assert [h.text for h in a.search("lyt")] == ["Lyt først"]
    assert b.save_capture(mid, Capture()).conflicts == ()  # now B knows it: removing it removes it
    assert a.search("lyt") == []


def test_two_instances_saving_the_same_point_in_the_same_instant(open_store, engine_kind: str) -> None:  # type: ignore[no-untyped-def]
    a, b = open_store(now), open_store(now)
    mid = _meeting(a)
    a.save_capture(mid, Capture(learning_points=(TextItem("p", "Lyt"),)))
    b.capture(mid)
    results: dict[str, object] = {}
    go = threading.Barrier(2)

    def save(name: str, store: Store) -> None:
        go.wait()
        for _ in range(50):  # SQLite lets one writer at a time: the other is told "busy" and retries
            try:
                results[name] = store.save_capture(mid, Capture(learning_points=(TextItem("p", name),)))
                return
            except Exception as exc:  # noqa: BLE001
                results[name] = exc
    threads = [threading.Thread(target=save, args=(n, s)) for n, s in (("A", a), ("B", b))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    conflicts = [n for n, r in results.items() if getattr(r, "conflicts", None)]
    clean = [n for n, r in results.items() if getattr(r, "conflicts", None) == ()]
    assert len(conflicts) == 1 and len(clean) == 1, results  # exactly one wins; the other is asked
    assert a.capture(mid).learning_points[0].text == clean[0]


def test_what_one_saves_the_other_sees_as_changed(open_store) -> None:  # type: ignore[no-untyped-def]
    a, b = open_store(now), open_store(now)
    mid = _meeting(a)
    assert b.changed_elsewhere() is True  # A wrote a team and a meeting
    assert b.changed_elsewhere() is False  # nothing since
    b.save_capture(mid, Capture(notes="B"))
    assert b.changed_elsewhere() is False  # its own write is not a change elsewhere
    a.save_capture(mid, Capture(learning_points=(TextItem("p", "Lyt"),)))
    b.save_capture(mid, Capture(notes="B2"))  # a write of its own after A's: A's still shows
    assert b.changed_elsewhere() is True
    assert a.changed_elsewhere() is True and a.changed_elsewhere() is False


def test_a_point_removed_elsewhere_is_not_brought_back(open_store) -> None:  # type: ignore[no-untyped-def]
    a, b = open_store(now), open_store(now)
    mid = _meeting(a)
    a.save_capture(mid, Capture(learning_points=(TextItem("p", "Lyt"), TextItem("q", "Spørg"))))
    b.capture(mid)
    a.save_capture(mid, Capture(learning_points=(TextItem("q", "Spørg"),)))
    stale = (TextItem("p", "Lyt"), TextItem("q", "Spørg"))
    for _ in range(2):  # B still shows it, and saves twice
        r = b.save_capture(mid, Capture(notes="B", learning_points=stale))
        assert r.stored is not None and [p.text for p in r.stored.learning_points] == ["Spørg"]
    assert a.search("lyt") == []
    b.save_capture(mid, Capture(learning_points=(TextItem("p", "Lyt igen"), TextItem("q", "Spørg"))))
    assert [h.text for h in a.search("lyt")] == ["Lyt igen"]  # edited after the removal: kept


def test_a_client_stuck_inside_a_transaction_does_not_block_the_others(pg_url: str, app_paths) -> None:  # type: ignore[no-untyped-def]
    """Found by an audit: one client whose network went after its write but before its commit held
    the change counter's row, and every other Runde's next save waited (the window frozen) for
    hours. Now a save waits at most the lock timeout and is kept for later; the server ends the
    stuck session itself."""
    import time

    import pytest
    from sqlalchemy import text

    from app.storage.database import ServerDatabase
    from app.storage.errors import StorageError
    from app.storage.store import Store

    stuck = Store.open(app_paths, now, lock=False, database=ServerDatabase(pg_url, None, "test"))
    other = Store.open(app_paths, now, lock=False, database=ServerDatabase(pg_url, None, "test"))
    try:
        conn = stuck.engine.connect()
        conn.execute(text("UPDATE change_mark SET counter = counter + 1 WHERE id = 1"))  # no commit
        started = time.monotonic()
        with pytest.raises(StorageError):
            other.save_team("Afsnit 3", ["Anna"])
        waited = time.monotonic() - started
        assert 4 <= waited < 9, waited  # the 5 s lock timeout, not forever
        conn.rollback()
        conn.close()
        assert other.save_team("Afsnit 3", ["Anna"]).people == ("Anna",)  # written once free
        with other.engine.connect() as c:
            assert c.exec_driver_sql("SHOW idle_in_transaction_session_timeout").scalar() == "1min"
    finally:
        stuck.close()
        other.close()
