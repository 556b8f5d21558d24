"""Step 3 (subprocesses): interrupted runs resume to bit-identical weights.

Every run here is `python -m training.train` in deterministic mode, one thread, on the session's
synthetic data. The uninterrupted reference run starts first and runs in the background while the
interrupted runs execute (two cores, one thread each).
"""

import os
import random
import signal
import time

import pytest
import torch
from safetensors.torch import load_file

from tests.training.helpers import start_training, training_config, write_config_file
from training import checkpoints
from training.preemption import EXIT_PREEMPTED, EXIT_TIME_LIMIT

STEPS_TOTAL = 56  # 2 epochs of the session data at batch 16 (asserted below)


@pytest.fixture(scope="module")
def setup(platform, tmp_path_factory):
    work = tmp_path_factory.mktemp("resume")
    cfg = training_config(epochs=2, deterministic=True, log_every_steps=1, checkpoint_every_steps=4,
                          keep_last_checkpoints=2, seed=7)
    config_file = write_config_file(work / "train.yaml", cfg)
    reference = start_training(platform["data_dir"], config_file, "reference", work / "reference")
    return {"work": work, "config_file": config_file, "reference": reference, "data_dir": platform["data_dir"],
            "store": platform["store"]}


@pytest.fixture(scope="module")
def reference_weights(setup):
    output, _ = setup["reference"].communicate(timeout=180)
    assert setup["reference"].returncode == 0, output[-3000:]
    assert f"finished: {STEPS_TOTAL} steps" in output, output[-2000:]
    return final_weights(setup["store"], "reference", setup["work"])


def final_weights(store, run_id, work) -> dict:
    target = work / f"final-{run_id}.safetensors"
    store.get_file(f"{checkpoints.final_key(run_id)}/model.safetensors", target)
    return load_file(target)


def final_history(store, run_id) -> dict:
    import json

    return json.loads(store.get_bytes(f"{checkpoints.final_key(run_id)}/manifest.json"))["summary"]["history"]


def assert_same_history(store, run_id):
    """The training curve survives interruption: every step's loss and every epoch's validation."""
    history, reference = final_history(store, run_id), final_history(store, "reference")
    assert [s for s, _ in history["train_loss"]] == list(range(1, STEPS_TOTAL + 1))
    assert history["train_loss"] == reference["train_loss"]
    assert history["validation"] == reference["validation"]


def assert_bit_identical(weights, reference):
    assert weights.keys() == reference.keys()
    different = [name for name in reference if not torch.equal(weights[name], reference[name])]
    assert not different, f"{len(different)} tensors differ, e.g. {different[:3]}"


def run_until_step(process, step: int) -> list[str]:
    """Read the run's log until it reports `step`; returns the lines read."""
    lines = []
    for line in process.stdout:
        lines.append(line)
        if f" step {step}/" in line:
            return lines
    raise AssertionError("run ended before step %d:\n%s" % (step, "".join(lines[-30:])))


def finish(process, timeout=180) -> str:
    output, _ = process.communicate(timeout=timeout)
    return output


def test_sigkill_at_random_step_then_resume_is_bit_identical(setup, reference_weights):
    kill_at = random.Random().randint(5, 30)
    first = start_training(setup["data_dir"], setup["config_file"], "killed", setup["work"] / "killed")
    lines = run_until_step(first, kill_at)
    os.killpg(first.pid, signal.SIGKILL)  # no chance to clean up: may land mid-checkpoint
    finish(first)
    assert first.returncode == -signal.SIGKILL, f"kill at {kill_at}: {''.join(lines[-5:])}"
    saved = [c.step for c in checkpoints.list_checkpoints(setup["store"], "killed") if c.complete]
    assert all(step <= kill_at + 4 for step in saved)

    second = start_training(setup["data_dir"], setup["config_file"], "killed", setup["work"] / "killed")
    output = finish(second)
    assert second.returncode == 0, output[-3000:]
    if saved:
        assert f"resumed run killed from step {saved[-1]}" in output
    assert_bit_identical(final_weights(setup["store"], "killed", setup["work"]), reference_weights)
    assert_same_history(setup["store"], "killed")


