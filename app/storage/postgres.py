"""Everything PostgreSQL-specific: the engine and its timeouts, telling an unreachable server from a
refused login and from a secure connection that could not be set up, the migration lock, and the dump
taken before migrating a server's schema.

PostgreSQL-only SQL lives here, as SQLite-only SQL lives in ``sqlite.py``.
"""

from __future__ import annotations

import gzip
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, create_engine, select
from sqlalchemy.engine import URL

from app.private import private_dir, private_umask
from app.storage.errors import causes

# libpq options Runde sets unless the URL sets them: a server that is gone fails fast instead of
# freezing the window for the operating system's TCP timeout (minutes).
DEFAULT_OPTIONS = {
    "connect_timeout": "3",  # seconds to connect
    "tcp_user_timeout": "5000",  # ms an unacknowledged write may wait (a cut network)
    "keepalives": "1", "keepalives_idle": "10", "keepalives_interval": "3", "keepalives_count": "3",
    "application_name": "Runde",
    # A write waits at most 5 s for another's lock (then it is kept and retried, and the window goes
    # on), and a session that stalls inside a transaction (its network gone after a write) is ended
    # by the server after a minute: every write touches the one change-counter row, so one stuck
    # client would otherwise block every Runde on the server until TCP keepalive notices (hours).
    "options": "-c lock_timeout=5000 -c idle_in_transaction_session_timeout=60000",
}
MIGRATION_LOCK = 0x52554E44  # "RUND": one instance migrates, the others wait for it

UNREACHABLE, LOGIN, TLS, OTHER = "unreachable", "login", "tls", "other"
_LOGIN_WORDS = ("password authentication failed", "no password supplied", "authentication failed",
                "role \"", "pg_hba.conf", "permission denied for database")
# What libpq says when the secure connection cannot be set up: a server without TLS and sslmode=require
# or verify-*, a certificate that does not verify (wrong or missing sslrootcert, an expired one), one
# for another host name (verify-full), a client certificate or key that cannot be used, a channel
# binding that cannot be had, or an sslmode libpq does not know. (A network cut inside a TLS session,
# "SSL SYSCALL error" or "SSL connection has been closed unexpectedly", stays "unreachable".)
_TLS_WORDS = ("does not support ssl", "certificate", "private key", "channel binding", "sslmode value",
              "ssl_min_protocol_version", "ssl_max_protocol_version")
# OpenSSL's own handshake failures, as libpq passes them on ("SSL error: tlsv1 alert unknown ca").
_HANDSHAKE_WORDS = ("alert", "handshake", "wrong version number", "unsupported protocol",
                    "no protocols available")


def make_server_engine(url: URL) -> Engine:
    """An engine for a PostgreSQL server: recycles pooled connections every five minutes and fails
    fast when the server is gone (a connection a restarted server closed is retried by the store)."""
    query = dict(url.query)
    for key, value in DEFAULT_OPTIONS.items():
        query.setdefault(key, value)
    return create_engine(url.set(query=query), pool_recycle=300, pool_size=2,
                         max_overflow=3, pool_timeout=5)


def is_tls_failure(text: str) -> bool:
    """libpq's words (any case) say the secure connection could not be set up."""
    text = text.lower()
    return (any(w in text for w in _TLS_WORDS)
            or ("ssl error" in text and any(w in text for w in _HANDSHAKE_WORDS)))


def classify_server_error(exc: BaseException) -> str:
    """``login`` (wrong user or password), ``tls`` (the secure connection could not be set up: the
    certificate, or TLS settings that do not fit the server), ``unreachable`` (no server, a cut network,
    a restart) or ``other`` (looks through SQLAlchemy's wrapper and the cause chain)."""
    import psycopg

    for e in causes(exc):
        if getattr(e, "connection_invalidated", False):
            return UNREACHABLE
        if isinstance(e, psycopg.Error):
            state = e.sqlstate or ""
            text = str(e).lower()
            if not state and isinstance(e, psycopg.OperationalError) and is_tls_failure(text):
                return TLS
            if state.startswith("28") or any(w in text for w in _LOGIN_WORDS):
                return LOGIN
            if isinstance(e, psycopg.OperationalError) and (not state or state[:2] in {"08", "57"}):
                return UNREACHABLE
            return OTHER
    return OTHER


def take_migration_lock(conn: Connection) -> None:
    """Only one Runde migrates a server at a time (held until the transaction ends)."""
    conn.exec_driver_sql("SET LOCAL lock_timeout = 0")  # a migration waits for the others, however long
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def dump_tables(engine: Engine, target: Path) -> Path:
    """Every table's rows (as the server has them, whatever its schema) as gzip'd JSON: the backup
    taken before a server's schema is migrated. Works without ``pg_dump`` and with any server version.
    """
    private_dir(target.parent)
    tmp = target.with_name(target.name + ".partial")
    meta = MetaData()
    with engine.connect() as conn:
        meta.reflect(conn)
        out: dict[str, Any] = {}
        for table in meta.sorted_tables:
            rows = conn.execute(select(table)).mappings()
            out[table.name] = [{k: _plain(v) for k, v in r.items()} for r in rows]
    with private_umask(), gzip.open(tmp, "wt", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False)
    tmp.replace(target)
    return target
