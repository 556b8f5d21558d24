"""The policy on a real Slurm cluster: provisioning (idempotent, equal to configs/gpu.yaml), priority
levels and FIFO, the 24 h limit, and each city's dedicated vGPUs being its own."""

from __future__ import annotations

import getpass
from datetime import datetime

import pytest
import yaml
from typer.testing import CliRunner

from configuration import load_config
from scheduling import JobRequest, PolicyError, SlurmError, job_spec
from scheduling.provision import provision
from scheduling.slurm import Slurm
from tests.scheduling.conftest import clear_queue, wait_until

USER = getpass.getuser()


def sbatch(slurm: Slurm, *args: str, seconds: float = 2) -> str:
    """A scaffolding job (blockers, fillers): plain sbatch, output discarded."""
    return slurm.run("sbatch", "--parsable", "--output=/dev/null", *args, "--wrap", f"sleep {seconds}").strip()


def starts(slurm: Slurm, job_ids: list[str]) -> dict[str, datetime]:
    rows = slurm.table("sacct", "-X", "-n", "-P", "-j", ",".join(job_ids), "--format=JobID,Start,State",
                       fields=["job_id", "start", "state"])
    return {r["job_id"]: datetime.fromisoformat(r["start"]) for r in rows if r["start"] not in ("", "Unknown")}


def finished(slurm: Slurm, job_ids: list[str]) -> bool:
    rows = slurm.table("sacct", "-X", "-n", "-P", "-j", ",".join(job_ids), "--format=JobID,State",
                       fields=["job_id", "state"])
    return len(rows) == len(job_ids) and all(r["state"] == "COMPLETED" for r in rows)


# ------------------------------------------------------------------------------ provisioning
def test_provisioning_is_idempotent_and_repairs_drift(slurm):
    cluster, policy = slurm
    client = Slurm(env=cluster.env)
    provision(policy, client, users=[USER])
    assert provision(policy, client, users=[USER]).changes == []
    # Someone changes Slurm by hand: the next provisioning puts back exactly that, then nothing.
    client.run("sacctmgr", "-i", "modify", "account", "where", "name=yongin", "set", "fairshare=7",
               "GrpTRESMins=gres/gpu:pt=1")
    client.run("sacctmgr", "-i", "modify", "qos", "where", "name=training", "set", "GraceTime=1", "Priority=5")
    repaired = provision(policy, client, users=[USER])
    assert sorted(repaired.changes) == [
        "sacctmgr -i modify account where name=yongin cluster=minwon set Fairshare=50 GrpTRESMins=gres/gpu:pt=3000",
        "sacctmgr -i modify qos where name=training set Priority=100 GraceTime=120",
    ]
    assert provision(policy, client, users=[USER]).changes == []


def test_minwon_gpu_provision_twice_changes_nothing_the_second_time(slurm, tmp_path, monkeypatch):
    cluster, _ = slurm
    from cli.main import app
    from runtime import reset_platform

    monkeypatch.setenv("SLURM_CONF", cluster.env["SLURM_CONF"])
    monkeypatch.setenv("MINWON_DATA_DIR", str(tmp_path))
    reset_platform()
    runner = CliRunner()
    args = ["gpu", "provision", "--out", str(tmp_path / "slurm"), "--user", USER]
    runner.invoke(app, args)
    second = runner.invoke(app, args)
    reset_platform()
    assert second.exit_code == 0, second.output
    assert "rendered into" in second.output and ": no change" in second.output
    assert "Slurm accounting already matches configs/gpu.yaml: no change" in second.output
    assert (tmp_path / "slurm" / "minwon-gpu.conf").is_file() and (tmp_path / "slurm" / "gpu-alerts.yaml").is_file()


