"""The PII tagger's build on a tiny budget: data -> training -> ONNX (parity-checked) -> model card
-> registry (published once per build key) -> the gate's inference code. The real build (minutes)
is what tests/conftest.py and `make test` run; this checks the pipeline in seconds."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from quality_gate.pii.eval_sets import BIRTH_DATE_TRAINING_SETS

KLUE_SAMPLE = [
    ("wikitree", "<김철수:PS> 씨는 <서울:LC>에 산다.", [("김철수", "PS"), (" 씨는 ", None), ("서울", "LC"), ("에 산다.", None)]),
    ("nsmc", "<박지민:PS>의 연기가 좋았다", [("박지민", "PS"), ("의 연기가 좋았다", None)]),
    ("wikitree", "<부산:LC> 해운대에서 열렸다.", [("부산", "LC"), (" 해운대에서 열렸다.", None)]),
] * 30


def _sentence_id(n: int, source: str) -> str:
    return f"klue-ner-v1_dev_{n:05d}-{source}"


def _write_klue(folder: Path) -> None:
    lines = ["## 토큰, 레이블 구분자 : \\t", ""]
    for n, (source, marked, pieces) in enumerate(KLUE_SAMPLE):
        lines.append(f"## {_sentence_id(n, source)}\t{marked}")
        for text, tag in pieces:
            for i, ch in enumerate(text):
                lines.append(f"{ch}\t{'O' if tag is None else ('B-' if i == 0 else 'I-') + tag}")
        lines.append("")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "klue-ner-v1.1_dev.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    from training.pii_ner.build import ensure_model
    from training.pii_ner.data import DataSettings

    root = tmp_path_factory.mktemp("pii-build")
    _write_klue(root / "klue")
    settings = DataSettings(klue_dir=str(root / "klue"), petitions_dir=str(root / "no-petitions"),
                            synthetic=300, synthetic_valid=60, klue_swapped_copies=1)
    return ensure_model(root / "models", settings, parameters={"dim": 16, "epochs": 1})


def test_build_writes_a_complete_described_model(tiny_model):
    from quality_gate.pii.klue import split_of
    from quality_gate.pii.ner.codec import LABELS

    card = json.loads((tiny_model / "model_card.json").read_text(encoding="utf-8"))
    assert (tiny_model / "model.onnx").is_file() and (tiny_model / "vocab.json").is_file()
    assert card["labels"] == list(LABELS) and set(card["thresholds"]) == set(LABELS)
    assert card["klue_used"] and len(card["data"]["klue_sha256"]) == 64 and len(card["build_key"]) == 64
    assert "CC BY-SA 4.0" in card["licence"] and "CC BY-SA 4.0" in (tiny_model / "LICENCE.txt").read_text()
    assert card["onnx"]["fp32_max_abs_diff_vs_torch"] <= 1e-4
    assert card["onnx"]["precision"] in ("int8-static", "fp32")
    # the key does not pin the weights (they depend on the CPU): the card names both
    assert card["weights_sha256"] == hashlib.sha256((tiny_model / "model.onnx").read_bytes()).hexdigest()
    assert set(card["built_on"]) == {"model", "isa"}
    # The birth-date model is built with it, from the development sets in the checkout.
    assert card["birth_dates"]["trained"] and (tiny_model / card["birth_dates"]["file"]).is_file()
    assert set(card["birth_dates"]["sets"]) == set(BIRTH_DATE_TRAINING_SETS) and "eighth" in card["birth_dates"]["sets"]
    assert 0 < card["birth_dates"]["birth_dates"] < card["birth_dates"]["candidates"]
    # Only the train part of the split was read: the held-out sentences never reach training.
    held_out = sum(split_of(_sentence_id(n, source)) == "heldout" for n, (source, _, _) in enumerate(KLUE_SAMPLE))
    assert 0 < held_out < len(KLUE_SAMPLE)
    klue_valid = card["validation"]["records"] - 60  # the rest of validation is synthetic
    assert card["training"]["sources"]["klue"] + klue_valid == len(KLUE_SAMPLE) - held_out
    assert not (tiny_model / "data-cache").exists() and not list(tiny_model.parent.glob(".build-*"))


def test_second_build_is_the_cached_folder(tiny_model):
    from training.pii_ner.build import ensure_model
    from training.pii_ner.data import DataSettings

    root = tiny_model.parent.parent
    settings = DataSettings(klue_dir=str(root / "klue"), petitions_dir=str(root / "no-petitions"),
                            synthetic=300, synthetic_valid=60, klue_swapped_copies=1)
    before = (tiny_model / "model_card.json").stat().st_mtime_ns
    assert ensure_model(root / "models", settings, parameters={"dim": 16, "epochs": 1}) == tiny_model
    assert (tiny_model / "model_card.json").stat().st_mtime_ns == before


def _same_alone_in_a_batch_and_in_windows(model_dir: Path, exact: bool) -> None:
    """A text's probabilities do not depend on its batch companions, nor on being cut into windows:
    exactly with fixed-scale int8 (integer sums, padded positions exact zeros), to 1e-5 with fp32."""
    from quality_gate.pii.ner.model import NerModel

    def same(a: np.ndarray, b: np.ndarray) -> bool:
        return np.array_equal(a, b) if exact else np.allclose(a, b, atol=1e-5)

    model = NerModel(model_dir, threads=1, batch_size=4)
    texts = ["민원인 김민수 주무관", "주소 수원시 영통구 매영로 123", "", "짧음", "참석자: 이서연, 박지훈 " * 3]
    batched = model.probabilities([t for t in texts if t])
    for text, probs in zip([t for t in texts if t], batched):
        assert probs.shape == (len(text), len(model.card["tags"]))
        assert same(model.probabilities([text])[0], probs)
    assert model.predict(texts)[2] == []
    long_text = "민원인 김민수 주무관과 통화했습니다. " * 60  # > one window
    windowed = NerModel(model_dir, threads=1, window=128, overlap=32).probabilities([long_text])[0]
    whole = NerModel(model_dir, threads=1, window=4096).probabilities([long_text])[0]
    assert windowed.shape == whole.shape and same(windowed, whole)


def test_inference_is_the_same_alone_in_a_batch_and_in_windows(tiny_model):
    precision = json.loads((tiny_model / "model_card.json").read_text(encoding="utf-8"))["onnx"]["precision"]
    _same_alone_in_a_batch_and_in_windows(tiny_model, exact=precision == "int8-static")


def test_static_int8_is_quantized_end_to_end_and_batch_independent(tmp_path):
    """The int8 file the build ships when recall holds, made here whatever the tiny model's recall:
    each of the five blocks one QLinearConv (taps, bias and ReLU) with its residual Add in uint8, the
    padding mask after each block but the last, the embedding sum fp32 and quantized once, the output
    layer fp32, and the same numbers alone, in a batch and in windows."""
    import onnx
    import torch

    from quality_gate.pii.ner.codec import BIGRAM_BUCKETS, LABELS, N_FEATURES, TAGS, CharCodec
    from training.pii_ner.export import _export, _quantize, calibration_sample, int8_weight_max
    from training.pii_ner.model import CharNer, NerConfig

    codec = CharCodec.build(["민원인 김민수 주무관과 통화했습니다", "주소 수원시 영통구 매영로 123", "참석자: 이서연, 박지훈"],
                            min_count=1)
    codec.save(tmp_path / "vocab.json")
    torch.manual_seed(0)
    model = CharNer(NerConfig(vocab_size=codec.vocab_size, dim=16)).eval()
    _export(model, tmp_path / "fp32.onnx")
    texts = ["민원인 김민수 주무관과 통화했습니다", "수원시 영통구", "이서연 박지훈 " * 10] * 4
    _quantize(tmp_path / "fp32.onnx", tmp_path / "model.onnx", calibration_sample([codec.encode(t) for t in texts], 8))
    nodes = onnx.load(str(tmp_path / "model.onnx")).graph.node
    ops = [node.op_type for node in nodes]
    assert ops.count("QLinearConv") == 5 and "Conv" not in ops and "DynamicQuantizeMatMul" not in ops
    assert ops.count("QLinearAdd") == 5 and ops.count("QLinearMul") == 4
    # quantized twice: the fp32 embedding sum (its five Adds stay float) and the mask
    assert ops.count("QuantizeLinear") == 2 and ops.count("Add") == 5 + 1
    # weights in [-64, 64], one scale per output channel: two uint8 x int8 products fit in int16 (no
    # saturation on CPUs without VNNI)
    graph = onnx.load(str(tmp_path / "model.onnx")).graph
    initializers = {init.name: onnx.numpy_helper.to_array(init) for init in graph.initializer}
    for node in (n for n in nodes if n.op_type == "QLinearConv"):
        weights, scales = initializers[node.input[3]], initializers[node.input[4]]
        assert int(np.abs(weights.astype(np.int32)).max()) <= 64 and scales.shape == (weights.shape[0],)
    assert int8_weight_max(tmp_path / "model.onnx") == 64  # what the card records for the gate's check
    # one float MatMul left: the output layer's, right before the softmax (its bias Add between them)
    assert ops.count("MatMul") == 1 and ops[ops.index("MatMul"):][:3] == ["MatMul", "Add", "Softmax"]
    card = {"labels": list(LABELS), "tags": list(TAGS), "n_tags": len(TAGS), "thresholds": dict.fromkeys(LABELS, 0.5),
            "inputs": {"features": N_FEATURES, "bigram_buckets": BIGRAM_BUCKETS}, "onnx": {"precision": "int8-static"}}
    (tmp_path / "model_card.json").write_text(json.dumps(card), encoding="utf-8")
    _same_alone_in_a_batch_and_in_windows(tmp_path, exact=True)


def test_published_once_per_build_and_fetched_by_the_gate_code(tiny_model, tmp_path):
    from quality_gate.pii.ner.model import NerModel
    from registry import ModelRegistry
    from storage import LocalObjectStore
    from training.pii_ner.build import MODEL_NAME, publish_model

    platform = SimpleNamespace(store=LocalObjectStore(tmp_path / "store"))
    version, new = publish_model(tiny_model, platform)
    assert (version, new) == ("v0001", True)
    assert publish_model(tiny_model, platform) == ("v0001", False)
    registry = ModelRegistry(platform.store, MODEL_NAME)
    assert registry.get_alias("production") == "v0001"
    fetched = registry.fetch("v0001", tmp_path / "cache")
    model = NerModel(fetched)
    assert model.card["build_key"] == json.loads((tiny_model / "model_card.json").read_text())["build_key"]
    assert len(model.predict(["민원인 김민수입니다"])) == 1


def test_a_model_built_for_other_inputs_is_a_clear_error(tiny_model, tmp_path):
    """A model from before the character-pair feature (5 inputs) cannot read this code's 6: say so."""
    import shutil

    from quality_gate.pii.ner.model import NerModel, NerModelError

    old = tmp_path / "old"
    shutil.copytree(tiny_model, old)
    card = json.loads((old / "model_card.json").read_text(encoding="utf-8"))
    del card["inputs"]
    (old / "model_card.json").write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(NerModelError, match="rebuild it with `minwon pii train-model`"):
        NerModel(old)


