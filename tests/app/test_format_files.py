"""Format files from outside: any file is either loaded (and its file form loads back the same) or
refused with a FormatError that names the file and the field, never another exception and never
the words of the file; one bad file in an organisation's folder is reported and skipped."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.formats import FormatError, format_to_json, load_format, parse_format
from ui.format_errors import format_error_text

ROOT = Path(__file__).resolve().parents[2]
MARK = "PATIENT-1234"
VALID = json.loads((ROOT / "resources" / "formats" / "systematic-learning-meeting.json").read_text("utf-8"))

TEXTS = st.text(max_size=20).map(lambda t: f"{t}{MARK}{t}")
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXTS,
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.sampled_from(["id", "title", "en", "steps", "kind"]) | TEXTS,
                                      inner, max_size=3), max_leaves=10)


def _paths(value: object, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [at]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*at, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*at, i))
    return out


@st.composite
def format_files(draw: st.DrawFn) -> bytes:
    """A built-in format with a few values replaced, as bytes (with a BOM now and then); or noise."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=200))
    doc: Any = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.sampled_from(_paths(doc)))
        new = draw(JSON | st.sampled_from([MARK + "\ud800", MARK + "\x01", "x" * 2001, -1, 10**9]))
        if not at:
            doc = new
            continue
        parent = doc
        for key in at[:-1]:
            parent = parent[key]
        parent[at[-1]] = new
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()))
    if draw(st.booleans()):
        text = text[:-1] + f', "title": "{MARK}"}}' if text.endswith("}") else text  # a key twice
    raw = text.encode("utf-8", "surrogatepass")
    return (b"\xef\xbb\xbf" + raw) if draw(st.booleans()) else raw


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=format_files())
def test_any_format_file_loads_and_round_trips_or_is_refused_with_words(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "f.json"
    path.write_bytes(raw)
    try:
        fmt = load_format(path)
    except FormatError as exc:
        text = format_error_text(exc)
        assert str(path) in text and MARK not in text and MARK not in str(exc)
        return
    assert parse_format(json.loads(json.dumps(format_to_json(fmt))), fmt.source) == fmt


def test_a_deep_or_surrogate_or_doubled_file_in_the_organisation_s_folder_is_skipped(tmp_path: Path) -> None:
    org = tmp_path / "org"
    org.mkdir()
    (org / "deep.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    (org / "surrogate.json").write_text(json.dumps(dict(VALID, id="s", title="\ud800")), encoding="utf-8")
    (org / "twice.json").write_text(json.dumps(dict(VALID, id="t"))[:-1] + ', "id": "u"}', encoding="utf-8")
    (org / "good.json").write_text(json.dumps(dict(VALID, id="our-own")), encoding="utf-8")
    mine = tmp_path / "mine.json"
    mine.write_bytes(b"\xef\xbb\xbf" + json.dumps(dict(VALID, id="mine")).encode("utf-8"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RUNDE_ORG_FORMATS=str(org))

    def runde(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(tmp_path / "d"), *args],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=False)
    listed = runde("formats", "list")
    assert listed.returncode == 0 and "Traceback" not in listed.stderr
    assert "our-own\t" in listed.stdout and "systematic-learning-meeting\t" in listed.stdout
    for name, words in (("deep", "nested too deeply"), ("surrogate", "lone surrogate"),
                        ("twice", "key written twice")):
        assert f"{name}.json" in listed.stderr and words in listed.stderr
    imported = runde("formats", "import", str(mine))
    assert imported.returncode == 0 and "Traceback" not in imported.stderr
    assert "mine\t" in runde("formats", "list").stdout
