"""Issue 14's stopped retrain: the train flow runs in a process of its own (local backend, real
Prefect server), and that process is stopped mid-training. Its training workers must stop after
their checkpoint (SIGTERM forwarded; SIGKILL -> the parent-death signal), nothing keeps running,
and the next run of the flow continues from that checkpoint."""

from __future__ import annotations

import json
import os
import signal
import time

import pytest

from tests.training.helpers import (
    flow_config_dir, processes_with, read_until, start_flow, subprocess_env, training_config,
)
from training import checkpoints

CONFIG = "launch-test"
STEPS_TOTAL = 56


@pytest.fixture(scope="module")
def flow_env(platform, prefect_api, tmp_path_factory):
    work = tmp_path_factory.mktemp("launch")
    cfg = training_config(epochs=2, deterministic=True, log_every_steps=1, checkpoint_every_steps=20,
                          keep_last_checkpoints=2, seed=7, preemption_grace_seconds=30)
    configs = flow_config_dir(work / "configs", cfg, CONFIG)
    env = subprocess_env(platform["data_dir"]) | {
        "MINWON_CONFIG_DIR": str(configs), "PREFECT_API_URL": prefect_api,
        "PREFECT_HOME": str(work / "prefect"), "MINWON_SCHEDULER__BACKEND": "local"}
    env.pop("PREFECT_LOGGING_LEVEL", None)
    return env


def complete_steps(store, run_id: str) -> list[int]:
    return [c.step for c in checkpoints.list_checkpoints(store, run_id) if c.complete]


def wait_gone(run_id: str, timeout: float) -> float:
    began = time.monotonic()
    while processes_with(run_id):
        if time.monotonic() - began > timeout:
            raise AssertionError(f"training processes of {run_id} still running after {timeout} s: "
                                 f"{processes_with(run_id)}")
        time.sleep(0.2)
    return time.monotonic() - began


def test_sigkill_of_the_flow_stops_its_workers_after_a_checkpoint_and_the_rerun_resumes(flow_env, platform):
    run_id = "flow-killed"
    lines: list[str] = []
    flow = start_flow(flow_env, CONFIG, run_id)
    read_until(flow, " step 8/", lines)  # mid-training, between periodic checkpoints (every 20)
    workers = processes_with(run_id)
    assert workers, "torchrun and its worker should be running"
    os.kill(flow.pid, signal.SIGKILL)  # the flow process has no say: only the kernel's signal is left
    flow.wait()
    seconds = wait_gone(run_id, 30)
    saved = complete_steps(platform["store"], run_id)
    assert saved and 8 <= saved[-1] < STEPS_TOTAL, f"no checkpoint written on the way out: {saved}"
    print(f"workers {workers} stopped {seconds:.1f} s after the flow was killed, checkpoint at step {saved[-1]}")

    lines = []
    again = start_flow(flow_env, CONFIG, run_id)
    output, _ = again.communicate(timeout=600)
    assert again.returncode == 0, output[-4000:]
    assert f"resumed run {run_id} from step {saved[-1]}" in output
    assert " step 1/" not in output  # nothing trained twice from scratch
    summary = json.loads(platform["store"].get_bytes(f"{checkpoints.final_key(run_id)}/manifest.json"))["summary"]
    assert [s for s, _ in summary["history"]["train_loss"]] == list(range(1, STEPS_TOTAL + 1))
    assert summary["resumed_from_step"] == saved[-1]


def test_sigterm_to_the_flow_checkpoints_and_stops_its_workers(flow_env, platform):
    run_id = "flow-terminated"
    lines: list[str] = []
    flow = start_flow(flow_env, CONFIG, run_id)
    read_until(flow, " step 8/", lines)
    assert processes_with(run_id)
    flow.send_signal(signal.SIGTERM)
    output, _ = flow.communicate(timeout=60)
    output = "".join(lines) + output
    wait_gone(run_id, 10)
    saved = complete_steps(platform["store"], run_id)
    assert saved and 8 <= saved[-1] < STEPS_TOTAL, saved
    assert f"preempted: stopping at step {saved[-1]} after checkpoint" in output
    assert flow.returncode != 0
    assert f"after its checkpoint at step {saved[-1]}; run the flow again to resume" in output, output[-3000:]
