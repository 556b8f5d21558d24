"""The learned tagger at inference: ONNX Runtime on CPU, batched, no torch.

A model folder (built by `minwon pii train-model`, versioned in the registry as `pii-ner`) holds
  model.onnx        the tagger (int8 when that kept validation recall, else fp32)
  vocab.json        the character vocabulary (codec.CharCodec)
  model_card.json   labels, decision thresholds, data hashes, licence, sizes, validation numbers
  common_words.txt  words of two or more petition titles (the gate's veto on ordinary words)

`NerModel.predict(texts)` returns the spans of each text in input order. Texts run in padded batches
of similar length; texts longer than `window` characters are cut into overlapping windows (the model
sees 31 characters either side; 32 of overlap keep every character inside some window's interior, so
windows change nothing).

A text's probabilities never depend on its batch companions: the graph multiplies by the padding
mask after every block, fp32 gives the same numbers alone or in any batch (to 1e-5), and the int8
models built since 2026-12-07 (`int8-static`) use fixed activation scales, so they give exactly the
same numbers (tested). Earlier int8 models (`int8`) quantized activations dynamically, with one
scale for the whole input tensor: in a batch a text's probabilities would move with its companions
and the same complaint could be masked differently in two uploads (its duplicate fingerprint would
then differ), so such a model runs one piece per call.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import numpy as np

from quality_gate.pii.ner.codec import BIGRAM_BUCKETS, LABELS, N_FEATURES, CharCodec, Span, decode_batch, pad_rows
from runtime.cpu import SAFE_INT8_WEIGHT, cpu_description, int8_sums_saturate
from storage.manifest import sha256_file

MODEL_FILE = "model.onnx"
VOCAB_FILE = "vocab.json"
CARD_FILE = "model_card.json"
COMMON_WORDS_FILE = "common_words.txt"  # optional: ordinary words, see recognizers/learned.plausible
# The output of graphs that end in the softmax (exported since 2026-12-07); earlier ones give logits.
PROBABILITIES = "probabilities"
INT8_STATIC = "int8-static"  # the card's onnx.precision of a statically quantized model (batches)
INT8_DYNAMIC = "int8"  # of a dynamically quantized one (one piece per call)


def int8_saturation_risk(card: dict, isa: list[str]) -> bool:
    """True when this model's int8 sums can saturate on this CPU (runtime/cpu.py): an int8 file with
    weights beyond SAFE_INT8_WEIGHT (a card without `int8_weight_max` is from a build with full-range
    weights) on an x86 CPU with AVX2 or AVX-512F but no VNNI."""
    onnx_card = card.get("onnx", {})
    if onnx_card.get("precision") not in (INT8_DYNAMIC, INT8_STATIC):
        return False
    return int8_sums_saturate(isa) and onnx_card.get("int8_weight_max", 127) > SAFE_INT8_WEIGHT


def weights_sha256(directory: Path) -> str:
    return sha256_file(Path(directory) / MODEL_FILE)


class NerModelError(RuntimeError):
    """The model folder is missing, incomplete or does not match this code."""


def _softmax(logits: np.ndarray) -> np.ndarray:
    logits = logits - logits.max(axis=-1, keepdims=True)
    np.exp(logits, out=logits)
    logits /= logits.sum(axis=-1, keepdims=True)
    return logits


class NerModel:
    def __init__(self, directory: Path, threads: int | None = None, batch_size: int = 8, window: int = 512,
                 overlap: int = 32):
        directory = Path(directory)
        missing = [name for name in (MODEL_FILE, VOCAB_FILE, CARD_FILE) if not (directory / name).is_file()]
        if missing:
            raise NerModelError(f"PII model folder {directory} lacks {', '.join(missing)}: build it with "
                                "`minwon pii train-model`")
        self.directory = directory
        self.card = json.loads((directory / CARD_FILE).read_text(encoding="utf-8"))
        if tuple(self.card.get("labels", ())) != LABELS:
            raise NerModelError(f"PII model in {directory} has labels {self.card.get('labels')}, this code expects "
                                f"{list(LABELS)}: rebuild it with `minwon pii train-model`")
        inputs = self.card.get("inputs", {"features": 5, "bigram_buckets": None})  # cards before 2026-12-06
        if inputs != {"features": N_FEATURES, "bigram_buckets": BIGRAM_BUCKETS}:
            raise NerModelError(f"PII model in {directory} reads inputs {inputs}, this code encodes {N_FEATURES} "
                                f"features with {BIGRAM_BUCKETS} character-pair buckets: rebuild it with "
                                "`minwon pii train-model`")
        self.thresholds: dict[str, float] = dict(self.card["thresholds"])
        self.extend: dict[str, float] = dict(self.card.get("extend", self.thresholds))
        self.codec = CharCodec.load(directory / VOCAB_FILE)
        words = directory / COMMON_WORDS_FILE
        self.common_words = frozenset(words.read_text(encoding="utf-8").split()) if words.is_file() else frozenset()
        # dynamic int8: one piece per call, so that a text's masks never depend on its batch (module docstring).
        self.batch_size = 1 if self.card.get("onnx", {}).get("precision") == INT8_DYNAMIC else batch_size
        self.window = window
        self.overlap = overlap

        import onnxruntime as ort

        ort.set_default_logger_severity(3)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or int(os.environ.get("MINWON_PII_MODEL_THREADS", "1"))
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(directory / MODEL_FILE), options, providers=["CPUExecutionProvider"])
        self._input = self.session.get_inputs()[0].name
        if int8_saturation_risk(self.card, cpu_description()["isa"]):
            logging.getLogger(__name__).warning(
                "PII tagger in %s: its int8 weights exceed +/-%d and this CPU has no VNNI, where ONNX Runtime adds "
                "int8 products into int16 with saturation, so its masks can differ from the ones checked when it "
                "was built; rebuild it with `minwon pii train-model`", directory, SAFE_INT8_WEIGHT)
        self._softmax_here = self.session.get_outputs()[0].name != PROBABILITIES

    # ------------------------------------------------------------------ probabilities
    def probabilities(self, texts: list[str]) -> list[np.ndarray]:
        """Per text, [len(text), n_tags] tag probabilities."""
        # (text index, offset, piece, last piece of its text). Each window keeps only the characters
        # with `overlap` characters of context on both sides inside it (the first and last windows keep
        # their outer edges too), so the kept parts tile the text whatever order the pieces run in.
        pieces: list[tuple[int, int, str, bool]] = []
        for index, text in enumerate(texts):
            if len(text) <= self.window:
                pieces.append((index, 0, text, True))
                continue
            step = self.window - 2 * self.overlap
            for offset in range(0, len(text), step):
                last = offset + self.window >= len(text)
                pieces.append((index, offset, text[offset : offset + self.window], last))
                if last:
                    break
        # A text in one piece takes its rows of the model's output as they are; a longer one is assembled.
        out: list = [np.zeros((len(text), self.card["n_tags"]), dtype=np.float32) if len(text) > self.window else None
                     for text in texts]
        order = sorted(range(len(pieces)), key=lambda i: len(pieces[i][2]))
        encoded = self.codec.encode_each([piece for _, _, piece, _ in pieces])  # one pass of array work
        for begin in range(0, len(order), self.batch_size):
            rows = order[begin : begin + self.batch_size]
            chunk = [pieces[i] for i in rows]
            batch = pad_rows([encoded[i] for i in rows])
            probs = self.session.run(None, {self._input: batch})[0]
            if self._softmax_here:
                probs = _softmax(probs)
            for row, (index, offset, piece, last) in enumerate(chunk):
                if out[index] is None:
                    out[index] = probs[row, : len(piece)]
                    continue
                keep_from = 0 if offset == 0 else self.overlap
                keep_to = len(piece) if last else len(piece) - self.overlap
                out[index][offset + keep_from : offset + keep_to] = probs[row, keep_from:keep_to]
        return out

    def predict(self, texts: list[str]) -> list[list[Span]]:
        nonempty = [i for i, t in enumerate(texts) if t]
        spans: list[list[Span]] = [[] for _ in texts]
        pieces = [texts[i] for i in nonempty]
        for i, found in zip(nonempty, decode_batch(self.probabilities(pieces), pieces, self.thresholds, self.extend)):
            spans[i] = found
        return spans
