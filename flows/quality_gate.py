"""Quality-gate flow: validate and mask each registered upload, write curated/quarantine/report."""

from __future__ import annotations

from prefect import flow, get_run_logger, task
from pydantic import BaseModel, Field
from sqlalchemy import select

from database import Upload
from flows.runtime import current_platform
from quality_gate import render_summary
from quality_gate.pipeline import gate_upload


class GateParameters(BaseModel):
    upload_ids: list[int] | None = Field(
        default=None, description="Registered uploads to gate; empty means every upload not gated yet"
    )


@task
def gate_one(upload_pk: int) -> dict:
    platform = current_platform()
    report = gate_upload(platform.store, platform.sessions, platform.config, platform.quality_gate, upload_pk)
    get_run_logger().info(render_summary(report))
    return report


@flow(name="quality-gate", log_prints=True)
def quality_gate_flow(parameters: GateParameters = GateParameters()) -> list[dict]:
    platform = current_platform()
    upload_ids = parameters.upload_ids
    if upload_ids is None:
        with platform.sessions() as session:
            upload_ids = list(session.scalars(select(Upload.id).where(Upload.status == "registered").order_by(Upload.id)))
    # Sequential on purpose: the masker is built once per task and uploads are gated in order, so
    # duplicates across uploads of one tenant are found against the data curated just before.
    return [gate_one(upload) for upload in upload_ids]
