"""A new series: the kind a format's meetings make, the time zone it starts in, and the rhythm the
format's source suggests (docs/FORMATS.md, F1, F3-F6)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from app.series import DEFAULT_ZONE, LAST, Cadence, Series, SeriesError, SeriesKind, zone_info
from app.series_dates import month_of_weeks

_KINDS = {"mini-circle": SeriesKind.MINI_CIRCLE, "learning-circle": SeriesKind.LEARNING_CIRCLE,
          "digital-learning-circle": SeriesKind.LEARNING_CIRCLE,
          "challenge-circle": SeriesKind.CHALLENGE_CIRCLE}


def kind_for_format(format_id: str) -> SeriesKind:
    """What kind of series a format's meetings usually make."""
    return _KINDS.get(format_id, SeriesKind.TEAM)


# the time zone of the language's country, for a computer that names none (docs/FORMATS.md)
LANGUAGE_ZONES = {"da": "Europe/Copenhagen", "nb": "Europe/Oslo", "nn": "Europe/Oslo", "no": "Europe/Oslo",
                  "sv": "Europe/Stockholm", "fi": "Europe/Helsinki", "is": "Atlantic/Reykjavik",
                  "fo": "Atlantic/Faroe", "kl": "America/Nuuk"}


def zone_for_new_series(system_zones: Sequence[str], lang: str) -> str:
    """The time zone a new series starts in: the computer's (the first of ``system_zones`` Runde knows
    as a place; "UTC" and the ``Etc/`` zones, which a computer without a set zone reports, are no
    place), else the one of the language's country, else :data:`DEFAULT_ZONE`."""
    for raw in system_zones:
        name = (raw or "").strip()
        if not name or name.upper() in ("UTC", "GMT", "Z", "UCT") or name.startswith("Etc/"):
            continue
        try:
            zone_info(name)
        except SeriesError:
            continue
        return name
    return LANGUAGE_ZONES.get(lang.split("_", maxsplit=1)[0].split("-", maxsplit=1)[0].lower(), DEFAULT_ZONE)


def suggested_series(format_id: str, start: date, duration_min: int = 0, zone: str = DEFAULT_ZONE) -> Series:
    """A first series for a format, in the rhythm its source gives (docs/FORMATS.md, F1, F3-F6); every value
    can be changed. ``duration_min`` 0: the format's own length (30 min, or 135 for the digital circle).

    - systematic learning meeting: every other week ("hver anden uge"), half an hour;
    - mini-circle: every week for one month ("½ time i uken", "opprettes for en måned"), counted as
      people count a month of weekly meetings (:func:`month_of_weeks`: four meetings);
    - digital learning circle: the 2nd Tuesday of each month, 09:15-11:30;
    - learning circle: towards the end of each two-month mini-circle period (the last weekday of every
      second month) [derived]; challenge circle: every other week [proposal, "regelmessig"].
    """
    kind = kind_for_format(format_id)
    weekday = start.weekday()
    end: date | None = None
    at, minutes = time(9, 0), duration_min or 30
    if format_id == "digital-learning-circle":
        cadence, at, minutes = Cadence.monthly(2, 1), time(9, 15), duration_min or 135
    elif format_id == "learning-circle":
        cadence = Cadence.monthly(LAST, weekday, every=2)
    elif kind is SeriesKind.MINI_CIRCLE:
        cadence, end = Cadence.weekly(weekday), month_of_weeks(start)[1]
    elif format_id in ("systematic-learning-meeting", "challenge-circle"):
        cadence = Cadence.weekly(weekday, every=2)
    else:
        cadence = Cadence.weekly(weekday)
    return Series(format_id, cadence, start, end, at, minutes, zone, kind=kind)