def test_what_slurm_reports_equals_gpu_yaml(provisioned):
    """Read back with sacctmgr / scontrol and compare with the YAML files themselves."""
    cluster, _ = provisioned
    client = Slurm(env=cluster.env)
    config = load_config()
    gpu = yaml.safe_load((config.directory / "gpu.yaml").read_text(encoding="utf-8"))
    tenants = yaml.safe_load((config.directory / "tenants.yaml").read_text(encoding="utf-8"))["tenants"]

    qos = {r["name"]: r for r in client.table("sacctmgr", "-n", "-P", "show", "qos",
                                             "format=Name,Priority,Preempt,PreemptMode,GraceTime,MaxWall",
                                             fields=["name", "priority", "preempt", "mode", "grace", "maxwall"])}
    grace = gpu["scheduler"]["preemption_grace_seconds"]
    for name, klass in gpu["priority_classes"].items():
        row = qos[name]
        assert int(row["priority"]) == (5 - klass["level"]) * 100
        assert set(filter(None, row["preempt"].split(","))) == set(klass.get("preempts", []))
        if klass.get("max_run_hours"):
            assert row["maxwall"] == "1-00:00:00" and klass["max_run_hours"] == 24
        else:
            assert row["maxwall"] == ""
        preempted = any(name in other.get("preempts", []) for other in gpu["priority_classes"].values())
        assert (row["mode"], row["grace"]) == (("requeue", f"00:{grace // 60:02d}:{grace % 60:02d}")
                                               if preempted else ("cluster", "00:00:00"))

    assoc = client.table("sacctmgr", "-n", "-P", "show", "assoc", "where", "cluster=minwon",
                         "format=Account,User,Fairshare,GrpTRESMins,QOS",
                         fields=["account", "user", "fairshare", "grptresmins", "qos"])
    accounts = {r["account"]: r for r in assoc if not r["user"]}
    expected = {city: (entry["fair_share"], tenants[city]["quotas"]["gpu_hours_per_month"])
                for city, entry in gpu["tenants"].items()}
    platform = gpu["platform_account"]
    expected[platform["name"]] = (platform["fair_share"], platform["gpu_hours_per_month"])
    for account, (share, hours) in expected.items():
        assert int(accounts[account]["fairshare"]) == share
        assert accounts[account]["grptresmins"] == f"gres/gpu:pt={int(hours * 60)}"
        assert set(accounts[account]["qos"].split(",")) == set(gpu["priority_classes"])
        assert any(r["account"] == account and r["user"] == USER for r in assoc)

    partitions = {r["PartitionName"]: r for r in client.scontrol_records("partition")}
    nodes = {r["NodeName"]: r for r in client.scontrol_records("node")}

    def members(partition: str) -> list[str]:
        hostlist = partitions[partition]["Nodes"]
        return client.run("scontrol", "show", "hostnames", hostlist).split()

    passthrough_gpus = sum(g["count"] for h in gpu["hosts"].values() if h["pool"] == "passthrough" for g in h["gpus"])
    pt_nodes = members("passthrough")
    assert [nodes[n]["Gres"] for n in pt_nodes] == [f"gpu:pt:{passthrough_gpus}"]
    assert partitions["passthrough"]["MaxTime"] == "1-00:00:00"
    assert set(partitions["passthrough"]["AllowQos"].split(",")) == {"urgent-inference", "fine-tuning", "training"}
    slices = sum(g["count"] * next(iter(g["vgpus"].values()))
                 for h in gpu["hosts"].values() if h["pool"] == "vgpu" for g in h["gpus"])
    dedicated_total = 0
    for city, entry in gpu["tenants"].items():
        own = members(f"vgpu-{city}")
        dedicated_total += len(own)
        assert len(own) == entry["dedicated_vgpus"]
        assert partitions[f"vgpu-{city}"]["AllowAccounts"] == city
        assert all(nodes[n]["Gres"] == "gpu:prof8q:1" for n in own)
        assert partitions[f"vgpu-{city}"]["MaxTime"] == "UNLIMITED"
    shared = members("vgpu-shared")
    assert len(shared) == slices - dedicated_total == 2
    assert set(partitions["vgpu-shared"]["AllowAccounts"].split(",")) == {*gpu["tenants"], platform["name"]}
    assert not set(shared) & {n for city in gpu["tenants"] for n in members(f"vgpu-{city}")}


