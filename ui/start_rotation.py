"""The facilitator role's rotation on the start screen, for teams that rotate it: a button that offers
who is next in turn after last time's facilitator, and once that person is chosen says that they have
the role this time and who comes after them next time. The texts keep the start screen's translation
context."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton


class RoleRotation:
    """The suggestion and its button (``button``, placed by the start screen)."""

    def __init__(self) -> None:
        self.button = QPushButton()
        self.button.setVisible(False)
        self.suggested: str | None = None

    def suggest_after(self, people: Sequence[str], last_facilitator: str | None) -> None:
        """Suggest who comes after last time's facilitator in the team's list (nobody for a team of
        one, or when last time's facilitator is not on it)."""
        self.suggested = None
        if last_facilitator in people and len(people) > 1:  # for teams that rotate the role
            self.suggested = people[(people.index(last_facilitator) + 1) % len(people)]

    def show(self, people: Sequence[str], facilitator: str) -> None:
        """The button for the team's ``people`` with ``facilitator`` chosen now."""
        chosen = self.suggested is not None and facilitator == self.suggested
        self.button.setVisible(self.suggested is not None)
        self.button.setEnabled(not chosen)
        if chosen and self.suggested in people:
            after = people[(people.index(self.suggested) + 1) % len(people)]
            self.button.setText(QCoreApplication.translate(
                "StartScreen", "%1 has the role this time; next time: %2").replace(
                "%1", self.suggested or "").replace("%2", after))
        else:
            self.button.setText(QCoreApplication.translate(
                "StartScreen", "Rotate the role: next in turn is %1").replace("%1", self.suggested or ""))
