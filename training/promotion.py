"""Champion/challenger: which of this run's candidates is best, and should it replace production?

Every candidate of a run (the fine-tuned transformer, the TF-IDF + logistic-regression model, ...)
is scored through its own packaged ONNX file, tokenizer and labels.json, i.e. exactly what would
serve traffic, on the SAME held-out test split (this run's). Then:
1. the candidate with the highest macro-F1 is the run's winner; the report says by how much it beat
   each other candidate, with an exact paired (McNemar) test on the test records;
2. with no production model the winner is promoted: a city with curated data never ends without a
   production model;
3. with a production model (scored the same way, its predictions compared by taxonomy code, so a
   taxonomy change between versions is handled) the winner is promoted unless it is worse than
   production by more than the margin.
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


def promotion_decision(candidates: dict[str, dict], production: dict | None, margin: float,
                       alpha: float = 0.05) -> dict:
    """The rule alone, on already computed {"macro_f1": ..., "correct": ...} dicts per candidate name
    (in order of preference on a tie); production None: no champion.

    The winner is the highest macro-F1. Its lead over each other candidate is tested on the paired
    test records (exact one-sided McNemar: how likely is the other candidate at least this much worse
    if both were equally good?); `significant` says whether p < alpha. A lead that is not
    significant still wins (one of the two must serve), and the report says so.
    """
    if not candidates:
        raise ValueError("no candidate to decide on")
    order = list(candidates)
    winner = max(order, key=lambda name: (candidates[name]["macro_f1"], -order.index(name)))
    best = candidates[winner]
    comparisons = {}
    for name in order:
        if name == winner:
            continue
        other = candidates[name]
        entry = {"macro_f1": other["macro_f1"], "lead": best["macro_f1"] - other["macro_f1"]}
        if best.get("correct") is not None and other.get("correct") is not None:
            paired = mcnemar_worse(other["correct"], best["correct"])
            entry |= {"only_winner_right": paired["only_baseline_right"],
                      "only_other_right": paired["only_candidate_right"], "p_value": paired["p_value"],
                      "significant": paired["p_value"] < alpha}
        comparisons[name] = entry
    within_margin = None if production is None else best["macro_f1"] >= production["macro_f1"] - margin
    promote = within_margin is not False
    reasons = []
    lead = "; ".join(
        f"{winner} {best['macro_f1']:.4f} vs {name} {c['macro_f1']:.4f} (+{c['lead']:.4f}"
        + (f", {c['only_winner_right']} vs {c['only_other_right']} records differ, p={c['p_value']:.2g}" if "p_value" in c else "")
        + ")" for name, c in comparisons.items())
    reasons.append(f"candidate {winner} won on macro-F1" + (f": {lead}" if lead else f" ({best['macro_f1']:.4f})"))
    if production is None:
        reasons.append("no production model yet: promoted")
    elif within_margin:
        reasons.append(f"within {margin:.4f} of production {production.get('version')} ({production['macro_f1']:.4f}): promoted")
    else:
        reasons.append(f"macro-F1 {best['macro_f1']:.4f} is more than {margin:.4f} below production "
                       f"{production.get('version')} ({production['macro_f1']:.4f}): production kept")

    def public(scores: dict | None) -> dict | None:
        return None if scores is None else {k: v for k, v in scores.items() if k != "correct"}

    return {
        "promote": bool(promote),
        "winner": winner,
        "candidate": public(best) | {"name": winner},
        "candidates": {name: public(scores) for name, scores in candidates.items()},
        "comparisons": comparisons,
        "production": public(production),
        "margin_macro_f1": margin,
        "alpha": alpha,
        "checks": {"within_margin_of_production": within_margin},
        "reasons": reasons,
    }


def decide_promotion(candidate_dirs: dict[str, Path] | Path, splits, registry, cache_dir: Path, margin: float,
                     max_length: int, alias: str = "production", alpha: float = 0.05) -> dict:
    """The champion/challenger decision among the packages in `candidate_dirs` (name -> folder; a
    single folder is the candidate "model"), see the module docstring.

    `registry` is a registry.ModelRegistry; its `alias` names the current production version, which
    is mirrored into `cache_dir` with `registry.fetch` and scored on this run's test split.
    """
    if not isinstance(candidate_dirs, dict):
        candidate_dirs = {"model": Path(candidate_dirs)}
    candidates = {name: {**evaluate_onnx_package(folder, splits, _max_length_of(folder, max_length)),
                         "package": str(folder), "kind": _kind_of(folder)}
                  for name, folder in candidate_dirs.items()}
    production_version = registry.get_alias(alias)
    production = None
    if production_version is not None:
        production_dir = registry.fetch(production_version, cache_dir)
        production = {"version": production_version, "kind": _kind_of(production_dir),
                      **evaluate_onnx_package(production_dir, splits, _max_length_of(production_dir, max_length))}
    decision = promotion_decision(candidates, production, margin, alpha)
    decision.update({
        "alias": alias,
        "test_split": {"records": len(splits.test), "dataset_version": splits.dataset_version},
        "decided_at": datetime.now(timezone.utc).isoformat(),
    })
    log.info("promotion decision: %s (%s)", "promote" if decision["promote"] else "keep",
             "; ".join(decision["reasons"]))
    return decision


def _kind_of(package_dir: Path) -> str:
    try:
        lineage = json.loads((Path(package_dir) / "lineage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "unknown"
    return lineage.get("candidate") or "transformer"
