"""Erase a city's uploads: the files in its upload area and SFTP drop folder, and their rows.

The upload audit keeps its rows (who did what when, sizes, outcomes) with every field that names
content (object key, file name, checksum, detail) cleared: accountability stays, content goes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from database import IngestedObject, SftpObservation, Upload, UploadAudit, UploadQuotaUsage
from ingest.registration import upload_prefix
from storage import ObjectStore, validate_segment
from tenancy.sftp_accounts import INBOX, PROCESSED


def erase_uploads(store: ObjectStore, sessions: sessionmaker[Session], tenant: str, *, dry_run: bool,
                  sftp_root: Path | None = None) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"upload files": [info.key for info in store.list(upload_prefix(tenant))]}
    if not dry_run:
        for key in found["upload files"]:
            store.delete(key)
    found["sftp drop-folder files"] = _sftp_files(sftp_root, tenant, dry_run)
    with sessions() as session:
        uploads = list(session.scalars(select(Upload).where(Upload.tenant == tenant)))
        found["upload records"] = [f"upload {u.upload_id} ({u.status})" for u in uploads]
        found["ingest decisions"] = [f"decision {i}" for i in session.scalars(
            select(IngestedObject.id).where(IngestedObject.tenant == tenant))]
        found["sftp observations"] = [f"observation {h[:12]}" for h in session.scalars(
            select(SftpObservation.name_hash).where(SftpObservation.tenant == tenant))]
        found["upload quota months"] = [f"month {m}" for m in session.scalars(
            select(UploadQuotaUsage.month).where(UploadQuotaUsage.tenant == tenant))]
        found["audit rows redacted"] = [f"audit {i}" for i in session.scalars(
            select(UploadAudit.id).where(UploadAudit.tenant == tenant,
                                         (UploadAudit.object_key.is_not(None)) | (UploadAudit.filename.is_not(None))
                                         | (UploadAudit.sha256.is_not(None)) | (UploadAudit.detail.is_not(None))))]
        if not dry_run:
            for table in (Upload, IngestedObject, SftpObservation, UploadQuotaUsage):
                session.execute(delete(table).where(table.tenant == tenant))
            session.execute(update(UploadAudit).where(UploadAudit.tenant == tenant)
                            .values(object_key=None, filename=None, sha256=None, detail=None))
            session.commit()
    return found


def _sftp_files(sftp_root: Path | None, tenant: str, dry_run: bool) -> list[str]:
    """Files in the city's inbox/ and processed/ on this host (the chroot itself stays for sshd)."""
    if sftp_root is None:
        return []
    chroot = Path(sftp_root) / validate_segment(tenant)
    found = []
    for folder in (chroot / INBOX, chroot / PROCESSED):
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir()):
            found.append(f"{folder.name}/{entry.name}")
            if dry_run:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink(missing_ok=True)
    return found
