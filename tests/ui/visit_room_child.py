"""Opens a learning visit as a user does from the start screen on the screen Qt was started with, goes
to the learning meeting's last step (the three learning points), and writes whether "Finish the visit"
is in view without scrolling, and the window's height. Run by tests/ui/test_start_screen_room.py in a
process of its own (the screen's size is fixed when Qt starts)."""

from __future__ import annotations

import sys
import tempfile

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication


def main() -> None:
    app = QApplication(sys.argv)
    from ui.application import RundeApp
    from ui.cli import parse

    with tempfile.TemporaryDirectory() as data:
        r = RundeApp(parse(["--data-dir", data, "--lang", "en"]))
        assert r.open_store()
        s = r.open_start_screen()
        s.visit_button.click()
        w = next(x for x in app.topLevelWidgets() if type(x).__name__ == "VisitWindow" and x.isVisible())
        w.tabs.setCurrentIndex(w.tabs.count() - 1)  # the learning meeting
        w.step_button.click()
        while w.next_step_button.isEnabled():
            w.next_step_button.click()
        for _ in range(5):
            app.processEvents()
        b = w.finish_button
        viewport = b.parentWidget()  # the page's scroll area's viewport: what of the page is in view
        while viewport is not None and viewport.objectName() != "qt_scrollarea_viewport":
            viewport = viewport.parentWidget()
        shown = viewport is None or b.mapTo(viewport, QPoint(0, b.height())).y() <= viewport.height()
        sys.stdout.write(f"{int(shown)} {w.height()}\n")
        w.close()
        r.quit()


if __name__ == "__main__":
    main()
