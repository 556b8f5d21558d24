"""Operations endpoints: /healthz (process up), /readyz (model loaded), /metrics (Prometheus)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from serving.deps import ContextDep
from httpapi import error_response

router = APIRouter(tags=["operations"])


@router.get("/healthz", summary="The process is up")
async def healthz() -> dict:
    return {"status": "ok"}


@router.get("/readyz", summary="A model is loaded and serving", responses={503: {"description": "No model yet"}})
async def readyz(request: Request, ctx: ContextDep):
    engine = ctx.models.engine
    if engine is None or engine.closed:
        reason = ctx.models.not_ready_reason()
        return error_response(request, 503, "model_not_loaded", f"Not ready: {reason}.", {"Retry-After": "5"})
    return JSONResponse({
        "status": "ready",
        "model": ctx.models.registry.name,
        "version": engine.version,
        "provider": engine.provider,
        "model_file": engine.model_file,
    })


@router.get("/metrics", summary="Prometheus metrics", include_in_schema=False)
async def metrics(ctx: ContextDep) -> Response:
    return Response(ctx.metrics.exposition(), media_type=ctx.metrics.content_type)
