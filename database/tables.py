from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import BigInteger, Date, DateTime, Integer, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class Upload(Base):
    """One tenant file, registered once: the same tenant + key + content hash is never ingested twice."""

    __tablename__ = "uploads"
    __table_args__ = (UniqueConstraint("tenant", "object_key", "sha256", name="uq_upload_identity"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant: Mapped[str] = mapped_column(String(32), index=True)
    object_key: Mapped[str] = mapped_column(String(1024))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    # registered -> gated (curated/quarantined written) | rejected (whole upload quarantined)
    status: Mapped[str] = mapped_column(String(16), default="registered")
    records_in: Mapped[int | None] = mapped_column(Integer, nullable=True)
    records_curated: Mapped[int | None] = mapped_column(Integer, nullable=True)
    records_quarantined: Mapped[int | None] = mapped_column(Integer, nullable=True)
    registered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    gated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    @property
    def upload_id(self) -> str:
        """A key-safe identifier for everything derived from this upload."""
        return f"u{self.id:06d}-{self.sha256[:12]}"


class ApiKey(Base):
    """A tenant API key. Only a hash is stored; the key itself is shown once, when issued."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant: Mapped[str] = mapped_column(String(32), index=True)
    key_id: Mapped[str] = mapped_column(String(16), unique=True)  # public prefix, for lookup and audit
    key_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class QuotaUsage(Base):
    """API calls per tenant per Asia/Seoul calendar day, incremented atomically in the database."""

    __tablename__ = "quota_usage"

    tenant: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    calls: Mapped[int] = mapped_column(Integer, default=0)
    warned: Mapped[int] = mapped_column(Integer, default=0)
