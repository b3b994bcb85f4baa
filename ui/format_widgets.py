"""The format editor's own widgets: :class:`ErrorLabel` (a field's problem under it),
:class:`DurationEdit` (minutes and seconds) and :class:`SourceBox` (where a format comes from, read-only).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from app.formats import MAX_STEP_S, FormatSource

MAX_MINUTES = MAX_STEP_S // 60  # the spin boxes reach just past the longest step; Save says so


class ErrorLabel(QLabel):
    """A wrapped line under a field; asks for the height its text needs at its width (a form
    layout alone would squash the field above it)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep room for every line of the message."""
        super().resizeEvent(event)
        need = self.heightForWidth(self.width()) if self.text() else 0
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    def setText(self, text: str) -> None:
        """Show ``text``; the height follows at the next layout."""
        super().setText(text)
        self.setMinimumHeight(0)
        self.setMinimumHeight(self.heightForWidth(self.width()) if text and self.width() > 0 else 0)


class DurationEdit(QWidget):
    """Minutes and seconds, for a step's length, a warning or a turn (typing updates at once)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.seconds = QSpinBox()
        self.seconds.setRange(0, 59)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.minutes)
        layout.addWidget(self.seconds)
        layout.addStretch(1)
        self.setFocusProxy(self.minutes)
        self.minutes.valueChanged.connect(self.changed)
        self.seconds.valueChanged.connect(self.changed)

    def value(self) -> int:
        """Seconds."""
        return self.minutes.value() * 60 + self.seconds.value()

    def set_value(self, seconds: int) -> None:
        """Show ``seconds`` (a value past the spin boxes shows their largest)."""
        minutes, secs = divmod(max(0, int(seconds)), 60)
        if minutes > MAX_MINUTES:
            minutes, secs = MAX_MINUTES, 59
        for box, v in ((self.minutes, minutes), (self.seconds, secs)):
            box.blockSignals(True)
            box.setValue(v)
            box.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        """Readable (and reachable by Tab) but not changeable."""
        for box in (self.minutes, self.seconds):
            box.setReadOnly(read_only)

    def set_texts(self, name: str, minutes: str, seconds: str) -> None:
        """Units and what a screen reader says for each box."""
        self.minutes.setSuffix(minutes)
        self.seconds.setSuffix(seconds)
        self.minutes.setAccessibleName(name + " – " + minutes.strip())
        self.seconds.setAccessibleName(name + " – " + seconds.strip())


class SourceBox(QGroupBox):
    """Where the shown format comes from (its ``source`` field), read-only: the title, the publisher,
    the address as a link, the language it is written in, and what is the source's and what is
    Runde's proposal. Hidden for a format that names no source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("format-source")
        self._source: FormatSource | None = None
        self._lang = "en"
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in ("title", "publisher", "address", "language", "note"):
            name, value = QLabel(), QLabel()
            value.setObjectName(f"source-{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.RichText if key == "address" else Qt.TextFormat.PlainText)
            flag = Qt.TextInteractionFlag
            value.setTextInteractionFlags(
                flag.LinksAccessibleByMouse | flag.LinksAccessibleByKeyboard if key == "address"
                else flag.TextSelectableByMouse | flag.TextSelectableByKeyboard)
            value.setOpenExternalLinks(key == "address")
            name.setBuddy(value)
            self.names[key], self.values[key] = name, value
            self.form.addRow(name, value)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        """Set every text (again after a language change)."""
        self.setTitle(self.tr("Source"))
        for key, text in (("title", self.tr("Title")), ("publisher", self.tr("Publisher")),
                          ("address", self.tr("Address")), ("language", self.tr("Language")),
                          ("note", self.tr("Note"))):
            self.names[key].setText(text)
            self.values[key].setAccessibleName(self.tr("Source: %1").replace("%1", text))
        self.show_source(self._source, self._lang)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def language_name(self, code: str) -> str:
        """The name of the language ``code`` (such as ``nb``) in the current language."""
        known = {"da": self.tr("Danish"), "nb": self.tr("Norwegian Bokmål"),
                 "nn": self.tr("Norwegian Nynorsk"), "sv": self.tr("Swedish"), "fi": self.tr("Finnish"),
                 "en": self.tr("English"),
                 "is": self.tr("Icelandic"), "de": self.tr("German")}
        if code in known:
            return known[code]
        language = QLocale(code).language()
        return code if language == QLocale.Language.C else QLocale.languageToString(language)

    def show_source(self, source: FormatSource | None, lang: str) -> None:
        """Show ``source`` (its note in ``lang``); hide the box when there is none."""
        self._source, self._lang = source, lang
        self.setVisible(source is not None)
        if source is None:
            return
        address = f'<a href="{escape(source.address)}">{escape(source.address)}</a>' if source.address else ""
        texts = {"title": source.title, "publisher": source.publisher, "address": address,
                 "language": self.language_name(source.language),
                 "note": source.note.get(lang) if source.note else ""}
        for key, text in texts.items():
            self.values[key].setText(text)
            self.form.setRowVisible(self.values[key], bool(text))
