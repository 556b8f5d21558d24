"""Step 7: champion/challenger decisions, both ways, against a real registry."""

import shutil

import pytest

from registry import ModelRegistry
from training.export import export_onnx
from training.package import build_package
from training.promotion import decide_promotion, promotion_decision


@pytest.mark.parametrize(
    "transformer, tfidf, production, winner, promote",
    [
        (0.80, 0.70, None, "transformer", True),   # no production: the best candidate is served
        (0.65, 0.70, None, "tfidf", True),         # the transformer loses: TF-IDF is served, never nothing
        (0.80, 0.70, 0.805, "transformer", True),  # slightly worse than production, inside the margin
        (0.80, 0.70, 0.85, "transformer", False),  # clearly worse than production: production kept
        (0.69, 0.70, 0.60, "tfidf", True),         # both beat production; the better one goes
        (0.70, 0.70, None, "transformer", True),   # a tie goes to the first listed
    ],
)
def test_rule(transformer, tfidf, production, winner, promote):
    decision = promotion_decision({"transformer": {"macro_f1": transformer}, "tfidf": {"macro_f1": tfidf}},
                                  None if production is None else {"macro_f1": production, "version": "v0001"},
                                  margin=0.01)
    assert decision["winner"] == winner and decision["candidate"]["name"] == winner
    assert decision["promote"] is promote
    assert decision["reasons"][0].startswith(f"candidate {winner} won")
    loser = "tfidf" if winner == "transformer" else "transformer"
    assert decision["comparisons"][loser]["lead"] == pytest.approx(max(transformer, tfidf) - min(transformer, tfidf))


def test_the_winners_lead_is_tested_on_paired_records():
    import numpy as np

    perfect = np.ones(139, dtype=bool)
    one_miss = perfect.copy()
    one_miss[7] = False
    decision = promotion_decision({"transformer": {"macro_f1": 0.985, "correct": one_miss},
                                   "tfidf": {"macro_f1": 1.0, "correct": perfect}}, None, margin=0.01)
    lead = decision["comparisons"]["transformer"]
    # One record more right is no evidence (p = 0.5): the report says the lead is not significant.
    assert decision["winner"] == "tfidf" and lead["p_value"] == 0.5 and not lead["significant"]
    assert "p=0.5" in decision["reasons"][0] and "correct" not in decision["candidates"]["tfidf"]
    many_misses = perfect.copy()
    many_misses[:20] = False
    decision = promotion_decision({"transformer": {"macro_f1": 0.77, "correct": many_misses},
                                   "tfidf": {"macro_f1": 1.0, "correct": perfect}}, None, margin=0.01)
    assert decision["comparisons"]["transformer"]["p_value"] < 1e-5 and decision["comparisons"]["transformer"]["significant"]
    # The production margin applies to the winner.
    decision = promotion_decision({"transformer": {"macro_f1": 0.985, "correct": one_miss}},
                                  {"macro_f1": 1.0, "version": "v0001"}, margin=0.01)
    assert not decision["promote"] and "production kept" in decision["reasons"][-1]


@pytest.fixture(scope="module")
def package(tmp_path_factory, trained, splits, evaluation, exported):
    from configuration import load_config

    return build_package(tmp_path_factory.mktemp("pkg") / "v", train_result=trained["result"], splits=splits,
                         cfg=trained["cfg"], taxonomy=load_config().taxonomy, evaluation=evaluation,
                         export=exported)


@pytest.fixture(scope="module")
def tfidf_package(tmp_path_factory, trained, splits):
    from configuration import load_config
    from training import tfidf

    work = tmp_path_factory.mktemp("tfidf")
    candidate = tfidf.train_and_export(splits, work / "export")
    return tfidf.package(candidate, splits, trained["cfg"], load_config().taxonomy, work / "package")


def test_every_candidate_scored_and_the_best_promoted_first(package, tfidf_package, splits, trained, tmp_path):
    from storage import LocalObjectStore

    registry = ModelRegistry(LocalObjectStore(tmp_path / "store"), "complaint-classifier")
    decision = decide_promotion({"transformer": package, "tfidf": tfidf_package}, splits, registry, tmp_path / "cache",
                                margin=0.01, max_length=trained["cfg"].max_length)
    scores = decision["candidates"]
    assert set(scores) == {"transformer", "tfidf"} and scores["tfidf"]["kind"] == "tfidf"
    assert all(s["count"] == len(splits.test) for s in scores.values())
    best = max(scores, key=lambda name: scores[name]["macro_f1"])
    assert decision["winner"] == best and decision["promote"]  # no production yet: the best is served
    assert decision["production"] is None and decision["checks"]["within_margin_of_production"] is None
    other = "tfidf" if best == "transformer" else "transformer"
    comparison = decision["comparisons"][other]
    assert comparison["only_winner_right"] + comparison["only_other_right"] <= len(splits.test)
    assert decision["test_split"]["dataset_version"] == splits.dataset_version
    # Scored through the packaged ONNX files: the TF-IDF numbers are the package's own metrics.
    import json

    own = json.loads((tfidf_package / "metrics.json").read_text())
    assert scores["tfidf"]["macro_f1"] == pytest.approx(own["macro_f1"])


def test_challenger_against_production(package, splits, trained, platform, tmp_path):
    from storage import LocalObjectStore

    registry = ModelRegistry(LocalObjectStore(tmp_path / "store"), "complaint-classifier")
    registry.publish("v0001", package)
    registry.set_alias("production", "v0001", reason="test")
    max_length = trained["cfg"].max_length

    # The same model again: equal on the shared test split -> promote.
    same = decide_promotion(package, splits, registry, tmp_path / "cache", 0.01, max_length)
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
    worse = decide_promotion(weak_dir, splits, registry, tmp_path / "cache", 0.01, max_length)
    assert not worse["promote"]
    assert worse["checks"]["within_margin_of_production"] is False
    assert worse["candidate"]["macro_f1"] < worse["production"]["macro_f1"] - 0.01
