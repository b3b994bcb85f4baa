"""Names as a person types them on the command line (or a second start hands them over): a team's
name and the presenters of ``runde run --presenter``, matched as the start screen matches them."""

from __future__ import annotations

from collections.abc import Sequence

from app.participants import clean_name


def team_name_arg(text: str | None) -> str:
    """A team's name given on the command line, as the start screen takes a typed one: spaces at the
    ends and runs of spaces inside do not count (``--team " Afsnit  3"`` is "Afsnit 3")."""
    return " ".join((text or "").split())


def presenter_indexes(text: str | None, names: Sequence[str]) -> tuple[tuple[int, ...], str | None]:
    """``--presenter "A,B"``: where each named presenter is among ``names`` (in the order given, each
    once), and the first name that is not among them (None when all are). A name matches as typed,
    else ignoring case."""
    found: list[int] = []
    folded = [n.casefold() for n in names]
    for part in (text or "").split(","):
        name = clean_name(part)
        if not name:
            continue
        index = names.index(name) if name in names else (
            folded.index(name.casefold()) if name.casefold() in folded else None)
        if index is None:
            return tuple(found), name
        if index not in found:
            found.append(index)
    return tuple(found), None
