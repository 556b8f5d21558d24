"""HTTP endpoints of the ingest path, as an APIRouter for the serving app to mount.

    POST /api/v1/uploads/presign   a presigned upload URL (PUT or multipart) for the caller's city
    GET  /api/v1/uploads/quota     this month's upload usage of the caller's city
    POST /api/v1/ingest/events     the receiver of RGW bucket notifications (internal network only)

Mounting (the lead's serving app):

    from ingest.api import router as ingest_router
    app.include_router(ingest_router)

Everything the endpoints need comes from the dependency `ingest_services()`: by default it is built
once per process from the platform (flows.runtime.current_platform()); tests and the serving app
may replace it with `app.dependency_overrides[ingest_services] = lambda: services` or
`set_ingest_services(services)`. Callers authenticate like the classification API (X-API-Key or
Authorization: Bearer) through `tenancy.authenticate`, itself a field of IngestServices so that
it can be swapped. Errors are `serving.errors.APIError` (JSON `{"error": {"code", "message"}}`).
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
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session, sessionmaker

from configuration import Config
from ingest.audit import audit_now
from ingest.events import IngestDispatcher, check_record
from ingest.policy import Refusal
from ingest.presign import Presigner
from ingest.registration import Ingestor

try:
    from serving.errors import APIError
except ImportError:  # pragma: no cover - an ingest-only node without the serving package
    class APIError(Exception):  # type: ignore[no-redef]
        def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
            super().__init__(message)
            self.status, self.code, self.message, self.headers = status, code, message, headers or {}

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


def run_ingest_flow(tenant: str, key: str, actor: str) -> Any:
    """Start the Prefect flow `ingest-object` for one object, in this thread."""
    from flows.ingest import ingest_object_flow

    return ingest_object_flow(tenant=tenant, object_key=key, actor=actor)


def build_services(platform=None, *, run: Callable[[str, str, str], Any] | None = None, credentials=None) -> IngestServices:
    if platform is None:
        from flows.runtime import current_platform

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
        dispatcher=IngestDispatcher(run or run_ingest_flow), presigner=presigner,
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
_bearer = HTTPBearer(auto_error=False, description="Authorization: Bearer mw_<tenant>_...")
_api_key = APIKeyHeader(name="X-API-Key", auto_error=False, description="X-API-Key: mw_<tenant>_...")


@dataclass(frozen=True)
class UploadCaller:
    tenant: str
    key_id: str | None

    @property
    def actor(self) -> str:
        return f"api-key:{self.key_id}" if self.key_id else "api-key"


def upload_caller(
    services: ServicesDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
    api_key: Annotated[str | None, Security(_api_key)],
) -> UploadCaller:
    presented = (bearer.credentials if bearer is not None else api_key or "").strip()
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
