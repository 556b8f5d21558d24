"""Folders committed by a manifest: every file first, `manifest.json` (names, sizes, sha256) last.

Readers treat a folder without a manifest as partial and verify every file they fetch against it,
so a crash mid-upload or a corrupted object is never mistaken for a complete model or checkpoint.
"""

from __future__ import annotations

import hashlib
import json
import os
from contextlib import contextmanager
from pathlib import Path

from storage.keys import validate_key
from storage.object_store import ObjectNotFoundError, ObjectStore

MANIFEST = "manifest.json"


class ManifestMismatchError(ValueError):
    """A fetched file does not match the checksum its manifest recorded."""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def put_folder(store: ObjectStore, prefix: str, directory: Path, metadata: dict) -> dict:
    """Upload `directory` under `prefix/`, then the manifest (`metadata` + "files"): the commit point."""
    directory = Path(directory)
    files = {}
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        relative = path.relative_to(directory).as_posix()
        if relative == MANIFEST:
            continue
        store.put_file(f"{prefix}/{relative}", path)
        files[relative] = {"sha256": sha256_file(path), "size": path.stat().st_size}
    manifest = {**metadata, "files": files}
    store.put_bytes(f"{prefix}/{MANIFEST}", json.dumps(manifest, indent=2, ensure_ascii=False).encode("utf-8"))
    return manifest


def read_manifest(store: ObjectStore, prefix: str) -> dict | None:
    """The folder's manifest, or None while the folder is partial (or absent)."""
    try:
        return json.loads(store.get_bytes(f"{prefix}/{MANIFEST}"))
    except ObjectNotFoundError:
        return None


def fetch_folder(store: ObjectStore, prefix: str, target_dir: Path, manifest: dict) -> Path:
    """Mirror the manifest's files into `target_dir`, reusing local copies that already match.

    Several processes may mirror the same folder at once (the API's workers starting together on
    one cache). They take turns under an exclusive lock beside the folder, and each file is
    downloaded to a temporary name, verified, then renamed into place: a file at its final name
    is always complete, so a process loading it never reads one that another is rewriting.
    """
    target_dir = Path(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    with _exclusive(target_dir.parent / f".{target_dir.name}.lock"):
        for name, meta in manifest["files"].items():
            relative = validate_key(name)  # names come from the store: no "..", no absolute paths
            path = target_dir / relative
            if path.is_file() and sha256_file(path) == meta["sha256"]:
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
            try:
                store.get_file(f"{prefix}/{relative}", partial)
                if sha256_file(partial) != meta["sha256"]:
                    raise ManifestMismatchError(f"{prefix}/{relative}: checksum does not match the manifest")
                os.replace(partial, path)
            finally:
                partial.unlink(missing_ok=True)
    return target_dir


@contextmanager
def _exclusive(lock_path: Path):
    """An advisory lock between processes (flock: released by the kernel if the holder dies)."""
    import fcntl

    with open(lock_path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
