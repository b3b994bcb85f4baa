"""The sheet as an editable document (OpenDocument Text, ``.odt``: LibreOffice and Word open it),
written by Qt from the same HTML as the export preview and the printed page."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument, QTextDocumentWriter

from app.export.html import build_html
from app.export.layout import sheet_title
from app.export.sheet import Sheet, SheetLabels


def ensure_gui_application() -> None:
    """Qt lays out a document's fonts only with a QGuiApplication: on the command line, where there
    is none yet, one on the offscreen platform (no window, no display needed)."""
    if QCoreApplication.instance() is None:
        QGuiApplication(["runde", "-platform", "offscreen"])


def build_odt(sheet: Sheet, labels: SheetLabels) -> bytes:
    """The prepared sheet as an ``.odt`` file's bytes (its title in the document's metadata)."""
    ensure_gui_application()
    doc = QTextDocument()
    doc.setDefaultFont(QFont(["Arial", "Liberation Sans", "DejaVu Sans"]))  # a font Word and LibreOffice have
    doc.setHtml(build_html(sheet, labels))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, sheet_title(sheet, labels))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, QByteArray(b"ODF"))
    if not writer.write(doc):  # (Qt gives no reason; it writes to memory, so it does not happen)
        raise RuntimeError("Qt could not write the document as ODF")
    return bytes(buffer.data().data())
