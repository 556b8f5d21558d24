"""Step 3 (in process): the loop learns; batching; checkpoint store rules (partial, corrupt, keep-last-K)."""

import math

import numpy as np
import torch

from storage import LocalObjectStore
from training import checkpoints
from training.loop import collate, length_bucketed_batches, tokenize_in_chunks


def test_training_learns(trained, evaluation, splits):
    result = trained["result"]
    assert result.steps > 0 and result.model_dir.joinpath("model.safetensors").is_file()
    assert (result.model_dir / "tokenizer.json").is_file()
    # 10 balanced classes: chance is ~0.1.
    assert evaluation.metrics["accuracy"] > 0.6, evaluation.metrics["accuracy"]
    assert evaluation.metrics["macro_f1"] > 0.5
    losses = [loss for _, loss in result.history["train_loss"]]
    assert len(losses) == result.steps  # a loss per step, for the curve
    assert np.mean(losses[-10:]) < np.mean(losses[:10])
    assert len(result.history["validation"]) == trained["cfg"].epochs


def test_length_bucketed_batches_cover_each_record_once():
    lengths = np.random.default_rng(0).integers(5, 200, size=1000)
    batches = length_bucketed_batches(lengths, batch_size=32, bucket_batches=8, seed=3, epoch=2)
    flat = np.concatenate(batches)
    assert sorted(flat.tolist()) == list(range(1000))
    again = length_bucketed_batches(lengths, batch_size=32, bucket_batches=8, seed=3, epoch=2)
    assert all((a == b).all() for a, b in zip(batches, again))
    other_epoch = length_bucketed_batches(lengths, batch_size=32, bucket_batches=8, seed=3, epoch=3)
    assert any((a != b).any() for a, b in zip(batches, other_epoch) if len(a) == len(b))
    # Bucketing cuts padding compared with random batches.
    padded = sum(len(b) * lengths[b].max() for b in batches)
    random_batches = np.array_split(np.random.default_rng(1).permutation(1000), len(batches))
    assert padded < 0.8 * sum(len(b) * lengths[b].max() for b in random_batches)


def test_collate_pads_dynamically():
    ids = [[2, 10, 11, 3], [2, 12, 3], [2, 13, 14, 15, 16, 3]]
    batch = collate(ids, np.array([0, 1, 2]), np.array([0, 1]), pad_id=0, pad_to_multiple_of=8)
    assert batch["input_ids"].shape == (2, 8)
    assert batch["attention_mask"].sum(1).tolist() == [4, 3]
    assert batch["input_ids"][1, 3:].eq(0).all()


def test_tokenizing_in_chunks_gives_the_ids_of_one_call(platform):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(platform["base_dir"])
    texts = (platform["records"]["title"] + " " + platform["records"]["body"].fillna("")).tolist()[:50]
    chunked = tokenize_in_chunks(tokenizer, texts, max_length=16, chunk=7)
    whole = tokenizer(texts, truncation=True, max_length=16)["input_ids"]
    assert [ids.tolist() for ids in chunked] == whole and all(ids.dtype == np.int32 for ids in chunked)
    assert max(len(ids) for ids in chunked) == 16  # truncation applies per chunk as in one call


def _state(step):
    return {"step": step, "weights": torch.full((3,), float(step))}


def test_partial_and_corrupt_checkpoints_are_ignored(tmp_path):
    store = LocalObjectStore(tmp_path / "store")
    checkpoints.save_checkpoint(store, "r1", 4, _state(4), tmp_path / "scratch")
    checkpoints.save_checkpoint(store, "r1", 8, _state(8), tmp_path / "scratch")
    # Step 12: the writer died after the data file, before the manifest.
    store.put_bytes("checkpoints/r1/step-00000012/checkpoint.pt", b"half a file")
    assert [c.complete for c in checkpoints.list_checkpoints(store, "r1")] == [True, True, False]
    assert checkpoints.load_latest_checkpoint(store, "r1", tmp_path / "scratch")["step"] == 8
    # Step 8's data replaced after its manifest was written: checksum mismatch, fall back to 4.
    store.put_bytes("checkpoints/r1/step-00000008/checkpoint.pt", b"corrupt")
    state = checkpoints.load_latest_checkpoint(store, "r1", tmp_path / "scratch")
    assert state["step"] == 4 and torch.equal(state["weights"], torch.full((3,), 4.0))
    assert checkpoints.load_latest_checkpoint(store, "no-such-run", tmp_path / "scratch") is None


