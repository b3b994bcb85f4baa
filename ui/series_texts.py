"""The words of the series window and the start screen's next meeting: dates and times in the user's
language, why a series was refused (:func:`problem_text`), what each kind of series is called, a
rhythm in one line and one meeting in one line."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QLocale, QTime

from app.calendar_ics import series_summary
from app.formats import Format
from app.series import LAST, CadenceKind, Occurrence, Problem, Series, SeriesError, SeriesKind
from ui.i18n import tr
from ui.qt_dates import qdate


def day_text(d: date, long: bool = False) -> str:
    """A date in the user's language."""
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(qdate(d), fmt)


def clock_text(t: datetime | time) -> str:
    """A time of day in the user's language."""
    return QLocale().toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)


def weekday_name(weekday: int) -> str:
    """Monday is 0, as in Python."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def _p(err: SeriesError, key: str) -> str:
    value = err.params.get(key)
    return day_text(value) if isinstance(value, date) else str(value if value is not None else "")


def problem_text(err: SeriesError) -> str:
    """Why a series was refused, in the user's language."""
    texts = {
        Problem.BAD_ZONE: tr("“%1” is not a time zone Runde knows: choose one from the list."),
        Problem.BAD_YEAR: tr("The date %1 is too far in the past or the future."),
        Problem.END_BEFORE_START: tr("The series ends (%2) before it starts (%1)."),
        Problem.TOO_LONG: tr("A series can last at most %1 years."),
        Problem.BAD_INTERVAL: tr("Choose a number from 1 to %1."),
        Problem.BAD_WEEKDAY: tr("Choose a weekday."),
        Problem.BAD_NTH: tr("Choose the 1st to the 5th, or the last weekday of the month."),
        Problem.DATE_OUTSIDE: tr("The meeting on %1 is outside the series' start and end."),
        Problem.NEVER: tr("These settings never give a meeting date: check the weekday, the start and "
                          "the end."),
        Problem.BAD_DURATION: tr("A meeting lasts from 1 to %1 minutes."),
        Problem.NO_NAME: tr("Someone on the list of people has no name."),
        Problem.NAME_TWICE: tr("%1 is on the list of people twice."),
        Problem.LEFT_BEFORE_JOINED: tr("%1 left before joining."),
        Problem.CHANGED_TWICE: tr("The meeting of %1 is changed twice."),
        Problem.NO_SUCH_MEETING: tr("There is no meeting on %1 to move or cancel."),
        Problem.MOVE_OUTSIDE: tr("The meeting of %1 cannot move to %2: that is outside the series' start "
                                 "and end."),
        Problem.MOVE_COLLIDES: tr("The meeting of %1 cannot move to %2: the meeting of %3 is held that day. "
                                  "Move or cancel that one first."),
        Problem.MOVE_NOWHERE: tr("Choose another date or time for the meeting of %1."),
        Problem.NOT_A_MINI_CIRCLE: tr("Only a mini-circle is extended or dissolved."),
        Problem.BAD_PARENT: tr("That series cannot be the parent circle."),
        Problem.DAMAGED: tr("The stored series is damaged (%1): %2"),
    }
    first = {Problem.BAD_YEAR: "date", Problem.END_BEFORE_START: "start", Problem.TOO_LONG: "years",
             Problem.BAD_INTERVAL: "most", Problem.BAD_DURATION: "most", Problem.NAME_TWICE: "name",
             Problem.LEFT_BEFORE_JOINED: "name", Problem.BAD_ZONE: "zone", Problem.DAMAGED: "where"}
    second = {Problem.END_BEFORE_START: "end", Problem.DAMAGED: "why"}
    text = texts.get(err.problem, str(err))
    return (text.replace("%1", _p(err, first.get(err.problem, "date")))
            .replace("%2", _p(err, second.get(err.problem, "to"))).replace("%3", _p(err, "other")))


def kind_names() -> dict[SeriesKind, str]:
    """What each kind of series is called."""
    return {SeriesKind.TEAM: tr("The team's own meetings"), SeriesKind.LEARNING_CIRCLE: tr("Learning circle"),
            SeriesKind.MINI_CIRCLE: tr("Mini-circle (a month, then extend or dissolve)"),
            SeriesKind.CHALLENGE_CIRCLE: tr("Challenge circle")}


def nth_names() -> list[tuple[int, str]]:
    """The choices for "the Nth weekday of the month"."""
    return [(1, tr("first")), (2, tr("second")), (3, tr("third")), (4, tr("fourth")), (5, tr("fifth")),
            (LAST, tr("last"))]


def rhythm_text(s: Series) -> str:
    """The cadence in one line: "every 2 weeks on Tuesday", "the second Tuesday of every month"."""
    cad = s.cadence
    if cad.kind is CadenceKind.WEEKLY:
        return tr("every %n week(s) on %1", "", cad.interval).replace("%1", weekday_name(cad.weekday))
    if cad.kind is CadenceKind.MONTHLY:
        nth = dict(nth_names()).get(cad.nth, str(cad.nth))
        return tr("the %1 %2 of every %n month(s)", "", cad.interval).replace("%1", nth).replace(
            "%2", weekday_name(cad.weekday))
    return tr("%n date(s) chosen by hand", "", len(cad.dates))


def meeting_text(occ: Occurrence) -> str:
    """One meeting: its date and time, and whether it was moved or cancelled."""
    when = tr("%1, %2–%3").replace("%1", day_text(occ.day, long=True)).replace(
        "%2", clock_text(occ.start)).replace("%3", clock_text(occ.end))
    if occ.cancelled:
        return tr("%1 · cancelled").replace("%1", day_text(occ.day, long=True))
    if occ.moved and occ.regular_date != occ.day:
        when = tr("%1 · moved from %2").replace("%1", when).replace("%2", day_text(occ.regular_date))
    elif occ.moved:
        when = tr("%1 · another time").replace("%1", when)
    if occ.participants:
        when = tr("%1 · %n taking part", "", len(occ.participants)).replace("%1", when)
    return when

def series_name(s: Series, formats: dict[str, Format], lang: str) -> str:
    """A series' title: its format's title in ``lang``, then its own name if it has one."""
    fmt = formats.get(s.format_id)
    return series_summary(s, fmt.title.get(lang) if fmt else "")

