"""Serving on one GPU: our engine's dynamic micro-batching vs one forward pass per request.

    python benchmarks/serving_gpu.py                 # GPU: KLUE-BERT-base shape (random init), bf16 and fp32
    python benchmarks/serving_gpu.py --smoke         # CPU: tiny shape, seconds; checks the script runs

What runs: the real `serving.engine.InferenceEngine` (its queue, batching rule, tokenization,
calibrated top-k scoring), with its ONNX Runtime session replaced by the same model in PyTorch on
CUDA: the GPU benchmark machine has only the CPU build of ONNX Runtime (shared/notes/gpu.md), so
this measures the engine around a GPU forward pass, not ORT's CUDA provider. No HTTP layer
(benchmarks/serving.py measures that on the CPU).

Load: closed-loop clients (threads), each sends one complaint text, waits for its answer and sends
the next, for --seconds per point; texts 20-2,000 characters log-uniform (random Hangul
syllables in words), tokenized by a character WordPiece vocabulary and truncated to 128 tokens as
the serving default does. Baseline in the same run: the same engine with max_batch_size 1
(one forward per request, what a plain per-request server does).

vGPU: the process is held to a PROF-8Q slice's 8 GB of GPU memory
(torch.cuda.set_per_process_memory_fraction); the peak is reported. Compute is the whole GPU: a
time-sliced PROF-8Q slice gets about a third of it when all three slices of its GPU are busy
(not emulated here).

The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository root: serving.engine

from benchmarks.train_throughput import KLUE_BASE, TINY as TINY_SHAPE  # noqa: E402  (one definition of the shapes)
from serving.engine import EngineOptions, InferenceEngine, Label  # noqa: E402

TINY = {**TINY_SHAPE, "vocab_size": KLUE_BASE["vocab_size"]}  # the tokenizer below has ~22.5k ids
NUM_LABELS = 8
MAX_LENGTH = 128
PROFILE_8Q_BYTES = 8 * 1024**3


def build_tokenizer():
    """Character WordPiece over all Hangul syllables (KLUE's vocabulary holds most of them too)."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    syllables = [chr(c) for c in range(0xAC00, 0xD7A4)]
    ascii_chars = [chr(c) for c in range(33, 127)]
    vocab = {token: i for i, token in enumerate(specials + syllables + ["##" + s for s in syllables] + ascii_chars)}
    tokenizer = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]", max_input_chars_per_word=100))
    tokenizer.normalizer = normalizers.NFC()
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
    tokenizer.enable_truncation(max_length=MAX_LENGTH)
    return tokenizer


def complaint_texts(count: int, seed: int) -> list[str]:
    rng = np.random.default_rng(seed)
    texts = []
    for chars in np.exp(rng.uniform(np.log(20), np.log(2000), count)).astype(int):
        syllables = rng.integers(0xAC00, 0xD7A4, chars)
        words, i = [], 0
        while i < chars:
            n = int(rng.integers(2, 6))
            words.append("".join(map(chr, syllables[i:i + n])))
            i += n
        texts.append(" ".join(words))
    return texts


class TorchSession:
    """ONNX Runtime's `session.run` contract over a PyTorch model on the device."""

    def __init__(self, model, device: torch.device):
        self.model, self.device = model, device

    @torch.inference_mode()
    def run(self, output_names, feeds):
        ids = torch.from_numpy(feeds["input_ids"]).to(self.device, non_blocking=True)
        mask = torch.from_numpy(feeds["attention_mask"]).to(self.device, non_blocking=True)
        logits = self.model(input_ids=ids, attention_mask=mask).logits
        return [logits.float().cpu().numpy()]


class TorchEngine(InferenceEngine):
    """The serving engine with a PyTorch session instead of a model folder."""

    def __init__(self, session: TorchSession, tokenizer, options: EngineOptions, version: str):
        self._parts = (session, tokenizer)
        super().__init__(Path("."), version, options)

    def _load(self, known_codes) -> None:
        session, tokenizer = self._parts
        self.labels = [Label(i, f"D{i:02d}", f"department {i}") for i in range(NUM_LABELS)]
        self.temperature = 1.0
        self.max_length = MAX_LENGTH
        self.tokenizer = tokenizer
        self.pad_id = tokenizer.token_to_id("[PAD]")
        self.single_text_types_nonzero = False
        self.session, self.provider, self.model_file = session, f"torch-{session.device.type}", "torch"
        self.input_names = {"input_ids", "attention_mask"}
        self.output_name = "logits"
        self.top_k = min(self.options.top_k, len(self.labels))
        if self._run_texts(["모델 점검"]).shape[1] != NUM_LABELS:
            raise RuntimeError("logit width")


def build_model(shape: dict, device: torch.device, dtype: torch.dtype):
    from transformers import BertConfig, BertForSequenceClassification

    config = BertConfig(**shape, num_labels=NUM_LABELS, attn_implementation="sdpa")
    torch.manual_seed(0)
    return BertForSequenceClassification(config).to(device=device, dtype=dtype).eval()


