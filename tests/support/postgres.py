"""A throwaway PostgreSQL server for tests and benchmarks: initdb + pg_ctl in a temporary dir."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

USER = "aidant"  # the database superuser the cluster is made with (trust auth, loopback only)


def bin_dir() -> str:
    """Debian's postgresql package puts its programs in /usr/lib/postgresql/<version>/bin."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0,
    )
    if not found:
        raise RuntimeError("PostgreSQL is not installed: apt-get install postgresql (see .ci/run)")
    return os.path.dirname(found[-1])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run_as() -> tuple[list[str], int | None, int | None]:
    """PostgreSQL refuses to run as root: run it as the package's `postgres` user, or `nobody`."""
    if os.geteuid() != 0:
        return [], None, None
    for name in ("postgres", "nobody"):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return ["runuser", "-u", name, "--"], entry.pw_uid, entry.pw_gid
    raise RuntimeError("running as root and neither a postgres nor a nobody user exists")


class PostgresServer:
    """One cluster on a free loopback port; `database()` makes a fresh empty database."""

    def __init__(self, *, fast: bool = True) -> None:
        self.bin = bin_dir()
        self.prefix, uid, gid = _run_as()
        self.root = tempfile.mkdtemp(prefix="aidant-pg-")
        self.data = os.path.join(self.root, "data")
        self.log = os.path.join(self.root, "postgres.log")
        if uid is not None:
            os.chown(self.root, uid, gid)
        self.port = _free_port()
        self._free: list[str] = []
        self._run(
            "initdb", "-D", self.data, "-U", USER, "--auth=trust", "-E", "UTF8", "--no-locale"
        )
        options = [
            f"-p {self.port}",
            "-c listen_addresses=127.0.0.1",
            f"-k {self.root}",
            "-c max_connections=300",
        ]
        if fast:
            # Tests never survive a power cut, so skip the disk flushes (not for benchmarks).
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        self._options = " ".join(options)
        try:
            self.resume()
        except subprocess.CalledProcessError:
            shutil.rmtree(self.root, ignore_errors=True)
            raise

    def resume(self) -> None:
        """Start the server (again), on the same port and data."""
        self._run(
            "pg_ctl", "-D", self.data, "-l", self.log, "-w", "-t", "60", "-o", self._options,
            "start",
        )  # fmt: skip

    def pause(self) -> None:
        """Stop the server as an outage would (its connections cut), keeping its data."""
        self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [*self.prefix, os.path.join(self.bin, program), *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            cwd=self.root,
            timeout=120,
        )

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def database(self, name: str | None = None) -> str:
        """Create an empty database and return its URL."""
        import psycopg

        name = name or f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    @contextmanager
    def borrowed(self) -> Iterator[str]:
        """A migrated, empty database from a pool: emptied (TRUNCATE) and kept for the next.

        Several times cheaper than CREATE DATABASE + migrations + DROP for every server a
        test suite starts. The borrower must have closed its connections when it returns.
        """
        url = self._free.pop() if self._free else self._migrated_database()
        try:
            yield url
        finally:
            try:
                self._empty(url)
                self._free.append(url)
            except Exception:  # noqa: BLE001 - a database we cannot empty is not reused
                self.drop(url)

    def _migrated_database(self) -> str:
        from aidant_app.server.db import Store

        url = self.database()
        Store(url).close()
        return url

    @staticmethod
    def _empty(url: str) -> None:
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            tables = [
                row[0]
                for row in conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    " AND tablename <> 'schema_version'"
                )
            ]
            if tables:
                conn.execute("SET lock_timeout = '5s'")  # a leftover connection: drop instead
                conn.execute(
                    "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY"
                )

    def drop(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[-1]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        try:
            if subprocess.run(  # not running (paused by a test that then failed): nothing to stop
                [*self.prefix, os.path.join(self.bin, "pg_ctl"), "-D", self.data, "status"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=30,
            ).returncode != 0:  # fmt: skip
                return
            try:
                self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                self._run("pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
