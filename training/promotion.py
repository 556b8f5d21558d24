"""Champion/challenger: should a freshly packaged model replace production?

Promote only if, on the SAME held-out test split (this run's):
1. the challenger's macro-F1 beats (or, on the paired test records, is not significantly worse
   than: see `promotion_decision`) a TF-IDF (character 1-3-grams, which suit Korean's agglutinated
   words without a morphological analyser) + logistic-regression baseline trained on this run's
   train split: a transformer that cannot beat it is broken, whatever production scores; and
2. if there is a production model, the challenger is not worse than it by more than the margin.
   Production is scored through its own published ONNX file, tokenizer and labels.json, i.e. exactly
   what serves traffic, and its predictions are compared by taxonomy code, so a taxonomy change
   between the two versions is handled (a code production cannot predict is simply never right).

The challenger is scored through its ONNX file too, so both sides are measured the same way.
Returns a decision dict with every number; the caller records it and moves the alias.
"""

from __future__ import annotations

import json
import logging
import math
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from training.evaluate import classification_metrics

log = logging.getLogger(__name__)


def _one_hot_scores(predicted: np.ndarray, num_labels: int) -> np.ndarray:
    """Predictions as a score matrix (-1 = "a code outside the current taxonomy": row of zeros
    with no winner would argmax to 0, so such rows get an impossible extra column instead)."""
    scores = np.zeros((len(predicted), num_labels + 1), dtype=np.float32)
    scores[np.arange(len(predicted)), np.where(predicted >= 0, predicted, num_labels)] = 1.0
    return scores


def _metrics(labels: np.ndarray, predicted: np.ndarray, label_codes: list[str]) -> dict:
    scores = _one_hot_scores(predicted, len(label_codes))
    result = classification_metrics(labels, scores, label_codes + ["__outside__"])
    # `correct` (per test record) feeds the paired significance test; it is not recorded.
    return {"macro_f1": result["macro_f1"], "accuracy": result["accuracy"], "count": result["count"],
            "correct": np.asarray(predicted) == np.asarray(labels)}


def mcnemar_worse(candidate_correct: np.ndarray, baseline_correct: np.ndarray) -> dict:
    """Exact one-sided McNemar test on the same test records: how likely is a candidate at least
    this much worse than the baseline on the records where they disagree, if both were equally good?"""
    candidate_correct = np.asarray(candidate_correct, dtype=bool)
    baseline_correct = np.asarray(baseline_correct, dtype=bool)
    only_baseline = int(np.sum(baseline_correct & ~candidate_correct))
    only_candidate = int(np.sum(candidate_correct & ~baseline_correct))
    n = only_baseline + only_candidate
    p_value = sum(math.comb(n, k) for k in range(only_baseline, n + 1)) / 2**n if n else 1.0
    return {"only_baseline_right": only_baseline, "only_candidate_right": only_candidate, "p_value": p_value}


