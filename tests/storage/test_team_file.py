"""A team file from outside is checked whole before anything is written: any input is either brought
in (and comes out again the same) or refused with a TeamFileError that names the item, never with
another exception, never half-written, and never with the file's text in the message."""

from __future__ import annotations

import copy
import json
import sqlite3
import time
import traceback
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.capture import Capture, Measure, TextItem
from app.paths import AppPaths
from app.storage.store import Store
from app.storage.team_file import TeamFileError, check_team, read_team_file
from app.storage.team_transfer import export_team, import_team
from app.storage.visits import add_observation, create_visit
from app.visit import VisitData
from ui.error_texts import team_file_error_text

MARK = "PATIENT-1234"
ROOT = Path(__file__).resolve().parents[2]


def now() -> datetime:
    return datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


def counts(db: Path) -> dict[str, int]:
    """Rows per table, read from the file itself."""
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type = 'table'")]
        return {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


def team_file(store: Store) -> dict[str, Any]:
    team = store.save_team("Afsnit 3", ["Anna", "Bo"])
    mid = store.start_meeting(team_id=team.id, format_id="f", format_title="Læringsmøde",
                              participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
    store.save_capture(mid, Capture(case_title="Svær samtale", learning_points=(
        TextItem("a1", "Lyt til pårørende"), TextItem("a2", "Secret", confidential=True)),
        measures=(Measure("m1", "Tjekliste"), Measure("m2", "Vagtskifte"))))
    vid = create_visit(store, VisitData("Anna", "Bo", date(2026, 3, 3)), team.id)
    add_observation(store, vid, now(), "Rolig overlevering")
    return export_team(store, team.id, include_private=True)


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, Any], Path]]:
    paths = AppPaths.create(tmp_path_factory.mktemp("team"))
    store = Store.open(paths, now)
    data = team_file(store)
    yield store, data, paths.db_path
    store.close()


def refused(store: Store, db: Path, data: object, where: str = "") -> TeamFileError:
    before = counts(db)
    with pytest.raises(TeamFileError) as caught:
        import_team(store, data)  # type: ignore[arg-type]
    assert counts(db) == before
    assert caught.value.where == where or not where, caught.value
    assert MARK not in str(caught.value) and MARK not in team_file_error_text(caught.value)
    assert MARK not in "".join(traceback.format_exception(caught.value))  # as a log would print it
    return caught.value


def test_duplicate_learning_point_or_measure_ids_are_refused_without_their_text(
        place: tuple[Store, dict[str, Any], Path]) -> None:
    store, data, db = place
    for key in ("learning_points", "measures"):
        bad = copy.deepcopy(data)
        items = bad["meetings"][0]["capture"][key]
        items[1]["id"] = items[0]["id"]
        items[1]["text"] = f"{MARK} told us"
        exc = refused(store, db, bad, f"meetings[0].capture.{key}[1].id")
        assert "used twice" in str(exc)


@pytest.mark.parametrize(("change", "where", "words"), [
    (lambda d: d["meetings"][0]["capture"]["learning_points"][0].update(text=MARK * 2000),
     "meetings[0].capture.learning_points[0].text", "longer than 10000"),
    (lambda d: d["meetings"][0].update(participants=5), "meetings[0].participants", "must be a list"),
    (lambda d: d["meetings"][0].update(started=MARK), "meetings[0].started", "date and time"),
    (lambda d: d["meetings"][0]["capture"].update(notes=MARK + "\ud800"), "meetings[0].capture.notes",
     "lone surrogate"),
    (lambda d: d["meetings"][0]["capture"].update(case_title=MARK + "\x07"), "meetings[0].capture.case_title",
     "control character"),
    (lambda d: d["meetings"][0].update(series=99), "meetings[0].series", "not in the file"),
    (lambda d: d["visits"][0]["observations"][0].update(text=[MARK]), "visits[0].observations[0].text",
     "must be a text"),
    (lambda d: d["meetings"][0]["timings"].append([MARK, "x", 1]), "meetings[0].timings[0]", "list of 4"),
    (lambda d: d["people"].append({"name": MARK}), "people[2]", "must be a text"),
])
def test_every_field_is_checked_and_named(place: tuple[Store, dict[str, Any], Path], change: Any,
                                          where: str, words: str) -> None:
    store, data, db = place
    bad = copy.deepcopy(data)
    change(bad)
    if where == "meetings[0].timings[0]":
        where = f"meetings[0].timings[{len(bad['meetings'][0]['timings']) - 1}]"
    exc = refused(store, db, bad, where)
    assert words in str(exc)


