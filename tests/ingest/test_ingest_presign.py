"""Presigned uploads on a real RGW: the API endpoint and the CLI, limits, quota, then registration."""

from __future__ import annotations

import json

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from ingest.api import IngestServices, ingest_services, router
from ingest.events import IngestDispatcher
from ingest.presign import Presigner
from serving.errors import install_error_handlers
from tenancy import issue_key
from tests.ingest.helpers import csv_bytes

pytestmark = pytest.mark.rgw


def make_services(p, run=None) -> IngestServices:
    ingestor = p.ingestor
    return IngestServices(
        config=p.config, sessions=p.sessions, ingestor=ingestor,
        dispatcher=IngestDispatcher(run or (lambda t, k, a: ingestor.ingest_key(t, k, channel="event", actor=a))),
        presigner=Presigner(p.config, p.credentials, quota=ingestor.quota, sessions=p.sessions),
    )


def make_app(services) -> FastAPI:
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(router)
    app.dependency_overrides[ingest_services] = lambda: services
    return app


@pytest.fixture
def api(rgw_platform):
    services = make_services(rgw_platform)
    with rgw_platform.sessions() as session:
        keys = {t: issue_key(session, t) for t in ("suwon", "seongnam", "yongin")}
    with TestClient(make_app(services)) as client:
        yield client, keys, services
    services.dispatcher.shutdown()


def _presign(client, key, **body):
    return client.post("/api/v1/uploads/presign", json=body, headers={"X-API-Key": key})


def test_presigned_put_lands_in_the_callers_area_and_is_registered_once(api, rgw_platform):
    client, keys, services = api
    assert client.post("/api/v1/uploads/presign", json={"filename": "a.csv", "size": 3}).status_code == 401
    assert _presign(client, "mw_suwon_" + "0" * 52, filename="a.csv", size=3).status_code == 401
    data = csv_bytes(5, "p")
    response = _presign(client, keys["suwon"], filename="민원 접수.csv", size=len(data))
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["method"] == "PUT" and body["key"].startswith("uploads/suwon/s3/") and body["key"].endswith("/민원_접수.csv")
    assert body["headers"] == {"Content-Length": str(len(data))} and body["quota"]["warning"] is False
    assert "X-Amz-SignedHeaders=content-length%3Bhost" in body["url"]
    # The URL takes exactly the declared size, nothing else.
    assert httpx.put(body["url"], content=data + b"extra").status_code == 403
    assert httpx.put(body["url"], content=data[:-1]).status_code == 403
    assert httpx.put(body["url"], content=data).status_code == 200
    # Signed with suwon's own credentials: pointed at another key it is refused by RGW.
    forged = body["url"].replace("/uploads/suwon/", "/uploads/seongnam/")
    assert httpx.put(forged, content=data).status_code == 403
    first = rgw_platform.ingestor.sweep_tenant("suwon")
    assert [(o.state, o.key) for o in first] == [("registered", body["key"])]
    assert rgw_platform.ingestor.sweep_tenant("suwon") == []
    presign_audit = rgw_platform.audit_rows(channel="presign", outcome="ok")
    assert presign_audit[0].actor.startswith("api-key:") and presign_audit[0].object_key == body["key"]


def test_multipart_presign(api, rgw_platform, monkeypatch):
    client, keys, services = api
    # Allow a file just over the 5 MiB multipart threshold for this test.
    settings = rgw_platform.config.platform.uploads.model_copy(update={"max_file_mb": 12})
    monkeypatch.setattr(services.presigner, "settings", settings)
    data = csv_bytes(1) + b"x" * (5 * 1024 * 1024 + 1000 - len(csv_bytes(1)) - 1) + b"\n"
    response = _presign(client, keys["seongnam"], filename="big.csv", size=len(data))
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["method"] == "MULTIPART" and [p["size"] for p in body["parts"]] == [5 * 1024 * 1024, 1000]
    etags = []
    offset = 0
    for part in body["parts"]:
        chunk = data[offset: offset + part["size"]]
        offset += part["size"]
        reply = httpx.put(part["url"], content=chunk)
        assert reply.status_code == 200
        etags.append(reply.headers["etag"])
    xml = "<CompleteMultipartUpload>" + "".join(
        f"<Part><PartNumber>{n}</PartNumber><ETag>{e}</ETag></Part>" for n, e in enumerate(etags, 1)
    ) + "</CompleteMultipartUpload>"
    assert httpx.post(body["complete"]["url"], content=xml.encode()).status_code == 200
    head = rgw_platform.s3().head_object(Bucket=rgw_platform.bucket, Key=body["key"])
    assert head["ContentLength"] == len(data)


