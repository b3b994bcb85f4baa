"""What ui/ may use of storage: the one module it imports from ``app.storage``.

The Store and its records, opening and restoring a database, the team file, series, visits, the
offline queue and the rescue files, the formats (files and teams' own), and the errors, each
re-exported from the module that owns it. Nothing here adds behaviour; ui/ imports no other storage
module.

Each name is imported from its module when it is first asked for (a module ``__getattr__``, PEP 562),
so importing this module loads no storage: the first window is painted before SQLAlchemy and Alembic
load (``tests/ui/test_startup_imports.py``), and ``runde run`` reads the format files without them.
Type checkers read the imports below as they are. ``tests/storage/test_api.py`` checks that the
imports, :data:`__all__` and the lazy look-up name the same things.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.storage import offline, rescue, team_file
    from app.storage.backup import BackupInfo
    from app.storage.database import (
        DatabaseSettingError,
        ServerDatabase,
        configured_url,
        parse_server_url,
        resolve_database,
        save_database_password,
        save_database_setting,
    )
    from app.storage.erasure import erase_everywhere, remove
    from app.storage.errors import (
        DatabaseReadOnlyError,
        DataFolderError,
        DataFolderReadOnlyError,
        DataInUseError,
        ServerLoginError,
        ServerTlsError,
        ServerUnreachableError,
        StorageError,
        causes,
    )
    from app.storage.faults import DatabaseCorruptError
    from app.storage.format_library import (
        available_formats,
        builtin_ids,
        copy_format,
        copy_id,
        export_format,
        format_folders,
        import_format,
        save_team_format,
        save_user_format,
        team_formats,
        team_source,
    )
    from app.storage.format_store import delete_team_format, team_format_ids
    from app.storage.measures import MeasureInfo, SearchHit
    from app.storage.meeting_history import MeetingSummary
    from app.storage.meetings import Unfinished
    from app.storage.migrate import DatabaseTooNewError, MigrationFailedError
    from app.storage.offline import OfflineNote
    from app.storage.opening import restore_choices, restore_from_backup
    from app.storage.pending import BackgroundWrites, PendingWrites
    from app.storage.rescue import KeptObservation, Rescued, RescuedVisit
    from app.storage.safety import AlreadyOpenError
    from app.storage.series_store import (
        SeriesRecord,
        child_series,
        create_series,
        delete_series,
        link_meeting,
        list_series,
        series_meetings,
        update_series,
    )
    from app.storage.store import Store
    from app.storage.team_file import TeamFileError, read_team_file
    from app.storage.team_transfer import export_team, import_team
    from app.storage.teams import TeamInfo
    from app.storage.transfer import move_team
    from app.storage.versions import Conflict, SaveResult
    from app.storage.visits import VisitSummary, create_visit, discard_blank_visit, list_visits, load_visit

__all__ = [
    "AlreadyOpenError",
    "available_formats",
    "BackgroundWrites",
    "BackupInfo",
    "builtin_ids",
    "causes",
    "child_series",
    "configured_url",
    "Conflict",
    "copy_format",
    "copy_id",
    "create_series",
    "create_visit",
    "DatabaseCorruptError",
    "DatabaseReadOnlyError",
    "DatabaseSettingError",
    "DatabaseTooNewError",
    "DataFolderError",
    "DataFolderReadOnlyError",
    "DataInUseError",
    "delete_series",
    "delete_team_format",
    "discard_blank_visit",
    "erase_everywhere",
    "export_format",
    "export_team",
    "format_folders",
    "import_format",
    "import_team",
    "KeptObservation",
    "link_meeting",
    "list_series",
    "list_visits",
    "load_visit",
    "MeasureInfo",
    "MeetingSummary",
    "MigrationFailedError",
    "move_team",
    "offline",
    "OfflineNote",
    "PendingWrites",
    "read_team_file",
    "remove",
    "rescue",
    "Rescued",
    "RescuedVisit",
    "parse_server_url",
    "resolve_database",
    "restore_choices",
    "restore_from_backup",
    "save_database_password",
    "save_database_setting",
    "save_team_format",
    "save_user_format",
    "SaveResult",
    "SearchHit",
    "series_meetings",
    "SeriesRecord",
    "ServerDatabase",
    "ServerLoginError",
    "ServerTlsError",
    "ServerUnreachableError",
    "StorageError",
    "Store",
    "team_file",
    "team_format_ids",
    "team_formats",
    "team_source",
    "TeamFileError",
    "TeamInfo",
    "Unfinished",
    "update_series",
    "VisitSummary",
]

_MODULES = ("offline", "rescue", "team_file")  # whole modules: app.storage.<name>
_HOMES: dict[str, str] = {  # each name and the module that owns it
    "BackupInfo": "app.storage.backup",
    "configured_url": "app.storage.database",
    "DatabaseSettingError": "app.storage.database",
    "parse_server_url": "app.storage.database",
    "resolve_database": "app.storage.database",
    "save_database_password": "app.storage.database",
    "save_database_setting": "app.storage.database",
    "ServerDatabase": "app.storage.database",
    "erase_everywhere": "app.storage.erasure",
    "remove": "app.storage.erasure",
    "causes": "app.storage.errors",
    "DatabaseReadOnlyError": "app.storage.errors",
    "DataFolderError": "app.storage.errors",
    "DataFolderReadOnlyError": "app.storage.errors",
    "DataInUseError": "app.storage.errors",
    "ServerLoginError": "app.storage.errors",
    "ServerTlsError": "app.storage.errors",
    "ServerUnreachableError": "app.storage.errors",
    "StorageError": "app.storage.errors",
    "DatabaseCorruptError": "app.storage.faults",
    "available_formats": "app.storage.format_library",
    "builtin_ids": "app.storage.format_library",
    "copy_format": "app.storage.format_library",
    "copy_id": "app.storage.format_library",
    "export_format": "app.storage.format_library",
    "format_folders": "app.storage.format_library",
    "import_format": "app.storage.format_library",
    "save_team_format": "app.storage.format_library",
    "save_user_format": "app.storage.format_library",
    "team_formats": "app.storage.format_library",
    "team_source": "app.storage.format_library",
    "delete_team_format": "app.storage.format_store",
    "team_format_ids": "app.storage.format_store",
    "MeasureInfo": "app.storage.measures",
    "SearchHit": "app.storage.measures",
    "MeetingSummary": "app.storage.meeting_history",
    "Unfinished": "app.storage.meetings",
    "DatabaseTooNewError": "app.storage.migrate",
    "MigrationFailedError": "app.storage.migrate",
    "OfflineNote": "app.storage.offline",
    "restore_choices": "app.storage.opening",
    "restore_from_backup": "app.storage.opening",
    "BackgroundWrites": "app.storage.pending",
    "PendingWrites": "app.storage.pending",
    "KeptObservation": "app.storage.rescue",
    "Rescued": "app.storage.rescue",
    "RescuedVisit": "app.storage.rescue",
    "AlreadyOpenError": "app.storage.safety",
    "child_series": "app.storage.series_store",
    "create_series": "app.storage.series_store",
    "delete_series": "app.storage.series_store",
    "link_meeting": "app.storage.series_store",
    "list_series": "app.storage.series_store",
    "series_meetings": "app.storage.series_store",
    "SeriesRecord": "app.storage.series_store",
    "update_series": "app.storage.series_store",
    "Store": "app.storage.store",
    "read_team_file": "app.storage.team_file",
    "TeamFileError": "app.storage.team_file",
    "export_team": "app.storage.team_transfer",
    "import_team": "app.storage.team_transfer",
    "TeamInfo": "app.storage.teams",
    "move_team": "app.storage.transfer",
    "Conflict": "app.storage.versions",
    "SaveResult": "app.storage.versions",
    "create_visit": "app.storage.visits",
    "discard_blank_visit": "app.storage.visits",
    "list_visits": "app.storage.visits",
    "load_visit": "app.storage.visits",
    "VisitSummary": "app.storage.visits",
}


def _load(name: str) -> object:
    """The object ``name`` stands for, imported from its module now."""
    if name in _MODULES:
        return importlib.import_module(f"app.storage.{name}")
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)


if not TYPE_CHECKING:  # (a type checker reads the imports above instead)
    def __getattr__(name: str) -> object:
        return _load(name)
