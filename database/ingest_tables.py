"""Tables of the ingest path: audit log, monthly upload quota, objects already decided, SFTP looks.

    upload_audit         who uploaded what, when, size, checksum, outcome (never any content)
    upload_quota_usage   bytes registered per tenant per calendar month (Asia/Seoul)
    ingest_objects       each object version (tenant, key, fingerprint) decided once: registered,
                         duplicate or refused; a re-delivered event or a re-run finds it and stops
    sftp_observations    the previous look at each file of a drop folder (size, mtime), so that a
                         file still being written is not taken
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from database.tables import Base, utcnow


class UploadAudit(Base):
    __tablename__ = "upload_audit"
    __table_args__ = (Index("ix_upload_audit_tenant_at", "tenant", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    tenant: Mapped[str] = mapped_column(String(32))
    # Who: "api-key:<key_id>", "s3:<rgw user>", "sftp:<system user>", "sweep", "cli".
    actor: Mapped[str] = mapped_column(String(128))
    channel: Mapped[str] = mapped_column(String(16))  # presign | s3 | sftp | event | sweep
    action: Mapped[str] = mapped_column(String(32))   # presign | register | copy | event | quota
    outcome: Mapped[str] = mapped_column(String(16))  # ok | duplicate | refused | warning | error | ignored
    reason: Mapped[str | None] = mapped_column(String(64), nullable=True)
    object_key: Mapped[str | None] = mapped_column(String(1024), nullable=True)
    filename: Mapped[str | None] = mapped_column(String(512), nullable=True)  # escaped, as presented
    size_bytes: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    upload_pk: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detail: Mapped[str | None] = mapped_column(String(500), nullable=True)


class UploadQuotaUsage(Base):
    __tablename__ = "upload_quota_usage"

    tenant: Mapped[str] = mapped_column(String(32), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM in Asia/Seoul
    bytes_used: Mapped[int] = mapped_column(BigInteger, default=0)
    uploads: Mapped[int] = mapped_column(Integer, default=0)
    warned: Mapped[int] = mapped_column(Integer, default=0)


class IngestedObject(Base):
    __tablename__ = "ingest_objects"
    __table_args__ = (UniqueConstraint("tenant", "object_key", "fingerprint", name="uq_ingest_object_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant: Mapped[str] = mapped_column(String(32), index=True)
    object_key: Mapped[str] = mapped_column(String(1024))
    # The version seen: "etag:<etag>|<last-modified>" on S3, "mtime:<ns>|<size>" locally,
    # "sha256:<hex>" where nothing cheaper is known.
    fingerprint: Mapped[str] = mapped_column(String(160))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    state: Mapped[str] = mapped_column(String(16))  # registered | duplicate | refused
    reason: Mapped[str | None] = mapped_column(String(64), nullable=True)
    upload_pk: Mapped[int | None] = mapped_column(Integer, nullable=True)
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SftpObservation(Base):
    __tablename__ = "sftp_observations"

    tenant: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the raw name bytes
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger)
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
