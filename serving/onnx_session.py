"""ONNX Runtime sessions for the serving engine: which execution providers, how many threads."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

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
