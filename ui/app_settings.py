"""The settings dialog's choices saved and applied at once: the look, the language, the room's screen,
the chime, and the team server's setting (its password in the keyring only). A running meeting goes
on untouched."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from app.preferences import Preferences, save_preferences
from ui.error_texts import database_setting_reason
from ui.i18n import tr, ui_language

if TYPE_CHECKING:
    from ui.app_state import AppState


def open_settings(runde: AppState, parent: QWidget | None = None) -> bool:
    """The settings dialog; True if the user chose OK (what they chose is saved and applied)."""
    from app.storage.api import configured_url
    from ui.settings_dialog import SettingsDialog

    try:
        found = configured_url(runde.paths)
    except ValueError:
        found = None
    server_url = found[0] if found else ""
    dialog = SettingsDialog(runde.prefs, parent, server_url=server_url)
    dialog.chime_test.connect(lambda sound, volume: _test_chime(runde, sound, volume))
    runde.settings_dialog = dialog
    accepted = dialog.exec() == SettingsDialog.DialogCode.Accepted
    if accepted:
        apply_preferences(runde, dialog.preferences())
        url, password = dialog.server_setting()
        if url != server_url:
            save_server_setting(runde, url, password)
        elif url and password:  # only the password: the URL's file (perhaps IT's) is not copied
            _save_server_password(url, password)
    runde.settings_dialog = None
    return accepted


def save_server_setting(runde: AppState, url: str, password: str) -> None:
    """Keep the database setting for the next start (the password in the keyring only)."""
    from app.storage.api import DatabaseSettingError, save_database_setting

    try:
        kept = save_database_setting(runde.paths, url or None, password or None)
    except DatabaseSettingError as exc:
        QMessageBox.warning(None, tr("The database setting was not saved"), database_setting_reason(exc))
        return
    except OSError as exc:
        QMessageBox.warning(None, tr("The database setting was not saved"), str(exc))
        return
    if not kept:
        _no_keyring()


def _save_server_password(url: str, password: str) -> None:
    """Keep a password for the server already set (in the keyring only)."""
    from app.storage.api import DatabaseSettingError, save_database_password

    try:
        kept = save_database_password(url, password)
    except DatabaseSettingError as exc:
        QMessageBox.warning(None, tr("The database setting was not saved"), database_setting_reason(exc))
        return
    if not kept:
        _no_keyring()


def _no_keyring() -> None:
    QMessageBox.information(None, tr("The password was not saved"), tr(
        "This computer has no keyring to keep the password in. Set the environment variable "
        "RUNDE_DB_PASSWORD instead; the password is never written into a file."))


def _test_chime(runde: AppState, sound: str, volume: float) -> None:
    from ui.chime import Chime

    runde.chime_test = Chime(sound, volume=volume)
    runde.chime_test.play()


def apply_preferences(runde: AppState, prefs: Preferences) -> None:
    """Save ``prefs`` and apply them at once; a running meeting goes on untouched."""
    from ui.meeting_start import attach_chime

    old, runde.prefs = runde.prefs, prefs
    try:
        save_preferences(prefs, runde.paths.settings_path)
    except OSError as exc:
        QMessageBox.warning(None, tr("Settings not saved"), tr(
            "The settings apply now but could not be saved for next time: %1").replace("%1", str(exc)))
    if prefs.theme != old.theme or prefs.text_scale != old.text_scale:
        runde.appearance.apply(prefs.theme, prefs.text_scale)
    # --lang is this run's language until the language itself is changed in the settings
    lang = ui_language(None, prefs) if prefs.language != old.language else runde.lang
    if lang != runde.lang:
        runde.set_language(lang)
    ctl = runde.controller
    if ctl is not None:
        ctl.set_flash(prefs.flash)
        ctl.set_high_contrast(prefs.theme == "high_contrast")
        if prefs.room_screen != old.room_screen:
            ctl.set_room_screen(prefs.room_screen)
        if prefs.sound and runde.chime is None:
            attach_chime(runde, ctl)
    if runde.chime is not None:
        runde.chime.enabled = prefs.sound
        runde.chime.set_volume(prefs.volume)
        if prefs.chime != old.chime:
            runde.chime.set_sound(prefs.chime)
