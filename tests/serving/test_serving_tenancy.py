"""API keys and daily quotas: the services, the CLI functions, and their effect over HTTP."""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta, timezone

import pytest

from tests.serving.conftest import auth, make_config, with_quota


# ---------------------------------------------------------------- keys
def test_key_format_and_storage(db_engine):
    from sqlalchemy import select

    from database import ApiKey, session_factory
    from tenancy import authenticate, issue_key

    with session_factory(db_engine)() as session:
        key = issue_key(session, "suwon")
        assert key.startswith("mw_suwon_") and len(key) == len("mw_suwon_") + 52
        rows = session.scalars(select(ApiKey)).all()
        assert len(rows) == 1
        assert rows[0].key_id == key[len("mw_suwon_"):][:12]
        assert key not in (rows[0].key_hash, rows[0].key_id) and len(rows[0].key_hash) == 64
        assert authenticate(session, key) == "suwon"
        assert authenticate(session, key[:-1] + ("0" if key[-1] != "0" else "1")) is None
        assert authenticate(session, "") is None and authenticate(session, None) is None


def test_rotate_and_revoke(db_engine):
    from database import session_factory
    from tenancy import authenticate, issue_key, list_keys, revoke, rotate

    with session_factory(db_engine)() as session:
        first = issue_key(session, "seongnam")
        other_tenant = issue_key(session, "yongin")
        new = rotate(session, "seongnam")
        assert authenticate(session, first) is None
        assert authenticate(session, new.plaintext) == "seongnam"
        assert authenticate(session, other_tenant) == "yongin"
        assert revoke(session, "seongnam", new.key_id) == 1
        assert authenticate(session, new.plaintext) is None
        assert revoke(session, "seongnam", new.key_id) == 0
        assert revoke(session, "suwon", other_tenant[len("mw_yongin_"):][:12]) == 0  # not suwon's key
        assert authenticate(session, other_tenant) == "yongin"
        assert [k.active for k in list_keys(session, "seongnam")] == [False, False]
        assert "***" in repr(new) and new.plaintext not in repr(new)


def test_cli_functions(db_engine):
    from database import session_factory
    from tenancy import authenticate
    from tenancy.cli import KeyCommandError, issue_cmd, list_cmd, revoke_cmd, rotate_cmd

    config = make_config()
    with session_factory(db_engine)() as session:
        with pytest.raises(KeyCommandError, match="unknown tenant 'busan'"):
            issue_cmd(config, session, "busan")
        a = issue_cmd(config, session, "suwon")
        b = issue_cmd(config, session, "suwon")
        c = rotate_cmd(config, session, "suwon", a.key_id)
        assert authenticate(session, a.plaintext) is None and authenticate(session, b.plaintext) == "suwon"
        with pytest.raises(KeyCommandError, match="--all"):
            revoke_cmd(config, session, "suwon")
        assert revoke_cmd(config, session, "suwon", all_keys=True) == 2
        assert authenticate(session, c.plaintext) is None
        assert list_cmd(config, session, "suwon") == []
        assert len(list_cmd(config, session, "suwon", include_revoked=True)) == 3


def test_typer_keys_app(data_dir, monkeypatch):
    from typer.testing import CliRunner

    from tenancy.cli import keys_app

    runner = CliRunner()
    issued = runner.invoke(keys_app, ["issue", "--tenant", "yongin"])
    assert issued.exit_code == 0, issued.output
    key = next(line.split(": ", 1)[1] for line in issued.stdout.splitlines() if line.startswith("key: "))
    assert key.startswith("mw_yongin_")
    listed = runner.invoke(keys_app, ["list", "--tenant", "yongin"])
    assert listed.exit_code == 0 and key[10:22] in listed.stdout and key not in listed.stdout
    assert runner.invoke(keys_app, ["issue", "--tenant", "nowhere"]).exit_code == 2
    assert runner.invoke(keys_app, ["rotate", "--tenant", "yongin"]).exit_code == 0
    assert runner.invoke(keys_app, ["revoke", "--tenant", "yongin", "--all"]).exit_code == 0


def test_keys_change_without_restart(make_app, db_engine, config):
    """Issue, rotate and revoke take effect on a running server (auth cache TTL 0 here)."""
    from database import session_factory
    from tenancy import issue_key, revoke, rotate

    app, client = make_app()
    sessions = session_factory(db_engine)
    with sessions() as session:
        key = issue_key(session, "suwon")
    payload = {"text": "버스 정류장 의자가 부서졌어요"}
    assert client.post("/api/v1/classify", json=payload, headers=auth(key)).status_code == 200
    with sessions() as session:
        new = rotate(session, "suwon")
    assert client.post("/api/v1/classify", json=payload, headers=auth(key)).status_code == 401
    assert client.post("/api/v1/classify", json=payload, headers=auth(new.plaintext)).status_code == 200
    with sessions() as session:
        revoke(session, "suwon", new.key_id)
    assert client.post("/api/v1/classify", json=payload, headers=auth(new.plaintext)).status_code == 401


