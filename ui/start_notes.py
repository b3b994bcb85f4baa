"""What the start screen says under the plan before a meeting can start: the notes (nobody in the round,
a group too small or too large, names given twice or shortened) and why Start is blocked. The texts
keep the start screen's translation context."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.participants import NameIssue
from app.setup import MeetingSetup, SetupBlock, SetupNote


def block_text(block: SetupBlock) -> str:
    """Why the meeting cannot start yet, in words."""
    return {SetupBlock.FACILITATOR_REQUIRED: QCoreApplication.translate(
        "StartScreen", "Choose a facilitator first: this format needs one to lead the meeting.")}[block]


def note_texts(setup: MeetingSetup, issues: Sequence[tuple[NameIssue, str]]) -> list[str]:
    """The notes on this setup and on the names as typed (``issues`` from ``parse_participants``)."""
    texts = {
        SetupNote.NO_PARTICIPANTS_FOR_ROUND: QCoreApplication.translate(
            "StartScreen", "⚠ Nobody takes a turn in the round yet: add names, or the round is skipped."),
        SetupNote.GROUP_TOO_SMALL: QCoreApplication.translate(
            "StartScreen", "ℹ This format is meant for at least %1 people.").replace(
            "%1", str(setup.format.group_size.min)),
        SetupNote.GROUP_TOO_LARGE: QCoreApplication.translate(
            "StartScreen", "ℹ This format is meant for at most %1 people.").replace(
            "%1", str(setup.format.group_size.max)),
        SetupNote.NO_FACILITATOR: QCoreApplication.translate(
            "StartScreen", "ℹ Choose a facilitator: the meeting needs someone to lead it."),
    }
    out = [texts[n] for n in setup.notes() if n in texts]  # (over the usual length: the plan says it)
    if any(kind is NameIssue.DUPLICATE for kind, _ in issues):
        out.append(QCoreApplication.translate(
            "StartScreen", "ℹ Some names were given twice; they are numbered (2), (3)."))
    if any(kind is NameIssue.SHORTENED for kind, _ in issues):
        out.append(QCoreApplication.translate("StartScreen", "ℹ Very long names were shortened."))
    if any(kind is NameIssue.TOO_MANY for kind, _ in issues):
        out.append(QCoreApplication.translate("StartScreen", "⚠ Only the first 200 names are used."))
    return out
