"""Runde's desktop identity and its Linux installer: the menu entry, the AppStream metadata, the icon
files and the ``.tar.gz`` with ``install.sh``, checked the way a desktop and an IT department meet them.

The validators (``desktop-file-validate`` from desktop-file-utils, ``appstreamcli`` from appstream) run
when installed; the files are always parsed and held against the code.
"""

from __future__ import annotations

import configparser
import importlib.util
import io
import os
import shutil
import subprocess
import tarfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

import app
from app.paths import APP_NAME
from ui.identity import APP_ID, ICON_SIZES, PUBLISHER

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
LANGUAGES = ("da", "nb", "sv", "fi")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
HICOLOR_INDEX = Path("/usr/share/icons/hicolor/index.theme")  # Debian's hicolor-icon-theme


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _desktop_entry(path: Path = DESKTOP) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def _command_name() -> str:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    (name,) = [n for n, target in scripts.items() if target == "ui.main:main"]
    return str(name)


# -- the menu entry -------------------------------------------------------------------------------
def test_the_desktop_entry_names_runde_as_the_code_does() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID  # the installed icon's name, and Qt's desktop file name
    assert entry["Exec"].split()[0] == _command_name() == "runde"
    assert entry["StartupWMClass"] == APP_NAME  # Qt's X11 window class is the application name
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    for key in ("GenericName", "Comment", "Keywords"):
        for lang in LANGUAGES:
            assert entry.get(f"{key}[{lang}]"), f"{key}[{lang}] is missing"
            assert entry[f"{key}[{lang}]"] != entry[key]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed (apt-get install desktop-file-utils)")
def test_the_desktop_entry_is_valid() -> None:
    out = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True,
                         check=False, timeout=60)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


