"""The TF-IDF + logistic-regression candidate, exported to ONNX and served like the transformer.

Character 1-3-grams suit Korean's agglutinated words without a morphological analyser. The fitted
model is written as an ONNX graph of standard operators that takes the same inputs as the BERT
models (input_ids, attention_mask from its own tokenizer.json) and returns `logits`, so the API,
the promotion test and the Triton export use one path for both kinds of model:

    tokenizer.json   runs of whitespace -> one space (as scikit-learn's char analyzer), then one
                     token per character (WordLevel; a character never seen in training is [UNK])
    model.onnx       TfIdfVectorizer (ai.onnx, n-gram counts over the character ids, 1..3)
                     -> sublinear tf (1 + log tf) -> x idf -> L2 normalisation -> x W^T + b

An n-gram holding [PAD] or [UNK] is in no pool, so it counts for nothing, exactly as scikit-learn
ignores n-grams outside its vocabulary. Why not skl2onnx: its converter handles analyzer="word"
and "char" only (char_wb is an open pull request), "char" needs the com.microsoft Tokenizer
operator, and it does not collapse whitespace as scikit-learn does (sklearn-onnx issues #446, #537),
so its output would differ from the fitted model on texts with a line break.

The export is gated like the transformer's: the ONNX logits must reproduce scikit-learn's
decision_function on the test split (max |Δ| <= 1e-3, argmax agreement >= 99.9%).
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from training.export import FP32_MAX_ABS_DIFF, FP32_MIN_ARGMAX_AGREEMENT, ParityError, fp32_parity

log = logging.getLogger(__name__)

NGRAM_RANGE = (1, 3)
MAX_FEATURES = 100_000
C = 10.0
MAX_CHARS = 8192          # characters per text the model reads (the engine truncates the ids here)
SPECIAL_TOKENS = ["[PAD]", "[UNK]"]
_WHITESPACE_RUNS = r"\s\s+"   # what scikit-learn's char analyzer collapses to one space
ABSENT_CLASS_LOGIT = -1e4     # a taxonomy code with no training record is never predicted
CANDIDATE_NAME = "tfidf"


@dataclass
class TfidfSettings:
    ngram_range: tuple[int, int] = NGRAM_RANGE
    max_features: int = MAX_FEATURES
    C: float = C
    max_iter: int = 2000
    seed: int = 0

    def as_dict(self) -> dict:
        return {"kind": "tfidf-char+logreg", "analyzer": "char", "ngram_range": list(self.ngram_range),
                "sublinear_tf": True, "max_features": self.max_features, "C": self.C, "max_iter": self.max_iter,
                "seed": self.seed, "max_length": MAX_CHARS}


def fit(texts: list[str], labels: np.ndarray, settings: TfidfSettings = TfidfSettings()):
    """Fit the scikit-learn pipeline (vectorizer, classifier)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=settings.ngram_range, lowercase=False,
                                 sublinear_tf=True, min_df=1, max_features=settings.max_features)
    features = vectorizer.fit_transform(texts)
    classifier = LogisticRegression(max_iter=settings.max_iter, C=settings.C, random_state=settings.seed)
    classifier.fit(features, labels)
    return vectorizer, classifier


def decision_logits(vectorizer, classifier, texts: list[str], num_labels: int) -> np.ndarray:
    """scikit-learn's scores as one column per taxonomy code (what the ONNX graph must reproduce)."""
    weights, bias = _full_weights(classifier, num_labels)
    features = vectorizer.transform(texts)
    return np.asarray(features @ weights.T.astype(np.float64) + bias, dtype=np.float64)


def _full_weights(classifier, num_labels: int) -> tuple[np.ndarray, np.ndarray]:
    """(W [num_labels, F], b [num_labels]): softmax(x W^T + b) = predict_proba, absent classes never win."""
    classes = list(classifier.classes_)
    coef, intercept = classifier.coef_, classifier.intercept_
    if len(classes) == 2 and coef.shape[0] == 1:  # binary: p(c1) = sigmoid(z) = softmax([0, z])
        coef = np.vstack([np.zeros_like(coef), coef])
        intercept = np.array([0.0, intercept[0]])
    weights = np.zeros((num_labels, coef.shape[1]), dtype=np.float32)
    bias = np.full(num_labels, ABSENT_CLASS_LOGIT, dtype=np.float32)
    for row, label in enumerate(classes):
        weights[int(label)] = coef[row]
        bias[int(label)] = intercept[row]
    return weights, bias


