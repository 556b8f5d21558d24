"""POST /api/v1/classify and /api/v1/classify/batch."""

from __future__ import annotations

import asyncio
import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from serving.deps import Charged, charge_batch, charge_single, quota_headers
from serving.engine import EngineError, Prediction, QueueFullError
from serving.errors import APIError
from serving.lifecycle import NoModelError
from serving.schemas import BatchClassifyResponse, ClassifyResponse, error_responses

log = logging.getLogger("minwon.serving")
router = APIRouter(prefix="/api/v1", tags=["classify"])

ERRORS = error_responses(400, 401, 413, 422, 429, 503)


def _classification(prediction: Prediction) -> dict:
    best = prediction.top_k[0]
    return {
        "department": {"code": best.code, "name": best.name},
        "confidence": round(best.probability, 6),
        "top_k": [
            {"code": s.code, "name": s.name, "confidence": round(s.probability, 6)} for s in prediction.top_k
        ],
    }


async def _predict(request: Request, ctx, texts: list[str]) -> list[Prediction]:
    """Run the texts through the current model; a failure refunds the calls charged for them."""
    settings = ctx.settings
    try:
        predictions = await ctx.models.classify(texts, timeout_s=settings.request_timeout_s)
        ctx.metrics.texts.labels(request.state.tenant).inc(len(texts))
        return predictions
    except QueueFullError as error:
        ctx.metrics.queue_full.inc()
        await _refund(request, ctx)
        raise APIError(
            503, "overloaded",
            "The classifier is at capacity right now; retry after the Retry-After seconds. "
            "This request was not counted against your quota.",
            {"Retry-After": str(error.retry_after_s)},
        ) from None
    except NoModelError:
        await _refund(request, ctx)
        raise APIError(
            503, "model_not_loaded",
            "No model is loaded yet; retry shortly. This request was not counted against your quota.",
            {"Retry-After": "5"},
        ) from None
    except (asyncio.TimeoutError, EngineError):
        await _refund(request, ctx)
        raise APIError(
            503, "inference_failed",
            "The classifier did not answer in time; retry. This request was not counted against your quota.",
            {"Retry-After": "1"},
        ) from None


async def _refund(request: Request, ctx) -> None:
    charged = getattr(request.state, "quota_charged", None)
    if charged:
        tenant, n = charged
        request.state.quota_charged = None
        try:
            decision = await run_in_threadpool(ctx.quotas.refund, tenant, n)
        except Exception:  # noqa: BLE001 - the 503 still goes out; the calls stay counted
            log.exception("quota refund failed for tenant=%s n=%d", tenant, n)
            return
        request.state.quota_headers = quota_headers(decision)


@router.post("/classify", response_model=ClassifyResponse, responses=ERRORS, summary="Classify one complaint")
async def classify(request: Request, charged: Annotated[Charged, Depends(charge_single)]):
    ctx = request.app.state.ctx
    (prediction,) = await _predict(request, ctx, charged.texts)
    body = _classification(prediction)
    body["model_version"] = prediction.model_version
    body["request_id"] = request.state.request_id
    return JSONResponse(body)


@router.post(
    "/classify/batch", response_model=BatchClassifyResponse, responses=ERRORS,
    summary="Classify 1-64 complaints (each counts as one call; all or nothing)",
)
async def classify_batch(request: Request, charged: Annotated[Charged, Depends(charge_batch)]):
    ctx = request.app.state.ctx
    predictions = await _predict(request, ctx, charged.texts)
    return JSONResponse({
        "results": [_classification(p) for p in predictions],
        "model_version": predictions[0].model_version,
        "request_id": request.state.request_id,
    })
