"""Runde as a user installs it: the wheel in a fresh virtual environment lists the formats, runs a
meeting offscreen and writes a PDF sheet; a package without its resources says so and exits non-zero
(issue #19, "installable")."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
FORMAT_IDS = sorted(p.stem for p in (ROOT / "resources" / "formats").glob("*.json"))
MISSING = "its built-in meeting formats are missing"


def _scripts_module(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def _env(home: Path) -> dict[str, str]:
    """Offscreen, no organisation formats, the user folders under ``home``, no PYTHONPATH (the
    installed package alone)."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "RUNDE_SMOKE_KEYS", "RUNDE_ORG_FORMATS"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    return env


def _run(cmd: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd, timeout=120, check=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """``runde`` from the wheel, installed into a fresh environment."""
    wheel_install = _scripts_module("wheel_install")
    out = tmp_path_factory.mktemp("wheel")
    wheel = wheel_install.build_wheel(out)
    yield wheel_install.install_wheel(wheel, out / "venv")
    shutil.rmtree(out, ignore_errors=True)


@pytest.mark.slow
def test_the_wheel_carries_everything_runde_reads(installed: Path, tmp_path: Path) -> None:
    """Formats, fonts, sounds, compiled translations and migrations, all read from the installed
    package (not from this source tree)."""
    probe = ("import json, app, ui, resources; from app.paths import resources_dir; "
             "r = resources_dir(); print(json.dumps({'where': [app.__file__, ui.__file__, "
             "resources.__file__, str(r)], 'files': sorted(str(p.relative_to(r)) for p in r.rglob('*.*') "
             "if p.suffix != '.pyc')}))")
    out = _run([str(installed.parent / "python"), "-c", probe], _env(tmp_path), tmp_path)
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)
    env_root = installed.parent.parent.resolve()
    assert all(Path(p).resolve().is_relative_to(env_root) for p in found["where"]), found["where"]
    files = set(found["files"])
    assert {f"formats/{i}.json" for i in FORMAT_IDS} <= files
    assert {"fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "sounds/chime-soft.wav",
            "sounds/chime-two-tone.wav", "i18n/runde_da.qm", "i18n/qtbase_nb.qm", "icons/runde-16.png",
            "icons/runde-256.png"} <= files
    assert not any(f.endswith(".ts") for f in files)


