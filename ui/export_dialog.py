"""The export preview: shows exactly what the sheet will contain before anything is written.

Confidential items and a learning visit's observations are listed unticked; ticking one puts it in
this export only. Names can be shown as initials. Save as PDF, Markdown or CSV, or print.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
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

from app.export.atomic import ExportError, write_atomic
from app.export.pdf import missing_glyphs, sheet_title
from app.export.sheet import ExportOptions, Sheet, all_text, prepare
from app.export.text_formats import build_markdown
from ui.cli_export import render
from ui.sheet_labels import sheet_labels

ROLE_ID = Qt.ItemDataRole.UserRole


def private_items(sheet: Sheet) -> list[tuple[str, str, str]]:
    """(id, kind, text) of everything left out unless ticked: confidential items, observations."""
    out: list[tuple[str, str, str]] = []
    for e in sheet.entries:
        if e.case_confidential and e.case_title:
            out.append((f"case:{e.kind}:{e.id}", "case", e.case_title))
        out += [(p.id, "point", p.text) for p in e.learning_points if p.confidential]
        out += [(m.id, "measure", m.text) for m in e.measures if m.confidential]
        out += [(o.id, "observation", o.text) for o in e.observations if not o.released]
    out += [(c.measure.id, "measure", c.measure.text) for c in sheet.carried if c.measure.confidential]
    return out


class ExportDialog(QDialog):
    """Preview, choose what goes in, then save or print."""

    def __init__(self, sheet: Sheet, parent: QWidget | None = None,
                 on_saved: object = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self._on_saved = on_saved
        self.labels = sheet_labels()
        self.setWindowTitle(self.tr("Export preview"))
        self.resize(1000, 700)
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("What the sheet will contain"))
        self.private = QListWidget()
        self.private.setAccessibleName(self.tr("Confidential items, ticked ones are included"))
        for item_id, kind, text in private_items(self.sheet):
            kinds = {"case": self.tr("Case"), "point": self.tr("Learning point"),
                     "measure": self.tr("Measure"), "observation": self.tr("Observation")}
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
        self.file_format = QComboBox()
        self.file_format.addItem(self.tr("PDF (to print)"), "pdf")
        self.file_format.addItem(self.tr("Markdown (text)"), "md")
        self.file_format.addItem(self.tr("CSV (spreadsheet)"), "csv")
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_sheet)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Left out unless you tick them (confidential, or private "
                                      "observations):")))
        side.addWidget(self.private, 1)
        for w in (self.initials, self.timings, self.file_format, self.warning):
            side.addWidget(w)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        side.addLayout(row)
        side_w = QWidget()
        side_w.setLayout(side)
        split = QSplitter()
        split.addWidget(self.preview)
        split.addWidget(side_w)
        split.setStretchFactor(0, 3)
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
        self.preview.setMarkdown(build_markdown(sheet, self.labels))
        missing = missing_glyphs(all_text(sheet))
        self.warning.setText(self.tr("⚠ These characters cannot be printed in the PDF and will be "
                                     "missing: %1").replace("%1", " ".join(sorted(missing)))
                             if missing else "")

    def save(self, path: Path | None = None) -> bool:
        """Ask where, then write the file whole (or not at all)."""
        fmt = self.file_format.currentData()
        if path is None:
            suggested = sheet_title(self.sheet, self.labels).replace("/", "-") + "." + fmt
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the sheet"), suggested)
            if not name:
                return False
            path = Path(name)
        try:
            write_atomic(path, render(self.prepared(), fmt))
        except ExportError as exc:
            QMessageBox.warning(self, self.tr("The sheet was not saved"), str(exc))
            return False
        if callable(self._on_saved):
            self._on_saved(self.sheet)
        return True

    def print_sheet(self) -> None:
        """Print the previewed content through Qt's print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            doc = QTextDocument()
            doc.setMarkdown(build_markdown(self.prepared(), self.labels))
            doc.print_(printer)
