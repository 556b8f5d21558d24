"""Deployments: the weekly retrain (Mondays 03:00 Asia/Seoul) and on-demand runs from the Prefect UI.

`make ui` (or `minwon ui`) starts a local Prefect server with its UI and serves the deployments from
this process; a data scientist then starts `retrain/weekly` from the UI with a form rendered from
RetrainParameters. Against an existing Prefect server, set PREFECT_API_URL and run
`python -m flows.deployments`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
from prefect import serve
from prefect.schedules import Cron
from prefect.settings import PREFECT_API_URL, temporary_settings
from prefect.types.entrypoint import EntrypointType

from configuration import load_config
from flows.ingest import build_ingest_deployments
from flows.quality_gate import quality_gate_flow
from flows.retrain import RetrainParameters, retrain_flow


# Flows are loaded by module path (flows.retrain:...), never as script files: Prefect puts a script's
# folder first on sys.path, where flows/ingest.py would then shadow the ingest package.
MODULE = EntrypointType.MODULE_PATH


def build_deployments():
    settings = load_config().platform.prefect
    return [
        retrain_flow.to_deployment(
            name="weekly", entrypoint_type=MODULE,
            schedules=[Cron(settings.retrain_cron, timezone=settings.timezone)],
            parameters={"parameters": RetrainParameters().model_dump()},
            description="Weekly retrain on every city's curated data; also startable on demand.",
            tags=["retrain"],
        ),
        quality_gate_flow.to_deployment(name="on-demand", description="Gate uploads not gated yet.", tags=["gate"],
                                        entrypoint_type=MODULE),
        *build_ingest_deployments(MODULE),
    ]


def serve_deployments() -> None:
    serve(*build_deployments())


def run_ui(port: int = 4200) -> None:
    """Start `prefect server` (UI at http://127.0.0.1:PORT) and serve the deployments against it."""
    env = os.environ.copy()
    # The UI reads its API address from these, not from --port (stack notes).
    env.update(PREFECT_SERVER_API_HOST="127.0.0.1", PREFECT_SERVER_API_PORT=str(port))
    api_url = f"http://127.0.0.1:{port}/api"
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start"], env=env)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(api_url + "/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the Prefect server did not start; see its output above")
            time.sleep(1)
        print(f"Prefect UI: http://127.0.0.1:{port}  (deployments: retrain/weekly, ingest/sweep, ingest-object/on-event, quality-gate/on-demand)")
        with temporary_settings({PREFECT_API_URL: api_url}):
            serve_deployments()
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    serve_deployments()
