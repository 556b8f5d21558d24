"""Where a model comes from: a hub id, a local directory, or an object-store URI mirrored locally."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from storage import ObjectStore, validate_key


def resolve_model_uri(uri: str, store: ObjectStore, cache_dir: Path) -> str:
    """Return something `from_pretrained` accepts offline: a local directory, or the hub id unchanged.

    - `store://<key prefix>`: a prefix in the platform's object store, mirrored into `cache_dir`.
    - `file:///path` or an existing path: used in place.
    - anything else (e.g. `klue/bert-base`): a hub id, for machines with a hub mirror.
    """
    if uri.startswith("store://"):
        prefix = validate_key(uri[len("store://"):].strip("/"))
        target = Path(cache_dir) / prefix
        if not (target / "config.json").is_file():
            # Mirror into a private folder, then rename: a crash mid-download (or a second process
            # mirroring the same model) never leaves a folder that has config.json but partial weights.
            target.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
            try:
                store.get_dir(prefix, staging)
                if target.exists() and not (target / "config.json").is_file():
                    shutil.rmtree(target)  # debris of an older, non-atomic mirror
                try:
                    staging.rename(target)
                except OSError:
                    if not (target / "config.json").is_file():  # not a concurrent winner: a real error
                        raise
            finally:
                shutil.rmtree(staging, ignore_errors=True)
        return str(target)
    if uri.startswith("file://"):
        return uri[len("file://"):]
    if Path(uri).expanduser().is_dir():
        return str(Path(uri).expanduser())
    return uri
