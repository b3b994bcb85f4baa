"""Small dialogs around the data itself: choosing a backup to restore, and what a team file holds."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.storage.api import BackupInfo
from ui.qt_dates import qdatetime

ROLE = Qt.ItemDataRole.UserRole


def backup_label(backup: BackupInfo, locale: QLocale | None = None) -> str:
    """When a backup was taken, in local time, and its size, as the user's language writes them."""
    loc = locale or QLocale()
    return (f"{loc.toString(qdatetime(backup.local_time()), QLocale.FormatType.ShortFormat)} · "
            f"{loc.formattedDataSize(backup.size)}")


class RestoreDialog(QDialog):
    """The good backups, newest first, in local time with their size; the newest is preselected."""

    def __init__(self, backups: list[BackupInfo], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.backups = sorted(backups, key=lambda b: b.taken, reverse=True)
        self.label = QLabel(self.tr("Choose the backup to restore (newest first). The current data is "
                                    "moved aside, not deleted."))
        self.label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        for i, b in enumerate(self.backups):
            item = QListWidgetItem(backup_label(b))
            item.setData(ROLE, i)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda *_: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 360)

    def chosen(self) -> BackupInfo | None:
        """The selected backup."""
        item = self.list.currentItem()
        return self.backups[int(item.data(ROLE))] if item is not None else None


class TeamExportDialog(QDialog):
    """Asks what goes into a team file: confidential and private items only if ticked (unticked)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.include_private = QCheckBox(self.tr(
            "Include confidential items and private observations (only for moving your own data to "
            "another computer)"))
        self.include_private.setChecked(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.include_private)
        layout.addWidget(self.buttons)
