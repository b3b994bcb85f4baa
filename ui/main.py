"""Entry point of the ``runde`` command."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run a headless command, or open the app."""
    from ui.cli import parse, run_formats

    args = parse(sys.argv[1:] if argv is None else argv)
    if args.command == "formats":
        return run_formats(args)
    if args.command == "export":
        from ui.cli_export import run_export

        return run_export(args, sys.stdout, sys.stderr)
    from ui.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
