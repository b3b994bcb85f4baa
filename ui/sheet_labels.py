"""The sheet's headings in the chosen language (app/ takes them as plain data)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.export.sheet import SheetLabels


def _t(text: str) -> str:
    return QCoreApplication.translate("Sheet", text)


def sheet_labels() -> SheetLabels:
    """Every heading of the PDF, Markdown and CSV, translated."""
    return SheetLabels(
        title_meeting=_t("Learning meeting"), title_visit=_t("Learning visit"),
        title_staff=_t("For the staff meeting"), period=_t("%(start)s – %(end)s"), team=_t("Team"),
        learning_points=_t("Learning points"),
        no_learning_points=_t("No learning points were written down."),
        measures=_t("Organisational measures"), carried=_t("Open measures carried forward"),
        age_days=_t("%(days)d days"), case=_t("Case"), presented_by=_t("Presented by"),
        visit_people=_t("Learning agent and colleague"),
        presenter_learning=_t("What the questions taught the presenter"), round=_t("The round"),
        passed=_t("passed"), observations=_t("Observations released by the learning agent"),
        nothing_in_period=_t("No meetings or learning visits in this period."),
        timings=_t("Planned and actual times"), step=_t("Step"), planned=_t("Planned"),
        actual=_t("Actual"), kind=_t("Type"), owner=_t("Owner"), due=_t("Due"), status=_t("Status"),
        text=_t("Text"), page=_t("Page %(page)d of %(pages)d"), generated=_t("Made with Runde on %(date)s"),
        kinds={"procedure": _t("Procedure"), "standard": _t("Standard"), "other": _t("Other")},
        statuses={"open": _t("Open"), "done": _t("Done"), "dropped": _t("Dropped")},
    )
