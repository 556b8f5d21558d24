"""The upload audit log: who uploaded what, when, size, checksum, outcome. Never any content.

Rows are added to the caller's session, so an audit row commits with the decision it describes.
File names are stored escaped (control characters as \\xNN) and truncated.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.ingest_tables import UploadAudit
from ingest.policy import printable


def audit(
    session: Session,
    *,
    tenant: str,
    actor: str,
    channel: str,
    action: str,
    outcome: str,
    reason: str | None = None,
    object_key: str | None = None,
    filename: str | None = None,
    size_bytes: int | None = None,
    sha256: str | None = None,
    upload_pk: int | None = None,
    detail: str | None = None,
) -> UploadAudit:
    row = UploadAudit(
        tenant=tenant[:32],
        actor=printable(actor, 128),
        channel=channel,
        action=action,
        outcome=outcome,
        reason=reason,
        object_key=printable(object_key, 1024) if object_key is not None else None,
        filename=printable(filename, 512) if filename is not None else None,
        size_bytes=size_bytes,
        sha256=sha256,
        upload_pk=upload_pk,
        detail=printable(detail, 500) if detail else None,
    )
    session.add(row)
    return row


def audit_now(sessions, **fields) -> None:
    """One audit row in its own transaction."""
    with sessions() as session:
        audit(session, **fields)
        session.commit()


def recent(session: Session, tenant: str | None = None, limit: int = 100) -> list[UploadAudit]:
    statement = select(UploadAudit).order_by(UploadAudit.id.desc()).limit(limit)
    if tenant is not None:
        statement = statement.where(UploadAudit.tenant == tenant)
    return list(session.scalars(statement))
