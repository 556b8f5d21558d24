"""Training checkpoints in the object store.

Layout:

    checkpoints/<run_id>/step-00000120/checkpoint.pt    the resume dict (torch.save)
    checkpoints/<run_id>/step-00000120/manifest.json    written LAST: {step, files: {name: sha256, size}}
    checkpoints/<run_id>/final/...                      the trained HF model + tokenizer
    checkpoints/<run_id>/final/manifest.json            written LAST: file list + training summary

A folder without its manifest (a writer killed mid-upload) is partial: it is never resumed from, and
is deleted once a newer complete checkpoint exists. A manifest whose checksum does not match its
file is treated the same way, so a corrupt upload falls back to the previous checkpoint.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from storage import (
    ObjectNotFoundError,
    ObjectStore,
    fetch_folder,
    join_key,
    put_folder,
    read_manifest,
    sha256_file,
    validate_segment,
)

log = logging.getLogger(__name__)

STEP_FOLDER = re.compile(r"^step-(\d{8,})$")
CHECKPOINT_FILE = "checkpoint.pt"
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class CheckpointInfo:
    step: int
    key: str  # folder key, e.g. checkpoints/run-1/step-00000120
    complete: bool


def run_prefix(run_id: str) -> str:
    return join_key("checkpoints", validate_segment(run_id))


def step_key(run_id: str, step: int) -> str:
    return join_key(run_prefix(run_id), f"step-{step:08d}")


def final_key(run_id: str) -> str:
    return join_key(run_prefix(run_id), "final")


def list_checkpoints(store: ObjectStore, run_id: str) -> list[CheckpointInfo]:
    """Every step folder of a run, oldest first; `complete` means its manifest exists."""
    prefix = run_prefix(run_id) + "/"
    folders: dict[int, set[str]] = {}
    for info in store.list(prefix):
        parts = info.key[len(prefix):].split("/")
        match = STEP_FOLDER.match(parts[0])
        if match and len(parts) == 2:
            folders.setdefault(int(match.group(1)), set()).add(parts[1])
    return [
        CheckpointInfo(step=step, key=step_key(run_id, step), complete=MANIFEST in names)
        for step, names in sorted(folders.items())
    ]


def save_checkpoint(store: ObjectStore, run_id: str, step: int, state: dict, scratch_dir: Path,
                    tenants: list[str] | None = None) -> str:
    """torch.save `state` and upload it, then the manifest (the commit point). Returns the folder key.
    `tenants` (the cities whose data the run trains on) lets an erasure find the checkpoint."""
    import torch

    scratch_dir = Path(scratch_dir)
    scratch_dir.mkdir(parents=True, exist_ok=True)
    local = scratch_dir / CHECKPOINT_FILE
    torch.save(state, local)
    key = step_key(run_id, step)
    store.put_file(f"{key}/{CHECKPOINT_FILE}", local)
    manifest = {
        "run_id": run_id,
        "step": step,
        "tenants": tenants,
        "created_at": datetime.now(timezone.utc).isoformat(),
        "files": {CHECKPOINT_FILE: {"sha256": sha256_file(local), "size": local.stat().st_size}},
    }
    store.put_bytes(f"{key}/{MANIFEST}", json.dumps(manifest, indent=2).encode())
    local.unlink()
    return key


def load_checkpoint(store: ObjectStore, info: CheckpointInfo, scratch_dir: Path) -> dict:
    """Download, verify against the manifest and load. Raises ValueError on a checksum mismatch."""
    import torch

    manifest = json.loads(store.get_bytes(f"{info.key}/{MANIFEST}"))
    local = Path(scratch_dir) / f"resume-{info.step:08d}.pt"
    local.parent.mkdir(parents=True, exist_ok=True)
    store.get_file(f"{info.key}/{CHECKPOINT_FILE}", local)
    if sha256_file(local) != manifest["files"][CHECKPOINT_FILE]["sha256"]:
        local.unlink()
        raise ValueError(f"{info.key}: checkpoint file does not match its manifest")
    # weights_only: the resume dict holds only tensors and plain Python values (see train.py).
    state = torch.load(local, map_location="cpu", weights_only=True)
    local.unlink()
    return state


def load_latest_checkpoint(store: ObjectStore, run_id: str, scratch_dir: Path) -> dict | None:
    """The newest complete, intact checkpoint's state, or None. Partial/corrupt ones are skipped."""
    for info in reversed(list_checkpoints(store, run_id)):
        if not info.complete:
            log.warning("ignoring partial checkpoint %s (no manifest)", info.key)
            continue
        try:
            return load_checkpoint(store, info, scratch_dir)
        except (ValueError, ObjectNotFoundError, KeyError, json.JSONDecodeError) as error:
            log.warning("ignoring unusable checkpoint %s: %s", info.key, error)
    return None


