"""Training: tiny base model, curated-data splits, the training loop, evaluation, ONNX export,
registry packaging and the champion/challenger decision.

The modules import torch/transformers lazily where they can, so `import training` stays cheap.
"""
