"""A throwaway PostgreSQL cluster for tests and benchmarks: ``initdb`` in a temp folder, listening on
loopback and on a Unix socket in that folder, a free port; stopped and removed at the end.

``initdb`` refuses to run as root: as root the cluster runs as the ``postgres`` user (or ``nobody``)
through ``runuser``.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

CANDIDATE_BIN_DIRS = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin",
                      "/usr/lib/postgresql/15/bin", "/usr/local/bin", "/usr/bin")


def find_bin_dir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, None when PostgreSQL is not installed."""
    env = os.environ.get("RUNDE_PG_BIN")  # set: only there (a folder without them: "not installed")
    for d in [env] if env else list(CANDIDATE_BIN_DIRS):
        if (Path(d) / "initdb").exists() and (Path(d) / "pg_ctl").exists():
            return Path(d)
    if env:
        return None
    found = shutil.which("initdb")
    return Path(found).parent if found else None


_REAL_BIND = socket.socket.bind  # taken at import, before tests/conftest.py guards the network


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        _REAL_BIND(s, ("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgCluster:
    """One cluster; :meth:`url` names a database in it (connected through the Unix socket)."""

    def __init__(self, bin_dir: Path, user: str = "runde", *, tls: bool = False) -> None:
        self.bin_dir, self.user, self.tls = bin_dir, user, tls
        self.dir = Path(tempfile.mkdtemp(prefix="runde-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self._as: list[str] = []
        if os.geteuid() == 0:
            owner = next(n for n in ("postgres", "nobody") if _user_exists(n))
            shutil.chown(self.dir, owner)
            self._as = ["runuser", "-u", owner, "--"]
        self._n = 0

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, cwd=self.dir)

    def init(self) -> PgCluster:
        """``initdb`` (trust on the socket, a password for TCP: to test a wrong password); with ``tls``,
        TLS on TCP with a self-signed certificate for ``localhost`` (:meth:`certificate`)."""
        if self.tls:
            self._make_certificate("server", "localhost")
            self._make_certificate("other", "Another authority")  # for a wrong sslrootcert
        hba = self.dir / "pg_hba.conf"
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", self.user, "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync", "-A", "trust")
        hba.write_text("local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n", encoding="utf-8")
        if self._as:
            shutil.chown(hba, self._as[2])
        self.start()
        self.psql("ALTER ROLE runde PASSWORD 'secret'")
        return self

    def start(self) -> None:
        """Start (again, after :meth:`stop`)."""
        opts = (f"-k {self.dir} -p {self.port} -c listen_addresses=127.0.0.1 -c fsync=off "
                f"-c synchronous_commit=off -c full_page_writes=off -c hba_file={self.dir}/pg_hba.conf "
                "-c max_connections=200 -c timezone=Europe/Copenhagen")  # as a Danish server: moments
        # come back in local time, not UTC, so a test sees what a real one gives
        if self.tls:
            opts += (f" -c ssl=on -c ssl_cert_file={self.certificate('server')} "
                     f"-c ssl_key_file={self.dir / 'server.key'}")
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "log"),
                  "-o", opts, "-w", "start")

    def certificate(self, name: str) -> Path:
        """A certificate file: ``server`` (the cluster's own, self-signed for ``localhost``) or
        ``other`` (one that did not sign it)."""
        return self.dir / f"{name}.crt"

    def _make_certificate(self, name: str, common_name: str) -> None:
        key = self.dir / f"{name}.key"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec",
                        "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                        "-subj", f"/CN={common_name}", "-keyout", str(key),
                        "-out", str(self.certificate(name))], check=True, capture_output=True)
        key.chmod(0o600)  # the server refuses a key others can read
        if self._as:
            shutil.chown(key, self._as[2])

    def stop(self) -> None:
        """Stop at once (as a server restart does: open connections are cut)."""
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def psql(self, sql: str, db: str = "postgres") -> None:
        """Run SQL as the cluster's superuser."""
        self._run(str(self.bin_dir / "psql"), "-h", str(self.dir), "-p", str(self.port), "-U", self.user,
                  "-d", db, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql)

    def url(self, db: str) -> str:
        """The URL of a database, through the Unix socket."""
        return f"postgresql+psycopg://{self.user}@/{db}?host={self.dir}&port={self.port}"

    def tcp_url(self, db: str, password: str | None = None) -> str:
        """The URL of a database over loopback TCP (with a password, or none)."""
        auth = f"{self.user}:{password}" if password else self.user
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{db}"

    def new_database(self) -> str:
        """A fresh, empty database; returns its name."""
        self._n += 1
        name = f"t{os.getpid()}_{self._n}"
        self.psql(f"CREATE DATABASE {name}")
        return name

    def destroy(self) -> None:
        """Stop and remove everything."""
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