def test_a_missing_model_is_a_clear_error(tmp_path, monkeypatch):
    from quality_gate.pii.ner.model import NerModel, NerModelError
    from quality_gate.pii.ner.source import resolve_model_dir

    with pytest.raises(NerModelError, match="minwon pii train-model"):
        NerModel(tmp_path)
    monkeypatch.setenv("MINWON_PII_MODEL_DIR", str(tmp_path / "absent"))
    with pytest.raises(NerModelError, match="not a folder"):
        resolve_model_dir(SimpleNamespace(model_name="pii-ner", alias="production"))


def test_a_tagger_without_klue_ner_is_refused_unless_allowed(tiny_model, tmp_path):
    from registry import ModelRegistry
    from storage import LocalObjectStore
    from training.pii_ner.build import KlueNerMissing, ensure_model, publish_model
    from training.pii_ner.data import DataSettings

    settings = DataSettings(klue_dir=str(tmp_path / "no-klue"), petitions_dir=str(tmp_path / "no-petitions"),
                            synthetic=120, synthetic_valid=30)
    with pytest.raises(KlueNerMissing, match="no-klue/klue-ner-v1.1_dev.tsv"):
        ensure_model(tmp_path / "models", settings, parameters={"dim": 16, "epochs": 1})
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())

    synthetic_only = ensure_model(tmp_path / "models", settings, parameters={"dim": 16, "epochs": 1},
                                  allow_synthetic_only=True)
    assert json.loads((synthetic_only / "model_card.json").read_text())["klue_used"] is False
    platform = SimpleNamespace(store=LocalObjectStore(tmp_path / "store"))
    with pytest.raises(KlueNerMissing, match="built without KLUE-NER"):
        publish_model(synthetic_only, platform)
    assert ModelRegistry(platform.store, "pii-ner").get_alias("production") is None
    assert publish_model(synthetic_only, platform, allow_synthetic_only=True) == ("v0001", True)
    # A tagger that saw KLUE-NER needs no permission.
    assert publish_model(tiny_model, platform) == ("v0002", True)


