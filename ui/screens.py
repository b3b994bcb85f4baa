"""The room's window and where it goes: full screen on the projector, following screens plugged in
and pulled out (OpenLP's pattern: first non-primary screen, ~350 ms debounce)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QScreen, QWindow
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

from ui.room_view import RoomView

DEBOUNCE_MS = 350


class RoomWindow(QWidget):
    """A frameless top-level window holding the :class:`RoomView`.

    Signals:
        closing(): the window is being closed (Alt+F4, the window manager): the meeting's console
            takes over, so Runde does not quit with it.
    """

    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.view = RoomView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setWindowTitle(self.tr("Runde – room view"))
        self.setStyleSheet("background: black;")

    def closeEvent(self, event: QCloseEvent) -> None:
        """Tell the meeting before the window goes (while it is still shown, so another window can
        open first and Runde is not left without one)."""
        self.closing.emit()
        super().closeEvent(event)


def pick_screen(screens: list[QScreen], primary: QScreen | None, preferred: int) -> QScreen | None:
    """The chosen screen if it exists, else the first that is not the primary, else the primary."""
    if not screens:
        return None
    if 0 <= preferred < len(screens):
        return screens[preferred]
    others = [s for s in screens if s is not primary]
    return others[0] if others else (primary or screens[0])


class ScreenRouter(QObject):
    """Keeps a window full screen on the projector, whatever happens to the cables.

    Signals:
        placement_changed(str): the name of the screen the window is now on.
    """

    placement_changed = Signal(str)

    def __init__(self, window: QWidget, preferred: int = -1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.preferred = preferred
        self.current: QScreen | None = None
        self._debounce = QTimer(self)
        self._debounce.setObjectName("screen-debounce")
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.place)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screens_changed)
            app.screenRemoved.connect(self._screen_removed)

    def _screens_changed(self, *_: object) -> None:
        self._debounce.start()

    def _screen_removed(self, screen: QScreen) -> None:
        if screen is self.current:
            self.current = None
            # move at once to a screen that still exists, then settle after the debounce
            self.place(exclude=screen)
        self._debounce.start()

    def place(self, exclude: QScreen | None = None) -> QScreen | None:
        """Full screen on the best screen now (F5 too)."""
        screens = [s for s in QGuiApplication.screens() if s is not exclude]
        primary: QScreen | None = QGuiApplication.primaryScreen()
        if primary is exclude:
            primary = screens[0] if screens else None
        target = pick_screen(screens, primary, self.preferred)
        if target is None:
            return None
        self._show_on(target)
        return target

    def move_to_next_screen(self) -> QScreen | None:
        """Cycle the room's view to the next screen (and remember that choice)."""
        screens = QGuiApplication.screens()
        if not screens:
            return None
        idx = screens.index(self.current) if self.current in screens else -1
        self.preferred = (idx + 1) % len(screens)
        target = screens[self.preferred]
        self._show_on(target)
        return target

    def _show_on(self, screen: QScreen) -> None:
        win = self.window
        handle: QWindow | None = win.windowHandle()  # None until the window is created
        if handle is not None:
            handle.setScreen(screen)
        else:
            win.setScreen(screen)
        win.setGeometry(screen.geometry())
        win.showFullScreen()
        if win.windowHandle() is not None:
            win.windowHandle().setScreen(screen)  # Windows: again after the flags take effect
        win.setGeometry(screen.geometry())
        self.current = screen
        screens = QGuiApplication.screens()
        number = screens.index(screen) + 1 if screen in screens else 0
        self.placement_changed.emit(self.screen_label(screen, number))

    def screen_label(self, screen: QScreen, number: int) -> str:
        """A screen as people know it: its make and model where the system tells them, and always
        its number and size ("Screen 2 (1920 × 1080)"); the system's own name ("screen", "HDMI-1")
        says little to a care worker."""
        size = screen.size()
        where = self.tr("Screen %1 (%2 × %3)").replace("%1", str(number or 1)).replace(
            "%2", str(size.width())).replace("%3", str(size.height()))
        maker, model = screen.manufacturer().strip(), screen.model().strip()
        make = model if maker and model.lower().startswith(maker.lower()) else f"{maker} {model}".strip()
        return f"{make} · {where}" if make else where


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Give a window this size, or less where its screen (less the taskbar) is smaller, and keep it on
    that screen: a laptop at 1366x768 and 125 % has 1093x614 logical pixels, and a dialog taller than
    that hides its buttons. (``QWidget.screen`` is called through the class: a dialog may have a field
    of that name.)"""
    screen: QScreen | None = QWidget.screen(window) or QGuiApplication.primaryScreen()  # None: no screen
    if screen is None:
        window.resize(width, height)
        return
    room = screen.availableGeometry()
    window.resize(min(width, room.width() * 95 // 100), min(height, room.height() * 92 // 100))
    frame = window.frameGeometry()
    if window.isVisible() and not room.contains(frame):  # moved back inside, the title bar in view
        x = min(max(frame.x(), room.x()), room.right() - frame.width() + 1)
        y = min(max(frame.y(), room.y()), room.bottom() - frame.height() + 1)
        window.move(max(x, room.x()), max(y, room.y()))


def grow_to_content(window: QWidget) -> None:
    """Make ``window`` as large as its content asks (its size hint) where its screen has room, never
    smaller: a window opened at a laptop's size does not scroll its form on a full HD screen."""
    need = window.sizeHint()
    if need.height() > window.height() or need.width() > window.width():
        fit_to_screen(window, max(window.width(), need.width()), max(window.height(), need.height()))


class VerticalScroll(QScrollArea):
    """A frameless area that scrolls up and down when the window is lower than its content needs, never
    sideways: it is as wide as its content's minimum (and the scroll bar), so nothing is cut."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, and scrolls them into view
        self.setWidget(content)
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The content's layout changed (texts set, a section opened): the window learns the new
        minimum (a scroll area does not pass that on by itself)."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        """All of the content when the screen has room for it (a scroll area asks for less)."""
        inner = self.widget()
        base = super().sizeHint()
        if inner is None:
            return base
        return QSize(max(base.width(), self.minimumSizeHint().width(), inner.sizeHint().width()),
                     max(base.height(), inner.sizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        """The content's minimum width, and a few lines' height."""
        inner = self.widget()
        base = super().minimumSizeHint()
        if inner is None:
            return base
        width = inner.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() \
            + 2 * self.frameWidth()
        return QSize(max(base.width(), width), base.height())


def scrolling(content: QLayout | QWidget) -> VerticalScroll:
    """``content`` (a layout or a widget) in a :class:`VerticalScroll`."""
    if isinstance(content, QLayout):
        inner = QWidget()
        content.setContentsMargins(0, 0, 0, 0)
        inner.setLayout(content)
        content = inner
    return VerticalScroll(content)
