"""ONNX export of a trained classifier, graph optimisation, int8 quantisation, and the parity gates.

- Export: torch's legacy TorchScript exporter (`dynamo=False`, opset 17), dynamic batch and sequence
  axes; inputs input_ids, attention_mask, token_type_ids (int64); output logits. The model is loaded
  with eager attention: ORT's BERT fusions recognise that graph (see shared/notes/stack.md).
- Optimisation: onnxruntime.transformers' BERT optimizer (Attention/EmbedLayerNormalization/
  SkipLayerNormalization fusions, offline); if it fails, ORT's own graph optimisation saved to file.
- int8: dynamic quantisation of the optimised model (weights int8, activations quantised at run time).
- Gates, on the test split: the fp32 file must reproduce torch (max |Δlogit| <= 1e-3, argmax agreement
  >= 99.9%) or ParityError is raised and nothing may be published. The int8 file must agree on >= 99%
  of argmaxes and lose at most 1 macro-F1 point, else it is simply left out of the package.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from runtime.cpu import SAFE_INT8_WEIGHT

log = logging.getLogger(__name__)

ONNX_INPUTS = ["input_ids", "attention_mask", "token_type_ids"]
OPSET = 17
FP32_MAX_ABS_DIFF = 1e-3
FP32_MIN_ARGMAX_AGREEMENT = 0.999
INT8_MIN_ARGMAX_AGREEMENT = 0.99
INT8_MAX_MACRO_F1_DROP = 0.01
PARITY_PROVIDERS = ["CPUExecutionProvider"]  # the reference; serving may use CUDA on its own


class ParityError(RuntimeError):
    """The exported ONNX model does not reproduce the torch model: publication is refused."""


# ---------------------------------------------------------------- build the files
def export_onnx(model_dir: Path, path: Path, opset: int = OPSET) -> Path:
    import torch
    from transformers.utils import logging as hf_logging

    from training.classifier import load_classifier

    hf_logging.set_verbosity_error()
    model = load_classifier(model_dir, attn_implementation="eager").eval()
    # Dummy input: two rows, one padded, so the mask path is traced with real padding.
    input_ids = torch.full((2, 16), 5, dtype=torch.long)
    attention_mask = torch.ones_like(input_ids)
    attention_mask[1, 10:] = 0
    token_type_ids = torch.zeros_like(input_ids)
    axes = {name: {0: "batch", 1: "sequence"} for name in ONNX_INPUTS}
    axes["logits"] = {0: "batch"}
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the legacy exporter's deprecation and tracer warnings
        torch.onnx.export(
            model, (input_ids, attention_mask, token_type_ids), str(path),
            dynamo=False, opset_version=opset, input_names=ONNX_INPUTS, output_names=["logits"],
            dynamic_axes=axes, do_constant_folding=True,
        )
    return path


def optimize_onnx(raw_path: Path, out_path: Path, num_heads: int, hidden_size: int) -> tuple[Path, str]:
    """Fuse the BERT graph; returns (path, method). Falls back to ORT session optimisation."""
    import onnxruntime as ort

    ort.set_default_logger_severity(3)
    try:
        from onnxruntime.transformers.optimizer import optimize_model

        optimized = optimize_model(str(raw_path), model_type="bert", num_heads=num_heads,
                                   hidden_size=hidden_size)
        fused = {k: v for k, v in optimized.get_fused_operator_statistics().items() if v}
        optimized.save_model_to_file(str(out_path))
        return Path(out_path), f"onnxruntime.transformers bert optimizer, fused {fused}"
    except Exception as error:  # the fallback below is always available
        log.warning("BERT optimizer failed (%s): using ORT session graph optimisation", error)
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
        options.optimized_model_filepath = str(out_path)
        ort.InferenceSession(str(raw_path), options, providers=PARITY_PROVIDERS)
        return Path(out_path), "onnxruntime session graph optimisation (extended)"


def quantize_int8(fp32_path: Path, out_path: Path) -> Path:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class _QuietQuantizer(logging.Filter):
        # The quantiser logs a line per tensor through the root logger at INFO.
        def filter(self, record: logging.LogRecord) -> bool:
            if "onnxruntime" not in record.pathname:
                return True
            # Its advice to pre-process applies to static quantisation of CNNs, not to this model.
            return record.levelno >= logging.WARNING and "pre-processing before quantization" not in record.getMessage()

    quiet = _QuietQuantizer()
    root = logging.getLogger()
    root.addFilter(quiet)
    try:
        # DefaultTensorType: the optimised graph has tensors without type info that the quantiser
        # would otherwise refuse (see shared/notes/stack.md). reduce_range keeps the weights within
        # +-64, so the int8 sums cannot saturate on x86 CPUs without VNNI (runtime/cpu.py): what the
        # int8 gate checked here is what a serving CPU computes, up to float rounding (the activation
        # scales are computed per call from float values, which other SIMD kernels round otherwise).
        # On an emulated Haswell (benchmarks/int8_without_vnni.py) the demo model's full-range file
        # changed 9 of 2,000 petition titles' departments and the +-64 file none. per_channel gives
        # back the precision reduce_range takes (agreement with fp32 on those titles: full-range
        # per-tensor 0.9725, reduce_range per-tensor 0.9625, reduce_range per-channel 0.9735).
        quantize_dynamic(str(fp32_path), str(out_path), weight_type=QuantType.QInt8, per_channel=True,
                         reduce_range=True, extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    finally:
        root.removeFilter(quiet)
    return Path(out_path)


# ---------------------------------------------------------------- inference through ORT
class OnnxClassifier:
    """An ONNX classifier file plus its tokenizer: what serving does, for evaluation and gates."""

    def __init__(self, onnx_path: Path, tokenizer_dir: Path, providers: list[str] | None = None,
                 threads: int | None = None):
        import onnxruntime as ort
        from transformers import AutoTokenizer

        ort.set_default_logger_severity(3)
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        self.session = ort.InferenceSession(str(onnx_path), options, providers=providers or PARITY_PROVIDERS)
        # What was asked for is not what runs: onnxruntime-gpu falls back to CPU silently.
        self.providers = self.session.get_providers()
        self.tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
        self.input_names = {i.name for i in self.session.get_inputs()}

    def predict_logits(self, texts: list[str], max_length: int, batch_size: int = 64) -> np.ndarray:
        outputs = []
        for start in range(0, len(texts), batch_size):
            batch = self.tokenizer(texts[start:start + batch_size], truncation=True, max_length=max_length,
                                   padding=True, return_tensors="np")
            feed = {name: batch[name].astype(np.int64) for name in ONNX_INPUTS if name in self.input_names}
            outputs.append(self.session.run(["logits"], feed)[0])
        return np.concatenate(outputs) if outputs else np.zeros((0, 0), np.float32)


# ---------------------------------------------------------------- gates
def fp32_parity(onnx_logits: np.ndarray, torch_logits: np.ndarray) -> dict:
    if onnx_logits.shape != torch_logits.shape:
        return {"passed": False, "reason": f"shape {onnx_logits.shape} != {torch_logits.shape}",
                "max_abs_diff": None, "argmax_agreement": None}
    max_abs_diff = float(np.abs(onnx_logits - torch_logits).max()) if onnx_logits.size else 0.0
    agreement = float((onnx_logits.argmax(1) == torch_logits.argmax(1)).mean()) if len(onnx_logits) else 1.0
    passed = max_abs_diff <= FP32_MAX_ABS_DIFF and agreement >= FP32_MIN_ARGMAX_AGREEMENT
    return {"passed": bool(passed), "max_abs_diff": max_abs_diff, "argmax_agreement": agreement,
            "limits": {"max_abs_diff": FP32_MAX_ABS_DIFF, "min_argmax_agreement": FP32_MIN_ARGMAX_AGREEMENT}}


def verify_fp32_parity(onnx_path: Path, tokenizer_dir: Path, texts: list[str], torch_logits: np.ndarray,
                       max_length: int, batch_size: int = 64) -> dict:
    """Run the ONNX file on `texts`; raise ParityError unless it matches `torch_logits`."""
    classifier = OnnxClassifier(onnx_path, tokenizer_dir)
    onnx_logits = classifier.predict_logits(texts, max_length, batch_size)
    result = fp32_parity(onnx_logits, torch_logits)
    result["providers"] = classifier.providers
    result["count"] = len(texts)
    if not result["passed"]:
        raise ParityError(
            f"{Path(onnx_path).name} does not reproduce the torch model on {len(texts)} test records: "
            f"max |Δlogit| {result['max_abs_diff']} (limit {FP32_MAX_ABS_DIFF}), argmax agreement "
            f"{result['argmax_agreement']} (limit {FP32_MIN_ARGMAX_AGREEMENT}) {result.get('reason', '')}"
        )
    return result


def int8_gate(int8_logits: np.ndarray, fp32_logits: np.ndarray, labels: np.ndarray,
              label_codes: list[str]) -> dict:
    from training.evaluate import classification_metrics

    agreement = float((int8_logits.argmax(1) == fp32_logits.argmax(1)).mean()) if len(labels) else 1.0
    f1_fp32 = classification_metrics(labels, fp32_logits, label_codes)["macro_f1"]
    f1_int8 = classification_metrics(labels, int8_logits, label_codes)["macro_f1"]
    passed = agreement >= INT8_MIN_ARGMAX_AGREEMENT and (f1_fp32 - f1_int8) <= INT8_MAX_MACRO_F1_DROP
    return {"passed": bool(passed), "argmax_agreement": agreement, "macro_f1_fp32": f1_fp32,
            "macro_f1_int8": f1_int8, "macro_f1_drop": f1_fp32 - f1_int8,
            "limits": {"min_argmax_agreement": INT8_MIN_ARGMAX_AGREEMENT,
                       "max_macro_f1_drop": INT8_MAX_MACRO_F1_DROP}}


# ---------------------------------------------------------------- the whole step
@dataclass
class ExportResult:
    fp32_path: Path                 # optimised fp32 model: what is published as model.onnx
    int8_path: Path | None          # None when the int8 gate failed (or was not attempted)
    parity: dict                    # parity.json
    files: dict[str, Path] = field(default_factory=dict)


def export_and_verify(model_dir: Path, test_texts: list[str], test_labels: np.ndarray,
                      label_codes: list[str], max_length: int, out_dir: Path,
                      torch_logits: np.ndarray | None = None, quantize: bool = True,
                      batch_size: int = 64) -> ExportResult:
    """Export, optimise, quantise and gate against the torch model on the test split.

    Raises ParityError if the fp32 file fails its gate. `torch_logits` (e.g. Evaluation.test_logits)
    saves recomputing them; they must come from `model_dir` on the same texts.
    """
    from transformers import AutoConfig

    from training.evaluate import predict_logits

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if torch_logits is None:
        torch_logits = predict_logits(model_dir, test_texts, max_length, batch_size)
    config = AutoConfig.from_pretrained(model_dir)
    raw = export_onnx(model_dir, out_dir / "model.raw.onnx")
    fp32, method = optimize_onnx(raw, out_dir / "model.onnx", config.num_attention_heads, config.hidden_size)

    parity = {"test_records": len(test_texts), "optimisation": method, "opset": OPSET}
    parity["fp32"] = verify_fp32_parity(fp32, model_dir, test_texts, torch_logits, max_length, batch_size)
    # The unoptimised export too: if only the optimised file failed, the fusion is to blame.
    parity["fp32_unoptimised"] = fp32_parity(
        OnnxClassifier(raw, model_dir).predict_logits(test_texts, max_length, batch_size), torch_logits)

    int8_path = None
    if quantize:
        candidate = quantize_int8(fp32, out_dir / "model.int8.onnx")
        classifier = OnnxClassifier(candidate, model_dir)
        gate = int8_gate(classifier.predict_logits(test_texts, max_length, batch_size), torch_logits,
                         np.asarray(test_labels), label_codes)
        gate["providers"] = classifier.providers
        # Weights beyond SAFE_INT8_WEIGHT would make the numbers above this CPU's only: not published.
        from training.pii_ner.export import int8_weight_max  # the tagger's export reads its file the same way

        gate["weight_max"] = int8_weight_max(candidate)
        gate["limits"]["max_weight"] = SAFE_INT8_WEIGHT
        gate["passed"] = gate["passed"] and gate["weight_max"] <= SAFE_INT8_WEIGHT
        parity["int8"] = gate
        if gate["passed"]:
            int8_path = candidate
        else:
            log.warning("int8 model not published: agreement %.4f, macro-F1 drop %.4f, largest weight %d",
                        gate["argmax_agreement"], gate["macro_f1_drop"], gate["weight_max"])
            candidate.unlink()
    (out_dir / "parity.json").write_text(json.dumps(parity, indent=2))
    log.info("ONNX parity: fp32 max |Δ| %.2e, agreement %.4f; int8 %s", parity["fp32"]["max_abs_diff"],
             parity["fp32"]["argmax_agreement"], "published" if int8_path else "not published")
    return ExportResult(fp32_path=fp32, int8_path=int8_path, parity=parity,
                        files={"model.onnx": fp32, "parity.json": out_dir / "parity.json",
                               **({"model.int8.onnx": int8_path} if int8_path else {})})