def build_tokenizer(vectorizer):
    """A character-level tokenizer (transformers PreTrainedTokenizerFast) over the training alphabet."""
    from tokenizers import Regex, Tokenizer, models, normalizers, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    characters = sorted({ch for gram in vectorizer.vocabulary_ for ch in gram})
    vocab = {token: index for index, token in enumerate(SPECIAL_TOKENS + characters)}
    tokenizer = Tokenizer(models.WordLevel(vocab=vocab, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.Replace(Regex(_WHITESPACE_RUNS), " ")
    tokenizer.pre_tokenizer = pre_tokenizers.Split(Regex(r"[\s\S]"), behavior="isolated")
    return PreTrainedTokenizerFast(tokenizer_object=tokenizer, unk_token="[UNK]", pad_token="[PAD]",
                                   model_max_length=MAX_CHARS)


def build_onnx(vectorizer, classifier, tokenizer, num_labels: int):
    """The ONNX graph (onnx.ModelProto) of the fitted pipeline over the tokenizer's character ids."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    vocab = tokenizer.get_vocab()
    by_length: dict[int, list[tuple[tuple[int, ...], int]]] = {}
    for gram, column in vectorizer.vocabulary_.items():
        by_length.setdefault(len(gram), []).append((tuple(vocab[ch] for ch in gram), column))
    pool, counts, indexes = [], [], []
    low, high = vectorizer.ngram_range
    for n in range(low, high + 1):
        counts.append(len(pool))  # where the n-grams of this length start in the pool
        for ids, column in sorted(by_length.get(n, [])):
            pool.extend(ids)
            indexes.append(column)
    features = len(vectorizer.vocabulary_)
    weights, bias = _full_weights(classifier, num_labels)
    idf = vectorizer.idf_.astype(np.float32)
    pad = vocab["[PAD]"]

    nodes = [
        # Padding is [PAD] whatever the feed holds there: the mask decides, as for BERT.
        helper.make_node("Cast", ["attention_mask"], ["mask_bool"], to=TensorProto.BOOL),
        helper.make_node("Where", ["mask_bool", "input_ids", "pad_id"], ["ids"]),
        helper.make_node("TfIdfVectorizer", ["ids"], ["tf"], mode="TF", min_gram_length=low,
                         max_gram_length=high, max_skip_count=0, ngram_counts=counts, ngram_indexes=indexes,
                         pool_int64s=pool),
        helper.make_node("Max", ["tf", "one"], ["tf_at_least_one"]),
        helper.make_node("Log", ["tf_at_least_one"], ["log_tf"]),
        helper.make_node("Add", ["log_tf", "one"], ["sublinear"]),
        helper.make_node("Greater", ["tf", "zero"], ["present"]),
        helper.make_node("Cast", ["present"], ["present_f"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["sublinear", "present_f"], ["tf_sub"]),
        helper.make_node("Mul", ["tf_sub", "idf"], ["tfidf"]),
        helper.make_node("ReduceL2", ["tfidf"], ["norm"], axes=[1], keepdims=1),
        helper.make_node("Max", ["norm", "epsilon"], ["norm_safe"]),
        helper.make_node("Div", ["tfidf", "norm_safe"], ["x"]),
        helper.make_node("MatMul", ["x", "weights_t"], ["scores"]),
        helper.make_node("Add", ["scores", "bias"], ["logits"]),
    ]
    initializers = [
        numpy_helper.from_array(np.array(pad, dtype=np.int64), "pad_id"),
        numpy_helper.from_array(np.array(1.0, dtype=np.float32), "one"),
        numpy_helper.from_array(np.array(0.0, dtype=np.float32), "zero"),
        numpy_helper.from_array(np.array(1e-12, dtype=np.float32), "epsilon"),
        numpy_helper.from_array(idf, "idf"),
        numpy_helper.from_array(np.ascontiguousarray(weights.T), "weights_t"),
        numpy_helper.from_array(bias, "bias"),
    ]
    graph = helper.make_graph(
        nodes, "tfidf_char_logreg",
        inputs=[helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "sequence"]),
                helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "sequence"])],
        outputs=[helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", num_labels])],
        initializer=initializers,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="minwon")
    model.ir_version = 8
    onnx.checker.check_model(model)
    log.info("TF-IDF ONNX graph: %d n-grams (%d features), pool of %d ids", len(indexes), features, len(pool))
    return model


@dataclass
class TfidfCandidate:
    """A fitted, exported and gated TF-IDF model (what `package` writes into a registry folder)."""

    run_id: str
    model_path: Path
    tokenizer_dir: Path
    parity: dict
    settings: TfidfSettings
    fit_seconds: float
    test_logits: np.ndarray
    validation_logits: np.ndarray
    started_at: str
    finished_at: str
    files: dict[str, Path] = field(default_factory=dict)


def tfidf_run_id(dataset_version: str, settings: TfidfSettings) -> str:
    digest = hashlib.sha256(json.dumps(settings.as_dict(), sort_keys=True).encode()).hexdigest()[:8]
    return f"{CANDIDATE_NAME}-{dataset_version[:12]}-{digest}"


def train_and_export(splits, out_dir: Path, settings: TfidfSettings = TfidfSettings()) -> TfidfCandidate:
    """Fit on the train split, export, and gate the ONNX file against scikit-learn on the test split."""
    from datetime import datetime, timezone

    from training.export import OnnxClassifier

    started_at = datetime.now(timezone.utc).isoformat()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    num_labels = len(splits.label_codes)
    began = time.monotonic()
    vectorizer, classifier = fit(splits.train["text"].tolist(), splits.train["label"].to_numpy(), settings)
    fit_seconds = time.monotonic() - began
    tokenizer = build_tokenizer(vectorizer)
    tokenizer_dir = out_dir / "tokenizer"
    tokenizer.save_pretrained(tokenizer_dir)
    import onnx

    model_path = out_dir / "model.onnx"
    onnx.save(build_onnx(vectorizer, classifier, tokenizer, num_labels), str(model_path))

    test_texts = splits.test["text"].tolist()
    reference = decision_logits(vectorizer, classifier, test_texts, num_labels)
    onnx_classifier = OnnxClassifier(model_path, tokenizer_dir)
    test_logits = onnx_classifier.predict_logits(test_texts, MAX_CHARS)
    parity = {"test_records": len(test_texts), "reference": "scikit-learn decision_function (float64)",
              "fp32": fp32_parity(test_logits, reference.astype(np.float32)) | {"providers": onnx_classifier.providers}}
    if not parity["fp32"]["passed"]:
        raise ParityError(f"TF-IDF model.onnx does not reproduce scikit-learn on {len(test_texts)} test records: "
                          f"max |Δ| {parity['fp32']['max_abs_diff']} (limit {FP32_MAX_ABS_DIFF}), argmax agreement "
                          f"{parity['fp32']['argmax_agreement']} (limit {FP32_MIN_ARGMAX_AGREEMENT})")
    validation_logits = onnx_classifier.predict_logits(splits.validation["text"].tolist(), MAX_CHARS)
    (out_dir / "parity.json").write_text(json.dumps(parity, indent=2))
    log.info("TF-IDF candidate: %d train records, %d features, fit %.1f s; ONNX parity max |Δ| %.2e",
             len(splits.train), len(vectorizer.vocabulary_), fit_seconds, parity["fp32"]["max_abs_diff"])
    return TfidfCandidate(run_id=tfidf_run_id(splits.dataset_version, settings), model_path=model_path,
                          tokenizer_dir=tokenizer_dir, parity=parity, settings=settings, fit_seconds=fit_seconds,
                          test_logits=test_logits, validation_logits=validation_logits, started_at=started_at,
                          finished_at=datetime.now(timezone.utc).isoformat(),
                          files={"model.onnx": model_path, "parity.json": out_dir / "parity.json"})


def package(candidate: TfidfCandidate, splits, cfg, taxonomy, out_dir: Path) -> Path:
    """A registry version folder for the TF-IDF candidate: the same files as a transformer's (minus
    the training curve); lineage.json says `candidate: tfidf` and carries its settings."""
    from training.evaluate import evaluate_logits
    from training.export import ExportResult
    from training.package import build_package
    from training.runs import TrainResult

    work = Path(out_dir).parent / f"{Path(out_dir).name}-evaluation"
    evaluation = evaluate_logits(candidate.test_logits, candidate.validation_logits, splits,
                                 list(splits.label_codes), work)
    result = TrainResult(run_id=candidate.run_id, model_dir=candidate.tokenizer_dir, final_key="",
                         dataset_version=splits.dataset_version, label_codes=list(splits.label_codes),
                         base_model="", steps=0, epochs=0, world_size=1, device="cpu",
                         started_at=candidate.started_at, finished_at=candidate.finished_at,
                         resumed_from_step=None, config=candidate.settings.as_dict())
    export = ExportResult(fp32_path=candidate.model_path, int8_path=None, parity=candidate.parity)
    out = build_package(out_dir, train_result=result, splits=splits, cfg=cfg, taxonomy=taxonomy,
                        evaluation=evaluation, export=export)
    lineage_path = out / "lineage.json"
    lineage = json.loads(lineage_path.read_text(encoding="utf-8"))
    # The serving engine reads training_config.max_length: characters here, not word pieces.
    lineage.update({"candidate": CANDIDATE_NAME, "training_config": candidate.settings.as_dict(), "base_model": None,
                    "fit_seconds": round(candidate.fit_seconds, 3)})
    lineage_path.write_text(json.dumps(lineage, indent=2, ensure_ascii=False), encoding="utf-8")
    return out
