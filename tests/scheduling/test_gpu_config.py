"""configs/gpu.yaml: the policy's rules are enforced on load, errors name the file and the field, and
the policy maps onto Slurm objects as the design says (no Slurm needed)."""

from __future__ import annotations

import shutil

import pytest
import yaml

from configuration import ConfigError, load_config
from configuration.loader import load_gpu_config
from scheduling.policy import JobRequest, PolicyError, build_policy, job_spec


@pytest.fixture
def config_dir(tmp_path):
    target = tmp_path / "configs"
    shutil.copytree(load_config().directory, target)
    return target


def edit(config_dir, file, change):
    path = config_dir / file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def gpu_error(config_dir) -> str:
    with pytest.raises(ConfigError) as caught:
        load_gpu_config(config_dir)
    return str(caught.value)


def test_the_committed_config_is_the_design():
    config = load_config()
    gpu = config.gpu()
    policy = build_policy(gpu, config.tenants)
    passthrough = [n for n in policy.nodes if n.pool == "passthrough"]
    slices = [n for n in policy.nodes if n.pool == "vgpu"]
    assert [(n.name, n.gpus, n.gres_type) for n in passthrough] == [("gpu-host-1", 4, "pt")]
    assert len(slices) == 6 and {n.profile for n in slices} == {"PROF-8Q"}
    assert {n.gpu_index for n in slices} == {0, 1}  # 3 slices on each of the 2 GPUs
    owners = [n.owner for n in slices]
    assert owners.count("suwon") == 2 and owners.count("seongnam") == 1 and owners.count("yongin") == 1
    assert owners.count(None) == 2  # the shared pool
    quotas = {a.name: a.gpu_minutes for a in policy.accounts}
    assert quotas == {"suwon": 6000, "seongnam": 6000, "yongin": 3000, "platform": 12000}
    qos = {q.name: (q.priority, q.preempt, q.max_wall_minutes) for q in policy.qos}
    assert qos == {"urgent-inference": (400, ("fine-tuning", "training"), None), "inference": (300, (), None),
                   "fine-tuning": (200, (), 1440), "training": (100, (), 1440)}


def test_mixed_profiles_on_one_gpu(config_dir):
    edit(config_dir, "gpu.yaml", lambda d: d["hosts"]["gpu-host-2"]["gpus"][0].update(vgpus={"PROF-8Q": 2, "PROF-4Q": 2}))
    message = gpu_error(config_dir)
    assert "gpu.yaml" in message and "hosts.gpu-host-2.gpus.0.vgpus" in message and "one vGPU profile" in message


def test_more_slices_than_the_profile_allows(config_dir):
    edit(config_dir, "gpu.yaml", lambda d: d["hosts"]["gpu-host-2"]["gpus"][0].update(vgpus={"PROF-12Q": 3}))
    message = gpu_error(config_dir)
    assert "gpu.yaml" in message and "hosts.gpu-host-2.gpus.0.vgpus" in message
    assert "3 x PROF-12Q on a 24 GB GPU; the profile allows at most 2" in message


@pytest.mark.parametrize("count", [0, 3])
def test_a_city_needs_one_or_two_dedicated_vgpus(config_dir, count):
    edit(config_dir, "gpu.yaml", lambda d: d["tenants"]["yongin"].update(dedicated_vgpus=count))
    message = gpu_error(config_dir)
    assert "gpu.yaml" in message and "tenants.yongin.dedicated_vgpus" in message and "1 or 2" in message


def test_a_city_missing_from_gpu_yaml(config_dir):
    edit(config_dir, "gpu.yaml", lambda d: d["tenants"].pop("yongin"))
    message = gpu_error(config_dir)
    assert "gpu.yaml" in message and "city 'yongin' has no entry" in message


def test_a_tenant_without_gpu_hours(config_dir):
    edit(config_dir, "tenants.yaml", lambda d: d["tenants"]["yongin"]["quotas"].pop("gpu_hours_per_month"))
    message = gpu_error(config_dir)
    assert "tenants.yaml" in message and "tenants.yongin.quotas.gpu_hours_per_month" in message


