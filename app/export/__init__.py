"""Sheets: what they contain, and the PDF, Markdown and CSV writers (no Qt).

- :mod:`app.export.sheet`: the plain frozen dataclasses (``Sheet``, ``Entry``, ``ExportOptions``,
  ``SheetLabels``) and :func:`~app.export.sheet.prepare`, the one function that decides what leaves
  the machine; the preview and every writer use its result.
- :mod:`app.export.assemble`: sheets built from storage (one meeting, one visit, the staff sheet).
- :mod:`app.export.pdf`: ``build_pdf`` (A4, DejaVu Sans embedded), ``missing_glyphs``,
  ``right_to_left`` and ``printable`` for the warnings shown before export.
- :mod:`app.export.text_formats`: ``build_markdown`` and ``build_csv``.
- :mod:`app.export.html`: ``build_html``, the export preview and what Print prints (through Qt).
(``write_atomic`` and ``ExportError`` are in :mod:`app.atomic`, shared with storage.)

Nothing is imported here: reportlab loads only when a PDF is made (start-up stays fast).
"""
