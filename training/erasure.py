"""Erase what training derived from a city's data: checkpoints of runs on it, base models built
from its texts, and this machine's local copies of them.

A run whose manifests do not say which cities it trained on (written before they did) is erased
too: checkpoints can be recomputed, a city's data cannot be taken back out of them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from storage import ObjectNotFoundError, ObjectStore, join_key
from training import checkpoints
from training.base_model import BASE_LINEAGE

BASE_MODELS = "base-models"


def runs_trained_on(store: ObjectStore, tenant: str) -> list[str]:
    found = []
    for run_id in checkpoints.run_ids(store):
        tenants = checkpoints.run_tenants(store, run_id)
        if tenants is None or tenant in tenants:
            found.append(run_id)
    return found


def base_models_built_from(store: ObjectStore, tenant: str) -> tuple[list[str], list[str]]:
    """(base-model prefixes whose lineage names the city, prefixes with no lineage at all)."""
    prefixes = sorted({"/".join(info.key.split("/")[:2]) for info in store.list(BASE_MODELS + "/")
                       if info.key.count("/") >= 2})
    built_from, unknown = [], []
    for prefix in prefixes:
        try:
            lineage = json.loads(store.get_bytes(join_key(prefix, BASE_LINEAGE)))
        except ObjectNotFoundError:
            unknown.append(prefix)
            continue
        if tenant in lineage.get("tenants", []):
            built_from.append(prefix)
    return built_from, unknown


def erase_training_artifacts(store: ObjectStore, tenant: str, *, dry_run: bool, extra_runs: list[str] = (),
                             local_dirs: list[Path] = ()) -> dict[str, list[str]]:
    """Checkpoints of every run on the city's data (plus `extra_runs`, e.g. the runs of withdrawn
    model versions), base models built from its texts, and the local work/cache folders of those."""
    present = set(checkpoints.run_ids(store))
    runs = sorted(set(runs_trained_on(store, tenant)) | (set(extra_runs) & present))
    bases, unknown = base_models_built_from(store, tenant)
    found = {"training runs": runs, "base models": bases, "base models of unknown lineage (kept)": unknown}
    local = []
    for root in map(Path, local_dirs):
        candidates = [root / "runs" / run for run in sorted(set(runs) | set(extra_runs))]
        candidates += [root / "base-models" / b for b in bases]
        local += [str(path) for path in candidates if path.exists()]
    found["local copies"] = local
    if not dry_run:
        for run in runs:
            # Manifests first: an interrupted erase leaves partial folders, never "complete" ones.
            for info in store.list(checkpoints.run_prefix(run) + "/"):
                if info.key.endswith("/manifest.json"):
                    store.delete(info.key)
            store.delete_prefix(checkpoints.run_prefix(run) + "/")
        for base in bases:
            store.delete(join_key(base, "config.json"))  # a mirror with config.json counts as complete
            store.delete_prefix(base + "/")
        for path in map(Path, local):
            shutil.rmtree(path, ignore_errors=True)
    return found


# ---------------------------------------------------------------- pretrained encoders (registry://)
PRETRAINING_REPORT = "pretraining.json"   # written by training/pretrain.py into every encoder version


def pretraining_tenants(report: dict) -> set[str] | None:
    """The cities whose curated text a pretraining read (empty: none); None when it read curated
    text but does not say whose (such a version counts as built from every city)."""
    curated = report.get("sources", {}).get("curated")
    if curated is None:
        return set()
    if curated.get("tenants") is not None:
        return set(curated["tenants"])
    keys = list(curated.get("files", {}))
    tenants = {key.split("/")[1] for key in keys if key.startswith("curated/") and key.count("/") >= 2}
    return tenants if keys and len(tenants) > 0 else None


def encoder_registries(store: ObjectStore) -> list[str]:
    """Names of the registry models that hold pretrained encoders (a version with pretraining.json)."""
    names = sorted({info.key.split("/")[1] for info in store.list("models/") if info.key.count("/") >= 3})
    found = []
    for name in names:
        for info in store.list(join_key("models", name) + "/"):
            if info.key.endswith("/" + PRETRAINING_REPORT) or (
                    info.key.split("/")[2] == "withdrawn" and _encoder_tombstone(store, info.key)):
                found.append(name)
                break
    return found


def _encoder_tombstone(store: ObjectStore, key: str) -> bool:
    try:
        return json.loads(store.get_bytes(key)).get("lineage", {}).get("kind") == "pretrained encoder"
    except (ObjectNotFoundError, ValueError):
        return False


def encoders_pretrained_on(store: ObjectStore, tenant: str) -> dict[str, dict]:
    """`registry://NAME/VERSION` -> its lineage, for every encoder version whose pretraining corpus
    held the city's curated text: complete versions, and versions an earlier (interrupted) erasure
    already withdrew, whose files may not all be gone yet."""
    from registry import ModelRegistry

    found = {}
    for name in encoder_registries(store):
        registry = ModelRegistry(store, name)
        for version in registry.versions():
            try:
                report = registry.read_json(version, PRETRAINING_REPORT)
            except ObjectNotFoundError:
                continue
            tenants = pretraining_tenants(report)
            if tenants is None or tenant in tenants:
                found[f"registry://{name}/{version}"] = {
                    "kind": "pretrained encoder", "tenants": sorted(tenants or [tenant]),
                    "cache_files": report.get("cache_files", []), "sources": sorted(report.get("sources", {}))}
        for version in registry.withdrawn():
            lineage = (registry.tombstone(version) or {}).get("lineage", {})
            if lineage.get("kind") == "pretrained encoder" and tenant in lineage.get("tenants", []):
                found.setdefault(f"registry://{name}/{version}", lineage)
    return found


def erase_pretrained_encoders(store: ObjectStore, tenant: str, *, dry_run: bool,
                              local_dirs: list[Path] = ()) -> tuple[dict[str, list[str]], list[str]]:
    """Withdraw every encoder version pretrained on the city's curated text (files deleted, tombstone
    kept; `latest` moves to the newest version pretrained without it, or is removed: the next train
    flow then pretrains anew), and remove this machine's copies: registry mirrors, the pretraining
    scratch folder, and the tokenised Arrow caches of such corpora (plus any that no remaining
    encoder version names: a pretraining that never published may have read any city's text)."""
    from registry import ModelRegistry

    tainted = encoders_pretrained_on(store, tenant)
    by_name: dict[str, dict[str, dict]] = {}
    for uri, lineage in tainted.items():
        name, version = uri[len("registry://"):].split("/")
        by_name.setdefault(name, {})[version] = lineage
    notes, local, kept_caches = [], [], set()
    for name in encoder_registries(store):
        registry = ModelRegistry(store, name)
        for version in registry.versions():
            if version not in by_name.get(name, {}):
                try:
                    kept_caches |= set(registry.read_json(version, PRETRAINING_REPORT).get("cache_files", []))
                except ObjectNotFoundError:
                    pass
    for name, versions in by_name.items():
        registry = ModelRegistry(store, name)
        latest = registry.get_alias("latest")
        if latest in versions:
            fallback = next((v for v in reversed(registry.versions()) if v not in versions), None)
            notes.append(f"registry://{name} latest: {latest} -> {fallback or 'none (pretrained anew on next use)'}")
            if not dry_run:
                if fallback:
                    registry.set_alias("latest", fallback, f"{latest} withdrawn: erasure of {tenant}")
                else:
                    registry.remove_alias("latest")
        if not dry_run:
            for version, lineage in versions.items():
                registry.withdraw(version, f"pretrained on curated data of {tenant}, which was erased", lineage)
        for root in map(Path, local_dirs):
            local += [root / sub / "registry" / name / version for sub in ("", "base-models") for version in versions]
            local.append(root / "pretrain" / name)
    for root in map(Path, local_dirs):
        blocks = root / "datasets" / "blocks"
        if blocks.is_dir():
            local += [path for path in sorted(blocks.iterdir()) if path.name not in kept_caches]
    local = sorted({path for path in local if path.exists()})
    if not dry_run:
        for path in local:
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
    return ({"pretrained encoder versions": sorted(tainted),
             "local encoder copies and caches": [str(path) for path in local]}, notes)


def local_runs_of(tenant: str, local_dirs: list[Path]) -> list[Path]:
    """Local run folders (`<root>/runs/<run>/`) whose packaged candidate says it trained on the city:
    candidates that were never published (the TF-IDF model that lost, say) have no checkpoint or
    registry version that would name them, but their folder holds a model of the city's data."""
    found = []
    for root in map(Path, local_dirs):
        for lineage_path in sorted((root / "runs").glob("*/package/lineage.json")):
            try:
                tenants = json.loads(lineage_path.read_text(encoding="utf-8")).get("tenants")
            except (OSError, ValueError):
                tenants = None
            if tenants is None or tenant in tenants:
                found.append(lineage_path.parent.parent)
    return sorted(set(found))


def erase_local_runs(tenant: str, *, dry_run: bool, local_dirs: list[Path] = ()) -> dict[str, list[str]]:
    found = local_runs_of(tenant, local_dirs)
    if not dry_run:
        for path in found:
            shutil.rmtree(path, ignore_errors=True)
    return {"local candidate folders": [str(path) for path in found]}
