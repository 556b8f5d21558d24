"""Helpers for the training tests (importable as tests.training.helpers)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from configuration.models import SplitFractions, TinyArchitecture, TrainingConfig

REPO = Path(__file__).resolve().parents[2]
# Small enough for 2 CPU cores, big enough that WordPiece merges whole topical words (vocab 6000).
TEST_ARCH = TinyArchitecture(vocab_size=6000, hidden_size=64, num_hidden_layers=2, num_attention_heads=2,
                             intermediate_size=128, max_position_embeddings=128)
BASE_URI = "store://base-models/tiny-ko-bert"


def training_config(**overrides) -> TrainingConfig:
    fields = dict(
        name="test", base_model=BASE_URI, max_length=64, batch_size=16, eval_batch_size=64, epochs=5,
        learning_rate=3e-3, weight_decay=0.01, warmup_ratio=0.1, seed=1, checkpoint_every_steps=1000,
        keep_last_checkpoints=2, split=SplitFractions(validation=0.1, test=0.15), log_every_steps=10,
    )
    fields.update(overrides)
    return TrainingConfig(**fields)



def subprocess_env(data_dir: Path) -> dict:
    env = dict(os.environ)
    env.update({
        "MINWON_DATA_DIR": str(data_dir),
        "PYTHONPATH": str(REPO) + os.pathsep + env.get("PYTHONPATH", ""),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_VERBOSITY": "error",
        "OMP_NUM_THREADS": "1",  # two processes share two cores
        "PYTHONUNBUFFERED": "1",
    })
    return env


def write_config_file(path: Path, cfg: TrainingConfig) -> Path:
    import yaml

    path.write_text(yaml.safe_dump(cfg.model_dump(mode="json"), allow_unicode=True))
    return path


def start_training(data_dir: Path, config_file: Path, run_id: str, work_dir: Path, *extra: str,
                   nproc: int | None = None) -> subprocess.Popen:
    """`python -m training.train` (or torchrun with `nproc` processes) in its own process group."""
    args = ["--config", str(config_file), "--run-id", run_id, "--work-dir", str(work_dir), "--threads", "1",
            "--device", "cpu", *extra]
    if nproc:
        command = [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc_per_node={nproc}",
                   "-m", "training.train", *args]
    else:
        command = [sys.executable, "-m", "training.train", *args]
    return subprocess.Popen(command, cwd=REPO, env=subprocess_env(data_dir), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)


# ------------------------------------------------------------------ the train flow in its own process
def flow_config_dir(target: Path, cfg: TrainingConfig, name: str) -> Path:
    """A copy of configs/ with `cfg` as configs/training/<name>.yaml (what MINWON_CONFIG_DIR points at)."""
    import shutil

    shutil.copytree(REPO / "configs", target, dirs_exist_ok=True)
    write_config_file(target / "training" / f"{name}.yaml", cfg)
    return target


def start_flow(env: dict, config_name: str, run_id: str, *extra: str) -> subprocess.Popen:
    """tests/training/flow_child.py: the train flow in a process of its own (stdout: the flow's console)."""
    return subprocess.Popen([sys.executable, str(REPO / "tests" / "training" / "flow_child.py"), config_name, run_id,
                             *extra], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)


def read_until(process: subprocess.Popen, needle: str, lines: list[str]) -> str:
    for line in process.stdout:
        lines.append(line)
        if needle in line:
            return line
    raise AssertionError(f"'{needle}' never came:\n" + "".join(lines[-40:]))


def processes_with(text: str) -> list[int]:
    """Live processes whose command line contains `text` (zombies count as gone)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if text.encode() in (entry / "cmdline").read_bytes():
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
                if state not in ("Z", "X"):
                    found.append(int(entry.name))
        except OSError:
            continue
    return found
