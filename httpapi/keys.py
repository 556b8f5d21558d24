"""How a city presents its API key: `Authorization: Bearer <key>` or `X-API-Key: <key>`."""

from __future__ import annotations

from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

bearer_scheme = HTTPBearer(auto_error=False, description="Authorization: Bearer mw_<tenant>_...")
api_key_scheme = APIKeyHeader(name="X-API-Key", auto_error=False, description="X-API-Key: mw_<tenant>_...")


def presented_key(bearer: HTTPAuthorizationCredentials | None, api_key: str | None) -> str:
    """The key the request presents ('' when none): the bearer token first, else X-API-Key."""
    return (bearer.credentials if bearer is not None else api_key or "").strip()
