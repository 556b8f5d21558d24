"""Train flow: base model -> splits -> fine-tune (resumable) -> evaluate -> ONNX export -> package."""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from pydantic import BaseModel, Field

from configuration import TrainingConfig
from runtime import current_platform
from registry import resolve_model_uri
from storage import validate_key
from training.runs import default_run_id


class TrainParameters(BaseModel):
    training_config: str = Field(default="tiny", description="A file in configs/training/ (tiny, klue-bert-base)")
    run_id: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",
        description="Resume or reuse this run; default: one id per config and dataset version",
    )
    processes: int = Field(default=0, ge=0, le=64, description="Training processes; 0: one per GPU, or 1 without")
    account: str | None = Field(
        default=None, pattern=r"^[a-z][a-z0-9-]{1,31}$",
        description="GPU account charged: a city, or none for the platform account (the shared model)")
    priority: Literal["training", "fine-tuning"] = Field(default="training", description="Priority class (Slurm QOS)")


@dataclass
class Candidate:
    package_dir: Path
    metrics: dict
    run_id: str
    dataset_version: str
    # Every candidate of this run by name (the transformer's package_dir included): the publish flow
    # scores them all on the same test records and publishes the best.
    candidates: dict[str, Path] = field(default_factory=dict)
    gpu_job: dict = field(default_factory=dict)  # how the training job ran: backend, preemptions, wait


# No print capture: datasets fingerprints its map/filter functions with dill, which disassembles them
# with dis.dis into a captured stdout; the flow's log_prints would copy that bytecode into the run log.
@task(cache_policy=NO_CACHE, log_prints=False)
def ensure_base_model(cfg: TrainingConfig) -> str:
    """A `store://` base that does not exist yet and has a `build_base` recipe is built from the
    curated (masked) corpus: the tiny Korean BERT of tests and the demo. Returns a local directory
    or hub id for `from_pretrained`."""
    from training.base_model import build_tiny_base_model, upload_base_model
    from training.datasets import read_curated

    platform = current_platform()
    if cfg.base_model.startswith("registry://") and cfg.pretrain is not None:
        from registry import ModelVersionNotFound, registry_version

        try:
            registry_version(cfg.base_model, platform.store)
        except ModelVersionNotFound:
            from training.pretrain import pretrain_and_publish

            version = pretrain_and_publish(cfg, platform, reason="first use by the train flow")
            get_run_logger().info("built the tiny Korean encoder (%d MLM steps) -> %s %s", cfg.pretrain.steps,
                                  cfg.base_model, version)
    if cfg.base_model.startswith("store://") and cfg.build_base is not None:
        prefix = validate_key(cfg.base_model[len("store://"):].strip("/"))
        if not platform.store.exists(prefix + "/config.json"):
            records, _ = read_curated(platform.store)
            texts = (records["title"].fillna("") + "\n" + records["body"].fillna("")).tolist()
            local = platform.work_dir / "base-model-build"
            shutil.rmtree(local, ignore_errors=True)
            build_tiny_base_model(texts, cfg.build_base, local)
            upload_base_model(platform.store, local, prefix,
                              lineage={"tenants": sorted(records["tenant"].unique().tolist()), "texts": len(texts)})
            get_run_logger().info("built the tiny Korean base model from %d curated texts -> %s", len(texts), cfg.base_model)
    return resolve_model_uri(cfg.base_model, platform.store, platform.cache_dir / "base-models")


@task(cache_policy=NO_CACHE)
def load_training_splits(cfg: TrainingConfig):
    from training.datasets import load_splits

    platform = current_platform()
    splits = load_splits(platform.store, platform.config.taxonomy.codes, cfg.split, cfg.seed)
    get_run_logger().info(
        "dataset %s: train %d, validation %d, test %d records from %s",
        splits.dataset_version[:12], len(splits.train), len(splits.validation), len(splits.test), ", ".join(splits.tenants),
    )
    return splits


@dataclass
class NothingToTrain:
    """The train flow's answer when no tenant has labelled curated records (not an error)."""

    message: str


