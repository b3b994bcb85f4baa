"""The moments the start-up questions name ("the newest good backup, from …", "edits of the meeting
of …", "offline from …") read as Qt writes a Python datetime in the locale's short format."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from ui.when_text import short_when

ZONES = [UTC, timezone(timedelta(hours=2)), timezone(-timedelta(hours=5))]
moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
                       timezones=st.sampled_from(ZONES))


@settings(max_examples=50)
@given(moments, st.sampled_from(["en_GB", "da_DK", "nb_NO", "sv_SE", "fi_FI"]))
def test_a_moment_is_written_as_qt_writes_it_in_local_time(moment: datetime, locale: str) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        # (PySide takes a datetime, as the code before ui/when_text.py passed it; its stubs do not say so)
        expected = QLocale().toString(  # type: ignore[call-overload]
            moment.astimezone(), QLocale.FormatType.ShortFormat)
        assert short_when(moment) == expected
        assert short_when(moment.astimezone().replace(tzinfo=None)) == expected  # a backup's naive time
    finally:
        QLocale.setDefault(before)
