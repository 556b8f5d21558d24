"""Tables of platform operations: resumable pipeline runs, tenant erasures, pseudonym keys.

    pipeline_runs     one retrain run: its parameters (a resumed run keeps them)
    pipeline_stages   each stage of a run (ingest, gate, train, publish): state and result (ids,
                      counts, versions: never record content), so a resumed run continues after it
    tenant_erasures   the audit of each erasure of a city: who, when, what was removed (counts only)
    pseudonym_keys    each city's secret for its pseudonyms; erasing it makes every pseudonym of that
                      city unlinkable for good (crypto-shredding)
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from database.tables import Base, utcnow


class PipelineRun(Base):
    __tablename__ = "pipeline_runs"

    run_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    pipeline: Mapped[str] = mapped_column(String(32))            # retrain
    parameters: Mapped[str] = mapped_column(Text)                 # JSON
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=1)


class PipelineStage(Base):
    __tablename__ = "pipeline_stages"

    run_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    stage: Mapped[str] = mapped_column(String(32), primary_key=True)
    state: Mapped[str] = mapped_column(String(16))                # running | finished | failed
    result: Mapped[str | None] = mapped_column(Text, nullable=True)   # JSON, when finished
    error: Mapped[str | None] = mapped_column(String(500), nullable=True)
    attempt: Mapped[int] = mapped_column(Integer, default=1)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class TenantErasure(Base):
    __tablename__ = "tenant_erasures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant: Mapped[str] = mapped_column(String(32), index=True)
    actor: Mapped[str] = mapped_column(String(128))
    state: Mapped[str] = mapped_column(String(16))                # running | finished
    counts: Mapped[str | None] = mapped_column(Text, nullable=True)   # JSON: what was removed, per kind
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class PseudonymKey(Base):
    __tablename__ = "pseudonym_keys"

    tenant: Mapped[str] = mapped_column(String(32), primary_key=True)
    secret: Mapped[bytes] = mapped_column(LargeBinary(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
