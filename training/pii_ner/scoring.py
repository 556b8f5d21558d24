"""Scoring during training: probabilities of the torch model, span recall on validation, and the
choice of the decision thresholds (shared by train.py and export.py)."""

from __future__ import annotations

import math

import numpy as np
import torch

from quality_gate.pii.evaluation import CoverageReport, score_coverage
from quality_gate.pii.ner.codec import LABELS, decode
from training.pii_ner.data import batches
from training.pii_ner.model import CharNer

# Recall weighs three times precision: a missed name leaks into curated data, an extra mask costs a
# word of context. F3 moved the PERSON threshold from F2's 0.5 to 0.35: on the KLUE validation part
# the gate's person recall went 0.758 -> 0.802, its span precision 0.737 -> 0.714 (2026-12-05).
BETA = 3.0
_BETA2 = BETA * BETA
THRESHOLD_GRID = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
EXTEND_GRID = (0.05, 0.1, 0.15, 0.2, 0.3)


@torch.no_grad()
def predict_probabilities(model: CharNer, features: list[np.ndarray], batch_size: int = 64) -> list[np.ndarray]:
    model.eval()
    out: list[np.ndarray] = [None] * len(features)  # type: ignore[list-item]
    tags = [np.zeros(len(f), dtype=np.int64) for f in features]
    for chunk, batch, _ in batches(features, tags, batch_size, np.random.default_rng(0), shuffle=False):
        probs = torch.softmax(model(torch.from_numpy(batch)), dim=-1).numpy()
        for row, index in enumerate(chunk):
            out[index] = probs[row, : len(features[index])]
    return out


def span_report(texts: list[str], golds: list[list], probabilities: list[np.ndarray],
                thresholds: dict[str, float], extend: dict[str, float] | None = None) -> CoverageReport:
    report = CoverageReport()
    for text, gold, probs in zip(texts, golds, probabilities):
        predicted = [(s.label, s.start, s.end) for s in decode(probs, text, thresholds, extend)]
        score_coverage(report, text, [(label, start, end) for start, end, label in gold], predicted)
    return report


def choose_thresholds(texts, golds, probabilities) -> tuple[dict[str, float], dict[str, float]]:
    """Per label, the (keep, extend) threshold pair with the best F-beta (BETA) on validation."""
    keep, extend = {}, {}
    for label in LABELS:
        best = (-1.0, 0.5, 0.5)
        for threshold in THRESHOLD_GRID:
            for low in EXTEND_GRID:
                if low > threshold:
                    continue
                off = {other: 1.1 for other in LABELS if other != label}
                report = span_report(texts, golds, probabilities, off | {label: threshold}, off | {label: low})
                recall = report.recall(label)
                predicted = report.predicted.get(label, 0)
                precision = report.correct.get(label, 0) / predicted if predicted else 0.0
                if math.isnan(recall):
                    continue
                f_beta = (1 + _BETA2) * precision * recall / (_BETA2 * precision + recall) if precision + recall else 0.0
                if f_beta > best[0]:
                    best = (f_beta, threshold, low)
        keep[label], extend[label] = best[1], best[2]
    return keep, extend
