"""Object storage: one interface, a local-folder backend (embedded default) and an S3 backend (Ceph RGW)."""

from storage.keys import InvalidKeyError, join_key, validate_key, validate_segment
from storage.object_store import LocalObjectStore, ObjectInfo, ObjectNotFoundError, ObjectStore
from storage.s3 import S3ObjectStore
from storage.factory import open_object_store
from storage.manifest import ManifestMismatchError, fetch_folder, put_folder, read_manifest, sha256_file

__all__ = [
    "InvalidKeyError",
    "ManifestMismatchError",
    "LocalObjectStore",
    "ObjectInfo",
    "ObjectNotFoundError",
    "ObjectStore",
    "S3ObjectStore",
    "fetch_folder",
    "join_key",
    "open_object_store",
    "put_folder",
    "read_manifest",
    "sha256_file",
    "validate_key",
    "validate_segment",
]
