"""HTTP endpoints of the ingest path, as an APIRouter for the serving app to mount.

    POST /api/v1/uploads/presign   a presigned upload URL (PUT or multipart) for the caller's city
    GET  /api/v1/uploads/quota     this month's upload usage of the caller's city
    POST /api/v1/ingest/events     the receiver of RGW bucket notifications (internal network only)

Mounting (the lead's serving app):

    from ingest.api import router as ingest_router
    app.include_router(ingest_router)

Everything the endpoints need comes from the dependency `ingest_services()`: by default it is built
once per process from the platform (runtime.current_platform()); tests and the serving app
may replace it with `app.dependency_overrides[ingest_services] = lambda: services` or
`set_ingest_services(services)`. Callers authenticate like the classification API (X-API-Key or
Authorization: Bearer) through `tenancy.authenticate`, itself a field of IngestServices so that
it can be swapped. Errors are `httpapi.APIError` (JSON `{"error": {"code", "message"}}`).

An accepted notification starts the Prefect deployment `ingest-object/on-event` by name when a
Prefect API is configured (PREFECT_API_URL): the flow then runs on the workers that serve the
deployments, not in the API process. Without one, the object is registered here directly, with the
same exactly-once registration the flow calls.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from typing import Annotated, Any, Callable

from fastapi import APIRouter, Depends, Request, Security
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session, sessionmaker

from configuration import Config
from httpapi import APIError, api_key_scheme, bearer_scheme, presented_key
from ingest.audit import audit_now
from ingest.events import IngestDispatcher, check_record
from ingest.policy import Refusal
from ingest.presign import Presigner
from ingest.registration import Ingestor

log = logging.getLogger("minwon.ingest.api")

REFUSAL_STATUS = {"too_large": 413, "quota_exceeded": 429, "unknown_tenant": 403}


@dataclass
class IngestServices:
    config: Config
    sessions: sessionmaker[Session]
    ingestor: Ingestor
    dispatcher: IngestDispatcher
    presigner: Presigner | None = None  # None: the store is not S3/RGW, presigning is unavailable
    authenticate: Callable[[Session, str | None], str | None] | None = None
    max_event_bytes: int = 1 << 20

    def tenant_for(self, presented: str) -> str | None:
        if self.authenticate is None:
            from tenancy import authenticate

            self.authenticate = authenticate
        with self.sessions() as session:
            return self.authenticate(session, presented)


INGEST_OBJECT_DEPLOYMENT = "ingest-object/on-event"


def start_ingest_deployment(tenant: str, key: str, actor: str) -> Any:
    """Start the deployment `ingest-object/on-event` for one object and return its flow run id at
    once (the run itself happens on whichever worker serves the deployments)."""
    from prefect.deployments import run_deployment

    run = run_deployment(INGEST_OBJECT_DEPLOYMENT, parameters={"tenant": tenant, "object_key": key, "actor": actor},
                         timeout=0, tags=["event"])
    return {"tenant": tenant, "key": key, "flow_run_id": str(run.id)}


def default_event_runner(ingestor: Ingestor) -> Callable[[str, str, str], Any]:
    """The deployment when a Prefect API is configured, else the registration in this process."""
    import os

    if os.environ.get("PREFECT_API_URL"):
        return start_ingest_deployment

    def register_here(tenant: str, key: str, actor: str) -> dict:
        outcome = ingestor.ingest_key(tenant, key, channel="event", actor=actor)
        return {"tenant": tenant, "key": key, "state": outcome.state, "reason": outcome.reason,
                "upload_id": outcome.upload_pk}

    return register_here


def build_services(platform=None, *, run: Callable[[str, str, str], Any] | None = None, credentials=None) -> IngestServices:
    if platform is None:
        from runtime import current_platform

        platform = current_platform()
    ingestor = Ingestor.from_platform(platform)
    presigner = None
    if platform.config.platform.storage.backend == "s3":
        if credentials is None:
            from tenancy.provisioning import ChainCredentials, EnvCredentials, RadosgwAdminCli, RgwAdminCredentials

            # MINWON_RGW_KEYS_<TENANT> first (a secret store), else radosgw-admin on an admin node.
            credentials = ChainCredentials(EnvCredentials(), RgwAdminCredentials(RadosgwAdminCli(), platform.config))
        presigner = Presigner(platform.config, credentials, quota=ingestor.quota, sessions=platform.sessions)
    return IngestServices(
        config=platform.config, sessions=platform.sessions, ingestor=ingestor,
        dispatcher=IngestDispatcher(run or default_event_runner(ingestor)), presigner=presigner,
    )


_services: IngestServices | None = None
_services_lock = threading.Lock()


def set_ingest_services(services: IngestServices | None) -> None:
    global _services
    with _services_lock:
        _services = services


def ingest_services() -> IngestServices:
    """The FastAPI dependency returning the platform objects the endpoints use."""
    global _services
    if _services is None:
        with _services_lock:
            if _services is None:
                _services = build_services()
    return _services


ServicesDep = Annotated[IngestServices, Depends(ingest_services)]


@dataclass(frozen=True)
class UploadCaller:
    tenant: str
    key_id: str | None

    @property
    def actor(self) -> str:
        return f"api-key:{self.key_id}" if self.key_id else "api-key"


def upload_caller(
    services: ServicesDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)],
    api_key: Annotated[str | None, Security(api_key_scheme)],
) -> UploadCaller:
    presented = presented_key(bearer, api_key)
    if not presented:
        raise APIError(401, "missing_api_key", "No API key: send 'X-API-Key: <key>' or 'Authorization: Bearer <key>'.",
                       {"WWW-Authenticate": "Bearer"})
    tenant = services.tenant_for(presented)
    if tenant is None:
        raise APIError(401, "invalid_api_key", "The API key is unknown or revoked.", {"WWW-Authenticate": "Bearer"})
    from tenancy.keys import parse_key

    parsed = parse_key(presented)
    return UploadCaller(tenant=tenant, key_id=parsed[1] if parsed else None)


CallerDep = Annotated[UploadCaller, Depends(upload_caller)]


class PresignRequest(BaseModel):
    filename: str = Field(max_length=1024, description="The file's name (no folders); .csv, .xlsx or .jsonl")
    size: int = Field(ge=0, le=2**62, description="Exact size in bytes; the upload must have exactly this size")
    multipart: bool | None = Field(default=None, description="Force multipart (true) or single PUT (false); "
                                                              "default: multipart from uploads.multipart_threshold_mb")


router = APIRouter(tags=["uploads"])


@router.post("/api/v1/uploads/presign", status_code=201)
def presign_upload(body: PresignRequest, caller: CallerDep, services: ServicesDep):
    """A presigned upload into the caller's own upload area."""
    if services.presigner is None:
        raise APIError(503, "presign_unavailable", "Presigned uploads need the S3 (Ceph RGW) storage backend.")
    try:
        upload = services.presigner.presign(caller.tenant, body.filename, body.size, actor=caller.actor,
                                            multipart=body.multipart)
    except Refusal as refusal:
        status = REFUSAL_STATUS.get(refusal.code, 400)
        headers = {}
        if refusal.code == "quota_exceeded":
            headers["Retry-After"] = str(services.presigner.quota.retry_after_s())
        raise APIError(status, refusal.code, refusal.message, headers)
    headers = {"X-Upload-Quota-Warning": "true"} if upload.quota.get("warning") else {}
    return JSONResponse(upload.as_dict(), status_code=201, headers=headers)