def test_a_file_with_a_bom_comes_in_and_one_deeply_nested_or_with_a_key_twice_does_not(
        place: tuple[Store, dict[str, Any], Path], tmp_path: Path) -> None:
    store, data, db = place
    good = tmp_path / "bom.json"
    good.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode("utf-8"))
    assert import_team(store, read_team_file(good)).name.startswith("Afsnit 3")
    deep = tmp_path / "deep.json"
    deep.write_text(json.dumps(data)[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(TeamFileError, match="nested too deeply"):
        read_team_file(deep)
    twice = tmp_path / "twice.json"
    twice.write_text(json.dumps(data)[:-1] + f', "name": "{MARK}"}}', encoding="utf-8")
    with pytest.raises(TeamFileError, match="key written twice") as caught:
        read_team_file(twice)
    assert MARK not in str(caught.value)


def test_a_30_mb_learning_point_is_refused_quickly(place: tuple[Store, dict[str, Any], Path],
                                                    tmp_path: Path) -> None:
    store, data, db = place
    big = copy.deepcopy(data)
    big["meetings"][0]["capture"]["learning_points"][0]["text"] = "x" * 30_000_000
    path = tmp_path / "big.json"
    path.write_text(json.dumps(big), encoding="utf-8")
    before, started = counts(db), time.perf_counter()
    with pytest.raises(TeamFileError, match=r"learning_points\[0\]\.text: is longer than 10000"):
        import_team(store, read_team_file(path), source=str(path))
    assert time.perf_counter() - started < 10 and counts(db) == before


# -- fuzzing ---------------------------------------------------------------------------------------

TEXTS = st.text(max_size=30).map(lambda t: f"{t}{MARK}{t}")
JSON = st.recursive(st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=False)
                    | TEXTS, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.sampled_from(["id", "text", "name", "at", MARK]) | TEXTS, inner,
                                      max_size=4), max_leaves=12)


def _paths(value: object, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield at
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*at, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*at, i))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                    HealthCheck.too_slow])
@given(data=st.data())
def test_any_change_to_a_team_file_is_brought_in_whole_or_refused_with_words(
        place: tuple[Store, dict[str, Any], Path], data: st.DataObject) -> None:
    store, original, db = place
    doc = copy.deepcopy(original)
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.sampled_from(list(_paths(doc))))
        new = data.draw(JSON | TEXTS | st.sampled_from([MARK + "\ud800", MARK + "\x00", "x" * 10_001,
                                                        "2026-02-30T10:00:00", -1, 1e300, True]))
        if not at:
            doc = new
            continue
        parent = doc
        for key in at[:-1]:
            parent = parent[key]
        parent[at[-1]] = new
    before = counts(db)
    try:
        info = import_team(store, doc)
    except TeamFileError as exc:
        assert counts(db) == before
        text = team_file_error_text(exc)
        assert text and MARK not in text and MARK not in "".join(traceback.format_exception(exc))
        return
    again = export_team(store, info.id, include_private=True)
    back = import_team(store, json.loads(json.dumps(again)))
    assert {k: v for k, v in export_team(store, back.id, include_private=True).items() if k != "name"} == \
        {k: v for k, v in again.items() if k != "name"}


def test_the_largest_meeting_the_bench_exports_is_accepted_and_one_more_of_anything_is_not() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_import", ROOT / "bench" / "bench_import.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    largest = bench.largest_meeting()
    check_team(largest)
    meeting = largest["meetings"][0]
    for over, where in ((lambda m: m["capture"]["learning_points"].append({"id": "x", "text": "x"}),
                         "meetings[0].capture.learning_points"),
                        (lambda m: m["turns"].append(m["turns"][0]), "meetings[0].turns"),
                        (lambda m: m["participants"].append("x"), "meetings[0].participants"),
                        (lambda m: m["capture"].update(focus_area="x" * 10_000), "meetings[0].capture")):
        bad = copy.deepcopy(meeting)
        over(bad)
        with pytest.raises(TeamFileError) as caught:
            check_team(dict(largest, meetings=[bad]))
        assert caught.value.where == where, caught.value