@pytest.mark.slow
def test_the_installed_runde_lists_formats_runs_a_meeting_and_writes_a_sheet(
        installed: Path, tmp_path: Path) -> None:
    smoke = _scripts_module("smoke_bundle")
    env, data = _env(tmp_path / "home"), tmp_path / "data"
    listed = _run([str(installed), "--data-dir", str(data), "formats", "list"], env, tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == FORMAT_IDS
    danish = _run([str(installed), "--lang", "da", "--data-dir", str(data), "formats", "list"], env, tmp_path)
    assert danish.returncode == 0 and "punkter, ca." in danish.stdout  # the wheel's runde_da.qm

    meeting = _run(smoke.meeting_cmd(installed, data), {**env, smoke.SMOKE_ENV: smoke.KEYS}, tmp_path)
    assert meeting.returncode == 0, meeting.stderr[-2000:]
    state = next(json.loads(line[len("SMOKE "):]) for line in meeting.stdout.splitlines()
                 if line.startswith("SMOKE "))
    assert {k: state[k] for k in smoke.EXPECTED} == smoke.EXPECTED
    db = sqlite3.connect(data / "data" / "runde.sqlite3")
    try:  # built by the migrations the wheel carries
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() is not None
    finally:
        db.close()

    sheet = tmp_path / "sheet.pdf"
    out = _run([str(installed), "--data-dir", str(data), "export", "--meeting", "latest", "--format", "pdf",
                "-o", str(sheet)], env, tmp_path)
    assert out.returncode == 0, out.stderr
    reader = PdfReader(sheet)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Systematic learning meeting" in text and "Cecilie" in text
    fonts = {str(f.get_object()["/BaseFont"]) for page in reader.pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in name for name in fonts), fonts  # the wheel's fonts, embedded


# -- a package without resources/ (as `pip install .` built it before issue #19) -------------------
# The package is not there: sys.modules holds None for it, and the copy of app/ and ui/ below has no
# resources/ folder beside it either.
NO_RESOURCES = "import sys; sys.modules['resources'] = None\n"
GUI_DRIVER = NO_RESOURCES + r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
qapp = QApplication(sys.argv[:1])
def answer():
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(50, answer)
        return
    print("DIALOG " + box.windowTitle() + " | " + box.text(), flush=True)
    box.button(QMessageBox.StandardButton.Ok).click()
QTimer.singleShot(0, answer)
QTimer.singleShot(20000, qapp.quit)
from ui.main import main
sys.exit(main())
"""


@pytest.fixture
def without_resources(tmp_path: Path) -> Path:
    """A copy of app/ and ui/ with no resources/ beside them."""
    tree = tmp_path / "tree"
    for name in ("app", "ui"):
        shutil.copytree(ROOT / name, tree / name, ignore=shutil.ignore_patterns("__pycache__"))
    return tree


def test_formats_list_without_resources_says_so_and_fails(without_resources: Path, tmp_path: Path) -> None:
    env = {**_env(tmp_path / "home"), "PYTHONPATH": str(without_resources)}
    code = NO_RESOURCES + "from ui.main import main; sys.exit(main())"
    out = _run([sys.executable, "-c", code, "--data-dir", str(tmp_path / "d"), "formats", "list"], env,
               without_resources)
    assert out.returncode == 1
    assert out.stdout == ""  # never an empty list that looks like success
    assert MISSING in out.stderr and "install Runde again" in out.stderr
    assert "Traceback" not in out.stderr


def test_the_app_without_resources_says_so_in_a_dialog_and_fails(without_resources: Path,
                                                                  tmp_path: Path) -> None:
    env = {**_env(tmp_path / "home"), "PYTHONPATH": str(without_resources)}
    out = _run([sys.executable, "-c", GUI_DRIVER, "--data-dir", str(tmp_path / "d")], env, without_resources)
    assert out.returncode == 1, out.stdout + out.stderr
    dialog = next(line for line in out.stdout.splitlines() if line.startswith("DIALOG "))
    assert "Runde cannot start" in dialog and MISSING in dialog


# -- the optional parts: runde[sound] (QtMultimedia) and runde[server] (psycopg, keyring) ----------
# Not installed: the modules cannot be imported (None in sys.modules makes an import fail).
WITHOUT_EXTRAS = ("import sys\nfor _m in ('PySide6.QtMultimedia', 'psycopg', 'psycopg_binary', 'keyring'):\n"
                  "    sys.modules[_m] = None\n")
SETTINGS_DRIVER = WITHOUT_EXTRAS + r"""
import json
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
qapp = QApplication(sys.argv[:1])
def read_settings():
    d = QApplication.activeModalWidget()
    if d is None or type(d).__name__ != "SettingsDialog":
        QTimer.singleShot(50, read_settings)
        return
    d.it_button.click()  # the server's part sits behind "Organisation / IT…"
    shown = "\n".join(label.text() for label in d.findChildren(QLabel) if label.isVisible())
    print("SETTINGS " + json.dumps({"text": shown, "chime": d.chime.isVisible() and d.chime.isEnabled(),
                                    "server": d.server_url.isVisible() and d.server_url.isEnabled(),
                                    "height": d.sizeHint().height()}), flush=True)
    d.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    QTimer.singleShot(0, qapp.quit)
def open_settings():
    start = next((w for w in QApplication.topLevelWidgets()
                  if type(w).__name__ == "StartScreen" and w.isVisible()), None)
    if start is None:
        QTimer.singleShot(50, open_settings)
        return
    QTimer.singleShot(0, read_settings)
    start.settings_button.click()
QTimer.singleShot(0, open_settings)
QTimer.singleShot(30000, qapp.quit)
from ui.main import main
sys.exit(main())
"""
MAIN = "from ui.main import main; sys.exit(main())"


def _settings_seen(code: str, data: Path, env: dict[str, str]) -> dict[str, object]:
    out = _run([sys.executable, "-c", code, "--data-dir", str(data), "--lang", "en"], env, ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    line = next(x for x in out.stdout.splitlines() if x.startswith("SETTINGS "))
    return dict(json.loads(line[len("SETTINGS "):]))


def test_without_the_optional_parts_settings_say_so_and_a_meeting_runs(tmp_path: Path) -> None:
    smoke = _scripts_module("smoke_bundle")
    env = _env(tmp_path / "home")
    seen = _settings_seen(SETTINGS_DRIVER, tmp_path / "d", env)
    assert seen["chime"] is False and seen["server"] is False  # their rows give way to the sentences
    text = str(seen["text"])
    assert "The chime is not installed on this computer, so Runde stays silent" in text
    assert "The database server part is not installed on this computer" in text
    assert "the password is kept in the computer's keyring" not in text  # no server to set up
    full = _settings_seen(SETTINGS_DRIVER.replace(WITHOUT_EXTRAS, "import sys\n"), tmp_path / "d", env)
    assert int(str(seen["height"])) <= int(str(full["height"]))  # fits where the full dialog fits

    run_args = smoke.meeting_cmd(Path("runde"), tmp_path / "d")[1:]
    meeting = _run([sys.executable, "-c", WITHOUT_EXTRAS + MAIN, *run_args],
                   {**env, smoke.SMOKE_ENV: smoke.KEYS}, ROOT)
    assert meeting.returncode == 0, meeting.stderr[-2000:]
    state = next(json.loads(line[len("SMOKE "):]) for line in meeting.stdout.splitlines()
                 if line.startswith("SMOKE "))
    assert {k: state[k] for k in smoke.EXPECTED} == smoke.EXPECTED


def test_with_the_optional_parts_settings_say_nothing_of_them(tmp_path: Path) -> None:
    driver = SETTINGS_DRIVER.replace(WITHOUT_EXTRAS, "import sys\n")
    seen = _settings_seen(driver, tmp_path / "d", _env(tmp_path / "home"))
    assert seen["chime"] is True and seen["server"] is True
    assert "not installed" not in str(seen["text"])


def test_a_server_set_up_without_the_server_part_is_told_in_words(tmp_path: Path) -> None:
    url = "postgresql://runde@127.0.0.1:1/runde?connect_timeout=1"
    out = _run([sys.executable, "-c", WITHOUT_EXTRAS + MAIN, "--data-dir", str(tmp_path / "d"), "--database",
                url, "calendar", "--team", "X", "-o", str(tmp_path / "x.ics")], _env(tmp_path / "home"), ROOT)
    assert out.returncode == 1
    assert "the server part of Runde is not installed on this computer" in out.stderr
    assert "runde[server]" in out.stderr and "Traceback" not in out.stderr


# -- the build backend: the wheel's translations are compiled, not taken from git ------------------
def test_the_build_compiles_missing_translations_and_asks_for_qt_only_then(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    backend = _scripts_module("build_backend")
    shutil.copy2(ROOT / "resources" / "i18n" / "qtbase_nb.ts", tmp_path / "qtbase_nb.ts")
    assert backend.stale_translations(tmp_path) == [tmp_path / "qtbase_nb.ts"]
    assert all(r.startswith("PySide6-Essentials") for r in backend.qt_requirements())
    backend.compile_translations(tmp_path)
    assert backend.stale_translations(tmp_path) == []
    assert QTranslator().load(str(tmp_path / "qtbase_nb.qm"))
