"""Runde's PySide6 user interface; talks to ``app`` through plain data and service calls."""
