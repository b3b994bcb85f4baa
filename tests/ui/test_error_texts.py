"""What app/ says went wrong reaches the user in their language: every storage problem's code and every
reason a format file is refused for has a translated wording; an unknown one keeps the English text."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.formats import FormatError
from app.storage.errors import CODES, DataFolderError, DataInUseError, StorageError
from ui.error_texts import storage_error_text, storage_wording
from ui.format_errors import format_error_text, format_reason
from ui.i18n import Translations

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def danish(qapp: QApplication) -> Iterator[None]:
    translations = Translations()
    try:
        assert translations.install("da")
        yield
    finally:
        translations.install("en")


# -- storage problems ---------------------------------------------------------------------------------

def _codes_raised_in_app() -> tuple[set[str], list[str]]:
    """Every ``code=StorageError.X`` in app/, and the StorageError(...) calls that give no code."""
    named, without = set(), []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            code = next((k.value for k in node.keywords if k.arg == "code"), None)
            if isinstance(code, ast.Attribute) and getattr(code.value, "id", "") == "StorageError":
                named.add(getattr(StorageError, code.attr))
            if name == "StorageError" and code is None:
                without.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return named, without


def test_every_storage_error_app_raises_has_a_code_with_a_wording() -> None:
    named, without = _codes_raised_in_app()
    assert not without, f"StorageError without a code (its text stays English): {without}"
    assert named and named <= set(CODES)
    assert all(storage_wording(code) is not None for code in CODES)


def _example(code: str) -> StorageError:
    folder, path = Path("/data/runde"), Path("/data/runde/backups/runde-2026.db")
    if code == StorageError.IN_USE:
        return DataInUseError(folder, "database is locked")
    if code in {StorageError.FOLDER_FULL, StorageError.FOLDER_READ_ONLY, StorageError.FOLDER_ERROR}:
        return DataFolderError(folder, "No space left on device", full=code == StorageError.FOLDER_FULL,
                               read_only=code == StorageError.FOLDER_READ_ONLY)
    if code in {StorageError.SERVER_UNREACHABLE, StorageError.SERVER_LOGIN, StorageError.SERVER_TLS}:
        from app.storage.errors import ServerLoginError, ServerTlsError, ServerUnreachableError

        kind = {StorageError.SERVER_UNREACHABLE: ServerUnreachableError,
                StorageError.SERVER_LOGIN: ServerLoginError}.get(code, ServerTlsError)
        return kind("runde@db.example:5432/runde", "connection refused")
    if code == StorageError.OTHER_TEAMS_FORMAT:
        from app.storage.format_store import FormatOfOtherTeamError

        return FormatOfOtherTeamError("slm-afsnit-3-1", "Afsnit 3")
    return StorageError(f"English text for {code}", code=code, folder=folder, path=path,
                        reason="disk I/O error")


@pytest.mark.parametrize("code", CODES)
def test_each_storage_problem_is_worded_in_the_language(danish: None, code: str) -> None:
    exc = _example(code)
    assert exc.code == code
    text = storage_error_text(exc)
    assert text and text != str(exc) and "%1" not in text and "%2" not in text
    wording, names = storage_wording(code)  # type: ignore[misc]
    for name in names:  # what the wording names is filled in
        assert str(getattr(exc, name)) in text, (name, text)


def test_no_secure_connection_at_start_names_the_server_and_asks_it(qapp: QApplication) -> None:
    """What the window at start says when TLS could not be set up: the server, the certificate or TLS
    settings, nothing changed, the IT department; libpq's reason for IT on a line of its own."""
    from app.storage.errors import ServerTlsError
    from ui.error_texts import server_tls_message

    exc = ServerTlsError("runde@db.example:5432/runde", '(psycopg.OperationalError) connection failed: '
                         'connection to server at "db.example" (192.0.2.7), port 5432 failed: SSL error: '
                         'certificate verify failed\n(Background on this error at: https://sqlalche.me/e/21/e3q8)')
    assert exc.reason == "SSL error: certificate verify failed"
    title, text = server_tls_message(exc)
    assert title == "No secure connection to the database server"
    first, _, for_it = text.partition("\n\n")
    assert "runde@db.example:5432/runde" in first and "secure connection" in first
    assert "certificate" in first and "Nothing was changed" in first and "IT department" in first
    assert "cannot be reached" not in text and "data folder" not in text
    assert for_it == "For the IT department: SSL error: certificate verify failed"


