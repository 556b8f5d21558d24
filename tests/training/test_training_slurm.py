"""Training on the real Slurm cluster through the train flow (scheduler.backend: slurm).

Preemption: while training holds every passthrough GPU (our run: 1 GPU, training class; a filler:
3 GPUs, fine-tuning class) and every vGPU slice is busy, an urgent inference job arrives. Training
gets SIGTERM, checkpoints within the grace time, exits with RequeueExit, is requeued, resumes from
that checkpoint and ends with the same weights as an uninterrupted run (CPU, deterministic).
GPU-hour quota: a city without GPU hours left has its training job pending, and the flow says why.
"""

from __future__ import annotations

import getpass
import json
from datetime import datetime

import pytest

from scheduling import JobRequest, Slurm, job_spec
from scheduling.provision import provision
from tests.training.helpers import (
    flow_config_dir, read_until, start_flow, start_training, subprocess_env, training_config, write_config_file,
)
from tests.training.test_training_resume import assert_bit_identical, final_weights
from training import checkpoints

CONFIG = "slurm-test"
STEPS_TOTAL = 56


@pytest.fixture(scope="module")
def cluster(slurm):
    cluster, policy = slurm
    client = Slurm(env=cluster.env)
    provision(policy, client, users=[getpass.getuser()])
    return cluster, policy, client


@pytest.fixture(scope="module")
def setup(cluster, platform, prefect_api, tmp_path_factory):
    slurm_cluster, policy, client = cluster
    work = tmp_path_factory.mktemp("slurm-train")
    cfg = training_config(epochs=2, deterministic=True, log_every_steps=1, checkpoint_every_steps=1000,
                          keep_last_checkpoints=2, seed=7)
    configs = flow_config_dir(work / "configs", cfg, CONFIG)
    # The uninterrupted reference, in the background meanwhile.
    reference = start_training(platform["data_dir"], write_config_file(work / "reference.yaml", cfg),
                               "slurm-reference", work / "reference")
    env = subprocess_env(platform["data_dir"]) | slurm_cluster.env | {
        "MINWON_CONFIG_DIR": str(configs), "PREFECT_API_URL": prefect_api,
        "PREFECT_HOME": str(work / "prefect"), "MINWON_SCHEDULER__BACKEND": "slurm",
        "MINWON_SCHEDULER__POLL_INTERVAL_S": "0.5"}
    env.pop("PREFECT_LOGGING_LEVEL", None)
    yield {"env": env, "reference": reference, "work": work, "policy": policy, "client": client,
            "store": platform["store"], "data_dir": platform["data_dir"]}
    client.run("scancel", f"--user={getpass.getuser()}")


def sbatch(client: Slurm, *args: str, seconds: int = 600) -> str:
    return client.run("sbatch", "--parsable", "--output=/dev/null", *args, "--wrap", f"sleep {seconds}").strip()


def sacct(client: Slurm, job_id: str) -> list[dict]:
    return client.table("sacct", "-X", "-D", "-n", "-P", "-j", job_id,
                        "--format=JobID,State,ExitCode,Start,End,Partition,NodeList",
                        fields=["job_id", "state", "exit", "start", "end", "partition", "nodes"])


