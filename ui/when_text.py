"""A moment as the questions at start name it: date and time of day in the user's locale, short."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale

from ui.qt_dates import qdatetime


def short_when(moment: datetime) -> str:
    """``moment`` in this computer's time zone, in the locale's short date and time format."""
    here = moment.astimezone()
    return QLocale().toString(qdatetime(here), QLocale.FormatType.ShortFormat)