def test_an_unknown_city_and_too_many_dedicated_slices(config_dir):
    edit(config_dir, "gpu.yaml", lambda d: d["tenants"].update(gwangju={"dedicated_vgpus": 1, "fair_share": 10}))
    assert "tenants.gwangju" in gpu_error(config_dir)
    edit(config_dir, "gpu.yaml", lambda d: (d["tenants"].pop("gwangju"),
                                            d["hosts"]["gpu-host-2"]["gpus"][0].update(count=1)))
    assert "4 dedicated vGPUs wanted, the vgpu pool has 3 slices" in gpu_error(config_dir)


def test_training_classes_run_at_most_24_hours(config_dir):
    edit(config_dir, "gpu.yaml", lambda d: d["priority_classes"]["training"].update(max_run_hours=48))
    message = gpu_error(config_dir)
    assert "priority_classes.training.max_run_hours" in message and "24" in message


def test_priority_levels_are_one_to_four(config_dir):
    edit(config_dir, "gpu.yaml", lambda d: d["priority_classes"]["inference"].update(level=1))
    assert "levels 1, 2, 3 and 4 exactly once" in gpu_error(config_dir)


def test_unknown_fields_and_types_are_named(config_dir):
    edit(config_dir, "gpu.yaml", lambda d: d["hosts"]["gpu-host-1"]["gpus"][0].update(tdp_watts="hot"))
    message = gpu_error(config_dir)
    assert "gpu.yaml: field 'hosts.gpu-host-1.gpus.0.tdp_watts'" in message


@pytest.fixture(scope="module")
def policy():
    config = load_config()
    return build_policy(config.gpu(), config.tenants)


def test_a_training_request_over_24_hours_is_refused(policy):
    with pytest.raises(PolicyError, match=r"asks for 30 h; training jobs run at most 24 h"):
        job_spec(policy, JobRequest("t", "platform", "training", 1, ["true"], hours=30))
    spec = job_spec(policy, JobRequest("t", "platform", "training", 2, ["true"], hours=24))
    assert (spec.partitions, spec.gres, spec.time_minutes, spec.requeue) == (("passthrough",), "gpu:pt:2", 1440, True)


def test_where_each_class_may_run(policy):
    inference = job_spec(policy, JobRequest("i", "yongin", "inference", 1, ["true"]))
    assert inference.partitions == ("vgpu-yongin", "vgpu-shared")  # dedicated first
    assert inference.gres == "gpu:1" and inference.time_minutes is None and not inference.requeue
    urgent = job_spec(policy, JobRequest("u", "suwon", "urgent-inference", 1, ["true"]))
    assert urgent.partitions == ("vgpu-suwon", "vgpu-shared", "passthrough")
    shared = job_spec(policy, JobRequest("p", "platform", "inference", 1, ["true"]))
    assert shared.partitions == ("vgpu-shared",)
    with pytest.raises(PolicyError, match="unknown GPU account 'busan'"):
        job_spec(policy, JobRequest("x", "busan", "inference", 1, ["true"]))
    with pytest.raises(PolicyError, match="one vGPU slice"):
        job_spec(policy, JobRequest("x", "suwon", "inference", 2, ["true"]))
    with pytest.raises(PolicyError, match="unknown priority class 'batch'"):
        job_spec(policy, JobRequest("x", "suwon", "batch", 1, ["true"]))


def test_config_check_validates_gpu_yaml(config_dir, monkeypatch):
    from typer.testing import CliRunner

    from cli.main import app

    monkeypatch.setenv("MINWON_CONFIG_DIR", str(config_dir))
    assert "GPUs: 2 hosts, 6 vGPU slices" in CliRunner().invoke(app, ["config-check"]).output
    edit(config_dir, "gpu.yaml", lambda d: d["tenants"]["suwon"].update(dedicated_vgpus=3))
    result = CliRunner().invoke(app, ["config-check"])
    assert result.exit_code != 0 and "tenants.suwon.dedicated_vgpus" in str(result.exception)
