"""Opens the start screen as a user does on the screen Qt was started with, fills in nine people, and
prints how far its form scrolls (0: all of it in view). Run by tests/ui/test_start_screen_room.py in a
process of its own, because the screen's size is fixed when Qt starts."""

from __future__ import annotations

import sys
import tempfile

from PySide6.QtWidgets import QApplication, QScrollArea


def main() -> None:
    app = QApplication(sys.argv)
    from ui.application import RundeApp
    from ui.cli import parse

    with tempfile.TemporaryDirectory() as data:
        r = RundeApp(parse(["--data-dir", data, "--lang", "en"]))
        assert r.open_store()
        s = r.open_start_screen()
        names = ("Anna Østergaard", "Bo", "Cecilie", "Dorthe", "Erik", "Frida", "Gunnar", "Hanne",
                 "Máret Ðuoŋŋa")
        s.set_teams({"Team Nord": (names, None, None)}, "Team Nord")  # a team that has met: its people listed
        s.team_box.setCurrentText("Team Nord")
        s.participants_edit.setPlainText("\n".join(names))
        s.facilitator_box.setCurrentIndex(1)
        for _ in range(5):  # as the event loop would, between the typing and the look
            app.processEvents()
        area = s.findChild(QScrollArea)
        assert area is not None
        sys.stdout.write(f"{area.verticalScrollBar().maximum()} {s.height()}\n")
        s.close()
        r.quit()


if __name__ == "__main__":
    main()