def test_auth_cache_expires(db_engine):
    """With a TTL, a revoked key keeps working at most TTL seconds in a process that saw it."""
    from database import session_factory
    from tenancy import KeyAuthenticator, issue_key, revoke

    now = [100.0]
    sessions = session_factory(db_engine)
    authenticator = KeyAuthenticator(sessions, ttl_s=5, monotonic=lambda: now[0])
    with sessions() as session:
        key = issue_key(session, "suwon")
    assert authenticator(key) == "suwon"
    with sessions() as session:
        revoke(session, "suwon")
    now[0] += 4
    assert authenticator(key) == "suwon"
    now[0] += 2
    assert authenticator(key) is None


# ---------------------------------------------------------------- quotas
@pytest.fixture()
def quota_service(db_engine, clock):
    from tenancy import QuotaService

    limits = {"suwon": 10, "yongin": 5}
    service = QuotaService(db_engine, limits=limits.__getitem__, clock=clock, warn_ratio=0.8)
    yield service
    service.close()


def test_kst_day_and_retry_after():
    from tenancy import kst_day, seconds_until_midnight

    # 2026-03-02 14:59:59 UTC is 23:59:59 KST on the 2nd; one second later it is the 3rd.
    t = datetime(2026, 3, 2, 14, 59, 59, tzinfo=timezone.utc)
    assert kst_day(t).isoformat() == "2026-03-02"
    assert seconds_until_midnight(t) == 1
    assert kst_day(t + timedelta(seconds=1)).isoformat() == "2026-03-03"
    assert seconds_until_midnight(t + timedelta(seconds=1)) == 86400
    assert seconds_until_midnight(datetime(2026, 3, 2, 1, 0, tzinfo=timezone.utc)) == 14 * 3600
    with pytest.raises(ValueError):
        kst_day(datetime(2026, 3, 2))


def test_quota_all_or_nothing_and_warning_once(quota_service, caplog):
    warnings = []
    quota_service.on_warning = warnings.append
    with caplog.at_level(logging.WARNING, logger="minwon.quota"):
        decisions = [quota_service.charge("suwon") for _ in range(7)]
        assert [d.remaining for d in decisions] == [9, 8, 7, 6, 5, 4, 3]
        assert not any(d.warning for d in decisions)
        eighth = quota_service.charge("suwon")  # 8/10 = 80%
        assert eighth.allowed and eighth.warning
        ninth = quota_service.charge("suwon")
        assert ninth.allowed and not ninth.warning
        batch = quota_service.charge("suwon", 2)  # 9 + 2 > 10: refused whole
        assert not batch.allowed and batch.used == 9 and batch.remaining == 1 and batch.retry_after_s == 14 * 3600
        last = quota_service.charge("suwon", 1)
        assert last.allowed and last.remaining == 0 and not last.warning
        assert not quota_service.charge("suwon").allowed
    assert len(warnings) == 1
    assert [r.getMessage() for r in caplog.records].count(caplog.records[0].getMessage()) == 1
    assert "tenant=suwon" in caplog.records[0].getMessage()
    # Other tenants are untouched.
    assert quota_service.charge("yongin", 5).allowed
    assert quota_service.charge("yongin", 5 + 1).allowed is False


def test_quota_resets_at_kst_midnight(quota_service, clock):
    clock.now = datetime(2026, 3, 2, 14, 59, 0, tzinfo=timezone.utc)  # 23:59 KST
    assert quota_service.charge("yongin", 5).allowed
    refused = quota_service.charge("yongin")
    assert not refused.allowed and refused.retry_after_s == 60
    clock.advance(seconds=59)
    assert not quota_service.charge("yongin").allowed
    clock.advance(seconds=1)  # 00:00 KST
    fresh = quota_service.charge("yongin")
    assert fresh.allowed and fresh.used == 1
    # The warning is once per tenant *per day*: it comes again the next day.
    assert quota_service.charge("yongin", 3).warning


def test_group_charges_decide_like_one_by_one(db_engine, clock):
    """charge_many (one transaction, a tenant's charges tried as one total first) gives every charge
    the decision, count and warning that charging them one at a time, in order, gives."""
    import random

    from tenancy import QuotaService

    limits = {"suwon": 40, "yongin": 13, "seongnam": 7}
    rng = random.Random(5)
    for round_ in range(30):
        clock.advance(seconds=86400)  # a fresh day: no calls, no warning yet
        grouped = QuotaService(db_engine, limits=limits.__getitem__, clock=clock, warn_ratio=0.8)
        reference: dict[str, tuple[int, bool]] = {t: (0, False) for t in limits}  # used, warned
        for _ in range(6):
            charges = [(rng.choice(list(limits)), rng.choice([1, 1, 1, 2, 5])) for _ in range(rng.randint(1, 12))]
            decisions = grouped.charge_many(charges)
            for (tenant, n), decision in zip(charges, decisions):
                used, warned = reference[tenant]
                limit = limits[tenant]
                allowed = used + n <= limit
                used = used + n if allowed else used
                warning = allowed and not warned and used >= 0.8 * limit
                reference[tenant] = (used, warned or warning)
                assert (decision.allowed, decision.used, decision.warning) == (allowed, used, warning), (
                    round_, charges, tenant, n)
        grouped.close()
    assert any(used == limits[t] for t, (used, _) in reference.items())  # the limits were reached