# -- AppStream ------------------------------------------------------------------------------------
def test_the_metainfo_agrees_with_the_code_and_the_menu_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("developer_name") == PUBLISHER
    assert root.find("launchable[@type='desktop-id']").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.find("icon[@type='stock']").text == APP_ID  # type: ignore[union-attr]
    assert [b.text for b in root.findall("provides/binary")] == [_command_name()]
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == app.__version__, (
        "add a <release> for the new version at the top of the metainfo's <releases>")
    assert root.find("translation[@type='qt']").text == "runde"  # type: ignore[union-attr]
    assert all((ROOT / "resources" / "i18n" / f"runde_{lang}.ts").is_file() for lang in LANGUAGES)
    assert root.find("content_rating") is not None
    # The software centre's summary is the menu's comment, in every language.
    entry = _desktop_entry()
    summaries = {s.get(XML_LANG): s.text for s in root.findall("summary")}
    assert summaries == {None: entry["Comment"], **{lang: entry[f"Comment[{lang}]"] for lang in LANGUAGES}}
    paragraph_langs = {p.get(XML_LANG) for p in root.findall("description/p")}
    assert paragraph_langs == {None, *LANGUAGES}


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli is not installed (apt-get install appstream)")
def test_the_metainfo_is_valid() -> None:
    out = subprocess.run(["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
                         capture_output=True, text=True, check=False, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "W:" not in out.stdout and "E:" not in out.stdout, out.stdout


# -- the icon files -------------------------------------------------------------------------------
def test_every_png_size_is_there_and_square() -> None:
    for size in ICON_SIZES:
        with Image.open(ICONS / f"runde-{size}.png") as png:
            assert png.size == (size, size)
            assert png.mode == "RGBA"


def test_the_ico_and_icns_hold_the_sizes_windows_and_macos_need() -> None:
    with Image.open(ICONS / "runde.ico") as ico:
        assert ico.format == "ICO"
        assert {(16, 16), (24, 24), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "runde.icns") as icns:
        assert icns.format == "ICNS"
        assert {(32, 32), (128, 128), (256, 256), (512, 512)} <= {s[:2] for s in icns.info["sizes"]}
        assert (512, 512, 2) in icns.info["sizes"]  # the 1024 px Retina image


def test_the_icon_files_are_drawn_from_the_current_svg(qapp: object) -> None:
    make_icons = _load(ROOT / "packaging" / "make_icons.py", "make_icons")
    assert make_icons.PNG_SIZES == ICON_SIZES
    assert make_icons.out_of_date() == [], "run: python packaging/make_icons.py"


def test_a_changed_drawing_is_noticed(qapp: object, tmp_path: Path) -> None:
    make_icons = _load(ROOT / "packaging" / "make_icons.py", "make_icons")
    for f in ICONS.iterdir():
        shutil.copy2(f, tmp_path / f.name)
    svg = tmp_path / "runde.svg"
    svg.write_text(svg.read_text(encoding="utf-8").replace("#E69F00", "#009E73"), encoding="utf-8")
    assert "runde-256.png" in make_icons.out_of_date(tmp_path)


# -- the Linux archive and install.sh --------------------------------------------------------------
@pytest.fixture(scope="module")
def make_tarball() -> ModuleType:
    """packaging/linux/make_tarball.py as a module."""
    return _load(LINUX / "make_tarball.py", "make_tarball")


def _fake_bundle(folder: Path) -> Path:
    """A stand-in for PyInstaller's dist/Runde/: an executable that says what it was asked."""
    bundle = folder / "Runde"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "Runde").write_text('#!/bin/sh\necho "Runde was started with: $*"\n', encoding="utf-8")
    (bundle / "Runde").chmod(0o755)
    (bundle / "_internal" / "libexample.so").write_bytes(b"\x7fELF")
    return bundle


def _unpacked(make_tarball: ModuleType, tmp_path: Path) -> Path:
    bundle = _fake_bundle(tmp_path / "dist")
    archive = make_tarball.make_tarball(bundle, tmp_path / "out", mtime=1_700_000_000)
    assert archive.name == f"runde-{app.__version__}-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="data")
    return tmp_path / "unpacked" / f"runde-{app.__version__}"


def _sh(script: Path, *args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(home), **env}
    return subprocess.run(["sh", str(script), *args], capture_output=True, text=True, env=environment,
                          check=False, timeout=120)


def test_the_archive_holds_the_bundle_the_menu_entry_the_icons_and_the_scripts(
        make_tarball: ModuleType, tmp_path: Path) -> None:
    top = _unpacked(make_tarball, tmp_path)
    assert os.access(top / "Runde" / "Runde", os.X_OK)
    assert os.access(top / "install.sh", os.X_OK) and os.access(top / "uninstall.sh", os.X_OK)
    assert (top / "share" / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    assert (top / "share" / "metainfo" / METAINFO.name).is_file()
    for size in ICON_SIZES:
        assert (top / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (top / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert f"version={app.__version__}" in (top / "runde-bundle.txt").read_text(encoding="utf-8")


def test_the_archive_is_reproducible(make_tarball: ModuleType, tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path / "dist")
    first = make_tarball.make_tarball(bundle, tmp_path / "a", mtime=1_700_000_000).read_bytes()
    second = make_tarball.make_tarball(bundle, tmp_path / "b", mtime=1_700_000_000).read_bytes()
    assert first == second
    with tarfile.open(fileobj=io.BytesIO(first)) as tar:
        assert {(m.uid, m.gid, m.uname, m.gname) for m in tar.getmembers()} == {(0, 0, "", "")}


def test_make_tarball_refuses_a_folder_without_the_bundle(make_tarball: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="build_bundle.py"):
        make_tarball.make_tarball(tmp_path, tmp_path / "out")


def _installed_files(home: Path, data: Path) -> dict[str, Path]:
    return {
        "program": home / ".local" / "lib" / "runde" / "Runde",
        "link": home / ".local" / "bin" / "runde",
        "entry": data / "applications" / DESKTOP.name,
        "metainfo": data / "metainfo" / METAINFO.name,
        "icon48": data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png",
        "icon16": data / "icons" / "hicolor" / "16x16" / "apps" / f"{APP_ID}.png",
        "svg": data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        "uninstall": home / ".local" / "lib" / "runde" / "uninstall.sh",
    }


def test_install_sh_installs_for_the_user_only_and_uninstall_sh_removes_it(
        make_tarball: ModuleType, tmp_path: Path) -> None:
    top = _unpacked(make_tarball, tmp_path)
    home = tmp_path / "a home with spaces"
    data = tmp_path / "xdg data"
    kept = home / ".local" / "share" / "Runde" / "runde.sqlite3"  # the user's meetings, never touched
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"meetings")

    out = _sh(top / "install.sh", home=home, XDG_DATA_HOME=str(data))
    assert out.returncode == 0, out.stderr
    assert "application menu" in out.stdout
    files = _installed_files(home, data)
    for name, path in files.items():
        assert path.is_file(), f"{name}: {path} was not installed"
    assert files["link"].is_symlink() and files["link"].resolve() == files["program"].resolve()
    assert not (home / ".local" / "share" / "applications").exists()  # XDG_DATA_HOME was honoured
    linked = subprocess.run([str(files["link"]), "--version"], capture_output=True, text=True, check=True)
    assert linked.stdout.strip() == "Runde was started with: --version"

    # The menu entry starts the installed program by its full path, quoted (the path has spaces).
    entry = _desktop_entry(files["entry"])
    assert entry["Exec"] == f'"{files["program"]}"'
    assert {k: v for k, v in entry.items() if k != "Exec"} == {
        k: v for k, v in _desktop_entry().items() if k != "Exec"}
    if shutil.which("desktop-file-validate"):
        valid = subprocess.run(["desktop-file-validate", str(files["entry"])], capture_output=True,
                               text=True, check=False)
        assert valid.returncode == 0 and not valid.stdout.strip(), valid.stdout

    # Installing again (an update) works and leaves one copy.
    again = _sh(top / "install.sh", home=home, XDG_DATA_HOME=str(data))
    assert again.returncode == 0, again.stderr
    assert not (home / ".local" / "lib" / "runde.new").exists()

    gone = _sh(files["uninstall"], home=home, XDG_DATA_HOME=str(data))
    assert gone.returncode == 0, gone.stderr
    assert [n for n, p in files.items() if p.exists() or p.is_symlink()] == []
    assert kept.read_bytes() == b"meetings"
    assert "kept" in gone.stdout


@pytest.mark.skipif(not HICOLOR_INDEX.is_file(), reason="the hicolor icon theme is not installed")
def test_install_sh_puts_the_icon_where_a_desktop_looks(make_tarball: ModuleType, tmp_path: Path,
                                                        qapp: object) -> None:
    from PySide6.QtGui import QIcon

    top = _unpacked(make_tarball, tmp_path)
    data = tmp_path / "data"
    assert _sh(top / "install.sh", home=tmp_path / "home", XDG_DATA_HOME=str(data)).returncode == 0
    paths, theme = QIcon.themeSearchPaths(), QIcon.themeName()
    try:  # a desktop session's icon lookup: $XDG_DATA_HOME/icons first, then the system's; hicolor
        QIcon.setThemeSearchPaths([str(data / "icons"), str(HICOLOR_INDEX.parents[1])])
        QIcon.setThemeName("hicolor")
        icon = QIcon.fromTheme(APP_ID)
        assert not icon.isNull()
        assert {16, 48, 256} <= {s.width() for s in icon.availableSizes()}
    finally:
        QIcon.setThemeSearchPaths(paths)
        QIcon.setThemeName(theme)


def test_install_sh_leaves_another_runde_command_alone(make_tarball: ModuleType, tmp_path: Path) -> None:
    top = _unpacked(make_tarball, tmp_path)
    home = tmp_path / "home"
    pipx = home / ".local" / "bin" / "runde"
    pipx.parent.mkdir(parents=True)
    pipx.write_text("#!/bin/sh\necho pipx\n", encoding="utf-8")
    out = _sh(top / "install.sh", home=home)
    assert out.returncode == 0, out.stderr
    assert pipx.read_text(encoding="utf-8") == "#!/bin/sh\necho pipx\n"
    assert "left as it is" in out.stdout
    assert (home / ".local" / "share" / "applications" / DESKTOP.name).is_file()
    assert _sh(home / ".local" / "lib" / "runde" / "uninstall.sh", home=home).returncode == 0
    assert pipx.is_file()  # not the uninstaller's either


def test_install_sh_refuses_sudo_and_unknown_options(make_tarball: ModuleType, tmp_path: Path) -> None:
    top = _unpacked(make_tarball, tmp_path)
    home = tmp_path / "home"
    sudo = _sh(top / "install.sh", home=home, SUDO_USER="anna")
    assert sudo.returncode == 1 and "without sudo" in sudo.stderr
    assert not home.exists()
    unknown = _sh(top / "install.sh", "--system", home=home)
    assert unknown.returncode == 2 and "unknown option: --system" in unknown.stderr
    assert not home.exists()


def test_install_sh_with_a_prefix(make_tarball: ModuleType, tmp_path: Path) -> None:
    top = _unpacked(make_tarball, tmp_path)
    prefix = tmp_path / "opt"
    out = _sh(top / "install.sh", "--prefix", str(prefix), home=tmp_path / "home")
    assert out.returncode == 0, out.stderr
    assert (prefix / "lib" / "runde" / "Runde").is_file()
    assert (prefix / "share" / "applications" / DESKTOP.name).is_file()
    assert not (tmp_path / "home").exists()
    assert _sh(top / "uninstall.sh", "--prefix", str(prefix), home=tmp_path / "home").returncode == 0
    assert not (prefix / "lib" / "runde").exists()


# -- the installers prepared for Windows and macOS, and the release workflow ------------------------
def test_the_windows_installer_script_is_per_user_and_names_runde_as_the_code_does() -> None:
    iss = (ROOT / "packaging" / "windows" / "runde.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "DefaultDirName={autopf}\\Runde" in iss  # {userpf}: %LOCALAPPDATA%\Programs
    assert f'#define AppPublisher "{PUBLISHER}"' in iss
    assert "runde.ico" in iss and "{autoprograms}" in iss
    assert "AppId={{" in iss
    assert f'#define AppUserModelID "{APP_ID}"' in iss  # the taskbar id ui/identity.py sets on Windows


def test_the_release_workflow_builds_on_all_three_systems() -> None:
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8").replace("\\", "/")
    for runner in ("windows-latest", "macos-latest", "ubuntu-latest"):
        assert runner in workflow
    for step in ("scripts/build_bundle.py", "scripts/smoke_bundle.py", "packaging/windows/runde.iss",
                 "packaging/macos/make_dmg.sh"):
        assert step in workflow
    assert (ROOT / "packaging" / "macos" / "make_dmg.sh").stat().st_mode & 0o111


def test_a_wheel_that_carries_resources_carries_the_icons() -> None:
    """When pyproject.toml lists resources/ files for the wheel one folder at a time, the icons are one."""
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8")).get(
        "tool", {}).get("setuptools", {}).get("package-data", {})
    listed = {k: v for k, v in package_data.items() if k.startswith("resources")}
    if not listed or "*" in listed or "resources" in listed and "icons/*.png" in listed["resources"]:
        return  # nothing listed per folder (or everything): no wheel rule to keep the icons out
    assert "*.png" in listed.get("resources.icons", []), 'add "resources.icons" = ["*.png"] to package-data'


def test_install_sh_refuses_an_archive_for_another_processor(make_tarball: ModuleType,
                                                            tmp_path: Path) -> None:
    top = _unpacked(make_tarball, tmp_path)
    (top / "runde-bundle.txt").write_text("version=0.1.0\narch=riscv128\n", encoding="utf-8")
    out = _sh(top / "install.sh", home=tmp_path / "home")
    assert out.returncode == 1 and "for riscv128 computers" in out.stderr
    assert not (tmp_path / "home" / ".local" / "lib" / "runde").exists()
