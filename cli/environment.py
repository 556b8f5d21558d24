"""Process-wide defaults set before Prefect, Hugging Face or Presidio are imported.

Nothing here may reach the network: no hub, no telemetry, no public-suffix-list download.
"""

from __future__ import annotations

import os
from pathlib import Path

OFFLINE_DEFAULTS = {
    "HF_HUB_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "TRANSFORMERS_NO_ADVISORY_WARNINGS": "1",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
    # A temporary Prefect server needs more than the default 20 s to start on 2 cores.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_LOGGING_LEVEL": "WARNING",
}


def prepare_environment() -> None:
    data = Path(os.environ.setdefault("MINWON_DATA_DIR", str(Path("var").resolve())))
    os.environ.setdefault("PREFECT_HOME", str(data / "prefect"))
    os.environ.setdefault("HF_HOME", str(data / "hf"))
    for key, value in OFFLINE_DEFAULTS.items():
        os.environ.setdefault(key, value)
    if "PREFECT_LOGGING_SETTINGS_PATH" not in os.environ:
        # Prefect's logging without its temporary server's shutdown traceback (cli/prefect_logging.py)
        from cli.prefect_logging import write_logging_config

        os.environ["PREFECT_LOGGING_SETTINGS_PATH"] = str(write_logging_config(Path(os.environ["PREFECT_HOME"])))
