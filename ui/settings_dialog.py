"""One settings dialog: language, sound, warning time, flash, the room's screen, theme and text size;
the team database server behind "Organisation / IT…" (the IT department sets it up).

It edits a copy of :class:`app.preferences.Preferences`; the caller saves and applies what it returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.preferences import Preferences
from ui.error_texts import database_setting_reason
from ui.install_check import server_available, server_missing_text, sound_available, sound_missing_text
from ui.screens import fit_to_screen, scrolling

# Each language by its own name, as language pickers do: a user who cannot read the current language
# still finds their own.
LANGUAGE_NAMES = (("en", "English"), ("da", "Dansk"), ("nb", "Norsk bokmål"), ("sv", "Svenska"),
                  ("fi", "Suomi"))
WARNING_CHOICES = (-1, 30, 60, 120, 180)


def server_place(url: str) -> str:
    """Where a server URL points, to show a care worker: ``host/database`` (no user, no password)."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    if not host:  # a socket or host given in the query (?host=...)
        host = parse_qs(parts.query).get("host", [""])[0]
    database = parts.path.strip("/")
    return "/".join(p for p in (host, database) if p) or url.split("://", 1)[0]


class SettingsDialog(QDialog):
    """Every setting on one page, reachable by keyboard (each field has a mnemonic).

    Signals:
        chime_test(str, float): play this chime at this volume now.
    """

    chime_test = Signal(str, float)

    def __init__(self, prefs: Preferences, parent: QWidget | None = None, *, server_url: str = "") -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._build()
        self.retranslate_ui()
        self._load(prefs)
        self.server_url.setText(server_url)
        self._server_url_before = server_url
        self.server_url.textChanged.connect(self._show_it_status)
        self.server_url.textChanged.connect(lambda: self.it_error.setVisible(False))
        self._show_it_status()

    def accept(self) -> None:
        """OK: a server address changed to one Runde cannot use keeps the dialog open, with the address
        as typed and the reason under it (it used to close and lose what was typed)."""
        problem = self._server_problem()
        if problem:
            self.it_button.setChecked(True)
            self.it_error.setText("⚠ " + problem)
            self.it_error.setVisible(True)
            self.server_url.setFocus()
            QTimer.singleShot(0, self._fit)
            return
        super().accept()

    def _server_problem(self) -> str:
        """Why the server address typed cannot be used ("" when it can, is empty, or is unchanged)."""
        url = self.server_url.text().strip()
        if not url or not self.server_installed or url == self._server_url_before.strip():
            return ""
        from app.storage.api import DatabaseSettingError, parse_server_url

        try:
            parse_server_url(url)
        except DatabaseSettingError as exc:
            return database_setting_reason(exc)
        return ""

    # -- view ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.language = QComboBox()
        self.theme = QComboBox()
        self.text_size = QSpinBox()
        self.text_size.setRange(75, 250)
        self.text_size.setSingleStep(25)
        self.text_size.setSuffix(" %")
        self.flash = QCheckBox()
        self.sound = QCheckBox()
        self.chime = QComboBox()
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.test_button = QPushButton()
        self.test_button.clicked.connect(
            lambda: self.chime_test.emit(str(self.chime.currentData()), self.volume.value() / 100))
        self.sound.toggled.connect(self._sound_toggled)
        self.warning = QComboBox()
        self.room_screen = QComboBox()  # (not "screen": that is QWidget.screen())
        self.server_url = QLineEdit()
        self.server_password = QLineEdit()
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = {name: QLabel() for name in (
            "language", "theme", "text_size", "flash", "sound", "chime", "volume", "warning", "screen",
            "server_url", "server_password")}
        buddies: dict[str, QWidget] = {
            "language": self.language, "theme": self.theme, "text_size": self.text_size,
            "flash": self.flash, "sound": self.sound, "chime": self.chime, "volume": self.volume,
            "warning": self.warning, "screen": self.room_screen}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        chime_row = QHBoxLayout()
        chime_row.addWidget(self.chime, 1)
        chime_row.addWidget(self.test_button)
        self.sound_missing = QLabel()
        self.sound_missing.setWordWrap(True)
        for name, widget in buddies.items():
            self.labels[name].setBuddy(widget)
            form.addRow(self.labels[name], chime_row if name == "chime" else widget)
            if name == "sound":
                form.addRow(self.sound_missing)
        # The optional parts (runde[sound], runde[server]) that are not installed: their rows give way
        # to a sentence saying so (under Sound; in the Organisation / IT note for the server).
        self.sound_installed, self.server_installed = sound_available(), server_available()
        form.setRowVisible(self.sound_missing, not self.sound_installed)
        for name in ("chime", "volume"):
            form.setRowVisible(self.labels[name], self.sound_installed)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        body = QVBoxLayout()
        body.addLayout(form)
        body.addWidget(self.note)
        body.addLayout(self._build_it())
        layout = QVBoxLayout(self)
        self.body = scrolling(body)  # a laptop at 125 % with the IT section open: it scrolls
        layout.addWidget(self.body, 1)
        layout.addWidget(self.buttons)

    def _build_it(self) -> QVBoxLayout:
        """The team database server, for the IT department: closed behind "Organisation / IT…", with
        one line saying whether a server is in use."""
        self.it_status = QLabel()  # this computer's own file, or the team's server in use
        self.it_status.setObjectName("it-status")
        self.it_status.setWordWrap(True)
        self.it_button = QPushButton()
        self.it_button.setCheckable(True)
        self.it_button.setAutoDefault(False)
        self.it_box = QGroupBox()
        self.it_note = QLabel()
        self.it_note.setWordWrap(True)
        it_form = QFormLayout()
        it_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, widget in (("server_url", self.server_url), ("server_password", self.server_password)):
            self.labels[name].setBuddy(widget)
            it_form.addRow(self.labels[name], widget)
            it_form.setRowVisible(self.labels[name], self.server_installed)  # runde[server] not installed
            widget.setEnabled(self.server_installed)
        self.it_error = QLabel()  # why the address typed cannot be used (OK keeps the dialog open)
        self.it_error.setObjectName("it-error")
        self.it_error.setWordWrap(True)
        self.it_error.setVisible(False)
        inner = QVBoxLayout(self.it_box)
        inner.addWidget(self.it_note)
        inner.addLayout(it_form)
        inner.addWidget(self.it_error)
        self.it_box.setVisible(False)
        self.it_button.toggled.connect(self._show_it)
        row = QHBoxLayout()
        row.addWidget(self.it_status, 1)
        row.addWidget(self.it_button)
        out = QVBoxLayout()
        out.addLayout(row)
        out.addWidget(self.it_box)
        return out

    def _show_it(self, shown: bool) -> None:
        """Open or close the Organisation / IT section (the address field gets the cursor)."""
        self.it_box.setVisible(shown)
        self.it_button.setText(self.tr("Hide Organisation / IT") if shown else self.tr("Organisation / IT…"))
        if shown:
            self.server_url.setFocus()
        QTimer.singleShot(0, self._fit)  # once the section is laid out

    def showEvent(self, event: QShowEvent) -> None:
        """Fit once laid out at its real width: the wrapped sentences (what is not installed, the
        server's line) take more lines there than the size guessed before the first show, which left
        the dialog a line short, with a scroll bar, on a screen with room to spare."""
        super().showEvent(event)
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        """As tall as the settings need (the screen allowing), the IT section in view when open."""
        inner = self.body.widget()
        layout = inner.layout() if inner is not None else None
        if layout is not None:
            layout.activate()
        fit_to_screen(self, max(self.width(), self.sizeHint().width()), self.sizeHint().height())
        if self.it_box.isVisible():
            self.body.ensureWidgetVisible(self.it_box, 0, 0)

    def _show_it_status(self) -> None:
        url = self.server_url.text().strip()
        if not self.server_installed:  # runde[server] is not installed: said where it is always seen
            self.it_status.setText(server_missing_text())
        elif url:
            where = server_place(url)
            self.it_status.setText(self.tr("A team database server is in use: %1. The IT department "
                                           "looks after it.").replace("%1", where))
        else:
            self.it_status.setText(self.tr("Everything is kept in this computer's own file."))

    def retranslate_ui(self) -> None:
        """Set every text (again after a language change)."""
        self.setWindowTitle(self.tr("Settings"))
        texts = {"language": self.tr("&Language"), "theme": self.tr("&Colours"),
                 "text_size": self.tr("&Text size"), "flash": self.tr("&Flash"),
                 "sound": self.tr("S&ound"), "chime": self.tr("&Chime"), "volume": self.tr("&Volume"),
                 "warning": self.tr("&Warning"), "screen": self.tr("&Room's screen"),
                 "server_url": self.tr("&Database server"), "server_password": self.tr("Pass&word")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self._fill(self.language, [("", self.tr("As the computer is set"))]
                   + [(code, name) for code, name in LANGUAGE_NAMES])
        self._fill(self.theme, [("dark", self.tr("Dark")),
                                ("high_contrast", self.tr("High contrast: black, white and yellow"))])
        self._fill(self.chime, [("soft", self.tr("Soft")), ("two-tone", self.tr("Two tones"))])
        self._fill(self.warning, [(s, self._warning_text(s)) for s in WARNING_CHOICES])
        screens = QGuiApplication.screens()
        self._fill(self.room_screen, [(-1, self.tr("By itself: the first screen that is not this one"))] + [
            (i, self.tr("Screen %1: %2 (%3 × %4)").replace("%1", str(i + 1)).replace("%2", s.name())
             .replace("%3", str(s.geometry().width())).replace("%4", str(s.geometry().height())))
            for i, s in enumerate(screens)])
        self.flash.setText(self.tr("A short flash when the time changes phase (off: nothing flashes "
                                   "or moves)"))
        self.sound.setText(self.tr("A chime when time is almost up and when it is up"))
        self.test_button.setText(self.tr("&Play"))
        self.test_button.setAccessibleName(self.tr("Play the chime"))
        self.volume.setAccessibleName(self.tr("Volume of the chime"))
        self.text_size.setAccessibleName(self.tr("Text size of the windows on this computer"))
        self.note.setText(self.tr("The room's view always makes its text as large as the screen allows. "
                                  "Warnings are shown by words and shapes as well as colour."))
        self.sound_missing.setText(sound_missing_text())
        self.it_box.setTitle(self.tr("Organisation / IT"))
        it_note = self.tr("The IT department sets this up when a team shares its meetings on a database "
                          "server; leave it as it is unless they ask you to change it.")
        if self.server_installed:  # without the server part, the line above the section says so once
            it_note += "\n\n" + self.tr(
                "Database server: empty keeps everything in this computer's own file. A server (for "
                "example postgresql://name@server/runde?sslmode=verify-full) is used from the next start; "
                "the password is kept in the computer's keyring, never in a file.")
        self.it_note.setText(it_note)
        self.it_button.setText(self.tr("Hide Organisation / IT") if self.it_button.isChecked()
                               else self.tr("Organisation / IT…"))
        self.it_button.setAccessibleName(self.tr("Organisation / IT: the team database server"))
        self._show_it_status()
        self.server_url.setPlaceholderText(self.tr("Empty: this computer's own file"))
        self.server_url.setAccessibleName(self.tr("Database server address"))
        self.server_password.setAccessibleName(self.tr("Password for the database server"))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change at once (Qt sends it when the translators change)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _warning_text(self, seconds: int) -> str:
        if seconds < 0:
            return self.tr("As the format says")
        if seconds < 60:
            return self.tr("%n second(s) before the end of a step", "", seconds)
        return self.tr("%n minute(s) before the end of a step", "", seconds // 60)

    @staticmethod
    def _fill(box: QComboBox, items: Sequence[tuple[object, str]]) -> None:
        """Replace the items, keeping the chosen one."""
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for data, text in items:
            box.addItem(text, data)
        index = box.findData(current)
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)

    @staticmethod
    def _choose(box: QComboBox, value: object) -> None:
        index = box.findData(value)
        box.setCurrentIndex(max(index, 0))

    def _sound_toggled(self, on: bool) -> None:
        for w in (self.chime, self.volume, self.test_button):
            w.setEnabled(on and self.sound_installed)

    def _load(self, p: Preferences) -> None:
        self._choose(self.language, p.language)
        self._choose(self.theme, p.theme)
        self.text_size.setValue(round(p.text_scale * 100))
        self.flash.setChecked(p.flash)
        self.sound.setChecked(p.sound)
        self._sound_toggled(p.sound)
        self._choose(self.chime, p.chime)
        self.volume.setValue(round(p.volume * 100))
        self._choose(self.warning, p.warning_s if p.warning_s in WARNING_CHOICES else -1)
        screens = len(QGuiApplication.screens())
        self._choose(self.room_screen, p.room_screen if p.room_screen < screens else -1)

    # -- model -----------------------------------------------------------------------------------
    def server_setting(self) -> tuple[str, str]:
        """The database server's URL (empty: the local file) and a password typed here (or empty)."""
        return self.server_url.text().strip(), self.server_password.text()

    def preferences(self) -> Preferences:
        """The settings as the dialog shows them."""
        return replace(
            self._prefs,
            language=str(self.language.currentData()), theme=str(self.theme.currentData()),
            text_scale=self.text_size.value() / 100, flash=self.flash.isChecked(),
            sound=self.sound.isChecked(), chime=str(self.chime.currentData()),
            volume=self.volume.value() / 100, warning_s=int(self.warning.currentData()),
            room_screen=int(self.room_screen.currentData()))