@task(cache_policy=NO_CACHE)
def check_trainable(cfg: TrainingConfig) -> str | None:
    """None when there is something to train on; else the reason, per tenant, in words."""
    from training.datasets import labelled_counts

    platform = current_platform()
    counts = labelled_counts(platform.store)
    tenants = list(platform.config.tenants.tenants)
    missing = [t for t in tenants if not counts.get(t)]
    total = sum(counts.values())
    if total >= cfg.batch_size:
        if missing:
            get_run_logger().warning("no labelled curated records for %s (training on %s)", ", ".join(missing),
                                     ", ".join(t for t in tenants if counts.get(t)))
        return None
    why = ("no labelled curated records" if total == 0 else
           f"only {total} labelled curated record(s), fewer than one batch ({cfg.batch_size})")
    return (f"nothing to train for {', '.join(tenants)}: {why}; see the quality reports "
            "(`minwon gate`, reports/<tenant>/) for what was rejected or quarantined and why")


class TrainingStopped(RuntimeError):
    """Training ended early (preempted, wall-time limit, or a failure) after its last checkpoint."""


@task(cache_policy=NO_CACHE)
def fine_tune(training_config: str, run_id: str, processes: int, account: str | None = None,
              priority: str = "training"):
    """Train under torchrun, as a GPU job of the scheduler (scheduler.backend: local runs it here,
    slurm submits it to the passthrough pool and follows it). The job's processes die with whoever
    started them, and SIGTERM reaches every rank, which checkpoints and exits (75); on Slurm the
    job is then requeued and resumes. Running the flow again resumes from the newest checkpoint."""
    from scheduling import open_backend
    from training.runs import load_train_result

    platform = current_platform()
    logger = get_run_logger()
    work_dir = platform.work_dir / "runs"
    finished = load_train_result(platform.store, run_id, work_dir)
    if finished is not None:
        logger.info("run %s already finished; reusing its model", run_id)
        return finished, {}
    backend = open_backend()
    spec = _training_job(backend, platform.config.training(training_config), training_config, run_id, processes,
                         account, priority, work_dir)

    def log(line: str) -> None:  # the job's progress, into the flow's log (and on the console)
        logger.info("%s", line)
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    outcome = backend.run(spec, log)
    job = {"backend": outcome.backend, "job_id": outcome.job_id, "state": outcome.state,
           "preemptions": outcome.preemptions, "wait_seconds": round(outcome.wait_seconds, 1),
           "gpu_hours": round(outcome.gpu_hours, 4), "account": spec.request.account}
    log(f"training job {outcome.job_id}: preempted {outcome.preemptions} time(s), waited {outcome.wait_seconds:.0f} s, "
        f"{outcome.gpu_hours:.4f} GPU h on account {spec.request.account}")
    finished = load_train_result(platform.store, run_id, work_dir)
    if finished is None:
        raise TrainingStopped(_stopped_message(platform.store, run_id, outcome))
    return finished, job


def _training_job(backend, cfg: TrainingConfig, config_name: str, run_id: str, processes: int,
                  account: str | None, priority: str, work_dir: Path):
    """The training job request: account, class, GPUs, time limit (refused over the class's 24 h)."""
    from scheduling import JobRequest, job_spec

    gpu = backend.policy.gpu
    if backend.name == "slurm":
        nproc = processes or cfg.gpus
    else:
        import torch

        nproc = processes or max(torch.cuda.device_count(), 1)
    hours = cfg.max_wall_time_hours
    command = [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc-per-node={nproc}",
               "-m", "training.train", "--config", config_name, "--run-id", run_id, "--work-dir", str(work_dir)]
    if backend.name == "slurm":
        # Training stops itself (checkpoint, exit 76) before Slurm's time limit, and checkpoints
        # within Slurm's grace time when preempted.
        grace = gpu.scheduler.preemption_grace_seconds
        command += ["--set", f"preemption_grace_seconds={grace}",
                    "--set", f"max_wall_time_hours={max(hours - (grace + 60) / 3600, hours / 2):.6f}"]
    request = JobRequest(name=f"train-{run_id}"[:64], account=account or gpu.platform_account.name, klass=priority,
                         gpus=nproc, command=command, hours=hours, cpus=nproc, stop_report=True)
    return job_spec(backend.policy, request)  # PolicyError: over 24 h, unknown account, ...


