"""Ingest flows: register new uploads exactly once.

- `ingest` (the scheduled sweep, and the first stage of `retrain`): for every tenant, first the SFTP
  drop folders when they are on this machine (ingest.sftp), then every object in the tenant's upload
  area not decided yet. It catches whatever an event missed.
- `ingest-object`: one object named by an RGW notification (started by the receiver in ingest/api.py).

`build_ingest_deployments()` returns the deployments for flows/deployments.py: `ingest/sweep`
(every 15 minutes, Asia/Seoul) and `ingest-object/on-event`.
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from pydantic import BaseModel, Field

from runtime import current_platform
from ingest.registration import Ingestor

SWEEP_CRON = "*/15 * * * *"


class IngestParameters(BaseModel):
    tenants: list[str] | None = Field(default=None, description="Tenant ids; empty means every tenant")
    sftp: bool | None = Field(
        default=None, description="Sweep the SFTP drop folders first; default: when uploads.sftp.root exists here"
    )


def _ingestor() -> Ingestor:
    return Ingestor.from_platform(current_platform())


@task
def sweep_sftp_tenant(tenant: str) -> list[int]:
    """Take the complete files of the tenant's SFTP drop folder; the ids of the uploads registered."""
    from ingest.sftp import SftpSweeper

    results = SftpSweeper(_ingestor()).sweep_tenant(tenant)
    summary: dict[str, int] = {}
    for result in results:
        summary[result.state] = summary.get(result.state, 0) + 1
    get_run_logger().info("%s: SFTP %s", tenant, summary or "nothing new")
    return [r.outcome.upload_pk for r in results
            if r.state == "taken" and r.outcome is not None and r.outcome.state == "registered"]


@task
def register_tenant_uploads(tenant: str) -> list[int]:
    outcomes = _ingestor().sweep_tenant(tenant)
    logger = get_run_logger()
    registered = [o.upload_pk for o in outcomes if o.state == "registered"]
    for outcome in outcomes:
        if outcome.state == "refused":
            logger.warning("%s: %s refused (%s): %s", tenant, outcome.key, outcome.reason, outcome.message)
    logger.info("%s: %d new upload(s) registered", tenant, len(registered))
    return registered


@flow(name="ingest", log_prints=True)
def ingest_flow(parameters: IngestParameters = IngestParameters()) -> list[int]:
    platform = current_platform()
    tenants = parameters.tenants or list(platform.config.tenants.tenants)
    for tenant in tenants:
        platform.config.tenants.get(tenant)  # unknown tenant: a clear error before any I/O
    sftp = parameters.sftp
    if sftp is None:
        sftp = Path(platform.config.platform.uploads.sftp.root).is_dir()
    registered: list[int] = []
    if sftp:
        for tenant in tenants:
            if (Path(platform.config.platform.uploads.sftp.root) / tenant / "inbox").is_dir():
                registered += sweep_sftp_tenant(tenant)
    return registered + [upload for tenant in tenants for upload in register_tenant_uploads(tenant)]


@flow(name="ingest-object", log_prints=True)
def ingest_object_flow(tenant: str, object_key: str, actor: str = "event") -> dict:
    """Register one object (from an RGW notification): registered, duplicate, refused or skipped."""
    platform = current_platform()
    platform.config.tenants.get(tenant)
    outcome = _ingestor().ingest_key(tenant, object_key, channel="event", actor=actor)
    get_run_logger().info("%s %s: %s%s", tenant, object_key, outcome.state, f" ({outcome.reason})" if outcome.reason else "")
    return {"tenant": tenant, "key": object_key, "state": outcome.state, "reason": outcome.reason,
            "upload_id": outcome.upload_pk}


def build_ingest_deployments(entrypoint_type):
    from prefect.schedules import Cron

    timezone = current_platform().config.platform.prefect.timezone
    return [
        ingest_flow.to_deployment(
            name="sweep", schedules=[Cron(SWEEP_CRON, timezone=timezone)], entrypoint_type=entrypoint_type,
            description="Sweep SFTP drop folders and upload areas; catches missed notifications.", tags=["ingest"],
        ),
        ingest_object_flow.to_deployment(name="on-event", description="Register one object named by an RGW event.",
                                         tags=["ingest"], entrypoint_type=entrypoint_type),
    ]