def test_sigterm_checkpoints_exits_75_and_resumes(setup, reference_weights):
    stop_at = random.Random().randint(5, 30)
    first = start_training(setup["data_dir"], setup["config_file"], "preempted", setup["work"] / "preempted",
                           "--set", "preemption_grace_seconds=20")
    run_until_step(first, stop_at)
    signalled = time.monotonic()
    first.send_signal(signal.SIGTERM)
    output = finish(first)
    assert first.returncode == EXIT_PREEMPTED, output[-3000:]
    assert time.monotonic() - signalled < 20
    newest = [c for c in checkpoints.list_checkpoints(setup["store"], "preempted") if c.complete][-1]
    assert f"preempted: stopping at step {newest.step} after checkpoint" in output
    assert stop_at <= newest.step < STEPS_TOTAL

    second = start_training(setup["data_dir"], setup["config_file"], "preempted", setup["work"] / "preempted")
    output = finish(second)
    assert second.returncode == 0, output[-3000:]
    assert f"resumed run preempted from step {newest.step}" in output
    assert_bit_identical(final_weights(setup["store"], "preempted", setup["work"]), reference_weights)
    assert_same_history(setup["store"], "preempted")


def test_wall_time_limit_exits_76_and_resumes(setup, reference_weights):
    first = start_training(setup["data_dir"], setup["config_file"], "timed", setup["work"] / "timed",
                           "--set", "max_wall_time_hours=1e-9")  # spent after the first step
    output = finish(first)
    assert first.returncode == EXIT_TIME_LIMIT, output[-3000:]
    assert "time limit: stopping at step 1 after checkpoint" in output
    assert [c.step for c in checkpoints.list_checkpoints(setup["store"], "timed") if c.complete] == [1]

    second = start_training(setup["data_dir"], setup["config_file"], "timed", setup["work"] / "timed")
    output = finish(second)
    assert second.returncode == 0, output[-3000:]
    assert "resumed run timed from step 1" in output
    assert_bit_identical(final_weights(setup["store"], "timed", setup["work"]), reference_weights)
    assert_same_history(setup["store"], "timed")
    # Keep-last-K held during the real run too.
    assert len([c for c in checkpoints.list_checkpoints(setup["store"], "timed") if c.complete]) <= 2


def test_finished_run_is_not_retrained(trained, platform, splits, label_codes, tmp_path):
    from training.runs import load_train_result
    from training.train import run_training

    again = run_training(trained["cfg"], splits, platform["store"], "session-run", label_codes, tmp_path)
    assert again.steps == trained["result"].steps and again.history == trained["result"].history
    assert again.model_dir == tmp_path / "session-run" / "model" and (again.model_dir / "model.safetensors").is_file()
    loaded = load_train_result(platform["store"], "session-run", tmp_path / "other")
    assert loaded.dataset_version == splits.dataset_version and loaded.label_codes == label_codes
    assert loaded.config["learning_rate"] == trained["cfg"].learning_rate
    # Reusing a finished run id with another config is refused, not silently answered.
    with pytest.raises(ValueError, match="epochs"):
        run_training(trained["cfg"].model_copy(update={"epochs": 9}), splits, platform["store"], "session-run",
                     label_codes, tmp_path)


def test_default_run_id(trained):
    from training.runs import default_run_id

    cfg = trained["cfg"]
    run_id = default_run_id(cfg, "ab" * 32)
    assert run_id.startswith("test-abababababab-")
    assert default_run_id(cfg.model_copy(update={"log_every_steps": 3}), "ab" * 32) == run_id  # operational
    assert default_run_id(cfg.model_copy(update={"epochs": 9}), "ab" * 32) != run_id


def test_sigterm_grace_period_watchdog(tmp_path):
    """If the step + checkpoint cannot finish within the grace period, the process still exits 75."""
    import subprocess
    import sys

    from tests.training.helpers import REPO

    script = (
        "import os, signal, time\n"
        "from training.preemption import StopSignal\n"
        "stop = StopSignal(grace_seconds=1.0)\n"
        "stop.install()\n"
        "os.kill(os.getpid(), signal.SIGTERM)\n"
        "time.sleep(30)  # a step that never finishes\n"
    )
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == EXIT_PREEMPTED, done.stderr[-2000:]
    assert time.monotonic() - started < 20
    assert "grace period" in done.stderr


def test_resume_refuses_changed_data_or_config(trained):
    from training.runs import check_resume_compatible

    cfg = trained["cfg"]
    state = {"dataset_version": "a" * 64, "config": cfg.model_dump(mode="json"), "world_size": 1}
    check_resume_compatible(state, cfg.model_copy(update={"log_every_steps": 1}), "a" * 64, 1)  # operational
    with pytest.raises(ValueError, match="dataset"):
        check_resume_compatible(state, cfg, "b" * 64, 1)
    with pytest.raises(ValueError, match="learning_rate"):
        check_resume_compatible(state, cfg.model_copy(update={"learning_rate": 1.0}), "a" * 64, 1)
    with pytest.raises(ValueError, match="processes"):
        check_resume_compatible(state, cfg, "a" * 64, 2)