def test_the_command_line_promises_no_edit_kept(qapp: QApplication) -> None:
    """A command keeps nothing to write later: a server out of reach (or a busy database) is told with
    "nothing was changed, try again", never the window's "edits are kept"."""
    from app.storage.errors import ServerUnreachableError
    from ui.error_texts import command_line_error_text

    gone = ServerUnreachableError("runde@db.example:5432/runde", "connection refused")
    text = command_line_error_text(gone)
    assert text == ("The database server runde@db.example:5432/runde cannot be reached. Nothing was "
                    "changed; try again when the server is reachable.")
    assert "kept" not in str(gone) and "written when" not in str(gone)  # the English last resort too
    for code in (StorageError.BUSY, StorageError.KEEPS_CHANGING):
        said = command_line_error_text(StorageError("x", code=code))
        assert "Nothing was changed" in said and "Runde will try again" not in said
    assert command_line_error_text(StorageError("odd", code=StorageError.DISK_FULL)) == \
        storage_error_text(StorageError("odd", code=StorageError.DISK_FULL))


def test_an_unknown_storage_code_keeps_the_english_text(danish: None) -> None:
    assert storage_error_text(StorageError("odd", code="EWHAT")) == "odd"
    assert storage_error_text(StorageError("no code at all")) == "no code at all"
    assert storage_error_text(RuntimeError("not storage")) == "not storage"


def test_a_write_refused_by_a_closed_store_is_worded_in_the_language(danish: None, app_paths) -> None:  # type: ignore[no-untyped-def]
    """A real write that fails says so in Danish; its English stays in ``str()`` for logs."""
    from datetime import UTC, datetime

    from app.storage.store import Store

    store = Store.open(app_paths, lambda: datetime(2026, 3, 3, tzinfo=UTC))
    store.close()
    with pytest.raises(StorageError) as err:
        store.save_team("Afsnit 3", ["Anna"])
    assert err.value.code == StorageError.CLOSED and "closed" in str(err.value)
    assert storage_error_text(err.value) == (
        "Rundes data er lukket; der gemmes ikke mere, før Runde startes igen.")


# -- format files ----------------------------------------------------------------------------------------

SAMPLE = "7"  # stands in for every value put into an f-string reason (a number, a name, a list)


def _text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else SAMPLE for v in node.values)  # type: ignore[misc]
    return None


def _format_reasons() -> list[tuple[str, str, str]]:
    """(file:line, where, problem) for every FormatError app/formats.py and app/format_library.py raise."""
    found = []
    for name in ("formats.py", "format_library.py"):
        path = ROOT / "app" / name
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if func == "FormatError" and len(node.args) == 3:
                where_node, problem_node = node.args[1], node.args[2]
            elif func == "fail" and len(node.args) == 2:
                where_node, problem_node = node.args
            else:
                continue
            problem = _text(problem_node)
            if problem is None:  # e.g. fail(where, problem) inside the reader itself
                continue
            where = _text(where_node) or "steps[0].title"
            found.append((f"{name}:{node.lineno}", where.replace(SAMPLE, "0"), problem))
    return found


def test_every_reason_a_format_file_is_refused_for_is_translated(danish: None) -> None:
    reasons = _format_reasons()
    assert len(reasons) > 25, reasons  # the walk found them
    untranslated = [f"{at}: {problem!r}" for at, where, problem in reasons
                    if format_reason(where, problem) == problem]
    assert not untranslated, untranslated


def test_a_format_error_reads_in_the_language_with_its_line_and_column(danish: None) -> None:
    exc = FormatError("/tmp/x.json", "line 3 column 5", "not valid JSON (Expecting ',' delimiter)")
    assert format_error_text(exc) == (
        "/tmp/x.json: linje 3, kolonne 5: er ikke gyldig JSON (Expecting ',' delimiter)")
    assert format_reason("steps[0].kind", "must be one of timed, round, open, got \"x\"") == \
        "skal være en af timed, round, open, ikke \"x\""
    assert format_reason("x", "a reason nobody knows") == "a reason nobody knows"


def test_a_database_from_a_newer_runde_or_a_damaged_one_is_worded_in_the_language(danish: None) -> None:
    """What ``runde export`` or ``runde calendar`` print when the data cannot be opened (it was "0099")."""
    from app.storage.migrate import DatabaseTooNewError
    from app.storage.store import DatabaseCorruptError

    too_new = storage_error_text(DatabaseTooNewError("0099"))
    assert "0099" not in too_new and "nyere" in too_new
    damaged = storage_error_text(DatabaseCorruptError(Path("/data/runde.db.damaged"), [], "malformed"))
    assert "/data/runde.db.damaged" in damaged and "malformed" not in damaged
