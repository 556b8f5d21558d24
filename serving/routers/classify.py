"""POST /api/v1/classify and /api/v1/classify/batch: the hot path, as a pure ASGI app.

Why not FastAPI routes like the rest of the API: on the 2-core reference machine, FastAPI's
middleware stack, routing, dependency solving and response rendering cost about 200 µs of CPU per
request, as much as the tiny model's inference; this handler does the same work (authenticate,
validate with the same pydantic models, charge the quota, run the micro-batched engine, answer)
in a fraction of that. `ClassifyEndpoints` sits in front of the FastAPI app and passes every other
path through.

The OpenAPI schema still documents both endpoints, from the same request/response models the
handler validates with and promises (`documented_routes`, merged into /openapi.json by
`serving.app`); the schemathesis test fuzzes the handler from that schema.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Annotated

from fastapi import Security
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from httpapi import APIError, api_key_scheme, bearer_scheme, error_body, send_json
from serving.deps import ServingContext, authenticate, charge
from serving.engine import EngineError, Prediction, QueueFullError
from serving.errors import describe_validation
from serving.lifecycle import NoModelError
from serving.quota_headers import quota_headers
from serving.schemas import (
    BatchClassifyRequest,
    BatchClassifyResponse,
    ClassifyRequest,
    ClassifyResponse,
    error_responses,
)

log = logging.getLogger("minwon.serving")

SINGLE = "/api/v1/classify"
DISCONNECT_WATCH_AFTER_S = 0.05
BATCH = "/api/v1/classify/batch"
ERRORS = error_responses(400, 401, 405, 413, 415, 422, 429, 503)


class BodyTooLarge(Exception):
    """The body grew past the limit while it was read (chunked uploads carry no Content-Length);
    RequestContextMiddleware answers it with 413."""


async def read_body(receive, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone()
        chunk = message.get("body", b"")
        if chunk:
            size += len(chunk)
            if size > limit:
                raise BodyTooLarge()
            chunks.append(chunk)
        if not message.get("more_body", False):
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)


class ClientGone(Exception):
    """The client disconnected before the request was answered."""


def _presented_key(headers) -> str:
    """The key from `Authorization: Bearer <key>` or, failing that, `X-API-Key: <key>`."""
    bearer = api_key = None
    for name, value in headers:
        if name == b"authorization":
            scheme, _, credentials = value.decode("latin-1").partition(" ")
            if scheme.lower() == "bearer" and credentials.strip():
                bearer = credentials
        elif name == b"x-api-key":
            api_key = value.decode("latin-1")
    return (bearer or api_key or "").strip()


def _content_type_ok(headers) -> bool:
    for name, value in headers:
        if name == b"content-type":
            media = value.split(b";", 1)[0].strip().lower()
            return media == b"application/json" or media.endswith(b"+json")
    return True  # no Content-Type: read as JSON, as FastAPI does


def _watch_disconnect(receive, predictions: asyncio.Future, watcher: list) -> None:
    """A task that cancels `predictions` when the client disconnects (any message after the body)."""
    if not predictions.done():
        task = asyncio.get_running_loop().create_task(receive())
        task.add_done_callback(lambda _: predictions.cancel())
        watcher.append(task)


def _expire(future: asyncio.Future, expired: list[bool]) -> None:
    if not future.done():
        expired.append(True)
        future.cancel()


def _classification(prediction: Prediction) -> dict:
    top_k = [{"code": s.code, "name": s.name, "confidence": round(s.probability, 6)} for s in prediction.top_k]
    best = top_k[0]
    return {"department": {"code": best["code"], "name": best["name"]}, "confidence": best["confidence"], "top_k": top_k}


def _parse(path: str, body: bytes, settings) -> list[str]:
    """The request's texts after NFC, or APIError (400 malformed, 413 too long, 422 invalid)."""
    if not body.strip():
        raise APIError(422, "invalid_request", 'the body is missing: send a JSON object such as {"text": "..."}.')
    model = ClassifyRequest if path == SINGLE else BatchClassifyRequest
    try:
        request = model.model_validate_json(body)
    except ValidationError as error:
        status, code, message = describe_validation(error.errors(include_url=False, include_input=False))
        raise APIError(status, code, message) from None
    if path == SINGLE:
        texts = [request.text]
        labels = ["The text"]
    else:
        texts = request.texts
        if len(texts) > settings.max_batch_texts:
            raise APIError(
                422, "too_many_texts",
                f"'texts' has {len(texts)} items; at most {settings.max_batch_texts} per request. "
                "Split the batch into several requests.",
            )
        labels = None
    limit = settings.max_text_chars
    for index, text in enumerate(texts):
        if len(text) > limit:
            label = labels[0] if labels else f"texts[{index}]"
            raise APIError(
                413, "text_too_long",
                f"{label} is {len(text):,} characters; the limit is {limit:,}. Shorten it or send the "
                "most relevant part (title and the first paragraphs).",
            )
    return texts


