"""Who Runde is on the desktop: its application id, its name and its icon, set once on the QApplication.

``APP_ID`` is the one reverse-DNS id used everywhere: the Linux ``.desktop`` and AppStream files are
named after it (``packaging/linux/``), the icon is installed under it, Qt announces it to the desktop
(``setDesktopFileName``: the Wayland app id, so the window is matched to its menu entry and icon), the
macOS bundle identifier is it (``build.spec``) and Windows groups the taskbar by it.
On X11 the desktop matches windows by their class, which Qt takes from the application name:
``StartupWMClass=Runde`` in the ``.desktop`` file.
"""

from __future__ import annotations

import contextlib
import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from app.paths import APP_NAME, resources_dir

APP_ID = "dk.runde.Runde"
PUBLISHER = "The Runde contributors"  # Windows file properties, Info.plist copyright, AppStream, installer
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # resources/icons/runde-<size>.png


def app_icon() -> QIcon:
    """Runde's icon from its PNG sizes (no SVG plugin needed; an empty icon if the folder is missing)."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        path = folder / f"runde-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


def apply() -> None:
    """Name, desktop id and icon: before the first window, so every window and the taskbar get them."""
    QGuiApplication.setApplicationName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    icon = app_icon()
    if not icon.isNull():  # a missing icon folder leaves Qt's default icon, never an error
        QGuiApplication.setWindowIcon(icon)
    if sys.platform == "win32":
        _windows_taskbar_id()


def _windows_taskbar_id() -> None:
    """Group Runde's windows under its own taskbar button and icon, not python.exe's (pip installs)."""
    import ctypes

    with contextlib.suppress(AttributeError, OSError):  # a stripped-down Windows: the default grouping
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)  # type: ignore[attr-defined]
