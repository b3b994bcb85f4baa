"""Entry point of the ``runde`` command."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run a headless command, or open the app."""
    from ui.cli import parse, run_formats

    args = parse(sys.argv[1:] if argv is None else argv)
    if args.command in {"formats", "export", "calendar", "move-team", "team"}:
        from app.paths import AppPaths
        from app.preferences import load_preferences
        from ui.i18n import install_for_command_line

        if args.command == "export" and args.format == "odt":  # Qt lays out the document's fonts
            from ui.odt import ensure_gui_application

            ensure_gui_application()
        translations = install_for_command_line(  # noqa: F841  (kept alive while the command runs)
            args.lang, load_preferences(AppPaths.create(args.data_dir).settings_path))
    if args.command == "formats":
        return run_formats(args)
    if args.command == "export":
        from ui.cli_export import run_export

        return run_export(args, sys.stdout, sys.stderr)
    if args.command == "move-team":
        from ui.cli import run_move_team

        return run_move_team(args)
    if args.command == "team":
        from ui.cli_team import run_team

        return run_team(args)
    if args.command == "calendar":
        from ui.cli import run_calendar

        return run_calendar(args)
    from ui.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
