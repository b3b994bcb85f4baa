"""The sheet's headings in the chosen language (app/ takes them as plain data)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.export.sheet import SheetLabels


def tr(text: str) -> str:
    """Translate a heading (lupdate files module-level ``tr()`` calls under the empty context)."""
    return QCoreApplication.translate("", text)


def sheet_labels() -> SheetLabels:
    """Every heading of the PDF, Markdown and CSV, translated."""
    return SheetLabels(
        title_meeting=tr("Learning meeting"), title_visit=tr("Learning visit"),
        title_staff=tr("For the staff meeting"), period=tr("%(start)s – %(end)s"), team=tr("Team"),
        learning_points=tr("Learning points"),
        no_learning_points=tr("No learning points were written down."),
        measures=tr("Organisational measures"), carried=tr("Open measures carried forward"),
        age_days=tr("%(days)d days"), case=tr("Case"), presented_by=tr("Presented by"),
        visit_people=tr("Learning agent and colleague"),
        presenter_learning=tr("What the questions taught the presenter"),
        tried_since_last=tr("What was tried since last time"), round=tr("The round"),
        passed=tr("passed"), observations=tr("Observations released by the learning agent"),
        nothing_in_period=tr("No meetings or learning visits in this period."),
        timings=tr("Planned and actual times"), step=tr("Step"), planned=tr("Planned"),
        actual=tr("Actual"), kind=tr("Type"), owner=tr("Owner"), due=tr("Due"), status=tr("Status"),
        text=tr("Text"), page=tr("Page %(page)d of %(pages)d"), generated=tr("Made with Runde on %(date)s"),
        kinds={"procedure": tr("Procedure"), "standard": tr("Standard"), "other": tr("Other")},
        statuses={"open": tr("Open"), "done": tr("Done"), "dropped": tr("Dropped")},
        day=lambda d: QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.LongFormat),
        short_day=lambda d: QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat),
    )
