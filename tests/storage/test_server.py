"""Runde on a PostgreSQL server: the setting and its password, migrations, search index, faults."""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.capture import Capture, TextItem
from app.paths import AppPaths
from app.storage.database import (
    PASSWORD_ENV,
    DatabaseSettingError,
    ServerDatabase,
    resolve_database,
    save_database_setting,
    user_config_file,
)
from app.storage.errors import ServerLoginError, ServerTlsError, ServerUnreachableError
from app.storage.migrate import DatabaseTooNewError, head_revision, upgrade_server
from app.storage.postgres import make_server_engine
from app.storage.store import Store
from tests.pgcluster import PgCluster


def now() -> datetime:
    return datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


def _server(url: str) -> ServerDatabase:
    return ServerDatabase(url, None, "test")


# -- the setting ---------------------------------------------------------------------------------

def test_the_command_line_wins_then_the_users_file_then_the_organisations(
        app_paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "it" / "database.json"
    site.parent.mkdir()
    site.write_text(json.dumps({"url": "postgresql://it@db.example/runde?sslmode=verify-full"}))
    monkeypatch.setenv("RUNDE_DATABASE_CONFIG", str(site))
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    found = resolve_database(app_paths)
    assert found is not None and found.source == str(site)
    assert found.url == "postgresql+psycopg://it@db.example/runde?sslmode=verify-full"  # sslmode kept
    assert found.label() == "it@db.example:5432/runde"
    save_database_setting(app_paths, None)  # the user chose the local file: the org's default yields
    assert resolve_database(app_paths) is None
    cli = resolve_database(app_paths, "postgresql://me@other/runde")
    assert cli is not None and cli.source == "command line"
    with pytest.raises(DatabaseSettingError):
        resolve_database(app_paths, "mysql://me@other/runde")


def test_a_password_never_lands_in_a_config_file(app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch,
                                                 memory_keyring: dict[tuple[str, str], str]) -> None:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    assert save_database_setting(app_paths, "postgresql://me:hunter2@db.example:5433/runde?sslmode=require",
                                 "typed") is True
    written = user_config_file(app_paths).read_text()
    assert "hunter2" not in written and "typed" not in written and "sslmode=require" in written
    assert memory_keyring[("Runde database", "me@db.example:5433/runde")] == "typed"
    found = resolve_database(app_paths)
    assert found is not None and found.password == "typed"  # from the keyring
    assert "typed" not in found.url and found.full_url().password == "typed"
    monkeypatch.setenv(PASSWORD_ENV, "from-env")  # the environment comes before the keyring
    found = resolve_database(app_paths)
    assert found is not None and found.password == "from-env"


# -- a server ------------------------------------------------------------------------------------

def test_a_new_server_database_is_migrated_with_its_search_index(pg_url: str, app_paths: AppPaths) -> None:
    store = Store.open(app_paths, now, database=_server(pg_url))
    try:
        assert store.revision() == head_revision() and store.server is not None
        assert store.startup_backup() is None and store.maybe_backup() is None  # the server's own job
        with store.engine.connect() as conn:
            kinds = dict(conn.execute(text(
                "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE '%trgm'")).all())
        assert set(kinds) == {"ix_learning_point_search_trgm", "ix_measure_search_trgm"}
        assert all("gin_trgm_ops" in d for d in kinds.values())
        team = store.save_team("Afsnit 3", ["Anna"])
        mid = store.start_meeting(team_id=team.id, format_id="f", format_title="F", participants=["Anna"],
                                  facilitator="Anna", first_speaker="Anna")
        store.save_capture(mid, Capture(learning_points=(TextItem("a", "Lyt til PÅRØRENDE først"),)))
        assert [h.text for h in store.search("pårør")] == ["Lyt til PÅRØRENDE først"]
    finally:
        store.close()
    assert not app_paths.db_path.exists()  # no local file, no lock file
    assert not (app_paths.data_dir / "runde.lock").exists()


def test_an_older_server_schema_is_dumped_then_migrated(pg_url: str, app_paths: AppPaths) -> None:
    engine = make_server_engine(_server(pg_url).full_url())
    upgrade_server(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO team (id, name, created) VALUES (1, 'Afsnit 3', now())"))
        conn.execute(text("INSERT INTO meeting (id, team_id, format_id, format_title, started, facilitator,"
                          " participants, first_speaker, case_title, capture) VALUES (1, 1, 'f', 'F', now(),"
                          " 'Anna', '[]', 'Anna', 'Case', '{}')"))
        conn.execute(text("INSERT INTO learning_point VALUES (1, 'u1', 1, NULL, 0, 'Lyt', 'lyt', false)"))
    engine.dispose()
    store = Store.open(app_paths, now, database=_server(pg_url))
    try:
        assert store.revision() == head_revision()
        assert [m.case_title for m in store.meetings()] == ["Case"]
        assert [h.text for h in store.search("lyt")] == ["Lyt"]
    finally:
        store.close()
    [dump] = app_paths.backup_dir.glob("server-0001-*.json.gz")
    with gzip.open(dump, "rt") as f:
        data = json.load(f)
    assert data["alembic_version"] == [{"version_num": "0001"}]
    assert len(data["learning_point"]) == 1 and data["team"][0]["name"] == "Afsnit 3"


def test_a_newer_server_schema_is_refused_untouched(pg_url: str, app_paths: AppPaths) -> None:
    Store.open(app_paths, now, database=_server(pg_url)).close()
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        count_tables = text("SELECT count(*) FROM pg_tables WHERE schemaname='public'")
        tables_before = conn.execute(count_tables).scalar()
    with pytest.raises(DatabaseTooNewError):
        Store.open(app_paths, now, database=_server(pg_url))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
        assert conn.execute(count_tables).scalar() == tables_before
    engine.dispose()
    assert not app_paths.backup_dir.exists()


def test_a_wrong_password_is_told_as_such(pg_cluster: PgCluster, app_paths: AppPaths) -> None:
    db = pg_cluster.new_database()
    with pytest.raises(ServerLoginError) as caught:
        Store.open(app_paths, now, database=ServerDatabase(pg_cluster.tcp_url(db), "wrong", "test"))
    assert "127.0.0.1:" in str(caught.value)
    Store.open(app_paths, now, database=ServerDatabase(pg_cluster.tcp_url(db), "secret", "test")).close()


def test_tls_settings_in_the_url_are_honoured(pg_cluster: PgCluster, app_paths: AppPaths) -> None:
    """The test server has no TLS: requiring it refuses to connect, told as a secure connection that
    could not be set up (not as a server that cannot be reached)."""
    db = pg_cluster.new_database()
    url = pg_cluster.tcp_url(db) + "?sslmode=require"
    with pytest.raises(ServerTlsError) as caught:
        Store.open(app_paths, now, database=ServerDatabase(url, "secret", "test"))
    assert caught.value.code == "server_tls" and caught.value.label.startswith("runde@127.0.0.1:")
    assert caught.value.reason == "server does not support SSL, but SSL was required"
    assert "server does not support SSL" in caught.value.detail
    assert "secure connection" in str(caught.value) and caught.value.label in str(caught.value)


@pytest.fixture(scope="module")
def tls_cluster() -> Iterator[PgCluster]:
    """A second cluster with TLS (a self-signed certificate for ``localhost``)."""
    import shutil

    from tests.pgcluster import find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None or shutil.which("openssl") is None:
        pytest.skip("PostgreSQL or openssl is not installed")
    cluster = PgCluster(bin_dir, tls=True).init()
    yield cluster
    cluster.destroy()


@pytest.mark.parametrize(("query", "reason"), [
    ("sslmode=verify-full&sslrootcert={other}", "SSL error: certificate verify failed"),
    ("sslmode=verify-ca&sslrootcert={other}", "SSL error: certificate verify failed"),
    ("sslmode=verify-full&sslrootcert={server}", 'server certificate for "localhost" does not match host '
                                                  'name "127.0.0.1"'),
    ("sslmode=verify-full&sslrootcert={missing}", 'root certificate file "{missing}" does not exist'),
])
def test_a_certificate_that_does_not_verify_is_told_as_such(tls_cluster: PgCluster, app_paths: AppPaths,
                                                            tmp_path: Path, query: str, reason: str) -> None:
    """verify-full with a wrong root certificate, or a certificate for another host name: no secure
    connection, nothing read or written; the right certificate connects."""
    names = {"other": tls_cluster.certificate("other"), "server": tls_cluster.certificate("server"),
             "missing": tmp_path / "missing.crt"}
    url = tls_cluster.tcp_url("postgres") + "?" + query.format(**names)
    with pytest.raises(ServerTlsError) as caught:
        Store.open(app_paths, now, database=ServerDatabase(url, "secret", "test"))
    assert caught.value.reason == reason.format(**names)
    assert not app_paths.backup_dir.exists()
    good = tls_cluster.tcp_url("postgres") + f"?sslmode=verify-ca&sslrootcert={names['server']}"
    Store.open(app_paths, now, database=ServerDatabase(good, "secret", "test")).close()


def test_tls_failures_are_told_apart_from_a_lost_network_and_a_refused_login() -> None:
    """What libpq says, classified: a TLS failure at connecting is ``tls``; a network cut inside a TLS
    session stays ``unreachable``; a server's refusal (it has a SQLSTATE) stays a login problem."""
    import psycopg
    from psycopg import errors

    from app.storage.postgres import LOGIN, TLS, UNREACHABLE, classify_server_error

    at = 'connection failed: connection to server at "db.example" (192.0.2.1), port 5432 failed: '
    for said in ("server does not support SSL, but SSL was required",
                 "SSL error: certificate verify failed",
                 'server certificate for "db.example" does not match host name "db2.example"',
                 'root certificate file "/home/a/.postgresql/root.crt" does not exist\nEither provide the '
                 "file, use the system's trusted roots with sslrootcert=system, or change sslmode",
                 'could not read root certificate file "/etc/ssl/x.pem": no certificate or crl found',
                 "SSL error: tlsv1 alert unknown ca", "SSL error: sslv3 alert handshake failure",
                 "SSL error: wrong version number", "SSL error: unsupported protocol",
                 'certificate present, but not private key file "/home/a/.postgresql/postgresql.key"',
                 "channel binding is required, but server did not offer an authentication method that "
                 "supports channel binding"):
        assert classify_server_error(psycopg.OperationalError(at + said)) == TLS, said
    for said in ("SSL SYSCALL error: EOF detected", "SSL connection has been closed unexpectedly",
                 "Connection refused\n\tIs the server running on that host and accepting TCP/IP "
                 "connections?", "timeout expired"):
        assert classify_server_error(psycopg.OperationalError(at + said)) == UNREACHABLE, said
    refused = errors.InvalidAuthorizationSpecification('certificate authentication failed for user "a"')
    assert classify_server_error(refused) == LOGIN


def test_an_unreachable_address_fails_within_seconds(app_paths: AppPaths) -> None:
    url = "postgresql+psycopg://runde@192.0.2.1:5432/runde?connect_timeout=2"  # TEST-NET-1: no one there
    started = time.monotonic()
    with pytest.raises(ServerUnreachableError):
        Store.open(app_paths, now, database=ServerDatabase(url, "x", "test"))
    assert time.monotonic() - started < 6


def test_the_server_restarted_mid_meeting_loses_no_edit(pg_cluster: PgCluster, app_paths: AppPaths) -> None:
    from app.storage.pending import PendingWrites

    store = Store.open(app_paths, now, database=_server(pg_cluster.url(pg_cluster.new_database())))
    try:
        team = store.save_team("Afsnit 3", ["Anna"])
        mid = store.start_meeting(team_id=team.id, format_id="f", format_title="F", participants=["Anna"],
                                  facilitator="Anna", first_speaker="Anna")
        pending = PendingWrites()
        pg_cluster.stop()
        try:
            cap = Capture(learning_points=(TextItem("p", "Skrevet mens serveren var væk"),))
            started = time.monotonic()
            assert pending.put("capture", lambda: store.save_capture(mid, cap)) is False
            assert isinstance(pending.last_exception, ServerUnreachableError) and store.offline
            assert pending.flush() is False  # while it is gone: at once, no waiting
            assert time.monotonic() - started < 5
        finally:
            pg_cluster.start()
        deadline = time.monotonic() + 10
        while store.offline and time.monotonic() < deadline:  # the background probe finds it again
            time.sleep(0.1)
        assert not store.offline
        assert pending.flush() is True
        assert [h.text for h in store.search("væk")] == ["Skrevet mens serveren var væk"]
    finally:
        store.close()


def _cut_every_connection(cluster: PgCluster, db: str) -> None:
    """What a server restart does to this instance's pooled connections (the server stays up)."""
    cluster.psql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{db}' "
                 "AND pid <> pg_backend_pid()")


def test_a_connection_cut_inside_a_block_of_reads_is_read_again_on_a_fresh_one(
        pg_cluster: PgCluster, app_paths: AppPaths) -> None:
    from app.export.assemble import staff_sheet

    db = pg_cluster.new_database()
    store = Store.open(app_paths, now, database=_server(pg_cluster.url(db)))
    try:
        team = store.save_team("Afsnit 3", ["Anna"])
        with store.reading():
            assert [t.name for t in store.teams()] == ["Afsnit 3"]
            _cut_every_connection(pg_cluster, db)
            assert [t.name for t in store.teams()] == ["Afsnit 3"]  # retried, not PendingRollbackError
            assert store.team_ids() == [team.id]  # and the block goes on reading
        _cut_every_connection(pg_cluster, db)
        sheet = staff_sheet(store, team.id, "Afsnit 3", None, now().date(), now())
        assert sheet.team == "Afsnit 3"
        assert not store.offline
    finally:
        store.close()


def test_reads_on_a_server_send_no_transaction(pg_cluster: PgCluster, app_paths: AppPaths) -> None:
    """BEGIN and ROLLBACK would be two round trips more per block of reads (READ COMMITTED gives
    each statement its own snapshot anyway); writes keep their transaction."""
    store = Store.open(app_paths, now, database=_server(pg_cluster.url(pg_cluster.new_database())))
    try:
        store.save_team("Afsnit 3", ["Anna"])
        # (no user action or public API shows how many transactions reach the server: the Store's own
        # read and write sessions are looked at here, a storage unit test)
        with store.reading():
            s = store._local.shared
            first = s.execute(text("SELECT transaction_timestamp()")).scalar()
            time.sleep(0.02)
            second = s.execute(text("SELECT transaction_timestamp()")).scalar()
            assert first != second  # each statement its own transaction: no BEGIN was sent
            store.teams()
        with store._session.begin() as w:  # a write's session still has one transaction
            one = w.execute(text("SELECT transaction_timestamp()")).scalar()
            time.sleep(0.02)
            assert w.execute(text("SELECT transaction_timestamp()")).scalar() == one
        store.save_team("Afsnit 3", ["Anna", "Bo"])
        assert [t.people for t in store.teams()] == [("Anna", "Bo")]  # a pooled connection, reset
    finally:
        store.close()


@pytest.mark.parametrize("required", [False, True])
def test_without_postgresql_the_server_cases_skip_unless_required(tmp_path: Path, required: bool) -> None:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, RUNDE_PG_BIN=str(tmp_path), RUNDE_REQUIRE_POSTGRES="1" if required else "0")
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                          "tests/storage/test_server.py::test_a_wrong_password_is_told_as_such"],
                         cwd=root, env=env, capture_output=True, text=True, timeout=120, check=False)
    if required:
        assert out.returncode != 0 and "RUNDE_REQUIRE_POSTGRES=1" in out.stdout
    else:
        assert out.returncode == 0 and "1 skipped" in out.stdout
