"""The export preview: shows exactly what the sheet will contain before anything is written.

Confidential items and a learning visit's observations are listed unticked; ticking one puts it in
this export only. Names can be shown as initials. Save as PDF, an editable document (ODT), Markdown
or CSV, print, or copy it (formatted, for the minutes). The preview, the printed page, the document
and what is copied are the same HTML, built from the prepared sheet (``app.export.html``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QStandardPaths, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageSize, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.atomic import ExportError
from app.export.html import build_html
from app.export.pdf import describe_characters, missing_glyphs, right_to_left, scripts_of
from app.export.sheet import ExportOptions, Sheet, SheetKind, all_text, prepare, private_items
from app.export.text_formats import build_text
from ui.busy import run_busy
from ui.error_texts import export_error_text
from ui.screens import fit_to_screen
from ui.sheet_files import format_of, start_folder, suggested_file_name, with_extension, write_file
from ui.sheet_labels import sheet_labels
from ui.sheet_render import render

ROLE_ID = Qt.ItemDataRole.UserRole


def _wrapping_list() -> QListWidget:
    """A list whose long lines wrap (a long observation is read whole, never sideways)."""
    listed = QListWidget()
    listed.setWordWrap(True)
    listed.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    listed.setResizeMode(QListWidget.ResizeMode.Adjust)
    return listed


class ExportDialog(QDialog):
    """Preview, choose what goes in, then save or print."""

    last_folder: Path | None = None  # where the last sheet was saved in this session

    def __init__(self, sheet: Sheet, parent: QWidget | None = None,
                 on_saved: object = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self._on_saved = on_saved
        self.labels = sheet_labels(sheet.lang or None)  # a meeting's sheet: in the meeting's language
        self.setWindowTitle(self.tr("Export preview"))
        fit_to_screen(self, 1000, 700)
        self._build()
        self.refresh()

    def _build(self) -> None:
        # the text wraps to the width (a full-width table's rounding made a sideways bar for one pixel)
        self.preview = QTextBrowser(openLinks=False)
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview.setAccessibleName(self.tr("What the sheet will contain"))
        self.private = _wrapping_list()
        self.private.setAccessibleName(self.tr("Confidential items, ticked ones are included"))
        for item_id, kind, text in private_items(self.sheet):
            kinds = {"case": self.tr("Case"), "point": self.tr("Learning point"),
                     "measure": self.tr("Measure"), "observation": self.tr("Observation"),
                     "presenter_learning": self.labels.presenter_learning,
                     "tried_since_last": self.labels.tried_since_last, "question": self.tr("Own question"),
                     "round": self.labels.round}
            item = QListWidgetItem(f"{kinds[kind]}: {text[:120]}")
            item.setData(ROLE_ID, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.private.addItem(item)
        self.private.itemChanged.connect(self.refresh)
        self.initials = QCheckBox(self.tr("Show names as initials"))
        self.timings = QCheckBox(self.tr("Add a page with planned and actual times"))
        for box in (self.initials, self.timings):
            box.toggled.connect(self.refresh)
        # a meeting's own sheet has each step's times in its record; a staff sheet on a page of their own
        self.timings.setVisible(self.sheet.kind is SheetKind.STAFF)
        self.file_format = QComboBox()
        self.file_format.setAccessibleName(self.tr("File format"))
        self.file_format.addItem(self.tr("PDF (to print)"), "pdf")
        self.file_format.addItem(self.tr("Markdown (text)"), "md")
        self.file_format.addItem(self.tr("CSV (spreadsheet)"), "csv")
        self.file_format.addItem(self.tr("Document (.odt, to edit in Word or LibreOffice)"), "odt")
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.note = QLabel()  # what Copy did
        self.note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the sheet with its headings and lists, to paste "
                                            "into the minutes (Word, Outlook)"))
        # NOTE: lambdas keep clicked(bool) out of the optional path argument
        self.save_button.clicked.connect(lambda: self.save())  # noqa: PLW0108
        self.print_button.clicked.connect(self.print_sheet)
        self.copy_button.clicked.connect(self.copy_sheet)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Left out unless you tick them (confidential, or private "
                                      "observations):"), wordWrap=True))  # (one line took the sheet's width)
        side.addWidget(self.private, 1)
        for w in (self.initials, self.timings, self.file_format, self.warning, self.note):
            side.addWidget(w)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        side.addLayout(row)
        side_w = QWidget()
        side_w.setLayout(side)
        split = QSplitter()
        split.addWidget(self.preview)
        split.addWidget(side_w)
        split.setSizes([700, 300])  # the sheet is what the leader reads: it gets most of the width
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def options(self) -> ExportOptions:
        """What is ticked now."""
        ticked = {self.private.item(i).data(ROLE_ID) for i in range(self.private.count())
                  if self.private.item(i).checkState() == Qt.CheckState.Checked}
        return ExportOptions(include_confidential=frozenset(ticked), released_observations=frozenset(ticked),
                             initials=self.initials.isChecked(), timings=self.timings.isChecked())

    def prepared(self) -> Sheet:
        """The sheet exactly as it will be written."""
        return prepare(self.sheet, self.options())

    def refresh(self) -> None:
        """Redraw the preview."""
        sheet = self.prepared()
        self.preview.setHtml(self.document_html(sheet))
        texts = all_text(sheet)
        missing, rtl = missing_glyphs(texts), right_to_left(texts)
        notes = []
        if missing:  # as code points and names: the characters themselves would show as boxes here
            notes.append(self.tr("⚠ These characters cannot be printed in the PDF and will be "
                                 "missing: %1").replace("%1", describe_characters(missing)))
        if rtl:
            notes.append(self.tr("⚠ Right-to-left text (%1) is printed in the PDF in left-to-right "
                                 "order, its letters not joined.").replace("%1", scripts_of(rtl)))
        self.warning.setText("\n".join(notes))

    def document_html(self, sheet: Sheet | None = None) -> str:
        """The preview, and what Print prints: the prepared sheet as HTML."""
        return build_html(sheet or self.prepared(), self.labels)

    def suggested_name(self) -> str:
        """The file name offered in the file dialog (title, team, date; the chosen format's extension)."""
        return suggested_file_name(self.sheet, self.labels, self.file_format.currentData())

    def _filter(self, fmt: str) -> str:
        return {"pdf": self.tr("PDF (*.pdf)"), "odt": self.tr("Document (*.odt)"),
                "md": self.tr("Markdown (*.md)"), "csv": self.tr("CSV (*.csv)")}[fmt]

    def save(self, path: Path | None = None) -> bool:
        """Ask where (the file dialog, with :meth:`suggested_name`), then write the file whole or not
        at all; a file that cannot be written is a message naming the problem, a file written is said
        under the buttons. A typed extension of a known format decides the format."""
        fmt = self.file_format.currentData()
        if path is None:
            folder = start_folder(ExportDialog.last_folder, QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation), Path.home())
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the sheet"),
                                                  str(folder / self.suggested_name()), self._filter(fmt))
            if not name:
                return False
            fmt = format_of(Path(name), fmt)
            path = with_extension(Path(name), fmt)
        sheet, target, kind = self.prepared(), path, fmt
        try:  # a year's PDF takes a moment: written on a worker, the window stays alive
            run_busy(self, self.tr("Writing the sheet…"), lambda: write_file(target, render(sheet, kind)))
        except ExportError as exc:
            QMessageBox.warning(self, self.tr("The sheet was not saved"), export_error_text(exc))
            return False
        ExportDialog.last_folder = path.parent
        self.note.setText(self.tr("Saved: %1").replace("%1", str(path)))
        if callable(self._on_saved):
            self._on_saved(self.sheet)
        return True

    def copy_sheet(self) -> None:
        """The sheet on the clipboard as formatted text (HTML, so headings and lists paste into Word
        or Outlook) and as plain text for everything else."""
        sheet = self.prepared()
        data = QMimeData()
        data.setHtml(self.document_html(sheet))
        data.setText(build_text(sheet, self.labels))
        QApplication.clipboard().setMimeData(data)
        self.note.setText(self.tr("Copied: paste it into the minutes."))

    def print_sheet(self) -> None:
        """Print exactly the previewed document through Qt's print dialog (A4 unless changed there)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPagedPaintDevice) -> None:
        """Print the previewed document on a printer that is set up already."""
        doc = QTextDocument()
        doc.setHtml(self.document_html())
        doc.print_(printer)
