"""build.spec and the bundle scripts, checked without building anything (the build itself is
``scripts/build_bundle.py``, its test ``scripts/smoke_bundle.py``)."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import app

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"
BUILD_MARKER = "# -- the build"

# Runs build.spec the way PyInstaller does, with recording stand-ins for its build classes, and prints
# what the spec asked for as JSON. In a subprocess, so the spec's imports leave this process alone.
HARNESS = r"""
import json, sys
spec, root, work = sys.argv[1:4]
if len(sys.argv) > 4:  # the spec as it runs on another system: what it asks for there
    import asyncio, alembic.op, sqlalchemy  # loaded first: they pick their parts by sys.platform
    sys.platform = sys.argv[4]
calls = []
SAMPLE = [(p, "/src/" + p, "BINARY") for p in (
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib/libavcodec.so.63")]
class Recorder:
    def __init__(self, *args, **kwargs):
        calls.append({"kind": type(self).__name__, "args": [a if isinstance(a, (str, list)) else None
                                                            for a in args], "kwargs": {
            k: v for k, v in kwargs.items() if isinstance(v, (str, bool, int, list, dict, type(None)))}})
        self.kwargs = kwargs
        self.pure, self.scripts = [], []
        self.binaries = list(SAMPLE)
        self.datas = list(kwargs.get("datas", []))
class Analysis(Recorder): pass
class PYZ(Recorder): pass
class EXE(Recorder): pass
class COLLECT(Recorder): pass
class BUNDLE(Recorder): pass
ns = {"SPECPATH": root, "workpath": work, "DISTPATH": work + "/dist", "__name__": "__main__",
      "Analysis": Analysis, "PYZ": PYZ, "EXE": EXE, "COLLECT": COLLECT, "BUNDLE": BUNDLE}
exec(compile(open(spec, encoding="utf-8").read(), spec, "exec"), ns)
print(json.dumps({"calls": calls, "binaries": [b[0] for b in ns["a"].binaries],
                  "meta": [ns["DIST_NAME"], ns["APP_NAME"], ns["VERSION"]]}))
"""


def _spec_definitions() -> dict[str, Any]:
    """build.spec's functions and constants (everything above the build itself)."""
    source = SPEC.read_text(encoding="utf-8").split(BUILD_MARKER)[0]
    ns: dict[str, Any] = {"SPECPATH": str(ROOT), "__name__": "build_spec"}
    exec(compile(source, str(SPEC), "exec"), ns)  # noqa: S102 - our own spec file
    return ns


@pytest.fixture(scope="module")
def spec_ns() -> dict[str, Any]:
    """The spec's definitions, loaded once."""
    return _spec_definitions()


def _run_spec(base: Path, platform: str | None = None) -> dict[str, Any]:
    """What build.spec asks PyInstaller for, run on a copy of the tree with compiled translations
    (on ``platform``'s branch of the spec if given)."""
    root = base / "tree"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    shutil.copytree(ROOT / "app", root / "app", ignore=ignore)
    shutil.copytree(ROOT / "resources", root / "resources", ignore=ignore)
    (root / "ui").mkdir()
    shutil.copy2(ROOT / "ui" / "identity.py", root / "ui" / "identity.py")
    shutil.copy2(ROOT / "pyproject.toml", root / "pyproject.toml")
    shutil.copy2(SPEC, root / "build.spec")
    for ts in (root / "resources" / "i18n").glob("*.ts"):
        ts.with_suffix(".qm").write_bytes(b"")  # stand-ins for pyside6-lrelease's output
    out = subprocess.run([sys.executable, "-c", HARNESS, str(root / "build.spec"), str(root),
                          str(base / "work"), *([platform] if platform else [])],
                         capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    result["root"] = str(root)
    result["work"] = str(base / "work")
    return result


@pytest.fixture(scope="module")
def spec_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What build.spec asks PyInstaller for on this system."""
    return _run_spec(tmp_path_factory.mktemp("spec"))


@pytest.fixture(scope="module")
def spec_on_windows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What build.spec asks PyInstaller for on Windows."""
    return _run_spec(tmp_path_factory.mktemp("spec-win"), "win32")


@pytest.fixture(scope="module")
def spec_on_macos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What build.spec asks PyInstaller for on macOS."""
    return _run_spec(tmp_path_factory.mktemp("spec-mac"), "darwin")


def _calls(run: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [c for c in run["calls"] if c["kind"] == kind]


def test_spec_parses_as_python() -> None:
    ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def test_name_and_version_come_from_the_project(spec_ns: dict[str, Any]) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    from app.paths import APP_NAME

    assert spec_ns["project_metadata"](ROOT) == (project["name"], APP_NAME, app.__version__)


def test_the_spec_builds_one_folder_named_after_the_app(spec_run: dict[str, Any]) -> None:
    from app.paths import APP_NAME

    assert spec_run["meta"] == ["runde", APP_NAME, app.__version__]
    (coll,) = _calls(spec_run, "COLLECT")
    assert coll["kwargs"]["name"] == APP_NAME
    assert coll["kwargs"]["upx"] is False
    exes = _calls(spec_run, "EXE")
    assert exes[0]["kwargs"]["name"] == APP_NAME
    assert all(e["kwargs"]["exclude_binaries"] is True and e["kwargs"]["upx"] is False for e in exes)
    if sys.platform.startswith("linux"):
        assert [e["kwargs"]["console"] for e in exes] == [True]
    else:  # windowed app, plus a console twin for the command line and for errors
        assert [(e["kwargs"]["name"], e["kwargs"]["console"]) for e in exes] == [
            (APP_NAME, False), ("runde-cli", True)]


def test_the_spec_bundles_resources_and_migrations_as_files(spec_run: dict[str, Any]) -> None:
    (analysis,) = _calls(spec_run, "Analysis")
    root = Path(spec_run["root"])
    datas = {(Path(src).relative_to(root).as_posix(), Path(dest).as_posix())
             for src, dest in analysis["kwargs"]["datas"]}
    assert ("resources/formats/systematic-learning-meeting.json", "resources/formats") in datas
    assert ("resources/fonts/DejaVuSans.ttf", "resources/fonts") in datas
    assert ("resources/sounds/chime-soft.wav", "resources/sounds") in datas
    assert ("resources/i18n/runde_da.qm", "resources/i18n") in datas
    assert not any(src.endswith(".ts") for src, _ in datas)
    for env in sorted((ROOT / "app").rglob("migrations/env.py")):
        folder = env.parent.relative_to(ROOT).as_posix()
        assert (f"{folder}/env.py", folder) in datas
        for version in sorted((env.parent / "versions").glob("*.py")):
            assert (f"{folder}/versions/{version.name}", f"{folder}/versions") in datas
    assert "sqlalchemy" in analysis["kwargs"]["hiddenimports"]  # imported by the migration scripts
    assert "alembic.op" in analysis["kwargs"]["hiddenimports"]


def test_the_spec_leaves_out_what_runde_does_not_use(spec_run: dict[str, Any]) -> None:
    (analysis,) = _calls(spec_run, "Analysis")
    excludes = set(analysis["kwargs"]["excludes"])
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.Qt3DCore",
            "PySide6.QtCharts", "PySide6.QtPdf", "tkinter", "pygments"} <= excludes
    assert "ssl" not in excludes  # psycopg (the team database server's driver) imports it
    assert not excludes & {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtNetwork",
                           "PySide6.QtMultimedia", "PySide6.QtPrintSupport"}
    assert spec_run["binaries"] == ["PySide6/Qt/plugins/platforms/libqxcb.so",
                                    "PySide6/Qt/lib/libQt6Widgets.so.6"]


def test_the_spec_refuses_to_build_without_compiled_translations(tmp_path: Path,
                                                                 spec_ns: dict[str, Any]) -> None:
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    with pytest.raises(SystemExit, match="i18n.py release"):
        spec_ns["resource_datas"](tmp_path)


@pytest.mark.parametrize(("dest", "platform", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "linux", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", "linux", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "linux", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", "linux", False),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", "linux", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", "linux", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "linux", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "linux", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", "linux", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "linux", False),
    ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", "linux", False),
    ("PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so", "linux", False),
    ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", "linux", False),
    ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", "linux", False),
    ("PySide6/Qt/lib/libQt6Qml.so.6", "linux", False),
    ("PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", "linux", False),
    ("PySide6/Qt/lib/libQt6Multimedia.so.6", "linux", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", "linux", True),  # QtMultimedia links it; no plugin uses it
    ("PySide6/Qt/lib/libavcodec.so.63", "linux", False),
    ("PySide6/Qt/translations/qtbase_da.qm", "linux", True),
    ("PySide6/Qt/translations/qtbase_de.qm", "linux", False),
    ("PySide6/Qt/translations/qtmultimedia_da.qm", "linux", False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", "win32", True),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", "win32", True),
    ("PySide6\\plugins\\multimedia\\windowsmediaplugin.dll", "win32", False),
    ("PySide6\\Qt6WebEngineCore.dll", "win32", False),
    ("PySide6\\Qt6Gui.dll", "win32", True),
    ("PySide6\\opengl32sw.dll", "win32", False),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "darwin", True),
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", "darwin", False),
    ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", "darwin", True),
    ("libpython3.11.so.1.0", "linux", True),
    ("libssl.so.3", "linux", False),
    ("libcrypto.so.3", "linux", False),
    ("libk5crypto.so.3", "linux", True),  # Kerberos, for printing through CUPS
    ("libssl-3-x64.dll", "win32", False),
    ("libcrypto.3.dylib", "darwin", False),
])
def test_keep_entry(spec_ns: dict[str, Any], dest: str, platform: str, kept: bool) -> None:
    assert spec_ns["keep_entry"](dest, platform=platform) is kept


def test_ffmpeg_can_be_kept_for_measuring(spec_ns: dict[str, Any]) -> None:
    keep = spec_ns["keep_entry"]
    assert keep("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", platform="linux", ffmpeg=True)
    assert keep("PySide6/Qt/lib/libavcodec.so.63", platform="linux", ffmpeg=True)


# -- how the bundle shows itself: icon, Windows file properties, macOS bundle --------------------
def test_the_windows_executables_carry_the_icon_and_their_file_properties(
        spec_on_windows: dict[str, Any]) -> None:
    from ui.identity import PUBLISHER

    exes = {e["kwargs"]["name"]: e["kwargs"] for e in _calls(spec_on_windows, "EXE")}
    assert set(exes) == {"Runde", "runde-cli"}
    for name, kwargs in exes.items():
        icon = Path(kwargs["icon"]).relative_to(spec_on_windows["root"])
        assert icon.as_posix() == "resources/icons/runde.ico"
        version_file = Path(kwargs["version"])
        assert version_file.parent == Path(spec_on_windows["work"])
        text = version_file.read_text(encoding="utf-8")
        strings = dict(re.findall(r"StringStruct\('(\w+)', '([^']*)'\)", text))
        description = "Runde" if name == "Runde" else "Runde (command line)"
        assert strings == {
            "CompanyName": PUBLISHER, "FileDescription": description,
            "FileVersion": app.__version__, "InternalName": name, "LegalCopyright": f"\u00a9 {PUBLISHER}",
            "OriginalFilename": f"{name}.exe", "ProductName": "Runde", "ProductVersion": app.__version__}
        numbers = tuple(int(n) for n in app.__version__.split(".")[:3]) + (0,)
        assert f"filevers={numbers!r}" in text
    assert _calls(spec_on_windows, "BUNDLE") == []


def test_the_version_file_is_one_pyinstaller_reads(spec_ns: dict[str, Any]) -> None:
    text = spec_ns["windows_version_text"]("Runde", "Runde", "1.2.3rc1")

    # PyInstaller evaluates the file with its version classes in scope (versioninfo.py needs pefile,
    # which only Windows builds install): the same with recording stand-ins.
    def record(kind: str):  # type: ignore[no-untyped-def]
        return lambda *args, **kwargs: {"kind": kind, "args": args, **kwargs}

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")
    info = eval(text, {n: record(n) for n in names})  # noqa: S307 - the spec's own output
    assert info["kind"] == "VSVersionInfo"
    assert info["ffi"]["filevers"] == info["ffi"]["prodvers"] == (1, 2, 3, 0)
    (string_info, var_info) = info["kids"]
    (table,) = string_info["args"][0]
    assert table["args"][0] == "040904B0"  # US English, Unicode: the table Explorer reads
    assert {s["args"][0]: s["args"][1] for s in table["args"][1]}["FileVersion"] == "1.2.3rc1"
    assert var_info["args"][0][0]["args"] == ("Translation", [1033, 1200])


@pytest.mark.parametrize(("text", "numbers"), [("0.1.0", (0, 1, 0, 0)), ("1.2.3.4.5", (1, 2, 3, 4)),
                                                ("2.0rc1", (2, 0, 0, 0)), ("3", (3, 0, 0, 0))])
def test_numeric_version(spec_ns: dict[str, Any], text: str, numbers: tuple[int, ...]) -> None:
    assert spec_ns["numeric_version"](text) == numbers


def test_the_mac_app_has_its_identifier_icon_and_info_plist(spec_on_macos: dict[str, Any]) -> None:
    from ui.identity import APP_ID, PUBLISHER

    (bundle,) = _calls(spec_on_macos, "BUNDLE")
    kwargs = bundle["kwargs"]
    assert kwargs["name"] == "Runde.app"
    assert kwargs["bundle_identifier"] == APP_ID
    assert Path(kwargs["icon"]).relative_to(spec_on_macos["root"]).as_posix() == "resources/icons/runde.icns"
    plist = kwargs["info_plist"]
    assert plist["CFBundleName"] == "Runde"
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == app.__version__
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSApplicationCategoryType"] == "public.app-category.productivity"
    assert plist["NSHumanReadableCopyright"] == f"\u00a9 {PUBLISHER}"
    assert plist["LSBackgroundOnly"] is False
    assert set(plist["CFBundleLocalizations"]) == {"en", "da", "nb", "sv", "fi"}
    assert all(e["kwargs"]["version"] is None for e in _calls(spec_on_macos, "EXE"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux branch of the spec")
def test_linux_executables_carry_no_icon_resource(spec_run: dict[str, Any]) -> None:
    (exe,) = _calls(spec_run, "EXE")
    assert exe["kwargs"]["icon"] is None  # the .desktop file names the icon
    assert exe["kwargs"]["version"] is None


def test_the_spec_reads_the_identity_from_the_code(spec_ns: dict[str, Any]) -> None:
    from ui.identity import APP_ID, PUBLISHER

    assert spec_ns["identity"](ROOT) == (APP_ID, PUBLISHER)


def test_the_spec_refuses_to_build_without_the_icon(spec_ns: dict[str, Any], tmp_path: Path) -> None:
    assert spec_ns["icon_file"](tmp_path, platform="linux") is None
    with pytest.raises(SystemExit, match="make_icons.py"):
        spec_ns["icon_file"](tmp_path, platform="win32")


def test_the_bundle_takes_the_icon_pngs_not_their_sources(spec_run: dict[str, Any]) -> None:
    (analysis,) = _calls(spec_run, "Analysis")
    names = {Path(src).name for src, _ in analysis["kwargs"]["datas"]}
    assert {"runde-16.png", "runde-256.png"} <= names
    assert not names & {"runde.svg", "runde.ico", "runde.icns"}


# -- the smoke script -----------------------------------------------------------------------------
@pytest.fixture()
def smoke(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """scripts/smoke_bundle.py as a module (it imports scripts/build_bundle.py beside it)."""
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    import importlib

    return importlib.import_module("smoke_bundle")


def test_smoke_defaults(smoke: ModuleType) -> None:
    args = smoke.parse_args([])
    assert (args.dist, args.installed, args.runs, args.timing) == (ROOT / "dist", None, 5, True)
    assert (args.max_mb, args.max_ratio) == (200.0, 1.0)


def test_smoke_options(smoke: ModuleType, tmp_path: Path) -> None:
    args = smoke.parse_args(["--dist", str(tmp_path), "--installed", "/x/runde", "--runs", "3",
                             "--no-timing", "--max-mb", "180", "--max-ratio", "1.2"])
    assert (args.dist, args.installed, args.runs, args.timing) == (tmp_path, Path("/x/runde"), 3, False)
    assert (args.max_mb, args.max_ratio) == (180.0, 1.2)


@pytest.mark.parametrize("bad", [["--runs", "0"], ["--runs", "x"], ["--unknown"]])
def test_smoke_refuses_bad_arguments(smoke: ModuleType, bad: list[str]) -> None:
    with pytest.raises(SystemExit):
        smoke.parse_args(bad)


def test_smoke_finds_the_executables(smoke: ModuleType, tmp_path: Path) -> None:
    assert smoke.executables(tmp_path, "linux") == (tmp_path / "Runde", tmp_path / "Runde")
    (tmp_path / "runde-cli.exe").write_bytes(b"")
    assert smoke.executables(tmp_path, "win32") == (tmp_path / "Runde.exe", tmp_path / "runde-cli.exe")


def test_smoke_keys_are_ones_the_hook_knows(smoke: ModuleType) -> None:
    from ui.smoke import ENV, KEY_NAMES

    assert smoke.SMOKE_ENV == ENV
    assert all(k in KEY_NAMES for k in smoke.KEYS.split(","))
    assert smoke.source_version() == app.__version__


def test_smoke_reads_the_room_paint_marker(smoke: ModuleType) -> None:
    line = ("2026-11-25T03:10:55.989 qt.widgets.painting Sending update request to RoomWindow(0x91fa960) "
            "with QWidgetRepaintManager::UpdateLater")
    match = smoke.PAINT_RE.match(line)
    assert match is not None
    assert match.group(1) == "2026-11-25T03:10:55.989"
