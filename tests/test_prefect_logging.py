"""Prefect's logging with the filter for its temporary server's shutdown traceback (cli/prefect_logging.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import yaml

from cli.prefect_logging import prefects_default_config, write_logging_config

# Run in a child: Prefect's logging set up from the written file, then the pool's shutdown record
# (a cancellation), a real pool error and another library's warning.
_CHILD = textwrap.dedent("""
    import asyncio, logging, os, sys
    sys.path.insert(0, os.environ["REPO"])
    from cli.environment import prepare_environment
    prepare_environment()
    from prefect.logging.configuration import setup_logging
    setup_logging()
    pool = logging.getLogger("sqlalchemy.pool.impl.AsyncAdaptedQueuePool")
    for error in (asyncio.CancelledError(), ValueError("disk full")):
        try:
            raise error
        except BaseException:
            pool.error("Exception during reset or similar (%s)", type(error).__name__, exc_info=True)
    logging.getLogger("some.library").warning("a warning from elsewhere")
    print("prefect level", logging.getLogger("prefect").level)
""")


def _run_child(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_LOGGING_SETTINGS_PATH", "PREFECT_HOME")}
    env |= {"MINWON_DATA_DIR": str(tmp_path / "data"), "REPO": str(os.getcwd())}
    return subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, env=env, timeout=120,
                          check=True)


def test_the_shutdown_cancellation_is_dropped_and_everything_else_is_logged(tmp_path):
    result = _run_child(tmp_path)
    assert "CancelledError" not in result.stderr, result.stderr
    assert "Exception during reset or similar (ValueError)" in result.stderr and "disk full" in result.stderr
    assert "a warning from elsewhere" in result.stderr
    assert "prefect level 30" in result.stdout  # Prefect's templates are still filled in (PREFECT_LOGGING_LEVEL)
    assert (tmp_path / "data" / "prefect" / "logging.yml").exists()


def test_the_written_config_is_prefects_own_plus_the_filter(tmp_path):
    default = yaml.safe_load(prefects_default_config().read_text(encoding="utf-8"))
    written = yaml.safe_load(write_logging_config(tmp_path).read_text(encoding="utf-8"))
    assert written["handlers"]["console"].pop("filters") == ["cancelled_pool_reset"]
    assert written.pop("filters") == {"cancelled_pool_reset": {"()": "cli.prefect_logging.CancelledPoolReset"}}
    assert written == default