PRESIGN_REFUSALS = [
    ("../../etc/passwd.csv", 10, 400, "path_in_name"),
    ("/etc/passwd.csv", 10, 400, "path_in_name"),
    ("..\\..\\boot.ini.csv", 10, 400, "path_in_name"),
    ("a\nb.csv", 10, 400, "control_characters"),
    ("\x1b[2Jclear.csv", 10, 400, "control_characters"),
    (".hidden.csv", 10, 400, "hidden_name"),
    ("report.exe", 10, 400, "unsupported_type"),
    ("batch.zip", 10, 400, "archive_not_allowed"),
    ("empty.csv", 0, 400, "empty_file"),
    ("huge.csv", 1024 * 1024 + 1, 413, "too_large"),
]


def test_presign_refusals(api, rgw_platform):
    client, keys, _ = api
    for filename, size, status, code in PRESIGN_REFUSALS:
        response = _presign(client, keys["suwon"], filename=filename, size=size)
        assert (response.status_code, response.json()["error"]["code"]) == (status, code), filename
        assert rgw_platform.audit_rows(channel="presign", outcome="refused")[-1].reason == code
    assert rgw_platform.keys() == []  # nothing was created anywhere


def test_presign_quota_warning_and_refusal(api, rgw_platform):
    client, keys, services = api
    limit = rgw_platform.config.tenants.get("yongin").quotas.upload_bytes_per_month
    data = b"receipt_id,body\n" + b"1,abcdefghijklmnop\n" * (int(limit * 0.85) // 19)
    response = _presign(client, keys["yongin"], filename="month.csv", size=len(data))
    assert response.status_code == 201 and response.headers["X-Upload-Quota-Warning"] == "true"
    assert httpx.put(response.json()["url"], content=data).status_code == 200
    outcome, = rgw_platform.ingestor.sweep_tenant("yongin")
    assert outcome.state == "registered" and outcome.quota.warning
    usage = client.get("/api/v1/uploads/quota", headers={"X-API-Key": keys["yongin"]}).json()
    assert usage["used_bytes"] == len(data) and usage["warning"] is True
    refused = _presign(client, keys["yongin"], filename="more.csv", size=int(limit * 0.2))
    assert refused.status_code == 429 and refused.json()["error"]["code"] == "quota_exceeded"
    assert int(refused.headers["Retry-After"]) > 0
    # Another city is not affected.
    assert _presign(client, keys["suwon"], filename="more.csv", size=int(limit * 0.2)).status_code == 201


def test_presign_cli(rgw_platform, monkeypatch):
    from typer.testing import CliRunner

    from ingest.cli import upload_app

    rgw_platform.apply_env(monkeypatch)
    monkeypatch.setenv("CEPH_CONF", str(rgw_platform.rgw.conf))
    result = CliRunner().invoke(upload_app, ["presign", "--tenant", "suwon", "--file", "cli.csv", "--size", "12"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["key"].startswith("uploads/suwon/s3/") and body["method"] == "PUT"
    assert httpx.put(body["url"], content=b"receipt_id\n1").status_code == 200
    refused = CliRunner().invoke(upload_app, ["presign", "--tenant", "suwon", "--file", "x.exe", "--size", "12"])
    assert refused.exit_code == 1 and "unsupported_type" in refused.output
