"""The serving app's error handlers: every error it returns is JSON (httpapi's error body).

Messages say what to change; they never echo the request's text.
"""

from __future__ import annotations

import logging
import traceback

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from httpapi import APIError, error_response
from serving.quota_headers import quota_headers

log = logging.getLogger("minwon.serving")


async def _ensure_quota_headers(request: Request) -> None:
    """An authenticated request that failed before its quota was charged still reports the quota."""
    state = request.state
    if getattr(state, "tenant", None) and getattr(state, "quota_headers", None) is None:
        ctx = getattr(request.app.state, "ctx", None)
        if ctx is None:
            return
        try:
            decision = await run_in_threadpool(ctx.quotas.usage, state.tenant)
        except Exception:  # noqa: BLE001 - an error answer must not fail on the extra headers
            return
        state.quota_headers = quota_headers(decision, ctx.settings.quota_timezone)


_HTTP_CODES = {
    400: ("bad_request", "The request is malformed."),
    401: ("unauthorized", "Send a valid API key: 'Authorization: Bearer <key>' or 'X-API-Key: <key>'."),
    403: ("forbidden", "This key may not do that."),
    404: ("not_found", "No such endpoint. See /docs for the API's endpoints."),
    405: ("method_not_allowed", "This endpoint does not accept that HTTP method. See /docs."),
    406: ("not_acceptable", "The API answers application/json."),
    413: ("payload_too_large", "The request body is too large."),
    415: ("unsupported_media_type", "Send the body as application/json."),
    429: ("too_many_requests", "Too many requests; retry later."),
    500: ("internal_error", "Something went wrong on our side; retry, and report the request_id if it persists."),
    503: ("unavailable", "The service is not ready; retry shortly."),
}


def _field(loc) -> str:
    parts = [str(p) for p in loc if p not in ("body",)]
    return ".".join(parts) or "body"


def describe_validation(errors: list[dict]) -> tuple[int, str, str]:
    """(status, code, message) for FastAPI's validation errors, without echoing any input."""
    for error in errors:
        if error.get("type") == "json_invalid":
            return 400, "malformed_json", (
                "The request body is not valid JSON. Send a JSON object such as "
                '{"text": "..."} with Content-Type: application/json.'
            )
    for error in errors:
        if error.get("type") == "text_too_long":
            return 413, "text_too_long", error["msg"]
    messages = []
    for error in errors[:5]:
        kind, field = error.get("type", ""), _field(error.get("loc", ()))
        if kind == "missing":
            if field == "body":
                messages.append('the body is missing: send a JSON object such as {"text": "..."}')
            else:
                messages.append(f"'{field}' is required")
        elif kind == "text_empty":
            messages.append(f"'{field}': {error['msg']}")
        elif kind in ("string_type",):
            messages.append(f"'{field}' must be a string")
        elif kind in ("list_type",):
            messages.append(f"'{field}' must be a JSON array of strings")
        elif kind in ("too_short",):
            messages.append(f"'{field}' must not be empty")
        elif kind in ("too_long",):
            limit = (error.get("ctx") or {}).get("max_length")
            messages.append(f"'{field}' has too many items (at most {limit})" if limit else f"'{field}' is too long")
        elif kind in ("model_attributes_type", "dict_type", "model_type"):
            messages.append("the body must be a JSON object")
        elif kind == "extra_forbidden":
            messages.append(f"'{field}' is not a known field")
        else:
            messages.append(f"'{field}': {error.get('msg', 'invalid value')}")
    return 422, "invalid_request", "; ".join(messages) + "."


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(APIError)
    async def _api_error(request: Request, error: APIError):
        await _ensure_quota_headers(request)
        return error_response(request, error.status, error.code, error.message, error.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, error: RequestValidationError):
        status, code, message = describe_validation(list(error.errors()))
        await _ensure_quota_headers(request)
        return error_response(request, status, code, message)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, error: StarletteHTTPException):
        code, default = _HTTP_CODES.get(error.status_code, ("http_error", "Request failed."))
        message = error.detail if isinstance(error.detail, str) and error.detail not in ("Not Found", "Method Not Allowed") else default
        return error_response(request, error.status_code, code, message, getattr(error, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, error: Exception):
        # The exception's message may quote input; log its type and where it happened, not its text.
        frames = "".join(traceback.format_tb(error.__traceback__))
        log.error(
            "unhandled error request_id=%s: %s\n%s",
            getattr(request.state, "request_id", "-"), type(error).__name__, frames,
        )
        code, message = _HTTP_CODES[500]
        return error_response(request, 500, code, message)
