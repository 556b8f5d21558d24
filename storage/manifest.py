"""Folders committed by a manifest: every file first, `manifest.json` (names, sizes, sha256) last.

Readers treat a folder without a manifest as partial and verify every file they fetch against it,
so a crash mid-upload or a corrupted object is never mistaken for a complete model or checkpoint.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

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
    """Mirror the manifest's files into `target_dir`, reusing local copies that already match."""
    target_dir = Path(target_dir)
    for relative, meta in manifest["files"].items():
        path = target_dir / relative
        if path.is_file() and sha256_file(path) == meta["sha256"]:
            continue
        store.get_file(f"{prefix}/{relative}", path)
        if sha256_file(path) != meta["sha256"]:
            raise ManifestMismatchError(f"{prefix}/{relative}: checksum does not match the manifest")
    return target_dir
