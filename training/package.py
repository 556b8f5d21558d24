"""Assemble a registry version folder from a finished run (what `ModelRegistry.publish` uploads).

    model.onnx               fp32, graph-optimised (passed the parity gate)
    model.int8.onnx          only if it passed the int8 gate
    tokenizer/               save_pretrained of the training tokenizer
    labels.json              [{"index": 0, "code": "TRAFFIC", "name": "교통"}, ...]
    metrics.json             test metrics (accuracy, macro_f1, per_class, ece_before/after, ...)
    calibration.json         {"temperature": T, ...}: serving divides logits by T
    parity.json              the export gates' numbers
    confusion_matrix.json/.png, training_curve.png
    lineage.json             data, code and config that produced the model
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

from configuration.models import Taxonomy, TrainingConfig


def git_commit(repo_dir: Path | None = None) -> str | None:
    """HEAD of the checkout the code runs from, or None outside git (e.g. a built image)."""
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo_dir or Path(__file__).resolve().parent,
                             capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 and out.stdout.strip() else None


def labels_json(label_codes: list[str], taxonomy: Taxonomy) -> list[dict]:
    return [{"index": i, "code": code, "name": taxonomy.by_code(code).name} for i, code in enumerate(label_codes)]


def build_lineage(train_result, splits, cfg: TrainingConfig, finished_at: str | None = None) -> dict:
    return {
        "run_id": train_result.run_id,
        "dataset_version": splits.dataset_version,
        "tenants": splits.tenants,
        "per_tenant": splits.by_tenant(),   # uploads and records per split of each city
        "curated_files": splits.curated_keys,
        "split_sizes": {"train": len(splits.train), "validation": len(splits.validation), "test": len(splits.test)},
        "dropped_records": splits.dropped,
        "training_config": cfg.model_dump(mode="json"),
        "base_model": cfg.base_model,
        "base_model_version": getattr(train_result, "base_model", None),  # registry:// base, pinned
        "git_commit": git_commit(),
        "started_at": train_result.started_at,
        "finished_at": finished_at or train_result.finished_at,
        "packaged_at": datetime.now(timezone.utc).isoformat(),
        "steps": train_result.steps,
        "best_epoch": getattr(train_result, "best_epoch", None),      # whose weights the model holds
        "stopped_early": getattr(train_result, "stopped_early", False),
        "world_size": train_result.world_size,
        "device": train_result.device,
        "resumed_from_step": train_result.resumed_from_step,
    }


def build_package(out_dir: Path, *, train_result, splits, cfg: TrainingConfig, taxonomy: Taxonomy,
                  evaluation, export) -> Path:
    """Write the version folder into `out_dir` (created; must be empty or absent) and return it."""
    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()):
        raise FileExistsError(f"{out_dir} is not empty")
    out_dir.mkdir(parents=True, exist_ok=True)
    label_codes = list(train_result.label_codes)

    shutil.copyfile(export.fp32_path, out_dir / "model.onnx")
    if export.int8_path is not None:
        shutil.copyfile(export.int8_path, out_dir / "model.int8.onnx")

    from transformers import AutoTokenizer

    AutoTokenizer.from_pretrained(train_result.model_dir).save_pretrained(out_dir / "tokenizer")

    def write(name: str, data) -> None:
        (out_dir / name).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")

    write("labels.json", labels_json(label_codes, taxonomy))
    write("metrics.json", {**evaluation.metrics_json(), "split": "test", "dataset_version": splits.dataset_version,
                           "validation": evaluation.validation_metrics})
    write("calibration.json", {"temperature": evaluation.temperature, "fitted_on": "validation",
                               "ece_before": evaluation.metrics["ece_before"],
                               "ece_after": evaluation.metrics["ece_after"]})
    write("parity.json", export.parity)
    write("confusion_matrix.json", {"labels": label_codes, "rows": "true", "columns": "predicted",
                                    "matrix": evaluation.metrics["confusion_matrix"]})
    shutil.copyfile(evaluation.files["confusion_matrix.png"], out_dir / "confusion_matrix.png")
    if "training_curve.png" in evaluation.files:
        shutil.copyfile(evaluation.files["training_curve.png"], out_dir / "training_curve.png")
    write("lineage.json", build_lineage(train_result, splits, cfg))
    return out_dir