def _delete_folder(store: ObjectStore, key: str) -> None:
    # Manifest first: an interrupted delete leaves a partial folder, never a "complete" broken one.
    store.delete(f"{key}/{MANIFEST}")
    store.delete_prefix(key + "/")


def prune_checkpoints(store: ObjectStore, run_id: str, keep_last: int) -> list[str]:
    """Keep the newest `keep_last` complete checkpoints; delete older ones and stale partial ones."""
    checkpoints = list_checkpoints(store, run_id)
    complete = [c for c in checkpoints if c.complete]
    keep = {c.step for c in complete[-keep_last:]}
    newest = complete[-1].step if complete else -1
    deleted = []
    for info in checkpoints:
        stale_partial = not info.complete and info.step < newest
        if (info.complete and info.step not in keep) or stale_partial:
            _delete_folder(store, info.key)
            deleted.append(info.key)
    return deleted


def save_final_model(store: ObjectStore, run_id: str, model_dir: Path, summary: dict,
                     tenants: list[str] | None = None) -> str:
    """Upload the trained HF directory, then a manifest holding `summary` (the training result)."""
    key = final_key(run_id)
    put_folder(store, key, model_dir, {"run_id": run_id, "summary": summary, "tenants": tenants})
    return key


def load_final_model(store: ObjectStore, run_id: str, target_dir: Path) -> tuple[Path, dict] | None:
    """Mirror a finished run's model into `target_dir`; returns (dir, summary) or None if unfinished."""
    key = final_key(run_id)
    manifest = read_manifest(store, key)
    if manifest is None:
        return None
    return fetch_folder(store, key, target_dir, manifest), manifest["summary"]


# ---------------------------------------------------------------- random-number state in a checkpoint
def rng_state(device) -> dict:
    """Python, NumPy and torch (CPU and CUDA) generator states, as values torch.load(weights_only=True) accepts."""
    import random

    import numpy as np
    import torch

    numpy_state = np.random.get_state()
    return {
        "python": random.getstate(),
        # As plain lists: the checkpoint then loads with torch.load(weights_only=True).
        "numpy": [numpy_state[0], numpy_state[1].tolist(), *numpy_state[2:]],
        "torch": torch.get_rng_state(),
        "cuda": torch.cuda.get_rng_state_all() if device.type == "cuda" else [],
    }


def restore_rng_state(state: dict, device) -> None:
    import random

    import numpy as np
    import torch

    version, internal, gauss = state["python"]
    random.setstate((version, tuple(internal), gauss))
    kind, keys, *rest = state["numpy"]
    np.random.set_state((kind, np.asarray(keys, dtype=np.uint32), *rest))
    torch.set_rng_state(state["torch"])
    if device.type == "cuda" and state["cuda"]:
        torch.cuda.set_rng_state_all(state["cuda"])


def run_tenants(store: ObjectStore, run_id: str) -> set[str] | None:
    """The cities whose data run `run_id` trained on, from its manifests; None when no manifest says
    (a run written before manifests named them, or one with no complete folder yet)."""
    found: set[str] | None = None
    for info in store.list(run_prefix(run_id) + "/"):
        if not info.key.endswith("/" + MANIFEST):
            continue
        try:
            tenants = json.loads(store.get_bytes(info.key)).get("tenants")
        except (ObjectNotFoundError, json.JSONDecodeError):
            continue
        if tenants is not None:
            found = (found or set()) | set(tenants)
    return found


def run_ids(store: ObjectStore) -> list[str]:
    """Every run with anything under checkpoints/."""
    return sorted({info.key.split("/")[1] for info in store.list("checkpoints/") if info.key.count("/") >= 2})
