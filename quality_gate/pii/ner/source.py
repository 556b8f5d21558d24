"""Where the gate gets the learned tagger: the model registry, like the serving models.

`resolve_model_dir(config)`:
1. MINWON_PII_MODEL_DIR, when set: a local model folder (tests, a gate node with a mounted copy);
2. else the registry of the platform's object store: `models/<model_name>/` at `alias`
   (default `pii-ner` / `production`), mirrored into the platform cache and checked against its
   manifest (registry.ModelRegistry.fetch).
A gate configured with the tagger and finding neither fails with an error that says how to build
and publish it; it does not silently run without it.
"""

from __future__ import annotations

import os
from pathlib import Path

from quality_gate.pii.ner.model import NerModelError

ENV_MODEL_DIR = "MINWON_PII_MODEL_DIR"


def resolve_model_dir(learned_config) -> Path:
    local = os.environ.get(ENV_MODEL_DIR)
    if local:
        path = Path(local)
        if not path.is_dir():
            raise NerModelError(f"{ENV_MODEL_DIR}={local} is not a folder")
        return path
    from registry import ModelRegistry
    from runtime import current_platform

    platform = current_platform()
    registry = ModelRegistry(platform.store, learned_config.model_name)
    version = registry.get_alias(learned_config.alias)
    if version is None:
        raise NerModelError(
            f"the learned PII model '{learned_config.model_name}' has no '{learned_config.alias}' version in the "
            f"registry: run `minwon pii train-model` (builds and publishes it), or set {ENV_MODEL_DIR}, or turn it "
            "off with quality_gate.pii.learned.enabled: false in configs/quality_gate.yaml"
        )
    return registry.fetch(version, platform.cache_dir / "pii")