def test_quota_exact_under_thread_concurrency(quota_service):
    quota_service.set_usage("suwon", 3)
    results = []
    lock = threading.Lock()

    def worker():
        for _ in range(5):
            d = quota_service.charge("suwon")
            with lock:
                results.append(d.allowed)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(True) == 7 and len(results) == 40


def test_quota_over_http(make_app, keys, clock, caplog):
    config = with_quota(make_config(poll_interval_s=0.2, auth_cache_ttl_s=0), "seongnam", 10)
    app, client = make_app(config=config)
    headers = auth(keys["seongnam"])
    payload = {"text": "주차 단속 요청합니다"}
    warned = []
    with caplog.at_level(logging.WARNING, logger="minwon.quota"):
        for i in range(7):
            response = client.post("/api/v1/classify", json=payload, headers=headers)
            assert response.status_code == 200
            assert response.headers["x-quota-limit"] == "10"
            assert response.headers["x-quota-remaining"] == str(10 - i - 1)
            warned.append("x-quota-warning" in response.headers)
        batch = client.post("/api/v1/classify/batch", json={"texts": ["가로등 고장", "도로 파손"]}, headers=headers)
        assert batch.status_code == 200 and "x-quota-warning" in batch.headers  # 9/10 crosses 80%
        assert "9 of 10" in batch.headers["x-quota-warning"]
        assert not any(warned)
        again = client.post("/api/v1/classify", json=payload, headers=headers)
        assert again.status_code == 200 and "x-quota-warning" not in again.headers  # once a day
        refused = client.post("/api/v1/classify", json=payload, headers=headers)
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "quota_exceeded"
    assert int(refused.headers["retry-after"]) == 14 * 3600  # 10:00 KST -> midnight
    assert refused.headers["x-quota-remaining"] == "0"
    assert "midnight Asia/Seoul" in refused.json()["error"]["message"]
    assert sum("quota warning" in r.getMessage() for r in caplog.records) == 1
    metrics = client.get("/metrics").text
    assert 'minwon_quota_warnings_total{tenant="seongnam"} 1.0' in metrics
    assert 'minwon_quota_usage_ratio{tenant="seongnam"} 1.0' in metrics
    assert 'minwon_quota_refused_total{tenant="seongnam"} 1.0' in metrics
    # Other tenants are not affected; after KST midnight seongnam may call again.
    assert client.post("/api/v1/classify", json=payload, headers=auth(keys["suwon"])).status_code == 200
    clock.advance(hours=14)
    reset = client.post("/api/v1/classify", json=payload, headers=headers)
    assert reset.status_code == 200 and reset.headers["x-quota-remaining"] == "9"


def test_failed_inference_is_refunded(make_app, keys):
    """A request the server could not answer (queue full) costs the tenant nothing."""
    # A queue of one text: a batch of two can never be queued, a single text can.
    app, client = make_app(make_config(poll_interval_s=0.2, auth_cache_ttl_s=0, max_queue_size=1))
    headers = auth(keys["suwon"])
    assert client.post("/api/v1/classify", json={"text": "소음 신고"}, headers=headers).headers["x-quota-remaining"] == "9999"
    response = client.post("/api/v1/classify/batch", json={"texts": ["소음 신고", "도로 파손"]}, headers=headers)
    assert response.status_code == 503 and response.headers["retry-after"] == "1"
    assert response.json()["error"]["code"] == "overloaded"
    assert response.headers["x-quota-remaining"] == "9999"
    assert app.state.ctx.quotas.usage("suwon").used == 1


def test_timed_out_inference_is_refunded(make_app, keys):
    """request_timeout_s passes before the texts are classified: 503, nothing counted. (Two texts
    are concurrent traffic, so the batcher waits up to 1 s for more: past the 50 ms timeout.)"""
    app, client = make_app(make_config(
        poll_interval_s=0.2, auth_cache_ttl_s=0, max_queue_delay_us=1_000_000, request_timeout_s=0.05,
    ))
    response = client.post("/api/v1/classify/batch", json={"texts": ["소음 신고", "도로 파손"]},
                           headers=auth(keys["suwon"]))
    assert response.status_code == 503 and response.json()["error"]["code"] == "inference_failed"
    assert response.headers["x-quota-remaining"] == "10000"
    assert app.state.ctx.quotas.usage("suwon").used == 0
