"""A long text field's limit (a learning point, a round line, a note: the team file's 10,000
characters): the field cannot go past it, and a small "9,850 / 10,000" shows in its corner from
nine tenths of the way.

A meeting's or a learning visit's text in all has a limit too (app/limits.py): a :class:`TextBudget`
gives each of its fields only the room that is left, so typing or pasting stops there, and says in a
line of its own how much is used once nine tenths of it are.

The limits are app/limits.py's, the same a team file is checked against: what the windows let
people write, Runde's own team file brings back in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from app.limits import MAX_TEXT

NEAR = 0.9  # the counter shows from this share of the limit


class _Counter(QLabel):
    """The count in the field's lower right corner, kept there as the field is resized."""

    def __init__(self, edit: QLineEdit | QPlainTextEdit, limit: int) -> None:
        super().__init__(edit)
        self.edit, self.limit = edit, limit
        self.cap = limit  # what the field may hold now: its limit, or less when its record is nearly full
        self.setObjectName("textLimit")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("QLabel#textLimit { font-size: 9pt; padding: 0 3px; background: palette(base); }")
        edit.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.edit and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        self.adjustSize()
        self.move(self.edit.width() - self.width() - 4, self.edit.height() - self.height() - 2)

    def update_count(self, n: int) -> None:
        """Show ``n / limit`` once ``n`` is near the limit, else nothing."""
        near = n >= NEAR * self.limit
        if near:
            loc = QLocale()
            self.setText(QCoreApplication.translate("TextLimit", "%1 / %2").replace(
                "%1", loc.toString(n)).replace("%2", loc.toString(self.limit)))
            self.setAccessibleName(QCoreApplication.translate(
                "TextLimit", "%1 of at most %2 characters").replace("%1", loc.toString(n)).replace(
                "%2", loc.toString(self.limit)))
            self._place()
        self.setVisible(near)

    def length(self) -> int:
        edit = self.edit
        return len(edit.text()) if isinstance(edit, QLineEdit) else edit.document().characterCount() - 1

    def set_room(self, room: int) -> None:
        """The record has ``room`` characters left: the field may grow by that much at most."""
        self.cap = min(self.limit, self.length() + max(0, room))
        if isinstance(self.edit, QLineEdit) and self.edit.maxLength() != self.cap:
            self.edit.setMaxLength(self.cap)  # never below its text: nothing is cut


def limit_text(edit: QLineEdit | QPlainTextEdit, limit: int = MAX_TEXT) -> QLabel:
    """Keep ``edit`` at most ``limit`` characters long, with the counter; returns the counter."""
    counter = _Counter(edit, limit)
    if isinstance(edit, QLineEdit):
        edit.setMaxLength(limit)
        edit.textChanged.connect(lambda text: counter.update_count(len(text)))
        return counter

    def trim() -> None:
        n = edit.document().characterCount() - 1  # the document counts a closing paragraph mark
        if n > counter.cap:  # typed or pasted past the limit: what is over it is cut from the end
            cursor = QTextCursor(edit.document())
            cursor.setPosition(counter.cap)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            n = counter.cap
        counter.update_count(n)
    edit.textChanged.connect(trim)
    return counter


class TextBudget(QObject):
    """A record's text in all (a meeting's capture, a learning visit) held within ``limit``.

    ``used`` counts what the record holds now (with what is typed but not added yet). After each
    change :meth:`refresh` gives every watched field the room that is left, so the next keystroke or
    paste stops there, and ``note`` says how much is used from nine tenths of the limit on.
    """

    def __init__(self, limit: int, used: Callable[[], int], note: QLabel) -> None:
        super().__init__(note)
        self.limit, self._used, self.note = limit, used, note
        self._counters: list[_Counter] = []
        note.setWordWrap(True)
        note.setObjectName("textBudget")
        note.setContentsMargins(6, 2, 6, 2)
        note.hide()

    def watch(self, counter: QLabel) -> None:
        """A field (its counter, from :func:`limit_text`) takes part."""
        assert isinstance(counter, _Counter)
        self._counters.append(counter)
        counter.set_room(self.room())

    def room(self) -> int:
        return max(0, self.limit - self._used())

    def fits(self, more: int) -> bool:
        """``more`` characters can still be added."""
        return more <= self.room()

    def refresh(self) -> None:
        used = self._used()
        room = max(0, self.limit - used)
        self._counters = [c for c in self._counters if _alive(c)]
        for c in self._counters:
            c.set_room(room)
        loc = QLocale()
        if room == 0:
            self.note.setText(QCoreApplication.translate(
                "TextLimit", "The text in all has reached its limit of %1 characters. Shorten something "
                "to write more.").replace("%1", loc.toString(self.limit)))
        elif used >= NEAR * self.limit:
            self.note.setText(QCoreApplication.translate(
                "TextLimit", "Text in all: %1 of at most %2 characters.").replace(
                "%1", loc.toString(used)).replace("%2", loc.toString(self.limit)))
        self.note.setVisible(used >= NEAR * self.limit)


def _alive(counter: _Counter) -> bool:
    try:
        counter.objectName()
    except RuntimeError:  # its field was deleted
        return False
    return True