# ---------------------------------------------------------------------------- priority + FIFO
def test_priority_levels_and_fifo_inside_a_level(backend):
    """Passthrough pool: urgent (1) > fine-tuning (3) > training (4); vGPU pool: urgent (1) >
    inference (2); the priority numbers order all four; same level and account: submission order."""
    slurm, policy = backend.slurm, backend.policy
    pt = ["--account=platform", "--partition=passthrough"]
    # Hold the whole passthrough pool with an urgent job (nothing may preempt it) and the shared vGPUs.
    sbatch(slurm, *pt, "--qos=urgent-inference", "--gres=gpu:4", "--time=5", seconds=8)
    for seconds in (8, 120):  # the shared slices: one frees first, so the vGPU jobs run one at a time
        sbatch(slurm, "--account=platform", "--partition=vgpu-shared", "--qos=urgent-inference", "--gres=gpu:1",
               seconds=seconds)
    wait_until(lambda: len(slurm.run("squeue", "-h", "-t", "R", "-o", "%i").split()) == 3, 30, "the blockers to run")

    def whole_pool(klass: str) -> list[str]:
        spec = job_spec(policy, JobRequest(klass, "platform", klass, 1, ["true"], hours=0.05))
        gres = "gpu:4" if klass == "urgent-inference" else "gpu:pt:4"
        return ["--account=platform", "--partition=passthrough", f"--qos={spec.qos}", f"--gres={gres}", "--time=3"]

    vgpu = ["--account=platform", "--partition=vgpu-shared", "--gres=gpu:1"]
    submitted = {}
    for name, args in [("train-1", whole_pool("training")), ("infer-1", vgpu + ["--qos=inference"]),
                       ("tune-1", whole_pool("fine-tuning")), ("train-2", whole_pool("training")),
                       ("urgent-pt", whole_pool("urgent-inference")), ("urgent-v", vgpu + ["--qos=urgent-inference"]),
                       ("tune-2", whole_pool("fine-tuning")), ("infer-2", vgpu + ["--qos=inference"])]:
        submitted[name] = sbatch(slurm, f"--job-name={name}", *args, seconds=1)
    priority = dict(line.split("|") for line in slurm.run("squeue", "-h", "-t", "PD", "-o", "%j|%Q").split())
    prio = {name: int(priority[name]) for name in submitted}
    assert prio["urgent-pt"] == prio["urgent-v"] > prio["infer-1"] == prio["infer-2"] > prio["tune-1"] == \
        prio["tune-2"] > prio["train-1"] == prio["train-2"]

    wait_until(lambda: finished(slurm, list(submitted.values())), 120, "every job to run")
    started = starts(slurm, list(submitted.values()))
    order = lambda names: sorted(names, key=lambda n: (started[submitted[n]], int(submitted[n])))  # noqa: E731
    assert order(["train-1", "tune-1", "train-2", "urgent-pt", "tune-2"]) == \
        ["urgent-pt", "tune-1", "tune-2", "train-1", "train-2"]
    assert order(["infer-1", "urgent-v", "infer-2"]) == ["urgent-v", "infer-1", "infer-2"]
    clear_queue(slurm)


# ------------------------------------------------------------------------------- 24 h limit
def test_a_training_request_over_24_hours_is_refused_at_submission(backend):
    request = JobRequest("long", "suwon", "training", 1, ["true"], hours=25)
    with pytest.raises(PolicyError, match=r"training jobs run at most 24 h"):
        job_spec(backend.policy, request)
    # Slurm refuses it too, should anything submit around the policy check.
    forged = job_spec(backend.policy, JobRequest("long", "suwon", "training", 1, ["true"], hours=24))
    forged = forged.__class__(**{**forged.__dict__, "time_minutes": 25 * 60})
    with pytest.raises(SlurmError, match="Requested time limit is invalid"):
        backend.submit(forged)


# --------------------------------------------------------------------------- dedicated vGPUs
def test_inference_runs_on_the_citys_dedicated_vgpu_first(backend):
    lines = []
    outcome = backend.run(job_spec(backend.policy, JobRequest("infer", "yongin", "inference", 1,
                                                              ["bash", "-c", "echo on $SLURMD_NODENAME"])), lines.append)
    own = [n.name for n in backend.policy.nodes if n.owner == "yongin"]
    assert outcome.ok and outcome.nodes in own and outcome.partition == "vgpu-yongin"
    assert f"on {outcome.nodes}" in lines


def test_a_citys_inference_never_lands_on_another_citys_dedicated_vgpu(backend):
    slurm, policy = backend.slurm, backend.policy
    owner = {n.name: n.owner for n in policy.nodes if n.pool == "vgpu"}
    jobs = {}
    for round_ in range(4):  # 12 jobs on 6 slices: every slice busy, shared ones contested
        for city in ("suwon", "seongnam", "yongin"):
            spec = job_spec(policy, JobRequest("iso", city, "inference", 1, ["true"]))
            job_id = sbatch(slurm, f"--account={city}", f"--qos={spec.qos}", f"--partition={','.join(spec.partitions)}",
                            f"--gres={spec.gres}", seconds=3)
            jobs[job_id] = city
    wait_until(lambda: finished(slurm, list(jobs)), 120, "the inference jobs")
    rows = slurm.table("sacct", "-X", "-n", "-P", "-j", ",".join(jobs), "--format=JobID,NodeList,Partition",
                       fields=["job_id", "node", "partition"])
    used = {r["node"] for r in rows}
    for row in rows:
        city = jobs[row["job_id"]]
        assert owner[row["node"]] in (city, None), f"{city}'s job {row['job_id']} ran on {row['node']}"
    assert {n for n, o in owner.items() if o} <= used  # every dedicated slice was used, by its city
    # Asking for another city's slices is refused by Slurm itself.
    with pytest.raises(SlurmError, match="account"):
        sbatch(slurm, "--account=yongin", "--qos=inference", "--partition=vgpu-suwon", "--gres=gpu:1")
    with pytest.raises(SlurmError, match="account"):
        sbatch(slurm, "--account=platform", "--qos=inference", "--partition=vgpu-seongnam", "--gres=gpu:1")
