"""A throwaway PostgreSQL server for the tests: initdb into a temporary folder, start, drop.

Uses the machine's PostgreSQL binaries (`initdb`, `pg_ctl` on PATH or under
/usr/lib/postgresql/*/bin). The server refuses to run as root, so as root it runs as the
`postgres` system user. fsync is off: the data is thrown away, and the tests wait less.

Each test gets a database of its own (`fresh_database`), created from an empty template in a
few milliseconds, in memory where the machine allows (`_scratch`). Where no server can start,
`unavailable()` says why in one line: the tests skip with it, except under CI=true, where they
fail.
"""

from __future__ import annotations

import glob
import os
import pwd
import select
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

SERVER_USER = "postgres"


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _scratch(durable: bool) -> str | None:
    """Where a throwaway server keeps its files: in memory (/dev/shm) where the machine has it,
    since each test's database is hundreds of files, written once and deleted with the server;
    a durable server (the benches) on disk, as production's."""
    shm = Path("/dev/shm")
    if not durable and shm.is_dir() and os.access(shm, os.W_OK | os.X_OK):
        return str(shm)
    return None  # the temporary folder


class PgServer:
    """One PostgreSQL server on 127.0.0.1, owned by this test process."""

    def __init__(self, *, durable: bool = False) -> None:
        # durable: fsync and synchronous commits on, as a production server runs (the benches).
        self.durable = durable
        self.initdb = _binary("initdb")
        self.pg_ctl = _binary("pg_ctl")
        self.base: Path | None = None
        self.port = 0
        self.started = False
        self._session: subprocess.Popen[str] | None = None  # one psql for every CREATE DATABASE

    def unavailable(self) -> str | None:
        """Why no server can run here, or None."""
        if not (self.initdb and self.pg_ctl):
            return "PostgreSQL's initdb and pg_ctl were not found"
        if os.geteuid() == 0:
            try:
                pwd.getpwnam(SERVER_USER)
            except KeyError:
                return "running as root and there is no 'postgres' user to run the server"
        return None

    def _run(self, *args: str) -> None:
        command = list(args)
        if os.geteuid() == 0:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        assert self.initdb and self.pg_ctl
        self.base = Path(tempfile.mkdtemp(prefix="bot-pg-", dir=_scratch(self.durable)))
        if os.geteuid() == 0:
            user = pwd.getpwnam(SERVER_USER)
            os.chown(self.base, user.pw_uid, user.pw_gid)
        data = self.base / "data"
        self._run(self.initdb, "-D", str(data), "--auth=trust", "-U", "postgres", "-E", "UTF8",
                  "--no-instructions", "--no-sync")  # fmt: skip
        for attempt in range(3):
            self.port = _free_port()
            options = (
                f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1"
                " -c max_connections=200 -c shared_buffers="
                + ("128MB" if self.durable else "64MB -F -c full_page_writes=off"
                   " -c synchronous_commit=off")
            )  # fmt: skip
            try:
                self._run(self.pg_ctl, "start", "-w", "-D", str(data), "-l",
                          str(self.base / "server.log"), "-o", options)  # fmt: skip
                break
            except subprocess.CalledProcessError:
                if attempt == 2:
                    raise
        self.started = True
        self._psql("CREATE DATABASE template_bot TEMPLATE template0")

    def _psql(self, sql: str) -> None:
        subprocess.run(
            ["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", "postgres",
             "-v", "ON_ERROR_STOP=1", "-q", "-c", sql],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def fresh_database(self) -> str:
        """The URL of a new, empty database.

        Through one psql session kept open, since a psql started per test costs more than the
        copy itself; a copy of the files rather than through the log, since fsync is off.
        """
        name = "t_" + uuid.uuid4().hex[:16]
        strategy = "" if self.durable else " STRATEGY FILE_COPY"
        for attempt in range(2):  # a session that died since its last use is replaced once
            session = self._open_session()
            assert session.stdin is not None and session.stdout is not None
            try:
                session.stdin.write(f"CREATE DATABASE {name} TEMPLATE template_bot{strategy};\n")
                session.stdin.write(f"SELECT 'created {name}';\n")
                session.stdin.flush()
                ready, _, _ = select.select([session.stdout], [], [], 60)
                answer = session.stdout.readline().strip() if ready else "(no answer in 60 s)"
            except OSError as exc:  # psql is gone: its pipe broke
                answer = f"({exc})"
            if answer == f"created {name}":
                return self.url(name)
            why = self._close_session()
            if attempt == 1 or why:
                raise RuntimeError(f"PostgreSQL did not create a test database: {answer} {why}")
        raise AssertionError("unreachable")

    def _open_session(self) -> subprocess.Popen[str]:
        if self._session is None or self._session.poll() is not None:
            self._close_session()
            self._session = subprocess.Popen(
                ["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d",
                 "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-A", "-t"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
        return self._session

    def _close_session(self) -> str:
        """End the psql session, if any; what it said on its error output."""
        session, self._session = self._session, None
        if session is None:
            return ""
        try:  # closes its input, which ends psql, and reads what is left of its output
            _, errors = session.communicate(timeout=10)
        except (subprocess.TimeoutExpired, OSError, ValueError):
            session.kill()
            _, errors = session.communicate()
        return (errors or "").strip()

    def stop(self) -> None:
        self._close_session()
        if self.started and self.base is not None:
            try:
                self._run(self.pg_ctl, "stop", "-D", str(self.base / "data"), "-m", "immediate")
            except subprocess.SubprocessError:
                pass
            self.started = False
        if self.base is not None:
            shutil.rmtree(self.base, ignore_errors=True)
            self.base = None
