"""APIError and the JSON error body, for FastAPI routes and for pure-ASGI handlers alike."""

from __future__ import annotations

import orjson
from fastapi import Request
from fastapi.responses import JSONResponse


class APIError(Exception):
    """An answer with `status` and a message a tenant can act on; handlers render it as JSON."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def error_body(code: str, message: str, request_id: str | None = None) -> dict:
    body = {"code": code, "message": message}
    if request_id:
        body["request_id"] = request_id
    return {"error": body}


async def send_json(send, status: int, payload: dict, headers: dict[str, str] | None = None) -> None:
    """A JSON answer straight onto an ASGI `send` (the pure-ASGI parts of the API)."""
    body = orjson.dumps(payload)
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if headers:
        raw.extend((k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items())
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def error_response(request: Request | None, status: int, code: str, message: str, headers=None) -> JSONResponse:
    request_id = getattr(request.state, "request_id", None) if request is not None else None
    return JSONResponse(error_body(code, message, request_id), status_code=status, headers=headers)
