"""Python's dates and times as Qt's and back, for ``QLocale.toString`` and the date and time fields.

PySide converts a ``datetime`` to a ``QDateTime`` by itself, but its type stubs do not say so; these
make the conversion explicit, with the same result: the fields as written (a zone is not carried
over, so pass local times, e.g. ``moment.astimezone()``).
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime


def qdate(day: date) -> QDate:
    """``day`` as a QDate."""
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: datetime) -> QDateTime:
    """``moment``'s fields (date and time of day, to the millisecond) as a QDateTime."""
    return QDateTime(qdate(moment), QTime(moment.hour, moment.minute, moment.second,
                                          moment.microsecond // 1000))


def pydate(q: QDate) -> date:
    """A QDate (a date field's value) as Python's."""
    return date(q.year(), q.month(), q.day())


def pytime(q: QTime) -> time:
    """A QTime (a time field's value) as Python's, to the millisecond (as ``QTime.toPython()``)."""
    return time(q.hour(), q.minute(), q.second(), q.msec() * 1000)
