"""GET /api/v1/models/current."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from serving.deps import ContextDep, quota_status
from httpapi import APIError
from serving.lifecycle import NoModelError
from serving.schemas import ModelInfo, error_responses
from tenancy import QuotaDecision

router = APIRouter(prefix="/api/v1/models", tags=["models"])


@router.get("/current", response_model=ModelInfo, responses=error_responses(401, 503), summary="The model served now")
def current_model(ctx: ContextDep, quota: Annotated[QuotaDecision, Depends(quota_status)]) -> ModelInfo:
    try:
        engine = ctx.models.current()
    except NoModelError as error:
        raise APIError(503, "model_not_loaded", f"No model is loaded yet ({error}); retry shortly.",
                       {"Retry-After": "5"}) from None
    return ModelInfo(
        model=ctx.models.registry.name,
        alias=ctx.models.alias,
        version=engine.version,
        provider=engine.provider,
        model_file=engine.model_file,
        max_length=engine.max_length,
        temperature=engine.temperature,
        labels=[{"code": label.code, "name": label.name} for label in engine.labels],
    )
