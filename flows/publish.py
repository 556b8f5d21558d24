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
def decide(package_dir: Path, training_config: str, dataset_version: str) -> dict:
    """Score the candidate, the TF-IDF baseline and production on the candidate's own test split."""
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
        package_dir, splits, platform.registry, platform.cache_dir / "registry",
        cfg.promotion_margin_macro_f1, cfg.max_length, alias=platform.config.platform.serving.model_alias,
        baseline_alpha=cfg.promotion_baseline_alpha,
    )


@flow(name="publish", log_prints=True)
def publish_flow(parameters: PublishParameters) -> Publication:
    platform = current_platform()
    registry = platform.registry
    alias = platform.config.platform.serving.model_alias
    log = get_run_logger()
    package_dir = Path(parameters.package_dir)
    lineage = json.loads((package_dir / "lineage.json").read_text(encoding="utf-8"))
    existing = _already_published(registry, lineage["run_id"])
    if existing:
        log.info("run %s is already published as %s; nothing to publish", lineage["run_id"], existing)
        decision = json.loads(platform.store.get_bytes(f"{registry.prefix}/decisions/{existing}.json"))
        return Publication(existing, False, decision, registry.get_alias(alias))
    decision = decide(package_dir, parameters.training_config, lineage["dataset_version"])
    version = registry.next_version()
    registry.publish(version, package_dir)
    registry.record_decision(version, decision)
    if decision["promote"]:
        registry.set_alias(alias, version, "; ".join(decision["reasons"]))
    log.info("published %s %s; %s: %s", registry.name, version,
             f"promoted to {alias}" if decision["promote"] else "not promoted", "; ".join(decision["reasons"]))
    return Publication(version, decision["promote"], decision, registry.get_alias(alias))
