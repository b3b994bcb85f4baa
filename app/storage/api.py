"""What ui/ may use of storage: the one module it imports from ``app.storage``.

The Store and its records, opening and restoring a database, the team file, series, visits, the
offline queue and the rescue files, and the errors, each re-exported from the module that owns it.
Nothing here adds behaviour; ``tests/test_layers.py`` checks that ui/ imports no other storage module.
"""

from __future__ import annotations

from app.storage import offline, rescue, team_file
from app.storage.backup import BackupInfo
from app.storage.database import (
    DatabaseSettingError,
    ServerDatabase,
    configured_url,
    resolve_database,
    save_database_password,
    save_database_setting,
)
from app.storage.erasure import erase_everywhere, remove
from app.storage.errors import (
    DatabaseReadOnlyError,
    DataFolderReadOnlyError,
    ServerLoginError,
    ServerTlsError,
    ServerUnreachableError,
    StorageError,
    causes,
)
from app.storage.format_store import delete_team_format, team_format_ids
from app.storage.migrate import DatabaseTooNewError, MigrationFailedError
from app.storage.offline import OfflineNote
from app.storage.pending import BackgroundWrites, PendingWrites
from app.storage.rescue import KeptObservation, RescuedVisit
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
from app.storage.store import (
    DatabaseCorruptError,
    DataFolderError,
    DataInUseError,
    MeasureInfo,
    MeetingSummary,
    SearchHit,
    Store,
    TeamInfo,
    Unfinished,
    VisitSummary,
    create_visit,
    discard_blank_visit,
    export_team,
    import_team,
    list_visits,
    load_visit,
    restore_choices,
    restore_from_backup,
)
from app.storage.team_file import TeamFileError, read_team_file
from app.storage.transfer import move_team
from app.storage.versions import Conflict, SaveResult

__all__ = [
    "AlreadyOpenError",
    "BackgroundWrites",
    "BackupInfo",
    "causes",
    "child_series",
    "configured_url",
    "Conflict",
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
    "export_team",
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
    "RescuedVisit",
    "resolve_database",
    "restore_choices",
    "restore_from_backup",
    "save_database_password",
    "save_database_setting",
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
    "TeamFileError",
    "TeamInfo",
    "Unfinished",
    "update_series",
    "VisitSummary",
]
