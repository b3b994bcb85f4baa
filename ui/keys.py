"""Keys and presentation-clicker buttons, mapped to meeting actions in one table.

Clickers send PageDown/PageUp (sometimes Right/Left), F5, Esc or Shift+F5, and "." or B for a black
screen (docs/STACK.md, Clickers). Clicker keys work everywhere in Runde; keys that would type a character
(Space, + and -, B, ., arrows) are left to a text field that has the focus, so capture never fights
the timer.
"""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ui.i18n import tr


class Action(Enum):
    """Everything the keyboard can do in a meeting."""

    NEXT = auto()
    PREVIOUS = auto()
    TOGGLE = auto()
    MORE = auto()
    LESS = auto()
    PASS = auto()
    BLACKOUT = auto()
    FULLSCREEN = auto()
    LEAVE_FULLSCREEN = auto()
    HELP = auto()
    CONSOLE = auto()
    MESSAGE_1 = auto()  # the ready-made messages to the room (ui/room_message.py)
    MESSAGE_2 = auto()
    MESSAGE_3 = auto()
    CLEAR_MESSAGE = auto()


K = Qt.Key
GLOBAL_KEYS: dict[int, Action] = {
    K.Key_PageDown: Action.NEXT,
    K.Key_PageUp: Action.PREVIOUS,
    K.Key_F5: Action.FULLSCREEN,
    K.Key_Escape: Action.LEAVE_FULLSCREEN,
    K.Key_F1: Action.HELP,
    K.Key_F2: Action.CONSOLE,
}
PLAIN_KEYS: dict[int, Action] = {
    K.Key_Right: Action.NEXT,
    K.Key_Down: Action.NEXT,
    K.Key_Left: Action.PREVIOUS,
    K.Key_Up: Action.PREVIOUS,
    K.Key_Space: Action.TOGGLE,
    K.Key_Plus: Action.MORE,
    K.Key_Equal: Action.MORE,
    K.Key_Minus: Action.LESS,
    K.Key_Underscore: Action.LESS,
    K.Key_P: Action.PASS,
    K.Key_B: Action.BLACKOUT,
    K.Key_Period: Action.BLACKOUT,
    K.Key_Question: Action.HELP,
    K.Key_1: Action.MESSAGE_1,
    K.Key_2: Action.MESSAGE_2,
    K.Key_3: Action.MESSAGE_3,
    K.Key_0: Action.CLEAR_MESSAGE,
}
_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)
# Controls that use Space and the arrows themselves (tick a box, press a button, move in a list):
# with one of them focused those keys are theirs; the clicker keys still drive the meeting.
_KEYBOARD_CONTROLS = (QAbstractButton, QAbstractItemView, QTabBar, QAbstractSlider)
_CONTROL_KEYS = {K.Key_Space, K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down}
_MODIFIER_KEYS = {K.Key_Shift, K.Key_Control, K.Key_Alt, K.Key_Meta, K.Key_AltGr, K.Key_CapsLock}


def action_for(key: int, modifiers: Qt.KeyboardModifier, typing: bool) -> Action | None:
    """The action of a key press, or None. ``typing``: a text field has the focus."""
    if key == K.Key_F5 and modifiers & Qt.KeyboardModifier.ShiftModifier:
        return Action.LEAVE_FULLSCREEN
    if key in GLOBAL_KEYS:
        return GLOBAL_KEYS[key]
    if typing or modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return None
    return PLAIN_KEYS.get(key)




def help_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for the help overlay, translated."""
    return [
        (tr("Page Down, →"), tr("Next speaker in the round, otherwise next step")),
        (tr("Page Down twice"), tr("At the last step: end the meeting (Page Up: go on)")),
        (tr("Page Up, ←"), tr("Back to the previous speaker or step")),
        (tr("Space"), tr("Start, pause, resume")),
        (tr("+  /  −"), tr("One minute more / less")),
        (tr("P"), tr("The speaker passes")),
        (tr("B  or  ."), tr("Black screen, and back")),
        (tr("F5  /  Esc"), tr("Full screen / leave full screen")),
        (tr("F2"), tr("Show the operator's console")),
        (tr("1  /  2  /  3"), tr("A ready-made message to the room")),
        (tr("0"), tr("Take the message off the room's view")),
        (tr("F1  or  ?"), tr("This help")),
    ]


class KeyRouter(QObject):
    """Application-wide event filter that turns key presses into :class:`Action` signals.

    Signals:
        triggered(Action): a meeting key was pressed (the key event is consumed).
        other_key(): any other key was pressed in a meeting window (the key goes on to its widget).
    """

    triggered = Signal(object)
    other_key = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.windows: list[QWidget] = []  # keys count only while one of these is the active window
        # the console's own meeting buttons: Space there still starts and pauses the meeting
        self.meeting_controls: set[QWidget] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Catch key presses before widgets see them."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.isAutoRepeat() and event.key() not in (K.Key_Plus, K.Key_Minus):
            return False
        if event.key() in _MODIFIER_KEYS or (self.windows
                                             and QApplication.activeWindow() not in self.windows):
            return False
        focus = QApplication.focusWidget()
        typing = isinstance(focus, _TEXT_INPUTS) or isinstance(watched, _TEXT_INPUTS)
        target = focus if focus is not None else watched  # the key goes to the focus widget
        if (isinstance(target, _KEYBOARD_CONTROLS) and target not in self.meeting_controls
                and event.key() in _CONTROL_KEYS):
            self.other_key.emit()
            return False
        action = action_for(event.key(), event.modifiers(), typing)
        if action is None:
            self.other_key.emit()
            return False
        self.triggered.emit(action)
        return True
