"""Publish flow: champion/challenger decision, registry version with lineage, `production` alias."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from pydantic import BaseModel, Field

from runtime import current_platform


class PublishParameters(BaseModel):
    package_dir: str = Field(description="A packaged model folder written by the train flow")
    training_config: str = Field(default="tiny", description="The config it was trained with")
    candidates: dict[str, str] = Field(
        default_factory=dict,
        description="Every candidate of the run by name -> package folder (package_dir among them); "
                    "empty: package_dir alone",
    )


@dataclass
class Publication:
    version: str | None
    promoted: bool
    decision: dict
    production_version: str | None


def _already_published(registry, run_id: str) -> str | None:
    for version in reversed(registry.versions()):
        lineage = registry.read_json(version, "lineage.json")
        if lineage.get("run_id") == run_id:
            return version
    return None


@task(cache_policy=NO_CACHE)
def decide(candidates: dict[str, Path], training_config: str, dataset_version: str) -> dict:
    """Score every candidate and production on the same test split; pick the best."""
    from training.datasets import load_splits
    from training.promotion import decide_promotion

    platform = current_platform()
    cfg = platform.config.training(training_config)
    splits = load_splits(platform.store, platform.config.taxonomy.codes, cfg.split, cfg.seed)
    if splits.dataset_version != dataset_version:
        raise RuntimeError(
            f"curated data changed since training (dataset {dataset_version[:12]} -> {splits.dataset_version[:12]}); "
            "retrain before publishing"
        )
    return decide_promotion(
        candidates, splits, platform.registry, platform.cache_dir / "registry",
        cfg.promotion_margin_macro_f1, cfg.max_length, alias=platform.config.platform.serving.model_alias,
        alpha=cfg.promotion_baseline_alpha,
    )


@flow(name="publish", log_prints=True)
def publish_flow(parameters: PublishParameters) -> Publication:
    platform = current_platform()
    registry = platform.registry
    alias = platform.config.platform.serving.model_alias
    log = get_run_logger()
    candidates = {name: Path(folder) for name, folder in parameters.candidates.items()} or \
        {"model": Path(parameters.package_dir)}
    lineages = {name: json.loads((folder / "lineage.json").read_text(encoding="utf-8"))
                for name, folder in candidates.items()}
    for lineage in lineages.values():
        existing = _already_published(registry, lineage["run_id"])
        if existing:
            log.info("run %s is already published as %s; nothing to publish", lineage["run_id"], existing)
            decision = json.loads(platform.store.get_bytes(f"{registry.prefix}/decisions/{existing}.json"))
            return Publication(existing, False, decision, registry.get_alias(alias))
    dataset_version = next(iter(lineages.values()))["dataset_version"]
    decision = decide(candidates, parameters.training_config, dataset_version)
    # The run's best candidate becomes the new version (the others' numbers are in the decision).
    version = registry.next_version()
    registry.publish(version, candidates[decision["winner"]])
    registry.record_decision(version, decision)
    if decision["promote"]:
        registry.set_alias(alias, version, "; ".join(decision["reasons"]))
    log.info("published %s %s (%s); %s: %s", registry.name, version, decision["winner"],
             f"promoted to {alias}" if decision["promote"] else "not promoted", "; ".join(decision["reasons"]))
    return Publication(version, decision["promote"], decision, registry.get_alias(alias))
