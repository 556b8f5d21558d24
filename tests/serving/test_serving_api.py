"""The HTTP API end to end with TestClient and real ONNX Runtime."""

from __future__ import annotations

import json
import logging

from fastapi import Request

from tests.serving.conftest import ALL_SAMPLES, SAMPLE_TEXTS, auth

TAXONOMY_CODES = {"TRAFFIC", "ENVIRONMENT", "BUILDING", "ROADS", "WELFARE", "TAX", "SAFETY", "HEALTH", "CULTURE", "ADMIN"}


def assert_error(response, status: int, code: str | None = None):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}, body
    assert isinstance(body["error"]["code"], str) and body["error"]["code"]
    assert isinstance(body["error"]["message"], str) and len(body["error"]["message"]) > 10
    if code:
        assert body["error"]["code"] == code, body
    return body["error"]


def test_classify_happy_path(make_app, keys):
    app, client = make_app()
    response = client.post("/api/v1/classify", json={"text": SAMPLE_TEXTS["ROADS"][0]}, headers=auth(keys["suwon"]))
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"department", "confidence", "top_k", "model_version", "request_id"}
    assert body["department"]["code"] in TAXONOMY_CODES
    assert body["department"]["name"]
    assert body["model_version"] == "v0001"
    assert len(body["top_k"]) == 3
    assert body["top_k"][0]["code"] == body["department"]["code"]
    assert body["confidence"] == body["top_k"][0]["confidence"]
    confidences = [c["confidence"] for c in body["top_k"]]
    assert confidences == sorted(confidences, reverse=True) and 0 < sum(confidences) <= 1.0001
    assert response.headers["x-request-id"] == body["request_id"]
    assert response.headers["x-quota-limit"] == "10000"
    assert response.headers["x-quota-remaining"] == "9999"


def test_probabilities_are_temperature_scaled(make_app, keys, model_dirs):
    """confidence = softmax(logits / T) of the fp32 model, T from calibration.json."""
    import numpy as np
    import onnxruntime as ort
    from tokenizers import Tokenizer

    app, client = make_app()
    text = SAMPLE_TEXTS["TAX"][1]
    body = client.post("/api/v1/classify", json={"text": text}, headers=auth(keys["suwon"])).json()
    folder = model_dirs["v1"]
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer" / "tokenizer.json"))
    encoding = tokenizer.encode(text)
    feeds = {
        "input_ids": np.array([encoding.ids], dtype=np.int64),
        "attention_mask": np.array([encoding.attention_mask], dtype=np.int64),
        "token_type_ids": np.array([encoding.type_ids], dtype=np.int64),
    }
    logits = ort.InferenceSession(str(folder / "model.onnx"), providers=["CPUExecutionProvider"]).run(None, feeds)[0][0]
    temperature = json.loads((folder / "calibration.json").read_text())["temperature"]
    probabilities = np.exp(logits / temperature) / np.exp(logits / temperature).sum()
    labels = json.loads((folder / "labels.json").read_text())
    best = int(np.argmax(probabilities))
    assert body["department"]["code"] == labels[best]["code"]
    assert abs(body["confidence"] - probabilities[best]) < 1e-4


def test_padding_does_not_change_results(make_app, keys):
    """A text scores the same alone and in a batch padded to a longer neighbour."""
    app, client = make_app()
    text = SAMPLE_TEXTS["HEALTH"][0]
    alone = client.post("/api/v1/classify", json={"text": text}, headers=auth(keys["suwon"])).json()
    batch = client.post(
        "/api/v1/classify/batch", json={"texts": [text, ALL_SAMPLES[0] * 5]}, headers=auth(keys["suwon"])
    ).json()
    assert batch["results"][0]["department"] == alone["department"]
    assert abs(batch["results"][0]["confidence"] - alone["confidence"]) < 1e-4


def test_batch(make_app, keys):
    app, client = make_app()
    texts = ALL_SAMPLES[:10]
    response = client.post("/api/v1/classify/batch", json={"texts": texts}, headers={"X-API-Key": keys["yongin"]})
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"results", "model_version", "request_id"}
    assert len(body["results"]) == 10
    assert all(r["department"]["code"] in TAXONOMY_CODES for r in body["results"])
    assert response.headers["x-quota-remaining"] == str(5000 - 10)

    too_many = client.post("/api/v1/classify/batch", json={"texts": ["민원"] * 65}, headers=auth(keys["yongin"]))
    assert "64" in assert_error(too_many, 422, "too_many_texts")["message"]
    empty = client.post("/api/v1/classify/batch", json={"texts": []}, headers=auth(keys["yongin"]))
    assert_error(empty, 422)
    blank = client.post("/api/v1/classify/batch", json={"texts": ["좋아요", "  \n"]}, headers=auth(keys["yongin"]))
    assert "texts[1]" in assert_error(blank, 422)["message"]
    long = client.post("/api/v1/classify/batch", json={"texts": ["가", "가" * 5001]}, headers=auth(keys["yongin"]))
    assert "texts[1]" in assert_error(long, 413, "text_too_long")["message"]
    # Refused requests are not charged.
    ok = client.post("/api/v1/classify/batch", json={"texts": ["도로 파손"]}, headers=auth(keys["yongin"]))
    assert ok.headers["x-quota-remaining"] == str(5000 - 11)