def test_train_model_command_refuses_without_klue_ner(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from training.pii_ner.cli import pii_app

    monkeypatch.setenv("MINWON_KLUE_NER_DIR", str(tmp_path / "absent"))
    monkeypatch.setenv("MINWON_PII_BUILD_DIR", str(tmp_path / "build"))
    result = CliRunner().invoke(pii_app, ["train-model", "--no-publish"])
    assert result.exit_code == 2
    assert "KLUE-NER not found" in result.output and str(tmp_path / "absent") in result.output
    assert "--allow-synthetic-only" in result.output
    assert not (tmp_path / "build").exists() or not list((tmp_path / "build").glob("*/model_card.json"))


def test_the_evaluation_report_names_the_model_weights_and_cpus(tiny_model, tmp_path, monkeypatch):
    """The build key does not pin the weights (they depend on the CPU that trained them): the JSON
    report says which weights were scored, where they were built and where they were evaluated."""
    from typer.testing import CliRunner

    from cli.main import app

    monkeypatch.setenv("MINWON_PII_MODEL_DIR", str(tiny_model))
    out = tmp_path / "eval.json"
    klue = tiny_model.parent.parent / "klue"
    second = tmp_path / "second.jsonl"  # the second set's format: one labelled birth date, one look-alike
    text = "신청인 생년월일 1961.04.09, 접수일 2024.05.02"
    second.write_text(json.dumps({"id": "s2-00-001", "kind": "form", "text": text,
                                  "spans": [{"start": 9, "end": 19, "entity": "BIRTH_DATE", "value": "1961.04.09"}],
                                  "negatives": [{"start": 25, "end": 35, "kind": "date", "value": "2024.05.02"}]},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    third = tmp_path / "third.jsonl"  # the same format: a personal mobile and a representative number
    text = "담당자 휴대폰 010-2954-7731, 대표번호 1588-1234"
    third.write_text(json.dumps({"id": "s3-a00-001", "kind": "memo", "text": text,
                                 "spans": [{"start": 8, "end": 21, "entity": "PHONE_NUMBER", "value": "010-2954-7731"}],
                                 "negatives": [{"start": 28, "end": 37, "kind": "public_number", "value": "1588-1234"}]},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["pii", "evaluate", "--json", str(out), "--klue-dir", str(klue),
                                      "--mixed", str(tmp_path / "absent.jsonl"), "--second", str(second),
                                      "--third", str(third), "--fourth", str(tmp_path / "absent-fourth.jsonl"),
                                      "--fifth", str(tmp_path / "absent-fifth.jsonl"),
                                      "--sixth", str(tmp_path / "absent-sixth.jsonl"),
                                      "--seventh", str(tmp_path / "absent-seventh.jsonl"),
                                      "--eighth", str(tmp_path / "absent-eighth.jsonl"),
                                      "--ninth", str(tmp_path / "absent-ninth.jsonl"),
                                      "--tenth", str(tmp_path / "absent-tenth.jsonl"),
                                      "--eleventh", str(tmp_path / "absent-eleventh.jsonl"),
                                      "--twelfth", str(tmp_path / "absent-twelfth.jsonl"),
                                      "--thirteenth", str(tmp_path / "absent-thirteenth.jsonl"),
                                      "--fourteenth", str(tmp_path / "absent-fourteenth.jsonl"),
                                      "--fifteenth", str(tmp_path / "absent-fifteenth.jsonl"),
                                      "--sixteenth", str(tmp_path / "absent-sixteenth.jsonl"),
                                      "--seventeenth", str(tmp_path / "absent-seventeenth.jsonl")])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    card = json.loads((tiny_model / "model_card.json").read_text(encoding="utf-8"))
    assert report["model"]["weights_sha256"] == card["weights_sha256"]
    assert report["model"]["built_on"] == card["built_on"] and set(report["model"]["evaluated_on"]) == {"model", "isa"}
    assert report["klue_heldout"]["records"] > 0 and "mixed" not in report and "both" not in report
    # The second set is scored on its own: its one birth date is found, the 접수일 is left alone.
    assert report["second"]["records"] == 1 and report["second"]["gold"] == {"BIRTH_DATE": 1}
    assert report["second"]["recall"]["BIRTH_DATE"] == 1.0 and report["second"]["not_personal_share"] == 0.0
    assert report["third"]["records"] == 1 and report["third"]["gold"] == {"PHONE_NUMBER": 1}
    assert report["third"]["recall"]["PHONE_NUMBER"] == 1.0 and report["third"]["not_personal_share"] == 0.0
    assert not {"fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                "fourteenth", "fifteenth", "sixteenth", "seventeenth"} & set(report)  # an absent set is left out


def test_document_pieces_are_whole_lines_with_their_names_and_addresses(tmp_path, monkeypatch):
    import quality_gate.pii.eval_sets as eval_sets
    from training.pii_ner.data import DataSettings, document_pieces

    text = "민원인 김하준 씨 방문\n주소: 수원시 팔달구 효원로 12 (인계동)\n담당 이서윤 주무관, 광교호수공원 근처"
    value = lambda v, entity: {"start": text.index(v), "end": text.index(v) + len(v), "entity": entity, "value": v}
    document = {"id": "t-1", "kind": "memo", "text": text,
                "spans": [value("김하준", "PERSON"), value("수원시 팔달구 효원로 12", "KR_ADDRESS"),
                          value("이서윤", "PERSON")],
                "negatives": [{"start": text.index("광교호수공원"), "end": text.index("광교호수공원") + 6,
                               "kind": "place_name", "value": "광교호수공원"}]}
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps(document, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setattr(eval_sets, "BIRTH_DATE_TRAINING_SETS", {"mixed": path})
    settings = DataSettings(klue_dir=str(tmp_path), petitions_dir=str(tmp_path), max_length=40, document_sets=("mixed",))
    pieces = document_pieces(settings)
    assert "".join(p["text"] for p in pieces) == text  # nothing lost, nothing doubled
    assert all(p["text"].endswith("\n") for p in pieces[:-1]) and all(len(p["text"]) <= 40 for p in pieces)
    found = [(p["text"][s:e], label) for p in pieces for s, e, label in p["spans"]]
    assert found == [("김하준", "PERSON"), ("수원시 팔달구 효원로 12", "ADDRESS"), ("이서윤", "PERSON")]
    ignored = [p["text"][s:e] for p in pieces for s, e in p["ignore"]]
    assert ignored == ["광교호수공원"]  # a labelled place: no loss either way
    # every set the tagger reads has been scored once as an independent set before (it is a development set)
    assert set(DataSettings(klue_dir="", petitions_dir="").document_sets) <= set(BIRTH_DATE_TRAINING_SETS)


@pytest.mark.parametrize("onnx_card, isa, risk", [
    ({"precision": "int8-static", "int8_weight_max": 64}, ["avx2", "fma"], False),   # this build, AVX2
    ({"precision": "int8-static"}, ["avx2", "fma"], True),                          # an older build, AVX2
    ({"precision": "int8"}, ["avx2", "avx512f"], True),                             # dynamic, AVX-512F alone
    ({"precision": "int8-static"}, ["avx2", "avx512f", "avx512_vnni"], False),      # VNNI: 32-bit sums
    ({"precision": "int8-static"}, ["avx2", "avx_vnni"], False),
    ({"precision": "fp32"}, ["avx2"], False),
    ({"precision": "int8-static"}, [], False),                                       # not x86 (ARM)
])
def test_int8_saturation_risk(onnx_card, isa, risk):
    from quality_gate.pii.ner.model import int8_saturation_risk

    assert int8_saturation_risk({"onnx": onnx_card}, isa) is risk


def test_the_gate_warns_when_an_older_int8_tagger_runs_on_a_cpu_without_vnni(tiny_model, tmp_path, monkeypatch,
                                                                              caplog):
    import logging
    import shutil

    from quality_gate.pii.ner import model as ner_model

    folder = tmp_path / "model"
    shutil.copytree(tiny_model, folder)
    card = json.loads((folder / "model_card.json").read_text(encoding="utf-8"))
    monkeypatch.setattr(ner_model, "cpu_description", lambda: {"model": "x", "isa": ["avx2", "fma"]})
    for weight_max, warned in ((None, True), (127, True), (64, False)):
        # the warning reads the card only (the tiny model may have shipped fp32)
        onnx_card = {"precision": "int8-static"} | ({} if weight_max is None else {"int8_weight_max": weight_max})
        (folder / "model_card.json").write_text(json.dumps(card | {"onnx": onnx_card}), encoding="utf-8")
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger=ner_model.__name__):
            ner_model.NerModel(folder)
        assert any("no VNNI" in r.getMessage() for r in caplog.records) is warned
