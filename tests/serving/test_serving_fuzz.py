"""Property-based fuzzing of the OpenAPI schema (schemathesis): no 5xx, every error is the JSON shape."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402

from tests.serving.conftest import auth  # noqa: E402


def check_response(response) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:500])
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and body["error"]["code"] and body["error"]["message"], body


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_openapi_fuzz_no_server_errors(make_app, keys, mode):
    from schemathesis import GenerationMode

    app, client = make_app()
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    generation_mode = GenerationMode.POSITIVE if mode == "positive" else GenerationMode.NEGATIVE
    operations = [result.ok() for result in schema.get_all_operations()]
    labels = {op.label for op in operations}
    assert {"POST /api/v1/classify", "POST /api/v1/classify/batch", "GET /api/v1/models/current"} <= labels
    calls = {"n": 0}
    for operation in operations:
        @given(case=operation.as_strategy(generation_mode=generation_mode))
        @settings(max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def check(case):
            # Alternate a valid key with whatever the generator put in the headers.
            headers = auth(keys["suwon"]) if calls["n"] % 2 == 0 else None
            calls["n"] += 1
            check_response(case.call(headers=headers))

        try:
            check()
        except Unsatisfiable:
            # Negative data is impossible for an operation without parameters (e.g. GET /healthz).
            assert mode == "negative" and operation.method.upper() == "GET", operation.label
    assert calls["n"] >= 50
