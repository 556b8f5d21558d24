"""Online classification API: ONNX Runtime with dynamic micro-batching behind FastAPI."""
