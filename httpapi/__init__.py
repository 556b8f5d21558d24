"""The conventions every HTTP API of the platform shares (the classification API and the ingest
endpoints mounted beside it): JSON errors and how a city presents its API key.

Every error is JSON: {"error": {"code": "...", "message": "...", "request_id": "..."}}. Messages
say what to change; they never echo the request's text.
"""

from httpapi.errors import APIError, error_body, error_response, send_json
from httpapi.keys import api_key_scheme, bearer_scheme, presented_key

__all__ = ["APIError", "api_key_scheme", "bearer_scheme", "error_body", "error_response", "presented_key", "send_json"]
