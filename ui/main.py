"""Entry point of the ``runde`` command: a headless command (``ui.cli``), or the app's windows
(``ui.application``). The one clock of the process is made here and handed to what runs."""

from __future__ import annotations

import sys
from collections.abc import Sequence

HEADLESS = {"formats", "export", "calendar", "move-team", "team"}


def main(argv: Sequence[str] | None = None) -> int:
    """Run a headless command, or open the app."""
    from app.clock import SystemClock
    from ui.cli import parse

    args = parse(sys.argv[1:] if argv is None else argv)
    clock = SystemClock()
    if args.command in HEADLESS:
        from app.paths import AppPaths
        from app.preferences import load_preferences
        from ui.i18n import install_for_command_line

        if args.command == "export" and args.format == "odt":  # Qt lays out the document's fonts
            from ui.odt import ensure_gui_application

            ensure_gui_application()
        translations = install_for_command_line(  # noqa: F841  (kept alive while the command runs)
            args.lang, load_preferences(AppPaths.create(args.data_dir).settings_path))
    if args.command == "formats":
        from ui.cli.formats import run_formats

        return run_formats(args)
    if args.command == "export":
        from ui.cli.export import run_export

        return run_export(args, sys.stdout, sys.stderr, clock)
    if args.command == "move-team":
        from ui.cli.commands import run_move_team

        return run_move_team(args, clock=clock)
    if args.command == "team":
        from ui.cli.team import run_team

        return run_team(args, clock=clock)
    if args.command == "calendar":
        from ui.cli.commands import run_calendar

        return run_calendar(args, clock=clock)
    from ui.application import run_gui

    return run_gui(args, clock)


if __name__ == "__main__":
    sys.exit(main())
