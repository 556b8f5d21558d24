"""Tables of the GPU layer: every GPU job of the platform and the monthly quota warnings.

    gpu_jobs            one row per job (local or Slurm): account (city or platform), priority class,
                        GPUs, the KST month it ran in, GPU seconds used, preemptions, time waited
    gpu_quota_warnings  the once-a-month warning at 80% of an account's GPU hours
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Float, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from database.tables import Base, utcnow


class GpuJob(Base):
    __tablename__ = "gpu_jobs"
    __table_args__ = (Index("ix_gpu_jobs_account_month", "account", "month"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    backend: Mapped[str] = mapped_column(String(16))            # local | slurm
    job_id: Mapped[str] = mapped_column(String(64))             # Slurm job id, or local-<n>
    name: Mapped[str] = mapped_column(String(128))
    account: Mapped[str] = mapped_column(String(32))
    klass: Mapped[str] = mapped_column(String(32))              # priority class (QOS)
    pool: Mapped[str] = mapped_column(String(16))               # passthrough | vgpu | local
    gpus: Mapped[int] = mapped_column(Integer)
    quota_checked: Mapped[int] = mapped_column(Integer, default=1)  # counts toward GPU-hour quota
    month: Mapped[str] = mapped_column(String(7))               # YYYY-MM, Asia/Seoul
    state: Mapped[str] = mapped_column(String(24))
    exit_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    gpu_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    wait_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    preemptions: Mapped[int] = mapped_column(Integer, default=0)


class GpuQuotaWarning(Base):
    __tablename__ = "gpu_quota_warnings"

    account: Mapped[str] = mapped_column(String(32), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    ratio: Mapped[float] = mapped_column(Float)
    warned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
