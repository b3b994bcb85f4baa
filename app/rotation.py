"""The round ("ordet går på omgang"): who speaks now, who is next, spoken, passed, absent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class TurnStatus(StrEnum):
    """Where one participant stands in the round."""

    WAITING = "waiting"
    SPEAKING = "speaking"
    SPOKEN = "spoken"
    PASSED = "passed"
    ABSENT = "absent"


FINISHED = (TurnStatus.SPOKEN, TurnStatus.PASSED)


@dataclass
class Turn:
    """One participant's turn; ``id`` is stable while names may repeat."""

    id: int
    name: str
    status: TurnStatus = TurnStatus.WAITING
    elapsed_s: float = 0.0
    extra_s: float = 0.0


class Round:
    """Turn order and statuses for one round step. Time is added by the engine via ``accrue``."""

    def __init__(self, names: Sequence[tuple[int, str]]) -> None:
        self.turns: list[Turn] = [Turn(pid, name) for pid, name in names]
        self.current: Turn | None = None
        self._history: list[Turn] = []  # finished turns, most recent last (for "previous")

    # -- queries ---------------------------------------------------------------------------------
    def by_id(self, pid: int) -> Turn:
        """The turn of participant ``pid``."""
        for t in self.turns:
            if t.id == pid:
                return t
        raise KeyError(pid)

    def next_waiting(self) -> Turn | None:
        """The next to speak: the first waiting turn after the current one, wrapping around."""
        start = self.turns.index(self.current) + 1 if self.current in self.turns else 0
        ordered = self.turns[start:] + self.turns[:start]
        return next((t for t in ordered if t.status is TurnStatus.WAITING), None)

    @property
    def complete(self) -> bool:
        """Everyone has spoken, passed or is absent."""
        return self.current is None and self.next_waiting() is None

    @property
    def finished_count(self) -> int:
        """How many turns are over (spoken or passed)."""
        return sum(t.status in FINISHED for t in self.turns)

    # -- commands --------------------------------------------------------------------------------
    def begin(self) -> None:
        """Give the word to the first waiting participant if nobody has it."""
        if self.current is None:
            self._give_word(self.next_waiting())

    def _give_word(self, turn: Turn | None) -> None:
        self.current = turn
        if turn is not None:
            turn.status = TurnStatus.SPEAKING

    def finish_current(self, status: TurnStatus) -> None:
        """End the current turn as spoken or passed and give the word to the next."""
        cur = self.current
        if cur is None:
            return
        nxt = self.next_waiting()
        cur.status = status
        self._history.append(cur)
        self._give_word(nxt)

    def back(self) -> bool:
        """Undo the last finished turn: that person speaks again. False when nobody has finished."""
        if not self._history:
            return False
        last = self._history.pop()
        if self.current is not None:
            self.current.status = TurnStatus.WAITING
        self._give_word(last)
        return True

    def set_absent(self, pid: int) -> None:
        """Mark someone absent; if they had the word it moves on."""
        turn = self.by_id(pid)
        if turn is self.current:
            nxt = self.next_waiting()
            turn.status = TurnStatus.ABSENT
            self._give_word(nxt)
        elif turn.status is TurnStatus.WAITING:
            turn.status = TurnStatus.ABSENT

    def rejoin(self, pid: int, *, round_active: bool) -> None:
        """An absent participant is back and waits for the word (gets it if the round had ended)."""
        turn = self.by_id(pid)
        if turn.status is not TurnStatus.ABSENT:
            return
        turn.status = TurnStatus.WAITING
        if round_active and self.current is None:
            self._give_word(turn)

    def add(self, pid: int, name: str, *, round_active: bool) -> None:
        """A late-comer joins at the end of the order."""
        self.turns.append(Turn(pid, name))
        if round_active and self.current is None:
            self._give_word(self.turns[-1])

    def move(self, pid: int, new_index: int) -> None:
        """Move a waiting participant to another place in the order."""
        turn = self.by_id(pid)
        if turn.status is not TurnStatus.WAITING:
            return
        self.turns.remove(turn)
        self.turns.insert(max(0, min(new_index, len(self.turns))), turn)


def round_order(names: Sequence[str], first: int, excluded: set[int] | None = None
                ) -> list[tuple[int, str]]:
    """The round order: participants from index ``first`` on, wrapping, without ``excluded``."""
    if not names:
        return []
    first %= len(names)
    idx = list(range(first, len(names))) + list(range(first))
    return [(i, names[i]) for i in idx if i not in (excluded or set())]


def next_first_speaker(roster: Sequence[str], last_first: str | None) -> int:
    """Who opens the round this time: the person after last time's first, so it moves around."""
    if not roster:
        return 0
    if last_first is None or last_first not in roster:
        return 0
    return (list(roster).index(last_first) + 1) % len(roster)


def round_to_state(rnd: Round) -> dict[str, object]:
    """The round as plain JSON (for crash recovery)."""
    return {
        "turns": [{"id": t.id, "name": t.name, "status": t.status.value, "elapsed_s": t.elapsed_s,
                   "extra_s": t.extra_s} for t in rnd.turns],
        "current": rnd.current.id if rnd.current else None,
        "history": [t.id for t in rnd._history],
    }


def round_from_state(state: dict[str, object]) -> Round:
    """A round back from :func:`round_to_state`."""
    rnd = Round([])
    raw = state.get("turns", [])
    for t in raw if isinstance(raw, list) else []:
        rnd.turns.append(Turn(int(t["id"]), str(t["name"]), TurnStatus(t["status"]),
                              float(t["elapsed_s"]), float(t["extra_s"])))
    by_id = {t.id: t for t in rnd.turns}
    cur = state.get("current")
    rnd.current = by_id.get(cur) if isinstance(cur, int) else None
    hist = state.get("history", [])
    rnd._history = [by_id[i] for i in hist if i in by_id] if isinstance(hist, list) else []
    return rnd