def test_urgent_inference_preempts_training_after_its_checkpoint_and_training_resumes(setup):
    client, policy = setup["client"], setup["policy"]
    # Every vGPU slice busy with inference (each city on its own slices, the platform on the shared).
    for city, count in (("suwon", 2), ("seongnam", 1), ("yongin", 1), ("platform", 2)):
        partition = "vgpu-shared" if city == "platform" else f"vgpu-{city}"
        for _ in range(count):
            sbatch(client, f"--account={city}", "--qos=inference", f"--partition={partition}", "--gres=gpu:1")
    # 3 of the 4 passthrough GPUs held by a (higher-priority) fine-tuning job.
    sbatch(client, "--account=platform", "--qos=fine-tuning", "--partition=passthrough", "--gres=gpu:pt:3", "--time=30")

    lines: list[str] = []
    flow = start_flow(setup["env"], CONFIG, "slurm-preempted")
    read_until(flow, " step 10/", lines)
    running = client.run("squeue", "-h", "-t", "R", "-o", "%P %b").split("\n")
    assert sum(1 for l in running if l.startswith("vgpu")) == 6 and \
        sum(int(l.rsplit(":", 1)[1]) for l in running if l.startswith("passthrough")) == 4, running

    urgent = job_spec(policy, JobRequest("urgent", "suwon", "urgent-inference", 1, ["true"]))
    urgent_at = datetime.now().replace(microsecond=0)
    urgent_id = client.run("sbatch", "--parsable", "--output=/dev/null", "--job-name=urgent", "--account=suwon",
                           f"--qos={urgent.qos}", f"--partition={','.join(urgent.partitions)}",
                           f"--gres={urgent.gres}", "--time=5", "--wrap", "sleep 2").strip()
    output, _ = flow.communicate(timeout=600)
    output = "".join(lines) + output
    assert flow.returncode == 0, output[-5000:]

    done = [l for l in output.splitlines() if l.startswith("FLOW DONE")]
    gpu_job = json.loads(done[0].split(" ", 3)[3])
    assert gpu_job["backend"] == "slurm" and gpu_job["preemptions"] == 1 and gpu_job["account"] == "platform"
    attempts = sacct(client, gpu_job["job_id"])
    assert [a["state"].split()[0] for a in attempts] == ["REQUEUED", "COMPLETED"], attempts
    first_end = datetime.fromisoformat(attempts[0]["end"])
    gap = (datetime.fromisoformat(attempts[1]["start"]) - first_end).total_seconds()
    assert gpu_job["wait_seconds"] >= gap > 0  # the requeued job waited to start again
    assert attempts[0]["exit"] == "85:0"  # RequeueExit after the checkpoint, not a kill
    assert (first_end - urgent_at).total_seconds() < policy.gpu.scheduler.preemption_grace_seconds

    # The urgent job took the passthrough GPU, after the training's checkpoint.
    urgent_row = sacct(client, urgent_id)[-1]
    assert urgent_row["partition"] == "passthrough" and urgent_row["state"] == "COMPLETED"
    assert datetime.fromisoformat(urgent_row["start"]) >= first_end

    newest = [line for line in output.splitlines() if "stopped after the checkpoint at step" in line]
    step = int(newest[0].split("at step ")[1].split(":")[0])
    assert 10 <= step < STEPS_TOTAL
    assert f"resumed run slurm-preempted from step {step}" in output
    assert output.count(" step 1/") == 1  # nothing trained twice from scratch
    assert "training job" in output and "preempted 1 time(s)" in output

    reference_output, _ = setup["reference"].communicate(timeout=600)
    assert setup["reference"].returncode == 0, reference_output[-3000:]
    work, store = setup["work"], setup["store"]
    assert_bit_identical(final_weights(store, "slurm-preempted", work), final_weights(store, "slurm-reference", work))
    history = json.loads(store.get_bytes(f"{checkpoints.final_key('slurm-preempted')}/manifest.json"))["summary"]
    assert [s for s, _ in history["history"]["train_loss"]] == list(range(1, STEPS_TOTAL + 1))
    client.run("scancel", f"--user={getpass.getuser()}")


def test_a_city_without_gpu_hours_left_has_its_training_pending_and_the_flow_says_why(setup):
    client, policy = setup["client"], setup["policy"]
    client.run("scancel", f"--user={getpass.getuser()}")
    client.run("sacctmgr", "-i", "modify", "account", "where", "name=yongin", "set", "GrpTRESMins=gres/gpu:pt=0")
    try:
        lines: list[str] = []
        flow = start_flow(setup["env"], CONFIG, "slurm-over-quota", "yongin")
        read_until(flow, "waiting: AssocGrpGRESMinutes: the account's GPU hours for this month are spent", lines)
        assert any("GPU-hour quota warning: yongin" in l for l in lines), "".join(lines[-30:])
        client.run("scancel", "--account=yongin")
        output, _ = flow.communicate(timeout=120)
        assert flow.returncode != 0
        assert "CANCELLED" in output and "before its first checkpoint" in output, output[-3000:]
    finally:
        provision(policy, client, users=[getpass.getuser()])
