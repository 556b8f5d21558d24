"""Register new uploads exactly once: the identity of an upload is (tenant, object key, content hash)."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from database import Upload
from storage import ObjectStore, join_key, validate_segment

UPLOAD_AREA = "uploads"


def upload_prefix(tenant: str) -> str:
    return join_key(UPLOAD_AREA, validate_segment(tenant)) + "/"


def register_new_uploads(store: ObjectStore, sessions: sessionmaker[Session], tenant: str) -> list[Upload]:
    """Register every file in the tenant's upload area not seen before (same key and content)."""
    registered = []
    for info in store.list(upload_prefix(tenant)):
        data = store.get_bytes(info.key)
        sha256 = hashlib.sha256(data).hexdigest()
        with sessions() as session:
            exists = session.scalar(
                select(Upload.id).where(
                    Upload.tenant == tenant, Upload.object_key == info.key, Upload.sha256 == sha256
                )
            )
            if exists:
                continue
            upload = Upload(tenant=tenant, object_key=info.key, sha256=sha256, size_bytes=len(data))
            session.add(upload)
            try:
                session.commit()
            except IntegrityError:  # another ingest registered it concurrently: exactly once still holds
                session.rollback()
                continue
            registered.append(upload)
    return registered