def test_auth_errors(make_app, keys):
    app, client = make_app()
    payload = {"text": "쓰레기 수거 요청"}
    assert_error(client.post("/api/v1/classify", json=payload), 401, "missing_api_key")
    assert_error(client.post("/api/v1/classify", json=payload, headers=auth("mw_suwon_" + "0" * 52)), 401, "invalid_api_key")
    assert_error(client.post("/api/v1/classify", json=payload, headers=auth("garbage")), 401, "invalid_api_key")
    assert_error(client.post("/api/v1/classify", json=payload, headers={"X-API-Key": "x" * 5000}), 401)
    assert_error(client.post("/api/v1/classify", json=payload, headers={"Authorization": "Basic abc"}), 401)
    # A key with another tenant's name in it but a valid id/secret of suwon: refused.
    forged = keys["suwon"].replace("mw_suwon_", "mw_yongin_")
    assert_error(client.post("/api/v1/classify", json=payload, headers=auth(forged)), 401, "invalid_api_key")
    assert_error(client.get("/api/v1/models/current"), 401)
    # Unauthenticated 401s carry no quota headers.
    response = client.post("/api/v1/classify", json=payload)
    assert "x-quota-limit" not in response.headers


def test_input_errors_are_json(make_app, keys):
    app, client = make_app()
    headers = auth(keys["suwon"])
    malformed = client.post("/api/v1/classify", content=b'{"text": "abc', headers={**headers, "Content-Type": "application/json"})
    assert_error(malformed, 400, "malformed_json")
    too_long = client.post("/api/v1/classify", json={"text": "가" * 5001}, headers=headers)
    assert "5,000" in assert_error(too_long, 413, "text_too_long")["message"]
    assert client.post("/api/v1/classify", json={"text": "가" * 5000}, headers=headers).status_code == 200
    for payload in ({"text": ""}, {"text": "   \t\n "}, {}, {"text": 5}, {"text": None}, [], "text", {"text": "a", "x": 1}):
        assert_error(client.post("/api/v1/classify", json=payload, headers=headers), 422)
    # Authenticated errors still report the quota.
    response = client.post("/api/v1/classify", json={"text": ""}, headers=headers)
    assert response.headers["x-quota-limit"] == "10000"
    assert_error(client.get("/nope"), 404, "not_found")
    assert_error(client.get("/api/v1/classify"), 405, "method_not_allowed")
    wrong_type = client.post("/api/v1/classify", content=b"text=abc",
                             headers={**headers, "Content-Type": "application/x-www-form-urlencoded"})
    assert "application/json" in assert_error(wrong_type, 415, "unsupported_media_type")["message"]
    huge = client.post("/api/v1/classify", content=b"x" * (3 << 20), headers={**headers, "Content-Type": "application/json"})
    assert_error(huge, 413, "payload_too_large")


def test_body_limits_hold_without_content_length(make_app, keys):
    """A chunked body (no Content-Length) is cut off at the limit while it is read: 413, on the
    classify endpoints and on FastAPI routes alike, before anything is parsed."""
    app, client = make_app()

    def chunks():
        for _ in range(64):
            yield b"x" * 65536  # 4 MiB in all

    headers = {**auth(keys["suwon"]), "Content-Type": "application/json"}
    for path in ("/api/v1/classify", "/api/v1/classify/batch"):
        assert_error(client.post(path, content=chunks(), headers=headers), 413, "payload_too_large")

    read = []

    @app.post("/test-only/body")
    async def body_size(request: Request):
        read.append(len(await request.body()))
        return {"bytes": read[-1]}

    assert_error(client.post("/test-only/body", content=chunks()), 413, "payload_too_large")
    assert read == []
    assert client.post("/test-only/body", content=iter([b"x" * 1000] * 3)).json() == {"bytes": 3000}
    assert client.post("/api/v1/classify", content=iter([b'{"text": ', '"도로 파손"}'.encode()]),
                       headers=headers).status_code == 200


def test_client_gone_mid_inference_is_not_charged(make_app, keys):
    """The client disconnects while its texts wait for the model: the calls are refunded, nothing
    is sent, and the request is counted as 499 (client closed request). (Two texts are concurrent
    traffic: the batcher waits up to 1 s for more, well past the 50 ms after which the handler
    listens for the disconnect.)"""
    import asyncio

    from tests.serving.conftest import make_config

    app, client = make_app(make_config(poll_interval_s=0.2, auth_cache_ttl_s=0, max_queue_delay_us=1_000_000))
    ctx = app.state.ctx
    body = json.dumps({"texts": [SAMPLE_TEXTS["ROADS"][0], SAMPLE_TEXTS["TAX"][0]]}, ensure_ascii=False).encode()
    client.post("/api/v1/classify", json={"text": "도로 파손"}, headers=auth(keys["suwon"]))  # a charged control
    before = ctx.quotas.usage("suwon").used
    assert before == 1
    messages = [{"type": "http.request", "body": body, "more_body": False}, {"type": "http.disconnect"}]
    sent = []

    async def receive():
        if messages:
            return messages.pop(0)
        await asyncio.Event().wait()

    async def send(message):
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": "/api/v1/classify/batch", "raw_path": b"/api/v1/classify/batch", "root_path": "", "query_string": b"",
        "headers": [(b"content-type", b"application/json"), (b"x-api-key", keys["suwon"].encode())],
        "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 80),
    }
    asyncio.run(app(scope, receive, send))
    assert sent == []
    assert ctx.quotas.usage("suwon").used == before
    lines = [line for line in ctx.metrics.exposition().decode().splitlines()
             if line.startswith("minwon_requests_total{") and 'tenant="suwon"' in line]
    assert any('status="499"' in line and "/classify/batch" in line and line.endswith(" 1.0") for line in lines), lines


