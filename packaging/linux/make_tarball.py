"""Pack the Linux bundle with its menu entry, icon and install scripts into one ``.tar.gz`` for IT.

    .venv/bin/python scripts/build_bundle.py            # builds dist/Runde/, then this archive
    .venv/bin/python packaging/linux/make_tarball.py    # only the archive, from an existing dist/Runde/

Writes ``dist/runde-<version>-linux-<arch>.tar.gz`` holding one folder ``runde-<version>/``::

    Runde/                                           the PyInstaller bundle (Runde/Runde starts it)
    install.sh, uninstall.sh                         for the user's own ~/.local, no root
    README.txt, runde-bundle.txt                     how to install; the version and the processor
    share/applications/<APP_ID>.desktop              the menu entry (install.sh sets its Exec path)
    share/metainfo/<APP_ID>.metainfo.xml             AppStream: what software centres show
    share/icons/hicolor/<n>x<n>/apps/<APP_ID>.png    the icon, every size, and scalable/ as SVG

The archive is reproducible: sorted names, no owners, one time stamp (``SOURCE_DATE_EPOCH`` if set).
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import platform
import sys
import tarfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import app  # noqa: E402  (the repository's own package, found through ROOT)
from ui.identity import APP_ID, ICON_SIZES  # noqa: E402

ICONS = ROOT / "resources" / "icons"
SCRIPTS = ("install.sh", "uninstall.sh")

README = """Runde {version} for Linux ({arch})

Install for yourself (no administrator needed):

    ./install.sh

Runde then appears in the application menu, and `runde` starts it from a terminal if ~/.local/bin
is on your PATH. Update: unpack a newer archive and run its ./install.sh. Remove:
~/.local/lib/runde/uninstall.sh. Your meetings and settings stay in ~/.local/share/Runde and
~/.config/Runde either way.

Without installing: ./Runde/Runde starts Runde from this folder.
"""


def archive_name(version: str, arch: str) -> str:
    """``runde-<version>-linux-<arch>.tar.gz``."""
    return f"runde-{version}-linux-{arch}.tar.gz"


def extra_files(version: str, arch: str) -> Iterator[tuple[str, bytes, int]]:
    """Everything beside the bundle: ``(path inside the top folder, contents, mode)``."""
    for script in SCRIPTS:
        yield script, (HERE / script).read_bytes(), 0o755
    yield "README.txt", README.format(version=version, arch=arch).encode(), 0o644
    yield "runde-bundle.txt", f"version={version}\narch={arch}\n".encode(), 0o644
    yield f"share/applications/{APP_ID}.desktop", (HERE / f"{APP_ID}.desktop").read_bytes(), 0o644
    yield f"share/metainfo/{APP_ID}.metainfo.xml", (HERE / f"{APP_ID}.metainfo.xml").read_bytes(), 0o644
    for size in ICON_SIZES:
        png = (ICONS / f"runde-{size}.png").read_bytes()
        yield f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png", png, 0o644
    yield f"share/icons/hicolor/scalable/apps/{APP_ID}.svg", (ICONS / "runde.svg").read_bytes(), 0o644


def _normalised(mtime: int) -> Callable[[tarfile.TarInfo], tarfile.TarInfo]:
    """No owners, one time, and only two modes: 755 (folders, programs) and 644."""

    def fix(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mtime = mtime
        if info.isdir() or info.mode & 0o111:
            info.mode = 0o755
        elif not info.issym():
            info.mode = 0o644
        return info
    return fix


def make_tarball(bundle: Path, out_dir: Path, version: str = app.__version__,
                 arch: str | None = None, mtime: int | None = None) -> Path:
    """Write the archive from the one-folder ``bundle``; returns its path."""
    if not (bundle / "Runde").is_file():
        raise SystemExit(f"make_tarball: {bundle} holds no Runde executable; build it first "
                         "(python scripts/build_bundle.py)")
    arch = arch or platform.machine()
    if mtime is None:
        mtime = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    top = f"runde-{version}"
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / archive_name(version, arch)
    partial = target.with_name(target.name + ".partial")
    fix = _normalised(mtime)
    dirs: set[str] = set()
    with partial.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=mtime,
                                                  compresslevel=6) as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
        info = tarfile.TarInfo(top)
        info.type = tarfile.DIRTYPE
        tar.addfile(fix(info))
        tar.add(bundle, arcname=f"{top}/Runde", filter=fix)  # recursive, in sorted order
        for name, data, mode in sorted(extra_files(version, arch)):
            parts = name.split("/")[:-1]
            for depth in range(1, len(parts) + 1):
                folder = "/".join(parts[:depth])
                if folder not in dirs:
                    dirs.add(folder)
                    info = tarfile.TarInfo(f"{top}/{folder}")
                    info.type, info.mode = tarfile.DIRTYPE, 0o755
                    tar.addfile(fix(info))
            info = tarfile.TarInfo(f"{top}/{name}")
            info.size, info.mode = len(data), mode
            tar.addfile(fix(info), io.BytesIO(data))
    partial.replace(target)
    return target


def main(argv: list[str] | None = None) -> int:
    """Build the archive from dist/Runde/ (or --bundle) into dist/ (or --out)."""
    parser = argparse.ArgumentParser(description="Pack Runde's Linux bundle into an installable .tar.gz.")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Runde",
                        help="the PyInstaller folder (default: dist/Runde)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where to write the archive")
    args = parser.parse_args(argv)
    target = make_tarball(args.bundle, args.out)
    print(f"Linux archive: {target}  {target.stat().st_size / 1e6:.1f} MB", flush=True)  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
