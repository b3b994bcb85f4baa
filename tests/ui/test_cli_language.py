"""The command line speaks the user's language: every command's ``--help`` in Danish has none of Runde's
English help texts left, each option of each command has a help text, argparse's own words are
translated with their placeholders kept, and the language is chosen before the parser is built
(``--lang``, the settings' language, the system's)."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ui.cli import language
from ui.cli import parser as cli_parser

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("da", "nb", "sv", "fi")
PLACEHOLDER = re.compile(r"%\(\w+\)[sr]|%[sr]")


class _Untranslated:
    """Stands in for QCoreApplication while the English sources are read (a translator another test
    installed must not answer)."""

    @staticmethod
    def translate(_context: str, text: str, *_args: object) -> str:
        return text


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
              ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every command's parser with the words that reach it (``()`` the top, ``("formats", "list")``)."""
    yield path, parser
    for action in parser._actions:  # noqa: SLF001  (argparse keeps its parsers there)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for name, sub in action.choices.items():
                yield from _commands(sub, (*path, name))


def _help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Runde's own texts in one parser: its description, each option's and each command's help."""
    texts = [parser.description] if parser.description else []
    for action in parser._actions:  # noqa: SLF001
        if isinstance(action, argparse._HelpAction):  # noqa: SLF001  (argparse's own words)
            continue
        if action.help and action.help is not argparse.SUPPRESS:
            texts.append(action.help)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            texts.extend(a.help for a in action._choices_actions if a.help)  # noqa: SLF001
    return texts


def _english(monkeypatch: pytest.MonkeyPatch) -> argparse.ArgumentParser:
    monkeypatch.setattr(language, "_help_language", [])
    monkeypatch.setattr(language, "QCoreApplication", _Untranslated)
    built = cli_parser.build_parser()
    monkeypatch.undo()
    return built


def _help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as ended:
        cli_parser.parse(argv)
    assert ended.value.code == 0
    return capsys.readouterr().out


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    """No wrapping (a text split at a hyphen would hide from the comparison)."""
    monkeypatch.setenv("COLUMNS", "2000")
    monkeypatch.setattr(language, "_help_language", [])  # parse fills it; the module's list comes back after


def test_every_option_of_every_command_has_a_help_text(monkeypatch: pytest.MonkeyPatch) -> None:
    missing = []
    for path, parser in _commands(_english(monkeypatch)):
        for action in parser._actions:  # noqa: SLF001
            if not isinstance(action, argparse._SubParsersAction) and not action.help:  # noqa: SLF001
                missing.append(f"runde {' '.join(path)} {'/'.join(action.option_strings) or action.metavar}")
    assert missing == []


def test_every_commands_help_in_danish_has_no_english_text_of_runde(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        wide: None) -> None:
    english = {path: _help_texts(p) for path, p in _commands(_english(monkeypatch))}
    assert len(english) >= 13  # runde, run, visit, formats (+3), export, calendar, move-team, team (+2)
    monkeypatch.setenv("COLUMNS", "2000")
    for path, texts in english.items():
        out = _help(["--data-dir", str(tmp_path), "--lang", "da", *path, "--help"], capsys)
        flat = _flat(out)
        left = [t for t in texts if _flat(t) in flat]
        assert left == [], f"runde {' '.join(path)} --help: {left}"
        for word in ("usage:", "options:", "positional arguments:", "show this help message"):
            assert word not in out, f"runde {' '.join(path)} --help: {word!r}"
        assert out.startswith("brug: runde")


def test_the_values_are_named_in_the_users_language_too(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], wide: None) -> None:
    top = _help(["--data-dir", str(tmp_path), "--lang", "da", "--help"], capsys)
    assert "--data-dir MAPPE" in top and "under MAPPE" in top and "DIR" not in top
    run = _help(["--data-dir", str(tmp_path), "--lang", "da", "run", "--help"], capsys)
    assert "--participants NAVNE" in run and "--facilitator NAVN" in run and "NAMES" not in run
    export = _help(["--data-dir", str(tmp_path), "--lang", "da", "export", "--help"], capsys)
    assert "-o FIL" in export and "--since DATO|last-sheet" in export and "FILE" not in export


def test_each_help_text_differs_from_its_english_source_in_every_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        wide: None) -> None:
    english = {path: _help_texts(p) for path, p in _commands(_english(monkeypatch))}
    monkeypatch.setattr(language, "_help_language", [])
    for lang in LANGS:
        _help(["--data-dir", str(tmp_path), "--lang", lang, "--help"], capsys)  # loads the language
        translated = {path: _help_texts(p) for path, p in _commands(cli_parser.build_parser())}
        same = [(path, e) for path in english for e, t in zip(english[path], translated[path], strict=True)
                if e == t]
        assert same == [], f"{lang}: {same}"


def test_argparses_own_words_keep_their_placeholders_in_every_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], wide: None) -> None:
    for lang in LANGS:
        _help(["--data-dir", str(tmp_path), "--lang", lang, "--help"], capsys)
        for word in language.ARGPARSE_WORDS:
            said = language.translate("argparse", word)
            assert said != word, (lang, word)
            assert sorted(PLACEHOLDER.findall(said)) == sorted(PLACEHOLDER.findall(word)), (lang, said)


def test_a_mistyped_command_is_told_in_the_chosen_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], wide: None) -> None:
    with pytest.raises(SystemExit) as ended:
        cli_parser.parse(["--data-dir", str(tmp_path), "--lang", "da", "export", "-o", "x.pdf",
                          "--format", "zip"])
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert "runde export: fejl: argumentet --format: ugyldigt valg: 'zip'" in err, err


def _run_help(tmp_path: Path, *argv: str, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    done = subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(tmp_path), *argv, "--help"],
                          check=False, cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**clean, "COLUMNS": "2000", **env})
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_language_comes_from_lang_else_the_settings_else_the_system(tmp_path: Path) -> None:
    assert _run_help(tmp_path, "--lang=nb", "run").startswith("bruk: runde run")
    assert _run_help(tmp_path, LC_ALL="fi_FI.UTF-8").startswith("käyttö: runde")
    assert _run_help(tmp_path, LC_ALL="C").startswith("usage: runde")
    settings = tmp_path / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"language": "sv"}), encoding="utf-8")
    assert _run_help(tmp_path, "export", LC_ALL="fi_FI.UTF-8").startswith("användning: runde export")
    assert _run_help(tmp_path, "--lang", "da", "export").startswith("brug: runde export")


@given(st.lists(st.text(max_size=12), max_size=8), st.sampled_from(["da", "nb", "sv", "fi", "xx", ""]))
def test_the_early_reading_of_the_command_line_takes_any_words(words: list[str], lang: str) -> None:
    found, _data = language.early_options(["--lang", lang, *words])
    if "--" not in words and not any(w.partition("=")[0] == "--lang" for w in words):
        assert found == lang
    language.early_options(words)  # never raises, whatever was typed


def test_formats_list_follows_the_system_language_without_lang(tmp_path: Path) -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    done = subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(tmp_path), "formats", "list"],
                          check=False, cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**clean, "LC_ALL": "da_DK.UTF-8"})
    assert done.returncode == 0, done.stderr
    assert "challenge-circle\tUdfordringscirkel\t5 punkter" in done.stdout
