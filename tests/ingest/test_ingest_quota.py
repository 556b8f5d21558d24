"""Monthly upload quotas (Asia/Seoul calendar months), counted atomically at registration."""

from __future__ import annotations

import threading
from datetime import datetime, timezone

from sqlalchemy import create_engine

from database import Base, session_factory
from tenancy.upload_quota import UploadQuota, quota_month, seconds_until_next_month


def _sessions(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'q.db'}", connect_args={"timeout": 30, "check_same_thread": False})
    Base.metadata.create_all(engine)
    return session_factory(engine)


def test_month_is_the_calendar_month_in_seoul():
    # 2026-03-31 15:30 UTC is already April 1st 00:30 in Seoul.
    assert quota_month(datetime(2026, 3, 31, 14, 59, tzinfo=timezone.utc)) == "2026-03"
    assert quota_month(datetime(2026, 3, 31, 15, 30, tzinfo=timezone.utc)) == "2026-04"
    assert seconds_until_next_month(datetime(2026, 3, 31, 14, 59, tzinfo=timezone.utc)) == 60


def test_charge_check_warn_refuse_and_new_month(tmp_path):
    sessions = _sessions(tmp_path)
    now = [datetime(2026, 3, 31, 14, 0, tzinfo=timezone.utc)]
    quota = UploadQuota(limits=lambda tenant: 1000, clock=lambda: now[0], warn_ratio=0.8)
    with sessions() as session:
        assert quota.check(session, "suwon", 1000).allowed
        first = quota.charge(session, "suwon", 700)
        session.commit()
    assert first.allowed and first.used_bytes == 700 and not first.warning
    with sessions() as session:
        second = quota.charge(session, "suwon", 150)  # 850 >= 800: the one warning of the month
        third = quota.charge(session, "suwon", 50)
        session.commit()
    assert second.warning and not third.warning and third.used_bytes == 900
    with sessions() as session:
        refused = quota.charge(session, "suwon", 101)
        assert not refused.allowed and refused.used_bytes == 900
        assert not quota.check(session, "suwon", 101).allowed
        assert quota.check(session, "suwon", 100).allowed
        assert quota.usage(session, "seongnam").used_bytes == 0  # per tenant
        session.commit()
    with sessions() as session:  # a rolled-back registration takes its charge with it
        quota.charge(session, "suwon", 100)
        session.rollback()
        assert quota.usage(session, "suwon").used_bytes == 900
    now[0] = datetime(2026, 3, 31, 15, 1, tzinfo=timezone.utc)  # April in Seoul
    with sessions() as session:
        assert quota.usage(session, "suwon").used_bytes == 0 and quota.month() == "2026-04"


def test_concurrent_charges_never_exceed_the_limit(tmp_path):
    sessions = _sessions(tmp_path)
    quota = UploadQuota(limits=lambda tenant: 10_000)
    allowed = []

    def worker():
        for _ in range(20):
            with sessions() as session:
                decision = quota.charge(session, "yongin", 100)
                session.commit()
            allowed.append(decision.allowed)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with sessions() as session:
        used = quota.usage(session, "yongin").used_bytes
    assert sum(allowed) == 100 and used == 10_000
