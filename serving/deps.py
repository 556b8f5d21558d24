"""The serving context, tenant authentication and quota charging (as FastAPI dependencies and for
the pure-ASGI classify endpoints).

Everything here is `async def`: a plain `def` dependency costs a threadpool hop per request.
Database work goes to threads explicitly: a key not verified recently is looked up in the
threadpool, and quota charges go to the quota writer thread (tenancy.AsyncQuota, group commit).
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated, Callable

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from configuration import Config
from configuration.models import ServingSettings
from httpapi import APIError, api_key_scheme, bearer_scheme, presented_key
from serving.lifecycle import ModelManager
from serving.metrics import ServingMetrics
from serving.quota_headers import quota_headers
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

async def authenticate(ctx: ServingContext, presented: str) -> str:
    """The tenant of the presented key, or APIError 401. A key verified in the last
    auth_cache_ttl_s seconds is answered from memory; otherwise the database is asked (in the threadpool)."""
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
    return tenant


async def require_tenant(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)],
    api_key: Annotated[str | None, Security(api_key_scheme)],
) -> str:
    """FastAPI dependency: the tenant of the request's key (`Authorization: Bearer` or `X-API-Key`), or 401."""
    tenant = await authenticate(request.app.state.ctx, presented_key(bearer, api_key))
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


async def charge(ctx: ServingContext, state: dict, tenant: str, n: int) -> QuotaDecision:
    """Count `n` calls (one per text), all or nothing; APIError 429 + Retry-After past the daily limit.

    Leaves the answer's quota headers in `state["quota_headers"]` and, when charged, what to refund
    in `state["quota_charged"]`."""
    try:
        decision = await ctx.quotas_async.charge(tenant, n)
    except SQLAlchemyError:
        log.exception("quota charge failed")
        raise _database_unavailable() from None
    state["quota_headers"] = quota_headers(decision, ctx.settings.quota_timezone)
    if decision.warning:
        ctx.metrics.quota_warnings.labels(tenant).inc()
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
    state["quota_charged"] = (tenant, n)
    return decision


async def quota_status(request: Request, tenant: TenantDep) -> QuotaDecision:
    """Today's usage without charging (for authenticated endpoints that cost nothing)."""
    ctx = request.app.state.ctx
    decision = await run_in_threadpool(ctx.quotas.usage, tenant)
    request.state.quota_headers = quota_headers(decision, ctx.settings.quota_timezone)
    return decision
