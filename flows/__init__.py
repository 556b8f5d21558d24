"""Prefect flows: one per stage, and `retrain` chaining them like the pipeline diagram."""