def closed_loop(engine: InferenceEngine, texts: list[str], clients: int, seconds: float) -> dict:
    latencies: list[list[float]] = [[] for _ in range(clients)]
    stop = time.perf_counter() + seconds
    failures = []

    def client(index: int) -> None:
        rng = np.random.default_rng(index)
        mine = latencies[index]
        try:
            while time.perf_counter() < stop:
                text = texts[int(rng.integers(len(texts)))]
                started = time.perf_counter()
                engine.submit([text]).result(timeout=60)
                mine.append(time.perf_counter() - started)
        except Exception as error:  # noqa: BLE001 - reported, not hidden
            failures.append(repr(error))

    batches_before, texts_before = engine.batches_run, engine.texts_run
    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    every = np.array([x for mine in latencies for x in mine]) * 1000
    batches = engine.batches_run - batches_before
    return {
        "clients": clients, "requests": int(every.size), "requests_per_s": round(every.size / elapsed, 1),
        "p50_ms": round(float(np.percentile(every, 50)), 2), "p90_ms": round(float(np.percentile(every, 90)), 2),
        "p99_ms": round(float(np.percentile(every, 99)), 2),
        "mean_batch": round((engine.texts_run - texts_before) / max(batches, 1), 2), "failures": failures[:3],
    }


def forward_ceiling(session: TorchSession, engine: InferenceEngine, texts: list[str], batch: int, rounds: int) -> float:
    """Texts/s of back-to-back forward passes of `batch` pre-tokenized texts: no queue, no threads."""
    feeds = [engine._encode(texts[i * batch:(i + 1) * batch]) for i in range(rounds)]
    session.run(None, feeds[0])
    if session.device.type == "cuda":
        torch.cuda.synchronize()
    started = time.perf_counter()
    for feed in feeds:
        session.run(None, feed)
    return batch * rounds / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiny shape on the CPU, short runs")
    parser.add_argument("--clients", default="1,8,32,128")
    parser.add_argument("--seconds", type=float, default=None)
    parser.add_argument("--max-batch", type=int, default=64)
    parser.add_argument("--dtypes", default="bfloat16,float32")
    args = parser.parse_args()

    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    if args.smoke:
        device, shape, seconds = torch.device("cpu"), TINY, args.seconds or 0.5
        clients = [1, 4]
        dtypes = ["float32"]
    else:
        if not torch.cuda.is_available():
            raise SystemExit("no CUDA device: use --smoke on the CPU")
        device, shape, seconds = torch.device("cuda", 0), KLUE_BASE, args.seconds or 4.0
        clients = [int(c) for c in args.clients.split(",")]
        dtypes = args.dtypes.split(",")
        total = torch.cuda.get_device_properties(device).total_memory
        torch.cuda.set_per_process_memory_fraction(min(1.0, PROFILE_8Q_BYTES / total), device)
        torch.backends.cuda.matmul.allow_tf32 = True  # fp32 as ORT's CUDA provider runs it on Hopper
    tokenizer = build_tokenizer()
    texts = complaint_texts(4096, seed=1)
    tokens = [len(e.ids) for e in tokenizer.encode_batch(texts[:1024])]

    results = {}
    for dtype_name in dtypes:
        dtype = getattr(torch, dtype_name)
        session = TorchSession(build_model(shape, device, dtype), device)
        runs = {}
        for name, batch in (("unbatched", 1), ("ours", args.max_batch)):
            options = EngineOptions(max_batch_size=batch, max_queue_delay_us=1000, max_queue_size=4096)
            engine = TorchEngine(session, tokenizer, options, f"bench-{dtype_name}").start()
            engine.warmup()
            if device.type == "cuda":
                for size in range(1, args.max_batch + 1, 7):  # the batch shapes traffic will bring
                    engine._run_texts(texts[:size])
            runs[name] = []
            for count in clients:
                point = closed_loop(engine, texts, count, seconds)
                runs[name].append(point)
                print(f"{dtype_name} {name:9s} {json.dumps(point)}", flush=True)
            engine.close()
        ceiling = forward_ceiling(session, TorchEngine(session, tokenizer, EngineOptions(), "ceiling"), texts,
                                  args.max_batch, 20 if device.type == "cuda" else 3)
        by_clients = {c: (u, o) for c, u, o in zip(clients, runs["unbatched"], runs["ours"])}
        results[dtype_name] = {
            **runs,
            "forward_ceiling_texts_per_s": round(ceiling, 1),
            "ratio_ours_vs_unbatched_rps": {str(c): round(o["requests_per_s"] / u["requests_per_s"], 2)
                                            for c, (u, o) in by_clients.items()},
        }
        del session
        if device.type == "cuda":
            torch.cuda.empty_cache()

    headline_dtype = dtypes[0]
    headline = results[headline_dtype]
    single = headline["ours"][0]
    print(json.dumps({
        "benchmark": "serving_gpu",
        "device": torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu",
        "model": "klue-bert-base shape (random init)" if not args.smoke else "tiny (smoke)",
        "headline_dtype": headline_dtype,
        "single_client_p50_ms": single["p50_ms"], "single_client_p99_ms": single["p99_ms"],
        "max_clients_requests_per_s": headline["ours"][-1]["requests_per_s"],
        "max_clients_p99_ms": headline["ours"][-1]["p99_ms"],
        "ratio_ours_vs_unbatched_at_max_clients": headline["ratio_ours_vs_unbatched_rps"][str(clients[-1])],
        "peak_gpu_memory_mib": round(torch.cuda.max_memory_allocated(device) / 2**20, 1) if device.type == "cuda" else None,
        "memory_cap_mib": round(PROFILE_8Q_BYTES / 2**20) if device.type == "cuda" else None,
        "mean_tokens_per_text": round(float(np.mean(tokens)), 1),
        "seconds_per_point": seconds, "max_batch_size": args.max_batch, "max_queue_delay_us": 1000,
        "results": results, "torch": torch.__version__, "cpu_count": os.cpu_count(),
    }), flush=True)


if __name__ == "__main__":
    main()
