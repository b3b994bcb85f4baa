"""What ui/ may use of storage: the one module it imports from ``app.storage``.

The Store and its records, opening and restoring a database, the team file, series, visits, the
offline queue and the rescue files, the formats (files and teams' own), and the errors, each
re-exported from the module that owns it. Nothing here adds behaviour; ``tests/test_layers.py``
checks that ui/ imports no other storage module.
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
    "RescuedVisit",
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
