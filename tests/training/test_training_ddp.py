"""Step 3 (torchrun): a two-process gloo DDP run, preempted by SIGTERM to its process group (what a
cluster scheduler sends), resumes from rank 0's checkpoint to the same weights as an uninterrupted
two-process run."""

import os
import random
import signal

import pytest

from tests.training.helpers import start_training, training_config, write_config_file
from tests.training.test_training_resume import assert_bit_identical, final_weights, finish, run_until_step
from training import checkpoints


@pytest.fixture(scope="module")
def ddp(platform, tmp_path_factory):
    work = tmp_path_factory.mktemp("ddp")
    cfg = training_config(epochs=2, deterministic=True, log_every_steps=1, checkpoint_every_steps=5,
                          keep_last_checkpoints=2, seed=11, preemption_grace_seconds=25)
    return {"work": work, "config_file": write_config_file(work / "train.yaml", cfg),
            "data_dir": platform["data_dir"], "store": platform["store"]}


def test_ddp_preempted_then_resumed_matches_uninterrupted(ddp):
    reference = start_training(ddp["data_dir"], ddp["config_file"], "ddp-reference", ddp["work"] / "ref", nproc=2)
    reference_output = finish(reference)
    assert reference.returncode == 0, reference_output[-4000:]
    steps = int(reference_output.split("finished: ")[1].split(" steps")[0])  # per-rank steps: half of 1 process
    assert "2 processes" in reference_output

    stop_at = random.Random().randint(3, steps // 2)
    first = start_training(ddp["data_dir"], ddp["config_file"], "ddp-run", ddp["work"] / "run", nproc=2)
    run_until_step(first, stop_at)
    os.killpg(first.pid, signal.SIGTERM)  # torchrun and both workers, as a scheduler would
    output = finish(first)
    complete = [c for c in checkpoints.list_checkpoints(ddp["store"], "ddp-run") if c.complete]
    assert complete, output[-4000:]
    assert "preempted: stopping at step" in output, output[-4000:]
    assert stop_at <= complete[-1].step < steps

    second = start_training(ddp["data_dir"], ddp["config_file"], "ddp-run", ddp["work"] / "run", nproc=2)
    output = finish(second)
    assert second.returncode == 0, output[-4000:]
    assert f"resumed run ddp-run from step {complete[-1].step}" in output
    assert_bit_identical(final_weights(ddp["store"], "ddp-run", ddp["work"]),
                         final_weights(ddp["store"], "ddp-reference", ddp["work"]))
