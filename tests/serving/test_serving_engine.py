"""The inference engine: batching, queue bound, drain on close, provider choice."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from tests.serving.conftest import ALL_SAMPLES, TAXONOMY


def make_engine(folder, **options):
    from serving.engine import EngineOptions, InferenceEngine

    defaults = dict(providers=("CUDAExecutionProvider", "CPUExecutionProvider"), intra_op_threads=1)
    defaults.update(options)
    return InferenceEngine(folder, "v0001", EngineOptions(**defaults), known_codes=dict(TAXONOMY))


def test_provider_in_use_and_labels(model_dirs):
    engine = make_engine(model_dirs["v1"])
    assert engine.provider == engine.session.get_providers()[0] == "CPUExecutionProvider"
    assert engine.model_file == "model.onnx" and engine.max_length == 128 and engine.temperature == 1.5
    (prediction,) = engine.predict([ALL_SAMPLES[0]])
    assert len(prediction.top_k) == 3 and prediction.model_version == "v0001"
    assert {s.code for s in prediction.top_k} <= {code for code, _ in TAXONOMY}


@pytest.mark.parametrize("isa, weight_max, served", [
    (["avx2", "fma", "avx512f", "avx512_vnni"], 127, "model.int8.onnx"),  # VNNI: exact 32-bit sums
    (["avx2", "fma"], 64, "model.int8.onnx"),                              # no VNNI, weights within +-64
    (["avx2", "fma"], 127, "model.onnx"),                                  # no VNNI, full-range weights
    (["avx2", "fma"], None, "model.onnx"),                                 # a package from before the record
    ([], None, "model.int8.onnx"),                                         # not x86 (no flags listed)
])
def test_int8_is_served_only_where_its_sums_are_the_gated_ones(model_dirs, tmp_path, monkeypatch, caplog,
                                                                isa, weight_max, served):
    import json
    import logging
    import shutil

    from serving import engine as serving_engine
    from serving import onnx_session

    folder = tmp_path / "v2"
    shutil.copytree(model_dirs["v2"], folder)
    parity = json.loads((folder / "parity.json").read_text())
    assert 32 < parity["int8"]["weight_max"] <= 64  # the export's quantizer: reduce_range
    if weight_max is None:
        (folder / "parity.json").unlink()
    else:
        parity["int8"]["weight_max"] = weight_max
        (folder / "parity.json").write_text(json.dumps(parity))
    monkeypatch.setattr(onnx_session, "cpu_description", lambda: {"model": "test CPU", "isa": isa})
    with caplog.at_level(logging.WARNING, logger=serving_engine.log.name):
        engine = make_engine(folder)
    assert engine.model_file == served
    assert any("no VNNI" in r.getMessage() for r in caplog.records) is (served == "model.onnx")
    assert len(engine.predict([ALL_SAMPLES[0]])[0].top_k) == 3


def test_labels_outside_taxonomy_are_refused(model_dirs, tmp_path):
    import json
    import shutil

    from serving.engine import EngineOptions, InferenceEngine, ModelLoadError

    folder = tmp_path / "bad"
    shutil.copytree(model_dirs["v1"], folder)
    labels = json.loads((folder / "labels.json").read_text())
    labels[0]["code"] = "SPACE_PROGRAM"
    (folder / "labels.json").write_text(json.dumps(labels))
    with pytest.raises(ModelLoadError, match="SPACE_PROGRAM"):
        InferenceEngine(folder, "v9", EngineOptions(), known_codes=dict(TAXONOMY))


def test_micro_batching_forms_batches(model_dirs):
    sizes = []
    engine = make_engine(model_dirs["v1"], max_batch_size=16, max_queue_delay_us=20000)
    engine.on_batch = lambda size, seconds: sizes.append(size)
    engine.start()
    futures = [engine.submit([text]) for text in ALL_SAMPLES[:24]]
    results = [f.result(10)[0] for f in futures]
    engine.close()
    assert len(results) == 24 and sum(sizes) == 24
    assert max(sizes) == 16 and len(sizes) <= 3  # not 24 single runs
    # Same answers as unbatched.
    solo = engine.predict(ALL_SAMPLES[:24])
    for a, b in zip(results, solo):
        assert a.top_k[0].code == b.top_k[0].code
        assert abs(a.top_k[0].probability - b.top_k[0].probability) < 1e-5


def test_steady_waves_do_not_wait_out_the_delay(model_dirs):
    """Clients fewer than max_batch_size send waves of texts: once a batch of 6 ran, the next wave of
    6 runs as soon as it is queued instead of waiting max_queue_delay_us for 32 texts that never come."""
    import dataclasses

    engine = make_engine(model_dirs["v1"], max_batch_size=32, max_queue_delay_us=0)
    sizes = []
    engine.on_batch = lambda size, seconds: sizes.append(size)
    first = [engine.submit([text]) for text in ALL_SAMPLES[:6]]
    engine.start()
    assert all(len(f.result(10)) == 1 for f in first) and sizes == [6]
    # From now on a batch short of 32 would wait 30 s: the waves below must not.
    engine.options = dataclasses.replace(engine.options, max_queue_delay_us=30_000_000)
    for wave in range(3):
        futures = [engine.submit([text]) for text in ALL_SAMPLES[6 * wave:6 * wave + 6]]
        assert all(len(f.result(10)) == 1 for f in futures)
    assert sizes == [6, 6, 6, 6]
    engine.close()


def test_queue_full_and_close_drains(model_dirs):
    from serving.engine import EngineClosedError, QueueFullError

    engine = make_engine(model_dirs["v1"], max_batch_size=4, max_queue_size=8)
    # Not started: texts wait in the queue.
    pending = [engine.submit([ALL_SAMPLES[i]]) for i in range(8)]
    with pytest.raises(QueueFullError):
        engine.submit(["하나 더"])
    engine.start()
    closer = threading.Thread(target=engine.close)
    closer.start()
    closer.join(10)
    assert all(len(f.result(1)) == 1 for f in pending)  # drained, not dropped
    with pytest.raises(EngineClosedError):
        engine.submit(["닫힌 뒤"])


def test_async_classify_and_cancellation(model_dirs):
    engine = make_engine(model_dirs["v1"], max_batch_size=8, max_queue_delay_us=2000).start()

    async def main():
        task = asyncio.ensure_future(engine.classify(["취소될 요청"]))
        await asyncio.sleep(0)
        task.cancel()
        results = await asyncio.gather(*(engine.classify([t]) for t in ALL_SAMPLES[:10]))
        return results

    results = asyncio.run(main())
    assert len(results) == 10
    time.sleep(0.05)
    assert engine._worker.is_alive()  # a cancelled waiter does not kill the worker
    engine.close()
