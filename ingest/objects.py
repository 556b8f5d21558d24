"""Object versions and streamed reads, for any ObjectStore.

A *version* is (key, size, fingerprint): the fingerprint changes whenever the object is rewritten
(S3: ETag + Last-Modified; local folder: mtime + size), so a sweep can skip what it has already
decided without downloading it again. Reads are streamed to a private temporary file while hashing,
never held whole in memory (uploads go up to `uploads.max_file_mb`).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from datetime import timezone
from pathlib import Path
from typing import Iterator

from storage import LocalObjectStore, ObjectNotFoundError, ObjectStore, S3ObjectStore
from storage.keys import validate_prefix

CHUNK = 1 << 20


@dataclass(frozen=True)
class ObjectVersion:
    key: str
    size: int
    fingerprint: str


def _s3_fingerprint(etag: str, modified) -> str:
    # Whole seconds in UTC: a listing gives milliseconds, HEAD's Last-Modified header only seconds.
    if hasattr(modified, "astimezone"):
        stamp = modified.astimezone(timezone.utc).replace(microsecond=0).strftime("%Y%m%dT%H%M%SZ")
    else:
        stamp = str(modified)
    return f"etag:{etag.strip(chr(34))}|{stamp}"


def list_versions(store: ObjectStore, prefix: str) -> Iterator[ObjectVersion]:
    """Every object under `prefix` with its fingerprint, sorted by key.

    Keys that the store's own key rules would refuse (written by a tenant with its S3 credentials,
    e.g. `uploads/suwon/../x.csv`) are listed too, raw: the caller refuses them with a reason.
    """
    if isinstance(store, S3ObjectStore):
        paginator = store.client.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=store.bucket, Prefix=store.prefix + validate_prefix(prefix)):
            for item in page.get("Contents", []):
                yield ObjectVersion(
                    key=item["Key"][len(store.prefix):], size=int(item["Size"]),
                    fingerprint=_s3_fingerprint(item.get("ETag", ""), item.get("LastModified")),
                )
        return
    if isinstance(store, LocalObjectStore):
        for info in store.list(prefix):
            try:
                stat = store._path(info.key).stat()
            except (FileNotFoundError, ValueError):
                continue
            yield ObjectVersion(info.key, stat.st_size, f"mtime:{stat.st_mtime_ns}|{stat.st_size}")
        return
    for info in store.list(prefix):  # any other backend: no cheap fingerprint, hash decides
        yield ObjectVersion(info.key, info.size, f"size:{info.size}")


def stat_version(store: ObjectStore, key: str) -> ObjectVersion | None:
    """The current version of one object, or None if it does not exist."""
    if isinstance(store, S3ObjectStore):
        from botocore.exceptions import ClientError

        try:
            head = store.client.head_object(Bucket=store.bucket, Key=store.prefix + key)
        except ClientError as error:
            if store._not_found(error):
                return None
            raise
        return ObjectVersion(key, int(head["ContentLength"]), _s3_fingerprint(head.get("ETag", ""), head.get("LastModified")))
    if isinstance(store, LocalObjectStore):
        try:
            stat = store._path(key).stat()
        except FileNotFoundError:
            return None
        return ObjectVersion(key, stat.st_size, f"mtime:{stat.st_mtime_ns}|{stat.st_size}")
    try:
        size = store.size(key)
    except ObjectNotFoundError:
        return None
    return ObjectVersion(key, size, f"size:{size}")


def _raw_reader(store: ObjectStore, key: str):
    """A binary file-like object over the object's bytes (the key is used as listed, unvalidated)."""
    if isinstance(store, S3ObjectStore):
        from botocore.exceptions import ClientError

        try:
            return store.client.get_object(Bucket=store.bucket, Key=store.prefix + key)["Body"]
        except ClientError as error:
            if store._not_found(error):
                raise ObjectNotFoundError(key) from None
            raise
    if isinstance(store, LocalObjectStore):
        try:
            return open(store._path(key), "rb")
        except (FileNotFoundError, IsADirectoryError):
            raise ObjectNotFoundError(key) from None
    import io

    return io.BytesIO(store.get_bytes(key))


def _chunks(store: ObjectStore, key: str):
    """The object's bytes in CHUNK-sized pieces, streamed."""
    reader = _raw_reader(store, key)
    try:
        while chunk := reader.read(CHUNK):
            yield chunk
    finally:
        reader.close()


def download_hashed(store: ObjectStore, key: str, directory: Path | None = None) -> tuple[Path, str, int]:
    """Stream the object into a new private temporary file: (path, sha256, size). Caller deletes it."""
    fd, name = tempfile.mkstemp(prefix="minwon-ingest-", dir=directory)
    digest = hashlib.sha256()
    size = 0
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in _chunks(store, key):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name), digest.hexdigest(), size


def object_sha256(store: ObjectStore, key: str) -> tuple[str, int]:
    """Read the object back and hash it, streamed: (sha256, size)."""
    digest = hashlib.sha256()
    size = 0
    for chunk in _chunks(store, key):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def copy_hashed(source, target: Path) -> tuple[str, int]:
    """Copy an open binary file to `target` while hashing it: (sha256, size)."""
    digest = hashlib.sha256()
    size = 0
    with open(target, "wb") as out:
        while True:
            chunk = source.read(CHUNK)
            if not chunk:
                break
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest(), size


__all__ = ["ObjectVersion", "copy_hashed", "download_hashed", "list_versions", "object_sha256", "stat_version"]
