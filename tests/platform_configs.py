"""Test copies of configs/ (importable as tests.platform_configs)."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent


def short_pretraining(config_dir: Path, steps: int = 30, sources: tuple[str, ...] = ("curated",)) -> Path:
    """Make the tiny config's MLM pretraining a short one on the platform's own curated text: the
    mechanism end to end in seconds (benchmarks/pretrain.py measures what the full recipe gives)."""
    tiny = _read_tiny(config_dir)
    return _write_tiny(config_dir, pretrain={**tiny["pretrain"], "steps": steps, "sources": list(sources),
                                             "log_every_steps": 10})


def short_fine_tuning(config_dir: Path, epochs: int = 6, **settings) -> Path:
    """Make the tiny config's fine-tuning a few epochs: for tests of the pipeline's mechanism, not of
    the model's quality (the demo and benchmarks/ run the full recipe; tests/training the loop)."""
    return _write_tiny(config_dir, epochs=epochs, **settings)


def _read_tiny(config_dir: Path) -> dict:
    return yaml.safe_load((Path(config_dir) / "training" / "tiny.yaml").read_text(encoding="utf-8"))


def _write_tiny(config_dir: Path, **changes) -> Path:
    """tiny.yaml with `changes` on top (top-level keys replaced)."""
    tiny = {**_read_tiny(config_dir), **changes}
    path = Path(config_dir) / "training" / "tiny.yaml"
    path.write_text(yaml.safe_dump(tiny, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return Path(config_dir)


def copy_configs(target: Path, **pretraining) -> Path:
    shutil.copytree(REPO / "configs", target)
    return short_pretraining(target, **pretraining)
