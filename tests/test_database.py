"""The platform database factory under concurrent start-up."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path


def _open(url: str, barrier, errors) -> None:
    from database import create_platform_engine

    barrier.wait()
    try:
        create_platform_engine(url).dispose()
    except Exception as error:  # noqa: BLE001 - reported to the test
        errors.put(f"{type(error).__name__}: {error}")


def test_processes_starting_together_on_a_new_sqlite_file(tmp_path):
    """API workers start together: each sets WAL and creates the tables on a file that may not exist
    yet. Neither 'database is locked' (WAL switch) nor 'table already exists' (create_all) may escape."""
    context = multiprocessing.get_context("spawn")
    for round_ in range(4):
        path = tmp_path / f"platform-{round_}.db"
        barrier, errors = context.Barrier(4), context.Queue()
        processes = [context.Process(target=_open, args=(f"sqlite:///{path}", barrier, errors)) for _ in range(4)]
        for process in processes:
            process.start()
        for process in processes:
            process.join(60)
        assert [p.exitcode for p in processes] == [0, 0, 0, 0]
        assert errors.empty(), errors.get()
        with sqlite3.connect(Path(path)) as connection:
            assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"quota_usage", "api_keys"} <= tables, tables
