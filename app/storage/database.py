"""Which database Runde uses: its own SQLite file (the default) or a PostgreSQL server.

The choice comes from, first to last: ``--database URL`` on the command line, the user's
``database.json`` in the config folder (written by the settings dialog), the file an IT department
deploys (the path in ``RUNDE_DATABASE_CONFIG``, else ``database.json`` in the platform's site config
folder, e.g. ``/etc/xdg/Runde`` or ``C:\\ProgramData\\Runde``). ``database.json`` is
``{"url": "postgresql+psycopg://user@host:5432/runde?sslmode=verify-full"}``; every libpq option in
the URL (``sslmode``, ``sslrootcert``, ``connect_timeout``...) is passed on as it is.

The password is never written into a config file: it comes from the URL given on the command line,
the environment variable ``RUNDE_DB_PASSWORD``, or the platform's keyring (service ``Runde database``,
user ``user@host:port/database``), in that order.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.paths import APP_NAME, AppPaths
from app.private import private_dir, write_private

CONFIG_NAME = "database.json"
CONFIG_ENV = "RUNDE_DATABASE_CONFIG"
PASSWORD_ENV = "RUNDE_DB_PASSWORD"
KEYRING_SERVICE = "Runde database"
SERVER_DRIVER = "postgresql+psycopg"


class DatabaseSettingError(ValueError):
    """A database URL or config file Runde cannot use; ``str()`` says why in English, ``problem`` (one
    of the names below) and ``detail`` (the scheme named, or the file) let ui/ word it for the user."""

    NOT_URL = "not_url"
    NOT_POSTGRESQL = "not_postgresql"
    NO_DATABASE = "no_database"
    UNREADABLE = "unreadable"
    URL_NOT_TEXT = "url_not_text"

    def __init__(self, text: str, problem: str = "", detail: str = "") -> None:
        super().__init__(text)
        self.problem, self.detail = problem, detail


@dataclass(frozen=True)
class ServerDatabase:
    """A PostgreSQL server to use instead of the local SQLite file.

    ``url`` never holds the password (``password`` does, kept in memory only); ``source`` says where
    the setting came from (``command line``, a config file's path).
    """

    url: str
    password: str | None
    source: str

    def full_url(self) -> URL:
        """The URL with the password, for the engine only (never logged, never written)."""
        u = make_url(self.url)
        return u.set(password=self.password) if self.password and not u.password else u

    def label(self) -> str:
        """``user@host:port/database``: what to show, and the keyring's user name."""
        return server_label(self.url)


def server_label(url: str) -> str:
    """``user@host:port/database`` (no password) of a server URL."""
    u = make_url(url)
    host = u.host or u.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0]
    port = u.port or u.query.get("port") or 5432
    if isinstance(port, tuple):
        port = port[0]
    return f"{u.username or ''}@{host}:{port}/{u.database or ''}"


def parse_server_url(text: str) -> URL:
    """Check a server URL: ``postgresql://`` or ``postgresql+psycopg://`` (the driver is psycopg 3).

    Raises:
        DatabaseSettingError: not a URL, or not PostgreSQL.
    """
    try:
        u = make_url(text.strip())
    except ArgumentError as exc:
        raise DatabaseSettingError(f"not a database URL: {text!r}", DatabaseSettingError.NOT_URL) from exc
    if u.get_backend_name() != "postgresql":
        raise DatabaseSettingError(f"only PostgreSQL servers are supported, not {u.get_backend_name()!r}",
                                   DatabaseSettingError.NOT_POSTGRESQL, u.get_backend_name())
    if u.drivername != SERVER_DRIVER:
        u = u.set(drivername=SERVER_DRIVER)
    if not u.database:
        raise DatabaseSettingError("the URL names no database (…/runde at its end)",
                                   DatabaseSettingError.NO_DATABASE)
    return u


def without_password(u: URL) -> str:
    """The URL as text, its password left out."""
    bare = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query)
    return bare.render_as_string(hide_password=False)


def site_config_file() -> Path:
    """Where an IT department puts the organisation's ``database.json``."""
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / CONFIG_NAME


def user_config_file(paths: AppPaths) -> Path:
    """The user's own ``database.json`` (written by the settings dialog)."""
    return paths.config_dir / CONFIG_NAME


def _read_config(path: Path) -> str | None:
    """The ``url`` in a config file; None when there is no file or it says ``"url": null`` / ``""``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise DatabaseSettingError(f"{path} cannot be read: {exc}", DatabaseSettingError.UNREADABLE,
                                   str(path)) from exc
    url = data.get("url") if isinstance(data, dict) else None
    if url is not None and not isinstance(url, str):
        raise DatabaseSettingError(f"{path}: \"url\" must be text", DatabaseSettingError.URL_NOT_TEXT,
                                   str(path))
    return url or None


def configured_url(paths: AppPaths) -> tuple[str, str] | None:
    """The server URL from the user's or the organisation's config file, with that file's path."""
    user = user_config_file(paths)
    if user.exists():  # the user's file wins, also when it says "url": "" (back to the local file)
        url = _read_config(user)
        return (url, str(user)) if url else None
    site = site_config_file()
    url = _read_config(site)
    return (url, str(site)) if url else None


def resolve_database(paths: AppPaths, cli_url: str | None = None) -> ServerDatabase | None:
    """The server to use, or None for the local SQLite file.

    Raises:
        DatabaseSettingError: a URL or config file that cannot be used.
    """
    if cli_url:
        source, text = "command line", cli_url
    else:
        found = configured_url(paths)
        if found is None:
            return None
        text, source = found
    u = parse_server_url(text)
    password = u.password or os.environ.get(PASSWORD_ENV) or keyring_password(server_label(str(u)))
    return ServerDatabase(without_password(u), str(password) if password else None, source)


def keyring_password(label: str) -> str | None:
    """The password kept in the platform's keyring, None if there is none (or no keyring)."""
    try:
        import keyring
        return keyring.get_password(KEYRING_SERVICE, label)
    except Exception:  # noqa: BLE001  (no keyring backend, a locked keyring: the same as no password)
        return None


def save_database_setting(paths: AppPaths, url: str | None, password: str | None = None) -> bool:
    """Write the user's ``database.json`` (``None``: back to the local file). A password goes to the
    keyring, never into the file; returns False when there is no keyring to keep it (then use
    ``RUNDE_DB_PASSWORD``).

    Raises:
        DatabaseSettingError: the URL cannot be used.
        OSError: the file could not be written.
    """
    stored = True
    text = ""
    if url:
        u = parse_server_url(url)
        password = password or (str(u.password) if u.password else None)
        text = without_password(u)
        if password:
            stored = _keyring_store(server_label(text), password)
    target = user_config_file(paths)
    private_dir(target.parent)
    write_private(target, (json.dumps({"url": text}, indent=2) + "\n").encode("utf-8"))
    return stored


def save_database_password(url: str, password: str) -> bool:
    """Keep the password for ``url``'s server in the keyring, the config files left as they are (the
    organisation's URL stays the organisation's); False when there is no keyring.

    Raises:
        DatabaseSettingError: the URL cannot be used.
    """
    return _keyring_store(server_label(without_password(parse_server_url(url))), password)


def _keyring_store(label: str, password: str) -> bool:
    try:
        import keyring
        keyring.set_password(KEYRING_SERVICE, label, password)
    except Exception:  # noqa: BLE001  (no usable keyring on this computer)
        return False
    return True
