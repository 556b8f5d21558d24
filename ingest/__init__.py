"""Ingest: find new files in tenants' upload areas, register each once, parse them into records."""

from ingest.readers import ParsedFile, RawRecord, UnsupportedFileError, read_upload
from ingest.registration import register_new_uploads, upload_prefix

__all__ = [
    "ParsedFile",
    "RawRecord",
    "UnsupportedFileError",
    "read_upload",
    "register_new_uploads",
    "upload_prefix",
]