def test_keep_last_k_and_stale_partials_pruned(tmp_path):
    store = LocalObjectStore(tmp_path / "store")
    store.put_bytes("checkpoints/r2/step-00000003/checkpoint.pt", b"partial")
    for step in (5, 10, 15, 20):
        checkpoints.save_checkpoint(store, "r2", step, _state(step), tmp_path / "scratch")
        checkpoints.prune_checkpoints(store, "r2", keep_last=2)
    store.put_bytes("checkpoints/r2/step-00000025/checkpoint.pt", b"in flight")  # newer partial stays
    checkpoints.prune_checkpoints(store, "r2", keep_last=2)
    listed = [(c.step, c.complete) for c in checkpoints.list_checkpoints(store, "r2")]
    assert listed == [(15, True), (20, True), (25, False)]


def test_benchmark_imports_only_the_gpu_machines_stack():
    """benchmarks/train_throughput.py and training/loop.py must run where only torch, transformers,
    numpy and accelerate exist (shared/notes/gpu.md): no pandas, pydantic, sklearn, yaml, project config."""
    import subprocess
    import sys

    from tests.training.helpers import REPO

    script = (
        "import runpy, sys\n"
        "runpy.run_path('benchmarks/train_throughput.py', run_name='not_main')\n"
        "bad = sorted(m for m in ('pandas', 'pydantic', 'sklearn', 'yaml', 'pyarrow', 'configuration', 'storage',\n"
        "                         'prefect', 'datasets', 'onnxruntime') if m in sys.modules)\n"
        "print('FORBIDDEN', bad)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "FORBIDDEN []" in done.stdout, done.stdout


def test_benchmark_tiny_smoke():
    """The benchmark's --tiny mode end to end with a handful of steps; last line is the JSON summary."""
    import json
    import subprocess
    import sys

    from tests.training.helpers import REPO, subprocess_env

    done = subprocess.run(
        [sys.executable, "benchmarks/train_throughput.py", "--tiny", "--workloads", "seq128", "--warmup", "1",
         "--steps", "2", "--batch-size", "4", "--repeats", "1"],
        cwd=REPO, capture_output=True, text=True, timeout=240, env=subprocess_env(REPO))
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    for key in ("device", "ours_samples_per_s", "hf_trainer_default_samples_per_s", "hf_trainer_best_samples_per_s",
                "ours_nonpad_tokens_per_s", "mfu"):
        assert key in summary, key
    assert summary["ours_samples_per_s"] > 0 and summary["hf_trainer_best_samples_per_s"] > 0


def test_gradient_accumulation_and_class_weights(platform, splits, label_codes, tmp_path):
    from tests.training.helpers import training_config
    from training.train import _class_weights, run_training

    cfg = training_config(epochs=1, gradient_accumulation_steps=2, class_weights="balanced", log_every_steps=1)
    result = run_training(cfg, splits, platform["store"], "accumulate", label_codes, tmp_path)
    micro_batches = -(-len(splits.train) // cfg.batch_size)  # ceil: the last batch may be short
    assert result.steps == micro_batches // 2
    weights = _class_weights(np.array([0, 0, 0, 1]), 3, torch.device("cpu"))
    assert torch.allclose(weights, torch.tensor([4 / 9, 4 / 3, 0.0]))


def test_epochs_and_checkpoint_interval_scale_with_the_run():
    from configuration import load_config
    from training.train import checkpoint_interval, epochs_for

    cfg = load_config().training("tiny")  # as shipped: 30 epochs, <= 150,000 examples, <= 20 checkpoints
    assert epochs_for(cfg, 700) == cfg.epochs                    # a city's few hundred records: every epoch
    assert epochs_for(cfg, 33_750) == 4                          # a 45k-record dataset's train split: 4 epochs, not 30
    assert epochs_for(cfg, 36_898) * 36_898 <= cfg.max_train_samples  # the cap holds (rounded down)
    assert epochs_for(cfg, 400_000) == 1                         # never less than one pass
    steps_45k = 4 * math.ceil(45_000 / cfg.batch_size)
    assert checkpoint_interval(cfg, steps_45k) == math.ceil(steps_45k / cfg.max_checkpoints_per_run) > 50
    assert (steps_45k - 1) // checkpoint_interval(cfg, steps_45k) < cfg.max_checkpoints_per_run
    assert checkpoint_interval(cfg, 300) == cfg.checkpoint_every_steps  # a short run keeps the configured floor
