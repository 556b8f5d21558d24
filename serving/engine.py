"""ONNX Runtime inference with dynamic micro-batching.

`InferenceEngine` loads one model version folder (the registry contract: model.onnx or
model.int8.onnx, tokenizer/, labels.json, calibration.json, lineage.json), warms it, and runs one
worker thread that forms batches:

- callers enqueue texts (`submit` / `classify`); the queue is bounded (`QueueFullError`);
- the worker takes the first waiting text, then waits at most `max_queue_delay_us` for the batch to
  reach `max_batch_size`, or the size of the previous batch (only while traffic is concurrent: a
  lone request at low load runs at once), tokenizes the batch padded to its longest text, and calls `session.run` once per batch
  (ORT releases the GIL; tokenization is Rust);
- each text gets its top-k departments with temperature-scaled probabilities and the model version.

`close()` stops taking new texts, finishes everything already queued (drain), then ends the worker.
A submit that races with close raises `EngineClosedError`, which the model manager answers by
retrying on the engine that replaced this one: a hot swap drops no request.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import json
import logging
import os
import threading
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from runtime.cpu import SAFE_INT8_WEIGHT
from serving.onnx_session import int8_differs_on_this_cpu, load_session

log = logging.getLogger("minwon.serving.engine")

DEFAULT_MAX_LENGTH = 128


class EngineError(RuntimeError):
    pass


class ModelLoadError(EngineError):
    """A model folder that cannot be served (missing files, labels outside the taxonomy, ...)."""


class QueueFullError(EngineError):
    """Too many texts are waiting; the caller should retry after `retry_after_s`."""

    def __init__(self, waiting: int, limit: int, retry_after_s: int = 1):
        super().__init__(f"{waiting} texts are waiting for the model (limit {limit})")
        self.waiting = waiting
        self.limit = limit
        self.retry_after_s = retry_after_s


class EngineClosedError(EngineError):
    """The engine was closed (replaced by a newer version) before the texts were queued."""


@dataclass(frozen=True)
class Label:
    index: int
    code: str
    name: str


@dataclass(frozen=True)
class Scored:
    code: str
    name: str
    probability: float


@dataclass(frozen=True)
class Prediction:
    top_k: list[Scored]
    model_version: str

    @property
    def best(self) -> Scored:
        return self.top_k[0]


@dataclass(frozen=True)
class EngineOptions:
    providers: tuple[str, ...] = ("CPUExecutionProvider",)
    intra_op_threads: int = 1
    max_batch_size: int = 32
    max_queue_delay_us: int = 1000
    max_queue_size: int = 2048
    top_k: int = 3
    prefer_int8_on_cpu: bool = True

    @classmethod
    def from_settings(cls, settings) -> "EngineOptions":
        return cls(
            providers=tuple(settings.providers),
            intra_op_threads=settings.intra_op_threads,
            max_batch_size=settings.max_batch_size,
            max_queue_delay_us=settings.max_queue_delay_us,
            max_queue_size=settings.max_queue_size,
            top_k=settings.top_k,
        )


class _Request:
    """One caller's texts: batched individually; its future completes with all of them.

    From async code the future is an asyncio future of the caller's loop, completed through one
    `call_soon_threadsafe` per batch (not one thread-safe future per request); from threads it is a
    concurrent.futures.Future.
    """

    __slots__ = ("texts", "future", "loop", "results", "remaining")

    def __init__(self, texts: Sequence[str], loop: asyncio.AbstractEventLoop | None = None):
        self.texts = texts
        self.loop = loop
        self.future = loop.create_future() if loop is not None else concurrent.futures.Future()
        self.results: list[Prediction | None] = [None] * len(texts)
        self.remaining = len(texts)


def _deliver(items: list) -> None:
    """On the event loop: complete the futures of a batch (skipping callers that gave up)."""
    for future, result, error in items:
        if future.done():
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)


class _Outbox:
    """Completions of one batch, handed to each event loop in one call."""

    def __init__(self):
        self.by_loop: dict = {}

    def add(self, request: _Request, result=None, error: BaseException | None = None) -> None:
        if request.loop is None:
            _settle(request.future, result, error)
        else:
            self.by_loop.setdefault(request.loop, []).append((request.future, result, error))

    def flush(self) -> None:
        for loop, items in self.by_loop.items():
            try:
                loop.call_soon_threadsafe(_deliver, items)
            except RuntimeError:  # that loop is closed: nobody is waiting any more
                pass
        self.by_loop = {}


def _settle(future: concurrent.futures.Future, result=None, error: BaseException | None = None) -> None:
    """Complete a future unless its caller already cancelled it (a race the worker must survive)."""
    if future.done():
        return
    try:
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)
    except concurrent.futures.InvalidStateError:
        pass


class InferenceEngine:
    def __init__(
        self,
        model_dir: Path,
        version: str,
        options: EngineOptions,
        known_codes: dict[str, str] | None = None,
        on_batch: Callable[[int, float], None] | None = None,
    ):
        """`known_codes`: taxonomy code -> name; a model predicting any other code is refused.
        `on_batch(size, seconds)` is called after each session.run (metrics)."""
        self.model_dir = Path(model_dir)
        self.version = version
        self.options = options
        self.on_batch = on_batch
        self._load(known_codes)
        self._cond = threading.Condition()
        self._queue: collections.deque[tuple[_Request, int]] = collections.deque()
        self._closed = False
        self._last_batch_size = 0
        self._worker: threading.Thread | None = None
        self.batches_run = 0
        self.texts_run = 0

    # ---------------------------------------------------------------- loading
    def _load(self, known_codes: dict[str, str] | None) -> None:
        from tokenizers import Tokenizer

        folder = self.model_dir
        fp32 = folder / "model.onnx"
        int8 = folder / "model.int8.onnx"
        if not fp32.is_file() and not int8.is_file():
            raise ModelLoadError(f"{folder}: no model.onnx")
        try:
            labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
            self.labels = [Label(int(x["index"]), str(x["code"]), str(x["name"])) for x in labels]
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ModelLoadError(f"{folder}/labels.json: {error}") from None
        if sorted(label.index for label in self.labels) != list(range(len(self.labels))):
            raise ModelLoadError(f"{folder}/labels.json: indices must be 0..{len(self.labels) - 1}")
        self.labels.sort(key=lambda label: label.index)
        if known_codes is not None:
            unknown = [label.code for label in self.labels if label.code not in known_codes]
            if unknown:
                raise ModelLoadError(
                    f"{folder}/labels.json: codes not in the taxonomy: {', '.join(unknown)}"
                )
            # The taxonomy's names are the API's names (one spelling across model versions).
            self.labels = [Label(l.index, l.code, known_codes[l.code]) for l in self.labels]
        self.temperature = 1.0
        calibration = folder / "calibration.json"
        if calibration.is_file():
            self.temperature = float(json.loads(calibration.read_text())["temperature"])
            if not self.temperature > 0:
                raise ModelLoadError(f"{calibration}: temperature must be > 0")
        self.max_length = DEFAULT_MAX_LENGTH
        lineage = folder / "lineage.json"
        if lineage.is_file():
            training = json.loads(lineage.read_text(encoding="utf-8")).get("training_config") or {}
            self.max_length = int(training.get("max_length") or DEFAULT_MAX_LENGTH)

        tokenizer_file = folder / "tokenizer" / "tokenizer.json"
        if not tokenizer_file.is_file():
            raise ModelLoadError(f"{folder}: no tokenizer/tokenizer.json")
        self.tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=self.max_length)
        pad_token = "[PAD]"
        config_file = folder / "tokenizer" / "tokenizer_config.json"
        if config_file.is_file():
            pad_token = json.loads(config_file.read_text(encoding="utf-8")).get("pad_token") or pad_token
            if isinstance(pad_token, dict):
                pad_token = pad_token.get("content", "[PAD]")
        pad_id = self.tokenizer.token_to_id(pad_token)
        self.pad_id = 0 if pad_id is None else pad_id
        # BERT's template gives a single text segment 0 throughout; then the zeros need no copying.
        self.single_text_types_nonzero = any(self.tokenizer.encode("모델 점검").type_ids)

        options = self.options
        path = fp32 if fp32.is_file() else int8
        self.session = load_session(path, options.providers, options.intra_op_threads)
        self.provider = self.session.get_providers()[0]
        if self.provider == "CPUExecutionProvider" and options.prefer_int8_on_cpu and int8.is_file() and path != int8:
            if int8_differs_on_this_cpu(folder):
                log.warning("%s: serving model.onnx (fp32), not model.int8.onnx: its int8 weights exceed +-%d and "
                            "this CPU has no VNNI, where ONNX Runtime's int8 sums saturate, so it would not answer "
                            "as the int8 gate measured; republish the model to get an int8 file that is exact here",
                            folder, SAFE_INT8_WEIGHT)
            else:
                self.session = load_session(int8, ["CPUExecutionProvider"], options.intra_op_threads)
                path = int8
                self.provider = self.session.get_providers()[0]
        self.model_file = path.name
        self.input_names = {i.name for i in self.session.get_inputs()}
        missing = {"input_ids", "attention_mask"} - self.input_names
        if missing:
            raise ModelLoadError(f"{path}: missing inputs {sorted(missing)}")
        outputs = [o.name for o in self.session.get_outputs()]
        self.output_name = "logits" if "logits" in outputs else outputs[0]
        self.top_k = min(options.top_k, len(self.labels))
        # Check the output width against the labels once, on a real forward pass.
        probe = self._run_texts(["모델 점검"])
        if probe.shape[1] != len(self.labels):
            raise ModelLoadError(
                f"{path}: {probe.shape[1]} logits but {len(self.labels)} labels in labels.json"
            )

    def warmup(self, rounds: int = 2) -> None:
        """Run the shapes traffic will use so the first real requests are not slow."""
        sample = "도로에 포트홀이 생겨서 차량 통행이 위험합니다. 빠른 보수를 부탁드립니다."
        sizes = sorted({1, min(8, self.options.max_batch_size), self.options.max_batch_size})
        for _ in range(rounds):
            for size in sizes:
                self._run_texts([sample * (1 + i % 3) for i in range(size)])

    # ---------------------------------------------------------------- inference
    def _encode(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        # encode_batch_fast skips the character offsets, which inference never reads (13 µs of
        # 36 per text here).
        encodings = self.tokenizer.encode_batch_fast(list(texts))
        rows = [encoding.ids for encoding in encodings]
        length = max(map(len, rows))
        ids = np.full((len(rows), length), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(rows), length), dtype=np.int64)
        for index, row in enumerate(rows):
            ids[index, :len(row)] = row
            mask[index, :len(row)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            types = np.zeros((len(rows), length), dtype=np.int64)
            if self.single_text_types_nonzero:  # not BERT's one-segment template: copy them
                for index, encoding in enumerate(encodings):
                    types[index, :len(encoding.type_ids)] = encoding.type_ids
            feeds["token_type_ids"] = types
        return feeds

    def _run_texts(self, texts: Sequence[str]) -> np.ndarray:
        return self.session.run([self.output_name], self._encode(texts))[0]

    def _scores(self, logits: np.ndarray) -> list[Prediction]:
        scaled = logits.astype(np.float64) / self.temperature
        scaled -= scaled.max(axis=1, keepdims=True)
        probabilities = np.exp(scaled)
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        k = self.top_k
        order = np.argsort(-probabilities, axis=1, kind="stable")[:, :k]
        labels = self.labels
        results = []
        for row, indices in enumerate(order.tolist()):
            values = probabilities[row, indices].tolist()
            results.append(
                Prediction(
                    top_k=[Scored(labels[i].code, labels[i].name, p) for i, p in zip(indices, values)],
                    model_version=self.version,
                )
            )
        return results

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        """Synchronous, unbatched across callers: for tools and the ceiling benchmark."""
        out: list[Prediction] = []
        size = self.options.max_batch_size
        for start in range(0, len(texts), size):
            chunk = [unicodedata.normalize("NFC", t) for t in texts[start:start + size]]
            out.extend(self._scores(self._run_texts(chunk)))
        return out

    # ---------------------------------------------------------------- batching
    def start(self) -> "InferenceEngine":
        if self._worker is None:
            self._worker = threading.Thread(
                target=self._loop, name=f"engine-{self.version}", daemon=True
            )
            self._worker.start()
        return self

    @property
    def queue_depth(self) -> int:
        return len(self._queue)

    @property
    def closed(self) -> bool:
        return self._closed

    def submit(self, texts: Sequence[str]) -> concurrent.futures.Future:
        """Queue texts; the future resolves to one Prediction per text, in order."""
        return self._enqueue(_Request(texts)).future

    def submit_async(self, texts: Sequence[str]) -> asyncio.Future:
        """From the event loop: queue texts; the asyncio future resolves to one Prediction per text.
        Cancelling it drops the texts not yet batched."""
        return self._enqueue(_Request(texts, asyncio.get_running_loop())).future

    async def classify(self, texts: Sequence[str]) -> list[Prediction]:
        """Queue texts from async code and wait for their predictions."""
        return await self.submit_async(texts)

    def _enqueue(self, request: _Request) -> _Request:
        texts = request.texts
        if not texts:
            raise ValueError("nothing to classify")
        with self._cond:
            if self._closed:
                raise EngineClosedError(self.version)
            waiting = len(self._queue)
            if waiting + len(texts) > self.options.max_queue_size:
                raise QueueFullError(waiting, self.options.max_queue_size)
            self._queue.extend((request, i) for i in range(len(texts)))
            self._cond.notify()
        return request

    def _next_batch(self) -> list[tuple[_Request, int]] | None:
        limit = self.options.max_batch_size
        delay = self.options.max_queue_delay_us / 1e6
        queue = self._queue
        with self._cond:
            while not queue:
                if self._closed:
                    return None
                self._cond.wait(0.5)
            # Wait for the batch to fill only while traffic is concurrent (the last batch had
            # company, or several texts are already waiting): a lone request runs at once. And
            # wait only until the batch is as large as the last one: in steady traffic that is
            # what arrives (with 16 clients per process and max_batch_size 32, waiting for 32
            # would idle the full delay every batch); a growing load still grows the batches,
            # as everything waiting is taken.
            concurrent_traffic = self._last_batch_size > 1 or len(queue) > 1
            target = min(limit, self._last_batch_size) if self._last_batch_size > 1 else limit
            if len(queue) < target and delay > 0 and concurrent_traffic and not self._closed:
                deadline = time.perf_counter() + delay
                while len(queue) < target and not self._closed:
                    left = deadline - time.perf_counter()
                    if left <= 0:
                        break
                    self._cond.wait(left)
            batch = []
            while queue and len(batch) < limit:
                item = queue.popleft()
                if not item[0].future.done():  # skip texts whose caller gave up (timeout, disconnect)
                    batch.append(item)
            self._last_batch_size = len(batch)
            return batch

    def _loop(self) -> None:
        while True:
            batch = self._next_batch()
            if batch is None:
                return
            if not batch:
                continue
            started = time.perf_counter()
            try:
                predictions = self._scores(self._run_texts([r.texts[i] for r, i in batch]))
            except BaseException as error:  # noqa: BLE001 - every waiter must hear about it
                log.exception("inference failed for a batch of %d texts", len(batch))
                outbox = _Outbox()
                for request in {id(r): r for r, _ in batch}.values():
                    outbox.add(request, error=EngineError(f"inference failed: {type(error).__name__}"))
                outbox.flush()
                continue
            elapsed = time.perf_counter() - started
            self.batches_run += 1
            self.texts_run += len(batch)
            outbox = _Outbox()
            for (request, index), prediction in zip(batch, predictions):
                request.results[index] = prediction
                request.remaining -= 1
                if request.remaining == 0:
                    outbox.add(request, result=request.results)
            outbox.flush()
            if self.on_batch is not None:
                try:
                    self.on_batch(len(batch), elapsed)
                except Exception:  # noqa: BLE001 - metrics never break inference
                    log.exception("batch callback failed")

    def close(self, timeout: float | None = 30.0) -> None:
        """Refuse new texts, finish the queued ones, stop the worker."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        if self._worker is not None and self._worker is not threading.current_thread():
            self._worker.join(timeout)
        with self._cond:
            leftovers = list(self._queue)
            self._queue.clear()
        outbox = _Outbox()
        for request in {id(r): r for r, _ in leftovers}.values():  # worker never started or timed out
            outbox.add(request, error=EngineClosedError(self.version))
        outbox.flush()

    def describe(self) -> dict:
        return {
            "version": self.version,
            "provider": self.provider,
            "model_file": self.model_file,
            "max_length": self.max_length,
            "temperature": self.temperature,
            "labels": [label.code for label in self.labels],
        }


EngineFactory = Callable[..., InferenceEngine]


def default_engine_factory(
    model_dir: Path, version: str, options: EngineOptions, known_codes: dict[str, str] | None = None,
    on_batch: Callable[[int, float], None] | None = None,
) -> InferenceEngine:
    engine = InferenceEngine(model_dir, version, options, known_codes=known_codes, on_batch=on_batch)
    engine.warmup()
    return engine


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
