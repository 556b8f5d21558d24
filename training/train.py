"""Fine-tune a BERT base into the department classifier.

One process, or several under torchrun (DDP: NCCL on GPUs, gloo on CPU):

    python -m training.train --config tiny --run-id 2026-11-30-a
    torchrun --standalone --nproc_per_node 8 -m training.train --config klue-bert-base --run-id ...

or in-process with `run_training(...)` (what the Prefect flow calls for a single-device run).

Everything needed to resume lives in one checkpoint dict (see `checkpoint_state` in `run_training`), written by rank 0
to the object store every `checkpoint_every_steps` optimizer steps, on SIGTERM and at the wall-time
limit. Starting a run whose id already has checkpoints resumes from the newest complete one; in
deterministic mode on CPU the resumed run ends with weights bit-identical to an uninterrupted run.

Exit codes of the command: 0 done, 75 preempted (SIGTERM), 76 wall-time limit; both resumable.
Nothing here ever logs complaint text: only counts, losses and rates.

This file is the loop, top to bottom; around it: training/distributed.py (torchrun environment,
process groups), training/checkpoints.py (checkpoint I/O in the object store, RNG state),
training/preemption.py (SIGTERM and exit codes), training/runs.py (run ids, results, resume rules)
and training/loop.py (batching, optimiser, one optimizer step).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import random
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from configuration.models import TrainingConfig
from registry import resolve_model_uri
from storage import ObjectStore, validate_segment
from training import checkpoints
from training.best_epoch import BestEpoch
from training.datasets import Splits
from training.distributed import (
    Distributed,
    any_rank,
    barrier,
    from_environment,
    gather_objects,
    pick_device,
    setup_distributed,
    teardown,
)
from training.loop import (
    build_optimizer,
    collate,
    length_bucketed_batches,
    linear_warmup_decay,
    optimizer_step,
    precision_for,
    tokenize_in_chunks,
)
from training.preemption import EXIT_PREEMPTED, EXIT_TIME_LIMIT, StopSignal, TrainingInterrupted
from scheduling.launch import EXIT_WITH_PARENT_ENV, exit_with_parent, write_stop_report
from training.runs import TrainResult, check_resume_compatible, check_same_config, config_dict

log = logging.getLogger("training.train")


def _set_deterministic(device: torch.device) -> None:
    if device.type == "cuda":
        os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
        torch.backends.cudnn.benchmark = False
    torch.use_deterministic_algorithms(True)


# ---------------------------------------------------------------- evaluation during training
@torch.no_grad()
def _evaluate(model, token_ids, labels, batch_size, pad_id, pad_multiple, device, precision,
              dist_info: Distributed, num_labels: int) -> dict:
    """Validation loss/accuracy/macro-F1; each rank takes every world_size-th batch, results gathered."""
    from sklearn.metrics import f1_score

    was_training = model.training
    model.eval()
    order = np.argsort([len(t) for t in token_ids], kind="stable")  # length-sorted: little padding
    batches = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    logits_parts, label_parts = [], []
    for indices in batches[dist_info.rank::dist_info.world_size]:
        batch = {k: v.to(device) for k, v in collate(token_ids, labels, indices, pad_id, pad_multiple).items()}
        with precision.autocast():
            logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"],
                           token_type_ids=batch["token_type_ids"]).logits
        logits_parts.append(logits.float().cpu().numpy())
        label_parts.append(batch["labels"].cpu().numpy())
    model.train(was_training)
    local = (np.concatenate(logits_parts) if logits_parts else np.zeros((0, num_labels), np.float32),
             np.concatenate(label_parts) if label_parts else np.zeros(0, np.int64))
    gathered = gather_objects(local, dist_info)
    all_logits = np.concatenate([g[0] for g in gathered])
    all_labels = np.concatenate([g[1] for g in gathered])
    if len(all_labels) == 0:
        return {"loss": float("nan"), "accuracy": float("nan"), "macro_f1": float("nan")}
    loss = F.cross_entropy(torch.from_numpy(all_logits), torch.from_numpy(all_labels)).item()
    predictions = all_logits.argmax(axis=1)
    return {
        "loss": loss,
        "accuracy": float((predictions == all_labels).mean()),
        # Over the classes present, as in training/evaluate.py's test metrics.
        "macro_f1": float(f1_score(all_labels, predictions, labels=sorted(set(all_labels.tolist())),
                                   average="macro", zero_division=0)),
    }


def _pinned(base_model: str, base_dir: str) -> str:
    """`registry://NAME` as the version it resolved to (`registry://NAME/v0003`), for the lineage."""
    if base_model.startswith("registry://") and base_model[len("registry://"):].strip("/").count("/") == 0:
        return f"{base_model.rstrip('/')}/{Path(base_dir).name}"
    return base_model


def epochs_for(cfg: TrainingConfig, train_records: int) -> int:
    """`epochs`, fewer when that would process more than `max_train_samples` examples in all."""
    if cfg.max_train_samples is None or train_records == 0:
        return cfg.epochs
    # Rounded down: rounding up processed up to one epoch past the cap (a 37k-record train split
    # ran 5 epochs, 185k examples, against a cap of 150k).
    return max(1, min(cfg.epochs, cfg.max_train_samples // train_records))


def checkpoint_interval(cfg: TrainingConfig, total_steps: int) -> int:
    """Steps between checkpoints: at least `checkpoint_every_steps`, and no more than
    `max_checkpoints_per_run` checkpoints in a run (a 45k-record run is not checkpointed every 50 steps)."""
    return max(cfg.checkpoint_every_steps, math.ceil(total_steps / cfg.max_checkpoints_per_run))


def _class_weights(labels: np.ndarray, num_labels: int, device: torch.device) -> torch.Tensor:
    """'balanced' weights n / (k * count_c); a class absent from train gets weight 0 (never seen)."""
    counts = np.bincount(labels, minlength=num_labels).astype(np.float64)
    weights = np.where(counts > 0, counts.sum() / (num_labels * np.maximum(counts, 1)), 0.0)
    return torch.tensor(weights, dtype=torch.float32, device=device)


# ---------------------------------------------------------------- the run
def run_training(
    cfg: TrainingConfig,
    splits: Splits,
    store: ObjectStore,
    run_id: str,
    label_codes: list[str],
    work_dir: Path,
    *,
    device: str | None = None,
    max_steps: int | None = None,
) -> TrainResult:
    """Train (or resume) run `run_id`; returns the result on rank 0 and every other rank alike.

    Raises TrainingInterrupted (exit_code 75/76) after checkpointing on SIGTERM or the wall-time
    limit. If the run already finished, returns its result from the store without training.
    """
    from transformers import AutoTokenizer
    from transformers.utils import logging as hf_logging

    from training.classifier import new_classifier

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    process_start = time.monotonic()
    if list(label_codes) != list(splits.label_codes):
        raise ValueError("label_codes differ from the codes the splits were labelled with")
    validate_segment(run_id)  # it names local folders and object keys
    work_dir = Path(work_dir)
    torch_device = pick_device(device, from_environment())
    dist_info = setup_distributed(torch_device.type)
    scratch = work_dir / run_id / f"rank{dist_info.rank}"
    scratch.mkdir(parents=True, exist_ok=True)
    model_dir = work_dir / run_id / "model"

    finished = checkpoints.load_final_model(store, run_id, model_dir) if dist_info.is_main else None
    finished = gather_objects(finished is not None, dist_info)[0]
    if finished:
        loaded = checkpoints.load_final_model(store, run_id, model_dir)
        teardown(dist_info)
        result = TrainResult.from_summary(loaded[1], model_dir)
        if result.dataset_version != splits.dataset_version:
            raise ValueError(f"run {run_id} finished on dataset {result.dataset_version[:12]}, not "
                             f"{splits.dataset_version[:12]}: use a new run id")
        check_same_config(result.config, cfg, "reuse finished")
        log.info("run %s already finished: using its final model", run_id)
        return result

    deterministic = cfg.deterministic
    deterministic_before = torch.are_deterministic_algorithms_enabled()
    if deterministic:
        _set_deterministic(torch_device)
    precision = precision_for(torch_device)
    pad_multiple = 8 if torch_device.type == "cuda" else 1

    # ---- data: tokenized once; batches are rebuilt per epoch from (seed, epoch)
    # Rank 0 mirrors a store:// base first; the others then find the complete local copy instead
    # of racing it into the same folder.
    if dist_info.is_main:
        base_dir = resolve_model_uri(cfg.base_model, store, work_dir / "base-models")
    barrier(dist_info)
    if not dist_info.is_main:
        base_dir = resolve_model_uri(cfg.base_model, store, work_dir / "base-models")
    tokenizer = AutoTokenizer.from_pretrained(base_dir)
    train_ids = tokenize_in_chunks(tokenizer, splits.train["text"].tolist(), cfg.max_length)
    train_labels = splits.train["label"].to_numpy(dtype=np.int64)
    val_ids = tokenize_in_chunks(tokenizer, splits.validation["text"].tolist(), cfg.max_length)
    val_labels = splits.validation["label"].to_numpy(dtype=np.int64)
    lengths = np.array([len(ids) for ids in train_ids])
    micro_batches_per_rank = len(length_bucketed_batches(
        lengths, cfg.batch_size, cfg.length_bucket_batches, cfg.seed, 0)) // dist_info.world_size
    steps_per_epoch = micro_batches_per_rank // cfg.gradient_accumulation_steps
    if steps_per_epoch == 0:
        raise ValueError(f"{len(train_ids)} training records are less than one optimizer step")
    total_steps = steps_per_epoch * epochs_for(cfg, len(train_ids))
    if max_steps is not None:
        total_steps = min(total_steps, max_steps)
    checkpoint_every = checkpoint_interval(cfg, total_steps)

    # ---- model and optimiser; the same seed on every rank makes the classifier head identical
    torch.manual_seed(cfg.seed)
    model = new_classifier(
        base_dir, list(label_codes), cfg.pooling,
        # Eager on CPU (what the tiny base was built for, deterministic); SDPA kernels on GPU.
        attn_implementation="sdpa" if torch_device.type == "cuda" else "eager",
    ).to(torch_device)
    raw_model = model
    optimizer = build_optimizer(raw_model, cfg.learning_rate, cfg.weight_decay, torch_device.type)
    scheduler = linear_warmup_decay(optimizer, math.ceil(cfg.warmup_ratio * total_steps), total_steps)
    class_weights = (_class_weights(train_labels, len(label_codes), torch_device)
                     if cfg.class_weights == "balanced" else None)

    # ---- resume: rank 0 decides whether there is a checkpoint; every rank then loads the newest
    # intact one from the shared store, and the ranks check that they agree on it.
    step, history, resumed_from = 0, {"train_loss": [], "lr": [], "validation": []}, None
    best = BestEpoch()  # by validation macro-F1; its weights become the model (training/best_epoch.py)
    started_at = datetime.now(timezone.utc).isoformat()
    wall_time_used_before = 0.0
    chosen = None
    if dist_info.is_main:
        complete = [c for c in checkpoints.list_checkpoints(store, run_id) if c.complete]
        chosen = complete[-1].step if complete else None
    chosen = gather_objects(chosen, dist_info)[0]
    if chosen is not None:
        state = checkpoints.load_latest_checkpoint(store, run_id, scratch)
        if state is not None and dist_info.enabled:
            # A corrupt newest checkpoint makes load_latest fall back; ranks must still agree.
            steps_seen = gather_objects(state["step"], dist_info)
            if len(set(steps_seen)) != 1:
                raise RuntimeError(f"ranks found different checkpoints: {steps_seen}")
    else:
        state = None
    if state is not None:
        check_resume_compatible(state, cfg, splits.dataset_version, dist_info.world_size)
        raw_model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        precision.scaler.load_state_dict(state["scaler"])
        step, history = state["step"], state["history"]
        best = BestEpoch.from_state(state.get("best"))
        started_at, wall_time_used_before = state["started_at"], state["wall_time_seconds"]
        checkpoints.restore_rng_state(state["rng"][dist_info.rank], torch_device)
        resumed_from = step
        del state
        if dist_info.is_main:
            log.info("resumed run %s from step %d", run_id, step)
    else:
        torch.manual_seed(cfg.seed + dist_info.rank)  # dropout streams differ per rank
        random.seed(cfg.seed + dist_info.rank)
        np.random.seed(cfg.seed + dist_info.rank)

    # Evaluation uses the plain module: never the DDP wrapper (ranks run different numbers of eval
    # batches), nor the compiled one (eval mode and new shapes would trigger recompiles).
    eval_model = raw_model
    if cfg.compile and torch_device.type == "cuda" and not deterministic:
        model = torch.compile(model)
    if dist_info.enabled:
        # broadcast_buffers=False: BERT's buffers (position ids) are constants; broadcasting them
        # would add a collective to every forward.
        model = torch.nn.parallel.DistributedDataParallel(
            model, device_ids=[torch_device.index] if torch_device.type == "cuda" else None,
            broadcast_buffers=False)
    no_sync = model.no_sync if dist_info.enabled else None

    if dist_info.is_main:
        log.info("run %s: %d train / %d validation records, %d labels, %d steps (%d per epoch), "
                 "batch %d x accum %d x %d processes, device %s, dataset %s, checkpoint every %d steps",
                 run_id, len(train_ids), len(val_ids), len(label_codes), total_steps, steps_per_epoch,
                 cfg.batch_size, cfg.gradient_accumulation_steps, dist_info.world_size,
                 torch_device, splits.dataset_version[:12], checkpoint_every)

    def checkpoint_state() -> dict:
        rng_states = gather_objects(checkpoints.rng_state(torch_device), dist_info)
        return {
            "model": raw_model.state_dict(),
            "optimizer": optimizer.state_dict(),
            "scheduler": scheduler.state_dict(),
            "scaler": precision.scaler.state_dict(),
            "step": step,
            "epoch": step // steps_per_epoch,
            "batch_in_epoch": (step % steps_per_epoch) * cfg.gradient_accumulation_steps,
            "rng": rng_states,  # one entry per rank
            "config": config_dict(cfg),
            "dataset_version": splits.dataset_version,
            "label_codes": list(label_codes),
            "world_size": dist_info.world_size,
            "history": history,
            "best": best.state(),
            "started_at": started_at,
            "wall_time_seconds": wall_time_used_before + time.monotonic() - process_start,
        }

    pending_losses: list[torch.Tensor] = []  # device tensors: read in one host sync per log interval

    def flush_losses() -> list[float]:
        """Move the pending per-step losses into the history (the curve has one point per step)."""
        if not pending_losses:
            return []
        losses = torch.stack(pending_losses).tolist()
        first_step = step - len(losses) + 1
        history["train_loss"].extend([s, value] for s, value in zip(range(first_step, step + 1), losses))
        pending_losses.clear()
        return losses

    def write_checkpoint() -> str | None:
        flush_losses()
        state = checkpoint_state()  # every rank takes part (RNG gather)
        key = None
        if dist_info.is_main:
            key = checkpoints.save_checkpoint(store, run_id, step, state, scratch, tenants=splits.tenants)
            checkpoints.prune_checkpoints(store, run_id, cfg.keep_last_checkpoints)
            log.info("checkpoint step %d -> %s", step, key)
        return key

    stop = StopSignal(cfg.preemption_grace_seconds)
    stop.install()
    deadline = process_start + cfg.max_wall_time_hours * 3600
    interval_start, interval_samples, interval_tokens = time.monotonic(), 0, 0
    model.train()
    stopped_early = False
    try:
        epoch = step // steps_per_epoch
        while step < total_steps and not stopped_early:
            epoch = step // steps_per_epoch
            batches = length_bucketed_batches(lengths, cfg.batch_size, cfg.length_bucket_batches, cfg.seed, epoch)
            rank_batches = batches[dist_info.rank::dist_info.world_size][:micro_batches_per_rank]
            while step < total_steps and step // steps_per_epoch == epoch:
                first = (step % steps_per_epoch) * cfg.gradient_accumulation_steps
                micro = []
                for indices in rank_batches[first:first + cfg.gradient_accumulation_steps]:
                    batch = collate(train_ids, train_labels, indices, tokenizer.pad_token_id, pad_multiple)
                    interval_samples += len(indices)
                    interval_tokens += int(batch["attention_mask"].sum())
                    micro.append({k: v.to(torch_device, non_blocking=True) for k, v in batch.items()})
                loss = optimizer_step(model, micro, optimizer, scheduler, precision, cfg.max_grad_norm,
                                      class_weights, no_sync)
                step += 1
                pending_losses.append(loss)

                if step % cfg.log_every_steps == 0 or step == total_steps:
                    losses = flush_losses()
                    lr = scheduler.get_last_lr()[0]
                    history["lr"].append([step, lr])
                    seconds = max(time.monotonic() - interval_start, 1e-9)
                    if dist_info.is_main:
                        log.info("step %d/%d | epoch %d | loss %.4f | lr %.3e | %.1f samples/s | %.0f tokens/s",
                                 step, total_steps, epoch, losses[-1], lr,
                                 interval_samples * dist_info.world_size / seconds,
                                 interval_tokens * dist_info.world_size / seconds)
                    interval_start, interval_samples, interval_tokens = time.monotonic(), 0, 0

                if step % steps_per_epoch == 0 or step == total_steps:
                    flush_losses()
                    metrics = _evaluate(eval_model, val_ids, val_labels, cfg.eval_batch_size, tokenizer.pad_token_id,
                                        pad_multiple, torch_device, precision, dist_info, len(label_codes))
                    history["validation"].append({"epoch": epoch, "step": step, **metrics})
                    if dist_info.is_main:
                        log.info("epoch %d done at step %d | validation loss %.4f | accuracy %.4f | macro-F1 %.4f",
                                 epoch, step, metrics["loss"], metrics["accuracy"], metrics["macro_f1"])
                    best.offer(epoch, step, metrics["macro_f1"], raw_model, keep_weights=cfg.restore_best_epoch)
                    if best.patience_ran_out(epoch, cfg.early_stopping_patience) and step < total_steps:
                        log.info("early stop after epoch %d: epoch %d's validation macro-F1 %.4f not beaten for %d "
                                 "epochs", epoch, best.epoch, best.macro_f1, cfg.early_stopping_patience)
                        stopped_early = True
                        break
                    interval_start = time.monotonic()  # throughput excludes evaluation time

                preempted, out_of_time = any_rank([stop.received, time.monotonic() >= deadline], dist_info)
                if (preempted or out_of_time) and step < total_steps:
                    key = write_checkpoint()
                    # No rank exits before rank 0's checkpoint is complete: torchrun tears the
                    # whole group down as soon as one worker exits.
                    barrier(dist_info)
                    reason, code = ("preempted", EXIT_PREEMPTED) if preempted else ("time limit", EXIT_TIME_LIMIT)
                    if dist_info.is_main:
                        log.warning("%s: stopping at step %d after checkpoint", reason, step)
                    raise TrainingInterrupted(reason, code, step, key)
                if step % checkpoint_every == 0 and step < total_steps:
                    write_checkpoint()
    finally:
        stop.uninstall()
        torch.use_deterministic_algorithms(deterministic_before)

    # ---- done: the best epoch's weights are the model; rank 0 saves and uploads it (the manifest goes last)
    if cfg.restore_best_epoch and best.weights is not None and best.step != step:
        raw_model.load_state_dict(best.weights)
        log.info("run %s: the model is epoch %d's (validation macro-F1 %.4f), the best of %d", run_id,
                 best.epoch, best.macro_f1, len(history["validation"]))
    result = TrainResult(
        run_id=run_id, model_dir=model_dir, final_key=checkpoints.final_key(run_id),
        dataset_version=splits.dataset_version, label_codes=list(label_codes), base_model=_pinned(cfg.base_model, base_dir),
        steps=step, epochs=epochs_for(cfg, len(train_ids)), world_size=dist_info.world_size, device=str(torch_device),
        started_at=started_at, finished_at=datetime.now(timezone.utc).isoformat(),
        resumed_from_step=resumed_from, history=history, config=config_dict(cfg),
        best_epoch=best.epoch if cfg.restore_best_epoch else None, stopped_early=stopped_early,
    )
    if dist_info.is_main:
        model_dir.mkdir(parents=True, exist_ok=True)
        raw_model.save_pretrained(model_dir)
        tokenizer.save_pretrained(model_dir)
        checkpoints.save_final_model(store, run_id, model_dir, result.summary(), tenants=splits.tenants)
        log.info("run %s finished: %d steps -> %s", run_id, step, result.final_key)
    barrier(dist_info)
    if not dist_info.is_main:
        checkpoints.load_final_model(store, run_id, model_dir)
    teardown(dist_info)
    return result


# ---------------------------------------------------------------- command line (torchrun entry)
def _parse_overrides(pairs: list[str]) -> dict:
    overrides = {}
    for pair in pairs:
        name, _, value = pair.partition("=")
        if not name or not _:
            raise SystemExit(f"--set expects NAME=VALUE, got {pair!r}")
        try:
            overrides[name] = json.loads(value)
        except json.JSONDecodeError:
            overrides[name] = value  # a plain string, e.g. class_weights=balanced
    return overrides


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config", required=True, help="training config name (configs/training/NAME.yaml) or a YAML path")
    parser.add_argument("--run-id", required=True)
    parser.add_argument("--work-dir", default=None, help="local scratch (default: <data dir>/training)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="override a config field, e.g. --set epochs=2 (value parsed as JSON when it looks like it)")
    parser.add_argument("--device", default=None, help="cpu, cuda (default: cuda if available)")
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--threads", type=int, default=None, help="torch intra-op threads per process")
    args = parser.parse_args(argv)

    from configuration import data_dir, load_config, load_training_config
    from configuration.loader import load_model
    from storage import open_object_store
    from training.datasets import load_splits

    rank = int(os.environ.get("RANK", "0"))
    if os.environ.get(EXIT_WITH_PARENT_ENV) == "1":
        # Started by the platform's launcher (under torchrun or not): if our parent dies, even by
        # SIGKILL, SIGTERM us, and the preemption path checkpoints and exits.
        exit_with_parent()
    logging.basicConfig(level=logging.INFO if rank == 0 else logging.WARNING, stream=sys.stdout,
                        format=f"%(asctime)s [rank {rank}] %(levelname)s %(name)s: %(message)s")
    if args.threads:
        torch.set_num_threads(args.threads)
    config = load_config()
    path = Path(args.config)
    cfg = load_model(path, TrainingConfig) if path.suffix in {".yaml", ".yml"} else load_training_config(args.config)
    if args.set:
        cfg = TrainingConfig(**{**cfg.model_dump(), **_parse_overrides(args.set)})
    store = open_object_store(config)
    label_codes = config.taxonomy.codes
    splits = load_splits(store, label_codes, cfg.split, cfg.seed)
    work_dir = Path(args.work_dir) if args.work_dir else data_dir() / "training"
    try:
        run_training(cfg, splits, store, args.run_id, label_codes, work_dir,
                     device=args.device, max_steps=args.max_steps)
    except TrainingInterrupted as stopped:
        log.warning("%s", stopped)
        if rank == 0:  # tells the job runner (scheduling/runner.py) why: preempted -> requeue
            write_stop_report(stopped.reason, stopped.exit_code, stopped.step, stopped.checkpoint_key)
        if torch.distributed.is_initialized():
            torch.distributed.destroy_process_group()
        return stopped.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
