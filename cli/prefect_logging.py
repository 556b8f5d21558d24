"""Prefect's own logging configuration, plus one filter for its temporary server's shutdown noise.

When a command ends, Prefect stops the temporary API server it started (a uvicorn subprocess). If
one of the server's background services is inside a database call at that moment, SQLAlchemy's
pool logs "Exception during reset or similar" with the asyncio.CancelledError's traceback
(PrefectHQ/prefect#16504; seen here under load, after `minwon retrain` had already said "nothing to
train" and exited 3). Nothing is lost, since every state was written before, but a tenant reads a
traceback after a clean refusal. The filter drops exactly those records: a logger under
`sqlalchemy.pool` with a cancellation as its exception. Every other record passes.

Prefect reads the file named by PREFECT_LOGGING_SETTINGS_PATH in this process and, through the
environment, in the server's; the file is Prefect's shipped logging.yml with the filter added to
its console handler, so a Prefect upgrade brings its own defaults with it.
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import os
import tempfile
from pathlib import Path

import yaml

FILTER_NAME = "cancelled_pool_reset"


class CancelledPoolReset(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith("sqlalchemy.pool") or not record.exc_info:
            return True
        return not isinstance(record.exc_info[1], asyncio.CancelledError)


def prefects_default_config() -> Path:
    """Prefect's logging.yml, found without importing Prefect (importing it configures logging)."""
    spec = importlib.util.find_spec("prefect")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("prefect is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "logging" / "logging.yml"


def write_logging_config(folder: Path) -> Path:
    """Write Prefect's logging.yml with the filter on its console handler to folder; its path."""
    config = yaml.safe_load(prefects_default_config().read_text(encoding="utf-8"))
    config.setdefault("filters", {})[FILTER_NAME] = {"()": f"{__name__}.{CancelledPoolReset.__name__}"}
    console = config["handlers"]["console"]
    console["filters"] = [*console.get("filters", []), FILTER_NAME]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "logging.yml"
    text = yaml.safe_dump(config, sort_keys=False, allow_unicode=True)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        # Commands start side by side (a flow, its workers): write whole files only.
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, suffix=".tmp", delete=False) as out:
            out.write(text)
        os.replace(out.name, path)
    return path
