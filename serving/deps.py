"""FastAPI dependencies: settings, the serving context, tenant authentication and quota charging.

Everything here is `async def`: a plain `def` dependency costs a threadpool hop per request.
Database work goes to threads explicitly: a key not verified recently is looked up in the
threadpool, and quota charges go to the quota writer thread (tenancy.AsyncQuota, group commit).
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated, Callable

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from configuration import Config
from configuration.models import ServingSettings
from serving.errors import APIError
from serving.lifecycle import ModelManager
from serving.metrics import ServingMetrics
from serving.schemas import BatchClassifyRequest, ClassifyRequest
from tenancy import KeyAuthenticator, QuotaDecision, QuotaService
from tenancy.quotas import AsyncQuota

log = logging.getLogger("minwon.serving")


@dataclass
class ServingContext:
    """Everything a request needs; built once by create_app and kept on app.state.ctx."""

    config: Config
    models: ModelManager
    quotas: QuotaService
    authenticator: KeyAuthenticator
    metrics: ServingMetrics
    clock: Callable[[], datetime]
    quotas_async: AsyncQuota
    extras: dict = field(default_factory=dict)

    @property
    def settings(self) -> ServingSettings:
        return self.config.platform.serving


async def get_context(request: Request) -> ServingContext:
    return request.app.state.ctx


async def get_settings(request: Request) -> ServingSettings:
    return request.app.state.ctx.settings


ContextDep = Annotated[ServingContext, Depends(get_context)]
SettingsDep = Annotated[ServingSettings, Depends(get_settings)]

bearer_scheme = HTTPBearer(auto_error=False, description="Authorization: Bearer mw_<tenant>_...")
api_key_scheme = APIKeyHeader(name="X-API-Key", auto_error=False, description="X-API-Key: mw_<tenant>_...")


def quota_headers(decision: QuotaDecision) -> dict[str, str]:
    return {"X-Quota-Limit": str(decision.limit), "X-Quota-Remaining": str(decision.remaining)}


async def require_tenant(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)],
    api_key: Annotated[str | None, Security(api_key_scheme)],
) -> str:
    """The tenant of the presented key, or 401. A key verified in the last auth_cache_ttl_s seconds
    is answered from memory; otherwise the database is asked (in the threadpool)."""
    ctx: ServingContext = request.app.state.ctx
    presented = (bearer.credentials if bearer is not None else api_key or "").strip()
    if not presented:
        raise APIError(
            401, "missing_api_key",
            "No API key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>' with the key issued to your city.",
            {"WWW-Authenticate": "Bearer"},
        )
    tenant = ctx.authenticator.cached(presented)
    if tenant is None:
        try:
            tenant = await run_in_threadpool(ctx.authenticator, presented)
        except SQLAlchemyError:
            log.exception("API key lookup failed")
            raise _database_unavailable() from None
    if tenant is None:
        raise APIError(
            401, "invalid_api_key",
            "The API key is unknown or revoked. Ask your platform administrator for a new key "
            "(minwon keys rotate --tenant <city>).",
            {"WWW-Authenticate": "Bearer"},
        )
    request.state.tenant = tenant
    return tenant


TenantDep = Annotated[str, Depends(require_tenant)]


def _database_unavailable() -> APIError:
    return APIError(
        503, "temporarily_unavailable",
        "The service cannot check keys or quotas right now; retry after the Retry-After seconds. "
        "Nothing was counted against your quota.",
        {"Retry-After": "5"},
    )


def _check_length(text: str, limit: int, label: str) -> None:
    if len(text) > limit:
        raise APIError(
            413, "text_too_long",
            f"{label} is {len(text):,} characters; the limit is {limit:,}. Shorten it or send the "
            "most relevant part (title and the first paragraphs).",
        )


@dataclass(frozen=True)
class Charged:
    """Validated texts whose calls were counted against the tenant's quota."""

    tenant: str
    texts: list[str]
    decision: QuotaDecision


async def _charge(request: Request, tenant: str, texts: list[str]) -> Charged:
    """Count one call per text, all or nothing; 429 + Retry-After past the daily limit."""
    ctx: ServingContext = request.app.state.ctx
    try:
        decision = await ctx.quotas_async.charge(tenant, len(texts))
    except SQLAlchemyError:
        log.exception("quota charge failed")
        raise _database_unavailable() from None
    headers = quota_headers(decision)
    if decision.warning:
        ctx.metrics.quota_warnings.labels(tenant).inc()
        headers["X-Quota-Warning"] = (
            f"{decision.used} of {decision.limit} daily calls used ({decision.usage_ratio:.0%}); "
            f"the quota resets at midnight {ctx.settings.quota_timezone}"
        )
    request.state.quota_headers = headers
    if not decision.allowed:
        ctx.metrics.quota_refused.labels(tenant).inc()
        raise APIError(
            429, "quota_exceeded",
            f"The daily quota of {decision.limit:,} calls for '{tenant}' allows {decision.remaining:,} "
            f"more today; this request needs {decision.requested:,}. It resets at midnight "
            f"{ctx.settings.quota_timezone}, in {decision.retry_after_s:,} seconds"
            + (" (or send a smaller batch)." if decision.remaining else "."),
            {"Retry-After": str(decision.retry_after_s)},
        )
    request.state.quota_charged = (tenant, len(texts))
    return Charged(tenant, texts, decision)


async def charge_single(request: Request, tenant: TenantDep, body: ClassifyRequest) -> Charged:
    """Authenticated, validated (413 past max_text_chars) and charged: one call."""
    _check_length(body.text, request.app.state.ctx.settings.max_text_chars, "The text")
    return await _charge(request, tenant, [body.text])


async def charge_batch(request: Request, tenant: TenantDep, body: BatchClassifyRequest) -> Charged:
    """Authenticated, validated and charged: one call per text, all or nothing."""
    settings = request.app.state.ctx.settings
    if len(body.texts) > settings.max_batch_texts:
        raise APIError(
            422, "too_many_texts",
            f"'texts' has {len(body.texts)} items; at most {settings.max_batch_texts} per request. "
            "Split the batch into several requests.",
        )
    for index, text in enumerate(body.texts):
        _check_length(text, settings.max_text_chars, f"texts[{index}]")
    return await _charge(request, tenant, body.texts)


async def quota_status(request: Request, tenant: TenantDep) -> QuotaDecision:
    """Today's usage without charging (for authenticated endpoints that cost nothing)."""
    decision = await run_in_threadpool(request.app.state.ctx.quotas.usage, tenant)
    request.state.quota_headers = quota_headers(decision)
    return decision
