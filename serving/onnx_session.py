"""ONNX Runtime sessions for the serving engine: which execution providers, how many threads, and
whether a package's int8 file computes on this CPU what was checked when it was published."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Sequence

from runtime.cpu import SAFE_INT8_WEIGHT, cpu_description, int8_sums_saturate

_GPU_PROVIDERS = {"CUDAExecutionProvider", "TensorrtExecutionProvider"}


def gpu_present() -> bool:
    """An NVIDIA device node exists (cheap; no CUDA initialisation). MINWON_FORCE_CPU=1 says no."""
    if os.environ.get("MINWON_FORCE_CPU") == "1":
        return False
    return os.path.exists("/dev/nvidiactl") or os.path.exists("/dev/nvidia0")


def load_session(path: Path, providers: Sequence[str], intra_op_threads: int):
    import onnxruntime as ort

    ort.set_default_logger_severity(3)
    available = set(ort.get_available_providers())
    wanted = [p for p in providers if p in available]
    if not gpu_present():
        # onnxruntime-gpu lists CUDA/TensorRT wherever it is installed; without a GPU they would
        # only fail to load (with error lines on stderr) and fall back to CPU.
        wanted = [p for p in wanted if p not in _GPU_PROVIDERS]
    if "CPUExecutionProvider" not in wanted:
        wanted.append("CPUExecutionProvider")
    options = ort.SessionOptions()
    options.intra_op_num_threads = intra_op_threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    # Idle ORT worker threads must not spin: on a small CPU they would steal the cores the event
    # loop, tokenizer and database need between batches.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(path), sess_options=options, providers=wanted)


def int8_differs_on_this_cpu(folder: Path) -> bool:
    """True when the package's int8 file would compute other numbers on this CPU than the int8 gate
    measured when it was published: weights beyond SAFE_INT8_WEIGHT on an x86 CPU without VNNI
    (runtime/cpu.py). The export records the largest weight in parity.json; packages published before
    it did (2026-12-07) were quantized with full-range weights."""
    if not int8_sums_saturate(cpu_description()["isa"]):
        return False
    try:
        weight_max = int(json.loads((folder / "parity.json").read_text(encoding="utf-8"))["int8"]["weight_max"])
    except (OSError, ValueError, KeyError, TypeError):
        weight_max = 127
    return weight_max > SAFE_INT8_WEIGHT
