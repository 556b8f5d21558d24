"""ONNX export of the PII tagger, int8 quantisation, and the checks that decide which file ships.

- fp32: torch.onnx.export of model.ExportNer (the Conv1d blocks, the softmax at the end; legacy
  exporter, opset 17, dynamic batch and length; output `probabilities`). Its probabilities must
  match the trained model on the validation texts (max |delta| <= 1e-4) or the build fails.
- int8 (`int8-static`): onnxruntime static quantisation (QOperator) of the blocks: each Conv with its
  bias and ReLU becomes one QLinearConv, the residual Adds and padding-mask Muls run in uint8;
  weights int8, activations uint8 with fixed scales calibrated (min/max) on 256 training sentences,
  never on validation. The embedding sum stays fp32 and is quantized once (quantizing each of its
  six tables and adding them in uint8 cost five QLinearAdds and six QuantizeLinears a call), and the
  output layer stays fp32 (QUANTIZED_OPS). Fixed scales make a text's probabilities independent of
  its batch companions (padded positions stay exact zeros), so the gate batches it.
  Weights are quantized per output channel to [-64, 64] (reduce_range): on x86 CPUs without VNNI
  (AVX2, AVX-512F) ONNX Runtime multiplies uint8 activations by int8 weights with VPMADDUBSW, which
  adds two products into int16 and saturates (onnxruntime issue #14642). With full-range int8
  weights 255 x 127 x 2 overflows: replaying the full-range build's convolutions on 319,256
  characters of the development sets, 3,554 or 8,247 pair sums (by the order the kernel pairs them
  in) would have saturated there; on VNNI CPUs, where the build checks recall, none do. With
  [-64, 64] no pair can (255 x 64 x 2 = 32,640), and per-channel scales keep the accuracy:
  characters whose decision differs from fp32, 0.0596% against 0.0591%.
  History, measured on one core of an Intel Xeon (AVX-512 VNNI), 200-character texts: dynamic
  quantisation of MatMuls (until 2026-12-07, one text per call) 234-274 microseconds a text; static,
  each block a MatMul over shifted copies (2026-12-07) 169-179 in the gate, 191-202 in a graph-only
  loop; static QLinearConv blocks 120-137 in the same loop (model.py).
  It ships when, on validation, each label's span recall is within INT8_MAX_RECALL_DROP of fp32;
  otherwise the fp32 file ships. Both checks run through the gate's own inference code
  (quality_gate.pii.ner.model.NerModel), so what is measured is what the gate runs.
"""

from __future__ import annotations

import json
import shutil
import warnings
from pathlib import Path

import numpy as np
import torch

from quality_gate.pii.ner.codec import LABELS, N_FEATURES
from quality_gate.pii.ner.model import INT8_STATIC, MODEL_FILE, PROBABILITIES, NerModel
from training.pii_ner.scoring import predict_probabilities, span_report

# The int8 file ships when no label's validation recall drops by more than this against fp32
# (LOCATION, which the gate does not mask by default, may drop a little more).
INT8_MAX_RECALL_DROP = {"PERSON": 0.01, "ADDRESS": 0.01, "LOCATION": 0.02}
FP32_MAX_ABS_DIFF = 1e-4
OPSET = 17


class ExportError(RuntimeError):
    """The ONNX file does not reproduce the trained model: nothing is shipped."""


def _export(model: torch.nn.Module, path: Path) -> None:
    from training.pii_ner.model import ExportNer

    model = ExportNer(model).eval()
    dummy = torch.ones((2, 24, N_FEATURES), dtype=torch.long)
    dummy[1, 20:] = 0  # a padded row, so the mask path is traced with real padding
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(model, (dummy,), str(path), input_names=["features"], output_names=[PROBABILITIES],
                          dynamic_axes={"features": {0: "batch", 1: "length"}, PROBABILITIES: {0: "batch", 1: "length"}},
                          opset_version=OPSET, dynamo=False)


# What the static quantisation covers: the blocks between the embeddings and the output layer. The
# output layer (MatMul + bias before the softmax) stays fp32: quantizing its logits to uint8 too
# flipped twice as many characters' decisions against fp32 (0.116% against 0.075% of 1.29 million
# characters of the development sets; dynamic int8 flipped 0.036%). The embedding sum's Adds are
# left out by name (_embedding_sum): they run before the first Conv.
QUANTIZED_OPS = ["Conv", "Add", "Relu", "Mul"]
CALIBRATION_TEXTS = 256


def _output_layer(nodes) -> list[str]:
    """Names of the nodes that compute the softmax's input: its Add (bias) and that Add's MatMul."""
    producer = {output: node for node in nodes for output in node.output}
    softmax = next(node for node in nodes if node.op_type == "Softmax")
    bias = producer[softmax.input[0]]
    matmul = next(producer[name] for name in bias.input if name in producer and producer[name].op_type == "MatMul")
    return [matmul.name, bias.name]


