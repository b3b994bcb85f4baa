"""The team on the start screen: the list of the team's people to tick who is here, and the team box
kept as the user left it when the known teams change on another computer."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem


def fill_roster(roster: QListWidget, people: Sequence[str]) -> None:
    """The team's people, everyone ticked to start with (no signal: nothing was ticked by hand)."""
    roster.blockSignals(True)
    roster.clear()
    for name in people:  # tick who is here; everyone is ticked to start with
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        roster.addItem(item)
    roster.blockSignals(False)
    roster.setVisible(bool(people))


def roster_people(roster: QListWidget) -> list[str]:
    """Everyone on the team's list, ticked or not."""
    return [roster.item(i).text() for i in range(roster.count())]


def ticked_people(roster: QListWidget) -> list[str]:
    """Who is ticked as here."""
    items = (roster.item(i) for i in range(roster.count()))
    return [it.text() for it in items if it.checkState() == Qt.CheckState.Checked]


def tick_only(roster: QListWidget, names: Collection[str]) -> None:
    """Tick these people and untick the others (no signal: the caller fills in the names)."""
    roster.blockSignals(True)
    for i in range(roster.count()):
        it = roster.item(i)
        it.setCheckState(Qt.CheckState.Checked if it.text() in names else Qt.CheckState.Unchecked)
    roster.blockSignals(False)


def update_team_box(box: QComboBox, rosters: Mapping[str, object]) -> None:
    """The known teams in ``box`` again: teams made or gone elsewhere come into or leave the list one by
    one, and what the user typed stays as it is (even half typed, the cursor or selection where it was)."""
    if [box.itemText(i) for i in range(box.count())] == sorted(rosters):
        return
    line = box.lineEdit()
    assert line is not None  # the team box is editable
    text, cursor = line.text(), line.cursorPosition()
    selected_from, selected = line.selectionStart(), len(line.selectedText())
    box.blockSignals(True)
    try:
        for i in reversed(range(box.count())):  # one by one: the list never empties under the user
            if box.itemText(i) not in rosters:
                box.removeItem(i)
        for name in sorted(rosters):
            if box.findText(name) < 0:
                box.insertItem(sum(box.itemText(i) < name for i in range(box.count())), name)
        index = box.findText(text) if text else -1
        if box.currentIndex() != index:
            box.setCurrentIndex(index)
        if line.text() != text:
            line.setText(text)
        if selected:
            line.setSelection(selected_from, selected)
        else:
            line.setCursorPosition(cursor)
    finally:
        box.blockSignals(False)
