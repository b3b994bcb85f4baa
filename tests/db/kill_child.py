"""The child of the kill tests: opens the store and saves edits in a loop, printing the id of each edit
after its commit returned. The parent SIGKILLs it at a random moment and checks every printed edit.

Run as ``python -m tests.db.kill_child <data folder> <run number>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.capture import Measure, RoundLine, TextItem
from app.clock import SystemClock
from app.db.records import ItemKind, MeetingField
from app.paths import AppPaths
from app.store import Store


def say(line: str) -> None:
    """One line to the parent, at once."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(base: Path, run: int) -> None:
    """Edit until killed."""
    store = Store.open(AppPaths.create(base), SystemClock())
    teams = store.teams()
    team = teams[0] if teams else store.create_team("Afsnit 3", ["Anna", "Bo", "Cecilie"])
    mid = store.start_meeting(team_id=team.id, format_id="f1", format_title="F1", present=team.people,
                              facilitator="Anna", first_speaker="Bo")
    say("ready")
    i = 0
    while True:
        key = f"{run}-{i}"
        text = f"Læringspunkt {key} " + "ærø " * (i % 50)
        store.save_item(mid, ItemKind.LEARNING_POINT, TextItem(key, text))
        if i % 3 == 0:
            store.save_measure(mid, Measure(f"m{key}", f"Tiltag {key}"))
        if i % 5 == 0:
            store.set_text(mid, MeetingField.NOTES, f"noter {key}")
            store.save_round_line(mid, RoundLine("Anna", f"linje {key}"))
            store.save_live_state(mid, {"edit": key})
        say(key)
        i += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
