"""Where a model comes from: a hub id, a local directory, or an object-store URI mirrored locally."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from storage import ObjectStore, validate_key


def resolve_model_uri(uri: str, store: ObjectStore, cache_dir: Path) -> str:
    """Return something `from_pretrained` accepts offline: a local directory, or the hub id unchanged.

    - `registry://<name>[/<version>]`: a version of a registry model (default: the one its
      `latest` alias names, e.g. the pretrained tiny Korean encoder), mirrored and verified.
    - `store://<key prefix>`: a prefix in the platform's object store, mirrored into `cache_dir`.
    - `file:///path` or an existing path: used in place.
    - anything else (e.g. `klue/bert-base`): a hub id, for machines with a hub mirror.
    """
    if uri.startswith("registry://"):
        registry, version = registry_version(uri, store)
        return str(registry.fetch(version, Path(cache_dir) / "registry"))
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


def registry_version(uri: str, store: ObjectStore, alias: str = "latest"):
    """(ModelRegistry, version) that a `registry://NAME[/VERSION]` URI names; RegistryError if none."""
    from registry.model_registry import ModelRegistry, ModelVersionNotFound

    name, _, version = uri[len("registry://"):].strip("/").partition("/")
    registry = ModelRegistry(store, name)
    version = version or registry.get_alias(alias)
    if version is None:
        raise ModelVersionNotFound(f"no version of '{name}' in the registry yet: build it with "
                                   "`minwon base-model pretrain` (the train flow does on first use)")
    return registry, version