def tfidf_baseline(splits, seed: int = 0) -> dict:
    """Char 1-3-gram TF-IDF + LogisticRegression, trained on train, scored on test."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    pipeline = make_pipeline(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True, min_df=1, max_features=200_000),
        LogisticRegression(max_iter=2000, C=10.0, random_state=seed),
    )
    pipeline.fit(splits.train["text"].tolist(), splits.train["label"].to_numpy())
    predicted = pipeline.predict(splits.test["text"].tolist())
    metrics = _metrics(splits.test["label"].to_numpy(), np.asarray(predicted), list(splits.label_codes))
    return {"kind": "tfidf char_wb 1-3 + logistic regression", **metrics}


def evaluate_onnx_package(package_dir: Path, splits, max_length: int, threads: int | None = None) -> dict:
    """Score a registry version folder on the test split through its model.onnx, mapping by code."""
    from training.export import OnnxClassifier

    package_dir = Path(package_dir)
    labels = json.loads((package_dir / "labels.json").read_text(encoding="utf-8"))
    codes_of_model = [entry["code"] for entry in sorted(labels, key=lambda e: e["index"])]
    index_now = {code: i for i, code in enumerate(splits.label_codes)}
    classifier = OnnxClassifier(package_dir / "model.onnx", package_dir / "tokenizer", threads=threads)
    logits = classifier.predict_logits(splits.test["text"].tolist(), max_length)
    predicted = np.array([index_now.get(codes_of_model[i], -1) for i in logits.argmax(axis=1)], dtype=np.int64)
    metrics = _metrics(splits.test["label"].to_numpy(), predicted, list(splits.label_codes))
    return {**metrics, "providers": classifier.providers}


def _max_length_of(package_dir: Path, default: int) -> int:
    try:
        lineage = json.loads((Path(package_dir) / "lineage.json").read_text(encoding="utf-8"))
        return int(lineage["training_config"]["max_length"])
    except (OSError, KeyError, ValueError, TypeError):
        return default


def promotion_decision(candidate: dict, baseline: dict, production: dict | None, margin: float,
                       baseline_alpha: float = 0.05) -> dict:
    """The rule alone, on already computed {"macro_f1": ..., "correct": ...} dicts (production None:
    no champion).

    "Better than the baseline" is judged on the paired test records: the challenger passes when its
    macro-F1 is higher, or when the records it gets wrong and the baseline right are too few to say
    it is worse (exact one-sided McNemar p >= baseline_alpha). A strict ">" alone can never pass
    against a baseline that is perfect on an easy test split (the synthetic samples: TF-IDF 1.000),
    while a broken model (e.g. 0.77 against 1.00 on 139 records) still fails at p < 1e-6.
    Without per-record results only the strict comparison is possible.
    """
    candidate_f1, baseline_f1 = candidate["macro_f1"], baseline["macro_f1"]
    paired = None
    if candidate.get("correct") is not None and baseline.get("correct") is not None:
        paired = mcnemar_worse(candidate["correct"], baseline["correct"])
    if candidate_f1 > baseline_f1:
        beats_baseline = True
    else:
        beats_baseline = paired is not None and paired["p_value"] >= baseline_alpha
    within_margin = None if production is None else candidate_f1 >= production["macro_f1"] - margin
    reasons = []
    if not beats_baseline:
        reasons.append(f"macro-F1 {candidate_f1:.4f} does not beat the TF-IDF baseline {baseline_f1:.4f}"
                       + (f" (worse on the paired records, p={paired['p_value']:.2g})" if paired else ""))
    if within_margin is False:
        reasons.append(f"macro-F1 {candidate_f1:.4f} is more than {margin:.4f} below production "
                       f"{production.get('version')} ({production['macro_f1']:.4f})")
    promote = beats_baseline and within_margin is not False
    if promote:
        versus_baseline = (f"beats the baseline ({candidate_f1:.4f} > {baseline_f1:.4f})" if candidate_f1 > baseline_f1
                           else f"is not worse than the baseline ({candidate_f1:.4f} vs {baseline_f1:.4f}: "
                                f"{paired['only_baseline_right']} vs {paired['only_candidate_right']} records "
                                f"differ, p={paired['p_value']:.2g} >= {baseline_alpha})")
        reasons.append(versus_baseline + ("; no production model yet" if production is None else
                                          f" and is within {margin:.4f} of production {production.get('version')} "
                                          f"({production['macro_f1']:.4f})"))

    def public(scores: dict | None) -> dict | None:
        return None if scores is None else {k: v for k, v in scores.items() if k != "correct"}

    return {
        "promote": bool(promote),
        "candidate": public(candidate),
        "production": public(production),
        "baseline": public(baseline),
        "margin_macro_f1": margin,
        "baseline_test": paired | {"alpha": baseline_alpha} if paired else None,
        "checks": {"beats_baseline": bool(beats_baseline), "within_margin_of_production": within_margin},
        "reasons": reasons,
    }


def decide_promotion(candidate_dir: Path, splits, registry, cache_dir: Path, margin: float,
                     max_length: int, alias: str = "production", baseline: dict | None = None,
                     baseline_alpha: float = 0.05) -> dict:
    """The champion/challenger decision for the package in `candidate_dir` (see module docstring).

    `registry` is a registry.ModelRegistry; its `alias` names the current production version, which
    is mirrored into `cache_dir` with `registry.fetch` and scored on this run's test split.
    `baseline` may be passed if already computed with `tfidf_baseline(splits)` on the same splits.
    """
    candidate = evaluate_onnx_package(candidate_dir, splits, max_length)
    baseline = baseline if baseline is not None else tfidf_baseline(splits)
    production_version = registry.get_alias(alias)
    production = None
    if production_version is not None:
        production_dir = registry.fetch(production_version, cache_dir)
        production = {"version": production_version,
                      **evaluate_onnx_package(production_dir, splits, _max_length_of(production_dir, max_length))}
    decision = promotion_decision(candidate, baseline, production, margin, baseline_alpha)
    decision.update({
        "alias": alias,
        "test_split": {"records": len(splits.test), "dataset_version": splits.dataset_version},
        "decided_at": datetime.now(timezone.utc).isoformat(),
    })
    log.info("promotion decision: %s (%s)", "promote" if decision["promote"] else "keep",
             "; ".join(decision["reasons"]))
    return decision
