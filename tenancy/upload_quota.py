"""Monthly upload quotas (`upload_gb_per_month` in tenants.yaml), counted at registration.

One row per (tenant, month) in `upload_quota_usage`; the month is the calendar month in Asia/Seoul
(configurable: `uploads.quota_timezone`). A registration charges its size with one conditional
increment in the SAME transaction that inserts the upload:

    UPDATE upload_quota_usage SET bytes_used = bytes_used + :n, uploads = uploads + 1
     WHERE tenant = :t AND month = :m AND bytes_used + :n <= :limit

so the charge and the registration commit together or not at all (a registration that loses a race
to another process rolls its charge back), and two processes can never register past the limit.
Presigning only *checks* (`check`): an URL that is never used costs nothing.

Past `warn_ratio` of the limit the `warned` flag is flipped with `UPDATE ... WHERE warned = 0`;
exactly one registration per tenant and month sees rowcount 1 and carries the warning.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Callable
from zoneinfo import ZoneInfo

from sqlalchemy import and_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from database.ingest_tables import UploadQuotaUsage
from tenancy.quotas import Clock, utc_now

log = logging.getLogger("minwon.upload_quota")

def quota_month(now: datetime, tz: str = "Asia/Seoul") -> str:
    if now.tzinfo is None:
        raise ValueError("the clock must return timezone-aware datetimes")
    return now.astimezone(ZoneInfo(tz)).strftime("%Y-%m")


def seconds_until_next_month(now: datetime, tz: str = "Asia/Seoul") -> int:
    local = now.astimezone(ZoneInfo(tz))
    year, month = (local.year + 1, 1) if local.month == 12 else (local.year, local.month + 1)
    start = datetime(year, month, 1, tzinfo=local.tzinfo)
    return max(1, int(-(-(start - local).total_seconds() // 1)))


@dataclass(frozen=True)
class UploadQuotaDecision:
    allowed: bool
    tenant: str
    month: str
    limit_bytes: int
    used_bytes: int  # counted this month (after this charge when it was allowed and charged)
    requested_bytes: int
    warn_ratio: float
    warning: bool = False  # this charge crossed the warning ratio: the once-a-month warning

    @property
    def remaining_bytes(self) -> int:
        return max(0, self.limit_bytes - self.used_bytes)

    @property
    def usage_ratio(self) -> float:
        return self.used_bytes / self.limit_bytes if self.limit_bytes else 1.0

    @property
    def near_limit(self) -> bool:
        """Usage (after the request, for a check) is at or past the warning ratio."""
        return self.used_bytes >= self.warn_ratio * self.limit_bytes

    def as_dict(self) -> dict:
        return {
            "month": self.month,
            "limit_bytes": self.limit_bytes,
            "used_bytes": self.used_bytes,
            "remaining_bytes": self.remaining_bytes,
            "usage_ratio": round(self.usage_ratio, 4),
            "warning": self.warning or self.near_limit,
        }


class UploadQuota:
    def __init__(
        self,
        limits: Callable[[str], int],
        clock: Clock = utc_now,
        timezone_name: str = "Asia/Seoul",
        warn_ratio: float = 0.8,
    ):
        self.limits = limits
        self.clock = clock
        self.timezone_name = timezone_name
        self.warn_ratio = warn_ratio

    @classmethod
    def from_config(cls, config, clock: Clock = utc_now) -> "UploadQuota":
        settings = config.platform.uploads
        return cls(
            limits=lambda tenant: config.tenants.get(tenant).quotas.upload_bytes_per_month,
            clock=clock,
            timezone_name=settings.quota_timezone,
            warn_ratio=settings.quota_warn_ratio,
        )

    def month(self) -> str:
        return quota_month(self.clock(), self.timezone_name)

    def retry_after_s(self) -> int:
        return seconds_until_next_month(self.clock(), self.timezone_name)

    def _where(self, tenant: str, month: str):
        return and_(UploadQuotaUsage.tenant == tenant, UploadQuotaUsage.month == month)

    def _used(self, session: Session, tenant: str, month: str) -> int:
        return session.scalar(select(UploadQuotaUsage.bytes_used).where(self._where(tenant, month))) or 0

    def _decision(self, tenant, month, used, n, allowed, warning=False) -> UploadQuotaDecision:
        return UploadQuotaDecision(
            allowed=allowed, tenant=tenant, month=month, limit_bytes=self.limits(tenant), used_bytes=used,
            requested_bytes=n, warn_ratio=self.warn_ratio, warning=warning,
        )

    def usage(self, session: Session, tenant: str) -> UploadQuotaDecision:
        month = self.month()
        used = self._used(session, tenant, month)
        return self._decision(tenant, month, used, 0, used < self.limits(tenant))

    def check(self, session: Session, tenant: str, n: int) -> UploadQuotaDecision:
        """Would `n` more bytes fit this month? Charges nothing. `used_bytes` is the usage after them."""
        month = self.month()
        used = self._used(session, tenant, month)
        limit = self.limits(tenant)
        if used + n <= limit:
            return self._decision(tenant, month, used + n, n, True)
        return self._decision(tenant, month, used, n, False)

    def _insert(self, session: Session):
        dialect = session.get_bind().dialect.name
        if dialect == "postgresql":
            return postgresql.insert
        if dialect == "sqlite":
            return sqlite.insert
        raise ValueError(f"upload quotas need SQLite or PostgreSQL, not {dialect}")

    def charge(self, session: Session, tenant: str, n: int) -> UploadQuotaDecision:
        """Count `n` bytes for `tenant` this month if they fit, inside the caller's transaction.

        The caller commits (with the registration) or rolls back (the charge disappears with it).
        """
        if n < 0:
            raise ValueError("a charge is zero or more bytes")
        month = self.month()
        limit = self.limits(tenant)
        increment = (
            update(UploadQuotaUsage)
            .where(self._where(tenant, month), UploadQuotaUsage.bytes_used + n <= limit)
            .values(bytes_used=UploadQuotaUsage.bytes_used + n, uploads=UploadQuotaUsage.uploads + 1)
            .returning(UploadQuotaUsage.bytes_used, UploadQuotaUsage.warned)
        )
        row = session.execute(increment).first()
        if row is None and n <= limit:
            inserted = session.execute(
                self._insert(session)(UploadQuotaUsage)
                .values(tenant=tenant, month=month, bytes_used=n, uploads=1, warned=0)
                .on_conflict_do_nothing(index_elements=["tenant", "month"])
            ).rowcount
            row = (n, 0) if inserted == 1 else session.execute(increment).first()
        if row is None:
            return self._decision(tenant, month, self._used(session, tenant, month), n, False)
        used, warned = int(row[0]), int(row[1])
        warning = False
        if used >= self.warn_ratio * limit and not warned:
            warning = session.execute(
                update(UploadQuotaUsage).where(self._where(tenant, month), UploadQuotaUsage.warned == 0).values(warned=1)
            ).rowcount == 1
        if warning:
            log.warning("upload quota warning: tenant=%s month=%s used=%d limit=%d", tenant, month, used, limit)
        return self._decision(tenant, month, used, n, True, warning)
