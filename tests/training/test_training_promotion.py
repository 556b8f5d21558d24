"""Step 7: champion/challenger decisions, both ways, against a real registry."""

import shutil

import pytest

from registry import ModelRegistry
from training.export import export_onnx
from training.package import build_package
from training.promotion import decide_promotion, promotion_decision, tfidf_baseline


@pytest.mark.parametrize(
    "candidate, baseline, production, promote",
    [
        (0.80, 0.70, None, True),   # no production: only the baseline counts
        (0.65, 0.70, None, False),  # worse than TF-IDF: broken, whatever else
        (0.80, 0.70, 0.805, True),  # slightly worse than production, inside the margin
        (0.80, 0.70, 0.85, False),  # clearly worse than production
        (0.69, 0.70, 0.60, False),  # better than production but not than the baseline
    ],
)
def test_rule(candidate, baseline, production, promote):
    decision = promotion_decision({"macro_f1": candidate}, {"macro_f1": baseline},
                                  None if production is None else {"macro_f1": production, "version": "v0001"},
                                  margin=0.01)
    assert decision["promote"] is promote
    assert decision["reasons"]


def test_baseline_check_is_paired_on_records():
    import numpy as np

    perfect = {"macro_f1": 1.0, "correct": np.ones(139, dtype=bool)}
    one_miss = np.ones(139, dtype=bool)
    one_miss[7] = False
    # One error more than a perfect baseline on 139 records is no evidence of a worse model ...
    decision = promotion_decision({"macro_f1": 0.985, "correct": one_miss}, perfect, None, margin=0.01)
    assert decision["promote"] and decision["baseline_test"]["p_value"] == 0.5
    assert "correct" not in decision["candidate"] and "correct" not in decision["baseline"]
    # ... twenty are (p = 2**-20): a broken model stays out.
    many_misses = np.ones(139, dtype=bool)
    many_misses[:20] = False
    decision = promotion_decision({"macro_f1": 0.77, "correct": many_misses}, perfect, None, margin=0.01)
    assert not decision["promote"] and decision["baseline_test"]["p_value"] < 1e-5
    # The production margin still applies on top.
    decision = promotion_decision({"macro_f1": 0.985, "correct": one_miss}, perfect,
                                  {"macro_f1": 1.0, "version": "v0001"}, margin=0.01)
    assert not decision["promote"]


@pytest.fixture(scope="module")
def package(tmp_path_factory, trained, splits, evaluation, exported):
    from configuration import load_config

    return build_package(tmp_path_factory.mktemp("pkg") / "v", train_result=trained["result"], splits=splits,
                         cfg=trained["cfg"], taxonomy=load_config().taxonomy, evaluation=evaluation,
                         export=exported)


def test_baseline_and_first_model(package, splits, trained, tmp_path):
    from storage import LocalObjectStore

    registry = ModelRegistry(LocalObjectStore(tmp_path / "store"), "complaint-classifier")
    baseline = tfidf_baseline(splits)
    assert baseline["count"] == len(splits.test) and 0 < baseline["macro_f1"] <= 1
    decision = decide_promotion(package, splits, registry, tmp_path / "cache", margin=0.01,
                                max_length=trained["cfg"].max_length)
    assert decision["production"] is None and decision["checks"]["within_margin_of_production"] is None
    assert decision["baseline"]["macro_f1"] == pytest.approx(baseline["macro_f1"])
    # With no production model only the baseline check decides: higher macro-F1, or not worse on
    # the paired records (McNemar p >= alpha).
    paired = decision["baseline_test"]
    assert paired["only_baseline_right"] + paired["only_candidate_right"] <= len(splits.test)
    assert decision["promote"] == (decision["candidate"]["macro_f1"] > baseline["macro_f1"]
                                   or paired["p_value"] >= paired["alpha"])
    assert decision["test_split"]["dataset_version"] == splits.dataset_version


def test_challenger_against_production(package, splits, trained, platform, tmp_path):
    from storage import LocalObjectStore

    registry = ModelRegistry(LocalObjectStore(tmp_path / "store"), "complaint-classifier")
    registry.publish("v0001", package)
    registry.set_alias("production", "v0001", reason="test")
    weak_baseline = {"kind": "fixed", "macro_f1": 0.0}
    max_length = trained["cfg"].max_length

    # The same model again: equal on the shared test split -> promote.
    same = decide_promotion(package, splits, registry, tmp_path / "cache", 0.01, max_length, baseline=weak_baseline)
    assert same["production"]["version"] == "v0001"
    assert same["production"]["macro_f1"] == pytest.approx(same["candidate"]["macro_f1"])
    assert same["promote"] and same["checks"]["within_margin_of_production"]

    # An untrained challenger (same tokenizer/labels, random classifier) -> keep production.
    from transformers import BertForSequenceClassification

    weak_dir = tmp_path / "weak"
    shutil.copytree(package, weak_dir)
    untrained = tmp_path / "untrained"
    BertForSequenceClassification.from_pretrained(platform["base_dir"], num_labels=10).save_pretrained(untrained)
    export_onnx(untrained, weak_dir / "model.onnx")
    worse = decide_promotion(weak_dir, splits, registry, tmp_path / "cache", 0.01, max_length, baseline=weak_baseline)
    assert not worse["promote"]
    assert worse["checks"]["within_margin_of_production"] is False
    assert worse["candidate"]["macro_f1"] < worse["production"]["macro_f1"] - 0.01
