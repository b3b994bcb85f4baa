"""A long text field's limit (a learning point, a round line, a note: the team file's 10,000
characters): the field cannot go past it, and a small "9,850 / 10,000" shows in its corner from
nine tenths of the way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from app.storage.team_file import MAX_TEXT

NEAR = 0.9  # the counter shows from this share of the limit


class _Counter(QLabel):
    """The count in the field's lower right corner, kept there as the field is resized."""

    def __init__(self, edit: QLineEdit | QPlainTextEdit, limit: int) -> None:
        super().__init__(edit)
        self.edit, self.limit = edit, limit
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


def limit_text(edit: QLineEdit | QPlainTextEdit, limit: int = MAX_TEXT) -> QLabel:
    """Keep ``edit`` at most ``limit`` characters long, with the counter; returns the counter."""
    counter = _Counter(edit, limit)
    if isinstance(edit, QLineEdit):
        edit.setMaxLength(limit)
        edit.textChanged.connect(lambda text: counter.update_count(len(text)))
        return counter

    def trim() -> None:
        n = edit.document().characterCount() - 1  # the document counts a closing paragraph mark
        if n > limit:  # typed or pasted past the limit: what is over it is cut from the end
            cursor = QTextCursor(edit.document())
            cursor.setPosition(limit)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            n = limit
        counter.update_count(n)
    edit.textChanged.connect(trim)
    return counter
