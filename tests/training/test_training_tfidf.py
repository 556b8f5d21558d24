"""The TF-IDF candidate: its ONNX graph reproduces scikit-learn, and the API's engine serves it."""

from __future__ import annotations

import json

import numpy as np
import pytest

from training import tfidf


@pytest.fixture(scope="module")
def fitted(splits):
    vectorizer, classifier = tfidf.fit(splits.train["text"].tolist(), splits.train["label"].to_numpy())
    return vectorizer, classifier


@pytest.fixture(scope="module")
def exported(fitted, tmp_path_factory, splits):
    import onnx

    vectorizer, classifier = fitted
    folder = tmp_path_factory.mktemp("tfidf-onnx")
    tokenizer = tfidf.build_tokenizer(vectorizer)
    tokenizer.save_pretrained(folder / "tokenizer")
    onnx.save(tfidf.build_onnx(vectorizer, classifier, tokenizer, len(splits.label_codes)), str(folder / "model.onnx"))
    return folder


# Texts the ONNX side could get wrong: line breaks and runs of spaces (scikit-learn collapses runs),
# characters never seen in training, an empty body, a very long text.
HARD_TEXTS = ["버스 배차\n간격이   너무 깁니다", "쓰레기\n\n\n무단투기 신고", "𝔘𝔫𝔰𝔢𝔢𝔫 글자 뷁뷁 ☃☃", "도로 파손\n",
              "가" * 3000 + " 민원", " 앞뒤 공백 "]


def test_onnx_reproduces_scikit_learn(fitted, exported, splits):
    from training.export import OnnxClassifier

    vectorizer, classifier = fitted
    texts = splits.test["text"].tolist() + HARD_TEXTS
    reference = tfidf.decision_logits(vectorizer, classifier, texts, len(splits.label_codes))
    onnx_logits = OnnxClassifier(exported / "model.onnx", exported / "tokenizer").predict_logits(texts, tfidf.MAX_CHARS)
    assert np.abs(onnx_logits - reference).max() < 1e-4
    assert (onnx_logits.argmax(1) == reference.argmax(1)).all()
    # The scores are the classifier's own: softmax of them is predict_proba.
    probabilities = np.exp(reference - reference.max(1, keepdims=True))
    probabilities /= probabilities.sum(1, keepdims=True)
    present = classifier.classes_
    assert np.allclose(probabilities[:, present], classifier.predict_proba(vectorizer.transform(texts)), atol=1e-6)


def test_a_class_without_training_records_is_never_predicted(splits):
    import onnx

    from training.export import OnnxClassifier

    keep = splits.train["label"] != 0
    vectorizer, classifier = tfidf.fit(splits.train["text"][keep].tolist(), splits.train["label"][keep].to_numpy())
    tokenizer = tfidf.build_tokenizer(vectorizer)
    model = tfidf.build_onnx(vectorizer, classifier, tokenizer, len(splits.label_codes))
    logits = tfidf.decision_logits(vectorizer, classifier, splits.test["text"].tolist(), len(splits.label_codes))
    assert (logits.argmax(1) != 0).all() and logits[:, 0].max() <= tfidf.ABSENT_CLASS_LOGIT
    assert model.graph.output[0].name == "logits"


def test_the_api_engine_serves_the_package(trained, splits, tmp_path):
    """The packaged candidate goes through the same InferenceEngine as a transformer."""
    from configuration import load_config
    from serving.engine import EngineOptions, InferenceEngine

    config = load_config()
    candidate = tfidf.train_and_export(splits, tmp_path / "export")
    assert candidate.parity["fp32"]["passed"] and candidate.parity["fp32"]["argmax_agreement"] == 1.0
    package = tfidf.package(candidate, splits, trained["cfg"], config.taxonomy, tmp_path / "package")
    lineage = json.loads((package / "lineage.json").read_text())
    assert lineage["candidate"] == "tfidf" and lineage["training_config"]["max_length"] == tfidf.MAX_CHARS
    assert lineage["dataset_version"] == splits.dataset_version
    metrics = json.loads((package / "metrics.json").read_text())
    assert set(metrics["per_class"]) == set(config.taxonomy.codes) and (package / "confusion_matrix.png").is_file()
    engine = InferenceEngine(package, "v-test", EngineOptions(), known_codes={d.code: d.name for d in config.taxonomy.departments})
    texts = splits.test["text"].tolist()
    predictions = engine.predict(texts)
    served = [p.best.code for p in predictions]
    expected = [splits.label_codes[i] for i in candidate.test_logits.argmax(1)]
    assert served == expected
    accuracy = np.mean([code == splits.label_codes[label] for code, label in zip(served, splits.test["label"])])
    assert accuracy == pytest.approx(metrics["accuracy"])
