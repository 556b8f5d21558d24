"""Test-split evaluation of a trained model: metrics, calibration, and the report figures.

Metrics use the taxonomy's codes as class names, in taxonomy order. Calibration: a single
temperature T is fitted on the VALIDATION logits (never the test split) by minimising the negative
log-likelihood; serving divides logits by T before the softmax. The expected calibration error (ECE)
is reported on the test split before and after scaling.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- inference (torch)
def predict_logits(model_dir: Path, texts: list[str], max_length: int, batch_size: int = 64,
                   device: str | None = None) -> np.ndarray:
    """fp32 logits of a HF classifier directory for `texts` (title + "\\n" + body), in input order.
    Device: CUDA when available (fp32, no autocast: these logits are the parity reference)."""
    import torch

    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    from transformers import AutoTokenizer
    from transformers.utils import logging as hf_logging

    from training.classifier import load_classifier

    hf_logging.set_verbosity_error()
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = load_classifier(model_dir, attn_implementation="eager").to(device).eval()
    outputs = []
    with torch.no_grad():
        for start in range(0, len(texts), batch_size):
            batch = tokenizer(texts[start:start + batch_size], truncation=True, max_length=max_length,
                              padding=True, return_tensors="pt").to(device)
            outputs.append(model(**batch).logits.float().cpu().numpy())
    return np.concatenate(outputs) if outputs else np.zeros((0, model.config.num_labels), np.float32)


# ---------------------------------------------------------------- metrics
def classification_metrics(labels: np.ndarray, logits: np.ndarray, label_codes: list[str]) -> dict:
    """accuracy, macro-F1 (over the classes present in `labels`), per-class P/R/F1/support for every
    taxonomy code, confusion matrix (rows true, columns predicted)."""
    from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

    labels = np.asarray(labels)
    predictions = np.asarray(logits).argmax(axis=1)
    indices = list(range(len(label_codes)))
    precision, recall, f1, support = precision_recall_fscore_support(
        labels, predictions, labels=indices, zero_division=0)
    return {
        "count": int(len(labels)),
        "accuracy": float((predictions == labels).mean()) if len(labels) else float("nan"),
        # Over the classes present in the split: a class with no test record says nothing.
        "macro_f1": float(f1_score(labels, predictions, labels=sorted(set(labels.tolist())),
                                   average="macro", zero_division=0)) if len(labels) else float("nan"),
        "per_class": {
            code: {"precision": float(precision[i]), "recall": float(recall[i]), "f1": float(f1[i]),
                   "support": int(support[i])}
            for i, code in enumerate(label_codes)
        },
        "confusion_matrix": confusion_matrix(labels, predictions, labels=indices).tolist(),
    }


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def expected_calibration_error(logits: np.ndarray, labels: np.ndarray, temperature: float = 1.0,
                               n_bins: int = 15) -> float:
    """Top-label ECE with equal-width confidence bins: sum_b |acc_b - conf_b| * n_b / n."""
    if len(labels) == 0:
        return float("nan")
    probs = _softmax(np.asarray(logits, dtype=np.float64) / temperature)
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == np.asarray(labels)
    bins = np.minimum((confidence * n_bins).astype(int), n_bins - 1)
    ece = 0.0
    for b in range(n_bins):
        in_bin = bins == b
        if in_bin.any():
            ece += abs(correct[in_bin].mean() - confidence[in_bin].mean()) * in_bin.mean()
    return float(ece)


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The T in [0.05, 20] minimising validation NLL of softmax(logits / T) (searched over log T)."""
    from scipy.optimize import minimize_scalar

    logits = np.asarray(logits, dtype=np.float64)
    labels = np.asarray(labels)
    if len(labels) == 0:
        return 1.0

    def nll(log_t: float) -> float:
        scaled = logits / np.exp(log_t)
        shifted = scaled - scaled.max(axis=1, keepdims=True)
        log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        return float(-log_probs[np.arange(len(labels)), labels].mean())

    result = minimize_scalar(nll, bounds=(np.log(0.05), np.log(20.0)), method="bounded",
                             options={"xatol": 1e-4})
    return float(np.exp(result.x))


# ---------------------------------------------------------------- figures
def plot_confusion_matrix(matrix: list[list[int]], label_codes: list[str], path: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")  # no display on training nodes
    import matplotlib.pyplot as plt

    matrix = np.asarray(matrix)
    size = max(5.0, 0.55 * len(label_codes) + 2)
    fig, ax = plt.subplots(figsize=(size, size))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(label_codes)), label_codes, rotation=60, ha="right")
    ax.set_yticks(range(len(label_codes)), label_codes)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    threshold = matrix.max() / 2 if matrix.size and matrix.max() else 1
    for (i, j), value in np.ndenumerate(matrix):
        if value:
            ax.text(j, i, str(value), ha="center", va="center", fontsize=8,
                    color="white" if value > threshold else "black")
    ax.set_title("test confusion matrix")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return Path(path)


