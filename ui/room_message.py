"""Messages to the room, as Stagetimer and Ontime have them: a ready-made one with one click or key (1, 2,
3), or a short text typed on the console, shown large on the room's view until it is cleared (0).

A message lives only in memory, on this computer: it is never written to the meeting's record, its
live state or a sheet, and never sent anywhere. Ready-made messages are kept as their number and
translated when they are painted, so they follow the language of the interface (which is the language
the room's view shows the format in), also when it changes while one is shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ui.keys import Action

MAX_MESSAGE = 200  # characters: a message is read from the back wall in a glance
PRESET_ACTIONS = (Action.MESSAGE_1, Action.MESSAGE_2, Action.MESSAGE_3)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def preset_text(number: int) -> str:
    """The ready-made message ``number`` (1-3), in the language of the interface."""
    translate = QCoreApplication.translate  # the name pyside6-lupdate reads (not a shorter alias)
    texts = {1: translate("RoomMessage", "2 minutes left"), 2: translate("RoomMessage", "Please round off"),
             3: translate("RoomMessage", "Short break")}
    return texts[number]


@dataclass(frozen=True)
class RoomMessage:
    """What the room is told: a ready-made message (``preset`` 1-3) or a typed ``text``."""

    preset: int = 0
    text: str = ""

    def shown(self) -> str:
        """The words on the room's view."""
        return preset_text(self.preset) if self.preset else self.text


def clean_message(text: str) -> tuple[str, bool]:
    """A typed or pasted message as the room shows it: one line (line breaks and control characters are
    spaces, runs of spaces one), at most :data:`MAX_MESSAGE` characters, cut after the last whole word
    that fits when there is one. Returns the text and whether it was cut."""
    one_line = " ".join(_CONTROL.sub(" ", text).split())
    if len(one_line) <= MAX_MESSAGE:
        return one_line, False
    cut = one_line[:MAX_MESSAGE + 1]
    space = cut.rfind(" ")
    kept = cut[:space] if space >= MAX_MESSAGE * 3 // 4 else one_line[:MAX_MESSAGE]
    return kept.rstrip(), True


class MessagePanel(QGroupBox):
    """The console's "Message to the room": three ready-made messages, a field for a short text, Show
    and Clear. The preview above it shows what the room sees.

    Signals:
        action(Action): a ready-made message or Clear, as its key would (MESSAGE_1-3, CLEAR_MESSAGE).
        text_chosen(str): show this typed text (already cleaned, at most MAX_MESSAGE characters).
    """

    action = Signal(object)
    text_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset_buttons: list[QPushButton] = []
        grid = QGridLayout(self)
        for i, act in enumerate(PRESET_ACTIONS):
            btn = QPushButton()
            btn.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click keeps Space for the meeting
            btn.clicked.connect(lambda _=False, a=act: self.action.emit(a))
            self.preset_buttons.append(btn)
            grid.addWidget(btn, 0, i)
        self.edit = QLineEdit()
        self.edit.textEdited.connect(self._edited)
        self.edit.returnPressed.connect(self._show_typed)
        self.show_button = QPushButton()
        self.show_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.show_button.clicked.connect(self._show_typed)
        self.clear_button = QPushButton()
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clear_button.clicked.connect(lambda: self.action.emit(Action.CLEAR_MESSAGE))
        self.clear_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.clear_button)
        grid.addLayout(row, 1, 0, 1, 3)
        self.note = QLabel()  # said when a paste was cut to the limit
        self.note.setWordWrap(True)
        self.note.hide()
        grid.addWidget(self.note, 2, 0, 1, 3)
        self._typed = ""  # the field's text after the last edit
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text (again after a language change)."""
        self.setTitle(self.tr("Message to the room"))
        tips = (self.tr("Show “%1” on the room's view (1)"), self.tr("Show “%1” on the room's view (2)"),
                self.tr("Show “%1” on the room's view (3)"))
        for i, (btn, tip) in enumerate(zip(self.preset_buttons, tips, strict=True), start=1):
            btn.setText(preset_text(i))
            btn.setToolTip(tip.replace("%1", preset_text(i)))
            btn.setAccessibleDescription(btn.toolTip())
        self.edit.setPlaceholderText(self.tr("Or type a short message"))
        self.edit.setAccessibleName(self.tr("Message to the room"))
        self.edit.setAccessibleDescription(self.tr("At most %n characters; Enter shows it on the room's view",
                                                   "", MAX_MESSAGE))
        self.show_button.setText(self.tr("Show"))
        self.show_button.setAccessibleName(self.tr("Show the typed message on the room's view"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Take the message off the room's view (0)"))
        self.clear_button.setAccessibleDescription(self.clear_button.toolTip())
        self.note.setText(self.tr("Cut to %n characters: a message to the room is read in a glance.", "",
                                  MAX_MESSAGE))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_current(self, message: RoomMessage | None) -> None:
        """What the room is told now (None: nothing): Clear is enabled while there is something."""
        self.clear_button.setEnabled(message is not None)

    def _edited(self, text: str) -> None:
        if len(text) <= MAX_MESSAGE:
            self.note.hide()
            self._typed = text
            return
        if len(text) == len(self._typed) + 1:  # one more character typed at the limit: refused
            kept = self._typed
        else:  # a paste: cut after the last whole word that fits
            kept, _ = clean_message(text)
        self._typed = kept
        self.edit.setText(kept)
        self.note.show()

    def _show_typed(self) -> None:
        text, _ = clean_message(self.edit.text())
        if text:
            self.text_chosen.emit(text)
