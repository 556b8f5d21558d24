"""Ingest: find new files in tenants' upload areas, register each once, parse them into records.

Entry points: `Ingestor` (registration with checks, quota and audit), `ingest.sftp.SftpSweeper`
(SFTP drop folders), `ingest.presign.Presigner` (presigned URLs), `ingest.api.router` (HTTP),
`ingest.cli.upload_app` (`minwon upload ...`).
"""

from ingest.readers import ParsedFile, RawRecord, UnsupportedFileError, read_upload
from ingest.registration import Ingestor, Outcome, register_new_uploads, upload_prefix

__all__ = [
    "Ingestor",
    "Outcome",
    "ParsedFile",
    "RawRecord",
    "UnsupportedFileError",
    "read_upload",
    "register_new_uploads",
    "upload_prefix",
]
