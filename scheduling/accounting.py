"""GPU hours per account (city or platform) per calendar month (Asia/Seoul), in the platform database.

Every GPU job, local or Slurm, is recorded in `gpu_jobs` when it ends. The local backend enforces the
quota from these rows: at 100% of the month's GPU hours a quota-checked job (training, fine-tuning)
is refused with the reason; at 80% a warning is logged once a month (`gpu_quota_warnings`).
On Slurm the same rule is enforced by Slurm itself (GrpTRESMins); these rows are the record.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from database.gpu_tables import GpuJob, GpuQuotaWarning
from tenancy.quotas import utc_now
from tenancy.upload_quota import quota_month, seconds_until_next_month

log = logging.getLogger("minwon.gpu.quota")


class QuotaExhausted(RuntimeError):
    """The account's GPU hours of this month are spent: its training jobs wait (local: refused)."""


@dataclass(frozen=True)
class GpuUsage:
    account: str
    month: str
    used_hours: float        # quota-counted GPU hours (whole GPUs: training classes)
    limit_hours: float
    other_hours: float = 0.0  # GPU hours not counted in the quota (vGPU inference)

    @property
    def ratio(self) -> float:
        return self.used_hours / self.limit_hours if self.limit_hours else 1.0

    def describe(self) -> str:
        return f"{self.account}: {self.used_hours:.3f} of {self.limit_hours:g} GPU h in {self.month} ({self.ratio:.0%})"


def month_of(now: datetime | None, tz: str) -> str:
    return quota_month(now or utc_now(), tz)


def usage(sessions: sessionmaker[Session], account: str, limit_hours: float, tz: str,
          now: datetime | None = None) -> GpuUsage:
    month = month_of(now, tz)
    with sessions() as session:
        rows = session.execute(
            select(GpuJob.quota_checked, func.coalesce(func.sum(GpuJob.gpu_seconds), 0.0))
            .where(GpuJob.account == account, GpuJob.month == month).group_by(GpuJob.quota_checked)).all()
    counted = sum(seconds for checked, seconds in rows if checked) / 3600
    other = sum(seconds for checked, seconds in rows if not checked) / 3600
    return GpuUsage(account, month, counted, limit_hours, other)


def check_quota(current: GpuUsage, klass: str, quota_checked: bool, tz: str, now: datetime | None = None) -> None:
    if quota_checked and current.used_hours >= current.limit_hours:
        days = seconds_until_next_month(now or utc_now(), tz) / 86400
        raise QuotaExhausted(
            f"GPU-hour quota spent: {current.describe()}. New {klass} jobs of {current.account} wait until the "
            f"quota resets in {days:.1f} days (1st of the month, {tz}) or the limit is raised "
            f"(configs/tenants.yaml gpu_hours_per_month); inference is not blocked.")


def warn_once(sessions: sessionmaker[Session], current: GpuUsage, warn_ratio: float) -> bool:
    """Log the 80% warning once per account and month; True when this call emitted it."""
    if current.ratio < warn_ratio:
        return False
    with sessions() as session:
        session.add(GpuQuotaWarning(account=current.account, month=current.month, ratio=current.ratio))
        try:
            session.commit()
        except IntegrityError:
            return False
    log.warning("GPU-hour quota warning: %s (warning at %.0f%%)", current.describe(), warn_ratio * 100)
    return True


def record_job(sessions: sessionmaker[Session], **fields) -> None:
    with sessions() as session:
        session.add(GpuJob(**fields))
        session.commit()


def recent_jobs(sessions: sessionmaker[Session], limit: int = 20) -> list[GpuJob]:
    with sessions() as session:
        return list(session.scalars(select(GpuJob).order_by(GpuJob.id.desc()).limit(limit)))
