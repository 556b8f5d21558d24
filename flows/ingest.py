"""Ingest flow: register every new file in the tenants' upload areas, exactly once."""

from __future__ import annotations

from prefect import flow, get_run_logger, task
from pydantic import BaseModel, Field

from flows.runtime import current_platform
from ingest import register_new_uploads


class IngestParameters(BaseModel):
    tenants: list[str] | None = Field(default=None, description="Tenant ids; empty means every tenant")


@task
def register_tenant_uploads(tenant: str) -> list[int]:
    platform = current_platform()
    uploads = register_new_uploads(platform.store, platform.sessions, tenant)
    get_run_logger().info("%s: %d new upload(s) registered", tenant, len(uploads))
    return [upload.id for upload in uploads]


@flow(name="ingest", log_prints=True)
def ingest_flow(parameters: IngestParameters = IngestParameters()) -> list[int]:
    platform = current_platform()
    tenants = parameters.tenants or list(platform.config.tenants.tenants)
    for tenant in tenants:
        platform.config.tenants.get(tenant)  # unknown tenant: a clear error before any I/O
    return [upload for tenant in tenants for upload in register_tenant_uploads(tenant)]
