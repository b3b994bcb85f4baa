"""Runde's command line, a package the windows never import (``ui/main.py``, the entry point, does):

- :mod:`ui.cli.language`: the help and argparse's words in the user's language;
- :mod:`ui.cli.parser`: every command and option, and :func:`parse`;
- :mod:`ui.cli.stores`: the store a headless command opens;
- :mod:`ui.cli.formats`: ``runde formats list|export|import``;
- :mod:`ui.cli.commands`: ``runde move-team`` and ``runde calendar``;
- :mod:`ui.cli.export`: ``runde export`` (a sheet without a window);
- :mod:`ui.cli.team`: ``runde team export|import``.

``parse`` is the public surface (scripts and tests build a namespace with it).
"""

from __future__ import annotations

from ui.cli.parser import parse

__all__ = ["parse"]
