"""Export a published model version as a Triton Inference Server model repository.

    <repository>/<model>/config.pbtxt      ONNX Runtime backend, dynamic batching
    <repository>/<model>/1/model.onnx      the fp32 graph (GPU target; the int8 one is a CPU artefact)
    <repository>/<model>/labels.txt        one taxonomy code per output index (Triton classification)
    <repository>/<model>/labels.json, calibration.json, tokenizer/, minwon.json
                                           what a client needs to tokenize and calibrate (Triton
                                           ignores files outside numbered version folders)

Triton serves logits; clients apply softmax(logits / temperature) from calibration.json.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Sequence

from registry import ModelRegistry

_ONNX_TO_TRITON = {
    "tensor(int64)": "TYPE_INT64",
    "tensor(int32)": "TYPE_INT32",
    "tensor(float)": "TYPE_FP32",
    "tensor(float16)": "TYPE_FP16",
}


def _io(model_path: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    import onnxruntime as ort

    ort.set_default_logger_severity(3)
    session = ort.InferenceSession(str(model_path), providers=["CPUExecutionProvider"])
    inputs = [(i.name, _ONNX_TO_TRITON[i.type]) for i in session.get_inputs()]
    outputs = [(o.name, _ONNX_TO_TRITON[o.type]) for o in session.get_outputs()]
    return inputs, outputs


def render_config(
    name: str,
    inputs: Sequence[tuple[str, str]],
    outputs: Sequence[tuple[str, str]],
    num_labels: int,
    *,
    max_batch_size: int = 64,
    preferred_batch_sizes: Sequence[int] = (8, 16, 32),
    max_queue_delay_us: int = 1000,
    instance_kind: str = "KIND_GPU",
    instance_count: int = 1,
    parameters: dict[str, str] | None = None,
    tensorrt: bool = False,
) -> str:
    lines = [f'name: "{name}"', 'backend: "onnxruntime"', f"max_batch_size: {max_batch_size}", "input ["]
    lines.append(",\n".join(f'  {{ name: "{n}" data_type: {t} dims: [ -1 ] }}' for n, t in inputs))
    lines.append("]")
    lines.append("output [")
    rendered = []
    for n, t in outputs:
        label = ' label_filename: "labels.txt"' if n == "logits" or len(outputs) == 1 else ""
        rendered.append(f'  {{ name: "{n}" data_type: {t} dims: [ {num_labels} ]{label} }}')
    lines.append(",\n".join(rendered))
    lines.append("]")
    preferred = ", ".join(str(b) for b in preferred_batch_sizes if b <= max_batch_size)
    lines.append("dynamic_batching {")
    if preferred:
        lines.append(f"  preferred_batch_size: [ {preferred} ]")
    lines.append(f"  max_queue_delay_microseconds: {max_queue_delay_us}")
    lines.append("}")
    lines.append(f"instance_group [ {{ count: {instance_count} kind: {instance_kind} }} ]")
    if tensorrt:
        lines.append(
            "optimization { execution_accelerators { gpu_execution_accelerator : [ "
            '{ name : "tensorrt" parameters { key: "precision_mode" value: "FP16" } } ] } }'
        )
    for key, value in (parameters or {}).items():
        lines.append(f'parameters {{ key: "{key}" value: {{ string_value: "{value}" }} }}')
    return "\n".join(lines) + "\n"


def export_triton(
    registry: ModelRegistry,
    version: str,
    repository: Path,
    *,
    model_name: str | None = None,
    triton_version: int = 1,
    max_batch_size: int = 64,
    preferred_batch_sizes: Sequence[int] = (8, 16, 32),
    max_queue_delay_us: int = 1000,
    instance_kind: str = "KIND_GPU",
    tensorrt: bool = False,
    cache_dir: Path | None = None,
) -> Path:
    """Write `<repository>/<model_name>/...` for `version` (a name like v0003 or an alias) and return that folder."""
    if not version.startswith("v"):
        resolved = registry.get_alias(version)
        if resolved is None:
            raise ValueError(f"{registry.name}: no version or alias '{version}'")
        version = resolved
    model_name = model_name or registry.name
    with tempfile.TemporaryDirectory(prefix="triton-export-") as tmp:
        source = registry.fetch(version, Path(cache_dir) if cache_dir else Path(tmp))
        onnx_path = source / "model.onnx"
        if not onnx_path.is_file():
            raise FileNotFoundError(f"{registry.name} {version} has no model.onnx")
        labels = sorted(json.loads((source / "labels.json").read_text(encoding="utf-8")), key=lambda x: x["index"])
        inputs, outputs = _io(onnx_path)
        temperature = 1.0
        if (source / "calibration.json").is_file():
            temperature = float(json.loads((source / "calibration.json").read_text())["temperature"])

        target = Path(repository) / model_name
        staging = Path(repository) / f".{model_name}.staging"
        shutil.rmtree(staging, ignore_errors=True)
        (staging / str(triton_version)).mkdir(parents=True)
        shutil.copyfile(onnx_path, staging / str(triton_version) / "model.onnx")
        (staging / "labels.txt").write_text("".join(f"{x['code']}\n" for x in labels), encoding="utf-8")
        for extra in ("labels.json", "calibration.json", "lineage.json", "metrics.json"):
            if (source / extra).is_file():
                shutil.copyfile(source / extra, staging / extra)
        if (source / "tokenizer").is_dir():
            shutil.copytree(source / "tokenizer", staging / "tokenizer")
        (staging / "minwon.json").write_text(json.dumps({
            "registry_model": registry.name, "registry_version": version, "triton_version": triton_version,
            "temperature": temperature, "manifest_sha256": {
                k: v["sha256"] for k, v in registry.manifest(version)["files"].items() if k == "model.onnx"
            },
        }, indent=2))
        (staging / "config.pbtxt").write_text(render_config(
            model_name, inputs, outputs, len(labels),
            max_batch_size=max_batch_size, preferred_batch_sizes=preferred_batch_sizes,
            max_queue_delay_us=max_queue_delay_us, instance_kind=instance_kind, tensorrt=tensorrt,
            parameters={"minwon_version": version, "temperature": repr(temperature)},
        ))
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    return target


def export_triton_from_config(config, version: str, repository: Path, **kwargs) -> Path:
    """CLI entry: the configured object store and model name."""
    from storage import open_object_store

    registry = ModelRegistry(open_object_store(config), config.platform.serving.model_name)
    return export_triton(registry, version, repository, **kwargs)
