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
