"""Python's dates and times as Qt's, for ``QLocale.toString`` and the date fields.

PySide converts a ``datetime`` to a ``QDateTime`` by itself, but its type stubs do not say so; these
make the conversion explicit, with the same result: the fields as written (a zone is not carried
over, so pass local times, e.g. ``moment.astimezone()``).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def qdate(day: date) -> QDate:
    """``day`` as a QDate."""
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: datetime) -> QDateTime:
    """``moment``'s fields (date and time of day, to the millisecond) as a QDateTime."""
    return QDateTime(qdate(moment), QTime(moment.hour, moment.minute, moment.second,
                                          moment.microsecond // 1000))
