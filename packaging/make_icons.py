"""Render Runde's icon files from its SVG source.

    .venv/bin/python packaging/make_icons.py            # rewrite resources/icons/
    .venv/bin/python packaging/make_icons.py --check    # exit 1 if a file is missing or out of date

``resources/icons/runde.svg`` is the drawing; ``runde-small.svg`` is the same mark with fewer, larger
shapes for 16 and 24 px, where thin lines blur. Written next to them: ``runde-<size>.png`` for every
size in ``PNG_SIZES`` (Linux menus, window icons), ``runde.ico`` (the Windows executable and
installer) and ``runde.icns`` (the macOS app). PySide6's QtSvg draws the PNGs; Pillow packs the
``.ico`` and ``.icns`` from those PNGs.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = "runde.svg"
SMALL_SOURCE = "runde-small.svg"  # used up to SMALL_MAX px
SMALL_MAX = 24
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico holds
ICNS_EXTRA = 1024  # the .icns wants 1024 px (512 @2x); rendered, but not kept as a PNG


def png_name(size: int) -> str:
    """The file name of one PNG size."""
    return f"runde-{size}.png"


def source_for(size: int, icons: Path = ICONS) -> Path:
    """The SVG drawn at ``size``: the simplified one for the smallest sizes, if it exists."""
    small = icons / SMALL_SOURCE
    return small if size <= SMALL_MAX and small.is_file() else icons / SOURCE


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent ``size`` x ``size`` image, as PNG bytes."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def build(icons: Path = ICONS) -> dict[str, bytes]:
    """Every generated file's name and contents (nothing is written)."""
    pngs = {size: render(source_for(size, icons), size) for size in (*PNG_SIZES, ICNS_EXTRA)}
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in pngs.items()}
    ico = io.BytesIO()
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    icns = io.BytesIO()
    images[ICNS_EXTRA].save(icns, format="ICNS", append_images=[images[s] for s in PNG_SIZES])
    files = {png_name(size): pngs[size] for size in PNG_SIZES}
    files["runde.ico"] = ico.getvalue()
    files["runde.icns"] = icns.getvalue()
    return files


def _pixels_match(old: bytes, new: bytes, name: str) -> bool:
    """True if two icon files show the same pictures (a Qt or Pillow update may move bytes, not looks)."""
    if old == new:
        return True
    if not name.endswith(".png"):
        return False  # containers: compared through their PNGs, which --check rewrites together
    a = Image.open(io.BytesIO(old)).convert("RGBA")
    b = Image.open(io.BytesIO(new)).convert("RGBA")
    if a.size != b.size:
        return False
    mean = ImageStat.Stat(ImageChops.difference(a, b)).mean  # per channel, 0-255
    return max(mean) < 1.0  # under one level of 255 on average


def out_of_date(icons: Path = ICONS) -> list[str]:
    """The generated files that are missing or no longer match the SVG."""
    stale = []
    for name, data in build(icons).items():
        path = icons / name
        if not path.is_file() or name.endswith(".png") and not _pixels_match(path.read_bytes(), data, name):
            stale.append(name)
    return stale


def main(argv: list[str] | None = None) -> int:
    """Write the icon files, or with ``--check`` only compare them."""
    parser = argparse.ArgumentParser(description="Render Runde's icons from resources/icons/runde.svg.")
    parser.add_argument("--check", action="store_true", help="only report files that are out of date")
    args = parser.parse_args(argv)
    if args.check:
        stale = out_of_date()
        for name in stale:
            print(f"out of date: resources/icons/{name}")  # noqa: T201
        return 1 if stale else 0
    for name, data in build().items():
        (ICONS / name).write_bytes(data)
        print(f"wrote resources/icons/{name} ({len(data):,} bytes)")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