def _embedding_sum(nodes) -> list[str]:
    """Names of the Adds that no Conv feeds: the sum of the six embedding lookups."""
    after_conv: set[str] = set()
    for node in nodes:  # the exporter writes nodes in execution order
        if node.op_type == "Conv" or any(name in after_conv for name in node.input):
            after_conv.update(node.output)
    return [node.name for node in nodes if node.op_type == "Add" and not any(name in after_conv for name in node.input)]


def _quantize(source: Path, target: Path, calibration: list[np.ndarray]) -> None:
    """Static int8 (QOperator): activation scales from `calibration` ([length, N_FEATURES] inputs);
    weights per output channel in [-64, 64], so that no CPU's int16 pair sums overflow (docstring)."""
    import logging

    import onnx
    from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_static

    class Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self._inputs = iter({"features": features[None]} for features in calibration if len(features))

        def get_next(self):
            return next(self._inputs, None)

    nodes = onnx.load(str(source)).graph.node
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # "please consider pre-processing" warnings
    try:
        quantize_static(str(source), str(target), Reader(), quant_format=QuantFormat.QOperator,
                        activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8,
                        op_types_to_quantize=QUANTIZED_OPS,
                        nodes_to_exclude=_output_layer(nodes) + _embedding_sum(nodes), per_channel=True,
                        reduce_range=True)
    finally:
        root.setLevel(level)


def int8_weight_max(path: Path) -> int:
    """The largest |w| among an ONNX file's int8 tensors (its quantized weights and zero points)."""
    import onnx
    from onnx import numpy_helper

    return max((int(np.abs(numpy_helper.to_array(t).astype(np.int32)).max(initial=0))
                for t in onnx.load(str(path)).graph.initializer if t.data_type == onnx.TensorProto.INT8), default=0)


def calibration_sample(features: list[np.ndarray], n: int = CALIBRATION_TEXTS) -> list[np.ndarray]:
    """Every k-th training sentence, n in all: the same sample for the same data."""
    step = max(1, len(features) // n)
    return features[::step][:n]


def export_and_check(model, out_dir: Path, card: dict, texts: list[str], golds: list[list], torch_report,
                     calibration: list[np.ndarray]) -> dict:
    """Write model.onnx (int8-static or fp32) into out_dir; returns the card's "onnx" section.
    `calibration`: encoded training sentences that set the int8 activation scales."""
    work = out_dir / "onnx-work"
    work.mkdir(exist_ok=True)
    fp32, int8 = work / "model.fp32.onnx", work / "model.int8.onnx"
    _export(model, fp32)
    _quantize(fp32, int8, calibration)

    def run(path: Path, precision: str):
        shutil.copy(path, out_dir / MODEL_FILE)
        (out_dir / "model_card.json").write_text(json.dumps(card | {"onnx": {"precision": precision}}),
                                                 encoding="utf-8")  # NerModel reads it
        onnx_model = NerModel(out_dir, threads=2)
        return onnx_model.probabilities(list(texts))

    fp32_probs = run(fp32, "fp32")
    reference = predict_probabilities(model, [onnx_features(t, out_dir) for t in texts])
    worst = max(float(np.abs(a - b).max()) for a, b in zip(fp32_probs, reference) if len(a))
    if worst > FP32_MAX_ABS_DIFF:
        raise ExportError(f"ONNX fp32 probabilities differ from torch by {worst:.2e} (> {FP32_MAX_ABS_DIFF})")
    thresholds, extend = card["thresholds"], card["extend"]
    fp32_report = span_report(texts, golds, fp32_probs, thresholds, extend)
    int8_report = span_report(texts, golds, run(int8, INT8_STATIC), thresholds, extend)
    drops = {label: round(fp32_report.recall(label) - int8_report.recall(label), 4) for label in LABELS}
    use_int8 = all(drop <= INT8_MAX_RECALL_DROP[label] for label, drop in drops.items())
    shutil.copy(int8 if use_int8 else fp32, out_dir / MODEL_FILE)
    section = {
        "onnx": {
            "file": MODEL_FILE,
            "precision": INT8_STATIC if use_int8 else "fp32",
            "calibration_sentences": len(calibration),
            "opset": OPSET,
            "fp32_max_abs_diff_vs_torch": worst,
            "int8_recall_drop": drops,
            "bytes": (out_dir / MODEL_FILE).stat().st_size,
            "fp32_bytes": fp32.stat().st_size,
            **({"int8_weight_max": int8_weight_max(int8)} if use_int8 else {}),  # the gate's saturation check
            "validation_recall_shipped": {label: round((int8_report if use_int8 else fp32_report).recall(label), 4)
                                          for label in LABELS},
        }
    }
    shutil.rmtree(work)
    return section


_codecs: dict = {}


def onnx_features(text: str, out_dir: Path) -> np.ndarray:
    from quality_gate.pii.ner.codec import CharCodec

    codec = _codecs.get(out_dir)
    if codec is None:
        codec = _codecs[out_dir] = CharCodec.load(out_dir / "vocab.json")
    return codec.encode(text)