def test_nfc_normalisation(make_app, keys):
    """Decomposed Hangul (NFD, jamo) classifies like the composed text and counts composed length."""
    import unicodedata

    app, client = make_app()
    text = SAMPLE_TEXTS["WELFARE"][0]
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    a = client.post("/api/v1/classify", json={"text": text}, headers=auth(keys["suwon"])).json()
    b = client.post("/api/v1/classify", json={"text": nfd}, headers=auth(keys["suwon"])).json()
    assert a["top_k"] == b["top_k"]
    # 5,000 syllables are 12,000+ jamo in NFD: the limit applies after NFC.
    long_nfd = unicodedata.normalize("NFD", "한" * 5000)
    assert client.post("/api/v1/classify", json={"text": long_nfd}, headers=auth(keys["suwon"])).status_code == 200


def test_models_current_and_readyz(make_app, keys):
    app, client = make_app()
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["version"] == "v0001"
    assert ready.json()["provider"] == "CPUExecutionProvider"
    assert client.get("/healthz").json() == {"status": "ok"}
    current = client.get("/api/v1/models/current", headers=auth(keys["seongnam"]))
    assert current.status_code == 200
    body = current.json()
    assert body["version"] == "v0001" and body["alias"] == "production" and body["provider"] == "CPUExecutionProvider"
    assert body["model_file"] == "model.onnx"
    assert [label["code"] for label in body["labels"]][:2] == ["TRAFFIC", "ENVIRONMENT"]
    assert current.headers["x-quota-remaining"] == "10000"  # reading the model costs no call


def test_readyz_without_model(config, store, db_engine, clock, data_dir):
    """No production alias: the process is up, not ready, and classify says so (503, JSON)."""
    from fastapi.testclient import TestClient

    from serving.app import create_app

    app = create_app(config, store=store, db_engine=db_engine, clock=clock, cache_dir=data_dir / "cache")
    with TestClient(app) as client:
        assert client.get("/healthz").status_code == 200
        error = assert_error(client.get("/readyz"), 503, "model_not_loaded")
        assert "production" in error["message"]


def test_int8_preferred_on_cpu(make_app, keys, registry):
    registry.set_alias("production", "v0002", reason="test")
    app, client = make_app()
    body = client.get("/readyz").json()
    assert body["version"] == "v0002" and body["model_file"] == "model.int8.onnx"


def test_one_log_line_per_request_without_text(make_app, keys, caplog):
    app, client = make_app()
    secret_text = "홍길동 010-1234-5678 비밀민원 내용입니다"
    with caplog.at_level(logging.DEBUG):
        caplog.clear()
        response = client.post("/api/v1/classify", json={"text": secret_text}, headers=auth(keys["suwon"]))
        client.post("/api/v1/classify/batch", json={"texts": [secret_text, ""]}, headers=auth(keys["suwon"]))
        client.post("/api/v1/classify", json={"text": secret_text * 1000}, headers=auth(keys["suwon"]))
        client.post("/api/v1/classify", content=('{"text": "' + secret_text).encode(), headers=auth(keys["suwon"]))
    everything = "\n".join(record.getMessage() for record in caplog.records)
    everything += "\n".join(str(record.args) for record in caplog.records)
    for fragment in ("홍길동", "010-1234", "비밀민원"):
        assert fragment not in everything
    access = [r for r in caplog.records if r.name == "minwon.serving.access"]
    assert len(access) == 4
    first = access[0].getMessage()
    request_id = response.json()["request_id"]
    assert f"request_id={request_id}" in first and "tenant=suwon" in first and "status=200" in first
    assert "latency_ms=" in first


def test_database_outage_is_a_json_503(make_app, keys):
    """Keys or quotas unreachable: 503 + Retry-After in the error format, not a 500."""
    from sqlalchemy.exc import OperationalError

    app, client = make_app()
    ctx = app.state.ctx

    def broken(*args, **kwargs):
        raise OperationalError("UPDATE quota_usage ...", {}, Exception("database is locked"))

    ctx.quotas.charge_many = broken
    ctx.quotas.charge = broken
    response = client.post("/api/v1/classify", json={"text": "하수구 악취"}, headers=auth(keys["suwon"]))
    error = assert_error(response, 503, "temporarily_unavailable")
    assert response.headers["retry-after"] == "5" and "quota" in error["message"]
