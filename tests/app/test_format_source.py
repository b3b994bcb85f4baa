"""A format's provenance, the optional ``source`` field: loading, refusing, writing back, and the
built-in formats against docs/FORMATS.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.format_library import export_format, save_user_format
from app.formats import FormatError, FormatSource, LocalText, format_to_json, load_format, parse_format
from app.paths import AppPaths, builtin_formats_dir

ROOT = Path(__file__).resolve().parents[2]
BUILTINS = sorted(builtin_formats_dir().glob("*.json"))


def _doc(source: object | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {"schema": 1, "id": "ours", "version": 1, "title": {"en": "Ours"},
                           "steps": [{"id": "talk", "title": {"en": "Talk"}, "duration_s": 300}]}
    if source is not None:
        doc["source"] = source
    return doc


def _full() -> dict[str, Any]:
    return {"title": "Læringssirkler – støtte til utviklingsarbeid", "publisher": "NK-ARR",
            "address": "https://arbeidoghelse.no/laeringssirkler/", "language": "nb",
            "note": {"en": "The steps are Runde's proposal.", "da": "Trinene er Rundes forslag."}}


def test_a_format_without_a_source_has_none_and_writes_none() -> None:
    fmt = parse_format(_doc())
    assert fmt.provenance is None
    assert "source" not in format_to_json(fmt)


def test_a_source_is_read_whole() -> None:
    fmt = parse_format(_doc(_full()))
    assert fmt.provenance == FormatSource(
        title="Læringssirkler – støtte til utviklingsarbeid", language="nb", publisher="NK-ARR",
        address="https://arbeidoghelse.no/laeringssirkler/",
        note=LocalText({"en": "The steps are Runde's proposal.", "da": "Trinene er Rundes forslag."}))
    assert format_to_json(fmt)["source"] == _full()


def test_publisher_address_and_note_may_be_left_out_or_empty() -> None:
    fmt = parse_format(_doc({"title": "Systematiske læringsmøder", "address": "", "language": "da"}))
    assert fmt.provenance == FormatSource("Systematiske læringsmøder", "da")
    assert parse_format(format_to_json(fmt)) == fmt


@pytest.mark.parametrize(("source", "where", "problem"), [
    ("Source: NK-ARR", "source", "must be an object"),
    ({"language": "da"}, "source.title", "is missing"),
    ({"title": "X"}, "source.language", "is missing"),
    ({"title": " ", "language": "da"}, "source.title", "must be a non-empty text"),
    ({"title": "X", "language": "Danish"}, "source.language", "must be a language code"),
    ({"title": "X", "language": 7}, "source.language", "must be a language code"),
    ({"title": "X", "language": "da", "address": "arbeidoghelse.no"}, "source.address", "web address"),
    ({"title": "X", "language": "da", "address": "javascript:alert(1)"}, "source.address", "web address"),
    ({"title": "X", "language": "da", "address": "https://a.no/ b"}, "source.address", "web address"),
    ({"title": "X", "language": "da", "address": None}, "source.address", "web address"),
    ({"title": "X", "language": "da", "publisher": ""}, "source.publisher", "must be a non-empty text"),
    ({"title": "X", "language": "da", "note": {"da": "kun dansk"}}, "source.note.en", "is missing"),
    ({"title": "X", "language": "da", "url": "https://a.no"}, "source.url", "unknown key"),
])
def test_a_malformed_source_is_refused_naming_the_field(source: object, where: str, problem: str) -> None:
    with pytest.raises(FormatError) as info:
        parse_format(_doc(source), "ours.json")
    assert info.value.source == "ours.json"
    assert info.value.where == where
    assert problem in info.value.problem


_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20)
    | st.sampled_from(["da", "nb", "https://nvl.org/", "http://x", "", " "]),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(["en", "da", "title", "language", "note"]) | st.text(max_size=6),
                      inner, max_size=4),
    max_leaves=12)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["title", "publisher", "address", "language", "note", "extra"]), _VALUE)
@example("address", "https://arbeidoghelse.no/\x00")
@example("title", "\ud800")
def test_any_value_in_any_source_field_gives_a_format_or_a_format_error(key: str, value: object) -> None:
    source = _full()
    source[key] = value
    try:
        fmt = parse_format(_doc(source), "fuzz.json")
    except FormatError as exc:
        assert str(exc).startswith("fuzz.json: ")
        assert exc.where.startswith("source")
    else:
        assert fmt.provenance is not None
        assert parse_format(format_to_json(fmt), "fuzz.json") == fmt  # written back as read


@settings(max_examples=100, deadline=None)
@given(_VALUE)
def test_any_json_as_the_source_gives_a_format_or_a_format_error(value: object) -> None:
    try:
        parse_format(_doc(value), "fuzz.json")
    except FormatError as exc:
        assert str(exc).startswith("fuzz.json: ")


def test_the_source_is_written_back_when_a_format_is_saved_or_shared(app_paths: AppPaths,
                                                                     tmp_path: Path) -> None:
    fmt = parse_format(_doc(_full()), "ours.json")
    saved = save_user_format(fmt, app_paths)
    on_disk = json.loads(Path(saved.source).read_text(encoding="utf-8"))
    assert on_disk["source"] == _full()
    shared = tmp_path / "shared.json"
    export_format(fmt, shared)
    assert json.loads(shared.read_text(encoding="utf-8"))["source"] == _full()
    assert load_format(shared).provenance == fmt.provenance


@pytest.mark.parametrize("path", BUILTINS, ids=lambda p: p.stem)
def test_docs_name_every_builtin_source_as_the_file_does(path: Path) -> None:
    """docs/FORMATS.md, "Sources", names each built-in format's source by the same public title,
    publisher and address as its file."""
    docs = (ROOT / "docs" / "FORMATS.md").read_text(encoding="utf-8")
    table = docs[docs.index("## Sources"):docs.index("## 1. The formats")]
    p = load_format(path).provenance
    assert p is not None
    assert f"«{p.title}»" in table
    row = next(line for line in table.splitlines() if f"«{p.title}»" in line)
    assert (p.address or "none") in row
    assert p.publisher.split(" (")[0] in row
    assert f"`{path.stem}`" in table
