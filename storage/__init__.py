"""Object storage: one interface, a local-folder backend (embedded default) and an S3 backend (Ceph RGW)."""

from storage.keys import InvalidKeyError, join_key, validate_key, validate_segment
from storage.object_store import LocalObjectStore, ObjectInfo, ObjectNotFoundError, ObjectStore
from storage.s3 import S3ObjectStore
from storage.factory import open_object_store

__all__ = [
    "InvalidKeyError",
    "LocalObjectStore",
    "ObjectInfo",
    "ObjectNotFoundError",
    "ObjectStore",
    "S3ObjectStore",
    "join_key",
    "open_object_store",
    "validate_key",
    "validate_segment",
]
