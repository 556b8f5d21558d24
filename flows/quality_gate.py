"""Quality-gate flow: validate and mask each registered upload, write curated/quarantine/report."""

from __future__ import annotations

import ctypes
import gc
from functools import cache

from prefect import flow, get_run_logger, task
from pydantic import BaseModel, Field
from sqlalchemy import select

from database import Upload
from quality_gate import QualityGate, render_summary
from quality_gate.pii import build_masker
from quality_gate.pipeline import gate_upload
from runtime import Platform, current_platform
from tenancy.pseudonym_keys import PseudonymKeys


class GateParameters(BaseModel):
    upload_ids: list[int] | None = Field(
        default=None, description="Registered uploads to gate; empty means every upload not gated yet"
    )


@cache
def _quality_gate(platform: Platform) -> QualityGate:
    """Built once per process and platform: the PII analyzer (and its morphology model) is costly to load."""
    keys = PseudonymKeys(platform.sessions)  # an erasable secret per city (tenancy.pseudonym_keys)
    return QualityGate(platform.config.quality_gate, build_masker(platform.config.quality_gate.pii, keys.key_for))


def forget_quality_gate() -> None:
    """Drop the process's gate (and the pseudonym keys its masker holds), e.g. after an erasure or
    before training, and hand the freed heap back to the operating system."""
    _quality_gate.cache_clear()
    gc.collect()
    try:  # glibc keeps freed memory for reuse; training in another process cannot use it
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


@task
def gate_one(upload_pk: int) -> dict:
    platform = current_platform()
    report = gate_upload(platform.store, platform.sessions, platform.config, _quality_gate(platform), upload_pk)
    logger = get_run_logger()
    # A refused upload is a warning: it shows wherever the flow's log goes, with its reason.
    (logger.warning if report["verdict"] == "reject" else logger.info)(render_summary(report))
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
