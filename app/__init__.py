"""Runde's domain and services: formats, the meeting engine, rotation, storage, export.

Nothing below this package imports Qt (a test enforces it).
"""

__version__ = "0.1.0"