@router.get("/api/v1/uploads/quota")
def upload_quota(caller: CallerDep, services: ServicesDep):
    with services.sessions() as session:
        decision = services.ingestor.quota.usage(session, caller.tenant)
    return {"tenant": caller.tenant, **decision.as_dict()}


@router.post("/api/v1/ingest/events")
async def receive_events(request: Request, services: ServicesDep):
    """RGW's notification push: check each record and start the ingest of accepted ones (background)."""
    if not _source_allowed(request, services.config.platform.uploads.events.allowed_networks):
        return JSONResponse({"error": {"code": "forbidden", "message": "not an allowed event source"}}, status_code=403)
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > services.max_event_bytes:
        return JSONResponse({"error": {"code": "payload_too_large", "message": "event body too large"}}, status_code=413)
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > services.max_event_bytes:
            return JSONResponse({"error": {"code": "payload_too_large", "message": "event body too large"}}, status_code=413)
    try:
        payload = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return JSONResponse({"error": {"code": "malformed_json", "message": "the body is not JSON"}}, status_code=400)
    records = payload.get("Records") if isinstance(payload, dict) else None
    if not isinstance(records, list):
        return JSONResponse({"error": {"code": "malformed_event", "message": "expected {\"Records\": [...]}"}}, status_code=400)
    return await run_in_threadpool(_handle_records, services, records[:1000])


def _source_allowed(request: Request, networks: list[str]) -> bool:
    if not networks:
        return True
    import ipaddress

    try:
        address = ipaddress.ip_address(request.client.host if request.client else "")
    except ValueError:
        return False
    return any(address in ipaddress.ip_network(network, strict=False) for network in networks)


def _handle_records(services: IngestServices, records: list) -> dict:
    uploads = services.config.platform.uploads
    accepted, ignored = 0, []
    for record in records:
        check = check_record(
            record, bucket=services.config.platform.storage.s3.bucket, tenants=services.config.tenants.tenants,
            service_uid=uploads.rgw.service_uid, tenant_uid_prefix=uploads.rgw.tenant_uid_prefix,
        )
        if check.accepted and services.dispatcher.submit(check.tenant, check.key, check.actor):
            accepted += 1
            continue
        reason = check.reason or "queue_full"
        ignored.append({"reason": reason})
        log.warning("event ignored: %s (key %r)", reason, (check.key or "")[:200])
        audit_now(services.sessions, tenant=check.tenant or "-", actor=check.actor, channel="event", action="event",
                  outcome="ignored", reason=reason, object_key=check.key)
    return {"accepted": accepted, "ignored": ignored}
