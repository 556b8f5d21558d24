"""What identifies a training run, what it returns, and when a checkpoint may resume it.

Light on purpose (no torch): the flow process names runs and reads finished results without
loading the training stack.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from configuration.models import TrainingConfig
from storage import ObjectStore, validate_segment
from training import checkpoints

# Config fields that may change between a run and its resumption (they do not change the math).
OPERATIONAL_FIELDS = {"checkpoint_every_steps", "keep_last_checkpoints", "log_every_steps", "max_checkpoints_per_run",
                      "preemption_grace_seconds", "max_wall_time_hours", "compile", "gpus"}


@dataclass
class TrainResult:
    run_id: str
    model_dir: Path            # local HF directory: fine-tuned model + tokenizer
    final_key: str             # the same, in the object store (checkpoints/<run_id>/final)
    dataset_version: str
    label_codes: list[str]
    base_model: str
    steps: int
    epochs: int
    world_size: int
    device: str
    started_at: str            # of the first attempt of this run (survives resumption)
    finished_at: str
    resumed_from_step: int | None
    history: dict = field(default_factory=dict)  # train_loss [[step, loss]], lr, validation [{...}]
    best_epoch: int | None = None  # the epoch whose weights are the model (restore_best_epoch)
    stopped_early: bool = False    # early_stopping_patience ended the run before its last epoch
    config: dict = field(default_factory=dict)   # the TrainingConfig it ran with (model_dump)

    def summary(self) -> dict:
        data = asdict(self)
        data["model_dir"] = str(self.model_dir)
        return data

    @classmethod
    def from_summary(cls, summary: dict, model_dir: Path) -> "TrainResult":
        return cls(**{**summary, "model_dir": Path(model_dir)})


def config_dict(cfg: TrainingConfig) -> dict:
    return cfg.model_dump(mode="json")


def math_fields(config: dict) -> dict:
    return {k: v for k, v in config.items() if k not in OPERATIONAL_FIELDS}


def default_run_id(cfg: TrainingConfig, dataset_version: str) -> str:
    """`<config name>-<dataset>-<config hash>`: the same config on the same data is the same run (a
    rerun resumes or reuses it); changing a field that affects the model gives a new run."""
    digest = hashlib.sha256(json.dumps(math_fields(config_dict(cfg)), sort_keys=True).encode()).hexdigest()
    return validate_segment(f"{cfg.name}-{dataset_version[:12]}-{digest[:8]}")


def check_resume_compatible(state: dict, cfg: TrainingConfig, dataset_version: str, world_size: int) -> None:
    if state["dataset_version"] != dataset_version:
        raise ValueError(
            f"checkpoint was trained on dataset {state['dataset_version'][:12]}, the data now is "
            f"{dataset_version[:12]}: start a new run id instead of resuming"
        )
    check_same_config(state["config"], cfg, "resume")
    if state["world_size"] != world_size:
        raise ValueError(f"cannot resume a {state['world_size']}-process run with {world_size} processes")


def check_same_config(saved: dict, cfg: TrainingConfig, action: str) -> None:
    saved, now = math_fields(saved), math_fields(config_dict(cfg))
    changed = sorted(k for k in set(saved) | set(now) if saved.get(k) != now.get(k))
    if changed:
        raise ValueError(f"cannot {action} run: training config changed in {changed}; use a new run id")


def load_train_result(store: ObjectStore, run_id: str, work_dir: Path) -> TrainResult | None:
    """The result of a finished run (e.g. one that ran under torchrun), mirrored into work_dir."""
    model_dir = Path(work_dir) / run_id / "model"
    loaded = checkpoints.load_final_model(store, run_id, model_dir)
    return TrainResult.from_summary(loaded[1], model_dir) if loaded else None