def plot_training_curve(history: dict, path: Path, best_epoch: int | None = None) -> Path:
    """Training loss per step (left axis) and validation macro-F1 / accuracy per epoch (right axis);
    a vertical line at the epoch whose weights are the model (restore_best_epoch)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax_loss = plt.subplots(figsize=(8, 4.5))
    train_loss = history.get("train_loss", [])
    if train_loss:
        steps, losses = zip(*train_loss)
        ax_loss.plot(steps, losses, color="tab:blue", linewidth=1, label="train loss")
    validation = history.get("validation", [])
    if validation:
        ax_loss.plot([v["step"] for v in validation], [v["loss"] for v in validation], "o--",
                     color="tab:cyan", label="validation loss")
    ax_loss.set_xlabel("optimizer step")
    ax_loss.set_ylabel("loss")
    ax_metric = ax_loss.twinx()
    if validation:
        ax_metric.plot([v["step"] for v in validation], [v["macro_f1"] for v in validation], "s-",
                       color="tab:orange", label="validation macro-F1")
        ax_metric.plot([v["step"] for v in validation], [v["accuracy"] for v in validation], "^:",
                       color="tab:green", label="validation accuracy")
        chosen = [v["step"] for v in validation if v["epoch"] == best_epoch]
        if chosen:
            ax_metric.axvline(chosen[-1], color="tab:red", linewidth=1, label=f"model: epoch {best_epoch}")
    ax_metric.set_ylim(0, 1)
    ax_metric.set_ylabel("validation metric (per epoch)")
    handles = ax_loss.get_legend_handles_labels()[0] + ax_metric.get_legend_handles_labels()[0]
    ax_loss.legend(handles=handles, loc="center right", fontsize=8)
    ax_loss.set_title("training curve")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return Path(path)


# ---------------------------------------------------------------- the whole evaluation
@dataclass
class Evaluation:
    metrics: dict                      # test metrics + ece_before/after + temperature (metrics.json)
    temperature: float
    validation_metrics: dict
    files: dict[str, Path] = field(default_factory=dict)  # name -> local path of the written reports
    test_logits: np.ndarray | None = None

    def metrics_json(self) -> dict:
        return {key: value for key, value in self.metrics.items() if key != "confusion_matrix"}


def evaluate_model(model_dir: Path, splits, label_codes: list[str], max_length: int, out_dir: Path,
                   history: dict | None = None, batch_size: int = 64, device: str | None = None,
                   best_epoch: int | None = None) -> Evaluation:
    """Evaluate on the test split, fit the temperature on validation, write the report files:
    metrics.json, calibration.json, confusion_matrix.json/.png, training_curve.png (if history)."""
    test_logits = predict_logits(model_dir, splits.test["text"].tolist(), max_length, batch_size, device)
    val_logits = predict_logits(model_dir, splits.validation["text"].tolist(), max_length, batch_size, device)
    return evaluate_logits(test_logits, val_logits, splits, label_codes, out_dir, history, best_epoch)


def evaluate_logits(test_logits: np.ndarray, val_logits: np.ndarray, splits, label_codes: list[str],
                    out_dir: Path, history: dict | None = None, best_epoch: int | None = None) -> Evaluation:
    """The evaluation of any model from its test and validation logits (a transformer's, or the
    TF-IDF candidate's): metrics, temperature, calibration and the report files."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    test_labels = splits.test["label"].to_numpy()
    val_labels = splits.validation["label"].to_numpy()

    temperature = fit_temperature(val_logits, val_labels)
    metrics = classification_metrics(test_labels, test_logits, label_codes)
    metrics["ece_before"] = expected_calibration_error(test_logits, test_labels, 1.0)
    metrics["ece_after"] = expected_calibration_error(test_logits, test_labels, temperature)
    metrics["temperature"] = temperature
    validation_metrics = classification_metrics(val_labels, val_logits, label_codes)
    validation_metrics.pop("confusion_matrix")

    evaluation = Evaluation(metrics=metrics, temperature=temperature,
                            validation_metrics=validation_metrics, test_logits=test_logits)
    files = evaluation.files
    files["metrics.json"] = out_dir / "metrics.json"
    files["metrics.json"].write_text(json.dumps(
        {**evaluation.metrics_json(), "split": "test", "validation": validation_metrics}, indent=2))
    files["calibration.json"] = out_dir / "calibration.json"
    files["calibration.json"].write_text(json.dumps(
        {"temperature": temperature, "fitted_on": "validation", "ece_before": metrics["ece_before"],
         "ece_after": metrics["ece_after"]}, indent=2))
    files["confusion_matrix.json"] = out_dir / "confusion_matrix.json"
    files["confusion_matrix.json"].write_text(json.dumps(
        {"labels": label_codes, "rows": "true", "columns": "predicted", "matrix": metrics["confusion_matrix"]},
        indent=2))
    files["confusion_matrix.png"] = plot_confusion_matrix(metrics["confusion_matrix"], label_codes,
                                                          out_dir / "confusion_matrix.png")
    if history is not None:
        files["training_curve.png"] = plot_training_curve(history, out_dir / "training_curve.png", best_epoch)
    log.info("test: accuracy %.4f, macro-F1 %.4f, ECE %.4f -> %.4f (T=%.3f)", metrics["accuracy"],
             metrics["macro_f1"], metrics["ece_before"], metrics["ece_after"], temperature)
    return evaluation