def _stopped_message(store, run_id: str, outcome) -> str:
    from training.checkpoints import list_checkpoints

    complete = [c.step for c in list_checkpoints(store, run_id) if c.complete]
    reason = (outcome.stop_report or {}).get("reason")
    return (f"training run {run_id} stopped ({outcome.summary()}"
            + (f"; {reason}" if reason else "") + ") "
            + (f"after its checkpoint at step {complete[-1]}; run the flow again to resume"
               if complete else "before its first checkpoint; see the log above"))


@task(cache_policy=NO_CACHE)
def evaluate_and_package(cfg: TrainingConfig, splits, result) -> Path:
    from training.evaluate import evaluate_model
    from training.export import export_and_verify
    from training.package import build_package

    platform = current_platform()
    run_dir = platform.work_dir / "runs" / result.run_id
    evaluation = evaluate_model(result.model_dir, splits, list(splits.label_codes), cfg.max_length, run_dir / "evaluation",
                                history=getattr(result, "history", None), best_epoch=getattr(result, "best_epoch", None))
    export = export_and_verify(result.model_dir, splits.test["text"].tolist(), splits.test["label"].to_numpy(),
                               list(splits.label_codes), cfg.max_length, run_dir / "export",
                               torch_logits=evaluation.test_logits)
    package_dir = run_dir / "package"
    shutil.rmtree(package_dir, ignore_errors=True)
    build_package(package_dir, train_result=result, splits=splits, cfg=cfg, taxonomy=platform.config.taxonomy,
                  evaluation=evaluation, export=export)
    get_run_logger().info(
        "test accuracy %.3f, macro-F1 %.3f; ONNX parity max|Δlogit| %s",
        evaluation.metrics["accuracy"], evaluation.metrics["macro_f1"], export.parity.get("fp32", {}).get("max_abs_diff"),
    )
    return package_dir


@task(cache_policy=NO_CACHE)
def tfidf_candidate(cfg: TrainingConfig, splits) -> Path:
    """The TF-IDF + logistic-regression candidate on the same splits, exported to ONNX and packaged."""
    from training import tfidf

    platform = current_platform()
    run_dir = platform.work_dir / "runs" / tfidf.tfidf_run_id(splits.dataset_version, tfidf.TfidfSettings())
    shutil.rmtree(run_dir, ignore_errors=True)
    candidate = tfidf.train_and_export(splits, run_dir / "export")
    package_dir = tfidf.package(candidate, splits, cfg, platform.config.taxonomy, run_dir / "package")
    metrics = json.loads((package_dir / "metrics.json").read_text(encoding="utf-8"))
    get_run_logger().info("TF-IDF candidate: test accuracy %.3f, macro-F1 %.3f; ONNX parity max|Δ| %.1e",
                          metrics["accuracy"], metrics["macro_f1"], candidate.parity["fp32"]["max_abs_diff"])
    return package_dir


@flow(name="train", log_prints=True)
def train_flow(parameters: TrainParameters = TrainParameters()) -> Candidate | NothingToTrain:
    platform = current_platform()
    cfg = platform.config.training(parameters.training_config)
    problem = check_trainable(cfg)
    if problem:
        get_run_logger().warning(problem)
        return NothingToTrain(problem)
    ensure_base_model(cfg)
    splits = load_training_splits(cfg)
    # The same config on the same data is the same run: a rerun resumes it (or reuses it when done).
    run_id = parameters.run_id or default_run_id(cfg, splits.dataset_version)
    result, gpu_job = fine_tune(parameters.training_config, run_id, parameters.processes, parameters.account,
                                parameters.priority)
    package_dir = evaluate_and_package(cfg, splits, result)
    baseline_dir = tfidf_candidate(cfg, splits)
    metrics = json.loads((package_dir / "metrics.json").read_text(encoding="utf-8"))
    return Candidate(package_dir=package_dir, metrics=metrics, run_id=run_id, dataset_version=splits.dataset_version,
                     candidates={"transformer": package_dir, "tfidf": baseline_dir}, gpu_job=gpu_job)
