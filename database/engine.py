from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from configuration import Config, data_dir
from database.tables import Base


def resolve_database_url(url: str) -> str:
    """Relative SQLite paths live in the data dir, so every process of one deployment shares one file."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        path = Path(parsed.database)
        if not path.is_absolute():
            path = data_dir() / path
        path.parent.mkdir(parents=True, exist_ok=True)
        parsed = parsed.set(database=str(path))
    return parsed.render_as_string(hide_password=False)


def create_platform_engine(config_or_url: Config | str, *, sqlite_synchronous: str | None = None) -> Engine:
    """The platform database. `sqlite_synchronous` ("NORMAL") trades the fsync at each commit for
    the risk of losing the last commits on a power cut; for counters that can afford it only."""
    if sqlite_synchronous not in (None, "OFF", "NORMAL", "FULL", "EXTRA"):
        raise ValueError(f"not an SQLite synchronous mode: {sqlite_synchronous!r}")
    url = config_or_url if isinstance(config_or_url, str) else config_or_url.platform.database.url
    url = resolve_database_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA busy_timeout=30000")
            _use_wal(cursor)
            cursor.execute("PRAGMA foreign_keys=ON")
            if sqlite_synchronous:
                cursor.execute(f"PRAGMA synchronous={sqlite_synchronous}")
            cursor.close()
    else:
        engine = create_engine(url, pool_pre_ping=True)
    _create_tables(engine)
    return engine


def _create_tables(engine: Engine) -> None:
    """create_all checks for each table, then creates the missing ones: two processes starting
    together on a new database can both see a table missing, and the second CREATE fails. Its
    next attempt finds the table."""
    for attempt in range(5):
        try:
            Base.metadata.create_all(engine)
            return
        except DBAPIError as error:
            text = str(error.orig).lower()
            if attempt == 4 or not ("already exists" in text or "duplicate" in text or "locked" in text):
                raise
            time.sleep(0.1 * (attempt + 1))


def _use_wal(cursor) -> None:
    """WAL lets readers run beside a writer; several processes share the file.

    The mode is stored in the file, so it is set once. Switching needs the file to itself and
    SQLite answers "database is locked" at once, without waiting out busy_timeout, when another
    process is in it (two API workers starting together on a new database did): retry briefly.
    """
    import sqlite3

    for attempt in range(50):
        if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
            return
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == 49:
                raise
            time.sleep(0.1)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
