"""The sheet's headings in the chosen language (app/ takes them as plain data).

A meeting's own sheet is written in the language the meeting ran in (its learning questions are in
that language's words), whatever language the window is in now: :func:`sheet_labels` with ``lang``
asks that language's translation directly, without switching the interface.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.export.sheet import SheetLabels
from ui.i18n import LANGUAGES, i18n_dir, locale_name
from ui.qt_dates import qdate


def _interface(text: str) -> str:
    """Translate a heading into the interface's language (lupdate files ``tr()`` calls under the
    empty context)."""
    return QCoreApplication.translate("", text)


@cache
def _translator(lang: str) -> QTranslator | None:
    """Runde's translation of ``lang``, loaded once (None for English or when it is missing)."""
    translator = QTranslator()
    if lang == "en" or not translator.load(str(i18n_dir() / f"runde_{lang}.qm")):
        return None
    return translator


def _in(lang: str | None) -> tuple[Callable[[str], str], QLocale]:
    """How to translate, and whose dates, for ``lang`` (None: the interface's language)."""
    if lang is None or lang not in LANGUAGES:
        return _interface, QLocale()
    translator = _translator(lang)
    if translator is None:
        return (lambda text: text), QLocale(locale_name(lang))
    return (lambda text: translator.translate("", text) or text), QLocale(locale_name(lang))


def sheet_labels(lang: str | None = None) -> SheetLabels:
    """Every heading of the PDF, the preview, Markdown and CSV, translated into ``lang`` (the
    interface's language when None)."""
    tr, loc = _in(lang)  # noqa: F811 - lupdate files these tr() calls; this tr is the sheet's language
    return SheetLabels(
        title_meeting=tr("Learning meeting"), title_visit=tr("Learning visit"),
        title_staff=tr("For the staff meeting"), period=tr("%(start)s – %(end)s"),
        team=tr("Team"), learning_points=tr("Learning points"),
        no_learning_points=tr("No learning points were written down."),
        measures=tr("Organisational measures"), carried=tr("Open measures carried forward"),
        age_days=tr("%(days)d days"), case=tr("Case"), presented_by=tr("Presented by"),
        visit_people=tr("Learning agent and colleague"),
        presenter_learning=tr("What the questions taught the presenter"),
        tried_since_last=tr("What was tried since last time"), round=tr("The round"),
        passed=tr("passed"), observations=tr("Observations released by the learning agent"),
        nothing_in_period=tr("No meetings or learning visits in this period."),
        timings=tr("Planned and actual times"), step=tr("Step"), planned=tr("Planned"),
        actual=tr("Actual"), kind=tr("Type"), owner=tr("Owner"), due=tr("Due"),
        status=tr("Status"), text=tr("Text"), page=tr("Page %(page)d of %(pages)d"),
        generated=tr("Made with Runde on %(date)s"),
        date_column=tr("Date"), time_of_day=tr("Time"), facilitator=tr("Facilitator"),
        present=tr("Present"), late=tr("Came later"), absent=tr("Absent"),
        questions_asked=tr("Learning questions asked"),
        own_question=tr("own question"),
        turn_absent=tr("absent"), turn_waiting=tr("did not get the word"),
        turn_no_line=tr("spoke (no line written)"), not_shared=tr("kept confidential"),
        time_went=tr("How the time went"),
        pauses=tr("Pauses"), added=tr("Minutes added or removed"),
        plan_changes=tr("New plan applied"),
        turn_change=tr("%(step)s: each turn %(old)s → %(new)s"),
        step_change=tr("%(step)s: %(old)s → %(new)s"), minutes=tr("%(n)s min"),
        agent=tr("Learning agent"), colleague=tr("Colleague being followed"),
        day_hours=tr("Day and hours"), whole_day=tr("whole day"), half_day=tr("half day"),
        goals=tr("What the agent wants from the day"),
        colleague_focus=tr("What the colleague suggests to focus on"),
        ground_rules=tr("Ground rules agreed"), confidentiality=tr("Confidentiality"),
        mode=tr("How the agent takes part"), agreed=tr("Agreed"),
        consent=tr("We both agree to the visit"), manager_informed=tr("The manager is informed"),
        agent_reflection=tr("The learning agent's reflection"),
        agent_saw=tr("What did you see and hear?"), agent_worked=tr("What worked well?"),
        agent_differently=tr("What could perhaps be done differently?"),
        colleague_reflection=tr("The colleague's reflection"),
        colleague_experience=tr("What was it like to have a learning agent along?"),
        colleague_thoughts=tr("What thoughts has the day given you?"),
        for_staff_meeting=tr("For the staff meeting"), next_staff_meeting=tr("the next staff meeting"),
        in_brief=tr("In brief"), held=tr("Held in the period"), meetings_held=tr("Meetings"),
        visits_held=tr("Learning visits"), measures_opened=tr("Measures opened"),
        measures_done=tr("Measures done"), measures_open=tr("Measures still open"),
        took_part=tr("Took part"), what=tr("What"),
        chart=tr("Planned and actual minutes per meeting"), chart_minutes=tr("minutes"),
        modes={"fly_on_the_wall": tr("As a fly on the wall"), "intern": tr("As a kind of intern")},
        kinds={"procedure": tr("Procedure"), "standard": tr("Standard"), "other": tr("Other")},
        statuses={"open": tr("Open"), "done": tr("Done"), "dropped": tr("Dropped")},
        day=lambda d: loc.toString(qdate(d), QLocale.FormatType.LongFormat),
        short_day=lambda d: loc.toString(qdate(d), QLocale.FormatType.ShortFormat),
    )

