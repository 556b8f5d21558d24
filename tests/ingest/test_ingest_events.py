"""Event-driven ingest: REAL RGW notifications to a uvicorn receiver on a loopback port, Prefect flows.

RGW pushes each ObjectCreated event to the receiver in ingest/api.py, which checks it and starts the
`ingest-object` Prefect flow in a background thread; the `ingest` flow (the scheduled sweep) catches
what no event announced. Re-delivered events and re-runs change nothing.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time

import httpx
import pytest
from fastapi import FastAPI, Request

from ingest.api import ingest_services, router
from serving.errors import install_error_handlers
from tests.ingest.conftest import ThreadServer, make_rgw_platform
from tests.ingest.helpers import csv_bytes
from tests.ingest.test_ingest_presign import make_services

pytestmark = pytest.mark.rgw

EVENTS = "/api/v1/ingest/events"


def _wait(predicate, timeout=20.0, interval=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()


@pytest.fixture
def receiver(rgw, tmp_path, monkeypatch, prefect_harness, request):
    """uvicorn + the ingest router; RGW provisioned to push notifications to it; flows use this platform."""
    holder: dict = {"bodies": []}
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(router)
    app.dependency_overrides[ingest_services] = lambda: holder["services"]

    @app.middleware("http")
    async def keep_event_bodies(request: Request, call_next):
        if request.url.path == EVENTS:
            if holder.get("down"):  # the receiver is "down": RGW's (non-persistent) event is lost
                from fastapi.responses import PlainTextResponse

                return PlainTextResponse("down", status_code=503)
            holder["bodies"].append(await request.body())
        return await call_next(request)

    persistent = getattr(request, "param", False)
    with ThreadServer(app) as server:
        platform = make_rgw_platform(rgw, tmp_path, push_endpoint=server.url + EVENTS,
                                     uploads={"events": {"persistent": persistent}})
        platform.apply_env(monkeypatch)
        from flows.ingest import ingest_object_flow

        def run_ingest_flow(tenant: str, key: str, actor: str) -> dict:
            return ingest_object_flow(tenant=tenant, object_key=key, actor=actor)

        services = make_services(platform, run=run_ingest_flow)  # the real Prefect flow, in-process
        holder["services"] = services
        yield platform, server, services, holder
        services.dispatcher.wait_idle(30)
        services.dispatcher.shutdown()


def test_a_real_notification_starts_the_ingest_flow_exactly_once(receiver):
    p, server, services, holder = receiver
    assert p.report.notification  # provisioning made the topic and the bucket notification
    suwon = p.s3("suwon")
    data = csv_bytes(3, "evt")
    suwon.put_object(Bucket=p.bucket, Key="uploads/suwon/evt.csv", Body=data)
    assert _wait(lambda: len(p.uploads("suwon")) == 1), holder["bodies"]
    assert services.dispatcher.wait_idle(30)
    upload, = p.uploads("suwon")
    assert upload.object_key == "uploads/suwon/evt.csv" and upload.size_bytes == len(data)
    record = json.loads(holder["bodies"][0])["Records"][0]
    assert record["eventSource"] == "ceph:s3" and record["s3"]["object"]["key"] == "uploads/suwon/evt.csv"
    row = p.audit_rows(outcome="ok", channel="event")[0]
    assert row.actor == f"s3:{p.config.platform.uploads.rgw.tenant_uid_prefix}suwon" and row.upload_pk == upload.id
    # The receiver started a Prefect flow run for it.
    tenant, key, result = services.dispatcher.completed[0]
    assert (tenant, key, result["state"]) == ("suwon", "uploads/suwon/evt.csv", "registered")
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName

    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(flow_filter=FlowFilter(name=FlowFilterName(any_=["ingest-object"])))
    assert any(r.parameters.get("object_key") == "uploads/suwon/evt.csv" and r.state.is_completed() for r in runs)

    # RGW re-delivers the same event (twice): nothing new is registered or audited.
    audit_before = len(p.audit_rows())
    for _ in range(2):
        reply = httpx.post(server.url + EVENTS, content=holder["bodies"][0], timeout=10)
        assert reply.status_code == 200 and reply.json() == {"accepted": 1, "ignored": []}
        assert reply.elapsed.total_seconds() < 1.0  # answered at once; the flow runs in the background
    assert services.dispatcher.wait_idle(30)
    assert len(p.uploads()) == 1 and len(p.audit_rows()) == audit_before
    redelivered = [result["state"] for _, _, result in services.dispatcher.completed[1:]]
    assert redelivered and set(redelivered) == {"skipped"}  # (two may be merged while one is queued)

    # A file that breaks the rules arrives by event too: refused with its reason, left in place.
    suwon.put_object(Bucket=p.bucket, Key="uploads/suwon/tool.exe", Body=b"MZ")
    assert _wait(lambda: p.audit_rows(reason="unsupported_type"))
    assert "uploads/suwon/tool.exe" in p.keys() and len(p.uploads()) == 1


def test_forged_and_foreign_events_are_ignored(receiver):
    p, server, services, holder = receiver
    suwon_uid = f"{p.config.platform.uploads.rgw.tenant_uid_prefix}suwon"

    def record(**change):
        base = {
            "eventSource": "ceph:s3", "eventName": "ObjectCreated:Put", "userIdentity": {"principalId": suwon_uid},
            "s3": {"bucket": {"name": p.bucket}, "object": {"key": "uploads/suwon/x.csv", "size": 3}},
        }
        for path, value in change.items():
            target = base
            *parents, last = path.split(".")
            for part in parents:
                target = target[part]
            target[last] = value
        return base

    cases = {
        "wrong_event_source": record(eventSource="aws:s3"),
        "not_object_created": record(eventName="ObjectRemoved:Delete"),
        "wrong_bucket": record(**{"s3.bucket.name": "someone-else"}),
        "unknown_tenant": record(**{"s3.object.key": "uploads/busan/x.csv"}),
        "outside_upload_area": record(**{"s3.object.key": "curated/suwon/u1.parquet"}),
        "tenant_mismatch": record(**{"s3.object.key": "uploads/seongnam/x.csv"}),
        "unknown_uploader": record(**{"userIdentity.principalId": "mallory"}),
        "control_characters_in_key": record(**{"s3.object.key": "uploads/suwon/a\x1bb.csv"}),
        "malformed_key": record(**{"s3.object.key": 42}),
        "malformed_record": "not an object",
    }
    reply = httpx.post(server.url + EVENTS, json={"Records": list(cases.values())}, timeout=10)
    assert reply.status_code == 200
    assert reply.json() == {"accepted": 0, "ignored": [{"reason": reason} for reason in cases]}
    ignored = {row.reason for row in p.audit_rows(outcome="ignored", channel="event")}
    assert ignored == set(cases)
    # An accepted event for an object that does not exist registers nothing.
    reply = httpx.post(server.url + EVENTS, json={"Records": [record(**{"s3.object.key": "uploads/suwon/ghost.csv"})]})
    assert reply.json()["accepted"] == 1 and services.dispatcher.wait_idle(30)
    assert services.dispatcher.completed[-1][2]["reason"] == "not_found" and p.uploads() == []
    # Not JSON, not the RGW shape, too big.
    assert httpx.post(server.url + EVENTS, content=b"{nope").status_code == 400
    assert httpx.post(server.url + EVENTS, json=[1, 2]).status_code == 400
    assert httpx.post(server.url + EVENTS, content=b"{" + b" " * (2 << 20) + b"}").status_code == 413
    assert p.keys() == []
    # Only the configured networks may post events (RGW's push carries no credentials).
    events = p.config.platform.uploads.events
    uploads = p.config.platform.uploads.model_copy(
        update={"events": events.model_copy(update={"allowed_networks": ["10.0.0.0/8"]})})
    services.config = dataclasses.replace(services.config, platform=p.config.platform.model_copy(update={"uploads": uploads}))
    assert httpx.post(server.url + EVENTS, json={"Records": []}).status_code == 403


def test_missed_events_are_caught_by_the_ingest_flow(receiver, tmp_path, monkeypatch):
    """Objects written while no event arrived (receiver down): the sweep flow registers them, and it
    sweeps the SFTP drop folders of this host first."""
    from flows.ingest import IngestParameters, ingest_flow
    from runtime import reset_platform
    from tenancy.sftp_accounts import provision_drop_folder

    p, server, services, holder = receiver
    drop = tmp_path / "sftp"
    provision_drop_folder(drop, "suwon", os.getuid(), os.getgid())
    (drop / "suwon" / "inbox" / "dropped.csv").write_bytes(csv_bytes(2, "d"))
    monkeypatch.setenv("MINWON_UPLOADS__SFTP__ROOT", str(drop))
    reset_platform()
    # Lost events: the receiver is down while the cities upload (RGW's push fails; not persistent).
    holder["down"] = True
    p.s3("seongnam").put_object(Bucket=p.bucket, Key="uploads/seongnam/missed.csv", Body=csv_bytes(2, "m"))
    p.s3("yongin").put_object(Bucket=p.bucket, Key="uploads/yongin/missed.jsonl",
                              Body='{"receipt_id": "1", "body": "놓친 이벤트의 파일입니다"}\n'.encode())
    time.sleep(0.5)
    assert p.uploads() == [] and holder["bodies"] == []
    holder["down"] = False
    registered = ingest_flow(IngestParameters())  # SFTP: a first look at dropped.csv; the two objects
    assert len(registered) == 2 and len(p.uploads()) == 2
    assert ingest_flow(IngestParameters(sftp=False)) == []  # a re-run does nothing
    assert len(ingest_flow(IngestParameters())) == 1 and len(p.uploads()) == 3  # dropped.csv taken
    assert ingest_flow(IngestParameters()) == [] and len(p.uploads()) == 3
    assert os.listdir(drop / "suwon" / "processed") == ["dropped.csv"]


@pytest.mark.parametrize("receiver", [True], indirect=True)
def test_persistent_notifications_as_configured_for_production(receiver):
    """`persistent: true` (the shipped default): RGW queues the event and pushes it later. RGW 16 looks
    for new persistent queues every 30 s, so the first event of a NEW topic can take that long."""
    p, server, services, holder = receiver
    p.s3("yongin").put_object(Bucket=p.bucket, Key="uploads/yongin/queued.csv", Body=csv_bytes(1, "q"))
    assert _wait(lambda: len(p.uploads("yongin")) == 1, timeout=75, interval=0.25)
    assert services.dispatcher.wait_idle(30) and services.dispatcher.completed[0][2]["state"] == "registered"
