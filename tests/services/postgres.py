"""A throwaway PostgreSQL cluster for tests (initdb + pg_ctl in a temporary folder, a free port).

Skips the test when PostgreSQL is not installed, fails it instead with MINWON_REQUIRE_SERVICES=1.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from tests.services import free_port, services_required


PG_BIN = Path(os.environ.get("MINWON_PG_BIN", "/usr/lib/postgresql/15/bin"))


@contextmanager
def postgres_cluster():
    """A throwaway PostgreSQL cluster on a free port (initdb + pg_ctl in a temp dir)."""
    try:
        import psycopg  # noqa: F401  (the servers and the test connect with it)
    except ImportError:
        if services_required():
            pytest.fail("psycopg is not installed (MINWON_REQUIRE_SERVICES=1)")
        pytest.skip("psycopg is not installed")
    initdb, pg_ctl = PG_BIN / "initdb", PG_BIN / "pg_ctl"
    if not (initdb.is_file() and pg_ctl.is_file()):
        if services_required():
            pytest.fail(f"PostgreSQL binaries not found in {PG_BIN} (MINWON_REQUIRE_SERVICES=1)")
        pytest.skip(f"PostgreSQL binaries not found in {PG_BIN}")
    root = Path(tempfile.mkdtemp(prefix="minwon-pg-"))
    data, port = root / "data", free_port()
    prefix: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the cluster as the postgres user
        import pwd

        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            if services_required():
                pytest.fail("running as root and there is no 'postgres' user to run PostgreSQL")
            pytest.skip("running as root and there is no 'postgres' user to run PostgreSQL")
        os.chown(root, user.pw_uid, user.pw_gid)
        os.chmod(root, 0o700)
        prefix = ["runuser", "-u", "postgres", "--"]
    try:
        subprocess.run(
            prefix + [str(initdb), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"],
            check=True, capture_output=True, timeout=120,
        )
        options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        subprocess.run(
            prefix + [str(pg_ctl), "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "-t", "60", "start"],
            check=True, capture_output=True, timeout=90,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        log = (root / "log").read_text() if (root / "log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        message = f"could not start PostgreSQL: {error}: {getattr(error, 'stderr', b'')!r} {log[-2000:]}"
        if services_required():
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(prefix + [str(pg_ctl), "-D", str(data), "-m", "immediate", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


def new_database(server_url: str) -> str:
    """A fresh, empty database on the cluster of `server_url`; its SQLAlchemy URL."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server_url.rsplit("/", 1)[0] + f"/{name}"
