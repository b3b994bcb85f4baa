"""Opening Runde's data at start, step by step as a user meets it: the database setting, the server
that does not answer (again, offline, or quit), the data that is damaged (a backup restored), locked,
read-only or full, each explained in plain words (the storage layer never shows dialogs)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from app.storage.api import BackgroundWrites
from ui.deliver import Deliverer
from ui.error_texts import storage_error_text
from ui.i18n import tr
from ui.when_text import short_when

if TYPE_CHECKING:
    from app.storage.api import DatabaseCorruptError, DataFolderError, DataInUseError, ServerDatabase
    from ui.app_state import AppState


def open_store(runde: AppState) -> bool:
    """Open the database (the local file, or the server of ``--database`` or the config files),
    explaining any problem. False: Runde should not go on. (Opened already, e.g. for ``runde run``
    with a team's own format: True.)"""
    if runde.store is not None:
        return True
    from app.storage.api import DatabaseSettingError, resolve_database

    try:
        database = resolve_database(runde.paths, getattr(runde.args, "database", None))
    except DatabaseSettingError as exc:
        QMessageBox.critical(None, tr("Runde cannot open its data"), tr(
            "The database setting cannot be used: %1").replace("%1", str(exc)))
        return False
    return _open_asking(runde, database)


def _open_asking(runde: AppState, database: ServerDatabase | None) -> bool:
    """Open, asking again (or offline) while the server cannot be reached."""
    from app.storage.api import ServerLoginError, ServerTlsError, ServerUnreachableError
    from ui.error_texts import server_tls_message

    while True:
        try:
            opened = open_here(runde, database)
        except ServerUnreachableError as exc:
            answer = runde.ask_server_retry(exc.label)
            if answer == "offline" and database is not None and open_offline(runde, database):
                return True
            if answer == "quit":
                return False
            continue  # "again", or offline could not be had (said why): asked again
        except ServerTlsError as exc:
            QMessageBox.critical(None, *server_tls_message(exc))
            return False
        except ServerLoginError as exc:
            QMessageBox.critical(None, tr("The database server refused the login"),
                                 storage_error_text(exc))
            return False
        if opened:
            _start_writes(runde)
        return opened


def open_offline(runde: AppState, database: ServerDatabase) -> bool:
    """Work in this computer's own file, noting from where on, so that what is made now is sent
    to the server at a later start (app.storage.offline). False: it could not (said why)."""
    from app.atomic import ExportError
    from app.storage.api import offline
    from ui.offline_work import made_offline, offline_text

    if not open_here(runde, None):
        return False
    assert runde.store is not None
    try:
        runde.offline = offline.begin(runde.paths, database.label(), runde.utc_now())
    except (offline.OfflineNoteError, ExportError) as exc:
        runde.store.close()
        runde.store = None
        QMessageBox.critical(None, tr("Runde cannot work offline"), tr(
            "Runde cannot note what is done offline, to send it to the team server later: %1. "
            "Nothing was changed.").replace("%1", str(exc)))
        return False
    runde.store.on_made = lambda kind, row_id, key: made_offline(runde, kind, row_id, key)
    if runde.start_screen is not None:
        runde.start_screen.show_offline(offline_text(runde.offline))
    return True


def _start_writes(runde: AppState) -> None:
    """On a server, writes and polls go to a thread of their own (never the GUI thread)."""
    store = runde.store
    if store is not None and store.server is not None:
        runde.deliverer = Deliverer()
        runde.writes = BackgroundWrites(
            runde.deliverer, lambda: runde.session.show_state() if runde.session else None)


def ask_server_retry(label: str) -> str:
    """The server did not answer at start: "again", "offline" (this computer's own file for now)
    or "quit"."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("The database server cannot be reached"), tr(
        "Runde cannot reach the database server %1. Check the network connection, or ask "
        "the IT department whether the server is running. Nothing was changed.\n\n"
        "You can also work offline: Runde then keeps what you do in this computer's own file "
        "and sends it to the server the next time it starts and reaches it.").replace("%1", label))
    again = box.addButton(tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
    offline = box.addButton(tr("Work offline"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(again)
    box.exec()
    clicked = box.clickedButton()
    return "again" if clicked is again else "offline" if clicked is offline else "quit"


def open_here(runde: AppState, database: ServerDatabase | None) -> bool:
    """Open ``database`` (None: this computer's own file) into ``runde.store``, telling what stops
    it; a damaged file is moved aside and a backup offered, then opened again. The server's own
    problems are raised for :func:`open_store` to tell in its words."""
    from app.storage.api import (
        AlreadyOpenError,
        DatabaseCorruptError,
        DatabaseTooNewError,
        DataFolderError,
        DataInUseError,
        MigrationFailedError,
        ServerLoginError,
        ServerTlsError,
        ServerUnreachableError,
        StorageError,
        Store,
    )
    from ui.busy import busy

    connecting = tr("Connecting to the team's database server %1…").replace(
        "%1", database.label() if database is not None else "")
    for _attempt in range(3):
        try:  # a server may take seconds to answer: a busy cursor, and a window saying so
            with busy(runde.start_screen, connecting, window=database is not None):
                runde.store = Store.open(runde.paths, runde.utc_now, database=database)
        except AlreadyOpenError:
            QMessageBox.information(None, tr("Runde is already open"), tr(
                "Runde is already open on this computer with the same data. Switch to that "
                "window (it may be on another screen) instead of starting it twice."))
            return False
        except DatabaseTooNewError:
            QMessageBox.critical(None, tr("A newer Runde wrote this data"), tr(
                "The data was saved by a newer version of Runde. This version leaves it untouched. "
                "Please install the newer version."))
            return False
        except DatabaseCorruptError as exc:
            offer_backup(runde, exc)  # the damaged file is aside: a restored backup or a new database
            continue
        except (DataInUseError, DataFolderError) as exc:  # locked, read-only, full: nothing moved
            QMessageBox.critical(None, tr("Runde cannot open its data"), _folder_problem(exc))
            return False
        except (ServerUnreachableError, ServerLoginError, ServerTlsError):
            raise  # told by open_store in its own words (not as a "data folder" problem)
        except (StorageError, MigrationFailedError) as exc:
            QMessageBox.critical(None, tr("Runde cannot open its data"), tr(
                "Runde could not open its data folder:\n%1\n\nNothing was changed.").replace(
                "%1", storage_error_text(exc)))
            return False
        runde.add_team_formats()
        if runde.store.read_only:
            QMessageBox.warning(None, tr("Runde's data is read-only"), runde.read_only_text())
        if runde.store.on_network_share:
            QMessageBox.warning(None, tr("Data on a network drive"), tr(
                "Runde's data is on a network drive. Databases can be damaged there; keep the "
                "data on this computer (or use --data-dir with a local folder)."))
        return True
    return runde.store is not None


def _folder_problem(exc: DataInUseError | DataFolderError) -> str:
    """Why the data folder cannot be used (locked by another program, full, read-only, other)."""
    from app.storage.api import DataInUseError

    if isinstance(exc, DataInUseError):
        text = tr("Another program is using Runde's data in %1 (perhaps a database tool, or a "
                  "backup or sync program). Nothing was moved or changed. Close that program "
                  "and start Runde again.")
    elif exc.full:
        text = tr("The disk that holds %1 is full. Free some space there, or choose another "
                  "folder with --data-dir. Nothing was moved or changed.")
    elif exc.read_only:
        text = tr("Runde cannot write in %1: choose another folder with --data-dir or make "
                  "it writable. Nothing was moved or changed.")
    else:
        text = tr("Runde cannot read or write its data in %1 (%2). Check the disk, or "
                  "choose another folder with --data-dir. Nothing was moved or changed.")
    return text.replace("%1", str(exc.folder)).replace("%2", getattr(exc, "reason", ""))


def offer_backup(runde: AppState, exc: DatabaseCorruptError) -> bool:
    """Tell what happened; restore the newest good backup if the user agrees. True if restored;
    otherwise the next open starts a new, empty database (the damaged one stays aside)."""
    text = tr("Runde's database was damaged, perhaps by a crash or a full disk. It was moved "
              "aside, not deleted:\n%1").replace("%1", str(exc.moved_to))
    if not exc.backups:
        QMessageBox.warning(None, tr("The data was damaged"), text + "\n\n" + tr(
            "There is no backup to restore. Runde starts with empty data."))
        return False
    newest = exc.backups[0]
    answer = QMessageBox.question(None, tr("The data was damaged"), text + "\n\n" + tr(
        "Restore the newest good backup, from %1?").replace(
        "%1", short_when(newest.local_time())))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    from app.storage.api import StorageError, restore_from_backup

    try:
        restore_from_backup(runde.paths, newest.path, runde.utc_now())
    except StorageError as err:
        QMessageBox.warning(None, tr("The data was damaged"), storage_error_text(err))
        return False
    return True


def read_only_text(runde: AppState) -> str:
    """Why nothing can be saved: the data folder or the database file is read-only (where it is,
    what to do)."""
    from app.storage.api import DatabaseReadOnlyError, DataFolderReadOnlyError

    if runde.store is not None and runde.store.read_only_folder:
        return storage_error_text(DataFolderReadOnlyError(runde.paths.data_dir))
    return storage_error_text(DatabaseReadOnlyError(runde.paths.db_path))