class ClassifyEndpoints:
    """Pure ASGI handler of the two classify paths; everything else goes to `app`.

    Runs inside `RequestContextMiddleware` (request id, quota/request-id headers, access log,
    metrics), which reads what this handler leaves in `scope["state"]`: route, tenant, quota headers.
    """

    def __init__(self, app, ctx: ServingContext, max_body_bytes: int):
        self.app = app
        self.ctx = ctx
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope, receive, send):
        path = scope.get("path")
        if scope["type"] != "http" or (path != SINGLE and path != BATCH):
            return await self.app(scope, receive, send)
        state = scope["state"]
        state["route"] = path
        try:
            await self._handle(path, scope, receive, send, state)
        except ClientGone:
            await self._refund(state)
            state["status"] = 499  # nginx's "client closed request", for the log and metrics only
        except APIError as error:
            if state.get("tenant") and state.get("quota_headers") is None:
                await self._report_quota(state)
            await send_json(send, error.status, error_body(error.code, error.message, state.get("request_id")),
                             error.headers)

    async def _handle(self, path: str, scope, receive, send, state: dict) -> None:
        ctx = self.ctx
        if scope["method"] != "POST":
            raise APIError(405, "method_not_allowed", f"{path} accepts POST only. See /docs.", {"Allow": "POST"})
        headers = scope["headers"]
        tenant = await authenticate(ctx, _presented_key(headers))
        state["tenant"] = tenant
        if not _content_type_ok(headers):
            raise APIError(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json.")
        body = await read_body(receive, self.max_body_bytes)
        texts = _parse(path, body, ctx.settings)
        await charge(ctx, state, tenant, len(texts))
        predictions = await self._predict(texts, receive, state)
        ctx.metrics.count_texts(tenant, len(texts))
        if path == SINGLE:
            payload = _classification(predictions[0])
            payload["model_version"] = predictions[0].model_version
        else:
            payload = {"results": [_classification(p) for p in predictions],
                       "model_version": predictions[0].model_version}
        payload["request_id"] = state["request_id"]
        await send_json(send, 200, payload)

    async def _predict(self, texts: list[str], receive, state: dict) -> list[Prediction]:
        """The texts through the current model. The client going away meanwhile cancels the
        request (texts not yet batched are skipped) and refunds its calls; so does a failure or
        request_timeout_s passing."""
        ctx = self.ctx
        loop = asyncio.get_running_loop()
        predictions = timer = watch = None
        watcher: list[asyncio.Task] = []
        expired: list[bool] = []
        try:
            predictions = ctx.models.submit(texts)
            timer = loop.call_later(ctx.settings.request_timeout_s, _expire, predictions, expired)
            # Listening for the disconnect takes a task; only requests still waiting after
            # DISCONNECT_WATCH_AFTER_S get one (a task per request cost 10 µs of the 40 µs this
            # handler takes). An answer ready sooner is charged even if its client just left: the
            # work was done.
            watch = loop.call_later(DISCONNECT_WATCH_AFTER_S, _watch_disconnect, receive, predictions, watcher)
            return await predictions
        except asyncio.CancelledError:
            if watcher and watcher[0].done() and not watcher[0].cancelled():
                raise ClientGone() from None
            if not expired:
                raise  # this handler itself was cancelled (shutdown)
            raise await self._unavailable(
                state, "inference_failed", "The classifier did not answer in time; retry.", 1) from None
        except QueueFullError as error:
            ctx.metrics.queue_full.inc()
            raise await self._unavailable(
                state, "overloaded",
                "The classifier is at capacity right now; retry after the Retry-After seconds.", error.retry_after_s,
            ) from None
        except NoModelError:
            raise await self._unavailable(state, "model_not_loaded", "No model is loaded yet; retry shortly.", 5) from None
        except EngineError:
            raise await self._unavailable(
                state, "inference_failed", "The classifier failed on this request; retry.", 1) from None
        finally:
            if timer is not None:
                timer.cancel()
                watch.cancel()
                predictions.cancel()  # no-op once done; drops the texts if this handler was cancelled
            if watcher:
                watcher[0].cancel()

    async def _unavailable(self, state: dict, code: str, message: str, retry_after_s: int) -> APIError:
        """A 503 for a request the server could not answer; its calls are refunded first."""
        await self._refund(state)
        return APIError(503, code, f"{message} This request was not counted against your quota.",
                        {"Retry-After": str(retry_after_s)})

    async def _refund(self, state: dict) -> None:
        charged = state.pop("quota_charged", None)
        if not charged:
            return
        tenant, n = charged
        try:
            decision = await run_in_threadpool(self.ctx.quotas.refund, tenant, n)
        except Exception:  # noqa: BLE001 - the error answer still goes out; the calls stay counted
            log.exception("quota refund failed for tenant=%s n=%d", tenant, n)
            return
        state["quota_headers"] = quota_headers(decision, self.ctx.settings.quota_timezone)

    async def _report_quota(self, state: dict) -> None:
        """An authenticated request refused before its charge still reports the tenant's quota."""
        try:
            decision = await run_in_threadpool(self.ctx.quotas.usage, state["tenant"])
        except Exception:  # noqa: BLE001 - an error answer must not fail on the extra headers
            return
        state["quota_headers"] = quota_headers(decision, self.ctx.settings.quota_timezone)


# ---------------------------------------------------------------- the OpenAPI description
# These functions are never called: `ClassifyEndpoints` serves the paths. They declare, for
# /openapi.json and /docs, the same models the handler validates with and answers in.
_Bearer = Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)]
_ApiKey = Annotated[str | None, Security(api_key_scheme)]


async def _classify_doc(body: ClassifyRequest, bearer: _Bearer, api_key: _ApiKey) -> ClassifyResponse:
    """Classify one complaint to a department of the shared taxonomy. Counts one call against the
    city's daily quota; `X-Quota-Limit` and `X-Quota-Remaining` report it on every answer."""
    raise NotImplementedError("served by ClassifyEndpoints")


async def _classify_batch_doc(body: BatchClassifyRequest, bearer: _Bearer, api_key: _ApiKey) -> BatchClassifyResponse:
    """Classify 1-64 complaints in one request. Each text counts as one call; a batch that does not
    fit in the remaining quota is refused whole (429)."""
    raise NotImplementedError("served by ClassifyEndpoints")


def documented_routes() -> list[APIRoute]:
    return [
        APIRoute(SINGLE, _classify_doc, methods=["POST"], response_model=ClassifyResponse, responses=ERRORS,
                 summary="Classify one complaint", tags=["classify"]),
        APIRoute(BATCH, _classify_batch_doc, methods=["POST"], response_model=BatchClassifyResponse,
                 responses=ERRORS, summary="Classify 1-64 complaints (each counts as one call; all or nothing)",
                 tags=["classify"]),
    ]
