"""A prepared sheet as the bytes of the file a user chose (PDF, ODT, Markdown, CSV): what the export
dialog and ``runde export`` both write."""

from __future__ import annotations

from app.export.pdf import build_pdf
from app.export.sheet import Sheet
from app.export.text_formats import build_csv, build_markdown
from ui.sheet_files import csv_delimiter
from ui.sheet_labels import sheet_labels


def render(sheet: Sheet, fmt: str) -> bytes:
    """The prepared sheet in the chosen file format (``ui.sheet_files.FILE_FORMATS``): CSV split by
    the interface language's delimiter, ODT an editable document made from the preview's HTML."""
    labels = sheet_labels(sheet.lang or None)  # a meeting's sheet: in the meeting's language
    if fmt == "md":
        return build_markdown(sheet, labels).encode("utf-8")
    if fmt == "csv":
        return build_csv(sheet, labels, delimiter=csv_delimiter())
    if fmt == "odt":
        from ui.odt import build_odt

        return build_odt(sheet, labels)
    return build_pdf(sheet, labels)
