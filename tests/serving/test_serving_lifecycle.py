"""Hot swap under continuous load, rollback, bad versions; metrics; Triton export."""

from __future__ import annotations

import threading
import time

import pytest

from tests.serving.conftest import ALL_SAMPLES, auth


def wait_for_version(client, version: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = client.get("/readyz").json()
        if body.get("version") == version:
            return
        time.sleep(0.05)
    raise AssertionError(f"never switched to {version}")


def test_hot_swap_under_load_has_no_errors(make_app, keys, registry):
    app, client = make_app()
    statuses: list[int] = []
    versions: list[str] = []
    stop = threading.Event()
    lock = threading.Lock()

    def load(worker: int):
        i = 0
        while not stop.is_set():
            if i % 3 == 0:
                response = client.post(
                    "/api/v1/classify/batch", json={"texts": ALL_SAMPLES[i % 20:i % 20 + 5]}, headers=auth(keys["suwon"])
                )
            else:
                response = client.post(
                    "/api/v1/classify", json={"text": ALL_SAMPLES[(i + worker) % len(ALL_SAMPLES)]}, headers=auth(keys["suwon"])
                )
            with lock:
                statuses.append(response.status_code)
                if response.status_code == 200:
                    versions.append(response.json()["model_version"])
            i += 1

    threads = [threading.Thread(target=load, args=(w,)) for w in range(6)]
    for t in threads:
        t.start()
    try:
        time.sleep(0.5)
        registry.set_alias("production", "v0002", reason="promote")
        wait_for_version(client, "v0002")
        time.sleep(0.5)
        registry.set_alias("production", "v0001", reason="rollback")
        wait_for_version(client, "v0001")
        time.sleep(0.5)
    finally:
        stop.set()
        for t in threads:
            t.join(30)
    assert len(statuses) > 50
    assert set(statuses) == {200}, {s: statuses.count(s) for s in set(statuses)}
    assert "v0002" in versions and versions[-1] == "v0001"
    # A response's version comes from one engine: v0002 answers lie between v0001 ones.
    first, last = versions.index("v0002"), len(versions) - 1 - versions[::-1].index("v0002")
    assert versions[:first].count("v0002") == 0 and versions[last + 1:].count("v0002") == 0
    metrics = client.get("/metrics").text
    info = [line for line in metrics.splitlines() if line.startswith("minwon_model_info{")]
    assert info == [
        'minwon_model_info{model="complaint-classifier",model_file="model.onnx",provider="CPUExecutionProvider",version="v0001"} 1.0'
    ]
    assert app.state.models.swaps == 3


def test_bad_version_keeps_serving_the_old_one(make_app, keys, registry, tmp_path, model_dirs):
    import json
    import shutil

    broken = tmp_path / "broken"
    shutil.copytree(model_dirs["v1"], broken)
    (broken / "labels.json").write_text(json.dumps([{"index": 0, "code": "NOPE", "name": "x"}]))
    registry.publish("v0003", broken)
    app, client = make_app()
    registry.set_alias("production", "v0003", reason="bad")
    deadline = time.monotonic() + 10
    while app.state.models.last_error is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "v0003" in (app.state.models.last_error or "")
    assert client.get("/readyz").json()["version"] == "v0001"
    response = client.post("/api/v1/classify", json={"text": "공원 벤치 수리"}, headers=auth(keys["suwon"]))
    assert response.status_code == 200 and response.json()["model_version"] == "v0001"


def test_a_failed_load_is_retried_with_back_off(registry, tmp_path):
    """A load that fails (store briefly unreachable, damaged mirror) must not leave the process
    unready for good: it is tried again after 1, 2, 4... poll intervals, capped."""
    from serving.engine import EngineOptions, default_engine_factory
    from serving.lifecycle import ModelManager

    now = [0.0]
    attempts: list[float] = []
    reasons: list[str] = []

    def flaky_factory(*args, **kwargs):
        attempts.append(now[0])
        reasons.append(manager.not_ready_reason())
        if len(attempts) <= 4:
            raise OSError("object store unreachable")
        return default_engine_factory(*args, **kwargs)

    manager = ModelManager(
        registry, "production", tmp_path / "cache", EngineOptions(), engine_factory=flaky_factory,
        poll_interval_s=10, max_retry_delay_s=30, monotonic=lambda: now[0],
    )
    try:
        for second in range(0, 80):  # the watcher's polls, made by hand with the clock moved
            now[0] = float(second)
            manager.check_once()
        # Failures at 0, 10 (+10), 30 (+20), 60 (+30, capped); the fifth try at 90 would load.
        assert attempts == [0.0, 10.0, 30.0, 60.0]
        assert manager.engine is None and "object store unreachable" in manager.not_ready_reason()
        assert reasons[0] == f"loading {registry.name} v0001 (0s so far)"
        now[0] = 90.0
        assert manager.check_once() is True
        assert manager.engine.version == "v0001" and manager.last_error is None
        assert manager.wait_ready(0)
    finally:
        manager.stop()


def test_metrics_exposition(make_app, keys):
    app, client = make_app()
    client.post("/api/v1/classify", json={"text": "불법 광고물 철거 요청"}, headers=auth(keys["yongin"]))
    client.post("/api/v1/classify/batch", json={"texts": ["하수구 막힘", "공원 쓰레기"]}, headers=auth(keys["yongin"]))
    client.post("/api/v1/classify", json={"text": "x"})
    response = client.get("/metrics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    text = response.text
    for expected in (
        'minwon_requests_total{route="/api/v1/classify",status="200",tenant="yongin"} 1.0',
        'minwon_requests_total{route="/api/v1/classify/batch",status="200",tenant="yongin"} 1.0',
        'minwon_requests_total{route="/api/v1/classify",status="401",tenant="-"} 1.0',
        'minwon_request_latency_seconds_bucket{le="0.05",route="/api/v1/classify"}',
        "minwon_inference_batch_size_bucket",
        "minwon_queue_depth 0.0",
        'minwon_quota_usage_ratio{tenant="yongin"} 0.0006',
        'minwon_classified_texts_total{tenant="yongin"} 3.0',
        'minwon_model_info{model="complaint-classifier",model_file="model.onnx",provider="CPUExecutionProvider",version="v0001"} 1.0',
    ):
        assert expected in text, expected
    assert 'minwon_quota_used_calls{tenant="yongin"} 3.0' in text
    assert 'minwon_quota_limit_calls{tenant="suwon"} 10000.0' in text  # every tenant, 0 used so far
    # Two apps in one process keep separate registries (the quota numbers come from the shared database).
    app2, client2 = make_app()
    other = client2.get("/metrics").text
    request_lines = [line for line in other.splitlines() if line.startswith("minwon_requests_total{")]
    assert not any('tenant="yongin"' in line for line in request_lines)
    assert 'minwon_quota_used_calls{tenant="yongin"} 3.0' in other


def test_triton_export(registry, tmp_path):
    import json

    import numpy as np
    import onnxruntime as ort

    from serving.triton import export_triton

    target = export_triton(registry, "production", tmp_path / "triton", max_batch_size=32)
    assert target == tmp_path / "triton" / "complaint-classifier"
    config = (target / "config.pbtxt").read_text()
    assert 'name: "complaint-classifier"' in config and 'backend: "onnxruntime"' in config
    assert "max_batch_size: 32" in config and "dynamic_batching {" in config
    assert "max_queue_delay_microseconds: 1000" in config and "preferred_batch_size: [ 8, 16, 32 ]" in config
    for name in ("input_ids", "attention_mask", "token_type_ids"):
        assert f'{{ name: "{name}" data_type: TYPE_INT64 dims: [ -1 ] }}' in config
    assert '{ name: "logits" data_type: TYPE_FP32 dims: [ 10 ] label_filename: "labels.txt" }' in config
    assert 'key: "minwon_version" value: { string_value: "v0001" }' in config
    assert config.count("{") == config.count("}") and config.count("[") == config.count("]")
    labels = (target / "labels.txt").read_text().splitlines()
    assert labels[0] == "TRAFFIC" and len(labels) == 10
    assert (target / "tokenizer" / "tokenizer.json").is_file() and (target / "calibration.json").is_file()
    assert json.loads((target / "minwon.json").read_text())["registry_version"] == "v0001"
    session = ort.InferenceSession(str(target / "1" / "model.onnx"), providers=["CPUExecutionProvider"])
    feeds = {i.name: np.ones((2, 7), dtype=np.int64) for i in session.get_inputs()}
    assert session.run(None, feeds)[0].shape == (2, 10)
    # Re-export replaces the folder (no stale files).
    again = export_triton(registry, "v0002", tmp_path / "triton")
    assert 'string_value: "v0002"' in (again / "config.pbtxt").read_text()


def triton_model_config_class():
    """Triton's ModelConfig message, generated from Triton's model_config.proto (shipped in
    tritonclient). Loaded from its file: the tritonclient.grpc package would import grpcio."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("tritonclient")
    assert spec is not None, "tritonclient is a dev dependency"
    path = Path(next(iter(spec.submodule_search_locations))) / "grpc" / "model_config_pb2.py"
    module_spec = importlib.util.spec_from_file_location("triton_model_config_pb2", path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module.ModelConfig


def test_triton_config_parses_as_triton_model_config(registry, tmp_path):
    """config.pbtxt is read by Triton as a text-format ModelConfig: every field name, enum value and
    nesting must exist in Triton's schema (GPU + TensorRT and CPU variants)."""
    from google.protobuf import text_format

    from serving.triton import export_triton

    ModelConfig = triton_model_config_class()
    gpu = export_triton(registry, "production", tmp_path / "gpu", max_batch_size=64, tensorrt=True)
    parsed = text_format.Parse((gpu / "config.pbtxt").read_text(), ModelConfig())
    assert parsed.backend == "onnxruntime" and parsed.max_batch_size == 64
    assert [i.name for i in parsed.input] == ["input_ids", "attention_mask", "token_type_ids"]
    assert all(list(i.dims) == [-1] and ModelConfig.DESCRIPTOR.fields_by_name["input"].message_type
               .fields_by_name["data_type"].enum_type.values_by_number[i.data_type].name == "TYPE_INT64"
               for i in parsed.input)
    assert parsed.output[0].name == "logits" and list(parsed.output[0].dims) == [10]
    assert parsed.output[0].label_filename == "labels.txt"
    assert list(parsed.dynamic_batching.preferred_batch_size) == [8, 16, 32]
    assert parsed.dynamic_batching.max_queue_delay_microseconds == 1000
    assert parsed.instance_group[0].kind == parsed.instance_group[0].KIND_GPU
    accelerator = parsed.optimization.execution_accelerators.gpu_execution_accelerator[0]
    assert accelerator.name == "tensorrt" and accelerator.parameters["precision_mode"] == "FP16"
    assert parsed.parameters["minwon_version"].string_value == "v0001"

    cpu = export_triton(registry, "v0002", tmp_path / "cpu", max_batch_size=16, instance_kind="KIND_CPU")
    parsed = text_format.Parse((cpu / "config.pbtxt").read_text(), ModelConfig())
    assert parsed.instance_group[0].kind == parsed.instance_group[0].KIND_CPU
    assert list(parsed.dynamic_batching.preferred_batch_size) == [8, 16]  # none above max_batch_size
    # The check is not a formality: Triton's schema refuses what it does not know.
    import pytest

    with pytest.raises(text_format.ParseError):
        text_format.Parse((cpu / "config.pbtxt").read_text().replace("KIND_CPU", "KIND_TPU"), ModelConfig())


def test_monitoring_configs_use_exported_metrics(make_app, keys):
    """alerts.yaml and the Grafana dashboard only name series that /metrics exports."""
    import json
    import re

    import yaml

    from tests.serving.conftest import REPO

    app, client = make_app()
    client.post("/api/v1/classify", json={"text": "신호등 고장"}, headers=auth(keys["suwon"]))
    exposition = client.get("/metrics").text
    rules = yaml.safe_load((REPO / "configs/monitoring/alerts.yaml").read_text(encoding="utf-8"))
    expressions = [rule["expr"] for group in rules["groups"] for rule in group["rules"]]
    alerts = {rule.get("alert") for group in rules["groups"] for rule in group["rules"]}
    assert {"MinwonQuotaWarning", "MinwonQuotaExhausted", "MinwonLatencyP99High"} <= alerts
    assert any("0.8" in e for e in expressions) and any("> 0.2" in e for e in expressions)
    dashboard = json.loads((REPO / "configs/monitoring/grafana-dashboard.json").read_text(encoding="utf-8"))
    expressions += [t["expr"] for panel in dashboard["panels"] for t in panel["targets"]]
    names = {n for e in expressions for n in re.findall(r"\bminwon_[a-z_]+", e)}
    assert len(names) >= 8
    for name in names:
        base = re.sub(r"_(bucket|sum|count)$", "", name)
        assert f"# TYPE {base} " in exposition, name


def test_triton_export_cli(registry, data_dir, tmp_path):
    """`minwon serving export-triton` (typer sub-app) reads the configured store from the data dir."""
    from typer.testing import CliRunner

    from serving.cli import serving_app

    result = CliRunner().invoke(serving_app, ["export-triton", "--out", str(tmp_path / "repo"), "--version", "v0002"])
    assert result.exit_code == 0, result.output
    target = tmp_path / "repo" / "complaint-classifier"
    assert (target / "config.pbtxt").is_file() and (target / "1" / "model.onnx").is_file()
    assert 'string_value: "v0002"' in (target / "config.pbtxt").read_text()


def test_a_withdrawn_version_stops_being_served_and_leaves_the_cache(registry, tmp_path):
    """An erasure withdraws the served version and removes the alias: the process must answer
    'no model' rather than keep serving it, and its cached copy must go."""
    from serving.engine import EngineOptions
    from serving.lifecycle import ModelManager, NoModelError

    manager = ModelManager(registry, "production", tmp_path / "cache", EngineOptions(), poll_interval_s=10)
    try:
        assert manager.check_once() and manager.current().version == "v0001"
        cached = tmp_path / "cache" / registry.name / "v0001"
        assert cached.is_dir()
        registry.withdraw("v0001", "test: its data was erased")
        registry.remove_alias("production")
        assert manager.check_once() is True
        with pytest.raises(NoModelError, match="not set"):
            manager.current()
        assert not cached.exists() and not manager.ready.is_set()
        assert manager.check_once() is False  # nothing more to do
    finally:
        manager.stop()
