"""The start screen's tick "Start with “What did you try since last time?”": offered when the chosen team
has met before (then ticked), or when the format has such a step of its own to keep or leave out; a
team's first meeting is never given one. The texts keep the start screen's translation context."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox

from app.formats import Format
from app.since_last import DURATION_S, has_own_step


class SinceLastTick:
    """The tick (``box``, placed by the start screen) and whether the chosen team has met before."""

    def __init__(self) -> None:
        self.box = QCheckBox()
        self.box.setVisible(False)
        self.lookup: Callable[[str], bool] | None = None  # has a team met before (app.since_last)
        self.has_last_time = False  # the chosen team has met before: the meeting starts from the last

    def retranslate_ui(self) -> None:
        """Set the texts (again after a language change)."""
        self.box.setText(QCoreApplication.translate(
            "StartScreen", "Start with “What did you try since last time?”"))
        self.box.setToolTip(QCoreApplication.translate(
            "StartScreen",
            "A first step of %1 min: what people tried since the last meeting, and the measures from "
            "last time. What is typed for it is printed on the sheets.").replace(
            "%1", str(DURATION_S // 60)))
        self.box.setAccessibleDescription(self.box.toolTip())

    def look_up(self, team: str) -> None:
        """Look whether ``team`` has met before; another answer than the last ticks the box when there
        is a last time, else unticks it (no signal: the caller refreshes)."""
        has = bool(self.lookup is not None and self.lookup(team))
        if has != self.has_last_time:  # another team: ticked when there is a last time, else not
            self.has_last_time = has
            self.box.blockSignals(True)
            self.box.setChecked(has)
            self.box.blockSignals(False)

    def offered(self, fmt: Format) -> bool:
        """The tick is shown when the team has met before, or the format has such a step of its own
        (to keep or leave out); a team's first meeting is never given one."""
        return self.has_last_time or has_own_step(fmt)

    def chosen(self, fmt: Format | None) -> bool:
        """The meeting of ``fmt`` starts with the step."""
        return fmt is not None and self.offered(fmt) and self.box.isChecked()
