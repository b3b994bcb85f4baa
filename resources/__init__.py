"""Runde's data files, a package so that a wheel carries them: the built-in formats, the fonts the
sheets embed, the chimes and the compiled translations. Read through :func:`app.paths.resources_dir`."""
